//! The year of a day that an article gives without one ("NEW DELHI, Feb 12:"), read from the
//! office holders it names in full: the year in which most of them held office on that day.
//! The dates stage asks for it when the text names no year of its own; only the lexicon is
//! read, not the actors stage.

use super::lexicon::{ActorLexicon, Entry};
use crate::dates::Date;
use crate::text::Document;

/// How far a term without an end is followed (the lexicon's holders still in office).
const OPEN_UNTIL: i32 = 2030;

/// The year in which the day `month`/`day` falls within the terms of office of the most people
/// the text names by a name of two words or more, among the years `fits` accepts; none unless
/// two people agree on it and no other year has as many.
pub fn year_of(doc: &Document<'_>, month: u8, day: u8, fits: impl Fn(i32) -> bool) -> Option<i32> {
    let lex = ActorLexicon::get();
    let mut people: Vec<usize> = lex
        .phrases
        .find_all(doc.text, &doc.tokens, &doc.keys)
        .into_iter()
        .filter_map(|(_, m)| match *m.value {
            Entry::Person(p) if m.pattern.contains(' ') => Some(usize::from(p)),
            _ => None,
        })
        .collect();
    crate::sort::by_key(&mut people, |&p| p as u64);
    people.dedup();
    // For each year, how many of the people held an office on that day.
    let mut counts: Vec<(i32, u32)> = Vec::new();
    for &p in &people {
        let mut years: Vec<i32> = Vec::new();
        for term in lex.terms_of(p).iter().filter_map(|&t| lex.terms.get(t)) {
            let (Some(from), to) = (term.from, term.to) else { continue };
            let last = to.map_or(OPEN_UNTIL, |t| t.year);
            for y in from.year..=last.min(from.year + 60) {
                if Date::new(y, month, day).is_some_and(|d| term.covers(Some(d))) && fits(y) {
                    years.push(y);
                }
            }
        }
        crate::sort::by_key(&mut years, |&y| y.max(0) as u64);
        years.dedup();
        for y in years {
            match counts.iter_mut().find(|(cy, _)| *cy == y) {
                Some((_, n)) => *n += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max().filter(|&n| n >= 2)?;
    let mut at_best = counts.iter().filter(|&&(_, n)| n == best);
    let (year, _) = *at_best.next()?;
    at_best.next().is_none().then_some(year)
}
