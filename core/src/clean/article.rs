//! The article's core: the best run of prose lines, and the article's language.
//!
//! Takes the measured lines and the per-line language guesses and returns the [`Article`]:
//! the run of lines that holds the article's text, the lead above it, its main language, and
//! which lines are reliably in another language.
//!
//! Why it works: in the text of a news page the article is the one long stretch where
//! paragraphs of running text follow each other, while menus, teaser rails, footers and
//! notices are runs of short lines and cue lines. Every line gets a score, positive for prose
//! and negative for short lines and cues (a paragraph wrapped over several lines is scored as
//! one; a short line between two paragraphs costs little), and every run whose running sum
//! stays positive is a candidate (Kadane's maximum-sum segments, linear time). A short line
//! between paragraphs (a subheading, an advertisement label) costs less than the paragraphs
//! around it earn, so a run goes through it; a rail of twenty teasers does not pay for
//! itself. Runs are then weighed by their place: what stands after a comments heading or the
//! copyright footer, right after a rail heading, in a cookie dialog or near the very end of
//! the page is prose too, but rarely the article; and by how much they read as an article:
//! long lines with few function words (a product sheet, a feature list) and a list of cards
//! (each paragraph glued under a title of its own: other stories, a Q&A widget) are worth
//! less than paragraphs of running text that follow each other. A runtime's warning
//! ("Warning: … in /srv/www/page.php on line 12") scores as a cue: it is never the
//! article, however long. The chosen core then takes in the parts of
//! the article that do not score as prose: its closing sentences, paragraphs after a photo
//! or an advertisement, a list of one shape (dates, quantities, numbered steps) at either
//! end, a list that its last sentence announces ("Folgende Orte sind betroffen:"), the rest
//! of an article written line by line (a recipe whose steps stand apart like paragraphs),
//! its first subheading when a table of contents above it names its sections, the sentence
//! right above it that introduces it ("Er sagte:"), the lead above the photo or the
//! table of contents, and the subtitle right below the headline; an author box at its end
//! is cut off. When the core is clearly in one language, lines reliably in another
//! language score negative too, which cuts a foreign author blurb or teaser list off the
//! article's end without touching a mixed-language article (whose core is not in one
//! language).

use super::cues::CueKind;
use super::features::{Line, REPEAT_MIN_WORDS};
use super::headline;
use crate::document::Document;
use crate::lang::{self, Lang, LineGuess};
use std::collections::HashSet;
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
    /// Position of the topmost lead paragraph above the core (the core's start when there is
    /// none): the headline stands above it.
    pub lead: usize,
    /// Per measured line: the language it is reliably guessed in, when that is not the
    /// language of the core's prose.
    pub foreign: Vec<Option<Lang>>,
    /// Positions of the entries of a table of contents between the lead and the core: short
    /// lines that the core repeats as its subheadings.
    pub contents: Vec<usize>,
    /// Positions of the box about the author cut off the core's end (empty when none).
    pub author_box: Range<usize>,
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
    // A runtime's warning may be long, but it is never the article.
    if line.diagnostic {
        return -2.5;
    }
    if foreign {
        return -2.0;
    }
    // A list number or a counter ("1.", "(0)") is neither article nor furniture, and nor is
    // a line of program code: both count as what stands around them.
    if line.letterless || line.code {
        return 0.0;
    }
    let weight = line.weight as f32;
    let running_text = line.is_running_text();
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
            (40.., true) if running_text => 0.5,
            (40.., true) => 0.2,
            (40.., false) => -0.8,
            (_, true) => -0.5,
            (_, false) => -0.7,
        }
}

/// What a run is worth when it follows the comments heading or the copyright footer of the
/// page, or holds a consent dialog, relative to a run of the same prose elsewhere.
const DISCOUNT_AFTER_END: f32 = 0.3;
/// ... and when it opens right after the heading of a list of other stories.
const DISCOUNT_AFTER_RAIL: f32 = 0.5;
/// Where in a page (as a share of its lines) a run starts late, and how much of its value it
/// loses by starting at the very end.
const LATE_START: f32 = 0.5;
const LATE_START_DISCOUNT: f32 = 0.5;
/// How many lines above a run a rail heading discounts it.
const RAIL_WINDOW: usize = 6;
/// Notice words (cookies, consent, subscription) that make a run a consent dialog.
const CONSENT_DIALOG_HITS: usize = 3;

/// What a repeated line adds to a run at most.
const REPEAT_SCORE: f32 = -0.5;

/// Every line's score, a paragraph wrapped over several lines scored as one paragraph and
/// its score shared among its lines, a line printed again scored as furniture.
fn line_scores(
    lines: &[Line],
    wrapped: &[Range<usize>],
    foreign: impl Fn(usize) -> bool,
    layout: bool,
) -> Vec<f32> {
    let mut seen = HashSet::with_capacity(lines.len());
    let mut scores: Vec<f32> = (0..lines.len())
        .map(|p| {
            let line = &lines[p];
            let repeat = !seen.insert(line.key) && line.words >= REPEAT_MIN_WORDS;
            let score = score(line, foreign(p), layout);
            // An article says each paragraph once; the page repeats its furniture.
            if repeat {
                score.min(REPEAT_SCORE)
            } else {
                score
            }
        })
        .collect();
    for paragraph in wrapped {
        if paragraph.clone().any(&foreign) {
            continue;
        }
        let parts = &lines[paragraph.clone()];
        let mut whole = parts[parts.len() - 1].clone();
        whole.weight = parts.iter().map(|l| l.weight).sum();
        whole.words = parts.iter().map(|l| l.words).sum();
        whole.function_words = parts.iter().map(|l| l.function_words).sum();
        whole.alone = false;
        let share = score(&whole, false, layout) / parts.len() as f32;
        scores[paragraph.clone()].fill(share);
    }
    scores
}

/// Lines of a paragraph that the page wrapped at a fixed width, as old blogs, mailing lists
/// and plain-text pages do.
const WRAPPED_MIN_WEIGHT: usize = 40;

/// Paragraphs wrapped over several lines: runs of adjacent plain lines where each line but
/// the last stops mid-sentence and the next goes on in lower case ("… modify the behaviour
/// of existing" / "functions without changing …").
fn wrapped_paragraphs(doc: &Document, lines: &[Line]) -> Vec<Range<usize>> {
    let continues = |p: usize| {
        let (line, next) = (&lines[p], &lines[p + 1]);
        let text = doc.line_text(line.index);
        next.index == line.index + 1
            && line.cue.is_none()
            && next.cue.is_none()
            && line.weight >= WRAPPED_MIN_WEIGHT
            && !line.sentence_end
            && !text.ends_with(':')
            && !next.capitalised
            && !next.letterless
    };
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for p in 0..lines.len() {
        if p + 1 < lines.len() && continues(p) {
            continue;
        }
        if p > start {
            paragraphs.push(start..p + 1);
        }
        start = p + 1;
    }
    paragraphs
}

/// How far (in lines) prose on both sides makes a short line part of the text between.
const CONTEXT_LINES: usize = 1;
/// What is left of the cost of a short line with prose on both sides.
const BETWEEN_PROSE: f32 = 0.3;

/// The scores in context: a short plain line with prose within a few lines on both sides (a
/// subheading, a list item, a short sentence, a question) costs less than the same line in a
/// menu or a rail, since the page put it inside running text.
fn in_context(lines: &[Line], mut scores: Vec<f32>) -> Vec<f32> {
    let prose: Vec<bool> = scores.iter().map(|&s| s >= 0.5).collect();
    let mut last_prose: Option<usize> = None;
    let mut next_prose: Vec<Option<usize>> = vec![None; lines.len()];
    let mut next = None;
    for at in (0..lines.len()).rev() {
        next_prose[at] = next;
        if prose[at] {
            next = Some(at);
        }
    }
    for (at, line) in lines.iter().enumerate() {
        let near = |other: Option<usize>| other.is_some_and(|o| o.abs_diff(at) <= CONTEXT_LINES);
        if scores[at] < 0.0 && line.cue.is_none() && near(last_prose) && near(next_prose[at]) {
            scores[at] *= BETWEEN_PROSE;
        }
        if prose[at] {
            last_prose = Some(at);
        }
    }
    scores
}

/// A run of lines whose running score stays positive, with its best prefix.
#[derive(Clone, Debug, PartialEq)]
struct Run {
    lines: Range<usize>,
    score: f32,
}

/// How many lines below a comment's author line its date stands.
const COMMENT_DATE_LINES: usize = 2;

/// Lines past which the article does not go: readers' comments (a comments heading, or an
/// author line such as "Jane says:" with the comment's date below it) and the publisher's
/// copyright footer close it.
fn closes_article(lines: &[Line], at: usize) -> bool {
    let kind = |p: usize| lines.get(p).and_then(|l| l.cue.as_ref()).map(|c| c.kind);
    match kind(at) {
        Some(CueKind::Comments | CueKind::Footer) => true,
        Some(CueKind::CommentAuthor) => (at + 1..=at + COMMENT_DATE_LINES).any(|p| {
            matches!(
                kind(p),
                Some(CueKind::Date | CueKind::Published | CueKind::Stamp)
            )
        }),
        _ => false,
    }
}

/// Every run whose running sum stays positive, cut at the lines that close an article, each
/// with its best prefix (a maximum-sum segment starts where its run starts).
fn positive_runs(lines: &[Line], scores: &[f32]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut current: Option<Run> = None;
    let mut sum = 0.0f32;
    for (at, &score) in scores.iter().enumerate() {
        if closes_article(lines, at) || sum + score <= 0.0 {
            runs.extend(current.take());
            sum = 0.0;
            continue;
        }
        sum += score;
        let run = current.get_or_insert(Run {
            lines: at..at,
            score: 0.0,
        });
        if sum > run.score {
            run.score = sum;
            run.lines.end = at + 1;
        }
    }
    runs.extend(current);
    runs.retain(|run| run.score > 0.0);
    runs
}

/// The run that holds the article: the highest-scoring positive run, where runs after the
/// page's end (a comments heading or copyright footer below some prose), runs right after a
/// rail heading, runs that are a consent dialog, runs of long lines that are not running
/// text and lists of cards count for less. What readers write below an article, other
/// stories' summaries and a cookie banner's paragraphs are prose too, but never the article,
/// however much of them there is.
fn best_run(lines: &[Line], scores: &[f32]) -> Range<usize> {
    let runs = positive_runs(lines, scores);
    // The first closing line with prose before it ends the page's article part.
    let mut prose_seen = 0.0f32;
    let mut end_of_article = lines.len();
    for (at, score) in scores.iter().enumerate() {
        if closes_article(lines, at) && prose_seen >= 1.0 {
            end_of_article = at;
            break;
        }
        prose_seen += score.max(0.0);
    }
    let rail_before = |start: usize| {
        lines[start.saturating_sub(RAIL_WINDOW)..start]
            .iter()
            .any(|l| {
                l.cue
                    .as_ref()
                    .is_some_and(|c| c.kind == CueKind::Rail && c.bare)
            })
    };
    let consent_hits = |run: &Range<usize>| -> usize {
        lines[run.clone()]
            .iter()
            .filter_map(|l| l.cue.as_ref())
            .filter(|c| c.kind == CueKind::Consent)
            .map(|c| c.hits)
            .sum()
    };
    let value = |run: &Run| {
        let mut value = run.score;
        if run.lines.start > end_of_article || consent_hits(&run.lines) >= CONSENT_DIALOG_HITS {
            value *= DISCOUNT_AFTER_END;
        }
        if rail_before(run.lines.start) {
            value *= DISCOUNT_AFTER_RAIL;
        }
        value *= prose_likeness(lines, &run.lines);
        if card_list(lines, &run.lines) {
            value *= DISCOUNT_CARD_LIST;
        }
        // Articles start in the first part of a page; what starts near its end is what
        // pages put after articles (comments, other stories, legal text).
        let place = run.lines.start as f32 / lines.len() as f32;
        value * (1.0 - LATE_START_DISCOUNT * ((place - LATE_START) / (1.0 - LATE_START)).max(0.0))
    };
    runs.iter()
        .map(|run| (value(run), run))
        .fold(None::<(f32, &Run)>, |best, (v, run)| match best {
            Some((b, _)) if b >= v => best,
            _ => Some((v, run)),
        })
        .map_or(0..0, |(_, run)| run.lines.clone())
}

/// How much of a run's value rests on its paragraphs reading as running text: a run of long
/// lines with few function words (a product sheet, a list of specifications, a download
/// page's feature list) is worth this much less than a run of sentences of the same length.
const RUNNING_TEXT_WEIGHT: f32 = 0.4;

/// The factor a run's value is weighed by for how much its paragraphs read as an article:
/// 1 when all its paragraphs (by weight) are running text (enough function words of one
/// language among their words), `1 - RUNNING_TEXT_WEIGHT` when none is.
fn prose_likeness(lines: &[Line], run: &Range<usize>) -> f32 {
    let (running, total) =
        lines[run.clone()]
            .iter()
            .filter(|l| l.is_prose())
            .fold((0, 0), |(running, total), l| {
                let text = if l.is_running_text() { l.weight } else { 0 };
                (running + text, total + l.weight)
            });
    if total == 0 {
        return 1.0 - RUNNING_TEXT_WEIGHT;
    }
    1.0 - RUNNING_TEXT_WEIGHT + RUNNING_TEXT_WEIGHT * running as f32 / total as f32
}

/// What a list of cards is worth relative to an article of the same prose.
const DISCOUNT_CARD_LIST: f32 = 0.3;
/// Cards a run needs to be a list of them.
const CARD_LIST_MIN: usize = 3;

/// True when the run is a list of cards rather than an article: at least half of its
/// paragraphs (and three or more) sit right under a title line of their own in the same block
/// (other stories' titles and summaries, questions of a Q&A widget with their first answers,
/// products with their blurbs). An article's paragraphs follow each other, and its
/// subheadings stand apart and above several paragraphs.
fn card_list(lines: &[Line], run: &Range<usize>) -> bool {
    let mut paragraphs = 0;
    let mut cards = 0;
    for p in run.clone() {
        let line = &lines[p];
        if !line.is_prose() || line.cue.is_some() {
            continue;
        }
        paragraphs += 1;
        let titled = p.checked_sub(1).map(|q| &lines[q]).is_some_and(|title| {
            title.index + 1 == line.index
                && title.cue.is_none()
                && !title.is_prose()
                && !title.letterless
                && title.words >= 2
        });
        if titled {
            cards += 1;
        }
    }
    cards >= CARD_LIST_MIN && cards * 2 >= paragraphs
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
    let wrapped = wrapped_paragraphs(doc, lines);
    let scores = line_scores(lines, &wrapped, |_| false, layout);
    let mut core = best_run(lines, &in_context(lines, scores));
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
        let rescored = line_scores(lines, &wrapped, |p| foreign[p].is_some(), layout);
        let rescored = best_run(lines, &in_context(lines, rescored));
        if !rescored.is_empty() {
            core = rescored;
        }
    }
    let mut contents = Vec::new();
    let mut author_box = 0..0;
    if !core.is_empty() {
        extend_over_closing_sentences(lines, &foreign, &mut core);
        extend_over_inserts(lines, &foreign, &mut core);
        // A list may come in parts, each behind its own heading ("For the dough:").
        loop {
            let before = core.clone();
            extend_over_lists(doc, lines, &mut core);
            extend_over_introduced_list(doc, lines, &mut core);
            if core == before {
                break;
            }
        }
        if layout {
            extend_line_by_line_article(lines, &foreign, &mut core);
        }
        extend_over_introduction(lines, &foreign, &mut core);
        contents = contents_entries(lines, &mut core);
        let end = core.end;
        cut_author_box(lines, &contents, &mut core);
        author_box = core.end..end;
    }
    let lead = lead_above(doc, lines, &core, &contents);
    Article {
        core,
        lead,
        foreign,
        contents,
        author_box,
    }
}

/// Entries a table of contents needs.
const CONTENTS_MIN: usize = 2;
/// How many lines above the core a table of contents may take.
const CONTENTS_WINDOW: usize = 30;

/// The entries of a table of contents right above the core: short plain lines, each of which
/// the core prints again as a subheading. Reading upwards from the core's start, the
/// entries may be interleaved with list numbers and other short lines, but not with running
/// text. The article's first subheading, right above the core, is one of them: the core takes
/// it in.
fn contents_entries(lines: &[Line], core: &mut Range<usize>) -> Vec<usize> {
    let first_heading = core.start.saturating_sub(1);
    let mut headings: HashSet<u64> = lines[first_heading..core.end]
        .iter()
        .filter(|l| !l.is_prose() && l.cue.is_none())
        .map(|l| l.key)
        .collect();
    let mut entries = Vec::new();
    for at in (first_heading.saturating_sub(CONTENTS_WINDOW)..first_heading).rev() {
        let line = &lines[at];
        if line.is_prose() {
            break;
        }
        // Each heading is named once (a menu printed twice names its items twice).
        if line.cue.is_none() && !line.letterless && headings.remove(&line.key) {
            entries.push(at);
        }
    }
    // Sections inside the core must be named, not only the line above it.
    let named_inside = entries
        .iter()
        .filter(|&&e| lines[e].key != lines[first_heading].key)
        .count();
    if named_inside < CONTENTS_MIN {
        return Vec::new();
    }
    if entries
        .iter()
        .any(|&e| lines[e].key == lines[first_heading].key)
    {
        core.start = first_heading;
    }
    entries.reverse();
    entries
}

/// How many lines an insert between two paragraphs of the article may take.
const INSERT_WINDOW: usize = 6;
/// How many plain short lines an insert may hold (a caption, a teaser's title).
const INSERT_PLAIN_LINES: usize = 2;

/// Extends the core over what a page inserts between the article's paragraphs (a photo with
/// its caption and credit, an advertisement label, a "Read also" link) to the paragraphs
/// that follow, when the article goes on in the same language after it. What ends an
/// article (share buttons, a rail heading, comments, a footer) is not crossed.
fn extend_over_inserts(lines: &[Line], foreign: &[Option<Lang>], core: &mut Range<usize>) {
    let mut plain = 0;
    let mut at = core.end;
    while at < lines.len() && at - core.end < INSERT_WINDOW {
        let line = &lines[at];
        at += 1;
        match &line.cue {
            Some(cue) if insert_furniture(cue.kind) => continue,
            Some(_) => break,
            None if foreign[at - 1].is_some() => break,
            None if line.is_prose() && line.sentence_end => {
                core.end = at;
                plain = 0;
            }
            None if line.letterless => continue,
            None => {
                plain += 1;
                if plain > INSERT_PLAIN_LINES {
                    break;
                }
            }
        }
    }
}

/// Cues of what a page inserts inside an article.
fn insert_furniture(kind: CueKind) -> bool {
    matches!(
        kind,
        CueKind::Credit | CueKind::CaptionCredit | CueKind::Ad | CueKind::ReadAlso
    )
}

/// Paragraphs an author box holds at most below the author's name.
const AUTHOR_BOX_PARAGRAPHS: usize = 2;
/// Words of a name line.
const NAME_LINE_WORDS: usize = 6;

/// Cuts an author box off the end of the core: a short line that repeats a line from above
/// the article (the author's name from the byline, a section name) followed by at most a
/// couple of paragraphs (the author's biography), or one of the last paragraphs that reads
/// as a biography itself ("Jane Doe is a reporter at …"), with the name line heading it. The
/// article does not print its byline again nor tell its reader who wrote it; the page's box
/// about the author does.
fn cut_author_box(lines: &[Line], contents: &[usize], core: &mut Range<usize>) {
    let name_line = |l: &Line| l.cue.is_none() && l.words <= NAME_LINE_WORDS && !l.is_prose();
    // What a table of contents names is a section's heading, not a name.
    let above: Vec<u64> = lines[..core.start]
        .iter()
        .enumerate()
        .filter(|&(p, l)| name_line(l) && !contents.contains(&p))
        .map(|(_, l)| l.key)
        .collect();
    let mut paragraphs = 0;
    for p in (core.start + 1..core.end).rev() {
        let line = &lines[p];
        if line.is_prose() {
            paragraphs += 1;
            if paragraphs > AUTHOR_BOX_PARAGRAPHS {
                return;
            }
            // A biography names its author itself; the box may head it with the name alone.
            if line.author_bio {
                let headed = p > core.start + 1 && name_line(&lines[p - 1]);
                core.end = if headed { p - 1 } else { p };
                return;
            }
        } else if name_line(line) && above.contains(&line.key) {
            core.end = p;
            return;
        }
    }
}

/// Items a list needs to count as one (three make a pattern).
const LIST_ITEMS: usize = 3;
/// Words of a list item.
const LIST_ITEM_WORDS: std::ops::RangeInclusive<usize> = 2..=20;
/// Words of the heading that introduces a list ("Tour dates:", "Zutaten").
const LIST_HEADING_WORDS: usize = 8;

/// The shape of a line's first two words: a number, a word, or a sign (a bullet, a dash).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Number,
    Word,
    Sign,
}

/// The shape of a list item, when it has one a list can share: its first two words' kinds,
/// with a number or a sign among them ("125 g Mehl", "June 9 – Tampa", "• Item"). Items
/// that start with two plain words are the shape of menus and titles too.
fn item_shape(text: &str) -> Option<[Token; 2]> {
    let mut tokens = text.split_whitespace().map(|word| {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            Token::Number
        } else if word.chars().any(char::is_alphanumeric) {
            Token::Word
        } else {
            Token::Sign
        }
    });
    let shape = [tokens.next()?, tokens.next()?];
    (shape != [Token::Word, Token::Word]).then_some(shape)
}

/// Extends the core over a list that the article holds at its start or end: three or more
/// plain short lines of one shape (tour dates, ingredients, specifications), right next to
/// the core or behind a heading of their own ("Tour dates:"). A list of numbered or dated
/// items next to running text continues it; a menu's or a rail's items have no such shape.
fn extend_over_lists(doc: &Document, lines: &[Line], core: &mut Range<usize>) {
    let shape = |p: usize| {
        let line = &lines[p];
        (line.cue.is_none() && !line.is_prose() && LIST_ITEM_WORDS.contains(&line.words))
            .then(|| item_shape(doc.line_text(line.index)))
            .flatten()
    };
    let heading = |p: usize| {
        let line = &lines[p];
        line.cue.is_none() && !line.sentence_end && (1..=LIST_HEADING_WORDS).contains(&line.words)
    };
    // Downwards: an optional heading, then the items.
    let mut start = core.end;
    if start < lines.len() && heading(start) && shape(start).is_none() {
        start += 1;
    }
    if let Some(first) = (start < lines.len()).then(|| shape(start)).flatten() {
        let end = (start..lines.len())
            .find(|&p| shape(p) != Some(first))
            .unwrap_or(lines.len());
        if end - start >= LIST_ITEMS {
            core.end = end;
        }
    }
    // Upwards: the items, then an optional heading between them and the core.
    let mut end = core.start;
    if end > 0 && heading(end - 1) && shape(end - 1).is_none() {
        end -= 1;
    }
    if let Some(last) = (end > 0).then(|| shape(end - 1)).flatten() {
        let start = (0..end)
            .rev()
            .find(|&p| shape(p) != Some(last))
            .map_or(0, |p| p + 1);
        if end - start >= LIST_ITEMS {
            core.start = start;
        }
    }
}

/// Lines a core needs before its own make-up says how the article is written.
const LINE_BY_LINE_MIN_LINES: usize = 8;
/// The share of short lines (steps, ingredients, headings) that makes a core an article
/// written line by line.
const LINE_BY_LINE_SHORT_SHARE: f32 = 0.4;
/// How many lines an article written line by line may go on past its scored core.
const LINE_BY_LINE_MAX_LINES: usize = 80;

/// Extends a core written line by line (a recipe, a meal plan, instructions: many short
/// lines, each set apart by blank lines as the page's own paragraphs and headings) over the
/// lines of the same make-up that follow it. Its short lines cost the run more than its few
/// long ones earn, so the scored core stops early; where the page sets each line apart, the
/// article goes on while lines stand alone and carry no cue, and ends at the first run of
/// adjacent lines (a menu, a list of links) or the first cue (share buttons, a rail heading,
/// the footer).
fn extend_line_by_line_article(lines: &[Line], foreign: &[Option<Lang>], core: &mut Range<usize>) {
    let core_lines = &lines[core.clone()];
    let short = core_lines
        .iter()
        .filter(|l| l.cue.is_none() && l.weight < 80)
        .count();
    if core_lines.len() < LINE_BY_LINE_MIN_LINES
        || (short as f32) < LINE_BY_LINE_SHORT_SHARE * core_lines.len() as f32
    {
        return;
    }
    let limit = (core.end + LINE_BY_LINE_MAX_LINES).min(lines.len());
    let goes_on = |p: usize| lines[p].alone && lines[p].cue.is_none() && foreign[p].is_none();
    let end = (core.end..limit).find(|&p| !goes_on(p)).unwrap_or(limit);
    core.end = end;
}

/// Words a sentence introducing a list needs ("Folgende Universitäten sind betroffen:"); a
/// shorter label with a colon ("Adresse:", "Tags:") heads page furniture as often.
const LIST_INTRO_WORDS: usize = 3;
/// How many items a list introduced by a sentence may hold.
const LIST_INTRO_ITEMS: usize = 20;

/// Extends the core over a list that its last sentence introduces ("The affected
/// universities are:", "Das Wichtigste in Kürze:", "Voici les étapes :"): the sentence ends
/// with a colon and the items follow as one run of adjacent plain lines, as a page's list
/// elements come out in its text. The items may have any shape (place names, short
/// phrases); what makes them the article's is the article's own sentence announcing them.
fn extend_over_introduced_list(doc: &Document, lines: &[Line], core: &mut Range<usize>) {
    let introduces = |p: usize| {
        lines.get(p).is_some_and(|intro| {
            intro.cue.is_none()
                && intro.words >= LIST_INTRO_WORDS
                && doc.line_text(intro.index).trim_end().ends_with(':')
        })
    };
    // The sentence closes the core or stands right after it.
    let Some(intro) = [core.end.wrapping_sub(1), core.end]
        .into_iter()
        .find(|&p| p >= core.start && introduces(p))
    else {
        return;
    };
    let first = intro + 1;
    let mut end = first;
    while end < lines.len()
        && end - first < LIST_INTRO_ITEMS
        && lines[end].cue.is_none()
        && (end == first || lines[end].index == lines[end - 1].index + 1)
    {
        end += 1;
    }
    // The run must end where the list ends: at a blank line or a cue, not mid-run.
    let run_closed = lines
        .get(end)
        .is_none_or(|next| next.cue.is_some() || next.index > lines[end - 1].index + 1);
    if end - first >= 2 && run_closed {
        core.end = core.end.max(end);
    }
}

/// Extends the core up over the sentence right above it that introduces its first paragraph
/// ("Damals hatte ich mich kurz gefasst:", "The minister said in a statement:"): running
/// text ending with a colon announces what follows it, so it is the article's, however short
/// it is.
fn extend_over_introduction(lines: &[Line], foreign: &[Option<Lang>], core: &mut Range<usize>) {
    let Some(above) = core.start.checked_sub(1) else {
        return;
    };
    let line = &lines[above];
    if line.cue.is_none() && !line.diagnostic && foreign[above].is_none() && line.introduces() {
        core.start = above;
    }
}

/// How many lines above the core (or a lead) a lead paragraph may stand.
const LEAD_WINDOW: usize = 12;
/// How many plain short lines (a photo's caption, a kicker) may stand between.
const LEAD_PLAIN_LINES: usize = 6;

/// The topmost lead paragraph above the core: a paragraph of running text that the page set
/// above the photo, its caption and credit, the date and the share buttons, and above a
/// subheading ("standfirst"), or a sentence that introduces what follows ("Damals hatte ich
/// mich kurz gefasst:"). Only such furniture and a few short plain lines may stand
/// between; a menu, a rail or another story's text may not.
fn lead_above(doc: &Document, lines: &[Line], core: &Range<usize>, contents: &[usize]) -> usize {
    // A table of contents (and its heading, "Contents") stands between the lead and the
    // article's first section: the search starts above it.
    let mut start = core.start;
    if let Some(&first) = contents.first() {
        start = first;
        if first > 0 && lines[first - 1].cue.is_some() && !lines[first - 1].is_prose() {
            start -= 1;
        }
    }
    let mut lead = core.start;
    let mut reach = start;
    let mut plain = 0;
    let mut at = start;
    while at > 0 && reach - at < LEAD_WINDOW {
        at -= 1;
        let line = &lines[at];
        match &line.cue {
            Some(cue) if header_furniture(cue.kind) => continue,
            Some(_) => break,
            None if (line.is_prose() && line.sentence_end) || line.introduces() => {
                lead = at;
                reach = at;
                plain = 0;
            }
            None if line.letterless => continue,
            None => {
                plain += 1;
                if plain > LEAD_PLAIN_LINES {
                    break;
                }
            }
        }
    }
    standfirst_above(doc, lines, lead).unwrap_or(lead)
}

/// Words a standfirst needs: fewer make a kicker or a section label.
const STANDFIRST_MIN_WORDS: usize = 5;
/// Words a standfirst holds at most; a longer line is a paragraph, and the lead search
/// already weighs it.
const STANDFIRST_MAX_WORDS: usize = 40;
/// Words the headline above a standfirst needs: a one- or two-word line is a kicker or a
/// section name, and the line below it is then the headline itself.
const STANDFIRST_HEADLINE_MIN_WORDS: usize = 3;

/// The standfirst above the lead (or the core): a line of its own, shorter than a paragraph,
/// that reads as a phrase of running text (a few words, function words among them),
/// right below another title-like line of its own — the headline — with at most the date,
/// the byline or share buttons between it and the article ("Preisträger präsentieren ihre
/// Projekte auf der Messe", "Mark Helfrich über das Potenzial der Technologie"). Where two
/// such lines stand one above the other over the article, the upper is the title and the
/// lower the subtitle that opens the article; where a third stands above them, they are a
/// rail of other stories' titles, and none of them is. A line the page prints twice is a
/// title or a teaser, not the article's own subtitle.
fn standfirst_above(doc: &Document, lines: &[Line], lead: usize) -> Option<usize> {
    let mut at = lead;
    let standfirst = loop {
        at = at.checked_sub(1)?;
        let line = &lines[at];
        match &line.cue {
            Some(cue) if header_furniture(cue.kind) => continue,
            Some(_) => return None,
            None if line.letterless => continue,
            None => break at,
        }
    };
    let line = &lines[standfirst];
    let titled = |line: &Line| line.alone && headline::title_like(doc, line);
    let phrase = |line: &Line| {
        titled(line)
            && (STANDFIRST_MIN_WORDS..=STANDFIRST_MAX_WORDS).contains(&line.words)
            && line.function_words > 0
            && !line.is_prose()
            && !line.code
    };
    let headline = &lines[standfirst.checked_sub(1)?];
    let rail = standfirst
        .checked_sub(2)
        .is_some_and(|above| phrase(&lines[above]));
    (phrase(line)
        && titled(headline)
        && headline.words >= STANDFIRST_HEADLINE_MIN_WORDS
        && !rail
        && !lines
            .iter()
            .any(|other| other.key == line.key && !std::ptr::eq(other, line)))
    .then_some(standfirst)
}

/// Cues of what stands between a headline and the article: the photo's credit, the date,
/// the byline, share buttons, an advertisement.
fn header_furniture(kind: CueKind) -> bool {
    matches!(
        kind,
        CueKind::Published
            | CueKind::Date
            | CueKind::Credit
            | CueKind::CaptionCredit
            | CueKind::Byline
            | CueKind::Share
            | CueKind::Ad
    )
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
    fn a_paragraph_printed_twice_is_not_the_article_twice() {
        let text = format!("{IT}\n\n{IT} {IT}\n\nMenu\n\n{EN}\n\n{EN}\n\n{EN}");
        let (_, found) = article(&text);
        assert_eq!(found.core, 0..2);
    }

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
        let text = format!("{DE}\n\n{EN}\n\n{DE} Dazu kam mehr.\n\n{EN} More followed.");
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

    /// The document line numbers (1-based) of the core.
    fn core_lines(text: &str) -> Range<usize> {
        let (lines, found) = article(text);
        if found.core.is_empty() {
            return 0..0;
        }
        lines[found.core.start].index + 1..lines[found.core.end - 1].index + 2
    }

    const FR: &str = "Le sommet des ministres des finances s'est achevé mardi soir à Bruxelles \
                      sans accord sur la réforme du pacte de stabilité, selon plusieurs sources.";

    #[test]
    fn comments_below_a_short_article_in_three_languages() {
        for (body, heading, author) in [
            (
                DE,
                "3 Antworten auf Die Sitzung des Rates",
                "Hans schreibt:",
            ),
            (EN, "3 Responses to The council meeting", "Jane says:"),
            (FR, "3 réponses à Le sommet de Bruxelles", "Marie a dit :"),
        ] {
            let comments = format!("{author}\n12.01.2022 10:34\n{body}\n").repeat(3);
            let text = format!("{body} {body}\n\n{body}\n\n{heading}\n\n{comments}");
            assert_eq!(core_lines(&text), 1..4, "{heading}");
            // Without the heading, the author line and its date close the article too.
            let text = format!("{body} {body}\n\n{body}\n\n{comments}");
            assert_eq!(core_lines(&text), 1..4, "{author}");
        }
    }

    #[test]
    fn a_list_of_cards_is_not_the_article_in_three_languages() {
        for (body, title) in [
            (DE, "Wie geht es nach dem Treffen weiter?"),
            (EN, "What happens after the meeting?"),
            (IT, "Che cosa succede dopo il vertice?"),
        ] {
            // Questions of a Q&A widget (or other stories' titles), each glued to the start
            // of its answer, outweigh the article's three paragraphs.
            let cards: String = (11..=16)
                .map(|n| format!("{title} ({n})\n{n} {body} {body}\n"))
                .collect();
            let menu = "Home\nNews\nBlog\nKontakt\nLogin\nSearch\nCart\nHelp\n\n";
            let article: String = (1..=3).map(|n| format!("{n} {body} {body}\n\n")).collect();
            let text = format!("Menu\n\n{article}{menu}{cards}");
            assert_eq!(core_lines(&text), 3..8, "{title}");
        }
    }

    #[test]
    fn an_article_with_subheadings_is_not_a_list_of_cards() {
        for (body, heading) in [
            (DE, "Was bisher geschah"),
            (EN, "What happened so far"),
            (IT, "Che cosa è successo"),
        ] {
            // Each subheading glued to the paragraph below it, and more paragraphs after.
            let parts: String = (1..=4)
                .map(|n| {
                    format!("{heading} {n}\n{body} {n}\n\n{body} {body} {n}\n\n{body} {n}{n}\n\n")
                })
                .collect();
            let text = format!("Menu\n\n{parts}Impressum");
            let core = core_lines(&text);
            assert!(core.start <= 6 && core.end == 30, "{heading}: {core:?}");
        }
    }

    #[test]
    fn a_specification_sheet_is_not_the_article_in_three_languages() {
        for (body, specs) in [
            (
                DE,
                "Gewicht 1,2 kg; Rahmen Aluminium 7075; Farben Schwarz, Rot, Blau; Größen S, M, \
                 L, XL; Garantie 2 Jahre; Akku 500 Wh Li-Ion; Motor 250 W Mittelmotor; Reichweite \
                 120 km; Schaltung Shimano Deore 10-fach; Bremsen hydraulisch.",
            ),
            (
                EN,
                "Weight 1.2 kg; frame aluminium 7075; colours black, red, blue; sizes S, M, L, \
                 XL; warranty 2 years; battery 500 Wh Li-Ion; motor 250 W mid-drive; range 120 \
                 km; gears Shimano Deore 10-speed; brakes hydraulic disc.",
            ),
            (
                IT,
                "Peso 1,2 kg; telaio alluminio 7075; colori nero, rosso, blu; taglie S, M, L, \
                 XL; garanzia 2 anni; batteria 500 Wh Li-Ion; motore 250 W centrale; autonomia \
                 120 km; cambio Shimano Deore 10 velocità; freni idraulici.",
            ),
        ] {
            let sheet: String = (1..=4).map(|n| format!("{specs} {n}.\n\n")).collect();
            let article: String = (1..=3).map(|n| format!("{body} {body} {n}.\n\n")).collect();
            let menu = "Home\nShop\nBlog\nKontakt\nLogin\nSearch\nCart\nHelp\n\n";
            let text = format!("{sheet}{menu}{article}Impressum");
            assert_eq!(core_lines(&text), 18..23, "{specs}");
        }
    }

    #[test]
    fn a_runtime_warning_is_not_the_article_in_three_languages() {
        let warning = "Warning: Use of undefined constant comments - assumed 'comments' (this will \
                       throw an Error in a future version of PHP) in \
                       /homepages/15/htdocs/wp-content/themes/blog/sidebar.php on line 47";
        for body in [DE, EN, IT] {
            let warnings: String = (1..=4).map(|n| format!("{warning}{n}\n")).collect();
            let text = format!("Blog\n\n{body}\n\nArchiv\n\nSuche\n\n{warnings}");
            assert_eq!(core_lines(&text), 3..4, "{body}");
        }
    }

    #[test]
    fn a_sentence_introducing_the_article_s_text_in_three_languages() {
        for (body, intro) in [
            (
                DE,
                "Damals hatte ich mich zu diesem Thema sehr kurz gefasst:",
            ),
            (EN, "The minister said in a statement on Monday evening:"),
            (FR, "Voici ce que le ministre a déclaré devant la presse :"),
        ] {
            let text = format!("Menu\n\n{intro}\n\n{body}\n\n{body} {body}\n\nImpressum");
            assert_eq!(core_lines(&text), 3..8, "{intro}");
            // Above the photo and its caption, it is the lead.
            let text = format!(
                "Menu\n\nEin Titel der Seite\n\n{intro}\n\nFoto: dpa\n\n{body}\n\n{body} {body}"
            );
            let (lines, found) = article(&text);
            assert_eq!(lines[found.lead].index, 4, "{intro}");
        }
    }

    #[test]
    fn a_consent_dialog_is_not_the_article() {
        let dialog = "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu \
                      personalisieren und Zugriffe zu analysieren. Mit Ihrer Einwilligung \
                      verarbeiten wir Ihre Daten gemäß unserer Datenschutzerklärung.";
        let text = format!("{DE}\n\n{DE}\n\n{dialog}\n\n{dialog} {dialog}\n\n{dialog}");
        assert_eq!(core_lines(&text), 1..4);
    }

    #[test]
    fn a_run_near_the_end_of_the_page_counts_for_less() {
        let menu = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n".repeat(4);
        let text = format!("{menu}{IT}\n{IT} {IT}\n{menu}{menu}{IT}\n{IT} {IT}\nImpressum");
        let (lines, found) = article(&text);
        assert_eq!(lines[found.core.start].index, 20);
    }

    #[test]
    fn lists_at_the_end_of_the_article_in_three_languages() {
        for (body, heading, items) in [
            (
                EN,
                "Tour dates:",
                [
                    "June 9 – Tampa, FL",
                    "June 10 – Atlanta, GA",
                    "June 14 – Nashville, TN",
                ],
            ),
            (
                DE,
                "Für den Teig:",
                ["125 g Mehl", "65 g Zucker", "1 TL Backpulver"],
            ),
            (
                IT,
                "Ingredienti:",
                ["200 g di farina", "2 uova intere", "100 ml di latte"],
            ),
        ] {
            let text = format!("{body}\n{body}\n{heading}\n{}\nShare", items.join("\n"));
            assert_eq!(core_lines(&text), 1..7, "{heading}");
        }
        // A menu's items have no shape of their own.
        let text = format!("{DE}\n{DE}\nPolitik Aktuell\nSport Heute\nKultur Kompakt");
        assert_eq!(core_lines(&text), 1..3);
    }

    #[test]
    fn lists_introduced_by_the_article_in_three_languages() {
        for (body, intro, items) in [
            (
                DE,
                "Das Wichtigste in Kürze:",
                ["sehr winterhart", "blüht im Winter", "nicht düngen"],
            ),
            (
                EN,
                "The affected universities are:",
                ["Harvard", "University of Oxford", "Sorbonne"],
            ),
            (
                IT,
                "Ecco le tappe del tour:",
                ["Milano, Forum", "Roma, Palazzetto", "Bari"],
            ),
        ] {
            let text = format!(
                "{body}\n\n{body}\n\n{intro}\n\n{}\n\nHome\nNews",
                items.join("\n")
            );
            assert_eq!(core_lines(&text), 1..10, "{intro}");
        }
    }

    /// A page written line by line: each line a paragraph or heading of its own.
    fn line_by_line(lines: &[&str]) -> String {
        lines.join("\n\n")
    }

    #[test]
    fn articles_written_line_by_line_in_three_languages() {
        for (body, steps, end) in [
            (
                DE,
                [
                    "Zubereitung",
                    "Den Ofen vorheizen.",
                    "200 g Mehl",
                    "2 Eier",
                    "Alles gut verrühren",
                    "Backzeit",
                    "40 Minuten bei 180 Grad",
                    "Servieren",
                    "Mit Puderzucker bestäuben",
                    "Guten Appetit!",
                ],
                "Teilen",
            ),
            (
                EN,
                [
                    "Pre-Workout Meal",
                    "Eat 60 minutes before your workout",
                    "Two eggs and asparagus",
                    "Post-Workout Meal",
                    "Eat within two hours",
                    "Chicken with zucchini noodles",
                    "Meal 1",
                    "Eat every 2–3 hours",
                    "One cup of strawberries",
                    "Nighttime snack",
                ],
                "Share this article",
            ),
            (
                IT,
                [
                    "Preparazione",
                    "Accendere il forno.",
                    "200 g di farina",
                    "2 uova intere",
                    "Mescolare bene",
                    "Cottura",
                    "40 minuti a 180 gradi",
                    "Servire",
                    "Con zucchero a velo",
                    "Buon appetito!",
                ],
                "Condividi",
            ),
        ] {
            // The scored core holds the first steps, between paragraphs; the last ones
            // follow it on their own.
            let mut page = Vec::new();
            for pair in steps[..6].chunks(2) {
                page.push(body);
                page.extend(pair);
            }
            page.push(body);
            page.extend(&steps[6..]);
            page.push(end);
            let text = format!("{}\n\nHome\nNews\nSport", line_by_line(&page));
            let (lines, found) = article(&text);
            // Every step is in; the share prompt and the menu are not.
            assert_eq!(found.core, 0..14, "{}", steps[0]);
            assert_eq!(
                lines[found.core.end].cue.as_ref().unwrap().kind,
                CueKind::Share
            );
        }
    }

    #[test]
    fn an_article_of_paragraphs_does_not_take_in_the_titles_after_it() {
        let titles = [
            "Ministers meet again in March",
            "Central bank keeps rates unchanged",
            "Markets rise after the deal",
        ];
        let paragraphs: Vec<String> = (1..=9).map(|n| format!("{EN} ({n})")).collect();
        let page: Vec<&str> = paragraphs
            .iter()
            .map(String::as_str)
            .chain(titles)
            .collect();
        let (_, found) = article(&line_by_line(&page));
        assert_eq!(found.core, 0..9);
    }

    #[test]
    fn a_line_by_line_article_ends_at_a_menu() {
        let steps = [
            "Preparazione",
            "200 g di farina",
            "2 uova intere",
            "Cottura",
        ];
        let mut page = Vec::new();
        for pair in steps.chunks(2).cycle().take(3) {
            page.push(IT);
            page.extend(pair);
        }
        page.push(IT);
        page.extend(["Servire caldo", "Buon appetito!"]);
        let text = format!("{}\n\nHome\nNotizie\nSport", line_by_line(&page));
        let (lines, found) = article(&text);
        assert_eq!(found.core, 0..12);
        assert!(!lines[found.core.end].alone);
    }

    #[test]
    fn a_list_introduced_by_the_core_s_last_paragraph() {
        let intro = "Nach der Sitzung veröffentlichten die Minister die Liste der Länder, die \
                     noch in diesem Jahr die ersten Zahlungen aus dem gemeinsamen Fonds erhalten \
                     werden, und zwar in dieser Reihenfolge:";
        let text = format!("{DE}\n\n{intro}\n\nItalien\nSpanien\nPortugal\n\nHome\nNews");
        let (lines, found) = article(&text);
        assert_eq!(lines[found.core.start].index, 0);
        assert_eq!(lines[found.core.end - 1].index, 6);
    }

    #[test]
    fn a_label_with_a_colon_or_a_run_that_goes_on_is_not_an_introduced_list() {
        // A label of fewer than three words heads page furniture, not the article's list.
        let text = format!("{DE}\n\n{DE}\n\nAdresse:\n\nHauptstraße 1\nBerlin\n\nHome");
        assert_eq!(core_lines(&text), 1..4);
        // Items that run on into a menu past the limit are not a list of the article.
        let menu = "Politik Aktuell\n".repeat(LIST_INTRO_ITEMS + 2);
        let text = format!("{EN}\n\n{EN}\n\nOur sections for you today:\n\n{menu}");
        assert_eq!(core_lines(&text), 1..4);
    }

    #[test]
    fn a_list_above_the_article() {
        let text = format!("Zutaten\n125 g Mehl\n65 g Zucker\n1 Ei\nZubereitung\n{DE}\n{DE}");
        assert_eq!(core_lines(&text), 2..8);
    }

    #[test]
    fn the_lead_above_the_photo_in_three_languages() {
        for (body, credit, date) in [
            (
                DE,
                "Foto: Michael Kappeler/dpa",
                "Veröffentlicht am 12.01.2022",
            ),
            (EN, "Photo: Jane Doe/Reuters", "Published 12.01.2022 10:34"),
            (
                IT,
                "Foto: Mario Rossi/Ansa",
                "Pubblicato il 12.01.2022 alle 10:34",
            ),
        ] {
            let text = format!(
                "Menu\n\nA title above the lead\n\n{body}\n\n{credit}\n\n{date}\n\n\
                 A caption of the photo\n\n{body} {body}\n\n{body} {body}"
            );
            let (lines, found) = article(&text);
            assert_eq!(lines[found.lead].index, 4, "{credit}");
            assert_eq!(lines[found.core.start].index, 12, "{credit}");
        }
    }

    #[test]
    fn a_standfirst_below_the_headline_in_three_languages() {
        for (body, headline, standfirst, date) in [
            (
                DE,
                "Nato-Gipfel endet ohne Einigung",
                "Die Minister wollen im Herbst über die Finanzierung beraten",
                "Veröffentlicht am 12.01.2022",
            ),
            (
                EN,
                "Eurozone extends the emergency fund",
                "The ministers will meet again in the autumn to discuss the details",
                "Published 12.01.2022 10:34",
            ),
            (
                IT,
                "Vertice Nato senza accordo",
                "I ministri torneranno a riunirsi in autunno per discutere dei fondi",
                "Pubblicato il 12.01.2022 alle 10:34",
            ),
        ] {
            let text = format!(
                "Menu\n\n{headline}\n\n{standfirst}\n\n{date}\n\n{body} {body}\n\n{body} {body}"
            );
            let (lines, found) = article(&text);
            assert_eq!(lines[found.lead].index, 4, "{standfirst}");
            // Three such titles one above the other are a rail of other stories.
            let rail = format!(
                "Menu\n\n{standfirst} 3\n\n{standfirst} 2\n\n{standfirst}\n\n{date}\n\n\
                 {body} {body}\n\n{body} {body}"
            );
            let (lines, found) = article(&rail);
            assert_eq!(lines[found.lead].index, 10, "{standfirst}");
            // A line printed twice on the page is a teaser or a title, not a subtitle.
            let repeated = format!("{standfirst}\n\n{text}");
            let (lines, found) = article(&repeated);
            assert_eq!(lines[found.lead].index, 10, "{standfirst}");
        }
    }

    #[test]
    fn the_article_goes_on_after_an_insert() {
        for (body, insert) in [
            (DE, "Werbung"),
            (EN, "The minister in Brussels. REUTERS/Yves Herman"),
            (IT, "Leggi anche:"),
        ] {
            let text = format!(
                "{body} {body}\n\n{body} {body}\n\n{insert}\n\nUn titolo\n\n{body}\n\nShare"
            );
            assert_eq!(core_lines(&text), 1..10, "{insert}");
        }
    }

    #[test]
    fn an_author_box_is_cut_off() {
        let bio = "Jane Doe covers European politics and finance from Brussels and has written \
                   for several newspapers since she left university.";
        let text = format!("By Jane Doe\nJane Doe\n\n{EN}\n\n{EN} {EN}\n\nJane Doe\n\n{bio}");
        assert_eq!(core_lines(&text), 4..7);
    }

    #[test]
    fn paragraphs_wrapped_at_a_fixed_width() {
        let text = "Menu\n\nDecorators in Python enable you to modify the behaviour of existing\n\
                    functions without changing the original function; advice in Lisp\n\
                    which traces back to the eighties enables similar functionality and\n\
                    was the inspiration behind aspect oriented programming in Java.\n\nMenu";
        let doc = Document::parse(text);
        let lines = features::measure(&doc, &layout::blocks(&doc));
        assert_eq!(wrapped_paragraphs(&doc, &lines), vec![1..5]);
        assert_eq!(core_lines(text), 3..7);
    }

    #[test]
    fn code_between_paragraphs_stays_in_the_article() {
        let text = format!(
            "{EN}\n\nimport requests\nresp = requests.get(url)\nprint(resp.status_code == 200)\n\n{IT}"
        );
        assert_eq!(core_lines(&text), 1..8);
    }

    #[test]
    fn a_closing_biography_is_cut_off_with_its_name_line() {
        for (body, name, bio) in [
            (
                EN,
                "Jane Doe",
                "Jane Doe is a correspondent in Brussels and has covered the European Union \
                 for the paper since she left university.",
            ),
            (
                DE,
                "Max Muster",
                "Max Muster ist Redakteur im Ressort Politik und berichtet seit vielen Jahren \
                 aus dem Bundestag in Berlin.",
            ),
            (
                IT,
                "Marco Rossi",
                "Marco Rossi è giornalista e corrispondente da Bruxelles, dove segue la politica \
                 europea da molti anni.",
            ),
        ] {
            let text = format!("{body}\n\n{body} {body}\n\n{name}\n{bio}");
            assert_eq!(core_lines(&text), 1..4, "{name}");
            // Without the name line above it, the biography alone is cut.
            let text = format!("{body}\n\n{body} {body}\n\n{bio}");
            assert_eq!(core_lines(&text), 1..4, "{name}");
        }
    }
}
