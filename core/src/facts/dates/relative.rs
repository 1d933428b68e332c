//! Relative dates: "yesterday", "last week", "this year", "next Tuesday", "three months
//! ago", "in two weeks", "three days later", "the previous month".
//!
//! Takes the tokens of a passage (through the passage reader) and returns the relative
//! expression starting at a token, as a [`Reading`] counted from now or from the story's day.
//!
//! The words come from CLDR's relative-time fields of every language (`relative.tsv`:
//! "yesterday", "la semana pasada", "w zeszłym tygodniu", "{0} days ago", "vor {0} Tagen",
//! and the words for day, week, month and year in every case CLDR's units list), so that one
//! grammar serves all of them: a phrase of the table, a count in digits, words ("three",
//! "dwóch") or an article ("a week ago") in its `{0}`; a unit beside "last"/"this"/"next"
//! ("the previous month", "el año pasado"); a counted unit before "later"/"earlier" ("dwa dni
//! wcześniej"). Words that are also nouns are read as nouns after a determiner or written
//! capitalised inside a sentence ("la mañana" is the morning, "heute Morgen" this morning).

use super::reader::{LineReader, Piece, lean_of_shift};
use super::{Reading, Unit};
use crate::facts::text::{self, Cue, Map};
use std::sync::LazyLock;

/// The table of CLDR relative-time words.
const RELATIVE: &str = include_str!("../../../data/facts/relative.tsv");

/// The largest count read in "{0} days ago" (a larger number is a quantity, not a date).
const MAX_COUNT: u32 = 1000;

/// What a phrase of the table means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Meaning {
    /// Days from now ("yesterday" −1).
    Day(i32),
    /// The period `count` units from now's ("last week").
    Period(Unit, i32),
    /// A weekday `shift` weeks away ("last Tuesday").
    Weekday(u8, i32),
    /// Units counted by the phrase's `{0}`, into the past (−1) or the future (+1).
    Count(Unit, i32),
}

/// One phrase of the table: its words (`{0}` for the count), language and meaning.
#[derive(Clone, Debug)]
struct Phrase {
    lang: &'static str,
    words: Vec<&'static str>,
    meaning: Meaning,
}

/// The placeholder of the count in a phrase.
const COUNT: &str = "{0}";

/// The relative-time words of every language, indexed by the first word of each phrase (by
/// the word after the count for phrases that open with it).
struct Table {
    phrases: Vec<Phrase>,
    by_first: Map<&'static str, Vec<usize>>,
    by_unit: Map<&'static str, Vec<usize>>,
    /// Unit words: language, unit, plural.
    units: Map<&'static str, Vec<(&'static str, Unit, bool)>>,
}

fn unit(name: &str) -> Option<Unit> {
    Some(match name {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        _ => return None,
    })
}

impl Table {
    fn load() -> Self {
        let mut phrases = Vec::new();
        let mut units: Map<&'static str, Vec<(&'static str, Unit, bool)>> = Map::default();
        for row in text::rows(RELATIVE) {
            let (lang, meanings, forms) = match row.as_slice() {
                [lang, "day", offset, forms] => {
                    let Ok(n) = offset.parse() else { continue };
                    (*lang, Meaning::Day(n), *forms)
                }
                [lang, "weekday", weekday, offset, forms] => {
                    let (Ok(w), Ok(n)) = (weekday.parse(), offset.parse()) else {
                        continue;
                    };
                    (*lang, Meaning::Weekday(w, n), *forms)
                }
                [lang, sign @ ("ago" | "in"), name, forms] => {
                    let Some(u) = unit(name) else { continue };
                    let sign = if *sign == "ago" { -1 } else { 1 };
                    (*lang, Meaning::Count(u, sign), *forms)
                }
                [lang, number @ ("unit" | "units"), name, forms] => {
                    let Some(u) = unit(name) else { continue };
                    for form in forms.split(" | ") {
                        units
                            .entry(form)
                            .or_default()
                            .push((lang, u, *number == "units"));
                    }
                    continue;
                }
                [lang, name, offset, forms] => {
                    let (Some(u), Ok(n)) = (unit(name), offset.parse()) else {
                        continue;
                    };
                    (*lang, Meaning::Period(u, n), *forms)
                }
                _ => continue,
            };
            for form in forms.split(" | ") {
                let words: Vec<&'static str> = form.split(' ').filter(|w| !w.is_empty()).collect();
                if !words.is_empty() {
                    phrases.push(Phrase {
                        lang,
                        words,
                        meaning: meanings,
                    });
                }
            }
        }
        // Longest first, so that "pasado mañana" wins over "mañana".
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        let mut by_first: Map<&'static str, Vec<usize>> = Map::default();
        let mut by_unit: Map<&'static str, Vec<usize>> = Map::default();
        for (i, p) in phrases.iter().enumerate() {
            match p.words.as_slice() {
                [COUNT, next, ..] => by_unit.entry(next).or_default().push(i),
                [first, ..] => by_first.entry(first).or_default().push(i),
                [] => {}
            }
        }
        Table {
            phrases,
            by_first,
            by_unit,
            units,
        }
    }
}

/// Every word a relative date of the table may start with or count ("yesterday", "last",
/// "days"), of every language.
pub(super) fn words() -> impl Iterator<Item = &'static str> {
    let t = table();
    t.by_first
        .keys()
        .chain(t.by_unit.keys())
        .chain(t.units.keys())
        .copied()
}

fn table() -> &'static Table {
    static TABLE: LazyLock<Table> = LazyLock::new(Table::load);
    &TABLE
}

/// True when a word of `lang` is read in a passage of the languages `langs`.
fn in_langs(lang: &str, langs: &[&str]) -> bool {
    langs.is_empty() || langs.contains(&lang)
}

impl LineReader<'_> {
    /// The unit word ("days", "Tagen", "tygodni") at `i`, the token after it, and whether it
    /// is plural.
    fn unit_word_at(&self, i: usize) -> Option<(Unit, usize, bool)> {
        let word = self.word(i)?;
        let entries = table().units.get(word)?;
        let &(_, u, plural) = entries.iter().find(|(l, _, _)| in_langs(l, self.langs))?;
        Some((u, i + 1, plural))
    }

    /// A unit word in the singular at `i` ("month", "Tag", "roku"), and the token after it.
    pub(super) fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        self.unit_word_at(i)
            .filter(|&(_, _, plural)| !plural)
            .map(|(u, next, _)| (u, next))
    }

    /// A count at `i`: digits, a number word ("three", "dwóch") or an indefinite article ("a
    /// week ago"), and the token after it.
    fn count_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some((_, n)) = self.number(i) {
            return (n <= MAX_COUNT && !self.inside_number(i)).then_some((n as i32, i + 1));
        }
        let words = self.words_from(i, 3);
        if let Some((n, len, false)) = text::numbers().word_at(&words, self.langs) {
            return Some((n as i32, i + len));
        }
        text::cues()
            .match_at(Cue::Article, &words[..words.len().min(1)], self.langs)
            .map(|(len, _)| (1, i + len))
    }

    /// Matches the words of a phrase from token `i` (apostrophes skipped): the count in its
    /// `{0}`, if any, and the token after it.
    fn phrase_at(&self, i: usize, words: &[&str]) -> Option<(i32, usize)> {
        let mut j = i;
        let mut count = 1;
        for &w in words {
            while self.lower.get(j).is_some_and(|s| text::is_apostrophe(s)) {
                j += 1;
            }
            if w == COUNT {
                let (n, next) = self.count_at(j)?;
                count = n;
                j = next;
            } else if self.word(j) == Some(w) {
                j += 1;
            } else {
                return None;
            }
        }
        Some((count, j))
    }

    /// True when the word at `i` is used as a noun: after a determiner, or capitalised inside
    /// a sentence ("la mañana", "heute Morgen", "USA Today").
    fn read_as_noun(&self, i: usize) -> bool {
        let capital = self
            .written(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let sentence_start = i == 0
            || self.is_punct(
                i - 1,
                &[".", "!", "?", "«", "\"", "„", "“", "(", ":", "–", "—"],
            );
        (capital && !sentence_start) || self.cue_before(Cue::Determiner, i)
    }

    /// The relative date starting at token `i`.
    pub(super) fn relative_at(&self, i: usize) -> Option<(Piece, usize)> {
        self.table_phrase_at(i)
            .or_else(|| self.quarter_at(i))
            .or_else(|| self.shifted_unit_at(i))
            .or_else(|| self.counted_from_story_at(i))
    }

    /// "the fourth quarter of 2005", "the first quarter of last year", "the third quarter".
    fn quarter_at(&self, i: usize) -> Option<(Piece, usize)> {
        let (quarter, n, true) = text::numbers().word_at(&self.words_from(i, 3), self.langs)?
        else {
            return None;
        };
        let (Unit::Quarter, after) = self.unit_at(i + n)? else {
            return None;
        };
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let of = self.skip_connector(after);
        let written = self
            .number(of)
            .filter(|(d, _)| d.len() == 4)
            .map(|(_, y)| y as i32);
        let shifted = text::cues()
            .match_at(Cue::Shift, &self.words_from(of, 2), self.langs)
            .and_then(|(k, value)| {
                let (Unit::Year, end) = self.unit_at(of + k)? else {
                    return None;
                };
                Some((value.parse::<i32>().ok()?, end))
            });
        let (year, years, end) = match (written, shifted) {
            (Some(y), _) if of > after => (Some(y), None, of + 1),
            (_, Some((years, end))) if of > after => (None, Some(years), end),
            _ => (None, None, after),
        };
        let reading = Reading::Quarter {
            quarter: quarter as u8,
            year,
            years,
        };
        Some((Piece::new(self.span(i, end), reading), end))
    }

    /// A phrase of CLDR's table at `i`, the longest.
    fn table_phrase_at(&self, i: usize) -> Option<(Piece, usize)> {
        let t = table();
        let first = self.lower.get(i)?;
        let by_first = t.by_first.get(first.as_str()).into_iter().flatten();
        let by_count = self
            .count_at(i)
            .and_then(|(_, next)| t.by_unit.get(self.lower.get(next)?.as_str()))
            .into_iter()
            .flatten();
        let (phrase, count, end) = by_first
            .chain(by_count)
            .map(|&p| &t.phrases[p])
            .filter(|p| in_langs(p.lang, self.langs))
            .filter_map(|p| {
                let (count, end) = self.phrase_at(i, &p.words)?;
                Some((p, count, end))
            })
            .max_by_key(|&(_, _, end)| end)?;
        let (reading, lean) = match phrase.meaning {
            Meaning::Day(n) => {
                if phrase.words.len() == 1 && self.read_as_noun(i) {
                    return None;
                }
                let reading = Reading::Offset {
                    unit: Unit::Day,
                    count: n,
                    deictic: true,
                };
                (reading, lean_of_shift(n))
            }
            Meaning::Period(unit, n) => (Reading::Period { unit, count: n }, lean_of_shift(n)),
            Meaning::Weekday(weekday, n) => (
                Reading::Weekday {
                    weekday,
                    shift: Some(n),
                },
                lean_of_shift(n),
            ),
            Meaning::Count(unit, sign) => {
                let reading = Reading::Offset {
                    unit,
                    count: sign * count,
                    deictic: true,
                };
                (reading, lean_of_shift(sign))
            }
        };
        let piece = Piece {
            lean: Some(lean),
            ..Piece::new(self.span(i, end), reading)
        };
        Some((piece, end))
    }

    /// A unit beside "last", "this", "next" ("the previous month", "next year", "el año
    /// pasado", "the following day"): a period counted from now, or a day from the story's.
    fn shifted_unit_at(&self, i: usize) -> Option<(Piece, usize)> {
        let cues = text::cues();
        let (shift, unit, end) = if let Some((n, value)) =
            cues.match_at(Cue::Shift, &self.words_from(i, 2), self.langs)
        {
            let (unit, end) = self.unit_at(i + n)?;
            (value, unit, end)
        } else {
            let (unit, after) = self.unit_at(i)?;
            let (n, value) = cues.match_at(Cue::Shift, &self.words_from(after, 2), self.langs)?;
            (value, unit, after + n)
        };
        let count: i32 = shift.parse().ok()?;
        // "este dia 17" is the 17th, not today.
        if unit == Unit::Day && self.kind(end) == Some(crate::facts::text::TokenKind::Number) {
            return None;
        }
        let reading = match unit {
            Unit::Day => Reading::Offset {
                unit,
                count,
                deictic: false,
            },
            _ => Reading::Period { unit, count },
        };
        let piece = Piece {
            lean: Some(lean_of_shift(count)),
            ..Piece::new(self.span(i, end), reading)
        };
        Some((piece, end))
    }

    /// A counted unit before "later" or "earlier" ("three days later", "zwei Wochen
    /// später", "dwa dni wcześniej"): counted from the story's day. "Three days after the
    /// vote" counts from the vote, which the text dates elsewhere, if at all: not read.
    fn counted_from_story_at(&self, i: usize) -> Option<(Piece, usize)> {
        let (count, after_count) = self.count_at(i)?;
        let (unit, after_unit, _) = self.unit_word_at(after_count)?;
        let (n, value) =
            text::cues().match_at(Cue::Later, &self.words_from(after_unit, 2), self.langs)?;
        let end = after_unit + n;
        // "tres días después de la votación" counts from the vote.
        let followed_by_object = self.skip_connector(end) > end
            || self.cue_before(Cue::Determiner, end + 1)
            || self
                .word(end)
                .is_some_and(|w| matches!(w, "da" | "que" | "od"));
        if followed_by_object {
            return None;
        }
        let sign: i32 = value.parse().ok()?;
        let reading = Reading::Offset {
            unit,
            count: sign * count,
            deictic: false,
        };
        let piece = Piece {
            lean: Some(lean_of_shift(sign)),
            ..Piece::new(self.span(i, end), reading)
        };
        Some((piece, end))
    }
}
