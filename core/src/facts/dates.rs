//! Written calendar dates, normalised to ISO 8601.
//!
//! Takes the passages of the article (and, for a caller that knows it, the day the text was
//! written) and returns every date mention with its value: `2022-01-12` for a full date,
//! `--01-12` for a day and month whose year the text does not give, `2014-03` for a month
//! and year, `2002` for a year, `--12` for a month alone.
//!
//! How dates are read: a grammar of tokens, the same for every language — day, month, year in
//! either order, with ordinal suffixes ("4.", "1er", "3η", "18-tego") and connectors ("3 de
//! marzo", "20th of June") — over month names from CLDR (nominative, genitive, abbreviated,
//! and the case forms news text uses after prepositions), plus the numeric forms (`2021-10-21`,
//! `21.10.2021`, `12/01/2022` in the order the language writes it; when a language writes
//! both orders and both fields could be the month, the value stays unresolved). A four-digit
//! number is a year after a year preposition ("seit 2002", "w 2002 roku", "το 2021") or when
//! it is a plausible modern year that counts nothing (no unit, currency or scale follows; a
//! round hundred like "2000" needs the preposition). A month alone is a date after a month
//! preposition ("im Oktober", "τον Οκτώβριο", "Mitte Dezember").
//!
//! Where the year comes from: only the text. A weekday next to a day and month ("Tuesday (4
//! January)", "am Dienstag (4. Januar)") pins the year: the year whose calendar has that
//! weekday on that day, nearest to — and preferably not before — the latest year the article
//! mentions. That pinned day then anchors the year-less dates that follow it, each taking the
//! year that puts it nearest to the anchor (so "10 January" after a pinned 4 January 2022 is
//! 2022-01-10, and "in October" is 2021-10). Without a pin (or a reference day from the
//! caller), day-month dates keep `--MM-DD`: a year written elsewhere in the article says
//! nothing about them, and the page's "today" is never read.

use super::text::{self, CalendarWord, Cue, FieldOrder, Token, TokenKind};
use super::{DateMention, Passage};
use crate::document::{Document, Span};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day, 1..=31.
    pub day: u8,
}

impl Ymd {
    /// The day, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (day >= 1 && day <= days_in_month(Some(year), month)).then_some(Ymd { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (a longer string such as a time stamp is cut to its date).
    pub fn parse(s: &str) -> Option<Self> {
        let date = s.get(..10)?;
        let mut parts = date.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Ymd::new(year, month, day)
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// ISO weekday, 1 = Monday.
    fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days() + 3).rem_euclid(7) as u8 + 1
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month`; February has 29 when the year is unknown.
fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_none_or(is_leap) => 29,
        2 => 28,
        _ => 0,
    }
}

/// What a mention says before its year is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Full(Ymd),
    DayMonth {
        month: u8,
        day: u8,
        weekday: Option<u8>,
    },
    MonthYear(i32, u8),
    Year(i32),
    Month(u8),
    /// A weekday named alone ("on Tuesday").
    Weekday(u8),
    /// A numeric date whose day and month could be swapped.
    Ambiguous,
}

#[derive(Clone, Copy, Debug)]
struct Candidate {
    span: Span,
    reading: Reading,
}

impl Candidate {
    fn is_day(&self) -> bool {
        matches!(self.reading, Reading::Full(_) | Reading::DayMonth { .. })
    }
}

/// Candidates by their first byte; they never overlap.
type Found = BTreeMap<usize, Candidate>;

/// True when `span` overlaps a candidate of `found`.
fn overlapping(found: &Found, span: Span) -> bool {
    found
        .range(..span.end)
        .next_back()
        .is_some_and(|(_, c)| c.span.end > span.start)
}

/// Years the reader takes as years at all.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=2199;
/// Years a bare four-digit number is taken for without a preposition.
const MODERN_YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;
/// How far from the article's latest year a weekday pin looks.
const PIN_REACH: i32 = 14;

/// Finds the dates of the passages. `reference` is the day the text was written, when the
/// caller knows it: year-less dates then resolve against it from the start.
pub fn find(doc: &Document, passages: &[Passage], reference: Option<Ymd>) -> Vec<DateMention> {
    let mut candidates: Vec<Candidate> = passages
        .iter()
        .flat_map(|p| LineReader::new(doc, p).candidates())
        .collect();
    candidates.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if kept.last().is_none_or(|k| !k.span.overlaps(c.span)) {
            kept.push(c);
        }
    }
    resolve(&kept, reference)
}

/// Finds the dates of a plain text in the given languages (for callers without a pipeline:
/// the `dates` command, benchmarks).
pub fn find_in_text(
    text: &str,
    langs: &[&'static str],
    reference: Option<Ymd>,
) -> (Document, Vec<DateMention>) {
    let doc = Document::parse(text);
    let passages = Passage::every_line(&doc, crate::clean::LineKind::Body, langs);
    let dates = find(&doc, &passages, reference);
    (doc, dates)
}

/// Gives every candidate its value, walking the article in order with the current anchor.
fn resolve(candidates: &[Candidate], reference: Option<Ymd>) -> Vec<DateMention> {
    let latest_year = reference.map(|r| r.year).or_else(|| {
        candidates
            .iter()
            .filter_map(|c| match c.reading {
                Reading::Full(d) => Some(d.year),
                Reading::MonthYear(y, _) | Reading::Year(y) => Some(y),
                _ => None,
            })
            .max()
    });
    let mut anchor = reference;
    candidates
        .iter()
        .map(|c| {
            let value = match c.reading {
                Reading::Full(d) => Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
                Reading::MonthYear(y, m) => Some(format!("{y:04}-{m:02}")),
                Reading::Year(y) => Some(format!("{y:04}")),
                Reading::Ambiguous => None,
                Reading::DayMonth {
                    month,
                    day,
                    weekday,
                } => {
                    let base = anchor.map(|a| a.year).or(latest_year);
                    let pinned = weekday
                        .zip(base)
                        .and_then(|(w, base)| pin(w, month, day, base));
                    if pinned.is_some() {
                        anchor = pinned;
                    }
                    let date = pinned.or_else(|| anchor.and_then(|a| nearest_day(a, month, day)));
                    Some(match date {
                        Some(d) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
                        None => format!("--{month:02}-{day:02}"),
                    })
                }
                Reading::Month(m) => Some(match anchor {
                    Some(a) => format!("{:04}-{m:02}", nearest_month_year(a, m)),
                    None => format!("--{m:02}"),
                }),
                Reading::Weekday(w) => anchor
                    .and_then(|a| nearest_weekday(a, w))
                    .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
            };
            DateMention {
                span: c.span,
                value,
            }
        })
        .collect()
}

/// The year whose calendar puts `weekday` on `day` `month`, nearest to `base` and not
/// before it, or the year just before it (an article of early January that mentions the new
/// year and "Tuesday (28 December)"). Every pairing of weekday and day recurs within eleven
/// years, so a match after `base` always exists.
fn pin(weekday: u8, month: u8, day: u8, base: i32) -> Option<Ymd> {
    (base - 1..=base + PIN_REACH)
        .filter_map(|y| Ymd::new(y, month, day))
        .filter(|d| d.weekday() == weekday)
        .min_by_key(|d| {
            if d.year >= base {
                (d.year - base) * 2
            } else {
                3
            }
        })
}

/// `day` `month` in the year that puts it nearest to `anchor`.
fn nearest_day(anchor: Ymd, month: u8, day: u8) -> Option<Ymd> {
    (anchor.year - 1..=anchor.year + 1)
        .filter_map(|y| Ymd::new(y, month, day))
        .min_by_key(|d| (d.days() - anchor.days()).abs())
}

/// The day named by `weekday` nearest to `anchor`: news names the days of the week around
/// the day it speaks of ("on Tuesday" in a story anchored on Tuesday 4 January is that day).
fn nearest_weekday(anchor: Ymd, weekday: u8) -> Option<Ymd> {
    let offset = (i64::from(weekday) - i64::from(anchor.weekday()) + 3).rem_euclid(7) - 3;
    civil_from_days(anchor.days() + offset)
}

/// The calendar day of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Option<Ymd> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Ymd::new(i32::try_from(year).ok()?, month, day)
}

/// The year of the `month` nearest to `anchor` (the earlier one on a tie: news looks back).
fn nearest_month_year(anchor: Ymd, month: u8) -> i32 {
    let at = |y: i32| y * 12 + i32::from(month);
    let here = anchor.year * 12 + i32::from(anchor.month);
    (anchor.year - 1..=anchor.year + 1)
        .min_by_key(|&y| ((at(y) - here).abs(), y))
        .unwrap_or(anchor.year)
}

/// One passage, tokenized, with its languages.
struct LineReader<'a> {
    text: &'a str,
    base: usize,
    tokens: Vec<Token>,
    lower: Vec<String>,
    langs: &'a [&'static str],
}

impl<'a> LineReader<'a> {
    fn new(doc: &'a Document, passage: &'a Passage) -> Self {
        let tokens = text::tokenize(doc.slice(passage.span), passage.span.start);
        let lower = text::lower_all(doc.text(), &tokens);
        LineReader {
            text: doc.text(),
            base: passage.span.start,
            tokens,
            lower,
            langs: &passage.langs,
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && marks.contains(&self.lower[i].as_str())
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    fn number(&self, i: usize) -> Option<(&str, u32)> {
        (self.kind(i) == Some(TokenKind::Number))
            .then(|| self.lower[i].as_str())
            .filter(|s| s.len() <= 9)
            .and_then(|s| Some((s, s.parse().ok()?)))
    }

    fn word(&self, i: usize) -> Option<&str> {
        (self.kind(i) == Some(TokenKind::Word)).then(|| self.lower[i].as_str())
    }

    /// The words before token `i`, lower-cased, apostrophes left out (for cue look-ups).
    fn words_before(&self, i: usize, n: usize) -> Vec<&str> {
        let mut words: Vec<&str> = self.lower[..i]
            .iter()
            .zip(&self.tokens[..i])
            .rev()
            .take_while(|(s, t)| t.kind == TokenKind::Word || text::is_apostrophe(s))
            .filter(|(_, t)| t.kind == TokenKind::Word)
            .map(|(s, _)| s.as_str())
            .take(n)
            .collect();
        words.reverse();
        words
    }

    fn words_from(&self, i: usize, n: usize) -> Vec<&str> {
        self.lower[i.min(self.lower.len())..]
            .iter()
            .zip(&self.tokens[i.min(self.tokens.len())..])
            .take_while(|(_, t)| t.kind == TokenKind::Word)
            .map(|(s, _)| s.trim_end_matches('.'))
            .take(n)
            .collect()
    }

    /// True when the number at `i` continues a numeric expression ("12.30", "1,5", "A320");
    /// a hyphen between two years or two days is a range ("2012-2018", "12-13 stycznia"),
    /// not one number.
    fn inside_number(&self, i: usize) -> bool {
        let joins = |mark: usize, other: usize| {
            let (a, b) = (self.lower[i].len(), self.lower[other].len());
            let year_range =
                self.is_punct(mark, &["-"]) && ((a == 4 && b == 4) || (a <= 2 && b <= 2));
            self.is_punct(mark, &[".", ",", ":", "/", "-"])
                && self.kind(other) == Some(TokenKind::Number)
                && !year_range
        };
        let before = i > 0
            && self.glued(i)
            && (self.kind(i - 1) == Some(TokenKind::Word)
                || (i > 1 && self.glued(i - 1) && joins(i - 1, i - 2)));
        let after = self.glued(i + 1)
            && self.glued(i + 2)
            && i + 2 < self.tokens.len()
            && joins(i + 1, i + 2);
        before || after
    }

    /// A day number at `i`, with its ordinal suffix: the day and the token after it.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let (digits, day) = self.number(i)?;
        if digits.len() > 2 || !(1..=31).contains(&day) || self.inside_number(i) {
            return None;
        }
        let cal = text::calendar();
        let mut next = i + 1;
        let short_suffix = |j: usize| {
            self.word(j).is_some_and(|w| {
                w.chars().count() <= 4 && cal.lookup(w, self.langs, true).is_none()
            })
        };
        if self.glued(next) && short_suffix(next) {
            next += 1;
        } else if self.glued(next)
            && self.is_punct(next, &["-"])
            && self.glued(next + 1)
            && short_suffix(next + 1)
        {
            next += 2;
        } else if self.glued(next) && self.is_punct(next, &[".", "º", "ª", "°"]) {
            next += 1;
        }
        Some((day as u8, next))
    }

    /// A month name at `i` (abbreviated ones in the line's languages only, with their dot).
    fn month_at(&self, i: usize, abbreviations: bool) -> Option<(u8, usize, bool)> {
        let word = self.word(i)?;
        let cal = text::calendar();
        let (month, abbreviated) = match cal.lookup(word, self.langs, false) {
            Some((CalendarWord::Month(m), _)) => (m, false),
            _ if abbreviations => match cal.lookup(word, self.langs, true) {
                Some((CalendarWord::Month(m), _)) => (m, true),
                _ => return None,
            },
            _ => return None,
        };
        let next = if abbreviated && self.glued(i + 1) && self.is_punct(i + 1, &["."]) {
            i + 2
        } else {
            i + 1
        };
        Some((month, next, abbreviated))
    }

    /// A weekday name at `i`; capitalised where the language capitalises weekdays, since
    /// there the lower-case word is an ordinal ("τρίτη" is "third").
    fn weekday_at(&self, i: usize) -> Option<u8> {
        let cal = text::calendar();
        match cal.lookup(self.word(i)?, self.langs, false)? {
            (CalendarWord::Weekday(w), lang) => {
                let written = &self.text[self.tokens[i].span.range()];
                let capital = written.chars().next().is_some_and(char::is_uppercase);
                (capital || !cal.capitalises_weekdays(lang)).then_some(w)
            }
            (CalendarWord::Month(_), _) => None,
        }
    }

    /// A four-digit year at `i`, with a marker after it ("2022 r.", "2002 г."): the year
    /// and the token after it.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let (digits, year) = self.number(i)?;
        let year = year as i32;
        if digits.len() != 4 || !YEARS.contains(&year) || self.inside_number(i) {
            return None;
        }
        let mut next = i + 1;
        let after = self.words_from(next, 2);
        if let Some((n, _)) = text::cues().match_at(Cue::YearAfter, &after, self.langs) {
            next += n;
            if self.glued(next) && self.is_punct(next, &["."]) {
                next += 1;
            }
        }
        Some((year, next))
    }

    /// Skips one connector word or comma between date fields ("3 de marzo", "20th of June",
    /// "April 14, 2015", "12 de marzo de 2022").
    fn skip_connector(&self, i: usize) -> usize {
        match self.lower.get(i).map(String::as_str) {
            Some("de" | "del" | "of" | "di" | "do" | "," | "the") => i + 1,
            Some("d")
                if self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|_| text::is_apostrophe(&self.lower[i + 1])) =>
            {
                i + 2
            }
            _ => i,
        }
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// A weekday within three tokens before `i` ("Tuesday (4 January)", "am Dienstag, 4.").
    fn weekday_before(&self, i: usize) -> Option<u8> {
        for j in (i.saturating_sub(4)..i).rev() {
            if let Some(w) = self.weekday_at(j) {
                return Some(w);
            }
            let skippable = self.is_punct(j, &["(", ","])
                || self.word(j).is_some_and(|w| w.chars().count() <= 3);
            if !skippable {
                return None;
            }
        }
        None
    }

    /// A weekday right after `i` ("19 Φεβρουαρίου, Τρίτη").
    fn weekday_after(&self, i: usize) -> Option<u8> {
        let j = if self.is_punct(i, &[",", "("]) {
            i + 1
        } else {
            i
        };
        self.weekday_at(j)
    }

    /// Every date this passage writes, before years are decided, in order.
    fn candidates(&self) -> Vec<Candidate> {
        let mut found = self.numeric();
        let mut weekdays = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if overlapping(&found, self.tokens[i].span) {
                i += 1;
                continue;
            }
            match self.named_date(i).or_else(|| self.bare_year(i)) {
                Some((c, next)) => {
                    if !overlapping(&found, c.span) {
                        found.insert(c.span.start, c);
                    }
                    i = next.max(i + 1);
                }
                None => {
                    if let Some(w) = self.weekday_at(i) {
                        weekdays.push((i, w));
                    }
                    i += 1;
                }
            }
        }
        // A weekday beside a date belongs to it ("Tuesday (4 January)"); alone it is a date
        // of its own, resolved against the anchor.
        let last = self.tokens.len().saturating_sub(1);
        let near_a_day = |i: usize| {
            let window = self.tokens[i.saturating_sub(2)].span.start
                ..self.tokens[(i + 4).min(last)].span.end;
            found.range(window).any(|(_, c)| c.is_day())
        };
        let alone: Vec<Candidate> = weekdays
            .into_iter()
            .filter(|&(i, _)| !near_a_day(i))
            .map(|(i, w)| Candidate {
                span: self.tokens[i].span,
                reading: Reading::Weekday(w),
            })
            .collect();
        for c in alone {
            found.insert(c.span.start, c);
        }
        found.into_values().collect()
    }

    /// A date with a month name starting at `i`: day-month(-year), month-day(-year),
    /// month-year, or a month alone after a month preposition.
    fn named_date(&self, i: usize) -> Option<(Candidate, usize)> {
        if let Some((day, after_day)) = self.day_at(i) {
            if let Some((month, after_month, _)) =
                self.month_at(self.skip_connector(after_day), true)
            {
                return self.finish_day_month(i, day, month, after_month);
            }
            // The first day of a range takes the month of the second ("12-13 stycznia").
            let (_, after_second) = self
                .day_at(after_day + 1)
                .filter(|_| self.is_punct(after_day, &["-", "–"]))?;
            let (month, _, _) = self.month_at(self.skip_connector(after_second), true)?;
            let (c, _) = self.finish_day_month(i, day, month, after_day)?;
            return Some((c, after_day));
        }
        let (month, after_month, abbreviated) = self.month_at(i, true)?;
        let next = self.skip_connector(after_month);
        if let Some((year, end)) = self.year_at(next) {
            let c = Candidate {
                span: self.span(i, end),
                reading: Reading::MonthYear(year, month),
            };
            return Some((c, end));
        }
        if let Some((day, after_day)) = self
            .day_at(after_month)
            .filter(|_| !self.glued(after_month))
        {
            return self.finish_day_month(i, day, month, after_day);
        }
        let preposition = text::cues()
            .match_ending(Cue::MonthBefore, &self.words_before(i, 4), self.langs)
            .is_some();
        let own_language = text::calendar().is_month_in(self.word(i)?, self.langs);
        (preposition && own_language && !abbreviated).then(|| {
            let c = Candidate {
                span: self.span(i, after_month),
                reading: Reading::Month(month),
            };
            (c, after_month)
        })
    }

    /// Completes a date from its day and month: an optional year, and a weekday beside it.
    fn finish_day_month(
        &self,
        start: usize,
        day: u8,
        month: u8,
        next: usize,
    ) -> Option<(Candidate, usize)> {
        if day > days_in_month(None, month) {
            return None;
        }
        let comma = self.skip_connector(next);
        if let Some((year, end)) = self.year_at(comma) {
            let date = Ymd::new(year, month, day)?;
            return Some((
                Candidate {
                    span: self.span(start, end),
                    reading: Reading::Full(date),
                },
                end,
            ));
        }
        let weekday = self
            .weekday_before(start)
            .or_else(|| self.weekday_after(next));
        let reading = Reading::DayMonth {
            month,
            day,
            weekday,
        };
        Some((
            Candidate {
                span: self.span(start, next),
                reading,
            },
            next,
        ))
    }

    /// A four-digit year standing alone.
    fn bare_year(&self, i: usize) -> Option<(Candidate, usize)> {
        let (year, end) = self.year_at(i)?;
        let cues = text::cues();
        let after = self.words_from(i + 1, 3);
        let counts_something = self.tokens.get(i + 1).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(&self.text[t.span.range()], "%" | "€" | "$" | "£")
        }) || cues.match_at(Cue::Currency, &after, self.langs).is_some()
            || cues.match_at(Cue::Percent, &after, self.langs).is_some()
            || text::numbers().scale(&after, self.langs).is_some()
            || (i > 0 && self.is_punct(i - 1, &["€", "$", "£", "¥"]));
        if counts_something {
            return None;
        }
        let preposition = cues
            .match_ending(Cue::YearBefore, &self.words_before(i, 4), self.langs)
            .is_some();
        let marker = end > i + 1;
        let plausible = MODERN_YEARS.contains(&year) && year % 100 != 0;
        (preposition || marker || plausible).then(|| {
            let c = Candidate {
                span: self.span(i, end),
                reading: Reading::Year(year),
            };
            (c, end)
        })
    }

    /// Numeric dates: ISO `2021-10-21`, `21.10.2021`, `12/01/2022`, `2014-10`, `10.12.`, and a
    /// bare `31/10` after a date preposition ("le 31/10").
    fn numeric(&self) -> Found {
        static YMD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"([0-9]{4})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})").expect("valid regex")
        });
        static DMY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"([0-9]{1,2})([./-]) ?([0-9]{1,2})([./-]) ?([0-9]{4}|[0-9]{2})")
                .expect("valid regex")
        });
        static YM: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"([0-9]{4})[-/]([0-9]{1,2})|([0-9]{1,2})/([0-9]{4})").expect("valid regex")
        });
        static DM: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"([0-9]{1,2})([./-])([0-9]{1,2})(\.?)").expect("valid regex")
        });
        let line_end = self.tokens.last().map_or(self.base, |t| t.span.end);
        let line = &self.text[self.base..line_end];
        let standalone = |start: usize, end: usize| {
            let before = line[..start].chars().next_back();
            let before2 = line[..start].chars().rev().nth(1);
            let after = line[end..].chars().next();
            let after2 = line[end..].chars().nth(1);
            let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
            let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
            let joiner = |c: Option<char>| c.is_some_and(|c| ".,/:-".contains(c));
            // Not part of a longer number, a time, a version or a word.
            let continues = |next: Option<char>, then: Option<char>| {
                digit(next) || letter(next) || (joiner(next) && digit(then))
            };
            !continues(before, before2) && !continues(after, after2)
        };
        let field =
            |c: &regex::Captures, i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let numeric = text::calendar().numeric(self.langs);
        let order = numeric.map_or(FieldOrder::Dmy, |(order, _)| order);
        // A bare day and month is read only with the language's own separator: "4.08" in
        // English is a number, "4.08." in German a date.
        let own_separator = |s: &str| numeric.is_none_or(|(_, sep)| s.starts_with(sep));
        let mut found = Found::new();
        let push = |found: &mut Found, start: usize, end: usize, reading: Reading| {
            let span = Span::new(self.base + start, self.base + end);
            if !overlapping(found, span) {
                found.insert(span.start, Candidate { span, reading });
            }
        };
        for c in YMD.captures_iter(line) {
            let m = c.get(0).expect("match");
            if c[2] != c[4] || !standalone(m.start(), m.end()) {
                continue;
            }
            let (Some(y), Some(mo), Some(d)) = (field(&c, 1), field(&c, 3), field(&c, 5)) else {
                continue;
            };
            if let Some(date) =
                Ymd::new(y as i32, mo as u8, d as u8).filter(|d| YEARS.contains(&d.year))
            {
                push(&mut found, m.start(), m.end(), Reading::Full(date));
            }
        }
        for c in DMY.captures_iter(line) {
            let m = c.get(0).expect("match");
            if c[2] != c[4] || !standalone(m.start(), m.end()) {
                continue;
            }
            let (Some(a), Some(b), Some(y)) = (field(&c, 1), field(&c, 3), field(&c, 5)) else {
                continue;
            };
            let year = if c[5].len() == 2 {
                two_digit_year(y)
            } else {
                y as i32
            };
            if !YEARS.contains(&year) {
                continue;
            }
            let as_dmy = Ymd::new(year, b as u8, a as u8);
            let as_mdy = Ymd::new(year, a as u8, b as u8);
            // The order the language writes, the other only when the first cannot be meant
            // (a "month" above 12). English writes both orders: when both readings are
            // valid days, the date stays unresolved.
            let reading = match (order, as_dmy, as_mdy) {
                (FieldOrder::Mdy, Some(_), Some(_)) if a != b => Reading::Ambiguous,
                (FieldOrder::Mdy, _, Some(d)) => Reading::Full(d),
                (_, Some(d), _) | (_, None, Some(d)) => Reading::Full(d),
                (_, None, None) => continue,
            };
            push(&mut found, m.start(), m.end(), reading);
        }
        for c in YM.captures_iter(line) {
            let m = c.get(0).expect("match");
            if !standalone(m.start(), m.end()) {
                continue;
            }
            let (year, month) = match (field(&c, 1), field(&c, 2), field(&c, 3), field(&c, 4)) {
                (Some(y), Some(mo), _, _) | (_, _, Some(mo), Some(y)) => (y as i32, mo),
                _ => continue,
            };
            if (1..=12).contains(&month) && MODERN_YEARS.contains(&year) {
                push(
                    &mut found,
                    m.start(),
                    m.end(),
                    Reading::MonthYear(year, month as u8),
                );
            }
        }
        for c in DM.captures_iter(line) {
            let m = c.get(0).expect("match");
            if !standalone(m.start(), m.end()) {
                continue;
            }
            let (Some(a), Some(b)) = (field(&c, 1), field(&c, 3)) else {
                continue;
            };
            // "10.12." (German, Russian) is a date by its closing dot; "31/10", "4/7" only
            // after a date preposition, since "3/4" is also a fraction or a score.
            if !own_separator(&c[2]) {
                continue;
            }
            let closing_dot = &c[2] == "." && &c[4] == ".";
            let at = self.base + m.start();
            let token = Some(self.tokens.partition_point(|t| t.span.start < at))
                .filter(|&i| self.tokens.get(i).is_some_and(|t| t.span.start == at));
            let preposition = token.is_some_and(|i| {
                text::cues()
                    .match_ending(Cue::DatePrep, &self.words_before(i, 3), self.langs)
                    .is_some()
            });
            if !(closing_dot || preposition) {
                continue;
            }
            let (day, month) = if order == FieldOrder::Mdy {
                (b, a)
            } else {
                (a, b)
            };
            if (1..=12).contains(&month)
                && day >= 1
                && day <= u32::from(days_in_month(None, month as u8))
            {
                let end = if closing_dot {
                    m.end()
                } else {
                    m.end() - c[4].len()
                };
                let reading = Reading::DayMonth {
                    month: month as u8,
                    day: day as u8,
                    weekday: None,
                };
                push(&mut found, m.start(), end, reading);
            }
        }
        found
    }
}

/// "74" → 1974, "14" → 2014: two-digit years below 50 are this century's.
fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, langs: &[&'static str]) -> Vec<String> {
        let (_, dates) = find_in_text(text, langs, None);
        dates
            .into_iter()
            .map(|d| d.value.unwrap_or_else(|| "?".into()))
            .collect()
    }

    fn surfaces(text: &str, langs: &[&'static str]) -> Vec<String> {
        let (doc, dates) = find_in_text(text, langs, None);
        dates.iter().map(|d| doc.slice(d.span).to_owned()).collect()
    }

    #[test]
    fn weekdays_and_days_follow_the_calendar() {
        assert_eq!(Ymd::new(2022, 1, 4).unwrap().weekday(), 2);
        assert_eq!(Ymd::new(1970, 1, 1).unwrap().weekday(), 4);
        assert_eq!(Ymd::new(2000, 2, 29).unwrap().weekday(), 2);
        assert!(Ymd::new(2023, 2, 29).is_none());
        assert_eq!(Ymd::parse("2013-02-12T04:30:00"), Ymd::new(2013, 2, 12));
    }

    #[test]
    fn day_and_month_without_year_keep_the_year_open() {
        assert_eq!(values("στις 12 Ιανουαρίου", &["ell"]), ["--01-12"]);
        assert_eq!(values("am 12. Januar in Brüssel", &["deu"]), ["--01-12"]);
        assert_eq!(
            values("zwołał na 12 stycznia posiedzenie", &["pol"]),
            ["--01-12"]
        );
        assert_eq!(values("el 3 de marzo", &["spa"]), ["--03-03"]);
        assert_eq!(values("le 1er mars", &["fra"]), ["--03-01"]);
        assert_eq!(values("on January 4 they met", &["eng"]), ["--01-04"]);
    }

    #[test]
    fn full_dates_in_many_languages() {
        assert_eq!(values("21 Οκτωβρίου 2021.", &["ell"]), ["2021-10-21"]);
        assert_eq!(
            values("am 21. Oktober 2021 in Brüssel", &["deu"]),
            ["2021-10-21"]
        );
        assert_eq!(values("on 21 October 2021", &["eng"]), ["2021-10-21"]);
        assert_eq!(values("April 14, 2015", &["eng"]), ["2015-04-14"]);
        assert_eq!(
            values("12 stycznia 2022 r. w Brukseli", &["pol"]),
            ["2022-01-12"]
        );
        assert_eq!(values("14 апреля 2015", &["rus"]), ["2015-04-14"]);
        assert_eq!(values("il 13 febbraio 2013", &["ita"]), ["2013-02-13"]);
        assert_eq!(
            values("Freitag, Dezember 27, 2024", &["deu"]),
            ["2024-12-27"]
        );
    }

    #[test]
    fn ordinal_suffixes_are_read() {
        assert_eq!(values("3η μαρτίου 2016", &["ell"]), ["2016-03-03"]);
        assert_eq!(values("Poniedziałek 18-tego Lutego", &["pol"]), ["--02-18"]);
        assert_eq!(values("24-ого февраля", &["rus"]), ["--02-24"]);
        assert_eq!(values("14april 2015", &["eng"]), ["2015-04-14"]);
    }

    #[test]
    fn month_and_year() {
        assert_eq!(values("dall’aprile 2014", &["ita"]), ["2014-04"]);
        assert_eq!(values("im März 2014", &["deu"]), ["2014-03"]);
        assert_eq!(values("in March 2014", &["eng"]), ["2014-03"]);
        assert_eq!(values("Październik 2014", &["pol"]), ["2014-10"]);
    }

    #[test]
    fn numeric_dates_follow_the_language_order() {
        assert_eq!(values("2021-10-21", &["eng"]), ["2021-10-21"]);
        assert_eq!(values("am 31.10.1974", &["deu"]), ["1974-10-31"]);
        assert_eq!(values("le 12/01/2022", &["fra"]), ["2022-01-12"]);
        assert_eq!(values("on 12/31/2022", &["eng"]), ["2022-12-31"]);
        // English writes both orders: 12/01 could be either.
        assert_eq!(values("on 12/01/2022", &["eng"]), ["?"]);
        assert_eq!(values("31.10.74", &["rus"]), ["1974-10-31"]);
        assert_eq!(values("am 10.12. fand", &["deu"]), ["--12-10"]);
        assert_eq!(values("le 31/10", &["fra"]), ["--10-31"]);
        assert_eq!(values("2014-10", &["eng"]), ["2014-10"]);
    }

    #[test]
    fn ranges_of_days_and_years() {
        assert_eq!(
            values("od 12-13 stycznia", &["pol"]),
            ["--01-12", "--01-13"]
        );
        assert_eq!(values("du 12 au 13 janvier", &["fra"]), ["--01-13"]);
        assert_eq!(values("2012-2018", &["eng"]), ["2012", "2018"]);
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(values("um 10.30 Uhr", &["deu"]).is_empty());
        assert!(values("3/4 of voters", &["eng"]).is_empty());
        assert!(values("1.234.567 people", &["eng"]).is_empty());
        assert!(values("2000 soldiers and 1500 euros", &["eng"]).is_empty());
        assert!(values("Airbus A320", &["eng"]).is_empty());
    }

    #[test]
    fn bare_years_in_context() {
        assert_eq!(values("seit 2002 für den Dialog", &["deu"]), ["2002"]);
        assert_eq!(values("powstała w 2002 roku", &["pol"]), ["2002"]);
        assert_eq!(values("dal 2012 al 2018", &["ita"]), ["2012", "2018"]);
        assert_eq!(values("κυρώσεις το 2021", &["ell"]), ["2021"]);
        assert_eq!(values("since 2000", &["eng"]), ["2000"]);
        assert_eq!(
            values("dieses 2002 gegründeten Gremiums", &["deu"]),
            ["2002"]
        );
        assert_eq!(surfaces("w 2002 roku na", &["pol"]), ["2002 roku"]);
    }

    #[test]
    fn a_month_alone_needs_a_preposition() {
        assert_eq!(values("Mitte Dezember legte Russland", &["deu"]), ["--12"]);
        assert_eq!(values("after a dispute in October.", &["eng"]), ["--10"]);
        assert_eq!(values("τον Οκτώβριο", &["ell"]), ["--10"]);
        assert!(values("You may go. The March on Rome", &["eng"]).is_empty());
    }

    #[test]
    fn a_weekday_pins_the_year_and_anchors_what_follows() {
        let text = "Sanctions in 2021.\n\
                    A NATO official said on Tuesday (4 January).\n\
                    A dispute in October.\n\
                    Talks on 12 January after talks on 10 January.\n\
                    Later in January.";
        assert_eq!(
            values(text, &["eng"]),
            [
                "2021",
                "2022-01-04",
                "2021-10",
                "2022-01-12",
                "2022-01-10",
                "2022-01"
            ]
        );
        let greek =
            "το 2021\nδήλωσε αξιωματούχος του ΝΑΤΟ την Τρίτη (4 Ιανουαρίου).\nστις 13 Ιανουαρίου";
        assert_eq!(
            values(greek, &["ell"]),
            ["2021", "2022-01-04", "2022-01-13"]
        );
        let german = "seit 2002, im Jahr 2021\nsagte ein Nato-Beamter am Dienstag (4. Januar).\nAm 13. Januar";
        assert_eq!(
            values(german, &["deu"]),
            ["2002", "2021", "2022-01-04", "2022-01-13"]
        );
        // A year just before the latest one mentioned, when the new year is named.
        let december = "plans for 2022\nsaid on Tuesday (28 December)";
        assert_eq!(values(december, &["eng"]), ["2022", "2021-12-28"]);
    }

    #[test]
    fn a_weekday_alone_takes_the_day_nearest_the_anchor() {
        let text = "το 2021\nδήλωσε αξιωματούχος την Τρίτη (4 Ιανουαρίου).\nΟ Μπορέλ πέταξε την Τρίτη για την Ουκρανία, την Πέμπτη θα επιστρέψει.";
        assert_eq!(
            values(text, &["ell"]),
            ["2021", "2022-01-04", "2022-01-04", "2022-01-06"]
        );
        // Without an anchor a weekday is a date without a value.
        assert_eq!(values("flew to Kyiv on Tuesday", &["eng"]), ["?"]);
        assert_eq!(values("poinformowała we wtorek agencja", &["pol"]), ["?"]);
    }

    #[test]
    fn a_lower_case_ordinal_is_not_a_capitalised_weekday() {
        // Greek writes weekdays capitalised; "τρίτη" in lower case is "third".
        assert!(values("η τρίτη χώρα", &["ell"]).is_empty());
        // Polish writes them in lower case.
        assert_eq!(values("we wtorek", &["pol"]).len(), 1);
    }

    #[test]
    fn abbreviations_beyond_cldr_are_prefixes_of_one_month() {
        assert_eq!(values("Sierp. 8", &["pol"]), ["--08-08"]);
        assert_eq!(values("5 Sept 2013", &["eng"]), ["2013-09-05"]);
        assert!(values("5 jui", &["fra"]).is_empty());
    }

    #[test]
    fn a_bare_numeric_day_uses_the_language_separator() {
        assert_eq!(values("am 4.8. begann", &["deu"]), ["--08-04"]);
        assert!(values("version 10.4. was released on 4.08", &["eng"]).is_empty());
        assert!(values("op 10.10", &["nld"]).is_empty());
        assert_eq!(values("op 10-10", &["nld"]), ["--10-10"]);
    }

    #[test]
    fn without_a_pin_a_year_elsewhere_does_not_resolve_day_and_month() {
        let text = "seit 2002 gegründet\nam 12. Januar\nim März 2014";
        assert_eq!(values(text, &["deu"]), ["2002", "--01-12", "2014-03"]);
    }

    #[test]
    fn a_weekday_without_any_year_pins_nothing() {
        assert_eq!(values("Τρίτη, 19 Φεβρουαρίου", &["ell"]), ["--02-19"]);
    }

    #[test]
    fn a_reference_day_resolves_year_less_dates() {
        let reference = Ymd::new(2013, 2, 12);
        let (_, dates) = find_in_text("Τρίτη, 19 Φεβρουαρίου", &["ell"], reference);
        assert_eq!(dates[0].value.as_deref(), Some("2013-02-19"));
        let (_, dates) = find_in_text("1 märz", &["deu"], reference);
        assert_eq!(dates[0].value.as_deref(), Some("2013-03-01"));
    }

    #[test]
    fn ambiguous_month_words_are_read_in_the_line_language() {
        assert_eq!(values("1 listopada", &["pol"]), ["--11-01"]);
        assert_eq!(values("1 listopada", &["hrv"]), ["--10-01"]);
    }

    #[test]
    fn spans_cover_the_date_as_written() {
        assert_eq!(
            surfaces("am Dienstag (4. Januar).", &["deu"]),
            ["4. Januar"]
        );
        assert_eq!(surfaces("12 Ιανουαρίου, αφού", &["ell"]), ["12 Ιανουαρίου"]);
        assert_eq!(surfaces("w marcu 2014.", &["pol"]), ["marcu 2014"]);
        assert_eq!(surfaces("5 juil. 2013", &["fra"]), ["5 juil. 2013"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "31",
            "12.",
            "..12..",
            "2022-",
            "99/99/9999",
            "٣ مارس",
            "Ιανουαρίου",
            "0 января 0",
        ] {
            let _ = values(text, &[]);
            let _ = values(text, &["eng"]);
        }
        let huge = "12 January 2022 ".repeat(20_000);
        assert_eq!(values(&huge, &["eng"]).len(), 20_000);
    }
}
