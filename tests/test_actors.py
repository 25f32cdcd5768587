"""Actor table and the actors stage, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.actors.table import ActorTable, load_agents
from warta.pipeline import Pipeline
from warta.record import Article


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["language", "sentences", "entities", "actors"], use_models=False)


def test_dated_roles(table):
    putin = table.lookup("Vladimir Putin")
    assert putin is not None and putin.country == "RUS"
    assert putin.at("2005-06-01") == ("RUS", "GOV")
    assert putin.at("1985-06-01")[1] != "GOV"


def test_indonesian_agencies_and_igos(table):
    assert table.lookup("KPK").sector == "JUD"
    assert table.lookup("Polri").sector == "COP"
    assert table.lookup("Kementerian Luar Negeri").country == "IDN"
    assert table.lookup("United Nations") is not None


def test_country_names_and_demonyms(table):
    assert table.lookup("Rusia").country == "RUS"
    assert table.lookup("Russian").country == "RUS"


def test_agents():
    agents = load_agents()
    assert agents["POLICE"] == "COP"


def ents(pipe, text, lang="id"):
    art = pipe(Article.from_parts(text, title="Uji", language=lang, published="2026-05-29"))
    return art, {e.name: e for e in art.entities}


def test_role_without_name_yields_country_and_sector(pipe):
    art, by = ents(pipe, "Presiden Rusia menelepon Menlu AS, sementara polisi Indonesia berjaga.")
    roles = {(e.country, e.sector) for e in art.entities if e.kb_id is None}
    assert ("RUS", "GOV") in roles and ("USA", "GOV") in roles and ("IDN", "COP") in roles


def test_role_gives_country_to_name(pipe):
    art, by = ents(pipe, "Perdana Menteri Thailand Anan Wirayuth tiba di Hanoi.")
    person = next(e for e in art.entities if "Anan" in e.name)
    assert person.country == "THA" and person.sector == "GOV" and person.type == "PERSON"


def test_capitals_stand_for_governments(pipe):
    art, by = ents(pipe, "Beijing mengecam keputusan Washington, kata Moskow.")
    caps = {e.name: (e.country, e.sector) for e in art.entities}
    assert caps["Beijing"] == ("CHN", "GOV") and caps["Washington"] == ("USA", "GOV")
    assert caps["Moscow"] == ("RUS", "GOV")


def test_agency_resolution(pipe):
    art, by = ents(pipe, "Penyidik dari Komisi Pemberantasan Korupsi memeriksa dua saksi.")
    kpk = next(e for e in art.entities if e.kb_id == "org:KPK")
    assert kpk.country == "IDN" and kpk.sector == "JUD"


def test_english_demonym_role(pipe):
    art, _ = ents(pipe, "Later, Israeli troops entered the town.", lang="en")
    assert any(e.country == "ISR" and e.sector == "MIL" for e in art.entities)


def test_english_role_word_used_as_modifier_is_no_actor():
    from warta.nlp import model_path
    from warta.pipeline import Pipeline
    from warta.record import Article

    if not (model_path("en") / "config.cfg").is_file():
        import pytest

        pytest.skip("en_news model not built")
    text = "The leaders announced a state visit and naval exercises. Police detained four protesters."
    rec = Pipeline()(Article.from_parts(text, language="en"))
    names = {e.name.lower() for e in rec.entities}
    assert {"police", "protesters"} <= names
    assert not names & {"state", "naval"}


def test_role_word_ending_a_longer_title_is_no_actor(pipeline):
    from warta.nlp import model_path
    from warta.record import Article

    if not (model_path("id") / "config.cfg").is_file():
        pytest.skip("id_news model not built")
    text = "Direktur Jenderal Imigrasi Hendarsam Marantoko bicara. Brigadir Jenderal Budi Santoso hadir."
    rec = pipeline(Article.from_parts(text, language="id"))
    names = {e.name: e for e in rec.entities}
    assert "Jenderal" not in names
    assert names["Budi Santoso"].sector == "MIL"


def _ents(pipe: Pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    art = pipe(Article.from_parts(text, language="id"))
    return {e.name: (e.type, e.country, e.sector) for e in art.entities}


def test_role_reaches_the_name_after_a_place_or_body(pipe):
    ents = _ents(pipe, "Gubernur Papua Matius Fakhiri meresmikan pelabuhan itu.")
    assert ents["Matius Fakhiri"] == ("PERSON", "IDN", "GOV")
    assert not any(name.startswith("Gubernur") for name in ents)
    ents = _ents(pipe, "Juru bicara Kementerian Luar Negeri Iran, Esmaeil Baghaei, menolak tuduhan itu.")
    assert ents["Esmaeil Baghaei"][1] == "IRN"
    assert not any(name.lower().startswith("juru bicara") for name in ents)


def test_role_of_a_body_takes_the_body_sector(pipeline):
    ents = _ents(pipeline, "Juru bicara Hamas, Abu Obeida, mengatakan gencatan senjata tetap berlaku.")
    assert ents["Abu Obeida"] == ("PERSON", "PSE", "REB")  # not the role's default sector GOV
    ents = _ents(pipeline, "Juru bicara Kementerian Luar Negeri Iran, Esmaeil Baghaei, menolak tuduhan itu.")
    assert ents["Esmaeil Baghaei"] == ("PERSON", "IRN", "GOV")
    assert ents["Kementerian Luar Negeri Iran"][1] == "IRN"


def test_role_with_a_comma_before_the_name(pipe):
    ents = _ents(pipe, "Presiden Rusia, Vladimir Putin, tiba di Beijing.")
    assert ents["Vladimir Putin"][1] == "RUS"
    assert "Presiden Rusia" not in ents


def test_role_of_a_place_without_a_name(pipe):
    ents = _ents(pipe, "Gubernur Papua meresmikan pelabuhan itu.")
    assert ents["Gubernur Papua"] == ("PERSON", "IDN", "GOV")


def test_role_word_inside_an_office_name_is_no_actor(pipe):
    ents = _ents(pipe, "Direktorat Jenderal Perhubungan Laut membangun dermaga baru di Supiori.")
    assert "Jenderal" not in ents
    assert ents["Direktorat Jenderal Perhubungan Laut"][0] == "ORG"
    assert ents["Direktorat Jenderal Perhubungan Laut"][2] != "MIL"  # not a general


def test_title_reaches_the_name_past_a_portfolio(pipeline):
    ents = _ents(pipeline, "Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin itu aman.")
    assert ents["Budi Gunadi Sadikin"] == ("PERSON", "IDN", "GOV")
    assert "Menteri" not in ents


def test_role_in_a_document_or_office_name_is_no_actor(pipeline):
    ents = _ents(pipeline, "Aturan itu tercantum dalam Peraturan Menteri Keuangan Nomor 77 Tahun 2020.")
    assert not any(t == "PERSON" for t, _, _ in ents.values())


def test_role_of_a_body_without_a_name_is_named_with_it(pipeline):
    ents = _ents(pipeline, "Kasus ini dilaporkan kepada Kapolda Metro Jaya pada siang ini.")
    assert ents["Kapolda Metro Jaya"] == ("PERSON", "IDN", "COP")


def test_private_persons_are_civilians(pipeline):
    ents = _ents(
        pipeline,
        "Harga beras naik lagi. Syamsul Bahri (45), warga Cempaka Putih, mengeluhkan harga itu. "
        "Anto Sugiarto, sopir angkot di Bekasi, mengaku pendapatannya turun. "
        "Rina Lestari (38) juga mengeluh.",
    )
    assert ents["Syamsul Bahri"][2] == "CVL"  # age and a private-person noun in apposition
    assert ents["Anto Sugiarto"][2] == "CVL"  # a private-person noun in apposition
    assert ents["Rina Lestari"][2] == "CVL"  # an age alone


def test_apposition_role_gives_its_sector_and_titles_keep_officials_public(pipeline):
    ents = _ents(
        pipeline,
        "Hendra Wijaya, anggota DPR dari Jawa Barat, menolak usul itu. "
        "Kepala Dinas Pertanian Kabupaten Bogor, Slamet Riyadi (52), meninjau sawah.",
    )
    assert ents["Hendra Wijaya"][2] == "LEG"
    assert ents["Slamet Riyadi"][2] != "CVL"  # a title before the name: no private person despite the age


def test_comma_after_a_name_that_opens_a_clause_is_no_apposition(pipeline):
    ents = _ents(
        pipeline,
        "Menurut Budi Santoso, warga harus tetap waspada. "
        "Kata Dewi Anggraini, peserta yang hadir hanya sedikit.",
    )
    assert ents["Budi Santoso"][2] != "CVL"
    assert ents["Dewi Anggraini"][2] != "CVL"


def test_capitalised_group_noun_inside_a_name_is_no_role(pipeline):
    ents = _ents(
        pipeline,
        "Ketua Ikatan Ahli Kesehatan Masyarakat Indonesia Hermawan Saputra menilai aturan itu lemah.",
    )
    assert all(sector != "CVL" for _, _, sector in ents.values())


def test_english_private_person(pipeline):
    art = pipeline(
        Article.from_parts(
            "Prices rose. Maria Lopez, 45, a local shopkeeper, said sales had fallen.", language="en"
        )
    )
    assert {e.name: e.sector for e in art.entities}["Maria Lopez"] == "CVL"


def test_initials_with_an_age_are_a_person_not_an_institution(pipeline):
    art = pipeline(Article.from_parts("Polisi menangkap tersangka MA (35) di rumahnya.", language="id"))
    ma = next(e for e in art.entities if e.name == "MA")
    assert ma.type == "PERSON" and ma.kb_id is None  # not the Mahkamah Agung


def test_known_organisation_typed_person_becomes_org(table):
    from warta.actors.resolve import resolve_entity
    from warta.record import Entity, Mention

    ent = Entity(
        id="e1", name="Kemendagri", type="PERSON", mentions=[Mention(start=0, end=10, text="Kemendagri")]
    )
    resolve_entity(ent, table, "2024-01-01")
    assert ent.kb_id is not None and ent.type == "ORG"


def test_numbers_in_a_standings_list_are_no_ages(pipeline):
    ents = _ents(
        pipeline,
        "Klasemen sementara: Marco Bezzi (90), Luca Pirro (53), Andrea Vanni (49), dan Paolo Sordi (45). "
        "Sementara itu, Syamsul Bahri (45), warga Tebet, menonton balapan itu.",
    )
    assert ents["Luca Pirro"][2] != "CVL" and ents["Andrea Vanni"][2] != "CVL"
    assert ents["Syamsul Bahri"][2] == "CVL"
