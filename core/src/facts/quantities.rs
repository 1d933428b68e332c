//! Numbers and what they count.
//!
//! Takes the passages and the dates already found, and returns every quantity: its value,
//! and its unit — a currency (ISO 4217 code), `%`, or the noun it counts ("100.000 soldati" →
//! 100000, "soldati"; "20,5 millones de dólares" → 20500000, "USD"; "two-day" → 2, "day").
//!
//! How numbers are read: the grouping and decimal marks follow the line's language (CLDR:
//! "100.000" is a hundred thousand in Italian, "1,2 Mio." is 1.2 million in German, "100,000"
//! a hundred thousand in English); a mark used twice, or before exactly three digits in a
//! language whose decimal mark it is not, groups thousands. Scale words come from CLDR's
//! compact number formats ("Mio.", "milioni", "mln", "εκατ."), currencies and "per cent" from
//! the cue lexicon.
//!
//! What is not a quantity: dates and years (the date finder has them), times ("10:30",
//! "10.30 Uhr"), ordinals ("3.", "1st", "3η", "2ego"), and numbers that belong to a name
//! ("Nord Stream 2", "A320", "COVID-19").

use super::text::{self, Cue, Token, TokenKind};
use super::{DateMention, Passage, Quantity};
use crate::document::{Document, Span};
use regex::Regex;
use std::sync::LazyLock;

/// Units written glued to the number ("5km", "10kg"); other glued letters make an ordinal
/// ("1st", "3η") or a name.
const GLUED_UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "kg", "g", "t", "l", "ml", "ha", "kw", "mw", "gw", "kwh", "mwh", "h",
    "min", "mph",
];

/// Connectors between a scale word and its currency ("20 millones de dólares").
const CONNECTORS: &[&str] = &["de", "di", "of", "d", "von", "του", "των"];

/// Finds the quantities of the passages, leaving out the numbers inside `dates`.
pub fn find(doc: &Document, passages: &[Passage], dates: &[DateMention]) -> Vec<Quantity> {
    passages
        .iter()
        .flat_map(|p| Reader::new(doc, p, dates).quantities())
        .collect()
}

/// One passage, tokenized.
struct Reader<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    lower: Vec<String>,
    langs: &'a [&'static str],
    dates: &'a [DateMention],
}

/// A number as written: its value and the tokens it covers.
struct Number {
    value: f64,
    first: usize,
    /// One past its last token.
    end: usize,
    /// Written with grouping or decimal marks ("100.000", "1,2"): never part of a name.
    formatted: bool,
}

impl<'a> Reader<'a> {
    fn new(doc: &'a Document, passage: &'a Passage, dates: &'a [DateMention]) -> Self {
        let tokens = text::tokenize(doc.slice(passage.span), passage.span.start);
        let lower = text::lower_all(doc.text(), &tokens);
        Reader {
            text: doc.text(),
            tokens,
            lower,
            langs: &passage.langs,
            dates,
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn written(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }

    fn in_date(&self, i: usize) -> bool {
        let Some(span) = self.tokens.get(i).map(|t| t.span) else {
            return false;
        };
        // Dates come in order and never overlap: their ends are sorted too.
        let next = self.dates.partition_point(|d| d.span.end <= span.start);
        self.dates.get(next).is_some_and(|d| d.span.overlaps(span))
    }

    /// Lower-cased words from `i` on, trailing dots dropped ("mio." → "mio").
    fn words_from(&self, i: usize, n: usize) -> Vec<&str> {
        (i..self.tokens.len())
            .take_while(|&j| {
                self.kind(j) == Some(TokenKind::Word) || text::is_apostrophe(self.lower(j))
            })
            .filter(|&j| self.kind(j) == Some(TokenKind::Word))
            .map(|j| self.lower(j))
            .take(n)
            .collect()
    }

    /// The token after `n` words from `i` (apostrophes inside them skipped), and a glued
    /// abbreviation dot ("Mio.").
    fn skip_words(&self, mut i: usize, n: usize) -> usize {
        let mut seen = 0;
        while seen < n && i < self.tokens.len() {
            if self.kind(i) == Some(TokenKind::Word) {
                seen += 1;
            }
            i += 1;
        }
        if self.glued(i)
            && self.lower(i) == "."
            && self.kind(i.saturating_sub(1)) == Some(TokenKind::Word)
        {
            let after = self.tokens.get(i + 1);
            // "Mio." keeps its dot unless it ends the sentence.
            if after.is_some_and(|t| {
                t.kind == TokenKind::Word || t.kind == TokenKind::Punct && self.lower(i + 1) != "."
            }) {
                i += 1;
            }
        }
        i
    }

    /// The number written at token `i`, with its grouping and decimal marks.
    fn number_at(&self, i: usize) -> Option<Number> {
        static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^[0-9]{1,3}(?:([., '’])[0-9]{3})(?:[., '’][0-9]{3})*(?:[.,][0-9]+)?|^[0-9]+(?:[.,][0-9]+)?")
                .expect("valid regex")
        });
        let start = self
            .tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Number)?
            .span
            .start;
        let line_end = self.tokens.last()?.span.end;
        let m = NUMBER.find(&self.text[start..line_end])?;
        // A space groups thousands in every language: it is the SI and ISO 80000 grouping,
        // used in German and English text too ("100 000 Menschen").
        let written = m.as_str();
        // A mark that ends the match before a non-digit is punctuation, not part of it.
        let value = parse_value(written, text::numbers().decimal_separator(self.langs))?;
        let end_byte = start + written.len();
        let end = (i..self.tokens.len())
            .find(|&j| self.tokens[j].span.start >= end_byte)
            .unwrap_or(self.tokens.len());
        Some(Number {
            value,
            first: i,
            end,
            formatted: written.len() > written.chars().filter(char::is_ascii_digit).count(),
        })
    }

    /// True when the number at `i` is glued to letters or to another number around it: an
    /// ordinal, a name ("A320", "COVID-19"), a time or a version.
    fn is_part_of_something(&self, number: &Number) -> bool {
        let i = number.first;
        let glued_before = |mark: &[&str], kind: TokenKind| {
            i > 1
                && self.glued(i)
                && mark.contains(&self.lower(i - 1))
                && self.glued(i - 1)
                && self.kind(i - 2) == Some(kind)
        };
        let before_glued_word =
            (i > 0 && self.glued(i) && self.kind(i - 1) == Some(TokenKind::Word))
                || glued_before(&["-"], TokenKind::Word)
                || glued_before(&[":", "/", ".", ","], TokenKind::Number);
        let after = number.end;
        let glued_suffix = self.glued(after)
            && self.kind(after) == Some(TokenKind::Word)
            && !GLUED_UNITS.contains(&self.lower(after))
            && !text::cues().is(Cue::Currency, self.lower(after), &[])
            && text::numbers()
                .scale(&[self.lower(after)], self.langs)
                .is_none();
        let time = (self.glued(after)
            && self.lower(after) == ":"
            && self.kind(after + 1) == Some(TokenKind::Number))
            || text::TIME_WORDS.contains(&self.lower(after).trim_end_matches('.'));
        let dot_ordinal = self.glued(after)
            && self.lower(after) == "."
            && self
                .written(after + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        // "12-13 stycznia": the first day of a range of dates.
        let date_range = matches!(self.lower(after), "-" | "–")
            && self.kind(after + 1) == Some(TokenKind::Number)
            && self.in_date(after + 1);
        before_glued_word || glued_suffix || time || dot_ordinal || date_range
    }

    /// True when the number names something with the capitalised word before it ("Nord
    /// Stream 2", "Windows 10") rather than counting the word after it.
    fn is_in_name(&self, number: &Number) -> bool {
        let i = number.first;
        let cues = text::cues();
        let name_before = i > 0
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self
                .written(i - 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && self.lower(i - 1).chars().count() > 2
            && ![Cue::YearBefore, Cue::MonthBefore, Cue::DatePrep]
                .iter()
                .any(|&cue| cues.is(cue, self.lower(i - 1), self.langs));
        let named = name_before && !number.formatted && self.lower(i).len() <= 4;
        named && self.counted_noun(number.end).is_none()
    }

    /// The noun a number counts: the word right after it, unless it is a short function word
    /// or a preposition.
    fn counted_noun(&self, i: usize) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Word)
            || self.glued(i) && !GLUED_UNITS.contains(&self.lower(i))
        {
            return None;
        }
        let word = self.lower(i);
        let cues = text::cues();
        // Function words, and verbs ("A Boeing 737 crashed"): a count is followed by a noun.
        let function_word = word.chars().count() <= 2
            || [
                Cue::YearBefore,
                Cue::MonthBefore,
                Cue::DatePrep,
                Cue::Say,
                Cue::According,
                Cue::Pronoun,
                Cue::Past,
                Cue::Future,
                Cue::Conjunction,
            ]
            .iter()
            .any(|&cue| cues.is(cue, word, self.langs))
            || cues.has_ending(Cue::Past, word, self.langs);
        (!function_word || GLUED_UNITS.contains(&word)).then_some(i)
    }

    /// A currency code or `%` written at `i` (a symbol or a word), and the token after it.
    fn currency_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let cues = text::cues();
        let words = if self.kind(i) == Some(TokenKind::Punct) {
            vec![self.lower(i)]
        } else {
            self.words_from(i, 3)
        };
        [Cue::Currency, Cue::Percent].iter().find_map(|&cue| {
            let (n, code) = cues.match_at(cue, &words, self.langs)?;
            let next = if self.kind(i) == Some(TokenKind::Punct) {
                i + 1
            } else {
                self.skip_words(i, n)
            };
            Some((code, next))
        })
    }

    fn quantities(&self) -> Vec<Quantity> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            match self.quantity_at(i) {
                Some((q, next)) => {
                    found.push(q);
                    i = next;
                }
                None => i += 1,
            }
        }
        found
    }

    /// A quantity starting at token `i`: `[currency] number [scale] [connector currency |
    /// currency | % | counted noun]`, or a number word with a scale or in a compound.
    fn quantity_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if let Some(found) = self.number_word_at(i) {
            return Some(found);
        }
        let (prefix, start) = match self.currency_at(i) {
            Some((code, next)) if code != "%" && self.kind(next) == Some(TokenKind::Number) => {
                (Some(code), next)
            }
            _ => (None, i),
        };
        if self.in_date(start) {
            return None;
        }
        let number = self.number_at(start)?;
        if self.is_part_of_something(&number)
            || self.is_in_name(&number)
            || (start..number.end).any(|j| self.in_date(j))
        {
            return None;
        }
        let mut value = number.value;
        let mut end = number.end;
        if let Some((multiplier, n)) = text::numbers().scale(&self.words_from(end, 3), self.langs) {
            value *= multiplier;
            end = self.skip_words(end, n);
        }
        let after_connector = if CONNECTORS.contains(&self.lower(end)) {
            let j = end + 1;
            if text::is_apostrophe(self.lower(j)) {
                j + 1
            } else {
                j
            }
        } else {
            end
        };
        let (unit, end) = if let Some(code) = prefix {
            (Some(code.to_owned()), end)
        } else if let Some((code, next)) = self.currency_at(end).or_else(|| {
            self.currency_at(after_connector)
                .filter(|_| after_connector > end)
        }) {
            (Some(code.to_owned()), next)
        } else if let Some(noun) = self.counted_noun(end) {
            (Some(self.written(noun).to_owned()), noun + 1)
        } else {
            (None, end)
        };
        let span = Span::new(self.tokens[i].span.start, self.tokens[end - 1].span.end);
        Some((Quantity { span, value, unit }, end))
    }

    /// A number spelled out: "two-day" (2, "day"), "twenty-five soldiers", "drei Millionen
    /// Menschen" (3000000), "dwóch żołnierzy". A word for one is left alone: it is also the
    /// article ("un", "ein", "one of them").
    fn number_word_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if self.kind(i) != Some(TokenKind::Word) || self.in_date(i) {
            return None;
        }
        let numbers = text::numbers();
        let cardinal = |words: &[&str]| match numbers.word_at(words, self.langs) {
            Some((value, n, false)) if value > 1 => Some((f64::from(value), n)),
            _ => None,
        };
        let word = self.lower(i);
        if let Some((head, tail)) = word.split_once('-').filter(|_| cardinal(&[word]).is_none()) {
            let (value, _) = cardinal(&[head])?;
            let unit_start = self.tokens[i].span.start + self.written(i).len() - tail.len();
            let unit = self.text[unit_start..self.tokens[i].span.end].to_owned();
            return Some((
                Quantity {
                    span: self.tokens[i].span,
                    value,
                    unit: Some(unit),
                },
                i + 1,
            ));
        }
        let (value, n) = cardinal(&self.words_from(i, 4))?;
        let after = self.skip_words(i, n);
        let (multiplier, end) = match numbers.scale(&self.words_from(after, 3), self.langs) {
            Some((multiplier, k)) => (multiplier, self.skip_words(after, k)),
            None => (1.0, after),
        };
        let (unit, end) = match self.currency_at(end) {
            Some((code, next)) => (Some(code.to_owned()), next),
            None => match self.counted_noun(end) {
                Some(noun) => (Some(self.written(noun).to_owned()), noun + 1),
                // A number word alone counts nothing a reader can check.
                None if multiplier == 1.0 => return None,
                None => (None, end),
            },
        };
        let span = Span::new(self.tokens[i].span.start, self.tokens[end - 1].span.end);
        Some((
            Quantity {
                span,
                value: value * multiplier,
                unit,
            },
            end,
        ))
    }
}

/// The value of a number written with grouping and decimal marks. `decimal` is the
/// language's decimal mark, when known.
fn parse_value(written: &str, decimal: Option<char>) -> Option<f64> {
    let marks: Vec<(usize, char)> = written
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    let decimal_at = match marks.as_slice() {
        [] => None,
        [.., (last, c)] => {
            let kinds = marks.iter().filter(|(_, m)| m == c).count();
            let differs = marks.iter().any(|(_, m)| m != c);
            let digits_after = written.len() - last - c.len_utf8();
            if matches!(c, ' ' | '\'' | '’') || (kinds > 1 && !differs) {
                None
            } else if differs {
                Some(*last)
            } else if digits_after == 3 && decimal != Some(*c) {
                None
            } else {
                Some(*last)
            }
        }
    };
    let mut plain = String::with_capacity(written.len());
    for (i, c) in written.char_indices() {
        if c.is_ascii_digit() {
            plain.push(c);
        } else if Some(i) == decimal_at {
            plain.push('.');
        }
    }
    plain.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::LineKind;

    fn quantities(text: &str, langs: &[&'static str]) -> Vec<(String, f64, Option<String>)> {
        let doc = Document::parse(text);
        let passages: Vec<Passage> = vec![Passage {
            line: 0,
            span: doc.lines()[0].span,
            kind: LineKind::Body,
            langs: langs.to_vec(),
        }];
        let dates = super::super::dates::find(&doc, &passages, None);
        find(&doc, &passages, &dates)
            .into_iter()
            .map(|q| (doc.slice(q.span).to_owned(), q.value, q.unit))
            .collect()
    }

    fn one(text: &str, langs: &[&'static str]) -> (f64, Option<String>) {
        let q = quantities(text, langs);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        (q[0].1, q[0].2.clone())
    }

    #[test]
    fn grouping_marks_follow_the_language() {
        assert_eq!(
            one("quasi 100.000 soldati russi", &["ita"]),
            (100_000.0, Some("soldati".into()))
        );
        assert_eq!(
            one("about 100,000 troops", &["eng"]),
            (100_000.0, Some("troops".into()))
        );
        assert_eq!(
            one("około 100 000 żołnierzy", &["pol"]),
            (100_000.0, Some("żołnierzy".into()))
        );
        assert_eq!(
            one("1.234.567 Einwohner", &["deu"]),
            (1_234_567.0, Some("Einwohner".into()))
        );
        assert_eq!(one("a rate of 1.5 points", &["eng"]).0, 1.5);
        assert_eq!(one("1.234,5 Tonnen", &["deu"]).0, 1234.5);
    }

    #[test]
    fn scale_words_multiply() {
        assert_eq!(
            one(
                "Rusia multa a Google con 20,5 millones de dólares",
                &["spa"]
            ),
            (20_500_000.0, Some("USD".into()))
        );
        assert_eq!(
            one("1,2 Mio. Menschen", &["deu"]),
            (1_200_000.0, Some("Menschen".into()))
        );
        assert_eq!(one("5 mld zł", &["pol"]), (5e9, Some("PLN".into())));
        assert_eq!(one("€3 billion", &["eng"]), (3e9, Some("EUR".into())));
    }

    #[test]
    fn currencies_and_percent() {
        assert_eq!(one("costs $300 now", &["eng"]), (300.0, Some("USD".into())));
        assert_eq!(
            one("kostet 300 Euro", &["deu"]),
            (300.0, Some("EUR".into()))
        );
        assert_eq!(one("rose 4,5 % in", &["deu"]), (4.5, Some("%".into())));
        assert_eq!(
            one("wzrost o 12 procent", &["pol"]),
            (12.0, Some("%".into()))
        );
    }

    #[test]
    fn what_a_number_counts() {
        assert_eq!(
            one("der 30 Mitgliedstaaten zusammensetzt", &["deu"]),
            (30.0, Some("Mitgliedstaaten".into()))
        );
        assert_eq!(
            one("La NATO ha 30 membri, quindi", &["ita"]),
            (30.0, Some("membri".into()))
        );
        assert_eq!(
            one("σχεδόν 100.000 στρατιώτες", &["ell"]),
            (100_000.0, Some("στρατιώτες".into()))
        );
        assert_eq!(
            one("a distance of 5km.", &["eng"]),
            (5.0, Some("km".into()))
        );
    }

    #[test]
    fn number_words() {
        assert_eq!(
            one("for a two-day trip", &["eng"]),
            (2.0, Some("day".into()))
        );
        assert_eq!(
            one("drei Millionen Menschen", &["deu"]),
            (3e6, Some("Menschen".into()))
        );
        assert_eq!(
            one("killed three soldiers", &["eng"]),
            (3.0, Some("soldiers".into()))
        );
        assert_eq!(
            one("zginęło dwóch żołnierzy", &["pol"]),
            (2.0, Some("żołnierzy".into()))
        );
        assert_eq!(
            one("veinticinco heridos", &["spa"]),
            (25.0, Some("heridos".into()))
        );
        assert_eq!(
            one("τραυματίστηκαν δύο στρατιώτες", &["ell"]),
            (2.0, Some("στρατιώτες".into()))
        );
        // "one", "un", "ein" are also articles; a number word alone counts nothing.
        assert!(quantities("one of the officials", &["eng"]).is_empty());
        assert!(quantities("un soldat", &["fra"]).is_empty());
        assert!(quantities("the two of them", &["eng"]).is_empty());
    }

    #[test]
    fn european_number_formats() {
        assert_eq!(one("1 234,5 tonnes", &["fra"]).0, 1234.5);
        assert_eq!(one("1'000 Franken", &["deu"]).0, 1000.0);
        assert_eq!(one("100.000 Menschen", &["deu"]).0, 100_000.0);
        assert_eq!(
            one("rund 100 000 Menschen", &["deu"]),
            (100_000.0, Some("Menschen".into()))
        );
        assert_eq!(one("some 2 500 000 people", &["eng"]).0, 2_500_000.0);
        assert_eq!(one("100,000 people", &["eng"]).0, 100_000.0);
        assert_eq!(
            one("20,5 millones de euros", &["spa"]),
            (20_500_000.0, Some("EUR".into()))
        );
        assert_eq!(
            one("1,2 Mio. Euro", &["deu"]),
            (1_200_000.0, Some("EUR".into()))
        );
        assert_eq!(
            one("3,5 mln zł", &["pol"]),
            (3_500_000.0, Some("PLN".into()))
        );
        assert_eq!(
            one("2,5 εκατομμύρια ευρώ", &["ell"]),
            (2_500_000.0, Some("EUR".into()))
        );
    }

    #[test]
    fn a_model_number_is_a_name() {
        assert!(quantities("A Boeing 737 crashed on Monday", &["eng"]).is_empty());
        assert!(quantities("Boeing 737 crashed", &["eng"]).is_empty());
        assert_eq!(one("In 30 cities", &["eng"]), (30.0, Some("cities".into())));
    }

    #[test]
    fn dates_times_ordinals_and_names_are_not_quantities() {
        assert!(quantities("am 12. Januar 2022 seit 2002", &["deu"]).is_empty());
        assert!(quantities("um 10.30 Uhr und 18:45", &["deu"]).is_empty());
        assert!(quantities("der 3. große Gipfel", &["deu"]).is_empty());
        assert!(quantities("the 1st round and the 3η", &["eng"]).is_empty());
        assert!(quantities("il gasdotto Nord Stream 2 da Mosca", &["ita"]).is_empty());
        assert!(quantities("an Airbus A320 and COVID-19", &["eng"]).is_empty());
        assert_eq!(quantities("od 12-13 stycznia", &["pol"]), vec![]);
    }

    #[test]
    fn spans_cover_number_and_unit() {
        let q = quantities("quasi 100.000 soldati russi", &["ita"]);
        assert_eq!(q[0].0, "100.000 soldati");
        let q = quantities("20,5 millones de dólares, más", &["spa"]);
        assert_eq!(q[0].0, "20,5 millones de dólares");
    }

    #[test]
    fn values_of_written_numbers() {
        assert_eq!(parse_value("100.000", Some(',')), Some(100_000.0));
        assert_eq!(parse_value("100.000", Some('.')), Some(100.0));
        assert_eq!(parse_value("1,5", Some(',')), Some(1.5));
        assert_eq!(parse_value("1,234,567", None), Some(1_234_567.0));
        assert_eq!(parse_value("1 000", None), Some(1000.0));
        assert_eq!(parse_value("12", None), Some(12.0));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "€",
            "$",
            "1.",
            ",5",
            "99999999999999999999999999 x",
            "1 2 3 4 5 6",
            "two-",
            "-two",
        ] {
            let _ = quantities(text, &["eng"]);
            let _ = quantities(text, &[]);
        }
    }
}
