//! Turns the meaning of a temporal expression into calendar values, against a reference date
//! (the publication date), a direction (from the clause's tense or the caller's preference),
//! and the date mentioned before (for "two days later", "the next day").

use super::civil::{days_in_month, Date, Weekday};
use super::grammar::{Anchor, Spec, WeekdayRel};
use super::lexicon::{HolidayRule, Part, Unit};

/// Which way a phrase without its own direction ("Friday", "March") points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// The most recent occurrence, the reference day included (news).
    #[default]
    Past,
    /// The next occurrence after the reference (scheduling).
    Future,
    /// Whichever occurrence is closer.
    Nearest,
}

/// How finely a value is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A year: written `YYYY`.
    Year,
    /// A month: written `YYYY-MM`.
    Month,
    /// A day: written `YYYY-MM-DD`.
    Day,
}

/// The unit of time an expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    /// A day.
    Day,
    /// A week, given by its Monday (or its Saturday for a weekend).
    Week,
    /// A month.
    Month,
    /// A quarter, given by its first day.
    Quarter,
    /// A year.
    Year,
}

impl Grain {
    /// The grain's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
        }
    }
}

/// A resolved calendar value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Value {
    /// The (first) day.
    pub date: Date,
    /// How much of `date` is known.
    pub precision: Precision,
    /// The unit the expression names.
    pub grain: Grain,
    /// The last day of a closed range, with its precision.
    pub end: Option<(Date, Precision)>,
    /// An open range ("since March").
    pub open: bool,
    /// The text gives only an approximate time.
    pub approx: bool,
}

impl Value {
    fn day(date: Date) -> Value {
        Value { date, precision: Precision::Day, grain: Grain::Day, end: None, open: false, approx: false }
    }

    fn with(date: Date, precision: Precision, grain: Grain) -> Value {
        Value { date, precision, grain, end: None, open: false, approx: false }
    }

    /// The value written at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn text(&self) -> String {
        format_at(self.date, self.precision)
    }

    /// The range's end written at its precision.
    pub fn end_text(&self) -> Option<String> {
        self.end.map(|(d, p)| format_at(d, p))
    }

    /// The last day the value covers.
    pub fn last_day(&self) -> Date {
        if let Some((d, p)) = self.end {
            return last_day_at(d, p);
        }
        match self.grain {
            Grain::Week => self.date.add_days(6),
            Grain::Quarter => self.date.add_months(2).last_of_month(),
            _ => last_day_at(self.date, self.precision),
        }
    }
}

fn last_day_at(d: Date, p: Precision) -> Date {
    match p {
        Precision::Day => d,
        Precision::Month => d.last_of_month(),
        Precision::Year => Date { month: 12, day: 31, ..d },
    }
}

/// Writes a date at a precision.
pub fn format_at(d: Date, p: Precision) -> String {
    match p {
        Precision::Day => d.iso(3),
        Precision::Month => d.iso(2),
        Precision::Year => d.iso(1),
    }
}

/// What resolution reads besides the expression.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    /// The reference date (publication date), when known.
    pub reference: Option<Date>,
    /// The direction of the clause, from its tense or the preference.
    pub direction: Direction,
    /// The caller prefers the future: "next Wednesday" is the next one, not next week's.
    pub future_convention: bool,
    /// The direction comes from the clause's tense ("will meet on Saturday" may be today).
    pub from_tense: bool,
    /// The day the text mentioned last, for "two days later" and "the next day".
    pub previous: Option<Date>,
    /// The year of the date the text mentioned last, for "in June of that year".
    pub previous_year: Option<i32>,
}

/// Resolves a meaning; `None` when the text does not support a date.
pub fn resolve(spec: &Spec, cx: &Context) -> Option<Value> {
    match spec {
        Spec::Calendar { year, month, day, weekday } => calendar(*year, *month, *day, *weekday, cx),
        Spec::Weekday(wd, rel) => weekday(*wd, *rel, cx).map(Value::day),
        Spec::Deictic(n) => Some(Value::day(cx.reference?.add_days(*n))),
        Spec::RelativeUnit(unit, n) => relative_unit(*unit, *n, cx),
        Spec::Offset(n, unit, anchor) => {
            let base = match anchor {
                Anchor::Reference => cx.reference?,
                // In a story told in the past, "two days later" counts from a day the text
                // named before, not from the day of writing.
                Anchor::Previous => cx.previous.or(cx.reference.filter(|_| cx.direction != Direction::Past))?,
                Anchor::Date(inner) => resolve(inner, cx)?.date,
                Anchor::Event => return None,
            };
            Some(Value::day(add(base, *n, *unit)))
        }
        Spec::Span(unit, n) => span(*unit, *n, cx),
        Spec::Workday(n) => {
            let step = if *n < 0 { -1 } else { 1 };
            let mut d = cx.reference?.add_days(step);
            while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                d = d.add_days(step);
            }
            Some(Value::day(d))
        }
        Spec::MonthRelative(m, r) => {
            let reference = cx.reference?;
            let this_year = Date::new(reference.year, *m, 1)?;
            let first = if *r > 0 {
                if this_year > reference {
                    this_year
                } else {
                    this_year.add_years(1)
                }
            } else if this_year.month + 1 < reference.month {
                // The month just gone is "last month"; "last April" written in May is a year
                // before.
                this_year
            } else {
                this_year.add_years(-1)
            };
            let step = if *r > 0 { i64::from(*r) - 1 } else { i64::from(*r) + 1 };
            Some(Value::with(first.add_years(step), Precision::Month, Grain::Month))
        }
        Spec::MonthOfYear { month, day: None, years } => {
            let first = Date::new(cx.reference?.year, *month, 1)?.add_years(i64::from(*years));
            Some(Value::with(first, Precision::Month, Grain::Month))
        }
        Spec::MonthOfYear { month, day: Some(d), years } => {
            let date = Date::new(cx.reference?.year.checked_add(i32::from(*years))?, *month, *d)?;
            Some(Value::with(date, Precision::Day, Grain::Day))
        }
        Spec::Quarter(q, year) => {
            let reference = cx.reference;
            let y = match year {
                Some(y) => *y,
                None => {
                    let r = reference?;
                    let current = (r.month - 1) / 3 + 1;
                    match cx.direction {
                        Direction::Past if *q > current => r.year - 1,
                        Direction::Future if *q < current => r.year + 1,
                        _ => r.year,
                    }
                }
            };
            let date = Date::new(y, (q - 1) * 3 + 1, 1)?;
            Some(Value::with(date, Precision::Day, Grain::Quarter))
        }
        Spec::Decade(y) => {
            let start = Date::new(*y, 1, 1)?;
            let end = Date::new(y + 9, 12, 31)?;
            Some(Value {
                end: Some((end, Precision::Day)),
                approx: true,
                ..Value::with(start, Precision::Day, Grain::Year)
            })
        }
        Spec::WeekOfMonth(n, m, year) => {
            let y = year.or(cx.reference.map(|r| r.year))?;
            let first = Date::new(y, *m, 1)?;
            let date =
                if *n < 0 { first.last_of_month().add_days(-6) } else { first.add_days(7 * (i64::from(*n) - 1)) };
            Some(Value { approx: true, ..Value::with(date, Precision::Day, Grain::Week) })
        }
        Spec::Holiday(rule) => holiday(*rule, cx).map(Value::day),
        Spec::Part(part, inner) => part_of(*part, inner, cx),
        Spec::Range(a, b) => range(a, b, cx),
        Spec::Since(a) => {
            let v = resolve(a, cx)?;
            Some(Value { open: true, end: None, ..v })
        }
        Spec::By(a) => {
            let reference = cx.reference?;
            let v = resolve(a, cx)?;
            Some(Value { end: Some((v.last_day(), Precision::Day)), ..Value::day(reference) })
        }
        Spec::Anaphoric(n) => Some(Value::day(cx.previous?.add_days(*n))),
        Spec::ThatYear { month, day } => {
            let year = cx.previous_year?;
            match (month, day) {
                (Some(m), Some(d)) => Date::new(year, *m, *d).map(Value::day),
                (Some(m), None) => Date::new(year, *m, 1).map(|d| Value::with(d, Precision::Month, Grain::Month)),
                _ => Date::new(year, 1, 1).map(|d| Value::with(d, Precision::Year, Grain::Year)),
            }
        }
        Spec::Unresolvable(_) | Spec::Duration => None,
    }
}

fn add(d: Date, n: i64, unit: Unit) -> Date {
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute => d.add_days(n),
        Unit::Week => d.add_days(7 * n),
        Unit::Fortnight => d.add_days(14 * n),
        Unit::Weekend => d.add_days(7 * n),
        Unit::Month => d.add_months(n),
        Unit::Quarter => d.add_months(3 * n),
        Unit::Year => d.add_years(n),
        Unit::Decade => d.add_years(10 * n),
    }
}

/// How many days ahead a month and day without a year still read as the coming one when the
/// past is preferred.
const SOON_DAYS: i64 = 21;

/// Picks the year of a month (and day) without one, by direction.
fn pick_year(month: u8, day: Option<u8>, cx: &Context) -> Option<Date> {
    let r = cx.reference?;
    let at = |y: i32| match day {
        Some(d) => Date::new(y, month, d),
        None => Date::new(y, month, 1),
    };
    // Candidates: this year and its neighbours (February 29 may need a leap year further off).
    let mut cands: Vec<Date> = (-4..=4).filter_map(|k| at(r.year + k)).collect();
    crate::sort::by_key(&mut cands, |d| (d.to_days() + (1 << 40)) as u64);
    let reference_key = |d: &Date| if day.is_some() { *d } else { d.first_of_month() };
    let r_key = if day.is_some() { r } else { r.first_of_month() };
    match cx.direction {
        // A day of the coming weeks is that day, not the same day nearly a year back: news
        // writes "on Dec. 8" in late November for the days ahead and gives the year for a day
        // that long ago. (A verb in the past tense keeps the past: "was signed on Dec. 8".)
        Direction::Past if day.is_some() && !cx.from_tense => {
            let ahead = cands.iter().copied().find(|d| *d > r && d.to_days() - r.to_days() <= SOON_DAYS);
            ahead.or_else(|| cands.into_iter().rfind(|d| *d <= r))
        }
        Direction::Past => cands.into_iter().rfind(|d| reference_key(d) <= r_key),
        Direction::Future => cands.into_iter().find(|d| reference_key(d) >= r_key),
        Direction::Nearest => {
            let dist = |d: &Date| {
                if day.is_some() {
                    (d.to_days() - r.to_days()).abs() * 2 + i64::from(*d < r)
                } else {
                    let months =
                        (i64::from(d.year) * 12 + i64::from(d.month)) - (i64::from(r.year) * 12 + i64::from(r.month));
                    months.abs() * 2 + i64::from(months < 0)
                }
            };
            cands.into_iter().min_by_key(dist)
        }
    }
}

fn calendar(year: Option<i32>, month: Option<u8>, day: Option<u8>, wd: Option<Weekday>, cx: &Context) -> Option<Value> {
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => Date::new(y, m, d).map(Value::day),
        (Some(y), Some(m), None) => Date::new(y, m, 1).map(|d| Value::with(d, Precision::Month, Grain::Month)),
        (Some(y), None, _) => Date::new(y, 1, 1).map(|d| Value::with(d, Precision::Year, Grain::Year)),
        (None, Some(m), Some(d)) => pick_year(m, Some(d), cx).map(Value::day),
        (None, Some(m), None) => pick_year(m, None, cx).map(|d| Value::with(d, Precision::Month, Grain::Month)),
        (None, None, Some(d)) => {
            // A day of the month near the reference, matching the weekday when one is given.
            let r = cx.reference?;
            let cands: Vec<Date> = (-1..=1)
                .filter_map(|k| {
                    let m = r.first_of_month().add_months(k);
                    Date::new(m.year, m.month, d)
                })
                .collect();
            let matching: Vec<Date> = cands.iter().copied().filter(|c| wd.is_none_or(|w| c.weekday() == w)).collect();
            let pool = if matching.is_empty() { cands } else { matching };
            let pick = match cx.direction {
                Direction::Past => pool.iter().copied().rfind(|c| *c <= r).or(pool.first().copied()),
                Direction::Future => pool.iter().copied().find(|c| *c >= r).or(pool.last().copied()),
                Direction::Nearest => pool.iter().copied().min_by_key(|c| (c.to_days() - r.to_days()).abs()),
            };
            pick.map(Value::day)
        }
        (None, None, None) => None,
    }
}

fn weekday(wd: Weekday, rel: WeekdayRel, cx: &Context) -> Option<Date> {
    let r = cx.reference?;
    Some(match rel {
        WeekdayRel::Bare => match cx.direction {
            Direction::Past => r.on_or_before(wd),
            // "will meet on Saturday" published on a Saturday: that day; a bare "Saturday"
            // under the future convention: the next one.
            Direction::Future if cx.from_tense => r.on_or_after(wd),
            Direction::Future => r.add_days(1).on_or_after(wd),
            Direction::Nearest => {
                let back = r.on_or_before(wd);
                let fwd = r.on_or_after(wd);
                if r.to_days() - back.to_days() <= fwd.to_days() - r.to_days()
                    && back != fwd
                    && r.to_days() - back.to_days() < 4
                {
                    back
                } else if fwd.to_days() - r.to_days() <= 3 {
                    fwd
                } else {
                    back
                }
            }
        },
        WeekdayRel::Last => r.add_days(-1).on_or_before(wd),
        WeekdayRel::Next => {
            if cx.future_convention {
                r.add_days(1).on_or_after(wd)
            } else {
                r.week_start().add_days(7 + wd.index())
            }
        }
        WeekdayRel::This => match cx.direction {
            Direction::Past => r.on_or_before(wd),
            _ => r.on_or_after(wd),
        },
        WeekdayRel::AfterNext => r.add_days(1).on_or_after(wd).add_days(7),
        WeekdayRel::Week(k) => r.week_start().add_days(7 * i64::from(k) + wd.index()),
        WeekdayRel::OnOrBefore(d) => r.add_days(i64::from(d)).on_or_before(wd),
    })
}

fn relative_unit(unit: Unit, n: i64, cx: &Context) -> Option<Value> {
    let r = cx.reference?;
    Some(match unit {
        Unit::Day | Unit::Hour | Unit::Minute => Value::day(r.add_days(n)),
        Unit::Week => Value::with(r.week_start().add_days(7 * n), Precision::Day, Grain::Week),
        Unit::Fortnight => Value::with(r.week_start().add_days(14 * n), Precision::Day, Grain::Week),
        Unit::Month => Value::with(r.first_of_month().add_months(n), Precision::Month, Grain::Month),
        Unit::Quarter => Value::with(r.quarter_start().add_months(3 * n), Precision::Day, Grain::Quarter),
        Unit::Year | Unit::Decade => {
            Value::with(Date { month: 1, day: 1, ..r.add_years(n) }, Precision::Year, Grain::Year)
        }
        Unit::Weekend => {
            let saturday = match n {
                0 => match cx.direction {
                    Direction::Past if r.weekday() == Weekday::Sun => r.add_days(-1),
                    Direction::Past => r.add_days(-1).on_or_before(Weekday::Sat),
                    _ if r.weekday() == Weekday::Sun => r.add_days(-1),
                    _ => r.on_or_after(Weekday::Sat),
                },
                n if n < 0 => r.add_days(-1).on_or_before(Weekday::Sat).add_days(7 * (n + 1)),
                n => r.week_start().add_days(5 + 7 * n),
            };
            Value {
                end: Some((saturday.add_days(1), Precision::Day)),
                ..Value::with(saturday, Precision::Day, Grain::Week)
            }
        }
    })
}

/// "the last two weeks", "next three days": whole units before or after the current one.
fn span(unit: Unit, n: i64, cx: &Context) -> Option<Value> {
    let r = cx.reference?;
    let (start_of, precision, grain) = match unit {
        Unit::Day => (r, Precision::Day, Grain::Day),
        Unit::Week | Unit::Fortnight | Unit::Weekend => (r.week_start(), Precision::Day, Grain::Week),
        Unit::Month => (r.first_of_month(), Precision::Month, Grain::Month),
        Unit::Quarter => (r.quarter_start(), Precision::Day, Grain::Quarter),
        Unit::Year | Unit::Decade => (Date { month: 1, day: 1, ..r }, Precision::Year, Grain::Year),
        Unit::Hour | Unit::Minute => return None,
    };
    let unit = if unit == Unit::Fortnight { Unit::Week } else { unit };
    let (first, last) = if n < 0 {
        (add(start_of, n, unit), add(start_of, -1, unit))
    } else {
        (add(start_of, 1, unit), add(start_of, n, unit))
    };
    Some(Value { end: Some((last, precision)), ..Value::with(first, precision, grain) })
}

fn holiday(rule: HolidayRule, cx: &Context) -> Option<Date> {
    let r = cx.reference?;
    let at = |y: i32| match rule {
        HolidayRule::Fixed(m, d) => Date::new(y, m, d),
        HolidayRule::Nth(n, wd, m) => Date::nth_weekday(y, m, wd, n),
        HolidayRule::Easter(days, orthodox) => Date::easter(y, orthodox).map(|e| e.add_days(i64::from(days))),
    };
    let cands: Vec<Date> = (-1..=1).filter_map(|k| at(r.year + k)).collect();
    match cx.direction {
        Direction::Past => cands.into_iter().rfind(|d| *d <= r),
        Direction::Future => cands.into_iter().find(|d| *d >= r),
        Direction::Nearest => cands.into_iter().min_by_key(|d| (d.to_days() - r.to_days()).abs()),
    }
}

fn part_of(part: Part, inner: &Spec, cx: &Context) -> Option<Value> {
    let v = resolve(inner, cx)?;
    let first = v.date;
    let last = v.last_day();
    let approx = |date: Date, precision: Precision| {
        Some(Value { approx: true, end: None, open: false, ..Value::with(date, precision, v.grain) })
    };
    match part {
        Part::Early => approx(first, Precision::Day),
        Part::Late => match v.grain {
            Grain::Week => approx(first.add_days(4), Precision::Day),
            _ => approx(last, Precision::Day),
        },
        Part::Mid => match v.grain {
            Grain::Year => approx(Date { month: 7, day: 1, ..first }, Precision::Day),
            Grain::Month => {
                approx(Date { day: 1 + days_in_month(first.year, first.month) / 2, ..first }, Precision::Day)
            }
            Grain::Week => approx(first.add_days(2), Precision::Day),
            _ => approx(first, Precision::Day),
        },
        Part::Earlier | Part::Later => approx(first, v.precision),
    }
}

/// A closed range; the ends lend each other what they lack (year, month), and the second end
/// never comes before the first.
fn range(a: &Spec, b: &Spec, cx: &Context) -> Option<Value> {
    let a = lend_year(a, b);
    let first = resolve(&a, cx)?;
    let second = match b {
        Spec::Calendar { year: None, month, day, weekday } => {
            let m = month.or(Some(first.date.month));
            let mut d = calendar(Some(first.date.year), m, *day, *weekday, cx)?;
            if d.date < first.date {
                d = calendar(Some(first.date.year + 1), m, *day, *weekday, cx)?;
            }
            d
        }
        Spec::Weekday(wd, WeekdayRel::Bare) => Value::day(first.date.add_days(1).on_or_after(*wd)),
        other => resolve(other, cx)?,
    };
    if second.date < first.date {
        return None;
    }
    Some(Value { end: Some((second.date, second.precision)), approx: first.approx || second.approx, ..first })
}

/// "From December to May 2022": the first end takes the year of the second (and the year
/// before when its month comes later).
fn lend_year(a: &Spec, b: &Spec) -> Spec {
    if let (
        Spec::Calendar { year: None, month: Some(ma), day: da, weekday },
        Spec::Calendar { year: Some(yb), month: Some(mb), day: db, .. },
    ) = (a, b)
    {
        let later = (ma, da.unwrap_or(1)) > (mb, db.unwrap_or(31));
        return Spec::Calendar {
            year: Some(if later { yb - 1 } else { *yb }),
            month: Some(*ma),
            day: *da,
            weekday: *weekday,
        };
    }
    a.clone()
}
