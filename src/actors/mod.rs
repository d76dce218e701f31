//! The actors stage: people, states, organisations and bodies, each with its mentions.
//! Gazetteer hits and person phrases ([`people`]) become actors; titles alone, surnames and
//! plurals are tied to actors already named ([`coref`]); office holders are looked up by the
//! article's date ("the Prime Minister" in a UK readout of 2018).

pub mod bodies;
pub mod compiled;
pub mod coref;
pub mod gazetteer;
pub mod gender;
pub mod in_office;
pub mod lexicon;
pub mod ministries;
pub mod people;
pub mod sources;

use crate::data::FastMap;
use crate::dates::{Date, Dates};
use crate::text::Document;
use crate::timeline::ActorKind;
use gazetteer::Hit;
use lexicon::{ActorLexicon, Entry};
use people::{PersonPhrase, Reader};

/// An actor of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Canonical name.
    pub name: String,
    /// What the actor is.
    pub kind: ActorKind,
    /// ISO code of the state it belongs to or speaks for ("EU" for EU institutions).
    pub country: Option<&'static str>,
    /// Other names used in the text.
    pub aliases: Vec<String>,
    /// Titles (indices into the lexicon's titles), highest rank first.
    pub titles: Vec<u16>,
    /// Byte spans of its mentions, in text order.
    pub mentions: Vec<(usize, usize)>,
    /// The known office holder it is, if any.
    pub known: Option<u16>,
    /// The organisation it is, or works for.
    pub organization: Option<u16>,
}

/// How a mention names its actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A full name or the name of a state or organisation.
    Name,
    /// A surname alone, tied to a person named before.
    Surname,
    /// A title alone ("the Prime Minister"), resolved by coreference.
    Title,
    /// An adjective ("Russian journalists", "the Russian side").
    Adjective,
    /// A capital used for the government ("Moscow restated").
    Capital,
    /// Another city, naming where something happens ("talks in Sochi").
    City,
    /// A seat of government ("the Kremlin").
    Seat,
    /// A grouping named for its member states ("the Normandy format").
    Member,
}

/// One mention of an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte span.
    pub span: (usize, usize),
    /// Byte span of the whole phrase, titles included ("US President Donald Trump"); the
    /// same as `span` for other mentions.
    pub phrase: (usize, usize),
    /// Index of the actor in [`Actors::list`].
    pub actor: usize,
    /// How it names the actor.
    pub kind: MentionKind,
}

/// A plural that refers back to several actors ("the two leaders").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Byte span.
    pub span: (usize, usize),
    /// The actors meant.
    pub members: Vec<usize>,
}

impl Actor {
    /// A person known by no title or lexicon entry: a post's author, an unnamed plural source,
    /// a name read in the text (whose callers add the titles and organisation they found).
    pub(crate) fn untitled_person(name: String, country: Option<&'static str>) -> Actor {
        Actor {
            name,
            kind: ActorKind::Person,
            country,
            aliases: Vec::new(),
            titles: Vec::new(),
            mentions: Vec::new(),
            known: None,
            organization: None,
        }
    }
}

/// The actors of a document.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// Actors in order of first mention.
    pub list: Vec<Actor>,
    /// All mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Plural references, in text order.
    pub groups: Vec<Group>,
}

impl Actors {
    /// The mentions that lie inside the byte span `(start, end)`.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.span.0 < start);
        let b = self.mentions.partition_point(|m| m.span.0 < end);
        let slice = self.mentions.get(a..b).unwrap_or(&[]);
        let keep = slice.iter().take_while(|m| m.span.1 <= end).count();
        slice.get(..keep).unwrap_or(&[])
    }

    /// The actor a mention names.
    pub fn actor(&self, i: usize) -> Option<&Actor> {
        self.list.get(i)
    }
}

/// How many of the people named lately coreference considers ("the Prime Minister", "the two
/// leaders" refer to someone named shortly before); the bound keeps the stage linear.
pub const RECENT: usize = 48;

/// What makes two mentions the same actor.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    /// A state, by country index.
    State(u16),
    /// A known office holder.
    Known(u16),
    /// A seat of government.
    Seat(u16),
    /// An organisation.
    Organization(u16),
    /// Another person, by name.
    Person(String),
    /// An organisation the lexicon does not know, by name.
    Body(String),
}

/// Collects actors while reading the document.
pub(crate) struct Builder<'a> {
    pub(crate) lex: &'static ActorLexicon,
    pub(crate) doc: &'a Document<'a>,
    pub(crate) date: Option<Date>,
    pub(crate) list: Vec<Actor>,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) groups: Vec<Group>,
    by_key: FastMap<Key, usize>,
    /// How often each country is mentioned (by lexicon index).
    pub(crate) country_mentions: FastMap<u16, usize>,
    /// For each sentence, the countries of the people named in it (read before coreference).
    pub(crate) sentence_countries: FastMap<usize, Vec<&'static str>>,
    /// Where each country is first mentioned (byte offset).
    pub(crate) country_first: FastMap<u16, usize>,
    /// People named lately, most recent first (at most [`RECENT`]).
    pub(crate) recent: Vec<usize>,
    /// People by each significant word of their names, for matching partial names.
    pub(crate) person_words: FastMap<String, Vec<usize>>,
    /// Known people whose full name's words are in `person_words` already.
    pub(crate) known_words: FastMap<u16, ()>,
    /// Titles of the headline, resolved once the article has named its people.
    pub(crate) headline_titles: Vec<((usize, usize), u16, people::Affiliation)>,
    /// The known people named anywhere in the text who hold an office on the article's date, by
    /// that office's title: (index into [`ActorLexicon::people`], country), in order of first
    /// mention.
    pub(crate) named_holders: FastMap<&'static str, Vec<(usize, &'static str)>>,
    /// People named after titles or an honorific ("His Highness Sheikh Mohamed"), with the byte
    /// span of the words before the name, in order of mention.
    pub(crate) honored: Vec<((usize, usize), usize)>,
    /// For each honorific said alone (lower case): how many of `honored` were searched for it,
    /// and the first of them introduced so. Each entry is searched once per honorific.
    pub(crate) honorific_search: FastMap<Vec<u8>, (usize, Option<usize>)>,
    /// The words the text writes after a man's honorific ("Mr. Kennedy"), read once when first
    /// needed.
    pub(crate) misters: std::cell::OnceCell<FastMap<&'a str, ()>>,
}

impl<'a> Builder<'a> {
    fn new(doc: &'a Document<'a>, date: Option<Date>) -> Builder<'a> {
        Builder {
            lex: ActorLexicon::get(),
            doc,
            date,
            list: Vec::new(),
            mentions: Vec::new(),
            groups: Vec::new(),
            by_key: FastMap::default(),
            country_mentions: FastMap::default(),
            country_first: FastMap::default(),
            sentence_countries: FastMap::default(),
            person_words: FastMap::default(),
            known_words: FastMap::default(),
            headline_titles: Vec::new(),
            honored: Vec::new(),
            honorific_search: FastMap::default(),
            named_holders: FastMap::default(),
            recent: Vec::new(),
            misters: std::cell::OnceCell::new(),
        }
    }

    /// The actor with `key`, created by `make` on first use.
    pub(crate) fn get_or_create(&mut self, key: Key, make: impl FnOnce() -> Actor) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        self.list.push(make());
        let i = self.list.len() - 1;
        self.by_key.insert(key, i);
        i
    }

    /// Whether known office holder `p` is already an actor.
    pub(crate) fn has_known(&self, p: u16) -> bool {
        self.by_key.contains_key(&Key::Known(p))
    }

    pub(crate) fn add_mention(&mut self, span: (usize, usize), actor: usize, kind: MentionKind) {
        self.add_phrase_mention(span, span, actor, kind);
    }

    /// A state named through the grouping it belongs to (no alias is taken from it).
    pub(crate) fn add_member_mention(&mut self, span: (usize, usize), actor: usize) {
        self.mentions.push(Mention { span, phrase: span, actor, kind: MentionKind::Member });
        if let Some(a) = self.list.get_mut(actor) {
            a.mentions.push(span);
        }
    }

    /// A mention whose phrase is wider than the name: "US President Donald Trump".
    pub(crate) fn add_phrase_mention(
        &mut self,
        span: (usize, usize),
        phrase: (usize, usize),
        actor: usize,
        kind: MentionKind,
    ) {
        self.mentions.push(Mention { span, phrase, actor, kind });
        let text = self.doc.slice(span.0, span.1);
        if let Some(a) = self.list.get_mut(actor) {
            a.mentions.push(span);
            if kind != MentionKind::Title && text != a.name && !text.is_empty() && !a.aliases.iter().any(|x| x == text)
            {
                a.aliases.push(text.to_owned());
            }
            if a.kind == ActorKind::Person {
                // Coreference looks among the people named lately (move to front, bounded).
                if self.recent.first() != Some(&actor) {
                    self.recent.retain(|&r| r != actor);
                    self.recent.insert(0, actor);
                    self.recent.truncate(RECENT);
                }
            }
        }
    }

    pub(crate) fn add_title(&mut self, actor: usize, title: u16) {
        let lex = self.lex;
        if let Some(a) = self.list.get_mut(actor) {
            if !a.titles.contains(&title) {
                a.titles.push(title);
                crate::sort::by_key(&mut a.titles, |&t| {
                    lex.titles.get(usize::from(t)).map_or(9, |t| u64::from(t.rank))
                });
            }
        }
    }

    /// The state actor for a country.
    pub(crate) fn state(&mut self, c: u16) -> usize {
        let lex = self.lex;
        let country = lex.countries.get(usize::from(c));
        let code = country.map_or("", |c| c.code);
        let name = country.map_or("", |c| c.name);
        self.get_or_create(Key::State(c), || Actor {
            name: name.to_owned(),
            kind: ActorKind::State,
            country: Some(code),
            aliases: Vec::new(),
            titles: Vec::new(),
            mentions: Vec::new(),
            known: None,
            organization: None,
        })
    }

    /// The actor for a known office holder.
    pub(crate) fn known_person(&mut self, p: u16) -> usize {
        let lex = self.lex;
        let date = self.date;
        let name = lex.people.get(usize::from(p)).map_or("", |k| k.name);
        let term = lex.term_at(usize::from(p), date);
        let i = self.get_or_create(Key::Known(p), || Actor {
            name: name.to_owned(),
            kind: ActorKind::Person,
            country: term.map(|t| t.country),
            aliases: Vec::new(),
            titles: Vec::new(),
            mentions: Vec::new(),
            known: Some(p),
            organization: None,
        });
        if let Some(t) = term.filter(|t| t.covers(date)).and_then(|t| lex.title_by_name.get(t.title)) {
            self.add_title(i, *t);
        }
        i
    }
}

/// Finds the actors of a document.
pub fn find(doc: &Document<'_>, dates: &Dates) -> Actors {
    let lex = ActorLexicon::get();
    let hits = gazetteer::hits(doc, lex);
    let reader = Reader::new(doc, lex, &hits);
    let mut used = vec![false; hits.len()];
    let mut phrases = Vec::new();
    for si in 0..doc.sentences.len() {
        reader.sentence_phrases(si, &mut used, &mut phrases);
    }
    let mut b = Builder::new(doc, dates.published.map(|p| p.0));
    // A headline names what the article is about, not whose voice it is ("Mali – Release of
    // Sophie Pétronin" above a French communiqué).
    let headline_end = doc.headline.and_then(|i| doc.sentences.get(i)).map_or(0, |s| s.end);
    // The names of people read, in text order: a known surname inside another's name ("Sharon"
    // in "Mrs. Sharon Hay-Webster") names no office holder.
    let names: Vec<((usize, usize), Option<u16>)> = phrases
        .iter()
        .filter_map(|p| match p {
            PersonPhrase::Named { name, known, .. } => Some((*name, *known)),
            _ => None,
        })
        .collect();
    let inside_other = |h: &gazetteer::Hit, p: u16| {
        let i = names.partition_point(|&((_, end), _)| end <= h.start);
        names.get(i).is_some_and(|&((start, end), known)| start <= h.start && h.end <= end && known != Some(p))
    };
    for h in &hits {
        match h.entry {
            Entry::CountryName(c) | Entry::CountryAdjective(c) | Entry::Capital(c) | Entry::Seat(c, _) => {
                *b.country_mentions.entry(c).or_default() += 1;
                if h.start >= headline_end {
                    b.country_first.entry(c).or_insert(h.start);
                }
            }
            Entry::Person(p) if !inside_other(h, p) => {
                let Some(term) = lex.term_at(usize::from(p), b.date).filter(|t| t.covers(b.date)) else { continue };
                let holders = b.named_holders.entry(term.title).or_default();
                if !holders.iter().any(|&(q, _)| q == usize::from(p)) {
                    holders.push((usize::from(p), term.country));
                }
            }
            _ => {}
        }
    }
    // The countries of the people named in each sentence, so that "the President" in "the
    // President's call with Prime Minister Erdogan of Turkey" is not taken for Turkey's.
    for p in &phrases {
        if let PersonPhrase::Named { span, known, affiliation, .. } = p {
            let country = affiliation
                .country
                .and_then(|c| lex.countries.get(usize::from(c)))
                .map(|c| c.code)
                .or_else(|| known.and_then(|k| lex.term_at(usize::from(k), b.date)).map(|t| t.country));
            if let (Some(c), Some(si)) = (country, doc.sentence_at(span.0)) {
                b.sentence_countries.entry(si).or_default().push(c);
            }
        }
    }
    // People and the states, bodies and organisations named on their own, in text order.
    let unused = hits.iter().zip(&used).filter(|(_, &u)| !u).map(|(h, _)| h);
    for item in in_text_order(&phrases, unused) {
        match item {
            Item::Phrase(p) => coref::add_phrase(&mut b, p),
            Item::Hit(h) => add_hit(&mut b, h),
        }
    }
    // The author of an embedded post is its speaker.
    for post in &doc.posts {
        let name = doc.slice(post.author.0, post.author.1).to_owned();
        let i = b.get_or_create(Key::Person(name.clone()), || Actor::untitled_person(name, None));
        b.add_mention(post.author, i, MentionKind::Name);
    }
    bodies::add(&mut b);
    ministries::add(&mut b);
    sources::add(&mut b);
    coref::headline_titles(&mut b);
    // The home country is the most-named person's by full names; those met abroad are placed
    // once their surnames are known too (who meets them may be named by surname alone).
    let home = coref::home_country(&b);
    coref::surnames(&mut b);
    if let Some(home) = home {
        coref::place_in_government(&mut b, home);
    }
    finish(b)
}

enum Item<'p> {
    Phrase(&'p PersonPhrase),
    Hit(&'p Hit),
}

/// Person phrases and hits in text order, a phrase before a hit at the same offset: the hits
/// come in text order and so, nearly always, do the phrases, which are then merged with them in
/// one pass (else both are sorted together, stably).
fn in_text_order<'p>(phrases: &'p [PersonPhrase], hits: impl Iterator<Item = &'p Hit>) -> Vec<Item<'p>> {
    let mut out = Vec::with_capacity(phrases.len() + hits.size_hint().0);
    if !phrases.is_sorted_by_key(phrase_start) {
        let mut items: Vec<(usize, Item<'p>)> = phrases.iter().map(|p| (phrase_start(p), Item::Phrase(p))).collect();
        items.extend(hits.map(|h| (h.start, Item::Hit(h))));
        crate::sort::by_key(&mut items, |(s, _)| *s as u64);
        out.extend(items.into_iter().map(|(_, item)| item));
        return out;
    }
    let mut phrases = phrases.iter().peekable();
    for h in hits {
        while let Some(p) = phrases.next_if(|p| phrase_start(p) <= h.start) {
            out.push(Item::Phrase(p));
        }
        out.push(Item::Hit(h));
    }
    out.extend(phrases.map(Item::Phrase));
    out
}

fn phrase_start(p: &PersonPhrase) -> usize {
    match p {
        PersonPhrase::Named { span, .. }
        | PersonPhrase::TitleOnly { span, .. }
        | PersonPhrase::Honorific { span }
        | PersonPhrase::Group { span, .. }
        | PersonPhrase::Office { span, .. } => span.0,
    }
}

/// Groupings of at most this many states stand for their members (the Normandy format, the
/// Quad, the E3); larger ones (the G20, NATO) do not.
pub const MAX_MEMBERS: usize = 6;

/// A state, seat or organisation named on its own.
fn add_hit(b: &mut Builder<'_>, h: &Hit) {
    let span = (h.start, h.end);
    match h.entry {
        // "Latin American leaders": a region names no actor.
        Entry::Region => {}
        Entry::CountryName(c) => {
            let a = b.state(c);
            b.add_mention(span, a, MentionKind::Name);
        }
        Entry::Capital(c) | Entry::City(c) => {
            // "the Minsk Package of Measures", "the Astana process", "the Geneva Conventions":
            // a city in the name of an agreement or a format is not its government.
            let next = b.doc.tokens.get(h.end_token);
            let named = next.is_some_and(|t| {
                let w = t.text(b.doc.text);
                t.space_before
                    && t.newlines_before == 0
                    && w != "I"
                    && (w.chars().next().is_some_and(char::is_uppercase) || b.lex.format_words.contains(&w))
            });
            if named {
                return;
            }
            // "Moscow" in 1987 speaks for the Soviet Union (a city is where it is now).
            // "Lagos" in 1985 was the capital (`capitals_until.tsv`).
            let then = matches!(h.entry, Entry::City(_))
                .then(|| b.lex.capital_then(b.doc.slice(h.start, h.end), b.date))
                .flatten();
            let c = if matches!(h.entry, Entry::Capital(_)) { b.lex.as_of(c, b.date) } else { then.unwrap_or(c) };
            let a = b.state(c);
            let kind = if matches!(h.entry, Entry::City(_)) && then.is_none() {
                MentionKind::City
            } else {
                MentionKind::Capital
            };
            b.add_mention(span, a, kind);
        }
        Entry::CountryAdjective(c) => {
            // "the Uzbek capital" is a capital: in 1966 the Soviet Union's.
            let capital = b.doc.tokens.get(h.end_token).is_some_and(|t| t.text(b.doc.text) == "capital");
            let a = b.state(if capital { b.lex.as_of(c, b.date) } else { c });
            b.add_mention(span, a, MentionKind::Adjective);
        }
        Entry::Seat(c, s) => {
            let lex = b.lex;
            let code = lex.countries.get(usize::from(lex.as_of(c, b.date))).map(|c| c.code);
            let name = lex.seats.get(usize::from(s)).copied().unwrap_or("");
            let a = b.get_or_create(Key::Seat(s), || Actor {
                name: name.to_owned(),
                kind: ActorKind::Body,
                country: code,
                aliases: Vec::new(),
                titles: Vec::new(),
                mentions: Vec::new(),
                known: None,
                organization: None,
            });
            b.add_mention(span, a, MentionKind::Seat);
        }
        Entry::Organization(o) => {
            let lex = b.lex;
            let org = lex.organizations.get(usize::from(o));
            let a = b.get_or_create(Key::Organization(o), || Actor {
                name: org.map_or("", |o| o.name).to_owned(),
                kind: ActorKind::Organization,
                country: org.and_then(|o| o.country),
                aliases: Vec::new(),
                titles: Vec::new(),
                mentions: Vec::new(),
                known: None,
                organization: Some(o),
            });
            b.add_mention(span, a, MentionKind::Name);
            // A small fixed grouping ("the Normandy format") stands for its member states.
            let members: Vec<&'static str> = org.map(|o| o.members.clone()).unwrap_or_default();
            if !members.is_empty() && members.len() <= MAX_MEMBERS {
                for code in members {
                    if let Some(&c) = lex.country_by_code.get(code) {
                        let s = b.state(c);
                        b.add_member_mention(span, s);
                    }
                }
            }
        }
        Entry::Title(_) | Entry::Person(_) => {}
    }
}

/// Drops actors without mentions, orders actors by first mention and mentions by position.
fn finish(b: Builder<'_>) -> Actors {
    let Builder { mut list, mut mentions, mut groups, .. } = b;
    for a in &mut list {
        crate::sort::by_key(&mut a.mentions, |m| crate::sort::pair(m.0, m.1));
        a.mentions.dedup();
    }
    let mut order: Vec<usize> = (0..list.len()).filter(|&i| !list[i].mentions.is_empty()).collect();
    crate::sort::by_key(&mut order, |&i| list[i].mentions.first().map_or(u64::MAX, |m| m.0 as u64));
    let mut new_index = vec![usize::MAX; list.len()];
    for (n, &old) in order.iter().enumerate() {
        new_index[old] = n;
    }
    let mut sorted: Vec<Actor> = Vec::with_capacity(order.len());
    let mut slots: Vec<Option<Actor>> = list.drain(..).map(Some).collect();
    for &old in &order {
        if let Some(a) = slots.get_mut(old).and_then(Option::take) {
            sorted.push(a);
        }
    }
    mentions.retain(|m| new_index.get(m.actor).is_some_and(|&n| n != usize::MAX));
    for m in &mut mentions {
        m.actor = new_index[m.actor];
    }
    crate::sort::by_key(&mut mentions, |m| crate::sort::pair(m.span.0, m.span.1));
    mentions.dedup_by_key(|m| (m.span, m.actor));
    for g in &mut groups {
        g.members = g.members.iter().filter_map(|&m| new_index.get(m).copied().filter(|&n| n != usize::MAX)).collect();
    }
    groups.retain(|g| !g.members.is_empty());
    Actors { list: sorted, mentions, groups }
}
