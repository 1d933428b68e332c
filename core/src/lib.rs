//! # Article Lens core
//!
//! Turns the text of a scraped news page into the article, its languages, its entities and
//! its key facts. Everything is a pure function of the input: no I/O, no clock, no network,
//! so the same code runs natively (CLI, tests, benchmarks) and as WebAssembly in the page.
//!
//! ## The pipeline
//! Each stage is a module with typed output, fed by the stages before it:
//!
//! | stage | module | output |
//! | --- | --- | --- |
//! | normalise, split lines | [`document`] | [`Document`](document::Document), [`Span`](document::Span) |
//! | group lines | [`layout`] | [`Block`](layout::Block)s |
//! | guess each line's language | [`lang`] | [`LineGuess`](lang::LineGuess)es |
//! | classify lines | [`clean`] | [`LineClass`](clean::LineClass) per line, with a reason |
//! | decide languages in context | [`lang`] | [`Languages`](lang::Languages) |
//! | find entities | [`entities`] | [`Entity`](entities::Entity)s with mentions |
//! | extract facts | [`facts`] | [`Facts`](facts::Facts) |
//! | assemble | [`report`] | [`Report`] (serde: the JSON contract) |
//!
//! ## Example
//! ```
//! let report = article_lens_core::analyze(
//!     "Share this article\n\nBRUSSELS – NATO Secretary General Jens Stoltenberg said on \
//!      Wednesday, 12 January 2022, that allies and Russia remain far apart after four hours \
//!      of talks at the alliance's headquarters in Brussels.",
//! );
//! assert_eq!(report.language.as_deref(), Some("eng"));
//! assert!(report.entities.iter().any(|e| e.name == "Jens Stoltenberg"));
//! assert!(report.dates.iter().any(|d| d.value.as_deref() == Some("2022-01-12")));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod clean;
pub mod document;
pub mod entities;
pub mod facts;
pub mod lang;
pub mod layout;
pub mod report;

pub use report::Report;

/// What the caller may know about a text beyond the text itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The day the text was published. Relative dates ("yesterday", "on Tuesday") and dates
    /// without a year resolve against it; without it, the text's own dates anchor them.
    pub published: Option<facts::dates::Ymd>,
}

/// Analyses one pasted text. Never panics and never fails: problems with the input (empty,
/// no article) are reported in [`Report::warnings`].
pub fn analyze(input: &str) -> Report {
    analyze_with(input, &Options::default())
}

/// [`analyze`], with what the caller knows about the text ([`Options`]).
pub fn analyze_with(input: &str, options: &Options) -> Report {
    let doc = document::Document::parse(input);
    let (classes, languages) = classify_and_detect_languages(&doc);
    let entities = entities::extract(&doc, &classes, &languages);
    let facts = facts::extract_with(&doc, &classes, &languages, &entities, options.published);
    Report::build(report::StageOutputs {
        doc: &doc,
        classes: &classes,
        languages: &languages,
        entities: &entities,
        facts: &facts,
    })
}

/// The languages of one pasted text, decided exactly as [`analyze`] decides them (for callers
/// that need only them, like the CLI's `langid` command).
pub fn languages(input: &str) -> (document::Document, lang::Languages) {
    let doc = document::Document::parse(input);
    let (_, languages) = classify_and_detect_languages(&doc);
    (doc, languages)
}

/// The stages up to the languages: blocks, line guesses, classes, languages in context.
fn classify_and_detect_languages(
    doc: &document::Document,
) -> (Vec<Option<clean::LineClass>>, lang::Languages) {
    let blocks = layout::blocks(doc);
    let guesses = lang::guess_lines(doc);
    let classes = clean::classify(doc, &blocks, &guesses);
    let languages = lang::resolve(doc, &guesses, &classes);
    (classes, languages)
}
