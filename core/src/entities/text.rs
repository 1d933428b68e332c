//! Words of a line as the entity matchers see them: byte spans into the document, a folded
//! form (lower case, no diacritics) for lexicon look-ups, the shape of the word (capitalised,
//! upper case, an initial) and what separates it from the word before.
//!
//! Folding makes "BRUXELLES", "Bruxelles", "Ρωσίας" and "ρωσιας" the same key; the shape keeps
//! what folding throws away, because a name starts with a capital and an acronym is written in
//! capitals.

use std::sync::LazyLock;

/// Letter pairs (letter, folded letter), sorted for binary search.
static FOLD: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let mut pairs: Vec<(char, char)> = include_str!("../../data/entities/fold.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut chars = l.chars();
            Some((chars.next()?, chars.next()?))
        })
        .collect();
    pairs.sort_unstable();
    pairs
});

/// One letter folded for matching: lower case without diacritics, final sigma as sigma.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match FOLD.binary_search_by_key(&c, |&(from, _)| from) {
        Ok(i) => FOLD[i].1,
        Err(_) => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Folds a whole string (used when lexicons are loaded and for keys built from names).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The writing system of a word, as far as the matchers care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// Latin letters (or digits only).
    Latin,
    /// Greek letters.
    Greek,
    /// Cyrillic letters.
    Cyrillic,
    /// Anything else.
    Other,
}

/// The script of a letter.
pub fn script_of(c: char) -> Script {
    match c {
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        c if c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) => Script::Latin,
        '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        _ => Script::Other,
    }
}

/// How a word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a capital and has lower-case letters ("Stoltenberg", "McCain").
    Title,
    /// Two or more letters, all capitals ("NATO", "ΟΑΣΕ").
    Upper,
    /// One capital letter ("R" in "Wendy R. Sherman").
    Initial,
    /// Starts with a digit ("G7" starts with a letter and is Upper).
    Digit,
}

/// What stands between a word and the word before it on the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The word starts the line.
    Start,
    /// Only spaces.
    Space,
    /// A hyphen or dash glued to both words ("NATO-Russia").
    Hyphen,
    /// An apostrophe ("dell'Ucraina", "Russia's").
    Apostrophe,
    /// The full stop of an initial or abbreviation ("R. Sherman", "U.S.").
    Abbreviation,
    /// A full stop (and spaces) after a longer word: a sentence ends, or an abbreviated form of
    /// address stands before ("Dr. Meier", "κ. Δραγασάκης"); the cue lexicon tells which.
    Stop,
    /// A comma.
    Comma,
    /// Anything else: sentence ends, brackets, quotes, colons, dashes between spaces.
    Break,
}

/// One word of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte in the document text.
    pub start: usize,
    /// One past the last byte in the document text.
    pub end: usize,
    /// Byte range of the folded form in [`Words::folded`].
    pub folded_start: usize,
    /// End of the folded form in [`Words::folded`].
    pub folded_end: usize,
    /// How the word is written.
    pub shape: Shape,
    /// The script of its first letter.
    pub script: Script,
    /// What separates it from the previous word.
    pub gap: Gap,
    /// The word starts the line, or follows a full stop, question or exclamation mark, colon,
    /// ellipsis or opening quote: a capital there says nothing about a name.
    pub sentence_start: bool,
}

/// The words of one line with their folded forms.
#[derive(Debug, Default)]
pub struct Words {
    /// The folded forms, concatenated.
    pub folded: String,
    /// The words in order.
    pub tokens: Vec<Token>,
}

impl Words {
    /// The folded form of token `i`.
    pub fn key(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.folded[t.folded_start..t.folded_end]
    }
}

/// `char::is_alphabetic` with the letters of the Latin, Greek and Cyrillic blocks that news
/// uses decided without the Unicode tables (the lexicons have some 150,000 forms to read
/// when they are built, and every word of the text goes through here).
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' | '×' | '÷' => false,
        // Latin-1 letters and Latin Extended-A and -B.
        'À'..='ɏ' => true,
        // Greek letters with and without tonos, capital and small.
        'Ά' | 'Έ'..='Ί' | 'Ό' | 'Ύ'..='ώ' => c != '\u{03A2}',
        // Cyrillic.
        'Ѐ'..='ҁ' => true,
        _ => c.is_alphabetic(),
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // Most text and lexicon letters are ASCII: skip the Unicode tables for them.
        return c.is_ascii_alphanumeric();
    }
    is_letter(c) || c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// True for a hyphen that joins two words.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Splits `line` (which starts at byte `offset` of the document) into words.
///
/// An apostrophe joins two parts only when both start with a capital ("O'Brien", "D'Alema");
/// otherwise it separates an elided article ("l'Ucraina"), a possessive ("Russia's") or a
/// Turkish case ending ("Rusya'nın") from the name.
pub fn words(line: &str, offset: usize) -> Words {
    let mut out = Words {
        folded: String::with_capacity(line.len()),
        tokens: Vec::new(),
    };
    let mut chars = line.char_indices().peekable();
    let mut gap_text_has = GapSeen::default();
    while let Some(&(i, c)) = chars.peek() {
        if !is_word_char(c) {
            gap_text_has.see(c);
            chars.next();
            continue;
        }
        let start = i;
        let mut end = i;
        let folded_start = out.folded.len();
        let (mut uppers, mut lowers, mut letters) = (0usize, 0usize, 0usize);
        let first = c;
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                if d.is_ascii() {
                    uppers += usize::from(d.is_ascii_uppercase());
                    lowers += usize::from(d.is_ascii_lowercase());
                    letters += usize::from(d.is_ascii_alphabetic());
                } else {
                    if d.is_uppercase() {
                        uppers += 1;
                    } else if d.is_lowercase() {
                        lowers += 1;
                    }
                    letters += usize::from(is_letter(d));
                }
                out.folded.push(fold_char(d));
                end = j + d.len_utf8();
                chars.next();
            } else if is_apostrophe(d) && first.is_uppercase() && joins_after_apostrophe(line, j) {
                out.folded.push('\'');
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let shape = if first.is_numeric() {
            Shape::Digit
        } else if first.is_lowercase() {
            Shape::Lower
        } else if letters == 1 && uppers == 1 {
            Shape::Initial
        } else if lowers == 0 && uppers >= 2 {
            Shape::Upper
        } else if first.is_uppercase() || first.is_alphabetic() {
            Shape::Title
        } else {
            Shape::Lower
        };
        let gap = if out.tokens.is_empty() {
            Gap::Start
        } else {
            gap_text_has.gap(out.tokens.last().map(|t: &Token| t.shape))
        };
        out.tokens.push(Token {
            start: offset + start,
            end: offset + end,
            folded_start,
            folded_end: out.folded.len(),
            shape,
            script: script_of(first),
            gap,
            sentence_start: gap == Gap::Start
                || (gap_text_has.sentence_end && gap != Gap::Abbreviation),
        });
        gap_text_has = GapSeen::default();
    }
    out
}

/// True when the apostrophe at byte `at` of `line` is followed by a capital letter (and so
/// joins "O'" and "Brien").
fn joins_after_apostrophe(line: &str, at: usize) -> bool {
    let mut rest = line[at..].chars().skip(1);
    rest.next().is_some_and(|c| c.is_uppercase())
}

/// What the characters between two words contained.
#[derive(Default)]
struct GapSeen {
    space: bool,
    hyphen: bool,
    apostrophe: bool,
    period: bool,
    comma: bool,
    other: bool,
    sentence_end: bool,
}

impl GapSeen {
    fn see(&mut self, c: char) {
        match c {
            c if c.is_whitespace() => self.space = true,
            c if is_hyphen(c) => self.hyphen = true,
            c if is_apostrophe(c) => self.apostrophe = true,
            '.' => self.period = true,
            ',' => self.comma = true,
            _ => self.other = true,
        }
        self.sentence_end |= matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | '…'
                | '«'
                | '»'
                | '"'
                | '“'
                | '”'
                | '„'
                | '‘'
                | '¿'
                | '¡'
                | '•'
        );
    }

    fn gap(&self, previous: Option<Shape>) -> Gap {
        if self.other {
            Gap::Break
        } else if self.comma {
            Gap::Comma
        } else if self.period {
            // "R. Sherman", "U.S." : the stop of an initial; otherwise a sentence ends.
            if self.hyphen {
                Gap::Break
            } else if previous == Some(Shape::Initial) {
                Gap::Abbreviation
            } else {
                Gap::Stop
            }
        } else if self.hyphen && self.space {
            // "Rosja – powiedział": a dash between spaces separates clauses.
            Gap::Break
        } else if self.hyphen {
            Gap::Hyphen
        } else if self.apostrophe {
            Gap::Apostrophe
        } else {
            Gap::Space
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(line: &str) -> Vec<String> {
        let w = words(line, 0);
        (0..w.tokens.len()).map(|i| w.key(i).to_string()).collect()
    }

    #[test]
    fn folding_drops_case_and_diacritics_in_every_script() {
        assert_eq!(fold("BRUXELLES"), "bruxelles");
        assert_eq!(fold("Ρωσίας"), "ρωσιασ");
        assert_eq!(fold("Rosją"), "rosja");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Россию"), "россию");
    }

    #[test]
    fn elisions_possessives_and_case_endings_split_off() {
        assert_eq!(keys("dell'Ucraina"), ["dell", "ucraina"]);
        assert_eq!(keys("Russia’s border"), ["russia", "s", "border"]);
        assert_eq!(keys("Rusya'nın"), ["rusya", "nin"]);
        assert_eq!(keys("O'Brien"), ["o'brien"]);
    }

    #[test]
    fn shapes_and_gaps() {
        let w = words("Wendy R. Sherman, NATO-Russia (x) Dr. Who", 0);
        let shapes: Vec<_> = w.tokens.iter().map(|t| t.shape).collect();
        assert_eq!(
            shapes,
            [
                Shape::Title,
                Shape::Initial,
                Shape::Title,
                Shape::Upper,
                Shape::Title,
                Shape::Lower,
                Shape::Title,
                Shape::Title
            ]
        );
        let gaps: Vec<_> = w.tokens.iter().map(|t| t.gap).collect();
        assert_eq!(
            gaps,
            [
                Gap::Start,
                Gap::Space,
                Gap::Abbreviation,
                Gap::Comma,
                Gap::Hyphen,
                Gap::Break,
                Gap::Break,
                Gap::Stop
            ]
        );
    }

    #[test]
    fn offsets_are_document_bytes() {
        let w = words("Η Μόσχα", 10);
        let t = w.tokens[1];
        assert_eq!((t.start, t.end), (10 + "Η ".len(), 10 + "Η Μόσχα".len()));
        assert_eq!(t.script, Script::Greek);
    }

    #[test]
    fn junk_and_empty_lines_do_not_panic() {
        assert!(words("", 0).tokens.is_empty());
        let w = words("\u{0301}\u{200D}’'-- ..\u{FFFD}x", 0);
        assert_eq!(w.tokens.len(), 2);
    }

    #[test]
    fn is_letter_agrees_with_unicode_on_every_char_it_decides_fast() {
        for c in ('\0'..='\u{0530}').chain(['ß', 'ÿ', 'ς', 'ё', '1', '٣', '中', '\u{0301}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }
}
