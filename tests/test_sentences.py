from warta.pipeline import Context
from warta.record import Article
from warta.resources import Resources
from warta.sentences import dateline_parts, find_dateline, sentences_stage


def _sents(body, title=None):
    a = Article.from_parts(body, title=title)
    sentences_stage(a, Context(resources=Resources(use_models=False)))
    return a, [a.text[s.start : s.end] for s in a.sentences]


def test_headline_without_full_stop_is_its_own_sentence():
    _, s = _sents("Budi datang ke kantor. Ia bekerja.", title="Budi Kembali Bekerja")
    assert s == ["Budi Kembali Bekerja", "Budi datang ke kantor.", "Ia bekerja."]


def test_dateline_is_split_off_and_outlet_becomes_source():
    a, s = _sents("Jakarta, CNN Indonesia -- Presiden tiba di Bali. Ia disambut gubernur.", title="Judul")
    assert a.dateline.text == "Jakarta, CNN Indonesia -- "
    assert s[1] == "Presiden tiba di Bali."
    assert a.source == "CNN Indonesia"


def test_dateline_forms():
    for text, place, outlet in [
        ("JAKARTA, KOMPAS.com - Isi", "Jakarta", "KOMPAS.com"),
        ("Jakarta (ANTARA) - Isi", "Jakarta", "ANTARA"),
        ("TEMPO.CO, Jakarta - Isi", "Jakarta", "TEMPO.CO"),
        ("Kompas.com– Isi", None, "Kompas.com"),
        ("LONDON, March 3 (Reuters) - Isi", "London", "Reuters"),
    ]:
        dl = find_dateline(text, 0)
        assert dl is not None, text
        assert dateline_parts(dl.text) == (place, outlet), text


def test_not_a_dateline():
    assert find_dateline("Harga beras naik - pedagang mengeluh.", 0) is None
    assert find_dateline("Menurut dia, semua - kecuali satu - hadir.", 0) is None


def test_abbreviations_initials_and_numbers_do_not_split():
    _, s = _sents("Prof. Dr. Budi S. Hartono tiba pukul 02.45 WIB. Nilainya Rp 5,2 triliun dll. sesuai data.")
    assert s == [
        "Prof. Dr. Budi S. Hartono tiba pukul 02.45 WIB.",
        "Nilainya Rp 5,2 triliun dll. sesuai data.",
    ]


def test_sentences_inside_quotes():
    _, s = _sents('"Kami siap. Kami akan datang," kata Budi. Ia lalu pergi.')
    assert s == ['"Kami siap.', 'Kami akan datang," kata Budi.', "Ia lalu pergi."]


def test_quote_followed_by_new_sentence():
    _, s = _sents("“Kami menolak.” Polisi kemudian datang.")
    assert s == ["“Kami menolak.”", "Polisi kemudian datang."]


def test_offsets_point_into_text():
    a, s = _sents("Satu dua. Tiga empat!\nLima enam?")
    assert s == ["Satu dua.", "Tiga empat!", "Lima enam?"]
    assert all(a.text[x.start : x.end] == t for x, t in zip(a.sentences, s, strict=True))


class _FakeToken:
    def __init__(self, idx: int, start: bool) -> None:
        self.idx, self.is_sent_start = idx, start


class _FakeDoc:
    """Stands in for a spaCy Doc whose model put a boundary between a full stop and its closing quote."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text, self._starts = text, starts

    def has_annotation(self, name: str) -> bool:
        return name == "SENT_START"

    def char_span(self, start: int, end: int, alignment_mode: str = "expand") -> list[_FakeToken]:
        idxs = sorted({start, *self._starts})
        return [_FakeToken(i, i in self._starts) for i in idxs if start <= i < end]


def test_model_cut_before_closing_quote_moves_after_it():
    text = '"Kami siap." Ia pergi.'
    a = Article.from_parts(text)
    doc = _FakeDoc(a.text, [a.text.index('" Ia')])
    sentences_stage(a, Context(resources=Resources(use_models=False), doc=doc))
    assert [a.text[s.start : s.end] for s in a.sentences] == ['"Kami siap."', "Ia pergi."]


def test_model_and_rule_boundaries_are_combined():
    text = "Rapat dimulai pagi tadi dan berlangsung lama sekali Semua peserta hadir. Hasilnya diumumkan."
    a = Article.from_parts(text)
    # the model cuts where there is no punctuation; the rules cut after "hadir."
    doc = _FakeDoc(a.text, [a.text.index("Semua")])
    sentences_stage(a, Context(resources=Resources(use_models=False), doc=doc))
    assert [a.text[s.start : s.end] for s in a.sentences] == [
        "Rapat dimulai pagi tadi dan berlangsung lama sekali",
        "Semua peserta hadir.",
        "Hasilnya diumumkan.",
    ]
