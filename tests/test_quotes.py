"""Quotes stage on short hand-written articles (no model needed)."""

from __future__ import annotations

import pytest

from warta.entities import entities_stage
from warta.pipeline import Context
from warta.quotes import find_quoted, quotes_stage
from warta.record import Article
from warta.resources import Resources
from warta.sentences import sentences_stage

RES = Resources(use_models=False)


def run(body: str, lang: str = "id", **options: object) -> Article:
    art = Article.from_parts(body, title="Berita uji coba", language=lang)
    ctx = Context(resources=Resources(use_models=False, options=options) if options else RES)
    sentences_stage(art, ctx)
    entities_stage(art, ctx)
    quotes_stage(art, ctx)
    for q in art.quotes:
        assert q.text == art.text[q.start : q.end]
        assert q.text and q.text[0] not in '“”"' and q.text[-1] not in '“”"'
    return art


def speaker_name(art: Article, i: int) -> str | None:
    ent = art.entity(art.quotes[i].speaker)
    return ent.name if ent else None


def test_direct_after_cue_and_pronoun_clitic() -> None:
    art = run(
        "Menteri Luar Negeri Sari Wulandari menemui wartawan di Jakarta.\n"
        "“Kami akan memulangkan semua warga secepatnya,” kata Sari di Jakarta, Senin.\n"
        "“Proses ini butuh waktu. Kami minta keluarga bersabar,” ujarnya."
    )
    assert [q.kind for q in art.quotes] == ["direct", "direct"]
    assert art.quotes[0].cue is not None and art.quotes[0].cue.text == "kata"
    assert art.quotes[1].cue is not None and art.quotes[1].cue.text == "ujarnya"
    assert speaker_name(art, 0) == speaker_name(art, 1) == "Sari Wulandari"
    assert art.quotes[0].text.startswith("Kami akan")


def test_direct_before_cue_and_mixed() -> None:
    art = run(
        "Kapolda Metro Jaya Irjen Rudi Hartono mengatakan, “Pelaku sudah kami tangkap semalam.”\n"
        "Ia menegaskan polisi akan “menindak tegas siapa pun yang terlibat dalam kasus ini”."
    )
    kinds = [q.kind for q in art.quotes]
    assert kinds == ["direct", "mixed"]
    assert art.quotes[0].cue.text == "mengatakan"
    assert "Rudi Hartono" in (speaker_name(art, 0) or "")
    assert art.quotes[1].speaker == art.quotes[0].speaker
    assert art.quotes[1].speaker_text == "Ia"


def test_indirect_patterns() -> None:
    art = run(
        "Gubernur Bambang Susilo mengatakan bahwa banjir sudah surut di sebagian besar wilayah.\n"
        "Menurut Bambang, bantuan logistik akan dikirim besok pagi.\n"
        "Warga diminta tetap waspada terhadap hujan susulan, kata Bambang.\n"
        "Bambang meminta agar warga tidak membuang sampah ke sungai."
    )
    assert [q.kind for q in art.quotes] == ["indirect"] * 4
    assert [q.cue.text for q in art.quotes] == ["mengatakan", "Menurut", "kata", "meminta"]
    assert art.quotes[0].text == "banjir sudah surut di sebagian besar wilayah"
    assert art.quotes[1].text == "bantuan logistik akan dikirim besok pagi"
    assert art.quotes[2].text == "Warga diminta tetap waspada terhadap hujan susulan"
    assert {speaker_name(art, i) for i in range(4)} == {"Bambang Susilo"}


def test_multi_paragraph_quote_and_layout_speaker() -> None:
    art = run(
        "Ketua Koperasi Maju Dewi Lestari berbicara di depan anggota.\n"
        "“Kami sudah bekerja keras sejak awal tahun dan hasilnya mulai terlihat.\n"
        "“Tahun depan kami ingin membuka dua cabang baru di kota lain,” ujar Dewi.\n"
        "“Semua anggota akan mendapat pelatihan gratis dari koperasi.”"
    )
    assert len(art.quotes) == 2
    first = art.quotes[0]
    assert "sejak awal tahun" in first.text and "cabang baru" in first.text  # spans two paragraphs
    assert "Dewi Lestari" in (speaker_name(art, 0) or "")
    assert art.quotes[1].cue is None and art.quotes[1].speaker == first.speaker  # layout


def test_role_speaker_is_not_linked_to_an_organisation() -> None:
    art = run(
        "“Kami sudah memanggil duta besar negara itu untuk dimintai penjelasan,” kata juru bicara Kemlu."
    )
    q = art.quotes[0]
    assert q.speaker is None and q.speaker_text == "juru bicara Kemlu"


@pytest.mark.parametrize(
    "body",
    [
        "Polisi menyebut kelompok itu “geng motor” dan terus memburunya.",
        "Film “Laskar Langit Biru” diputar di bioskop mulai pekan ini.",
        "Pemain yang dijuluki “Si Kancil” itu kembali ke klub lamanya.",
        "Kata ‘damai’ sering dipakai dalam pidato para pejabat.",
    ],
)
def test_not_quotes(body: str) -> None:
    assert [q.kind for q in run(body).quotes if q.kind != "indirect"] == []


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    body = (
        "Harga beras naik lagi.\n“Ini tanda buruk untuk ekonomi kita semua, apalagi menjelang lebaran\n"
        + ("Paragraf berikutnya membahas hal lain sama sekali.\n" * 8)
    )
    art = run(body)
    assert all(len(q.text) < 120 for q in art.quotes)
    assert find_quoted("“Satu dua tiga empat lima\n\nenam tujuh") == [(1, 25)]
    assert find_quoted('Dia berkata "x') == []


def test_english() -> None:
    art = run(
        "Prime Minister John Carter spoke in London on Monday.\n"
        "“We will not raise taxes this year,” Carter said.\n"
        "He said that the budget would protect public services.\n"
        "The plan is affordable, according to Treasury officials.",
        lang="en",
    )
    kinds = [q.kind for q in art.quotes]
    assert kinds == ["direct", "indirect", "indirect"]
    assert art.quotes[0].cue.text == "said"
    assert speaker_name(art, 0) == speaker_name(art, 1) and speaker_name(art, 0) is not None
    assert art.quotes[1].text == "the budget would protect public services"
    assert art.quotes[2].text == "The plan is affordable"


def test_speaker_name_missed_by_the_entity_stage_becomes_a_person():
    from warta.pipeline import Context
    from warta.quotes import quotes_stage
    from warta.record import Article
    from warta.resources import Resources
    from warta.sentences import sentences_stage

    art = Article.from_parts(
        "Kepala Dinas Pariwisata Provinsi NTT Yohanes Bere Tallo mengatakan kunjungan wisatawan "
        "naik tahun ini.",
        title="Wisata Naik",
        language="id",
    )
    ctx = Context(resources=Resources(use_models=False))
    sentences_stage(art, ctx)
    quotes_stage(art, ctx)  # no entities at all: the speaker phrase still yields a person
    (q,) = art.quotes
    ent = art.entity(q.speaker)
    assert ent is not None and ent.type == "PERSON" and ent.name == "Yohanes Bere Tallo"
    assert art.text[ent.mentions[0].start : ent.mentions[0].end] == "Yohanes Bere Tallo"
    assert not q.speaker_text.startswith("Wisata")


def test_relational_noun_before_a_known_name_is_not_that_person(rules):
    from warta.record import Article

    rec = rules(
        Article.from_parts(
            "Polisi menahan Bupati Joko Santoso di Bandung. "
            "Pengacara Joko membantah kliennya menerima uang itu.",
            title="Bupati Ditahan",
            language="id",
        )
    )
    (q,) = [q for q in rec.quotes if "kliennya" in q.text]
    assert q.speaker_text == "Pengacara Joko"
    assert q.speaker is None or rec.entity(q.speaker).name != "Joko Santoso"


def _with_entities(body: str, ents: list[tuple[str, str]]) -> Article:
    """Run the quotes stage with the given (surface, type) entities only, as a statistical NER that missed
    or mistyped names would leave them."""
    from warta.record import Entity, Mention

    art = Article.from_parts(body, title="Berita uji coba", language="id")
    ctx = Context(resources=RES)
    sentences_stage(art, ctx)
    art.entities = []
    for k, (surface, etype) in enumerate(ents, 1):
        s = art.text.index(surface)
        art.entities.append(
            Entity(
                id=f"e{k}",
                name=surface,
                type=etype,
                mentions=[Mention(start=s, end=s + len(surface), text=surface)],
            )
        )
    quotes_stage(art, ctx)
    return art


def test_names_the_entity_stage_missed_become_speakers() -> None:
    art = _with_entities(
        "Harga beras naik di pasar. Menurut Ranny, pedagang menaikkan harga sejak pekan lalu. "
        "“Stok di gudang menipis karena panen terlambat,” katanya.\n"
        "“Pemerintah perlu segera membuka operasi pasar,” ujar Parwati.",
        [],
    )
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert [speaker_name(art, art.quotes.index(q)) for q in direct] == ["Ranny", "Parwati"]
    parwati = art.entity(direct[1].speaker)
    assert parwati is not None and parwati.type == "PERSON"
    # provisional names that never speak do not join the record
    assert {e.name for e in art.entities} == {"Ranny", "Parwati"}


def test_short_form_of_a_known_person_resolves_to_that_person() -> None:
    art = _with_entities(
        "Peneliti Ranny Rastati hadir dalam diskusi itu. Menurut Ranny, remaja belajar mencari sumber "
        "tepercaya.\n“Mereka bisa berdiskusi tentang banyak hal dengan solid,” katanya.",
        [("Ranny Rastati", "PERSON")],
    )
    (q,) = [q for q in art.quotes if q.kind == "direct"]
    assert art.entity(q.speaker).name == "Ranny Rastati"


def test_speaker_mistyped_or_glued_by_the_model_is_repaired() -> None:
    art = _with_entities(
        "Jaksa menahan tiga tersangka di Kendari, Sultra.\n"
        "“Kami sudah punya bukti yang kuat,” kata Asisten Pidana Khusus Kejaksaan Tinggi Sultra "
        "Budi Hartono.\n"
        "“Semua akan terbuka di pengadilan nanti,” tutur Saiful.",
        [("Kejaksaan Tinggi Sultra Budi Hartono", "ORG"), ("Saiful", "LOC"), ("Sultra", "LOC")],
    )
    q1, q2 = [q for q in art.quotes if q.kind == "direct"]
    budi = art.entity(q1.speaker)
    assert budi is not None and budi.type == "PERSON" and budi.name == "Budi Hartono"
    org = next(e for e in art.entities if e.type == "ORG")
    assert org.mentions[0].text == "Kejaksaan Tinggi Sultra"
    saiful = art.entity(q2.speaker)
    assert saiful is not None and saiful.name == "Saiful" and saiful.type == "PERSON"


def test_capitalised_connective_is_not_a_speaker() -> None:
    art = _with_entities(
        "Dewi Lestari hadir di balai desa. Dewi mengatakan bantuan belum datang.\n"
        "Apalagi, warga sudah menunggu dua pekan.\n"
        "“Kami masih menunggu kepastian dari kabupaten,” ujarnya.",
        [("Dewi Lestari", "PERSON")],
    )
    (q,) = [q for q in art.quotes if q.kind == "direct"]
    assert art.entity(q.speaker).name == "Dewi Lestari"


def test_english_appositive_subject_is_not_post_posed_content() -> None:
    art = run(
        "Maria Lopez, a senator from Ohio and a former teacher, said the new schools plan would cost "
        "too much.\n"
        "Tom Reed, a local organiser, disagreed.\n"
        "The bill will pass next month, said Maria Lopez.",
        lang="en",
    )
    texts = [q.text for q in art.quotes]
    assert texts == ["the new schools plan would cost too much", "The bill will pass next month"]


def test_english_participle_adjunct_and_addressee() -> None:
    art = run(
        "The mayor defended the budget on Friday, saying the city could not afford new roads.\n"
        "Ann Webb said in a statement on Tuesday that the vote was unfair.\n"
        "Ann Webb told reporters she would appeal.\n"
        "Tom Reed told The Daily Star in an interview at the convention.\n"
        "Tom Reed said in a statement.",
        lang="en",
    )
    texts = [q.text for q in art.quotes]
    assert "the city could not afford new roads" in texts  # the participle opens the content
    assert "the vote was unfair" in texts
    assert "she would appeal" in texts
    assert not any("Daily Star" in t or t.startswith("in a statement") for t in texts)


STANCE_TEXT = (
    "Senator Ann Webb criticized the governor for his handling of the flood.\n"
    "A new poll shows the two candidates tied in the state.\n"
    "He was said to have kept every letter he ever received.\n"
    "Officials in the United States declined the offer."
)


def test_english_stance_verbs_are_no_quotes_by_default() -> None:
    # verbal acts (criticize, condemn, praise …) are statements; the poll and the refusal are not
    art = run(STANCE_TEXT, lang="en")
    assert [(q.cue.text if q.cue else None, q.text) for q in art.quotes] == [
        ("criticized", "the governor for his handling of the flood")
    ]
    assert art.quotes[0].speaker_text == "Senator Ann Webb"
    art = run("The mayor welcomed the minister at the station and wants to build a bridge.", lang="en")
    assert art.quotes == []


def test_english_verbal_acts_need_a_speaker_and_an_object() -> None:
    art = run(
        "The foreign ministry condemned the attack on the embassy.\n"
        "Critics denounced the bill as a disaster for workers.\n"
        "A car slammed into a tree near the station on Sunday.\n"
        "The storm blasted the coast with heavy rain for two days.\n"
        "Ms. Grant runs a small charity called Roads for All in the town.\n"
        "Her neighbour called an ambulance after the fall.\n"
        "The agency issued a call for proposals on flood defences.\n"
        "A group of teachers called for a strike over pay.",
        lang="en",
    )
    assert [q.cue.text for q in art.quotes if q.cue] == ["condemned", "denounced", "called for"]
    assert art.quotes[-1].text == "a strike over pay"


def test_english_called_is_a_cue_only_as_an_appraisal() -> None:
    art = run(
        "The White House called the inquiry a sham.\n"
        "Everyone called him Mike at the club.\n"
        "The illness is called \u201cfarmer's lung\u201d by doctors.\n"
        "The mayor called it an extremely bad decision.",
        lang="en",
    )
    assert [(q.speaker_text, q.text) for q in art.quotes] == [
        ("The White House", "the inquiry a sham"),
        ("The mayor", "it an extremely bad decision"),
    ]


def test_english_stance_verbs_and_passives() -> None:
    art = run(STANCE_TEXT, lang="en", **{"quotes.stance": True})
    texts = [q.text for q in art.quotes]
    assert "the governor for his handling of the flood" in texts
    assert "the two candidates tied in the state" in texts
    assert not any("kept every letter" in t for t in texts)
    assert not any(q.cue and q.cue.text == "States" for q in art.quotes)


def test_english_two_apostrophe_marks_and_cue_after_apposition() -> None:
    art = run(
        "The campaign held a rally in Ohio on Monday.\n"
        "''We are going to win this state in November,'' Ann Webb, the campaign manager, told reporters.",
        lang="en",
    )
    assert [q.kind for q in art.quotes] == ["direct"]
    q = art.quotes[0]
    assert q.text == "We are going to win this state in November"
    assert q.cue is not None and q.cue.text == "told"


def test_english_clause_after_cue_is_content_not_speaker() -> None:
    art = run(
        "“The factory will reopen in spring.” He said the workers would be paid in full.\n"
        "Senator Ann Webb, facing a tough race, said she would vote against the bill.\n"
        "Others, however, say the reform is overdue.\n"
        "Mr. Reed, a former official at the bank, said Ms. Webb had misled the board.",
        lang="en",
    )
    texts = [q.text for q in art.quotes]
    assert "the workers would be paid in full" in texts
    assert "she would vote against the bill" in texts
    assert "the reform is overdue" in texts
    assert "Ms. Webb had misled the board" in texts
    assert not any(t.startswith(("Senator Ann Webb", "Mr. Reed")) for t in texts)


def test_english_content_ends_at_a_second_attribution() -> None:
    art = run(
        "While the mayor said that taxes would stay flat, the council voted to raise them.\n"
        "The bridge will close for repairs, Tom Reed said, adding that buses would replace the trains.\n"
        "Tom Reed said the port was safe but admitted that two ships had been damaged.\n"
        "Ann Webb said she believes the tax will pass.",
        lang="en",
    )
    texts = [q.text for q in art.quotes]
    assert "taxes would stay flat" in texts
    assert "The bridge will close for repairs" in texts
    assert "buses would replace the trains" in texts
    assert "the port was safe" in texts
    assert "two ships had been damaged" in texts
    assert "she believes the tax will pass" in texts  # one quote: no nested "believes"
    assert "the tax will pass" not in texts


def test_english_according_to_a_document_told_me_and_colon_lines() -> None:
    art = run(
        "Webb: The schools plan is far too expensive\n"
        "NEW HAVEN: The council met on Monday to discuss the budget.\n"
        "Update: The road along the river is closed again.\n"
        "By: Staff Writer of the Evening Desk\n"
        "Tags: Council budget school plan\n"
        "The company lost money for the third year in a row, according to court records.\n"
        "The council meets every week, according to plan.\n"
        "Ann Webb told me the old plan had failed.\n"
        "The first results were reported by a local radio station.",
        lang="en",
    )
    texts = [q.text for q in art.quotes]
    assert "The schools plan is far too expensive" in texts
    assert art.quotes[0].speaker_text == "Webb"
    assert "The company lost money for the third year in a row" in texts
    assert "the old plan had failed" in texts
    assert not any(t.startswith(("The council", "The road", "a local", "Staff", "Council")) for t in texts)


# -- speaker resolution: role phrases, office words, salience ---------------------------------------------
def test_role_phrase_runs_over_dan_and_commas_to_the_name() -> None:
    art = run(
        "Pemerintah melarang kerumunan selama libur panjang.\n"
        "“Kami minta ketentuan itu tidak dilanggar,” kata Menteri Koordinator Bidang Politik, Hukum, dan "
        "Keamanan Bambang Sutrisno dalam jumpa pers, Jumat.\n"
        "“Warga banyak yang belum memakai masker,” kata Camat Sukamaju, Kabupaten Tangerang, Hadi Santoso, "
        "Sabtu."
    )
    assert (art.quotes[0].speaker_text or "").endswith("Keamanan Bambang Sutrisno")
    assert "Bambang Sutrisno" in (speaker_name(art, 0) or "")
    assert speaker_name(art, 1) == "Hadi Santoso"


def test_office_words_before_a_name_and_contact_verbs_are_cut_off() -> None:
    art = run(
        "Pasar itu ramai.\n"
        "“Harga naik terus,” kata Sari Dewi.\n"
        "Presiden Direktur PT Bank Sentosa Tbk Jahja Setiawan dihubungi secara terpisah berpendapat, kredit "
        "akan tumbuh.\n"
        "“Permintaan kredit mulai pulih,” ujarnya."
    )
    reported = art.quotes[1]
    assert reported.kind == "indirect"
    assert reported.speaker_text == "Presiden Direktur PT Bank Sentosa Tbk Jahja Setiawan"
    assert speaker_name(art, 1) == speaker_name(art, 2) == "Jahja Setiawan"


def test_names_inside_reported_speech_are_not_antecedents() -> None:
    art = run(
        "Kepala Dinas Pariwisata Lombok Utara Kusnadi Wirawan meninjau pelabuhan.\n"
        "Menurut Kusnadi, Bintang Laut Express beroperasi dua kali seminggu, sementara Rudi Hartono "
        "memimpin kapal lain tiga kali seminggu.\n"
        "“Kapal kami sudah beroperasi sejak dua minggu terakhir,” katanya."
    )
    assert "Kusnadi" in (speaker_name(art, -1) or "")


def test_name_closing_a_role_phrase_before_a_verb_is_the_new_subject() -> None:
    art = run(
        "“Jalur sepeda itu ramai setiap pagi,” kata Labib Nurhasan, seorang pesepeda.\n"
        "Ketua Komunitas Sepeda Kota Toto Sugianto mengapresiasi jalur baru itu.\n"
        "“Sayangnya, jalur itu sering dipakai parkir,” katanya."
    )
    assert speaker_name(art, 0) == "Labib Nurhasan"
    assert "Toto Sugianto" in (speaker_name(art, -1) or "")


def test_apposition_does_not_take_the_subject_role() -> None:
    art = run(
        "“Penumpang mulai ramai lagi,” kata Kusnadi Wirawan.\n"
        "Abdi Saputra, Koordinator Kapal Cepat Bahari Sentosa untuk Gili, juga menyampaikan harapan serupa.\n"
        "“Kami berharap pariwisata kembali pulih,” tuturnya."
    )
    assert speaker_name(art, -1) == "Abdi Saputra"


def test_english_speaker_of_a_second_conjunct_and_a_country_speaker() -> None:
    art = run(
        "North Korea condemned the measures and said it would not return to talks.\n"
        "The two leaders signed an agreement and said they would meet again.",
        lang="en",
    )
    # the condemnation is a statement of its own, cut before the second cue
    assert [q.text for q in art.quotes[:2]] == ["the measures", "it would not return to talks"]
    assert [q.speaker_text for q in art.quotes] == ["North Korea", "North Korea", "The two leaders"]
    assert speaker_name(art, 0) == speaker_name(art, 1) == "North Korea"


@pytest.mark.parametrize(
    ("body", "speaker_text"),
    [
        # a relative clause: the reports say it, not the person who answered them
        (
            "Juru bicara Hadi Pranoto menanggapi laporan media asing yang menyebut kedua negara hampir "
            "menandatangani perjanjian dagang.",
            "laporan media asing",
        ),
        # the first conjunct's subject
        (
            "Para peneliti berencana melakukan lebih banyak pengukuran di situs itu dan berharap bisa "
            "memakai cara serupa di tempat lain.",
            "Para peneliti",
        ),
        # the subject after a subordinator
        (
            "Ini adalah tuntutan pertama sejak Presiden Dewi Lestari mengumumkan bahwa gencatan senjata "
            "berlaku di seluruh wilayah.",
            "Presiden Dewi Lestari",
        ),
        # ", yang": the noun phrase before the comma, without its time adjunct
        (
            "Keputusan itu bertentangan dengan pengumuman Kementerian Kesehatan pada hari Selasa, yang "
            "mengatakan bahwa kapal tetap boleh berlabuh.",
            "pengumuman Kementerian Kesehatan",
        ),
    ],
)
def test_indonesian_speaker_phrase_is_the_cue_subject(body: str, speaker_text: str) -> None:
    art = run(body)
    assert [q.kind for q in art.quotes] == ["indirect"]
    assert art.quotes[0].speaker_text == speaker_text


def test_relative_clause_speaker_is_not_the_main_clause_person() -> None:
    art = run(
        "Juru bicara Hadi Pranoto menanggapi laporan media Barat yang menyebut kedua negara hampir "
        "menandatangani perjanjian dagang."
    )
    assert art.quotes[0].speaker_text == "laporan media Barat"
    assert art.quotes[0].speaker is None  # "Barat" (western) is no person


def test_speaker_phrase_keeps_brackets_paired() -> None:
    art = run(
        "“Kami berterima kasih atas dukungan yang terus mengalir selama ini,” ucap Ahsanul Haq (Anol).\n"
        "“Tidak boleh ada penembakan tanpa proses hukum yang jelas,” kata Pigai (22/5/2026) di Jakarta."
    )
    assert [q.speaker_text for q in art.quotes] == ["Ahsanul Haq (Anol)", "Pigai"]


def test_english_speaker_is_the_main_subject_of_coordinated_clauses() -> None:
    art = run(
        "The Vice President affirmed the strength of the partnership, noting the deep ties between the two "
        "countries.\nThe President reaffirmed the friendship between both nations, and pledged support for "
        "their recovery efforts.\nPresident Biden thanked President Erdogan for renewing the grain deal, "
        "which they both agreed has been critical to food security.",
        lang="en",
    )
    assert [q.speaker_text for q in art.quotes] == ["The Vice President", "The President", "they"]


def test_english_participle_after_a_determiner_is_no_cue() -> None:
    art = run("The leaders discussed ensuring the continued defense of the region via the alliance.", "en")
    assert art.quotes == []


def test_indonesian_comma_coordinated_cue_takes_the_first_subject() -> None:
    art = run(
        "Komisi antimonopoli Eropa juga menyetujui kesepakatan itu belum lama ini, dan menyatakan bahwa "
        "persaingan di pasar tetap terjaga."
    )
    assert [q.speaker_text for q in art.quotes] == ["Komisi antimonopoli Eropa"]


def test_office_of_a_known_body_speaks_as_that_body() -> None:
    art = run("Kepala Polda Metro Jaya mengatakan sekitar dua ribu personel dikerahkan untuk pengamanan.")
    spk = art.entity(art.quotes[0].speaker)
    assert spk is not None and spk.kb_id == "org:Polda Metro Jaya" and spk.type == "ORG"
    assert not any(e.name == "Metro Jaya" for e in art.entities)  # not a person named "Metro Jaya"
