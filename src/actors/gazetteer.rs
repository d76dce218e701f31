//! One pass of the gazetteer over the tokens: every country name, adjective, capital, seat,
//! organisation, title and known person, with the case its pattern requires.

use super::lexicon::{ActorLexicon, Entry};
use crate::text::Document;

/// A gazetteer match, with the tokens it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of the match.
    pub start: usize,
    /// Byte offset after the match.
    pub end: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// One past its last token.
    pub end_token: usize,
    /// What it names.
    pub entry: Entry,
}

/// Finds all hits in the document, in text order, without overlaps.
pub fn hits(doc: &Document<'_>, lex: &ActorLexicon) -> Vec<Hit> {
    lex.phrases
        .find_all(doc.text, &doc.tokens, &doc.keys)
        .into_iter()
        .filter_map(|(first, m)| {
            let start = doc.tokens.get(first)?.start();
            let end = doc.tokens.get(m.end.checked_sub(1)?)?.end();
            Some(Hit { start, end, first_token: first, end_token: m.end, entry: *m.value })
        })
        .collect()
}
