//! Stage 7: the key facts: dates, quantities, quotations and their speakers, agency, dateline.
//!
//! INTERFACE PLACEHOLDER: the implementation replaces the body of `extract`.

use crate::clean::LineClass;
use crate::document::{Document, Span};
use crate::entities::Entity;
use crate::lang::Languages;

/// A date as written, and its ISO 8601 value when the text pins it.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Where it is written.
    pub span: Span,
    /// `2022-01-12`, `--01-12` (no year in the text), `2014-03`, `2002`; `None` if unresolved.
    pub value: Option<String>,
}

/// A number and what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The number and its unit as written ("100.000 soldati").
    pub span: Span,
    /// The value (100000).
    pub value: f64,
    /// What it counts, or its unit or currency ("soldati", "EUR", "km").
    pub unit: Option<String>,
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The speaker's canonical name or description ("Jens Stoltenberg", "NATO official").
    pub speaker: Option<String>,
}

/// The place a dateline names ("BRUXELLES –" → Brussels).
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    /// The place as written.
    pub span: Span,
    /// Its canonical name.
    pub place: String,
}

/// Every fact found in the article.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facts {
    /// Dates, in document order.
    pub dates: Vec<DateMention>,
    /// Quantities, in document order.
    pub quantities: Vec<Quantity>,
    /// Quotations, in document order.
    pub quotes: Vec<Quote>,
    /// News agencies credited ("Reuters").
    pub sources: Vec<String>,
    /// The dateline, if the article opens with one.
    pub dateline: Option<Dateline>,
}

/// Extracts the facts of the headline, body, captions and meta lines.
pub fn extract(
    doc: &Document,
    classes: &[Option<LineClass>],
    languages: &Languages,
    entities: &[Entity],
) -> Facts {
    let _ = (doc, classes, languages, entities);
    Facts::default()
}
