//! Unnamed sources in the plural (`sources.txt`): "U.S. officials said", "Western diplomats told
//! reporters", "diplomatic sources said". A phrase of that kind right before a verb of speech is a
//! speaker of its own (of the state its modifier names, if any), so that what it says is not
//! put in the mouth of a government or left without a speaker.

use super::{Actor, ActorKind, Builder, Key, MentionKind};
use crate::text::TokenKind;

/// The source nouns and the modifier words of `sources.txt`.
fn words() -> &'static (crate::data::WordSet, crate::data::WordSet) {
    static SETS: std::sync::OnceLock<(crate::data::WordSet, crate::data::WordSet)> = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let all = || crate::data::words(crate::data::data_file!("actors/sources.txt"));
        let nouns = all().filter(|w| !w.starts_with('~')).map(|w| (w, ())).collect();
        let modifiers = all().filter_map(|w| w.strip_prefix('~')).map(|w| (w, ())).collect();
        (nouns, modifiers)
    })
}

/// Adds the unnamed plural sources that speak.
pub(crate) fn add(b: &mut Builder<'_>) {
    let doc = b.doc;
    let (text, tokens) = (doc.text, &doc.tokens);
    let modifiers = &words().1;
    let speech = &super::people::speech_cues().0;
    let mut found: Vec<(usize, usize)> = Vec::new();
    let speaks_at =
        |j: usize| tokens.get(j).is_some_and(|n| n.newlines_before == 0 && speech.contains_key(n.text(text)));
    // "Diplomats in Pretoria said", "officials on both sides said", "Diplomatic sources in Port of
    // Spain said": a short phrase of where or whose may stand between the noun and the verb.
    let opens_phrase =
        |j: usize| tokens.get(j).is_some_and(|n| matches!(n.text(text), "in" | "on" | "of" | "at" | "from"));
    let phrase_word = |j: usize| {
        tokens.get(j).is_some_and(|n| {
            let w = n.text(text);
            n.kind == TokenKind::Word
                && (w.starts_with(char::is_uppercase)
                    || matches!(
                        w,
                        "both" | "the" | "two" | "all" | "sides" | "side" | "delegations" | "countries" | "of"
                    ))
        })
    };
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        // (The verb or the phrase's preposition first: they turn most words away before any
        // lower-casing.)
        let verb_at = if speaks_at(k + 1) {
            Some(k + 1)
        } else if opens_phrase(k + 1) {
            (k + 2..(k + 7).min(tokens.len()))
                .take_while(|&j| phrase_word(j))
                .last()
                .map(|e| e + 1)
                .filter(|&v| speaks_at(v))
        } else {
            None
        };
        if verb_at.is_some() && is_source_noun(t.text(text)) {
            found.push((k, t.end()));
        }
    }
    if found.is_empty() {
        return;
    }
    // State mentions by their phrase's end: (end, start, actor).
    let mut states: Vec<(usize, usize, usize)> = b
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Adjective))
        .filter(|m| b.list.get(m.actor).is_some_and(|a| matches!(a.kind, ActorKind::State | ActorKind::Organization)))
        .map(|m| (m.phrase.1, m.phrase.0, m.actor))
        .collect();
    states.sort_unstable();
    for (k, end) in found {
        let Some(noun) = tokens.get(k) else { continue };
        // Up to three words before the noun: a state's name or adjective, or a modifier.
        let (mut from, mut at, mut whose) = (noun.start(), k, None);
        for _ in 0..3 {
            let Some(p) = at.checked_sub(1).and_then(|p| tokens.get(p)) else { break };
            let i = states.partition_point(|s| s.0 < p.end());
            if let Some(&(_, start, actor)) = states.get(i).filter(|s| s.0 == p.end()) {
                whose = whose.or(Some(actor));
                from = start;
                at = doc.token_at(start);
            } else if p.kind == TokenKind::Word && modifiers.contains_key(p.text(text)) {
                from = p.start();
                at -= 1;
            } else {
                break;
            }
        }
        let country = whose.and_then(|a| b.list.get(a)).and_then(|a| a.country);
        let name = doc.slice(from, end).to_owned();
        let i = b.get_or_create(Key::Person(name.clone()), || Actor::untitled_person(name, country));
        b.add_mention((from, end), i, MentionKind::Name);
    }
}

/// Whether `actor` is an unnamed plural source read here ("U.S. officials"): a speaker, never a
/// side of an event.
pub fn is_unnamed_source(actor: &Actor) -> bool {
    actor.kind == ActorKind::Person
        && actor.titles.is_empty()
        && actor.known.is_none()
        && actor.name.rsplit(' ').next().is_some_and(is_source_noun)
}

/// Whether `w` is a source noun of `sources.txt`, as written or capitalised ("Diplomats said").
fn is_source_noun(w: &str) -> bool {
    let nouns = &words().0;
    nouns.contains_key(w) || w.starts_with(char::is_uppercase) && nouns.contains_key(w.to_ascii_lowercase().as_str())
}
