//! Inflected forms of names: "Rosji", "Rosją", "Rosję" are "Rosja"; "Ρωσίας" is "Ρωσία";
//! "Russlands" is "Russland".
//!
//! A lexicon form is stored under its *stems*: the form itself, and the form without its
//! nominative ending (a final vowel, a Greek "-ος/-ας/-ης/-ες", a Latin "-us/-os/-as/-es/-s",
//! or the fleeting "e" of Slavic "-ek/-ec"). A word of the text matches a stem when the rest
//! of the word is one of the case endings of the word's language (the line's language for
//! Latin script, the script's languages for Greek and Cyrillic). Endings are the general case
//! morphology of each language, so no inflected form is listed anywhere, and a derived word
//! ("Russian", "Rosjanie", "Ρώσοι") does not match because its ending is not a case ending.

use super::text::Script;
use crate::lang::Lang;
use std::borrow::Cow;

/// How a lexicon stem relates to its form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StemKind {
    /// The whole form: matches alone or with a case ending.
    Full,
    /// The form without its nominative ending: matches only with a case ending.
    Stripped,
}

/// Nominative endings a stem may drop (folded, so Greek final sigma is "σ").
const NOMINATIVE_ENDINGS: &[&str] = &[
    "οσ", "ασ", "ησ", "εσ", "ον", "us", "os", "as", "es", "is", "a", "e", "i", "o", "u", "y", "s",
    "α", "η", "ο", "ι", "а", "я", "о", "е", "ь", "й", "ы", "и",
];

/// Shortest stem (in letters) of a name that may take an ending: shorter ones match only
/// exactly, so "Mali" never matches "Male". Cue words, a closed list, allow shorter stems
/// ("Rada", "Rady").
pub const MIN_STEM_CHARS: usize = 4;

/// The stems of a folded lexicon form, none shorter than `min_stem` letters.
pub fn stems(form: &str, min_stem: usize) -> Vec<(Cow<'_, str>, StemKind)> {
    let mut out = vec![(Cow::Borrowed(form), StemKind::Full)];
    let letters = form.chars().count();
    if !form.chars().all(super::text::is_letter) || letters <= min_stem {
        return out;
    }
    for ending in NOMINATIVE_ENDINGS {
        if let Some(stem) = form.strip_suffix(ending)
            // An ending is one or two letters: the stem is that many letters shorter.
            && letters - ending.chars().count() >= min_stem
            && !out.iter().any(|(s, _)| s == stem)
        {
            out.push((Cow::Borrowed(stem), StemKind::Stripped));
        }
    }
    // Slavic fleeting e: "Związek" -> "Związku", "Kraniec" -> "Krańca".
    let mut from_end = form.char_indices().rev();
    if let (Some((at, last)), Some((e_at, 'e'))) = (from_end.next(), from_end.next())
        && matches!(last, 'k' | 'c' | 'r' | 'l' | 'n' | 'ц' | 'к')
    {
        out.push((
            Cow::Owned(format!("{}{}", &form[..e_at], &form[at..])),
            StemKind::Stripped,
        ));
    }
    out
}

/// Case endings by language (folded: no diacritics). Languages not listed inflect names
/// only with possessive "'s" (split off by the tokenizer) or not at all.
fn endings_for(lang: Option<&str>, script: Script) -> &'static [&'static str] {
    match script {
        Script::Greek => &[
            "α", "ασ", "η", "ησ", "ο", "ου", "οσ", "ων", "εσ", "ι", "ιου", "ιασ", "εωσ", "ουσ",
        ],
        Script::Cyrillic => &[
            "а", "у", "е", "ы", "и", "о", "ю", "я", "ой", "ей", "ом", "ем", "ам", "ами", "ах",
            "ях", "ию", "ии", "ью", "ою", "ею", "і", "ї", "ії", "ію", "ого", "ому", "ым", "им",
            "ой", "ая", "ую",
        ],
        Script::Latin | Script::Other => match lang {
            Some("pol") => &[
                "a", "e", "i", "o", "u", "y", "ie", "ii", "ji", "em", "om", "ow", "owi", "ach",
                "ami", "ego", "emu", "ej", "ym", "im", "ich", "ych", "imi", "ymi", "iem", "ze",
            ],
            Some("ces" | "slk") => &[
                "a", "e", "i", "o", "u", "y", "ie", "ii", "em", "om", "ou", "ovi", "ach", "ami",
                "ech", "ich", "ych", "im", "ym", "eho", "emu", "ej", "ska", "sku",
            ],
            Some("slv" | "hrv" | "srp" | "bos") => &[
                "a", "e", "i", "o", "u", "om", "em", "ama", "ima", "ih", "ov", "ovi", "iji", "iju",
                "ijo", "ije",
            ],
            // Not "-er": "Berliner", "Schweizer" are derived words, not Berlin or Switzerland.
            Some("deu") => &["s", "es", "n", "en", "ns"],
            Some("nld" | "swe" | "dan" | "nob" | "afr") => &["s"],
            Some("fin") => &[
                "n", "a", "ta", "na", "ssa", "sta", "lla", "lta", "lle", "ksi", "in", "iin", "han",
            ],
            Some("est") => &["s", "st", "sse", "l", "lt", "le", "ks", "ga", "d"],
            Some("hun") => &[
                "ban", "ben", "ba", "be", "bol", "rol", "tol", "nak", "nek", "val", "vel", "ra",
                "re", "hoz", "hez", "on", "en", "n", "t", "ot", "et", "at", "ba",
            ],
            Some("lit") => &[
                "as", "os", "ai", "a", "u", "ui", "oje", "ijos", "ijoje", "ija", "ijai", "e", "ys",
            ],
            Some("lav") => &["as", "a", "u", "ai", "ijas", "ija", "iju", "e", "es"],
            Some("ron") => &["ul", "ului", "ei", "ii", "lui", "a", "i"],
            _ => &[],
        },
    }
}

/// Every way to read `word` (folded) as stem + case ending of `lang`/`script`, the bare word
/// first. Each item is the stem and whether an ending was removed.
pub fn splits<'w>(
    word: &'w str,
    lang: Option<Lang>,
    script: Script,
) -> impl Iterator<Item = (&'w str, bool)> + 'w {
    let endings = endings_for(lang.map(Lang::code), script);
    std::iter::once((word, false)).chain(endings.iter().filter_map(move |ending| {
        let stem = word.strip_suffix(ending)?;
        (!stem.is_empty()).then_some((stem, true))
    }))
}

/// Like [`splits`], for personal names: German names take only the genitive "-s" ("Merkels"),
/// not the plural and weak-noun endings of its common nouns ("Truppen" is no "Trupp").
pub fn name_splits<'w>(
    word: &'w str,
    lang: Option<Lang>,
    script: Script,
) -> impl Iterator<Item = (&'w str, bool)> + 'w {
    let genitive_only = lang.is_some_and(|l| l.code() == "deu") && script == Script::Latin;
    splits(word, lang, script).filter(move |&(stem, ended)| {
        !genitive_only || !ended || (stem.len() + 1 == word.len() && word.ends_with('s'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Option<Lang> {
        Lang::from_code(code)
    }

    /// True when `word` reads as one of the stems of `form` plus an ending.
    fn matches(form: &str, word: &str, language: Option<Lang>, script: Script) -> bool {
        let stems = stems(form, MIN_STEM_CHARS);
        splits(word, language, script).any(|(stem, ended)| {
            stems.iter().any(|(s, kind)| {
                s == stem
                    && match kind {
                        StemKind::Full => !ended || stem.chars().count() >= MIN_STEM_CHARS,
                        StemKind::Stripped => ended,
                    }
            })
        })
    }

    #[test]
    fn polish_cases_of_a_country() {
        for word in ["rosji", "rosja", "rosje"] {
            assert!(matches("rosja", word, lang("pol"), Script::Latin), "{word}");
        }
        assert!(matches(
            "waszyngton",
            "waszyngtonu",
            lang("pol"),
            Script::Latin
        ));
        assert!(!matches("rosja", "rosjanie", lang("pol"), Script::Latin));
    }

    #[test]
    fn greek_genitives() {
        assert!(matches("ρωσια", "ρωσιασ", None, Script::Greek));
        assert!(matches("βρυξελλεσ", "βρυξελλων", None, Script::Greek));
        assert!(matches("οργανισμοσ", "οργανισμου", None, Script::Greek));
        assert!(!matches("ουκρανια", "ουκρανοσ", None, Script::Greek));
    }

    #[test]
    fn german_genitive_and_no_english_demonym() {
        assert!(matches("russland", "russlands", lang("deu"), Script::Latin));
        assert!(!matches("russia", "russian", lang("eng"), Script::Latin));
    }

    #[test]
    fn slavic_fleeting_e() {
        assert!(matches("zwiazek", "zwiazku", lang("pol"), Script::Latin));
    }

    #[test]
    fn russian_cyrillic_cases() {
        assert!(matches("россия", "россии", lang("rus"), Script::Cyrillic));
        assert!(matches("москва", "москве", None, Script::Cyrillic));
    }

    #[test]
    fn german_names_take_only_the_genitive() {
        let stems: Vec<&str> = name_splits("truppen", lang("deu"), Script::Latin)
            .map(|(s, _)| s)
            .collect();
        assert_eq!(stems, ["truppen"]);
        assert!(name_splits("merkels", lang("deu"), Script::Latin).any(|(s, _)| s == "merkel"));
    }

    #[test]
    fn short_forms_match_only_exactly() {
        assert!(!matches("mali", "male", lang("pol"), Script::Latin));
        assert!(matches("mali", "mali", lang("pol"), Script::Latin));
    }
}
