//! The events stage: triggers → frames (type, participants, initiator, place, status, date) →
//! one event per real-world event, with every mention's evidence.
//!
//! Each trigger found in a narrative sentence ([`lexicon`]) is read with its clause
//! ([`frames`], [`status`]); a definite noun that names no one ("the call", "the talks")
//! refers back to the event named before, and mentions of one event are merged ([`merge`]).

pub mod compiled;
pub mod frames;
pub mod index;
pub mod lexicon;
pub mod merge;
pub mod status;

use crate::data::FastMap;
use crate::dates::grammar::{Anchor, Spec};
use crate::dates::{Date, Value};
use crate::text::Document;
use crate::timeline::ActorKind;
use index::DocIndex;
use lexicon::{Cue, EventLexicon, EventType, Form, Trigger};
use status::Status;

/// When an event happened, and the words that say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventDate {
    /// The value.
    pub value: Value,
    /// The temporal expression it came from (`None` when it is the article's date).
    pub expression: Option<usize>,
}

/// One mention of an event: a trigger read with its clause.
#[derive(Clone, Debug)]
pub struct EventMention {
    /// The trigger's entry.
    pub trigger: &'static Trigger,
    /// The sentence.
    pub sentence: usize,
    /// Tokens of the trigger.
    pub tokens: (usize, usize),
    /// The frame of the clause.
    pub frame: frames::Frame,
    /// Status (denied mentions are dropped before this).
    pub status: Status,
    /// Happened a short while ago.
    pub recent: bool,
    /// Its date, when the clause gives one.
    pub date: Option<EventDate>,
    /// A definite noun that refers back ("the call").
    pub anaphoric: bool,
    /// "the sixth encounter": the count the text gives.
    pub count: Option<u32>,
}

/// A real-world event.
#[derive(Clone, Debug)]
pub struct Event {
    /// Its type.
    pub kind: EventType,
    /// The trigger of its clearest mention (codes, mode).
    pub trigger: &'static Trigger,
    /// Actors that took part, in order.
    pub participants: Vec<usize>,
    /// The side that took the initiative.
    pub initiator: Option<usize>,
    /// When.
    pub date: Option<EventDate>,
    /// Whether it happened.
    pub status: Status,
    /// Happened a short while ago.
    pub recent: bool,
    /// Byte spans of its mentions' sentences, clearest first.
    pub evidence: Vec<(usize, usize)>,
    /// Sentences that mention it.
    pub sentences: Vec<usize>,
    /// The count the text gives ("the sixth encounter").
    pub count: Option<u32>,
    /// Where it happened (byte span).
    pub place: Option<(usize, usize)>,
    /// What it was about.
    pub topics: Vec<&'static str>,
}

/// The events of a document.
#[derive(Clone, Debug, Default)]
pub struct Events {
    /// Events in order of first mention.
    pub list: Vec<Event>,
}

/// The event mentions of a document, before merging (what `readout explain` shows).
pub fn mentions(ix: &DocIndex<'_>) -> Vec<EventMention> {
    let lex = EventLexicon::get();
    let mut mentions = Vec::new();
    for (si, sent) in ix.doc.sentences.iter().enumerate() {
        if !ix.doc.is_narrative(si) {
            continue;
        }
        read_sentence(ix, lex, si, sent.first_token, sent.end_token, &mut mentions);
    }
    mentions
}

/// Finds the events of a document, read through its index.
pub fn find(ix: &DocIndex<'_>) -> Events {
    let lex = EventLexicon::get();
    let (doc, dates) = (ix.doc, ix.dates);
    let published = dates.reference;
    let mut mentions = mentions(ix);
    // Before merging (so that its mentions agree) and again once events have their dates.
    for m in &mut mentions {
        m.status = ahead_is_planned(m.status, m.date, published);
    }
    let mut list = merge::merge(ix, mentions);
    merge::fold_headline(ix, &mut list);
    date_main_event(doc, &mut list, published);
    inherit_dates(doc, &mut list, published);
    day_of_sentence_before(ix, &mut list, published);
    let mut sentence_topics = FastMap::default();
    for e in &mut list {
        e.status = ahead_is_planned(e.status, e.date, published);
        e.topics = topics(ix, lex, &e.sentences, &mut sentence_topics);
    }
    // Before a lone visitor's own country is taken out: an arrival at home names a place.
    to_the_dateline_place(ix, &mut list);
    // A lone visitor does not visit their own country ("met Xi Jinping at the Great Hall of the
    // People", "returned to Berlin"): that state is no side of the visit.
    let country = |p: usize| ix.actors.list.get(p).and_then(|a| a.country);
    for e in list.iter_mut().filter(|e| e.kind == EventType::Visit) {
        let mut people = e.participants.iter().filter(|&&p| ix.actor_kind(p) == Some(ActorKind::Person));
        let (Some(&visitor), None) = (people.next(), people.next()) else { continue };
        let Some(home) = country(visitor) else { continue };
        e.participants.retain(|&p| !(ix.actor_kind(p) == Some(ActorKind::State) && country(p) == Some(home)));
    }
    // "Latortue was recalling Haiti's ambassador to Kingston": a sanction by a person is not
    // aimed at that person's own state.
    for e in list.iter_mut().filter(|e| e.kind == EventType::Sanction) {
        let Some(by) = e.initiator.filter(|&i| ix.actor_kind(i) == Some(ActorKind::Person)) else { continue };
        let Some(home) = country(by) else { continue };
        let others = e.participants.iter().any(|&p| p != by && country(p) != Some(home));
        if others {
            e.participants.retain(|&p| !(ix.actor_kind(p) == Some(ActorKind::State) && country(p) == Some(home)));
        }
    }
    speaking_for_the_state(ix, &mut list);
    // "U.S. officials said" names a speaker, not a side.
    let sources: Vec<usize> = (0..ix.actors.list.len())
        .filter(|&p| ix.actors.list.get(p).is_some_and(crate::actors::sources::is_unnamed_source))
        .collect();
    let source = |p: usize| sources.contains(&p);
    for e in list.iter_mut().filter(|_| !sources.is_empty()) {
        e.participants.retain(|&p| !source(p));
        e.initiator = e.initiator.filter(|&i| !source(i));
    }
    // A call, meeting or visit takes two sides (a summit may be named by its grouping alone).
    list.retain(|e| {
        let sides = e.participants.len();
        let grouping =
            sides == 1 && e.participants.first().is_some_and(|&p| ix.actor_kind(p) == Some(ActorKind::Organization));
        let two_sided = e.kind.is_consult()
            || matches!(
                e.kind,
                EventType::Agreement | EventType::Criticism | EventType::Sanction | EventType::Aid | EventType::Other
            );
        e.status != Status::Uncertain && sides > 0 && (!two_sided || sides >= 2 || grouping)
    });
    Events { list }
}

/// The state of the article's dateline ("HARARE -", "PORT MORESBY, Tuesday. -", "Harare -"): a
/// state or its capital that opens one of the first sentences, in capitals or followed by a
/// dash, or by a comma and a date.
fn dateline_state(ix: &DocIndex<'_>) -> Option<usize> {
    ix.doc.sentences.iter().take(4).find_map(|s| {
        let m = ix.mention_at(s.first_token).filter(|m| m.first == s.first_token)?;
        let &state = m.actors.first().filter(|&&x| ix.actor_kind(x) == Some(ActorKind::State))?;
        // "US, China agree": an abbreviation is no dateline; "Russia-Ukraine talks" no dash.
        let letters = (m.first..m.end).map(|k| ix.word(k).chars().filter(|c| c.is_alphabetic()).count()).sum::<usize>();
        let capitals = letters > 3 && (m.first..m.end).all(|k| !ix.word(k).chars().any(char::is_lowercase));
        let dash = ix.is_dash(m.end);
        let dated = ix.lower(m.end) == "," && ix.date_at(m.end + 1).is_some();
        // ("ALMATY. June 5. KAZINFORM -": a full stop and a date.)
        let stop_dated = ix.lower(m.end) == "." && ix.date_at(m.end + 1).is_some();
        // "Monrovia, Liberia (PANA) -": the city's state after a comma, an agency in brackets.
        let city_state = ix.lower(m.end) == ","
            && ix.mention_at(m.end + 1).filter(|n| n.first == m.end + 1).is_some_and(|n| {
                let agency = ix.lower(n.end) == "(" && (n.end + 1..n.end + 6).any(|k| ix.lower(k) == ")");
                let after = if agency {
                    (n.end + 1..n.end + 6).find(|&k| ix.lower(k) == ")").map_or(n.end, |k| k + 1)
                } else {
                    n.end
                };
                n.actors.contains(&state) && ix.is_dash(after)
            });
        (capitals && (matches!(ix.lower(m.end), "," | "(") || stop_dated) || dash || dated || city_state)
            .then_some(state)
    })
}

/// "Mr Whitlam, who flew in from Canberra last night": an arrival that names no place (see
/// [`Trigger::to_dateline`]), by someone not of the dateline's state, went to that state; a
/// diplomat "summoned to" a ministry that names no state was summoned by it.
fn to_the_dateline_place(ix: &DocIndex<'_>, list: &mut [Event]) {
    // People arriving ("Russian troops arrived" is no visit of a state).
    let placeless = |e: &Event| {
        e.trigger.to_dateline
            && !e.participants.is_empty()
            && e.participants.iter().all(|&p| ix.actor_kind(p) == Some(ActorKind::Person))
    };
    if !list.iter().any(placeless) {
        return;
    }
    let dateline = dateline_state(ix);
    // "Haig, who flew in from London on Friday evening, held a final session with President
    // Galtieri": the state of the one the visitor met in the same sentence (else that person).
    // The meetings by their first sentence, and the states by country, are gathered once.
    let mut meetings: crate::data::FastMap<usize, Vec<usize>> = crate::data::FastMap::default();
    for (i, m) in list.iter().enumerate().filter(|(_, m)| m.kind == EventType::Meeting) {
        if let Some(&si) = m.sentences.first() {
            meetings.entry(si).or_default().push(i);
        }
    }
    let mut states: crate::data::FastMap<&str, usize> = crate::data::FastMap::default();
    for x in (0..ix.actors.list.len()).filter(|&x| ix.actor_kind(x) == Some(ActorKind::State)) {
        if let Some(code) = ix.country(x) {
            states.entry(code).or_insert(x);
        }
    }
    let places: Vec<(usize, usize)> = list
        .iter()
        .enumerate()
        .filter(|(_, e)| placeless(e))
        .filter_map(|(i, e)| {
            let (&visitor, &si) = (e.participants.first()?, e.sentences.first()?);
            let home = ix.country(visitor);
            let met = || {
                let meeting = meetings
                    .get(&si)?
                    .iter()
                    .filter_map(|&i| list.get(i))
                    .find(|m| m.participants.contains(&visitor))?;
                let host = meeting.participants.iter().copied().find(|&p| {
                    p != visitor
                        && ix.actor_kind(p) == Some(ActorKind::Person)
                        && ix.country(p).is_some_and(|c| Some(c) != home)
                })?;
                Some(ix.country(host).and_then(|c| states.get(c).copied()).unwrap_or(host))
            };
            let abroad =
                |x: &usize| e.participants.iter().all(|&v| ix.country(v).is_none_or(|h| Some(h) != ix.country(*x)));
            let place = capital_of_sentence(ix, si, home).or(dateline).or_else(met).filter(abroad)?;
            Some((i, place))
        })
        .collect();
    for (i, place) in places {
        if let Some(e) = list.get_mut(i) {
            e.participants.push(place);
            // "The Soviet Ambassador was called to the Department of External Affairs": in a
            // directed event the state added is the one that acts (summons, criticises).
            if e.kind.is_directed() {
                e.initiator = Some(place);
            }
        }
    }
}

/// "The signing at the Rainbow Towers in Harare was witnessed by Mbeki, who flew into the capital
/// yesterday": the state whose capital sentence `si` names, when it goes "into" or "in the
/// capital" (a capital after "from" is where the visitor came from, and the visitor's own
/// country, `home`, is no destination).
fn capital_of_sentence(ix: &DocIndex<'_>, si: usize, home: Option<&str>) -> Option<usize> {
    let s = ix.doc.sentences.get(si)?;
    let (a, b) = (s.first_token, s.end_token);
    let the_capital = (a + 2..b)
        .any(|k| ix.lower(k) == "capital" && ix.lower(k - 1) == "the" && matches!(ix.lower(k - 2), "into" | "in"));
    if !the_capital {
        return None;
    }
    (a..b).find_map(|k| {
        let m = ix.mention_at(k).filter(|m| m.first == k && m.kind == Some(crate::actors::MentionKind::Capital))?;
        let state = m.actors.first().copied().filter(|&x| home.is_none() || ix.country(x) != home)?;
        (k == a || ix.lower(k - 1) != "from").then_some(state)
    })
}

/// "Blinken said Washington strongly condemned the attack", "Russia also denounced it, with
/// spokeswoman Maria Zakharova describing ...": a state that criticises through an official of
/// its own (a person with a title) named in the same sentence has that person among the critics.
fn speaking_for_the_state(ix: &DocIndex<'_>, list: &mut [Event]) {
    for e in list.iter_mut().filter(|e| e.kind == EventType::Criticism) {
        let Some(&critic) = e.participants.first() else { continue };
        if !matches!(ix.actor_kind(critic), Some(ActorKind::State | ActorKind::Body)) {
            continue;
        }
        let Some(code) = ix.country(critic) else { continue };
        let of_state = |p: usize| ix.actor_kind(p) == Some(ActorKind::Person) && ix.country(p) == Some(code);
        if e.participants.iter().any(|&p| of_state(p)) {
            continue;
        }
        let Some(&(start, end)) = e.evidence.first() else { continue };
        let person = ix
            .actors
            .mentions_in(start, end)
            .iter()
            .map(|m| m.actor)
            .find(|&p| of_state(p) && ix.actors.list.get(p).is_some_and(|a| !a.titles.is_empty()));
        if let Some(p) = person {
            e.participants.insert(1, p);
        }
    }
}

/// "departs for Fiji next week": what the text tells as happening, dated after publication, is
/// planned.
fn ahead_is_planned(status: Status, date: Option<EventDate>, published: Option<Date>) -> Status {
    match (date, published) {
        (Some(d), Some(p)) if status == Status::Occurred && d.value.date > p && d.value.end.is_none() => {
            Status::Planned
        }
        _ => status,
    }
}

/// The event mentions of one sentence.
fn read_sentence(
    ix: &DocIndex<'_>,
    lex: &'static EventLexicon,
    si: usize,
    a: usize,
    b: usize,
    out: &mut Vec<EventMention>,
) {
    let mut found = triggers_in(ix, lex, a, b);
    // A cancelled trigger ("the coup leader") is a plain word: it bounds no other's complements.
    found.retain(|&(ts, te, trig)| !cancelled(ix, trig, ts, te));
    let mut summits = Vec::new();
    let first_of_sentence = out.len();
    // A trigger after a topic word of an earlier noun trigger is that event's subject
    // ("agreements on prisoner exchanges"), not an event of its own.
    let mut topic_from: Option<usize> = None;
    // A strike named as what a criticism is about ("condemned the attack"): not an event again.
    let mut criticised: Option<usize> = None;
    for (n, &(ts, te, trig)) in found.iter().enumerate() {
        // "a new dialogue on economic security, Kishida said at a joint press conference": a
        // verb of reporting ends the topic.
        if topic_from.is_some_and(|t| (t..ts).any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Reported)))) {
            topic_from = None;
        }
        if topic_from.is_some_and(|t| ts > t) && trig.form == Form::Noun || criticised == Some(ts) {
            continue;
        }
        if trig.form == Form::Verb || trig.form == Form::VerbObject {
            topic_from = None;
        }
        // After a determiner a past participle is an adjective ("a negotiated solution") and a
        // verb's base form is a noun ("his visit to Kyiv").
        let mut trig = trig;
        // Determiners, and prepositions ("after visits to Juba by ...").
        let determiner = |k: usize| {
            matches!(ix.lower(k), "'s" | "’s")
                || ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Determiner) && m.end == k + 1)
        };
        // "Lopez Obrador's planned visit": a possessive two words back is a determiner too
        // (unless the word between is who acts: "Ecuador's government accused").
        // So is one before an ordinal or adjective: "his first meeting with", "their recent visit".
        let agent_between = || ix.cue_match(ts - 1).is_some_and(|m| m.value.has(Cue::Agent) && m.end == ts);
        let determined = ts > a && determiner(ts - 1)
            || ts > a + 1 && matches!(ix.lower(ts - 2), "'s" | "’s") && !agent_between()
            || ts > a + 1
                && matches!(ix.lower(ts - 2), "his" | "her" | "their" | "its" | "our")
                && ix.word(ts - 1).starts_with(char::is_lowercase);
        if trig.form != Form::Noun && determined {
            // "a free trade agreement": a verb that needs an actor after it is no noun.
            if ix.lower(te - 1).ends_with("ed") || trig.form == Form::VerbObject {
                continue;
            }
            trig = as_noun(trig);
        }
        // A capitalised agreement or declaration inside a name ("the Northern Ireland Protocol",
        // "the L.A. Declaration") is a document named as a topic.
        let capitalised_noun =
            trig.form == Form::Noun && ts > a && ix.word(ts).chars().next().is_some_and(char::is_uppercase);
        let named_document = matches!(trig.kind, EventType::Agreement | EventType::Statement) && capitalised_noun;
        if named_document {
            continue;
        }
        // "fighting", "clashes": context unless they broke out or flared.
        if trig.situation && !(te..b.min(te + 4)).any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Onset))) {
            continue;
        }
        // Nouns after "including" are issues on a list ("including the exchange of detainees"),
        // unless a preposition opens a phrase of its own between ("including in light of the
        // upcoming meeting").
        let own_possessor = ts > a && matches!(ix.lower(ts - 1), "their" | "his" | "her" | "our");
        let listed = (a..ts).rev().take(6).find(|&k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::List)));
        if trig.form == Form::Noun
            && !own_possessor
            && listed.is_some_and(|k| !(k + 1..ts).any(|j| frames::is_preposition(ix.lower(j))))
        {
            continue;
        }
        // "John Hume, whom the Taoiseach telephoned": the object stands before the verb.
        // (The object's own conditions hold for it too: "Russia, whom Washington called on to
        // withdraw" is no meeting.)
        let whom = if trig.form == Form::VerbObject { whom_antecedent(ix, a, ts) } else { None }
            .filter(|m| object_fits(ix, trig, m) && !trig.unless_after_object.contains(&ix.lower(te)));
        // "released by North Vietnam", "was freed by the East Germans": in the passive the actor
        // after "by" is who did it.
        // Not what is published: "a statement released by the Kremlin".
        let published = ts > a && is_document(ix.lower(ts - 1));
        let by_agent = trig.kind.has_agent()
            && ix.lower(te - 1).ends_with("ed")
            && !published
            && frames::agent_after_by(ix, te).is_some();
        if trig.form == Form::VerbObject && whom.is_none() && !by_agent && !actor_follows(ix, trig, te) {
            continue;
        }
        // The next trigger bounds this one's complements, unless it is a noun right after a verb
        // ("threatened military strikes on Syria": the strikes are what is threatened).
        let next_trigger = match found.get(n + 1) {
            Some(&(ns, ne, nt)) if trig.form != Form::Noun && nt.form == Form::Noun && ns <= te + 2 => {
                found.get(n + 2).map_or(b, |x| x.0).max(ne)
            }
            Some(x) => x.0,
            None => b,
        };
        // "the launch of an intercontinental ballistic missile": a test needs its weapon.
        if trig.is_weapons_test()
            && !(ts..b.min(te + 6)).any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Weapon)))
        {
            continue;
        }
        // "pledged $80 million", "delivered weapons": an aid verb needs what it gives.
        if trig.kind == EventType::Aid
            && trig.form != Form::Noun
            && !(te..b.min(te + 8)).any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::AidObject)))
        {
            continue;
        }
        let mut frame = frames::read(ix, lex, trig, a, b, ts, te, next_trigger);
        if let Some(m) = whom {
            // "with Mr Bah N'Daw, whom he called": the pronoun is the main clause's subject, not
            // the one "whom" stands for.
            frame.subject.retain(|x| !m.actors.contains(x));
            if frame.subject.is_empty() {
                let mut main = frames::Frame::default();
                frames::subject_of_clause(ix, a, m.first, &mut main);
                frame.subject = main.subject;
                frame.subject.retain(|x| !m.actors.contains(x));
            }
            // No one else to have done it: not read as the antecedent's own act.
            if frame.subject.is_empty() {
                continue;
            }
            frames::add_new(&mut frame.object, m.actors.iter().copied());
        }
        // "striking regime positions in Idlib": a strike's place abroad is whom it hit.
        if trig.kind == EventType::Military && frame.object.is_empty() {
            let home = |x: usize| ix.country(x);
            let known = !frame.subject.is_empty() && frame.subject.iter().all(|&s| home(s).is_some());
            let abroad = frame
                .place_actor
                .filter(|&p| known && home(p).is_some() && frame.subject.iter().all(|&s| home(s) != home(p)));
            frame.object.extend(abroad);
        }
        // A strike or invasion named as context ("the invasion") is not an event: one needs its
        // target.
        // A weapons test has no target ("North Korea's launch of a ballistic missile").
        if trig.kind == EventType::Military
            && trig.form == Form::Noun
            && frame.object.is_empty()
            && !trig.is_weapons_test()
        {
            continue;
        }
        let reading = status::read(ix, trig, a, b, ts, te);
        // A topic right after a noun ("agreements on prisoner exchanges"), not a date ("on Thursday").
        if topic_from.is_none() && trig.form == Form::Noun {
            topic_from = (te..b.min(te + 2))
                .find(|&k| ix.date_at(k).is_none() && ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Topic)));
        }
        let Some(status) = reading.status else { continue };
        // "condemned the attack", "denounced it", "condemned what he called a heinous attack":
        // an earlier strike or sanction is what is criticised, and whoever struck is the target.
        // So is the one named with a definite article after the verb ("condemned the sanctions as
        // hostile to Iran"), whatever else the clause names.
        if trig.kind == EventType::Criticism && trig.form != Form::Noun {
            let act = found.get(n + 1..).and_then(|rest| {
                rest.iter()
                    .take_while(|x| x.0 < te + 8)
                    .find(|x| matches!(x.2.kind, EventType::Military | EventType::Sanction))
            });
            let strike = act.filter(|x| x.2.kind == EventType::Military);
            let referred = act.filter(|x| x.0 > 0 && matches!(ix.lower(x.0 - 1), "the" | "these" | "this" | "those"));
            if frame.object.is_empty() && (strike.is_some() || matches!(ix.lower(te), "it" | "them")) {
                let noun = strike.map(|x| ix.lower(x.1.saturating_sub(1)));
                if let Some(earlier) = struck_before(ix, out, si, &frame.subject, noun, false) {
                    frame.object = earlier;
                    criticised = strike.map(|s| s.0);
                }
            } else if let Some(x) = referred {
                let noun = ix.lower(x.1.saturating_sub(1));
                if let Some(earlier) = struck_before(ix, out, si, &frame.subject, Some(noun), true) {
                    frames::add_new(&mut frame.object, earlier);
                    criticised = Some(x.0);
                }
            }
            // "Abbas condemned the agreements", "denounced the accords as a capitulation": the
            // sides of the agreement told before are the target.
            let accord = found.get(n + 1).filter(|x| {
                x.2.kind == EventType::Agreement
                    && x.2.form == Form::Noun
                    && x.0 <= te + 1
                    && x.0 > 0
                    && matches!(ix.lower(x.0 - 1), "the" | "these" | "this" | "those")
            });
            if let Some(x) = accord.filter(|_| frame.object.is_empty()) {
                if let Some(sides) = agreed_before(out, si, &frame.subject) {
                    frame.object = sides;
                    criticised = Some(x.0);
                }
            }
        }
        // "had an audience with King Tupou VI and held talks with ...", "received him and held
        // talks": a verb right after "and" shares the subject of the sentence's event before it.
        // So does one without a subject of its own after "before", "then" or (a noun) "for":
        // "travels to Beirut for separate talks with ..., before flying to Ankara".
        // ("and two days later suspended visa services": a date between changes nothing.)
        let before_date = (a..ts).rev().find(|&k| ix.date_at(k).is_none());
        let after_and = trig.form != Form::Noun && before_date.is_some_and(|k| ix.lower(k) == "and");
        // "flew to Beijing to meet Wang Yi", "will visit the ASEAN secretariat to meet its
        // secretary-general", "flew on to Hanoi the same day for talks with": the purpose of a
        // trip is the traveller's.
        let purpose_of_trip = trig.form != Form::Noun
            && ts > a
            && (ix.lower(ts - 1) == "to" || ix.lower(ts) == "for")
            && out.get(first_of_sentence..).and_then(|m| m.last()).is_some_and(|m| m.trigger.kind == EventType::Visit);
        // "leave Astana later on Thursday for a state visit to Tajikistan": a trip named after
        // the "for" of a verb of leaving is the traveller's.
        let leaving = if frame.subject.is_empty() && trig.kind.is_consult() && trig.form == Form::Noun {
            left_for(ix, a, ts)
        } else {
            None
        };
        if let Some(verb) = leaving {
            frames::subject_of_clause(ix, a, verb, &mut frame);
            frame.object.retain(|o| !frame.subject.contains(o));
        }
        // "his tour of the region ... with visits to Qatar, Saudi Arabia and Kuwait", "the final
        // stop of a tour that also took him to Senegal and Niger": the stops of a trip told just
        // before in the sentence are the traveller's, and planned when the trip is.
        let trip = out.get(first_of_sentence..).and_then(|m| m.last()).filter(|m| {
            m.trigger.kind == EventType::Visit
                && m.frame.subject.iter().any(|&p| ix.actor_kind(p) == Some(ActorKind::Person))
        });
        let stops_of_trip = trig.kind == EventType::Visit
            && trig.form == Form::Noun
            && frame.subject.is_empty()
            && !frame.destinations.is_empty()
            && trip.is_some();
        let status = match trip {
            Some(t) if stops_of_trip && t.status == Status::Planned => Status::Planned,
            _ => status,
        };
        // ("their conversations" is both sides: read below.)
        let theirs = trig.form == Form::Noun && ts > a && ix.lower(ts - 1) == "their";
        // "agreed to a ceasefire, after talks chaired by Anwar": both sides of the act the talks
        // led to.
        let ended = frame.subject.is_empty() && trig.kind == EventType::Meeting && frames::ended_talks(ix, a, ts, te);
        if ended
            || after_and
            || purpose_of_trip
            || stops_of_trip
            || frame.subject.is_empty()
                && trig.kind.is_consult()
                && !capitalised_noun
                && !theirs
                && continues(ix, trig, a, ts)
        {
            // (Talks ended by an act: the latest act of the sentence with two sides.)
            let earlier = out.get(first_of_sentence..).unwrap_or_default();
            let prev = if ended {
                earlier.iter().rev().find(|m| m.frame.subject.len() >= 2)
            } else {
                earlier.last().filter(|m| !m.frame.subject.is_empty())
            };
            if let Some(prev) = prev {
                frame.subject = prev.frame.subject.clone();
                frame.object.retain(|o| !frame.subject.contains(o));
                if frame.initiator.is_some_and(|i| !frame.subject.contains(&i)) {
                    frame.initiator = prev.frame.initiator.filter(|i| frame.subject.contains(i));
                }
            }
        }
        // "a joint press conference after the talks": both sides of the latest call, meeting or
        // visit gave it.
        let joint = trig.kind == EventType::Statement
            && trig.form == Form::Noun
            && (ts.saturating_sub(2).max(a)..=ts).any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Joint)));
        if joint {
            if let Some(prev) = out
                .iter()
                .rev()
                .find(|m| m.trigger.kind.is_consult() && m.frame.subject.len() + m.frame.object.len() >= 2)
            {
                for &x in prev.frame.subject.iter().chain(&prev.frame.object) {
                    if !frame.subject.contains(&x)
                        && !frame.object.contains(&x)
                        && ix.actor_kind(x) == Some(ActorKind::Person)
                    {
                        frame.object.push(x);
                    }
                }
            }
        }
        // "Mr. Obama's tour of Asia, which also includes visits in South Korea": the visits are the
        // tour's, and so is their visitor.
        if trig.form == Form::Noun
            && (ts.saturating_sub(3).max(a)..ts).any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Inclusion)))
        {
            if let Some(prev) = out
                .get(first_of_sentence..)
                .and_then(|m| m.last())
                .filter(|m| m.trigger.kind == trig.kind && !m.frame.subject.is_empty())
            {
                frame.subject = prev.frame.subject.clone();
            }
        }
        // "spoke with Ebrard following their conversations": "their" is the sides just named.
        if trig.form == Form::Noun && own_possessor && ix.lower(ts - 1) == "their" && frame.subject.is_empty() {
            // (Not a trip's traveller and destination: "during Jiang's visit, which began in
            // Honolulu, Clinton pressed his guest at their summit".)
            let sides = |m: &&EventMention| m.frame.subject.len() + m.frame.object.len() >= 2;
            // (In the same sentence: "Putin, who discussed the crisis with Bush during their
            // summit" is Putin's and Bush's, not the sides of the sentence before.)
            let prev = out.get(first_of_sentence..).and_then(|m| m.last());
            if let Some(prev) = prev.filter(sides).filter(|m| m.trigger.kind != EventType::Visit) {
                frame.subject = prev.frame.subject.iter().chain(&prev.frame.object).copied().collect();
            } else if let Some(with) = (a..ts).rev().take(15).find(|&k| ix.lower(k) == "with") {
                // "discussed the crisis with Bush during their summit": the clause's subject and
                // the one it was with.
                let person = ix.mention_at(with + 1).filter(|m| ix.names_person(m));
                if let Some(m) = person {
                    let mut clause = frames::Frame::default();
                    frames::subject_of_clause(ix, a, with, &mut clause);
                    if !clause.subject.is_empty() {
                        frame.subject = clause.subject.iter().chain(m.actors.iter()).copied().collect();
                    }
                }
            }
        }
        // "the Summit of the Americas", "the Normandy Format meeting": a grouping whose name holds
        // the noun is the meeting's party, and the noun names it, not an earlier event.
        let named_by_org = if trig.form == Form::Noun {
            (a..=ts).rev().take(4).find_map(|k| ix.mention_at(k)).filter(|m| m.end > ts).map(|m| m.actors.to_vec())
        } else {
            None
        };
        if let Some(orgs) = &named_by_org {
            for &o in orgs {
                if !frame.object.contains(&o) {
                    frame.object.push(o);
                }
            }
        }
        let anaphoric = named_by_org.is_none() && trig.form == Form::Noun && ts > a && is_anaphor(ix, ts, a);
        // A summit named by its grouping alone may be where another meeting of the clause is held.
        // So may a meeting with a name of its own ("to London for the Ukraine Recovery Conference").
        let only_summit = trig.kind == EventType::Meeting
            && frame.subject.is_empty()
            && (capitalised_noun
                || named_by_org.as_ref().is_some_and(|orgs| frame.object.iter().all(|o| orgs.contains(o))));
        // "an ASEAN summit in Indonesia": a meeting of groupings alone is hosted where it meets.
        let groupings_only = trig.kind == EventType::Meeting
            && trig.form == Form::Noun
            && frame.subject.is_empty()
            && !frame.object.is_empty()
            && frame.object.iter().all(|&o| ix.actor_kind(o) == Some(ActorKind::Organization));
        if only_summit || groupings_only {
            summit_host(ix, te, &mut frame);
        }
        let sink = if only_summit { &mut summits } else { &mut *out };
        let noun = trig.form == Form::Noun;
        let speech = trig.kind == EventType::Statement;
        let date = clause_date(ix, si, clause_of(ix, a, b, ts, te, noun), (ts, te), noun, speech);
        // "will continue the conversation from his visit last week": a noun dated before the
        // publication day took place, whatever the clause's verb plans.
        let published = ix.dates.reference;
        let own_phrase = |d: &EventDate| {
            let at = d.expression.and_then(|x| ix.dates.expressions.get(x)).map_or(0, |e| e.span.0);
            let at = ix.doc.token_at(at);
            at >= te && at <= te + 8 && !found.iter().any(|&(s, _, _)| s > ts && s < at)
        };
        let past = matches!((date, published), (Some(d), Some(p)) if own_phrase(&d) && d.value.last_day() < p);
        // "signed a plan of consultations for 2024-2028", "agreed to meet again next year": a verb
        // in the past tense tells what has happened; a later date in its clause is another's.
        let told_past = trig.form != Form::Noun && ix.lower(ts).ends_with("ed") && status == Status::Occurred;
        let date = match (date, published) {
            (Some(d), Some(p)) if told_past && d.value.date > p => None,
            _ => date,
        };
        let status =
            if status == Status::Planned && trig.form == Form::Noun && past { Status::Occurred } else { status };
        // "who is in Astana on a working visit", "is making her first visit to Washington", "This
        // is the first visit to China by ...": a visit told in the present is under way on the
        // article's day.
        let date = match (date, published) {
            (None, Some(p))
                if trig.kind == EventType::Visit && status == Status::Occurred && told_present(ix, a, ts) =>
            {
                Some(the_day(p))
            }
            _ => date,
        };
        let mention = EventMention {
            trigger: trig,
            sentence: si,
            tokens: (ts, te),
            frame,
            status,
            recent: reading.recent,
            date,
            anaphoric,
            count: count_near(ix, ts, te),
        };
        // "Erdogan hosted his Russian counterpart Vladimir Putin in Ankara", "Scholz was received
        // in Dakar by President Macky Sall": a guest from abroad met at home is on a visit.
        if trig.mode == "host" {
            if let Some(v) = hosted_visit(ix, &mention) {
                sink.push(v);
            }
        }
        // "held separate bilateral meetings with Obama, Wen and Noda": one event with each.
        // "met separately with A and with B" too.
        let separate = trig.kind.is_consult()
            && (ts.saturating_sub(3).max(a)..(te + 1).min(b))
                .any(|k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Separate)));
        // Over the people named when there are several (the summit they met at is a venue).
        let each = || {
            let people: Vec<usize> =
                mention.frame.object.iter().copied().filter(|&o| ix.actor_kind(o) == Some(ActorKind::Person)).collect();
            if people.len() >= 2 {
                people
            } else {
                mention.frame.object.clone()
            }
        };
        match (separate && !mention.frame.subject.is_empty()).then(each).filter(|e| e.len() >= 2) {
            Some(each) => {
                for o in each {
                    let mut one = mention.clone();
                    one.frame.object = vec![o];
                    sink.push(one);
                }
            }
            None => sink.push(mention),
        }
    }
    // A grouping named as a venue is a summit, unless an event read above already covers it.
    let covered: Vec<(usize, usize)> = out
        .get(first_of_sentence..)
        .unwrap_or(&[])
        .iter()
        .chain(&summits)
        .map(|m| (m.tokens.0.saturating_sub(3), m.tokens.1 + 3))
        .collect();
    summit_mentions(ix, lex, si, a, b, &covered, &mut summits);
    join_summits(ix, a, b, summits, out, first_of_sentence);
    noun_objects(out.get_mut(first_of_sentence..).unwrap_or(&mut []));
    mediators(ix, a, b, out.get_mut(first_of_sentence..).unwrap_or(&mut []));
}

/// "agreed to a ceasefire ... following talks in Moscow with the mediation of the Russian
/// Federation", "a truce brokered by Qatar": the mediator is a side of the talks and agreements
/// named before it in the sentence.
fn mediators(ix: &DocIndex<'_>, a: usize, b: usize, sentence: &mut [EventMention]) {
    // Only a talk or agreement with sides of its own takes one: "a truce brokered by Qatar"
    // alone names no truce of Qatar's.
    let takes = |e: &EventMention| {
        !e.frame.subject.is_empty() && matches!(e.trigger.kind, EventType::Meeting | EventType::Agreement)
    };
    if !sentence.iter().any(takes) {
        return;
    }
    let mut k = a;
    while k < b {
        let Some(cue) = ix.cue_match(k).filter(|m| m.value.has(Cue::Mediator)) else {
            k += 1;
            continue;
        };
        // "brokered by Qatar, Egypt and the United States": every name of the list.
        let mut third: Vec<usize> = Vec::new();
        let mut at = cue.end;
        while let Some(m) = ix.mention_at(at) {
            third.extend(m.actors.iter().copied());
            at = m.end;
            if !matches!(ix.lower(at), "and" | ",") {
                break;
            }
            // "... and the United States", "..., and Egypt".
            let next = (at + 1..at + 4).find(|&j| !matches!(ix.lower(j), "the" | "and"));
            match next.filter(|&j| ix.mention_at(j).is_some()) {
                Some(j) => at = j,
                None => break,
            }
        }
        for e in sentence.iter_mut().filter(|e| e.tokens.1 <= k && takes(e)) {
            let subject = &e.frame.subject;
            frames::add_new(&mut e.frame.object, third.iter().copied().filter(|x| !subject.contains(x)));
        }
        k = at.max(cue.end);
    }
}

/// The visit of the guests of a host's meeting ("hosted", "was received by") held in the host's
/// own country (a person of the place's country is a side) by the people from elsewhere: one
/// mention, the guests as subject and that country as object.
fn hosted_visit(ix: &DocIndex<'_>, m: &EventMention) -> Option<EventMention> {
    let actor = |x: usize| ix.actors.list.get(x);
    let home = m.frame.place_actor.filter(|&p| ix.actor_kind(p) == Some(ActorKind::State))?;
    let home_code = actor(home)?.country?;
    let sides = || m.frame.subject.iter().chain(&m.frame.object).copied();
    if !sides().any(|s| actor(s).is_some_and(|a| a.kind == ActorKind::Person && a.country == Some(home_code))) {
        return None;
    }
    let guests: Vec<usize> = sides()
        .filter(|&o| actor(o).is_some_and(|a| a.kind == ActorKind::Person && a.country.is_some_and(|c| c != home_code)))
        .collect();
    if guests.is_empty() {
        return None;
    }
    let mut visit = m.clone();
    visit.trigger = EventLexicon::get().noun_of(EventType::Visit)?;
    visit.frame.subject = guests;
    visit.frame.object = vec![home];
    visit.frame.destinations = vec![home];
    visit.frame.initiator = None;
    Some(visit)
}

/// Whether a cue that goes on with the sentence's subject ([`Cue::Continues`], and
/// [`Cue::Purpose`] before a noun) comes right before the trigger at `ts`, or before a
/// determiner or adjective there ("for separate talks", "after a meeting").
fn continues(ix: &DocIndex<'_>, trig: &Trigger, a: usize, ts: usize) -> bool {
    (ts.saturating_sub(3).max(a)..ts).any(|k| {
        ix.cue_match(k).is_some_and(|m| {
            (m.value.has(Cue::Continues) || trig.form == Form::Noun && m.value.has(Cue::Purpose))
                && m.end <= ts
                && m.end + 2 >= ts
                && (m.end..ts)
                    .all(|j| ix.word(j).starts_with(|c: char| c.is_lowercase()) && !frames::is_preposition(ix.lower(j)))
        })
    })
}

/// Tokens a verb of leaving may stand before the "for" of its trip ("leave Astana later on
/// Thursday for").
const TRAVEL_REACH: usize = 8;

/// The verb of leaving whose "for" the event noun at `ts` follows, or a verb of coming back
/// whose "from" it follows ("came home Thursday from a three-day summit"), with a determiner
/// and a few lower-case words, hyphens or numbers between, in the sentence that starts at `a`.
fn left_for(ix: &DocIndex<'_>, a: usize, ts: usize) -> Option<usize> {
    let f = (ts.saturating_sub(6).max(a)..ts).rev().find(|&k| matches!(ix.lower(k), "for" | "from"))?;
    // Lower-case words, hyphens and numbers ("a three-day state visit").
    let plain = |k: usize| {
        let w = ix.word(k);
        (w.starts_with(char::is_lowercase) || w == "-" || w.starts_with(|c: char| c.is_ascii_digit()))
            && ix.mention_at(k).is_none()
    };
    let between_plain = (f + 1..ts).all(plain);
    if !between_plain {
        return None;
    }
    (f.saturating_sub(TRAVEL_REACH).max(a)..f)
        .rev()
        .find(|&k| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Travel) && m.end <= f))
}

/// The triggers of tokens `a..b` as (first token, end token, trigger). A date inside a trigger
/// does not break it: "agreed on Wednesday to resume", "met on Friday with".
fn triggers_in(
    ix: &DocIndex<'_>,
    lex: &'static EventLexicon,
    a: usize,
    b: usize,
) -> Vec<(usize, usize, &'static Trigger)> {
    let text = ix.doc.text;
    if (a..b).all(|k| ix.date_at(k).is_none()) {
        let (tokens, keys) = (ix.doc.tokens.get(a..b).unwrap_or(&[]), ix.doc.keys.get(a..b).unwrap_or(&[]));
        return lex
            .triggers
            .find_all(text, tokens, keys)
            .into_iter()
            .map(|(i, m)| (a + i, a + m.end, m.value))
            .collect();
    }
    let kept: Vec<usize> = (a..b).filter(|&k| ix.date_at(k).is_none()).collect();
    let toks: Vec<crate::text::Token> = kept.iter().filter_map(|&k| ix.doc.tokens.get(k).copied()).collect();
    let ks: Vec<u64> = kept.iter().filter_map(|&k| ix.doc.keys.get(k).copied()).collect();
    lex.triggers
        .find_all(text, &toks, &ks)
        .into_iter()
        .filter_map(|(i, m)| Some((*kept.get(i)?, kept.get(m.end.checked_sub(1)?)? + 1, m.value)))
        .collect()
}

/// "threatened military strikes on Syria": a verb whose object is an event noun right after it
/// takes that event's object for its own.
fn noun_objects(sentence: &mut [EventMention]) {
    for k in 1..sentence.len() {
        let (before, after) = sentence.split_at_mut(k);
        let (Some(v), Some(n)) = (before.last_mut(), after.first()) else { continue };
        if v.trigger.form != Form::Noun
            && !v.trigger.kind.is_consult()
            && n.trigger.form == Form::Noun
            && n.tokens.0 <= v.tokens.1 + 2
            && v.frame.object.is_empty()
        {
            v.frame.object = n.frame.object.iter().copied().filter(|x| !v.frame.subject.contains(x)).collect();
        }
    }
}

/// "shook hands at the Summit of the Americas", "their talks during the G20": a summit named in
/// the clause of a meeting is a party of that meeting, not an event of its own.
fn join_summits(
    ix: &DocIndex<'_>,
    a: usize,
    b: usize,
    summits: Vec<EventMention>,
    out: &mut Vec<EventMention>,
    first: usize,
) {
    let groupings: Vec<usize> = summits.iter().flat_map(|s| s.frame.object.iter().copied()).collect();
    for mut s in summits {
        let at = s.tokens.0;
        let host = out.get_mut(first..).unwrap_or(&mut []).iter_mut().rev().find(|m| {
            let noun = m.trigger.form == Form::Noun;
            // "seeing each other at the G7, and Brazil hosting the G20": a meeting is held at one
            // summit, and a summit with a host of its own is its own event.
            let sides = || m.frame.subject.iter().chain(&m.frame.object);
            let other_summit = sides().any(|x| groupings.contains(x) && !s.frame.object.contains(x));
            let own_host = s.frame.subject.iter().any(|x| !sides().any(|y| y == x));
            // "met President Xi at the G20 Summit in Brazil": a meeting of two sides held at a
            // summit is one event, the summit another.
            let bilateral = sides().filter(|&&x| ix.actor_kind(x) != Some(ActorKind::Organization)).count() >= 2
                && m.status == Status::Occurred
                && held_at(ix, a, at);
            m.trigger.kind == EventType::Meeting && m.tokens.1 <= at && !other_summit && !own_host && !bilateral && {
                let (_, end) = clause_of(ix, a, b, m.tokens.0, m.tokens.1, noun);
                at < end
            }
        });
        match host {
            Some(m) => {
                for &x in &s.frame.object {
                    if !m.frame.object.contains(&x) && !m.frame.subject.contains(&x) {
                        m.frame.object.push(x);
                    }
                }
            }
            None => {
                // "their conversations in Los Angeles during the Summit of the Americas": the
                // place of the meeting held at the summit is the summit's host.
                let hosted = s.frame.object.iter().any(|&x| ix.actor_kind(x) == Some(ActorKind::State));
                let place = out
                    .get(first..)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .find(|m| m.trigger.kind == EventType::Meeting && m.tokens.1 <= at)
                    .and_then(|m| m.frame.place_actor)
                    .filter(|&p| ix.actor_kind(p) == Some(ActorKind::State));
                if let Some(p) = place.filter(|_| !hosted) {
                    s.frame.object.push(p);
                }
                out.push(s);
            }
        }
    }
}

/// Whether the words before token `at` (a summit's name) make it where something was held:
/// "at the", "during the", "on the sidelines of the" (not "for the", "around the time of the").
fn held_at(ix: &DocIndex<'_>, a: usize, at: usize) -> bool {
    let mut k = at;
    // Back over the article and the grouping's name ("at the G20 Summit").
    while k > a
        && at - k < 6
        && (matches!(ix.lower(k - 1), "the" | "a" | "this" | "last" | "-")
            || ix.word(k - 1).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        k -= 1;
    }
    k > a
        && (matches!(ix.lower(k - 1), "at" | "during")
            || k > a + 2 && matches!(ix.lower(k - 2), "sidelines" | "margins"))
}

/// The noun reading of a verb trigger ("visit", "call"): the same entry with a noun's frame.
fn as_noun(trig: &'static Trigger) -> &'static Trigger {
    EventLexicon::get().noun_of(trig.kind).unwrap_or(trig)
}

/// "spoke at the G20", "Brazil hosting the G20", "seeing each other at the G7": a grouping that
/// meets as a summit, named where a meeting is, stands for its meeting.
fn summit_mentions(
    ix: &DocIndex<'_>,
    lex: &'static EventLexicon,
    si: usize,
    a: usize,
    b: usize,
    covered: &[(usize, usize)],
    out: &mut Vec<EventMention>,
) {
    let Some(noun) = lex.noun_of(EventType::Meeting) else { return };
    let orgs = &crate::actors::lexicon::ActorLexicon::get().organizations;
    for k in a..b {
        let Some(m) = ix.mention_at(k) else { continue };
        if covered.iter().any(|&(s, e)| k >= s && k < e) {
            continue;
        }
        let is_summit = m.actors.len() == 1
            && m.actors
                .first()
                .and_then(|&x| ix.actors.list.get(x))
                .and_then(|x| x.organization)
                .and_then(|o| orgs.get(usize::from(o)))
                .is_some_and(|o| lex.summits.contains(&o.id));
        if !is_summit {
            continue;
        }
        let before = k.saturating_sub(5).max(a)..k;
        // "to join NATO", "chairs the AU": an office in the grouping or a membership of it.
        if before.clone().any(|p| ix.cue_match(p).is_some_and(|c| c.value.has(Cue::Role))) {
            continue;
        }
        // The cue right before the name, or a few modifiers between ("at the G20", "to a
        // productive Pacific Islands Forum"), but no preposition of another phrase ("to strengthen
        // coordination within BRICS").
        let cue = before.into_iter().any(|p| {
            ix.cue_match(p).is_some_and(|c| {
                (c.value.has(Cue::Venue) || c.value.has(Cue::Support))
                    && c.end + 3 >= k
                    && c.end <= k
                    && !(c.end..k).any(|j| frames::is_preposition(ix.lower(j)))
            })
        });
        if !cue {
            continue;
        }
        // The grouping, and the clause's subject: the people or the host named before.
        let mut frame = frames::Frame { object: m.actors.to_vec(), ..frames::Frame::default() };
        // "Brazil hosting the G20": the host is a party.
        let host = (k.saturating_sub(3).max(a)..k).find(|&p| ix.lower(p).starts_with("host"));
        match host.and_then(|h| ix.mention_ending_at(h)) {
            Some(h) => frame.subject = h.actors.to_vec(),
            None => frames::subject_of_clause(ix, a, k, &mut frame),
        }
        summit_host(ix, m.end, &mut frame);
        let reading = status::read(ix, noun, a, b, k, m.end);
        let Some(status) = reading.status else { continue };
        out.push(EventMention {
            trigger: noun,
            sentence: si,
            tokens: (k, m.end),
            frame,
            status,
            recent: reading.recent,
            date: clause_date(ix, si, clause_of(ix, a, b, k, m.end, true), (k, m.end), true, false),
            anaphoric: false,
            count: None,
        });
    }
}

/// "the Pacific Islands Forum in Nauru", "an ASEAN summit in Indonesia": the state a summit
/// meets in (named right after it) hosts it, and takes part.
fn summit_host(ix: &DocIndex<'_>, end: usize, frame: &mut frames::Frame) {
    if ix.lower(end) != "in" {
        return;
    }
    let Some(place) = ix.mention_at(end + 1).filter(|p| p.actors.len() == 1) else { return };
    let state = place.actors.iter().copied().find(|&x| ix.actor_kind(x) == Some(ActorKind::State));
    if let Some(x) = state.filter(|x| !frame.subject.contains(x) && !frame.object.contains(x)) {
        frame.object.push(x);
        frame.place = Some((place.first, place.end));
        frame.place_actor = Some(x);
    }
}

/// "called for", "talks about": words after the trigger that cancel it; and a verb as the second
/// half of a hyphenated word ("the so-called Astana process") is no trigger.
fn cancelled(ix: &DocIndex<'_>, trig: &Trigger, ts: usize, te: usize) -> bool {
    if ts > 1 && trig.form != Form::Noun && ix.is_inner_hyphen(ts - 1) {
        return true;
    }
    // Words that open a date cancel nothing: "a telephone call on Sunday" is no "call on".
    let dated = |n: usize| ix.date_at(te + n).is_some() || ix.date_at(te + n + 1).is_some();
    trig.unless_next.iter().any(|words| {
        words.iter().enumerate().all(|(n, w)| ix.lower(te + n) == *w)
            && !dated(words.len().saturating_sub(1))
            && !(words.len() == 1 && described_person(ix, te))
    })
}

/// "the Sinn Féin president, Mr Gerry Adams,": a definite description of a few words (no
/// preposition), then the person it describes in apposition.
fn described_person(ix: &DocIndex<'_>, at: usize) -> bool {
    if ix.lower(at) != "the" {
        return false;
    }
    let Some(c) = (at + 2..at + 7).find(|&k| ix.lower(k) == ",") else { return false };
    // What follows the name is no second object ("called the Russian president, Vladimir Putin,
    // a genius" names him).
    let then = |e: usize| match ix.lower(e) {
        "." | "" => true,
        "," => !matches!(ix.lower(e + 1), "a" | "an" | "the" | "his" | "her" | "their"),
        w => ix.date_at(e).is_some() || frames::is_preposition(w),
    };
    let person_to =
        |k: usize, past: usize| ix.mention_at(k).is_some_and(|m| m.end > past && ix.names_person(m) && then(m.end));
    (at + 1..c).all(|k| ix.is_word(k) && !frames::is_preposition(ix.lower(k)))
        // The name after the comma (its honorific is part of its mention), or the title and the
        // name as one mention ("president, Mr Gerry Adams").
        && (person_to(c + 1, c + 1) || (at + 1..c).any(|k| person_to(k, c)))
}

/// The mention a "whom" before the verb at `ts` stands for: the one before its comma ("John
/// Hume, whom the Taoiseach telephoned"), "whom" at most twelve tokens before the verb with
/// only a whole apposition between ("whom the Taoiseach, Dr Garret FitzGerald, telephoned";
/// not "whom he met in May, called").
fn whom_antecedent<'a>(ix: &'a DocIndex<'_>, a: usize, ts: usize) -> Option<&'a index::TokenMention> {
    let k = (ts.saturating_sub(12).max(a + 2)..ts).rev().find(|&k| ix.lower(k) == "whom" && ix.lower(k - 1) == ",")?;
    let commas = (k + 1..ts).filter(|&j| ix.lower(j) == ",").count();
    if commas % 2 == 1 {
        return None;
    }
    ix.mention_ending_at(k - 1)
}

/// Whether mention `m` is an object the verb-object trigger takes: a person for "called on", a
/// diplomat for "summoned".
fn object_fits(ix: &DocIndex<'_>, trig: &Trigger, m: &index::TokenMention) -> bool {
    (!trig.person_object || ix.names_person(m)) && (!trig.diplomat_object || ix.names_diplomat(m))
}

/// Words for what is issued or published ("a statement released by", "footage released by").
#[rustfmt::skip]
fn is_document(w: &str) -> bool {
    matches!(
        w,
        "statement" | "statements" | "communique" | "communiqué" | "report" | "video" | "footage" | "images" |
        "photos" | "photographs" | "figures" | "data" | "document" | "documents" | "transcript" | "list" |
        "readout" | "letter" | "text" | "recording" | "details"
    )
}

/// An actor (or "him", "her") right after a verb: "called Putin", "received him".
fn actor_follows(ix: &DocIndex<'_>, trig: &Trigger, te: usize) -> bool {
    // "released 200 Palestinian prisoners", "freed three more Israeli hostages": who is released
    // may be counted first.
    let counted = |k: usize| {
        ix.doc.tokens.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Number)
            || matches!(ix.lower(k), "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten")
    };
    let mut te = te;
    // "pardoned the 15 British sailors": an article before the count.
    if trig.kind == EventType::Release && ix.lower(te) == "the" && counted(te + 1) {
        te += 1;
    }
    // "freed more than 450 prisoners", "released some 200 detainees".
    let about = |k: usize| match ix.lower(k) {
        "more" | "fewer" | "less" => ix.lower(k + 1) == "than" && counted(k + 2),
        "some" | "about" | "around" | "nearly" | "almost" | "over" | "roughly" => counted(k + 1),
        _ => false,
    };
    if trig.kind == EventType::Release && about(te) {
        te += if ix.lower(te + 1) == "than" { 2 } else { 1 };
    }
    let count_at = te;
    while trig.kind == EventType::Release
        && (counted(te) || (te > 0 && counted(te - 1) && matches!(ix.lower(te), "more" | ",")))
    {
        te += 1;
    }
    // "freed more than 450 prisoners in an amnesty": counted people named by what they are.
    if te > count_at && occupation_within(ix, te) {
        return true;
    }
    let te = after_place(ix, te);
    // "flew into the Uzbek capital", "came to the White House": a place after "the".
    let te = if trig.kind == EventType::Visit && ix.lower(te) == "the" && ix.mention_at(te + 1).is_some() {
        te + 1
    } else {
        te
    };
    // "hosted his Iranian counterpart Ebrahim Raisi".
    let te = if matches!(ix.lower(te), "his" | "her" | "their")
        && (ix.mention_at(te + 1).is_some() || ix.person_after_titles(te + 1))
    {
        te + 1
    } else {
        te
    };
    // "released a US intelligence agent", "freed two Japanese journalists": people described
    // by their state and what they are or do.
    // (A count before them is passed over above.)
    if trig.kind == EventType::Release && matches!(ix.lower(te), "a" | "an" | "the") {
        let state = |m: &&index::TokenMention| m.actors.iter().any(|&x| ix.actor_kind(x) == Some(ActorKind::State));
        if let Some(m) = ix.mention_at(te + 1).filter(state) {
            if occupation_within(ix, m.end.max(te + 2)) {
                return true;
            }
        }
    }
    let Some(m) = ix.mention_at(te) else {
        if trig.diplomat_object {
            return matches!(ix.lower(te), "him" | "her");
        }
        return matches!(ix.lower(te), "him" | "her" | "them")
            || ix.person_after_titles(te)
            || described_person(ix, te);
    };
    // "called Trump a liar" names, it does not call; "welcomed Turkey's aid" welcomes the aid.
    let possessive = ix.is_possessive(m.end);
    // "hosted New Zealand's Deputy Prime Minister": a person after the possessive is the object.
    let person_after = possessive && ix.person_after_titles(m.end + 1);
    // 'called Indonesia "an important leader"' names it too.
    let quoted = ix.is_quote(m.end);
    // "called on President Ranil Wickremesinghe" pays a call; "called on Russia" or "called on
    // President Putin to withdraw" urges.
    if !object_fits(ix, trig, m) || trig.person_object && trig.unless_after_object.contains(&ix.lower(m.end)) {
        return false;
    }
    !matches!(ix.lower(m.end), "a" | "an" | "the") && !quoted && (!possessive || person_after)
}

/// Whether one of the (up to three) lower-case words from token `from` on is a noun of
/// `occupations.txt` ("450 prisoners", "a US intelligence agent").
fn occupation_within(ix: &DocIndex<'_>, from: usize) -> bool {
    (from..from + 3)
        .take_while(|&k| ix.lower(k).starts_with(char::is_lowercase))
        .any(|k| crate::actors::people::is_occupation(ix.lower(k)))
}

/// How many sentences back a criticism of "the strikes" or "the agreement" looks for them.
const REFERS_BACK: usize = 24;

/// Who struck or sanctioned in the latest strike or sanction of the last 24 sentences up to
/// `si` (other than `critics`), for a criticism that refers back to it: the latest whose last
/// word is of the family of the criticism's `noun` ("the strikes"), else (unless `exact`) the
/// latest.
fn struck_before(
    ix: &DocIndex<'_>,
    out: &[EventMention],
    si: usize,
    critics: &[usize],
    noun: Option<&str>,
    exact: bool,
) -> Option<Vec<usize>> {
    let candidates = || {
        out.iter().rev().take_while(|m| m.sentence + REFERS_BACK >= si).filter(|m| {
            matches!(m.trigger.kind, EventType::Military | EventType::Sanction) && !m.frame.subject.is_empty()
        })
    };
    // "condemned the strikes": the strike told before ("struck", "airstrikes"), not a later
    // attack of the other side.
    let same_word =
        noun.and_then(|n| candidates().find(|m| word_family(ix.lower(m.tokens.1.saturating_sub(1))) == word_family(n)));
    let m = if exact { same_word? } else { same_word.or_else(|| candidates().next())? };
    let side: Vec<usize> = m.frame.subject.iter().copied().filter(|x| !critics.contains(x)).collect();
    (!side.is_empty()).then_some(side)
}

/// The sides of the latest agreement told in the 24 sentences up to `si` (other than `critics`),
/// for a criticism of "the agreement".
fn agreed_before(out: &[EventMention], si: usize, critics: &[usize]) -> Option<Vec<usize>> {
    let m = out
        .iter()
        .rev()
        .take_while(|m| m.sentence + REFERS_BACK >= si)
        .find(|m| m.trigger.kind == EventType::Agreement && m.frame.participants().len() >= 2)?;
    let sides: Vec<usize> = m.frame.participants().into_iter().filter(|x| !critics.contains(x)).collect();
    (!sides.is_empty()).then_some(sides)
}

/// A word's family for comparing event words: its first three letters after an "air" prefix
/// ("airstrikes", "strikes" and "struck"; "attacked" and "attack").
fn word_family(w: &str) -> &str {
    let w = w.strip_prefix("air").filter(|r| r.len() >= 3).unwrap_or(w);
    w.get(..3).unwrap_or(w)
}

/// The token after a place put between a verb and its object ("received at Qasr Al Shati in
/// Abu Dhabi Sheikh Mohammed"): "at" or "in" and capitalised words, when a person follows;
/// else `te` itself.
pub(crate) fn after_place(ix: &DocIndex<'_>, te: usize) -> usize {
    if !matches!(ix.lower(te), "at" | "in") {
        return te;
    }
    let mut k = te + 1;
    while k < te + 10 {
        if let Some(m) = ix.mention_at(k) {
            if ix.names_person(m) {
                return k;
            }
            k = m.end;
        } else if matches!(ix.lower(k), "at" | "in" | "the") || ix.word(k).starts_with(char::is_uppercase) {
            k += 1;
        } else {
            break;
        }
    }
    te
}

/// Whether the noun trigger at `ts` is preceded by a determiner that refers back, with at
/// most two adjectives between ("the phone call", "their first meeting").
fn is_anaphor(ix: &DocIndex<'_>, ts: usize, a: usize) -> bool {
    for back in 1..=3 {
        let Some(k) = ts.checked_sub(back).filter(|&k| k >= a) else { return false };
        if ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Anaphor) && m.end == k + 1) {
            return true;
        }
        if ix.mention_at(k).is_some() || !ix.is_word(k) {
            return false;
        }
    }
    false
}

/// "the sixth encounter", "their fourth meeting": an ordinal right before the trigger.
fn count_near(ix: &DocIndex<'_>, ts: usize, te: usize) -> Option<u32> {
    const ORDINALS: [&str; 10] =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    for k in ts.saturating_sub(2)..te.min(ts + 1) {
        if let Some(n) = ORDINALS.iter().position(|o| ix.lower(k) == *o) {
            return Some(n as u32 + 1);
        }
    }
    None
}

/// The tokens of the trigger's clause: a relative or subordinate clause (", which was signed in
/// Sochi on September 17") keeps its dates and participants to itself.
/// A noun's own relative clause right after it ("the upcoming meeting of the Normandy format
/// foreign ministers, which is to take place in Berlin on June 11") still speaks of it.
fn clause_of(ix: &DocIndex<'_>, a: usize, b: usize, ts: usize, te: usize, noun: bool) -> (usize, usize) {
    let mut start = a;
    let mut end = b;
    let mut k = a;
    let mut own_relative = noun;
    while k < b {
        match ix.cue_match(k) {
            Some(m) if m.value.has(Cue::Clause) => {
                if m.end <= ts {
                    start = k;
                } else if k >= te {
                    if own_relative && k <= te + 10 {
                        own_relative = false;
                    } else {
                        end = k;
                        break;
                    }
                }
                k = m.end;
            }
            _ => k += 1,
        }
    }
    (start, end)
}

/// The date of the clause: the nearest resolved expression of the sentence, or an offset from
/// an event ("barely a week after the strikes" dates the strikes a week before). The trigger
/// spans tokens `ts..te`; `noun` when it is a noun ("the meeting"); `speech` when it is a
/// statement's.
fn clause_date(
    ix: &DocIndex<'_>,
    si: usize,
    clause: (usize, usize),
    (ts, te): (usize, usize),
    noun: bool,
    speech: bool,
) -> Option<EventDate> {
    let tok_of = |byte: usize| ix.doc.token_at(byte);
    let mut best: Option<(usize, usize, EventDate)> = None;
    let mut offset: Option<EventDate> = None;
    let exprs = &ix.dates.expressions;
    for (i, e) in ix.dates.of_sentence(si).filter_map(|i| Some((i, exprs.get(i)?))) {
        let (first, last) = (tok_of(e.span.0), tok_of(e.span.1.saturating_sub(1)));
        // "barely a week after <event>": the event lies that long before the sentence's time.
        if let Spec::Offset(n, unit, Anchor::Event) = &e.spec {
            // Only the event right after "a week after": the first trigger that follows it.
            if first < ts && ts <= last + 12 {
                // Counted back from the day the sentence gives before it ("detained on September
                // 5, two days after Obama had visited Tallinn"), else from the article's day.
                let day_before =
                    ix.dates.of_sentence(si).filter(|&j| j < i).filter_map(|j| exprs.get(j)?.value).rfind(|v| {
                        v.precision == crate::dates::Precision::Day && v.end.is_none() && !v.open && !v.approx
                    });
                if let Some(base) = day_before.map(|v| v.date).or(ix.dates.reference) {
                    let value = crate::dates::resolve::resolve(
                        &Spec::Offset(-n, *unit, Anchor::Reference),
                        &crate::dates::resolve::Context {
                            reference: Some(base),
                            direction: crate::dates::Direction::Past,
                            future_convention: false,
                            from_tense: false,
                            previous: None,
                            previous_year: None,
                        },
                    );
                    if let Some(v) = value {
                        offset = offset.or(Some(EventDate { value: Value { approx: true, ..v }, expression: Some(i) }));
                    }
                }
            }
            continue;
        }
        // "KINGSTON, Jamaica, Mar 16, CANA - Haiti has withdrawn ...": a dateline's date says
        // when the story was filed, not when what its lead tells happened.
        if dateline_date(ix, si, first, last) {
            continue;
        }
        // "their first direct talks since March 2022": an open range says when a period began,
        // not when the event took place.
        let Some(value) = e.value.filter(|v| !v.open) else { continue };
        if first < clause.0 || first >= clause.1 {
            continue;
        }
        // "“... over the past year ...,” Obama told reporters after the meeting": a period named
        // inside a quotation dates what the quote tells, not an event told outside it (nor the
        // reverse). (A day may: "“The flag we have raised today ...,” he said in his speech".)
        let period = value.precision != crate::dates::Precision::Day;
        if period && !speech && ix.quoted(first) != ix.quoted(ts) {
            continue;
        }
        // A date inside a relative clause that does not hold the trigger dates something else.
        if ix.relative_clause_around(first, clause.0, clause.1).is_some_and(|(o, c)| !(o < ts && ts < c)) {
            continue;
        }
        // "signed an agreement which will replace the Anglo-Irish Agreement of 1985": a date
        // after a relative pronoun that follows a verb's object dates the relative clause (after
        // a noun, it tells of the event: "the meeting, which will take place on June 11").
        let relative = (te..first).rev().find(|&k| matches!(ix.lower(k), "which" | "who" | "whom"));
        if !noun && first >= te && relative.is_some_and(|r| !(r..first).any(|k| ix.lower(k) == ",")) {
            continue;
        }
        // "the Anglo-Irish Agreement of 1985", "the Treaty of 1951": a date after "of" that
        // follows another name than the trigger's is part of that name.
        let named_of = first >= 2
            && ix.lower(first - 1) == "of"
            && ix.word(first - 2).starts_with(char::is_uppercase)
            && !(ts..te).contains(&(first - 2));
        if named_of {
            continue;
        }
        // "the first visit by an Arab leader since Israel was founded 29 years ago": what comes
        // after "since" dates the start of a period, not the event.
        if first >= te && (te..first).any(|k| ix.lower(k) == "since") && !(te..first).any(|k| ix.lower(k) == ",") {
            continue;
        }
        // "told a press conference that D500 million had been withdrawn in the past two weeks":
        // a date in what is reported after "that" dates what is reported.
        if speech && first >= te && (te..first.saturating_sub(1)).any(|k| ix.lower(k) == "that") {
            continue;
        }
        // "ordered him to leave by February 7", "extended until May": a deadline or the end of
        // a period, not the day of the event.
        let deadline = |k: usize| matches!(ix.lower(k), "by" | "until" | "till");
        if deadline(first) || (first > 0 && deadline(first - 1)) {
            continue;
        }
        let distance = if last < ts { ts - last } else { first.saturating_sub(te) };
        if best.as_ref().is_none_or(|(d, _, _)| distance < *d) {
            best = Some((distance, first, EventDate { value, expression: Some(i) }));
        }
    }
    // "less than three months after the King signed the Washington Declaration on July 25":
    // the event's own date after its trigger outweighs the offset.
    match (best, offset) {
        (Some((_, first, own)), Some(_)) if first >= te && !(te..first).any(|k| ix.lower(k) == ",") => Some(own),
        (_, Some(offset)) => Some(offset),
        (best, None) => best.map(|(_, _, d)| d),
    }
}

/// Whether the date at tokens `first..=last` of sentence `si` is a wire dateline's: in one of
/// the first sentences, after capitalised words and commas only, and a dash (an agency's name
/// or brackets between) within a few words after it.
fn dateline_date(ix: &DocIndex<'_>, si: usize, first: usize, last: usize) -> bool {
    let Some(s) = ix.doc.sentences.get(si).filter(|_| si < 4) else { return false };
    let start = s.first_token;
    if first < start + 1 || first > start + 8 {
        return false;
    }
    let capitalised = |k: usize| ix.word(k).starts_with(char::is_uppercase);
    let capitals_before = (start..first).all(|k| ix.lower(k) == "," || capitalised(k));
    let dash = (last + 1..(last + 7).min(s.end_token)).find(|&k| ix.is_dash(k));
    capitals_before
        && dash.is_some_and(|d| (last + 1..d).all(|k| matches!(ix.lower(k), "," | "(" | ")") || capitalised(k)))
}

/// An official readout states its main event without a date: "Vladimir Putin had a telephone
/// conversation with ..."; a news lead tells the day's news ("Russia says it is expelling 23
/// British diplomats"). The first event of the article's opening, when it happened and no date
/// is given, took place on the article's date.
fn date_main_event(doc: &Document<'_>, list: &mut [Event], published: Option<Date>) {
    let Some(published) = published else { return };
    let opening = doc.paragraphs.get(2).map_or(usize::MAX, |p| p.start);
    if let Some(e) = list.iter_mut().find(|e| e.status == Status::Occurred) {
        let first = e.evidence.first().map_or(usize::MAX, |s| s.0);
        if e.date.is_none() && !e.recent && first < opening {
            e.date = Some(the_day(published));
        }
    }
}

/// The article's day as an event's date.
fn the_day(published: Date) -> EventDate {
    EventDate {
        value: Value {
            date: published,
            precision: crate::dates::Precision::Day,
            grain: crate::dates::Grain::Day,
            end: None,
            open: false,
            approx: false,
        },
        expression: None,
    }
}

/// A present "is" or "are" among the few words before token `ts` of a clause starting at `a`,
/// with no past form or comma after it, and the trigger no past verb.
fn told_present(ix: &DocIndex<'_>, a: usize, ts: usize) -> bool {
    let from = ts.saturating_sub(5).max(a);
    let Some(copula) = (from..ts).rev().find(|&k| matches!(ix.lower(k), "is" | "are")) else { return false };
    // In the same clause ("Lula, who is 77, visited China" is no present), not a past verb.
    !ix.lower(ts).ends_with("ed")
        && !(copula..ts).any(|k| matches!(ix.lower(k), "was" | "were" | "had" | "has" | "have" | "been" | "," | ";"))
}

/// How many earlier events a mention is compared with (merging, dates): an article's events
/// refer to those told shortly before, and the bound keeps the stage linear in the text.
pub const WINDOW: usize = 40;

/// News tells a day's events in order: an event that happened, with no date of its own, took
/// place on the day of the last dated event told before it ("Kerry traveled to South Sudan
/// Friday ... Kerry met for more than an hour with Kiir"), however many paragraphs lie between
/// (measured on every probe set: the nearest day is right more often than no date).
fn inherit_dates(doc: &Document<'_>, list: &mut [Event], published: Option<Date>) {
    for i in 1..list.len() {
        if list[i].date.is_some() || list[i].recent || list[i].status != Status::Occurred {
            continue;
        }
        let first = list[i].evidence.first().map_or(0, |s| s.0);
        // "Following the telephone conversation with Obama, Medvedev met ...": the day of the
        // event the sentence opens with.
        let sentence = doc.sentence_at(first);
        // "..., Zelenskyy wrote on his Telegram channel after the conversation": so too when the
        // sentence names the event later, after "after the" or "following their".
        let tokens = sentence.map_or(&[][..], |si| doc.sentence_tokens(si));
        let is_after = |t: &crate::text::Token| {
            let w = t.text(doc.text);
            w.eq_ignore_ascii_case("following") || w.eq_ignore_ascii_case("after")
        };
        let opens = tokens.first().is_some_and(is_after);
        let names_after = tokens.windows(2).any(|w| {
            let [a, b] = w else { return false };
            is_after(a) && matches!(b.text(doc.text), "the" | "their" | "his" | "her" | "this" | "that")
        });
        if opens || names_after {
            let near = i.saturating_sub(WINDOW)..(i + WINDOW).min(list.len());
            let before = near.filter(|&j| j != i).filter_map(|j| list.get(j)).find(|e| {
                e.status == Status::Occurred
                    && e.evidence.iter().any(|s| s.0 <= first && doc.sentence_at(s.0) == sentence)
                    && e.date.is_some_and(|d| d.value.precision == crate::dates::Precision::Day && !d.value.approx)
            });
            if let Some(src) = before {
                list[i].date = src.date.map(|d| EventDate { expression: None, ..d });
                continue;
            }
        }
        // A day more than a month before the article's is a look back ("signed the Washington
        // Declaration on July 25" in October): what follows it undated is the news again.
        let recent = |d: Date| published.is_none_or(|p| d >= p.add_days(-31));
        let source = list[i.saturating_sub(WINDOW)..i].iter().rev().find(|e| {
            e.status == Status::Occurred
                && e.evidence.first().is_some_and(|s| s.0 < first)
                && e.date.is_some_and(|d| {
                    d.value.precision == crate::dates::Precision::Day
                        && !d.value.approx
                        && d.value.end.is_none()
                        && recent(d.value.date)
                })
        });
        if let Some(src) = source {
            list[i].date = src.date.map(|d| EventDate { expression: None, ..d });
            continue;
        }
        // What the two sides of a call or meeting agreed, they agreed in it.
        let sides = &list[i].participants;
        let during = list[i.saturating_sub(WINDOW)..i].iter().find(|e| {
            e.kind.is_consult()
                && e.status == Status::Occurred
                && e.date.is_some_and(|d| !d.value.approx)
                && sides.iter().filter(|p| e.participants.contains(p)).count() >= 2
        });
        if let Some(src) = during {
            list[i].date = src.date.map(|d| EventDate { expression: None, ..d });
        }
    }
}

/// "Siniora said on Sunday that ... . He told reporters after meeting Speaker Nabih Berri": an
/// undated event in a sentence with no date of its own, right after a sentence of the same
/// paragraph that names one past day (and no other date), happened on that day.
fn day_of_sentence_before(ix: &DocIndex<'_>, list: &mut [Event], published: Option<Date>) {
    let doc = ix.doc;
    let dates = ix.dates;
    for e in list.iter_mut() {
        if e.date.is_some() || e.recent || e.status != Status::Occurred {
            continue;
        }
        let Some(&si) = e.sentences.first() else { continue };
        let (Some(here), Some(prev)) = (doc.sentences.get(si), si.checked_sub(1).and_then(|p| doc.sentences.get(p)))
        else {
            continue;
        };
        if here.paragraph != prev.paragraph || !dates.of_sentence(si).is_empty() {
            continue;
        }
        let before = dates.of_sentence(si - 1);
        let Some(only) = dates.expressions.get(before.start).filter(|_| before.len() == 1) else { continue };
        let day = only.value.filter(|v| {
            v.precision == crate::dates::Precision::Day
                && !v.approx
                && !v.open
                && v.end.is_none()
                && published.is_none_or(|p| v.date <= p)
        });
        if let Some(value) = day {
            e.date = Some(EventDate { value, expression: None });
        }
    }
}

/// The topics named in an event's sentences (each sentence read once: events share them).
fn topics(
    ix: &DocIndex<'_>,
    lex: &EventLexicon,
    sentences: &[usize],
    read: &mut FastMap<usize, Vec<&'static str>>,
) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for &si in sentences {
        let named = read.entry(si).or_insert_with(|| {
            let (toks, keys) = (ix.doc.sentence_tokens(si), ix.doc.sentence_keys(si));
            lex.topics.find_all(ix.doc.text, toks, keys).into_iter().map(|(_, m)| *m.value).collect()
        });
        for &t in named.iter() {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}
