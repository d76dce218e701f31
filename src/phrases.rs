//! A dictionary of multi-word phrases matched over tokens: the gazetteers (countries,
//! organisations, titles, office holders) and the event triggers are compiled into one of
//! these once, then the text is read in one pass: one lookup of each token's key
//! ([`crate::text::Document::keys`]) per word, numbers compared after it.
//!
//! Patterns are tokenised with the same tokenizer as the text, so "U.S.", "Guinea-Bissau" and
//! "New Year's Day" match exactly the tokens the text has, whatever the spacing. Matching is
//! case-insensitive; each phrase then states the case the text must have ([`CaseRule`]).
//! A pattern word `*` stands for any one word ("suspend * military assistance").

use crate::compiled::{Reader, Writer};
use crate::data::{Bits16, FastMap};
use crate::text::tokens::{tokenize, Token};

/// How the case of the text must agree with a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case ("aide", "spoke by phone").
    Any = 0,
    /// The first letter must be a capital, or the whole match in capitals ("Russia", "RUSSIA").
    Capitalized = 1,
    /// Exactly as written ("US", "WHO", "U.N.").
    Exact = 2,
}

impl CaseRule {
    /// The rule a pattern's own spelling implies: acronyms exact, capitalised names capitalised,
    /// lower-case words any case.
    pub fn of(pattern: &str) -> CaseRule {
        // One pass: the letters, and whether all are capitals (stopping after seven).
        let (mut letters, mut upper) = (0, true);
        for c in pattern.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper &= c.is_uppercase();
            if letters > 6 || !upper {
                break;
            }
        }
        if letters <= 6 && upper && letters > 0 {
            CaseRule::Exact
        } else if pattern.chars().next().is_some_and(char::is_uppercase) {
            CaseRule::Capitalized
        } else {
            CaseRule::Any
        }
    }

    fn accepts(self, pattern: &str, found: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Exact => found.split_whitespace().eq(pattern.split_whitespace()),
            CaseRule::Capitalized => found.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// One phrase of the dictionary (its value is kept beside it, in [`PhraseMap::values`]).
#[derive(Debug)]
struct Phrase {
    /// Where the keys ([`key`]) of the tokens after the first start in [`Index::rest`].
    rest_at: u32,
    /// How many tokens follow the first.
    rest_len: u32,
    case: CaseRule,
    pattern: &'static str,
}

/// A phrase as matching reads it, after its first key: where its later keys are, how many,
/// and its case rule (the pattern is read only to check an exact case).
#[derive(Clone, Copy, Debug)]
struct Candidate {
    id: u32,
    rest_at: u32,
    rest_len: u32,
    case: CaseRule,
}

/// A match of a phrase.
#[derive(Debug)]
pub struct PhraseMatch<'m, T> {
    /// One past the last token matched.
    pub end: usize,
    /// The phrase's value.
    pub value: &'m T,
    /// The pattern as written in the data file.
    pub pattern: &'static str,
}

/// Phrases keyed by their first token, longest first, each with a value.
#[derive(Debug)]
pub struct PhraseMap<T> {
    index: Index,
    /// The value of each phrase, by phrase id.
    values: Vec<T>,
}

/// The matching side of a [`PhraseMap`], the same for every value type (one copy of the code).
#[derive(Debug, Default)]
struct Index {
    /// For each first key, the range of `candidates` that holds its phrases.
    first: FastMap<u64, (u32, u32)>,
    /// The first keys ([`Bits16::of_key`]): most tokens start no phrase, and one look at this
    /// small table says so without probing `first`.
    filter: Bits16,
    /// The phrases grouped by first key, longest first, then in the order given, with what
    /// matching reads of each side by side: its later keys and case.
    candidates: Vec<Candidate>,
    /// The keys of every phrase's later tokens, one run per phrase; [`ANY`] for "*".
    rest: Vec<u64>,
    phrases: Vec<Phrase>,
    /// While building: each phrase's first key, by phrase id.
    heads: Vec<u64>,
    /// While building: phrases by a hash of all their keys, to find a repeated spelling.
    seen: FastMap<u64, u32>,
    /// While building: token bounds of the pattern being added.
    toks: Vec<(usize, usize)>,
}

/// Fills `toks` with the bounds of `pattern`'s words when it is plain: words of ASCII letters
/// and single spaces, which tokenise as themselves. Anything else ("U.S.", "Guinea-Bissau",
/// "3rd") needs the tokenizer: then `toks` is left empty and the answer is false. One pass over
/// the bytes, stopping at the first that needs the tokenizer (or at an empty word: a leading,
/// trailing or double space).
fn plain_words(pattern: &str, toks: &mut Vec<(usize, usize)>) -> bool {
    toks.clear();
    let mut start = 0;
    let mut plain = !pattern.is_empty();
    for (i, b) in pattern.bytes().enumerate() {
        if b == b' ' {
            plain &= i > start;
            toks.push((start, i));
            start = i + 1;
        } else if !b.is_ascii_alphabetic() {
            plain = false;
            break;
        }
    }
    plain &= start < pattern.len();
    if plain {
        toks.push((start, pattern.len()));
    } else {
        toks.clear();
    }
    plain
}

/// The key that stands for "*", any one word (real keys are odd, never 0).
const ANY: u64 = 0;

/// The key of a token: a 64-bit hash of its lower-case text (never 0). A document's tokens get
/// theirs once ([`keys`]); matching a phrase then compares numbers, not strings.
pub fn key(word: &str) -> u64 {
    key_inline(word)
}

/// [`key`], inlined into the loop over a document's tokens ([`keys`]).
#[inline(always)]
fn key_inline(word: &str) -> u64 {
    ascii_key(word.as_bytes()).unwrap_or_else(|| {
        let lower = word.to_lowercase();
        // Lower-cased non-ASCII text hashes the same way, its bytes taken as they are, and
        // salted: a word written with other letters never shares a key with an ASCII word
        // (the Kelvin sign "\u{212A}" lowers to "k").
        hash_words(lower.as_bytes(), |w| w) ^ NON_ASCII
    })
}

/// Mixed into the keys of words that are not ASCII (even, so keys stay odd).
const NON_ASCII: u64 = 0x6a09_e667_f3bc_c908;

/// The key of an ASCII word, lowered on the fly; `None` when the word is not ASCII.
fn ascii_key(bytes: &[u8]) -> Option<u64> {
    let mut ascii = true;
    let h = hash_words(bytes, |w| {
        ascii &= w & 0x8080_8080_8080_8080 == 0;
        lower_ascii(w)
    });
    ascii.then_some(h)
}

/// ASCII capitals of the eight bytes of `w` in lower case, other bytes unchanged (SWAR).
fn lower_ascii(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = w & (ONES * 0x7f);
    let above_z = low7.wrapping_add(ONES * u64::from(0x7f - b'Z'));
    let from_a = low7.wrapping_add(ONES * u64::from(0x80 - b'A'));
    let upper = !w & (from_a ^ above_z) & (ONES * 0x80);
    w | (upper >> 2)
}

/// A 64-bit hash of `bytes` (the lexicons' word hash, [`crate::data::WordHasher`]'s), each
/// eight-byte word passed through `fold` first; always odd.
fn hash_words(bytes: &[u8], fold: impl FnMut(u64) -> u64) -> u64 {
    crate::data::avalanche(crate::data::mix_words(0, bytes, fold)) | 1
}

/// The keys of `tokens`, one per token.
pub fn keys(text: &str, tokens: &[Token]) -> Vec<u64> {
    tokens.iter().map(|t| key_inline(t.text(text))).collect()
}

impl<T> Clone for PhraseMatch<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for PhraseMatch<'_, T> {}

impl<T> PhraseMap<T> {
    /// Compiles `(pattern, value)` pairs; a pattern's case rule is [`CaseRule::of`] its spelling.
    /// Patterns that differ only in case share one entry, with the most permissive rule.
    pub fn build(patterns: impl IntoIterator<Item = (&'static str, T)>) -> PhraseMap<T> {
        let patterns = patterns.into_iter();
        let n = patterns.size_hint().0;
        let mut index = Index::default();
        index.phrases.reserve(n);
        index.heads.reserve(n);
        index.rest.reserve(n);
        index.seen.reserve(n);
        let mut values = Vec::with_capacity(n);
        for (pattern, value) in patterns {
            if index.add(pattern) {
                values.push(value);
            }
        }
        index.finish();
        PhraseMap { index, values }
    }

    /// The longest phrase that starts at token `i` and has the case its pattern requires.
    /// `keys` are the tokens' [`key`]s (as [`crate::text::Document::keys`] holds them).
    pub fn longest_at<'m>(
        &'m self,
        text: &str,
        tokens: &[Token],
        keys: &[u64],
        i: usize,
    ) -> Option<PhraseMatch<'m, T>> {
        let (id, end) = self.longest_id_at(text, tokens, keys, i)?;
        self.match_of(id, end)
    }

    /// [`PhraseMap::longest_at`] as (phrase id, end token): eight bytes, for tables that hold a
    /// match per token. [`PhraseMap::match_of`] gives the match back.
    #[inline]
    pub fn longest_id_at(&self, text: &str, tokens: &[Token], keys: &[u64], i: usize) -> Option<(u32, u32)> {
        self.index.longest_id_at(text, tokens, keys, i)
    }

    /// The match of phrase `id` ending before token `end`.
    #[inline]
    pub fn match_of(&self, id: u32, end: u32) -> Option<PhraseMatch<'_, T>> {
        let p = self.index.phrases.get(id as usize)?;
        Some(PhraseMatch { end: end as usize, value: self.values.get(id as usize)?, pattern: p.pattern })
    }

    /// Every match in `tokens`, leftmost-longest, without overlaps, as (first token, match).
    pub fn find_all<'m>(&'m self, text: &str, tokens: &[Token], keys: &[u64]) -> Vec<(usize, PhraseMatch<'m, T>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(text, tokens, keys, i) {
                Some(m) => {
                    let end = m.end;
                    out.push((i, m));
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every phrase's pattern (its spelling that decides the case) with its value.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &T)> {
        self.index.phrases.iter().zip(&self.values).map(|(p, v)| (p.pattern, v))
    }

    /// Writes the dictionary for [`PhraseMap::decode`]: its phrases in the order matching tries
    /// them (grouped by first word, longest first), each value (written by `value`, which
    /// returns the pattern the value suggests: a person's or a country's name), pattern and case.
    /// The groups come in the order of their first phrase, so the patterns stay close to the
    /// order of the data files, which compresses well.
    pub fn encode<'m>(&'m self, w: &mut Writer, mut value: impl FnMut(&mut Writer, &'m T) -> Option<&'static str>) {
        let mut groups: Vec<(u32, u32)> = self.index.first.values().copied().collect();
        let first_id = |&(from, to): &(u32, u32)| {
            let ids = self.index.candidates.get(from as usize..to as usize).unwrap_or(&[]);
            u64::from(ids.iter().map(|c| c.id).min().unwrap_or(0))
        };
        crate::sort::by_key(&mut groups, first_id);
        w.uint(self.index.candidates.len() as u64);
        let mut toks = Vec::new();
        let ordered = groups.iter().flat_map(|&(from, to)| self.index.candidates.get(from as usize..to as usize));
        for (k, c) in ordered.flat_map(|group| group.iter().enumerate()) {
            let (Some(p), Some(v)) = (self.index.phrases.get(c.id as usize), self.values.get(c.id as usize)) else {
                continue;
            };
            let guess = value(w, v);
            w.text_or(p.pattern, guess);
            // The case rule, whether the tokens' bounds follow (patterns that are not plain
            // words would need the tokenizer again) and whether the phrase is not the first of
            // its group (its first word's key is the one before).
            let later = if k > 0 { 8 } else { 0 };
            if plain_words(p.pattern, &mut toks) {
                w.uint(p.case as u64 | later);
            } else {
                w.uint(p.case as u64 | 4 | later);
                let bounds = tokenize(p.pattern);
                w.uint(bounds.len() as u64);
                let mut end = 0;
                for t in &bounds {
                    w.uint(t.start().saturating_sub(end) as u64);
                    w.uint((t.end() - t.start()) as u64);
                    end = t.end();
                }
            }
        }
    }

    /// Reads a dictionary written by [`PhraseMap::encode`]: each pattern is split into its words'
    /// keys again, and nothing is sorted or compared. Its phrases are numbered in that order.
    pub fn decode(r: &mut Reader, mut value: impl FnMut(&mut Reader) -> (T, Option<&'static str>)) -> PhraseMap<T> {
        let n = r.usize();
        let mut index = Index::default();
        index.phrases.reserve(n);
        index.candidates.reserve(n);
        index.rest.reserve(n);
        index.first.reserve(n);
        let mut values = Vec::with_capacity(n);
        let mut group: Option<(u64, u32)> = None;
        for _ in 0..n {
            let (v, guess) = value(r);
            let pattern = r.text_or(guess);
            let flags = r.uint();
            let case = match flags & 3 {
                0 => CaseRule::Any,
                1 => CaseRule::Capitalized,
                _ => CaseRule::Exact,
            };
            if flags & 4 == 0 {
                plain_words(pattern, &mut index.toks);
            } else {
                index.toks.clear();
                let mut end = 0;
                for _ in 0..r.usize().min(pattern.len()) {
                    let start = end + r.usize();
                    end = start + r.usize();
                    index.toks.push((start, end));
                }
            }
            let rest_at = index.rest.len();
            // The first word of a phrase after the first of its group is the group's.
            let known = group.filter(|_| flags & 8 != 0).map(|(key, _)| key);
            let Some(head) = index.keys_of(pattern, known) else { continue };
            let id = index.phrases.len() as u32;
            let rest_len = (index.rest.len() - rest_at) as u32;
            index.phrases.push(Phrase { rest_at: rest_at as u32, rest_len, case, pattern });
            index.candidates.push(Candidate { id, rest_at: rest_at as u32, rest_len, case });
            values.push(v);
            // A group is a run of phrases with one first key.
            match group {
                Some((key, _)) if key == head => {}
                _ => {
                    if let Some((key, from)) = group {
                        index.first.entry(key).or_insert((from, id));
                    }
                    index.filter.insert(Bits16::of_key(head));
                    group = Some((head, id));
                }
            }
        }
        if let Some((key, from)) = group {
            index.first.entry(key).or_insert((from, index.phrases.len() as u32));
        }
        index.toks = Vec::new();
        PhraseMap { index, values }
    }
}

impl Index {
    /// Adds a pattern; false when the same words are already there (the first value stays, and
    /// the case rule relaxes if this spelling allows more).
    fn add(&mut self, pattern: &'static str) -> bool {
        let rest_at = self.rest.len();
        let Some(head) = self.split(pattern) else { return false };
        let (phrases, rest, heads) = (&mut self.phrases, &mut self.rest, &self.heads);
        let mine = rest.get(rest_at..).unwrap_or(&[]);
        let whole = mine.iter().fold(head, |h, &k| (h.rotate_left(17) ^ k).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let case = CaseRule::of(pattern);
        let is_same = |k: u32| {
            phrases.get(k as usize).is_some_and(|p| {
                heads.get(k as usize) == Some(&head)
                    && rest.get(p.rest_at as usize..(p.rest_at + p.rest_len) as usize) == Some(mine)
            })
        };
        let same = match self.seen.get(&whole) {
            Some(&k) if is_same(k) => Some(k),
            // Two different phrases with one hash: look through them all (never seen yet).
            Some(_) => (0..phrases.len() as u32).find(|&k| is_same(k)),
            None => None,
        };
        if let Some(p) = same.and_then(|k| phrases.get_mut(k as usize)) {
            if case == CaseRule::Any || (case == CaseRule::Capitalized && p.case == CaseRule::Exact) {
                p.case = case;
                p.pattern = pattern;
            }
            rest.truncate(rest_at);
            return false;
        }
        let id = phrases.len() as u32;
        self.seen.entry(whole).or_insert(id);
        self.heads.push(head);
        let rest_len = (rest.len() - rest_at) as u32;
        phrases.push(Phrase { rest_at: rest_at as u32, rest_len, case, pattern });
        true
    }

    /// The key of `pattern`'s first token, with the keys of the others pushed on `rest`
    /// ([`ANY`] for "*"); `None` for a pattern without tokens.
    fn split(&mut self, pattern: &'static str) -> Option<u64> {
        if !plain_words(pattern, &mut self.toks) {
            self.toks.extend(tokenize(pattern).iter().map(|t: &Token| (t.start(), t.end())));
        }
        self.keys_of(pattern, None)
    }

    /// The key of the first of the tokens in `toks` (bounds in `pattern`; `known_head` when the
    /// caller knows it), with the keys of the others pushed on `rest` ([`ANY`] for "*").
    fn keys_of(&mut self, pattern: &'static str, known_head: Option<u64>) -> Option<u64> {
        let mut words = self.toks.iter().map(|&(a, b)| pattern.get(a..b).unwrap_or(""));
        let first = words.next()?;
        let head = known_head.unwrap_or_else(|| key(first));
        self.rest.extend(words.map(|w| if w == "*" { ANY } else { key(w) }));
        Some(head)
    }

    /// Groups the phrases by first key, longest first, and drops what only building needed.
    fn finish(&mut self) {
        let mut heads: Vec<(u64, u32)> =
            std::mem::take(&mut self.heads).into_iter().enumerate().map(|(id, h)| (h, id as u32)).collect();
        crate::sort::by_key(&mut heads, |&(head, _)| head);
        self.first.reserve(heads.len());
        self.filter = Bits16::default();
        for (at, &(head, _)) in heads.iter().enumerate() {
            self.filter.insert(Bits16::of_key(head));
            let range = self.first.entry(head).or_insert((at as u32, at as u32));
            range.1 = at as u32 + 1;
        }
        let phrases = &self.phrases;
        self.candidates = heads
            .into_iter()
            .filter_map(|(_, id)| {
                let p = phrases.get(id as usize)?;
                Some(Candidate { id, rest_at: p.rest_at, rest_len: p.rest_len, case: p.case })
            })
            .collect();
        for &(from, to) in self.first.values() {
            if let Some(group) = self.candidates.get_mut(from as usize..to as usize) {
                crate::sort::by_key(group, |c| u64::from(u32::MAX - c.rest_len));
            }
        }
        self.seen = FastMap::default();
        self.toks = Vec::new();
    }

    /// The longest phrase at token `i` with the case its pattern requires, as (id, end token).
    /// The filter's answer is read where this is called (most tokens start no phrase); only the
    /// tokens it lets through pay for a call.
    #[inline]
    fn longest_id_at(&self, text: &str, tokens: &[Token], keys: &[u64], i: usize) -> Option<(u32, u32)> {
        let key = *keys.get(i)?;
        if !self.filter.contains(Bits16::of_key(key)) {
            return None;
        }
        self.longest_with_key(text, tokens, keys, i, key)
    }

    /// [`Index::longest_id_at`] for a token whose key passed the filter.
    #[inline(never)]
    fn longest_with_key(&self, text: &str, tokens: &[Token], keys: &[u64], i: usize, key: u64) -> Option<(u32, u32)> {
        let &(from, to) = self.first.get(&key)?;
        let tok = tokens.get(i)?;
        let candidates = self.candidates.get(from as usize..to as usize).unwrap_or(&[]);
        'candidates: for c in candidates {
            let want = self.rest.get(c.rest_at as usize..(c.rest_at + c.rest_len) as usize).unwrap_or(&[]);
            let end = i + 1 + want.len();
            let (Some(toks), Some(got)) = (tokens.get(i + 1..end), keys.get(i + 1..end)) else { continue };
            for ((t, &w), &g) in toks.iter().zip(want).zip(got) {
                // "*" stands for any one word; phrases do not run across line breaks.
                if (w != ANY && w != g) || t.newlines_before > 0 {
                    continue 'candidates;
                }
            }
            if c.case == CaseRule::Any {
                return Some((c.id, end as u32));
            }
            let found = text.get(tok.start()..tokens.get(end - 1).map_or(tok.end(), |t| t.end())).unwrap_or("");
            let pattern = self.phrases.get(c.id as usize).map_or("", |p| p.pattern);
            if c.case.accepts(pattern, found) {
                return Some((c.id, end as u32));
            }
        }
        None
    }
}

/// Test support: `b` holds the same phrases as `a` and matches each pattern, read as text, the
/// same way (value, length, pattern) — what a compiled dictionary must keep of the one built.
#[cfg(test)]
pub(crate) fn assert_same_matches<T: PartialEq + std::fmt::Debug>(a: &PhraseMap<T>, b: &PhraseMap<T>) {
    let sorted = |m: &PhraseMap<T>| {
        let mut v: Vec<String> = m.entries().map(|e| format!("{e:?}")).collect();
        v.sort();
        v
    };
    assert_eq!(sorted(a), sorted(b));
    for (pattern, _) in a.entries() {
        let toks = tokenize(pattern);
        let keys = keys(pattern, &toks);
        let x = a.longest_at(pattern, &toks, &keys, 0).map(|m| (m.end, m.value, m.pattern));
        let y = b.longest_at(pattern, &toks, &keys, 0).map(|m| (m.end, m.value, m.pattern));
        assert_eq!(x, y, "{pattern}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_with_its_case() {
        let map =
            PhraseMap::build([("South Sudan", 1), ("Sudan", 2), ("US", 3), ("aide", 4), ("Aide", 5), ("U.S.", 6)]);
        let text = "South Sudan and Sudan; us and US; the AIDE; U.S. envoy";
        let toks = tokenize(text);
        let found: Vec<(&str, i32)> = map
            .find_all(text, &toks, &keys(text, &toks))
            .into_iter()
            .map(|(i, m)| (&text[toks[i].start()..toks[m.end - 1].end()], *m.value))
            .collect();
        assert_eq!(found, [("South Sudan", 1), ("Sudan", 2), ("US", 3), ("AIDE", 4), ("U.S.", 6)]);
    }

    #[test]
    fn a_phrase_may_start_with_punctuation() {
        let map = PhraseMap::build([(", which", 1), ("$", 2)]);
        let text = "the talks, which ended, cost $5";
        let toks = tokenize(text);
        let found: Vec<i32> = map.find_all(text, &toks, &keys(text, &toks)).iter().map(|(_, m)| *m.value).collect();
        assert_eq!(found, [1, 2]);
    }

    #[test]
    fn keys_ignore_case_and_only_case() {
        assert_eq!(key("Putin"), key("PUTIN"));
        assert_eq!(key("Rapprochement"), key("RAPPROCHEMENT"));
        assert_eq!(key("Zürich"), key("ZÜRICH"));
        // The bytes next to the capitals ('@', '[', '`', '{') are not letters.
        for (a, b) in [("@x", "`x"), ("[x", "{x"), ("x@", "x`"), ("x[", "x{"), ("abcdefgh@", "abcdefgh`")] {
            assert_ne!(key(a), key(b), "{a} {b}");
        }
        assert_ne!(key("putin"), key("putin "));
        assert_ne!(key("\u{212A}"), key("k"));
        assert_eq!(lower_ascii(u64::from_le_bytes(*b"AZaz@[`{")), u64::from_le_bytes(*b"azaz@[`{"));
    }

    #[test]
    fn phrases_do_not_cross_lines() {
        let map = PhraseMap::build([("White House", 1)]);
        let text = "the White\nHouse";
        let toks = tokenize(text);
        assert!(map.find_all(text, &toks, &keys(text, &toks)).is_empty());
    }
}
