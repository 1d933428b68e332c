//! Cuts one line of the article into runs for display: plain text, entity mentions (one
//! colour per type) and the emphasised places of what the reader selected.
//!
//! Takes the line's text, the character offset where it starts in the analysed text, the
//! entity mentions starting inside it and the ranges to emphasise (all in character offsets of
//! the whole text). Returns runs that concatenate back to the line exactly. Every mark and
//! focus boundary inside the line becomes a cut; each piece between two cuts is looked up in
//! the (sorted, non-overlapping) marks and focus ranges with a forward pointer, so a line with
//! many names costs O(cuts · log cuts), not O(cuts · marks). Ranges reaching outside the line
//! are clipped, so a mention or quote spanning two lines is emphasised on both.

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
    /// Whether the piece lies in a range to emphasise.
    pub focused: bool,
}

/// Cuts `line` (starting at character `base` of the text) into runs. `marks` must be sorted by
/// start and not overlap (as [`crate::analysis::Analysis`] keeps them); `focus` may come in
/// any order and overlap.
pub fn runs<'a>(
    line: &'a str,
    base: usize,
    marks: &[Mark],
    focus: &[(usize, usize)],
) -> Vec<Run<'a>> {
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
    let focus = merge(
        focus
            .iter()
            .map(|&r| clip(r))
            .filter(|(s, e)| s < e)
            .collect(),
    );

    let mut cuts: Vec<usize> = [0, len]
        .into_iter()
        .chain(marks.iter().flat_map(|&(s, e, _)| [s, e]))
        .chain(focus.iter().flat_map(|&(s, e)| [s, e]))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let bytes = char_to_byte(line, &cuts);

    let (mut next_mark, mut next_focus) = (0, 0);
    let mut out: Vec<Run<'a>> = Vec::with_capacity(cuts.len());
    for (i, pair) in cuts.windows(2).enumerate() {
        let (from, to) = (pair[0], pair[1]);
        while marks.get(next_mark).is_some_and(|&(_, e, _)| e <= from) {
            next_mark += 1;
        }
        while focus.get(next_focus).is_some_and(|&(_, e)| e <= from) {
            next_focus += 1;
        }
        let entity = marks
            .get(next_mark)
            .filter(|&&(s, e, _)| s <= from && to <= e)
            .map(|&(_, _, entity)| entity);
        let focused = focus
            .get(next_focus)
            .is_some_and(|&(s, e)| s <= from && to <= e);
        out.push(Run {
            text: &line[bytes[i]..bytes[i + 1]],
            entity,
            focused,
        });
    }
    if out.is_empty() {
        out.push(Run {
            text: line,
            entity: None,
            focused: false,
        });
    }
    out
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
                s
            })
            .collect()
    }

    #[test]
    fn plain_line_is_one_run() {
        assert_eq!(show(&runs("Hallo Welt", 0, &[], &[])), ["Hallo Welt"]);
        assert_eq!(show(&runs("", 5, &[], &[])), [""]);
    }

    #[test]
    fn mentions_become_runs_with_their_entity() {
        let line = "NATO-Chef Jens Stoltenberg sagte";
        let r = runs(line, 100, &[mark(100, 104, 1), mark(110, 126, 0)], &[]);
        assert_eq!(
            show(&r),
            ["[NATO]1", "-Chef ", "[Jens Stoltenberg]0", " sagte"]
        );
        assert_eq!(r.iter().map(|r| r.text).collect::<String>(), line);
    }

    #[test]
    fn multibyte_text_is_cut_on_char_boundaries() {
        // Greek and Polish letters are two bytes each; offsets are characters.
        let r = runs("Ο Στόλτενμπεργκ δήλωσε", 0, &[mark(2, 15, 0)], &[]);
        assert_eq!(show(&r), ["Ο ", "[Στόλτενμπεργκ]0", " δήλωσε"]);
        let r = runs("w Rosji i Rosją", 0, &[mark(2, 7, 0), mark(10, 15, 0)], &[]);
        assert_eq!(show(&r), ["w ", "[Rosji]0", " i ", "[Rosją]0"]);
    }

    #[test]
    fn focus_splits_and_emphasises() {
        // A quote covering a name: the name stays a mention and is emphasised.
        let line = "«Putin wird nicht» sagte er";
        let r = runs(line, 0, &[mark(1, 6, 2)], &[(0, 18)]);
        assert_eq!(
            show(&r),
            ["*«*", "*[Putin]2*", "* wird nicht»*", " sagte er"]
        );
    }

    #[test]
    fn ranges_outside_the_line_are_clipped() {
        // A quote that starts on the previous line and a mention running past the end.
        let r = runs("zu Ende.", 50, &[mark(53, 80, 0)], &[(10, 52)]);
        assert_eq!(show(&r), ["*zu*", " ", "[Ende.]0"]);
        let r = runs("abc", 50, &[mark(0, 10, 0)], &[(60, 70)]);
        assert_eq!(show(&r), ["abc"]);
    }

    #[test]
    fn overlapping_focus_ranges_merge() {
        assert_eq!(
            merge(vec![(5, 9), (0, 3), (2, 6), (12, 13)]),
            [(0, 9), (12, 13)]
        );
        let r = runs("abcdef", 0, &[], &[(3, 5), (1, 4)]);
        assert_eq!(show(&r), ["a", "*bcde*", "f"]);
    }

    #[test]
    fn many_mentions_stay_fast() {
        let line = "Name ".repeat(20_000);
        let marks: Vec<Mark> = (0..20_000).map(|i| mark(i * 5, i * 5 + 4, i)).collect();
        let r = runs(&line, 0, &marks, &[(0, 100_000)]);
        assert_eq!(r.len(), 40_000);
        assert!(r.iter().all(|r| r.focused));
    }
}
