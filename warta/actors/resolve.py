"""The ``actors`` stage: link entities to canonical actors (name, country, sector, kb_id, aliases) and turn
role nouns into actors.

* A named entity is looked up in the actor table by its name and surface forms; a person's dated roles are
  resolved against the publication date (``Vladimir Putin`` in 2005 → RUS GOV).
* Capitals stand for governments: ``Moskow`` → RUS, sector GOV.
* A role noun (``Presiden Rusia``, ``polisi Indonesia``, ``Menlu AS``; ``Russian troops``) gives country and
  sector to the name right after it, or becomes an entity of its own when no name covers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from warta.actors.table import ActorTable, load_agents
from warta.dates import reference_date
from warta.pipeline import Context, register
from warta.record import Article, Entity, Mention


@dataclass(frozen=True)
class RoleInfo:
    sector: str
    type: str
    default_country: str | None


class RoleMatcher:
    """Role nouns of one language compiled into one regex (case-insensitive, whole words, longest first)."""

    def __init__(self, roles: dict[str, RoleInfo], country_after: bool) -> None:
        self.roles = roles
        self.country_after = country_after
        alts = sorted(roles, key=len, reverse=True)
        self.regex = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])", re.I)


def role_matcher(ctx: Context, lang: str) -> RoleMatcher:
    def build() -> RoleMatcher:
        if lang == "en":
            roles: dict[str, RoleInfo] = {}
            for agent, sector in load_agents().items():
                words = agent.lower()
                if len(words) < 4 or not re.fullmatch(r"[a-z][a-z .\-]*", words):
                    continue
                roles[words] = RoleInfo(sector, "ORG", None)
                if not words.endswith("s"):
                    roles.setdefault(
                        words + ("es" if words.endswith(("sh", "ch")) else "s"), RoleInfo(sector, "ORG", None)
                    )
            for w, s in (
                ("government", "GOV"),
                ("officials", "GOV"),
                ("official", "GOV"),
                ("troops", "MIL"),
                ("police", "COP"),
                ("president", "GOV"),
                ("prime minister", "GOV"),
                ("foreign minister", "GOV"),
                ("authorities", "GOV"),
                ("protesters", "CVL"),
                ("demonstrators", "CVL"),
                ("rebels", "REB"),
                ("army", "MIL"),
                ("forces", "MIL"),
            ):
                roles[w] = RoleInfo(
                    s, "PERSON" if w in ("president", "prime minister", "foreign minister") else "ORG", None
                )
            return RoleMatcher(roles, country_after=False)
        rows = ctx.resources.pack(lang).table("roles")
        return RoleMatcher(
            {
                r["role"].lower(): RoleInfo(r["sector"], r["type"] or "ORG", r["default_country"] or None)
                for r in rows
            },
            country_after=True,
        )

    return ctx.resources.cached(f"roles:{lang}", build)


def actor_table(ctx: Context) -> ActorTable:
    return ctx.resources.cached("actors:table", ActorTable.load)


def resolve_entity(ent: Entity, table: ActorTable, when: str | None) -> None:
    """Fill canonical name, country, sector, kb_id and aliases of ``ent`` from the actor table."""
    if ent.kb_id and ent.kb_id.startswith("country:"):
        return
    forms = [ent.name, *sorted({m.text for m in ent.mentions}, key=len, reverse=True)]
    actor = None
    for f in forms:
        actor = table.lookup(f)
        if actor is not None:
            break
    if actor is None:
        return
    if ent.type in ("GPE", "LOC") and not actor.kb_id.startswith(("place:", "capital:", "country:")):
        return
    if ent.kb_id and not actor.kb_id.startswith(("capital:", "place:")):
        ent.country = ent.country or actor.country
        return
    if actor.kb_id.startswith("place:"):
        if ent.type in ("GPE", "LOC", "OTHER"):
            ent.country = ent.country or actor.country
            ent.type = "GPE" if ent.type == "OTHER" else ent.type
        return
    if actor.kb_id.startswith("country:") and ent.type in ("PERSON", "ORG"):
        return  # a person or body whose name happens to be a country alias
    country, sector = actor.at(when)
    if actor.kb_id.startswith("capital:"):
        ent.country = ent.country or country
        ent.sector = "GOV"
        ent.type = "GPE"
        return
    surface = {m.text for m in ent.mentions}
    ent.kb_id = actor.kb_id
    ent.country = country or ent.country
    ent.sector = sector or ent.sector
    if actor.type in ("PERSON", "ORG") and ent.type in ("OTHER",):
        ent.type = actor.type  # type: ignore[assignment]
    elif ent.type == "PERSON" and actor.kb_id.startswith(("org:", "igo:")):
        ent.type = "ORG"  # the model typed a known organisation as a person ("MA", "Kemendagri")
    if not actor.kb_id.startswith("person:") or len(actor.name.split()) >= len(ent.name.split()):
        if ent.name not in surface or actor.kb_id.startswith("org:"):
            pass
        ent.name = actor.name if actor.kb_id.startswith(("org:", "igo:", "person:")) else ent.name
    ent.aliases = sorted((surface | set(ent.aliases)) - {ent.name})


def _name_parts(
    ent: Entity,
    table: ActorTable,
    titles: frozenset[str],
    roles: RoleMatcher,
    orgs: frozenset[str] = frozenset(),
) -> None:
    """``Zimbabwean Prime Minister Robert Mugabe``, ``Bosnian Serbs``: a demonym or country word in the name
    gives the country; a title or role word gives the sector (and makes an OTHER a PERSON)."""
    words = ent.name.replace("'s", "").split()
    if len(words) < 2 or ent.type in ("GPE", "LOC"):
        return
    for w in words[:3]:
        a = table.lookup(w)
        if a is not None and a.kb_id.startswith("country:") and ent.country is None:
            ent.country = a.country
            break
    if ent.type == "ORG" and ent.country is None:  # "Kementerian Luar Negeri Iran", "Kedutaan Besar AS"
        ent.country = _entity_country(ent, table)
    low = ent.name.lower()
    for m in roles.regex.finditer(low):
        info = roles.roles.get(m.group(1))
        before = low[: m.start()].split()[-1:]
        if before and (before[0] in orgs or before[0] in _OFFICE_BEFORE):
            continue  # "Direktorat Jenderal …": part of an office's name, not a general
        if before and info is not None and info.sector == "CVL" and ent.name[m.start()].isupper():
            continue  # "Ikatan Ahli Kesehatan Masyarakat Indonesia": a capitalised group noun inside a name
        if info is not None:
            ent.sector = ent.sector or info.sector
            if ent.type == "OTHER":
                ent.type = (
                    "PERSON" if info.type == "PERSON" or any(x.lower() in titles for x in words) else "ORG"
                )
            break


def _country_at(
    text: str, pos: int, gaz_hits: dict[int, tuple[int, str]], table: ActorTable, after: bool
) -> tuple[int, int, str] | None:
    """A country name right after (Indonesian) or right before (English) a role: (start, end, ISO3)."""
    if after:
        m = re.match(r"[ ]+", text[pos : pos + 3])
        if not m:
            return None
        s = pos + m.end()
        if s in gaz_hits:
            e, iso = gaz_hits[s]
            return s, e, iso
        return None
    m = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)?)[ ]+$", text[max(0, pos - 40) : pos])
    if not m:
        return None
    cand = m.group(1)
    for k in (cand, cand.split()[-1]):
        a = table.lookup(k)
        if a is not None and a.kb_id.startswith("country:"):
            s = pos - len(text[max(0, pos - 40) : pos]) + m.start(1) + (len(cand) - len(k))
            return s, s + len(k), a.country or ""
    return None


_CAPITALS_RE: re.Pattern[str] | None = None


def _capital_entities(article: Article, table: ActorTable) -> None:
    """Capitals the entity stage missed (``Beirut rejected ...`` at a sentence start) become GPE entities."""
    global _CAPITALS_RE
    if _CAPITALS_RE is None:
        from warta.actors.build import CAPITALS

        _CAPITALS_RE = re.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(c) for c in sorted(CAPITALS, key=len, reverse=True))
            + r")(?![\w-])"
        )
    taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
    skip = (article.dateline.start, article.dateline.end) if article.dateline else (0, 0)
    for m in _CAPITALS_RE.finditer(article.text):
        if skip[0] <= m.start() < skip[1] or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        actor = table.lookup(m.group(1))
        if actor is None:
            continue
        article.entities.append(
            Entity(
                id=f"e{len(article.entities) + 1}",
                name=actor.name,
                type="GPE",
                country=actor.country,
                sector="GOV",
                mentions=[Mention(start=m.start(), end=m.end(), text=m.group(1))],
            )
        )
        taken.append((m.start(), m.end()))


_CAP_RUN = re.compile(r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}")


def _sentence_start_actors(article: Article, table: ActorTable, when: str | None) -> None:
    """A known actor opening a sentence (``KPK memeriksa ...``, ``Hamas mengecam ...``) that the
    capitalised-span
    baseline skips (one capitalised word at a sentence start is no evidence of a name) becomes an entity."""
    text = article.text
    taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
    by_kb = {e.kb_id: e for e in article.entities if e.kb_id}
    for sent in article.sentences:
        skip_the = re.match(r"(?:The|the) ", text[sent.start : sent.start + 4])
        m = _CAP_RUN.match(text, sent.start + (4 if skip_the else 0))
        if m is None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        words = m.group(0).split(" ")
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k]).rstrip(".")
            actor = table.lookup(name)
            if actor is None or actor.kb_id.startswith("place:") or (k == 1 and len(name) < 2):
                continue
            country, sector = actor.at(when)
            mention = Mention(start=m.start(), end=m.start() + len(name), text=name)
            if actor.kb_id in by_kb:
                by_kb[actor.kb_id].mentions.append(mention)
                by_kb[actor.kb_id].mentions.sort(key=lambda x: x.start)
            else:
                etype = "GPE" if actor.kb_id.startswith(("country:", "capital:")) else actor.type
                ent = Entity(
                    id=f"e{len(article.entities) + 1}",
                    name=actor.name,
                    type=etype,  # type: ignore[arg-type]
                    country=country,
                    sector=sector,
                    kb_id=actor.kb_id,
                    mentions=[mention],
                )
                article.entities.append(ent)
                by_kb[actor.kb_id] = ent
            taken.append((mention.start, mention.end))
            break


def _modifier(doc: object, start: int, end: int) -> bool:
    """With a parse: the role word's last token is an adjective or modifies a following noun."""
    try:
        if doc is None or not doc.has_annotation("DEP"):  # type: ignore[attr-defined]
            return False
        span = doc.char_span(start, end)  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
    if span is None:
        return False
    tok = span[-1]
    return tok.pos_ == "ADJ" or (tok.dep_ in ("amod", "compound") and tok.head.i > tok.i)


#: Words that make a longer military rank of the role after them ("Brigadir Jenderal"): the role stands.
_RANK_PREFIXES = frozenset({"brigadir", "mayor", "letnan"})
_GAP = re.compile(r"[ ]*(?:\([^()\n]{1,15}\)[ ]*)?")
_GAP_WORDS = [re.compile(rf"(?:[ ]+[A-Z][\w&-]*){{{k}}}[ ]*") for k in (1, 2, 3)]
_GAP_COMMA = re.compile(r"[ ]*(?:\([^()\n]{1,15}\)[ ]*)?(?:,[ ]*)?")


def _mention_after(
    text: str,
    pos: int,
    mentions: list[tuple[int, int, Entity]],
    comma: bool = False,
    gap: re.Pattern[str] | None = None,
) -> tuple[int, int, Entity] | None:
    """The mention that starts right after ``pos`` (past spaces, a short bracketed form and, with ``comma``,
    one comma: ``Kemlu Iran, Esmaeil Baghaei``; or past what ``gap`` matches)."""
    gap = (gap or (_GAP_COMMA if comma else _GAP)).match(text, pos, pos + 40)
    at = gap.end() if gap else pos
    return next(((ms, me, ent) for ms, me, ent in mentions if ms == at and ms > pos), None)


def _entity_country(ent: Entity, table: ActorTable) -> str | None:
    """An entity's country, else a country named at the end of its name (``Kementerian Luar Negeri Iran``)."""
    if ent.country:
        return ent.country
    words = ent.name.split()
    for k in (2, 1):
        if len(words) > k:
            actor = table.lookup(" ".join(words[-k:]))
            if actor is not None and actor.kb_id.startswith("country:"):
                return actor.country
    return None


#: Words that make the role after them part of a document's or an office's name, not a person
#: ("Peraturan Menteri …", "Sekretariat Jenderal …", "Kantor Presiden").
_OFFICE_BEFORE = frozenset(
    {
        "peraturan",
        "keputusan",
        "instruksi",
        "surat",
        "edaran",
        "sekretariat",
        "kantor",
        "istana",
        "kediaman",
        "hubungan",
    }
)


def _in_org_name(text: str, start: int, orgs: frozenset[str]) -> bool:
    """The word before ``start`` is a capitalised organisation word (``Direktorat [Jenderal]``) or makes the
    role part of a document's or office's name (``Peraturan [Menteri]``)."""
    m = re.search(r"([\w-]+)[ ]+$", text[max(0, start - 30) : start])
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _OFFICE_BEFORE or (word[:1].isupper() and word.lower() in orgs)


#: News style gives private persons an age right after the name: "Syamsul (45)", "John Smith, 45,".
_AGE_AFTER = {
    "id": re.compile(r"[ ]*\(\d{1,3}(?:[ ]*(?:tahun|th\.?))?\)"),
    "en": re.compile(r",[ ]*\d{1,3}(?=[ ]*[,.;])"),
}
#: What may stand between a name (and its age) and a description in apposition: "X (45), warga …",
#: "X, salah seorang pedagang …", "X, 45, a local shopkeeper".
_APPOSITION = {
    "id": re.compile(
        r"(?:[ ]*\(\d{1,3}[^()\n]{0,8}\))?[ ]*,[ ]*(?:(?:salah[ ]+)?(?:satu|seorang)[ ]+|sebagai[ ]+)?"
    ),
    "en": re.compile(r"(?:,[ ]*\d{1,3})?,[ ]*(?:(?:a|an|the)[ ]+)?(?:(?:local|retired|former)[ ]+)?"),
}

#: "Menurut X, …" / "according to X, …": the comma after the name opens the content, not an apposition.
_CONTENT_OPENS = {
    "id": re.compile(r"(?i)\bmenurut\b[^,.;:\"”\n]*$"),
    "en": re.compile(r"(?i)\baccording to\b[^,.;:\"”\n]*$"),
}
#: A word after the noun that shows a clause, not a description, began after the comma ("X, warga
#: mempermasalahkan …", "X, masyarakat akan …", "X, peserta yang hadir …").
_CLAUSE_WORD = {
    "id": re.compile(
        r"(?i)(?:yang|akan|hanya|tersebut|itu|ini|atau|dan|memang|juga|sudah|telah|masih|tidak|tak|bisa|dapat|"
        r"harus|perlu|mulai|sedang|pun|(?:me|ber|ter|di)[a-z]{4,})"
    ),
    "en": re.compile(
        r"(?i)(?:who|that|which|will|would|can|could|must|should|have|has|had|is|are|was|were|and|or|\w+ed)"
    ),
}
_NEVER = re.compile(r"(?!)")


def _initials(ent: Entity, text: str, age: re.Pattern[str]) -> bool:
    """Every mention is a short all-capitals form and one is followed by an age: a person's initials."""
    return all(m.text.isupper() and len(m.text) <= 4 for m in ent.mentions) and any(
        age.match(text, m.end, m.end + 20) for m in ent.mentions
    )


def _private_persons(
    article: Article, roles: RoleMatcher, private: re.Pattern[str], titles: frozenset[str], lang: str
) -> None:
    """People the text introduces as private persons get sector CVL; a role in apposition gives its sector.

    A PERSON with no sector and no actor-table link whose mention is followed by a description in
    apposition takes the sector of a role noun there (``Budi, anggota DPR …``) or CVL for a private-person
    noun (``Syamsul (45), warga Lembantongoa``, ``Anto, sopir bajaj``); failing that, an age right after
    the name (``Rina (38)``) marks a private person too, unless a title comes before a mention in its clause
    (``Kepala Dinas Pertanian, X (52)``). Without a model, a multi-word OTHER name with an age is taken as a
    person first.
    """
    text = article.text
    age, appos = _AGE_AFTER.get(lang), _APPOSITION.get(lang)
    if age is None or appos is None:
        return
    for ent in article.entities:
        if ent.type not in ("PERSON", "OTHER") or ent.sector or ent.kb_id:
            continue
        if ent.type == "OTHER" and not (
            len(ent.name.split()) >= 2 and any(age.match(text, m.end, m.end + 20) for m in ent.mentions)
        ):
            continue  # without a model: a multi-word name with an age is a person ("Joko Susilo (45)")
        sector = None
        aged = False
        for m in ent.mentions:
            a = appos.match(text, m.end, m.end + 40)
            if a is not None and not _CONTENT_OPENS.get(lang, _NEVER).search(
                text[max(0, m.start - 60) : m.start]
            ):
                r = roles.regex.match(text, a.end()) or private.match(text, a.end())
                nxt = re.match(r"[ ]+([\w-]+)", text[r.end() : r.end() + 40]) if r else None
                if r is not None and not (nxt and _CLAUSE_WORD.get(lang, _NEVER).fullmatch(nxt.group(1))):
                    info = roles.roles.get(r.group(1).lower())
                    sector = info.sector if info is not None else "CVL"
                    break
            aged = aged or (bool(age.match(text, m.end, m.end + 20)) and not _ranking(text, m.start))
        if sector is None and aged and not any(_titled(text, m.start, titles) for m in ent.mentions):
            sector = "CVL"
        ent.sector = sector
        if ent.type == "OTHER":
            ent.type = "PERSON"


_NAME_NUMBER = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* \((\d{1,3})\)")


def _ranking(text: str, pos: int) -> bool:
    """``pos`` is in a standings list, ``Quilles (90), Carpe (53), Fernandez (49)``: three or more names with
    a number in brackets and the numbers falling — points, not ages."""
    s = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    e = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    nums = [int(x) for x in _NAME_NUMBER.findall(text, s, e)]
    return len(nums) >= 3 and all(a > b for a, b in pairwise(nums))


def _titled(text: str, start: int, titles: frozenset[str]) -> bool:
    """A title stands between the start of the clause and ``start`` (``Kepala Dinas Pertanian Bogor, X``)."""
    clause = re.split(r"[.;:!?\"“”\n]", text[max(0, start - 80) : start])[-1]
    words = re.findall(r"[\w-]+", clause.lower())
    return any(w in titles for w in words) or any(f"{a} {b}" in titles for a, b in pairwise(words))


def private_nouns(ctx: Context, lang: str) -> re.Pattern[str]:
    """The language pack's private-person nouns (``warga``, ``pedagang``; ``resident``) as one regex."""

    def build() -> re.Pattern[str]:
        words = sorted(ctx.resources.pack(lang).words("private_persons"), key=len, reverse=True)
        if not words:
            return _NEVER
        return re.compile(r"(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)

    return ctx.resources.cached(f"private_persons:{lang}", build)


@register("actors")
def actors_stage(article: Article, ctx: Context) -> None:
    """Enrich ``article.entities`` with actor-table links and add role-noun actors."""
    from warta.entities import gazetteer_hits

    lang = article.language or "id"
    table = actor_table(ctx)
    ref = reference_date(article)
    when = ref.isoformat() if ref else None
    titles = ctx.resources.cached(
        f"person_titles:{lang}", lambda: ctx.resources.pack(lang).words("person_titles")
    )
    orgs = ctx.resources.cached(f"org_words:{lang}", lambda: ctx.resources.pack(lang).words("org_words"))
    age = _AGE_AFTER.get(lang)
    for ent in article.entities:
        if age is not None and _initials(ent, article.text, age):
            continue  # "tersangka MA (35)": a person's initials, not the Mahkamah Agung
        resolve_entity(ent, table, when)
        if ent.country is None or ent.sector is None:
            _name_parts(ent, table, titles, role_matcher(ctx, lang), orgs)
    text = article.text
    gaz_hits = {
        s: (e, entry.country)
        for s, e, entry in gazetteer_hits(article, ctx)
        if entry.country and entry.kb_id.startswith("country:")
    }
    _capital_entities(article, table)
    _sentence_start_actors(article, table, when)
    matcher = role_matcher(ctx, lang)
    mentions = sorted(
        ((m.start, m.end, ent) for ent in article.entities for m in ent.mentions), key=lambda x: x[0]
    )
    role_ents: dict[tuple[str, str | None], Entity] = {}
    n = len(article.entities)
    skip = (article.dateline.start, article.dateline.end) if article.dateline else (0, 0)
    for m in matcher.regex.finditer(text):
        if skip[0] <= m.start() < skip[1]:
            continue
        word = m.group(1)
        info = matcher.roles.get(word.lower())
        if info is None:
            continue
        if lang == "en" and word[0].isupper() and m.start() not in {s.start for s in article.sentences}:
            continue  # part of a proper name ("Police Academy")
        if _modifier(ctx.doc, m.start(), m.end()):
            continue  # "state visit", "naval exercises": the word describes another noun, it is no actor
        s, e = m.start(), m.end()
        cty = _country_at(text, e if matcher.country_after else s, gaz_hits, table, matcher.country_after)
        country = cty[2] if cty else info.default_country
        span_s, span_e = (s, cty[1]) if cty and matcher.country_after else ((cty[0], e) if cty else (s, e))
        # A name right after the role ("Presiden Rusia Vladimir Putin") takes the role's country and sector.
        nxt = _mention_after(text, span_e, mentions)
        if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
            continue  # "Menteri Luar Negeri (Menlu) Sugiono": the short form repeats the role
        if lang == "id" and _in_org_name(text, s, orgs):
            continue  # "Direktorat Jenderal Perhubungan Laut": the role word is part of an office's name
        if (
            info.sector == "CVL"
            and word[0].isupper()
            and re.search(r"[A-Z][\w.)-]*[ ]+$", text[max(0, s - 40) : s])
        ):
            continue  # "Badan … Perlindungan Masyarakat": a capitalised group noun after a capitalised word
        prev = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30) : m.start()])
        if (
            prev
            and f"{prev.group(1)} {word}".lower() in titles
            and prev.group(1).lower() not in _RANK_PREFIXES
        ):
            continue  # the end of a longer title: "Sekretaris Jenderal", "Direktur Jenderal Imigrasi"
        # "Gubernur Papua Matius Fakhiri", "Juru bicara Kemlu Iran, Esmaeil Baghaei": the person comes after
        # the place or body the role belongs to (and may take its country)
        titled = info.type == "PERSON"  # a comma joins a title to a name, not a group ("masyarakat, Din …")
        if nxt is None and titled:
            # "Presiden Rusia, Vladimir Putin"; "Menteri Kesehatan Budi Gunadi Sadikin" (a portfolio that
            # is no mention between the title and the name)
            nxt = _mention_after(text, span_e, mentions, comma=True) or next(
                filter(None, (_mention_after(text, span_e, mentions, gap=g) for g in _GAP_WORDS)), None
            )
            nxt = nxt if nxt is not None and nxt[2].type in ("PERSON", "OTHER") else None
        via: Entity | None = None
        place: Entity | None = None
        first_hop = nxt
        hops = 0
        while nxt is not None and nxt[2].type in ("GPE", "LOC", "ORG") and hops < 2:
            person = _mention_after(text, nxt[1], mentions, comma=titled)
            if person is not None and person[2].type in ("PERSON", "OTHER"):
                via = nxt[2]
                # the body's country beats the role's default one (not a country written after the role)
                country = (cty[2] if cty else None) or _entity_country(via, table) or country
                nxt = person
                break
            nxt = _mention_after(text, nxt[1], mentions)
            hops += 1
        if nxt is not None and nxt[2].type not in ("PERSON", "OTHER"):
            nxt = None
        if (
            nxt is None
            and first_hop is not None
            and first_hop[2].type in ("GPE", "LOC", "ORG")
            and not (first_hop[2].kb_id or "").startswith("country:")
        ):
            # "Gubernur Papua", "Menteri PANRB", "Kapolda Metro Jaya": the role of a place or body, which
            # gives the country when it has one
            country = (cty[2] if cty else None) or _entity_country(first_hop[2], table) or country
            span_e = first_hop[1]
            place = first_hop[2]
            place.country = place.country or country  # a domestic role's place ("Kapolda Metro Jaya") is IDN
        if nxt is not None and nxt[2].type in ("PERSON", "OTHER"):
            ent = nxt[2]
            unqualified = via is None and info.type == "PERSON" and ent.type != "OTHER"
            if country is None and lang == "id" and unqualified:
                country = "IDN"  # Indonesian usage: an unqualified title (Presiden, Menlu) is Indonesia's
            ent.country = ent.country or country
            # "Juru bicara Hamas, X": the body's sector (REB) is more telling than the role's default
            ent.sector = ent.sector or (via.sector if via is not None and via.sector else info.sector)
            if ent.type == "OTHER":
                ent.type = "PERSON" if info.type == "PERSON" else "ORG"
            continue
        inside = [ent for ms, me, ent in mentions if ms < span_e and span_s < me]
        if any(
            not (span_s <= ms and me <= span_e) for ms, me, ent in mentions if ms < span_e and span_s < me
        ):
            continue  # the role word is part of a longer name
        for ms, me, x in mentions:  # "Indonesia (WNI)": the role form is not an alias of the country
            if (ms, me) == (span_s, span_e) and (x.kb_id or "").startswith("country:"):
                x.mentions = [mm for mm in x.mentions if (mm.start, mm.end) != (ms, me)] or x.mentions
                x.aliases = [al for al in x.aliases if al != text[ms:me]]
        named = [x for x in inside if not (x.kb_id or "").startswith("country:") and x is not place]
        if named:
            for ent in named:
                ent.country = ent.country or country
                ent.sector = ent.sector or info.sector
            continue
        if country is None and info.type == "PERSON" and word.islower():
            continue  # a generic "presiden", "menteri" with neither country nor name is nobody in particular
        key = (word.lower(), country)
        surface = text[span_s:span_e]
        ent = role_ents.get(key)
        if ent is None:
            n += 1
            ent = Entity(
                id=f"e{n}",
                name=surface,
                type=info.type,
                country=country,  # type: ignore[arg-type]
                sector=info.sector,
                kb_id=None,
                mentions=[],
            )
            role_ents[key] = ent
            article.entities.append(ent)
        ent.mentions.append(Mention(start=span_s, end=span_e, text=surface))
        if surface != ent.name and surface not in ent.aliases:
            ent.aliases.append(surface)
    _private_persons(article, matcher, private_nouns(ctx, lang), titles, lang)
