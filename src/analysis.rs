//! One finished analysis as the page shows it: the text that was analysed, the core's
//! [`Report`] of it, and indexes that let the views slice the text by the report's offsets.
//!
//! The report's offsets are *character* offsets into the analysed text. The views need byte
//! ranges (to slice `&str`) and, per line, the entity mentions inside it. Both are computed
//! once here, in forward sweeps over the text, so rendering a paragraph costs only that
//! paragraph. Offsets are never trusted blindly: anything past the end of the text is clamped
//! and overlapping mentions are dropped, so a faulty report shows less, never panics.
//! This module has no web dependencies and is unit-tested natively.

use crate::highlight::{Focus, Mark, Run, runs};
use article_lens_core::Report;
use article_lens_core::entities::EntityType;
use article_lens_core::lang::Lang;
use std::ops::Range;

/// What the reader picked in the facts panel or the article: its places get emphasised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// An entity (index into [`Report::entities`]): all its mentions.
    Entity(usize),
    /// A fact (date, quantity, quote): its character range in the text, and the sentence it
    /// comes from, emphasised less.
    Span {
        /// Character offset of the first character.
        start: usize,
        /// Character offset one past the last character.
        end: usize,
        /// Character range of the fact's sentence, if the report gives one.
        sentence: Option<(usize, usize)>,
    },
}

/// A mention of an entity, by character range, with the entity's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentionRef {
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// Index into [`Report::entities`].
    pub entity: usize,
}

/// A finished analysis: the text, its report and the indexes the views use.
#[derive(Debug)]
pub struct Analysis {
    /// The text exactly as it was sent to the analyser (the report's offsets refer to it).
    pub text: String,
    /// What the core returned.
    pub report: Report,
    /// How long the analysis took, in milliseconds, as measured by the page.
    pub elapsed_ms: f64,
    /// Byte range in `text` of every block of the report, parallel to `report.blocks`.
    block_bytes: Vec<Range<usize>>,
    /// Every mention of every entity, sorted by start, without overlaps.
    mentions: Vec<MentionRef>,
}

impl Analysis {
    /// Indexes `report`, the analysis of `text`.
    pub fn new(text: String, report: Report, elapsed_ms: f64) -> Self {
        let block_bytes = byte_ranges(
            &text,
            report.blocks.iter().map(|b| (b.start, b.end)).collect(),
        );
        let mut mentions: Vec<MentionRef> = report
            .entities
            .iter()
            .enumerate()
            .flat_map(|(entity, e)| {
                e.mentions.iter().map(move |m| MentionRef {
                    start: m.start,
                    end: m.end,
                    entity,
                })
            })
            .filter(|m| m.start < m.end)
            .collect();
        // Longest first at equal starts, then drop whatever overlaps a kept mention.
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut kept_end = 0;
        mentions.retain(|m| {
            let keep = m.start >= kept_end;
            if keep {
                kept_end = m.end;
            }
            keep
        });
        Analysis {
            text,
            report,
            elapsed_ms,
            block_bytes,
            mentions,
        }
    }

    /// The text of block `index` as it stands in the analysed text (empty if out of range).
    pub fn block_text(&self, index: usize) -> &str {
        self.block_bytes
            .get(index)
            .map_or("", |range| &self.text[range.clone()])
    }

    /// The mentions that start inside the character range `start..end`, in order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[MentionRef] {
        let from = self.mentions.partition_point(|m| m.start < start);
        let to = self.mentions.partition_point(|m| m.start < end);
        &self.mentions[from..to.max(from)]
    }

    /// What to emphasise for `selection`: its places, and the sentence of a fact.
    pub fn focus(&self, selection: Option<Selection>) -> Focus {
        match selection {
            None => Focus::default(),
            Some(Selection::Entity(entity)) => Focus {
                places: self
                    .mentions
                    .iter()
                    .filter(|m| m.entity == entity)
                    .map(|m| (m.start, m.end))
                    .collect(),
                context: Vec::new(),
            },
            Some(Selection::Span {
                start,
                end,
                sentence,
            }) => Focus {
                places: vec![(start, end)],
                context: sentence.into_iter().collect(),
            },
        }
    }

    /// Whether some place of `selection` lies in the article as shown (headline or body),
    /// rather than only in the removed lines (a date in a caption, a name in a teaser).
    pub fn in_article(&self, selection: Selection) -> bool {
        let shown: Vec<(usize, usize)> = self
            .headline_block()
            .into_iter()
            .chain(self.body_blocks())
            .map(|i| (self.report.blocks[i].start, self.report.blocks[i].end))
            .collect();
        self.focus(Some(selection))
            .places
            .iter()
            .any(|&(s, e)| shown.iter().any(|&(bs, be)| s < be && bs < e))
    }

    /// Block `index` cut into runs: plain text, entity mentions, emphasised parts.
    pub fn block_runs(&self, index: usize, focus: &Focus) -> Vec<Run<'_>> {
        let Some(block) = self.report.blocks.get(index) else {
            return Vec::new();
        };
        let marks: Vec<Mark> = self
            .mentions_in(block.start, block.end)
            .iter()
            .map(|m| Mark {
                start: m.start,
                end: m.end,
                entity: m.entity,
            })
            .collect();
        runs(self.block_text(index), block.start, &marks, focus)
    }

    /// The analysed text between two character offsets (clamped to the text).
    pub fn text_between(&self, start: usize, end: usize) -> &str {
        let bytes = char_to_byte(&self.text, &[start.min(end), end]);
        &self.text[bytes[0]..bytes[1]]
    }

    /// The sentence between two character offsets for display in one line: its runs of
    /// whitespace (line breaks of a sentence that crosses paragraphs) made single spaces, and
    /// cut after `max_chars` characters with an ellipsis. Returns the whole sentence so
    /// collapsed and the excerpt; both are empty for an empty range.
    pub fn sentence_excerpt(&self, start: usize, end: usize, max_chars: usize) -> (String, String) {
        let whole = self
            .text_between(start, end)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let excerpt = match whole.char_indices().nth(max_chars) {
            Some((cut, _)) => format!("{}…", whole[..cut].trim_end()),
            None => whole.clone(),
        };
        (whole, excerpt)
    }

    /// The type of entity `index` (`None` if out of range).
    pub fn entity_type(&self, index: usize) -> Option<EntityType> {
        self.report.entities.get(index).map(|e| e.kind)
    }

    /// Indexes of the blocks that make up the cleaned article, in order.
    pub fn body_blocks(&self) -> impl Iterator<Item = usize> + '_ {
        use article_lens_core::clean::LineKind;
        self.report
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == LineKind::Body)
            .map(|(i, _)| i)
    }

    /// Index of the block shown as the headline: the first headline block.
    pub fn headline_block(&self) -> Option<usize> {
        use article_lens_core::clean::LineKind;
        self.report
            .blocks
            .iter()
            .position(|b| b.kind == LineKind::Headline)
    }

    /// Indexes of the lines left out of the article (everything but the body and the
    /// headline shown on top), in order.
    pub fn removed_blocks(&self) -> impl Iterator<Item = usize> + '_ {
        use article_lens_core::clean::LineKind;
        let headline = self.headline_block();
        self.report
            .blocks
            .iter()
            .enumerate()
            .filter(move |&(i, b)| b.kind != LineKind::Body && Some(i) != headline)
            .map(|(i, _)| i)
    }
}

/// An analysis never changes once made, so two are the same exactly when they are one value:
/// comparing addresses keeps the views' prop checks O(1) however long the report.
impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Converts character ranges into byte ranges of `text` in one forward sweep (ranges may
/// come in any order). Ranges are clamped to the text; an inverted range becomes empty.
fn byte_ranges(text: &str, ranges: Vec<(usize, usize)>) -> Vec<Range<usize>> {
    let mut offsets: Vec<usize> = ranges.iter().flat_map(|&(s, e)| [s, e]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let bytes = char_to_byte(text, &offsets);
    let byte_of = |c: usize| bytes[offsets.binary_search(&c).unwrap_or(0)];
    ranges
        .into_iter()
        .map(|(s, e)| {
            let (s, e) = (byte_of(s), byte_of(e));
            s..e.max(s)
        })
        .collect()
}

/// The byte offset of each character offset in `sorted` (ascending); offsets past the end of
/// `text` map to its length.
pub(crate) fn char_to_byte(text: &str, sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.char_indices().map(|(b, _)| b).enumerate().peekable();
    for &target in sorted {
        let byte = loop {
            match chars.peek() {
                Some(&(c, b)) if c == target => break b,
                Some(&(c, _)) if c < target => {
                    chars.next();
                }
                _ => break text.len(),
            }
        };
        out.push(byte);
    }
    out
}

/// The English name of a language code ("deu" → "German"); the code itself if unknown.
pub fn language_name(code: &str) -> &str {
    match Lang::from_code(code) {
        Some(lang) => lang.english_name(),
        None => code,
    }
}

/// A percentage for display: "55 %" (with a no-break space).
pub fn percent(share: f64) -> String {
    format!("{}\u{a0}%", (share.clamp(0.0, 1.0) * 100.0).round())
}

/// The language summary line: "German 55 %, English 45 %".
pub fn language_summary(report: &Report) -> String {
    report
        .languages
        .iter()
        .map(|l| format!("{} {}", l.name, percent(l.share)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A number for display: integers grouped by thousands with a narrow no-break space
/// ("100 000"), other values as they are ("20.5").
pub fn format_number(value: f64) -> String {
    if !(value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15) {
        return value.to_string();
    }
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::with_capacity(digits.len() * 2);
    if value < 0.0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(digit);
    }
    out
}

/// The entity types in display order, with the CSS class and heading of each.
pub const ENTITY_TYPES: [(EntityType, &str, &str); 4] = [
    (EntityType::Per, "per", "People"),
    (EntityType::Org, "org", "Organisations"),
    (EntityType::Loc, "loc", "Places"),
    (EntityType::Misc, "misc", "Other names"),
];

/// The CSS class of an entity type (`"per"`, `"org"`, `"loc"`, `"misc"`).
pub fn entity_class(kind: EntityType) -> &'static str {
    ENTITY_TYPES
        .iter()
        .find(|(k, _, _)| *k == kind)
        .map_or("misc", |(_, class, _)| class)
}

#[cfg(test)]
mod tests {
    use super::*;
    use article_lens_core::clean::LineKind;
    use article_lens_core::report::{Block, Entity, LanguageShare, Mention};

    fn block(kind: LineKind, text: &str, start: usize) -> Block {
        Block {
            line_start: 1,
            line_end: 1,
            kind,
            lang: Some("deu".into()),
            lang_detected: true,
            reason_kind: None,
            reason: None,
            text: text.into(),
            start,
            end: start + text.chars().count(),
        }
    }

    fn entity(name: &str, kind: EntityType, spans: &[(usize, usize)]) -> Entity {
        Entity {
            name: name.into(),
            kind,
            mentions: spans
                .iter()
                .map(|&(start, end)| Mention {
                    text: String::new(),
                    start,
                    end,
                })
                .collect(),
        }
    }

    /// "Ελλάδα" is 6 chars / 12 bytes: block offsets after it must land on char boundaries.
    fn greek_analysis() -> Analysis {
        let text = "Ελλάδα\n\nΟ Στόλτενμπεργκ είπε.\nWerbung".to_owned();
        let report = Report {
            blocks: vec![
                block(LineKind::Headline, "Ελλάδα", 0),
                block(LineKind::Body, "Ο Στόλτενμπεργκ είπε.", 8),
                block(LineKind::Boilerplate, "Werbung", 30),
            ],
            entities: vec![
                entity("Jens Stoltenberg", EntityType::Per, &[(10, 23)]),
                entity("Greece", EntityType::Loc, &[(0, 6)]),
            ],
            ..Report::default()
        };
        Analysis::new(text, report, 1.0)
    }

    #[test]
    fn blocks_are_sliced_by_character_offsets() {
        let a = greek_analysis();
        assert_eq!(a.block_text(0), "Ελλάδα");
        assert_eq!(a.block_text(1), "Ο Στόλτενμπεργκ είπε.");
        assert_eq!(a.block_text(2), "Werbung");
        assert_eq!(a.block_text(9), "");
    }

    #[test]
    fn text_between_character_offsets() {
        let a = greek_analysis();
        assert_eq!(a.text_between(10, 23), "Στόλτενμπεργκ");
        assert_eq!(a.text_between(30, 99), "Werbung");
        assert_eq!(a.text_between(5, 2), "");
    }

    #[test]
    fn body_headline_and_removed_lines_are_told_apart() {
        let a = greek_analysis();
        assert_eq!(a.body_blocks().collect::<Vec<_>>(), [1]);
        assert_eq!(a.headline_block(), Some(0));
        assert_eq!(a.removed_blocks().collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn mentions_are_found_per_block() {
        let a = greek_analysis();
        assert_eq!(a.mentions_in(8, 29).len(), 1);
        assert_eq!(a.mentions_in(0, 6)[0].entity, 1);
        assert!(a.mentions_in(30, 37).is_empty());
        let runs = a.block_runs(1, &Focus::default());
        let texts: Vec<&str> = runs.iter().map(|r| r.text).collect();
        assert_eq!(texts, ["Ο ", "Στόλτενμπεργκ", " είπε."]);
        assert_eq!(runs[1].entity, Some(0));
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let mut report = Report {
            blocks: vec![block(LineKind::Body, "Hallo", 7)],
            ..Report::default()
        };
        report.blocks[0].end = 99;
        let a = Analysis::new("Hallo".into(), report, 0.0);
        assert_eq!(a.block_text(0), "");
        assert!(
            a.block_runs(
                0,
                &Focus {
                    places: vec![(0, 50)],
                    context: vec![(0, 50)],
                }
            )
            .iter()
            .all(|r| r.text.is_empty())
        );
    }

    #[test]
    fn overlapping_mentions_keep_the_longest() {
        let report = Report {
            entities: vec![
                entity("Stoltenberg", EntityType::Per, &[(5, 16)]),
                entity("Jens Stoltenberg", EntityType::Per, &[(0, 16)]),
                entity("Empty", EntityType::Misc, &[(3, 3)]),
            ],
            ..Report::default()
        };
        let a = Analysis::new("Jens Stoltenberg".into(), report, 0.0);
        assert_eq!(
            a.mentions_in(0, 16),
            [MentionRef {
                start: 0,
                end: 16,
                entity: 1
            }]
        );
    }

    #[test]
    fn selections_give_focus_ranges() {
        let a = greek_analysis();
        assert_eq!(a.focus(Some(Selection::Entity(0))).places, [(10, 23)]);
        let fact = a.focus(Some(Selection::Span {
            start: 10,
            end: 15,
            sentence: Some((8, 29)),
        }));
        assert_eq!((fact.places, fact.context), (vec![(10, 15)], vec![(8, 29)]));
        let without_sentence = a.focus(Some(Selection::Span {
            start: 1,
            end: 2,
            sentence: None,
        }));
        assert!(without_sentence.context.is_empty());
        assert_eq!(a.focus(None), Focus::default());
        assert!(a.focus(Some(Selection::Entity(7))).places.is_empty());
    }

    #[test]
    fn sentences_are_excerpted_on_one_line() {
        let text = "Er sagte:\n\n„Wir reden   weiter.“ Ελλάδα και Ρωσία.";
        let a = Analysis::new(text.into(), Report::default(), 0.0);
        let (whole, excerpt) = a.sentence_excerpt(0, 32, 100);
        assert_eq!(whole, "Er sagte: „Wir reden weiter.“");
        assert_eq!(excerpt, whole);
        let (whole, excerpt) = a.sentence_excerpt(33, 50, 10);
        assert_eq!(whole, "Ελλάδα και Ρωσία.");
        assert_eq!(excerpt, "Ελλάδα και…");
        assert_eq!(a.sentence_excerpt(5, 5, 10), (String::new(), String::new()));
        assert_eq!(a.sentence_excerpt(40, 999, 100).0, "και Ρωσία.");
    }

    #[test]
    fn selections_in_removed_lines_are_told_apart() {
        let a = greek_analysis();
        assert!(a.in_article(Selection::Entity(0)), "a name in the body");
        assert!(
            a.in_article(Selection::Entity(1)),
            "a place in the headline"
        );
        assert!(
            !a.in_article(Selection::Span {
                start: 31,
                end: 35,
                sentence: Some((30, 37)),
            }),
            "inside 'Werbung'"
        );
        assert!(!a.in_article(Selection::Entity(5)), "no such entity");
    }

    #[test]
    fn char_offsets_map_to_bytes() {
        assert_eq!(
            char_to_byte("aé€b", &[0, 1, 2, 3, 4, 9]),
            [0, 1, 3, 6, 7, 7]
        );
        assert_eq!(char_to_byte("", &[0, 1]), [0, 0]);
    }

    #[test]
    fn languages_are_named_and_summarised() {
        assert_eq!(language_name("deu"), "German");
        assert_eq!(language_name("ell"), "Greek");
        assert_eq!(language_name("xyz"), "xyz");
        let report = Report {
            languages: vec![
                LanguageShare {
                    code: "deu".into(),
                    name: "German".into(),
                    share: 0.554,
                },
                LanguageShare {
                    code: "eng".into(),
                    name: "English".into(),
                    share: 0.446,
                },
            ],
            ..Report::default()
        };
        assert_eq!(
            language_summary(&report),
            "German 55\u{a0}%, English 45\u{a0}%"
        );
        assert_eq!(percent(1.7), "100\u{a0}%");
    }

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(format_number(100_000.0), "100\u{202f}000");
        assert_eq!(format_number(-1_234_567.0), "-1\u{202f}234\u{202f}567");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(20.5), "20.5");
        assert_eq!(format_number(f64::NAN), "NaN");
        assert_eq!(format_number(1e20), "100000000000000000000");
    }

    #[test]
    fn entity_types_have_classes() {
        assert_eq!(entity_class(EntityType::Per), "per");
        assert_eq!(entity_class(EntityType::Misc), "misc");
    }
}
