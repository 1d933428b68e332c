#!/usr/bin/env python3
"""Generates the calendar and number tables of the facts stage from Unicode CLDR.

Usage:
    cd /tmp && npm pack cldr-dates-full@48.2.0 cldr-numbers-full@48.2.0
    mkdir dates numbers
    tar xzf cldr-dates-full-48.2.0.tgz -C dates --strip-components 1
    tar xzf cldr-numbers-full-48.2.0.tgz -C numbers --strip-components 1
    python3 core/data/facts/generate.py /tmp/dates /tmp/numbers core/data/facts

Writes `calendar.tsv` (month and weekday names, wide and abbreviated, format and stand-alone
forms, plus their accent-free spellings; the order of numeric dates) and `numbers.tsv` (decimal
and grouping symbols; the words for thousand, million, ... from the compact decimal formats).
Every form is lower-cased. Languages are keyed by the ISO 639-3 code that whatlang uses.

CLDR lists the nominative and genitive of month names only; the few other grammatical cases
that news text puts after a preposition ("w styczniu", "τον Οκτώβριο", "в январе") are added
below from the grammar of each language (EXTRA_*), and marked as such in the output.
"""
import json
import os
import sys
import unicodedata

# whatlang code -> CLDR locales whose names it reads (Serbian is written in both scripts).
LOCALES = {
    "eng": ["en"], "deu": ["de"], "fra": ["fr"], "ita": ["it"], "spa": ["es"], "por": ["pt"],
    "nld": ["nl"], "pol": ["pl"], "ces": ["cs"], "slk": ["sk"], "slv": ["sl"], "hrv": ["hr", "bs"],
    "srp": ["sr", "sr-Latn"], "mkd": ["mk"], "bul": ["bg"], "rus": ["ru"], "ukr": ["uk"],
    "bel": ["be"], "ell": ["el"], "ron": ["ro"], "hun": ["hu"], "fin": ["fi"], "est": ["et"],
    "lav": ["lv"], "lit": ["lt"], "swe": ["sv"], "dan": ["da"], "nob": ["nb", "nn"],
    "cat": ["ca"], "epo": ["eo"], "afr": ["af"], "tur": ["tr"], "aze": ["az"], "ind": ["id"],
    "hye": ["hy"], "kat": ["ka"], "sqi": ["sq"], "isl": ["is"], "gle": ["ga"], "eus": ["eu"],
    "glg": ["gl"], "cym": ["cy"], "mlt": ["mt"], "lat": [],
}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# Case forms CLDR does not list: locative/prepositional (after "in"), accusative, and the
# colloquial Greek names. Month number -> forms.
EXTRA_MONTHS = {
    "pol": ["styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu",
            "wrześniu", "październiku", "listopadzie", "grudniu"],
    "ces": ["lednu", "únoru", "březnu", "dubnu", "květnu", "červnu", "červenci", "srpnu",
            "září", "říjnu", "listopadu", "prosinci"],
    "slk": ["januári", "februári", "marci", "apríli", "máji", "júni", "júli", "auguste",
            "septembri", "októbri", "novembri", "decembri"],
    "rus": ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
            "сентябре", "октябре", "ноябре", "декабре"],
    "ukr": ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні",
            "вересні", "жовтні", "листопаді", "грудні"],
    "bel": ["студзені", "лютым", "сакавіку", "красавіку", "траўні", "чэрвені", "ліпені",
            "жніўні", "верасні", "кастрычніку", "лістападзе", "снежні"],
    "hrv": ["siječnju", "veljači", "ožujku", "travnju", "svibnju", "lipnju", "srpnju",
            "kolovozu", "rujnu", "listopadu", "studenom", "prosincu"],
    "slv": ["januarju", "februarju", "marcu", "aprilu", "maju", "juniju", "juliju", "avgustu",
            "septembru", "oktobru", "novembru", "decembru"],
    "lit": ["sausyje", "vasaryje", "kovą", "balandį", "gegužę", "birželį", "liepą", "rugpjūtį",
            "rugsėjį", "spalį", "lapkritį", "gruodį"],
    "fin": ["tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa",
            "kesäkuussa", "heinäkuussa", "elokuussa", "syyskuussa", "lokakuussa",
            "marraskuussa", "joulukuussa"],
    "ell": ["γενάρης γενάρη", "φλεβάρης φλεβάρη", "μάρτης μάρτη", "απρίλης απρίλη", "μάης μάη",
            "ιούνης ιούνη", "ιούλης ιούλη", "αύγουστο", "σεπτέμβρης σεπτέμβρη",
            "οκτώβρης οκτώβρη", "νοέμβρης νοέμβρη", "δεκέμβρης δεκέμβρη"],
}
# Weekdays in the accusative ("w środę", "в среду", "ve středu"), Monday first.
EXTRA_WEEKDAYS = {
    "pol": ["", "", "środę", "", "", "sobotę", "niedzielę"],
    "rus": ["", "", "среду", "", "пятницу", "субботу", ""],
    "ukr": ["", "", "середу", "", "п’ятницю п'ятницю", "суботу", "неділю"],
    "ces": ["", "", "středu", "", "", "sobotu", "neděli"],
    "slk": ["", "", "stredu", "", "", "sobotu", "nedeľu"],
    "hrv": ["", "", "srijedu", "", "", "subotu", "nedjelju"],
    "slv": ["", "", "sredo", "", "", "soboto", "nedeljo"],
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def forms(*names):
    """Lower-cased names with dots dropped, plus their accent-free spellings."""
    out = []
    for name in names:
        for part in name.lower().replace(".", "").split():
            if len(part) < 2:
                continue
            for f in (part, unicodedata.normalize("NFC", strip_accents(part))):
                if f not in out:
                    out.append(f)
    return out


def greek_accusative(nominative):
    # Masculine month names lose the final sigma in the accusative: Ιανουάριος -> Ιανουάριο.
    return nominative[:-1] if nominative.endswith("ς") else nominative


def numeric_order(pattern):
    """DMY, MDY or YMD and the field separator, from a CLDR short date pattern."""
    seen = "".join(dict.fromkeys(c for c in pattern if c in "dMy"))
    separator = next((c for c in pattern if not c.isalpha() and not c.isspace()), "/")
    return (seen.upper() if len(seen) == 3 else "DMY"), separator


def calendar_rows(dates_dir, lang, locales):
    months = {m: ([], []) for m in range(1, 13)}  # wide, abbreviated
    # Weekdays by full name only: their abbreviations ("Di", "nie", "So") are everyday words.
    days = {d: ([], []) for d in range(1, 8)}
    order = None
    capitalised = []
    for loc in locales:
        path = os.path.join(dates_dir, "main", loc, "ca-gregorian.json")
        greg = json.load(open(path, encoding="utf-8"))["main"][loc]["dates"]["calendars"]["gregorian"]
        for ctx in ("format", "stand-alone"):
            for m in range(1, 13):
                wide = greg["months"][ctx]["wide"][str(m)]
                names = [wide, greek_accusative(wide)] if lang == "ell" else [wide]
                months[m][0].extend(forms(*names))
                months[m][1].extend(forms(greg["months"][ctx]["abbreviated"][str(m)]))
            for i, d in enumerate(WEEKDAYS, 1):
                days[i][0].extend(forms(greg["days"][ctx]["wide"][d]))
        order = order or numeric_order(greg["dateFormats"]["short"])
        if not capitalised:
            # Languages that capitalise the names mid-sentence ("Tuesday", "Τρίτη"): there a
            # lower-case "τρίτη" is the ordinal "third", not the weekday.
            capitalised = [kind for kind, names in (("month", greg["months"]["format"]["wide"]),
                                                   ("weekday", greg["days"]["format"]["wide"]))
                           if all(n[:1].isupper() for n in names.values())]
    for m, extra in enumerate(EXTRA_MONTHS.get(lang, []), 1):
        months[m][0].extend(forms(extra))
    for d, extra in enumerate(EXTRA_WEEKDAYS.get(lang, []), 1):
        days[d][0].extend(forms(extra))
    rows = [f"{lang}\tnumeric\t{order[0]}\t{order[1]}",
            f"{lang}\tcapitalised\t{' '.join(capitalised)}"]
    for kind, table in (("month", months), ("weekday", days)):
        for n, (wide, abbr) in table.items():
            wide = list(dict.fromkeys(wide))
            abbr = [a for a in dict.fromkeys(abbr) if a not in wide]
            rows.append(f"{lang}\t{kind}\t{n}\t{' '.join(wide)}\t{' '.join(abbr)}")
    return rows


def symbol(s):
    # Document normalisation turns no-break spaces into spaces.
    return "space" if s in ("\u00a0", "\u202f", " ") else s


def number_rows(numbers_dir, lang, locales):
    loc = locales[0]
    nums = json.load(open(os.path.join(numbers_dir, "main", loc, "numbers.json"),
                          encoding="utf-8"))["main"][loc]["numbers"]
    sym = nums["symbols-numberSystem-latn"]
    rows = [f"{lang}\tsymbols\t{symbol(sym['decimal'])}\t{symbol(sym['group'])}"]
    scales = {}
    for loc in locales:
        nums = json.load(open(os.path.join(numbers_dir, "main", loc, "numbers.json"),
                              encoding="utf-8"))["main"][loc]["numbers"]
        fmts = nums["decimalFormats-numberSystem-latn"]
        for width in ("long", "short"):
            for key, pattern in fmts[width]["decimalFormat"].items():
                pattern = pattern.replace("\u00a0", " ").replace("\u202f", " ")
                base = key.split("-")[0]
                zeros = pattern.count("0")
                if not base.isdigit() or zeros == 0 or " " not in pattern.strip():
                    continue
                word = pattern.replace("'", "").replace("0", "").strip().lower()
                if len(word.replace(".", "")) < 2:
                    continue
                scale = int(base) // 10 ** (zeros - 1)
                for w in forms(word) if " " not in word else [word]:
                    scales.setdefault(scale, []).append(w)
    for scale, words in sorted(scales.items()):
        rows.append(f"{lang}\tscale\t{scale}\t{' | '.join(dict.fromkeys(words))}")
    return rows


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    dates_dir, numbers_dir, out_dir = sys.argv[1:]
    version = json.load(open(os.path.join(dates_dir, "package.json")))["version"]
    header = [
        f"# Generated by core/data/facts/generate.py from Unicode CLDR {version}",
        "# (npm packages cldr-dates-full / cldr-numbers-full). Do not edit by hand.",
        "# Licence of the data: Unicode License v3 (https://www.unicode.org/license.txt).",
    ]
    cal, num = [], []
    for lang, locales in LOCALES.items():
        if not locales:
            continue
        cal.extend(calendar_rows(dates_dir, lang, locales))
        num.extend(number_rows(numbers_dir, lang, locales))
    with open(os.path.join(out_dir, "calendar.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + [
            "# lang<TAB>numeric<TAB>DMY|MDY|YMD<TAB>separator: numeric dates (CLDR short date format)",
            "# lang<TAB>capitalised<TAB>month weekday: the names the language writes capitalised",
            "# lang<TAB>month|weekday<TAB>number (weekday 1 = Monday)<TAB>full names<TAB>abbreviations",
            "# (weekdays have full names only)",
            "# (full names include case forms CLDR lacks, from the grammar of the language)",
        ] + cal) + "\n")
    with open(os.path.join(out_dir, "numbers.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + [
            "# lang<TAB>symbols<TAB>decimal separator<TAB>group separator",
            "# lang<TAB>scale<TAB>multiplier<TAB>words, ' | ' between them (compact decimal formats)",
        ] + num) + "\n")


if __name__ == "__main__":
    main()
