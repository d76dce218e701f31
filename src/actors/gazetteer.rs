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
            // A name that is an institution's names no one (like a region's).
            let entry = match *m.value {
                Entry::Person(_) if names_institution(doc, lex, m.end) => Entry::Region,
                e => e,
            };
            Some(Hit { start, end, first_token: first, end_token: m.end, entry })
        })
        .collect()
}

/// "the Ronald Reagan Presidential Library": the word right after token `end` (or after one
/// linking word such as "Presidential") names a place or an institution.
pub(crate) fn names_institution(doc: &Document<'_>, lex: &ActorLexicon, end: usize) -> bool {
    let word = |k: usize| doc.tokens.get(k).map_or("", |t| t.text(doc.text));
    let next = word(end);
    lex.institution_words.contains(&next)
        || lex.institution_links.contains(&next) && lex.institution_words.contains(&word(end + 1))
}
