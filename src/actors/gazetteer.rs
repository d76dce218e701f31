//! One pass of the gazetteer automaton over the text: every country name, adjective, capital,
//! seat, organisation, title and known person, checked for word boundaries and case.

use aho_corasick::Input;

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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the text of a match has the case its pattern requires: acronyms ("US", "WHO")
/// exactly, capitalised names with a capital (or in an all-caps line), lower-case title
/// variants in any case.
fn case_ok(pattern: &str, found: &str) -> bool {
    let letters = || pattern.chars().filter(|c| c.is_alphabetic());
    let acronym = letters().all(char::is_uppercase) && letters().count() <= 6;
    if acronym {
        return pattern == found;
    }
    match pattern.chars().next() {
        Some(p) if p.is_uppercase() => found.chars().next().is_some_and(char::is_uppercase),
        _ => true,
    }
}

/// Finds all hits in the document, in text order, without overlaps.
pub fn hits(doc: &Document<'_>, lex: &ActorLexicon) -> Vec<Hit> {
    let Some(ac) = &lex.automaton else { return Vec::new() };
    let text = doc.text;
    let mut out = Vec::new();
    let mut pos = 0usize;
    while pos < text.len() {
        let Some(m) = ac.find(Input::new(text).span(pos..text.len())) else { break };
        let (start, end) = (m.start(), m.end());
        let Some((entry, pattern)) = lex.entries.get(m.pattern().as_usize()).copied() else { break };
        let found = text.get(start..end).unwrap_or("");
        let before_ok = !text.get(..start).and_then(|s| s.chars().next_back()).is_some_and(is_word_char);
        let after_ok = !text.get(end..).and_then(|s| s.chars().next()).is_some_and(is_word_char)
            || pattern.ends_with('.');
        if before_ok && after_ok && case_ok(pattern, found) {
            let first_token = doc.tokens.partition_point(|t| t.end <= start);
            let end_token = doc.tokens.partition_point(|t| t.start < end);
            out.push(Hit { start, end, first_token, end_token, entry });
            pos = end;
        } else {
            // Try again one character later: a shorter match may start inside this one.
            pos = start + text.get(start..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
        }
    }
    out
}
