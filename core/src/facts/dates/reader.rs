//! Reading one passage: the tokens of written dates, before any year is decided.
//!
//! Takes one passage and returns its [`Candidate`]s: what each date says ([`Reading`]) and
//! which way its clause leans ([`Lean`]). Written dates are read here; relative expressions
//! ("yesterday", "last week") in [`super::relative`], on the same tokens.

use super::calendar::{days_in_month, two_digit_year};
use super::{Candidate, Lean, Reading, Ymd};
use crate::document::{Document, Span};
use crate::facts::Passage;
use crate::facts::text::{self, CalendarWord, Cue, FieldOrder, Fnv, Token, TokenKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// A date found in the passage: a candidate, and whether it needs the passage to be nothing
/// but a date ("15-2", "20 02 14", "the 1st" are dates only there).
#[derive(Clone, Copy, Debug)]
pub(super) struct Piece {
    pub span: Span,
    pub reading: Reading,
    /// The lean a word of the date itself gives ("last March", "three days ago").
    pub lean: Option<Lean>,
    pub loose: bool,
}

impl Piece {
    pub fn new(span: Span, reading: Reading) -> Self {
        Piece {
            span,
            reading,
            lean: None,
            loose: false,
        }
    }

    fn is_day(&self) -> bool {
        matches!(self.reading, Reading::Full(_) | Reading::DayMonth { .. })
    }
}

/// Pieces by their first byte; they never overlap.
type Found = BTreeMap<usize, Piece>;

/// True when `span` overlaps a piece of `found`.
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
/// Passages longer than this (in tokens) are prose, never a date alone.
const MAX_DATE_LINE_TOKENS: usize = 12;
/// Words this short may stand beside a date in a passage that is nothing but the date
/// ("le", "the", "op de", "dia").
const MAX_FILLER_CHARS: usize = 3;
/// How far (in tokens) a tense cue may be from the date it colours.
const TENSE_REACH: usize = 12;

/// Every word a date may start with, of every language: month and weekday names, number
/// words, the words of relative dates, "last"/"next" and articles ("a week ago"). A word not
/// among them starts no date, and most words of prose are not: one look-up spares the rest.
fn starts_a_date(word: &str) -> bool {
    static WORDS: LazyLock<std::collections::HashSet<&'static str, BuildHasherDefault<Fnv>>> =
        LazyLock::new(|| {
            let cues = text::cues();
            text::calendar()
                .words()
                .chain(text::numbers().first_words())
                .chain(super::relative::words())
                .chain(cues.first_words(Cue::Shift))
                .chain(cues.first_words(Cue::Article))
                .collect()
        });
    WORDS.contains(word)
}

/// One passage, tokenized, with its languages.
pub(super) struct LineReader<'a> {
    pub text: &'a str,
    pub base: usize,
    pub tokens: Vec<Token>,
    pub lower: Vec<String>,
    pub langs: &'a [&'static str],
}

impl<'a> LineReader<'a> {
    pub fn new(doc: &'a Document, passage: &'a Passage) -> Self {
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

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && marks.contains(&self.lower[i].as_str())
    }

    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    pub fn number(&self, i: usize) -> Option<(&str, u32)> {
        (self.kind(i) == Some(TokenKind::Number))
            .then(|| self.lower[i].as_str())
            .filter(|s| s.len() <= 9)
            .and_then(|s| Some((s, s.parse().ok()?)))
    }

    pub fn word(&self, i: usize) -> Option<&str> {
        (self.kind(i) == Some(TokenKind::Word)).then(|| self.lower[i].as_str())
    }

    /// The text of token `i` as written.
    pub fn written(&self, i: usize) -> &str {
        &self.text[self.tokens[i].span.range()]
    }

    /// The words before token `i`, lower-cased, apostrophes left out (for cue look-ups).
    pub fn words_before(&self, i: usize, n: usize) -> Vec<&str> {
        let i = i.min(self.tokens.len());
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

    /// The words from token `i` on, lower-cased, trailing dots dropped.
    pub fn words_from(&self, i: usize, n: usize) -> Vec<&str> {
        self.lower[i.min(self.lower.len())..]
            .iter()
            .zip(&self.tokens[i.min(self.tokens.len())..])
            .take_while(|(_, t)| t.kind == TokenKind::Word)
            .map(|(s, _)| s.trim_end_matches('.'))
            .take(n)
            .collect()
    }

    /// True when a cue of kind `cue` ends right before token `i`.
    pub fn cue_before(&self, cue: Cue, i: usize) -> bool {
        text::cues()
            .match_ending(cue, &self.words_before(i, 4), self.langs)
            .is_some()
    }

    /// The span of tokens `from..to`.
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// True when token `i` ends a clause: the end of the passage, or a clause mark that does
    /// not continue a number ("le 16." but not "le 16.5").
    pub fn clause_ends_at(&self, i: usize) -> bool {
        i >= self.tokens.len()
            || (self.is_punct(i, &[",", ".", ";", ":", ")", "!", "?", "–", "—", "»", "\""])
                && !(self.glued(i + 1) && self.kind(i + 1) == Some(TokenKind::Number)))
    }

    /// True when the number at `i` continues a numeric expression ("12.30", "1,5", "A320");
    /// a hyphen between two years or two days is a range ("2012-2018", "12-13 stycznia"),
    /// not one number.
    pub fn inside_number(&self, i: usize) -> bool {
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

    /// A day number at `i` with its ordinal suffix ("4.", "1er", "3η", "18-tego", "2nd"):
    /// the day and the token after it.
    fn day_number_at(&self, i: usize) -> Option<(u8, usize)> {
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

    /// A day at `i`: a number ("4.", "1er") or an ordinal word ("third", "Piętnasty",
    /// "primeiro"), and the token after it.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        self.day_number_at(i).or_else(|| {
            let words = self.words_from(i, 3);
            let (value, n, ordinal) = text::numbers().word_at(&words, self.langs)?;
            (ordinal && (1..=31).contains(&value)).then_some((value as u8, i + n))
        })
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
    pub fn weekday_at(&self, i: usize) -> Option<u8> {
        let cal = text::calendar();
        match cal.lookup(self.word(i)?, self.langs, false)? {
            (CalendarWord::Weekday(w), lang) => {
                let capital = self
                    .written(i)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                (capital || !cal.capitalises_weekdays(lang)).then_some(w)
            }
            (CalendarWord::Month(_), _) => None,
        }
    }

    /// A weekday at `i`, full or abbreviated ("Fri", "jue.", "Τετ"), and the token after it:
    /// for the place right before a day, where an abbreviation cannot be another word.
    fn weekday_beside_day(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(w) = self.weekday_at(i) {
            return Some((w, i + 1));
        }
        match text::calendar().lookup(self.word(i)?, self.langs, true)? {
            (CalendarWord::Weekday(w), _) => {
                let dot = self.glued(i + 1) && self.is_punct(i + 1, &["."]);
                Some((w, i + 1 + usize::from(dot)))
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

    /// A two-digit year closing a date ("31 octobre 74", "14th April 15", "April '15"): after
    /// an apostrophe, or at the end of the clause, where it cannot count what follows.
    fn short_year_at(&self, i: usize) -> Option<(i32, usize)> {
        self.apostrophe_year_at(i).or_else(|| {
            let (digits, year) = self.number(i)?;
            (digits.len() == 2 && !self.inside_number(i) && self.clause_ends_at(i + 1))
                .then(|| (two_digit_year(year), i + 1))
        })
    }

    /// A two-digit year after an apostrophe ("April '15").
    fn apostrophe_year_at(&self, i: usize) -> Option<(i32, usize)> {
        let apostrophe = self.lower.get(i).is_some_and(|s| text::is_apostrophe(s));
        let (digits, year) = self
            .number(i + 1)
            .filter(|_| apostrophe && self.glued(i + 1))?;
        (digits.len() == 2 && !self.inside_number(i + 1)).then(|| (two_digit_year(year), i + 2))
    }

    /// Skips one connector word or comma between date fields ("3 de marzo", "20th of June",
    /// "April 14, 2015", "12 de marzo de 2022").
    pub fn skip_connector(&self, i: usize) -> usize {
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

    /// A weekday within four tokens before `i` ("Tuesday (4 January)", "am Dienstag, 4.",
    /// "Fr, 18. Juli").
    fn weekday_before(&self, i: usize) -> Option<u8> {
        for j in (i.saturating_sub(4)..i).rev() {
            if let Some((w, _)) = self.weekday_beside_day(j) {
                return Some(w);
            }
            let skippable = self.is_punct(j, &["(", ",", "."])
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

    /// Every date this passage writes, before its year is decided, in order.
    pub fn candidates(&self) -> Vec<Candidate> {
        let mut found = self.numeric();
        let mut weekdays = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            let may_start = match self.tokens[i].kind {
                TokenKind::Number => true,
                TokenKind::Word => starts_a_date(&self.lower[i]),
                TokenKind::Punct => false,
            };
            if !may_start || overlapping(&found, self.tokens[i].span) {
                i += 1;
                continue;
            }
            let piece = self
                .relative_at(i)
                .or_else(|| self.time_at(i))
                .or_else(|| self.named_date(i))
                .or_else(|| self.bare_day(i))
                .or_else(|| self.bare_year(i));
            match piece {
                Some((p, next)) => {
                    if !overlapping(&found, p.span) {
                        found.insert(p.span.start, p);
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
        // of its own ("on Tuesday"), or a week away after "last", "this", "next".
        let last = self.tokens.len().saturating_sub(1);
        let near_a_day = |i: usize| {
            let window = Span::new(
                self.tokens[i.saturating_sub(3)].span.start,
                self.tokens[(i + 4).min(last)].span.end,
            );
            // Pieces never overlap: their ends are in order too, so the walk back stops at
            // the first one that ends before the window.
            found
                .range(..window.end)
                .rev()
                .take_while(|(_, c)| c.span.end > window.start)
                .any(|(_, c)| c.is_day() && !c.loose)
        };
        let alone: Vec<Piece> = weekdays
            .into_iter()
            .filter(|&(i, _)| !near_a_day(i))
            .map(|(i, weekday)| self.weekday_alone(i, weekday))
            .collect();
        for p in alone {
            if !overlapping(&found, p.span) {
                found.insert(p.span.start, p);
            }
        }
        let alone = self.date_alone(&found);
        found
            .into_values()
            .filter(|p| alone || !p.loose)
            .map(|p| Candidate {
                span: p.span,
                reading: p.reading,
                lean: match p.lean {
                    Some(lean) => lean,
                    None if alone => Lean::Alone,
                    None => self.tense_near(p.span),
                },
                explicit: p.lean.is_some(),
            })
            .collect()
    }

    /// True when the passage holds nothing but dates: besides them, only date words and short
    /// words ("le", "the", "op de", "no dia").
    fn date_alone(&self, found: &Found) -> bool {
        if found.is_empty() || self.tokens.len() > MAX_DATE_LINE_TOKENS {
            return false;
        }
        let cues = text::cues();
        self.tokens.iter().enumerate().all(|(i, t)| {
            t.kind != TokenKind::Word
                || overlapping(found, t.span)
                || self.lower[i].chars().count() <= MAX_FILLER_CHARS
                || self.weekday_beside_day(i).is_some()
                || [Cue::DatePrep, Cue::MonthBefore, Cue::YearBefore, Cue::Shift]
                    .iter()
                    .any(|&cue| {
                        cues.match_at(cue, &[self.lower[i].as_str()], self.langs)
                            .is_some()
                    })
        })
    }

    /// The lean the tense of the date's clause gives: the future when a cue of it is there
    /// ("will meet on 3 March", "should be completed in October"), else the past ("was
    /// introduced in January", "powiedział", "-ó"), else nothing. The clause runs to the
    /// nearest comma, sentence mark or "that" either side, so that "said on Tuesday that it
    /// will" dates Tuesday in the past.
    fn tense_near(&self, span: Span) -> Lean {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let end = self.tokens.partition_point(|t| t.span.start < span.end);
        let cues = text::cues();
        let boundary = |i: usize| {
            self.is_punct(i, &[".", "!", "?", ";", ",", ":", "(", ")", "«", "»", "\""])
                || self
                    .word(i)
                    .is_some_and(|w| cues.match_at(Cue::That, &[w], self.langs).is_some())
        };
        let after = (end..self.tokens.len().min(end + TENSE_REACH)).take_while(|&i| !boundary(i));
        let before = (first.saturating_sub(TENSE_REACH)..first)
            .rev()
            .take_while(|&i| !boundary(i));
        let clause: Vec<usize> = before.chain(after).collect();
        let is = |cue: Cue, i: usize| {
            self.word(i).is_some_and(|w| {
                cues.match_at(cue, &self.words_from(i, 3), self.langs)
                    .is_some()
                    || (cues.has_ending(cue, w, self.langs)
                        && !(i > 0
                            && (is_word_cue(self, Cue::Future, i - 1)
                                || is_word_cue(self, Cue::Passive, i - 1))))
            })
        };
        if clause.iter().any(|&i| is(Cue::Future, i)) {
            Lean::Future
        } else if clause.iter().any(|&i| is(Cue::Past, i)) {
            Lean::Past
        } else {
            Lean::Unknown
        }
    }

    /// A weekday named alone at `i`, moved by "last", "this" or "next" around it ("last
    /// Tuesday", "el martes pasado").
    fn weekday_alone(&self, i: usize, weekday: u8) -> Piece {
        let cues = text::cues();
        let before = cues
            .match_ending(Cue::Shift, &self.words_before(i, 2), self.langs)
            .map(|(n, v)| (i - n, i + 1, v));
        let after = cues
            .match_at(Cue::Shift, &self.words_from(i + 1, 2), self.langs)
            .map(|(n, v)| (i, i + 1 + n, v));
        match before.or(after) {
            Some((from, to, value)) => {
                let shift = value.parse::<i32>().ok();
                Piece {
                    lean: shift.map(lean_of_shift),
                    ..Piece::new(self.span(from, to), Reading::Weekday { weekday, shift })
                }
            }
            None => Piece::new(
                self.tokens[i].span,
                Reading::Weekday {
                    weekday,
                    shift: None,
                },
            ),
        }
    }

    /// A date with a month name or a counted day starting at `i`: day-month(-year),
    /// month-day(-year), month-year, a month alone after a month word, "3eme jour d'octobre",
    /// "primeiro mês de 2013", "the 20th of the previous month".
    fn named_date(&self, i: usize) -> Option<(Piece, usize)> {
        if let Some((day, after_day)) = self.day_at(i) {
            let after_unit = self.unit_word_after(after_day);
            if let Some((month, after_month, _)) =
                self.month_at(self.skip_connector(after_unit), true)
            {
                return self.finish_day_month(i, day, month, after_month);
            }
            if let Some(found) = self.day_of_shifted_month(i, day, after_day) {
                return Some(found);
            }
            if let Some(found) = self.ordinal_month_of_year(i, after_day) {
                return Some(found);
            }
            // The first day of a range takes the month of the second ("12-13 stycznia").
            let (_, after_second) = self
                .day_number_at(after_day + 1)
                .filter(|_| self.is_punct(after_day, &["-", "–"]))?;
            let (month, _, _) = self.month_at(self.skip_connector(after_second), true)?;
            let (c, _) = self.finish_day_month(i, day, month, after_day)?;
            return Some((c, after_day));
        }
        let (month, after_month, abbreviated) = self.month_at(i, true)?;
        let next = self.skip_connector(after_month);
        if let Some((year, end)) = self
            .year_at(next)
            .or_else(|| self.apostrophe_year_at(after_month))
        {
            let c = Piece::new(self.span(i, end), Reading::MonthYear(year, month));
            return Some((c, end));
        }
        if let Some((day, after_day)) = self
            .day_at(after_month)
            .filter(|_| !self.glued(after_month))
        {
            return self.finish_day_month(i, day, month, after_day);
        }
        self.month_alone(i, month, after_month, abbreviated)
    }

    /// A month named alone, after a month word ("im Oktober", "τον Οκτώβριο") or beside
    /// "last"/"next" ("last March", "el pasado marzo", "marzo pasado").
    fn month_alone(
        &self,
        i: usize,
        month: u8,
        after_month: usize,
        abbreviated: bool,
    ) -> Option<(Piece, usize)> {
        let own_language = text::calendar().is_month_in(self.word(i)?, self.langs);
        if abbreviated || !own_language {
            return None;
        }
        let cues = text::cues();
        let shift_before = cues.match_ending(Cue::Shift, &self.words_before(i, 2), self.langs);
        let shift_after = cues.match_at(Cue::Shift, &self.words_from(after_month, 2), self.langs);
        let lean = shift_before
            .or(shift_after)
            .and_then(|(_, v)| v.parse::<i32>().ok())
            .filter(|&v| v != 0)
            .map(lean_of_shift);
        if lean.is_none() && !self.cue_before(Cue::MonthBefore, i) && !self.month_listed_before(i) {
            return None;
        }
        let end = match (shift_after, lean) {
            (Some((n, _)), Some(_)) if shift_before.is_none() => after_month + n,
            _ => after_month,
        };
        let piece = Piece {
            lean,
            ..Piece::new(self.span(i, end), Reading::Month(month))
        };
        Some((piece, end))
    }

    /// True when a month name and a conjunction come right before `i`: the second month of
    /// "between April and June", "de enero a marzo".
    fn month_listed_before(&self, i: usize) -> bool {
        i >= 2
            && is_word_cue(self, Cue::Conjunction, i - 1)
            && self
                .word(i - 2)
                .is_some_and(|w| text::calendar().is_month_in(w, self.langs))
    }

    /// A time of day at `i` with its zone or half of the day ("16:08 UTC", "6:40 p.m.",
    /// "10.30 Uhr"): a time alone ("at 10:30") may be a score or a ratio.
    fn time_at(&self, i: usize) -> Option<(Piece, usize)> {
        let (digits, hour) = self.number(i)?;
        if digits.len() > 2 || !self.is_punct(i + 1, &[":", "."]) || !self.glued(i + 1) {
            return None;
        }
        let (minutes, minute) = self.number(i + 2).filter(|_| self.glued(i + 2))?;
        if minutes.len() != 2 || hour > 23 || minute > 59 {
            return None;
        }
        let after = i + 3;
        let (hour, end) = if let Some((half, end)) = self.meridiem_at(after) {
            if !(1..=12).contains(&hour) {
                return None;
            }
            (hour % 12 + half, end)
        } else if self
            .word(after)
            .is_some_and(|w| text::TIME_WORDS.contains(&w))
        {
            (hour, after + 1)
        } else {
            return None;
        };
        let reading = Reading::Time {
            hour: hour as u8,
            minute: minute as u8,
        };
        Some((Piece::new(self.span(i, end), reading), end))
    }

    /// "am", "pm", "a.m.", "p.m." at `i`: the hours to add (0 or 12) and the token after.
    fn meridiem_at(&self, i: usize) -> Option<(u32, usize)> {
        let half = |w: &str| match w {
            "a" | "am" => Some(0),
            "p" | "pm" => Some(12),
            _ => None,
        };
        let word = self.word(i)?;
        let dot = |j: usize| usize::from(self.glued(j) && self.is_punct(j, &["."]));
        match word {
            "am" | "pm" => Some((half(word)?, i + 1 + dot(i + 1))),
            "a" | "p" if dot(i + 1) == 1 && self.word(i + 2) == Some("m") => {
                Some((half(word)?, i + 3 + dot(i + 3)))
            }
            _ => None,
        }
    }

    /// The token after the word for "day" at `i` ("3eme jour d'octobre", "trzeci dzień
    /// października"), or `i` when there is none.
    fn unit_word_after(&self, i: usize) -> usize {
        match self.unit_at(i) {
            Some((super::Unit::Day, next)) => next,
            _ => i,
        }
    }

    /// "the 20th of the previous month", "20 of this month": a day of the month before,
    /// of, or after now's.
    fn day_of_shifted_month(
        &self,
        start: usize,
        day: u8,
        after_day: usize,
    ) -> Option<(Piece, usize)> {
        let mut j = self.skip_connector(after_day);
        if j == after_day {
            return None;
        }
        if self.lower.get(j).is_some_and(|w| w == "the") {
            j += 1;
        }
        let (n, value) = text::cues().match_at(Cue::Shift, &self.words_from(j, 2), self.langs)?;
        let months: i32 = value.parse().ok()?;
        let (unit, end) = self.unit_at(j + n)?;
        (unit == super::Unit::Month).then(|| {
            let piece = Piece::new(self.span(start, end), Reading::DayOfMonth { day, months });
            (piece, end)
        })
    }

    /// "primeiro mês de 2013", "the third month of 2014": an ordinal month of a year.
    fn ordinal_month_of_year(&self, start: usize, after: usize) -> Option<(Piece, usize)> {
        let words = self.words_from(start, 3);
        let (month, _, ordinal) = text::numbers().word_at(&words, self.langs)?;
        let (unit, after_unit) = self.unit_at(after)?;
        if !ordinal || !(1..=12).contains(&month) || unit != super::Unit::Month {
            return None;
        }
        let (year, end) = self.year_at(self.skip_connector(after_unit))?;
        let reading = Reading::MonthYear(year, month as u8);
        Some((Piece::new(self.span(start, end), reading), end))
    }

    /// Completes a date from its day and month: an optional year, and a weekday beside it.
    fn finish_day_month(
        &self,
        start: usize,
        day: u8,
        month: u8,
        next: usize,
    ) -> Option<(Piece, usize)> {
        if day > days_in_month(None, month) {
            return None;
        }
        let comma = self.skip_connector(next);
        if let Some((year, end)) = self.year_at(comma).or_else(|| self.short_year_at(next)) {
            let date = Ymd::new(year, month, day)?;
            return Some((Piece::new(self.span(start, end), Reading::Full(date)), end));
        }
        let weekday = self
            .weekday_before(start)
            .or_else(|| self.weekday_after(next));
        let reading = Reading::DayMonth {
            month,
            day,
            weekday,
        };
        Some((Piece::new(self.span(start, next), reading), next))
    }

    /// A day of the month alone: after a date word and before the end of the clause ("le
    /// 16.", "no dia 17,"), after a weekday ("jue 15"), or, in a passage that is nothing but a
    /// date, after a short word ("the 1st", "op de 15de").
    fn bare_day(&self, i: usize) -> Option<(Piece, usize)> {
        let weekday = self.weekday_beside_day(i);
        let at = match weekday {
            Some((_, next)) if self.is_punct(next, &[","]) => next + 1,
            Some((_, next)) => next,
            None => i,
        };
        let (day, end) = self.day_number_at(at)?;
        if !self.clause_ends_at(end) || self.month_at(end, true).is_some() {
            return None;
        }
        let prepositioned = self.cue_before(Cue::DatePrep, at);
        let reading = Reading::Day {
            day,
            weekday: weekday.map(|(w, _)| w),
        };
        let piece = Piece {
            loose: !(prepositioned || weekday.is_some()),
            ..Piece::new(self.span(i, end), reading)
        };
        Some((piece, end))
    }

    /// A four-digit year standing alone.
    fn bare_year(&self, i: usize) -> Option<(Piece, usize)> {
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
        let preposition = self.cue_before(Cue::YearBefore, i);
        let marker = end > i + 1;
        let plausible = MODERN_YEARS.contains(&year) && year % 100 != 0;
        (preposition || marker || plausible)
            .then(|| (Piece::new(self.span(i, end), Reading::Year(year)), end))
    }

    /// The matches of `re` (anchored at its start) at every number of the passage, with the
    /// offset of each into `line`: a numeric date starts with a number, so it is looked for
    /// there only, in a window as long as the longest one.
    fn at_numbers<'l>(&self, re: &Regex, line: &'l str) -> Vec<(usize, regex::Captures<'l>)> {
        const WINDOW: usize = 16;
        self.tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .filter_map(|t| {
                let at = t.span.start - self.base;
                let mut end = (at + WINDOW).min(line.len());
                while !line.is_char_boundary(end) {
                    end -= 1;
                }
                Some((at, re.captures(&line[at..end])?))
            })
            .collect()
    }

    /// Numeric dates: ISO `2021-10-21`, `21.10.2021`, `12/01/2022`, `20 02 2014`, `2014-10`,
    /// `10.12.`, and a bare `31/10` after a date word ("le 31/10") or alone.
    fn numeric(&self) -> Found {
        static YMD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^([0-9]{4})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})").expect("valid regex")
        });
        static DMY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^([0-9]{1,2})([./-] ?| )([0-9]{1,2})([./-] ?| )([0-9]{4}|[0-9]{2})")
                .expect("valid regex")
        });
        static YM: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^(?:([0-9]{4})[-/]([0-9]{1,2})|([0-9]{1,2})/([0-9]{4}))")
                .expect("valid regex")
        });
        static DM: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^([0-9]{1,2})([./-]| )([0-9]{1,2})(\.?)").expect("valid regex")
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
            let spaced_digit = |c: Option<char>, then: Option<char>| c == Some(' ') && digit(then);
            !continues(before, before2)
                && !continues(after, after2)
                && !spaced_digit(before, before2)
                && !spaced_digit(after, after2)
        };
        let field =
            |c: &regex::Captures, i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let numeric = text::calendar().numeric(self.langs);
        let order = numeric.map_or(FieldOrder::Dmy, |(order, _)| order);
        let decimal = text::numbers().decimal_separator(self.langs);
        let token_at = |offset: usize| {
            let at = self.base + offset;
            Some(self.tokens.partition_point(|t| t.span.start < at))
                .filter(|&i| self.tokens.get(i).is_some_and(|t| t.span.start == at))
        };
        let after_date_word = |offset: usize| {
            token_at(offset).is_some_and(|i| {
                self.cue_before(Cue::DatePrep, i) || self.weekday_before(i).is_some()
            })
        };
        let mut found = Found::new();
        let push = |found: &mut Found, start: usize, end: usize, reading: Reading, loose: bool| {
            let span = Span::new(self.base + start, self.base + end);
            if !overlapping(found, span) {
                let piece = Piece {
                    loose,
                    ..Piece::new(span, reading)
                };
                found.insert(span.start, piece);
            }
        };
        for (at, c) in self.at_numbers(&YMD, line) {
            let m = c.get(0).expect("match");
            let m = (at + m.start())..(at + m.end());
            if c[2] != c[4] || !standalone(m.start, m.end) {
                continue;
            }
            let (Some(y), Some(mo), Some(d)) = (field(&c, 1), field(&c, 3), field(&c, 5)) else {
                continue;
            };
            if let Some(date) =
                Ymd::new(y as i32, mo as u8, d as u8).filter(|d| YEARS.contains(&d.year))
            {
                push(&mut found, m.start, m.end, Reading::Full(date), false);
            }
        }
        for (at, c) in self.at_numbers(&DMY, line) {
            let m = c.get(0).expect("match");
            let m = (at + m.start())..(at + m.end());
            let (sep1, sep2) = (c[2].trim(), c[4].trim());
            if sep1 != sep2 || !standalone(m.start, m.end) {
                continue;
            }
            let (Some(a), Some(b), Some(y)) = (field(&c, 1), field(&c, 3), field(&c, 5)) else {
                continue;
            };
            let short_year = c[5].len() == 2;
            let year = if short_year {
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
                (FieldOrder::Mdy, Some(d), Some(m)) if a != b => Reading::Ambiguous(m, d),
                (FieldOrder::Mdy, _, Some(d)) => Reading::Full(d),
                (_, Some(d), _) | (_, None, Some(d)) => Reading::Full(d),
                (_, None, None) => continue,
            };
            // Numbers spaced apart are a date only after a date word or alone ("le 20 02 2014").
            let loose = sep1.is_empty() && !after_date_word(m.start);
            push(&mut found, m.start, m.end, reading, loose);
        }
        for (at, c) in self.at_numbers(&YM, line) {
            let m = c.get(0).expect("match");
            let m = (at + m.start())..(at + m.end());
            if !standalone(m.start, m.end) {
                continue;
            }
            let (year, month) = match (field(&c, 1), field(&c, 2), field(&c, 3), field(&c, 4)) {
                (Some(y), Some(mo), _, _) | (_, _, Some(mo), Some(y)) => (y as i32, mo),
                _ => continue,
            };
            if (1..=12).contains(&month) && MODERN_YEARS.contains(&year) {
                let reading = Reading::MonthYear(year, month as u8);
                push(&mut found, m.start, m.end, reading, false);
            }
        }
        for (at, c) in self.at_numbers(&DM, line) {
            let m = c.get(0).expect("match");
            let m = (at + m.start())..(at + m.end());
            if !standalone(m.start, m.end) {
                continue;
            }
            let (Some(a), Some(b)) = (field(&c, 1), field(&c, 3)) else {
                continue;
            };
            let separator = c[2].chars().next().unwrap_or(' ');
            let closing_dot = separator == '.' && &c[4] == ".";
            let end = if closing_dot {
                m.end
            } else {
                m.end - c[4].len()
            };
            // A range of days before a month ("du 3-4 mars") is not a day and a month, nor
            // is a time ("10.30 Uhr").
            let next = self
                .tokens
                .partition_point(|t| t.span.start < self.base + end);
            let time = self
                .word(next)
                .is_some_and(|w| text::TIME_WORDS.contains(&w));
            if time || self.month_at(next, true).is_some() {
                continue;
            }
            // "10.12." (German, Russian) is a date by its closing dot; "31/10", "4/7" after a
            // date word in the language's own separator (or any but a decimal point), since
            // "3/4" is also a fraction and "2-1" a score; any of them in a date alone.
            let own = numeric.is_none_or(|(_, sep)| sep == separator);
            let prepositioned =
                after_date_word(m.start) && separator != ' ' && (own || Some(separator) != decimal);
            let (day, month) = match order {
                FieldOrder::Mdy => (b, a),
                _ => (a, b),
            };
            // The other order when the first cannot be meant ("2/15"), in a date alone.
            let swapped = !(1..=12).contains(&month);
            let (day, month) = if swapped { (month, day) } else { (day, month) };
            let loose = swapped || !(closing_dot && own || prepositioned);
            if (1..=12).contains(&month)
                && day >= 1
                && day <= u32::from(days_in_month(None, month as u8))
            {
                let reading = Reading::DayMonth {
                    month: month as u8,
                    day: day as u8,
                    weekday: None,
                };
                push(&mut found, m.start, end, reading, loose);
            }
        }
        found
    }
}

/// True when the word at `i` is a one-word cue of kind `cue`.
fn is_word_cue(reader: &LineReader<'_>, cue: Cue, i: usize) -> bool {
    reader
        .word(i)
        .is_some_and(|w| text::cues().match_at(cue, &[w], reader.langs).is_some())
}

/// The lean of "last" (−1: past) and "next" (+1: future).
pub(super) fn lean_of_shift(shift: i32) -> Lean {
    match shift {
        s if s < 0 => Lean::Past,
        s if s > 0 => Lean::Future,
        _ => Lean::Unknown,
    }
}
