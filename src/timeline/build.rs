//! Assembles the [`Timeline`] from the stages' results: ids in order of first mention and
//! spans in UTF-16 code units.

use super::utf16::Utf16Map;
use super::{Actor, DateMention, Published, Timeline};
use crate::actors::Actors;
use crate::dates::Dates;
use crate::text::Document;

/// Builds the timeline of a document.
pub fn build(doc: &Document<'_>, dates: &Dates, actors: &Actors) -> Timeline {
    let map = Utf16Map::new(doc.text);
    Timeline {
        version: 1,
        published: dates.published.map(|(d, s)| Published { date: d.to_string(), source: s.as_str() }),
        actors: actor_list(actors, &map),
        events: Vec::new(),
        statements: Vec::new(),
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
    format!("a{}", i + 1)
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
            country: a.country.map(str::to_owned),
            aliases: a.aliases.clone(),
            titles: a.titles.iter().filter_map(|&t| lex.titles.get(usize::from(t))).map(|t| t.name.to_owned()).collect(),
            mentions: a.mentions.iter().map(|&m| map.span(m)).collect(),
        })
        .collect()
}
