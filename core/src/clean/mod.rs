//! Stage 4: every non-blank line classified as headline, body, caption, meta or boilerplate.
//!
//! INTERFACE PLACEHOLDER: the implementation replaces the body of `classify`.

use crate::document::Document;
use crate::lang::LineGuess;
use crate::layout::Block;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    /// The article's title.
    Headline,
    /// The article's text.
    Body,
    /// A photo caption.
    Caption,
    /// Credits, agency, byline, publication stamps: about the article, not of it.
    Meta,
    /// Everything else the page put around the article.
    Boilerplate,
}

impl LineKind {
    /// The name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Headline => "headline",
            LineKind::Body => "body",
            LineKind::Caption => "caption",
            LineKind::Meta => "meta",
            LineKind::Boilerplate => "boilerplate",
        }
    }
}

/// Why a line is not body, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The title of the article.
    Headline,
    /// Related-story teaser or its time stamp.
    Teaser,
    /// "Share this article".
    SharePrompt,
    /// Menus, section names, breadcrumbs, "Read also".
    Navigation,
    /// "Advertisement".
    Advertisement,
    /// Cookie, privacy and sign-up notices.
    ConsentNotice,
    /// A photo caption.
    Caption,
    /// Photo credit, agency credit, byline.
    Credit,
    /// A line the page repeats.
    RepeatedLine,
    /// A line in another language than the article.
    ForeignLanguage,
    /// Publisher's footer and disclaimers.
    Footer,
    /// Page date stamps and "published" labels.
    Timestamp,
    /// A short fragment outside the article's prose.
    Fragment,
}

/// Why a line was classified as it was: a kind and, where useful, the words that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The kind of reason.
    pub kind: ReasonKind,
    /// The cue found in the line, e.g. `"2 days ago"`.
    pub evidence: Option<String>,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

/// The class of one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineClass {
    /// What the line is.
    pub kind: LineKind,
    /// Why, for every kind but body.
    pub reason: Option<Reason>,
}

/// Classifies every line (`None` for blank lines; the result is parallel to
/// [`Document::lines`]).
pub fn classify(
    doc: &Document,
    blocks: &[Block],
    guesses: &[Option<LineGuess>],
) -> Vec<Option<LineClass>> {
    let _ = (blocks, guesses);
    doc.lines()
        .iter()
        .map(|l| {
            (!l.is_blank()).then_some(LineClass {
                kind: LineKind::Body,
                reason: None,
            })
        })
        .collect()
}
