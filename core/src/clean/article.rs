//! The article's core: the densest run of prose lines, and the article's language.
//!
//! Takes the measured lines and the per-line language guesses and returns the [`Article`]:
//! the run of lines that holds the article's text, its main language, and which lines are
//! reliably in another language.
//!
//! Why it works: in the text of a news page the article is the one long stretch where
//! paragraphs of running text follow each other, while menus, teaser rails, footers and
//! notices are runs of short lines and cue lines. Every line gets a score, positive for prose
//! and negative for short lines and cues, and the core is the run with the largest sum
//! (Kadane's maximum-sum segment, linear time). A short line between paragraphs (a
//! subheading, an advertisement label) costs less than the paragraphs around it earn, so the
//! run goes through it; a rail of twenty teasers does not pay for itself. When the core is
//! clearly in one language, lines reliably in another language score negative too, which
//! cuts a foreign author blurb or teaser list off the article's end without touching a
//! mixed-language article (whose core is not in one language).

use super::cues::CueKind;
use super::features::Line;
use crate::document::Document;
use crate::lang::{self, Lang, LineGuess};
use std::ops::Range;

/// Share of the core's reliably guessed prose that one language must hold for the article to
/// count as written in one language.
const SINGLE_LANGUAGE_SHARE: f64 = 0.75;
/// Lines shorter than this (characters) are never called foreign: the guess is too weak.
const FOREIGN_MIN_WEIGHT: usize = 40;

/// Where the article is, and which lines are in another language than its own.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Article {
    /// Positions (into the measured lines) of the article's core; empty when there is none.
    pub core: Range<usize>,
    /// Per measured line: the language it is reliably guessed in, when that is not the
    /// language of the core's prose.
    pub foreign: Vec<Option<Lang>>,
}

/// Languages that a detector confuses on a line or two; a line guessed as the sibling of the
/// article's language is not foreign.
const SIBLINGS: &[&[&str]] = &[
    &["dan", "nob"],
    &["ces", "slk"],
    &["hrv", "srp", "slv"],
    &["nld", "afr"],
    &["ind", "jav"],
    &["hin", "mar", "nep"],
];

fn same_language(a: Lang, b: Lang) -> bool {
    a == b
        || SIBLINGS
            .iter()
            .any(|group| group.contains(&a.code()) && group.contains(&b.code()))
}

/// True when standing alone in a block tells something: the page sets some lines apart with
/// blank lines (paragraphs, headings) and runs others together (menus, lists), rather than
/// doing one of the two everywhere.
fn layout_tells(lines: &[Line]) -> bool {
    let alone = lines.iter().filter(|l| l.alone).count();
    (lines.len() / 7..=lines.len() * 6 / 7).contains(&alone) && lines.len() >= 7
}

/// The score of one line: what it adds to a run that is meant to be the article.
/// `layout_tells` says whether a short line set apart by blank lines (a paragraph or a
/// heading of its own) should cost less than one run together with others (a menu entry).
fn score(line: &Line, foreign: bool, layout_tells: bool) -> f32 {
    // One notice word ("newsletter") in a line of text may be its topic: scored as text, a
    // little lower.
    let weak_notice = line
        .cue
        .as_ref()
        .is_some_and(|cue| cue.kind == CueKind::Consent && cue.hits < 2);
    if let Some(cue) = line.cue.as_ref().filter(|_| !weak_notice) {
        return match cue.kind {
            // What closes an article (share buttons, comments, lists of other stories, the
            // copyright line) is crossed only by as much prose again as a long paragraph.
            CueKind::Share | CueKind::Comments | CueKind::Rail | CueKind::Footer => -5.0,
            // Photo credits, advertisement labels and "Read also" links stand between an
            // article's paragraphs and cost no more than a short line there.
            CueKind::CaptionCredit | CueKind::Credit | CueKind::Ad | CueKind::ReadAlso => -1.0,
            _ => -2.5,
        };
    }
    if foreign {
        return -2.0;
    }
    let weight = line.weight as f32;
    let notice_penalty = if weak_notice { 0.5 } else { 0.0 };
    let set_apart = if layout_tells && line.alone && !line.is_prose() {
        0.4
    } else {
        0.0
    };
    set_apart - notice_penalty
        + match (line.weight, line.sentence_end) {
            (150.., true) => (weight / 100.0).min(6.0) + 0.5,
            (150.., false) => (weight / 200.0).min(3.0) - 0.3,
            (80.., true) => 1.0,
            (80.., false) => -0.3,
            (40.., true) => 0.2,
            (40.., false) => -0.8,
            (_, true) => -0.5,
            (_, false) => -0.7,
        }
}

/// A run scoring this much holds an article (three paragraphs of a few sentences).
const ARTICLE_SCORE: f32 = 3.0;

/// The run with the largest positive sum (empty when no score is positive), among the lines
/// before the first comments heading that follows an article: what readers write below an
/// article is not the article, however much of it there is.
fn densest_run(lines: &[Line], scores: impl Iterator<Item = f32>) -> Range<usize> {
    let mut best = (0.0f32, 0..0);
    let mut sum = 0.0f32;
    let mut start = 0;
    for (at, score) in scores.enumerate() {
        let comments = lines[at]
            .cue
            .as_ref()
            .is_some_and(|cue| cue.kind == CueKind::Comments);
        if comments && best.0 >= ARTICLE_SCORE {
            break;
        }
        if sum <= 0.0 {
            sum = 0.0;
            start = at;
        }
        sum += score;
        if sum > best.0 {
            best = (sum, start..at + 1);
        }
    }
    best.1
}

/// Extends the core over the short sentences that close many articles ("He declined to
/// comment."), which score slightly negative on their own.
fn extend_over_closing_sentences(
    lines: &[Line],
    foreign: &[Option<Lang>],
    core: &mut Range<usize>,
) {
    while let Some(next) = lines.get(core.end) {
        let closing = next.cue.is_none()
            && next.sentence_end
            && next.words >= 3
            && foreign[core.end].is_none();
        if !closing {
            break;
        }
        core.end += 1;
    }
}

/// Finds the article's core and the lines in another language than its prose.
pub(super) fn locate(doc: &Document, lines: &[Line], guesses: &[Option<LineGuess>]) -> Article {
    let layout = layout_tells(lines);
    let mut core = densest_run(lines, lines.iter().map(|l| score(l, false, layout)));
    if core.is_empty() {
        core = fallback_core(lines);
    }
    // The core's prose, by document line index (as `guesses` are indexed).
    let mut keep = vec![false; doc.lines().len()];
    for line in &lines[core.clone()] {
        keep[line.index] = line.is_prose() && line.cue.is_none();
    }
    let kept = |index: usize| keep.get(index).copied().unwrap_or(false);
    let language = lang::dominant_language(doc, guesses, kept);
    let single_language = language.is_some_and(|language| {
        dominant_share(doc, guesses, kept, language) >= SINGLE_LANGUAGE_SHARE
    });
    let foreign: Vec<Option<Lang>> = match language {
        Some(language) => lines
            .iter()
            .map(|line| {
                let guess = guesses.get(line.index).copied().flatten()?;
                let other = guess.lang?;
                (guess.reliable
                    && line.weight >= FOREIGN_MIN_WEIGHT
                    && !same_language(other, language))
                .then_some(other)
            })
            .collect(),
        None => vec![None; lines.len()],
    };
    if single_language && foreign.iter().any(Option::is_some) {
        let rescored = densest_run(
            lines,
            lines
                .iter()
                .zip(&foreign)
                .map(|(line, foreign)| score(line, foreign.is_some(), layout)),
        );
        if !rescored.is_empty() {
            core = rescored;
        }
    }
    if !core.is_empty() {
        extend_over_closing_sentences(lines, &foreign, &mut core);
    }
    Article { core, foreign }
}

/// With no positive run (a paste of a few short lines), the heaviest plain line of at least
/// three words is the article.
fn fallback_core(lines: &[Line]) -> Range<usize> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.cue.is_none() && l.words >= 3)
        .max_by_key(|(_, l)| l.weight)
        .map_or(0..0, |(position, _)| position..position + 1)
}

/// The share of `language` among the kept lines' reliable guesses, weighted by length.
fn dominant_share(
    doc: &Document,
    guesses: &[Option<LineGuess>],
    keep: impl Fn(usize) -> bool,
    language: Lang,
) -> f64 {
    let mut total = 0usize;
    let mut dominant = 0usize;
    for (index, guess) in guesses.iter().enumerate() {
        let Some(LineGuess {
            lang: Some(lang),
            reliable: true,
            ..
        }) = guess
        else {
            continue;
        };
        let Some(line) = doc.lines().get(index).filter(|_| keep(index)) else {
            continue;
        };
        let weight = line.span.len();
        total += weight;
        if same_language(*lang, language) {
            dominant += weight;
        }
    }
    if total == 0 {
        1.0
    } else {
        dominant as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::features;
    use crate::layout;

    fn article(text: &str) -> (Vec<Line>, Article) {
        let doc = Document::parse(text);
        let lines = features::measure(&doc, &layout::blocks(&doc));
        let guesses = lang::guess_lines(&doc);
        let article = locate(&doc, &lines, &guesses);
        (lines, article)
    }

    const DE: &str = "Die Sitzung des Rates, ein Format, das seit 2002 für den Dialog verwendet \
                      wird, wird am 12. Januar in Brüssel stattfinden, sagte ein Sprecher.";
    const EN: &str = "Worried about Russia's military build-up along Ukraine's border, the Western \
                      military alliance has been seeking a meeting of the council for weeks.";
    const IT: &str = "Il leader della Nato ha detto mercoledì che permangono differenze \
                      significative tra il blocco e la Russia dopo quattro ore di colloqui.";
    const ES: &str = "Defensor de la cultura pop. Quiero ser un erudito en comida. Experto en \
                      alcohol. Evangelista de la web y amante de los viajes por todo el mundo.";

    #[test]
    fn the_core_is_the_densest_prose_run() {
        let text =
            format!("Home\nNews\nSport\n\n{DE}\n\nZwischentitel\n\n{DE}\n\nTeilen\nImpressum");
        let (lines, found) = article(&text);
        assert_eq!(found.core, 3..6);
        assert_eq!(lines[found.core.start].index, 4);
    }

    #[test]
    fn a_rail_of_short_lines_is_not_crossed() {
        let rail = "Kurzmeldung eins\nKurzmeldung zwei\nKurzmeldung drei\nKurzmeldung vier\n";
        let text = format!("{DE}\n{DE}\n{rail}{rail}{rail}{EN}");
        let (_, found) = article(&text);
        assert_eq!(found.core, 0..2);
    }

    #[test]
    fn comments_below_an_article_are_not_the_article() {
        let comment = "Ich sehe das ganz anders, denn die Regeln galten schon immer für alle \
                       Nutzer, und niemand hat sich bisher darüber beschwert, soweit ich weiß.";
        let comments = format!("{comment}\n\n").repeat(6);
        let text = format!("{DE}\n\n{DE}\n\n{DE}\n\n12 Kommentare\n\n{comments}");
        let (_, found) = article(&text);
        assert_eq!(found.core, 0..3);
    }

    #[test]
    fn a_mixed_language_core_keeps_both_languages() {
        let text = format!("{DE}\n\n{EN}\n\n{DE}\n\n{EN}");
        let (_, found) = article(&text);
        assert_eq!(found.core, 0..4);
        assert!(found.foreign.iter().any(Option::is_some));
    }

    #[test]
    fn a_foreign_blurb_is_cut_off_a_single_language_core() {
        let text = format!("{IT}\n{IT}\n{IT}\n{IT}\n{IT}\n{IT}\n{ES}\nMore Stories");
        let (_, found) = article(&text);
        assert_eq!(found.core, 0..6);
        assert_eq!(found.foreign[6].map(Lang::code), Some("spa"));
    }

    #[test]
    fn a_short_paste_falls_back_to_its_longest_line() {
        let (_, found) = article("Menu\nNATO talks end without a deal");
        assert_eq!(found.core, 1..2);
        let (_, none) = article("Menu\nSearch");
        assert!(none.core.is_empty());
    }

    #[test]
    fn closing_sentences_stay_with_the_article() {
        let text = format!("{DE}\n{DE}\nEr lehnte ab.\nImpressum");
        let (_, found) = article(&text);
        assert_eq!(found.core, 0..3);
    }

    #[test]
    fn sibling_languages_are_not_foreign() {
        let dan = Lang::from_code("dan").unwrap();
        let nob = Lang::from_code("nob").unwrap();
        let ita = Lang::from_code("ita").unwrap();
        assert!(same_language(dan, nob));
        assert!(!same_language(dan, ita));
    }
}
