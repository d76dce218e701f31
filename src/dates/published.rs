//! Where the article's own date comes from when the caller gives none: a date line under the
//! headline ("June 9, 2018", "MOSCOW, July 3, 2025 (Reuters) -"), a release's sign-off at its
//! end ("Paris, 8 October 2020"), or the date of an embedded social-media post.

use super::civil::Date;
use super::grammar::{self, Found, Spec, WeekdayRel};
use super::resolve::{self, Context, Direction, Precision};
use crate::text::{Document, TokenKind};

/// Where the publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Given by the caller.
    Given,
    /// Read from the page's metadata (the browser side).
    Metadata,
    /// A date line at the top of the text, or a release's sign-off at its end.
    Dateline,
    /// The date of an embedded post.
    Embedded,
}

impl Source {
    /// The source's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Given => "given",
            Source::Metadata => "metadata",
            Source::Dateline => "dateline",
            Source::Embedded => "embedded",
        }
    }
}

/// The first full date (day, month and year) among `found`, with its number of tokens.
fn full_date(found: &[Found]) -> Option<(Date, usize)> {
    found.iter().find_map(|f| match f.spec {
        Spec::Calendar { year: Some(y), month: Some(m), day: Some(d), .. } => {
            Some((Date::new(y, m, d)?, f.end - f.first))
        }
        _ => None,
    })
}

/// Whether `toks` hold a lower-case word other than those of a date line ("Media release 22
/// August 2018", "Published on ..."): a sentence that tells of a date ("It will end on 12 March
/// 2024."), not a line that only gives one.
fn tells(doc: &Document<'_>, toks: &[crate::text::Token]) -> bool {
    toks.iter().filter(|t| t.kind == crate::text::TokenKind::Word).any(|t| {
        let w = t.text(doc.text);
        w.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                w,
                "on" | "of" | "the" | "at" | "release" | "statement" | "issued" | "published" | "updated" | "posted"
            )
    })
}

/// The full date in sentence `i`, with its number of words, and whether the sentence is little
/// more than that date (it covers half the words, and no other word tells of it).
fn sentence_date(doc: &Document<'_>, scans: &[Vec<Found>], i: usize) -> Option<(Date, usize, bool)> {
    let toks = doc.sentence_tokens(i);
    let words = toks.iter().filter(|t| t.kind != crate::text::TokenKind::Punct).count();
    let (date, covered) = full_date(scans.get(i)?)?;
    Some((date, words, covered * 2 >= words && !tells(doc, toks)))
}

/// Finds the publication date in the text itself; `scans` holds what [`grammar::scan`] found in
/// each sentence.
pub fn infer(doc: &Document<'_>, scans: &[Vec<Found>]) -> Option<(Date, Source)> {
    // A date line: one of the first sentences that is little more than a full date, or that
    // opens with a wire's dateline ("MOSCOW, July 3 (Reuters) -").
    for (i, s) in doc.sentences.iter().enumerate().take(4) {
        let Some((date, _, only_date)) = sentence_date(doc, scans, i) else { continue };
        let wire =
            doc.slice(s.start, s.end).split(" - ").next().is_some_and(|head| head.len() < 80 && head.contains('('));
        let capitals = doc.sentence_tokens(i).first().is_some_and(|t| {
            let w = t.text(doc.text);
            w.len() > 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        });
        if only_date || wire || capitals {
            return Some((date, Source::Dateline));
        }
    }
    // A wire's dateline without a year: the year the text tells.
    if let Some(date) = dateline_year(doc, scans) {
        return Some((date, Source::Dateline));
    }
    // A sign-off at the end of a release: "Paris, 8 October 2020", "Issued on 3 June 2022".
    let n = doc.sentences.len();
    for i in (n.saturating_sub(2)..n).rev() {
        if let Some((date, words, true)) = sentence_date(doc, scans, i) {
            if words <= 6 {
                return Some((date, Source::Dateline));
            }
        }
    }
    // The latest dated embedded post.
    doc.posts
        .iter()
        .filter_map(|p| {
            let (a, b) = p.date?;
            let first = doc.tokens_before(a);
            let span = first..doc.token_at(b).max(first);
            let found = grammar::scan(doc.text, &doc.lower, doc.tokens.get(span.clone())?, doc.keys.get(span)?);
            full_date(&found).map(|d| d.0)
        })
        .max()
        .map(|d| (d, Source::Embedded))
}

/// The found date of the dateline in sentence `i` (one of the first): up to four capitalised
/// place words and a comma before it, a dash or a wire's name in brackets after it ("BUCHAREST,
/// April 4 (Kyiv Post) -", "TASHKENT, Jan. 4. -").
fn dateline_found<'f>(doc: &Document<'_>, scans: &'f [Vec<Found>], i: usize) -> Option<&'f Found> {
    let f = scans.get(i)?.first()?;
    let toks = doc.sentence_tokens(i);
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(doc.text));
    let comma = f.first.checked_sub(1)?;
    let place = toks.get(..comma).unwrap_or(&[]);
    // "CLARK AIR BASE, Philippines, Feb. 12 —": the place may name its country after a comma.
    let commas = place.iter().filter(|t| t.text(doc.text) == ",").count();
    let placed = !place.is_empty()
        && place.len() <= 4 + 3 * commas
        && commas <= 1
        && place.first().is_some_and(|t| t.kind == TokenKind::Word)
        && place.iter().all(|t| {
            t.text(doc.text) == "," || t.kind == TokenKind::Word && t.text(doc.text).starts_with(char::is_uppercase)
        })
        && word(comma) == ",";
    let after = if word(f.end) == "." { f.end + 1 } else { f.end };
    // The dash may open the next sentence ("TASHKENT, Jan. 4. - The ...").
    let next = || doc.sentence_tokens(i + 1).first().map_or("", |t| t.text(doc.text));
    // Or the dateline is a line of its own ("BELGRADE, June 29." above the story).
    let own_line = after >= toks.len() && doc.sentence_tokens(i + 1).first().is_none_or(|t| t.newlines_before >= 1);
    let closed = own_line
        || matches!(
            if after < toks.len() { word(after) } else { next() },
            // ("Azerbaijan, Baku, Oct. 11 / Trend /": a wire's name between slashes.)
            "-" | "--" | "\u{2013}" | "\u{2014}" | "(" | ":" | "/"
        );
    (placed && closed).then_some(f)
}

/// The date of a wire's dateline that gives a day and a month but no year ("BUCHAREST, April 4
/// (Kyiv Post) -"), in an article with no other date of its own: the year is the latest one the
/// text names with a month ("since January 2008"), or the one before or after it when only that
/// one gives the text's dates with weekdays ("on Saturday, December 2") their weekdays; with no
/// year in the text, the year the office holders it names were in office on that day.
fn dateline_year(doc: &Document<'_>, scans: &[Vec<Found>]) -> Option<Date> {
    let (month, day) = (0..doc.sentences.len().min(4)).find_map(|i| match dateline_found(doc, scans, i)?.spec {
        Spec::Calendar { year: None, month: Some(m), day: Some(d), .. } => Some((m, d)),
        _ => None,
    })?;
    let all = || scans.iter().flatten();
    let latest = all()
        .filter_map(|f| match f.spec {
            Spec::Calendar { year: Some(y), month: Some(_), .. } => Some(y),
            _ => None,
        })
        .max();
    let fits = |y: i32| {
        all().all(|f| match f.spec {
            Spec::Calendar { year: None, month: Some(m), day: Some(d), weekday: Some(w) } => {
                Date::new(y, m, d).is_some_and(|date| date.weekday() == w)
            }
            _ => true,
        })
    };
    let year = match latest {
        Some(latest) => [latest, latest - 1, latest + 1].into_iter().find(|&y| fits(y)),
        // No year in the text: the one in which the office holders it names held office.
        None => crate::actors::in_office::year_of(doc, month, day, fits),
    };
    year.and_then(|y| Date::new(y, month, day))
}

/// The day a dateline gives when it is earlier than the publication date: a newspaper's story
/// filed the day before ("TASHKENT, Jan. 4. - The conference opened here this morning", "BANGKOK,
/// Tues. -" in the next day's paper), whose "today", "this morning" and "yesterday" count from
/// the day of filing. The dateline is one of the first sentences: capitalised place words, a
/// comma, a day without a year or a weekday, then a dash or a wire's name in brackets.
pub fn filing_day(doc: &Document<'_>, scans: &[Vec<Found>], published: Date) -> Option<Date> {
    for i in 0..doc.sentences.len().min(4) {
        let Some(f) = dateline_found(doc, scans, i) else { continue };
        let day_only = matches!(
            &f.spec,
            Spec::Calendar { year: None, month: Some(_), day: Some(_), .. }
                | Spec::Calendar { year: None, month: None, day: None, weekday: Some(_) }
                | Spec::Weekday(_, WeekdayRel::Bare)
        );
        if !day_only {
            continue;
        }
        let cx = Context {
            reference: Some(published),
            direction: Direction::Past,
            future_convention: false,
            from_tense: false,
            previous: None,
            previous_year: None,
        };
        let day = resolve::resolve(&f.spec, &cx).filter(|v| v.precision == Precision::Day && v.end.is_none())?.date;
        let back = published.to_days() - day.to_days();
        return (1..7).contains(&back).then_some(day);
    }
    None
}
