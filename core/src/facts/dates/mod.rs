//! Dates, written and relative, normalised to ISO 8601.
//!
//! Takes the passages of the article (and, when the caller knows it, the day the text was
//! written) and returns every date mention with its value: `2022-01-12` for a day,
//! `--01-12` for a day and month whose year nothing pins, `2014-03` for a month and year,
//! `2002` for a year, `--12` for a month alone, `2022-W02` for a week, `2009-Q4` for a quarter
//! (TIMEX3's form).
//!
//! ## What is read (`reader`, [`relative`])
//! A grammar of tokens, the same for every language, over words generated from Unicode CLDR:
//! - written dates: day, month, year in either order, with ordinal suffixes or words ("4.",
//!   "1er", "3η", "18-tego", "Piętnasty", "third"), connectors ("3 de marzo", "20th of June"),
//!   month names in every case news text uses, two-digit years ("31 octobre 74"); numeric
//!   dates in the order the language writes them ("12/01/2022" is 12 January in French and
//!   stays unresolved in English, which writes both orders);
//! - a four-digit year after a year word ("seit 2002", "w 2002 roku") or standing alone when
//!   it counts nothing; a month alone after a month word ("im Oktober", "last March");
//! - relative dates: "yesterday", "last week", "this year", "next Tuesday", "three months
//!   ago", "in two weeks" (CLDR's relative-time fields of each language); "three days later",
//!   "the next day" (counted from the story's day); "the 20th of the previous month";
//! - weekdays alone ("on Tuesday") and days alone after a date word ("le 16.", "dia 17");
//! - times of day with their zone or half of the day ("16:08 UTC", "6:40 p.m."), on the
//!   story's day when it is known.
//!
//! Numbers are dates only where something says so. Inside prose a bare "17/2" or "le 16" needs
//! a date word before it and the end of the clause after it (it may be a fraction, a score, a
//! count); a passage that holds nothing but the date — a date stamp, a heading, a list item —
//! is read with the looser grammar of calendars ("15-2", "20 02 14", "the 1st", "jue 15").
//!
//! ## How values are decided ([`resolve`])
//! Two anchors, walked through the article in order:
//! - **now**, the day of writing: the publication date when the caller gives one; otherwise
//!   the text's own evidence of it — a weekday beside a day and month ("Tuesday (4 January)")
//!   pins the year whose calendar has that weekday on that day, near the latest year the
//!   article mentions. A page's own "today" header is boilerplate and never read.
//! - **the story's day**: the last day the text mentions, for "three days later", "the next
//!   day", and, without a publication date, for "yesterday" and "two days earlier" ("dwa dni
//!   wcześniej" after "12 stycznia" is `--01-10`).
//!
//! A year-less date takes its year from the day of writing, in the direction its clause's
//! tense points:
//! past tense ("said", "ha detto", "powiedział", "-ó") → the latest such day on or before now;
//! future ("will", "wird", "θα") or "next" → the first on or after now; a date alone, with no
//! verb to tell, → the first on or after now, as a calendar reads it; a clause whose tense no
//! cue shows → the nearest. This is the news reading (HeidelTime's, Strötgen & Gertz 2013):
//! "in January" in a September story that says "was introduced" is this January; "October 25"
//! in a story of 15 October is ten days ahead. Against a day the text pins, which is the
//! story's day rather than the day of writing, tense says nothing and the nearest is taken;
//! "last" and "next" still count. Without any *now* a day and month keep `--MM-DD`: a year
//! written elsewhere in the article (a founding year, a past summit) says nothing about them.

pub mod calendar;
mod reader;
pub mod relative;
pub mod resolve;

pub use calendar::Ymd;

use super::{DateMention, Passage};
use crate::document::{Document, Span};

/// A period of the calendar, the unit of relative dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A year.
    Year,
}

/// Which way from *now* a year-less date lies, as its clause tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lean {
    /// Past tense, "last", "ago": on or before now.
    Past,
    /// Future tense, "next", "in two weeks": on or after now.
    Future,
    /// A date written alone, with no verb: on or after now, as a calendar reads it.
    Alone,
    /// Nothing tells: the nearest.
    #[default]
    Unknown,
}

/// What a mention says before its anchors are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A day with its year.
    Full(Ymd),
    /// A month with its year.
    MonthYear(i32, u8),
    /// A year.
    Year(i32),
    /// A day and month; a weekday beside them pins the year.
    DayMonth {
        /// Month, 1..=12.
        month: u8,
        /// Day, 1..=31.
        day: u8,
        /// Weekday written beside it, 1 = Monday.
        weekday: Option<u8>,
    },
    /// A month named alone ("in October").
    Month(u8),
    /// A day of the month alone ("le 16", "the 1st", "jue 15").
    Day {
        /// Day, 1..=31.
        day: u8,
        /// Weekday written beside it, 1 = Monday.
        weekday: Option<u8>,
    },
    /// A weekday named alone ("on Tuesday"), or `shift` weeks away ("last Tuesday" −1, "this
    /// Tuesday" 0, "next Tuesday" +1).
    Weekday {
        /// 1 = Monday.
        weekday: u8,
        /// Whole weeks, when "last", "this" or "next" says so.
        shift: Option<i32>,
    },
    /// A day `count` units from now ("yesterday", "three months ago", "in two weeks") or,
    /// when not `deictic`, from the story's day ("three days later", "the next day").
    Offset {
        /// What is counted.
        unit: Unit,
        /// How many, negative into the past.
        count: i32,
        /// Counted from now rather than from the story's day.
        deictic: bool,
    },
    /// The week, month or year `count` periods from now's ("last week", "this year").
    Period {
        /// The period.
        unit: Unit,
        /// How many periods away, negative into the past.
        count: i32,
    },
    /// Quarter `quarter` of a year written, of the year `years` from now's ("the first
    /// quarter of last year"), or of the year the lean points to ("the fourth quarter").
    Quarter {
        /// 1..=4.
        quarter: u8,
        /// The year, when written.
        year: Option<i32>,
        /// Years from now's, when "last year", "this year" say so.
        years: Option<i32>,
    },
    /// Day `day` of the month `months` months from now's ("the 20th of the previous month").
    DayOfMonth {
        /// Day, 1..=31.
        day: u8,
        /// Months away from now's month.
        months: i32,
    },
    /// A numeric date whose day and month could be swapped ("7/8/07" in English): the
    /// reading nearer now is meant.
    Ambiguous(Ymd, Ymd),
    /// A time of day with its zone or half of the day ("16:08 UTC", "6:40 p.m."), on the
    /// story's day.
    Time {
        /// 0..=23.
        hour: u8,
        /// 0..=59.
        minute: u8,
    },
}

/// A date found in a passage, before its value is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Where it is written.
    pub span: Span,
    /// What it says.
    pub reading: Reading,
    /// Which way it leans.
    pub lean: Lean,
    /// True when the lean is the date's own word ("last March", "three days ago"), not the
    /// tense of its clause.
    pub explicit: bool,
}

/// Finds the dates of the passages. `reference` is the day the text was written, when the
/// caller knows it (a publication date, a benchmark's document date).
pub fn find(doc: &Document, passages: &[Passage], reference: Option<Ymd>) -> Vec<DateMention> {
    let mut candidates: Vec<Candidate> = passages
        .iter()
        .flat_map(|p| reader::LineReader::new(doc, p).candidates())
        .collect();
    candidates.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if kept.last().is_none_or(|k| !k.span.overlaps(c.span)) {
            kept.push(c);
        }
    }
    // A time of day whose day is unknown is not a date.
    resolve::values(&kept, reference)
        .into_iter()
        .zip(&kept)
        .filter(|(value, c)| value.is_some() || !matches!(c.reading, Reading::Time { .. }))
        .map(|(value, c)| DateMention {
            span: c.span,
            value,
        })
        .collect()
}

/// Finds the dates of a plain text in the given languages (for callers without a pipeline:
/// tests, benchmarks).
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

/// A date of a plain text, located by character offsets into the text as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextDate {
    /// Character offset of its first character.
    pub start: usize,
    /// Character offset one past its last character.
    pub end: usize,
    /// Its ISO 8601 value, `None` when nothing pins it.
    pub value: Option<String>,
}

/// The dates of one plain text (a sentence, an item of a list) in the language `lang` (an ISO
/// 639-3 code; guessed from the text when absent or unknown), resolved against `reference`,
/// the day the text was written, when the caller knows it.
pub fn dates_of_text(text: &str, lang: Option<&str>, reference: Option<Ymd>) -> Vec<TextDate> {
    let doc = Document::parse(text);
    let lang = lang.and_then(crate::lang::Lang::from_code).or_else(|| {
        let guesses = crate::lang::guess_lines(&doc);
        crate::lang::dominant_language(&doc, &guesses, |_| true)
    });
    let langs: Vec<&'static str> = lang.map(|l| l.code()).into_iter().collect();
    let passages = Passage::every_line(&doc, crate::clean::LineKind::Body, &langs);
    find(&doc, &passages, reference)
        .into_iter()
        .map(|d| {
            let chars = doc.input_char_range(d.span);
            TextDate {
                start: chars.start,
                end: chars.end,
                value: d.value,
            }
        })
        .collect()
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

    /// Values against a reference day: (surface, value) pairs.
    fn dated(text: &str, lang: &'static str, reference: &str) -> Vec<(String, String)> {
        let (doc, dates) = find_in_text(text, &[lang], Ymd::parse(reference));
        dates
            .iter()
            .map(|d| {
                let value = d.value.clone().unwrap_or_else(|| "?".into());
                (doc.slice(d.span).to_owned(), value)
            })
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|&(s, v)| (s.to_owned(), v.to_owned()))
            .collect()
    }

    fn surfaces(text: &str, langs: &[&'static str]) -> Vec<String> {
        let (doc, dates) = find_in_text(text, langs, None);
        dates.iter().map(|d| doc.slice(d.span).to_owned()).collect()
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
        // A dot is a date separator after a date word where it is not the decimal mark.
        assert_eq!(values("op 10.10", &["nld"]), ["--10-10"]);
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
    fn relative_days_from_cldr_in_many_languages() {
        let day = "2013-02-12";
        for (text, lang, value) in [
            ("Ministers met yesterday.", "eng", "2013-02-11"),
            ("Ministrowie spotkali się wczoraj.", "pol", "2013-02-11"),
            ("Οι υπουργοί συναντήθηκαν χθες.", "ell", "2013-02-11"),
            ("Die Minister treffen sich übermorgen.", "deu", "2013-02-14"),
            (
                "Les ministres se réunissent aujourd'hui.",
                "fra",
                "2013-02-12",
            ),
            ("I ministri si incontrano domani.", "ita", "2013-02-13"),
        ] {
            let got = dated(text, lang, day);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].1, value, "{text}");
        }
    }

    #[test]
    fn counted_units_ago_and_ahead() {
        let day = "2013-02-12";
        assert_eq!(
            dated("Das war vor drei Tagen.", "deu", day),
            pairs(&[("vor drei Tagen", "2013-02-09")])
        );
        assert_eq!(
            dated("Ocurrió hace dos semanas.", "spa", day),
            pairs(&[("hace dos semanas", "2013-01-29")])
        );
        assert_eq!(
            dated("C'était il y a 3 jours.", "fra", day),
            pairs(&[("il y a 3 jours", "2013-02-09")])
        );
        assert_eq!(
            dated("It hit a week ago.", "eng", day),
            pairs(&[("a week ago", "2013-02-05")])
        );
        assert_eq!(
            dated("Wrócą za dwa miesiące.", "pol", day),
            pairs(&[("za dwa miesiące", "2013-04-12")])
        );
    }

    #[test]
    fn periods_last_this_and_next() {
        let day = "2013-02-12";
        assert_eq!(
            dated("Sales fell last month and rose last week.", "eng", day),
            pairs(&[("last month", "2013-01"), ("last week", "2013-W06")])
        );
        assert_eq!(
            dated("Las ventas cayeron el año pasado.", "spa", day),
            pairs(&[("el año pasado", "2012")])
        );
        assert_eq!(
            dated("Im kommenden Jahr wird gewählt.", "deu", day),
            pairs(&[("kommenden Jahr", "2014")])
        );
        // A plural is a span of time, not a period: "in recent months".
        assert!(dated("in den letzten Monaten", "deu", day).is_empty());
    }

    #[test]
    fn last_and_next_weekdays() {
        let day = "2013-02-12";
        assert_eq!(
            dated("He resigned last Sunday.", "eng", day),
            pairs(&[("last Sunday", "2013-02-10")])
        );
        assert_eq!(
            dated("Dimitió el domingo pasado.", "spa", day),
            pairs(&[("el domingo pasado", "2013-02-10")])
        );
        assert_eq!(
            dated("Talks resume next Tuesday.", "eng", day),
            pairs(&[("next Tuesday", "2013-02-19")])
        );
    }

    #[test]
    fn story_counted_days_follow_the_last_day_mentioned() {
        assert_eq!(
            dated(
                "The summit opened on 3 March 2014. Two days later it closed.",
                "eng",
                "2014-03-10"
            ),
            pairs(&[
                ("3 March 2014", "2014-03-03"),
                ("Two days later", "2014-03-05")
            ])
        );
        // "after the vote" counts from the vote.
        assert!(dated("tres días después de la votación", "spa", "2014-03-10").is_empty());
    }

    #[test]
    fn words_that_are_also_nouns() {
        let day = "2013-02-12";
        assert!(dated("Llegó por la mañana.", "spa", day).is_empty());
        assert_eq!(
            dated("Llega mañana.", "spa", day),
            pairs(&[("mañana", "2013-02-13")])
        );
        assert_eq!(
            dated("Sie kam heute Morgen.", "deu", day),
            pairs(&[("heute", "2013-02-12")])
        );
        assert!(dated("according to USA Today reporters", "eng", day).is_empty());
    }

    #[test]
    fn the_tense_of_the_clause_picks_the_year_against_a_reference() {
        let september = "2005-09-07";
        assert_eq!(
            dated("The Shuffle was introduced in January.", "eng", september),
            pairs(&[("January", "2005-01")])
        );
        assert_eq!(
            dated("The plant will open in January.", "eng", september),
            pairs(&[("January", "2006-01")])
        );
        assert_eq!(
            dated("La fábrica abrió el 3 de enero.", "spa", "2005-01-02"),
            pairs(&[("3 de enero", "2004-01-03")])
        );
        // A clause of its own: "said on Tuesday that it will".
        assert_eq!(
            dated(
                "Ford said on 3 March, that it will cut jobs.",
                "eng",
                "2010-03-05"
            ),
            pairs(&[("3 March", "2010-03-03")])
        );
        // No tense to tell: the nearest.
        assert_eq!(
            dated("The 10 December deadline.", "eng", "2013-02-12"),
            pairs(&[("10 December", "2012-12-10")])
        );
    }

    #[test]
    fn a_date_alone_is_read_as_a_calendar_reads_it() {
        let day = "2013-02-12";
        // Forward from the reference, with the loose grammar of date lines.
        assert_eq!(
            dated("10.12.", "deu", day),
            pairs(&[("10.12.", "2013-12-10")])
        );
        assert_eq!(
            dated("the 1st", "eng", day),
            pairs(&[("1st", "2013-03-01")])
        );
        assert_eq!(dated("15-2", "nld", day), pairs(&[("15-2", "2013-02-15")]));
        assert_eq!(dated("2/15", "pol", day), pairs(&[("2/15", "2013-02-15")]));
        assert_eq!(
            dated("le 20 02 2014", "fra", day),
            pairs(&[("20 02 2014", "2014-02-20")])
        );
        assert_eq!(
            dated("jue 15", "spa", day),
            pairs(&[("jue 15", "2013-08-15")])
        );
        // Inside prose the same numbers are not dates.
        assert!(dated("Barcelona won 2-1 against Real", "spa", day).is_empty());
        assert!(dated("Thirty 15-2 wins", "eng", day).is_empty());
        assert!(dated("He scored 15 2 times", "eng", day).is_empty());
    }

    #[test]
    fn a_day_alone_after_a_date_word_ends_its_clause() {
        let day = "2013-02-12";
        assert_eq!(
            dated("Il arrive le 16.", "fra", day),
            pairs(&[("16.", "2013-02-16")])
        );
        assert_eq!(
            dated("Chega no dia 17, disse.", "por", day),
            pairs(&[("17", "2013-02-17")])
        );
        assert!(dated("le 16 joueurs", "fra", day).is_empty());
        assert!(dated("el 17% de los votos", "spa", day).is_empty());
    }

    #[test]
    fn two_digit_years_close_a_date() {
        assert_eq!(values("31 octobre 74", &["fra"]), ["1974-10-31"]);
        assert_eq!(values("14th April 15", &["eng"]), ["2015-04-14"]);
        assert_eq!(values("April '15", &["eng"]), ["2015-04"]);
        // A count after the date is not its year.
        assert_eq!(values("on 14 April 15 people died", &["eng"]), ["--04-14"]);
    }

    #[test]
    fn ordinal_words_are_days_and_months() {
        assert_eq!(values("Piętnasty Luty", &["pol"]), ["--02-15"]);
        assert_eq!(values("the third of March", &["eng"]), ["--03-03"]);
        assert_eq!(values("τρίτη Μαρτίου", &["ell"]), ["--03-03"]);
        assert_eq!(values("primeiro mês de 2013", &["por"]), ["2013-01"]);
        assert_eq!(values("le 3eme jour d'octobre", &["fra"]), ["--10-03"]);
    }

    #[test]
    fn a_day_of_the_previous_or_current_month() {
        let day = "2013-02-12";
        assert_eq!(
            dated("20th of the previous month", "eng", day),
            pairs(&[("20th of the previous month", "2013-01-20")])
        );
        assert_eq!(
            dated("20 of this month", "eng", day),
            pairs(&[("20 of this month", "2013-02-20")])
        );
    }

    #[test]
    fn quarters() {
        let day = "2007-01-18";
        assert_eq!(
            dated("GM lost money in the fourth quarter of 2005.", "eng", day),
            pairs(&[("fourth quarter of 2005", "2005-Q4")])
        );
        assert_eq!(
            dated("Profits rose in the fourth quarter.", "eng", day),
            pairs(&[("fourth quarter", "2006-Q4")])
        );
        assert_eq!(
            dated("in the first quarter of last year", "eng", day),
            pairs(&[("first quarter of last year", "2006-Q1")])
        );
        assert_eq!(
            dated("Profits rose last quarter.", "eng", day),
            pairs(&[("last quarter", "2006-Q4")])
        );
    }

    #[test]
    fn times_of_day_fall_on_the_story_day() {
        assert_eq!(
            dated("The Dow was down 2.62% at 16:08 UTC.", "eng", "2008-09-17"),
            pairs(&[("16:08 UTC", "2008-09-17T16:08")])
        );
        assert_eq!(
            dated("It landed at 6:40 p.m. local time.", "eng", "2007-10-17"),
            pairs(&[("6:40 p.m.", "2007-10-17T18:40")])
        );
        // Without a day, a time is not a date.
        assert!(values("It landed at 6:40 p.m.", &["eng"]).is_empty());
        assert!(values("Beginn um 10.30 Uhr", &["deu"]).is_empty());
    }

    #[test]
    fn an_ambiguous_numeric_date_takes_the_reading_nearer_the_reference() {
        assert_eq!(
            dated("written as 7/8/07.", "eng", "2007-07-09"),
            pairs(&[("7/8/07", "2007-07-08")])
        );
        assert_eq!(values("on 7/8/07", &["eng"]), ["?"]);
    }

    #[test]
    fn the_second_month_of_a_range() {
        assert_eq!(
            dated(
                "The economy contracted between April and June.",
                "eng",
                "2008-11-18"
            ),
            pairs(&[("April", "2008-04"), ("June", "2008-06")])
        );
        assert!(values("Smith and May met.", &["eng"]).is_empty());
    }

    #[test]
    fn against_a_pinned_day_tense_does_not_move_the_year() {
        // The story's day is not the day of writing: the nearest 10 January, not the one
        // before 4 January 2022 that the past tense would pick.
        let text = "Im Jahr 2021.\nEin Beamter sagte am Dienstag (4. Januar).\nDie USA hatten am 10. Januar Gespräche geführt.";
        assert_eq!(values(text, &["deu"]), ["2021", "2022-01-04", "2022-01-10"]);
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
