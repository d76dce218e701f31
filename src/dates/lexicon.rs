//! The vocabulary of temporal expressions (`words.tsv`, `holidays.tsv`), compiled once into a
//! lookup table from lower-case words to their meanings.

use std::sync::OnceLock;

use crate::data::{Bits16, FastMap};
use crate::phrases::key;

use super::civil::Weekday;

/// A calendar unit of offsets and relative phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A day.
    Day,
    /// A week (Monday to Sunday).
    Week,
    /// Two weeks.
    Fortnight,
    /// A calendar month.
    Month,
    /// Three months, starting January, April, July or October.
    Quarter,
    /// A calendar year.
    Year,
    /// Ten years.
    Decade,
    /// Saturday and Sunday.
    Weekend,
    /// An hour (durations only).
    Hour,
    /// A minute (durations only).
    Minute,
}

/// The part of a period a modifier picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// "early", "the beginning of", "the start of".
    Early,
    /// "mid", "the middle of".
    Mid,
    /// "late", "the end of".
    Late,
    /// "earlier this month": inside the period, before now.
    Earlier,
    /// "later this month": inside the period, after now.
    Later,
}

/// What a word can mean in a temporal expression. A word may have several meanings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWord {
    /// A month's full name.
    Month(u8),
    /// A month's abbreviation ("Jan", "Sept").
    MonthAbbr(u8),
    /// A weekday's full name.
    Weekday(Weekday),
    /// A weekday's abbreviation ("Tues", "Fri").
    WeekdayAbbr(Weekday),
    /// Days from the reference: today 0, yesterday -1.
    Deictic(i8),
    /// last -1, this 0, next 1.
    Relative(i8),
    /// A unit ("week", "months", "yr").
    Unit(Unit),
    /// A unit only when glued to a number ("1 mon").
    UnitAbbr(Unit),
    /// Morning, afternoon, evening, night: the day stays the same.
    DayPart(DayPart),
    /// A part of a period.
    Part(Part),
    /// An ordinal word ("first", "twentieth").
    Ordinal(u8),
    /// A cardinal word ("two", "a", "few").
    Cardinal(u8),
    /// A word that makes an offset approximate ("about", "nearly").
    Hedge,
    /// "ago", "back", "earlier" after an offset.
    Ago,
    /// "before", "prior" between an offset and its anchor.
    Before,
    /// "hence", "later", "afterwards" after an offset.
    Hence,
    /// "after" between an offset and its anchor.
    After,
    /// A function word of the grammar.
    Function(Function),
    /// Words that name a time without a date ("soon", "recently").
    Vague,
    /// A season: recognised, left unresolved (it depends on the hemisphere).
    Season,
    /// A holiday of a lunar calendar: recognised, left unresolved.
    Lunar,
    /// The first word of a holiday's name ("new" of "New Year's Day").
    HolidayStart,
}

/// Parts of the day. "night" after "last" means the evening before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    /// Morning.
    Morning,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
    /// Noon.
    Noon,
    /// Midnight.
    Midnight,
}

/// Function words the grammar reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Function {
    /// from
    From,
    /// since
    Since,
    /// in
    In,
    /// within
    Within,
    /// on
    On,
    /// of
    Of,
    /// the
    The,
    /// and
    And,
    /// to, through, until, till
    To,
    /// by
    By,
    /// during
    During,
    /// between
    Between,
    /// at
    At,
    /// now
    Now,
}

/// A rule that gives a holiday's date in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayRule {
    /// The same day every year.
    Fixed(u8, u8),
    /// The nth weekday of a month (-1 for the last).
    Nth(i8, Weekday, u8),
    /// Days from Easter Sunday: of the Western churches, or (`true`) of the Orthodox.
    Easter(i16, bool),
}

/// The compiled vocabulary.
#[derive(Debug)]
pub struct DateLexicon {
    /// Meanings by the word's [`crate::phrases::key`].
    words: FastMap<u64, Vec<DateWord>>,
    /// Holidays as (lower-case words, rule), longest first.
    pub holidays: Vec<(Vec<&'static str>, HolidayRule)>,
    /// The keys of `words` ([`Bits16::of_key`]): most words of a text are no date word, and one
    /// look at this table says so without a hash probe.
    filter: Bits16,
}

impl DateLexicon {
    /// The lexicon, built on first use.
    pub fn get() -> &'static DateLexicon {
        static LEX: OnceLock<DateLexicon> = OnceLock::new();
        LEX.get_or_init(DateLexicon::build)
    }

    fn build() -> DateLexicon {
        let mut words: FastMap<u64, Vec<DateWord>> = FastMap::default();
        for row in crate::data::rows(crate::data::data_file!("dates/words.tsv")) {
            let (Some(&word), Some(&kind), Some(&value)) = (row.first(), row.get(1), row.get(2)) else { continue };
            if let Some(w) = parse_word(kind, value) {
                words.entry(key(word)).or_default().push(w);
            }
        }
        let mut holidays: Vec<(Vec<&'static str>, HolidayRule)> =
            crate::data::rows(crate::data::data_file!("dates/holidays.tsv"))
                .filter_map(|row| {
                    let name = *row.first()?;
                    let rule = parse_rule(row.get(1)?)?;
                    Some((name.split_whitespace().collect(), rule))
                })
                .collect();
        crate::sort::by_key(&mut holidays, |(w, _)| u64::MAX - w.len() as u64);
        // The first word of each holiday is marked, so that only those words start a search.
        for (h, _) in &holidays {
            if let Some(first) = h.first() {
                let first = first.strip_suffix("'s").unwrap_or(first);
                let entry = words.entry(key(first)).or_default();
                if !entry.contains(&DateWord::HolidayStart) {
                    entry.push(DateWord::HolidayStart);
                }
            }
        }
        let mut filter = Bits16::default();
        for &k in words.keys() {
            filter.insert(Bits16::of_key(k));
        }
        DateLexicon { words, holidays, filter }
    }

    /// The meanings of a word by its key ([`crate::text::Document::keys`]); the keys of
    /// non-ASCII words never equal an ASCII word's, so they have none.
    #[inline]
    pub fn meanings(&self, key: u64) -> &[DateWord] {
        if !self.filter.contains(Bits16::of_key(key)) {
            return &[];
        }
        self.words.get(&key).map_or(&[], Vec::as_slice)
    }
}

/// Whether `word` names a month or a weekday, in full or abbreviated ("June", "Jan", "Tues").
pub fn month_or_weekday(word: &str) -> bool {
    DateLexicon::get().meanings(crate::phrases::key(word)).iter().any(|m| {
        matches!(m, DateWord::Month(_) | DateWord::MonthAbbr(_) | DateWord::Weekday(_) | DateWord::WeekdayAbbr(_))
    })
}

fn weekday(v: &str) -> Option<Weekday> {
    v.parse::<i64>().ok().filter(|i| (0..7).contains(i)).map(Weekday::from_index)
}

fn parse_word(kind: &str, value: &str) -> Option<DateWord> {
    let num = || value.parse::<i8>().ok();
    let unit = || {
        Some(match value {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "weekend" => Unit::Weekend,
            "hour" => Unit::Hour,
            "minute" => Unit::Minute,
            _ => return None,
        })
    };
    Some(match kind {
        "month" => DateWord::Month(value.parse().ok()?),
        "month-abbr" => DateWord::MonthAbbr(value.parse().ok()?),
        "weekday" => DateWord::Weekday(weekday(value)?),
        "weekday-abbr" => DateWord::WeekdayAbbr(weekday(value)?),
        "deictic" => DateWord::Deictic(num()?),
        "relative" => DateWord::Relative(num()?),
        "unit" => DateWord::Unit(unit()?),
        "unit-abbr" => DateWord::UnitAbbr(unit()?),
        "daypart" => DateWord::DayPart(match value {
            "morning" => DayPart::Morning,
            "afternoon" => DayPart::Afternoon,
            "evening" => DayPart::Evening,
            "night" => DayPart::Night,
            "noon" => DayPart::Noon,
            "midnight" => DayPart::Midnight,
            _ => return None,
        }),
        "part" => DateWord::Part(match value {
            "early" => Part::Early,
            "mid" => Part::Mid,
            "late" => Part::Late,
            "earlier" => Part::Earlier,
            "later" => Part::Later,
            _ => return None,
        }),
        "ordinal" => DateWord::Ordinal(value.parse().ok()?),
        "cardinal" => DateWord::Cardinal(value.parse().ok()?),
        "hedge" => DateWord::Hedge,
        "ago" => DateWord::Ago,
        "before" => DateWord::Before,
        "hence" => DateWord::Hence,
        "after" => DateWord::After,
        "vague" => DateWord::Vague,
        "season" => DateWord::Season,
        "lunar" => DateWord::Lunar,
        f => DateWord::Function(match f {
            "from" => Function::From,
            "since" => Function::Since,
            "in" => Function::In,
            "within" => Function::Within,
            "on" => Function::On,
            "of" => Function::Of,
            "the" => Function::The,
            "and" => Function::And,
            "to" => Function::To,
            "by" => Function::By,
            "during" => Function::During,
            "between" => Function::Between,
            "at" => Function::At,
            "now" => Function::Now,
            _ => return None,
        }),
    })
}

fn parse_rule(rule: &str) -> Option<HolidayRule> {
    if let Some(rest) = rule.strip_prefix("nth:") {
        let mut parts = rest.split(':');
        let n = parts.next()?.parse().ok()?;
        let wd = match parts.next()? {
            "mon" => Weekday::Mon,
            "tue" => Weekday::Tue,
            "wed" => Weekday::Wed,
            "thu" => Weekday::Thu,
            "fri" => Weekday::Fri,
            "sat" => Weekday::Sat,
            "sun" => Weekday::Sun,
            _ => return None,
        };
        return Some(HolidayRule::Nth(n, wd, parts.next()?.parse().ok()?));
    }
    if let Some(days) = rule.strip_prefix("easter:") {
        return Some(HolidayRule::Easter(days.parse().ok()?, false));
    }
    if let Some(days) = rule.strip_prefix("orthodox:") {
        return Some(HolidayRule::Easter(days.parse().ok()?, true));
    }
    let (m, d) = rule.split_once('-')?;
    Some(HolidayRule::Fixed(m.parse().ok()?, d.parse().ok()?))
}
