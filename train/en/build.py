"""Build warta's English news pipeline: ``python -m train.en.build [--data DIR] [--out DIR]``.

Steps (``--stage``): ``convert`` the shared corpora to ``.spacy`` files and evaluation files
(train/en/corpus/); train the UD pipeline (``ud``: tagger + morphologizer + parser on UD English-EWT) and the
NER pipeline (``ner``, on the freely licensed NER sets chosen with ``--ner-sets``) into train/en/output/;
``package`` them with spaCy's rule-based English lemmatizer (tables from spacy-lookups-data, bundled in the
model directory) into one ``nlp.to_disk`` directory (default ``warta/models/en_news``) with a ``meta.json``
naming data and licences. ``ablation`` trains NER on each ``+``-joined set combination of ``--ner-sets`` and
scores UNER English-EWT dev and GUM dev. GUM and UNER English-EWT are used for evaluation only.
See docs/models-en.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS_DIR = HERE / "corpus"
OUTPUT_DIR = HERE / "output"
DEFAULT_OUT = ROOT / "warta" / "models" / "en_news"
MODEL_VERSION = "0.4.0"
SENTS_PER_DOC = 10

if str(ROOT) not in sys.path:  # ``python train/en/build.py`` as well as ``python -m train.en.build``
    sys.path.insert(0, str(ROOT))

from train.build import _chunks, _train, ud_doc  # noqa: E402  (shared with the Indonesian recipe)
from warta.eval.formats import UDSentence, iob_to_spans, read_conll_ner, read_conllu  # noqa: E402

log = logging.getLogger("train.en.build")

#: Marker in a label map: the corpus type is not one warta predicts, but it *is* a name, so its tokens are
#: marked "missing" (no gradient) rather than "outside" (which would teach the model that names are not
#: names).
MISSING = "-"

PER, ORG, LOC, EVENT = "PERSON", "ORG", "LOC", "EVENT"


class NerSet:
    """One NER corpus: train/dev files (relative to the data dir), label map, licence, citation URL."""

    def __init__(
        self,
        train: Sequence[str],
        dev: Sequence[str],
        label_map: dict[str, str | None],
        licence: str,
        url: str,
        dev_fraction: float = 0.0,
    ) -> None:
        self.train, self.dev, self.label_map = list(train), list(dev), label_map
        self.licence, self.url, self.dev_fraction = licence, url, dev_fraction


#: NER corpora usable for the shipped model (all allow redistribution of derived models).
#: Places are all LOC (only CrossNER separates countries; UNER/GUM have one place type);
#: see docs/models-en.md.
NER_SETS: dict[str, NerSet] = {
    "btc": NerSet(
        ["en-btc/btc.train"],
        ["en-btc/btc.dev"],
        {"PER": PER, "ORG": ORG, "LOC": LOC},
        "CC BY 4.0",
        "https://github.com/GateNLP/broad_twitter_corpus",
    ),
    "wnut17": NerSet(
        ["en-wnut17/wnut17train.conll"],
        ["en-wnut17/emerging.dev.conll"],
        {
            "person": PER,
            "location": LOC,
            "group": ORG,
            "corporation": ORG,
            "product": MISSING,
            "creative-work": MISSING,
        },
        "CC BY 4.0",
        "https://github.com/leondz/emerging_entities_17",
    ),
    # Wikigold has no split: the last 10% of its sentences are its dev part.
    "wikigold": NerSet(
        ["en-wikigold/wikigold.conll.txt"],
        [],
        {"PER": PER, "ORG": ORG, "LOC": LOC, "MISC": MISSING},
        "CC BY 4.0",
        "https://figshare.com/articles/dataset/Learning_multilingual_named_entity_"
        "recognition_from_Wikipedia/5462500 (wikigold)",
        dev_fraction=0.1,
    ),
    # CrossNER's train split is tiny (few-shot design): its test split is used for training too.
    "crossner": NerSet(
        ["en-crossner-politics/politics-train.txt", "en-crossner-politics/politics-test.txt"],
        ["en-crossner-politics/politics-dev.txt"],
        {
            "politician": PER,
            "person": PER,
            "politicalparty": ORG,
            "organisation": ORG,
            "country": LOC,
            "location": LOC,
            "election": EVENT,
            "event": EVENT,
            "misc": MISSING,
        },
        "MIT (annotations); Wikipedia text CC BY-SA",
        "https://github.com/zliucr/CrossNER",
    ),
    # re3d without the BBC (non-commercial) documents; generic mentions ("rebels") are labelled there too.
    "re3d": NerSet(
        ["en-re3d/data-by-source/*/*.conll"],
        [],
        {
            "Person": PER,
            "Organisation": ORG,
            "Location": LOC,
            "Nationality": MISSING,
            "Weapon": None,
            "MilitaryPlatform": None,
            "Temporal": None,
            "Quantity": None,
            "Money": None,
            "DocumentReference": None,
        },
        "OGL v3 / US public domain / CC BY 3.0 (AU) / CC BY-SA 3.0 / EU notice (BBC part excluded)",
        "https://github.com/dstl/re3d",
    ),
}
DEFAULT_NER_SETS = ("btc", "wnut17", "wikigold", "crossner")
UD_TRAIN = "en-ud-ewt/en_ewt-ud-train.conllu"
UD_DEV = "en-ud-ewt/en_ewt-ud-dev.conllu"
UNER_DEV = "en-uner-ewt/en_ewt-ud-dev.iob2"
GUM_DEV = "en-ud-gum/en_gum-ud-dev.conllu"
#: Evaluation files written by ``convert`` (token<TAB>tag, IOB2), read by warta.eval.ner.
UNER_DEV_IOB = CORPUS_DIR / "uner-ewt-dev.iob"
GUM_DEV_IOB = CORPUS_DIR / "gum-dev-names.iob"
GUM_DEV_IOB_EVENT = CORPUS_DIR / "gum-dev-names-event.iob"


# --------------------------------------------------------------------------------------------- conversion


def conllu_to_docbin(paths: Iterable[Path], vocab: spacy.Vocab) -> DocBin:
    """CoNLL-U -> DocBin of 10-sentence docs (words, spaces, XPOS, UPOS, feats, lemmas, deps, sent starts).

    The docs are marked ``has_unknown_spaces`` so that spaCy trains on the treebank's own words instead of
    re-tokenising the text (1.3 % of EWT train tokens — ``e-mail``, ``!!``, ``'s``, phone numbers — do not
    align one-to-one with spaCy's tokens and would lose their tags and arcs; ``warta eval parse`` scores on
    gold words too). Since model 0.4.0: EWT dev UPOS 0.9405 → 0.9457, LAS 0.793 → 0.802."""
    db = DocBin(store_user_data=False)
    for path in paths:
        for group in _chunks(read_conllu(path), SENTS_PER_DOC):
            doc = ud_doc(vocab, group, xpos=True)
            doc.has_unknown_spaces = True
            db.add(doc)
    return db


#: Demonyms, nationality and religion words that are not in NGEC's ``countries.csv``. UNER (and GUM,
#: CoNLL) leave adjectival demonyms O ("Iraqi officials"); BTC tags many of them LOC or ORG.
_EXTRA_DEMONYMS = """arab arabs asian asians african africans european europeans western westerners latino
latinos latina hispanic hispanics kurdish kurd kurds palestinian palestinians sunni sunnis shia shias shiite
shiites muslim muslims christian christians catholic catholics protestant protestants jewish jew jews hindu
hindus sikh sikhs buddhist buddhists islamic islamist islamists scottish welsh english irish british brits
american americans"""
EXTRA_DEMONYMS = frozenset(_EXTRA_DEMONYMS.split())
#: Titles and honorifics before a person's name. UNER, CoNLL-2003, Wikigold and CrossNER leave them outside
#: the PERSON span ("Dr. Cooper" -> "Cooper"); BTC and WNUT-17 often include them ("President Obama").
_TITLES = """mr mrs ms miss mister dr drs doctor prof professor president pres vice pope senator sen rep
representative congressman congresswoman gov governor mayor judge justice gen general lt col capt sgt
minister prime chancellor secretary sheikh rev reverend coach officer"""
TITLES = frozenset(_TITLES.split())


#: NGEC's "Nationality" column also lists short names and regions (``UK``, ``England``, ``Donetsk``): only
#: entries with a demonym ending, and these irregular demonyms, are used.
_DEMONYM_END = re.compile(r"(an|ans|ian|ians|ese|ish|i|is|ic|ch|ot|ots|en|er|ers|ite|ites)$", re.I)
_IRREGULAR_DEMONYMS = """greek greeks swiss poles danes dane swedes swede finns finn turks turk serbs serb
croats croat czechs slovaks slovak slovenes filipino filipinos spaniard spaniards kazakh kazakhs tajik tajiks
kyrgyz bosniak bosniaks kosovar kosovars montenegrin montenegrins argentines brits welsh manx malagasy
argentine slovene burkinabe monegasque monegasques motswana mosotho mosothos turkmens abkhaz kirghiz
tadzhik"""
IRREGULAR_DEMONYMS = frozenset(_IRREGULAR_DEMONYMS.split())


def load_demonyms(data: Path) -> set[str]:
    """Lower-cased demonyms: one-word demonym entries of NGEC ``countries.csv`` (MIT; see
    :data:`_DEMONYM_END`) + :data:`EXTRA_DEMONYMS`."""
    import csv

    out = set(EXTRA_DEMONYMS)
    path = data / "plover-ngec-assets" / "countries.csv"
    if not path.is_file():
        log.warning("%s missing: only the built-in demonym list is used", path)
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    countries = {row["Name"].lower() for row in rows}
    for row in rows:
        for d in (x.strip() for x in row["Nationality"].split(",")):
            if not d or " " in d or d.lower() in countries or d.isupper():
                continue
            if _DEMONYM_END.search(d) or d.lower() in IRREGULAR_DEMONYMS:
                out.add(d.lower())
    return out


def _relabel(
    words: list[str], start: int, end: int, label: str, demonyms: set[str]
) -> tuple[int, int] | None:
    """Harmonise a training span with the UNER/CoNLL conventions: a LOC/ORG span made only of demonym words
    becomes O (None); leading titles are cut off a PERSON span."""
    if label in (LOC, ORG) and all(w.lower() in demonyms for w in words[start:end]):
        return None
    if label == PER:
        while end - start > 1 and words[start].lower().rstrip(".") in TITLES:
            start += 1
    return start, end


def _ner_doc(
    vocab: spacy.Vocab,
    words: list[str],
    tags: list[str],
    label_map: dict[str, str | None],
    demonyms: set[str] | None = None,
) -> Doc:
    doc = Doc(vocab, words=words)
    ents, missing = [], []
    for start, end, etype in iob_to_spans(tags):
        label = label_map.get(etype)
        if label and label != MISSING and demonyms is not None:
            kept = _relabel(words, start, end, label, demonyms)
            if kept is None:
                continue
            start, end = kept
        if label == MISSING:
            missing.append(doc[start:end])
        elif label:
            ents.append(doc[start:end])
            ents[-1].label_ = label
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def _expand(data: Path, patterns: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    for pat in patterns:
        if "*" in pat:
            out.extend(p for p in sorted(data.glob(pat)) if "BBC_Online" not in p.parts)
        else:
            out.append(data / pat)
    return out


def ner_docbins(
    data: Path, name: str, vocab: spacy.Vocab, demonyms: set[str] | None = None
) -> tuple[DocBin, DocBin]:
    """Train and dev DocBins (one doc per sentence) of NER set ``name``, labels mapped to warta labels
    (and, with ``demonyms``, harmonised by :func:`_relabel`)."""
    spec = NER_SETS[name]
    train_sents = [s for p in _expand(data, spec.train) for s in read_conll_ner(p)]
    dev_sents = [s for p in _expand(data, spec.dev) for s in read_conll_ner(p)]
    if spec.dev_fraction:
        cut = int(len(train_sents) * (1 - spec.dev_fraction))
        train_sents, dev_sents = train_sents[:cut], train_sents[cut:]
    unknown = {t for s in train_sents for _, _, t in iob_to_spans(s.tags)} - set(spec.label_map)
    if unknown:
        log.warning("%s: unmapped types treated as O: %s", name, sorted(unknown))
    bins = []
    for sents in (train_sents, dev_sents):
        db = DocBin(store_user_data=False)
        for s in sents:
            db.add(_ner_doc(vocab, s.words, s.tags, spec.label_map, demonyms))
        bins.append(db)
    return bins[0], bins[1]


def uner_to_iob(src: Path, dst: Path) -> None:
    """UNER English-EWT (``idx FORM TAG - annotator`` + ``#`` comments) -> ``FORM<TAB>TAG`` lines."""
    lines: list[str] = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if lines and lines[-1]:
                lines.append("")
            continue
        cols = raw.split("\t")
        lines.append(f"{cols[1]}\t{cols[2]}")
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")


GUM_TYPES = {"person": PER, "organization": ORG, "place": LOC, "event": EVENT}
#: Words allowed inside a name span besides PROPN (``Bank of America``, ``Mary and Joseph Hospital``).
_NAME_INNER = {"PROPN", "ADP", "DET", "CCONJ", "PART", "NUM", "PUNCT"}
_ENTITY_RE = re.compile(r"\(([^()|]+?)(\))?(?=\(|\d+\)|$)|(\d+)\)")


def _gum_mentions(sent: UDSentence) -> list[tuple[int, int, str, int]]:
    """Entity mentions ``(start, end_excl, etype, minspan_head)`` of one GUM sentence (0-based words)."""
    open_: dict[str, tuple[int, str, int]] = {}
    out = []
    for i, w in enumerate(sent.words):
        value = next((m[7:] for m in w.misc.split("|") if m.startswith("Entity=")), "")
        for m in _ENTITY_RE.finditer(value):
            if m.group(1) is not None:
                fields = m.group(1).split("-", 7)
                eid, etype = fields[0], fields[1]
                minspan = fields[5] if len(fields) > 5 else "1"
                head = int(re.split(r"[,;]", minspan)[0]) - 1 if minspan[:1].isdigit() else 0
                if m.group(2):
                    out.append((i, i + 1, etype, i + head))
                else:
                    open_[eid] = (i, etype, head)
            else:
                eid = m.group(3)
                if eid in open_:
                    start, etype, head = open_.pop(eid)
                    out.append((start, i + 1, etype, start + head))
    return out


def gum_names(sent: UDSentence, types: dict[str, str]) -> list[tuple[int, int, str]]:
    """Named-entity spans of a GUM sentence.

    Mentions of ``types`` whose minspan head is a PROPN, trimmed to the proper-name part (first to last PROPN,
    so a leading ``the`` is dropped); a mention whose trimmed span still contains other content words or a
    comma (``Obama's adviser James Jones``) is skipped so that nested names can be used. Outermost names win
    over nested ones; overlaps are resolved left to right."""
    words = sent.words
    cands = []
    for start, end, etype, head in _gum_mentions(sent):
        if etype not in types or not (start <= head < end) or words[head].upos != "PROPN":
            continue
        propn = [k for k in range(start, end) if words[k].upos == "PROPN"]
        a, b = propn[0], propn[-1] + 1
        if any(words[k].upos not in _NAME_INNER or words[k].form in {",", ";", ":"} for k in range(a, b)):
            continue
        cands.append((a, b, types[etype]))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str]] = []
    for c in cands:
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    return sorted(chosen)


def gum_to_iob(src: Path, dst: Path, types: dict[str, str]) -> None:
    """GUM CoNLL-U (MISC ``Entity=``) -> ``FORM<TAB>TAG`` IOB2, named-entity subset (see gum_names)."""
    lines: list[str] = []
    for sent in read_conllu(src):
        tags = ["O"] * len(sent.words)
        for a, b, label in gum_names(sent, types):
            tags[a] = f"B-{label}"
            for k in range(a + 1, b):
                tags[k] = f"I-{label}"
        lines.extend(f"{w.form}\t{t}" for w, t in zip(sent.words, tags, strict=True))
        lines.append("")
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _subsample(db: DocBin, vocab: spacy.Vocab, max_words: int, seed: int = 0) -> DocBin:
    docs = list(db.get_docs(vocab))
    random.Random(seed).shuffle(docs)
    out, n = DocBin(store_user_data=False), 0
    for d in docs:
        if n >= max_words:
            break
        out.add(d)
        n += len(d)
    return out


def convert(data: Path) -> None:
    """Write train/en/corpus/*.spacy (training) and *.iob (evaluation) from the shared corpora."""
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("en").vocab
    conllu_to_docbin([data / UD_TRAIN], vocab).to_disk(CORPUS_DIR / "ud-train.spacy")
    conllu_to_docbin([data / UD_DEV], vocab).to_disk(CORPUS_DIR / "ud-dev.spacy")
    demonyms = load_demonyms(data)
    for name in NER_SETS:
        train, dev = ner_docbins(data, name, vocab, demonyms)
        train.to_disk(CORPUS_DIR / f"ner-{name}-train.spacy")
        dev.to_disk(CORPUS_DIR / f"ner-{name}-dev.spacy")
        log.info("NER %s: %d train / %d dev sentences", name, len(train), len(dev))
    uner_to_iob(data / UNER_DEV, UNER_DEV_IOB)
    gum_to_iob(data / GUM_DEV, GUM_DEV_IOB, {k: v for k, v in GUM_TYPES.items() if v != EVENT})
    gum_to_iob(data / GUM_DEV, GUM_DEV_IOB_EVENT, GUM_TYPES)
    log.info("converted corpora into %s", CORPUS_DIR)


# --------------------------------------------------------------------------------------------- training


def _merge(parts: Iterable[Path], target: Path, vocab: spacy.Vocab | None = None, max_words: int = 0) -> Path:
    db = DocBin(store_user_data=False)
    for p in parts:
        db.merge(DocBin().from_disk(p))
    if max_words and vocab is not None:
        db = _subsample(db, vocab, max_words)
    db.to_disk(target)
    return target


def train_ud(max_steps: int | None = None, resume: Path | None = None) -> Path:
    """Train tagger + morphologizer + parser on EWT train (model selection on EWT dev); returns model-best.

    With ``resume`` (a previous run's model-best), training continues from it (into output/ud)."""
    return _train(
        HERE / "config_ud.cfg",
        OUTPUT_DIR / "ud",
        CORPUS_DIR / "ud-train.spacy",
        CORPUS_DIR / "ud-dev.spacy",
        max_steps,
        resume=resume,
    )


#: Model-selection dev set for NER training: the dev parts of BTC, Wikigold and CrossNER, subsampled to this
#: many words (UNER/GUM dev are not used for checkpoint selection; they are the reported evaluation sets).
NER_SELECT_DEV = ("btc", "wikigold", "crossner")
NER_SELECT_WORDS = 15000


def _ner_init_from_ud(ud: Path, train: Path, dev: Path, target: Path) -> Path:
    """An initialised NER pipeline whose own tok2vec starts from the UD pipeline's tok2vec weights (same
    architecture, trained on English-EWT web text); training continues from it (``_train(resume=...)``)."""
    from spacy.training.initialize import init_nlp

    config = spacy.util.load_config(
        HERE / "config_ner.cfg", overrides={"paths.train": str(train), "paths.dev": str(dev)}
    )
    nlp = init_nlp(config, use_gpu=-1)
    ud_tok2vec = spacy.load(ud).get_pipe("tok2vec").model
    ner_tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]  # chain(Tok2Vec, list2array, Linear)
    ner_tok2vec.from_bytes(ud_tok2vec.to_bytes())
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def train_ner(
    sets: Sequence[str],
    tag: str | None = None,
    max_steps: int | None = None,
    resume: Path | None = None,
    init_tok2vec: Path | None = None,
    seed: int | None = None,
) -> Path:
    """Train NER on the given corpora (continuing from ``resume`` if given; with ``init_tok2vec``, a UD
    pipeline, its tok2vec weights initialise the NER's own tok2vec); returns model-best."""
    tag = tag or "ner"
    vocab = spacy.blank("en").vocab
    train = _merge([CORPUS_DIR / f"ner-{s}-train.spacy" for s in sets], CORPUS_DIR / f"{tag}-train.spacy")
    dev_parts = [CORPUS_DIR / f"ner-{s}-dev.spacy" for s in NER_SELECT_DEV]
    dev = _merge(dev_parts, CORPUS_DIR / "ner-select-dev.spacy", vocab, NER_SELECT_WORDS)
    if init_tok2vec is not None and resume is None:
        resume = _ner_init_from_ud(init_tok2vec, train, dev, OUTPUT_DIR / f"{tag}-init" / "model")
    return _train(HERE / "config_ner.cfg", OUTPUT_DIR / tag, train, dev, max_steps, resume=resume, seed=seed)


def _ner_scores(nlp: spacy.Language) -> dict[str, float]:
    from warta.eval.ner import evaluate_ner

    uner = evaluate_ner(UNER_DEV_IOB, lang="en", nlp=nlp)
    gum = evaluate_ner(GUM_DEV_IOB, lang="en", nlp=nlp)
    return {
        "uner_f1": uner["f1"],
        "uner_p": uner["precision"],
        "uner_r": uner["recall"],
        "gum_f1": gum["f1"],
        **{f"uner_{k}_f1": v["f1"] for k, v in uner["per_label"].items()},
    }


def ablation(combos: Sequence[str], max_steps: int | None) -> dict[str, dict[str, float]]:
    """Train NER on each ``+``-joined combination (e.g. ``btc+wnut17``); score UNER-EWT dev and GUM dev."""
    out_file = OUTPUT_DIR / "ablation.json"
    results: dict[str, dict[str, float]] = json.loads(out_file.read_text()) if out_file.exists() else {}
    for combo in combos:
        parts = combo.split("+")
        t0 = time.time()
        best = train_ner(parts, tag="abl-" + "-".join(parts), max_steps=max_steps)
        scores = _ner_scores(spacy.load(best))
        scores["train_minutes"] = (time.time() - t0) / 60
        results[combo] = {k: round(v, 4) for k, v in scores.items()}
        out_file.write_text(json.dumps(results, indent=1))
        log.info("ablation %s: %s", combo, results[combo])
    return results


# --------------------------------------------------------------------------------------------- packaging


#: Lemmas of contracted/irregular auxiliaries (UD English-EWT conventions).
AUX_LEMMAS = {
    "'s": ["be"],
    "'re": ["be"],
    "'m": ["be"],
    "'ve": ["have"],
    "'d": ["would"],
    "'ll": ["will"],
    "does": ["do"],
    "doing": ["do"],
    "ca": ["can"],
    "wo": ["will"],
    "sha": ["shall"],
    "could": ["could"],
    "would": ["would"],
    "should": ["should"],
    "might": ["might"],
    "must": ["must"],
    "s": ["be"],
}
PRON_LEMMAS = {"i": ["I"], "me": ["I"], "them": ["they"], "him": ["he"], "us": ["we"], "her": ["she"]}


def _add_lemmatizer(nlp: spacy.Language) -> None:
    """spaCy's rule-based English lemmatizer; its tables (spacy-lookups-data) are saved with the model."""
    from spacy.lookups import load_lookups

    lookups = load_lookups("en", ["lemma_rules", "lemma_exc", "lemma_index"])
    rules, index, exc = (lookups.get_table(n) for n in ("lemma_rules", "lemma_index", "lemma_exc"))
    # spaCy's English tables have no AUX entries (en_core_web_* fill AUX lemmas with an attribute ruler): give
    # AUX the VERB rules and exceptions plus contractions, lemmatised as in UD English-EWT.
    rules["aux"], index["aux"] = rules["verb"], index["verb"]
    exc["aux"] = {**exc["verb"], **AUX_LEMMAS}
    exc["part"] = {"n't": ["not"], "nt": ["not"]}
    # Pronoun/determiner lemmas as in UD English (me -> I, them -> they, an -> a, those -> that).
    exc["pron"] = dict(PRON_LEMMAS)
    exc["det"] = {"an": ["a"], "those": ["that"], "these": ["this"]}
    # An identity rule first: a word that is itself in the index keeps its form (need -/-> nee), and words no
    # rule matches come out lower-cased (Thank -> thank) instead of unchanged.
    for pos in ("verb", "aux", "noun", "adj"):
        rules[pos] = [["", ""], *rules[pos]]
    for pos in ("pron", "det"):
        rules[pos] = [["", ""]]
    lemmatizer = nlp.add_pipe("warta_en_lemmatizer", name="lemmatizer", after="morphologizer")
    lemmatizer.initialize(lookups=lookups)


def ruler_patterns(nlp: spacy.Language, data: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """``entity_ruler`` patterns from warta's own tables: countries, capitals and places of the actor table
    (``warta/data/actors.tsv.gz``: pycountry names, PETRARCH2 Phoenix place aliases, capitals) as LOC, and the
    English gazetteer (``warta/lang/en/gazetteer.tsv``: short forms of countries, IGOs) with its types.
    Returns two lists of phrase patterns: one to match on ``LOWER``, one on ``ORTH`` (case as written); phrase
    patterns (one hash lookup per token) because thousands of token patterns made the ruler ≈ 10 % of the
    pipeline's time.

    Demonym aliases (``AFGHANS``) are skipped (UNER leaves demonyms O). Names that are (or consist of) common
    English words must match in title or upper case (``Male``, ``Nice``); other names match in any case
    (``kerala``, ``FALLUJAH``); "common" = a stop word or a lower-case non-PROPN word of UD English-EWT train.
    Gazetteer aliases (``US``, ``WHO``) match exactly as written."""
    import gzip

    # Common words: stop words and every lower-case word UD English-EWT train tags other than PROPN (male,
    # nice, reading, who); place names never seen that way (nairobi, kerala) may match in lower case.
    common = set(nlp.Defaults.stop_words)
    for sent in read_conllu(data / UD_TRAIN):
        common.update(w.form for w in sent.words if w.upos != "PROPN" and w.form.islower())
    demonyms = load_demonyms(data)
    names: dict[str, str] = {}
    with gzip.open(ROOT / "warta" / "data" / "actors.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if line.startswith(("#", "kb_id")) or len(f) < 6 or f[2] != "GPE":
                continue
            kind = f[0].split(":")[0]
            cands = [f[1]] if kind in ("country", "capital") else []
            if kind != "capital":
                cands += f[5].split("|")
            for n in cands:
                n = n.strip()
                if len(n) >= 3 and n.lower() not in demonyms:
                    names.setdefault(n.title() if n.isupper() else n, LOC)
    lower: dict[str, str] = {}
    cased: dict[str, str] = {}
    for name, label in names.items():
        toks = [t.text for t in nlp.make_doc(name)]
        if all(t.lower() in common or not t.isalpha() for t in toks):
            cased.setdefault(name, label)
            cased.setdefault(name.upper(), label)
        else:
            lower.setdefault(name.lower(), label)
    for line in (ROOT / "warta" / "lang" / "en" / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if not line.startswith(("#", "alias\t")) and len(f) >= 3:
            cased[f[0]] = ORG if f[2] == "ORG" else LOC
    return (
        [{"label": v, "pattern": k} for k, v in lower.items()],
        [{"label": v, "pattern": k} for k, v in cased.items()],
    )


def package(
    ud: Path, ner: Path, out: Path, ner_sets: Sequence[str], data: Path | None = None, ruler: bool = True
) -> None:
    """Assemble UD + NER (+ gazetteer entity_ruler) + lemmatizer into ``out`` with meta.json (no
    optimizer/training state). ``ner`` runs before the parser (it has its own tok2vec), so that a name is
    not cut at a predicted sentence boundary; the ruler runs after ``ner`` and only adds names where ``ner``
    found none."""
    nlp = spacy.load(ud)
    nlp.add_pipe("ner", source=spacy.load(ner), before="parser")
    if ruler:
        lower, cased = ruler_patterns(nlp, data or ROOT.parent / "shared" / "data")
        er = nlp.add_pipe(
            "entity_ruler", after="ner", config={"overwrite_ents": False, "phrase_matcher_attr": "LOWER"}
        )
        er.add_patterns(lower)
        er = nlp.add_pipe(
            "entity_ruler",
            name="entity_ruler_cased",
            after="entity_ruler",
            config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"},
        )
        er.add_patterns(cased)
    _add_lemmatizer(nlp)
    nlp.meta.update(
        {
            "name": "news",
            "lang": "en",
            "version": MODEL_VERSION,
            "description": "warta English news pipeline: spaCy English tokenizer, tagger (PTB), "
            "morphologizer (UPOS+feats), parser (deps + sentences), rule lemmatizer, "
            "NER (PERSON, ORG, LOC, EVENT). "
            "Small CNN, CPU.",
            "author": "warta contributors",
            "license": "CC BY-SA 4.0 (derived from UD English-EWT and CC BY-SA Wikipedia text)",
            "sources": _sources(ner_sets, ruler),
            "requirements": [],
        }
    )
    nlp.meta.pop("performance", None)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    log.info("wrote %s (%.1f MB)", out, size / 1e6)


def _sources(ner_sets: Sequence[str], ruler: bool = False) -> list[dict[str, str]]:
    src = [
        {
            "name": "UD English-EWT v2.16 (train; dev for model selection): tagger, morphologizer, parser",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
        },
    ]
    for s in ner_sets:
        spec = NER_SETS[s]
        src.append({"name": f"NER: {s}", "url": spec.url, "license": spec.licence})
    src.append(
        {
            "name": "NER training labels harmonised with NGEC countries.csv demonyms (ahalterman/NGEC-2025)",
            "url": "https://github.com/ahalterman/NGEC-2025",
            "license": "MIT",
        }
    )
    if ruler:
        src.append(
            {
                "name": "entity_ruler: warta actor table (PETRARCH2 Phoenix countries/places, MIT; pycountry "
                "ISO 3166 names, LGPL-2.1 data; capitals) and warta/lang/en/gazetteer.tsv (warta developers)",
                "url": "https://github.com/openeventdata/petrarch2",
                "license": "MIT / LGPL-2.1 (pycountry data) / warta",
            }
        )
    src.append(
        {
            "name": "spacy-lookups-data 1.0.5 English lemma_rules/lemma_exc/lemma_index",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT",
        }
    )
    return src


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point (also called by ``python -m train.build --lang en``)."""
    ap = argparse.ArgumentParser(prog="python -m train.en.build", description=__doc__.splitlines()[0])
    default_data = Path(os.environ.get("WARTA_DATA", ROOT.parent / "shared" / "data"))
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument(
        "--ner-sets",
        default="+".join(DEFAULT_NER_SETS),
        help="'+'-joined sets for NER training; with --stage ablation a ','-separated list of "
        f"combinations. Sets: {', '.join(NER_SETS)}",
    )
    ap.add_argument("--stage", choices=["all", "convert", "ud", "ner", "package", "ablation"], default="all")
    ap.add_argument("--ud-steps", type=int, default=None, help="override training.max_steps for the UD model")
    ap.add_argument("--ner-steps", type=int, default=None, help="override training.max_steps for NER")
    ap.add_argument(
        "--ud-resume",
        type=Path,
        default=None,
        help="continue UD training from this pipeline (e.g. train/en/output/ud/model-best)",
    )
    ap.add_argument(
        "--ud-continue-steps",
        type=int,
        default=0,
        help="after training UD from scratch, continue from its model-best for this many steps "
        "with a fresh optimizer (0 = off; 1,500 more steps did not raise dev LAS, see "
        "docs/models-en.md)",
    )
    ap.add_argument(
        "--ner-resume",
        type=Path,
        default=None,
        help="continue NER training from this pipeline (e.g. an ablation run's model-best)",
    )
    ap.add_argument("--ner-tag", default=None, help="NER run name (output dir train/en/output/TAG)")
    ap.add_argument(
        "--ner-init-tok2vec",
        type=Path,
        default="none",
        help="initialise the NER's own tok2vec from this UD pipeline's tok2vec, e.g. "
        "train/en/output/ud/model-best (default 'none' = random init; see docs/models-en.md)",
    )
    ap.add_argument("--ner-seed", type=int, default=None, help="override system.seed for NER training")
    ap.add_argument("--no-ruler", action="store_true", help="package without the gazetteer entity_ruler")
    ap.add_argument(
        "--ner-model",
        type=Path,
        default=OUTPUT_DIR / "ner" / "model-best",
        help="NER pipeline to package (e.g. an ablation run's output/abl-*/model-best)",
    )
    ap.add_argument(
        "--ud-model",
        type=Path,
        default=OUTPUT_DIR / "ud" / "model-best",
        help="UD pipeline to package (tok2vec, tagger, morphologizer, parser)",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    t0 = time.time()
    if args.stage in ("all", "convert", "ablation"):
        convert(args.data)
    if args.stage == "ablation":
        ablation([c for c in args.ner_sets.split(",") if c], args.ner_steps)
        log.info("done in %.1f min", (time.time() - t0) / 60)
        return 0
    sets = [s for s in args.ner_sets.split("+") if s]
    if args.stage in ("all", "ud"):
        train_ud(args.ud_steps, args.ud_resume)
        if args.ud_resume is None and args.ud_continue_steps:
            train_ud(args.ud_continue_steps, resume=OUTPUT_DIR / "ud" / "model-best")
    if args.stage in ("all", "ner"):
        init = None if str(args.ner_init_tok2vec).lower() == "none" else args.ner_init_tok2vec
        train_ner(
            sets,
            tag=args.ner_tag,
            max_steps=args.ner_steps,
            resume=args.ner_resume,
            init_tok2vec=init,
            seed=args.ner_seed,
        )
    if args.stage in ("all", "package"):
        package(args.ud_model, args.ner_model, args.out, sets, args.data, ruler=not args.no_ruler)
    log.info("done in %.1f min", (time.time() - t0) / 60)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
