from warta.entities import Candidate, merge_mentions


def _run(pipe, body, title=None, lang="id"):
    from warta.record import Article

    return pipe(Article.from_parts(body, title=title, language=lang))


def test_gazetteer_countries_in_indonesian_forms(rules):
    rec = _run(rules, "Korea Utara dan Korut menguji rudal. AS dan Tiongkok bereaksi. Sekjen PBB prihatin.")
    by_name = {e.name: e for e in rec.entities}
    nk = by_name["North Korea"]
    assert nk.country == "PRK" and nk.type == "GPE" and len(nk.mentions) == 2
    assert by_name["United States"].country == "USA"
    assert by_name["China"].country == "CHN"
    assert by_name["United Nations"].sector == "IGO"


def test_english_gazetteer_is_case_sensitive(rules):
    rec = _run(rules, "The US told us that the UN would meet.", lang="en")
    names = {e.name for e in rec.entities}
    assert {"United States", "United Nations"} <= names
    assert all(m.text != "us" for e in rec.entities for m in e.mentions)


def test_dateline_is_not_an_entity(rules):
    rec = _run(rules, "Jakarta, CNN Indonesia -- Menteri Budi Hartono tiba di Bali.", title="Judul Berita")
    assert all(m.start >= rec.dateline.end for e in rec.entities for m in e.mentions)
    assert rec.source == "CNN Indonesia"


def test_title_is_trimmed_and_person_typed(rules):
    rec = _run(rules, "Kemarin Presiden Budi Hartono bertemu warga. Hartono lalu pulang.")
    person = next(e for e in rec.entities if e.name == "Budi Hartono")
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions] == ["Budi Hartono", "Hartono"]


def test_acronym_in_brackets_becomes_alias():
    text = "Komisi Pemberantasan Korupsi (KPK) menyita uang. KPK lalu memeriksa saksi."
    c = [
        Candidate(0, 28, text[0:28], "ORG", "ner"),
        Candidate(30, 33, "KPK", "ORG", "ner"),
        Candidate(50, 53, "KPK", "ORG", "ner"),
    ]
    ents = merge_mentions(c, text)
    assert len(ents) == 1 and ents[0].name == "Komisi Pemberantasan Korupsi"
    assert ents[0].aliases == ["KPK"] and len(ents[0].mentions) == 3


def test_bracketed_short_form_takes_the_long_names_type():
    text = "Asosiasi Pedagang Pasar Nusantara (Appsindo) menolak. Appsindo lalu menggugat."
    c = [
        Candidate(0, 33, text[0:33], "ORG", "ner"),
        Candidate(35, 43, "Appsindo", "PERSON", "ner"),
        Candidate(54, 62, "Appsindo", "PERSON", "ner"),
    ]
    ents = merge_mentions(c, text)
    assert len(ents) == 1 and ents[0].type == "ORG"  # not a 1:2 vote for PERSON


def test_short_name_joins_full_person_name():
    text = "Vladimir Putin berbicara. Putin tersenyum. Vladimir datang."
    c = [
        Candidate(0, 14, "Vladimir Putin", "PERSON", "ner"),
        Candidate(26, 31, "Putin", "PERSON", "ner"),
        Candidate(43, 51, "Vladimir", "PERSON", "ner"),
    ]
    ents = merge_mentions(c, text)
    assert len(ents) == 1 and ents[0].name == "Vladimir Putin" and ents[0].id == "e1"


def test_mentions_offsets_match_text(rules, examples):
    from warta.readers import read

    for art in read([examples]):
        rec = rules(art)
        for e in rec.entities:
            for m in e.mentions:
                assert rec.text[m.start : m.end] == m.text


def test_model_spans_that_cannot_be_names_are_dropped():
    import spacy
    from spacy.tokens import Span

    from warta.entities import entities_stage
    from warta.pipeline import Context
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    text = "Jenderal menemui Rina Wati, lalu jalani pemeriksaan."
    art = Article.from_parts(text, language="id")
    doc = spacy.blank("id")(art.text)
    # A statistical NER that tags a bare title and a lower-case verb as persons, and one real name.
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 4, "PERSON"), Span(doc, 6, 7, "PERSON")]
    ctx = Context(resources=Resources(use_models=False), doc=doc)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    assert [(e.name, e.type) for e in art.entities] == [("Rina Wati", "PERSON")]


def test_model_span_inside_a_known_name_gives_way_to_it():
    import spacy
    from spacy.tokens import Span

    from warta.entities import entities_stage
    from warta.pipeline import Context
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    art = Article.from_parts("Uni Eropa menjatuhkan sanksi baru.", language="id")
    doc = spacy.blank("id")(art.text)
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 1, 2, "LOC")]  # the model split the name in two
    ctx = Context(resources=Resources(use_models=False), doc=doc)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    assert [(e.name, e.type, [m.text for m in e.mentions]) for e in art.entities] == [
        ("European Union", "ORG", ["Uni Eropa"])
    ]


def test_sentence_initial_common_noun_is_not_a_name():
    import spacy
    from spacy.tokens import Span

    from warta.entities import entities_stage
    from warta.pipeline import Context
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    text = "Korban dibawa ke rumah sakit. Keluarga korban menunggu. Sari tiba."
    art = Article.from_parts(text, language="id")
    doc = spacy.blank("id")(art.text)
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 10, 11, "PERSON")]  # "Korban", "Sari"
    ctx = Context(resources=Resources(use_models=False), doc=doc)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    assert [e.name for e in art.entities] == ["Sari"]


def test_name_completion_stops_at_a_multiword_title():
    import spacy
    from spacy.tokens import Span

    from warta.entities import entities_stage
    from warta.pipeline import Context
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    art = Article.from_parts("Kemarin Menteri Luar Negeri Sugiono tiba di Tokyo.", language="id")
    doc = spacy.blank("id")(art.text)
    doc.ents = [Span(doc, 4, 5, "PERSON")]  # the model found only "Sugiono"
    ctx = Context(resources=Resources(use_models=False), doc=doc)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    persons = [m.text for e in art.entities if e.type == "PERSON" for m in e.mentions]
    assert persons == ["Sugiono"]


def test_model_span_starting_inside_a_multiword_title_is_trimmed():
    import spacy
    from spacy.tokens import Span

    from warta.entities import entities_stage
    from warta.pipeline import Context
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    art = Article.from_parts("Kemarin Menteri Luar Negeri Sugiono tiba di Tokyo.", language="id")
    doc = spacy.blank("id")(art.text)
    doc.ents = [Span(doc, 3, 5, "PERSON")]  # "Negeri Sugiono"
    ctx = Context(resources=Resources(use_models=False), doc=doc)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    assert [m.text for e in art.entities if e.type == "PERSON" for m in e.mentions] == ["Sugiono"]


def test_english_gazetteer_knows_the_european_community(rules):
    rec = _run(rules, "The European Community and the EEC summit.", lang="en")
    ec = [e for e in rec.entities if e.name == "European Community"]
    assert len(ec) == 1 and ec[0].sector == "IGO" and len(ec[0].mentions) == 2


def _with_model_spans(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """Entity names for ``text`` when a statistical NER found ``spans`` (token start, end, label)."""
    import spacy
    from spacy.tokens import Span

    from warta.entities import entities_stage
    from warta.pipeline import Context
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    art = Article.from_parts(text, language="id")
    doc = spacy.blank("id")(art.text)
    doc.ents = [Span(doc, s, e, label) for s, e, label in spans]
    ctx = Context(resources=Resources(use_models=False), doc=doc)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    return [e.name for e in art.entities if e.type == "PERSON"]


def test_office_and_common_words_are_cut_off_the_front_of_a_person():
    # the model glued the portfolio to the name, or started the span on a lower-case word
    text = "Menteri Kesehatan Budi Gunadi Sadikin datang. Sebelumnya disalip Alvaro Carpe di tikungan."
    assert _with_model_spans(text, [(1, 5, "PERSON"), (8, 11, "PERSON")]) == [
        "Budi Gunadi Sadikin",
        "Alvaro Carpe",
    ]
    text = "Menteri HAM Natalius Pigai berbicara. Direktur Bank Hendra Lie hadir."
    assert _with_model_spans(text, [(1, 4, "PERSON"), (7, 10, "PERSON")]) == ["Natalius Pigai", "Hendra Lie"]


def test_model_person_that_is_an_organisation_or_a_product():
    text = "Tim Gresini Racing menang. Mahkamah Agung menolak. Drone MQ-9 Reaper jatuh. Team Liquid ID juara."
    spans = [(1, 3, "PERSON"), (5, 7, "PERSON"), (10, 14, "PERSON"), (16, 19, "PERSON")]
    assert _with_model_spans(text, spans) == []  # no person among them


def test_sentence_initial_common_word_is_cut_off_a_person():
    # "laga" (match) is written in lower case elsewhere in the article
    text = "Laga Alwi Farhan melawan Shi Yuqi berlangsung ketat. Alwi menang. Itu laga terbaiknya."
    assert _with_model_spans(text, [(0, 3, "PERSON"), (4, 6, "PERSON")])[0] == "Alwi Farhan"


def test_name_completion_does_not_take_in_an_office():
    # the model found the name; completion must not grow it over the acronym of the office before it
    text = "Kemarin Menteri UMKM Maman Abdurrahman meninjau pasar."
    assert _with_model_spans(text, [(3, 5, "PERSON")]) == ["Maman Abdurrahman"]


def test_model_span_with_an_unclosed_bracket_is_split():
    from warta.entities import Candidate, _split_brackets

    text = "Kementerian Perhubungan (Kemenhub) membangun dermaga."
    c = Candidate(0, 33, text[:33], "ORG", "ner")
    parts = _split_brackets(c, text)
    assert [(p.text, p.type) for p in parts] == [("Kementerian Perhubungan", "ORG"), ("Kemenhub", "ORG")]
    text = "Dokter spesialis SpOG(K) itu hadir."
    assert [p.text for p in _split_brackets(Candidate(17, 23, "SpOG(K", "PERSON", "ner"), text)] == ["SpOG"]


def test_titled_office_before_a_name_is_no_person(pipeline):
    rec = _run(pipeline, "Kepala Dinas Perhubungan DKI Jakarta Budi Santoso meninjau terminal.")
    assert not any(e.type == "PERSON" and e.name.startswith("Dinas") for e in rec.entities)
    assert any(e.type == "PERSON" and e.name == "Budi Santoso" for e in rec.entities)
