//! Stage 4: every non-blank line classified as headline, body, caption, meta or boilerplate.
//!
//! Takes the [`Document`], its [`Block`]s and the per-line language guesses and returns one
//! [`LineClass`] per document line (`None` for blank lines): what the line is and, for every
//! line that is not body, a [`Reason`] the page can show next to it ("related-story teaser:
//! '2 days ago'", "share prompt", "repeated headline", "language differs from the article
//! (spa)").
//!
//! Why it works: in plain text nothing marks the article, but its context does. The steps,
//! one file each:
//! 1. `features.rs`: every line measured (length, sentence shape, its share of function
//!    words, whether it is program code or has no letter, whether it stands alone in its
//!    block) and searched for the closed vocabulary of page furniture in `cues.rs` (share
//!    prompts, advertisement labels, "Read also", rail headings, menus, publication stamps,
//!    credits, bylines, figure captions, "2 days ago" stamps from CLDR, teaser cards glued to
//!    their summaries, comment headings and "Jane says:" lines, consent, copyright and
//!    disclaimer notices, in some 30 languages);
//! 2. `article.rs`: the article's core is the best run of prose (maximum-sum segments over
//!    line scores, wrapped paragraphs scored whole, short lines between prose cheap, a
//!    runtime's warning never), where runs after the comments or the footer, after a rail
//!    heading, near the page's end, made of a consent dialog, of long lines that are not
//!    running text or of cards (paragraphs each glued under a title) count for less; the core then takes in what belongs to it
//!    (closing sentences, paragraphs after an insert, lists of one shape at either end, a
//!    list its last sentence announces, the rest of an article written line by line, the
//!    sentence introducing it, the lead above the photo or a table of contents) and drops an
//!    author box at its end; lines in another language
//!    than a single-language core are cut off;
//! 3. `headline.rs`: the title-like line just above the core (or its lead), its repeats and
//!    breadcrumbs;
//! 4. `rules.rs`: each line's kind from its cue and its place: body in the core (subheadings
//!    included), captions between headline and core, navigation above (a table of contents
//!    too), teasers, footers and foreign-language lines after.
//!
//! Everything is linear in the input: each line is measured once (cue searches look at a
//! bounded head or tail of it) and the core is found in one pass.

mod article;
mod cues;
mod features;
mod headline;
mod rules;

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
    /// The author's name line ("By Jane Doe").
    Byline,
    /// The headline printed again.
    RepeatedHeadline,
    /// Running text that is not the article's (notices, other stories, the page's own blurbs).
    OutsideArticle,
    /// The author's biography below the article ("Jane Doe is a reporter at …").
    AuthorBio,
}

impl ReasonKind {
    /// A short human-readable name of the kind.
    pub fn label(self) -> &'static str {
        match self {
            ReasonKind::Headline => "headline",
            ReasonKind::Teaser => "related-story teaser",
            ReasonKind::SharePrompt => "share prompt",
            ReasonKind::Navigation => "navigation",
            ReasonKind::Advertisement => "advertisement label",
            ReasonKind::ConsentNotice => "consent notice",
            ReasonKind::Caption => "photo caption",
            ReasonKind::Credit => "credit",
            ReasonKind::RepeatedLine => "repeated line",
            ReasonKind::ForeignLanguage => "language differs from the article",
            ReasonKind::Footer => "publisher footer",
            ReasonKind::Timestamp => "date stamp",
            ReasonKind::Fragment => "short fragment outside the article",
            ReasonKind::Byline => "byline",
            ReasonKind::RepeatedHeadline => "repeated headline",
            ReasonKind::OutsideArticle => "text outside the article",
            ReasonKind::AuthorBio => "author's biography",
        }
    }
}

/// Why a line was classified as it was: a kind and, where useful, the words that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The kind of reason.
    pub kind: ReasonKind,
    /// The cue found in the line, e.g. `"2 days ago"`.
    pub evidence: Option<String>,
}

/// Evidence longer than this (characters) is shortened with an ellipsis when displayed.
const EVIDENCE_CHARS: usize = 40;

impl fmt::Display for Reason {
    /// The kind's label and, where there is one, the evidence: "related-story teaser: '2 days
    /// ago'", "language differs from the article (spa)", "photo caption, credit: 'AFP'".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = self.kind.label();
        let Some(evidence) = self.evidence.as_deref().filter(|e| !e.is_empty()) else {
            return f.write_str(label);
        };
        let mut shown: String = evidence.chars().take(EVIDENCE_CHARS).collect();
        if evidence.chars().nth(EVIDENCE_CHARS).is_some() {
            shown.push('…');
        }
        match self.kind {
            ReasonKind::ForeignLanguage => write!(f, "{label} ({shown})"),
            ReasonKind::Caption => write!(f, "{label}, credit: '{shown}'"),
            _ => write!(f, "{label}: '{shown}'"),
        }
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
    let lines = features::measure(doc, blocks);
    let article = article::locate(doc, &lines, guesses);
    let header = headline::find(doc, &lines, &(article.lead..article.core.end));
    let mut classes = vec![None; doc.lines().len()];
    for (line, class) in lines.iter().zip(rules::assign(&lines, &article, &header)) {
        classes[line.index] = Some(class);
    }
    classes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(kind: ReasonKind, evidence: Option<&str>) -> String {
        Reason {
            kind,
            evidence: evidence.map(str::to_owned),
        }
        .to_string()
    }

    #[test]
    fn reasons_read_as_short_phrases() {
        assert_eq!(
            shown(ReasonKind::Teaser, Some("2 days ago")),
            "related-story teaser: '2 days ago'"
        );
        assert_eq!(shown(ReasonKind::SharePrompt, None), "share prompt");
        assert_eq!(
            shown(ReasonKind::RepeatedHeadline, None),
            "repeated headline"
        );
        assert_eq!(
            shown(ReasonKind::ForeignLanguage, Some("spa")),
            "language differs from the article (spa)"
        );
        assert_eq!(
            shown(ReasonKind::Caption, Some("REUTERS/Ints Kalnins")),
            "photo caption, credit: 'REUTERS/Ints Kalnins'"
        );
        assert_eq!(
            shown(ReasonKind::Credit, Some("Źródło: Reuters")),
            "credit: 'Źródło: Reuters'"
        );
        assert_eq!(
            shown(ReasonKind::Advertisement, Some("")),
            "advertisement label"
        );
    }

    #[test]
    fn long_evidence_is_shortened_on_a_char_boundary() {
        let long = "ά".repeat(100);
        let text = shown(ReasonKind::ConsentNotice, Some(&long));
        assert!(text.ends_with("…'"));
        assert_eq!(text.chars().filter(|&c| c == 'ά').count(), EVIDENCE_CHARS);
    }

    #[test]
    fn every_kind_has_a_label() {
        use ReasonKind::*;
        let kinds = [
            Headline,
            Teaser,
            SharePrompt,
            Navigation,
            Advertisement,
            ConsentNotice,
            Caption,
            Credit,
            RepeatedLine,
            ForeignLanguage,
            Footer,
            Timestamp,
            Fragment,
            Byline,
            RepeatedHeadline,
            OutsideArticle,
        ];
        let mut labels: Vec<_> = kinds.iter().map(|k| k.label()).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), kinds.len());
    }

    #[test]
    fn classify_is_parallel_to_the_lines() {
        let doc = Document::parse("Werbung\n\nEin Absatz.");
        let blocks = crate::layout::blocks(&doc);
        let classes = classify(&doc, &blocks, &crate::lang::guess_lines(&doc));
        assert_eq!(classes.len(), 3);
        assert!(classes[1].is_none());
        // Blocks only add context: without them every non-blank line is still classified.
        let without_blocks = classify(&doc, &[], &[]);
        assert!(without_blocks[0].is_some() && without_blocks[2].is_some());
    }
}
