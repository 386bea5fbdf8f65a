#!/usr/bin/env python3
"""Regenerates data/countries.tsv and data/languages.tsv from public datasets.

Sources (see data/README.md):
  * ISO 3166-1 and ISO 639 code tables: Debian iso-codes, through the `pycountry` package.
  * Country and language names in English, French and Spanish, and languages' own names:
    the Unicode CLDR, through the `babel` package; iso-codes' French and Spanish
    translations are added as aliases.

Usage:  pip install babel==2.19.0 pycountry==26.2.16 && python3 data/generate.py
The output is deterministic (sorted by code); twin embeds the TSV files at build time,
so this script is only needed to refresh the tables, never to build or test.
"""
import gettext
import os

import pycountry
from babel import Locale

HERE = os.path.dirname(os.path.abspath(__file__))
EN, FR, ES = Locale("en"), Locale("fr"), Locale("es")

# Common spellings that neither dataset carries, added by the maintainers. Each is an
# unambiguous everyday name for the entry (abbreviations used in AIC's own documents).
EXTRA_COUNTRY_ALIASES = {
    "CD": ["DRC", "RDC", "RD Congo", "Democratic Republic of the Congo", "Congo (RDC)"],
    "CG": ["Republic of the Congo", "Congo (Brazzaville)"],
    "CI": ["Ivory Coast"],
    "GB": ["UK", "Great Britain"],
    "US": ["USA", "EEUU", "EE. UU."],
}
EXTRA_LANGUAGE_ALIASES = {
    "es": ["castellano", "castillan"],
    "ht": ["kreyòl"],
}


def iso_translation(domain, lang, text):
    try:
        t = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return text
    return t.gettext(text)


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def uniq(values, exclude=()):
    """Drops empty values and repeats (case-insensitively), keeping the first spelling."""
    seen, out = {e.casefold() for e in exclude}, []
    for v in values:
        v = clean(v) if v else ""
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


def countries():
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        en = EN.territories.get(c.alpha_2) or c.name
        fr = FR.territories.get(c.alpha_2) or en
        es = ES.territories.get(c.alpha_2) or en
        aliases = uniq(
            [
                c.name,
                getattr(c, "common_name", ""),
                getattr(c, "official_name", ""),
                iso_translation("iso3166-1", "fr", c.name),
                iso_translation("iso3166-1", "es", c.name),
                *EXTRA_COUNTRY_ALIASES.get(c.alpha_2, []),
            ],
            exclude=(en, fr, es),
        )
        rows.append([c.alpha_2, c.alpha_3, clean(en), clean(fr), clean(es), "|".join(aliases)])
    header = ["alpha2", "alpha3", "en", "fr", "es", "aliases"]
    write("countries.tsv", header, rows)


def own_name(code):
    for loc in (code, "fil" if code == "tl" else None):
        if not loc:
            continue
        try:
            name = Locale(loc).languages.get(code)
        except Exception:  # babel has no locale for most languages
            name = None
        if name:
            return name
    return ""


def languages():
    rows = []
    with_alpha2 = [l for l in pycountry.languages if hasattr(l, "alpha_2")]
    for l in sorted(with_alpha2, key=lambda l: l.alpha_2):
        en = EN.languages.get(l.alpha_2) or l.name
        fr = FR.languages.get(l.alpha_2) or ""
        es = ES.languages.get(l.alpha_2) or ""
        own = own_name(l.alpha_2)
        aliases = uniq(
            [
                l.name,
                iso_translation("iso639-3", "fr", l.name),
                iso_translation("iso639-3", "es", l.name),
                *EXTRA_LANGUAGE_ALIASES.get(l.alpha_2, []),
            ],
            exclude=(en, fr, es, own),
        )
        codes = uniq([l.alpha_3, getattr(l, "bibliographic", "")])
        rows.append([l.alpha_2, "|".join(codes), clean(en), clean(fr), clean(es), clean(own), "|".join(aliases)])
    # Living individual ISO 639-3 languages without a 639-1 code: code and English name only.
    extra = [
        l
        for l in pycountry.languages
        if not hasattr(l, "alpha_2") and l.type == "L" and l.scope == "I"
    ]
    for l in sorted(extra, key=lambda l: l.alpha_3):
        rows.append(["", l.alpha_3, clean(l.name), "", "", "", ""])
    header = ["alpha2", "alpha3", "en", "fr", "es", "own", "aliases"]
    write("languages.tsv", header, rows)


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    countries()
    languages()
