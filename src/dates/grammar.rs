//! Recognises temporal expressions in a run of tokens and says what they mean, without
//! resolving them: "last Friday" becomes `Weekday { Fri, Last }`, "two days later" an offset
//! from the previous date. [`super::resolve`] turns meanings into calendar values.
//!
//! The grammar is a set of small recursive-descent rules tried at each token that can start an
//! expression; the longest match wins and scanning resumes after it, so the whole pass is
//! linear in the number of tokens.

use super::civil::Weekday;
use super::lexicon::{DateLexicon, DateWord, DayPart, Function, HolidayRule, Part, Unit};
use crate::text::{Token, TokenKind};

/// How a weekday is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekdayRel {
    /// "Friday", "on Friday": direction from tense or preference.
    Bare,
    /// "last Friday": strictly before the reference.
    Last,
    /// "next Friday".
    Next,
    /// "this Friday".
    This,
    /// "Friday after next".
    AfterNext,
    /// "Friday of next week" (+1), "Tuesday of this week" (0), "Friday of last week" (-1).
    Week(i8),
    /// "yesterday (Friday)": the weekday on or before the day this many days from the reference.
    OnOrBefore(i8),
}

/// What an offset counts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The reference date ("three days ago", "in a week").
    Reference,
    /// The date mentioned before, else the reference ("two days later").
    Previous,
    /// A date given in the phrase ("a week before March 10").
    Date(Box<Spec>),
    /// An event, not a date ("barely a week after the strikes"): unresolved here.
    Event,
}

/// Why an expression is recognised but has no calendar value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unresolvable {
    /// A season: its dates depend on the hemisphere.
    Season,
    /// A holiday of a lunar calendar.
    Lunar,
    /// A time with no date ("soon", "recently").
    Vague,
    /// A year used as a name ("the 2024 election").
    YearAttribute,
    /// Half of a year or other part the text does not pin down.
    Half,
}

/// The meaning of a temporal expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spec {
    /// A calendar date, possibly partial: "July 3, 2025", "July 3", "July", "2025", "the 15th".
    Calendar {
        /// The year, when written.
        year: Option<i32>,
        /// The month, when written.
        month: Option<u8>,
        /// The day, when written.
        day: Option<u8>,
        /// A weekday written with the date ("Tuesday, 10 January").
        weekday: Option<Weekday>,
    },
    /// A weekday with its qualifier.
    Weekday(Weekday, WeekdayRel),
    /// Days from the reference: today 0, yesterday -1.
    Deictic(i64),
    /// "this week" (0), "last month" (-1), "next quarter" (1), "over the weekend" (weekend, -1).
    RelativeUnit(Unit, i64),
    /// An offset of `n` units (negative back in time) from an anchor.
    Offset(i64, Unit, Anchor),
    /// "the last two weeks" (-2), "the next three days" (3): a range of whole units.
    Span(Unit, i64),
    /// "next March" (1), "last March" (-1), "March after next" (2): a month's occurrence counted
    /// from the reference.
    MonthRelative(u8, i8),
    /// "May last year" (-1), "March next year" (1), "June this year" (0), "September 5 last
    /// year": a month (and day) of the year counted from the reference's.
    MonthOfYear {
        /// The month.
        month: u8,
        /// The day, when written.
        day: Option<u8>,
        /// Years from the reference's.
        years: i8,
    },
    /// "last weekday" (-1), "next weekday" (1): the working day (Monday to Friday) before or after.
    Workday(i8),
    /// A quarter of a year, Q1 to Q4.
    Quarter(u8, Option<i32>),
    /// A decade: "the 1990s".
    Decade(i32),
    /// "the first week of June": the nth week of a month (-1 the last).
    WeekOfMonth(i8, u8, Option<i32>),
    /// A holiday with a calendar rule.
    Holiday(HolidayRule),
    /// A part of a period: "late last year", "mid-March", "earlier this month".
    Part(Part, Box<Spec>),
    /// A closed range: "May 3-4", "from Monday to Wednesday".
    Range(Box<Spec>, Box<Spec>),
    /// An open range: "since March 2024", "after 5 days".
    Since(Box<Spec>),
    /// A deadline: "by the end of next month" is the reference up to that end.
    By(Box<Spec>),
    /// Days from the date mentioned before: "the next day" (1), "that day" (0).
    Anaphoric(i64),
    /// "June of that year", "that year": a month (and day) in the year of the date named before.
    ThatYear {
        /// The month, when written.
        month: Option<u8>,
        /// The day, when written.
        day: Option<u8>,
    },
    /// Recognised, but with no calendar value.
    Unresolvable(Unresolvable),
    /// A length of time ("three days of clashes", "within six weeks"): never a date.
    Duration,
}

/// One expression found: its meaning and the tokens it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// What it means.
    pub spec: Spec,
    /// Index of its first token.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// A hedge or the phrase itself makes it approximate.
    pub approx: bool,
}

/// Finds the temporal expressions in `tokens` (typically one sentence).
pub fn scan(text: &str, folded: &str, tokens: &[Token], keys: &[u64]) -> Vec<Found> {
    scan_with(text, folded, tokens, keys, &mut Vec::new())
}

/// [`scan`] with a buffer for the tokens' meanings that the caller keeps from one sentence to
/// the next (one allocation for a whole text).
pub fn scan_with(
    text: &str,
    folded: &str,
    tokens: &[Token],
    keys: &[u64],
    meanings: &mut Vec<&'static [DateWord]>,
) -> Vec<Found> {
    let lex = DateLexicon::get();
    meanings.clear();
    meanings
        .extend(tokens.iter().zip(keys).map(|(t, &k)| if t.kind == TokenKind::Word { lex.meanings(k) } else { &[] }));
    let c = Cursor { text, folded, toks: tokens, lex, meanings };
    let word_tokens = tokens.iter().filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).count();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !c.may_start(i) {
            i += 1;
            continue;
        }
        match c.expression(i) {
            Some(mut f) => {
                let bare_year = matches!(f.found.spec, Spec::Calendar { year: Some(_), month: None, .. });
                let named = bare_year
                    && c.is_attribute(f.found.end)
                    && (c.has_context(f.first) || c.determiner_before(f.first));
                if named {
                    // "the 2024 election": a year that names something is not a date of the text.
                    f.found.spec = Spec::Unresolvable(Unresolvable::YearAttribute);
                } else if f.needs_context {
                    let abbreviated = c.month(f.first).is_some_and(|m| m.1);
                    let whole = !abbreviated && c.is_whole(f.first, f.end, word_tokens);
                    if !c.has_context(f.first) && !whole {
                        i += 1;
                        continue;
                    }
                }
                i = f.found.end.max(i + 1);
                out.push(f.found);
            }
            None => i += 1,
        }
    }
    out
}

/// A candidate with the condition under which it stands.
struct Candidate {
    found: Found,
    first: usize,
    end: usize,
    /// A bare month or year stands only after a temporal preposition or as the whole text.
    needs_context: bool,
}

struct Cursor<'a> {
    text: &'a str,
    /// `text` with ASCII letters lowered (same offsets).
    folded: &'a str,
    toks: &'a [Token],
    lex: &'static DateLexicon,
    /// What each token can mean, looked up once.
    meanings: &'a [&'static [DateWord]],
}

/// A parse result inside the grammar: meaning, end token, and whether it is a bare month or
/// year that needs context.
type Parse = (Spec, usize, bool);

impl<'a> Cursor<'a> {
    #[inline]
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    #[inline]
    fn s(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` with ASCII letters lowered, without allocating.
    #[inline]
    fn low(&self, i: usize) -> &'a str {
        self.tok(i).and_then(|t| self.folded.get(t.start()..t.end())).unwrap_or("")
    }

    fn words(&self, i: usize) -> &'static [DateWord] {
        self.meanings.get(i).copied().unwrap_or(&[])
    }

    fn is(&self, i: usize, f: impl Fn(DateWord) -> bool) -> bool {
        self.words(i).iter().any(|&w| f(w))
    }

    fn func(&self, i: usize, f: Function) -> bool {
        self.is(i, |w| w == DateWord::Function(f))
    }

    /// Whether token `i` is `w` in any case (the lengths compared before the text is read).
    #[inline]
    fn lower_is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.len() == w.len()) && self.s(i).eq_ignore_ascii_case(w)
    }

    #[inline]
    fn punct(&self, i: usize, p: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Punct && t.len() == p.len()) && self.s(i) == p
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.s(i), "-" | "\u{2013}" | "\u{2014}")
    }

    fn attached(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::attached)
    }

    /// "to-day", "to-night", "to-morrow": the older spellings, as days from the reference.
    fn hyphenated_deictic(&self, i: usize) -> Option<i64> {
        if !self.lower_is(i, "to") || !self.punct(i + 1, "-") || !self.attached(i + 1) || !self.attached(i + 2) {
            return None;
        }
        // Not inside a longer compound ("to-day-trip", "day-and-to-morrow").
        if self.tok(i + 3).is_some_and(|t| t.attached() && t.kind != TokenKind::Punct || self.punct(i + 3, "-"))
            || i > 0 && self.attached(i) && self.punct(i - 1, "-")
        {
            return None;
        }
        match self.low(i + 2) {
            "day" | "night" => Some(0),
            "morrow" => Some(1),
            _ => None,
        }
    }

    fn number(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i).filter(|t| t.kind == TokenKind::Number)?;
        let s = t.text(self.text);
        if s.len() > 9 {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    /// Skips a full stop glued to an abbreviation ("Aug.", "Wed.").
    fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, ".") && self.attached(i) {
            i + 1
        } else {
            i
        }
    }

    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if self.hyphenated_deictic(i).is_some() {
            return true;
        }
        // Function words ("the", "in", "a") start an expression only with a date word or a
        // number close behind them; checking this first keeps the scan cheap.
        let words = self.words(i);
        if !words.is_empty()
            && words.iter().all(|w| matches!(w, DateWord::Function(_) | DateWord::Hedge | DateWord::Cardinal(1)))
        {
            let core = (i + 1..i + 5).any(|k| {
                self.tok(k).is_some_and(|t| t.kind == TokenKind::Number) || self.core_word(k) || self.that_phrase(k)
            });
            if !core {
                return false;
            }
        }
        match t.kind {
            TokenKind::Number => !self.attached_number_before(i),
            TokenKind::Word if words.is_empty() => self.that_phrase(i) || self.s(i) == "Q",
            // A word that only begins holiday names starts one only when the whole name follows.
            TokenKind::Word => words.iter().any(|&w| w != DateWord::HolidayStart) || self.holiday(i).is_some(),
            _ => false,
        }
    }

    /// Whether token `i` has a meaning of its own in a date: any but a function word or a
    /// hedge, and a word that only begins holiday names ("New", "Presidents") only when the
    /// whole name follows.
    fn core_word(&self, i: usize) -> bool {
        let words = self.words(i);
        if words.iter().all(|&w| w == DateWord::HolidayStart) {
            return !words.is_empty() && self.holiday(i).is_some();
        }
        words.iter().any(|w| !matches!(w, DateWord::Function(_) | DateWord::Hedge))
    }

    /// "that day", "that year", "that same year": the only dates that begin with "that".
    fn that_phrase(&self, i: usize) -> bool {
        self.lower_is(i, "that") && matches!(self.low(i + 1), "day" | "year" | "same")
    }

    /// A number glued to a number or separator before it is inside a longer figure.
    fn attached_number_before(&self, i: usize) -> bool {
        i > 0
            && self.attached(i)
            && self.tok(i - 1).is_some_and(|p| {
                p.kind == TokenKind::Number
                    || (matches!(p.text(self.text), "." | "," | "/" | "-" | ":" | "$" | "€" | "£" | "%" | "+")
                        && i >= 2
                        && self.tok(i - 2).is_some_and(|q| q.kind == TokenKind::Number && self.attached(i - 1)))
                    || matches!(p.text(self.text), "$" | "€" | "£" | "#" | "%")
            })
    }

    /// A temporal preposition or modifier stands before token `i`.
    fn has_context(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else { return false };
        self.words(p).iter().any(|w| {
            matches!(
                w,
                DateWord::Function(
                    Function::In
                        | Function::Since
                        | Function::From
                        | Function::By
                        | Function::During
                        | Function::Of
                        | Function::To
                        | Function::Between
                        | Function::And
                        | Function::On
                ) | DateWord::Before
                    | DateWord::After
                    | DateWord::Part(_)
                    | DateWord::Relative(_)
                    | DateWord::Ago
            )
        }) || matches!(self.s(p), "(" | "-" | "\u{2013}")
            || (p > 0 && self.lower_is(p, "year") && self.lower_is(p - 1, "the"))
    }

    /// The expression covers every word of the text: an isolated phrase.
    fn is_whole(&self, first: usize, end: usize, word_tokens: usize) -> bool {
        let inside = (first..end)
            .filter(|&k| self.tok(k).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)))
            .count();
        inside == word_tokens
    }

    /// "the", "a", "its" before token `i`.
    fn determiner_before(&self, i: usize) -> bool {
        i > 0 && matches!(self.low(i - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that")
    }

    /// A year followed by a noun it names ("the 2024 election", "2024 Olympics").
    fn is_attribute(&self, end: usize) -> bool {
        let Some(t) = self.tok(end) else { return false };
        t.kind == TokenKind::Word
            && self.words(end).is_empty()
            && self.s(end).chars().next().is_some_and(char::is_alphabetic)
            && !self.s(end).eq_ignore_ascii_case("and")
    }

    // ----- atoms ---------------------------------------------------------------------------

    fn month(&self, i: usize) -> Option<(u8, bool, usize)> {
        self.words(i).iter().find_map(|&w| match w {
            DateWord::Month(m) => Some((m, false, i + 1)),
            DateWord::MonthAbbr(m) => Some((m, true, self.skip_dot(i + 1))),
            _ => None,
        })
    }

    fn weekday(&self, i: usize) -> Option<(Weekday, bool, usize)> {
        self.words(i).iter().find_map(|&w| match w {
            DateWord::Weekday(d) => Some((d, false, i + 1)),
            DateWord::WeekdayAbbr(d) => Some((d, true, self.skip_dot(i + 1))),
            _ => None,
        })
    }

    /// A day of the month: "3", "03", "3rd", "third", "twenty-fourth", "twenty fourth".
    fn day(&self, i: usize) -> Option<(u8, bool, usize)> {
        if let Some((n, len)) = self.number(i) {
            if len > 2 || !(1..=31).contains(&n) {
                return None;
            }
            let suffix = self.tok(i + 1).is_some_and(|t| t.attached() && t.kind == TokenKind::Word)
                && matches!(self.low(i + 1), "st" | "nd" | "rd" | "th");
            return Some((n as u8, suffix, if suffix { i + 2 } else { i + 1 }));
        }
        let ord =
            |k: usize| self.words(k).iter().find_map(|&w| if let DateWord::Ordinal(o) = w { Some(o) } else { None });
        let tens = self.words(i).iter().find_map(|&w| match w {
            DateWord::Cardinal(t @ (20 | 30)) => Some(t),
            _ => None,
        });
        if let Some(t) = tens {
            let j = if self.punct(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(o) = ord(j).filter(|o| *o < 10) {
                return Some((t + o, true, j + 1));
            }
        }
        ord(i).filter(|o| (1..=31).contains(o)).map(|o| (o, true, i + 1))
    }

    /// A year: four digits (with an optional era), or two digits where `short_ok`.
    fn year(&self, i: usize, short_ok: bool) -> Option<(i32, usize)> {
        // "'08", "’98": two digits after an apostrophe are a year wherever they stand.
        if matches!(self.s(i), "'" | "\u{2019}") && self.attached(i + 1) {
            let (n, len) = self.number(i + 1)?;
            // Not a decade ("the '90s") or a longer figure.
            let more =
                self.tok(i + 2).is_some_and(|t| t.attached() && matches!(t.kind, TokenKind::Number | TokenKind::Word));
            return (len == 2 && !more).then(|| (two_digit_year(n), i + 2));
        }
        let (n, len) = self.number(i)?;
        if self.punct(i + 1, ":") && self.attached(i + 1) {
            return None;
        }
        let era = self.s(i + 1);
        let (mut y, mut j) = match len {
            4 => (n as i32, i + 1),
            2 if short_ok => (two_digit_year(n), i + 1),
            1..=3 if matches!(era, "AD" | "CE") => (n as i32, i + 1),
            _ => return None,
        };
        match self.s(j) {
            "AD" | "CE" if len <= 4 => {
                y = n as i32;
                j += 1;
            }
            "BE" if len == 4 => {
                y = n as i32 - 543;
                j += 1;
            }
            "BC" | "BCE" => return None,
            _ => {}
        }
        // A year is not the start of a longer figure ("2012-14", "2200-25").
        if self.tok(j).is_some_and(|t| t.attached() && t.kind == TokenKind::Number) {
            return None;
        }
        if (self.punct(j, "-") || self.punct(j, "/") || self.punct(j, "."))
            && self.attached(j)
            && self.number(j + 1).is_some()
            && self.attached(j + 1)
        {
            return None;
        }
        (0..=9999).contains(&y).then_some((y, j))
    }

    /// A count: "3", "three", "a", "a few", "a couple of", "twenty-one".
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((n, len)) = self.number(i) {
            return (len <= 4).then_some((n, i + 1));
        }
        let card =
            |k: usize| self.words(k).iter().find_map(|&w| if let DateWord::Cardinal(c) = w { Some(c) } else { None });
        let c = card(i)?;
        if c == 1 && self.lower_is(i, "a") || self.lower_is(i, "an") {
            // "a few", "a couple of"
            if let Some(c2 @ (2 | 3)) = card(i + 1) {
                let j = if self.func(i + 2, Function::Of) { i + 3 } else { i + 2 };
                return Some((u32::from(c2), j));
            }
        }
        if c >= 20 && c % 10 == 0 {
            let j = if self.punct(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(u) = card(j).filter(|u| (1..10).contains(u)) {
                return Some((u32::from(c + u), j + 1));
            }
        }
        let j =
            if matches!(c, 2) && self.lower_is(i, "couple") && self.func(i + 1, Function::Of) { i + 2 } else { i + 1 };
        Some((u32::from(c), j))
    }

    fn unit(&self, i: usize) -> Option<(Unit, usize)> {
        let u = self.words(i).iter().find_map(|&w| if let DateWord::Unit(u) = w { Some(u) } else { None });
        if let Some(u) = u {
            let abbreviation =
                matches!(self.low(i), "yr" | "yrs" | "qtr" | "qtrs" | "wk" | "wks" | "mo" | "mos" | "min" | "mins");
            return Some((u, if abbreviation { self.skip_dot(i + 1) } else { i + 1 }));
        }
        // "3mo", "1 mon", "3w": abbreviations glued to their number.
        if self.attached(i) || self.lower_is(i, "mon") {
            let u = match self.low(i) {
                "d" => Unit::Day,
                "w" => Unit::Week,
                "mo" | "mon" => Unit::Month,
                "y" => Unit::Year,
                _ => return None,
            };
            return Some((u, i + 1));
        }
        None
    }

    fn relative(&self, i: usize) -> Option<i8> {
        self.words(i).iter().find_map(|&w| if let DateWord::Relative(r) = w { Some(r) } else { None })
    }

    fn part(&self, i: usize) -> Option<Part> {
        self.words(i).iter().find_map(|&w| if let DateWord::Part(p) = w { Some(p) } else { None })
    }

    fn daypart(&self, i: usize) -> Option<DayPart> {
        self.words(i).iter().find_map(|&w| if let DateWord::DayPart(p) = w { Some(p) } else { None })
    }

    /// A clock time to skip inside a date: "11:00:09", "6:30 a.m.", "5pm", "at noon", "EDT".
    fn skip_time(&self, i: usize) -> usize {
        let mut j = i;
        if self.func(j, Function::At) && (self.number(j + 1).is_some() || self.daypart(j + 1).is_some()) {
            j += 1;
        }
        if self.number(j).is_some_and(|(n, len)| len <= 2 && n < 25) {
            let mut k = j + 1;
            while self.punct(k, ":") && self.number(k + 1).is_some() {
                k += 2;
            }
            let ampm = matches!(self.low(k), "am" | "pm" | "a.m." | "p.m.");
            if k > j + 1 || ampm {
                j = if ampm { k + 1 } else { k };
                if self.s(j).len() >= 2 && self.s(j).len() <= 4 && self.s(j).chars().all(|c| c.is_ascii_uppercase()) {
                    j += 1;
                }
            }
        } else if matches!(self.daypart(j), Some(DayPart::Noon | DayPart::Midnight)) {
            j += 1;
        }
        j
    }

    fn holiday(&self, i: usize) -> Option<(HolidayRule, usize)> {
        if !self.is(i, |w| w == DateWord::HolidayStart) {
            return None;
        }
        'outer: for (words, rule) in &self.lex.holidays {
            let mut k = i;
            for w in words {
                // "new year's": the possessive is its own token.
                let (head, poss) = w.strip_suffix("'s").map_or((*w, false), |h| (h, true));
                if !self.lower_is(k, head) {
                    continue 'outer;
                }
                k += 1;
                if poss {
                    if self.tok(k).is_some_and(|t| t.kind == TokenKind::Possessive) {
                        k += 1;
                    } else {
                        continue 'outer;
                    }
                }
            }
            // One-word holidays that are ordinary words need a capital ("Independence" alone is not one).
            // A capitalised word after it makes a name of a place or an event ("Easter Island",
            // "the Easter Rising", "Christmas Island"), unless it is a date word itself.
            let named = self.tok(k).is_some_and(|t| t.kind == TokenKind::Word)
                && self.s(k).starts_with(char::is_uppercase)
                && self.words(k).is_empty();
            if named {
                return None;
            }
            return Some((*rule, k));
        }
        None
    }

    // ----- phrases -------------------------------------------------------------------------

    /// The longest expression starting at token `i`, with its leading preposition.
    fn expression(&self, i: usize) -> Option<Candidate> {
        let mut approx = false;
        let mut j = i;
        // Hedges: "about three weeks ago", "up to", "more than", "as recently as".
        if self.lower_is(j, "as")
            && self.lower_is(j + 2, "as")
            && (self.lower_is(j + 1, "recently") || self.lower_is(j + 1, "early") || self.lower_is(j + 1, "late"))
        {
            j += 3;
            approx = true;
        } else if self.is(j, |w| w == DateWord::Hedge) {
            let k = if matches!(self.low(j + 1), "to" | "than") { j + 2 } else { j + 1 };
            if self.count(k).is_some() {
                j = k;
                approx = true;
            }
        }
        if self.lower_is(j, "back") && self.func(j + 1, Function::In) {
            j += 1;
        }
        let (spec, end, needs_context) = self.with_preposition(j)?;
        // "in June of that year", "in May that year": the year is the one named before.
        let that_year = |k: usize| {
            let k = if self.lower_is(k, "of") { k + 1 } else { k };
            (self.lower_is(k, "that") && self.lower_is(k + 1, "year")).then_some(k + 2)
        };
        let (spec, end, needs_context) = match spec {
            Spec::Calendar { year: None, month: Some(m), day, .. } if that_year(end).is_some() => {
                (Spec::ThatYear { month: Some(m), day }, that_year(end).unwrap_or(end), false)
            }
            other => (other, end, needs_context),
        };
        let approx = approx
            || matches!(spec, Spec::Part(..) | Spec::Decade(_) | Spec::WeekOfMonth(..))
            || matches!(spec, Spec::RelativeUnit(Unit::Weekend, _)) && self.lower_is(j, "over");
        Some(Candidate { found: Found { spec, first: i, end, approx }, first: i, end, needs_context })
    }

    fn with_preposition(&self, i: usize) -> Option<Parse> {
        if self.func(i, Function::Since) {
            let (s, e, _) = self.range(i + 1)?;
            return Some((Spec::Since(Box::new(s)), e, false));
        }
        if self.func(i, Function::Between) {
            let (a, e, _) = self.simple(i + 1)?;
            if self.func(e, Function::And) {
                if let Some((b, e2, _)) = self.range_end(e + 1, &a) {
                    return Some((Spec::Range(Box::new(a), Box::new(b)), e2, false));
                }
            }
            return None;
        }
        if self.func(i, Function::By) {
            if self.s(i + 1).eq_ignore_ascii_case("eom") {
                return Some((Spec::By(Box::new(Spec::RelativeUnit(Unit::Month, 0))), i + 2, false));
            }
            if self.s(i + 1).eq_ignore_ascii_case("eoy") {
                return Some((Spec::By(Box::new(Spec::RelativeUnit(Unit::Year, 0))), i + 2, false));
            }
            if self.func(i + 1, Function::The) && self.part(i + 2) == Some(Part::Late) && self.func(i + 3, Function::Of)
            {
                let (s, e, _) = self.simple(i + 4).or_else(|| self.the_period(i + 4))?;
                return Some((Spec::By(Box::new(s)), e, false));
            }
        }
        if self.lower_is(i, "after") {
            // "after this year": from the next one on.
            if let Some((Spec::RelativeUnit(u, n), e, _)) = self.relative_phrase(i + 1) {
                return Some((Spec::Since(Box::new(Spec::RelativeUnit(u, n + 1))), e, false));
            }
            if let Some((n, unit, e)) = self.amount(i + 1) {
                if !self.continues_as_anchor(e) {
                    return Some((Spec::Since(Box::new(Spec::Offset(n, unit, Anchor::Reference))), e, false));
                }
            }
        }
        if self.func(i, Function::Within) {
            if let Some((_, _, e)) = self.amount(i + 1) {
                return Some((Spec::Duration, e, false));
            }
        }
        if self.func(i, Function::In) {
            if let Some((n, unit, e)) = self.amount(i + 1) {
                // "the first visit by an Iranian president in 11 years", "the worst level in a
                // decade", "their second meeting in two months", "met twice in a week": a span
                // back to the last time, not a day ahead.
                let record = (i.saturating_sub(12)..i).any(|k| {
                    [
                        "first", "last", "only", "highest", "lowest", "worst", "best", "biggest", "largest", "second",
                        "third", "fourth", "fifth", "twice",
                    ]
                    .iter()
                    .any(|w| self.lower_is(k, w))
                });
                if record {
                    return Some((Spec::Duration, e, false));
                }
                if !matches!(unit, Unit::Hour | Unit::Minute) && !self.func(e, Function::Of) {
                    return Some((Spec::Offset(n, unit, Anchor::Reference), e, false));
                }
            }
        }
        let prep = self.func(i, Function::On)
            || self.func(i, Function::In)
            || self.func(i, Function::During)
            || self.func(i, Function::From)
            || self.func(i, Function::At)
            || self.func(i, Function::By)
            || (self.lower_is(i, "over") && self.func(i + 1, Function::The));
        if prep {
            let from = self.func(i, Function::From);
            if let Some((s, e, _)) = self.range(i + 1) {
                return Some((s, e, false));
            }
            if from {
                return None;
            }
        }
        self.range(i)
    }

    /// A date, or a range of two: "May 15-20", "March to April 2024", "Monday to Friday".
    fn range(&self, i: usize) -> Option<Parse> {
        // "12-14 May", "10 - 22 August 2012", "Eighth to eleventh May 2010"
        if let Some((d1, _, j)) = self.day(i) {
            if self.is_dash(j) || self.func(j, Function::To) {
                if let Some((b, e, _)) = self.simple(j + 1) {
                    if let Spec::Calendar { year, month: Some(m), day: Some(_), .. } = b {
                        let a = Spec::Calendar { year, month: Some(m), day: Some(d1), weekday: None };
                        return Some((Spec::Range(Box::new(a), Box::new(b)), e, false));
                    }
                }
            }
        }
        let (a, j, needs) = self.simple(i)?;
        let after_time = self.skip_time(if self.punct(j, ",") { j + 1 } else { j });
        for k in [j, after_time] {
            if self.is_dash(k) || self.func(k, Function::To) {
                match self.range_end(k + 1, &a) {
                    Some((b, e, _)) => {
                        let e = self.skip_time(e);
                        return Some((Spec::Range(Box::new(a), Box::new(b)), e, false));
                    }
                    // "June 10 - 31, 2022": an impossible end spoils the whole range.
                    None if self.impossible_day_end(k + 1, &a) => return None,
                    None => {}
                }
            }
        }
        Some((a, j, needs))
    }

    /// A day number after a range dash that cannot be in the first end's month.
    fn impossible_day_end(&self, i: usize, first: &Spec) -> bool {
        let Spec::Calendar { month: Some(m), day: Some(_), year, .. } = first else { return false };
        let Some((d, _, j)) = self.day(i) else { return false };
        let k = if self.punct(j, ",") { j + 1 } else { j };
        let y = self.year(k, false).map(|y| y.0).or(*year);
        !self.possible(y, *m, d)
    }

    /// The second end of a range; a bare day takes its month from the first ("May 15-20").
    fn range_end(&self, i: usize, first: &Spec) -> Option<Parse> {
        if let Spec::Calendar { month: Some(m), day: Some(_), year, .. } = first {
            if let Some((d, _, j)) = self.day(i).filter(|_| self.numeric(i).is_none()) {
                if self.month(j).is_none()
                    && !(self.is_dash(j) && self.number(j + 1).is_some())
                    && self.possible(*year, *m, d)
                    && !self.punct(j, ":")
                {
                    let mut end = j;
                    let mut y = *year;
                    let after_time = self.skip_time(if self.punct(end, ",") { end + 1 } else { end });
                    for k in [end, end + 1, after_time] {
                        if k == end + 1 && !self.punct(end, ",") {
                            continue;
                        }
                        if let Some((yy, e)) = self.year(k, false) {
                            y = Some(yy);
                            end = e;
                            break;
                        }
                    }
                    if !self.possible(y, *m, d) {
                        return None;
                    }
                    return Some((
                        Spec::Calendar { year: y, month: Some(*m), day: Some(d), weekday: None },
                        end,
                        false,
                    ));
                }
            }
        }
        let b = self.simple(i)?;
        let compatible = matches!(
            (first, &b.0),
            (Spec::Calendar { .. }, Spec::Calendar { .. })
                | (Spec::Weekday(..), Spec::Weekday(..))
                | (Spec::Weekday(..), Spec::Calendar { .. })
                | (Spec::Deictic(_), Spec::Weekday(..))
                | (Spec::Deictic(_), Spec::Deictic(_))
                | (Spec::Calendar { .. }, Spec::Weekday(..))
        );
        compatible.then_some(b)
    }

    /// One date expression without a range.
    fn simple(&self, i: usize) -> Option<Parse> {
        self.numeric(i)
            .or_else(|| self.weekday_phrase(i))
            .or_else(|| self.month_first(i))
            .or_else(|| self.day_first(i))
            .or_else(|| self.deictic(i))
            .or_else(|| self.relative_phrase(i))
            .or_else(|| self.part_phrase(i))
            .or_else(|| self.offset(i))
            .or_else(|| self.quarter(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.the_day_anaphora(i))
            .or_else(|| self.holiday(i).map(|(r, e)| (Spec::Holiday(r), e, false)))
            .or_else(|| self.unresolvable(i))
            .or_else(|| self.duration(i))
            .or_else(|| self.year_first(i))
            .or_else(|| {
                self.year(i, false)
                    .map(|(y, e)| (Spec::Calendar { year: Some(y), month: None, day: None, weekday: None }, e, true))
            })
    }

    /// "2018 March 18".
    fn year_first(&self, i: usize) -> Option<Parse> {
        let (y, j) = self.year(i, false)?;
        let (m, _, k) = self.month(j)?;
        let (d, _, e) = self.day(k)?;
        (self.possible(Some(y), m, d) && !self.year_like(k)).then_some((cal(Some(y), m, d), e, false))
    }

    /// Numeric dates: 2025-07-03, 2025/7/3, 7/3/2025, 3/7/25, 12.15.2016, 7/3, 9/2012, 2012/Aug/10, 09-JAN-2017.
    fn numeric(&self, i: usize) -> Option<Parse> {
        let (a, alen) = self.number(i)?;
        let sep = self.s(i + 1);
        if !matches!(sep, "-" | "/" | ".") || !self.attached(i + 1) || !self.attached(i + 2) {
            return None;
        }
        if i > 0 && self.lower_is(i - 1, "version") || i > 1 && self.lower_is(i - 2, "version") {
            return None;
        }
        // Day and month name: "10-August-2012", "09/JAN/2017"; year first: "2012/Aug/10".
        if let Some((m, _, k)) = self.month(i + 2) {
            if alen == 4 {
                if self.s(k) == sep && self.attached(k) {
                    if let Some((d, _, e)) = self.day(k + 1) {
                        return Some((cal(Some(a as i32), m, d), e, false));
                    }
                }
                return None;
            }
            if alen <= 2 && (1..=31).contains(&a) {
                let k2 = if matches!(self.s(k), "-" | "/") { k + 1 } else { k };
                if let Some((y, e)) = self.year(k2, true) {
                    return Some((cal(Some(y), m, a as u8), e, false));
                }
                return Some((
                    Spec::Calendar { year: None, month: Some(m), day: Some(a as u8), weekday: None },
                    k,
                    false,
                ));
            }
            return None;
        }
        let (b, blen) = self.number(i + 2)?;
        let third = self.s(i + 3) == sep && self.attached(i + 3) && self.attached(i + 4);
        if third {
            let (c, clen) = self.number(i + 4)?;
            let e = i + 5;
            // Longer figures ("1-2-3-4", "80-32-89-89") and version numbers are not dates.
            let time_follows = self.punct(e + 2, ":") && self.attached(e + 2);
            if (matches!(self.s(e), "-" | "/" | ".")
                && self.attached(e)
                && self.number(e + 1).is_some()
                && !time_follows)
                || self.tok(e).is_some_and(|t| t.attached() && t.kind == TokenKind::Number)
            {
                return None;
            }
            if alen == 4 {
                // Y-M-D, or Y-D-M when the month is impossible ("2024/13/1").
                let y = a as i32;
                let d = Date3(y, b, c);
                return d.valid().or_else(|| Date3(y, c, b).valid()).map(|s| (s, e, false));
            }
            let year = match clen {
                4 => c as i32,
                2 => {
                    if c < 50 {
                        2000 + c as i32
                    } else {
                        1900 + c as i32
                    }
                }
                _ => return None,
            };
            if alen > 2 || blen > 2 {
                return None;
            }
            // Month first unless impossible ("13/05/2025" is day first).
            return Date3(year, a, b).valid().or_else(|| Date3(year, b, a).valid()).map(|s| (s, e, false));
        }
        if sep != "/" {
            return None;
        }
        let e = i + 3;
        if self.tok(e).is_some_and(|t| t.attached() && matches!(t.kind, TokenKind::Number | TokenKind::Word))
            || (matches!(self.s(e), "/" | "-" | ".") && self.attached(e) && self.number(e + 1).is_some())
        {
            return None;
        }
        // M/YYYY: "9/2012".
        if blen == 4 && alen <= 2 && (1..=12).contains(&a) {
            return Some((
                Spec::Calendar { year: Some(b as i32), month: Some(a as u8), day: None, weekday: None },
                e,
                false,
            ));
        }
        // M/D or D/M without a year.
        if alen <= 2 && blen <= 2 {
            let (m, d) = if (1..=12).contains(&a) && (1..=31).contains(&b) { (a, b) } else { (b, a) };
            if (1..=12).contains(&m) && d >= 1 && u32::from(super::civil::days_in_month(2024, m as u8)) >= d {
                return Some((
                    Spec::Calendar { year: None, month: Some(m as u8), day: Some(d as u8), weekday: None },
                    e,
                    false,
                ));
            }
        }
        None
    }

    /// "July 3, 2025", "July 3rd", "Aug. 1, 2019", "March 2024", "March", "May twenty-fourth",
    /// "february the 15th", "Oct 26 11:00:09 2023".
    fn month_first(&self, i: usize) -> Option<Parse> {
        let (m, abbr, j) = self.month(i)?;
        // "May" the modal verb and the name: a bare "May" needs context like any bare month.
        let k = if self.func(j, Function::The) && self.day(j + 1).is_some_and(|(_, ord, _)| ord) { j + 1 } else { j };
        let k = if self.punct(k, ",") && self.day(k + 1).is_some() && !self.year_like(k + 1) { k + 1 } else { k };
        if let Some((d, _, mut e)) = self.day(k).filter(|_| !self.year_like(k)) {
            if !self.possible(None, m, d) {
                return None;
            }
            // Not a time ("May 5:30") and not a figure ("March 1,400"); a colon that ends a
            // dateline ("NEW DELHI, Feb 12: The ...") is no time.
            if (self.punct(e, ":") && self.attached(e + 1) && self.number(e + 1).is_some())
                || (self.punct(e, ",") && self.attached(e) && self.attached(e + 1) && self.number(e + 1).is_some())
            {
                return None;
            }
            let mut year = None;
            let after_time = self.skip_time(if self.punct(e, ",") { e + 1 } else { e });
            // The year right after the day ("Aug 9, 96"), or after a clock time ("Oct 26 11:00:09 2023").
            let comma = |k: usize| if self.punct(k, ",") { k + 1 } else { k };
            let cands = [(e, true), (comma(e), true), (after_time, false), (comma(after_time), false)];
            for (start, short_ok) in cands {
                if start == e && self.punct(e, ",") {
                    continue;
                }
                if let Some((y, ye)) = self.year(start, true) {
                    let short = self.number(start).is_some_and(|(_, l)| l == 2);
                    if !short || short_ok {
                        year = Some(y);
                        e = ye;
                        break;
                    }
                }
            }
            if !self.possible(year, m, d) {
                return None;
            }
            // "September 5 last year".
            if let Some((years, end)) = self.year_counted(e).filter(|_| year.is_none()) {
                return Some((Spec::MonthOfYear { month: m, day: Some(d), years }, end, false));
            }
            return Some((Spec::Calendar { year, month: Some(m), day: Some(d), weekday: None }, e, false));
        }
        // "March 2024", "Aug 96", "August, 2012".
        let k = if self.punct(j, ",") { j + 1 } else { j };
        if let Some((y, e)) = self.year(k, abbr || self.tok(k).is_some_and(|t| t.space_before)) {
            return Some((Spec::Calendar { year: Some(y), month: Some(m), day: None, weekday: None }, e, false));
        }
        // "May last year", "March of next year", "June this year".
        if let Some((years, end)) = self.year_counted(j) {
            return Some((Spec::MonthOfYear { month: m, day: None, years }, end, false));
        }
        // "March after next", "next March".
        if self.lower_is(j, "after") && self.lower_is(j + 1, "next") {
            return Some((Spec::MonthRelative(m, 2), j + 2, false));
        }
        let capital = self.s(i).chars().next().is_some_and(char::is_uppercase);
        if m == 5 && !capital && !abbr {
            // "may" in lower case is the verb.
            return None;
        }
        Some((Spec::Calendar { year: None, month: Some(m), day: None, weekday: None }, j, true))
    }

    /// "last year" (-1), "of next year" (1), "this year" (0) from token `j`: the year counted
    /// from the reference's, and the token after it.
    fn year_counted(&self, j: usize) -> Option<(i8, usize)> {
        let y = if self.func(j, Function::Of) { j + 1 } else { j };
        let year_word = self.words(y + 1).iter().any(|w| matches!(w, DateWord::Unit(Unit::Year)));
        if !year_word || self.tok(y + 1).is_some_and(|t| t.text(self.text).ends_with('s')) {
            return None;
        }
        let r = match self.low(y) {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return None,
        };
        Some((r, y + 2))
    }

    /// Whether the day exists (February 29 without a year may be a leap day).
    fn possible(&self, year: Option<i32>, m: u8, d: u8) -> bool {
        d <= super::civil::days_in_month(year.unwrap_or(2024), m)
    }

    /// True when the number at `i` reads as a year rather than a day.
    fn year_like(&self, i: usize) -> bool {
        self.number(i).is_some_and(|(_, len)| len == 4)
    }

    /// "3 July 2025", "the 15th of March", "15 of february", "Twenty-fourth of May", "24th October",
    /// "the 15th", "on the 15", "4th of July".
    fn day_first(&self, i: usize) -> Option<Parse> {
        let the = self.func(i, Function::The);
        let start = if the { i + 1 } else { i };
        let (d, ordinal, j) = self.day(start)?;
        if self.number(start).is_some_and(|(_, l)| l > 2) {
            return None;
        }
        let k = if self.func(j, Function::Of) { j + 1 } else { j };
        let k = if self.is_dash(k) && self.attached(k) && self.month(k + 1).is_some() { k + 1 } else { k };
        if let Some((m, _, e)) = self.month(k) {
            let mut end = e;
            let mut year = None;
            let yk = if self.punct(e, ",") || (self.is_dash(e) && self.attached(e)) { e + 1 } else { e };
            if let Some((y, ye)) = self.year(yk, true) {
                year = Some(y);
                end = ye;
            }
            if !self.possible(year, m, d) {
                return None;
            }
            // "5 September last year".
            if let Some((years, after)) = self.year_counted(end).filter(|_| year.is_none()) {
                return Some((Spec::MonthOfYear { month: m, day: Some(d), years }, after, false));
            }
            return Some((Spec::Calendar { year, month: Some(m), day: Some(d), weekday: None }, end, false));
        }
        // "the 15th", "on the 15": a day of the current month.
        let numeric_ordinal = ordinal && self.number(start).is_some();
        if the
            && (numeric_ordinal || i > 0 && self.func(i - 1, Function::On))
            && self.unit(j).is_none()
            && !self.is_attribute(j)
        {
            return Some((Spec::Calendar { year: None, month: None, day: Some(d), weekday: None }, j, false));
        }
        None
    }

    /// Weekday phrases: "Friday", "last Friday", "next Tuesday", "this Friday afternoon",
    /// "Friday of next week", "Tuesday, next week", "Friday after next", "late Friday",
    /// "Tuesday the 19th", "Sunday, March 6, 2016".
    fn weekday_phrase(&self, i: usize) -> Option<Parse> {
        let (rel, start) = match self.relative(i) {
            Some(-1) if !self.lower_is(i, "prior") => (WeekdayRel::Last, i + 1),
            Some(0) => (WeekdayRel::This, i + 1),
            Some(1) if matches!(self.low(i), "next" | "coming") => (WeekdayRel::Next, i + 1),
            _ => match self.part(i) {
                Some(Part::Early | Part::Late) if !self.func(i + 1, Function::Of) => (WeekdayRel::Bare, i + 1),
                _ if self.lower_is(i, "overnight") => (WeekdayRel::Bare, i + 1),
                _ => (WeekdayRel::Bare, i),
            },
        };
        let (wd, abbr, mut j) = self.weekday(start)?;
        if abbr && !self.abbreviated_weekday_ok(start, j) {
            return None;
        }
        // A date after the weekday wins: "Sunday, March 6, 2016", "Tuesday 11/3/2015", "Tuesday the 19th".
        if rel == WeekdayRel::Bare {
            let k = if self.punct(j, ",") { j + 1 } else { j };
            if let Some((Spec::Calendar { year, month, day, .. }, e, _)) = self
                .numeric(k)
                .or_else(|| self.month_first(k).filter(|p| matches!(p.0, Spec::Calendar { day: Some(_), .. })))
                .or_else(|| self.day_first(k))
            {
                return Some((Spec::Calendar { year, month, day, weekday: Some(wd) }, e, false));
            }
            if let Some((d, _, e)) = self.day(k).filter(|_| !self.year_like(k)) {
                if self.unit(e).is_none() && !self.punct(e, ":") && self.month(e).is_none() {
                    return Some((
                        Spec::Calendar { year: None, month: None, day: Some(d), weekday: Some(wd) },
                        e,
                        false,
                    ));
                }
            }
        }
        let mut rel = rel;
        if let Some(p) = self.daypart(j) {
            if !matches!(p, DayPart::Noon | DayPart::Midnight) {
                j += 1;
            }
        }
        // "Friday of next week", "Tuesday, next week", "Friday next week", "Friday after next".
        let k = if self.func(j, Function::Of) || self.punct(j, ",") { j + 1 } else { j };
        if let Some(r) = self.relative(k) {
            if self.lower_is(k + 1, "week") && rel == WeekdayRel::Bare {
                rel = WeekdayRel::Week(r);
                j = k + 2;
            }
        } else if self.lower_is(j, "after") && self.lower_is(j + 1, "next") && rel == WeekdayRel::Bare {
            rel = WeekdayRel::AfterNext;
            j += 2;
        }
        if let Some(p) = self.daypart(j) {
            if !matches!(p, DayPart::Noon | DayPart::Midnight) {
                j += 1;
            }
        }
        // "on Wednesday night (12)", "on Saturday (15)": the day of the month in brackets.
        if rel == WeekdayRel::Bare && self.punct(j, "(") {
            if let Some((d, _, e)) = self.day(j + 1).filter(|_| !self.year_like(j + 1)) {
                if self.punct(e, ")") {
                    let spec = Spec::Calendar { year: None, month: None, day: Some(d), weekday: Some(wd) };
                    return Some((spec, e + 1, false));
                }
            }
        }
        Some((Spec::Weekday(wd, rel), j, false))
    }

    /// "sat", "sun", "wed" are words too: abbreviated weekdays need a dot, a capital, a date
    /// after them, or to be the whole phrase.
    fn abbreviated_weekday_ok(&self, i: usize, after: usize) -> bool {
        let dotted = after > i + 1;
        let capital = self.s(i).chars().next().is_some_and(char::is_uppercase);
        let date_follows = self.day(if self.punct(after, ",") { after + 1 } else { after }).is_some()
            || self.month(if self.punct(after, ",") { after + 1 } else { after }).is_some();
        let alone = self.toks.iter().filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).count() == 1;
        let qualified = i > 0 && (self.relative(i - 1).is_some() || self.func(i - 1, Function::On));
        dotted
            || date_follows
            || alone
            || (capital && qualified)
            || (capital && !matches!(self.s(i), "Sun" | "Sat" | "Wed" | "Mon"))
    }

    /// "today", "tonight", "yesterday afternoon", "last night", "this morning",
    /// "the day after tomorrow", "yesterday (Friday)".
    fn deictic(&self, i: usize) -> Option<Parse> {
        if let Some(d) = self.hyphenated_deictic(i) {
            let j = if self.daypart(i + 3).is_some() { i + 4 } else { i + 3 };
            return Some((Spec::Deictic(d), j, false));
        }
        let d = self.words(i).iter().find_map(|&w| if let DateWord::Deictic(d) = w { Some(d) } else { None });
        if let Some(d) = d {
            let mut j = i + 1;
            if self.daypart(j).is_some() {
                j += 1;
            }
            // "yesterday (Friday)": the weekday names the day meant.
            if self.punct(j, "(") {
                if let Some((wd, _, k)) = self.weekday(j + 1) {
                    if self.punct(k, ")") {
                        return Some((Spec::Weekday(wd, WeekdayRel::OnOrBefore(d)), k + 1, false));
                    }
                }
                // "today (30 November)": the date in brackets says which day.
                if let Some((spec @ Spec::Calendar { day: Some(_), .. }, k, _)) =
                    self.numeric(j + 1).or_else(|| self.day_first(j + 1)).or_else(|| self.month_first(j + 1))
                {
                    if self.punct(k, ")") {
                        return Some((spec, k + 1, false));
                    }
                }
            }
            let d = if self.lower_is(i, "overnight") && self.weekday(i + 1).is_some() { return None } else { d };
            return Some((Spec::Deictic(i64::from(d)), j, false));
        }
        // "the day after tomorrow", "the day before yesterday"
        if self.func(i, Function::The) && self.lower_is(i + 1, "day") {
            let dir = if self.is(i + 2, |w| w == DateWord::After) {
                1
            } else if self.is(i + 2, |w| w == DateWord::Before) {
                -1
            } else {
                0
            };
            if dir != 0 {
                if let Some(&DateWord::Deictic(d)) = self.words(i + 3).first() {
                    return Some((Spec::Deictic(i64::from(d) + dir), i + 4, false));
                }
            }
        }
        match self.relative(i) {
            Some(0)
                if self
                    .daypart(i + 1)
                    .is_some_and(|p| matches!(p, DayPart::Morning | DayPart::Afternoon | DayPart::Evening)) =>
            {
                Some((Spec::Deictic(0), i + 2, false))
            }
            Some(-1)
                if self.lower_is(i, "last")
                    && self.daypart(i + 1).is_some_and(|p| matches!(p, DayPart::Night | DayPart::Evening)) =>
            {
                Some((Spec::Deictic(-1), i + 2, false))
            }
            _ => None,
        }
    }

    /// "this week", "last month", "next year", "the following week", "past week", "last weekend",
    /// "next March", "last summer", "the last two weeks", "next few days".
    fn relative_phrase(&self, i: usize) -> Option<Parse> {
        let the = self.func(i, Function::The);
        let r0 = if the { i + 1 } else { i };
        if the && self.unit(r0).is_some_and(|u| u.0 == Unit::Weekend) {
            return Some((Spec::RelativeUnit(Unit::Weekend, 0), r0 + 1, false));
        }
        let r = self.relative(r0)?;
        let j = r0 + 1;
        // "the last two weeks", "next 3 days", "past 2 days"
        if let Some((n, k)) = self.count(j) {
            if !self.lower_is(j, "a") && !self.lower_is(j, "an") {
                if let Some((u, e)) = self.unit(k) {
                    if !matches!(u, Unit::Hour | Unit::Minute) && r != 0 {
                        let n = i64::from(n);
                        return Some((Spec::Span(u, if r < 0 { -n } else { n }), e, false));
                    }
                }
            }
        }
        if self.lower_is(j, "weekday") && r != 0 {
            return Some((Spec::Workday(r), j + 1, false));
        }
        if let Some((u, e)) = self.unit(j) {
            if matches!(u, Unit::Hour | Unit::Minute | Unit::Decade) {
                return None;
            }
            // "in the coming days", "over the past weeks": a few of them, counted from the
            // article's date ("the following days" after a date read from the text too).
            let plural = e == j + 1 && self.low(j).ends_with('s') && self.low(j) != "days'";
            if plural && r != 0 && matches!(u, Unit::Day | Unit::Week | Unit::Month) {
                return Some((Spec::Span(u, 3 * i64::from(r)), e, false));
            }
            // "the next day", "the following week", "the previous day" after a date read from the text.
            if the && u == Unit::Day && r != 0 {
                return Some((Spec::Anaphoric(i64::from(r)), e, false));
            }
            return Some((Spec::RelativeUnit(u, i64::from(r)), e, false));
        }
        // "the next morning", "the following evening": a part of the day after a date read from
        // the text.
        if the && r != 0 && matches!(self.low(j), "morning" | "afternoon" | "evening" | "night") {
            return Some((Spec::Anaphoric(i64::from(r)), j + 1, false));
        }
        if let Some((m, abbr, e)) = self.month(j) {
            if !abbr && r != 0 {
                // "next March", "last March": the month's next or previous occurrence.
                return Some((Spec::MonthRelative(m, r), e, false));
            }
        }
        if self.is(j, |w| w == DateWord::Season) {
            return Some((Spec::Unresolvable(Unresolvable::Season), j + 1, false));
        }
        if self.is(j, |w| w == DateWord::Lunar) {
            return Some((Spec::Unresolvable(Unresolvable::Lunar), j + 1, false));
        }
        None
    }

    /// "the period" after "the end of", "the beginning of": "the year", "the month", "the week".
    fn the_period(&self, i: usize) -> Option<Parse> {
        if self.func(i, Function::The) {
            if let Some((u, e)) = self.unit(i + 1) {
                if matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter) {
                    return Some((Spec::RelativeUnit(u, 0), e, false));
                }
            }
        }
        None
    }

    /// "early last year", "mid-March", "late this month", "the end of last year",
    /// "beginning of the month", "earlier this month", "late last week".
    fn part_phrase(&self, i: usize) -> Option<Parse> {
        let the = self.func(i, Function::The);
        let p0 = if the { i + 1 } else { i };
        let part = self.part(p0)?;
        let mut j = p0 + 1;
        // "the end of last year", "mid-March"
        if self.func(j, Function::Of) || self.punct(j, "-") && self.attached(j) {
            j += 1;
        }
        // "earlier this month", "later this week"
        let inner = self
            .the_period(j)
            .or_else(|| self.relative_phrase(j).filter(|p| matches!(p.0, Spec::RelativeUnit(..))))
            .or_else(|| self.month_first(j).map(|(s, e, _)| (s, e, false)))
            .or_else(|| {
                self.year(j, false)
                    .map(|(y, e)| (Spec::Calendar { year: Some(y), month: None, day: None, weekday: None }, e, false))
            })
            .or_else(|| if self.func(j, Function::The) { self.decade(j + 1) } else { None });
        let (spec, e, _) = inner?;
        if matches!(part, Part::Earlier | Part::Later) && !matches!(spec, Spec::RelativeUnit(_, 0)) {
            return None;
        }
        Some((Spec::Part(part, Box::new(spec)), e, false))
    }

    /// An amount of time: "three weeks", "a few days", "5 months", "a fortnight", "2 weeks 3 days".
    fn amount(&self, i: usize) -> Option<(i64, Unit, usize)> {
        if self.lower_is(i, "a") && self.lower_is(i + 1, "fortnight") || self.lower_is(i, "fortnight") {
            let e = if self.lower_is(i, "a") { i + 2 } else { i + 1 };
            return Some((2, Unit::Week, e));
        }
        let (n, j) = self.count(i)?;
        let j = if self.punct(j, "-") && self.attached(j) { j + 1 } else { j };
        let (u, e) = self.unit(j)?;
        let n = i64::from(n);
        let (n, u) = match u {
            Unit::Fortnight => (n * 2, Unit::Week),
            Unit::Decade => (n * 10, Unit::Year),
            u => (n, u),
        };
        Some((n, u, e))
    }

    /// True when the words after an offset name an anchor ("a week before March 10").
    fn continues_as_anchor(&self, i: usize) -> bool {
        self.simple(i).is_some()
    }

    /// "three weeks ago", "7 days hence", "two days later", "a week before March 10",
    /// "2 days after next Friday", "3 years from today", "5-day-old", "in a week".
    fn offset(&self, i: usize) -> Option<Parse> {
        let (n, unit, j) = self.amount(i)?;
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Weekend) {
            return None;
        }
        // "5-day-old"
        if self.punct(j, "-") && self.lower_is(j + 1, "old") && self.number(i).is_some() {
            return Some((Spec::Offset(-n, unit, Anchor::Reference), j + 2, false));
        }
        let w = self.words(j);
        if w.contains(&DateWord::Ago) && !self.lower_is(j, "back") || self.lower_is(j, "ago") {
            return Some((Spec::Offset(-n, unit, Anchor::Reference), j + 1, false));
        }
        if self.lower_is(j, "hence") {
            return Some((Spec::Offset(n, unit, Anchor::Reference), j + 1, false));
        }
        if self.lower_is(j, "later") || self.lower_is(j, "afterwards") {
            return Some((Spec::Offset(n, unit, Anchor::Previous), j + 1, false));
        }
        if self.lower_is(j, "earlier") {
            return Some((Spec::Offset(-n, unit, Anchor::Previous), j + 1, false));
        }
        if self.lower_is(j, "from") && (self.lower_is(j + 1, "now") || self.lower_is(j + 1, "today")) {
            return Some((Spec::Offset(n, unit, Anchor::Reference), j + 2, false));
        }
        let before = w.contains(&DateWord::Before);
        let after = w.contains(&DateWord::After);
        if before || after {
            let sign = if before { -1 } else { 1 };
            if let Some((anchor, e, _)) = self.simple(j + 1) {
                if !matches!(anchor, Spec::Duration | Spec::Unresolvable(_)) {
                    return Some((Spec::Offset(sign * n, unit, Anchor::Date(Box::new(anchor))), e, false));
                }
            }
            return Some((Spec::Offset(sign * n, unit, Anchor::Event), j + 1, false));
        }
        None
    }

    /// "Q2 2023", "third quarter", "the 3rd qtr", "4th quarter 2018", "first quarter of 2024".
    fn quarter(&self, i: usize) -> Option<Parse> {
        if self.s(i) == "Q" {
            let (q, _) = self.number(i + 1).filter(|(q, _)| (1..=4).contains(q) && self.attached(i + 1))?;
            let (y, e) = self.year(i + 2, true).map_or((None, i + 2), |(y, e)| (Some(y), e));
            return Some((Spec::Quarter(q as u8, y), e, false));
        }
        let start = if self.func(i, Function::The) { i + 1 } else { i };
        let (q, _, j) = self.day(start)?;
        if !(1..=4).contains(&q) || self.unit(j).map(|u| u.0) != Some(Unit::Quarter) {
            return None;
        }
        let e = self.skip_dot(j + 1);
        let k = if self.func(e, Function::Of) { e + 1 } else { e };
        let (y, e) = self.year(k, false).map_or((None, e), |(y, e2)| (Some(y), e2));
        Some((Spec::Quarter(q, y), e, false))
    }

    /// "the 1990s", "1990s".
    fn decade(&self, i: usize) -> Option<Parse> {
        let start = if self.func(i, Function::The) { i + 1 } else { i };
        let (y, len) = self.number(start)?;
        if len == 4 && y % 10 == 0 && self.attached(start + 1) && self.s(start + 1) == "s" {
            return Some((Spec::Decade(y as i32), start + 2, false));
        }
        None
    }

    /// "the day before", "the day after", "that day", "the same day": dates read from the text
    /// before (or from an event: "the day after the vote").
    fn the_day_anaphora(&self, i: usize) -> Option<Parse> {
        // "the night before", "the evening after": a part of the day before or after.
        let part = |k: usize| matches!(self.low(k), "night" | "evening" | "morning" | "afternoon");
        // (Not "in the morning before proceeding to": "before" opens a clause there.)
        let ends = |k: usize| {
            self.tok(k).is_none_or(|t| t.kind != TokenKind::Word)
                || matches!(self.low(k), "for" | "in" | "at" | "on" | "and" | "but" | "when" | "with" | "to" | "from")
        };
        if self.lower_is(i, "the") && part(i + 1) && ends(i + 3) {
            if self.is(i + 2, |w| w == DateWord::After) {
                return Some((Spec::Anaphoric(1), i + 3, false));
            }
            if self.is(i + 2, |w| w == DateWord::Before) {
                return Some((Spec::Anaphoric(-1), i + 3, false));
            }
        }
        if (self.lower_is(i, "that") || self.lower_is(i, "the")) && self.lower_is(i + 1, "day") {
            if self.lower_is(i, "that") {
                return Some((Spec::Anaphoric(0), i + 2, false));
            }
            if self.lower_is(i + 2, "same") {
                return None;
            }
            let dir = if self.is(i + 2, |w| w == DateWord::After) {
                1
            } else if self.is(i + 2, |w| w == DateWord::Before) {
                -1
            } else {
                return None;
            };
            // "the day after the vote": the anchor is an event.
            if self.func(i + 3, Function::The)
                || self.tok(i + 3).is_some_and(|t| t.kind == TokenKind::Word && self.words(i + 3).is_empty())
            {
                return Some((Spec::Offset(dir, Unit::Day, Anchor::Event), i + 3, false));
            }
            return Some((Spec::Anaphoric(dir), i + 3, false));
        }
        if self.func(i, Function::The) && self.lower_is(i + 1, "same") && self.lower_is(i + 2, "day") {
            return Some((Spec::Anaphoric(0), i + 3, false));
        }
        // "that year", "that same year", "the same year".
        let same = usize::from(self.lower_is(i + 1, "same"));
        if (self.lower_is(i, "that") || self.func(i, Function::The) && same == 1) && self.lower_is(i + 1 + same, "year")
        {
            return Some((Spec::ThatYear { month: None, day: None }, i + 2 + same, false));
        }
        None
    }

    /// Expressions with no calendar value: seasons, lunar holidays, "soon", "the second half of 2022",
    /// "the summer of 2020", "spring 2019".
    fn unresolvable(&self, i: usize) -> Option<Parse> {
        let the = self.func(i, Function::The);
        let k = if the { i + 1 } else { i };
        if self.is(k, |w| matches!(w, DateWord::Season | DateWord::Lunar)) {
            let why = if self.is(k, |w| w == DateWord::Season) { Unresolvable::Season } else { Unresolvable::Lunar };
            // "fall" is not listed; "spring" and "summer" alone are words too: need a year, "the", or "this/last".
            let mut e = k + 1;
            if self.func(e, Function::Of) && self.year(e + 1, false).is_some() {
                e = self.year(e + 1, false).map_or(e, |y| y.1);
            } else if let Some((_, ye)) = self.year(e, false) {
                e = ye;
            } else if !the && why == Unresolvable::Season && !(i > 0 && self.has_context(i)) {
                return None;
            }
            return Some((Spec::Unresolvable(why), e, false));
        }
        if self.is(k, |w| w == DateWord::Vague) {
            if self.lower_is(k, "anniversary") && !the {
                return None;
            }
            return Some((Spec::Unresolvable(Unresolvable::Vague), k + 1, false));
        }
        // "the second half of 2022", "the first half of the year"
        if the
            && self.day(k).is_some_and(|(n, _, _)| n <= 2)
            && self.lower_is(k + 1, "half")
            && self.func(k + 2, Function::Of)
        {
            let e = self.year(k + 3, false).map(|y| y.1).or_else(|| self.the_period(k + 3).map(|p| p.1))?;
            return Some((Spec::Unresolvable(Unresolvable::Half), e, false));
        }
        // "the first week of June", "third week of April"
        let start = if the { k } else { i };
        if let Some((n, _, j)) = self
            .day(start)
            .filter(|d| d.0 <= 5 && d.1)
            .or_else(|| self.lower_is(start, "last").then_some((0, true, start + 1)))
        {
            if self.lower_is(j, "week") && self.func(j + 1, Function::Of) {
                if let Some((m, _, e)) = self.month(j + 2) {
                    let (y, e) = self.year(e, false).map_or((None, e), |(y, e2)| (Some(y), e2));
                    let n = if n == 0 { -1 } else { n as i8 };
                    return Some((Spec::WeekOfMonth(n, m, y), e, false));
                }
            }
        }
        None
    }

    /// "three days of clashes", "six weeks", "1 hour and 15 minutes": lengths, not dates.
    fn duration(&self, i: usize) -> Option<Parse> {
        if self.lower_is(i, "a") || self.lower_is(i, "an") {
            return None;
        }
        let (_, unit, mut e) = self.amount(i)?;
        // "3y", "5d" glued to their number are not durations of news text.
        if matches!(unit, Unit::Weekend) || self.attached(e - 1) {
            return None;
        }
        // "1 hour and 15 minutes"
        if self.func(e, Function::And) {
            if let Some((_, _, e2)) = self.amount(e + 1) {
                e = e2;
            }
        }
        // Durations in hours and minutes are not reported.
        if matches!(unit, Unit::Hour | Unit::Minute) {
            return None;
        }
        Some((Spec::Duration, e, false))
    }
}

/// A numeric year-month-day triple to validate.
struct Date3(i32, u32, u32);

impl Date3 {
    fn valid(&self) -> Option<Spec> {
        let (m, d) = (u8::try_from(self.1).ok()?, u8::try_from(self.2).ok()?);
        super::civil::Date::new(self.0, m, d).map(|_| cal(Some(self.0), m, d))
    }
}

fn cal(year: Option<i32>, month: u8, day: u8) -> Spec {
    Spec::Calendar { year, month: Some(month), day: Some(day), weekday: None }
}

/// The year of two digits ("'08", "Aug 96"): 2000-2049 below 50, else 1950-1999.
fn two_digit_year(n: u32) -> i32 {
    if n < 50 {
        2000 + n as i32
    } else {
        1900 + n as i32
    }
}
