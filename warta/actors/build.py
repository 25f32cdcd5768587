"""Compile warta's shipped actor and event-code tables from the shared data sets.

``python -m warta.actors.build [--data DIR]`` reads ``<repo>/../shared/data`` (or ``$WARTA_DATA``) and writes

* ``warta/data/actors.tsv.gz`` — canonical actors: Phoenix country actors with dated roles, international
  organisations, non-state groups (PETRARCH2 dictionaries, MIT), countries with English and Indonesian names
  and demonyms (pycountry, LGPL data; NGEC ``countries.csv``, MIT), capitals, and warta's Indonesian
  ministries/agencies (``warta/lang/id/agencies.tsv``);
* ``warta/data/agents.tsv.gz`` — generic agent nouns → PLOVER/CAMEO sector (Phoenix/PLOVER agents, MIT) plus
  the Indonesian role nouns of ``warta/lang/id/roles.tsv``;
* ``warta/data/cameo.tsv`` — CAMEO code → description, Goldstein, QuadClass, PLOVER type/mode/context
  (CAMEO2PLOVER-2021 crosswalk, CC BY-SA 4.0; GDELT lookups);
* ``warta/lang/en/events.tsv`` — English verb lexicon from the CAMEO.2.0 verb dictionary (MIT).
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import io
import os
import re
from datetime import date
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent
REPO = PKG.parent
DATA_OUT = PKG / "data"

# Capitals (and seats of government) in Indonesian and English spellings: they stand for governments.
CAPITALS = {
    "Jakarta": "IDN",
    "Washington": "USA",
    "Moskow": "RUS",
    "Moscow": "RUS",
    "Beijing": "CHN",
    "Peking": "CHN",
    "Tokyo": "JPN",
    "Canberra": "AUS",
    "Kuala Lumpur": "MYS",
    "Putrajaya": "MYS",
    "Phnom Penh": "KHM",
    "Bangkok": "THA",
    "Manila": "PHL",
    "Hanoi": "VNM",
    "Seoul": "KOR",
    "Pyongyang": "PRK",
    "London": "GBR",
    "Paris": "FRA",
    "Berlin": "DEU",
    "Brussel": "BEL",
    "Brussels": "BEL",
    "Den Haag": "NLD",
    "The Hague": "NLD",
    "Teheran": "IRN",
    "Tehran": "IRN",
    "Kyiv": "UKR",
    "Kiev": "UKR",
    "Ankara": "TUR",
    "Riyadh": "SAU",
    "Kairo": "EGY",
    "Cairo": "EGY",
    "Islamabad": "PAK",
    "New Delhi": "IND",
    "Naypyidaw": "MMR",
    "Vientiane": "LAO",
    "Dili": "TLS",
    "Bandar Seri Begawan": "BRN",
    "Wellington": "NZL",
    "Ottawa": "CAN",
    "Roma": "ITA",
    "Rome": "ITA",
    "Madrid": "ESP",
    "Damaskus": "SYR",
    "Damascus": "SYR",
    "Baghdad": "IRQ",
    "Kabul": "AFG",
    "Tel Aviv": "ISR",
    "Yerusalem": "ISR",
    "Jerusalem": "ISR",
    "Taipei": "TWN",
    "Doha": "QAT",
    "Abu Dhabi": "ARE",
    "Amman": "JOR",
    "Beirut": "LBN",
    "Sanaa": "YEM",
    "Kuwait City": "KWT",
    "Muskat": "OMN",
    "Dhaka": "BGD",
    "Kathmandu": "NPL",
    "Kolombo": "LKA",
    "Colombo": "LKA",
    "Singapura": "SGP",
    "Singapore": "SGP",
    "Pretoria": "ZAF",
    "Brasilia": "BRA",
    "Buenos Aires": "ARG",
    "Mexico City": "MEX",
    "Caracas": "VEN",
    "Havana": "CUB",
    "Warsawa": "POL",
    "Warsaw": "POL",
    "Wina": "AUT",
    "Vienna": "AUT",
    "Jenewa": "CHE",
    "Bern": "CHE",
    "Stockholm": "SWE",
    "Oslo": "NOR",
    "Helsinki": "FIN",
    "Kopenhagen": "DNK",
    "Copenhagen": "DNK",
    "Athena": "GRC",
    "Athens": "GRC",
    "Minsk": "BLR",
    "Budapest": "HUN",
    "Praha": "CZE",
    "Prague": "CZE",
    "Ramallah": "PSE",
    "Kinshasa": "COD",
    "Nairobi": "KEN",
    "Addis Ababa": "ETH",
    "Abuja": "NGA",
    "Khartoum": "SDN",
    "Tripoli": "LBY",
    "Tunis": "TUN",
    "Aljir": "DZA",
    "Algiers": "DZA",
    "Rabat": "MAR",
}

# Indonesian country names and demonym-free forms common in news but missing from pycountry's locale.
INDONESIAN_COUNTRY_NAMES = {
    "Prancis": "FRA",
    "Perancis": "FRA",
    "Jerman": "DEU",
    "Jepang": "JPN",
    "Belanda": "NLD",
    "Inggris": "GBR",
    "Rusia": "RUS",
    "Tiongkok": "CHN",
    "Amerika Serikat": "USA",
    "Korea Selatan": "KOR",
    "Korea Utara": "PRK",
    "Arab Saudi": "SAU",
    "Mesir": "EGY",
    "Selandia Baru": "NZL",
    "Filipina": "PHL",
    "Kamboja": "KHM",
    "Thailand": "THA",
    "Vietnam": "VNM",
    "Myanmar": "MMR",
    "Suriah": "SYR",
    "Yordania": "JOR",
    "Turki": "TUR",
    "Irak": "IRQ",
    "Ukraina": "UKR",
    "Spanyol": "ESP",
    "Italia": "ITA",
    "Swiss": "CHE",
    "Yunani": "GRC",
    "Polandia": "POL",
    "Brasil": "BRA",
    "Meksiko": "MEX",
    "Kanada": "CAN",
    "Afrika Selatan": "ZAF",
    "Uni Emirat Arab": "ARE",
    "Lebanon": "LBN",
    "Libanon": "LBN",
    "Palestina": "PSE",
    "Rumania": "ROU",
    "Selandia": "NZL",
    "Singapura": "SGP",
    "Brunei": "BRN",
    "Brunei Darussalam": "BRN",
    "Laos": "LAO",
}
_TAIL = re.compile(r"\s*#.*$")
_CODE = re.compile(r"\[([^\]]*)\]")


def data_root(path: str | os.PathLike[str] | None = None) -> Path:
    """Shared data root: ``path``, else ``$WARTA_DATA``, else ``<repo>/../shared/data``."""
    root = Path(path or os.environ.get("WARTA_DATA") or REPO.parent / "shared" / "data")
    if not root.is_dir():
        raise FileNotFoundError(f"shared data not found at {root}; set WARTA_DATA or pass --data")
    return root


def _yymmdd(s: str) -> str | None:
    s = s.strip()
    if len(s) == 8 and s.isdigit():
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif len(s) == 6 and s.isdigit():
        yy, m, d = int(s[:2]), int(s[2:4]), int(s[4:])
        y = 1900 + yy if yy >= 30 else 2000 + yy
    else:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _parse_role(code: str, countries: set[str]) -> tuple[str, str, str, str] | None:
    """``RUSGOV 991231-080507`` → (country, sector, start, end); dates may be ``>d``, ``<d`` or ``a-b``."""
    parts = code.split()
    if not parts:
        return None
    c = parts[0].strip().lstrip("~")
    if not c or c == "---":
        return None
    start = end = ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = _yymmdd(rng[1:]) or ""
        elif rng.startswith("<"):
            end = _yymmdd(rng[1:]) or ""
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = _yymmdd(a) or "", _yymmdd(b) or ""
    country = c[:3] if c[:3] in countries else ""
    sector = c[3:6] if country else c[:3]
    return country, sector, start, end


def _phrase(tok: str) -> str:
    """``VLADIMIR_V._PUTIN_`` → ``VLADIMIR V. PUTIN`` (normalised alias key)."""
    return norm_alias(tok.replace("_", " "))


def norm_alias(s: str) -> str:
    """Alias key: upper case, punctuation other than ``.``/``-`` dropped, single spaces."""
    s = re.sub(r"[^\w.\- ]", " ", s.upper())
    return " ".join(s.split()).strip(" .")


def parse_phoenix(path: Path, countries: set[str], kind: str) -> list[dict[str, str]]:
    """Actors of a Phoenix ``*.actors.txt`` file: name, ``+`` synonyms, ``[CODE dates]`` roles."""
    actors: list[dict[str, str]] = []
    cur: dict | None = None

    def close() -> None:
        if cur and cur["roles"]:
            roles = cur["roles"]
            country = next((r[0] for r in roles if r[0]), "")
            undated = [r for r in roles if not r[2] and not r[3]]
            sector = (undated or roles)[-1][1]
            actors.append(
                {
                    "kb_id": f"{kind}:{cur['name']}",
                    "name": cur["name"].title(),
                    "type": "PERSON" if kind == "person" else "ORG",
                    "country": country,
                    "sector": sector,
                    "aliases": "|".join(sorted(cur["aliases"])),
                    "roles": ";".join(f"{r[0]}{r[1]}@{r[2]}..{r[3]}" for r in roles if r[2] or r[3]),
                }
            )

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("#") or not raw.strip():
            continue
        line = _TAIL.sub("", raw).rstrip()
        codes = _CODE.findall(line)
        head = _CODE.sub("", line).strip()
        if raw[:1] in (" ", "\t") and codes and not head:
            if cur is not None:
                cur["roles"].extend(r for r in (_parse_role(c, countries) for c in codes) if r)
            continue
        if head.startswith("+"):
            if cur is not None and head[1:].strip():
                cur["aliases"].add(_phrase(head[1:].strip()))
            continue
        if head:
            close()
            name = _phrase(head)
            cur = {"name": name, "aliases": {name}, "roles": []}
            cur["roles"].extend(r for r in (_parse_role(c, countries) for c in codes) if r)
    close()
    # A country line such as "INDONESIA_ [IDN]" is a country actor, not a person.
    for a in actors:
        if not a["sector"] and a["country"]:
            a["type"] = "GPE"
            a["kb_id"] = f"country:{a['country']}"
    return actors


def country_actors(root: Path) -> list[dict[str, str]]:
    """Countries from pycountry (English + Indonesian names) and NGEC demonyms."""
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    demonyms: dict[str, list[str]] = {}
    f = root / "plover-ngec-assets" / "countries.csv"
    if f.exists():
        with open(f, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                demonyms[row["CCA3"]] = [d.strip() for d in row["Nationality"].split(",") if d.strip()]
    out = []
    for c in pycountry.countries:
        names = {
            c.name,
            getattr(c, "common_name", c.name),
            getattr(c, "official_name", c.name),
            tr.gettext(c.name),
        }
        names |= set(demonyms.get(c.alpha_3, []))
        out.append(
            {
                "kb_id": f"country:{c.alpha_3}",
                "name": getattr(c, "common_name", None) or c.name,
                "type": "GPE",
                "country": c.alpha_3,
                "sector": "",
                "aliases": "|".join(sorted(norm_alias(n) for n in names if "," not in n)),
                "roles": "",
            }
        )
    # Short and Indonesian forms from the language packs' gazetteers (AS, Rusia, Tiongkok, ...) and a few
    # spellings pycountry's Indonesian locale lacks.
    from warta.resources import read_tsv

    extra: dict[str, set[str]] = {}
    for lang in ("id", "en"):
        for r in read_tsv(PKG / "lang" / lang / "gazetteer.tsv"):
            if r.get("kb_id", "").startswith("country:"):
                extra.setdefault(r["kb_id"][8:], set()).add(norm_alias(r["alias"]))
    for alias, iso in INDONESIAN_COUNTRY_NAMES.items():
        extra.setdefault(iso, set()).add(norm_alias(alias))
    for row in out:
        more = extra.get(row["country"], set())
        if more:
            row["aliases"] = "|".join(sorted(set(row["aliases"].split("|")) | more))
    for cap, iso in CAPITALS.items():
        out.append(
            {
                "kb_id": f"capital:{norm_alias(cap)}",
                "name": cap,
                "type": "GPE",
                "country": iso,
                "sector": "GOV",
                "aliases": norm_alias(cap),
                "roles": "",
            }
        )
    return out


def indonesian_actors() -> list[dict[str, str]]:
    from warta.resources import read_tsv

    out = []
    for r in read_tsv(PKG / "lang" / "id" / "agencies.tsv"):
        aliases = [r["alias"], r["name"], *[a for a in r.get("aliases", "").split("|") if a]]
        out.append(
            {
                "kb_id": f"org:{r['alias']}",
                "name": r["name"],
                "type": "ORG",
                "country": r["country"],
                "sector": r["sector"],
                "aliases": "|".join(sorted({norm_alias(a) for a in aliases})),
                "roles": "",
            }
        )
    return out


def parse_agents(path: Path) -> list[tuple[str, str]]:
    """Agent nouns → sector code (``POLICE [~COP]`` → (``POLICE``, ``COP``)); ``!MINIST!`` macros expanded."""
    macros: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _TAIL.sub("", raw).strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = _CODE.findall(line)
        head = _CODE.sub("", line).strip()
        if not codes or not head:
            continue
        code = codes[0].strip().lstrip("~")[:3]
        forms = [head]
        for mac, words in macros.items():
            if mac in head:
                forms = [f.replace(mac, w) for f in forms for w in words]
        out.extend((_phrase(f), code) for f in forms if "!" not in f)
    return out


def build_actors(root: Path) -> tuple[Path, int]:
    import pycountry

    countries = {c.alpha_3 for c in pycountry.countries}
    d = root / "cameo-petrarch2-dicts" / "dictionaries"
    rows = country_actors(root)
    phoenix = parse_phoenix(d / "Phoenix.Countries.actors.txt", countries, "person")
    rows += [a for a in phoenix if a["type"] != "GPE"]
    # Country synonyms in Phoenix (cities, provinces, old names) become place rows: they give a country only.
    own = {
        a for r in rows if r["kb_id"].startswith(("country:", "capital:")) for a in r["aliases"].split("|")
    }
    places: dict[str, set[str]] = {}
    for a in phoenix:
        if a["type"] == "GPE":
            places.setdefault(a["country"], set()).update(
                x for x in a["aliases"].split("|") if x and x not in own
            )
    rows += [
        {
            "kb_id": f"place:{iso}",
            "name": iso,
            "type": "GPE",
            "country": iso,
            "sector": "",
            "aliases": "|".join(sorted(al)),
            "roles": "",
        }
        for iso, al in sorted(places.items())
        if al
    ]
    rows += parse_phoenix(d / "Phoenix.International.actors.txt", countries, "igo")
    rows += parse_phoenix(d / "Phoenix.MilNonState.actors.txt", countries, "group")
    rows += indonesian_actors()
    for r in rows:  # multi-role persons from Phoenix keep ORG-looking names as ORG
        if (
            r["kb_id"].startswith("person:")
            and r["sector"] in ("GOV", "MIL", "COP", "JUD", "LEG")
            and len(r["name"].split()) >= 2
            and not any(
                w in r["name"].upper().split()
                for w in ("MINISTRY", "PARTY", "ARMY", "FORCES", "COUNCIL", "GOVERNMENT", "POLICE", "COURT")
            )
        ):
            r["type"] = "PERSON"
        elif r["kb_id"].startswith("person:"):
            r["type"] = (
                "ORG"
                if any(
                    w in r["name"].upper().split()
                    for w in (
                        "MINISTRY",
                        "PARTY",
                        "ARMY",
                        "FORCES",
                        "COUNCIL",
                        "GOVERNMENT",
                        "POLICE",
                        "COURT",
                        "BANK",
                        "AGENCY",
                        "COMMISSION",
                        "FRONT",
                        "MOVEMENT",
                        "UNION",
                        "ASSOCIATION",
                        "COMMITTEE",
                    )
                )
                else "PERSON"
            )
            r["kb_id"] = ("org:" if r["type"] == "ORG" else "person:") + r["kb_id"].split(":", 1)[1]
    cols = ["kb_id", "name", "type", "country", "sector", "aliases", "roles"]
    header = (
        "# warta actor table, compiled by `python -m warta.actors.build`.\n"
        "# Sources: PETRARCH2 Phoenix.Countries/International/MilNonState actor dictionaries "
        "(openeventdata/petrarch2"
        " @676801cd, MIT);\n# pycountry ISO 3166 names + Indonesian iso3166-1 translation (LGPL-2.1 data);"
        " NGEC countries.csv demonyms (ahalterman/NGEC-2025, MIT);\n# capitals and warta/lang/id/agencies.tsv"
        " (compiled by the warta developers). roles: CCCSSS@start..end (ISO dates, open ends empty).\n"
    )
    DATA_OUT.mkdir(exist_ok=True)
    out = DATA_OUT / "actors.tsv.gz"
    buf = io.StringIO()
    buf.write(header)
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(cols)
    for r in rows:
        w.writerow([r[c].replace("\t", " ") for c in cols])
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(buf.getvalue().encode("utf-8"))
    return out, len(rows)


def build_agents(root: Path) -> tuple[Path, int]:
    d = root / "cameo-petrarch2-dicts" / "dictionaries"
    pairs = dict(parse_agents(d / "Phoenix.agents.txt"))
    ngec = root / "plover-ngec-assets" / "PLOVER_agents.txt"
    if ngec.exists():
        for k, v in parse_agents(ngec):
            pairs.setdefault(k, v)
    out = DATA_OUT / "agents.tsv.gz"
    buf = io.StringIO()
    buf.write(
        "# Agent nouns → CAMEO/PLOVER sector. Sources: PETRARCH2 Phoenix.agents.txt (MIT); NGEC"
        " PLOVER_agents.txt (MIT).\nagent\tsector\n"
    )
    for k, v in sorted(pairs.items()):
        buf.write(f"{k}\t{v}\n")
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(buf.getvalue().encode("utf-8"))
    return out, len(pairs)


def quad_class(code: str) -> int:
    """CAMEO root → QuadClass: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict,
    14–20 material conflict (GDELT definition)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def build_cameo(root: Path) -> tuple[Path, int]:
    look = root / "cameo-gdelt-lookups"
    gold = dict(r for r in _tsv_pairs(look / "CAMEO.goldsteinscale.txt"))
    desc = dict(r for r in _tsv_pairs(look / "CAMEO.eventcodes.txt"))
    cw: dict[str, tuple[str, str, str]] = {}
    for raw in (root / "plover-codebook-gsr" / "codebook" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", raw)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        if not parts[0] or parts[0].startswith("~"):
            continue
        typ = parts[0]
        mode = parts[1] if len(parts) > 1 else ""
        context = parts[2].replace(" ", "") if len(parts) > 2 else ""
        cw.setdefault(m.group(1), (typ, mode, context))
    out = DATA_OUT / "cameo.tsv"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(
            "# CAMEO code → description, Goldstein, QuadClass and PLOVER type/mode/context.\n"
            "# Sources: GDELT CAMEO.eventcodes/goldsteinscale lookups "
            "(GDELT open data; CAMEO, Schrodt et al.);"
            " PLOVER CAMEO2PLOVER-2021.txt (openeventdata/PLOVER @5e0c24fb, CC BY-SA 4.0).\n"
        )
        fh.write("cameo\tdescription\tgoldstein\tquad_class\tplover\tmode\tcontext\n")
        n = 0
        for code in sorted(desc):
            if not code.isdigit() or len(code) < 2:
                continue
            typ, mode, ctx = cw.get(code) or cw.get(code[:3]) or cw.get(code[:2]) or ("", "", "")
            fh.write(
                f"{code}\t{desc[code]}\t{gold.get(code, '')}\t{quad_class(code)}\t{typ}\t{mode}\t{ctx}\n"
            )
            n += 1
    return out, n


def _tsv_pairs(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return [tuple(ln.split("\t")[:2]) for ln in lines if "\t" in ln]  # type: ignore[misc]


IRREGULAR = {
    "MEET": ["MET"],
    "FIGHT": ["FOUGHT"],
    "GIVE": ["GAVE", "GIVEN"],
    "TAKE": ["TOOK", "TAKEN"],
    "SEEK": ["SOUGHT"],
    "SHOOT": ["SHOT"],
    "BRING": ["BROUGHT"],
    "HOLD": ["HELD"],
    "SEND": ["SENT"],
    "LEAVE": ["LEFT"],
    "STRIKE": ["STRUCK"],
    "BREAK": ["BROKE", "BROKEN"],
    "SPEAK": ["SPOKE", "SPOKEN"],
    "FORBID": ["FORBADE", "FORBIDDEN"],
    "SEIZE": [],
    "BEAT": ["BEATEN"],
    "BLOW": ["BLEW", "BLOWN"],
    "SHUT": ["SHUT"],
    "LEND": ["LENT"],
    "BUILD": ["BUILT"],
    "WITHDRAW": ["WITHDREW", "WITHDRAWN"],
    "UNDERTAKE": ["UNDERTOOK", "UNDERTAKEN"],
    "FORGIVE": ["FORGAVE", "FORGIVEN"],
    "STAND": ["STOOD"],
    "THROW": ["THREW", "THROWN"],
    "SELL": ["SOLD"],
    "TELL": ["TOLD"],
    "WIN": ["WON"],
    "OVERTHROW": ["OVERTHREW", "OVERTHROWN"],
    "RIDE": ["RODE"],
}


def inflect(verb: str) -> list[str]:
    """English verb forms: base, -s, -ed, -ing (plus a few irregulars); multi-word verbs inflect the head."""
    words = verb.split()
    head, rest = words[0], words[1:]
    forms = {head}
    if head.endswith("EE"):
        forms |= {head + "S", head + "D", head + "ING"}
    elif head.endswith("E"):
        forms |= {head + "S", head + "D", head[:-1] + "ING"}
    elif head.endswith("Y") and len(head) > 2 and head[-2] not in "AEIOU":
        forms |= {head[:-1] + "IES", head[:-1] + "IED", head + "ING"}
    elif re.search(r"(S|SH|CH|X|Z)$", head):
        forms |= {head + "ES", head + "ED", head + "ING"}
    else:
        forms |= {head + "S", head + "ED", head + "ING"}
        if re.search(r"[^AEIOU][AEIOU][BDGMNPRT]$", head) and (
            len(head) <= 4 or head.endswith(("MIT", "FER"))
        ):
            forms |= {head + head[-1] + "ED", head + head[-1] + "ING"}
    forms |= set(IRREGULAR.get(head, []))
    return sorted(" ".join([f, *rest]).lower() for f in forms)


def build_en_lexicon(root: Path) -> tuple[Path, int]:
    """English verb lexicon from CAMEO.2.0: each verb (synset member) with its own or its block's code."""
    cw = {r["cameo"]: r for r in _read(DATA_OUT / "cameo.tsv")}
    path = root / "cameo-petrarch2-dicts" / "dictionaries" / "CAMEO.2.0.txt"
    block = ""
    seen: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _TAIL.sub("", raw).strip()
        if not line or line.startswith("-") and not line.startswith("---"):
            continue
        m = re.match(r"^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---", line)
        if m:
            block = m.group(2).strip().split(":")[0]
            continue
        if line.startswith(("&", "{", "!")) or not block and not _CODE.search(line):
            continue
        line = re.sub(r"\{[^}]*\}", "", line).lstrip("+")
        codes = _CODE.findall(line)
        verb = _CODE.sub("", line).strip().replace("_", " ")
        code = (codes[0].strip() if codes else block).split(":")[0]
        if not verb or not re.fullmatch(r"[A-Z][A-Z \-]*", verb) or not code.isdigit():
            continue
        if code not in cw or not cw[code]["plover"]:
            continue
        seen.setdefault(verb, code)
    out = PKG / "lang" / "en" / "events.tsv"
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(
            "# English event verbs → CAMEO code (PLOVER type/mode via warta/data/cameo.tsv).\n"
            "# Compiled by `python -m warta.actors.build` from PETRARCH2 CAMEO.2.0.txt "
            "(openeventdata/petrarch2"
            " @676801cd, MIT); forms inflected by rule; overrides in events_extra.tsv.\n"
        )
        fh.write("forms\tcameo\tplover\tmode\n")
        for verb, code in sorted(seen.items()):
            r = cw[code]
            fh.write(f"{'|'.join(inflect(verb))}\t{code}\t{r['plover']}\t{r['mode']}\n")
            n += 1
    return out, n


def _read(path: Path) -> list[dict[str, str]]:
    from warta.resources import read_tsv

    return read_tsv(path)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="shared data root (default: $WARTA_DATA or ../shared/data)")
    args = ap.parse_args(argv)
    root = data_root(args.data)
    for fn in (build_actors, build_agents, build_cameo, build_en_lexicon):
        out, n = fn(root)
        print(f"{out.relative_to(REPO)}: {n} rows ({out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
