//! Stage 3: the language of every line and of the document.
//!
//! INTERFACE PLACEHOLDER: the implementation replaces the bodies below.

use crate::clean::LineClass;
use crate::document::Document;

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

/// Guesses the language of every non-blank line on its own (`None` for blank lines).
pub fn guess_lines(doc: &Document) -> Vec<Option<LineGuess>> {
    doc.lines()
        .iter()
        .map(|line| {
            (!line.is_blank()).then(|| {
                let info = whatlang::detect(doc.slice(line.span));
                LineGuess {
                    lang: info.as_ref().map(|i| Lang(i.lang())),
                    confidence: info.as_ref().map_or(0.0, |i| i.confidence()),
                    reliable: info.as_ref().is_some_and(|i| i.is_reliable()),
                }
            })
        })
        .collect()
}

/// The main language among `guesses` weighted by characters, counting only the lines `keep`
/// accepts (e.g. the long ones before classification, the body after it).
pub fn dominant_language(
    doc: &Document,
    guesses: &[Option<LineGuess>],
    keep: impl Fn(usize) -> bool,
) -> Option<Lang> {
    let mut weights: Vec<(Lang, usize)> = Vec::new();
    for (index, guess) in guesses.iter().enumerate() {
        if let (
            Some(LineGuess {
                lang: Some(lang), ..
            }),
            true,
        ) = (guess, keep(index))
        {
            let weight = doc.lines()[index].span.len();
            match weights.iter_mut().find(|(l, _)| l == lang) {
                Some((_, w)) => *w += weight,
                None => weights.push((*lang, weight)),
            }
        }
    }
    weights.into_iter().max_by_key(|&(_, w)| w).map(|(l, _)| l)
}

/// Decides every line's language with the document as context, and the document's languages
/// and their shares over the body lines.
pub fn resolve(
    doc: &Document,
    guesses: &[Option<LineGuess>],
    classes: &[Option<LineClass>],
) -> Languages {
    let body = |i: usize| {
        classes[i]
            .as_ref()
            .is_some_and(|c| c.kind == crate::clean::LineKind::Body)
    };
    let document = dominant_language(doc, guesses, body);
    let lines = guesses
        .iter()
        .map(|g| {
            let g = g.as_ref()?;
            match (g.lang, g.reliable) {
                (Some(lang), true) => Some(LineLanguage {
                    lang,
                    certainty: Certainty::Detected,
                }),
                _ => document.map(|lang| LineLanguage {
                    lang,
                    certainty: Certainty::FromContext,
                }),
            }
        })
        .collect();
    Languages {
        document,
        shares: document
            .map(|lang| LanguageShare { lang, share: 1.0 })
            .into_iter()
            .collect(),
        lines,
    }
}
