//! Which people the text shows to be women ("Mrs May", "Ursula von der Leyen"), so that "she"
//! and "her" find them and "he" and "his" pass them by. The words are data (`female.txt`).

use super::{ActorKind, Actors};
use crate::data::{words, FastMap};
use crate::phrases::key;
use crate::text::Document;
use std::sync::OnceLock;

/// Honorifics written before a woman's name, and women's given names.
struct FemaleWords {
    before: FastMap<u64, ()>,
    given: FastMap<u64, ()>,
}

impl FemaleWords {
    fn get() -> &'static FemaleWords {
        static WORDS: OnceLock<FemaleWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            // Two sections, "[before]" then "[given]".
            let file = crate::data::data_file!("actors/female.txt");
            let (before, given) = file.split_once("[given]").unwrap_or((file, ""));
            let set = |part: &'static str| words(part).filter(|w| !w.starts_with('[')).map(|w| (key(w), ())).collect();
            FemaleWords { before: set(before), given: set(given) }
        })
    }

    fn has(list: &FastMap<u64, ()>, word: &str) -> bool {
        list.contains_key(&key(word))
    }
}

/// For each actor, whether the text shows the person to be a woman: a woman's given name first
/// in the canonical name or an alias, or a woman's honorific right before a mention.
pub fn female(doc: &Document<'_>, actors: &Actors) -> Vec<bool> {
    let words = FemaleWords::get();
    actors
        .list
        .iter()
        .map(|a| {
            a.kind == ActorKind::Person
                && (std::iter::once(&a.name).chain(&a.aliases).any(|n| {
                    n.split_whitespace()
                        .next()
                        .map(key)
                        .is_some_and(|k| words.given.contains_key(&k) || words.before.contains_key(&k))
                }) || a.mentions.iter().any(|&(start, _)| {
                    word_before(doc.text, start).is_some_and(|w| FemaleWords::has(&words.before, w))
                }))
        })
        .collect()
}

/// Whether the first word of `name` is a woman's given name ("Indira Gandhi").
pub fn female_given(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(|w| FemaleWords::has(&FemaleWords::get().given, w))
}

/// The keys of men's honorifics (`male.txt`): a short list, searched without hashing.
fn male() -> &'static [u64] {
    static MALE: OnceLock<Vec<u64>> = OnceLock::new();
    MALE.get_or_init(|| words(crate::data::data_file!("actors/male.txt")).map(key).collect())
}

/// Whether a word of key `k` ([`crate::phrases::key`]) is a man's honorific ("Mr", "Monsieur").
pub fn male_honorific(k: u64) -> bool {
    male().contains(&k)
}

/// Whether the word right before byte `at` is a woman's honorific (`-1`), a man's (`1`), or
/// neither (`0`): "Mrs. Kennedy", "Mr. Kennedy".
pub fn honorific_before(text: &str, at: usize) -> i8 {
    match word_before(text, at) {
        Some(w) if FemaleWords::has(&FemaleWords::get().before, w) => -1,
        Some(w) if male_honorific(key(w)) => 1,
        _ => 0,
    }
}

/// The word (with a trailing full stop, as in "Mrs.") right before byte `at`.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = text.get(..at)?.trim_end();
    let start = head.rfind(|c: char| !(c.is_alphabetic() || c == '.')).map_or(0, |i| i + 1);
    head.get(start..).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::word_before;

    #[test]
    fn the_word_before_a_name() {
        let text = "Talks with Mrs. May, then Ms Ardern.";
        assert_eq!(word_before(text, text.find("May").unwrap_or(0)), Some("Mrs."));
        assert_eq!(word_before(text, text.find("Ardern").unwrap_or(0)), Some("Ms"));
        assert_eq!(word_before(text, 0), None);
    }
}
