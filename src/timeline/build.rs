//! Assembles the [`Timeline`] from the stages' results: ids in order of first mention and
//! spans in UTF-16 code units.

use super::utf16::Utf16Map;
use super::{Actor, DateMention, Event, EventDate, Published, Statement, Timeline};
use crate::actors::Actors;
use crate::dates::Dates;
use crate::events::Events;
use crate::statements;
use crate::text::Document;

/// Builds the timeline of a document.
pub fn build(
    doc: &Document<'_>,
    dates: &Dates,
    actors: &Actors,
    events: &Events,
    said: &[statements::Statement],
) -> Timeline {
    let map = Utf16Map::new(doc.text);
    Timeline {
        version: 1,
        published: dates.published.map(|(d, s)| Published { date: d.iso(3), source: s.as_str() }),
        actors: actor_list(actors, &map),
        events: event_list(doc, dates, events, &map),
        statements: statement_list(doc, said, &map),
        dates: date_mentions(doc, dates, &map),
    }
}

/// The temporal expressions as the JSON lists them.
pub fn date_mentions(doc: &Document<'_>, dates: &Dates, map: &Utf16Map<'_>) -> Vec<DateMention> {
    dates
        .expressions
        .iter()
        .map(|e| DateMention {
            text: doc.slice(e.span.0, e.span.1).to_owned(),
            span: map.span(e.span),
            value: e.value.map(|v| v.text()),
            end: e.value.and_then(|v| v.end_text()),
            grain: e.value.map(|v| v.grain.as_str()),
            approx: e.value.is_some_and(|v| v.approx),
            kind: e.kind.as_str(),
        })
        .collect()
}

/// The id of actor `i`.
pub fn actor_id(i: usize) -> String {
    id('a', i)
}

/// `prefix` and the number `i + 1` ("e1", "s12"): the ids of the timeline's items.
fn id(prefix: char, i: usize) -> String {
    let mut digits = [0u8; 20];
    let (mut n, mut at) = (i + 1, digits.len());
    while n > 0 && at > 0 {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
    }
    let mut out = String::with_capacity(1 + digits.len() - at);
    out.push(prefix);
    out.extend(digits.iter().skip(at).map(|&d| char::from(d)));
    out
}

fn actor_list(actors: &Actors, map: &Utf16Map<'_>) -> Vec<Actor> {
    let lex = crate::actors::lexicon::ActorLexicon::get();
    actors
        .list
        .iter()
        .enumerate()
        .map(|(i, a)| Actor {
            id: actor_id(i),
            name: a.name.clone(),
            kind: a.kind,
            country: a.country,
            aliases: a.aliases.clone(),
            titles: a.titles.iter().filter_map(|&t| lex.titles.get(usize::from(t))).map(|t| t.name).collect(),
            mentions: a.mentions.iter().map(|&m| map.span(m)).collect(),
        })
        .collect()
}

fn event_list(doc: &Document<'_>, dates: &Dates, events: &Events, map: &Utf16Map<'_>) -> Vec<Event> {
    events
        .list
        .iter()
        .enumerate()
        .map(|(i, e)| Event {
            id: id('e', i),
            kind: e.kind.as_str(),
            participants: e.participants.iter().map(|&p| actor_id(p)).collect(),
            initiator: e.initiator.map(actor_id),
            date: e.date.map(|d| {
                let expr = d.expression.and_then(|x| dates.expressions.get(x));
                EventDate {
                    value: d.value.text(),
                    grain: d.value.grain.as_str(),
                    approx: d.value.approx,
                    text: expr.map(|x| doc.slice(x.span.0, x.span.1).to_owned()),
                    span: expr.map(|x| map.span(x.span)),
                }
            }),
            status: e.status.as_str(),
            evidence: e.evidence.iter().map(|&s| map.span(s)).collect(),
            cameo: e.trigger.cameo,
            plover: e.trigger.plover,
            mode: e.trigger.mode,
            count: e.count,
            place: e.place.map(|(a, b)| doc.slice(a, b).to_owned()),
            topics: e.topics.clone(),
        })
        .collect()
}

fn statement_list(doc: &Document<'_>, said: &[statements::Statement], map: &Utf16Map<'_>) -> Vec<Statement> {
    said.iter()
        .enumerate()
        .map(|(i, s)| Statement {
            id: id('s', i),
            speaker: s.speaker.map(actor_id),
            text: doc.slice(s.span.0, s.span.1).to_owned(),
            direct: s.direct,
            span: map.span(s.span),
            event: s.event.map(|e| id('e', e)),
            social: s.social,
        })
        .collect()
}
