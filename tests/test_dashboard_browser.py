"""The dashboard in headless Chromium: open it, click into an article and an actor, take screenshots.

Needs the Debian ``chromium`` package (``.ci/install-chromium.sh``) and the ``playwright`` Python package;
playwright never downloads a browser here, it drives /usr/bin/chromium. Skipped when either is missing.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install it)")

from test_api import build_example_db  # noqa: E402

from warta.api import create_app  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (run .ci/install-chromium.sh to install it)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, rules: Pipeline) -> Iterator[str]:
    db = build_example_db(tmp_path_factory.mktemp("browser") / "web.db", rules)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db, pipeline=rules), host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def test_dashboard_article_and_actor(server: str, browser: object, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    external: list[str] = []
    page.on("request", lambda req: external.append(req.url) if not req.url.startswith(server) else None)

    page.goto(server + "/")
    assert "warta" in page.title()
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)

    page.goto(server + "/articles?source=Sintetis")
    page.click("text=Sintetis MEET 0")
    page.wait_for_selector("#doc a.ent.PERSON")
    assert page.locator("#doc .trigger.q1").count() == 1
    assert page.locator("#doc .quote").count() == 1
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)

    page.locator("#doc a.ent.PERSON", has_text="Prabowo Subianto").first.click()
    page.wait_for_selector("#actor-name")
    assert page.inner_text("#actor-name") == "Prabowo Subianto"
    page.wait_for_selector("#timeline svg rect")
    assert "Shigeru Ishiba" in page.inner_text("main")
    page.screenshot(path=str(tmp_path / "actor.png"), full_page=True)

    page.goto(server + "/network?nodes=25")
    page.wait_for_selector("#network svg circle")
    assert page.locator("#network svg circle").count() >= 2
    assert page.locator("#network svg path[marker-end^='url']").count() >= 1  # event edges with arrows
    page.screenshot(path=str(tmp_path / "network.png"))

    page.goto(server + "/timeline")
    page.wait_for_selector("#timeline svg rect")
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)

    page.goto(server + "/article/synthetic-xss")
    assert page.locator("#doc script").count() == 0 and page.locator("#doc img").count() == 0

    for name in ("home", "article", "actor", "network", "timeline"):
        assert (tmp_path / f"{name}.png").stat().st_size > 5000
    assert not errors, errors
    assert not external, external  # nothing loaded from outside the app (no CDN)
    page.close()


def test_chromium_binary_is_usable() -> None:
    assert shutil.which(str(CHROMIUM)) is not None
