#!/usr/bin/env python3
"""Generates the calendar, number and relative-time tables of the facts stage from Unicode CLDR.

Usage:
    cd /tmp && npm pack cldr-dates-full@48.2.0 cldr-numbers-full@48.2.0 \
        cldr-units-full@48.2.0 cldr-rbnf@48.2.0
    mkdir dates numbers units rbnf
    for p in dates numbers units; do
        tar xzf cldr-$p-full-48.2.0.tgz -C $p --strip-components 1; done
    tar xzf cldr-rbnf-48.2.0.tgz -C rbnf --strip-components 1
    python3 core/data/facts/generate.py /tmp core/data/facts

Writes `calendar.tsv` (month and weekday names, wide and abbreviated, format and stand-alone
forms, plus their accent-free spellings; the order of numeric dates), `numbers.tsv` (decimal
and grouping symbols; the words for thousand, million, ... from the compact decimal formats;
the cardinal and ordinal number words, spelled out by CLDR's rule-based number formats in every
gender and case they list) and `relative.tsv` (the words for yesterday, today, tomorrow; "last
week", "next month", "this year", "last Tuesday"; the patterns "{0} days ago", "in {0} weeks";
the words for day, week, month, quarter and year in every case and number CLDR's units list).
Every form is lower-cased. Languages are keyed by the ISO 639-3 code that whatlang uses.

CLDR lists the nominative and genitive of month names only; the few other grammatical cases
that news text puts after a preposition ("w styczniu", "τον Οκτώβριο", "в январе") are added
below from the grammar of each language (EXTRA_*), and marked as such in the output.
"""
import json
import math
import os
import re
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

# Case forms CLDR does not list: locative/prepositional (after "in"), instrumental (after
# "before", "under": "przed majem"), accusative, and the colloquial Greek names. Month number ->
# forms.
EXTRA_MONTHS = {
    "pol": ["styczniu styczniem", "lutym", "marcu marcem", "kwietniu kwietniem", "maju majem",
            "czerwcu czerwcem", "lipcu lipcem", "sierpniu sierpniem", "wrześniu wrześniem",
            "październiku październikiem", "listopadzie listopadem", "grudniu grudniem"],
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
    # Weekday abbreviations of three letters or more ("jue", "Τετ"; not "Di", "So"): the reader
    # takes them only right before a day number, since many are everyday words.
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
                short = forms(greg["days"][ctx]["abbreviated"][d])
                days[i][1].extend(f for f in short if len(f) >= 3)
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


# --- Number words: a small evaluator of CLDR's rule-based number formats (RBNF). ---
# A rule set is a list of "base: body" rules; the rule with the largest base not above the
# number spells it: "<<" spells the quotient by the rule's divisor, ">>" the remainder, "=...="
# the number itself, each with the same or a named rule set; "[...]" is left out (or its "|"
# alternative taken) when the remainder is zero; "$(cardinal,one{..}other{..})$" agrees with
# the quotient.

CARDINALS = list(range(1, 32)) + list(range(40, 101, 10))
ORDINALS = list(range(1, 32))


def rbnf_parse(path):
    sets, private, current = {}, set(), None
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        head = re.match(r"^(%%?)([\w-]+):$", line)
        if head:
            current = head.group(2)
            sets.setdefault(current, [])
            if head.group(1) == "%%":
                private.add(current)
            continue
        rule = re.match(r"^(\d+)(?:/(\d+))?(>*):\s?(.*);$", line)
        if rule and current is not None:
            base, radix, lower, body = rule.groups()
            sets[current].append((int(base), int(radix or 10), len(lower), body))
    return sets, private


def rbnf_plural(q, forms):
    if "one" in forms and q == 1:
        return forms["one"]
    if "two" in forms and q == 2:
        return forms["two"]
    if "few" in forms and q % 10 in (2, 3, 4) and q % 100 not in (12, 13, 14):
        return forms["few"]
    return forms.get("many", forms.get("other", ""))


def rbnf_divisor(base, radix, lower):
    exponent = int(math.floor(math.log(base, radix) + 1e-9)) if base > 0 else 0
    return radix ** max(exponent - lower, 0)


def rbnf_spell(sets, name, n, depth=0):
    rules = sets.get(name)
    if not rules or depth > 30:
        raise ValueError(name)
    index = max((i for i, r in enumerate(rules) if r[0] <= n), key=lambda i: rules[i][0])
    base, radix, lower, body = rules[index]
    divisor = rbnf_divisor(base, radix, lower)
    # ICU's roll-back: a rule with a remainder substitution does not spell an exact multiple
    # of its divisor unless its own base is one ("101: cento e >>" leaves 200 to "100").
    if ">" in body and n % divisor == 0 and base % divisor != 0 and index > 0:
        base, radix, lower, body = rules[index - 1]
        divisor = rbnf_divisor(base, radix, lower)
    return rbnf_render(sets, body.lstrip("'"), name, n, divisor, depth)


def rbnf_render(sets, body, name, n, divisor, depth):
    quotient, remainder = divmod(n, divisor)
    out, i = [], 0
    while i < len(body):
        if body[i] == "[":
            end = body.index("]", i)
            present, _, absent = body[i + 1:end].partition("|")
            out.append(rbnf_render(sets, present if remainder else absent, name, n, divisor, depth))
            i = end + 1
        elif body.startswith("$(", i):
            end = body.index(")$", i)
            forms = dict(re.findall(r"(\w+)\{([^}]*)\}", body[i + 2:end]))
            out.append(rbnf_plural(quotient, forms))
            i = end + 2
        elif body[i] in "<>=":
            sub = re.match(r"<<|>>>|>>|==|<([^<]*)<|>([^>]*)>|=([^=]*)=", body[i:])
            if not sub:
                out.append(body[i])
                i += 1
                continue
            ref = sub.group(1) or sub.group(2) or sub.group(3)
            if ref and not ref.startswith("%"):
                raise ValueError("spelled with digits")
            value = {"<": quotient, ">": remainder}.get(sub.group(0)[0], n)
            out.append(rbnf_spell(sets, ref.lstrip("%") if ref else name, value, depth + 1))
            i += len(sub.group(0))
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def number_word_rows(rbnf_dir, lang, locales):
    path = os.path.join(rbnf_dir, "rbnf", f"{locales[0]}-SpelloutRules.txt")
    if not os.path.exists(path):
        return []
    sets, private = rbnf_parse(path)
    rows = []
    for kind, numbers in (("cardinal", CARDINALS), ("ordinal", ORDINALS)):
        names = [s for s in sets if s.startswith("spellout-" + kind) and s not in private]
        for n in numbers:
            words = []
            for name in names:
                try:
                    word = rbnf_spell(sets, name, n).replace("\xad", "").strip().lower()
                except (ValueError, RecursionError):
                    continue
                for form in (word, unicodedata.normalize("NFC", strip_accents(word))):
                    if form and not any(c.isdigit() for c in form) and form not in words:
                        words.append(form)
            if words:
                rows.append(f"{lang}\t{kind}\t{n}\t{' | '.join(words)}")
    return rows


# --- Relative time: CLDR's date fields and duration units. ---
UNITS = ["day", "week", "month", "quarter", "year"]


def phrase(s):
    """A CLDR phrase as the tokenizer reads it: lower case, apostrophes as spaces, no dots."""
    s = re.sub(r"[’'`]", " ", s.lower()).replace(".", " ")
    return " ".join(s.split())


def relative_rows(dates_dir, units_dir, lang, locales):
    rows, unit_words, plural_words = [], {u: [] for u in UNITS}, {u: [] for u in UNITS}
    day_words, periods, weekdays, counts = {}, {}, {}, {}
    for loc in locales:
        path = os.path.join(dates_dir, "main", loc, "dateFields.json")
        fields = json.load(open(path, encoding="utf-8"))["main"][loc]["dates"]["fields"]
        for width in ("", "-short"):
            for unit in UNITS:
                field = fields.get(unit + width, {})
                unit_words[unit].append(phrase(field.get("displayName", "")))
                for offset in range(-2, 3):
                    text = field.get(f"relative-type-{offset}")
                    if not text:
                        continue
                    table = day_words if unit == "day" else periods
                    table.setdefault((unit, offset), []).append(phrase(text))
                # Counted patterns in full words only: the short ones ("hace {0} a") abbreviate
                # units to letters that are words of their own.
                for sign, key in (("ago", "past"), ("in", "future")):
                    patterns = field.get(f"relativeTime-type-{key}", {}) if not width else {}
                    for pattern in patterns.values():
                        counts.setdefault((sign, unit), []).append(phrase(pattern))
            for number, day in enumerate(WEEKDAYS, 1):
                field = fields.get(day + width, {})
                for offset in (-1, 0, 1):
                    text = field.get(f"relative-type-{offset}")
                    if text:
                        weekdays.setdefault((number, offset), []).append(phrase(text))
        units = json.load(open(os.path.join(units_dir, "main", loc, "units.json"),
                               encoding="utf-8"))["main"][loc]["units"]
        for width in ("long", "short"):
            for unit in UNITS:
                for key, pattern in units[width].get(f"duration-{unit}", {}).items():
                    if "count" in key and "{0}" in pattern:
                        words = unit_words if key.endswith("count-one") else plural_words
                        words[unit].append(phrase(pattern.replace("{0}", "")))
    keep = lambda forms: " | ".join(f for f in dict.fromkeys(forms) if f and "{0}" not in f
                                    or f and f.count("{0}") == 1)
    for (unit, offset), forms in sorted(day_words.items(), key=lambda kv: kv[0][1]):
        rows.append(f"{lang}\tday\t{offset}\t{keep(forms)}")
    for (unit, offset), forms in sorted(periods.items()):
        rows.append(f"{lang}\t{unit}\t{offset}\t{keep(forms)}")
    for (number, offset), forms in sorted(weekdays.items()):
        rows.append(f"{lang}\tweekday\t{number}\t{offset}\t{keep(forms)}")
    for (sign, unit), forms in sorted(counts.items()):
        rows.append(f"{lang}\t{sign}\t{unit}\t{keep(forms)}")
    for unit in UNITS:
        singular = [w for w in unit_words[unit] if len(w) > 1 and " " not in w]
        plural = [w for w in plural_words[unit]
                  if len(w) > 1 and " " not in w and w not in singular]
        if singular:
            rows.append(f"{lang}\tunit\t{unit}\t{keep(singular)}")
        if plural:
            rows.append(f"{lang}\tunits\t{unit}\t{keep(plural)}")
    return rows


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    packages, out_dir = sys.argv[1:]
    dates_dir, numbers_dir, units_dir, rbnf_dir = (
        os.path.join(packages, p) for p in ("dates", "numbers", "units", "rbnf"))
    version = json.load(open(os.path.join(dates_dir, "package.json")))["version"]
    header = [
        f"# Generated by core/data/facts/generate.py from Unicode CLDR {version}",
        "# (npm packages cldr-dates-full / cldr-numbers-full / cldr-units-full / cldr-rbnf).",
        "# Do not edit by hand.",
        "# Licence of the data: Unicode License v3 (https://www.unicode.org/license.txt).",
    ]
    cal, num, rel = [], [], []
    for lang, locales in LOCALES.items():
        if not locales:
            continue
        cal.extend(calendar_rows(dates_dir, lang, locales))
        num.extend(number_rows(numbers_dir, lang, locales))
        num.extend(number_word_rows(rbnf_dir, lang, locales))
        rel.extend(relative_rows(dates_dir, units_dir, lang, locales))
    with open(os.path.join(out_dir, "calendar.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + [
            "# lang<TAB>numeric<TAB>DMY|MDY|YMD<TAB>separator: numeric dates (CLDR short date format)",
            "# lang<TAB>capitalised<TAB>month weekday: the names the language writes capitalised",
            "# lang<TAB>month|weekday<TAB>number (weekday 1 = Monday)<TAB>full names<TAB>abbreviations",
            "# (weekday abbreviations of three letters or more only)",
            "# (full names include case forms CLDR lacks, from the grammar of the language)",
        ] + cal) + "\n")
    with open(os.path.join(out_dir, "numbers.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + [
            "# lang<TAB>symbols<TAB>decimal separator<TAB>group separator",
            "# lang<TAB>scale<TAB>multiplier<TAB>words, ' | ' between them (compact decimal formats)",
            "# lang<TAB>cardinal|ordinal<TAB>number<TAB>words, ' | ' between them (RBNF spellout)",
        ] + num) + "\n")
    with open(os.path.join(out_dir, "relative.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + [
            "# lang<TAB>day<TAB>offset in days<TAB>words ('yesterday' is -1)",
            "# lang<TAB>week|month|quarter|year<TAB>offset<TAB>phrases ('last week' is -1)",
            "# lang<TAB>weekday<TAB>1..7 (Monday first)<TAB>offset<TAB>phrases ('last Tuesday')",
            "# lang<TAB>ago|in<TAB>day|week|month|quarter|year<TAB>patterns, {0} the count ('{0} days ago')",
            "# lang<TAB>unit|units<TAB>day|week|month|quarter|year<TAB>the unit's words in every case,",
            "#   singular (unit) and plural (units)",
            "# ' | ' separates forms",
        ] + rel) + "\n")


if __name__ == "__main__":
    main()
