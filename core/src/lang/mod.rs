//! Stages 3 and 5: the language of every line and of the document.
//!
//! [`guess_lines`] takes the [`Document`] and returns, for every non-blank line, a
//! [`LineGuess`]: the line's language judged on its own, with a confidence and a `reliable`
//! flag. [`resolve`] then takes those guesses and the lines' classes and returns the
//! [`Languages`]: the article's language, the share of every language of the body, and the
//! language of every line decided in the context of the document.
//!
//! Why it works: in a script that several languages share, a character n-gram model
//! ([`ngrams`], naive Bayes over the 1- to 4-grams of the words, generated from permissively
//! licensed registry data) scores every language of the script; its margin says how sure it
//! is, which on a sentence is very sure and on a menu item is not. whatlang tells the script
//! (and Chinese from Japanese), and gives a second opinion when the n-grams leave close
//! languages a few nats apart (a word or two): its trigram profiles come from other text than
//! the table, so it errs on other words. Two more things fix short lines:
//! - function words ("diesen", "the", "della"), from a table generated out of spaCy's
//!   stop-word lists, decide between close languages when the n-grams are unsure ("Teile
//!   diesen Artikel:" is German, not Afrikaans), and
//! - the document: the languages of its reliable lines are the only likely ones for the rest,
//!   so an unreliable line is decided again among them (its n-gram scores restricted to
//!   them). Only a language whose function words clearly lead may join them ("More Stories"
//!   in an Italian page).
//!
//! A line that still gives no signal (no letters, a lone word no language stands out for) is not
//! guessed: it takes the document's language, or in a mixed document its neighbours', and
//! says so ([`Certainty::FromContext`]). The body's language shares count the final language
//! of every body line by characters, and leave out languages too small to be more than a
//! stray line.

mod context;
mod evidence;
mod ngrams;
mod words;

use crate::clean::LineClass;
use crate::document::Document;
use evidence::{Evidence, RELIABLE_CONFIDENCE, Signal};
use std::collections::HashMap;

/// A language, named by its ISO 639-3 code as whatlang names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(whatlang::Lang);

impl Lang {
    /// ISO 639-3 code, e.g. `"deu"`.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// English name, e.g. `"German"`.
    pub fn english_name(self) -> &'static str {
        self.0.eng_name()
    }

    /// The language's name for itself, e.g. `"Deutsch"`.
    pub fn native_name(self) -> &'static str {
        self.0.name()
    }

    /// The language with this ISO 639-3 code, if whatlang knows it.
    pub fn from_code(code: &str) -> Option<Self> {
        whatlang::Lang::from_code(code).map(Lang)
    }
}

/// The guess for one line on its own, before document context.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineGuess {
    /// Best language, if the line has letters at all.
    pub lang: Option<Lang>,
    /// 0..=1.
    pub confidence: f64,
    /// True when the line is long and clear enough to trust alone.
    pub reliable: bool,
}

/// How a line's language was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Detected from the line's own text.
    Detected,
    /// Too short or ambiguous to call: the document's language (or a neighbour's) is taken.
    FromContext,
}

/// The language decided for one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineLanguage {
    /// The language.
    pub lang: Lang,
    /// Whether it was detected or taken from context.
    pub certainty: Certainty,
}

/// One language's share of the article body.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LanguageShare {
    /// The language.
    pub lang: Lang,
    /// Fraction of the body's characters, 0..=1.
    pub share: f64,
}

/// The languages of the document.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Languages {
    /// The main language of the article body.
    pub document: Option<Lang>,
    /// Every language with a real share of the body, largest first.
    pub shares: Vec<LanguageShare>,
    /// Parallel to [`Document::lines`]; `None` for blank lines.
    pub lines: Vec<Option<LineLanguage>>,
}

/// Letters and words a line in a script shared by several languages needs before its guess is
/// trusted alone: below that, even a clear margin rests on a few n-grams (single words, menu
/// items).
const MIN_RELIABLE_LETTERS: usize = 12;
const MIN_RELIABLE_WORDS: usize = 2;

/// Guesses the language of every non-blank line on its own (`None` for blank lines).
pub fn guess_lines(doc: &Document) -> Vec<Option<LineGuess>> {
    // Pages repeat their menus, stamps and teaser labels: each distinct text is judged once.
    let mut seen: HashMap<&str, LineGuess> = HashMap::new();
    doc.lines()
        .iter()
        .map(|line| {
            (!line.is_blank()).then(|| {
                let text = doc.slice(line.span);
                *seen.entry(text).or_insert_with(|| guess_text(text))
            })
        })
        .collect()
}

/// The languages that use `word` (lower case) as a function word, one bit per language; the
/// clean stage counts them to tell running prose from menus and titles.
pub(crate) fn function_word_languages(word: &str) -> Option<u128> {
    words::languages_using(word).map(words::LangSet::bits)
}

/// The guess for one text on its own.
fn guess_text(text: &str) -> LineGuess {
    let evidence = Evidence::of(text);
    match evidence.choose(None) {
        None => LineGuess {
            lang: None,
            confidence: 0.0,
            reliable: false,
        },
        Some(choice) => LineGuess {
            lang: Some(choice.lang),
            confidence: choice.confidence,
            reliable: evidence.script_of_one_language
                || (choice.signal != Signal::FunctionWords
                    && choice.confidence >= RELIABLE_CONFIDENCE
                    && evidence.letters >= MIN_RELIABLE_LETTERS
                    && evidence.words >= MIN_RELIABLE_WORDS),
        },
    }
}

/// Characters of the line at `index`, the weight of its language.
fn line_chars(doc: &Document, index: usize) -> usize {
    doc.line_text(index).chars().count()
}

/// The main language among `guesses` weighted by characters, counting only the lines `keep`
/// accepts (e.g. the long ones before classification, the body after it). Reliable guesses
/// decide when there are any among the kept lines: a page's many short lines, each guessed
/// wildly, must not outvote its paragraphs.
pub fn dominant_language(
    doc: &Document,
    guesses: &[Option<LineGuess>],
    keep: impl Fn(usize) -> bool,
) -> Option<Lang> {
    let weigh = |only_reliable: bool| {
        let mut weights: Vec<(Lang, usize)> = Vec::new();
        for (index, guess) in guesses.iter().enumerate() {
            let Some(LineGuess {
                lang: Some(lang),
                reliable,
                ..
            }) = *guess
            else {
                continue;
            };
            if (reliable || !only_reliable) && keep(index) {
                let weight = line_chars(doc, index);
                match weights.iter_mut().find(|(l, _)| *l == lang) {
                    Some((_, w)) => *w += weight,
                    None => weights.push((lang, weight)),
                }
            }
        }
        weights.into_iter().max_by_key(|&(_, w)| w).map(|(l, _)| l)
    };
    weigh(true).or_else(|| weigh(false))
}

/// Decides every line's language with the document as context, and the document's languages
/// and their shares over the body lines.
pub fn resolve(
    doc: &Document,
    guesses: &[Option<LineGuess>],
    classes: &[Option<LineClass>],
) -> Languages {
    context::resolve(doc, guesses, classes)
}

/// Shorthands for the tests of every file of the stage.
#[cfg(test)]
pub(super) mod test_support {
    use super::{Lang, words::LangSet};

    /// The language of an ISO 639-3 code the tests know exists.
    pub(in crate::lang) fn lang(code: &str) -> Lang {
        Lang::from_code(code).expect("a whatlang language")
    }

    /// The set of the languages of these codes.
    pub(in crate::lang) fn set(codes: &[&str]) -> LangSet {
        LangSet::from_langs(codes.iter().map(|c| lang(c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_support::lang;

    fn guess(text: &str) -> LineGuess {
        guess_lines(&Document::parse(text))[0].unwrap()
    }

    #[test]
    fn names_of_a_language() {
        let german = lang("deu");
        assert_eq!(german.code(), "deu");
        assert_eq!(german.english_name(), "German");
        assert_eq!(german.native_name(), "Deutsch");
        assert_eq!(Lang::from_code("xyz"), None);
    }

    #[test]
    fn short_lines_are_not_reliable() {
        let share = guess("Teile diesen Artikel:");
        assert_eq!(share.lang, Some(lang("deu")), "not Afrikaans");
        assert!(!share.reliable);
        assert!(!guess("Trending").reliable);
        assert!(!guess("Kontakt").reliable);
        assert!(!guess("Więcej").reliable);
    }

    #[test]
    fn sentences_are_reliable_in_several_languages() {
        for (text, code) in [
            (
                "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung \
                 erneuerbarer Energien beschlossen.",
                "deu",
            ),
            (
                "Rząd przyjął w środę nowy plan wsparcia dla małych firm, który wejdzie \
                 w życie w przyszłym roku.",
                "pol",
            ),
            (
                "Il governo ha approvato mercoledì un nuovo decreto per sostenere le famiglie.",
                "ita",
            ),
            (
                "Правительство России в среду утвердило новый план поддержки малого бизнеса, \
                 который вступит в силу в следующем году.",
                "rus",
            ),
        ] {
            let g = guess(text);
            assert_eq!(g.lang, Some(lang(code)), "{text}");
            assert!(g.reliable, "{text}");
        }
    }

    #[test]
    fn a_script_of_one_language_is_reliable_even_short() {
        let g = guess("ΜΕΡΙΔΙΟ:");
        assert_eq!(g.lang, Some(lang("ell")));
        assert!(g.reliable);
    }

    #[test]
    fn a_headline_quoting_latin_names_keeps_its_own_script() {
        let g = guess("Ο ράπερ Piotr Krzysztof Liroy-Marzec επενδύει στο Blockchain");
        assert_eq!(g.lang, Some(lang("ell")));
    }

    #[test]
    fn blank_and_letterless_lines() {
        let guesses = guess_lines(&Document::parse("\n12:30 — 4/5\n"));
        assert_eq!(guesses[0], None);
        let clock = guesses[1].unwrap();
        assert_eq!(clock.lang, None);
        assert!(!clock.reliable);
    }

    #[test]
    fn a_huge_line_is_examined_only_in_part() {
        let sentence = "Der Rat der Europäischen Union hat die Sanktionen verlängert. ";
        let huge = sentence.repeat(5_000_000 / sentence.len());
        let start = std::time::Instant::now();
        let g = guess(&huge);
        assert!(start.elapsed().as_secs() < 2, "took {:?}", start.elapsed());
        assert_eq!(g.lang, Some(lang("deu")));
        assert!(g.reliable);
    }

    #[test]
    fn binary_junk_and_any_script_do_not_panic() {
        let junk: String = (0u32..0x3000)
            .step_by(7)
            .filter_map(char::from_u32)
            .collect();
        let doc = Document::parse(&junk);
        let guesses = guess_lines(&doc);
        let _ = dominant_language(&doc, &guesses, |_| true);
        for text in [
            "שלום עולם",
            "مرحبا بالعالم",
            "こんにちは世界",
            "\u{202E}abc",
            "\u{FFFD}\u{0}",
        ] {
            let _ = guess_lines(&Document::parse(text));
        }
    }

    #[test]
    fn dominant_language_counts_reliable_lines_first() {
        // The short English menu lines hold more characters than the German sentence, but
        // none of them is reliable.
        let doc = Document::parse(
            "Subscribe to our newsletter\nShare on social media\nRead more stories\n\
             Follow us\nSign in\nContact us\nAdvertise\n\
             Die Regierung hat am Mittwoch den Haushalt beschlossen.",
        );
        let guesses = guess_lines(&doc);
        assert_eq!(
            dominant_language(&doc, &guesses, |_| true),
            Some(lang("deu"))
        );
    }

    #[test]
    fn dominant_language_counts_only_kept_lines() {
        let doc = Document::parse(
            "Die Regierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen.\n\
             The government approved the budget for next year on Wednesday afternoon.",
        );
        let guesses = guess_lines(&doc);
        assert_eq!(
            dominant_language(&doc, &guesses, |i| i == 1),
            Some(lang("eng"))
        );
        assert_eq!(
            dominant_language(&doc, &guesses, |i| i == 0),
            Some(lang("deu"))
        );
        assert_eq!(dominant_language(&doc, &guesses, |_| false), None);
    }

    #[test]
    fn dominant_language_falls_back_to_unreliable_lines() {
        let doc = Document::parse("Czytaj więcej");
        let guesses = guess_lines(&doc);
        assert_eq!(
            dominant_language(&doc, &guesses, |_| true),
            Some(lang("pol"))
        );
    }
}
