//! Who took part in an event, read from the clause of its trigger: the subject before it
//! ("Vladimir Putin had a telephone conversation"), the complements after it ("with President of
//! Ukraine Petro Poroshenko", "between Russia and Ukraine", "to Kyiv"), the side that took the
//! initiative ("at the Ukrainian side's initiative", "a call from Y"), and the place.

use super::index::DocIndex;
use super::lexicon::{Cue, EventLexicon, EventType, Form, Initiative, Trigger};
use crate::actors::MentionKind;
use crate::timeline::ActorKind;

/// Words that open a clause ("since the Foreign Secretary had met", "after Lavrov said"): right
/// before a name and its verb they are no preposition.
pub fn is_subordinator(w: &str) -> bool {
    matches!(w, "since" | "after" | "before" | "until" | "while" | "as")
}

/// Whether `w` is one of the prepositions that open a phrase: an actor after one of them is
/// not the subject of the clause.
#[rustfmt::skip]
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "within" | "at" | "on" | "of" | "from" | "for" | "to" | "about" | "over" | "with" | "near" |
        "into" | "across" | "inside" | "outside" | "between" | "among" | "during" | "after" | "before" |
        "since" | "against" | "regarding" | "including" | "through" | "via" | "around"
    )
}

/// Auxiliaries and adverbs that may stand between a subject and its verb.
#[rustfmt::skip]
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "had" | "has" | "have" | "was" | "is" | "were" | "are" | "will" | "would" | "did" | "does" | "also" |
        "then" | "later" | "already" | "just"
    )
}

/// Words that may stand between a trigger and its complement without closing it.
#[rustfmt::skip]
fn is_skippable(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "by" | "phone" | "telephone" | "again" |
        "also" | "separately" | "jointly" | "briefly" | "later" | "late" | "early" | "then" | "both" | "one" |
        "two" | "three" | "four" | "five" | "several" | "some" | "many" | "all" | "most" | "each" | "of"
    )
}

/// What the clause of one trigger says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    /// Actors of the subject, in order.
    pub subject: Vec<usize>,
    /// Actors of the complements, in order.
    pub object: Vec<usize>,
    /// The side that took the initiative.
    pub initiator: Option<usize>,
    /// Where it happened (an actor mention: a capital or country), with its token span.
    pub place: Option<(usize, usize)>,
    /// The actor of the place, when the place is a state (a visit's host).
    pub place_actor: Option<usize>,
    /// The trigger's subject is a pronoun or a possessive that refers back.
    pub pronoun_subject: Option<&'static str>,
    /// Places a visit goes to ("to Kyiv", "visits in South Korea, Malaysia and ...").
    pub destinations: Vec<usize>,
}

impl Frame {
    /// Subject and object actors together, without repeats.
    pub fn participants(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &a in self.subject.iter().chain(&self.object) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }
}

/// Reads the frame of the trigger at tokens `ts..te` of the sentence `a..b`.
pub fn read(
    ix: &DocIndex<'_>,
    lex: &EventLexicon,
    trig: &Trigger,
    a: usize,
    b: usize,
    ts: usize,
    te: usize,
    next_trigger: usize,
) -> Frame {
    let mut f = Frame::default();
    subject(ix, trig, a, ts, &mut f);
    // "Speaking at a joint press conference after the talks, Ruto said": a statement named in
    // the sentence's opening phrase is given by the subject after its comma; so is the
    // participle that opens it ("Meeting in Luxembourg, the ministers imposed").
    let statement_opening = trig.kind == EventType::Statement && trig.form == Form::Noun && ts < a + 6;
    let participle_opening = ts == a && ix.word(ts).ends_with("ing") && ix.word(ts).starts_with(char::is_uppercase);
    if f.subject.is_empty() && (statement_opening || participle_opening) {
        let comma = (te..b.min(te + 20)).find(|&k| ix.lower(k) == ",");
        let clause = |k: usize| ix.cue_match(k).is_some_and(|m| m.value.has(Cue::Clause));
        if let Some(c) = comma.filter(|&c| !clause(c) && !clause(c + 1)) {
            if let Some(m) = (c + 1..(c + 3).min(b)).find_map(|k| ix.mention_at(k)) {
                f.subject.extend(m.actors.iter().copied());
            }
        }
    }
    wildcard_objects(ix, trig, ts, te, &mut f);
    complements(ix, lex, trig, te, b.min(next_trigger.max(te)), &mut f);
    if lex.frame(trig.kind).is_some_and(|fr| fr.complements.contains(&"between")) {
        between(ix, te, b, &mut f);
    }
    compound(ix, trig, a, ts, &mut f);
    initiative(ix, trig, a, b, te, &mut f);
    passive(ix, trig, a, ts, te, &mut f);
    let subject = &f.subject;
    f.object.retain(|o| !subject.contains(o));
    f
}

/// A protest's or a sanction's object named inside its trigger's wildcard words: "summoned
/// Pakistan's chargé d'affaires", "froze Russian assets". Not for other types: the maker in
/// "fired Iranian-made missiles" is no target.
fn wildcard_objects(ix: &DocIndex<'_>, trig: &Trigger, ts: usize, te: usize, f: &mut Frame) {
    // "was received in Dakar by": a city or capital inside the trigger is where ("left Abidjan
    // for": where from, no side of the visit).
    if trig.kind.is_consult() {
        if te > ts + 1 && ix.lower(te - 1) == "for" {
            return;
        }
        let inside = (ts + 1..te).find_map(|k| ix.mention_at(k)).filter(|m| m.end <= te);
        if let Some(m) = inside.filter(|m| matches!(m.kind, Some(MentionKind::Capital | MentionKind::City))) {
            f.place = Some((m.first, m.end));
            f.place_actor = m.actors.first().copied();
        }
        return;
    }
    if trig.form == Form::Noun || !matches!(trig.kind, EventType::Criticism | EventType::Sanction) {
        return;
    }
    let mut k = ts + 1;
    while k < te {
        match ix.mention_at(k) {
            Some(m) => {
                f.object.extend(m.actors.iter().copied().filter(|x| !f.subject.contains(x)));
                k = m.end.max(k + 1);
            }
            None => k += 1,
        }
    }
}

/// "who were seized by Iranian Revolutionary Guards", "was condemned by France": a directed verb
/// in the passive has its actor after "by"; the subject before is what it was done to.
fn passive(ix: &DocIndex<'_>, trig: &Trigger, a: usize, ts: usize, te: usize, f: &mut Frame) {
    let be = ts > a && matches!(ix.lower(ts - 1), "was" | "were" | "is" | "are" | "been" | "being" | "be");
    // "the prisoners released by North Vietnam": a participle after its noun, without "was".
    let reduced = ts > a && !matches!(ix.lower(ts - 1), "has" | "have" | "had") && ix.lower(te - 1).ends_with("ed");
    if trig.form == Form::Noun || !trig.kind.has_agent() || !(be || reduced) {
        return;
    }
    let Some(agent) = agent_after_by(ix, te) else {
        // "the 15 British sailors and Royal Marines seized in the Gulf": a participle after a
        // plural noun, then a preposition or a time, tells what was done to them, not what the
        // clause's subject did.
        // Their state (an adjective in the noun phrase) is the object.
        let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_auxiliary(w);
        let after =
            matches!(ix.lower(te), "in" | "on" | "at" | "off" | "near" | "last" | "from" | "during" | "earlier")
                && !matches!(ix.lower(te + 1), "least" | "most");
        if reduced && !be && ix.is_word(ts - 1) && plural(ix.lower(ts - 1)) && after {
            if let Some(m) = whose_people(ix, a, ts) {
                f.subject.clear();
                f.initiator = None;
                add_new(&mut f.object, m.actors.iter().copied());
            }
        }
        return;
    };
    let agent = agent.actors.to_vec();
    let mut object = std::mem::take(&mut f.subject);
    object.append(&mut f.object);
    object.retain(|o| !agent.contains(o));
    // "the first 116 American prisoners of war released by": whose people were released (the
    // noun the participle follows, rather than the subject of a clause around it).
    if (object.is_empty() || !be) && trig.kind == EventType::Release {
        if let Some(m) = whose_people(ix, a, if be { ts - 1 } else { ts }) {
            object = m.actors.iter().copied().filter(|o| !agent.contains(o)).collect();
        }
    }
    f.object = object;
    f.initiator = agent.first().copied();
    f.subject = agent;
}

/// "the 15 British sailors" before a participle at token `end`: the state of a nationality in
/// the noun phrase (up to seven words back, no auxiliary between), whose people it tells of.
fn whose_people<'a>(ix: &'a DocIndex<'_>, a: usize, end: usize) -> Option<&'a super::index::TokenMention> {
    (end.saturating_sub(7).max(a)..end)
        .rev()
        .take_while(|&k| ix.is_word(k) && !is_auxiliary(ix.lower(k)))
        .find_map(|k| ix.mention_at(k).filter(|m| m.first == k && m.kind == Some(MentionKind::Adjective)))
}

/// The actor named after "by" at token `te` ("by North Vietnam", "by the East Germans").
pub(crate) fn agent_after_by<'a>(ix: &'a DocIndex<'_>, te: usize) -> Option<&'a super::index::TokenMention> {
    if ix.lower(te) != "by" {
        return None;
    }
    let at = if matches!(ix.lower(te + 1), "the" | "a" | "an") { te + 2 } else { te + 1 };
    ix.mention_at(at)
}

/// The subject of the clause before token `at`, as for a verb.
pub fn subject_of_clause(ix: &DocIndex<'_>, a: usize, at: usize, f: &mut Frame) {
    let verb = Trigger {
        kind: EventType::Meeting,
        cameo: "",
        plover: "",
        mode: "",
        form: Form::Verb,
        situation: false,
        initiative: Initiative::None,
        unless_next: &[],
        person_object: false,
        to_dateline: false,
        diplomat_object: false,
        unless_after_object: &[],
    };
    subject(ix, &verb, a, at, f);
}

/// The verb right before a phrase "in a", "during the", "over a" (adjectives between) that ends
/// at noun `ts`: "agreed in a telephone call", "said during talks". ("At the summit" tells
/// where, not how: "was represented at the summit".)
fn verb_before_phrase(ix: &DocIndex<'_>, a: usize, ts: usize, call: bool) -> Option<usize> {
    let opens = |k: usize| matches!(ix.lower(k), "in" | "during" | "over");
    let mut k = ts;
    // Up to two words between the preposition and the noun: "in a brief telephone call".
    while k > a && ts - k < 3 && !opens(k - 1) {
        if !ix.is_word(k - 1) || ix.mention_ending_at(k).is_some() {
            return None;
        }
        k -= 1;
    }
    let mut v = k.checked_sub(2).filter(|&v| v >= a && opens(v + 1))?;
    // "apologised to Putin personally in a telephone conversation": an adverb, and the one
    // spoken to, between the verb and a call (not "met briefly during the summit").
    let mut steps = 0;
    while call && v > a && steps < 8 {
        if ix.lower(v).ends_with("ly") && ix.is_word(v) && ix.mention_at(v).is_none() {
            v -= 1;
        } else if let Some(m) = ix.mention_ending_at(v + 1).filter(|m| m.first > a) {
            if !matches!(ix.lower(m.first - 1), "to" | "with") {
                break;
            }
            v = m.first - 2;
        } else {
            break;
        }
        steps += 1;
    }
    let irregular = |v: usize| matches!(ix.word(v), "said" | "told" | "spoke" | "met");
    if regular_past(ix, v) || irregular(v) {
        return Some(v);
    }
    // "discussed safe zones for Syria in a telephone call": the verb's object, a few plain words
    // (no comma, no clause of its own), may stand between it and the phrase, which then opens
    // with a determiner ("in a call", not "progress in bilateral security").
    // (A call only: "met briefly during the summit" names the summit as the occasion.)
    if !call || !matches!(ix.lower(k), "a" | "an" | "the" | "their" | "his" | "her" | "its") {
        return None;
    }
    let plain = |k: usize| ix.is_word(k) && !matches!(ix.lower(k), "that" | "which" | "who" | "and" | "but");
    (v.saturating_sub(9).max(a)..=v).rev().take_while(|&k| plain(k)).find(|&k| regular_past(ix, k) || irregular(k))
}

/// Whether token `v` is a lower-case verb in the past tense ending in "-ed" ("discussed").
fn regular_past(ix: &DocIndex<'_>, v: usize) -> bool {
    let w = ix.word(v);
    w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
}

/// The subject: the nearest mention before the trigger that is not after a preposition, with
/// the mentions coordinated with it ("Putin and Trump"), or a possessive ("Kerry's meeting").
fn subject(ix: &DocIndex<'_>, trig: &Trigger, a: usize, ts: usize, f: &mut Frame) {
    // A trigger that opens with a preposition tells how the clause's verb was done ("discussed
    // Idlib over the phone"): its subject is that verb's, the first past tense of the clause.
    // "Lee briefed Secretary of State James Baker by telephone": a person right after that verb
    // took part in the call.
    if trig.form == Form::Verb && (is_preposition(ix.lower(ts)) || ix.lower(ts) == "by") {
        // "after speaking with Dela Cruz by telephone": a verb of speaking in "-ing" too.
        let speaking = |v: usize| matches!(ix.word(v), "speaking" | "talking" | "spoke" | "talked" | "speak" | "talk");
        let spoken = (a + 1..ts).rev().find(|&v| trig.kind == EventType::Call && speaking(v));
        // "Niinistö told Putin by phone": "told" is a past of its own.
        let told = |v: usize| trig.kind == EventType::Call && matches!(ix.word(v), "told" | "tells");
        let past = spoken.or_else(|| (a + 1..ts).find(|&v| regular_past(ix, v) || told(v)));
        if let Some(v) = past {
            if trig.kind == EventType::Call {
                let after = if speaking(v) && matches!(ix.lower(v + 1), "with" | "to") { v + 2 } else { v + 1 };
                let person = ix.mention_at(after).filter(|m| ix.names_person(m) && !ix.is_possessive(m.end));
                if let Some(m) = person {
                    add_new(&mut f.object, m.actors.iter().copied());
                }
            }
            return subject(ix, trig, a, v, f);
        }
    }
    // "Putin and Rouhani agreed in a telephone call", "Lavrov said during talks with": a call or
    // a meeting in a phrase that tells how the verb before it was done has that verb's subject.
    if trig.form == Form::Noun && matches!(trig.kind, EventType::Call | EventType::Meeting) {
        if let Some(v) = verb_before_phrase(ix, a, ts, trig.kind == EventType::Call) {
            // The one spoken to between the verb and the phrase took part.
            let spoken_to = (v + 1..ts)
                .filter(|&k| matches!(ix.lower(k), "to" | "with"))
                .find_map(|k| ix.mention_at(k + 1).filter(|m| ix.names_person(m)));
            if let Some(m) = spoken_to {
                add_new(&mut f.object, m.actors.iter().copied());
            }
            return subject_of_clause(ix, a, v, f);
        }
    }
    // "Kerry's meeting", "the Ukrainian side's initiative".
    if trig.form == Form::Noun {
        for j in (a + 1..=ts).rev().take(4) {
            if matches!(ix.word(j - 1), "'s" | "’s") {
                if let Some(m) = ix.mention_ending_at(j - 1) {
                    f.subject.extend(m.actors.iter().copied());
                    return;
                }
                break;
            }
        }
    }
    let mut verb = ts;
    // "their meeting", "his visit": the pronoun stands for the people named before.
    if trig.form == Form::Noun {
        let mut j = ts;
        while j > a && j + 3 > ts && ix.is_word(j - 1) && ix.mention_ending_at(j).is_none() {
            let w = ix.lower(j - 1);
            if let Some(p) = [("their", "they"), ("his", "he"), ("her", "she"), ("our", "we"), ("my", "i")]
                .iter()
                .find(|(d, _)| *d == w)
            {
                f.pronoun_subject = Some(p.1);
                // "South-east Asian foreign ministers ended their annual meeting": the clause's
                // subject owns it.
                // (When every name before is that subject: not "A and B discussed Russian-Turkish
                // cooperation ... their meeting".)
                if p.1 == "they" {
                    subject_of_clause(ix, a, j - 1, f);
                    let named = (a..j - 1).filter_map(|k| ix.mention_at(k)).flat_map(|m| m.actors.iter());
                    if !f.subject.is_empty() && named.clone().all(|x| f.subject.contains(x)) {
                        return;
                    }
                    f.subject.clear();
                }
                if matches!(p.1, "he" | "she") {
                    if let Some(person) = pronoun_person(ix, a, j - 1) {
                        f.subject.push(person);
                    }
                }
                if matches!(p.1, "i" | "we") {
                    if let Some(s) = ix.first_person_at(j - 1) {
                        f.subject.push(s);
                    }
                }
                return;
            }
            j -= 1;
        }
        // A speech, a press conference or an interview is given by the clause's subject: "Putin
        // stopped short of a public speech", "Obama said in a speech".
        // ("In a long and at times defiant farewell address, Taylor described ...": the main
        // clause's subject after an opening phrase.)
        if trig.kind == EventType::Statement {
            if opening_phrase(ix, a, ts, f) {
                return;
            }
            return subject_of_clause(ix, a, ts, f);
        }
        // "Obasanjo had offered him asylum during a visit to Monrovia": a visit in a phrase of
        // time is made by the clause's subject (adjectives may stand between: "on a two-day
        // state visit").
        if trig.kind == EventType::Visit {
            let phrase = (ts.saturating_sub(5).max(a + 1)..ts)
                .rev()
                .take_while(|&k| ix.is_word(k) || ix.is_inner_hyphen(k))
                .find(|&k| matches!(ix.lower(k), "a" | "an") && matches!(ix.lower(k - 1), "during" | "on"));
            if let Some(k) = phrase.filter(|&k| k > a + 1) {
                return subject_of_clause(ix, a, k - 1, f);
            }
        }
        // "Putin, who had called for a halt after a series of telephone conversations with
        // Aliyev": talks with someone after which the clause's subject acted were that
        // subject's.
        let with_after = (ts + 1..ts + 4).take_while(|&k| ix.is_word(k)).any(|k| ix.lower(k) == "with");
        if trig.kind.is_consult() && with_after {
            let opener = (ts.saturating_sub(5).max(a)..ts)
                .rev()
                .take_while(|&k| ix.is_word(k) && ix.mention_at(k).is_none())
                .find(|&k| matches!(ix.lower(k), "after" | "following"));
            if let Some(p) = opener {
                // The person the clause is about: the antecedent of ", who", else the first
                // person of the sentence ("Medvedev halts Georgia operation after talks with
                // Sarkozy").
                let person = |m: &super::index::TokenMention| {
                    m.actors.iter().copied().find(|&x| ix.actor_kind(x) == Some(ActorKind::Person))
                };
                let relative = (a + 1..p).rev().find(|&k| ix.lower(k) == "who" && ix.lower(k - 1) == ",");
                let found = match relative {
                    Some(k) => ix.mention_ending_at(k - 1).and_then(person),
                    None => (a..p).find_map(|k| ix.mention_at(k).filter(|m| m.first == k).and_then(person)),
                };
                // "He made the announcement after a telephone conversation with ...": the
                // sentence's pronoun subject.
                let found =
                    found.or_else(|| matches!(ix.lower(a), "he" | "she").then(|| pronoun_person(ix, a, a)).flatten());
                f.subject.extend(found);
                return;
            }
        }
        if trig.kind.is_consult() && opening_phrase(ix, a, ts, f) {
            return;
        }
        // A noun has a subject only through a verb that carries it ("Putin had a telephone
        // conversation", "Obama held talks"); "the upcoming meeting of ..." names its own parties.
        let mut j = ts;
        // A hyphen inside a word is part of it ("wide-ranging sanctions").
        while j > a
            && j + 7 > ts
            && (ix.is_word(j - 1) || ix.is_quote(j - 1) || ix.is_inner_hyphen(j - 1))
            && ix.mention_ending_at(j).is_none()
            && !lex_support(ix, j - 1)
        {
            j -= 1;
        }
        if !(j > a && lex_support(ix, j - 1)) {
            return;
        }
        // The subject stands before the carrying verb ("after Russian forces launched an assault").
        verb = (j.saturating_sub(3)..j)
            .find(|&s| ix.cue_match(s).is_some_and(|m| m.value.has(Cue::Support) && m.end == j))
            .unwrap_or(j - 1);
    }
    let mut k = ts;
    let mut steps = 0;
    while k > a && steps < 30 {
        // 'the ministry said "the Estonian leadership has ..." and accused Tallinn': no one
        // quoted is the subject; a quotation of more than a few words is passed over whole.
        if ix.is_quote(k - 1) {
            if let Some(open) = (a..k - 1).rev().find(|&j| ix.is_quote(j)).filter(|&j| k - 1 - j > 4) {
                k = open;
                steps += 1;
                continue;
            }
        }
        let w = ix.lower(k - 1);
        // A clause boundary, or a topic word: "informed Trump about recent agreements" — Trump is
        // not a party to the agreements.
        if matches!(w, ";" | ":" | "about" | "regarding" | "concerning") {
            break;
        }
        // A relative clause between the subject and its verb is not the subject.
        if w == "," {
            if let Some(open) = ix.relative_clause_before(a, k - 1) {
                k = open;
                steps += 1;
                continue;
            }
            // "Clinton, the most senior American official ever to attend the Forum's dialogue,
            // flew into Rarotonga": an apposition after a person's name.
            let apposition = (k.saturating_sub(24).max(a + 1)..k - 1)
                .rev()
                .take_while(|&j| ix.lower(j) != "," || ix.lower(j + 1) != "and")
                .find(|&j| ix.lower(j) == ",")
                .filter(|&open| matches!(ix.lower(open + 1), "the" | "a" | "an"))
                .filter(|&open| ix.mention_ending_at(open).is_some_and(|m| ix.names_person(m)))
                // (Not "Prime Minister, the Most Hon. P.J. Patterson, held talks": a name inside.)
                .filter(|&open| !(open + 1..k - 1).any(|j| ix.mention_at(j).is_some_and(|m| ix.names_person(m))));
            if let Some(open) = apposition {
                k = open;
                steps += 1;
                continue;
            }
        }
        // "Putin, who is expected to visit Turkey": a relative pronoun stands for the name
        // before its comma.
        if matches!(w, "who" | "which") && k >= 2 && ix.lower(k - 2) == "," {
            if let Some(m) = ix.mention_ending_at(k - 2) {
                f.subject.extend(m.actors.iter().copied());
                return;
            }
            // "the Chinese foreign ministry, which": a state's agent noun before the comma.
            let agent = (k.saturating_sub(5).max(a)..k - 2)
                .find_map(|j| ix.mention_ending_at(j).filter(|m| agent_after(ix, m.end) == Some(k - 2)));
            if let Some(m) = agent {
                f.subject.extend(m.actors.iter().copied());
                return;
            }
            // "the Hudson Institute, which hosted Tsai": a name the reader does not know is
            // still the subject, not the actor before it ("the talks, which were hosted by" go
            // on to the talks' parties).
            let name_before =
                k.checked_sub(3).is_some_and(|p| ix.word(p).starts_with(char::is_uppercase) && ix.date_at(p).is_none());
            if w == "which" && name_before {
                return;
            }
            // "the Prime Minister's tour of G7 countries, which began in Paris": a trip's
            // traveller; "the summit, which ended in Istanbul": a meeting's clause is no one's act.
            if w == "which" {
                let noun = k.checked_sub(3).map(|p| ix.lower(p)).unwrap_or_default();
                if matches!(noun, "summit" | "conference" | "meeting" | "talks" | "session") {
                    return;
                }
                let possessor = (k.saturating_sub(10).max(a + 1)..k - 2)
                    .rev()
                    .find(|&j| matches!(ix.word(j), "'s" | "’s") && ix.lower(j + 1) != "s")
                    .and_then(|j| ix.mention_ending_at(j));
                let trip = (possessor.map_or(k, |m| m.end)..k - 2)
                    .any(|j| matches!(ix.lower(j), "tour" | "trip" | "visit" | "journey"));
                if let Some(m) = possessor.filter(|_| trip) {
                    f.subject.extend(m.actors.iter().copied());
                    return;
                }
            }
        }
        // Pronouns stand for someone named before.
        if let Some(p) = ["he", "she", "they", "we", "i"].iter().find(|p| **p == w) {
            f.pronoun_subject = Some(p);
            // "Erdogan and Putin called for it when they met": "they" opening a clause of time
            // stands for the plural subject of the clause it hangs on.
            let opener = k.checked_sub(2).map(|o| ix.lower(o)).filter(|o| is_subordinator(o) || *o == "when");
            if *p == "they" && opener.is_some() && k > a + 2 {
                subject_of_clause(ix, a, k - 2, f);
                if f.subject.len() < 2 {
                    f.subject.clear();
                }
                return;
            }
            if matches!(*p, "he" | "she") {
                if let Some(person) = pronoun_person(ix, a, k - 1) {
                    f.subject.push(person);
                }
            }
            // "I", "we" in a transcript or a speech: its speaker.
            if matches!(*p, "i" | "we") {
                if let Some(s) = ix.first_person_at(k - 1) {
                    f.subject.push(s);
                }
            }
            // "he and Lavrov": the pronoun is coordinated with a name after it.
            if ix.lower(k) == "and" {
                if let Some(m) = ix.mention_at(k + 1) {
                    f.subject.extend(m.actors.iter().copied());
                }
            }
            return;
        }
        if let Some(m) = ix.mention_ending_at(k) {
            let before = m.first.checked_sub(1).map(|p| ix.lower(p)).unwrap_or_default();
            // Right before the verb (auxiliaries aside) it is its subject, whatever introduces
            // the clause ("since the Foreign Secretary had met").
            // "Russian journalists" is not Russia acting; "Israeli tanks", "Romanian officials",
            // "the Russian side" are (up to two words of the agent noun away).
            let agent_end = agent_after(ix, m.end);
            let agent = agent_end.is_some();
            // "after Russian forces launched": the agent noun stands between too.
            let adjacent = (agent_end.unwrap_or(m.end)..verb).all(|j| is_auxiliary(ix.lower(j)));
            // "Ministers from the two countries signed": the parties of an agent noun that opens
            // the clause act through it.
            let through_agents = matches!(before, "from" | "of") && agents_open_clause(ix, a, m.first - 1);
            // "Obama, accompanied by Secretary of State Hillary Clinton, held talks": who goes
            // along is not who acts.
            let along = before == "by"
                && m.first >= 2
                && matches!(ix.lower(m.first - 2), "accompanied" | "flanked" | "escorted" | "joined");
            // "a small party that included Congresswoman Maxine Waters landed": a member named
            // in the subject's own clause is not the subject.
            let member = matches!(before, "included" | "including" | "includes");
            let prepositional =
                is_preposition(before) && !(adjacent && is_subordinator(before)) && !through_agents || along || member;
            // "the SADC-appointed facilitator", "a London-based envoy": a name joined by a hyphen
            // to a participle of who someone is only describes the noun (unlike "the Saudi-led
            // coalition", which acts for Saudi Arabia).
            let described = ix.is_inner_hyphen(m.end)
                && matches!(
                    ix.lower(m.end + 1),
                    "appointed" | "nominated" | "designated" | "mandated" | "elected" | "born" | "based" | "educated"
                );
            let modifier = m.kind == Some(MentionKind::Adjective) && ix.is_word(m.end) && !agent || described;
            if !prepositional && !modifier {
                f.subject.extend(m.actors.iter().copied());
                // Coordinated subjects: "Putin and Trump", "Russia, Turkey and Iran", "he and Lavrov".
                let mut first = m.first;
                // "Ansar Allah (the Houthis)": a name in brackets after another is that one.
                let mut open = first;
                if open > a && ix.lower(open - 1) == "the" {
                    open -= 1;
                }
                if open > a + 1 && ix.lower(open - 1) == "(" {
                    if let Some(named) = ix.mention_ending_at(open - 1) {
                        add_new(&mut f.subject, named.actors.iter().copied());
                        first = named.first;
                    }
                }
                let mut seen_and = false;
                while first > a {
                    // "Sameh Shoukry and his Jordanian counterpart Ayman Safadi": the words of a
                    // description between the possessive and the name.
                    if let Some(p) = described_after_and(ix, a, first) {
                        first = p;
                    }
                    // "Rabin and Jordan's King Hussein": a possessive state before the name is
                    // part of its description.
                    if first >= a + 3 && matches!(ix.lower(first - 1), "'s" | "’s") {
                        if let Some(owner) = ix.mention_ending_at(first - 1).filter(|o| o.first > a) {
                            if matches!(ix.lower(owner.first - 1), "and" | ",") {
                                first = owner.first;
                            }
                        }
                    }
                    // "France and the European Union": an article after the coordinator.
                    if first >= a + 3 && ix.lower(first - 1) == "the" && matches!(ix.lower(first - 2), "and" | ",") {
                        first -= 1;
                    }
                    let sep = ix.lower(first - 1);
                    let possessive_after_and =
                        matches!(sep, "his" | "her") && first >= 2 && ix.lower(first - 2) == "and";
                    // A comma after a prepositional phrase ends it unless a list goes on to
                    // "and": "On the margins of the G20, Wang Yi met" but "Obama, Castro
                    // Shake Hands", "the leaders of Russia, Turkey and Iran".
                    if sep != "and" && sep != "," && !possessive_after_and {
                        break;
                    }
                    let after_preposition = |m: &super::index::TokenMention| {
                        let mut p = m.first;
                        while p > a && matches!(ix.lower(p - 1), "the" | "a" | "an") {
                            p -= 1;
                        }
                        p.checked_sub(1).is_some_and(|p| is_preposition(ix.lower(p)))
                    };
                    if sep == "," && !seen_and && ix.mention_ending_at(first - 1).is_some_and(after_preposition) {
                        break;
                    }
                    seen_and |= sep == "and" || possessive_after_and;
                    // "he and Lavrov", "he and his Russian counterpart, Sergei Lavrov"
                    let pronoun_at = if first >= 3 && matches!(ix.lower(first - 1), "his" | "her") {
                        first - 3
                    } else {
                        first.saturating_sub(2)
                    };
                    let pronoun_at = if matches!(ix.lower(first - 1), "his" | "her") && ix.lower(first - 2) == "and" {
                        pronoun_at
                    } else {
                        first.saturating_sub(2)
                    };
                    if first >= 2 && matches!(ix.lower(pronoun_at), "he" | "she") {
                        let pronoun_at_ok = pronoun_at;
                        if let Some(p) = pronoun_person(ix, a, pronoun_at_ok) {
                            if !f.subject.contains(&p) {
                                f.subject.push(p);
                            }
                        }
                        break;
                    }
                    if first >= 2 && matches!(ix.lower(first - 2), "he" | "she") {
                        if let Some(p) = pronoun_person(ix, a, first - 2) {
                            if !f.subject.contains(&p) {
                                f.subject.push(p);
                            }
                        }
                        break;
                    }
                    // "The Taoiseach, Dr Garret FitzGerald, and the British Prime Minister": a
                    // comma before "and" closes an apposition or a list ("A, B, and C"), not a
                    // clause ("Lavrov met Blinken, and Wang signed").
                    let comma_and = sep == "and" && first >= a + 3 && ix.lower(first - 2) == ",";
                    let sep_at = if possessive_after_and || comma_and { first - 2 } else { first - 1 };
                    // "Thabo Mbeki of South Africa, John Kufuor of Ghana and ...": a person's
                    // "of <state>" belongs to the person (not "the leaders of Syria, Libya and").
                    // The state is a mention, or capitalised words the person's phrase took in.
                    let before_sep = ix.mention_ending_at(sep_at);
                    let state_start = before_sep.map_or_else(
                        || {
                            let capitalised = |j: usize| ix.word(j).starts_with(char::is_uppercase);
                            (sep_at.saturating_sub(3).max(a + 2)..sep_at)
                                .rev()
                                .take_while(|&j| capitalised(j))
                                .last()
                                .unwrap_or(sep_at)
                        },
                        |m| m.first,
                    );
                    let of_person = (state_start > a + 1 && state_start < sep_at && ix.lower(state_start - 1) == "of")
                        .then(|| ix.mention_ending_at(state_start - 1))
                        .flatten()
                        .filter(|p| p.actors.len() == 1 && ix.names_person(p));
                    let before_sep = of_person.or(before_sep);
                    match before_sep {
                        Some(prev) if comma_and && !opens_clause_or_follows_comma(ix, a, prev.first) => break,
                        Some(prev) => {
                            add_new(&mut f.subject, prev.actors.iter().copied());
                            first = prev.first;
                        }
                        None => break,
                    }
                }
                return;
            }
            k = m.first;
            steps += 1;
            continue;
        }
        k -= 1;
        steps += 1;
    }
    // No subject before a verb in a speech ("a pleasure to meet with Chairman Faki"): the speaker.
    if f.subject.is_empty() && trig.form != Form::Noun {
        if let Some(s) = ix.speaker_at(ts) {
            f.subject.push(s);
        }
    }
}

/// Whether the words from `first` (articles before it included) open the clause that starts at
/// `a` or follow a comma.
fn opens_clause_or_follows_comma(ix: &DocIndex<'_>, a: usize, first: usize) -> bool {
    let mut p = first;
    while p > a && matches!(ix.lower(p - 1), "the" | "a" | "an") {
        p -= 1;
    }
    p <= a || ix.lower(p - 1) == ","
}

/// The end of an agent noun ("foreign ministry", "forces", "officials") that starts at most two
/// words after token `end`, where a mention ends ("Russia's foreign ministry", "Israeli tanks").
fn agent_after(ix: &DocIndex<'_>, end: usize) -> Option<usize> {
    (end..end + 3).find_map(|k| ix.cue_match(k).filter(|c| c.value.has(Cue::Agent)).map(|c| c.end))
}

/// Adds to `list` the actors of `items` it does not hold yet, in their order.
pub(crate) fn add_new(list: &mut Vec<usize>, items: impl IntoIterator<Item = usize>) {
    for x in items {
        if !list.contains(&x) {
            list.push(x);
        }
    }
}

/// Whether an agent noun ("ministers", "officials", "delegations") ends right before token `p`
/// (its "from" or "of") and opens the clause that starts at `a`: at its start or after a comma,
/// with an article or an adjective before it at most ("After the talks, senior officials of").
fn agents_open_clause(ix: &DocIndex<'_>, a: usize, p: usize) -> bool {
    let Some(s) =
        (p.saturating_sub(3)..p).find(|&s| ix.cue_match(s).is_some_and(|c| c.value.has(Cue::Agent) && c.end == p))
    else {
        return false;
    };
    let mut q = s;
    while q > a && s - q < 2 && ix.word(q - 1).starts_with(char::is_lowercase) && !is_preposition(ix.lower(q - 1)) {
        if matches!(ix.lower(q - 1), "and" | "," | "said" | "says") {
            break;
        }
        q -= 1;
    }
    q == a || ix.lower(q - 1) == ","
}

/// Where "and his" stands before a name and its description ("and his Jordanian counterpart
/// Ayman Safadi", name at `first`): the position of the possessive.
fn described_after_and(ix: &DocIndex<'_>, a: usize, first: usize) -> Option<usize> {
    let mut p = first;
    for _ in 0..3 {
        if p < a + 2 {
            return None;
        }
        if matches!(ix.lower(p - 1), "his" | "her" | "their") {
            return (p < first && ix.lower(p - 2) == "and").then_some(p - 1);
        }
        match ix.mention_ending_at(p - 1) {
            Some(m) if m.kind == Some(MentionKind::Adjective) => p = m.first,
            Some(_) => return None,
            None if ix.word(p - 1).starts_with(char::is_lowercase) => p -= 1,
            None => return None,
        }
    }
    None
}

/// Whether token `k` ends a verb that carries an event noun ("had", "held", "took part in").
fn lex_support(ix: &DocIndex<'_>, k: usize) -> bool {
    // The support phrase may span several words ending at `k`.
    (k.saturating_sub(2)..=k).any(|s| ix.cue_match(s).is_some_and(|m| m.value.has(Cue::Support) && m.end == k + 1))
}

/// The complements after the trigger, up to a topic, another trigger or the clause's end.
fn complements(ix: &DocIndex<'_>, lex: &EventLexicon, trig: &Trigger, te: usize, b: usize, f: &mut Frame) {
    let frame = lex.frame(trig.kind);
    let is_complement = |w: &str| frame.is_some_and(|fr| fr.complements.contains(&w));
    let is_place = |w: &str| frame.is_some_and(|fr| fr.places.contains(&w));
    // A verb takes its object directly; a trigger that ends in a complement word ("a call
    // from", "met with") opens the slot too.
    let last = ix.lower(te.saturating_sub(1));
    let mut slot = matches!(trig.form, Form::Verb | Form::VerbObject) || is_complement(last);
    let mut place_slot = false;
    let mut last_complement: &str = last;
    let mut k = te;
    // "received at Qasr Al Shati in Abu Dhabi Sheikh Mohammed": the place, then the object.
    if slot {
        let object = super::after_place(ix, te);
        if object > te {
            if let Some(m) = (te..object).find_map(|j| ix.mention_at(j)) {
                f.place = Some((m.first, m.end));
                f.place_actor = m.actors.first().copied();
            }
            k = object;
        }
    }
    let tokens = &ix.doc.tokens;
    // Whether the names read so far were joined by "and" (a list closed).
    let mut listed_and = false;
    while k < b && k < te + 30 {
        // "held talks on the sidelines (of the summit) with Henry Puna": where, not a topic.
        if ix.lower(k) == "on"
            && ix.lower(k + 1) == "the"
            && matches!(ix.lower(k + 2), "sidelines" | "margins" | "fringes")
        {
            let with = (k + 3..(k + 12).min(b)).find(|&j| ix.lower(j) == "with");
            match with {
                Some(j) if ix.lower(k + 3) == "of" || j == k + 3 => k = j,
                _ if ix.lower(k + 3) == "of" => break,
                _ => k += 3,
            }
            continue;
        }
        // "on 27 July 2023": a preposition of a date is no topic.
        let of_date = ix.date_at(k).is_some() || ix.date_at(k + 1).is_some();
        if let Some(m) = ix.cue_match(k).filter(|_| !of_date) {
            // A topic ends the participants; for strikes and sanctions "on" and "against" name
            // the target instead.
            if (m.value.has(Cue::Topic) && !(trig.kind.is_directed() && is_complement(ix.lower(k))))
                || m.value.has(Cue::List)
                || m.value.has(Cue::Clause)
            {
                break;
            }
        }
        if let Some(d) = ix.date_at(k) {
            let end = ix.dates.expressions.get(d).map(|e| e.span.1).unwrap_or(0);
            while k < b && tokens.get(k).is_some_and(|t| t.start() < end) {
                k += 1;
            }
            continue;
        }
        if let Some(m) = ix.mention_at(k) {
            // "with Kenya's Prime Cabinet Secretary, Musalia Mudavadi": the person is the object,
            // the country only says whose.
            if slot && ix.is_possessive(m.end) && ix.person_after_titles(m.end + 1) {
                k = m.end + 1;
                continue;
            }
            // "arrived in Malta from Rome": where a visitor came from is neither side nor place.
            if trig.kind == EventType::Visit && k > te && ix.lower(k - 1) == "from" {
                k = m.end;
                slot = false;
                continue;
            }
            let actor_is_place =
                m.actors.len() == 1 && m.kind.is_some_and(|k| matches!(k, MentionKind::Capital | MentionKind::City));
            let visited = slot && trig.kind == EventType::Visit && matches!(last_complement, "to" | "in");
            // A city is where, not who ("at an estate south of San Francisco"), unless visited.
            let city = m.kind == Some(MentionKind::City) && !visited;
            let as_place = place_slot || (actor_is_place && !slot) || city;
            if as_place {
                if f.place.is_none() {
                    f.place = Some((m.first, m.end));
                    f.place_actor = m.actors.first().copied();
                }
                place_slot = false;
            } else if slot {
                f.object.extend(m.actors.iter().copied());
                if visited {
                    f.destinations.extend(m.actors.iter().copied());
                    // "arrived in Shanghai": the city is also where.
                    if m.kind == Some(MentionKind::City) && f.place.is_none() {
                        f.place = Some((m.first, m.end));
                    }
                }
            }
            k = m.end;
            // "with X and Y", "with X, Y and Z", "with X and her counterpart Y" go on; a
            // possessive ("Iran's sites") does not.
            let pronoun = matches!(ix.lower(k + 1), "his" | "her" | "their" | "its");
            let mut next = if pronoun { k + 2 } else { k + 1 };
            // "X, Y, and the Philippines": a serial comma and an article may stand between.
            while next < k + 3 && matches!(ix.lower(next), "and" | "the") && ix.mention_at(next).is_none() {
                next += 1;
            }
            // "visits to Qatar and Kuwait, the Russian Foreign Ministry has said": a name that
            // then reports is the attribution, not one more of the list.
            let reports = |n: &super::index::TokenMention| {
                let v = if matches!(ix.lower(n.end), "has" | "have" | "had") { n.end + 1 } else { n.end };
                matches!(ix.lower(v), "said" | "says" | "announced" | "reported" | "stated")
            };
            // (After a list closed by "and"; not the subject after an opening phrase: "after
            // meeting Tuilaepa, Ms Ardern announced".)
            let coordinated = matches!(ix.lower(k), "and" | ",")
                && ix.mention_at(next).is_some_and(|n| !(ix.lower(k) == "," && listed_and && reports(n)))
                && !clause_after_comma(ix, k);
            listed_and |= coordinated && ix.lower(k) == "and";
            // "Meetings in Pyongyang and Tokyo": a city joined to a place by "and" is a place too.
            let city_after =
                ix.mention_at(next).is_some_and(|n| matches!(n.kind, Some(MentionKind::Capital | MentionKind::City)));
            if as_place && !slot && ix.lower(k) == "and" && city_after {
                place_slot = true;
            } else {
                slot = coordinated;
            }
            if coordinated {
                k = next;
            }
            continue;
        }
        let w = ix.lower(k);
        if clause_after_comma(ix, k) {
            break;
        }
        // A subject pronoun opens a clause of its own (", she encouraged the Crown Prince", "as
        // he pressed ahead with a tour").
        if matches!(w, "he" | "she" | "they" | "we" | "i")
            && k > te
            && (ix.lower(k - 1) == "," || is_subordinator(ix.lower(k - 1)))
        {
            break;
        }
        // "spoke to him": the person named last, other than the subject.
        // "her Australian counterpart Penny Wong": "her" is a possessive before a name.
        let possessive_her = w == "her"
            && (ix.mention_at(k + 1).is_some()
                || ix.person_after_titles(k + 1)
                || ix.word(k + 1).starts_with(char::is_lowercase) && ix.mention_at(k + 2).is_some());
        if slot && matches!(w, "him" | "her") && !possessive_her {
            let before = ix.doc.tokens.get(k).map_or(0, |t| t.start());
            let upto = ix.actors.mentions.partition_point(|m| m.span.0 < before);
            let person = ix.actors.mentions[..upto]
                .iter()
                .rev()
                .take(40)
                .filter(|m| m.span.1 <= before)
                .map(|m| m.actor)
                .find(|&p| ix.actor_kind(p) == Some(ActorKind::Person) && !f.subject.contains(&p) && ix.fits(p, w));
            if let Some(p) = person {
                f.object.push(p);
            }
            slot = false;
            k += 1;
            continue;
        }
        if is_complement(w) {
            slot = true;
            place_slot = false;
            last_complement = w;
        } else if is_place(w) {
            place_slot = true;
            slot = false;
        } else if slot
            && ix.word(k).starts_with(char::is_lowercase)
            && (ix.mention_at(k + 1).is_some()
                || ix.word(k + 1) == "," && ix.person_after_titles(k + 2)
                || ix.word(k + 1).starts_with(char::is_lowercase)
                    && ix.word(k + 2) == ","
                    && ix.person_after_titles(k + 3))
        {
            // An adjective before the complement: "with the wider G7"; a description before a
            // person in apposition: "with the coup leader, General Abdourahamane Tchiani".
        } else if slot && ix.word(k).starts_with(char::is_lowercase) && matches!(ix.word(k + 1), "'s" | "’s") {
            // "met the country's president-elect, Kurmanbek Bakiyev": whose the title is.
        } else if is_skippable(w)
            || w.ends_with("ly")
            || !ix.is_word(k) && w != "."
            || ix.doc.tokens.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Number)
        {
            // keep the slot open
        } else if w == "." || w == ";" {
            break;
        } else if slot && ix.person_after_titles(k) {
            // A long title before the name keeps the slot open.
        } else {
            slot = false;
            place_slot = false;
        }
        k += 1;
    }
    // A visit's destination is a participant: "visited Kyiv", "a trip to Fiji".
    if trig.kind == EventType::Visit {
        if let Some(p) = f.place_actor {
            if !f.object.contains(&p) {
                f.object.push(p);
            }
            if !f.destinations.contains(&p) {
                f.destinations.push(p);
            }
        }
    }
}

/// "In a phone call on Tuesday, Putin told Macron that ...", "During the talks, Erdogan assured
/// Putin": a call or a meeting named in the sentence's opening phrase (which starts at `a` with
/// "in", "during" or "at" and ends with a comma) is had by the main clause's subject, with the
/// one it tells, briefs, thanks or congratulates. Returns whether the subject was found there.
fn opening_phrase(ix: &DocIndex<'_>, a: usize, ts: usize, f: &mut Frame) -> bool {
    if !matches!(ix.lower(a), "in" | "during" | "at") || ts > a + 8 {
        return false;
    }
    // The comma that closes the phrase, before the sentence ends.
    let Some(comma) = (ts..ts + 12)
        .take_while(|&k| !matches!(ix.lower(k), "." | ";" | ":" | "!" | "?"))
        .find(|&k| ix.lower(k) == ",")
    else {
        return false;
    };
    // The main clause's subject right after the comma, titles before it allowed.
    let Some(subject) = (comma + 1..comma + 6)
        .take_while(|&k| ix.is_word(k) && (ix.lower(k) == "the" || ix.word(k).starts_with(char::is_uppercase)))
        .find_map(|k| ix.mention_at(k))
    else {
        return false;
    };
    // One person named ("the parties", "the two leaders" are read elsewhere).
    let person = match &subject.actors[..] {
        &[x] if ix.actor_kind(x) == Some(ActorKind::Person) => x,
        _ => return false,
    };
    f.subject.push(person);
    let (text, tokens, keys) = (ix.doc.text, &ix.doc.tokens, &ix.doc.keys);
    let verb = crate::statements::speech::verbs().longest_at(text, tokens, keys, subject.end);
    use crate::statements::speech::SpeechKind;
    let addresses =
        |v: &crate::phrases::PhraseMatch<'_, SpeechKind>| matches!(v.value, SpeechKind::Tell | SpeechKind::Praise);
    if let Some(m) = verb.filter(addresses).and_then(|v| ix.mention_at(v.end)) {
        add_new(&mut f.object, m.actors.iter().copied());
    }
    true
}

/// ", but Wang Yi signed": a coordinator after the comma at `k`, then a name and a verb, open a
/// clause of its own (one whose verb receives the visitor is the host's part: ", and Kazakh
/// President Tokayev greeted him at the airport").
fn clause_after_comma(ix: &DocIndex<'_>, k: usize) -> bool {
    if ix.lower(k) != "," || !matches!(ix.lower(k + 1), "and" | "but" | "while") {
        return false;
    }
    let at = if ix.lower(k + 2) == "the" { k + 3 } else { k + 2 };
    ix.mention_at(at).filter(|m| m.kind != Some(MentionKind::Adjective)).is_some_and(|m| {
        // ", and Brazil's Foreign Ministry called": what the name owns, then the verb.
        let mut end = m.end;
        if ix.is_possessive(end) {
            end += 1;
            while end < m.end + 5 && ix.word(end).starts_with(char::is_uppercase) {
                end += 1;
            }
        }
        let v = ix.word(end);
        let receives = matches!(v, "greeted" | "welcomed" | "received" | "met" | "hosted" | "accompanied");
        ix.is_word(end)
            && v.starts_with(char::is_lowercase)
            && !is_skippable(v)
            && !is_preposition(v)
            && v != "and"
            && !receives
    })
}

/// The person a pronoun stands for: in an opening phrase ("Following his visit to the US, the
/// Prime Minister ...") the subject of the main clause after it, else the person named last.
fn pronoun_person(ix: &DocIndex<'_>, a: usize, at: usize) -> Option<usize> {
    pronoun_person_from(ix, a, at, true)
}

/// [`pronoun_person`]; `hop`: whether the same pronoun earlier in the sentence may be followed
/// (once only, so that "he met him and he met him and ..." stays linear).
fn pronoun_person_from(ix: &DocIndex<'_>, a: usize, at: usize, hop: bool) -> Option<usize> {
    let pronoun = ix.lower(at);
    // A pronoun that opens a sentence continues the previous sentence's subject: "Zelenskyy,
    // who attended the summit, thanked the prime minister. He will travel to Riyadh".
    // ("On Thursday he met": a date before the pronoun changes nothing.)
    let opens = (a..at).all(|k| {
        ix.date_at(k).is_some() || matches!(ix.lower(k), "on" | "late" | "early" | "earlier" | "later" | "then" | ",")
    });
    if opens && a > 0 {
        if let Some(p) = previous_subject(ix, a - 1, pronoun) {
            return Some(p);
        }
    }
    // A preposition or a participle ("Recalling his first meeting with Sogavare, Xi said").
    let opening =
        matches!(ix.lower(a), "following" | "after" | "before" | "during" | "on" | "upon" | "since" | "ahead")
            || ix.lower(a).ends_with("ing") && ix.word(a).starts_with(char::is_uppercase);
    if opening {
        if let Some(comma) = (at..at + 15).find(|&k| ix.word(k) == ",") {
            if let Some(m) = ix.mention_at(comma + 1).or_else(|| ix.mention_at(comma + 2)) {
                if let Some(&p) = m.actors.first().filter(|&&p| ix.actor_kind(p) == Some(ActorKind::Person)) {
                    return Some(p);
                }
            }
        }
    }
    // The nearest clause subject before the pronoun: a person named at the start of a clause,
    // not after a verb or a preposition. "Kerry telephoned Machar ... to brief him on his visit"
    // — his is Kerry's; "while the Iranian president was in New York where he attended" — he is
    // the president.
    // The same subject pronoun earlier in the sentence stands for the same person: "On Sunday
    // he called on President Sharma, and on Saturday he received Mukherjee".
    let subject_pronoun = hop && matches!(pronoun, "he" | "she");
    // (The earlier pronoun's answer ends the search, found or not.)
    let subject = (a..at).rev().find_map(|k| {
        if subject_pronoun && ix.lower(k) == pronoun {
            return Some(pronoun_person_from(ix, a, k, false));
        }
        let m = ix.mention_at(k)?;
        let prev = k.checked_sub(1).filter(|&p| p >= a).map(|p| ix.lower(p));
        let opens_clause = match prev {
            None => true,
            Some(w) => is_clause_opener(w) || !ix.is_word(k - 1),
        };
        let person = m.actors.first().copied().filter(|&p| ix.actor_kind(p) == Some(ActorKind::Person));
        opens_clause.then_some(person).flatten().filter(|&p| ix.fits(p, pronoun)).map(Some)
    });
    subject.flatten().or_else(|| ix.person_before(at, pronoun))
}

/// The subject of the sentence that ends at token `last`: the person its first mention names,
/// when only an article or a date ("On Monday") stands before it and `pronoun` can stand for
/// them. A sentence that opens with the same pronoun passes it on to the sentence before it
/// ("Tillerson arrived ... On Monday he conferred ... He travels to Beirut").
fn previous_subject(ix: &DocIndex<'_>, last: usize, pronoun: &str) -> Option<usize> {
    let doc = ix.doc;
    let mut last = last;
    for _ in 0..3 {
        let s = doc.sentence_at(doc.tokens.get(last)?.start()).and_then(|i| doc.sentences.get(i))?;
        let mut k = s.first_token;
        while k < s.end_token {
            if let Some(d) = ix.date_at(k) {
                let end = ix.dates.expressions.get(d).map_or(0, |e| e.span.1);
                while k < s.end_token && doc.tokens.get(k).is_some_and(|t| t.start() < end) {
                    k += 1;
                }
                continue;
            }
            if !ix.is_word(k)
                || matches!(ix.lower(k), "the" | "a" | "an" | "on" | "late" | "early" | "earlier" | "later")
            {
                k += 1;
                continue;
            }
            // "Speaking to Iranian state television, Amir-Abdollahian said": the subject follows
            // the opening participle's phrase.
            if k == s.first_token && ix.lower(k).ends_with("ing") && ix.word(k).starts_with(char::is_uppercase) {
                if let Some(c) = (k + 1..s.end_token.min(k + 15)).find(|&j| ix.word(j) == ",") {
                    k = c + 1;
                    continue;
                }
            }
            break;
        }
        if ix.lower(k) == pronoun && s.first_token > 0 {
            last = s.first_token - 1;
            continue;
        }
        // Only the sentence's opening mention ("Ukraine's president, Volodymyr Zelenskyy, ...").
        let m = ix.mention_at(k)?;
        if m.actors.len() != 1 {
            return None;
        }
        return m
            .actors
            .first()
            .copied()
            .filter(|&p| ix.actor_kind(p) == Some(ActorKind::Person) && ix.fits(p, pronoun));
    }
    None
}

/// Words after which a clause begins, so that a name after them is a subject.
#[rustfmt::skip]
fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "while" | "when" | "where" | "as" | "because" | "after" | "before" | "since" |
        "although" | "though" | "if" | "that" | "who" | "which" | "said" | "says" | "so" | "then" |
        "meanwhile" | "however"
    )
}

/// "the G20 summit", "the Ukraine Recovery Conference", "a Normandy format meeting": an actor
/// right before a meeting noun takes part in it.
pub fn compound(ix: &DocIndex<'_>, trig: &Trigger, a: usize, ts: usize, f: &mut Frame) {
    if trig.form != Form::Noun || !matches!(trig.kind, EventType::Meeting | EventType::Agreement) {
        return;
    }
    // Allow one capitalised word between ("Ukraine Recovery Conference").
    for end in [ts, ts.saturating_sub(1)] {
        if end <= a {
            continue;
        }
        if end < ts && !ix.word(end).chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if let Some(m) = ix.mention_ending_at(end) {
            if ix.word(end) != "'s" {
                // "the India-Russia summit", "the Japan-Philippines-U.S. Summit Meeting": every
                // side joined by a hyphen or slash.
                // Attached on both sides: "Moscow – Russia-China summit" joins no sides.
                let attached = |k: usize| ix.doc.tokens.get(k).is_some_and(|t| t.attached());
                let mut sides = vec![m];
                while let Some(&first) = sides.last() {
                    let joint = first
                        .first
                        .checked_sub(1)
                        .filter(|&j| j > a && matches!(ix.word(j), "-" | "–" | "/") && attached(j) && attached(j + 1));
                    let Some(prev) = joint.and_then(|j| ix.mention_ending_at(j)) else { break };
                    sides.push(prev);
                }
                for m in sides.iter().rev() {
                    for &x in &m.actors {
                        if !f.object.contains(&x) && !f.subject.contains(&x) {
                            f.object.push(x);
                        }
                    }
                }
            }
            return;
        }
    }
}

/// "between X and Y" anywhere after the trigger in the clause.
fn between(ix: &DocIndex<'_>, te: usize, b: usize, f: &mut Frame) {
    for k in te..b.min(te + 40) {
        // Another clause ("as he pressed ahead with a tour overshadowed by a flare-up between
        // Israel and Iran") speaks of something else.
        if matches!(ix.lower(k), "he" | "she" | "they" | "." | ";") {
            return;
        }
        // The predicate of a noun that is a subject ("the summit was fixed on the confrontation
        // between India and Pakistan") speaks of something else.
        // (Not the noun's own verb: "a meeting that was held in Geneva between".)
        let own_verb = matches!(ix.lower(k + 1), "held" | "hosted" | "scheduled" | "planned" | "to" | "be" | "being");
        if matches!(ix.lower(k), "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would") && !own_verb
        {
            return;
        }
        if ix.lower(k) != "between" {
            continue;
        }
        let mut j = k + 1;
        if matches!(ix.lower(j), "the" | "both") {
            j += 1;
        }
        let Some(first) = ix.mention_at(j) else { continue };
        let mut found = first.actors.to_vec();
        if ix.lower(first.end) == "and" {
            if let Some(second) = ix.mention_at(first.end + 1) {
                found.extend(second.actors.iter().copied());
            }
        }
        for a in found {
            if !f.object.contains(&a) && !f.subject.contains(&a) {
                f.object.push(a);
            }
        }
        return;
    }
}

/// The side that took the initiative.
#[allow(clippy::too_many_arguments)]
fn initiative(ix: &DocIndex<'_>, trig: &Trigger, a: usize, b: usize, te: usize, f: &mut Frame) {
    // "at the initiative of X", "at the request of X"
    for k in a..b {
        if let Some(m) = ix.cue_match(k) {
            if m.value.has(Cue::Initiative) {
                let j = if ix.lower(m.end) == "the" { m.end + 1 } else { m.end };
                if let Some(x) = ix.mention_at(j) {
                    f.initiator = x.actors.first().copied();
                    return;
                }
            }
        }
        // "at X's initiative", "at the Ukrainian side's initiative"
        if ix.lower(k) == "initiative" && k >= 2 && matches!(ix.word(k - 1), "'s" | "’s") {
            let mut j = k - 1;
            if ix.lower(j - 1) == "side" {
                j -= 1;
            }
            if let Some(x) = ix.mention_ending_at(j) {
                f.initiator = x.actors.first().copied();
                return;
            }
        }
    }
    match trig.initiative {
        Initiative::Subject => f.initiator = f.subject.first().copied(),
        Initiative::Object => {
            // "a call from Y", "answer the phone from Y": the actor after "from".
            for k in te.saturating_sub(1)..b.min(te + 8) {
                if ix.lower(k) == "from" {
                    if let Some(x) = ix.mention_at(k + 1) {
                        f.initiator = x.actors.first().copied();
                        return;
                    }
                }
            }
            if ix.lower(te.saturating_sub(1)) == "from" {
                f.initiator = f.object.first().copied();
            }
        }
        Initiative::None => {
            if trig.kind.is_directed() {
                f.initiator = f.subject.first().copied();
            }
        }
    }
}

/// Maps an initiator that is a state to the participant who speaks for it ("at the Ukrainian
/// side's initiative" → Petro Poroshenko).
pub fn initiator_among(ix: &DocIndex<'_>, initiator: Option<usize>, participants: &[usize]) -> Option<usize> {
    let i = initiator?;
    if participants.contains(&i) {
        return Some(i);
    }
    let country = ix.country(i)?;
    participants
        .iter()
        .copied()
        .find(|&p| ix.country(p) == Some(country) && ix.actor_kind(p) == Some(ActorKind::Person))
        .or_else(|| participants.iter().copied().find(|&p| ix.country(p) == Some(country)))
        .or(Some(i))
}

/// Whether the talks (negotiations) named by tokens `ts..te` are ones an act of the sentence
/// that starts at `a` followed or ended: ", after talks chaired by Anwar", "at the closing
/// session of the fifth round of inter-Korean talks", "bringing to an end thirteen days of
/// negotiations".
pub fn ended_talks(ix: &DocIndex<'_>, a: usize, ts: usize, te: usize) -> bool {
    let noun = ix.lower(te.saturating_sub(1));
    if te <= ts || !matches!(noun, "talks" | "negotiations" | "discussions" | "consultations") {
        return false;
    }
    let adjective = |m: &super::index::TokenMention| m.kind == Some(MentionKind::Adjective);
    (ts.saturating_sub(15).max(a + 2)..ts)
        .rev()
        .take_while(|&k| (ix.is_word(k) || ix.is_inner_hyphen(k)) && ix.mention_at(k).is_none_or(adjective))
        .any(|k| match ix.lower(k) {
            "after" | "following" => ix.lower(k - 1) == ",",
            "end" | "close" | "conclusion" | "closing" => true,
            _ => false,
        })
}
