//! The headline: the title-like line just before the article's core, and its echoes.
//!
//! Takes the measured lines and the core and returns the [`Header`]: which line is the
//! headline, which lines repeat it, and which lines glue navigation words to it (a
//! breadcrumb such as "Home › World › Headline" scraped without separators).
//!
//! Why it works: a news page puts its title above the article, separated from it at most by
//! bylines, dates, share buttons and a photo with its caption, which the cue rules already
//! recognise. The nearest line above the core that reads like a title (a few words to a
//! couple of dozen, not a cue, not a label ending in a colon) is the headline; when the page
//! sets paragraphs apart with blank lines, a title stands alone in its block (`<h1>` is a
//! block of its own), which tells it from a caption glued to its photo credit. A page that
//! prints the title twice (document title, then `<h1>`) gets the first as the headline and
//! the second as a repeat. A page whose text starts with the article (a dateline paragraph)
//! has no line above the core and so no headline.

use super::features::Line;
use crate::document::Document;
use std::ops::Range;

/// How many lines above the core are searched for the headline.
const WINDOW: usize = 20;

/// The headline and the lines that echo it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Header {
    /// Position (into the measured lines) of the headline.
    pub headline: Option<usize>,
    /// Positions of other lines equal to the headline.
    pub repeats: Vec<usize>,
    /// Positions of lines that end with the headline after navigation words, with those words.
    pub breadcrumbs: Vec<(usize, String)>,
}

/// True when the line can be a title at all.
pub(super) fn title_like(doc: &Document, line: &Line) -> bool {
    let text = doc.line_text(line.index);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let visible = text.chars().filter(|c| !c.is_whitespace()).count();
    line.cue.is_none()
        && (2..=30).contains(&line.words)
        && (12..=300).contains(&line.weight)
        && !(line.sentence_end && (line.weight > 200 || two_sentences(text)))
        && !text.ends_with([':', ',', ';'])
        && letters * 2 >= visible
        && !text.contains("http")
        && !text.contains("www.")
        && !text.contains('_')
}

/// True when a sentence ends inside the text and another follows: a lead, not a title.
fn two_sentences(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?')
            && chars.next_if(|c| *c == ' ').is_some()
            && chars.peek().is_some_and(|c| c.is_uppercase())
        {
            return true;
        }
    }
    false
}

/// How much the line looks like this page's headline, `distance` lines above the core.
fn title_score(doc: &Document, line: &Line, distance: usize, blank_layout: bool) -> f32 {
    let text = doc.line_text(line.index);
    let mut score = 0.0;
    if blank_layout && line.alone {
        score += 3.0;
    }
    if !text.ends_with('.') {
        score += 1.0;
    }
    if (4..=20).contains(&line.words) {
        score += 1.0;
    }
    score - 0.15 * distance as f32
}

/// Finds the headline above `core` and the lines that echo it.
pub(super) fn find(doc: &Document, lines: &[Line], core: &Range<usize>) -> Header {
    let blank_layout = lines.iter().any(|l| l.alone);
    let window = core.start.saturating_sub(WINDOW)..core.start;
    let best = window
        .clone()
        .rev()
        .filter(|&p| title_like(doc, &lines[p]))
        .map(|p| {
            (
                p,
                title_score(doc, &lines[p], core.start - p - 1, blank_layout),
            )
        })
        .fold(None::<(usize, f32)>, |best, (p, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((p, s)),
        });
    let Some((found, _)) = best else {
        return Header::default();
    };
    // The first of equal lines above the core is the headline; the others repeat it.
    let key = lines[found].key;
    let headline = (0..found).find(|&p| lines[p].key == key).unwrap_or(found);
    let repeats = (0..lines.len())
        .filter(|&p| p != headline && lines[p].key == key)
        .collect();
    let breadcrumbs = breadcrumbs(doc, lines, headline);
    Header {
        headline: Some(headline),
        repeats,
        breadcrumbs,
    }
}

/// Lines that end with the headline's text after a few navigation words of their own.
fn breadcrumbs(doc: &Document, lines: &[Line], headline: usize) -> Vec<(usize, String)> {
    let title = doc.line_text(lines[headline].index).to_lowercase();
    lines
        .iter()
        .enumerate()
        .filter(|&(p, line)| p != headline && line.weight <= lines[headline].weight + 100)
        .filter_map(|(p, line)| {
            let text = doc.line_text(line.index);
            let lower = text.to_lowercase();
            let prefix_len = lower.strip_suffix(title.as_str())?.len();
            let prefix = text
                .get(..prefix_len)
                .unwrap_or(&lower[..prefix_len])
                .trim();
            (prefix.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
                .then(|| (p, prefix.to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::features;
    use crate::layout;

    fn header(text: &str, core_start: usize) -> (Document, Vec<Line>, Header) {
        let doc = Document::parse(text);
        let lines = features::measure(&doc, &layout::blocks(&doc));
        let end = lines.len();
        let header = find(&doc, &lines, &(core_start..end));
        (doc, lines, header)
    }

    const BODY: &str =
        "Der stellvertretende Außenminister wird nach einem Treffen in Genf erwartet.";

    #[test]
    fn the_title_above_the_core_is_the_headline() {
        let text = format!(
            "Verteidigung\n\nNATO-Chef plant Sondertreffen mit Russland\n\nSHARE:\n\nVeröffentlicht\n\n{BODY}"
        );
        let (doc, lines, found) = header(&text, 4);
        let headline = found.headline.unwrap();
        assert_eq!(
            doc.line_text(lines[headline].index),
            "NATO-Chef plant Sondertreffen mit Russland"
        );
    }

    #[test]
    fn a_page_that_starts_with_its_article_has_no_headline() {
        let (_, _, found) = header(BODY, 0);
        assert_eq!(found.headline, None);
    }

    #[test]
    fn the_first_of_two_equal_titles_is_the_headline() {
        let title = "Groźba rosyjskiej inwazji na Ukrainę. NATO zwołuje specjalne spotkanie";
        let text = format!(
            "{title}\n\n{title}\n\nDodano:\nJens Stoltenberg, sekretarz generalny NATO\n{BODY}"
        );
        let (_, _, found) = header(&text, 4);
        assert_eq!(found.headline, Some(0));
        assert_eq!(found.repeats, [1]);
    }

    #[test]
    fn a_title_alone_in_its_block_beats_a_caption_glued_to_the_body() {
        let text = format!(
            "Il vertice della Nato a Bruxelles\n\nIl segretario generale Jens Stoltenberg\n{BODY}"
        );
        let (_, _, found) = header(&text, 2);
        assert_eq!(found.headline, Some(0));
    }

    #[test]
    fn navigation_glued_to_the_title_is_a_breadcrumb() {
        let text = format!(
            "spot_img\nStartWorldNATO-Generalsekretär fordert Treffen mit Russland\n\n\
             NATO-Generalsekretär fordert Treffen mit Russland\n\n{BODY}"
        );
        let (_, _, found) = header(&text, 3);
        assert_eq!(found.headline, Some(2));
        assert_eq!(found.breadcrumbs, [(1, "StartWorld".to_owned())]);
    }

    #[test]
    fn a_lead_of_two_sentences_is_not_a_title() {
        let text = format!(
            "Woher kommt die dicke Luft?\n\nEines der großen Probleme ist die Luft. Aber woher kommt sie?\n\n{BODY}"
        );
        let (_, _, found) = header(&text, 2);
        assert_eq!(found.headline, Some(0));
    }

    #[test]
    fn labels_and_cues_are_not_titles() {
        let text = format!("Czytaj też:\n\nReklama\n\n{BODY}");
        let (_, _, found) = header(&text, 2);
        assert_eq!(found.headline, None);
    }
}
