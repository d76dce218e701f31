//! One event per real-world event: a definite noun that names no one ("the call", "the talks")
//! refers back to the event named before, and mentions of the same type with the same
//! participants are one event. Their evidence, dates and counts are pooled.

use super::frames::initiator_among;
use super::index::DocIndex;
use super::lexicon::{EventType, Form};
use super::status::Status;
use super::{Event, EventMention};
use crate::timeline::ActorKind;

/// Pools mentions into events, in order of first mention.
pub fn merge(ix: &DocIndex<'_>, mentions: Vec<EventMention>) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for m in separately(ix, mentions) {
        let mut parts = m.frame.participants();
        // "In their joint press conference, Mr. Obama and Mr. Abe reported ...": the subject of
        // the main clause after the opening phrase.
        if parts.is_empty() && m.frame.pronoun_subject == Some("they") {
            parts = cataphora(ix, &m);
        }
        // "They agreed ...": the participants of the event read last.
        if parts.is_empty() && matches!(m.frame.pronoun_subject, Some("they" | "we")) {
            if let Some(last) = events.iter().rev().take(super::WINDOW).find(|e| e.participants.len() >= 2) {
                parts = last.participants.clone();
            }
        }
        let kind = m.trigger.kind;
        // "the G20 summit in Bali", "the Pacific Islands Forum in Nauru": a gathering of an
        // organisation held in a state's city has that state as its host.
        if kind == EventType::Meeting
            && !parts.is_empty()
            && parts.iter().all(|&p| ix.actor_kind(p) == Some(ActorKind::Organization))
        {
            let host = m.frame.place_actor.filter(|&h| ix.actor_kind(h) == Some(ActorKind::State));
            if let Some(h) = host.filter(|h| !parts.contains(h)) {
                parts.push(h);
            }
        }
        let own = parts.len();
        // "the call", "the talks", "the dialogue": the event named before, unless the noun names
        // other parties of its own.
        // "agreed to implement the memorandum": a noun in the same sentence as a verb's event is
        // another thing (the memorandum), not a second mention of it.
        let refers_back = |e: &Event| {
            compatible(e.kind, kind)
                && places_agree(ix, e, &m)
                && !(e.trigger.form != Form::Noun && e.sentences.last() == Some(&m.sentence))
                && parts.iter().all(|&p| {
                    e.participants.contains(&p)
                        || ix.actor_kind(p) != Some(ActorKind::Person)
                            && ix.country(p).is_some_and(|c| e.participants.iter().any(|&q| ix.country(q) == Some(c)))
                })
        };
        // "The accord was signed by Foreign Minister Nikos Kotzias and his FYROM counterpart": a
        // signing told in the sentence that just named the agreement again, by people who all
        // sign for its sides, is the same agreement.
        let told_again = |e: &Event| {
            e.kind == kind
                && kind == EventType::Agreement
                && m.trigger.form != Form::Noun
                && e.sentences.len() >= 2
                && e.sentences.last() == Some(&m.sentence)
                && own > 0
                && e.status == m.status
                && dates_agree(e, &m)
                && parts.iter().all(|&p| {
                    e.participants.contains(&p)
                        || ix.country(p).is_some_and(|c| e.participants.iter().any(|&q| ix.country(q) == Some(c)))
                })
        };
        // "Jordan and Israel signed a treaty" / "Prime Minister Majali and Israeli Prime
        // Minister Rabin put their signatures to the treaty": the people who sign for the
        // agreement's states, each of another of them, in the next sentence, sign the same
        // agreement.
        let people: Vec<usize> = if kind == EventType::Agreement {
            parts.iter().copied().filter(|&p| ix.actor_kind(p) == Some(ActorKind::Person)).collect()
        } else {
            Vec::new()
        };
        let signed_for = |e: &Event| {
            if people.len() < 2
                || e.kind != kind
                || e.status != m.status
                || e.sentences.last().is_none_or(|&l| m.sentence > l + 1)
            {
                return false;
            }
            let state_of = |c: &str| {
                e.participants.iter().any(|&q| ix.actor_kind(q) == Some(ActorKind::State) && ix.country(q) == Some(c))
            };
            // (A witness of another state may sign beside them; one whose state the text does
            // not give may sign for the other side.)
            let mut countries = people.iter().filter_map(|&p| ix.country(p)).filter(|c| state_of(c));
            let first = countries.next();
            let two_sides = first.is_some_and(|f| countries.any(|c| c != f));
            let unplaced = people.iter().any(|&p| ix.country(p).is_none());
            (two_sides || first.is_some() && unplaced) && dates_agree(e, &m) && places_agree(ix, e, &m)
        };
        let by = initiator_among(ix, m.frame.initiator, &parts);
        // "Minutes later Van-Dunem and Malmierca signed a separate bilateral accord": the text
        // says it is another event ("held separate talks with A and B" are separate from each
        // other, see [`separately`]).
        let (ts, te) = m.tokens;
        let sentence = ix.doc.sentences.get(m.sentence).map_or(0..0, |s| s.first_token..s.end_token);
        let distinct = (ts.saturating_sub(3).max(sentence.start)..(te + 4).min(sentence.end))
            .any(|k| ix.lower(k) == "separate" && k > 0 && matches!(ix.lower(k - 1), "a" | "an"));
        let recent = if distinct {
            events.iter().position(|e| e.sentences.contains(&m.sentence)).unwrap_or(events.len())
        } else {
            events.len().saturating_sub(super::WINDOW)
        };
        let last = events.len().checked_sub(1).filter(|&i| events.get(i).is_some_and(told_again));
        let last = last.or_else(|| events[recent..].iter().rposition(signed_for).map(|i| i + recent));
        let target = if last.is_some() {
            last
        } else if m.anaphoric && events[recent..].iter().any(refers_back) {
            // "Following the call, ..." after a meeting told in between: a phone noun names a
            // call, the last one told, when there is one.
            let call = |e: &Event| kind == EventType::Call && e.kind == kind && refers_back(e);
            let at = events[recent..].iter().rposition(call).or_else(|| events[recent..].iter().rposition(refers_back));
            at.map(|i| i + recent)
        } else {
            events[recent..]
                .iter()
                .rposition(|e| {
                    (e.kind == kind || m.anaphoric && compatible(e.kind, kind))
                    && own > 0
                    // An event of no one takes no one's mention ("signed 26 documents" and "the
                    // two countries signed a treaty in 1994").
                    && !e.participants.is_empty()
                    && overlap(&e.participants, &parts) >= own.min(e.participants.len()).min(2)
                    && e.status == m.status
                    && dates_agree(e, &m)
                    && places_agree(ix, e, &m)
                    // A strike back is another strike ("Ethiopian jets attacked Asmara ...
                    // Eritrean warplanes bombed Mekele").
                    && !(kind.is_directed() && e.initiator.is_some() && by.is_some() && e.initiator != by)
                    // Someone new makes it another meeting ("the two leaders met with Brahimi"
                    // after their talks), unless the event so far is only the headline's.
                    && (new_people(ix, e, &parts) == 0 || headline_only(ix, e))
                })
                .map(|i| i + recent)
        };
        let span = ix.doc.sentences.get(m.sentence).map_or((0, 0), |s| (s.start, s.end));
        match target {
            Some(i) => {
                let e = &mut events[i];
                super::frames::add_new(&mut e.participants, parts);
                if !e.evidence.contains(&span) {
                    e.evidence.push(span);
                    e.sentences.push(m.sentence);
                }
                // "arrived the night before ..., his second visit this year": the day within the
                // year is the finer date.
                let finer = |a: &super::EventDate, b: &super::EventDate| {
                    b.value.precision > a.value.precision
                        && a.value.date <= b.value.date
                        && b.value.last_day() <= a.value.last_day()
                        && !b.value.approx
                };
                e.date = match (e.date, m.date) {
                    (Some(a), Some(b)) if finer(&a, &b) => Some(b),
                    (a, b) => a.or(b),
                };
                e.count = e.count.or(m.count);
                e.place = e.place.or(m.frame.place.and_then(|(a, b)| byte_span(ix, a, b)));
                if e.initiator.is_none() {
                    e.initiator = initiator_among(ix, m.frame.initiator, &e.participants);
                }
                e.recent = e.recent || m.recent;
            }
            None => {
                events.push(Event {
                    kind,
                    trigger: m.trigger,
                    participants: parts,
                    initiator: by,
                    date: m.date,
                    status: m.status,
                    recent: m.recent,
                    evidence: vec![span],
                    sentences: vec![m.sentence],
                    count: m.count,
                    place: m.frame.place.and_then(|(a, b)| byte_span(ix, a, b)),
                    topics: Vec::new(),
                });
            }
        }
    }
    // A criticism or sanction aimed at "something", "which", "the move": its target is the
    // actor of the event named just before.
    // "Russia condemned the airstrikes on Syria": the event after it in the same sentence.
    for i in 0..events.len() {
        if !(events[i].kind.is_directed() && events[i].participants.len() == 1) {
            continue;
        }
        let here = events[i].sentences.first().copied().unwrap_or(0);
        let before = i
            .checked_sub(1)
            .and_then(|p| events.get(p))
            .filter(|p| p.sentences.last().is_some_and(|&s| here.saturating_sub(s) <= 2));
        let after = events.get(i + 1).filter(|n| n.sentences.first() == Some(&here));
        let own = &events[i].participants;
        let kind = events[i].kind;
        let other_than_own = |e: &Event| e.initiator.or(e.participants.iter().copied().find(|p| !own.contains(p)));
        // "the move", "which": the event named just before (or after in the same sentence) is
        // what a criticism or sanction of another kind is aimed at, and its actor the target.
        // (A strike's target is not the party of a call told before it; an event before that
        // names no one else, "X wrote in a post on X", passes the choice on.)
        let usable = |e: &&Event| {
            (kind != EventType::Military || e.kind.is_directed())
                && other_than_own(e).is_some_and(|t| !own.contains(&t))
        };
        let near = before.filter(usable).or(after.filter(usable));
        let of_near = near.filter(|e| e.kind != kind).and_then(other_than_own);
        // "New Zealand suspended its defence ties": after a sanction (criticism) of a target, one
        // more of the same kind by someone else, with no target of its own, is aimed at it too.
        let by_subject = events[i].initiator == own.first().copied();
        let aimed = matches!(kind, EventType::Sanction | EventType::Criticism) && by_subject;
        let earlier = events.get(i.saturating_sub(super::WINDOW)..i).unwrap_or(&[]);
        let same_kind_target = earlier
            .iter()
            .rev()
            .filter(|e| aimed && e.kind == kind && e.initiator.is_some() && e.sentences.iter().all(|&s| s < here))
            .find_map(|e| e.participants.iter().copied().find(|&p| Some(p) != e.initiator && !own.contains(&p)));
        let target = same_kind_target.or(of_near).or_else(|| near.and_then(other_than_own));
        if let Some(t) = target {
            if !events[i].participants.contains(&t) {
                events[i].participants.push(t);
            }
        }
    }
    events
}

/// The coordinated names right after the comma that ends an opening phrase.
fn cataphora(ix: &DocIndex<'_>, m: &EventMention) -> Vec<usize> {
    let Some(s) = ix.doc.sentences.get(m.sentence) else { return Vec::new() };
    let opening = matches!(ix.lower(s.first_token), "in" | "at" | "during" | "after" | "following" | "before" | "on");
    let Some(comma) = (m.tokens.1..s.end_token.min(m.tokens.1 + 8)).find(|&k| ix.word(k) == ",") else {
        return Vec::new();
    };
    if !opening {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = comma + 1;
    while let Some(x) = ix.mention_at(k) {
        out.extend(x.actors.iter().copied());
        k = x.end;
        if ix.lower(k) == "and" || ix.word(k) == "," {
            k += 1;
        } else {
            break;
        }
    }
    out
}

/// "Kerry met separately with Netanyahu, Peres and Abbas": one meeting with each.
fn separately(ix: &DocIndex<'_>, mentions: Vec<EventMention>) -> Vec<EventMention> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        // "a series of telephone conversations with Aliyev and Pashinyan": calls in the plural
        // are one call with each ("talks" may be one conference).
        let last = ix.lower(m.tokens.1.saturating_sub(1));
        let plural_calls =
            m.trigger.kind == EventType::Call && m.trigger.form == Form::Noun && last.ends_with('s') && last != "talks";
        // "met separately with", "held talks with Macron and then with Merkel": one after another.
        // "telephoned Hun Manet and then Phumtham", "spoke with Meles and with Isaias" too.
        let one_by_one = |k: usize| {
            ix.lower(k) == "separately"
                || matches!(ix.lower(k), "then" | "later" | "afterwards" | "subsequently") && ix.lower(k + 1) == "with"
                || ix.lower(k) == "and" && matches!(ix.lower(k + 1), "then" | "with") && ix.mention_at(k + 2).is_some()
        };
        // "Anwar telephoned both leaders", "Trump called Putin and Zelensky": one rings one
        // person at a time.
        let rang_each = m.trigger.kind == EventType::Call
            && m.trigger.form == Form::VerbObject
            && m.frame.object.iter().all(|&o| ix.actor_kind(o) == Some(ActorKind::Person));
        let split = m.frame.object.len() > 1
            && m.frame.subject.len() == 1
            && (plural_calls
                || rang_each
                || ix.doc.sentences.get(m.sentence).is_some_and(|s| (s.first_token..s.end_token).any(one_by_one)));
        if split {
            for &o in &m.frame.object {
                let mut one = m.clone();
                one.frame.object = vec![o];
                out.push(one);
            }
        } else if m.trigger.kind == EventType::Visit {
            // A trip is one visit per visitor and per country: "visits to Juba by Kerry and Ban",
            // "visits in South Korea, Malaysia and the Philippines".
            let all = m.frame.participants();
            // "visited Riyadh and Doha": the states a visit verb takes are where it went.
            let states: Vec<usize> = if m.frame.destinations.is_empty() && m.trigger.form != Form::Noun {
                m.frame.object.iter().copied().filter(|&o| ix.actor_kind(o) == Some(ActorKind::State)).collect()
            } else {
                // A destination is a place, not a person ("flew to Banjul to talk Jammeh into").
                m.frame.destinations.iter().copied().filter(|&d| ix.actor_kind(d) != Some(ActorKind::Person)).collect()
            };
            let is_person = |p: usize| ix.actor_kind(p) == Some(ActorKind::Person);
            // Leaders who travel together ("Buhari, Sirleaf and Mahama flew to Banjul") make one
            // visit; a noun's visitors may have come each on their own.
            let travellers: Vec<usize> = m.frame.subject.iter().copied().filter(|&p| is_person(p)).collect();
            // (to a place none of them is from: "agreed to resume visits" is no joint trip).
            let together = m.trigger.form != Form::Noun
                && travellers.len() > 1
                && !states.is_empty()
                && states.iter().all(|&s| travellers.iter().all(|&t| ix.country(t) != ix.country(s)));
            // The visitors are the people of the subject (their hosts stay in every visit), else
            // everyone named.
            let people: Vec<usize> = if travellers.is_empty() {
                all.iter().copied().filter(|&p| is_person(p)).collect()
            } else {
                travellers
            };
            if states.len() > 1 || people.len() > 1 {
                let others: Vec<usize> =
                    all.iter().copied().filter(|x| !states.contains(x) && !people.contains(x)).collect();
                let visitors =
                    if people.is_empty() || together { vec![None] } else { people.iter().copied().map(Some).collect() };
                let places = if states.is_empty() { vec![None] } else { states.iter().copied().map(Some).collect() };
                for v in &visitors {
                    for p in &places {
                        let mut one = m.clone();
                        one.frame.subject = if together { people.clone() } else { v.iter().copied().collect() };
                        one.frame.object = p.iter().copied().chain(others.iter().copied()).collect();
                        out.push(one);
                    }
                }
                continue;
            }
            out.push(m);
        } else {
            out.push(m);
        }
    }
    out
}

/// Calls, meetings and visits can be named by each other's nouns ("the meeting was the sixth
/// encounter" about a call).
fn compatible(a: EventType, b: EventType) -> bool {
    a == b || (a.is_consult() && b.is_consult())
}

/// People of `parts` who are not yet in the event.
fn new_people(ix: &DocIndex<'_>, e: &Event, parts: &[usize]) -> usize {
    parts.iter().filter(|&&p| !e.participants.contains(&p) && ix.actor_kind(p) == Some(ActorKind::Person)).count()
}

/// A headline's event that the body tells again ("Xi holds talks with Solomon Islands PM" above
/// "Xi Jinping held talks with Prime Minister Manasseh Sogavare"): an event of the same type in
/// the body with a side in common (a person, or a state by its country) is the same, and the
/// headline becomes its first evidence.
pub(super) fn fold_headline(ix: &DocIndex<'_>, list: &mut Vec<Event>) {
    let Some(h) = ix.doc.headline else { return };
    let mut i = 0;
    while i < list.len() {
        let Some(e) = list.get(i) else { break };
        let only_headline = !e.sentences.is_empty() && e.sentences.iter().all(|&s| s == h);
        // (A headline's event of no one is the body's too.)
        let side_in_common = |o: &Event| {
            e.participants.is_empty()
                || o.participants.iter().any(|&p| {
                    e.participants.contains(&p)
                        || ix.country(p).is_some_and(|c| e.participants.iter().any(|&q| ix.country(q) == Some(c)))
                })
        };
        let same = only_headline
            .then(|| {
                // (A request in the body, "asked Vucic to release the officers", is not the
                // release the headline tells.)
                list.iter().position(|o| {
                    o.kind == e.kind
                        && (o.status != Status::Uncertain || e.status == Status::Uncertain)
                        && !o.sentences.contains(&h)
                        && side_in_common(o)
                })
            })
            .flatten();
        match same {
            Some(j) => {
                // The event takes the headline's place in the list (the article's first event).
                let e = list.remove(i);
                let o = list.remove(if j > i { j - 1 } else { j });
                let j = i.min(list.len());
                list.insert(j, o);
                if let Some(o) = list.get_mut(j) {
                    o.date = o.date.or(e.date);
                    // The headline tells it as the day's news, not as something recent.
                    o.recent = o.recent && e.recent;
                    for (span, s) in e.evidence.into_iter().zip(e.sentences) {
                        if !o.evidence.contains(&span) {
                            o.evidence.insert(0, span);
                            o.sentences.insert(0, s);
                        }
                    }
                }
            }
            None => i += 1,
        }
    }
}

/// The event is known only from the headline.
fn headline_only(ix: &DocIndex<'_>, e: &Event) -> bool {
    ix.doc.headline.is_some() && e.sentences.iter().all(|&s| Some(s) == ix.doc.headline)
}

fn overlap(a: &[usize], b: &[usize]) -> usize {
    b.iter().filter(|x| a.contains(x)).count()
}

/// Two mentions with different dates are different events.
/// Two dates agree when the periods they name overlap ("on 13 March" and "in March" may be
/// one event; "in November 2024" and "today, 13 March 2025" are not).
fn dates_agree(e: &Event, m: &EventMention) -> bool {
    match (e.date, m.date) {
        (Some(a), Some(b)) => {
            let (a0, a1) = (a.value.date, a.value.last_day());
            let (b0, b1) = (b.value.date, b.value.last_day());
            a0 <= b1 && b0 <= a1
        }
        _ => true,
    }
}

/// Two meetings held in different countries are different events: "met in Osaka on Friday" and
/// "had met in Bishkek earlier this month" ("at the Kremlin" and "in Moscow" agree; so do two
/// names of one summit's venue, "Carbis Bay" and "Cornwall").
fn places_agree(ix: &DocIndex<'_>, e: &Event, m: &EventMention) -> bool {
    // Only meetings and visits dated by their own clause: other places read are less sure.
    if !matches!(m.trigger.kind, EventType::Meeting | EventType::Visit) || m.date.is_none() {
        return true;
    }
    let (Some(a), Some(b)) = (e.place, m.frame.place) else { return true };
    let Some(x) = ix.mention_at(ix.doc.token_at(a.0)) else { return true };
    let Some(y) = ix.mention_at(b.0) else { return true };
    match (x.actors.first(), y.actors.first()) {
        (Some(&p), Some(&q)) => p == q || ix.country(p).zip(ix.country(q)).is_none_or(|(c, d)| c == d),
        _ => true,
    }
}

fn byte_span(ix: &DocIndex<'_>, first: usize, end: usize) -> Option<(usize, usize)> {
    Some((ix.doc.tokens.get(first)?.start(), ix.doc.tokens.get(end.checked_sub(1)?)?.end()))
}

/// Whether an event has happened (for callers that only want occurred events).
pub fn occurred(e: &Event) -> bool {
    e.status == Status::Occurred
}
