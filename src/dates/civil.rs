//! Proleptic Gregorian calendar arithmetic: the few operations date resolution needs
//! (day counts, weekdays, month and year offsets, ISO weeks), on a small `Copy` type.
//!
//! Day numbers use the days-from-civil algorithm (days since 1970-01-01), which is exact for
//! every year the parser accepts (0..=9999) and needs no tables.

use std::fmt;

/// A calendar day. Always valid: constructors reject impossible dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 0..=9999.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=31.
    pub day: u8,
}

/// Day of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// All weekdays, Monday first.
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    /// 0 for Monday .. 6 for Sunday.
    pub fn index(self) -> i64 {
        self as i64
    }

    /// The weekday with index `i` (taken modulo 7).
    pub fn from_index(i: i64) -> Weekday {
        Weekday::ALL[i.rem_euclid(7) as usize]
    }
}

/// True for leap years of the Gregorian calendar.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year` (0 for an invalid month).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The first `parts` fields of `YYYY-MM-DD` (1: the year, 2: year and month, 3: the day),
    /// written digit by digit: the timeline writes one for every date it shows, and `format!`
    /// costs more than the rest of the timeline assembly.
    pub fn iso(&self, parts: usize) -> String {
        let year = self.year.clamp(0, 9999) as u32;
        let digits =
            |n: u32, width: u32| (0..width).rev().map(move |k| char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
        let mut out = String::with_capacity(10);
        out.extend(digits(year, 4));
        for n in [self.month, self.day].into_iter().take(parts.saturating_sub(1)) {
            out.push('-');
            out.extend(digits(u32::from(n), 2));
        }
        out
    }

    /// The date, or `None` when it does not exist (February 30, month 13, year 10000).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(0..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (the form the command line and the options accept).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, or `None` outside years 0..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u8, d as u8)
    }

    /// The next day, by the calendar alone (no day numbers: cheap enough to run for every term
    /// of office at start-up); `None` after 9999-12-31.
    pub fn next_day(self) -> Option<Date> {
        if self.day < days_in_month(self.year, self.month) {
            Date::new(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            Date::new(self.year, self.month + 1, 1)
        } else {
            Date::new(self.year + 1, 1, 1)
        }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index(self.to_days() + 3)
    }

    /// This date moved by `n` days (saturating at the calendar's ends).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(n)).unwrap_or(self)
    }

    /// This date moved by `n` months; the day is clamped to the target month's length
    /// (January 31 plus one month is February 28 or 29).
    pub fn add_months(self, n: i64) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u8;
        if !(0..=9999).contains(&year) {
            return self;
        }
        let year = year as i32;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// This date moved by `n` years (February 29 becomes February 28 when needed).
    pub fn add_years(self, n: i64) -> Date {
        self.add_months(n.saturating_mul(12))
    }

    /// The first day of this date's month.
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn last_of_month(self) -> Date {
        Date { day: days_in_month(self.year, self.month), ..self }
    }

    /// The Monday that starts this date's week.
    pub fn week_start(self) -> Date {
        self.add_days(-self.weekday().index())
    }

    /// The first day of this date's quarter.
    pub fn quarter_start(self) -> Date {
        Date { month: (self.month - 1) / 3 * 3 + 1, day: 1, ..self }
    }

    /// The nearest date on or before `self` that falls on `wd`.
    pub fn on_or_before(self, wd: Weekday) -> Date {
        self.add_days(-(self.weekday().index() - wd.index()).rem_euclid(7))
    }

    /// The nearest date on or after `self` that falls on `wd`.
    pub fn on_or_after(self, wd: Weekday) -> Date {
        self.add_days((wd.index() - self.weekday().index()).rem_euclid(7))
    }

    /// The `n`th (1-based) `wd` of the month `year-month`; `n = -1` is the last one.
    pub fn nth_weekday(year: i32, month: u8, wd: Weekday, n: i8) -> Option<Date> {
        if n < 0 {
            let last = Date::new(year, month, days_in_month(year, month))?;
            return Some(last.on_or_before(wd));
        }
        let first = Date::new(year, month, 1)?.on_or_after(wd);
        let d = first.add_days(7 * (i64::from(n) - 1));
        (d.month == month).then_some(d)
    }

    /// Easter Sunday of `year`: of the Gregorian calendar, or (`orthodox`) of the Julian one,
    /// given as its Gregorian date (years 1900 to 2099, when the calendars are 13 days apart).
    pub fn easter(year: i32, orthodox: bool) -> Option<Date> {
        if orthodox {
            if !(1900..2100).contains(&year) {
                return None;
            }
            // The Julian computus (the full moon's offset and the weekday's), then the 13 days.
            let (a, b, c) = (year % 4, year % 7, year % 19);
            let d = (19 * c + 15) % 30;
            let e = (2 * a + 4 * b - d + 34) % 7;
            return Some(Date::new(year, 3, 21)?.add_days(i64::from(d + e + 1 + 13)));
        }
        // The Gregorian computus (the anonymous algorithm of 1876).
        let a = year % 19;
        let (b, c) = (year / 100, year % 100);
        let (d, e) = (b / 4, b % 4);
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso(3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in (-700_000..2_900_000).step_by(997) {
            let date = Date::from_days(days).unwrap();
            assert_eq!(date.to_days(), days, "{date}");
        }
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
    }

    #[test]
    fn weekdays_of_known_dates() {
        let table = [
            ("2025-07-03", Weekday::Thu),
            ("2025-05-16", Weekday::Fri),
            ("2013-02-12", Weekday::Tue),
            ("2000-02-29", Weekday::Tue),
            ("1900-01-01", Weekday::Mon),
        ];
        for (s, wd) in table {
            assert_eq!(d(s).weekday(), wd, "{s}");
        }
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for s in ["2022-02-29", "2022-06-31", "2022-13-01", "2022-00-10", "2022-1-10", "20x2-01-01"] {
            assert!(Date::parse_iso(s).is_none(), "{s}");
        }
        assert!(Date::parse_iso("2024-02-29").is_some());
    }

    #[test]
    fn month_arithmetic_clamps_the_day() {
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2023-03-31").add_months(-1), d("2023-02-28"));
        assert_eq!(d("2013-02-12").add_months(-3), d("2012-11-12"));
        assert_eq!(d("2024-02-29").add_years(1), d("2025-02-28"));
    }

    #[test]
    fn weekday_searches() {
        let fri = d("2025-05-16");
        assert_eq!(fri.on_or_before(Weekday::Fri), fri);
        assert_eq!(fri.on_or_before(Weekday::Sat), d("2025-05-10"));
        assert_eq!(fri.on_or_after(Weekday::Mon), d("2025-05-19"));
        assert_eq!(fri.week_start(), d("2025-05-12"));
        assert_eq!(Date::nth_weekday(2013, 11, Weekday::Thu, 4), Some(d("2013-11-28")));
        assert_eq!(Date::nth_weekday(2013, 5, Weekday::Mon, -1), Some(d("2013-05-27")));
        assert_eq!(Date::nth_weekday(2013, 2, Weekday::Mon, 5), None);
    }
}
