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
