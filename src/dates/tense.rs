//! The direction of a clause, for dates that have none of their own: "met on Thursday" is the
//! Thursday before the reference, "will meet on Thursday" the one after.

use std::sync::OnceLock;

use crate::data::FastMap;

use super::resolve::Direction;
use crate::text::{Token, TokenKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    Future,
    Present,
    Past,
    /// A past verb of intent: before "to", no direction; else past.
    Intent,
}

fn markers() -> &'static FastMap<&'static str, Marker> {
    static MAP: OnceLock<FastMap<&'static str, Marker>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FastMap::default();
        for row in crate::data::rows(crate::data::data_file!("dates/tense.tsv")) {
            let (Some(&kind), Some(&words)) = (row.first(), row.get(1)) else { continue };
            let marker = match kind {
                "future" => Marker::Future,
                "present" => Marker::Present,
                "past" => Marker::Past,
                "intent" => Marker::Intent,
                _ => continue,
            };
            for w in words.split_whitespace() {
                map.entry(w).or_insert(marker);
            }
        }
        map
    })
}

/// Words after which a verb of the schedule list ending in "-s" is a noun ("the three heads",
/// "their visits"; "the two meet on Friday" keeps its verb).
const BEFORE_NOUNS: &[&str] =
    &["the", "a", "an", "his", "her", "their", "its", "our", "two", "three", "four", "five", "six", "several", "whose"];

/// The marker of token `at`. "set" is a plan only as "set to/for" or after a form of "be" ("is
/// set to meet", "talks were set for Monday"); with an object it is a past verb ("Annan set the
/// hour on Saturday").
fn marker_at(folded: &str, tokens: &[Token], at: usize) -> Option<Marker> {
    let tok = tokens.get(at)?;
    let m = marker(folded, tok)?;
    if m == Marker::Intent {
        let next = tokens.get(at + 1).map_or("", |t| t.text(folded));
        return if next == "to" { Some(Marker::Intent) } else { Some(Marker::Past) };
    }
    // "the three heads of state met", "their visits": a present-tense verb of the list after an
    // article, a possessive or a number is a noun.
    if m == Marker::Present && tok.text(folded).ends_with('s') {
        let prev = at.checked_sub(1).and_then(|p| tokens.get(p));
        let noun = prev.is_some_and(|p| p.kind == TokenKind::Number || BEFORE_NOUNS.contains(&p.text(folded)));
        if noun {
            return None;
        }
    }
    if m == Marker::Future && tok.text(folded) == "set" {
        let next = tokens.get(at + 1).map_or("", |t| t.text(folded));
        let prev = at.checked_sub(1).and_then(|p| tokens.get(p)).map_or("", |t| t.text(folded));
        let plan = matches!(next, "to" | "for") || matches!(prev, "is" | "are" | "was" | "were" | "be" | "been");
        return Some(if plan { Marker::Future } else { Marker::Past });
    }
    Some(m)
}

fn marker(folded: &str, tok: &Token) -> Option<Marker> {
    if tok.kind != TokenKind::Word {
        return None;
    }
    let lower = tok.text(folded);
    if lower.len() > 24 || !lower.is_ascii() {
        return None;
    }
    if let Some(m) = markers().get(lower) {
        return Some(*m);
    }
    (lower.len() > 4 && lower.ends_with("ed")).then_some(Marker::Past)
}

/// The direction of the clause around tokens `first..end` of `tokens` (one sentence): the
/// nearest tense marker wins, markers before the expression first; `None` when there is none.
pub fn clause_direction(folded: &str, tokens: &[Token], first: usize, end: usize) -> Option<Direction> {
    let text = folded;
    let is_boundary = |t: &Token| matches!(t.text(text), ";" | ":" | "\u{2014}");
    // "before the US Independence Day", "ahead of next week's summit": the date lies ahead of
    // the clause's time, whatever its tense.
    let first = first.min(tokens.len());
    for k in (first.saturating_sub(4)..first).rev() {
        let w = tokens[k].text(text);
        // "before dawn on Thursday" is a time of that day, not a day ahead.
        let time_of_day =
            k + 1 < first && matches!(tokens[k + 1].text(text), "dawn" | "daybreak" | "sunrise" | "noon" | "midnight");
        if matches!(w, "before" | "ahead" | "until" | "till" | "upcoming" | "forthcoming") && !time_of_day {
            return Some(Direction::Future);
        }
        if matches!(w, "after" | "since" | "following") {
            return Some(Direction::Past);
        }
    }
    let mut best: Option<(usize, Marker)> = None;
    // Before the expression, back to the clause boundary.
    let before = &tokens[..first.min(tokens.len())];
    for (dist, tok) in before.iter().rev().enumerate() {
        if is_boundary(tok) {
            break;
        }
        // "matters left for the experts, but nothing should keep them from signing it on Dec. 8":
        // ", but" opens another clause.
        let at = before.len() - 1 - dist;
        if tok.text(text) == "but" && at > 0 && before[at - 1].text(text) == "," {
            break;
        }
        // "are to meet", "is to take place": a plan.
        let planned = tok.text(text) == "to"
            && at > 0
            && matches!(before[at - 1].text(text), "is" | "are" | "am" | "was" | "were");
        if planned {
            best = Some((dist, Marker::Future));
            break;
        }
        if let Some(m) = marker_at(text, tokens, at) {
            // "agreed to halt all hostile acts from May 1": no direction from the clause.
            if m == Marker::Intent {
                return None;
            }
            // "to be held", "will be signed": a participle after a bare "be" is ahead.
            let after_be = at > 0 && before[at - 1].text(text) == "be";
            best = Some((dist, if m == Marker::Past && after_be { Marker::Future } else { m }));
            break;
        }
    }
    // After it, a marker counts when it is nearer (with a small handicap).
    for (dist, tok) in tokens.get(end..).unwrap_or(&[]).iter().enumerate() {
        if is_boundary(tok) || best.is_some_and(|(d, _)| dist + 2 >= d) {
            break;
        }
        // "told a rally on Tuesday that Georgia would leave": what was said has a time of its
        // own, when the clause of the date has a tense before it.
        if best.is_some() && tok.text(text) == "that" {
            break;
        }
        if let Some(m) = marker_at(text, tokens, end + dist) {
            best = Some((dist, m));
            break;
        }
    }
    best.and_then(|(_, m)| match m {
        Marker::Future | Marker::Present => Some(Direction::Future),
        Marker::Past => Some(Direction::Past),
        Marker::Intent => None,
    })
}
