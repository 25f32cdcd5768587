"""Readers for evaluation/training corpora: CoNLL/IOB NER files and CoNLL-U treebanks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "WARTA_LABEL_MAP",
    "NerSentence",
    "UDSentence",
    "UDWord",
    "iob_to_spans",
    "map_spans",
    "read_conll_ner",
    "read_conllu",
]

#: Corpus entity types -> warta labels (None = not an entity type warta predicts; dropped).
#: Place types (LOC/LOCATION/PLACE/PLC) all become LOC: no training corpus separates GPE from LOC.
WARTA_LABEL_MAP: dict[str, str | None] = {
    # persons
    "PER": "PERSON", "PERSON": "PERSON", "PPL": "PERSON", "Person": "PERSON",
    # organisations (NERP "IND" = industry/organisation/company)
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "Organisation": "ORG", "IND": "ORG",
    # places
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC", "Place": "LOC",
    "GPE": "GPE",
    "NORP": "NORP",
    "EVENT": "EVENT", "EVT": "EVENT",
    # not predicted by warta
    "FNB": None, "QUANTITY": None, "TIME": None, "MISC": None,
}


@dataclass
class NerSentence:
    """One sentence of a CoNLL/IOB file: tokens and their raw tags."""

    words: list[str]
    tags: list[str]


@dataclass
class UDWord:
    """One syntactic word of a CoNLL-U sentence (multiword-token parts are separate words)."""

    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    misc: str

    @property
    def space_after(self) -> bool:
        """False when MISC carries ``SpaceAfter=No``."""
        return "SpaceAfter=No" not in self.misc.split("|")


@dataclass
class UDSentence:
    """One CoNLL-U sentence: words, metadata and multiword-token ranges (start, end, form)."""

    words: list[UDWord]
    text: str | None = None
    sent_id: str | None = None
    multiword: list[tuple[int, int, str]] = field(default_factory=list)

    def spaces(self) -> list[bool]:
        """Whitespace after each word; parts of a multiword token are joined without space."""
        spaces = [w.space_after for w in self.words]
        for start, end, _form in self.multiword:
            for i in range(start, end):
                spaces[i - 1] = False
        return spaces


def _split_line(line: str) -> list[str]:
    parts = line.split("\t") if "\t" in line else line.split()
    return [p.strip() for p in parts if p.strip()]


def read_conll_ner(path: str | Path, label_column: int = -1) -> list[NerSentence]:
    """Read a token-per-line NER file (space- or tab-separated, token first, tag last by default).

    Blank lines separate sentences (or paragraphs); ``-DOCSTART-`` lines are skipped; CRLF and stray
    whitespace in labels are tolerated; a line with a single column gets tag ``O``.
    """
    sentences: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if words:
                    sentences.append(NerSentence(words, tags))
                    words, tags = [], []
                continue
            parts = _split_line(line)
            if parts[0] == "-DOCSTART-":
                continue
            words.append(parts[0])
            tags.append(parts[label_column] if len(parts) > 1 else "O")
    if words:
        sentences.append(NerSentence(words, tags))
    return sentences


_PREFIXES = {"B", "I", "E", "S", "L", "U"}


def iob_to_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """Turn a tag sequence into ``(start, end_exclusive, type)`` spans.

    Accepts IOB2, IOB1 (an ``I-`` after a different type starts a new entity), BIOES/BILOU and plain
    labels without prefix (IO: consecutive equal labels form one entity).
    """
    spans: list[tuple[int, int, str]] = []
    cur_start, cur_type = -1, ""
    tag_list = list(tags)

    def close(end: int) -> None:
        nonlocal cur_start, cur_type
        if cur_start >= 0:
            spans.append((cur_start, end, cur_type))
        cur_start, cur_type = -1, ""

    for i, tag in enumerate(tag_list):
        tag = tag.strip()
        if tag in ("O", "", "_"):
            close(i)
            continue
        if len(tag) > 2 and tag[1] == "-" and tag[0] in _PREFIXES:
            prefix, etype = tag[0], tag[2:]
        else:
            prefix, etype = "I", tag
        if prefix in ("B", "S", "U") or etype != cur_type or cur_start < 0:
            close(i)
            cur_start, cur_type = i, etype
        if prefix in ("E", "L", "S", "U"):
            close(i + 1)
    close(len(tag_list))
    return spans


def map_spans(
    spans: Iterable[tuple[int, int, str]], label_map: Mapping[str, str | None] | None = None
) -> list[tuple[int, int, str]]:
    """Map corpus types to warta labels; types mapped to None (or unknown) are dropped."""
    lmap = WARTA_LABEL_MAP if label_map is None else label_map
    out = []
    for start, end, etype in spans:
        label = lmap.get(etype, lmap.get(etype.upper()))
        if label:
            out.append((start, end, label))
    return out


def _iter_blocks(path: str | Path) -> Iterator[list[str]]:
    block: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if block:
                    yield block
                    block = []
            else:
                block.append(line)
    if block:
        yield block


def read_conllu(path: str | Path) -> list[UDSentence]:
    """Read a CoNLL-U file; empty nodes (``N.M``) are skipped, multiword tokens recorded."""
    sentences: list[UDSentence] = []
    for block in _iter_blocks(path):
        sent = UDSentence(words=[])
        for line in block:
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key = key.strip()
                if key == "text":
                    sent.text = value.strip()
                elif key == "sent_id":
                    sent.sent_id = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                continue
            wid = cols[0]
            if "." in wid:
                continue
            if "-" in wid:
                a, b = wid.split("-")
                sent.multiword.append((int(a), int(b), cols[1]))
                continue
            head = int(cols[6]) if cols[6].isdigit() else 0
            sent.words.append(
                UDWord(int(wid), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9])
            )
        if sent.words:
            sentences.append(sent)
    return sentences
