"""Property-based API tests with schemathesis against the app's own OpenAPI schema (bounded, no 5xx).

Every operation gets a few schema-conforming (positive) and schema-violating (negative) requests; each
must answer without a 5xx, and positive ones with a response that matches the documented schema.
"""

from __future__ import annotations

import time

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.generation.modes import GenerationMode  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402
from test_api import TOKEN, build_example_db  # noqa: E402

from warta.api import create_app  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402

EXAMPLES_PER_OPERATION = 6
TIME_BUDGET_S = 50


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, rules: Pipeline) -> object:
    db = build_example_db(tmp_path_factory.mktemp("schema") / "schema.db", rules)
    app = create_app(db, token=TOKEN, pipeline=rules)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_never_fails_with_5xx(api_schema: object, mode: GenerationMode) -> None:
    checks = [not_a_server_error] + ([response_schema_conformance] if mode is GenerationMode.POSITIVE else [])
    start = time.monotonic()
    ops = [r.ok() for r in api_schema.get_all_operations()]  # type: ignore[attr-defined]
    assert len(ops) >= 14
    for op in ops:

        @given(case=op.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: object) -> None:
            case.call_and_validate(checks=checks)  # type: ignore[attr-defined]

        run()
        assert time.monotonic() - start < TIME_BUDGET_S, f"schema tests over budget at {op.label}"


def test_openapi_documents_errors(api_schema: object) -> None:
    err = api_schema.raw_schema["components"]["schemas"]["HTTPValidationError"]  # type: ignore[attr-defined]
    assert err["properties"]["detail"]["type"] == "string"
