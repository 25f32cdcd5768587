"""Build warta's Indonesian news pipeline: ``python -m train.build [--data DIR] [--out DIR]``.

Steps: convert the shared corpora to ``.spacy`` files (train/corpus/), train the UD pipeline (morphologizer +
parser) and the NER pipeline (train/output/), assemble them with the Indonesian lookup lemmatizer into one
``nlp.to_disk`` directory (default ``warta/models/id_news``) with a ``meta.json`` naming data and licences.
Only corpora whose licence allows redistribution are used for training; see docs/models.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

import warta.nlp  # noqa: F401  (registers the warta tokenizer and lemmatizer)
from train.punct import reattach_punct
from warta.eval.formats import UDSentence, UDWord, iob_to_spans, map_spans, read_conll_ner, read_conllu
from warta.nlp.tokenizer import make_id_tokenizer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_DIR = HERE / "corpus"
OUTPUT_DIR = HERE / "output"
DEFAULT_OUT = ROOT / "warta" / "models" / "id_news"
MODEL_VERSION = "0.4.0"

log = logging.getLogger("train.build")

#: NER training corpora usable for the shipped model: name -> (train file, dev file, licence).
NER_SETS: dict[str, tuple[str, str, str]] = {
    "idner": ("idner-news-2k/train.txt", "idner-news-2k/dev.txt", "MIT"),
    "nergrit": (
        "nergrit-ner-indonlu/train_preprocess.txt",
        "nergrit-ner-indonlu/valid_preprocess.txt",
        "Apache-2.0 (IndoNLU) + NERGRIT attribution terms",
    ),
    "nerp": (
        "indonlu-nerp/train_preprocess.txt",
        "indonlu-nerp/valid_preprocess.txt",
        "Apache-2.0 (IndoNLU); Prosa.ai source terms unstated",
    ),
}
#: Training label map. EVENT is dropped: only NERP annotates events (other corpora leave them O).
TRAIN_LABEL_MAP: dict[str, str | None] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "PPL": "PERSON",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "EVT": None,
    "FNB": None,
}
DEFAULT_NER_SETS = ("idner", "nergrit", "nerp")
UD_TRAIN = ("ud-id-gsd/id-ud-train-2018.conllu", "ud-id-csui/id_csui-ud-train.conllu")
UD_DEV = "ud-id-gsd/id_gsd-ud-dev.conllu"
SENTS_PER_DOC = 10


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


#: Modal/aspect auxiliaries: ADV/advmod in the 2018 GSD release, AUX/aux in current UD Indonesian.
AUXILIARIES = frozenset(
    {
        "akan",
        "telah",
        "sudah",
        "sedang",
        "dapat",
        "bisa",
        "harus",
        "boleh",
        "mesti",
        "mampu",
        "ingin",
        "mungkin",
    }
)
#: Prepositions that current GSD tags SCONJ/mark when they introduce a verb (a clause): "dengan menggunakan".
CLAUSE_MARKERS = frozenset(
    {"untuk", "dengan", "seperti", "sebelum", "setelah", "sesudah", "hingga", "agar", "ketika"}
)
#: Locative nouns: "di dalam rumah" has ``dalam`` ADP/case in GSD 2018, NOUN/nmod:lmod of ``rumah`` now.
LOCATIVE_NOUNS = frozenset({"dalam", "atas", "bawah", "luar", "depan", "belakang", "samping", "tengah"})
#: Function words whose tag is lexical in current GSD (dev and CSUI) but another one in GSD 2018.
LEXICAL_UPOS = {
    "yaitu": "ADP",
    "mana": "PRON",
    "dimana": "SCONJ",
    "sendiri": "DET",
    "sebagian": "NOUN",
    "sekarang": "NOUN",
    "beserta": "ADP",
}


_ORDINAL = re.compile(r"pertama|ke(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|ke-\d+")


def harmonize_gsd2018(sent: UDSentence) -> None:
    """Move a 2018 GSD sentence towards current UD Indonesian conventions (in place).

    ADV auxiliaries -> AUX/aux; possessive PRON/det -> nmod:poss; PROPN flat -> flat:name (nmod under a
    NOUN); acl with a ``yang`` dependent -> acl:relcl; ``untuk``, ``dengan``, ``setelah`` … introducing a verb
    -> SCONJ/mark; ``karena`` CCONJ -> SCONJ, ``tetapi`` SCONJ -> CCONJ, ``namun`` SCONJ -> ADV (first) or
    CCONJ, ``semua`` alone -> PRON; lexical tags (``yaitu`` ADP, ``mana``
    PRON, ``sendiri`` DET …); ``di dalam X`` ``dalam`` ADP/case -> NOUN/nmod:lmod;
    ``/`` SYM -> PUNCT; ``apa``/``diri`` NOUN -> PRON; ``satu`` DET/det -> NUM/nummod; ordinals after
    their noun (and ``pertama``) -> ADJ/amod; ``salah satu X`` restructured as in current GSD (satu
    nummod of X, salah advmod of satu).
    """
    words = sent.words
    for w in words:
        form = w.form.lower()
        head = words[w.head - 1] if w.head > 0 else None
        if form in AUXILIARIES and w.upos == "ADV" and w.deprel == "advmod":
            w.upos, w.deprel = "AUX", "aux"
        elif w.upos == "PRON" and w.deprel == "det":
            w.deprel = "nmod:poss"
        elif w.deprel == "flat" and w.upos == "PROPN":
            w.deprel = "flat:name" if head is None or head.upos == "PROPN" else "nmod"
        elif w.deprel == "acl" and any(d.head == w.id and d.form.lower() == "yang" for d in words):
            w.deprel = "acl:relcl"
        elif form in CLAUSE_MARKERS and w.deprel == "case" and head is not None and head.upos == "VERB":
            w.upos, w.deprel = "SCONJ", "mark"
        elif form == "karena" and w.upos == "CCONJ":
            w.upos, w.deprel = "SCONJ", "mark" if w.deprel == "cc" else w.deprel
        elif form in ("tetapi", "tapi") and w.upos == "SCONJ":
            w.upos, w.deprel = "CCONJ", "cc" if w.deprel == "mark" else w.deprel
        elif form == "namun" and w.upos == "SCONJ" and w.deprel == "mark":
            # sentence-initial "Namun," is an adverb now, "…, namun …" a coordinating conjunction
            w.upos, w.deprel = ("ADV", "advmod") if w.id == 1 else ("CCONJ", "cc")
        elif form == "semua" and w.upos in ("DET", "NOUN") and w.deprel != "det":
            w.upos = "PRON"  # "semua" standing alone (subject, object), not before a noun
        elif form in LEXICAL_UPOS and w.upos not in ("PROPN", "X"):
            w.upos = LEXICAL_UPOS[form]
        elif (
            form in LOCATIVE_NOUNS
            and w.deprel == "case"
            and w.head == w.id + 1
            and w.id > 1
            and words[w.id - 2].form.lower() in ("di", "ke", "dari")
        ):
            w.upos, w.deprel = "NOUN", "nmod:lmod"
        elif form == "/" and w.upos == "SYM":
            w.upos = "PUNCT"
        elif form in ("apa", "diri") and w.upos == "NOUN":
            w.upos = "PRON"
        elif form == "satu" and w.upos == "DET" and w.deprel in ("det", "nummod"):
            w.upos, w.deprel = "NUM", "nummod"
        elif _ORDINAL.fullmatch(form) and w.upos in ("NUM", "DET") and (form == "pertama" or w.head < w.id):
            w.upos, w.deprel = "ADJ", "amod"  # "anak kedua" (second); "kedua negara" (both) is NUM
        elif _ORDINAL.fullmatch(form) and w.upos == "DET" and w.deprel == "det":
            w.upos, w.deprel = "NUM", "nummod"
    # "salah satu X": 2018 salah(det→X) + satu(fixed→salah); now satu(NUM nummod→X) + salah(ADJ advmod→satu)
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        pair = (w.form.lower(), nxt.form.lower())
        if pair == ("salah", "satu") and nxt.head == w.id and nxt.deprel == "fixed":
            nxt.head, nxt.deprel, nxt.upos = w.head, "nummod", "NUM"
            w.head, w.deprel, w.upos = nxt.id, "advmod", "ADJ"


#: Emphatic clitics current GSD writes as separate words (``Apakah`` = ``Apa`` + ``kah``), with the tag their
#: host gets then; GSD 2018 keeps them attached and CSUI has only a handful, so the model never learnt them
#: alone. Only these hosts are split: many ``-lah``/``-kah`` words are no clitic forms (``adalah``).
CLITIC_HOSTS = {
    "kah": {
        "apa": "ADV",
        "siapa": "PRON",
        "bagaimana": "ADV",
        "mana": "PRON",
        "kapan": "ADV",
        "bukan": "PART",
        "akan": "AUX",
        "ada": "VERB",
        "bisa": "AUX",
        "dapat": "AUX",
        "harus": "AUX",
        "mampu": "AUX",
        "atau": "CCONJ",
    },
    "lah": {"ini": "PRON", "itu": "PRON", "hanya": "ADV", "bukan": "PART"},
}


def split_clitics(sent: UDSentence, take: Callable[[], bool]) -> None:
    """Split ``-kah``/``-lah`` off the hosts in :data:`CLITIC_HOSTS` as current GSD does (in place).

    The host keeps the word's head and relation, the clitic is PART ``advmod:emph`` of the host. ``take()``
    says whether to split this occurrence, so that unsplit forms (warta's tokenizer keeps them) stay too."""
    out: list[UDWord] = []
    new_id: dict[int, int] = {}
    added: list[tuple[int, int, str]] = []  # (host's new id, clitic's new id, original form)
    for w in sent.words:
        form = w.form
        low = form.lower()
        host = next(
            (
                (suf, tag)
                for suf, hosts in CLITIC_HOSTS.items()
                if low.endswith(suf) and (tag := hosts.get(low[: -len(suf)])) is not None
            ),
            None,
        )
        new_id[w.id] = len(out) + 1
        if host is None or not take():
            out.append(w)
            continue
        suf, tag = host
        cut = len(form) - len(suf)
        out.append(UDWord(w.id, form[:cut], form[:cut].lower(), tag, w.xpos, "_", w.head, w.deprel, "_"))
        out.append(UDWord(-w.id, form[cut:], suf, "PART", "_", "_", w.id, "advmod:emph", w.misc))
        added.append((len(out) - 1, len(out), form))
    if not added:
        return
    for i, w in enumerate(out, 1):
        if w.id < 0:
            w.head = new_id[-w.id]  # a clitic hangs on its host
        elif w.head:
            w.head = new_id[w.head]
        w.id = i
    sent.words = out
    sent.multiword = sorted([*sent.multiword, *added])


FeatsLexicon = dict[tuple[str, str], str]


def feats_lexicon(paths: Iterable[Path]) -> FeatsLexicon:
    """Majority FEATS per (lower-cased form, UPOS) in treebanks that have features."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for path in paths:
        for sent in read_conllu(path):
            for w in sent.words:
                counts[(w.form.lower(), w.upos)][w.feats] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def impute_feats(sent: UDSentence, lexicon: FeatsLexicon) -> None:
    """Fill FEATS of a featureless sentence: lexicon first, then per-UPOS defaults of current UD Indonesian.

    Defaults: NOUN Number=Sing (Plur if reduplicated ``x-x``), NUM NumType=Card, VERB Voice=Pass for
    ``di-``/``ter-`` forms else Voice=Act; other words get no features. Silver data: see docs/models.md.
    """
    for w in sent.words:
        if w.feats not in ("", "_"):
            continue
        form = w.form.lower()
        feats = lexicon.get((form, w.upos))
        if feats is None:
            if w.upos == "NOUN":
                head, _, tail = form.partition("-")
                feats = "Number=Plur" if tail and head == tail else "Number=Sing"
            elif w.upos == "NUM":
                feats = "NumType=Card"
            elif w.upos == "VERB":
                feats = "Voice=Pass" if form.startswith("di") and len(form) > 4 else "Voice=Act"
            else:
                feats = "_"
        w.feats = feats


def conllu_to_docbin(
    paths: Iterable[Path],
    vocab: spacy.Vocab,
    lexicon: FeatsLexicon | None = None,
    *,
    punct: bool = False,
    clitics: bool = False,
    gold_tokens: bool = False,
) -> DocBin:
    """Convert CoNLL-U files to a DocBin of 10-sentence docs (words, spaces, UPOS, feats, lemmas, deps).

    ``clitics``: split ``-kah``/``-lah`` in GSD 2018 (:func:`split_clitics`); ``gold_tokens``: mark the docs
    so that spaCy trains on their words rather than re-tokenising their text.

    Sentences of the 2018 GSD release are harmonized and, given ``lexicon``, get imputed features. With
    ``punct``, punctuation is re-attached as in current UD (:func:`train.punct.reattach_punct`).
    """
    db = DocBin(store_user_data=False)
    seen = Counter[str]()

    def take() -> bool:  # every second occurrence
        seen["n"] += 1
        return seen["n"] % 2 == 0

    for path in paths:
        sents = read_conllu(path)
        for sent in sents:
            if "2018" in path.name:
                harmonize_gsd2018(sent)
                if clitics:
                    split_clitics(sent, take)
                if lexicon is not None:
                    impute_feats(sent, lexicon)
            if punct:
                heads = reattach_punct(
                    [w.head for w in sent.words],
                    [w.deprel == "punct" for w in sent.words],
                    [w.form for w in sent.words],
                )
                for w, head in zip(sent.words, heads, strict=True):
                    w.head = head
        for group in _chunks(sents, SENTS_PER_DOC):
            doc = ud_doc(vocab, group)
            # spaCy's training corpus re-tokenises a doc's text with the pipeline's tokenizer, which joins
            # split clitics ("Apa" + "kah") again; a doc with "unknown spaces" keeps its gold words instead
            doc.has_unknown_spaces = gold_tokens
            db.add(doc)
    return db


def ud_doc(vocab: spacy.Vocab, group: Sequence[UDSentence], *, xpos: bool = False) -> Doc:
    """One Doc from consecutive UD sentences: words, spaces, UPOS (and XPOS), feats, lemmas, heads, deps and
    sentence starts. Without ``xpos``, empty feature and lemma columns stay unset (the 2018 GSD release)."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    starts: list[bool] = []
    for sent in group:
        offset = len(words)
        for i, (w, sp) in enumerate(zip(sent.words, sent.spaces(), strict=True)):
            words.append(w.form)
            spaces.append(sp)
            tags.append(w.xpos if w.xpos != "_" else "XX")
            pos.append(w.upos if w.upos != "_" else "X")
            morphs.append("" if w.feats == "_" else w.feats)
            lemmas.append("" if w.lemma == "_" else w.lemma)
            heads.append(offset + (w.head - 1 if w.head > 0 else i))
            deps.append("ROOT" if w.deprel == "root" else w.deprel)
            starts.append(i == 0)
    if xpos:
        return Doc(
            vocab,
            words=words,
            spaces=spaces,
            tags=tags,
            pos=pos,
            morphs=morphs,
            lemmas=lemmas,
            heads=heads,
            deps=deps,
            sent_starts=starts,
        )
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        heads=heads,
        deps=deps,
        sent_starts=starts,
        morphs=morphs if any(morphs) else None,
        lemmas=lemmas if any(lemmas) else None,
    )


def ner_to_docbin(paths: Iterable[Path], vocab: spacy.Vocab, label_map: dict[str, str | None]) -> DocBin:
    """Convert token-per-line IOB files to a DocBin, one doc per sentence, labels mapped to warta labels."""
    db = DocBin(store_user_data=False)
    for path in paths:
        for sent in read_conll_ner(path):
            doc = Doc(vocab, words=sent.words)
            ents = []
            for start, end, label in map_spans(iob_to_spans(sent.tags), label_map):
                ents.append(doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=label))
            doc.set_ents([e for e in ents if e is not None], default="outside")
            db.add(doc)
    return db


def convert(data: Path) -> None:
    """Write train/corpus/*.spacy from the shared corpora."""
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("id").vocab
    lexicon = feats_lexicon([data / p for p in UD_TRAIN if "2018" not in p])
    # Punctuation: GSD 2018 and CSUI attach most commas leftwards, current GSD (dev) as UD's guideline says.
    # Clitics split as current GSD does, and gold words kept in training (CSUI splits them too).
    ud_train = conllu_to_docbin(
        [data / p for p in UD_TRAIN], vocab, lexicon, punct=True, clitics=True, gold_tokens=True
    )
    ud_train.to_disk(CORPUS_DIR / "ud-train.spacy")
    conllu_to_docbin([data / UD_DEV], vocab).to_disk(CORPUS_DIR / "ud-dev.spacy")
    for name, (train, dev, _lic) in NER_SETS.items():
        ner_to_docbin([data / train], vocab, TRAIN_LABEL_MAP).to_disk(CORPUS_DIR / f"ner-{name}-train.spacy")
        ner_to_docbin([data / dev], vocab, TRAIN_LABEL_MAP).to_disk(CORPUS_DIR / f"ner-{name}-dev.spacy")
    log.info("converted corpora into %s", CORPUS_DIR)


#: Redistributable Indonesian text for the floret vectors: IndoSum (CC BY-SA 4.0) articles except those in
#: warta's own dev sets, plus the text of the NER and UD *training* files already used for the model.
VECTOR_TEXT_NER = tuple(train for train, _dev, _lic in NER_SETS.values())
#: floret settings: 64 dimensions x 40,000 hash rows keeps the table at 10 MB (size budget 40 MB in all).
FLORET = {
    "model": "skipgram",
    "mode": "floret",
    "hashCount": 2,
    "bucket": 40000,
    "minn": 3,
    "maxn": 6,
    "minCount": 2,
    "dim": 64,
    "epoch": 10,
}


def vectors_text(data: Path, out: Path) -> Path:
    """Write one tokenised paragraph or sentence per line for floret (see VECTOR_TEXT_NER)."""
    held_out: set[str] = set()
    for f in (ROOT / "devsets").glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            held_out.add(rec.get("id") or rec.get("article_id") or "")
    tok = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}}).tokenizer
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        with (data / "id-indosum-devfolds" / "articles.jsonl").open(encoding="utf-8") as src:
            for line in src:
                rec = json.loads(line)
                if rec["id"] in held_out:
                    continue
                for para in rec["text"].split("\n"):
                    if para.strip():
                        fh.write(" ".join(t.text for t in tok(para.strip())) + "\n")
        for rel in VECTOR_TEXT_NER:
            for sent in read_conll_ner(data / rel):
                fh.write(" ".join(sent.words) + "\n")
        for rel in UD_TRAIN:
            for ud in read_conllu(data / rel):
                fh.write(" ".join(w.form for w in ud.words) + "\n")
    return out


def train_vectors(data: Path) -> Path:
    """Train floret vectors on :func:`vectors_text`; save them as a spaCy pipeline (``paths.vectors``)."""
    import floret
    from spacy.training.initialize import convert_vectors

    text = vectors_text(data, CORPUS_DIR / "vectors-text.txt")
    model = floret.train_unsupervised(str(text), thread=1, verbose=0, **FLORET)  # 1 thread: reproducible
    raw = OUTPUT_DIR / "vectors.floret"
    raw.parent.mkdir(parents=True, exist_ok=True)
    model.save_floret_vectors(str(raw))
    nlp = spacy.blank("id")
    convert_vectors(nlp, raw, truncate=0, prune=-1, mode="floret")
    out = OUTPUT_DIR / "vectors"
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    log.info("floret vectors %s -> %s", nlp.vocab.vectors.shape, out)
    return out


def _vector_overrides(use: bool, embed: str) -> dict[str, object]:
    if not use:
        return {}
    return {"paths.vectors": str(OUTPUT_DIR / "vectors"), f"{embed}.include_static_vectors": True}


def _merge(parts: Iterable[Path], target: Path) -> Path:
    db = DocBin(store_user_data=False)
    for p in parts:
        db.merge(DocBin().from_disk(p))
    db.to_disk(target)
    return target


def _train(
    config: Path,
    out: Path,
    train: Path,
    dev: Path,
    max_steps: int | None,
    extra: dict[str, object] | None = None,
    *,
    resume: Path | None = None,
    seed: int | None = None,
) -> Path:
    """Run ``spacy train`` (shared by the Indonesian and English recipes); returns ``out/model-best``.

    ``extra``: more config overrides. With ``resume``, every component is sourced from that pipeline
    (continued training with a fresh optimizer) instead of being initialised from scratch."""
    from spacy.cli.train import train as spacy_train

    overrides: dict[str, object] = {"paths.train": str(train), "paths.dev": str(dev), **(extra or {})}
    if max_steps:
        overrides["training.max_steps"] = max_steps
    if seed is not None:
        overrides["system.seed"] = seed
    if resume is not None:
        if out.resolve() in resume.resolve().parents:  # continuing a run in place: keep the old run aside
            prev = out.with_name(out.name + "-prev")
            if prev.exists():
                shutil.rmtree(prev)
            shutil.move(str(out), prev)
            resume = prev / resume.resolve().relative_to(out.resolve())
        cfg = spacy.util.load_config(config)
        for name in cfg["nlp"]["pipeline"]:
            cfg["components"][name] = {"source": str(resume.resolve())}
        staged = resume.resolve().parent.parent / f"{out.name}-resume.cfg"
        cfg.to_disk(staged)
        config = staged
    if out.exists():
        shutil.rmtree(out)
    spacy_train(config, out, use_gpu=-1, overrides=overrides)
    return out / "model-best"


def train_ud(max_steps: int | None = None, vectors: bool = True) -> Path:
    """Train morphologizer + parser; returns the model-best directory."""
    return _train(
        HERE / "config_ud.cfg",
        OUTPUT_DIR / "ud",
        CORPUS_DIR / "ud-train.spacy",
        CORPUS_DIR / "ud-dev.spacy",
        max_steps,
        _vector_overrides(vectors, "components.tok2vec.model.embed"),
    )


def train_senter(max_steps: int | None = None) -> Path:
    """Train the small sentence recogniser used by the fast mode; returns the model-best directory."""
    return _train(
        HERE / "config_senter.cfg",
        OUTPUT_DIR / "senter",
        CORPUS_DIR / "ud-train.spacy",
        CORPUS_DIR / "ud-dev.spacy",
        max_steps,
    )


#: Pretraining of the NER tok2vec (``--stage pretrain``, an experiment, not in ``all``): spaCy's character
#: objective, epochs over the vectors text; ``--stage ner --ner-init-tok2vec FILE`` starts from the weights.
#: Four epochs gave no gain (docs/models.md), so the shipped NER does not use it.
PRETRAIN_EPOCHS = 4
PRETRAIN_WORDS = 200  # words per pretraining document (the vectors text has one article per line)


def pretrain_ner(data: Path, epochs: int = PRETRAIN_EPOCHS, vectors: bool = True) -> Path:
    """Pretrain the NER tok2vec on the vectors text (``spacy pretrain``, characters objective).

    spaCy cannot pretrain a tok2vec inlined in the NER model (its output is wrapped into one array), so a
    stand-alone ``tok2vec`` component with the same architecture is pretrained and its weights are loaded
    into the NER by the ``warta.init_ner_tok2vec.v1`` callback.
    """
    from spacy import util
    from spacy.training.pretrain import pretrain

    text = CORPUS_DIR / "vectors-text.txt"
    if not text.exists():
        vectors_text(data, text)
    raw = CORPUS_DIR / "pretrain.jsonl"
    with text.open(encoding="utf-8") as src, raw.open("w", encoding="utf-8") as dst:
        for line in src:
            for part in _chunks(line.split(), PRETRAIN_WORDS):
                dst.write(json.dumps({"text": " ".join(part)}, ensure_ascii=False) + "\n")
    config = util.load_config(HERE / "config_ner.cfg")
    tok2vec = config["components"]["ner"]["model"]["tok2vec"]
    config["components"] = {"tok2vec": {"factory": "tok2vec", "model": tok2vec}}
    config["nlp"]["pipeline"] = ["tok2vec"]
    default = util.load_config(Path(spacy.__file__).parent / "default_config_pretraining.cfg")
    config = default.merge(config)
    config["pretraining"] = {**default["pretraining"], "component": "tok2vec", "layer": ""}
    config["pretraining"]["max_epochs"] = epochs
    overrides = {"paths.raw_text": str(raw), **_vector_overrides(vectors, "components.tok2vec.model.embed")}
    config = util.load_config_from_str(config.to_str(), overrides=overrides, interpolate=True)
    out = OUTPUT_DIR / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pretrain(config, out, silent=False)
    return out / "model-last.bin"


@spacy.registry.callbacks("warta.init_ner_tok2vec.v1")
def init_ner_tok2vec(path: str) -> Callable[[spacy.Language], spacy.Language]:
    """``[initialize.after_init]`` callback: load pretrained tok2vec weights into the NER's inline tok2vec."""

    def load(nlp: spacy.Language) -> spacy.Language:
        # The parser model wraps its tok2vec as chain(tok2vec, list2array, Linear); layers[0] is ours.
        nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].from_bytes(Path(path).read_bytes())
        log.info("NER tok2vec initialised from %s", path)
        return nlp

    return load


def train_ner(
    sets: Sequence[str],
    tag: str | None = None,
    max_steps: int | None = None,
    vectors: bool = True,
    init_tok2vec: Path | None = None,
) -> Path:
    """Train NER on the given corpora (dev = idner-news-2k dev + NERGrit valid); returns model-best."""
    from spacy import util

    tag = tag or "ner"
    train = _merge([CORPUS_DIR / f"ner-{s}-train.spacy" for s in sets], CORPUS_DIR / f"{tag}-train.spacy")
    dev_parts = [CORPUS_DIR / f"ner-{s}-dev.spacy" for s in ("idner", "nergrit")]
    dev = _merge(dev_parts, CORPUS_DIR / "ner-dev.spacy")
    extra = _vector_overrides(vectors, "components.ner.model.tok2vec.embed")
    config = HERE / "config_ner.cfg"
    if init_tok2vec is not None:
        cfg = util.load_config(config)
        callback = {"@callbacks": "warta.init_ner_tok2vec.v1", "path": str(init_tok2vec)}
        cfg["initialize"]["after_init"] = callback
        config = OUTPUT_DIR / f"{tag}.cfg"
        config.parent.mkdir(parents=True, exist_ok=True)
        cfg.to_disk(config)
    return _train(config, OUTPUT_DIR / tag, train, dev, max_steps, extra)


#: Dev files scored in the NER ablation (NER-UI / NER-UGM are evaluation-only corpora).
ABLATION_DEV = {
    "idner dev": "idner-news-2k/dev.txt",
    "NERGrit valid": "nergrit-ner-indonlu/valid_preprocess.txt",
    "NERP valid": "indonlu-nerp/valid_preprocess.txt",
    "NER-UI dev.01": "indolem-nerui/dev.01.tsv",
    "NER-UGM dev.01": "indolem-nerugm/dev.01.tsv",
}


def ablation(
    data: Path, combos: Sequence[str], max_steps: int | None, vectors: bool = True
) -> dict[str, dict[str, float]]:
    """Train NER on each ``+``-joined corpus combination (e.g. ``idner+nergrit``) and score every dev set."""
    from warta.eval.ner import evaluate_ner

    out_file = OUTPUT_DIR / "ablation.json"
    results: dict[str, dict[str, float]] = json.loads(out_file.read_text()) if out_file.exists() else {}
    for combo in combos:
        parts = combo.split("+")
        best = train_ner(parts, tag="abl-" + "-".join(parts), max_steps=max_steps, vectors=vectors)
        nlp = spacy.load(best)
        scores = {name: evaluate_ner(data / f, nlp=nlp)["f1"] for name, f in ABLATION_DEV.items()}
        results[combo] = {name: round(v, 4) for name, v in scores.items()}
        out_file.write_text(json.dumps(results, indent=1))
        log.info("ablation %s: %s", combo, results[combo])
    return results


def _add_lemmatizer(nlp: spacy.Language) -> None:
    """Add the warta lookup lemmatizer with the Indonesian table bundled in the model (spacy-lookups-data)."""
    from spacy.lookups import load_lookups

    lemmatizer = nlp.add_pipe("warta_lemmatizer", after="morphologizer")
    lemmatizer.initialize(lookups=load_lookups("id", ["lemma_lookup"]))


#: Licence / attribution files copied into ``<model>/licenses/`` (NERGRIT requires its README).
LICENSE_FILES = {
    "UD_Indonesian-GSD.LICENSE.txt": "ud-id-gsd/LICENSE.txt",
    "UD_Indonesian-CSUI.LICENSE.txt": "ud-id-csui/LICENSE.txt",
    "idner-news-2k.LICENSE": "idner-news-2k/LICENSE",
    "IndoNLU.LICENSE": "nergrit-ner-indonlu/LICENSE-indonlu",
    "NERGRIT-README.md": "nergrit-ner-indonlu/NERGRIT-README.md",
}


def package(
    ud: Path,
    ner: Path,
    out: Path,
    ner_sets: Sequence[str],
    lemmatizer: bool,
    data: Path | None = None,
    senter: Path | None = None,
) -> None:
    """Assemble UD + NER (+ lemmatizer, + senter) into ``out`` with meta.json, without optimizer state.

    The senter is stored disabled: the full pipeline takes sentences from the parser, and
    ``warta.nlp.load_model(lang, fast=True)`` enables it when the parse is not needed.
    """
    nlp = spacy.load(ud)
    # The tokenizer saved with the model is rebuilt from the current code (the UD run may be older).
    nlp.tokenizer = make_id_tokenizer(nlp)
    ner_nlp = spacy.load(ner)
    ud_vec, ner_vec = nlp.vocab.vectors, ner_nlp.vocab.vectors
    if ner_vec.shape[0] and not (ud_vec.shape == ner_vec.shape and (ud_vec.data == ner_vec.data).all()):
        if ud_vec.shape[0]:
            raise ValueError(f"{ud} and {ner} were trained with different vectors")
        nlp.vocab.vectors = ner_vec
    nlp.add_pipe("ner", source=ner_nlp)
    if lemmatizer:
        _add_lemmatizer(nlp)
    if senter is not None:
        nlp.add_pipe("senter", source=spacy.load(senter), first=True)
        nlp.disable_pipe("senter")
    nlp.meta.update(
        {
            "name": "news",
            "lang": "id",
            "version": MODEL_VERSION,
            "description": "warta Indonesian news pipeline: tokenizer, morphologizer (UPOS+feats), parser "
            "(deps + sentences), lookup lemmatizer, NER (PERSON, ORG, LOC), and a small sentence recogniser "
            "(senter, disabled; used when the parse is not needed); floret vectors. Small CNN, CPU.",
            "author": "warta contributors",
            "license": "CC BY-SA 4.0 (derived from UD Indonesian-GSD/CSUI)",
            "sources": _sources(ner_sets, lemmatizer, vectors=bool(nlp.vocab.vectors.shape[0])),
            "requirements": [],
        }
    )
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    if data is not None:
        (out / "licenses").mkdir(exist_ok=True)
        for name, rel in LICENSE_FILES.items():
            if (data / rel).is_file():
                shutil.copyfile(data / rel, out / "licenses" / name)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    log.info("wrote %s (%.1f MB)", out, size / 1e6)


def _sources(ner_sets: Sequence[str], lemmatizer: bool, vectors: bool = False) -> list[dict[str, str]]:
    src = [
        {
            "name": "UD Indonesian-GSD (train, 2018 release; dev for model selection)",
            "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "UD Indonesian-CSUI (train)",
            "url": "https://github.com/UniversalDependencies/UD_Indonesian-CSUI",
            "license": "CC BY-SA 4.0",
        },
    ]
    urls = {
        "idner": "https://github.com/khairunnisaor/idner-news-2k",
        "nergrit": "https://github.com/IndoNLP/indonlu (nergrit_ner-grit); NERGRIT: GRIT",
        "nerp": "https://github.com/IndoNLP/indonlu (nerp_ner-prosa; Prosa.ai)",
    }
    for s in ner_sets:
        src.append({"name": f"NER: {s}", "url": urls[s], "license": NER_SETS[s][2]})
    if vectors:
        src.append(
            {
                "name": "floret vectors trained by warta on IndoSum articles (minus warta dev-set articles) "
                "and the text of the UD/NER training files above",
                "url": "https://github.com/kata-ai/indosum",
                "license": "CC BY-SA 4.0 (IndoSum) + the licences above",
            }
        )
    if lemmatizer:
        src.append(
            {
                "name": "spacy-lookups-data 1.0.5 Indonesian lemma_lookup",
                "url": "https://github.com/explosion/spacy-lookups-data",
                "license": "MIT",
            }
        )
    return src


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point. ``--lang en`` hands over to the English recipe (``train.en.build``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in argv:
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else ""
        rest = argv[:i] + argv[i + 2 :]
        if lang == "en":
            from train.en.build import main as main_en

            return main_en(rest)
        if lang != "id":
            raise SystemExit(f"python -m train.build: no recipe for language {lang!r} (id, en)")
        argv = rest
    ap = argparse.ArgumentParser(prog="python -m train.build", description=__doc__.splitlines()[0])
    default_data = Path(os.environ.get("WARTA_DATA", ROOT.parent / "shared" / "data"))
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--ner-sets", default=",".join(DEFAULT_NER_SETS), help=",".join(NER_SETS))
    ap.add_argument(
        "--stage",
        choices=["all", "convert", "vectors", "ud", "senter", "ner", "package", "ablation", "pretrain"],
        default="all",
    )
    ap.add_argument(
        "--no-vectors",
        action="store_true",
        help="train UD and NER without the floret vectors (smaller model)",
    )
    ap.add_argument("--ud-steps", type=int, default=None, help="override training.max_steps for the UD model")
    ap.add_argument("--ner-steps", type=int, default=None, help="override training.max_steps for NER")
    ap.add_argument("--no-lemmatizer", action="store_true")
    ap.add_argument("--pretrain-epochs", type=int, default=PRETRAIN_EPOCHS, help="epochs of --stage pretrain")
    ap.add_argument(
        "--ner-init-tok2vec",
        type=Path,
        default=None,
        help="initialise the NER tok2vec from these weights (train/output/pretrain/model-last.bin)",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    sets = [s for s in args.ner_sets.split(",") if s]
    t0 = time.time()
    vectors = not args.no_vectors
    if args.stage in ("all", "convert", "ablation"):
        convert(args.data)
    if args.stage in ("all", "vectors") or (args.stage == "ablation" and vectors):
        train_vectors(args.data)
    if args.stage in ("all", "ud"):
        train_ud(args.ud_steps, vectors=vectors)
    if args.stage in ("all", "senter"):
        train_senter()
    if args.stage == "pretrain":
        pretrain_ner(args.data, args.pretrain_epochs, vectors)
    if args.stage in ("all", "ner"):
        train_ner(sets, max_steps=args.ner_steps, vectors=vectors, init_tok2vec=args.ner_init_tok2vec)
    if args.stage == "ablation":
        ablation(args.data, sets, args.ner_steps, vectors)
    if args.stage in ("all", "package"):
        package(
            OUTPUT_DIR / "ud" / "model-best",
            OUTPUT_DIR / "ner" / "model-best",
            args.out,
            sets,
            not args.no_lemmatizer,
            args.data,
            senter=OUTPUT_DIR / "senter" / "model-best",
        )
    log.info("done in %.1f min", (time.time() - t0) / 60)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
