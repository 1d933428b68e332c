//! Cuts one line of the article into runs for display: plain text, entity mentions (one
//! colour per type) and the emphasised places of what the reader selected, on two levels: the
//! places themselves (a fact, a name) and their context (the sentence a fact comes from).
//!
//! Takes the line's text, the character offset where it starts in the analysed text, the
//! entity mentions starting inside it and the [`Focus`] (all in character offsets of the whole
//! text). Returns runs that concatenate back to the line exactly. Every mark and focus
//! boundary inside the line becomes a cut; each piece between two cuts is looked up in the
//! (sorted, non-overlapping) marks and range lists with a forward pointer each, so a line with
//! many names costs O(cuts · log cuts), not O(cuts · marks). Ranges reaching outside the line
//! are clipped, so a quote or a sentence spanning several lines is emphasised on each.

use crate::analysis::char_to_byte;

/// An entity mention in character offsets of the whole text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// Index of the entity in the report.
    pub entity: usize,
}

/// A piece of a line that is displayed the same way throughout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run<'a> {
    /// The text of the piece.
    pub text: &'a str,
    /// The entity mentioned here, if any.
    pub entity: Option<usize>,
    /// Whether the piece lies in a place to emphasise.
    pub focused: bool,
    /// Whether the piece lies in the context of a place (the sentence of a fact).
    pub context: bool,
}

/// What to emphasise, in character offsets of the whole text; ranges may come in any order
/// and overlap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    /// The places themselves: a fact, the mentions of a name.
    pub places: Vec<(usize, usize)>,
    /// Their context, emphasised less: the sentence a fact comes from.
    pub context: Vec<(usize, usize)>,
}

/// Cuts `line` (starting at character `base` of the text) into runs. `marks` must be sorted by
/// start and not overlap (as [`crate::analysis::Analysis`] keeps them).
pub fn runs<'a>(line: &'a str, base: usize, marks: &[Mark], focus: &Focus) -> Vec<Run<'a>> {
    let len = line.chars().count();
    let clip = |(s, e): (usize, usize)| {
        (
            s.saturating_sub(base).min(len),
            e.saturating_sub(base).min(len),
        )
    };
    let marks: Vec<(usize, usize, usize)> = marks
        .iter()
        .map(|m| {
            let (s, e) = clip((m.start, m.end));
            (s, e, m.entity)
        })
        .filter(|&(s, e, _)| s < e)
        .collect();
    let clip_all = |ranges: &[(usize, usize)]| {
        merge(
            ranges
                .iter()
                .map(|&r| clip(r))
                .filter(|(s, e)| s < e)
                .collect(),
        )
    };
    let (places, context) = (clip_all(&focus.places), clip_all(&focus.context));

    let mut cuts: Vec<usize> = [0, len]
        .into_iter()
        .chain(marks.iter().flat_map(|&(s, e, _)| [s, e]))
        .chain(places.iter().chain(&context).flat_map(|&(s, e)| [s, e]))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let bytes = char_to_byte(line, &cuts);

    let (mut next_mark, mut next_place, mut next_context) = (0, 0, 0);
    let mut out: Vec<Run<'a>> = Vec::with_capacity(cuts.len());
    for (i, pair) in cuts.windows(2).enumerate() {
        let (from, to) = (pair[0], pair[1]);
        while marks.get(next_mark).is_some_and(|&(_, e, _)| e <= from) {
            next_mark += 1;
        }
        let entity = marks
            .get(next_mark)
            .filter(|&&(s, e, _)| s <= from && to <= e)
            .map(|&(_, _, entity)| entity);
        out.push(Run {
            text: &line[bytes[i]..bytes[i + 1]],
            entity,
            focused: covers(&places, &mut next_place, from, to),
            context: covers(&context, &mut next_context, from, to),
        });
    }
    if out.is_empty() {
        out.push(Run {
            text: line,
            entity: None,
            focused: false,
            context: false,
        });
    }
    out
}

/// Whether the sorted, merged `ranges` cover the piece `from..to`; `next` is the forward
/// pointer into them, advanced past the ranges that end before the piece.
fn covers(ranges: &[(usize, usize)], next: &mut usize, from: usize, to: usize) -> bool {
    while ranges.get(*next).is_some_and(|&(_, e)| e <= from) {
        *next += 1;
    }
    ranges
        .get(*next)
        .is_some_and(|&(s, e)| s <= from && to <= e)
}

/// Sorts ranges and merges the overlapping or touching ones.
fn merge(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, entity: usize) -> Mark {
        Mark { start, end, entity }
    }

    fn places(ranges: &[(usize, usize)]) -> Focus {
        Focus {
            places: ranges.to_vec(),
            context: Vec::new(),
        }
    }

    fn show(runs: &[Run<'_>]) -> Vec<String> {
        runs.iter()
            .map(|r| {
                let mut s = r.text.to_owned();
                if let Some(e) = r.entity {
                    s = format!("[{s}]{e}");
                }
                if r.focused {
                    s = format!("*{s}*");
                }
                if r.context {
                    s = format!("~{s}~");
                }
                s
            })
            .collect()
    }

    #[test]
    fn plain_line_is_one_run() {
        assert_eq!(
            show(&runs("Hallo Welt", 0, &[], &Focus::default())),
            ["Hallo Welt"]
        );
        assert_eq!(show(&runs("", 5, &[], &Focus::default())), [""]);
    }

    #[test]
    fn mentions_become_runs_with_their_entity() {
        let line = "NATO-Chef Jens Stoltenberg sagte";
        let r = runs(
            line,
            100,
            &[mark(100, 104, 1), mark(110, 126, 0)],
            &Focus::default(),
        );
        assert_eq!(
            show(&r),
            ["[NATO]1", "-Chef ", "[Jens Stoltenberg]0", " sagte"]
        );
        assert_eq!(r.iter().map(|r| r.text).collect::<String>(), line);
    }

    #[test]
    fn multibyte_text_is_cut_on_char_boundaries() {
        // Greek and Polish letters are two bytes each; offsets are characters.
        let r = runs(
            "Ο Στόλτενμπεργκ δήλωσε",
            0,
            &[mark(2, 15, 0)],
            &Focus::default(),
        );
        assert_eq!(show(&r), ["Ο ", "[Στόλτενμπεργκ]0", " δήλωσε"]);
        let r = runs(
            "w Rosji i Rosją",
            0,
            &[mark(2, 7, 0), mark(10, 15, 0)],
            &Focus::default(),
        );
        assert_eq!(show(&r), ["w ", "[Rosji]0", " i ", "[Rosją]0"]);
    }

    #[test]
    fn focus_splits_and_emphasises() {
        // A quote covering a name: the name stays a mention and is emphasised.
        let line = "«Putin wird nicht» sagte er";
        let r = runs(line, 0, &[mark(1, 6, 2)], &places(&[(0, 18)]));
        assert_eq!(
            show(&r),
            ["*«*", "*[Putin]2*", "* wird nicht»*", " sagte er"]
        );
    }

    #[test]
    fn ranges_outside_the_line_are_clipped() {
        // A quote that starts on the previous line and a mention running past the end.
        let r = runs("zu Ende.", 50, &[mark(53, 80, 0)], &places(&[(10, 52)]));
        assert_eq!(show(&r), ["*zu*", " ", "[Ende.]0"]);
        let r = runs("abc", 50, &[mark(0, 10, 0)], &places(&[(60, 70)]));
        assert_eq!(show(&r), ["abc"]);
    }

    #[test]
    fn a_sentence_is_context_around_its_fact() {
        // The sentence runs on past the line; the date in it is the place itself.
        let focus = Focus {
            places: vec![(8, 23)],
            context: vec![(5, 40)],
        };
        let r = runs("NATO am 12. Januar 2022 in", 0, &[mark(0, 4, 1)], &focus);
        assert_eq!(
            show(&r),
            ["[NATO]1", " ", "~am ~", "~*12. Januar 2022*~", "~ in~"]
        );
        // A sentence of a line in Greek, starting on the previous line.
        let r = runs(
            "είπε ο Στόλτενμπεργκ. Μετά",
            100,
            &[],
            &Focus {
                places: Vec::new(),
                context: vec![(50, 121)],
            },
        );
        assert_eq!(show(&r), ["~είπε ο Στόλτενμπεργκ.~", " Μετά"]);
    }

    #[test]
    fn overlapping_focus_ranges_merge() {
        assert_eq!(
            merge(vec![(5, 9), (0, 3), (2, 6), (12, 13)]),
            [(0, 9), (12, 13)]
        );
        let r = runs("abcdef", 0, &[], &places(&[(3, 5), (1, 4)]));
        assert_eq!(show(&r), ["a", "*bcde*", "f"]);
    }

    #[test]
    fn many_mentions_stay_fast() {
        let line = "Name ".repeat(20_000);
        let marks: Vec<Mark> = (0..20_000).map(|i| mark(i * 5, i * 5 + 4, i)).collect();
        let r = runs(&line, 0, &marks, &places(&[(0, 100_000)]));
        assert_eq!(r.len(), 40_000);
        assert!(r.iter().all(|r| r.focused));
    }
}
