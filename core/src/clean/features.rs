//! Per-line measurements: what the rules of the other files read about one line.
//!
//! Takes the document and its blocks and returns one [`Line`] per non-blank line, in order:
//! its size (characters and words, with ideographic scripts weighted so that a Chinese
//! sentence weighs what its translation would), whether it ends a sentence, whether the page
//! set it apart as a block of its own, whether it is program code or a runtime's error
//! message, the [`Cue`] it carries, and a key that equal lines
//! share (to find repeats). Everything later works on this compact list, so "the previous
//! line" always means the previous non-blank one.

use super::cues::{self, Cue};
use crate::document::Document;
use crate::layout::Block;
use regex::Regex;
use std::sync::LazyLock;

/// FNV-1a constants: the line key is a cheap hash of its folded letters and digits.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Function words longer than this (bytes) are not looked up: there are none.
const FUNCTION_WORD_BYTES: usize = 24;

/// What the rules know about one non-blank line.
#[derive(Clone, Debug)]
pub(super) struct Line {
    /// Index into [`Document::lines`].
    pub index: usize,
    /// Size in characters, ideographic and syllabic characters counted three times.
    pub weight: usize,
    /// Words (runs between white space; ideographic text counts a word per two characters).
    pub words: usize,
    /// True when the line ends with a sentence's closing punctuation.
    pub sentence_end: bool,
    /// True when the line is the only line of its block (set apart by blank lines).
    pub alone: bool,
    /// The page-furniture cue the line carries.
    pub cue: Option<Cue>,
    /// Equal for lines with the same letters and digits, case folded.
    pub key: u64,
    /// True when the first letter is upper case (or the script has no case).
    pub capitalised: bool,
    /// How many of its words are function words ("the", "und", "de"): running text has many,
    /// menus and titles few.
    pub function_words: usize,
    /// True when the line has no letter at all ("1.", "(0)", "•", "12:30").
    pub letterless: bool,
    /// True when the line reads as program code ("x = f(y)", "import os", "{ … }").
    pub code: bool,
    /// True when the line ends with a colon: it announces what follows ("Er sagte:").
    pub announces: bool,
    /// True when the line is a message of the server's software rather than of the page
    /// ("Warning: … in /var/www/index.php on line 12", a stack trace's frame).
    pub diagnostic: bool,
    /// True when the line opens as the author's biography ("Jane Doe is a reporter at …").
    pub author_bio: bool,
}

/// A repeated line needs at least this many words to count as a repeat rather than a menu
/// word that pages print twice.
pub(super) const REPEAT_MIN_WORDS: usize = 3;

/// Words of a sentence that introduces what follows it.
const INTRO_WORDS: usize = 6;
/// Words a line needs before its share of function words tells running text from a title.
const RUNNING_TEXT_WORDS: usize = 6;
/// The share of function words of running text (a fifth; titles and menus have fewer).
const RUNNING_TEXT_SHARE: usize = 5;

impl Line {
    /// True for words that run as text does: enough of them, and enough function words among
    /// them, whether or not the line ends a sentence (a list item, a wrapped line).
    pub fn is_running_text(&self) -> bool {
        self.words >= RUNNING_TEXT_WORDS && self.function_words * RUNNING_TEXT_SHARE >= self.words
    }

    /// True for a sentence that introduces what follows it: running text ending with a colon
    /// ("Damals hatte ich mich kurz gefasst:", "The minister said in a statement:"), however
    /// short; a label with a colon ("Adresse:", "Tags:") has too few words.
    pub fn introduces(&self) -> bool {
        self.announces && self.words >= INTRO_WORDS && (self.is_prose() || self.is_running_text())
    }

    /// True for a paragraph of running text: long, or of some length and ending a sentence.
    pub fn is_prose(&self) -> bool {
        self.weight >= 150 || (self.weight >= 80 && self.sentence_end)
    }
}

/// Characters of scripts written without spaces or with dense syllables.
fn is_dense_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' // Han
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{0E00}'..='\u{0E7F}' // Thai
    )
}

/// What [`measure_line`] needs to know of a non-ASCII character. Unicode table lookups are
/// slow and a text uses a few dozen distinct letters, so the answers are cached.
#[derive(Clone, Copy)]
struct CharInfo {
    c: char,
    /// The lower-case form when it is one character (else the character itself).
    lower: char,
    alphanumeric: bool,
    dense: bool,
}

/// A direct-mapped cache of [`CharInfo`], indexed by the low bits of the code point.
struct CharCache([CharInfo; 256]);

impl CharCache {
    fn new() -> Self {
        CharCache(
            [CharInfo {
                c: '\0',
                lower: '\0',
                alphanumeric: false,
                dense: false,
            }; 256],
        )
    }

    fn get(&mut self, c: char) -> CharInfo {
        let slot = &mut self.0[(u32::from(c) & 0xFF) as usize];
        if slot.c != c {
            let mut lower = c.to_lowercase();
            *slot = CharInfo {
                c,
                lower: match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                },
                alphanumeric: c.is_alphanumeric(),
                dense: is_dense_script(c),
            };
        }
        *slot
    }
}

/// Measures every non-blank line of the document. `blocks` only tell which lines stand alone.
pub(super) fn measure(doc: &Document, blocks: &[Block]) -> Vec<Line> {
    let mut alone = vec![false; doc.lines().len()];
    for block in blocks.iter().filter(|b| b.len() == 1) {
        if let Some(flag) = alone.get_mut(block.lines.start) {
            *flag = true;
        }
    }
    let mut cache = CharCache::new();
    doc.lines()
        .iter()
        .enumerate()
        .filter(|(_, line)| !line.is_blank())
        .map(|(index, _)| measure_line(doc.line_text(index), index, alone[index], &mut cache))
        .collect()
}

fn measure_line(text: &str, index: usize, alone: bool, cache: &mut CharCache) -> Line {
    let mut chars = 0;
    let mut dense = 0;
    // FNV-1a over the case-folded letters and digits: cheap enough for a line of megabytes.
    let mut key: u64 = FNV_OFFSET;
    let mut fold = |c: char| {
        key ^= u64::from(u32::from(c));
        key = key.wrapping_mul(FNV_PRIME);
    };
    for c in text.chars() {
        chars += 1;
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                fold(c.to_ascii_lowercase());
            }
            continue;
        }
        let info = cache.get(c);
        if info.dense {
            dense += 1;
        }
        if info.alphanumeric {
            fold(info.lower);
        }
    }
    let words = cues::word_count(text).max(dense / 2);
    let first_letter = text.chars().find(|c| c.is_alphabetic());
    let capitalised = first_letter.is_some_and(|c| c.is_uppercase() || !c.is_lowercase());
    Line {
        index,
        weight: chars + 2 * dense,
        words,
        sentence_end: cues::ends_sentence(text),
        alone,
        cue: cues::detect(text, words),
        key,
        capitalised,
        function_words: function_words(text),
        letterless: first_letter.is_none(),
        code: looks_like_code(text),
        announces: text.trim_end().ends_with(':'),
        diagnostic: is_diagnostic(text),
        author_bio: cues::author_bio(text),
    }
}

/// Marks of program code that prose and page furniture do not use.
const CODE_MARKS: &[&str] = &[
    " = ", "==", "!=", "()", "{", "}", "=>", "->", "::", "();", "[]", "&&", "||", "</", "/>",
];

/// Keywords that open a line of program code and, written in lower case as code writes
/// them, no line of prose in any language ("import os", "from bs4 import BeautifulSoup",
/// "def main():", "#include <stdio.h>", "pip install requests").
const CODE_OPENERS: &[&str] = &[
    "import ",
    "from ",
    "def ",
    "#include",
    "#define",
    "print(",
    "pub fn ",
    "func ",
    "sudo ",
    "pip install",
    "npm install",
    "git clone",
];

/// True when the line reads as program code: it carries a mark of code ("a = b", "f()",
/// "{", "->"), opens with a keyword of code written in lower case ("import os" — "from"
/// only with an "import" after it), or is a comment or shell line ("# setup", "$ make").
fn looks_like_code(text: &str) -> bool {
    let probe = cues::head(text, CODE_PROBE_BYTES);
    let trimmed = probe.trim_start();
    let opener = CODE_OPENERS
        .iter()
        .find(|opener| trimmed.starts_with(**opener))
        .is_some_and(|&opener| opener != "from " || trimmed.contains(" import "));
    CODE_MARKS.iter().any(|mark| probe.contains(mark))
        || opener
        || probe.starts_with("$ ")
        || probe.starts_with("# ")
        || probe.starts_with("// ")
}

/// How many bytes of a line are searched for marks of code.
const CODE_PROBE_BYTES: usize = 200;

/// How many bytes of a line are searched for a diagnostic (they name the file near the end
/// of a long message).
const DIAGNOSTIC_PROBE_BYTES: usize = 600;

/// A runtime's error or warning that leaked into the page: a severity label and a place in a
/// source file (a path, its line) ("Warning: Undefined variable $x in /srv/www/page.php on line 12",
/// "Deprecated: … in C:\\site\\index.php:40"), or a stack trace ("Traceback (most recent call
/// last):", "File \"/app/main.py\", line 3", "at Foo.bar(Foo.java:12)"). Runtimes write these
/// in English whatever the page's language.
static DIAGNOSTIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)^(?:php |\[[^\]]*\] )?(?:warning|notice|deprecated|strict standards|(?:catchable |parse |fatal )?error|exception)\s*:.*[/\\][^\s/\\]+\.[a-z0-9]{1,5}(?: on line |:)[0-9]+|^traceback \(most recent call last\)|^\s*file "[^"]+", line [0-9]+|^\s*at [\w$.<>]+\([\w$-]+\.[a-z]{1,5}:[0-9]+\)"#,
    )
    .expect("valid regex")
});

/// The first words of the messages [`DIAGNOSTIC`] reads: lines opening otherwise are not
/// searched at all (the search costs more than the rest of a line's measuring).
const DIAGNOSTIC_OPENERS: &[&str] = &[
    "php",
    "warning",
    "notice",
    "deprecated",
    "strict",
    "catchable",
    "parse",
    "fatal",
    "error",
    "exception",
    "traceback",
    "file",
    "at",
];

/// True when the line is a runtime's error or warning message.
fn is_diagnostic(text: &str) -> bool {
    let trimmed = text.trim_start();
    let first_word = trimmed
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let opens = trimmed.starts_with('[')
        || DIAGNOSTIC_OPENERS
            .iter()
            .any(|opener| first_word.eq_ignore_ascii_case(opener));
    opens && DIAGNOSTIC.is_match(cues::head(text, DIAGNOSTIC_PROBE_BYTES))
}

/// How many words of `text` are function words of one language, the language with the most.
/// (Counting the words of any language would count content words of one language that are
/// function words of another.) Words are compared lower case, without the punctuation around
/// them; each is folded in a small buffer, so a line costs no allocation.
fn function_words(text: &str) -> usize {
    let mut buffer = [0u8; FUNCTION_WORD_BYTES];
    let mut per_language = [0u16; 128];
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() || word.len() > FUNCTION_WORD_BYTES {
            continue;
        }
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let width = c.len_utf8();
            if len + width > FUNCTION_WORD_BYTES {
                len = 0;
                break;
            }
            c.encode_utf8(&mut buffer[len..len + width]);
            len += width;
        }
        let Some(languages) = std::str::from_utf8(&buffer[..len])
            .ok()
            .and_then(crate::lang::function_word_languages)
        else {
            continue;
        };
        let mut bits = languages;
        while bits != 0 {
            let count = &mut per_language[bits.trailing_zeros() as usize];
            *count = count.saturating_add(1);
            bits &= bits - 1;
        }
    }
    usize::from(per_language.into_iter().max().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout;

    fn lines(text: &str) -> Vec<Line> {
        let doc = Document::parse(text);
        measure(&doc, &layout::blocks(&doc))
    }

    #[test]
    fn one_entry_per_non_blank_line_with_document_indices() {
        let found = lines("a\n\nb\nc\n");
        let indices: Vec<_> = found.iter().map(|l| l.index).collect();
        assert_eq!(indices, [0, 2, 3]);
        assert!(found[0].alone);
        assert!(!found[1].alone);
    }

    #[test]
    fn ideographs_weigh_more() {
        let found = lines("北约秘书长斯托尔滕贝格表示");
        assert_eq!(found[0].weight, 13 * 3);
        assert!(found[0].words >= 6);
    }

    #[test]
    fn repeats_share_a_key_whatever_the_case_and_punctuation() {
        let found = lines(
            "Groźba inwazji. NATO zwołuje spotkanie\n\ngroźba inwazji NATO zwołuje spotkanie!",
        );
        assert_eq!(found[0].key, found[1].key);
        let other = lines("Groźba inwazji");
        assert_ne!(found[0].key, other[0].key);
    }

    #[test]
    fn function_words_in_several_languages() {
        assert_eq!(function_words("The cat sat on the mat."), 3);
        assert_eq!(function_words("Die Katze saß auf der Matte."), 3);
        assert_eq!(function_words("Le chat est sur le tapis."), 4);
        assert_eq!(function_words("Startseite Politik Wirtschaft"), 0);
        assert_eq!(function_words(&"ü".repeat(40)), 0);
    }

    #[test]
    fn code_lines() {
        let found = lines(
            "query = query.replace(' ', '+')\nresp = requests.get(url)\n$ make install\n\
             Die Sitzung findet am Montag statt.\nHome | News\nimport urllib\n\
             from bs4 import BeautifulSoup\nfrom Monday on, the line runs again.\n\
             pip install -r requirements.txt",
        );
        let code: Vec<bool> = found.iter().map(|l| l.code).collect();
        assert_eq!(
            code,
            [true, true, true, false, false, true, true, false, true]
        );
    }

    #[test]
    fn diagnostics_of_the_server_s_software() {
        let found = lines(
            "Warning: Use of undefined constant x - assumed 'x' in /srv/www/wp/single.php on line 23\n\
             Deprecated: Function create_function() is deprecated in C:\\web\\page.php:40\n\
             Traceback (most recent call last):\n\
             File \"/app/main.py\", line 3, in <module>\n\
             at org.example.Page.render(Page.java:12)\n\
             Warning: the bridge on line 4 of the tram network is closed until Monday.\n\
             Achtung: Die Linie 5 fährt ab Montag wieder.\n\
             Uwaga: linia 12 nie kursuje w niedzielę.",
        );
        let diagnostic: Vec<bool> = found.iter().map(|l| l.diagnostic).collect();
        assert_eq!(
            diagnostic,
            [true, true, true, true, true, false, false, false]
        );
    }

    #[test]
    fn sentences_that_introduce_what_follows_in_three_languages() {
        let found = lines(
            "Damals hatte ich mich zu diesem Thema sehr kurz gefasst:\n\
             The minister said in a statement on Monday evening:\n\
             Voici ce que le ministre a déclaré devant la presse :\n\
             Adresse:\n\
             Die Sitzung findet am Montag im großen Saal statt.",
        );
        let introduces: Vec<bool> = found.iter().map(Line::introduces).collect();
        assert_eq!(introduces, [true, true, true, false, false]);
    }

    #[test]
    fn letterless_lines() {
        let found = lines("1.\n(0)\n12:30\nNews");
        let letterless: Vec<bool> = found.iter().map(|l| l.letterless).collect();
        assert_eq!(letterless, [true, true, true, false]);
    }

    #[test]
    fn prose_is_long_or_sentence_shaped() {
        let found = lines(
            "Die Sitzung des Rates wird am 12. Januar in Brüssel stattfinden, sagte ein Sprecher.\n\n\
             gegenseitige Anschuldigungen",
        );
        assert!(found[0].is_prose());
        assert!(!found[1].is_prose());
        assert!(!found[1].capitalised);
    }
}
