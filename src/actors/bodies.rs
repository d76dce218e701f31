//! Organisations the lexicon does not know, named by their form: a capitalised name that ends
//! in an organisation's head word (`bodies.txt`, in the actor lexicon) and is followed by its acronym in brackets
//! ("the Free Aceh Movement (GAM)"), or ends in a strong head word after "the" ("the Hudson
//! Institute", "the Democratic Party of Serbia"). The acronym names it again later ("GAM").

use super::{Actor, ActorKind, Builder, Key, MentionKind};
use crate::data::FastMap;
use crate::text::{Token, TokenKind};

/// Words that may stand inside a name between its capitalised words.
const LINKS: &[&str] = &["of", "for", "and", "the", "de", "du", "des", "del", "on", "in"];

/// The longest name read, in tokens.
const MAX_WORDS: usize = 9;

fn capitalised(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_uppercase())
}

/// An acronym: two to eight capital letters (digits allowed after the first).
fn acronym(w: &str) -> bool {
    (2..=8).contains(&w.len())
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Adds the organisations named by their form, and their acronyms' later mentions.
pub(crate) fn add(b: &mut Builder<'_>) {
    let doc = b.doc;
    let (text, tokens) = (doc.text, &doc.tokens);
    let heads = &b.lex.body_heads;
    let mut found: Vec<(usize, usize, Option<&str>)> = Vec::new();
    let bytes = text.as_bytes();
    // Head words are written with an ASCII capital: one byte read turns most tokens away.
    let upper_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_uppercase);
    for (k, (t, key)) in tokens.iter().zip(&doc.keys).enumerate() {
        if !upper_at(t.start()) || t.kind != TokenKind::Word {
            continue;
        }
        let Some(&strong) = heads.get(key) else { continue };
        // "(GAM)" right after the head word.
        let abbreviation = match (tokens.get(k + 1), tokens.get(k + 2), tokens.get(k + 3)) {
            (Some(o), Some(a), Some(c)) if o.text(text) == "(" && c.text(text) == ")" && acronym(a.text(text)) => {
                Some(a.text(text))
            }
            _ => None,
        };
        // Back over the name: capitalised words, linking words between them.
        let mut first = k;
        let mut j = k;
        while j > 0 && k - j < MAX_WORDS {
            let Some(prev) = tokens.get(j - 1) else { break };
            if prev.newlines_before > 0 && !capitalised(prev, text) {
                break;
            }
            if capitalised(prev, text) || prev.kind == TokenKind::Possessive {
                j -= 1;
                if capitalised(prev, text) {
                    first = j;
                }
            } else if LINKS.contains(&prev.text(text))
                && j >= 2
                && tokens.get(j - 2).is_some_and(|p| capitalised(p, text))
            {
                j -= 1;
            } else {
                break;
            }
            if tokens.get(j).is_some_and(|x| x.newlines_before > 0) {
                break;
            }
        }
        // "The Democratic Party of Serbia" opening a sentence: the article is no part of it.
        let mut after_the =
            first > 0 && tokens.get(first - 1).is_some_and(|p| p.text(text).eq_ignore_ascii_case("the"));
        if first < k && tokens.get(first).is_some_and(|x| x.text(text) == "The") {
            first += 1;
            after_the = true;
        }
        // A name after a linking word ("of", "the") is the tail of the head ("Democratic Party
        // of Serbia"): read forward over "of" and capitalised words.
        let mut end = k + 1;
        if abbreviation.is_none() {
            while tokens.get(end).is_some_and(|x| x.text(text) == "of")
                && tokens.get(end + 1).is_some_and(|x| capitalised(x, text))
            {
                end += 2;
                while tokens.get(end).is_some_and(|x| capitalised(x, text)) && end - first < MAX_WORDS {
                    end += 1;
                }
            }
        }
        let words = tokens.get(first..end).map_or(0, |w| w.iter().filter(|x| capitalised(x, text)).count());
        // A sentence's first word is capitalised anyway: the name must not begin the sentence
        // unless its acronym vouches for it.
        let opens_sentence = doc
            .sentence_at(tokens.get(first).map_or(0, |x| x.start()))
            .and_then(|s| doc.sentences.get(s))
            .is_some_and(|s| s.first_token == first);
        if words < 2 || !(abbreviation.is_some() || strong && after_the) || opens_sentence && abbreviation.is_none() {
            continue;
        }
        let (Some(s), Some(e)) = (tokens.get(first).map(Token::start), tokens.get(end - 1).map(Token::end)) else {
            continue;
        };
        found.push((s, e, abbreviation));
    }
    if found.is_empty() {
        return;
    }
    // Mentions so far, by start, to keep out of names already read: whether each is a state's,
    // and its country.
    let mut taken: Vec<(usize, usize, bool, Option<&'static str>)> = b
        .mentions
        .iter()
        .map(|m| {
            let actor = b.list.get(m.actor);
            (m.phrase.0, m.phrase.1, actor.is_some_and(|a| a.kind == ActorKind::State), actor.and_then(|a| a.country))
        })
        .collect();
    taken.sort_unstable();
    // Whether a mention other than a state's inside `s..e` overlaps it (a mention begins at
    // most a few before another that it still covers).
    let overlaps = |s: usize, e: usize| {
        let i = taken.partition_point(|t| t.0 < s).saturating_sub(8);
        taken.get(i..).unwrap_or(&[]).iter().take_while(|t| t.0 < e).any(|t| t.1 > s && (!t.2 || t.0 < s || t.1 > e))
    };
    found.retain(|f| !overlaps(f.0, f.1));
    let mut acronyms: FastMap<&str, (usize, usize)> = FastMap::default();
    for &(s, e, abbreviation) in &found {
        let name = doc.slice(s, e);
        // A name that opens with a state is that state's body ("Russia's Federal Security
        // Service", "Estonian Internal Security Service").
        let from = taken.partition_point(|t| t.0 < s);
        let country =
            taken.get(from..).unwrap_or(&[]).iter().take_while(|t| t.0 == s).find(|t| t.2 && t.1 < e).and_then(|t| t.3);
        let a = b.get_or_create(Key::Body(name.to_owned()), || Actor {
            name: name.to_owned(),
            kind: ActorKind::Organization,
            country,
            aliases: abbreviation.iter().map(|x| (*x).to_owned()).collect(),
            titles: Vec::new(),
            mentions: Vec::new(),
            known: None,
            organization: None,
        });
        b.add_mention((s, e), a, MentionKind::Name);
        if let Some(abbr) = abbreviation {
            acronyms.entry(abbr).or_insert((a, e));
        }
    }
    // The acronyms later on, in one pass over the tokens.
    if acronyms.is_empty() {
        return;
    }
    for t in tokens {
        if !(upper_at(t.start()) && upper_at(t.start() + 1)) {
            continue;
        }
        let w = t.text(text);
        if !acronym(w) {
            continue;
        }
        if let Some(&(a, defined)) = acronyms.get(w) {
            // Not the bracketed acronym itself, nor a name read before.
            if t.start() > defined + 1 && !overlaps(t.start(), t.end()) {
                b.add_mention((t.start(), t.end()), a, MentionKind::Name);
            }
        }
    }
}
