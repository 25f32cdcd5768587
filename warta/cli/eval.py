"""``warta eval``: measure the models and extractors on annotated data."""

from __future__ import annotations

import json
from importlib import import_module
from pathlib import Path
from typing import Annotated, Any

import typer

from warta.cli.app import app, fail, out

eval_app = typer.Typer(help="Measure warta on annotated data (see docs/evaluation.md).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

AsJson = Annotated[bool, typer.Option("--json", help="Print one JSON object of scores.")]
LangOpt = Annotated[str, typer.Option("--lang", "-l", help="Language of the data (id or en).")]


def _run(module: str, func: str, *args: Any, as_json: bool, **kwargs: Any) -> None:
    try:
        mod = import_module(f"warta.eval.{module}")
    except ImportError as exc:
        raise fail(f"evaluation for {module} is not available: {exc}") from None
    try:
        result = getattr(mod, func)(*args, **kwargs)
    except FileNotFoundError as exc:
        raise fail(f"{exc.filename or exc}: no such file") from None
    except (ValueError, RuntimeError) as exc:
        raise fail(str(exc)) from None
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        out.print(mod.format_report(result))


@eval_app.command("ner")
def eval_ner(
    path: Annotated[Path, typer.Argument(help="CoNLL/IOB file (token ... label per line).")],
    lang: LangOpt = "id",
    as_json: AsJson = False,
) -> None:
    """Named entities: precision/recall/F1 per label and words/second.

    Example: warta eval ner ../shared/data/idner-news-2k/dev.txt --lang id
    """
    if not path.exists():
        raise fail(f"{path}: no such file")
    _run("ner", "evaluate_ner", str(path), lang=lang, as_json=as_json)


@eval_app.command("parse")
def eval_parse(
    path: Annotated[Path, typer.Argument(help="CoNLL-U file.")],
    lang: LangOpt = "id",
    as_json: AsJson = False,
) -> None:
    """Tagging and parsing: UPOS, morphology, lemma accuracy, UAS/LAS and words/second.

    Example: warta eval parse ../shared/data/ud-id-gsd/id_gsd-ud-dev.conllu
    """
    if not path.exists():
        raise fail(f"{path}: no such file")
    _run("parse", "evaluate_parse", str(path), lang=lang, as_json=as_json)


@eval_app.command("sentences")
def eval_sentences(
    path: Annotated[Path, typer.Argument(help="CoNLL-U file (sentences with # text).")],
    lang: LangOpt = "id",
    mode: Annotated[
        str, typer.Option("--mode", help="fast (senter, the default pipeline) | full (parser) | rules.")
    ] = "fast",
    group: Annotated[int, typer.Option("--group", help="Gold sentences per rebuilt paragraph.")] = 10,
    as_json: AsJson = False,
) -> None:
    """Sentence segmentation on paragraphs rebuilt from a treebank: P/R/F1 of exact sentence spans.

    Example: warta eval sentences ../shared/data/ud-id-gsd/id_gsd-ud-dev.conllu --mode full
    """
    if not path.exists():
        raise fail(f"{path}: no such file")
    _run("sentences", "evaluate_sentences", str(path), lang=lang, mode=mode, group=group, as_json=as_json)


@eval_app.command("quotes")
def eval_quotes(
    dataset: Annotated[str, typer.Argument(help="pfsa | dev | polnear")] = "dev",
    path: Annotated[Path | None, typer.Option("--path", help="Override the data location.")] = None,
    as_json: AsJson = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N documents.")] = None,
    stance: Annotated[
        bool, typer.Option("--stance", help="Attitude and intention verbs (welcomed, wants to …) as cues.")
    ] = False,
) -> None:
    """Quotations: statement overlap P/R/F1, exact-span F1, cue and speaker accuracy.

    Example: warta eval quotes pfsa --json
    """
    _run(
        "quotes",
        "evaluate_quotes",
        dataset,
        path=str(path) if path else None,
        limit=limit,
        options={"quotes.stance": True} if stance else None,
        as_json=as_json,
    )


@eval_app.command("events")
def eval_events(
    dataset: Annotated[str, typer.Argument(help="plover | dev")] = "dev",
    path: Annotated[Path | None, typer.Option("--path", help="Override the data location.")] = None,
    as_json: AsJson = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N documents.")] = None,
) -> None:
    """Events: (type, actor, recipient) precision/recall; PLOVER gold type and actor accuracy.

    Example: warta eval events plover
    """
    _run("events", "evaluate_events", dataset, path=str(path) if path else None, limit=limit, as_json=as_json)


@eval_app.command("entities")
def eval_entities(
    path: Annotated[Path, typer.Argument(help="CoNLL/IOB file (token ... label per line).")],
    lang: LangOpt = "id",
    priority: Annotated[
        str, typer.Option("--priority", help="Overlap: ner (ruler after NER) | gazetteer (before) | longest.")
    ] = "ner",
    no_models: Annotated[bool, typer.Option("--no-models", help="Rule baseline only.")] = False,
    as_json: AsJson = False,
) -> None:
    """The entity stage (NER + gazetteer + merging) on gold NER sentences: P/R/F1, GPE and LOC as one.

    Example: warta eval entities ../shared/data/idner-news-2k/dev.txt --priority gazetteer
    """
    if not path.exists():
        raise fail(f"{path}: no such file")
    if priority not in ("longest", "gazetteer", "ner"):
        raise fail(f"--priority: expected longest, gazetteer or ner, got {priority!r}", 2)
    _run(
        "entities",
        "evaluate_entities",
        str(path),
        lang=lang,
        options={"entities.priority": priority},
        use_models=not no_models,
        as_json=as_json,
    )
