//! Assembles the [`Timeline`] from the stages' results: ids in order of first mention and
//! spans in UTF-16 code units.

use super::utf16::Utf16Map;
use super::{DateMention, Published, Timeline};
use crate::actors::Actors;
use crate::dates::Dates;
use crate::text::Document;

/// Builds the timeline of a document.
pub fn build(doc: &Document<'_>, dates: &Dates, _actors: &Actors) -> Timeline {
    let map = Utf16Map::new(doc.text);
    Timeline {
        version: 1,
        published: dates.published.map(|(d, s)| Published { date: d.to_string(), source: s.as_str() }),
        actors: Vec::new(),
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
