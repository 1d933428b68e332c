//! Calendar arithmetic: days, weekdays, ISO weeks and months of the proleptic Gregorian
//! calendar, on plain integers (H. Hinnant's day-count algorithms), without a clock.

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day, 1..=31.
    pub day: u8,
}

/// Years the calendar works in: wide enough for any date a text writes, narrow enough that
/// day counts never overflow.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = -9999..=9999;

impl Ymd {
    /// The day, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (YEAR_RANGE.contains(&year) && day >= 1 && day <= days_in_month(Some(year), month))
            .then_some(Ymd { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (a longer string such as a time stamp is cut to its date).
    pub fn parse(s: &str) -> Option<Self> {
        let date = s.trim().get(..10)?;
        let mut parts = date.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Ymd::new(year, month, day)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01.
    pub(crate) fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` days after 1970-01-01.
    pub(crate) fn from_days(days: i64) -> Option<Self> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Ymd::new(i32::try_from(year).ok()?, month, day)
    }

    /// ISO weekday, 1 = Monday.
    pub(crate) fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days() + 3).rem_euclid(7) as u8 + 1
    }

    /// The day `n` days later (earlier when negative).
    pub(crate) fn add_days(self, n: i64) -> Option<Self> {
        Ymd::from_days(self.days().checked_add(n)?)
    }

    /// The same day `n` months later, or the last day of that month when it is shorter
    /// ("31 March" + 1 month = "30 April").
    pub(crate) fn add_months(self, n: i32) -> Option<Self> {
        let (year, month) = add_months(self.year, self.month, n)?;
        let day = self.day.min(days_in_month(Some(year), month));
        Ymd::new(year, month, day)
    }

    /// The ISO 8601 week (`2022-W02`) the day belongs to: weeks start on Monday, and week 1
    /// holds the year's first Thursday.
    pub(crate) fn iso_week(self) -> Option<String> {
        let thursday = self.add_days(4 - i64::from(self.weekday()))?;
        let first = Ymd::new(thursday.year, 1, 1)?;
        let week = (thursday.days() - first.days()) / 7 + 1;
        Some(format!("{:04}-W{week:02}", thursday.year))
    }
}

/// `month` of `year` moved by `n` months.
pub(crate) fn add_months(year: i32, month: u8, n: i32) -> Option<(i32, u8)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(n);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    YEAR_RANGE
        .contains(&year)
        .then_some((year, index.rem_euclid(12) as u8 + 1))
}

/// True for a leap year.
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month`; February has 29 when the year is unknown.
pub(crate) fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_none_or(is_leap) => 29,
        2 => 28,
        _ => 0,
    }
}

/// "74" → 1974, "14" → 2014: two-digit years below 50 are this century's.
pub(crate) fn two_digit_year(y: u32) -> i32 {
    let y = (y % 100) as i32;
    if y < 50 { 2000 + y } else { 1900 + y }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u8, d: u8) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    #[test]
    fn weekdays_and_days_follow_the_calendar() {
        assert_eq!(ymd(2022, 1, 4).weekday(), 2);
        assert_eq!(ymd(1970, 1, 1).weekday(), 4);
        assert_eq!(ymd(2000, 2, 29).weekday(), 2);
        assert!(Ymd::new(2023, 2, 29).is_none());
        assert!(Ymd::new(2023, 13, 1).is_none());
        assert_eq!(Ymd::parse("2013-02-12T04:30:00"), Some(ymd(2013, 2, 12)));
        assert_eq!(Ymd::parse("2013-2-1"), None);
    }

    #[test]
    fn day_counts_round_trip() {
        for d in [
            ymd(1900, 3, 1),
            ymd(2000, 2, 29),
            ymd(2024, 12, 31),
            ymd(1, 1, 1),
        ] {
            assert_eq!(Ymd::from_days(d.days()), Some(d));
        }
        assert_eq!(ymd(2013, 2, 12).add_days(-1), Some(ymd(2013, 2, 11)));
        assert_eq!(ymd(2021, 12, 31).add_days(1), Some(ymd(2022, 1, 1)));
        assert_eq!(Ymd::from_days(i64::MAX), None);
    }

    #[test]
    fn months_move_and_clamp() {
        assert_eq!(ymd(2013, 3, 31).add_months(1), Some(ymd(2013, 4, 30)));
        assert_eq!(ymd(2013, 1, 15).add_months(-2), Some(ymd(2012, 11, 15)));
        assert_eq!(add_months(2013, 12, 1), Some((2014, 1)));
        assert_eq!(add_months(9999, 12, 1), None);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(ymd(2006, 3, 28).iso_week().as_deref(), Some("2006-W13"));
        assert_eq!(ymd(2008, 8, 28).iso_week().as_deref(), Some("2008-W35"));
        // 1 January 2021 was a Friday: it belongs to the last week of 2020.
        assert_eq!(ymd(2021, 1, 1).iso_week().as_deref(), Some("2020-W53"));
        assert_eq!(ymd(2024, 12, 30).iso_week().as_deref(), Some("2025-W01"));
    }

    #[test]
    fn two_digit_years_pivot_at_fifty() {
        assert_eq!(two_digit_year(74), 1974);
        assert_eq!(two_digit_year(14), 2014);
    }
}
