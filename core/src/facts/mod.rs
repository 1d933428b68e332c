//! Stage 7: the key facts: dates, quantities, quotations and their speakers, agency, dateline.
//!
//! Takes the document, the class of every line, the languages and the entities, and returns
//! the [`Facts`] of the article: every calendar date normalised to ISO 8601, the numbers and
//! what they count, the quotations with their speakers, the news agencies credited, and the
//! dateline.
//!
//! Only the headline, body, caption and meta lines are read ([`passages`]): boilerplate is
//! never a source of facts, so a page header with the day the page was viewed can neither
//! appear as a date nor anchor the year of the story's dates.
//!
//! Each kind of fact has its own finder, a pure function over the same passages:
//! [`dates`], [`quantities`], [`quotes`] and [`sources`] (agencies and dateline). They share
//! the tokenizer and the lexicons of [`text`]: month and weekday names and number formats of
//! every language generated from Unicode CLDR, and cue words (verbs of saying, "according
//! to", nouns of speakers, year and month prepositions) written from general knowledge of
//! news language. Every lexicon is read in the line's own language first, so that a word
//! that means different things in two languages is read as the article means it.

pub mod dates;
pub mod quantities;
pub mod quotes;
pub mod sources;
pub mod text;

use crate::clean::{LineClass, LineKind};
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
    /// The sentences of the lines facts are read from, in order.
    pub sentences: Vec<Span>,
}

impl Facts {
    /// The sentence a fact at `span` comes from: from the sentence its start is in to the one
    /// its end is in (a quotation may run over several, and over paragraphs).
    pub fn sentence_of(&self, span: Span) -> Span {
        let containing = |offset: usize| {
            let i = self.sentences.partition_point(|s| s.end <= offset);
            self.sentences.get(i).filter(|s| s.start <= offset)
        };
        let first = containing(span.start).map_or(span.start, |s| s.start.min(span.start));
        let last = containing(span.end.saturating_sub(1).max(span.start))
            .map_or(span.end, |s| s.end.max(span.end));
        Span::new(first, last)
    }
}

/// A line the facts are read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// Index into [`Document::lines`].
    pub line: usize,
    /// The line's text.
    pub span: Span,
    /// Headline, body, caption or meta.
    pub kind: LineKind,
    /// ISO 639-3 codes of its likely languages: its own first, then the document's.
    pub langs: Vec<&'static str>,
}

impl Passage {
    /// Every non-blank line of a document as one kind of passage in the given languages: for
    /// callers that read a plain text without the pipeline (the CLI's bench commands, tests).
    pub fn every_line(doc: &Document, kind: LineKind, langs: &[&'static str]) -> Vec<Passage> {
        doc.lines()
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.is_blank())
            .map(|(line, l)| Passage {
                line,
                span: l.span,
                kind,
                langs: langs.to_vec(),
            })
            .collect()
    }
}

/// The headline, body, caption and meta lines of the document, in order.
pub fn passages(
    doc: &Document,
    classes: &[Option<LineClass>],
    languages: &Languages,
) -> Vec<Passage> {
    let document_langs = languages
        .document
        .into_iter()
        .chain(languages.shares.iter().map(|s| s.lang))
        .map(|l| l.code());
    doc.lines()
        .iter()
        .enumerate()
        .filter_map(|(index, line)| {
            let kind = classes.get(index)?.as_ref()?.kind;
            if kind == LineKind::Boilerplate || line.is_blank() {
                return None;
            }
            let own = languages
                .lines
                .get(index)
                .copied()
                .flatten()
                .map(|l| l.lang.code());
            let mut langs: Vec<&'static str> = Vec::new();
            for code in own.into_iter().chain(document_langs.clone()) {
                if !langs.contains(&code) {
                    langs.push(code);
                }
            }
            Some(Passage {
                line: index,
                span: line.span,
                kind,
                langs,
            })
        })
        .collect()
}

/// Extracts the facts of the headline, body, captions and meta lines.
pub fn extract(
    doc: &Document,
    classes: &[Option<LineClass>],
    languages: &Languages,
    entities: &[Entity],
) -> Facts {
    extract_with(doc, classes, languages, entities, None)
}

/// [`extract`], with the day the text was published when the caller knows it: relative and
/// year-less dates resolve against it.
pub fn extract_with(
    doc: &Document,
    classes: &[Option<LineClass>],
    languages: &Languages,
    entities: &[Entity],
    published: Option<dates::Ymd>,
) -> Facts {
    let passages = passages(doc, classes, languages);
    let dates = dates::find(doc, &passages, published);
    let quantities = quantities::find(doc, &passages, &dates);
    let quotes = quotes::find(doc, &passages, entities);
    let sources = sources::agencies(doc, &passages);
    let dateline = sources::dateline(doc, &passages, entities);
    let sentences = passages
        .iter()
        .flat_map(|p| text::sentences(doc.text(), p.span))
        .collect();
    Facts {
        dates,
        quantities,
        quotes,
        sources,
        dateline,
        sentences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::Reason;
    use crate::lang::{Certainty, Lang, LineLanguage};

    fn class(kind: LineKind) -> Option<LineClass> {
        Some(LineClass {
            kind,
            reason: None::<Reason>,
        })
    }

    #[test]
    fn boilerplate_lines_are_never_read() {
        let doc = Document::parse("Freitag, Dezember 27, 2024\n\nDas Treffen am 12. Januar 2022.");
        let classes = vec![class(LineKind::Boilerplate), None, class(LineKind::Body)];
        let facts = extract(&doc, &classes, &Languages::default(), &[]);
        let values: Vec<_> = facts
            .dates
            .iter()
            .filter_map(|d| d.value.as_deref())
            .collect();
        assert_eq!(values, ["2022-01-12"]);
    }

    #[test]
    fn passages_carry_the_line_language_first() {
        let doc = Document::parse("Hello there\nHallo");
        let deu = Lang::from_code("deu").unwrap();
        let eng = Lang::from_code("eng").unwrap();
        let languages = Languages {
            document: Some(deu),
            shares: Vec::new(),
            lines: vec![
                Some(LineLanguage {
                    lang: eng,
                    certainty: Certainty::Detected,
                }),
                Some(LineLanguage {
                    lang: deu,
                    certainty: Certainty::FromContext,
                }),
            ],
        };
        let classes = vec![class(LineKind::Body), class(LineKind::Caption)];
        let p = passages(&doc, &classes, &languages);
        assert_eq!(p[0].langs, ["eng", "deu"]);
        assert_eq!(p[1].langs, ["deu"]);
        assert_eq!(p[1].kind, LineKind::Caption);
    }

    #[test]
    fn one_huge_line_is_read_in_linear_time() {
        // Every finder bounds its work per fact: a line of megabytes takes about a second
        // in a release build; this test keeps a fifth of that for debug builds.
        let unit = "«Wir sind bereit», sagte Stoltenberg am 4. Januar 2022 vor 100.000 Menschen (Reuters). – Nie – powiedział. ";
        let input = unit.repeat(2_000);
        let doc = Document::parse(&input);
        let classes = vec![class(LineKind::Body)];
        let started = std::time::Instant::now();
        let facts = extract(&doc, &classes, &Languages::default(), &[]);
        assert_eq!(facts.dates.len(), 2_000);
        assert_eq!(facts.quantities.len(), 2_000);
        assert!(facts.quotes.len() >= 2_000);
        assert_eq!(facts.sources, ["Reuters"]);
        assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    }

    #[test]
    fn empty_and_junk_inputs_give_no_facts() {
        for input in [
            "",
            "\u{0}\u{1}\u{2}",
            "«",
            "„„„“",
            "– –",
            "1234567890123456789012345",
        ] {
            let doc = Document::parse(input);
            let classes: Vec<_> = doc
                .lines()
                .iter()
                .map(|l| {
                    (!l.is_blank()).then_some(LineClass {
                        kind: LineKind::Body,
                        reason: None,
                    })
                })
                .collect();
            let facts = extract(&doc, &classes, &Languages::default(), &[]);
            assert!(facts.quotes.iter().all(|q| !q.span.is_empty()));
        }
    }
}
