//! Finds the phrases that name or describe people: a title before a name ("Russian President
//! Vladimir Putin", "Kremlin aide Yuri Ushakov", "President of Ukraine Petro Poroshenko"), an
//! apposition ("Yuri Ushakov, a Kremlin aide"; "his Russian counterpart, Sergei Lavrov"), an
//! honorific ("Mr. Rouhani"), a known office holder's name, and a title alone ("the Prime
//! Minister", "his American counterpart"), which [`super::coref`] resolves.

use std::sync::OnceLock;

use super::gazetteer::Hit;
use super::lexicon::{ActorLexicon, Entry, Role};
use crate::text::{Document, Token, TokenKind};

/// Who a title or name phrase is tied to, from the words around it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Affiliation {
    /// A state, from an adjective, name, capital or seat ("Russian", "of France", "Kremlin").
    pub country: Option<u16>,
    /// An organisation ("U.N.", "NATO").
    pub organization: Option<u16>,
}

/// A phrase about a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersonPhrase {
    /// A named person.
    Named {
        /// Byte span of the whole phrase (titles included).
        span: (usize, usize),
        /// Byte span of the name.
        name: (usize, usize),
        /// A known office holder, when the name is one.
        known: Option<u16>,
        /// Titles given in the phrase.
        titles: Vec<u16>,
        /// Who the person is tied to.
        affiliation: Affiliation,
    },
    /// A title without a name: "the Prime Minister", "his Russian counterpart".
    TitleOnly {
        /// Byte span of the phrase.
        span: (usize, usize),
        /// The title.
        title: u16,
        /// Who it is tied to.
        affiliation: Affiliation,
    },
    /// An honorific without a name ("His Highness received ..."): the person the article
    /// introduced with it first.
    Honorific {
        /// Byte span of the phrase.
        span: (usize, usize),
    },
    /// A plural that refers back: "the two leaders", "both sides".
    Group {
        /// Byte span of the phrase.
        span: (usize, usize),
        /// It refers to states rather than people.
        states: bool,
        /// The lowest protocol rank of the people it may mean (see [`GROUP_RANK`]).
        rank: u8,
        /// How many it says ("the three leaders"), 0 when it does not say.
        count: u8,
        /// The office it names ("the two premiers"), if any.
        title: Option<u16>,
    },
    /// The holders of an office in the states listed: "the presidents of Bosnia, Serbia and
    /// Croatia", "the foreign ministers of Armenia and Azerbaijan".
    Office {
        /// Byte span of the phrase, the states included.
        span: (usize, usize),
        /// The title the plural names.
        title: u16,
        /// The states, in order.
        countries: Vec<u16>,
    },
}

/// Words that never start or continue a name, though capitalised at a sentence start.
pub(crate) fn not_name_words() -> &'static crate::data::WordSet {
    crate::data::word_set!("actors/not_names.txt")
}

/// What a person is or does ("lawyer", "student"): an apposition of them names a person.
fn occupations() -> &'static crate::data::WordSet {
    crate::data::word_set!("actors/occupations.txt")
}

/// Whether `word` (lower case, singular or with a plural "s") is a noun of `occupations.txt`.
pub fn is_occupation(word: &str) -> bool {
    occupations().contains_key(word) || word.strip_suffix('s').is_some_and(|w| occupations().contains_key(w))
}

/// Verbs of speech around an untitled name that make it a person's (`speech_cues.txt`): those
/// after the name, and those (marked "+") that also stand before it.
pub(crate) fn speech_cues() -> &'static (crate::data::WordSet, crate::data::WordSet) {
    static SETS: std::sync::OnceLock<(crate::data::WordSet, crate::data::WordSet)> = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let words = || crate::data::words(crate::data::data_file!("actors/speech_cues.txt"));
        let after = words().map(|w| (w.trim_start_matches('+'), ())).collect();
        let before = words().filter_map(|w| w.strip_prefix('+')).map(|w| (w, ())).collect();
        (after, before)
    })
}

/// Nouns after which a lower-case title word is an adjective ("an official visit").
fn adjectival_before() -> &'static crate::data::WordSet {
    crate::data::word_set!("actors/adjectival.txt")
}

/// Words of a minister's portfolio ("of Agriculture", "for Trade and Investment").
fn portfolios() -> &'static crate::data::WordSet {
    crate::data::word_set!("actors/portfolios.txt")
}

/// A state's offices that may own a title ("the Chinese Embassy's deputy chief of mission").
fn offices() -> &'static crate::data::WordSet {
    crate::data::word_set!("actors/offices.txt")
}

/// A plural of `plurals.tsv`: its words, whether it means states, the title it names, the
/// lowest protocol rank (highest number) of the people it may mean.
type Plural = (Vec<&'static str>, bool, Option<&'static str>, u8);

fn plurals() -> &'static Vec<Plural> {
    static LIST: OnceLock<Vec<Plural>> = OnceLock::new();
    LIST.get_or_init(|| {
        crate::data::rows(crate::data::data_file!("actors/plurals.tsv"))
            .filter_map(|r| {
                let title = r.get(2).copied().filter(|t| !t.is_empty());
                let rank = r.get(3).and_then(|x| x.parse().ok()).unwrap_or(GROUP_RANK);
                Some((r.first()?.split_whitespace().collect(), *r.get(1)? == "states", title, rank))
            })
            .collect()
    })
}

/// The lowest protocol rank a plural means unless `plurals.tsv` says otherwise: ministers and
/// heads of organisations ("the two ministers", "both sides").
pub const GROUP_RANK: u8 = 4;

/// Words that end a run of modifiers ("support for UN Special Envoy ..." is not one phrase).
#[rustfmt::skip]
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "for" | "of" | "to" | "and" | "or" | "the" | "a" | "an" | "with" | "by" | "from" | "in" | "on" |
        "at" | "that" | "who" | "as" | "than" | "into" | "after" | "before" | "during" | "about" | "over" |
        "under" | "between" | "is" | "was" | "are" | "were" | "has" | "had" | "have" | "be" | "been" |
        "which" | "when" | "while" | "also" | "not" | "its" | "his" | "her" | "their" | "our" | "said" |
        "says" | "told" | "will" | "would"
    )
}

#[rustfmt::skip]
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "bin" | "bint" | "ibn" | "al" | "el" | "de" | "da" | "di" | "du" | "der" | "van" | "von" | "la" |
        "le" | "dos" | "ben"
    )
}

/// The tokens, hits and lexicon of one document, read together.
pub struct Reader<'a> {
    doc: &'a Document<'a>,
    lex: &'static ActorLexicon,
    hits: &'a [Hit],
    /// For each token, the hit that starts there (index into `hits`).
    hit_at: Vec<Option<u32>>,
}

impl<'a> Reader<'a> {
    /// Prepares reading of `doc` with its gazetteer hits.
    pub fn new(doc: &'a Document<'a>, lex: &'static ActorLexicon, hits: &'a [Hit]) -> Reader<'a> {
        let mut hit_at = vec![None; doc.tokens.len()];
        for (i, h) in hits.iter().enumerate() {
            if let Some(slot) = hit_at.get_mut(h.first_token) {
                *slot = Some(i as u32);
            }
        }
        Reader { doc, lex, hits, hit_at }
    }

    #[inline]
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.doc.tokens.get(i)
    }

    #[inline]
    fn s(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.doc.text))
    }

    /// Token `i` with ASCII letters lowered, without allocating.
    #[inline]
    fn low(&self, i: usize) -> &'a str {
        self.tok(i).and_then(|t| self.doc.lower.get(t.start()..t.end())).unwrap_or("")
    }

    fn hit(&self, i: usize) -> Option<&'a Hit> {
        self.hit_at.get(i).copied().flatten().and_then(|k| self.hits.get(k as usize))
    }

    /// Whether token `i` is a word that starts with a lower-case letter.
    fn lower_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|x| x.kind == TokenKind::Word) && self.s(i).starts_with(char::is_lowercase)
    }

    /// Whether token `i` is `w` in any case (the lengths compared before the text is read).
    #[inline]
    fn is_lower(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.len() == w.len()) && self.s(i).eq_ignore_ascii_case(w)
    }

    fn title_of(&self, h: &Hit) -> Option<u16> {
        match h.entry {
            Entry::Title(t) => Some(t),
            _ => None,
        }
    }

    fn role(&self, t: u16) -> Option<Role> {
        self.lex.titles.get(usize::from(t)).map(|t| t.role)
    }

    /// The affiliation a modifier hit gives.
    fn modifier(&self, h: &Hit) -> Option<Affiliation> {
        match h.entry {
            Entry::CountryName(c) | Entry::CountryAdjective(c) | Entry::Capital(c) | Entry::Seat(c, _) => {
                Some(Affiliation { country: Some(c), organization: None })
            }
            Entry::Organization(o) => Some(Affiliation { country: None, organization: Some(o) }),
            _ => None,
        }
    }

    /// Whether token `i` is a word whose first letter may be a capital (an ASCII capital, or a
    /// letter beyond ASCII): one byte read turns most words away before any lookup.
    #[inline]
    fn may_be_capitalised(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && self.doc.text.as_bytes().get(t.start()).is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
        })
    }

    /// A capitalised word that can be part of a name.
    fn name_word(&self, i: usize) -> bool {
        if !self.may_be_capitalised(i) {
            return false;
        }
        let Some(t) = self.tok(i) else { return false };
        // A city may be a name too ("Florence Parly"); other lexicon words are not.
        if self.hit(i).is_some_and(|h| !matches!(h.entry, Entry::Person(_) | Entry::City(_))) {
            return false;
        }
        let w = t.text(self.doc.text);
        w.chars().next().is_some_and(char::is_uppercase)
            && !not_name_words().contains_key(w)
            && !(w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.'))
            && self.doc.keys.get(i).is_none_or(|&k| crate::dates::lexicon::DateLexicon::get().meanings(k).is_empty())
    }

    /// Dotted initials that open a name ("T.P. Seetharam", "P.V. Narasimha Rao"): capitals
    /// each with its dot, no state or organisation ("U.S."), a name word after them.
    fn leading_initials(&self, i: usize) -> bool {
        let w = self.s(i);
        let dotted = (4..=6).contains(&w.len())
            && w.ends_with('.')
            && w.split_terminator('.').all(|p| p.len() == 1 && p.bytes().all(|b| b.is_ascii_uppercase()));
        dotted && self.hit(i).is_none() && self.name_word(i + 1) && self.tok(i + 1).is_some_and(|t| t.space_before)
    }

    /// Where the initials written before a name at token `first` begin ("L. I. Brezhnev", "R.
    /// Nixon"): each a capital letter with its full stop; `first` when there are none.
    fn initials_before(&self, first: usize, a: usize) -> usize {
        let mut k = first;
        while k >= a + 2
            && first - k < 6
            && self.s(k - 1) == "."
            && self.tok(k - 1).is_some_and(Token::attached)
            && self.tok(k).is_some_and(|t| t.space_before)
            && self.tok(k - 2).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.end() - t.start() == 1
                    && self.s(k - 2).bytes().all(|b| b.is_ascii_uppercase())
            })
        {
            k -= 2;
        }
        k
    }

    /// A name starting at token `i`: "Yuri Ushakov", "Mohammed bin Salman", "Ban Ki-moon",
    /// "Antony J. Blinken". Returns the end token.
    pub fn name_at(&self, i: usize, sentence_end: usize) -> Option<usize> {
        if !self.name_word(i) && !self.leading_initials(i) {
            return None;
        }
        let mut end = i + 1;
        let mut count = 1;
        while end < sentence_end && count < 6 {
            let w = self.s(end);
            let attached = self.tok(end).is_some_and(Token::attached);
            if (w == "-" || w == "\u{2010}")
                && attached
                && self.tok(end + 1).is_some_and(|t| t.attached() && t.kind == TokenKind::Word)
            {
                end += 2;
                continue;
            }
            if self.tok(end).is_some_and(|t| t.kind == TokenKind::Word)
                && w.chars().count() == 1
                && w.chars().all(char::is_uppercase)
                && self.s(end + 1) == "."
                && self.name_word(end + 2)
            {
                end += 2;
                continue;
            }
            if is_particle(w) && self.name_word(end + 1) && self.tok(end).is_some_and(|t| t.space_before) {
                end += 1;
                continue;
            }
            // "Majed al-Ansari", "Ahmed el-Sayed": a particle joined to the name by a hyphen.
            if is_particle(w)
                && self.tok(end).is_some_and(|t| t.space_before)
                && end + 2 < sentence_end
                && self.s(end + 1) == "-"
                && self.tok(end + 1).is_some_and(Token::attached)
                && self.tok(end + 2).is_some_and(Token::attached)
                && self.name_word(end + 2)
            {
                end += 3;
                count += 1;
                continue;
            }
            if self.name_word(end) && self.tok(end).is_some_and(|t| t.space_before) {
                end += 1;
                count += 1;
                continue;
            }
            break;
        }
        // Capitalised words before an organisation's head word are its name ("the UAE Armed
        // Forces"), not a person's.
        let body_head = self.doc.keys.get(end).is_some_and(|k| self.lex.body_heads.contains_key(k));
        if body_head && self.s(end).chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        Some(end)
    }

    /// The phrases about people in sentence `si`. Hits used as parts of a phrase are marked in
    /// `used` (by hit index) so that they do not also count as mentions of states.
    pub fn sentence_phrases(&self, si: usize, used: &mut [bool], out: &mut Vec<PersonPhrase>) {
        let Some(sent) = self.doc.sentences.get(si) else { return };
        let (a, b) = (sent.first_token, sent.end_token);
        let mut t = a;
        while t < b {
            if let Some(group) = self.group_at(t, b) {
                // The states of "the presidents of Bosnia, Serbia and Croatia" are no mentions.
                if matches!(group.0, PersonPhrase::Office { .. }) {
                    for k in t..group.1 {
                        if let Some(slot) = self.hit(k).map(|h| self.hit_index(h)).and_then(|i| used.get_mut(i)) {
                            *slot = true;
                        }
                    }
                }
                out.push(group.0);
                t = group.1;
                continue;
            }
            if let Some((phrase, end)) = self.delegate_at(t, b, used) {
                out.push(phrase);
                t = end;
                continue;
            }
            // Someone else's name that starts with a known one-word name is read as any name.
            let Some(h) = self.hit(t).filter(|h| !(matches!(h.entry, Entry::Person(_)) && self.runs_on(h))) else {
                // An honorific-free name followed by an apposition: "Yuri Ushakov, a Kremlin aide",
                // "Eric Farnsworth, vice president of the Council of the Americas" (not the end
                // of a longer name: "Mohammad bin Salman Al Saud, Deputy Crown Prince").
                let name = if self.may_be_capitalised(t) { self.name_at(t, b) } else { None };
                if let Some(end) = name.filter(|&e| e - t >= 2) {
                    let after_name =
                        t.checked_sub(1).is_some_and(|p| self.s(p).chars().next().is_some_and(char::is_uppercase));
                    if let Some((titles, aff, phrase_end)) = self.apposition(end, b, !after_name, used) {
                        self.use_hits(t, end, used);
                        let name = (self.tok(t).map_or(0, |x| x.start()), self.tok(end - 1).map_or(0, |x| x.end()));
                        out.push(PersonPhrase::Named {
                            span: (name.0, self.tok(phrase_end - 1).map_or(name.1, |x| x.end())),
                            name,
                            known: None,
                            titles,
                            affiliation: aff,
                        });
                        t = phrase_end;
                        continue;
                    }
                    let described = if after_name { None } else { self.descriptor_before(t, a) };
                    if described.is_some() || self.spoken_name(t, end) {
                        let name = (self.tok(t).map_or(0, |x| x.start()), self.tok(end - 1).map_or(0, |x| x.end()));
                        // "Liberation Tigers chief Velupillai Prabhakaran": the phrase takes in
                        // who he is.
                        let from =
                            described.as_ref().filter(|d| d.1 < t).and_then(|d| self.tok(d.1)).map(|x| x.start());
                        out.push(PersonPhrase::Named {
                            span: (from.unwrap_or(name.0), name.1),
                            name,
                            known: None,
                            titles: Vec::new(),
                            affiliation: described.map(|d| d.0).unwrap_or_default(),
                        });
                    }
                    t = end;
                    continue;
                }
                t += 1;
                continue;
            };
            let hi = self.hit_index(h);
            match h.entry {
                Entry::Person(p) => {
                    // "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani": the name goes on
                    // after the known form it starts with.
                    let end = self.known_name_end(h, b, used);
                    let mut aff = Affiliation::default();
                    let mut titles = Vec::new();
                    let mut phrase_end = end;
                    if let Some((ts, a2, pe)) = self.apposition(end, b, false, used) {
                        titles = ts;
                        aff = a2;
                        phrase_end = pe;
                    }
                    used[hi] = true;
                    let start = self.tok(self.initials_before(h.first_token, a)).map_or(h.start, |x| x.start());
                    out.push(PersonPhrase::Named {
                        span: (start, self.tok(phrase_end - 1).map_or(h.end, |x| x.end())),
                        name: (start, self.tok(end - 1).map_or(h.end, |x| x.end())),
                        known: Some(p),
                        titles,
                        affiliation: aff,
                    });
                    t = phrase_end;
                }
                Entry::Title(_)
                | Entry::CountryName(_)
                | Entry::CountryAdjective(_)
                | Entry::Capital(_)
                | Entry::Seat(..)
                | Entry::Organization(_) => match self.title_phrase(t, b, used) {
                    Some((phrase, end)) => {
                        let listed = self.listed_after(&phrase, end, b, used);
                        out.push(phrase);
                        t = listed.last().map_or(end, |&(_, e)| e);
                        out.extend(listed.into_iter().map(|(p, _)| p));
                    }
                    None => t = h.end_token.max(t + 1),
                },
                Entry::City(_) | Entry::Region => t = h.end_token.max(t + 1),
            }
        }
    }

    /// Where the name of a known person's hit ends: "Sheikh Mohammed bin Abdulrahman bin Jassim
    /// Al Thani" goes on after the known form it starts with.
    fn known_name_end(&self, h: &Hit, b: usize, used: &mut [bool]) -> usize {
        let end = h.end_token;
        if is_particle(self.low(end)) && self.name_word(end + 1) && self.tok(end).is_some_and(|t| t.space_before) {
            let more = self.name_at(end + 1, b).unwrap_or(end);
            self.use_hits(end, more, used);
            return more;
        }
        // "Juan Manuel Santos Calderón": a second surname that happens to be someone else's
        // known name belongs to this one.
        if let Some(next) = self.hit(end).filter(|n| n.first_token == end && n.end_token == end + 1) {
            if matches!(next.entry, Entry::Person(_)) && self.tok(end).is_some_and(|t| t.space_before) && end < b {
                self.use_hits(end, end + 1, used);
                return end + 1;
            }
        }
        end
    }

    /// A known one-word name that is the start of someone else's: the family name of a known
    /// person of a country that writes it first, with more of a name after it ("Unification
    /// Minister Park Jae-kyu" is not Park Geun-hye); any known word before a middle initial
    /// ("Christopher R. Hill" is not Warren Christopher), or, in running text, before one more
    /// name word and no capital after it ("Christopher Hill said"). A line in title case keeps
    /// its words ("Putin, Erdogan Shake Hands", "Blinken Arrives in Beijing").
    fn runs_on(&self, h: &Hit) -> bool {
        let next = h.end_token;
        let Entry::Person(p) = h.entry else { return false };
        let joined = h.end_token == h.first_token + 1
            && self.tok(next).is_some_and(|t| t.space_before && t.newlines_before == 0);
        if !joined {
            return false;
        }
        // "Christopher R. Hill": a middle initial after it makes the one word a given name.
        let initial = self.s(next).len() == 1
            && self.s(next).starts_with(|c: char| c.is_ascii_uppercase())
            && self.s(next + 1) == "."
            && self.name_word(next + 2);
        if initial {
            return true;
        }
        let family_first =
            || self.lex.term_at(usize::from(p), None).is_some_and(|t| self.lex.family_first.contains(&t.country));
        // "Christopher Hill said": in running text, one more name word, then no capital. Not in
        // a line in title case ("Trump Meets Kim", "Blinken Arrives in Beijing"): the headline,
        // or a capital word before a preposition.
        let then_lower = || {
            let in_headline = self.doc.headline.is_some_and(|s| self.doc.sentence_at(h.start) == Some(s));
            !in_headline
                && !matches!(self.low(next + 1), "in" | "to" | "with" | "for" | "on" | "at" | "of" | "from" | "as")
                && self
                    .tok(next + 1)
                    .is_none_or(|t| !t.text(self.doc.text).starts_with(char::is_uppercase) || t.kind != TokenKind::Word)
        };
        self.name_word(next)
            && !self.hit(next).is_some_and(|n| matches!(n.entry, Entry::Person(_)))
            && !is_particle(self.low(next))
            && (family_first() || then_lower())
    }

    /// Whether the line of token `t` is in title case ("Two Prime Ministers Pledge Equal
    /// Citizenship"): every word of four letters or more capitalised.
    fn title_case_line(&self, t: usize) -> bool {
        let Some(si) = self.tok(t).and_then(|x| self.doc.sentence_at(x.start())) else { return false };
        let (long, capitalised) = self.doc.long_words_capitalised(si);
        long == capitalised
    }

    /// Marks the hits that start in tokens `from..to` as used (a city inside a name).
    fn use_hits(&self, from: usize, to: usize, used: &mut [bool]) {
        for k in from..to {
            if let Some(slot) = self.hit_at.get(k).copied().flatten().and_then(|h| used.get_mut(h as usize)) {
                *slot = true;
            }
        }
    }

    /// The phrase of a name at tokens `name` after titles that start at byte `phrase_start`,
    /// with the token it ends at.
    fn titled_name(
        &self,
        phrase_start: usize,
        name: (usize, usize),
        titles: Vec<u16>,
        affiliation: Affiliation,
    ) -> Option<(PersonPhrase, usize)> {
        let bytes = (self.tok(name.0)?.start(), self.tok(name.1 - 1)?.end());
        let span = (phrase_start, bytes.1);
        Some((PersonPhrase::Named { span, name: bytes, known: None, titles, affiliation }, name.1))
    }

    /// "NIKKI HALEY (United States) said": a speaker of a meeting record, the name in capitals
    /// and the delegation's state in brackets.
    fn delegate_at(&self, t: usize, b: usize, used: &mut [bool]) -> Option<(PersonPhrase, usize)> {
        let capital_word = |i: usize| {
            let w = self.s(i);
            self.may_be_capitalised(i)
                && w.len() >= 2
                && w.chars().all(|c| c.is_uppercase() || c == '\'' || c == '’')
                && w.chars().nth(1).is_some()
        };
        // The one-byte look first, here, where it is not a call: most tokens stop at it.
        if !self.may_be_capitalised(t) || !capital_word(t) {
            return None;
        }
        let mut end = t;
        while end < b && end < t + 6 && (capital_word(end) || self.s(end) == "-" && capital_word(end + 1)) {
            end += 1;
        }
        if end - t < 2 || self.s(end) != "(" {
            return None;
        }
        let h = self.hit(end + 1).filter(|h| h.first_token == end + 1)?;
        let (Entry::CountryName(c) | Entry::CountryAdjective(c)) = h.entry else { return None };
        if self.s(h.end_token) != ")" {
            return None;
        }
        // The bracketed state says whose delegate, it is no mention of its own.
        self.use_hits(t, h.end_token, used);
        let name = (self.tok(t)?.start(), self.tok(end - 1)?.end());
        let span = (name.0, self.tok(h.end_token)?.end());
        let affiliation = Affiliation { country: Some(c), organization: None };
        Some((PersonPhrase::Named { span, name, known: None, titles: Vec::new(), affiliation }, h.end_token + 1))
    }

    fn hit_index(&self, h: &Hit) -> usize {
        self.hit_at.get(h.first_token).copied().flatten().map_or(0, |k| k as usize)
    }

    /// The token after a portfolio from token `j` ("the Economy", "Trade, Tourism and
    /// Investment"): capitalised words of portfolios.txt joined by "and", commas, "of" or "the",
    /// ending on one of them; none when the first word is none of them.
    fn portfolio_end(&self, mut j: usize, b: usize) -> Option<usize> {
        let word = |k: usize| {
            k < b
                && self.hit(k).is_none()
                && self.s(k).starts_with(char::is_uppercase)
                && portfolios().contains_key(self.low(k))
        };
        if self.is_lower(j, "the") {
            j += 1;
        }
        let mut end = None;
        while word(j) {
            j += 1;
            end = Some(j);
            // A joining word or two ("and", ", and", "of the") before another portfolio word.
            let joined = (1..=2)
                .find(|&n| (j..j + n).all(|k| matches!(self.low(k), "and" | "," | "&" | "of" | "the")) && word(j + n));
            match joined {
                Some(n) => j += n,
                None => break,
            }
        }
        end
    }

    /// "the two leaders", "both sides", "the leaders".
    fn group_at(&self, t: usize, b: usize) -> Option<(PersonPhrase, usize)> {
        if !self.tok(t).is_some_and(|x| matches!(x.len(), 3 | 4)) {
            return None;
        }
        let det = self.low(t);
        if !matches!(det, "the" | "both" | "all") {
            return None;
        }
        let mut k = t + 1;
        let count = match self.low(k) {
            "two" | "2" => 2,
            "three" | "3" => 3,
            "four" | "4" => 4,
            _ => 0,
        };
        if count > 0 {
            k += 1;
            // "The two are scheduled to hold talks", "the two discussed": the people just named.
            let verb = self.low(k);
            let verb_follows =
                matches!(verb, "are" | "were" | "have" | "had" | "will" | "also" | "met" | "spoke" | "held")
                    || verb.len() > 4 && verb.ends_with("ed") && self.s(k).starts_with(char::is_lowercase);
            if det == "the" && verb_follows {
                let span = (self.tok(t)?.start(), self.tok(k - 1)?.end());
                return Some((PersonPhrase::Group { span, states: false, rank: GROUP_RANK, count, title: None }, k));
            }
        }
        // "both leaders" are two.
        let count = if det == "both" && count == 0 { 2 } else { count };
        for (words, states, title, rank) in plurals() {
            if words.iter().enumerate().all(|(n, w)| k + n < b && self.is_lower(k + n, w)) {
                let end = k + words.len();
                if let Some(office) = title.and_then(|t| self.office_group(t, end, b)) {
                    let (title, countries, stop) = office;
                    let span = (self.tok(t)?.start(), self.tok(stop - 1)?.end());
                    return Some((PersonPhrase::Office { span, title, countries }, stop));
                }
                let span = (self.tok(t)?.start(), self.tok(end - 1)?.end());
                let title = title.and_then(|t| self.lex.title_by_name.get(t).copied());
                return Some((PersonPhrase::Group { span, states: *states, rank: *rank, count, title }, end));
            }
        }
        None
    }

    /// "of Bosnia, Serbia and Croatia" at token `k` after an office's plural: the title, the
    /// states (at least two) and the token after the list.
    fn office_group(&self, title: &str, k: usize, b: usize) -> Option<(u16, Vec<u16>, usize)> {
        if !self.is_lower(k, "of") {
            return None;
        }
        let title = *self.lex.title_by_name.get(title)?;
        let mut countries = Vec::new();
        let mut at = k + 1;
        let mut stop = at;
        while at < b {
            if self.is_lower(at, "the") {
                at += 1;
            }
            let Some(h) = self.hit(at).filter(|h| h.first_token == at) else { break };
            let Entry::CountryName(c) = h.entry else { break };
            countries.push(c);
            stop = h.end_token;
            at = h.end_token;
            if self.s(at) == "," {
                at += 1;
            }
            if self.is_lower(at, "and") {
                at += 1;
            }
        }
        (countries.len() >= 2).then_some((title, countries, stop))
    }

    /// Modifiers and titles from token `t`, then a name if one follows:
    /// "Russian President Vladimir Putin", "President of Ukraine Petro Poroshenko",
    /// "Prime Minister and Minister of Foreign Affairs Voreqe Bainimarama", "the Prime Minister".
    fn title_phrase(&self, t: usize, b: usize, used: &mut [bool]) -> Option<(PersonPhrase, usize)> {
        let mut aff = Affiliation::default();
        let mut k = t;
        let mut used_here = Vec::new();
        // Modifiers, with possessives, hyphens and up to two other words before the title.
        while k < b {
            if let Some(h) = self.hit(k) {
                if let Some(m) = self.modifier(h) {
                    aff.country = m.country.or(aff.country);
                    aff.organization = m.organization.or(aff.organization);
                    used_here.push(self.hit_index(h));
                    k = h.end_token;
                    if self.tok(k).is_some_and(|x| x.kind == TokenKind::Possessive)
                        || (self.s(k) == "-" && self.tok(k).is_some_and(Token::attached))
                    {
                        k += 1;
                    }
                    continue;
                }
                break;
            }
            // "the Chinese Embassy's deputy chief of mission": a state's office (offices.txt)
            // owns the title.
            if aff.country.is_some()
                && offices().contains_key(self.low(k))
                && self.tok(k + 1).is_some_and(|x| x.kind == TokenKind::Possessive)
            {
                k += 2;
                continue;
            }
            // Up to two lower-case words between the modifiers and the title:
            // "Chinese foreign ministry spokesman", "Israeli chief negotiator".
            // Not a verb ("Taipei recalled its ambassador").
            let filler = |j: usize| {
                self.tok(j).is_some_and(|x| x.kind == TokenKind::Word)
                    && self.s(j).chars().next().is_some_and(char::is_lowercase)
                    && !is_function_word(self.s(j))
                    && !self.s(j).ends_with("ed")
            };
            if aff.country.is_some() || aff.organization.is_some() {
                // The first title after one or two of them ("new prime minister": not "prime").
                let fillers = (k..k + 2).take_while(|&j| filler(j)).count();
                if let Some(n) = (1..=fillers).find(|&n| self.hit(k + n).and_then(|h| self.title_of(h)).is_some()) {
                    k += n;
                }
            }
            break;
        }
        let first_title = self.hit(k).and_then(|h| self.title_of(h))?;
        let phrase_start = self.tok(t)?.start();
        let mut titles = vec![first_title];
        k = self.hit(k)?.end_token;
        // More titles: "Prime Minister and Minister of Foreign Affairs", "of Ukraine".
        // "the Prime Minister and President Macron" are two people; "Prime Minister and Minister
        // of Foreign Affairs Voreqe Bainimarama" one.
        let determined = self.determiner_start(t).is_some();
        loop {
            if !determined
                && (self.is_lower(k, "and") || self.s(k) == ",")
                && self.hit(k + 1).and_then(|h| self.title_of(h)).is_some()
            {
                let h = self.hit(k + 1)?;
                titles.push(self.title_of(h)?);
                k = h.end_token;
                continue;
            }
            if self.is_lower(k, "of") {
                let mut j = if self.is_lower(k + 1, "the") { k + 2 } else { k + 1 };
                // "President of the Transition of Mali": a short phrase, then the country.
                if self.hit(j).and_then(|h| self.modifier(h)).is_none() {
                    if let Some(of) = (j + 1..j + 3).find(|&o| self.is_lower(o, "of")) {
                        if (j..of)
                            .all(|w| self.tok(w).is_some_and(|x| x.kind == TokenKind::Word) && self.hit(w).is_none())
                        {
                            j = if self.is_lower(of + 1, "the") { of + 2 } else { of + 1 };
                        }
                    }
                }
                if let Some(h) = self.hit(j) {
                    if let Some(m) = self.modifier(h) {
                        aff.country = m.country.or(aff.country);
                        aff.organization = m.organization.or(aff.organization);
                        used_here.push(self.hit_index(h));
                        k = h.end_token;
                        continue;
                    }
                }
            }
            break;
        }
        for &u in &used_here {
            if let Some(slot) = used.get_mut(u) {
                *slot = true;
            }
        }
        let honorific_only = titles.iter().all(|&x| self.role(x) == Some(Role::Honorific));
        let mut titles: Vec<u16> = titles.into_iter().filter(|&x| self.role(x) != Some(Role::Honorific)).collect();
        // A name after the titles, possibly after a comma: "his counterpart, Sergei Lavrov",
        // and an honorific before it: "the President of Mali, Mr Bah N'Daw".
        let comma = self.s(k) == ",";
        let mut n0 = self.past_honorifics(if comma { k + 1 } else { k });
        // "the Head of State, President Félix Houphouët-Boigny": a title alone, then the same
        // person with a title of their own.
        if comma && determined {
            if let Some(h) = self.hit(n0).filter(|h| h.first_token == n0) {
                if let Some(more) = self.title_of(h) {
                    if !titles.contains(&more) {
                        titles.push(more);
                    }
                    n0 = self.past_honorifics(h.end_token);
                }
            }
        }
        if let Some(h) = self.hit(n0).filter(|h| matches!(h.entry, Entry::Person(_)) && !self.runs_on(h)) {
            let Entry::Person(p) = h.entry else { return None };
            used[self.hit_index(h)] = true;
            let name_end = self.known_name_end(h, b, used);
            let name = (h.start, self.tok(name_end - 1).map_or(h.end, |x| x.end()));
            let (titles, aff, end) = self.titles_after_name(titles, name_end, b, aff, used);
            return Some((
                PersonPhrase::Named { span: (phrase_start, name.1), name, known: Some(p), titles, affiliation: aff },
                end,
            ));
        }
        // "Two Prime Ministers Pledge Equal Citizenship": after a plural title, capitalised
        // words of a line in title case, not one person's unknown name.
        let plural = k > 0 && matches!(self.low(k - 1), "ministers" | "presidents" | "leaders" | "secretaries");
        if let Some(end) = self.name_at(n0, b).filter(|_| !plural || !self.title_case_line(t)) {
            // After a comma only a full name counts, and it must close the apposition.
            if !comma || (end - n0 >= 2 && matches!(self.s(end), "," | "." | ")" | "")) {
                self.use_hits(n0, end, used);
                let name = (self.tok(n0)?.start(), self.tok(end - 1)?.end());
                let (titles, aff, end) = self.titles_after_name(titles, end, b, aff, used);
                return Some((
                    PersonPhrase::Named { span: (phrase_start, name.1), name, known: None, titles, affiliation: aff },
                    end,
                ));
            }
        }
        // "Minister of Agriculture Gustavo Rodríguez Rollero", "Minister for Trade, Tourism and
        // Investment, Simon Birmingham": a minister's portfolio (portfolios.txt), then the name.
        let minister = titles.iter().any(|&x| matches!(self.role(x), Some(Role::Minister | Role::Official)));
        // "Minister of Trade and Industry Rob Davies": a title of one portfolio, and more.
        let more = matches!(self.low(k), "and" | "&" | ",") && portfolios().contains_key(self.low(k - 1));
        if minister && (self.is_lower(k, "of") || self.is_lower(k, "for") || more) {
            if let Some(after) = self.portfolio_end(k + 1, b) {
                let comma = self.s(after) == ",";
                let n = self.past_honorifics(if comma { after + 1 } else { after });
                let closed = |e: usize| !comma || matches!(self.s(e), "," | "." | "");
                if let Some(end) = self.name_at(n, b).filter(|&e| e - n >= 2 && closed(e)) {
                    self.use_hits(k, end, used);
                    return self.titled_name(phrase_start, (n, end), titles, aff);
                }
            }
        }
        // "US Special Envoy for Sudan Tom Perriello": a portfolio of one place, then the name.
        if self.is_lower(k, "for") && !titles.is_empty() {
            let mut j = k + 1;
            if self.is_lower(j, "the") {
                j += 1;
            }
            if let Some(h) = self.hit(j).filter(|h| h.first_token == j && !matches!(h.entry, Entry::Person(_))) {
                let n = self.past_honorifics(h.end_token);
                if let Some(end) = self.name_at(n, b).filter(|&e| e - n >= 2) {
                    self.use_hits(k, end, used);
                    return self.titled_name(phrase_start, (n, end), titles, aff);
                }
            }
        }
        // "The spokesman of the rebel delegation, Goi Jooyul, said", "South Sudan's minister of
        // information, Michael Makuei, raised": a title, a short phrase, then the name between commas.
        // "its ambassador in Madrid, Karima Benyaich": a diplomat's post, then the name.
        let posted = matches!(self.low(k), "in" | "to")
            && titles.iter().any(|&x| self.role(x) == Some(Role::Diplomat))
            && self.hit(k + 1).is_some();
        if (self.is_lower(k, "of") || self.is_lower(k, "for") || posted) && !titles.is_empty() {
            // A longer phrase when it is a name of its own ("the chairman of the Standing
            // Committee of the National People's Congress, Zhao Leji").
            let named_body = |j: usize| {
                self.s(j).starts_with(char::is_uppercase)
                    || matches!(self.low(j), "of" | "the" | "and" | "for" | "'s" | "’s" | ",")
            };
            let reach = 7 + (k + 1..(k + 15).min(b)).take_while(|&j| named_body(j)).count().saturating_sub(6);
            if let Some(c) = (k + 1..(k + reach).min(b)).find(|&j| self.s(j) == ",") {
                let n = self.past_honorifics(c + 1);
                if let Some(end) = self.name_at(n, b).filter(|&e| e - n >= 2 && matches!(self.s(e), "," | "." | "")) {
                    self.use_hits(n, end, used);
                    return self.titled_name(phrase_start, (n, end), titles, aff);
                }
            }
        }
        if honorific_only && k > t {
            let span = (phrase_start, self.tok(k - 1)?.end());
            return Some((PersonPhrase::Honorific { span }, k));
        }
        // "an official visit": a lower-case title word before one of these nouns is an adjective.
        let lower_title = self.s(k - 1).starts_with(char::is_lowercase) && k == t + 1;
        // A plural title alone ("Presidents") is no one person (plurals.tsv reads it).
        if titles.is_empty() || plural || lower_title && adjectival_before().contains_key(self.s(k)) {
            return None;
        }
        let span = (self.determiner_start(t).unwrap_or(phrase_start), self.tok(k - 1)?.end());
        Some((PersonPhrase::TitleOnly { span, title: titles[0], affiliation: aff }, k))
    }

    /// "Presidents Boni Yayi of Benin, Alpha Conde of Guinea and Mahamadou Issoufou of Niger":
    /// after a titled name with its country, more names each with a country share the titles.
    /// Returns the phrases with the token each ends at.
    fn listed_after(
        &self,
        first: &PersonPhrase,
        mut k: usize,
        b: usize,
        used: &mut [bool],
    ) -> Vec<(PersonPhrase, usize)> {
        let mut out = Vec::new();
        let PersonPhrase::Named { titles, affiliation, .. } = first else { return out };
        // The first name's country came after "of" and ends the phrase ("of Sierra Leone").
        let of_country =
            (1..k.min(6)).any(|d| self.is_lower(k - d - 1, "of") && self.hit(k - d).is_some_and(|h| h.end_token == k));
        if titles.is_empty() || affiliation.country.is_none() || !of_country {
            return out;
        }
        while k < b {
            let mut j = k;
            if self.s(j) == "," {
                j += 1;
            }
            if self.is_lower(j, "and") {
                j += 1;
            }
            if j == k {
                break;
            }
            let (name_end, known) = match self.hit(j) {
                Some(h) => match h.entry {
                    Entry::Person(p) => (h.end_token, Some(p)),
                    _ => break,
                },
                None => match self.name_at(j, b).filter(|&e| e - j >= 2) {
                    Some(e) => (e, None),
                    None => break,
                },
            };
            if !self.is_lower(name_end, "of") {
                break;
            }
            let (aff, end) = self.after_name(name_end, b, Affiliation::default(), used);
            if aff.country.is_none() {
                break;
            }
            if known.is_some() {
                if let Some(slot) = self.hit_at.get(j).copied().flatten().and_then(|h| used.get_mut(h as usize)) {
                    *slot = true;
                }
            }
            let (Some(a), Some(z)) = (self.tok(j), self.tok(name_end - 1)) else { break };
            let name = (a.start(), z.end());
            out.push((PersonPhrase::Named { span: name, name, known, titles: titles.clone(), affiliation: aff }, end));
            k = end;
        }
        out
    }

    /// "of France" right after a name: "President Emmanuel Macron of France".
    fn after_name(&self, end: usize, b: usize, mut aff: Affiliation, used: &mut [bool]) -> (Affiliation, usize) {
        if end < b && self.is_lower(end, "of") {
            if let Some(h) = self.hit(end + 1) {
                if let Some(m) = self.modifier(h).filter(|m| m.country.is_some()) {
                    if aff.country.is_none() {
                        aff.country = m.country;
                    }
                    used[self.hit_index(h)] = true;
                    return (aff, h.end_token);
                }
            }
        }
        (aff, end)
    }

    /// The first token from `k` on that is not an honorific ("Mr", "H.E.") or its full stop.
    fn past_honorifics(&self, mut k: usize) -> usize {
        while let Some(h) = self.hit(k).filter(|h| self.title_of(h).and_then(|x| self.role(x)) == Some(Role::Honorific))
        {
            k = h.end_token.max(k + 1) + usize::from(self.s(h.end_token) == ".");
        }
        self.past_initial(k)
    }

    /// Past the initial of a patronymic written against the name ("Prime Minister
    /// N.Altankhuyag", "President Ts.Elbegdorj", as Mongolian news writes them): the name is the
    /// word after it.
    fn past_initial(&self, k: usize) -> usize {
        let w = self.s(k);
        let initial = (1..=2).contains(&w.chars().count())
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(char::is_lowercase);
        let glued = |j: usize| self.tok(j).is_some_and(|t| t.attached());
        if initial && self.s(k + 1) == "." && glued(k + 1) && glued(k + 2) && self.name_word(k + 2) {
            k + 2
        } else {
            k
        }
    }

    /// What follows a name that ends before token `end`: "of Benin", and for a name with no
    /// title before it but an honorific, an apposition ("Mr Jean-Claude Brou, President of the
    /// ECOWAS Commission"). Returns the titles, the affiliation and the end of the phrase.
    fn titles_after_name(
        &self,
        titles: Vec<u16>,
        end: usize,
        b: usize,
        aff: Affiliation,
        used: &mut [bool],
    ) -> (Vec<u16>, Affiliation, usize) {
        let (aff, end) = self.after_name(end, b, aff, used);
        if titles.is_empty() {
            if let Some((titles, more, e)) = self.apposition(end, b, true, used) {
                let aff = Affiliation {
                    country: aff.country.or(more.country),
                    organization: aff.organization.or(more.organization),
                };
                return (titles, aff, e);
            }
        }
        (titles, aff, end)
    }

    /// The byte start of a determiner right before token `t` ("the", "his").
    fn determiner_start(&self, t: usize) -> Option<usize> {
        let p = t.checked_sub(1)?;
        matches!(self.low(p), "the" | "his" | "her" | "their" | "its" | "a" | "an")
            .then(|| self.tok(p).map(|x| x.start()))
            .flatten()
    }

    /// An apposition after a name: ", a Kremlin aide", ", the Russian foreign minister".
    /// Returns the titles, the affiliation and the end token.
    /// With `bare`, the title may come without an article (", President of Mali"): only after
    /// a name that starts a phrase of its own.
    fn apposition(
        &self,
        end: usize,
        b: usize,
        bare: bool,
        used: &mut [bool],
    ) -> Option<(Vec<u16>, Affiliation, usize)> {
        if self.s(end) != "," {
            return None;
        }
        // ", the Russian foreign minister", or a title without an article: ", President of Mali".
        let det = matches!(self.low(end + 1), "a" | "an" | "the" | "his" | "her" | "their" | "its");
        if !det && !bare {
            return None;
        }
        let start = if det { end + 2 } else { end + 1 };
        // ", a Belarusian-American lawyer", ", the American aid contractor", ", a former US
        // marine": what the person is or does, with the state of a nationality before it.
        if matches!(self.low(end + 1), "a" | "an" | "the") {
            if let Some(found) = self.occupation(start, b) {
                return Some(found);
            }
        }
        // After a determiner, up to two lower-case words before the title's phrase: ", the chief
        // U.S. negotiator".
        let start = (start..(start + 3).min(b))
            .take_while(|&j| self.hit(j).is_some() || det && self.lower_word(j))
            .find(|&j| self.hit(j).is_some())?;
        match self.title_phrase(start, b, used) {
            Some((PersonPhrase::TitleOnly { title, affiliation, .. }, e)) => Some((vec![title], affiliation, e)),
            _ if bare => self.title_under_person(start, b),
            _ => None,
        }
    }

    /// An untitled name of two or three words, tokens `t..end`, that speaks: a verb of speech
    /// right after it ("Dmitry Peskov told reporters"), or one right before it when the clause
    /// ends with it ('said Maria Zakharova.'). No word of it heads an organisation's name
    /// ("Deutsche Bank said").
    fn spoken_name(&self, t: usize, end: usize) -> bool {
        if !(2..=3).contains(&(end - t)) {
            return false;
        }
        let heads = &self.lex.body_heads;
        if (t..end).any(|k| self.doc.keys.get(k).is_some_and(|key| heads.contains_key(key))) {
            return false;
        }
        // "the Israel Prison Service said": a name after an article or a capitalised word is
        // part of an institution's.
        let prev = t.checked_sub(1);
        let word_before = prev.map_or("", |p| self.low(p));
        if matches!(word_before, "the" | "a" | "an") || prev.is_some_and(|p| self.s(p).starts_with(char::is_uppercase))
        {
            return false;
        }
        let (after, before) = speech_cues();
        let ends_clause = matches!(self.s(end), "." | "," | ";" | ")" | "");
        after.contains_key(self.low(end)) && self.tok(end).is_some_and(|x| x.kind == TokenKind::Word)
            || ends_clause && before.contains_key(word_before)
    }

    /// "Estonian security officer Eston Kohver", "US citizen Paul Whelan": a noun of
    /// `occupations.txt` right before the name at `t`, after at most three lower-case words and
    /// a state's name or adjective (its state, when one is named); `a` is the sentence's first
    /// token.
    fn descriptor_before(&self, t: usize, a: usize) -> Option<(Affiliation, usize)> {
        let k = t.checked_sub(1).filter(|&k| k >= a)?;
        // (Also the head of a group the lexicon does not know: "Liberation Tigers chief
        // Velupillai Prabhakaran"; not in appositions, where "the chief American negotiator"
        // goes on to say what he is.)
        let head = matches!(self.low(k), "chief" | "commander" | "founder");
        if !(self.lower_word(k) && (head || occupations().contains_key(self.low(k)))) {
            return None;
        }
        let mut country = None;
        let mut j = k;
        // The phrase opens with the state named before, else the words read back over.
        let mut start = k;
        while j > a && k - j < 4 {
            match self.hit(j - 1) {
                Some(h) if h.end_token == j => {
                    if let Entry::CountryName(c) | Entry::CountryAdjective(c) = h.entry {
                        country = Some(c);
                        start = h.first_token;
                    }
                    break;
                }
                _ if self.lower_word(j - 1) => j -= 1,
                // The group's own name: capitalised words the lexicon does not know.
                _ if head && self.s(j - 1).starts_with(char::is_uppercase) && j - 1 > a => {
                    j -= 1;
                    start = j;
                }
                _ => break,
            }
        }
        Some((Affiliation { country, organization: None }, start))
    }

    /// "a Belarusian-American lawyer" from token `start`: a few words (a nationality's
    /// adjective, other words, a hyphen) then a noun of `occupations.txt`. No titles; the
    /// nationality's state, if one is named; the token after the noun.
    fn occupation(&self, start: usize, b: usize) -> Option<(Vec<u16>, Affiliation, usize)> {
        let mut country = None;
        let mut k = start;
        while k < b.min(start + 6) {
            if occupations().contains_key(self.low(k)) && self.lower_word(k) {
                return Some((Vec::new(), Affiliation { country, organization: None }, k + 1));
            }
            match self.hit(k) {
                Some(h) if h.first_token == k => match h.entry {
                    Entry::CountryAdjective(c) | Entry::CountryName(c) => {
                        country = country.or(Some(c));
                        k = h.end_token;
                    }
                    _ => return None,
                },
                // "a Yale graduate student", "a Belarusian-American lawyer".
                _ if self.tok(k).is_some_and(|x| x.kind == TokenKind::Word) || self.s(k) == "-" => k += 1,
                _ => return None,
            }
        }
        None
    }

    /// ", President Donald Trump's senior adviser": a title held under a known office holder,
    /// whose country it gives.
    fn title_under_person(&self, start: usize, b: usize) -> Option<(Vec<u16>, Affiliation, usize)> {
        let p =
            (start + 1..b.min(start + 6)).find(|&j| self.tok(j).is_some_and(|x| x.kind == TokenKind::Possessive))?;
        let person = (start..p).find_map(|j| match self.hit(j) {
            Some(h) if h.end_token == p => match h.entry {
                Entry::Person(pi) => Some(usize::from(pi)),
                _ => None,
            },
            _ => None,
        })?;
        let code = self.lex.terms_of(person).first().and_then(|&t| self.lex.terms.get(t))?.country;
        let country = *self.lex.country_by_code.get(code)?;
        // Up to two lower-case words before the title: "senior adviser", "chief negotiator".
        let title_at =
            (p + 1..p + 4).take_while(|&j| j < b).find(|&j| self.hit(j).and_then(|h| self.title_of(h)).is_some())?;
        if !(p + 1..title_at).all(|j| self.lower_word(j)) {
            return None;
        }
        let h = self.hit(title_at)?;
        Some((vec![self.title_of(h)?], Affiliation { country: Some(country), organization: None }, h.end_token))
    }
}
