//! What the events and statements stages look up by token: which actors a token starts a
//! mention of, which temporal expression covers it. Built once per document.

use super::lexicon::{Cues, EventLexicon};
use crate::actors::{Actors, MentionKind};
use crate::dates::Dates;
use crate::phrases::PhraseMatch;
use crate::statements::transcript::{self, Source, Speakers};
use crate::text::{Document, TokenKind};
use crate::timeline::ActorKind;

/// A mention by tokens: the actors it names (several for "the two leaders").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// The actors named.
    pub actors: Members,
    /// How the mention names them (a group is `None`).
    pub kind: Option<MentionKind>,
}

/// The actors a mention names: one, kept inline (most mentions), or several.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Members {
    /// A single actor.
    One([usize; 1]),
    /// A group or a grouping with its members.
    Many(Vec<usize>),
}

impl std::ops::Deref for Members {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        match self {
            Members::One(a) => a,
            Members::Many(v) => v,
        }
    }
}

impl<'m> IntoIterator for &'m Members {
    type Item = &'m usize;
    type IntoIter = std::slice::Iter<'m, usize>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl Members {
    fn push(&mut self, a: usize) {
        match self {
            Members::One([x]) => *self = Members::Many(vec![*x, a]),
            Members::Many(v) => v.push(a),
        }
    }
}

/// Token positions of byte offsets read in (mostly) rising order: a cursor that walks forward,
/// with a binary search when an offset goes back.
struct TokenCursor<'t> {
    tokens: &'t [crate::text::Token],
    at: usize,
}

impl TokenCursor<'_> {
    /// The first token that ends after `byte`.
    fn first_ending_after(&mut self, byte: usize) -> usize {
        if self.at > 0 && self.tokens.get(self.at - 1).is_some_and(|t| t.end() > byte) {
            self.at = self.tokens.partition_point(|t| t.end() <= byte);
        }
        while self.tokens.get(self.at).is_some_and(|t| t.end() <= byte) {
            self.at += 1;
        }
        self.at
    }
}

/// How far into the text (bytes) a capital names the author of a first-person release.
const AUTHOR_WINDOW: usize = 300;

/// Words that open a relative clause after a comma.
fn is_relative_word(w: &str) -> bool {
    matches!(w, "who" | "whose" | "whom" | "which" | "where")
}

/// The longest relative clause jumped over, in tokens.
const RELATIVE_CLAUSE_TOKENS: usize = 30;

/// Token-level lookups over one document.
pub struct DocIndex<'a> {
    /// The document.
    pub doc: &'a Document<'a>,
    /// Its actors.
    pub actors: &'a Actors,
    /// Its dates.
    pub dates: &'a Dates,
    /// Mentions (and groups) in token order.
    pub mentions: Vec<TokenMention>,
    /// For each token, the mention that starts there.
    mention_at: Vec<Option<u32>>,
    /// For each token (and the end), how many mentions start before it.
    mentions_before: Vec<u32>,
    /// For each token, the temporal expression that covers it.
    date_at: Vec<Option<u32>>,
    /// The event cue that starts at each token, as (phrase id, end) in `cues`.
    cue_at: Vec<Option<(u32, u32)>>,
    /// The cue dictionary `cue_at` points into.
    cues: &'static crate::phrases::PhraseMap<Cues>,
    /// Who speaks in each paragraph of a transcript or speech.
    pub speech: Speakers,
    /// The government a first-person release speaks for: the state of a capital named at its
    /// start ("Today in Canberra I hosted ..."), when there is one.
    author: Option<usize>,
    /// For each actor, whether the text shows the person to be a woman.
    female: Vec<bool>,
    /// Whether any person of the text is known to be a woman.
    any_female: bool,
}

impl<'a> DocIndex<'a> {
    /// Indexes a document's mentions and dates by token.
    pub fn new(doc: &'a Document<'a>, actors: &'a Actors, dates: &'a Dates) -> DocIndex<'a> {
        let tok_of = |byte: usize| doc.token_at(byte);
        let tok_end = |byte: usize| doc.tokens_before(byte);
        // Mentions come in text order: a cursor finds their tokens without a search each.
        let mut firsts = TokenCursor { tokens: &doc.tokens, at: 0 };
        let mut ends = TokenCursor { tokens: &doc.tokens, at: 0 };
        // The token after a span's last byte: the first token that starts at or after it.
        let mut end_of = |byte: usize| {
            let k = ends.first_ending_after(byte.saturating_sub(1));
            k + usize::from(doc.tokens.get(k).is_some_and(|t| t.start() < byte))
        };
        let mut mentions: Vec<TokenMention> = Vec::with_capacity(actors.mentions.len() + actors.groups.len());
        for m in &actors.mentions {
            let first = firsts.first_ending_after(m.phrase.0);
            let end = end_of(m.phrase.1);
            mentions.push(TokenMention { first, end, actors: Members::One([m.actor]), kind: Some(m.kind) });
        }
        mentions.extend(actors.groups.iter().map(|g| TokenMention {
            first: tok_of(g.span.0),
            end: tok_end(g.span.1),
            actors: Members::Many(g.members.clone()),
            kind: None,
        }));
        crate::sort::by_key(&mut mentions, |m| crate::sort::pair(m.first, (u32::MAX as usize).saturating_sub(m.end)));
        // One mention per start: a grouping and its member states share theirs.
        let mut merged: Vec<TokenMention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            match merged.last_mut() {
                Some(last) if last.first == m.first => {
                    if last.end == m.end {
                        for &a in m.actors.iter() {
                            if !last.actors.contains(&a) {
                                last.actors.push(a);
                            }
                        }
                    }
                }
                _ => merged.push(m),
            }
        }
        let mentions = merged;
        let mut mention_at = vec![None; doc.tokens.len()];
        for (i, m) in mentions.iter().enumerate() {
            if let Some(slot) = mention_at.get_mut(m.first) {
                *slot = Some(i as u32);
            }
        }
        let mut mentions_before = Vec::with_capacity(doc.tokens.len() + 1);
        let mut n = 0;
        for k in 0..=doc.tokens.len() {
            while mentions.get(n).is_some_and(|m| m.first < k) {
                n += 1;
            }
            mentions_before.push(n as u32);
        }
        let mut date_at = vec![None; doc.tokens.len()];
        for (i, e) in dates.expressions.iter().enumerate() {
            for slot in date_at.iter_mut().take(tok_end(e.span.1)).skip(tok_of(e.span.0)) {
                *slot = Some(i as u32);
            }
        }
        let lex = EventLexicon::get();
        let cue_at =
            (0..doc.tokens.len()).map(|k| lex.cues.longest_id_at(doc.text, &doc.tokens, &doc.keys, k)).collect();
        let speech = transcript::speakers(Source { doc, actors });
        let author = byline(doc, actors).or_else(|| release_author(actors));
        let female = crate::actors::gender::female(doc, actors);
        let any_female = female.contains(&true);
        DocIndex {
            doc,
            actors,
            dates,
            mentions,
            mention_at,
            mentions_before,
            date_at,
            cue_at,
            cues: &lex.cues,
            speech,
            author,
            female,
            any_female,
        }
    }

    /// The event cue that starts at token `k` (looked up once per document).
    #[inline]
    pub fn cue_match(&self, k: usize) -> Option<PhraseMatch<'static, Cues>> {
        self.cue_at.get(k).copied().flatten().and_then(|(id, end)| self.cues.match_of(id, end))
    }

    /// How many mentions start before token `k`.
    fn starts_before(&self, k: usize) -> usize {
        match self.mentions_before.get(k) {
            Some(&n) => n as usize,
            None => self.mentions.partition_point(|m| m.first < k),
        }
    }

    /// The mention that starts at token `i`.
    #[inline]
    pub fn mention_at(&self, i: usize) -> Option<&TokenMention> {
        self.mention_at.get(i).copied().flatten().and_then(|k| self.mentions.get(k as usize))
    }

    /// The mention that ends at token `end` (one past its last token), searching back from it;
    /// of two, the wider ("the presidents of Bosnia, Serbia and Croatia", not "Croatia").
    pub fn mention_ending_at(&self, end: usize) -> Option<&TokenMention> {
        let k = self.starts_before(end);
        self.mentions.get(k.saturating_sub(4)..k).unwrap_or(&[]).iter().find(|m| m.end == end)
    }

    /// "Sarkozy, whose country holds the presidency of the EU, flew": when the nearest comma
    /// before token `at` (no earlier than token `a`) opens a relative clause, its index. A walk
    /// back to a verb's subject jumps over the clause, whose names are not the subject.
    pub fn relative_clause_before(&self, a: usize, at: usize) -> Option<usize> {
        let open = (a..at).rev().take(RELATIVE_CLAUSE_TOKENS).find(|&k| self.lower(k) == ",")?;
        is_relative_word(self.lower(open + 1)).then_some(open)
    }

    /// The relative clause set off by commas that token `i` lies in, within tokens `a..b`, as
    /// the tokens of its opening and closing commas: "Lula, who took office on January 1,
    /// landed" for the date's tokens.
    pub fn relative_clause_around(&self, i: usize, a: usize, b: usize) -> Option<(usize, usize)> {
        let open = self.relative_clause_before(a, i)?;
        let close = (i..b).take(RELATIVE_CLAUSE_TOKENS).find(|&k| self.lower(k) == ",")?;
        Some((open, close))
    }

    /// Whether mention `m` names a person.
    pub fn names_person(&self, m: &TokenMention) -> bool {
        m.actors.iter().any(|&x| self.actor_kind(x) == Some(ActorKind::Person))
    }

    /// Whether mention `m` names a person who holds a diplomat's title (an ambassador, an envoy,
    /// a chargé d'affaires).
    pub fn names_diplomat(&self, m: &TokenMention) -> bool {
        let titles = &crate::actors::lexicon::ActorLexicon::get().titles;
        m.actors.iter().filter_map(|&x| self.actors.list.get(x)).any(|a| {
            a.titles
                .iter()
                .any(|&t| titles.get(usize::from(t)).is_some_and(|t| t.role == crate::actors::lexicon::Role::Diplomat))
        })
    }

    /// The first person named by a mention that starts at one of `tokens`.
    pub fn person_in(&self, tokens: impl Iterator<Item = usize>) -> Option<usize> {
        tokens
            .filter_map(|k| self.mention_at(k))
            .flat_map(|m| m.actors.iter().copied())
            .find(|&a| self.actor_kind(a) == Some(ActorKind::Person))
    }

    /// Whether token `k` is a possessive ending ("'s").
    #[inline]
    pub fn is_possessive(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// Whether token `k` is a quotation mark.
    #[inline]
    pub fn is_quote(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Quote)
    }

    /// The temporal expression covering token `i` (index into `dates.expressions`).
    #[inline]
    pub fn date_at(&self, i: usize) -> Option<usize> {
        self.date_at.get(i).copied().flatten().map(|k| k as usize)
    }

    /// The text of token `i` with ASCII letters in lower case.
    #[inline]
    pub fn lower(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).and_then(|t| self.doc.lower.get(t.start()..t.end())).unwrap_or("")
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| t.text(self.doc.text))
    }

    /// Whether token `k` is a hyphen inside a word, attached on both sides ("wide-ranging",
    /// "so-called").
    pub fn is_inner_hyphen(&self, k: usize) -> bool {
        self.word(k) == "-" && self.doc.tokens.get(k..=k + 1).is_some_and(|t| t.iter().all(|t| !t.space_before))
    }

    /// Whether token `k` is a dash standing between words ("HARARE - ", "(PANA) —"), not a
    /// hyphen inside one.
    pub fn is_dash(&self, k: usize) -> bool {
        matches!(self.word(k), "-" | "--" | "\u{2013}" | "\u{2014}") && !self.is_inner_hyphen(k)
    }

    /// Where the words of sentence `a..b` begin after a wire's dateline ("ALGIERS, March 7
    /// (APS) — Iran and Iraq have agreed ..."): past a dash that only capitalised words, numbers
    /// and punctuation stand before; else `a`.
    pub fn dateline_end(&self, a: usize, b: usize) -> usize {
        let dash = (a..b.min(a + 15))
            .take_while(|&k| !self.word(k).starts_with(char::is_lowercase))
            .find(|&k| self.is_dash(k));
        dash.filter(|&d| d > a).map_or(a, |d| d + 1)
    }

    /// Whether token `i` is a word (not punctuation).
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    }

    /// The kind of actor `a`.
    #[inline]
    pub fn actor_kind(&self, a: usize) -> Option<ActorKind> {
        self.actors.list.get(a).map(|x| x.kind)
    }

    /// The country code of actor `a`.
    pub fn country(&self, a: usize) -> Option<&'static str> {
        self.actors.list.get(a).and_then(|x| x.country)
    }

    /// The speaker of the transcript or speech paragraph that holds token `i` ("I", "we").
    pub fn speaker_at(&self, i: usize) -> Option<usize> {
        self.speech.at(self.doc, self.doc.tokens.get(i)?.start())
    }

    /// Who "I" or "we" at token `i` is: the speaker of a transcript or speech, else, outside
    /// quotation marks, the government a first-person release speaks for.
    pub fn first_person_at(&self, i: usize) -> Option<usize> {
        self.speaker_at(i).or_else(|| self.author.filter(|_| !self.quoted(i)))
    }

    /// "New Zealand's Deputy Prime Minister and Minister of Foreign Affairs, the Rt Hon Winston
    /// Peters": capitalised title words from token `k` on, then a person.
    pub fn person_after_titles(&self, k: usize) -> bool {
        for k in k..k + 24 {
            if self.mention_at(k).is_some_and(|m| self.names_person(m)) {
                return true;
            }
            let title_word = self.word(k).chars().next().is_some_and(char::is_uppercase)
                || matches!(self.lower(k), "and" | "of" | "for" | "the" | "'s" | "’s" | ",");
            if !title_word {
                return false;
            }
        }
        false
    }

    /// Whether token `i` stands inside double quotation marks opened in its sentence.
    pub fn quoted(&self, i: usize) -> bool {
        let Some(tok) = self.doc.tokens.get(i) else { return false };
        let start = self.doc.sentence_at(tok.start()).and_then(|s| self.doc.sentences.get(s)).map_or(0, |s| s.start);
        let marks = self
            .doc
            .tokens
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|t| t.start() >= start)
            .filter(|t| matches!(t.text(self.doc.text), "\"" | "“" | "”" | "«" | "»"))
            .count();
        marks % 2 == 1
    }

    /// The most recent person mentioned before token `i` whom `pronoun` ("he", "her") can stand for.
    pub fn person_before(&self, i: usize, pronoun: &str) -> Option<usize> {
        let k = self.starts_before(i);
        self.mentions[..k]
            .iter()
            .rev()
            .take(40)
            .filter(|m| m.actors.len() == 1)
            .filter_map(|m| m.actors.first().copied())
            .find(|&a| self.actor_kind(a) == Some(ActorKind::Person) && self.fits(a, pronoun))
    }

    /// Whether a personal pronoun can stand for actor `a`: "she" and "her" for a woman (for
    /// anyone when the text names no woman it knows as one), "he" and "his" for anyone else.
    pub fn fits(&self, a: usize, pronoun: &str) -> bool {
        let female = self.female.get(a).copied().unwrap_or(false);
        match pronoun {
            "she" | "her" | "hers" | "herself" => female || !self.any_female,
            "he" | "him" | "his" | "himself" => !female,
            _ => true,
        }
    }
}

/// "Senator the Hon Penny Wong, Minister for Foreign Affairs": a line near the top that holds
/// only a person's titles and name (capitalised words and "the", "of", "for", "and") signs a
/// first-person release; the headline does not.
fn byline(doc: &Document<'_>, actors: &Actors) -> Option<usize> {
    let lines = doc.paragraphs.iter().take_while(|p| p.start < AUTHOR_WINDOW);
    for p in lines.filter(|p| doc.headline.is_none_or(|h| h < p.first_sentence || h >= p.end_sentence)) {
        let first = doc.sentences.get(p.first_sentence).map_or(0, |s| s.first_token);
        let end = p.end_sentence.checked_sub(1).and_then(|s| doc.sentences.get(s)).map_or(0, |s| s.end_token);
        let Some(tokens) = doc.tokens.get(first..end) else { continue };
        let signed = tokens.len() <= 16
            && tokens.iter().all(|t| {
                let w = t.text(doc.text);
                t.kind != TokenKind::Word
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(w, "the" | "of" | "for" | "and")
            });
        if !signed {
            continue;
        }
        // One person: not a title-case line about two leaders ("Biden Hosts Kishida At White
        // House").
        let at = actors.mentions.partition_point(|m| m.span.0 < p.start);
        let mentions = actors.mentions.get(at..).unwrap_or(&[]).iter().take_while(|m| m.span.1 <= p.end);
        let mut people = mentions.filter(|m| actors.list.get(m.actor).is_some_and(|a| a.kind == ActorKind::Person));
        if let (Some(m), None) = (people.next(), people.next()) {
            return Some(m.actor);
        }
    }
    None
}

/// The state of the first capital named in the opening of the text ("Today in Canberra I
/// hosted ..."): who "I" and "we" are in a first-person release.
fn release_author(actors: &Actors) -> Option<usize> {
    actors
        .mentions
        .iter()
        .take_while(|m| m.span.0 < AUTHOR_WINDOW)
        .find(|m| m.kind == MentionKind::Capital)
        .map(|m| m.actor)
}
