//! Stage 8: the [`Report`], the owned, serialisable result of an analysis.
//!
//! Takes the outputs of every stage and returns the one value the page and the CLI see. Its
//! JSON form is the contract of the seed scorecard: `blocks` cover every non-blank input line
//! exactly once (1-based line numbers), and every offset is a *character* offset into the text
//! as it was pasted, so that a JavaScript or Python reader can slice the input with it.

use crate::clean::{LineClass, LineKind, ReasonKind};
use crate::document::{Document, Span};
use crate::entities::{self, EntityType};
use crate::facts::{self, Facts};
use crate::lang::{Certainty, Languages};
use serde::{Deserialize, Serialize};

/// The result of analysing one pasted text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Report {
    /// ISO 639-3 code of the article's main language.
    pub language: Option<String>,
    /// Every language of the article body with its share, largest first.
    pub languages: Vec<LanguageShare>,
    /// The headline, if the page has one.
    pub headline: Option<String>,
    /// The place of the dateline ("Brussels" for "BRUXELLES –").
    pub dateline: Option<String>,
    /// News agencies credited.
    pub sources: Vec<String>,
    /// Every non-blank line, classified, in order.
    pub blocks: Vec<Block>,
    /// People, organisations and places with their mentions.
    pub entities: Vec<Entity>,
    /// Dates as written and normalised.
    pub dates: Vec<Date>,
    /// Numbers and what they count.
    pub quantities: Vec<Quantity>,
    /// Quotations and their speakers.
    pub quotes: Vec<Quote>,
    /// What the reader should know about the input (empty, no article found, ...).
    pub warnings: Vec<String>,
}

/// A language and its share of the body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageShare {
    /// ISO 639-3 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Fraction of the body's characters.
    pub share: f64,
}

/// One classified line of the input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// 1-based first line.
    pub line_start: usize,
    /// 1-based last line.
    pub line_end: usize,
    /// What the line is.
    pub kind: LineKind,
    /// ISO 639-3 code of the line's language.
    pub lang: Option<String>,
    /// False when the line was too short to call and took its language from context.
    pub lang_detected: bool,
    /// The kind of reason for a non-body line.
    pub reason_kind: Option<ReasonKind>,
    /// A short human-readable reason for a non-body line.
    pub reason: Option<String>,
    /// The line's text (trimmed, normalised).
    pub text: String,
    /// Character offset of the text in the input.
    pub start: usize,
    /// Character offset one past the text in the input.
    pub end: usize,
}

/// One entity: canonical name, type and every mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Every mention in the input.
    pub mentions: Vec<Mention>,
}

/// A piece of the input: its text and character offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The text as written (normalised).
    pub text: String,
    /// Character offset in the input.
    pub start: usize,
    /// Character offset one past the end.
    pub end: usize,
}

/// A date as written and its ISO 8601 value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Date {
    /// The date as written.
    pub text: String,
    /// ISO 8601 value, if the text pins it.
    pub value: Option<String>,
    /// Character offset in the input.
    pub start: usize,
    /// Character offset one past the end.
    pub end: usize,
    /// The sentence it comes from.
    #[serde(default)]
    pub sentence: Sentence,
}

/// The sentence a fact comes from: character offsets into the input, like a [`Mention`]'s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Sentence {
    /// Character offset of its first character.
    pub start: usize,
    /// Character offset one past its last character.
    pub end: usize,
}

/// A number and what it counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// As written.
    pub text: String,
    /// The value.
    pub value: f64,
    /// What it counts, or its unit.
    pub unit: Option<String>,
    /// Character offset in the input.
    pub start: usize,
    /// Character offset one past the end.
    pub end: usize,
    /// The sentence it comes from.
    #[serde(default)]
    pub sentence: Sentence,
}

/// A quotation and its speaker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words.
    pub text: String,
    /// Who said them, if the text names them.
    pub speaker: Option<String>,
    /// Character offset in the input.
    pub start: usize,
    /// Character offset one past the end.
    pub end: usize,
    /// The sentences it comes from (a quotation may run over several).
    #[serde(default)]
    pub sentence: Sentence,
}

/// Messages for inputs that hold no article.
const EMPTY_INPUT: &str = "The text is empty: paste the text of a news page.";
const NO_ARTICLE: &str =
    "No article text found: every line looks like page furniture (menus, teasers, notices).";

/// Everything the report is built from: the document and the outputs of every stage.
pub struct StageOutputs<'a> {
    /// The normalised text.
    pub doc: &'a Document,
    /// The class of every line.
    pub classes: &'a [Option<LineClass>],
    /// The languages.
    pub languages: &'a Languages,
    /// The entities.
    pub entities: &'a [entities::Entity],
    /// The facts.
    pub facts: &'a Facts,
}

impl Report {
    /// Assembles the report from the stages' outputs.
    pub fn build(stages: StageOutputs<'_>) -> Report {
        let StageOutputs {
            doc,
            classes,
            languages,
            entities,
            facts,
        } = stages;
        let mention = |span: Span| {
            let chars = doc.input_char_range(span);
            Mention {
                text: doc.slice(span).to_owned(),
                start: chars.start,
                end: chars.end,
            }
        };
        let sentence = |span: Span| {
            let chars = doc.input_char_range(facts.sentence_of(span));
            Sentence {
                start: chars.start,
                end: chars.end,
            }
        };
        let blocks: Vec<Block> = doc
            .lines()
            .iter()
            .zip(classes)
            .zip(&languages.lines)
            .filter_map(|((line, class), lang)| {
                let class = class.as_ref()?;
                let Mention { text, start, end } = mention(line.span);
                Some(Block {
                    line_start: line.number,
                    line_end: line.number,
                    kind: class.kind,
                    lang: lang.map(|l| l.lang.code().to_owned()),
                    lang_detected: lang.is_some_and(|l| l.certainty == Certainty::Detected),
                    reason_kind: class.reason.as_ref().map(|r| r.kind),
                    reason: class.reason.as_ref().map(ToString::to_string),
                    text,
                    start,
                    end,
                })
            })
            .collect();
        let headline = blocks
            .iter()
            .find(|b| b.kind == LineKind::Headline)
            .map(|b| b.text.clone());
        let mut warnings = Vec::new();
        if blocks.is_empty() {
            warnings.push(EMPTY_INPUT.to_owned());
        } else if !blocks.iter().any(|b| b.kind == LineKind::Body) {
            warnings.push(NO_ARTICLE.to_owned());
        }
        Report {
            language: languages.document.map(|l| l.code().to_owned()),
            languages: languages
                .shares
                .iter()
                .map(|s| LanguageShare {
                    code: s.lang.code().to_owned(),
                    name: s.lang.english_name().to_owned(),
                    share: s.share,
                })
                .collect(),
            headline,
            dateline: facts.dateline.as_ref().map(|d| d.place.clone()),
            sources: facts.sources.clone(),
            blocks,
            entities: entities
                .iter()
                .map(|e| Entity {
                    name: e.name.clone(),
                    kind: e.kind,
                    mentions: e.mentions.iter().map(|&s| mention(s)).collect(),
                })
                .collect(),
            dates: facts
                .dates
                .iter()
                .map(|d: &facts::DateMention| {
                    let Mention { text, start, end } = mention(d.span);
                    Date {
                        text,
                        value: d.value.clone(),
                        start,
                        end,
                        sentence: sentence(d.span),
                    }
                })
                .collect(),
            quantities: facts
                .quantities
                .iter()
                .map(|q| {
                    let Mention { text, start, end } = mention(q.span);
                    Quantity {
                        text,
                        value: q.value,
                        unit: q.unit.clone(),
                        start,
                        end,
                        sentence: sentence(q.span),
                    }
                })
                .collect(),
            quotes: facts
                .quotes
                .iter()
                .map(|q| {
                    let Mention { text, start, end } = mention(q.span);
                    Quote {
                        text,
                        speaker: q.speaker.clone(),
                        start,
                        end,
                        sentence: sentence(q.span),
                    }
                })
                .collect(),
            warnings,
        }
    }
}
