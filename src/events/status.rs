//! Whether an event happened, is planned, or is only possible — or is denied, in which case it
//! is not an event at all — read from the cues around its trigger.

use super::index::DocIndex;
use super::lexicon::{Cue, Form, Trigger};

/// The status of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// It happened.
    Occurred,
    /// It is scheduled.
    Planned,
    /// It may or may not happen.
    Uncertain,
}

impl Status {
    /// The status's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Uncertain => "uncertain",
        }
    }
}

/// What the cues say about one trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// `None` when the event is denied ("did not meet", "no call").
    pub status: Option<Status>,
    /// "recent agreements", "recently met": happened a short while ago.
    pub recent: bool,
}

/// Reads the status of the trigger at `ts..te` in the sentence `a..b`.
pub fn read(ix: &DocIndex<'_>, trig: &Trigger, a: usize, b: usize, ts: usize, te: usize) -> Reading {
    let mut negated = false;
    let mut hypothetical = false;
    let mut planned = false;
    // "decided tonight to suspend Egypt's membership": a body's decision to sanction is the
    // sanction (it is announced as taken, CAMEO codes it so).
    let decision = |k: usize| trig.kind == super::EventType::Sanction && matches!(ix.lower(k), "decided" | "decides");
    let mut recent = false;
    // Cues before the trigger, nearest first, within the clause.
    let window_start = ts.saturating_sub(8).max(a);
    let mut k = window_start;
    while k < ts {
        // A cue word inside a date is part of the date ("on 14 May").
        let Some(m) = ix.cue_match(k).filter(|_| ix.date_at(k).is_none()) else {
            k += 1;
            continue;
        };
        let distance = ts.saturating_sub(m.end);
        let cue = m.value;
        // A verb is denied by a negation right before it ("did not meet"); a noun only by
        // "no" ("no meeting took place"), not by a later "was not mentioned"; either through a
        // verb that carries it ("never made a bilateral visit", "did not hold talks").
        if cue.has(Cue::Negation) {
            // Commas and adverbs between do not count ("did not, however, sign").
            let words_between = (m.end..ts).filter(|&j| !is_aside(ix.lower(j))).count();
            let right_before =
                words_between <= 2 && (trig.form != Form::Noun || matches!(ix.lower(k), "no" | "without"));
            let carried =
                distance <= 4 && ix.cue_match(m.end).is_some_and(|s| s.value.has(Cue::Support) && s.end <= ts);
            // "denied reports that Baker had met secretly with": the clause after the denial.
            let denied_clause = m.end > k + 1
                && ix.lower(m.end - 1) == "that"
                && trig.form != Form::Noun
                && !clause_breaks(ix, m.end, ts)
                && !(m.end..ts).any(|j| ix.lower(j) == "that");
            negated |= right_before || carried || denied_clause;
        }
        // "has no plans to travel to", "no plans for Putin to meet", "no plans for a visit".
        let for_noun = || trig.form == Form::Noun && (m.end..ts).any(|j| ix.lower(j) == "for");
        if cue.has(Cue::Unplanned) {
            let to_verb =
                trig.form != Form::Noun && ts > m.end && ix.lower(ts - 1) == "to" && !clause_breaks(ix, m.end, ts);
            negated |= to_verb || for_noun() && distance <= 3;
        }
        // "No date has been set for a visit by Muizzu to India."
        hypothetical |= cue.has(Cue::Unsettled) && for_noun();
        // "the process of ratifying the START treaty": the treaty is the topic, not an event.
        // (Not one told as a happening after it: "the memorandum they signed last June".)
        let told_after = || {
            (te..b.min(te + 4)).any(|j| matches!(ix.lower(j), "signed" | "concluded" | "reached" | "struck" | "sealed"))
        };
        negated |= cue.has(Cue::Context)
            && trig.kind == super::EventType::Agreement
            && trig.form == Form::Noun
            && distance <= 3
            && !told_after();
        // "invited Sall and Ramaphosa to the G7 summit": the summit takes place either way.
        let invited_to_named = cue.has(Cue::Invitation) && trig.form == Form::Noun && ix.lower(m.end) == "the";
        // "said the two sides would meet in May": the future of a report.
        // Only the verb right after it ("would meet", "would be expelled") or a noun it carries
        // ("would hold talks"), and not a wish ("would like to join").
        let wish = matches!(ix.lower(m.end), "like" | "love" | "prefer" | "rather" | "welcome" | "want" | "hope");
        let reported_future = ix.lower(k) == "would"
            && !wish
            && distance <= if trig.form == Form::Noun { 3 } else { 1 }
            && reported_before(ix, a, b, k);
        // "called for it when they met": a clause of time told in the past is no wish.
        let past_clause = trig.form != Form::Noun
            && (m.end..ts).any(|j| matches!(ix.lower(j), "when" | "after" | "before" | "while" | "as"))
            && (ix.lower(ts).ends_with("ed") || matches!(ix.lower(ts), "met" | "held" | "spoke" | "flew" | "made"));
        hypothetical |= cue.has(Cue::Hypothetical)
            && !past_clause
            && distance <= 3 + usize::from(trig.form == Form::Noun)
            && !invited_to_named
            && !reported_future;
        planned |= reported_future;
        planned |= invited_to_named;
        planned |= cue.has(Cue::Planned) && !decision(k);
        recent |= cue.has(Cue::Recent) && distance <= 2;
        k = m.end.max(k + 1);
    }
    // "is due in Islamabad", "is expected in Riyadh": a trigger that opens with a cue of plans.
    planned |= matches!(ix.lower(ts), "is" | "are" | "was" | "were")
        && ix.cue_match(ts).is_some_and(|m| m.value.has(Cue::Planned) && m.end < te);
    // "agreed in a telephone call last month to meet": a verb of intent earlier in the clause
    // plans the infinitive.
    if !planned && trig.form != Form::Noun && ts > a && ix.lower(ts - 1) == "to" {
        planned = (a..ts - 1)
            .rev()
            .take(12)
            .take_while(|&k| !matches!(ix.lower(k), ";" | ":" | "."))
            .any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Intent)) && !decision(k));
    }
    // "was postponed", "never took place", "is up in the air" after a noun trigger — its own
    // noun phrase may run long ("Kerry's meeting with Netanyahu and Peres in Jerusalem was
    // postponed"), so the clause is read to its end.
    let mut k = te;
    let reach = if trig.form == Form::Noun { b.min(te + 16) } else { b.min(te + 6) };
    while k < reach {
        let Some(m) = ix.cue_match(k) else {
            k += 1;
            continue;
        };
        if m.value.has(Cue::Hypothetical) && matches!(ix.lower(k), "up" | "uncertain" | "unclear") {
            hypothetical = true;
        }
        // "the meeting was postponed", "the visit was cancelled": it did not take place.
        let passive = |p: usize| matches!(ix.lower(p), "was" | "were" | "been" | "is" | "has" | "have");
        // (After a verb, only in the passive: "ordered the envoy to leave and suspended visa
        // services" is two acts.)
        let near_noun = trig.form == Form::Noun && k < te + 6;
        if m.value.has(Cue::Called) && (near_noun || passive(k) || k > 0 && passive(k - 1)) {
            negated = true;
        }
        // "A meeting between Witkoff and Netanyahu has not yet been confirmed": in the noun's
        // own clause, no report between.
        if trig.form == Form::Noun && m.value.has(Cue::Unsettled) && !reported_between(ix, te, k) {
            hypothetical = true;
        }
        if m.value.has(Cue::Planned) && k == te {
            planned = true;
        }
        // "A first trilateral meeting of the presidents ... will be held next month": the verb
        // of the noun's own clause, no report between.
        if trig.form == Form::Noun && m.value.has(Cue::Planned) && held_ahead(ix, k) {
            planned |= !reported_between(ix, te, k);
        }
        k = m.end.max(k + 1);
    }
    let status = if negated {
        None
    } else if hypothetical {
        Some(Status::Uncertain)
    } else if planned {
        Some(Status::Planned)
    } else {
        Some(Status::Occurred)
    };
    Reading { status, recent }
}

/// Whether a verb of reporting stands before token `k` in the sentence `a..b` (at most 15
/// tokens back) and no "if" or "unless" makes what follows a condition.
fn reported_before(ix: &DocIndex<'_>, a: usize, b: usize, k: usize) -> bool {
    let reported =
        (a.max(k.saturating_sub(15))..k).any(|j| ix.cue_match(j).is_some_and(|m| m.value.has(Cue::Reported)));
    reported && !(a..b).any(|j| matches!(ix.lower(j), "if" | "unless"))
}

/// Whether a report or a clause of its own opens between tokens `a` and `b` ("the meeting, he
/// said, will be held": the words after are not the noun's own).
fn reported_between(ix: &DocIndex<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| matches!(ix.lower(j), "said" | "says" | "that" | "as" | "when" | "after"))
}

/// Whether another clause begins between tokens `a` and `b` (a comma, a semicolon, "but",
/// "and").
fn clause_breaks(ix: &DocIndex<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| matches!(ix.lower(j), "," | ";" | "but" | "and"))
}

/// Words that may stand between a negation and its verb: commas and a few adverbs.
fn is_aside(word: &str) -> bool {
    matches!(word, "," | "however" | "yet" | "ever" | "even" | "also" | "then" | "formally" | "officially" | "actually")
}

/// Whether the words from token `k` say that something is to be held: "will be held", "is to
/// take place", "are to be hosted", "will convene".
fn held_ahead(ix: &DocIndex<'_>, k: usize) -> bool {
    let mut j = k;
    if matches!(ix.lower(j), "is" | "are") && ix.lower(j + 1) == "to" {
        j += 2;
    } else if matches!(ix.lower(j), "will" | "to") {
        j += 1;
    } else {
        return false;
    }
    match ix.lower(j) {
        "be" => matches!(ix.lower(j + 1), "held" | "hosted" | "convened" | "organised" | "organized"),
        "take" => ix.lower(j + 1) == "place",
        "convene" | "open" | "begin" | "start" => true,
        _ => false,
    }
}
