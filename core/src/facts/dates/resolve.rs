//! Deciding values: each candidate, in document order, against *now* and the story's day.
//!
//! Takes the candidates of the article and the reference day (if the caller knows it), and
//! returns the ISO 8601 value of each, or `None` where nothing pins it. The rules are those of
//! the [module documentation](super): *now* is the reference day, or else the last day a
//! weekday pinned; the story's day is the last day mentioned; a year-less date leans the way
//! its clause's tense points ([`Lean`]).

use super::calendar::{add_months, days_in_month};
use super::{Candidate, Lean, Reading, Unit, Ymd};

/// How far from the reference (or the article's latest year) a weekday pin looks, in years:
/// every pairing of weekday and day recurs within eleven.
const PIN_REACH: i32 = 14;
/// How far a weekday beside a day alone ("jue 15") looks for its month, in months: every
/// day of the month falls on every weekday within fourteen months.
const WEEKDAY_DAY_REACH: i32 = 14;
/// A year in which every month and day exists (2000 is leap): the stand-in for an unknown
/// year when a day without one is moved ("two days earlier" than 12 January).
const ANY_LEAP_YEAR: i32 = 2000;

/// A day the text speaks of, perhaps without its year ("12 stycznia").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Day {
    year: Option<i32>,
    month: u8,
    day: u8,
}

impl Day {
    fn known(d: Ymd) -> Self {
        Day {
            year: Some(d.year),
            month: d.month,
            day: d.day,
        }
    }

    /// The day as a calendar day, in a stand-in year when its own is unknown.
    fn on_calendar(self) -> Option<Ymd> {
        Ymd::new(self.year.unwrap_or(ANY_LEAP_YEAR), self.month, self.day)
    }

    /// The day moved along the calendar; its year stays unknown if it was.
    fn moved(self, by: impl Fn(Ymd) -> Option<Ymd>) -> Option<Self> {
        let moved = by(self.on_calendar()?)?;
        Some(match self.year {
            Some(_) => Day::known(moved),
            None => Day {
                year: None,
                ..Day::known(moved)
            },
        })
    }

    fn value(self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// The anchors while the article is walked.
struct Anchors {
    /// The day of writing, when the caller gives it.
    reference: Option<Ymd>,
    /// The last day a weekday pinned, the text's own evidence of *now*.
    pinned: Option<Ymd>,
    /// The last day mentioned.
    story: Option<Day>,
    /// The latest year the article writes, around which a weekday pins the first year.
    latest_year: Option<i32>,
}

impl Anchors {
    fn now(&self) -> Option<Ymd> {
        self.reference.or(self.pinned)
    }

    /// What a relative date counts from: now for "yesterday" (`deictic`), the story's day
    /// for "three days later"; each falls back on the other, so that without a reference the
    /// text's own dates anchor "yesterday" too.
    fn origin(&self, deictic: bool) -> Option<Day> {
        let now = self.now().map(Day::known);
        if deictic {
            now.or(self.story)
        } else {
            self.story.or(now)
        }
    }
}

/// The value of every candidate, in order.
pub fn values(candidates: &[Candidate], reference: Option<Ymd>) -> Vec<Option<String>> {
    let latest_year = candidates
        .iter()
        .filter_map(|c| match c.reading {
            Reading::Full(d) => Some(d.year),
            Reading::MonthYear(y, _) | Reading::Year(y) => Some(y),
            _ => None,
        })
        .max();
    let latest_year = reference.map(|r| r.year).or(latest_year);
    // Without a reference, the first day a weekday pins is the text's evidence of now for
    // all of it ("next week" before "Tuesday (4 January)" is that week's next).
    let first_pin = candidates.iter().find_map(|c| match c.reading {
        Reading::DayMonth {
            month,
            day,
            weekday: Some(weekday),
        } if reference.is_none() => pin_from(weekday, month, day, latest_year?),
        _ => None,
    });
    let mut anchors = Anchors {
        reference,
        pinned: first_pin,
        story: None,
        latest_year,
    };
    candidates
        .iter()
        .map(|c| {
            // Tense tells the side of the day of writing, not of a day the story names.
            let lean = if c.explicit || reference.is_some() {
                c.lean
            } else {
                Lean::Unknown
            };
            let (value, day) = value_of(&Candidate { lean, ..*c }, &mut anchors);
            if day.is_some() {
                anchors.story = day;
            }
            value
        })
        .collect()
}

/// The value of one candidate, and the day it names (the story's next day).
fn value_of(c: &Candidate, anchors: &mut Anchors) -> (Option<String>, Option<Day>) {
    let day_value = |d: Option<Day>| (d.map(Day::value), d);
    match c.reading {
        Reading::Full(d) => day_value(Some(Day::known(d))),
        Reading::MonthYear(y, m) => (Some(format!("{y:04}-{m:02}")), None),
        Reading::Year(y) => (Some(format!("{y:04}")), None),
        Reading::Ambiguous(a, b) => {
            let nearer = anchors.now().map(|now| {
                let distance = |d: Ymd| (d.days() - now.days()).abs();
                if distance(a) <= distance(b) { a } else { b }
            });
            day_value(nearer.map(Day::known))
        }
        Reading::Time { hour, minute } => {
            let day = anchors.origin(false).filter(|d| d.year.is_some());
            let value = day.map(|d| format!("{}T{hour:02}:{minute:02}", d.value()));
            (value, None)
        }
        Reading::DayMonth {
            month,
            day,
            weekday: Some(weekday),
        } => {
            let pinned = match anchors.reference {
                Some(r) => pin_near(weekday, month, day, r),
                None => anchors
                    .pinned
                    .map(|p| p.year)
                    .or(anchors.latest_year)
                    .and_then(|base| pin_from(weekday, month, day, base)),
            };
            if anchors.reference.is_none() && pinned.is_some() {
                anchors.pinned = pinned;
            }
            let day = pinned.map(Day::known).or(Some(Day {
                year: None,
                month,
                day,
            }));
            day_value(day)
        }
        Reading::DayMonth { month, day, .. } => {
            let resolved = anchors.now().and_then(|now| {
                let days = (now.year - 1..=now.year + 1).filter_map(|y| Ymd::new(y, month, day));
                choose(now, days, c.lean)
            });
            let day = resolved.map(Day::known).or(Some(Day {
                year: None,
                month,
                day,
            }));
            day_value(day)
        }
        Reading::Month(m) => {
            let value = match anchors.now() {
                Some(now) => {
                    let at = |y: i32| i64::from(y) * 12 + i64::from(m);
                    let here = i64::from(now.year) * 12 + i64::from(now.month);
                    let years = (now.year - 1..=now.year + 1).map(|y| (at(y), y));
                    let year = pick(here, years, c.lean).unwrap_or(now.year);
                    format!("{year:04}-{m:02}")
                }
                None => format!("--{m:02}"),
            };
            (Some(value), None)
        }
        Reading::Day { day, weekday } => {
            let resolved = anchors.now().and_then(|now| {
                let reach = if weekday.is_some() {
                    WEEKDAY_DAY_REACH
                } else {
                    1
                };
                let days = (-reach..=reach)
                    .filter_map(|k| add_months(now.year, now.month, k))
                    .filter_map(|(y, m)| Ymd::new(y, m, day))
                    .filter(|d| weekday.is_none_or(|w| d.weekday() == w));
                choose(now, days, c.lean)
            });
            day_value(resolved.map(Day::known))
        }
        Reading::Weekday { weekday, shift } => {
            let resolved = anchors.now().and_then(|now| match shift {
                Some(weeks) => shifted_weekday(now, weekday, weeks),
                None => {
                    let days = (-7..=7)
                        .filter_map(|k| now.add_days(k))
                        .filter(|d| d.weekday() == weekday);
                    choose(now, days, c.lean)
                }
            });
            day_value(resolved.map(Day::known))
        }
        Reading::Offset {
            unit,
            count,
            deictic,
        } => {
            let moved = anchors.origin(deictic).and_then(|origin| {
                origin.moved(|d| match unit {
                    Unit::Day => d.add_days(i64::from(count)),
                    Unit::Week => d.add_days(7 * i64::from(count)),
                    Unit::Month => d.add_months(count),
                    Unit::Quarter => d.add_months(count.checked_mul(3)?),
                    Unit::Year => d.add_months(count.checked_mul(12)?),
                })
            });
            // A year moved from a day without one says nothing.
            let moved = moved.filter(|d| d.year.is_some() || unit != Unit::Year);
            day_value(moved)
        }
        Reading::Period { unit, count } => {
            let origin = anchors.origin(true);
            let value = origin.and_then(|o| period(o, unit, count));
            (value, None)
        }
        Reading::Quarter {
            quarter,
            year,
            years,
        } => {
            let value = match (year, years) {
                (Some(y), _) => Some(y),
                (None, Some(k)) => anchors.origin(true).and_then(|o| o.year?.checked_add(k)),
                (None, None) => anchors.now().and_then(|now| {
                    let here = i64::from(now.year) * 4 + i64::from(quarter_of(now.month));
                    let years = (now.year - 1..=now.year + 1)
                        .map(|y| (i64::from(y) * 4 + i64::from(quarter), y));
                    pick(here, years, c.lean)
                }),
            };
            (value.map(|y| format!("{y:04}-Q{quarter}")), None)
        }
        Reading::DayOfMonth { day, months } => {
            let moved = anchors.origin(true).and_then(|o| {
                let (y, m) = add_months(o.year.unwrap_or(ANY_LEAP_YEAR), o.month, months)?;
                (day <= days_in_month(o.year.map(|_| y), m)).then_some(Day {
                    year: o.year.map(|_| y),
                    month: m,
                    day,
                })
            });
            day_value(moved)
        }
    }
}

/// The week, month or year `count` periods from the one of `origin`.
fn period(origin: Day, unit: Unit, count: i32) -> Option<String> {
    match unit {
        Unit::Day => origin
            .moved(|d| d.add_days(i64::from(count)))
            .map(Day::value),
        Unit::Week => {
            let year = origin.year?;
            Ymd::new(year, origin.month, origin.day)?
                .add_days(7 * i64::from(count))?
                .iso_week()
        }
        Unit::Month => {
            let (y, m) = add_months(origin.year.unwrap_or(ANY_LEAP_YEAR), origin.month, count)?;
            Some(match origin.year {
                Some(_) => format!("{y:04}-{m:02}"),
                None => format!("--{m:02}"),
            })
        }
        Unit::Quarter => {
            let year = origin.year?;
            let (y, m) = add_months(year, origin.month, count.checked_mul(3)?)?;
            Some(format!("{y:04}-Q{}", quarter_of(m)))
        }
        Unit::Year => origin
            .year
            .and_then(|y| y.checked_add(count))
            .map(|y| format!("{y:04}")),
    }
}

/// The quarter, 1..=4, a month is in.
fn quarter_of(month: u8) -> u8 {
    (month.saturating_sub(1)) / 3 + 1
}

/// Of `days` (in order), the one `lean` points to from `now`: the latest on or before it
/// for the past, the first on or after it for the future and for a date alone, else the
/// nearest (the earlier on a tie: news looks back).
fn choose(now: Ymd, days: impl Iterator<Item = Ymd>, lean: Lean) -> Option<Ymd> {
    pick(now.days(), days.map(|d| (d.days(), d)), lean)
}

/// [`choose`] on any ordered positions (days, months).
fn pick<T: Copy>(now: i64, items: impl Iterator<Item = (i64, T)>, lean: Lean) -> Option<T> {
    let mut before: Option<(i64, T)> = None;
    let mut after: Option<(i64, T)> = None;
    for (at, item) in items {
        if at <= now && before.is_none_or(|(b, _)| at > b) {
            before = Some((at, item));
        }
        if at >= now && after.is_none_or(|(a, _)| at < a) {
            after = Some((at, item));
        }
    }
    let chosen = match lean {
        Lean::Past => before.or(after),
        Lean::Future | Lean::Alone => after.or(before),
        Lean::Unknown => match (before, after) {
            (Some(b), Some(a)) => Some(if now - b.0 <= a.0 - now { b } else { a }),
            (b, a) => b.or(a),
        },
    };
    chosen.map(|(_, item)| item)
}

/// "last Tuesday" (−1: the latest before now), "this Tuesday" (0: in now's week), "next
/// Tuesday" (+1: the first after now).
fn shifted_weekday(now: Ymd, weekday: u8, weeks: i32) -> Option<Ymd> {
    let (wanted, today) = (i64::from(weekday), i64::from(now.weekday()));
    let weeks = i64::from(weeks);
    let days = match weeks {
        0 => wanted - today,
        w if w < 0 => -((today - wanted - 1).rem_euclid(7) + 1) + 7 * (w + 1),
        w => (wanted - today - 1).rem_euclid(7) + 1 + 7 * (w - 1),
    };
    now.add_days(days)
}

/// The day `day` `month` that falls on `weekday` nearest to `reference`.
fn pin_near(weekday: u8, month: u8, day: u8, reference: Ymd) -> Option<Ymd> {
    (reference.year - PIN_REACH..=reference.year + PIN_REACH)
        .filter_map(|y| Ymd::new(y, month, day))
        .filter(|d| d.weekday() == weekday)
        .min_by_key(|d| (d.days() - reference.days()).abs())
}

/// The year whose calendar puts `weekday` on `day` `month`, nearest to `base` and not
/// before it, or the year just before it (an article of early January that mentions the new
/// year and "Tuesday (28 December)").
fn pin_from(weekday: u8, month: u8, day: u8, base: i32) -> Option<Ymd> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    fn ymd(y: i32, m: u8, d: u8) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    fn candidate(reading: Reading, lean: Lean) -> Candidate {
        Candidate {
            span: Span::new(0, 1),
            reading,
            lean,
            explicit: false,
        }
    }

    fn value(reading: Reading, lean: Lean, reference: Ymd) -> Option<String> {
        values(&[candidate(reading, lean)], Some(reference))
            .pop()
            .flatten()
    }

    #[test]
    fn the_lean_picks_the_side_of_now() {
        let now = ymd(2013, 2, 12);
        let september = Reading::DayMonth {
            month: 9,
            day: 3,
            weekday: None,
        };
        assert_eq!(
            value(september, Lean::Alone, now).as_deref(),
            Some("2013-09-03")
        );
        assert_eq!(
            value(september, Lean::Future, now).as_deref(),
            Some("2013-09-03")
        );
        assert_eq!(
            value(september, Lean::Past, now).as_deref(),
            Some("2012-09-03")
        );
        // Nearest: September 2012 is 162 days back, September 2013 203 ahead.
        assert_eq!(
            value(september, Lean::Unknown, now).as_deref(),
            Some("2012-09-03")
        );
        let january = Reading::Month(1);
        let september_now = ymd(2005, 9, 7);
        assert_eq!(
            value(january, Lean::Past, september_now).as_deref(),
            Some("2005-01")
        );
        assert_eq!(
            value(january, Lean::Future, september_now).as_deref(),
            Some("2006-01")
        );
    }

    #[test]
    fn a_day_of_now_is_both_sides() {
        let now = ymd(2009, 3, 5);
        let thursday = Reading::Weekday {
            weekday: 4,
            shift: None,
        };
        for lean in [Lean::Past, Lean::Future, Lean::Unknown] {
            assert_eq!(value(thursday, lean, now).as_deref(), Some("2009-03-05"));
        }
        let friday = Reading::Weekday {
            weekday: 5,
            shift: None,
        };
        assert_eq!(
            value(friday, Lean::Past, now).as_deref(),
            Some("2009-02-27")
        );
        assert_eq!(
            value(friday, Lean::Unknown, now).as_deref(),
            Some("2009-03-06")
        );
    }

    #[test]
    fn last_this_and_next_weekdays() {
        let tuesday = ymd(2013, 2, 12);
        let at = |weekday, weeks| shifted_weekday(tuesday, weekday, weeks).map(Ymd::iso);
        assert_eq!(at(7, -1).as_deref(), Some("2013-02-10"));
        assert_eq!(at(2, -1).as_deref(), Some("2013-02-05"));
        assert_eq!(at(1, 0).as_deref(), Some("2013-02-11"));
        assert_eq!(at(2, 1).as_deref(), Some("2013-02-19"));
        assert_eq!(at(3, 1).as_deref(), Some("2013-02-13"));
    }

    #[test]
    fn offsets_and_periods_count_from_now() {
        let now = ymd(2011, 3, 18);
        let ago = Reading::Offset {
            unit: Unit::Week,
            count: -1,
            deictic: true,
        };
        assert_eq!(value(ago, Lean::Past, now).as_deref(), Some("2011-03-11"));
        let last_week = Reading::Period {
            unit: Unit::Week,
            count: -1,
        };
        assert_eq!(
            value(last_week, Lean::Past, now).as_deref(),
            Some("2011-W10")
        );
        let last_year = Reading::Period {
            unit: Unit::Year,
            count: -1,
        };
        assert_eq!(value(last_year, Lean::Past, now).as_deref(), Some("2010"));
        let previous_month = Reading::DayOfMonth {
            day: 20,
            months: -1,
        };
        assert_eq!(
            value(previous_month, Lean::Past, now).as_deref(),
            Some("2011-02-20")
        );
    }

    #[test]
    fn without_a_reference_the_story_anchors_relative_dates() {
        let twelfth = candidate(
            Reading::DayMonth {
                month: 1,
                day: 12,
                weekday: None,
            },
            Lean::Unknown,
        );
        let earlier = candidate(
            Reading::Offset {
                unit: Unit::Day,
                count: -2,
                deictic: false,
            },
            Lean::Past,
        );
        let year_on = candidate(
            Reading::Offset {
                unit: Unit::Year,
                count: 1,
                deictic: false,
            },
            Lean::Future,
        );
        let got = values(&[twelfth, earlier, year_on], None);
        assert_eq!(got, [Some("--01-12".into()), Some("--01-10".into()), None]);
    }

    #[test]
    fn a_weekday_pins_the_nearest_year_to_the_reference() {
        let now = ymd(2013, 2, 12);
        let sunday = Reading::DayMonth {
            month: 2,
            day: 10,
            weekday: Some(7),
        };
        assert_eq!(
            value(sunday, Lean::Alone, now).as_deref(),
            Some("2013-02-10")
        );
        let friday = Reading::DayMonth {
            month: 7,
            day: 18,
            weekday: Some(5),
        };
        assert_eq!(
            value(friday, Lean::Alone, now).as_deref(),
            Some("2014-07-18")
        );
        let thursday_15th = Reading::Day {
            day: 15,
            weekday: Some(4),
        };
        assert_eq!(
            value(thursday_15th, Lean::Alone, now).as_deref(),
            Some("2013-08-15")
        );
    }
}
