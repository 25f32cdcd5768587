"""Event coding on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from warta.events.codes import cameo, normalise_type, plover_to_cameo
from warta.pipeline import Pipeline
from warta.record import Article

STAGES = ["language", "sentences", "entities", "actors", "dates", "places", "events"]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(STAGES, use_models=False)


def run(
    pipe: Pipeline, body: str, title: str = "Berita uji", lang: str = "id", published: str = "2026-05-29"
):
    return pipe(Article.from_parts(body, title=title, language=lang, published=published))


def names(art, ids):
    return [art.entity(i).name for i in ids]


def test_active_meeting_with_recipient(pipe):
    art = run(pipe, "Presiden Rusia Vladimir Putin bertemu dengan Presiden Prabowo Subianto di Moskow, Rabu.")
    ev = art.events[0]
    assert ev.type == "CONSULT" and ev.cameo == "040" and ev.quad_class == 1
    assert ev.actor_country == ["RUS"]
    assert "Prabowo Subianto" in names(art, ev.recipient)
    assert ev.location is not None and ev.location.country == "RUS"
    assert ev.trigger is not None and art.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


def test_passive_with_agent(pipe):
    art = run(pipe, "Sebanyak 40 nelayan Vietnam ditangkap oleh polisi Malaysia di perairan Sabah.")
    ev = next(e for e in art.events if e.type == "COERCE")
    assert ev.mode == "arrest" and ev.actor_country == ["MYS"] and ev.recipient_country == ["VNM"]
    assert ev.actor_sector == ["COP"]


def test_negation(pipe):
    art = run(pipe, "Pemerintah Jepang tidak mengecam keputusan Korea Selatan itu.")
    ev = art.events[0]
    assert ev.type == "ACCUSE" and ev.status == "negated"


def test_intent_becomes_agree(pipe):
    art = run(pipe, "Kementerian Luar Negeri akan memulangkan 20 WNI dari Myanmar pekan depan.")
    ev = art.events[0]
    assert ev.type == "AGREE" and ev.status == "intent" and ev.cameo == "033"


def test_intent_to_attack_is_threat(pipe):
    art = run(pipe, "Militer Israel berencana menyerang Lebanon selatan.")
    assert art.events[0].type == "THREATEN" and art.events[0].status == "intent"


def test_hypothetical(pipe):
    art = run(pipe, "Jika perundingan gagal, Iran akan memboikot pertemuan PBB berikutnya.")
    assert any(e.status == "hypothetical" for e in art.events)


def test_nominal_event_with_genitive_actor(pipe):
    art = run(pipe, "Pekan ini, kunjungan Perdana Menteri Malaysia ke Jakarta berlangsung dua hari.")
    ev = art.events[0]
    assert ev.type == "CONSULT" and ev.mode == "visit" and ev.actor_country == ["MYS"]


def test_embedded_complement_is_one_event(pipe):
    art = run(pipe, "Pemerintah Filipina menolak untuk bertemu dengan delegasi Tiongkok.")
    assert [e.type for e in art.events] == ["REJECT"]


def test_no_actor_no_event(pipe):
    art = run(pipe, "Seorang warga ditangkap karena mencuri sepeda motor.")
    assert art.events == []


def test_headline_and_lead_give_one_event(pipe):
    art = run(
        pipe,
        "Jakarta - Polisi Thailand menangkap tiga warga Kamboja di Bangkok, Selasa.",
        title="Polisi Thailand Tangkap Tiga Warga Kamboja",
    )
    assert len([e for e in art.events if e.type == "COERCE"]) == 1


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("Indonesia dan Australia menyepakati perjanjian perdagangan baru.", "AGREE"),
        ("Menteri Luar Negeri Jepang berkunjung ke Seoul.", "CONSULT"),
        ("Presiden Prancis memuji kepemimpinan Indonesia di ASEAN.", "SUPPORT"),
        ("Polri bekerja sama dengan Kepolisian Australia memberantas narkoba.", "COOPERATE"),
        ("Pemerintah Singapura memberikan bantuan kemanusiaan kepada Myanmar.", "AID"),
        ("Otoritas Myanmar membebaskan dua jurnalis Jepang.", "RETREAT"),
        ("Menteri Pertahanan Thailand mengundurkan diri pada Senin.", "CONCEDE"),
        ("Pemerintah Malaysia mendesak Myanmar menghentikan kekerasan.", "REQUEST"),
        ("Pemerintah Tiongkok menuduh Filipina melanggar kedaulatannya.", "ACCUSE"),
        ("KPK memeriksa Gubernur Papua pada Kamis.", "ACCUSE"),
        ("Korea Utara menolak tawaran dialog dari Korea Selatan.", "REJECT"),
        ("Iran mengancam Amerika Serikat dengan balasan keras.", "THREATEN"),
        ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR.", "PROTEST"),
        ("Militer Tiongkok mengerahkan pasukan ke perbatasan India.", "MOBILIZE"),
        ("Amerika Serikat menjatuhkan sanksi terhadap Iran.", "SANCTION"),
        ("Kamboja mendeportasi 50 WNI ke Indonesia.", "COERCE"),
        ("Pasukan Rusia menyerang kota Kharkiv di Ukraina.", "ASSAULT"),
        ("Militer Iran menembak jatuh drone Amerika Serikat.", "ASSAULT"),
    ],
)
def test_each_plover_type(pipe, sentence, plover):
    art = run(pipe, sentence)
    assert art.events, sentence
    ev = art.events[0]
    assert ev.type == plover
    info = cameo(ev.cameo)
    assert info is not None and ev.quad_class == info.quad_class and ev.goldstein == info.goldstein


def test_event_date_from_clause_else_publication(pipe):
    art = run(pipe, "Israel menyerang Gaza kemarin. Hamas mengecam Israel.")
    by_type = {e.type: e for e in art.events}
    assert by_type["ASSAULT"].date == "2026-05-28"
    assert by_type["ACCUSE"].date == "2026-05-29"


def test_historical_status(pipe):
    art = run(pipe, "Pada 12 Maret 1998, tentara menembak mahasiswa di Jakarta.")
    assert art.events and art.events[0].status == "historical"


def test_dateline_location(pipe):
    art = run(pipe, "Jakarta, CNN Indonesia -- Presiden Brasil mengecam Israel.")
    ev = art.events[0]
    assert ev.location is not None and ev.location.name == "Jakarta" and ev.location.country == "IDN"


def test_english_sentence(pipe):
    art = run(
        pipe, "Russian troops attacked Ukrainian positions near Kharkiv on Monday.", title=None, lang="en"
    )
    ev = art.events[0]
    assert ev.type == "ASSAULT" and ev.actor_country == ["RUS"]


def test_english_refusal(pipe):
    art = run(pipe, "Egypt refused to meet the Israeli delegation.", title=None, lang="en")
    assert [e.type for e in art.events] == ["REJECT"]


def test_crosswalk():
    assert plover_to_cameo("CONSULT", "visit") == "042"
    assert normalise_type("DISAPPROVE") == "ACCUSE"
    assert cameo("1822").plover == "ASSAULT"


def test_with_model_when_present():
    """Whatever the model situation, an arrest with a named police actor is coded."""
    p = Pipeline(["language", "nlp", "sentences", "entities", "actors", "dates", "places", "events"])
    art = p(
        Article.from_parts("Polisi Kamboja menangkap 12 warga negara Tiongkok.", title="Uji", language="id")
    )
    assert any(e.type == "COERCE" and "KHM" in e.actor_country for e in art.events)


def test_english_with_model_when_present():
    """With the English model (parse-based arguments) or without it (rules), the attack is coded."""
    p = Pipeline(["language", "nlp", "sentences", "entities", "actors", "dates", "places", "events"])
    art = p(Article.from_parts("Russian troops attacked Ukrainian positions near Kharkiv.", language="en"))
    assert any(e.type == "ASSAULT" and "RUS" in e.actor_country for e in art.events)


# -- PLOVER codebook senses (English) ------------------------------------------------------------------
def en_events(pipe, body):
    art = run(pipe, body, title=None, lang="en")
    return art, [(e.type, e.cameo) for e in art.events]


def test_resignation_is_retreat_not_crosswalk_concede(pipe):
    """The codebook puts resignations under RETREAT `resign`; the crosswalk (CAMEO 0831) says CONCEDE."""
    art, evs = en_events(pipe, "The Egyptian prime minister resigned on Monday.")
    assert evs == [("RETREAT", "0831")] and art.events[0].mode == "resign"


def test_row_type_wins_over_crosswalk():
    from warta.events.lexicon import _trigger

    assert _trigger("resigned", "RETREAT", "resign", "0831", "active").type == "RETREAT"
    assert _trigger("resigned", "", "", "0831", "active").type == "CONCEDE"  # no type: the crosswalk's


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Egypt lifted the curfew in Cairo on Friday.", ("CONCEDE", "081")),
        ("Israel lifted its blockade of the port on Sunday.", ("RETREAT", "0872")),
        ("The European Union lifted sanctions on Iran.", ("RETREAT", "085")),
        ("The Thai court lifted the ban on the opposition party.", ("CONCEDE", "081")),
        ("Russia withdrew its troops from the border region.", ("RETREAT", "0872")),
        ("Canada withdrew its ambassador from Riyadh.", ("SANCTION", "161")),
        ("Turkish helicopters evacuated civilians from the town.", ("AID", "073")),
        ("The United States sent weapons to Ukraine.", ("AID", "072")),
        ("The Kenyan teachers union called off the strike on Monday.", ("CONCEDE", "080")),
        ("Protesters blocked the road to the parliament in Nairobi.", ("PROTEST", "144")),
        ("Egypt opened the Rafah crossing for aid convoys.", ("RETREAT", "086")),
        ("The Syrian army violated the ceasefire on Monday.", ("ASSAULT", "196")),
        ("Chile invaded Peru.", ("ASSAULT", "190")),
    ],
)
def test_object_decides_the_sense(pipe, sentence, expected):
    _, evs = en_events(pipe, sentence)
    assert evs and evs[0] == expected
    assert len(evs) == 1  # the object ("sanctions", "strike") is not an event of its own


def test_summoning_an_ambassador_is_accuse(pipe):
    _, evs = en_events(pipe, "Nigeria summoned the Ghanaian ambassador on Tuesday.")
    assert evs == [("ACCUSE", "114")]


def test_hosting_a_visit_is_consult(pipe):
    _, evs = en_events(pipe, "Iran hosted the Iraqi prime minister on Sunday.")
    assert evs == [("CONSULT", "043")]


def test_noun_reading_where_no_verb_can_stand(pipe):
    art, evs = en_events(pipe, "France gave a warm welcome to the Brazilian president.")
    assert evs == [("CONSULT", "043")] and art.events[0].actor_country == ["FRA"]


def test_announced_withdrawal_of_inspectors_is_threat(pipe):
    """A complement clause with a pronoun subject ("announced that it will") keeps the main subject."""
    art, evs = en_events(pipe, "Russia announced that it will withdraw its inspectors from Iraq.")
    assert evs == [("THREATEN", "136")] and art.events[0].actor_country == ["RUS"]


def test_announced_curfew_is_threat(pipe):
    art, evs = en_events(pipe, "The Thai government announced that it will extend the curfew in Bangkok.")
    assert evs == [("THREATEN", "1323")] and art.events[0].status == "intent"


def test_vow_to_fight_is_threat(pipe):
    _, evs = en_events(pipe, "Rebels in Mali vowed to fight the French troops.")
    assert evs == [("THREATEN", "138")]


def test_announced_boycott_is_threat(pipe):
    _, evs = en_events(pipe, "Palestinian leaders said they would boycott the election.")
    assert evs[0] == ("THREATEN", "133")


def test_commissive_with_attack_is_threat_in_indonesian(pipe):
    art = run(pipe, "Militer Israel berjanji akan menyerang Lebanon selatan.")
    assert [e.type for e in art.events] == ["THREATEN"]


def test_units_join_a_split_sentence_and_split_a_joined_one():
    from warta.events import _units
    from warta.record import Sentence

    text = "Archbishop Desmond Tutu called for talks. Egypt agreed."
    art = Article.from_parts(text, language="en")
    art.sentences = [Sentence(start=0, end=18), Sentence(start=19, end=55)]  # split inside a name
    assert [(u.start, u.end) for u in _units(art)] == [(0, 41), (42, 55)]
    assert [u.sentences for u in _units(art)] == [(0, 1), (1,)]
