//! Greek and Cyrillic names in Latin letters, the way newsrooms write them.
//!
//! Greek follows ELOT 743 as news agencies apply it to names: ΜΠ is "b" at the start of a word
//! and "mb" inside it, ΝΤ "d" at the start and "nt" inside ("Antonis"), ΓΚ "g" (the press
//! writes "Stoltenberg", not "Stoltenbergk"), ΓΓ "ng", ΟΥ "ou", ΑΥ/ΕΥ "av"/"ev" before a voiced
//! sound and "af"/"ef" before a voiceless one. Cyrillic follows the BGN/PCGN style of the
//! English-language press; Ukrainian words (with і, ї, є, ґ, or on a Ukrainian line) follow
//! Ukraine's national system (и = "y", ї/є/ю/я = "i/ie/iu/ia" inside a word: "Kyiv",
//! "Oleksii"); adjectival "-ий/-ый" is "-y" as the press writes it ("Zelensky", "Dmitry").

/// Transliterates `text` into Latin letters; Latin text and other characters pass through.
/// Each word keeps the capitalisation of its first letter; the rest is lower case, so
/// "ΟΑΣΕ" gives "Oase" and "Στόλτενμπεργκ" gives "Stoltenmberg".
pub fn to_latin(text: &str, ukrainian: bool) -> String {
    if !text.chars().any(|c| is_greek(c) || is_cyrillic(c)) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let ukrainian = ukrainian
        || chars
            .iter()
            .any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ'));
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    let mut word_start = true;
    while i < chars.len() {
        let c = chars[i];
        let start_len = out.len();
        let consumed = if is_greek(c) {
            greek(&chars, i, word_start, &mut out)
        } else if is_cyrillic(c) {
            cyrillic(&chars, i, word_start, ukrainian, &mut out)
        } else {
            out.push(c);
            1
        };
        if out.len() > start_len && (is_greek(c) || is_cyrillic(c)) {
            // First letter of the word capitalised as in the source, the rest lower case.
            let piece: String = out[start_len..].to_string();
            out.truncate(start_len);
            let capital = word_start && c.is_uppercase();
            for (k, p) in piece.chars().enumerate() {
                if k == 0 && capital {
                    out.extend(p.to_uppercase());
                } else {
                    out.extend(p.to_lowercase());
                }
            }
        }
        word_start = !chars[i + consumed - 1].is_alphabetic();
        i += consumed;
    }
    out
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// The Greek letter without accents or breathings, in lower case.
fn greek_base(c: char) -> char {
    match super::text::fold_char(c) {
        'ς' => 'σ',
        other => other,
    }
}

fn greek(chars: &[char], i: usize, word_start: bool, out: &mut String) -> usize {
    let c = greek_base(chars[i]);
    let next = chars.get(i + 1).map(|&n| greek_base(n));
    let after = chars.get(i + 2).map(|&n| greek_base(n));
    // Accented second letter of a diphthong ("ΐ", "ϊ") breaks it: "Ευρωπαϊκή" is "Evropaiki".
    let next_has_diaeresis = chars
        .get(i + 1)
        .is_some_and(|&n| matches!(n, 'ϊ' | 'ϋ' | 'ΐ' | 'ΰ' | 'Ϊ' | 'Ϋ'));
    match (c, next) {
        ('μ', Some('π')) => {
            out.push_str(if word_start { "b" } else { "mb" });
            2
        }
        ('ν', Some('τ')) => {
            out.push_str(if word_start { "d" } else { "nt" });
            2
        }
        ('γ', Some('κ')) => {
            out.push('g');
            2
        }
        ('γ', Some('γ')) => {
            out.push_str("ng");
            2
        }
        ('γ', Some('ξ')) => {
            out.push_str("nx");
            2
        }
        ('γ', Some('χ')) => {
            out.push_str("nch");
            2
        }
        ('ο', Some('υ')) if !next_has_diaeresis => {
            out.push_str("ou");
            2
        }
        ('α' | 'ε' | 'η', Some('υ')) if !next_has_diaeresis => {
            out.push(match c {
                'α' => 'a',
                'ε' => 'e',
                _ => 'i',
            });
            let voiceless = after.is_none_or(|a| {
                matches!(a, 'θ' | 'κ' | 'ξ' | 'π' | 'σ' | 'τ' | 'φ' | 'χ' | 'ψ')
                    || !a.is_alphabetic()
            });
            out.push(if voiceless { 'f' } else { 'v' });
            2
        }
        _ => {
            out.push_str(match c {
                'α' => "a",
                'β' => "v",
                'γ' => "g",
                'δ' => "d",
                'ε' => "e",
                'ζ' => "z",
                'η' => "i",
                'θ' => "th",
                'ι' => "i",
                'κ' => "k",
                'λ' => "l",
                'μ' => "m",
                'ν' => "n",
                'ξ' => "x",
                'ο' => "o",
                'π' => "p",
                'ρ' => "r",
                'σ' => "s",
                'τ' => "t",
                'υ' => "y",
                'φ' => "f",
                'χ' => "ch",
                'ψ' => "ps",
                'ω' => "o",
                _ => "",
            });
            1
        }
    }
}

fn cyrillic(
    chars: &[char],
    i: usize,
    word_start: bool,
    ukrainian: bool,
    out: &mut String,
) -> usize {
    let lower: char = chars[i].to_lowercase().next().unwrap_or(chars[i]);
    let next = chars.get(i + 1).and_then(|n| n.to_lowercase().next());
    let at_end = chars.get(i + 2).is_none_or(|a| !a.is_alphabetic());
    // Adjectival endings of surnames and given names: "-ий", "-ый" are "-y".
    if matches!((lower, next), ('и' | 'ы', Some('й'))) && at_end && !word_start {
        out.push('y');
        return 2;
    }
    let after_vowel = i > 0
        && chars[i - 1]
            .to_lowercase()
            .next()
            .is_some_and(|p| "аеёиоуыэюяіїєъь".contains(p));
    out.push_str(match lower {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' if ukrainian => "h",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' if !ukrainian && (word_start || after_vowel) => "ye",
        'е' => "e",
        'є' if word_start => "ye",
        'є' => "ie",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' if ukrainian => "y",
        'и' => "i",
        'і' => "i",
        'ї' if word_start => "yi",
        'ї' => "i",
        'й' if ukrainian && !word_start => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' if ukrainian && !word_start => "iu",
        'ю' => "yu",
        'я' if ukrainian && !word_start => "ia",
        'я' => "ya",
        // Serbian and Macedonian letters.
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        _ => "",
    });
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greek_newsroom_digraphs() {
        assert_eq!(to_latin("Ντμίτρο Κουλέμπα", false), "Dmitro Koulemba");
        assert_eq!(to_latin("Μπορέλ", false), "Borel");
        assert_eq!(to_latin("Γκάζπρομ", false), "Gazprom");
        assert_eq!(
            to_latin("Κυριάκος Μητσοτάκης", false),
            "Kyriakos Mitsotakis"
        );
    }

    #[test]
    fn greek_av_ev_before_voiced_and_voiceless() {
        assert_eq!(to_latin("Ευρώπη", false), "Evropi");
        assert_eq!(to_latin("Ευθύμιος", false), "Efthymios");
        assert_eq!(to_latin("Ευρωπαϊκή", false), "Evropaiki");
    }

    #[test]
    fn russian_and_ukrainian_cyrillic() {
        assert_eq!(to_latin("Сергей Рябков", false), "Sergey Ryabkov");
        assert_eq!(to_latin("Дмитрий Песков", false), "Dmitry Peskov");
        assert_eq!(to_latin("Володимир Зеленський", true), "Volodymyr Zelensky");
        assert_eq!(to_latin("Олексій", true), "Oleksii");
        assert_eq!(to_latin("Київ", false), "Kyiv");
    }

    #[test]
    fn latin_passes_through_and_junk_is_safe() {
        assert_eq!(to_latin("Jens Stoltenberg", false), "Jens Stoltenberg");
        assert_eq!(to_latin("", false), "");
        assert_eq!(to_latin("\u{0301}Ϊ-ъ", false), "\u{0301}I-");
    }
}
