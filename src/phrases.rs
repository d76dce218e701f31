//! A dictionary of multi-word phrases matched over tokens: the gazetteers (countries,
//! organisations, titles, office holders) and the event triggers are compiled into one of
//! these once, then the text is read in one pass, one hash lookup per word.
//!
//! Patterns are tokenised with the same tokenizer as the text, so "U.S.", "Guinea-Bissau" and
//! "New Year's Day" match exactly the tokens the text has, whatever the spacing. Matching is
//! case-insensitive; each phrase then states the case the text must have ([`CaseRule`]).
//! A pattern word `*` stands for any one word ("suspend * military assistance").

use crate::data::FastMap;
use crate::text::tokens::{tokenize, Token, TokenKind};

/// How the case of the text must agree with a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case ("aide", "spoke by phone").
    Any,
    /// The first letter must be a capital, or the whole match in capitals ("Russia", "RUSSIA").
    Capitalized,
    /// Exactly as written ("US", "WHO", "U.N.").
    Exact,
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

/// One phrase of the dictionary.
#[derive(Debug)]
struct Phrase<T> {
    /// The tokens after the first, in lower case.
    rest: Vec<Box<str>>,
    case: CaseRule,
    pattern: &'static str,
    value: T,
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

/// Phrases keyed by their first token, longest first.
#[derive(Debug)]
pub struct PhraseMap<T> {
    first: FastMap<Box<str>, Vec<u32>>,
    phrases: Vec<Phrase<T>>,
}

/// The lower-case form of a word, without allocating for ASCII words of up to 32 bytes.
pub enum Lower<'a> {
    /// An ASCII word lowered into a buffer.
    Ascii([u8; 32], usize),
    /// A longer or non-ASCII word.
    Owned(String),
    /// The word was already lower case.
    Borrowed(&'a str),
}

impl Lower<'_> {
    /// The lower-case text.
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Ascii(buf, n) => std::str::from_utf8(buf.get(..*n).unwrap_or(&[])).unwrap_or(""),
            Lower::Owned(s) => s,
            Lower::Borrowed(s) => s,
        }
    }
}

/// Lowers a word for lookup.
pub fn lower(word: &str) -> Lower<'_> {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return Lower::Borrowed(word);
    }
    if word.is_ascii() && word.len() <= 32 {
        let mut buf = [0u8; 32];
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        return Lower::Ascii(buf, word.len());
    }
    Lower::Owned(word.to_lowercase())
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
        let mut first: FastMap<Box<str>, Vec<u32>> = FastMap::default();
        let mut phrases: Vec<Phrase<T>> = Vec::new();
        let mut toks = Vec::new();
        for (pattern, value) in patterns {
            // Words of ASCII letters and single spaces tokenise as themselves; anything else
            // ("U.S.", "Guinea-Bissau", "3rd") goes through the tokenizer.
            let plain = pattern.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
                && !pattern.starts_with(' ')
                && !pattern.ends_with(' ')
                && !pattern.contains("  ");
            toks.clear();
            if plain {
                let mut at = 0;
                for w in pattern.split(' ') {
                    toks.push((at, at + w.len()));
                    at += w.len() + 1;
                }
            } else {
                toks.extend(tokenize(pattern).iter().map(|t: &Token| (t.start, t.end)));
            }
            let mut words = toks.iter().map(|&(a, b)| lower(pattern.get(a..b).unwrap_or("")).as_str().into());
            let Some(head): Option<Box<str>> = words.next() else { continue };
            let rest: Vec<Box<str>> = words.collect();
            let case = CaseRule::of(pattern);
            let bucket = first.entry(head).or_default();
            if let Some(&k) = bucket.iter().find(|&&k| phrases.get(k as usize).is_some_and(|p| p.rest == rest)) {
                // Same words: keep the first value, relax the case rule if this spelling allows more.
                if let Some(p) = phrases.get_mut(k as usize) {
                    if case == CaseRule::Any || (case == CaseRule::Capitalized && p.case == CaseRule::Exact) {
                        p.case = case;
                        p.pattern = pattern;
                    }
                }
                continue;
            }
            bucket.push(phrases.len() as u32);
            phrases.push(Phrase { rest, case, pattern, value });
        }
        for bucket in first.values_mut() {
            crate::sort::by_key(bucket, |&k| u64::MAX - phrases.get(k as usize).map_or(0, |p| p.rest.len() as u64));
        }
        PhraseMap { first, phrases }
    }

    /// The longest phrase that starts at token `i` and has the case its pattern requires.
    /// `folded` is the text with ASCII letters lowered (the same offsets), as
    /// [`crate::text::Document::lower`] holds it.
    pub fn longest_at<'m>(
        &'m self,
        text: &str,
        folded: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<PhraseMatch<'m, T>> {
        let tok = tokens.get(i)?;
        // Patterns start with a word or a number, never with punctuation.
        if !matches!(tok.kind, TokenKind::Word | TokenKind::Number) {
            return None;
        }
        let word = |t: &Token| -> Lower<'_> {
            let s = t.text(text);
            if s.is_ascii() {
                Lower::Borrowed(folded.get(t.start..t.end).unwrap_or(""))
            } else {
                lower(s)
            }
        };
        let head = word(tok);
        let bucket = self.first.get(head.as_str())?;
        'candidates: for &k in bucket {
            let Some(p) = self.phrases.get(k as usize) else { continue };
            for (n, want) in p.rest.iter().enumerate() {
                let Some(t) = tokens.get(i + 1 + n) else { continue 'candidates };
                // Phrases do not run across line breaks; "*" stands for any one word.
                if t.newlines_before > 0 || (&**want != "*" && word(t).as_str() != &**want) {
                    continue 'candidates;
                }
            }
            let end = i + 1 + p.rest.len();
            let found = text.get(tok.start..tokens.get(end - 1).map_or(tok.end, |t| t.end)).unwrap_or("");
            if p.case.accepts(p.pattern, found) {
                return Some(PhraseMatch { end, value: &p.value, pattern: p.pattern });
            }
        }
        None
    }

    /// Every match in `tokens`, leftmost-longest, without overlaps, as (first token, match).
    pub fn find_all<'m>(&'m self, text: &str, folded: &str, tokens: &[Token]) -> Vec<(usize, PhraseMatch<'m, T>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(text, folded, tokens, i) {
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
        self.phrases.len()
    }

    /// True when there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
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
        let folded = text.to_ascii_lowercase();
        let found: Vec<(&str, i32)> = map
            .find_all(text, &folded, &toks)
            .into_iter()
            .map(|(i, m)| (&text[toks[i].start..toks[m.end - 1].end], *m.value))
            .collect();
        assert_eq!(found, [("South Sudan", 1), ("Sudan", 2), ("US", 3), ("AIDE", 4), ("U.S.", 6)]);
    }

    #[test]
    fn phrases_do_not_cross_lines() {
        let map = PhraseMap::build([("White House", 1)]);
        let text = "the White\nHouse";
        assert!(map.find_all(text, &text.to_ascii_lowercase(), &tokenize(text)).is_empty());
    }
}
