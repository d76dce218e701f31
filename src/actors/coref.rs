//! Coreference within the article: a surname alone, "the Russian president", "his American
//! counterpart", "the Prime Minister" and "the two leaders" are tied to actors named before,
//! or, for a title alone, to the office holder of the article's date.

use super::lexicon::Role;
use super::people::{Affiliation, PersonPhrase};
use super::{Actor, Builder, Group, Key, MentionKind};
use crate::data::FastMap;
use crate::text::TokenKind;
use crate::timeline::ActorKind;

/// Adds one person phrase to the actors.
pub(crate) fn add_phrase(b: &mut Builder<'_>, p: &PersonPhrase) {
    match p {
        PersonPhrase::Named { span, name, known, titles, affiliation } => {
            let Some(i) = named(b, *name, *known, titles, affiliation) else { return };
            let kind = if b.list.get(i).is_some_and(|a| a.name == b.doc.slice(name.0, name.1)) {
                MentionKind::Name
            } else {
                MentionKind::Surname
            };
            // The phrase ends with the name (an apposition after it is not part of the mention).
            let phrase = (span.0.min(name.0), name.1);
            b.add_phrase_mention(*name, phrase, i, kind);
            for &t in titles {
                b.add_title(i, t);
            }
            if span.0 < name.0 {
                b.honored.push(((span.0, name.0), i));
            }
        }
        PersonPhrase::Honorific { span } => {
            // The first person introduced with the same honorific: a release's principal.
            let said = b.doc.slice(span.0, span.1).as_bytes();
            let introduced_so = |&&((s, e), _): &&((usize, usize), usize)| {
                let before = b.doc.slice(s, e).trim_start().as_bytes();
                before.get(..said.len()).is_some_and(|h| h.eq_ignore_ascii_case(said))
            };
            // Only the people honoured since the last search for the same words are read.
            let lower = said.to_ascii_lowercase();
            let (searched, found) = b.honorific_search.get(&lower).copied().unwrap_or((0, None));
            let found = found.or_else(|| b.honored.get(searched..)?.iter().find(introduced_so).map(|&(_, i)| i));
            b.honorific_search.insert(lower, (b.honored.len(), found));
            if let Some(i) = found {
                b.add_mention(*span, i, MentionKind::Title);
            }
        }
        PersonPhrase::TitleOnly { span, title, affiliation } => {
            let text = b.doc.slice(span.0, span.1);
            let is_indefinite = |w: &str| ["a", "an", "one", "another"].iter().any(|x| w.eq_ignore_ascii_case(x));
            // "A senior U.S. official said": an article and an adjective before the phrase.
            let mut before = b.doc.text.get(..span.0).unwrap_or("").split_whitespace().rev();
            let (adjective, article) = (before.next(), before.next());
            let indefinite_before =
                article.is_some_and(is_indefinite) && adjective.is_some_and(|w| w.chars().all(char::is_lowercase));
            // Where an unnamed source's phrase starts: "a Kremlin spokesman", "senior U.S. official".
            // A capitalised word there names whose ("a Congress spokesman"): the source starts
            // at the article.
            let word_start = |end: usize| {
                b.doc.text.get(..end).and_then(|t| t.trim_end().rfind(char::is_whitespace)).map_or(0, |k| k + 1)
            };
            let capitalised_before = article.is_some_and(is_indefinite)
                && adjective.is_some_and(|w| w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase));
            let source = if indefinite_before {
                Some(word_start(span.0))
            } else if capitalised_before {
                Some(word_start(word_start(span.0)))
            } else {
                text.split_whitespace().next().is_some_and(is_indefinite).then_some(span.0)
            };
            if let Some(start) = source {
                if let Some(i) = anonymous(b, (start, span.1), *title, affiliation) {
                    b.add_mention(*span, i, MentionKind::Title);
                }
            } else if adjective.is_some_and(is_indefinite) {
                // "a head of state" (and "an Arab head of state", whose source is above, and not
                // an official): anyone with the title, no one named.
            } else if in_headline(b, span.0) && !named_before(b, span.0, *title, affiliation) {
                // "Prime Minister's meeting with President of Indonesia": a headline's titles
                // name the people its article introduces; they are read at the end.
                b.headline_titles.push((*span, *title, *affiliation));
            } else if let Some(i) = resolve_title(b, span.0, *title, affiliation) {
                b.add_mention(*span, i, MentionKind::Title);
            } else if !named_after(b, span.1) {
                for_the_state(b, *span, affiliation);
            }
        }
        PersonPhrase::Office { span, title, countries } => {
            let mut members = Vec::with_capacity(countries.len());
            for &c in countries {
                let aff = Affiliation { country: Some(c), organization: None };
                let i = resolve_title(b, span.0, *title, &aff).unwrap_or_else(|| b.state(c));
                if !members.contains(&i) {
                    members.push(i);
                    b.add_mention(*span, i, MentionKind::Title);
                }
            }
            b.groups.push(Group { span: *span, members });
        }
        PersonPhrase::Group { span, states, rank, count, title } => {
            let members = group_members(b, span.0, *states, *rank, *count, *title);
            // A state named only through the group ("the two countries" after two presidents)
            // is named there.
            for &m in &members {
                if b.list.get(m).is_some_and(|a| a.mentions.is_empty()) {
                    b.add_member_mention(*span, m);
                }
            }
            if !members.is_empty() {
                b.groups.push(Group { span: *span, members });
            }
        }
    }
}

/// Whether byte `at` lies in the article's headline.
fn in_headline(b: &Builder<'_>, at: usize) -> bool {
    b.doc.headline.is_some_and(|h| b.doc.sentence_at(at) == Some(h))
}

/// Whether someone of this title (and country) was named before byte `at`.
fn named_before(b: &Builder<'_>, at: usize, title: u16, aff: &Affiliation) -> bool {
    let country = country_of(b, aff);
    b.recent
        .iter()
        .filter_map(|&i| b.list.get(i))
        .any(|a| a.mentions.first().is_some_and(|m| m.0 < at) && holds(b, a, title, country))
}

/// Whether actor `a` holds a title that fits `title`, of `country` when one is given.
fn holds(b: &Builder<'_>, a: &Actor, title: u16, country: Option<&str>) -> bool {
    country.is_none_or(|c| a.country == Some(c)) && a.titles.iter().any(|&t| compatible(b, t, title))
}

/// "Taiwan's Vice Foreign Minister visited Russia": an official no one names acts for the state.
fn for_the_state(b: &mut Builder<'_>, span: (usize, usize), aff: &Affiliation) {
    if let Some(c) = aff.country.filter(|_| aff.organization.is_none()) {
        let i = b.state(c);
        b.add_mention(span, i, MentionKind::Title);
    }
}

/// The headline's titles ("Prime Minister's meeting with President of Indonesia"): the first
/// person the article names with that title (and country), else as any other title.
pub(crate) fn headline_titles(b: &mut Builder<'_>) {
    for (span, title, aff) in std::mem::take(&mut b.headline_titles) {
        let country = country_of(b, &aff);
        let named = b
            .list
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.kind == ActorKind::Person
                    && a.mentions.first().is_some_and(|m| m.0 > span.1)
                    && holds(b, a, title, country)
            })
            .min_by_key(|(_, a)| a.mentions.first().map_or(usize::MAX, |m| m.0))
            .map(|(i, _)| i);
        match named.or_else(|| resolve_title(b, span.0, title, &aff)) {
            Some(i) => b.add_mention(span, i, MentionKind::Title),
            None => for_the_state(b, span, &aff),
        }
    }
}

/// Whether a name follows a title phrase ending at byte `end`, as an apposition or a name the
/// phrase did not take: "Russia's foreign minister, Sergei Lavrov", "..., the Rt Hon Winston
/// Peters", "Committee Chairman Ed Royce".
fn named_after(b: &Builder<'_>, end: usize) -> bool {
    let rest = b.doc.text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// "one official said", "a senior U.S. diplomat", "a Kremlin spokesman": an unnamed source,
/// an actor of its own named by the phrase ("U.S. official"). Only for officials, diplomats and
/// spokespeople; "a president" names no one.
fn anonymous(b: &mut Builder<'_>, span: (usize, usize), title: u16, aff: &Affiliation) -> Option<usize> {
    let lex = b.lex;
    let info = lex.titles.get(usize::from(title))?;
    if !matches!(info.role, Role::Official | Role::Diplomat | Role::Spokesperson | Role::Adviser) {
        return None;
    }
    let text = b.doc.slice(span.0, span.1);
    let name: String = text.split_whitespace().skip(1).collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return None;
    }
    let country = country_of(b, aff);
    Some(b.get_or_create(Key::Person(name.clone()), || Actor {
        titles: vec![title],
        organization: aff.organization,
        ..Actor::untitled_person(name, country)
    }))
}

/// Whether the article's date lies more than five years before every office of known person
/// `p` (a surname written then is someone else's).
fn before_office(b: &Builder<'_>, p: u16) -> bool {
    let Some(d) = b.date else { return false };
    let lex = b.lex;
    let terms = lex.terms_of(usize::from(p));
    !terms.is_empty()
        && terms
            .iter()
            .filter_map(|&t| lex.terms.get(t))
            .all(|t| t.from.is_some_and(|f| f.to_days() - d.to_days() > 5 * 365))
}

/// The significant words of a name (particles and initials dropped).
fn name_words(name: &str) -> Vec<&str> {
    name.split([' ', '-'])
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.ends_with('.')
                && w.chars().next().is_some_and(char::is_uppercase)
        })
        .collect()
}

/// Two names of one person: the same last word, and the same first word unless one of them is
/// a single word ("Blinken", "Antony J. Blinken", "Antony Blinken"); or the single word is
/// one of the other name's words ("Faki" in "Moussa Faki Mahamat", "Dr. Riek"); or one name
/// is the end of the other.
fn same_person(a: &[&str], b: &[&str]) -> bool {
    let (Some(al), Some(bl)) = (a.last(), b.last()) else { return false };
    if a.len() == 1 || b.len() == 1 {
        let (one, many) = if a.len() == 1 { (a, b) } else { (b, a) };
        return many.iter().any(|w| Some(w) == one.first());
    }
    // "Van-Dúnem" after "Afonso Van-Dúnem": a surname of two words, the other name's last two.
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if short.len() < long.len() && long.ends_with(short) {
        return true;
    }
    al == bl && a.first() == b.first()
}

/// The actor of a named person, created or found.
fn named(
    b: &mut Builder<'_>,
    name: (usize, usize),
    known: Option<u16>,
    titles: &[u16],
    aff: &Affiliation,
) -> Option<usize> {
    let lex = b.lex;
    let text = b.doc.slice(name.0, name.1);
    // A name ending with an institution's word is a place's ("Shaikh Zayed Grand Mosque").
    if known.is_none()
        && text.rsplit(' ').next().is_some_and(|w| text.contains(' ') && lex.institution_words.contains(&w))
    {
        return None;
    }
    // A surname alone ("Bush") names its office holder only in office, after a title, or
    // once the full name has been read.
    let single = !text.contains(' ');
    // "Mrs. Kennedy" beside "Mr. Kennedy": a surname after a woman's honorific, that the text
    // also writes after a man's, names a woman of that name only (one with a woman's given name).
    let woman = single && super::gender::honorific_before(b.doc.text, name.0) < 0 && called_mister(b, text);
    let female_ok = |full: &str| !woman || super::gender::female_given(full);
    let in_office = |q: usize| lex.term_at(q, b.date).is_some_and(|t| t.covers(b.date));
    // "President Carter" in 1978 is Jimmy Carter, not the namesake the surname was first
    // written for: the person of that surname in office on the date.
    let known = known.map(|p| match lex.people_by_last_word.get(text) {
        // "Bush" after "George W. Bush": the namesake the article has named already (the one in
        // office, if several are named).
        Some(namesakes)
            if single
                && !b.has_known(p)
                && !(b.date.is_some() && in_office(usize::from(p)))
                && namesakes.iter().any(|&q| b.has_known(q as u16)) =>
        {
            let named = || namesakes.iter().copied().filter(|&q| b.has_known(q as u16));
            named().find(|&q| b.date.is_some() && in_office(q)).or_else(|| named().next()).map_or(p, |q| q as u16)
        }
        Some(namesakes) if single && !in_office(usize::from(p)) => {
            namesakes.iter().copied().find(|&q| in_office(q)).map_or(p, |q| q as u16)
        }
        _ => p,
    });
    // "President Johnson" in 1966 is not a namesake whose first office came decades later.
    let known = known.filter(|&p| !single || in_office(usize::from(p)) || b.has_known(p) || !before_office(b, p));
    let known = known.filter(|&p| lex.people.get(usize::from(p)).is_some_and(|k| female_ok(k.name)));
    if let Some(p) = known {
        let term_ok = in_office(usize::from(p));
        let seen = b.has_known(p);
        if single && titles.is_empty() && !term_ok && !seen {
            return None;
        }
        let i = b.known_person(p);
        // Found again by any word of the full name ("Mr Wang" after "Wang Yi"), registered once.
        if b.known_words.insert(p, ()).is_none() {
            let full = lex.people.get(usize::from(p)).map_or("", |k| k.name);
            register_words(b, &name_words(full), i);
        }
        return Some(i);
    }
    // "Sir Keir", "Prince Faisal": a knight or a royal named again by the given name
    // (`given_name_titles.txt`).
    let before = || b.doc.token_at(name.0).checked_sub(1).and_then(|k| b.doc.tokens.get(k));
    if !text.contains(' ') && before().is_some_and(|t| lex.given_name_titles.contains(&t.text(b.doc.text))) {
        let given = |a: &Actor| {
            let words = name_words(&a.name);
            words.len() >= 2 && words.first() == Some(&text)
        };
        if let Some(i) = b.list.iter().position(|a| a.kind == ActorKind::Person && given(a)) {
            return Some(i);
        }
    }
    // One space between words (a name may run over a line break).
    let spaced = !text.contains(|c: char| c.is_whitespace() && c != ' ') && !text.contains("  ");
    let mut clean = if spaced { text.to_owned() } else { text.split_whitespace().collect::<Vec<_>>().join(" ") };
    // "NIKKI HALEY" in a meeting record is Nikki Haley.
    if clean.chars().filter(|c| c.is_alphabetic()).count() > 3 && !clean.chars().any(char::is_lowercase) {
        clean = title_case(&clean);
    }
    let words = name_words(&clean);
    // A surname or partial name of someone already named: "Kiir", "Chairman Faki".
    let mut candidates: Vec<usize> = words.iter().filter_map(|w| b.person_words.get(*w)).flatten().copied().collect();
    crate::sort::by_key(&mut candidates, |&c| c as u64);
    candidates.dedup();
    let existing = candidates.into_iter().rev().find(|&i| {
        b.list
            .get(i)
            .is_some_and(|a| (a.name == clean || same_person(&words, &name_words(&a.name))) && female_ok(&a.name))
    });
    let country = country_of(b, aff);
    // A known office holder under a fuller or other form of the name ("Josaia Voreqe
    // Bainimarama"): the same last word and a term on the article's date, for the country the
    // text gives, if any ("Singapore Prime Minister Lawrence Wong" is not Australia's Penny Wong).
    if existing.is_none() && words.len() >= 2 {
        let last = words.last().copied().unwrap_or("");
        // In a patronymic name the last word is the dynasty ("Tahnoun bin Zayed Al Nahyan" is
        // not his brother "Abdullah bin Zayed Al Nahyan"): the given name must agree too.
        let patronymic = clean.split(' ').any(|w| ["bin", "ibn", "bint"].iter().any(|p| w.eq_ignore_ascii_case(p)));
        let first = words.first().copied();
        // Another given name ("President Mohamed Siad Barre" is not Prime Minister Raymond
        // Barre) is the same person only under a title that fits the office.
        let fits = |p: usize, t: &super::lexicon::Term| {
            let known_words = lex.people.get(p).map(|k| name_words(k.name)).unwrap_or_default();
            // "Donald Jamieson" is "Don Jamieson": one given name starts the other.
            let short_form = |a: &str, b: &str| a.len() >= 3 && b.starts_with(a);
            let given = known_words.first().zip(first).is_some_and(|(k, w)| short_form(k, w) || short_form(w, k));
            let shared = given || words.iter().rev().skip(1).any(|w| known_words.contains(w));
            let office = lex.title_by_name.get(t.title).copied();
            shared || office.is_some_and(|o| titles.iter().any(|&x| compatible(b, x, o)))
        };
        let known = lex.people_by_last_word.get(last).into_iter().flatten().copied().find(|&p| {
            (!patronymic || lex.people.get(p).and_then(|k| k.name.split([' ', '-']).next()) == first)
                && b.date.is_some()
                && lex
                    .term_at(p, b.date)
                    .is_some_and(|t| t.covers(b.date) && country.is_none_or(|c| c == t.country) && fits(p, t))
        });
        if let Some(p) = known {
            return Some(b.known_person(p as u16));
        }
    }
    if existing.is_none() && words.len() == 1 && !titles.is_empty() && !woman {
        if let Some(p) = titled_holder(b, words.first().copied().unwrap_or(""), titles, country) {
            return Some(b.known_person(p as u16));
        }
    }
    // "Mr Ahern" in 1998: a surname alone is the one office holder of that surname on the date
    // (of the country given, if any), when no one else of the article bears it.
    if existing.is_none() && words.len() == 1 && titles.is_empty() && b.date.is_some() {
        let word = words.first().copied().unwrap_or("");
        let mut holders = lex.people_by_last_word.get(word).into_iter().flatten().copied().filter(|&p| {
            lex.term_at(p, b.date).is_some_and(|t| t.covers(b.date) && country.is_none_or(|c| c == t.country))
                && lex.people.get(p).is_some_and(|k| female_ok(k.name))
        });
        let first = holders.next();
        let full = |p: usize| lex.people.get(p).map(|k| k.name);
        if let Some(p) = first.filter(|&p| holders.all(|q| full(q) == full(p))) {
            return Some(b.known_person(p as u16));
        }
    }
    let i = match existing {
        Some(i) => {
            if let Some(a) = b.list.get_mut(i) {
                // A fuller name replaces a partial one ("Faki" then "Moussa Faki Mahamat").
                if a.known.is_none() && name_words(&a.name).len() < words.len() {
                    let old = std::mem::replace(&mut a.name, clean.clone());
                    a.aliases.push(old);
                }
                if a.country.is_none() {
                    a.country = country;
                }
            }
            i
        }
        None => b.get_or_create(Key::Person(clean.clone()), || Actor {
            organization: aff.organization,
            ..Actor::untitled_person(clean.clone(), country)
        }),
    };
    register_words(b, &words, i);
    Some(i)
}

/// Lets a person be found again by the words of a name.
fn register_words(b: &mut Builder<'_>, words: &[&str], i: usize) {
    for &w in words {
        match b.person_words.get_mut(w) {
            Some(list) if !list.contains(&i) => list.push(i),
            Some(_) => {}
            None => {
                b.person_words.insert(w.to_owned(), vec![i]);
            }
        }
    }
}

/// "PM Lee", "President Xi": the office holder on the article's date with a fitting title whose
/// name begins or ends with the word (family names come first in Chinese, Korean and
/// Singaporean names), of the country given, else of the country the article names most; none
/// when two fit equally.
fn titled_holder(b: &Builder<'_>, word: &str, titles: &[u16], country: Option<&str>) -> Option<usize> {
    let lex = b.lex;
    b.date?;
    let mut best: Option<(usize, usize)> = None;
    let mut tied = false;
    let by_first = lex.people_by_first_word.get(word).into_iter().flatten();
    let by_last = lex.people_by_last_word.get(word).into_iter().flatten();
    for &p in by_first.chain(by_last) {
        let Some(term) = lex.term_at(p, b.date).filter(|t| t.covers(b.date)) else { continue };
        if country.is_some_and(|c| c != term.country) {
            continue;
        }
        let Some(&office) = lex.title_by_name.get(term.title) else { continue };
        if !titles.iter().any(|&t| compatible(b, t, office)) {
            continue;
        }
        let named = lex.country_by_code.get(term.country).and_then(|c| b.country_mentions.get(c)).copied().unwrap_or(0);
        match best {
            Some((_, n)) if n > named => {}
            Some((_, n)) if n == named => tied = true,
            _ => {
                best = Some((p, named));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(p, _)| p)
}

/// "LLORENTTY SOLÍZ" as "Llorentty Solíz": each word's first letter kept, the rest in lower case.
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, ' ' | '-' | '\'' | '’');
    }
    out
}

/// The country code an affiliation gives (a state, or an organisation that speaks as one, like
/// the EU).
fn country_of(b: &Builder<'_>, aff: &Affiliation) -> Option<&'static str> {
    let lex = b.lex;
    // Someone of an organisation speaks for it, not for the country of the portfolio:
    // "U.N. Syria envoy Lakhdar Brahimi".
    if let Some(o) = aff.organization.and_then(|o| lex.organizations.get(usize::from(o))) {
        return o.country;
    }
    aff.country.and_then(|c| lex.countries.get(usize::from(c)).map(|c| c.code))
}

/// Two titles fit the same person when they are the same, give the same role, or the words of
/// one are all in the other ("the Secretary" and "Secretary of State", "the Minister" and
/// "Foreign Minister"; not "Prime Minister" and "Foreign Minister").
fn compatible(b: &Builder<'_>, a: u16, c: u16) -> bool {
    let lex = b.lex;
    let title = |t: u16| lex.titles.get(usize::from(t));
    let role = |t: u16| title(t).map(|t| t.role);
    if a == c || role(a).is_some() && role(a) == role(c) {
        return true;
    }
    match (title(a), title(c)) {
        (Some(x), Some(y)) => {
            let (short, long) = if x.words.len() <= y.words.len() { (x, y) } else { (y, x) };
            !short.words.is_empty() && short.words.iter().all(|w| long.words.contains(w))
        }
        _ => false,
    }
}

/// "the Prime Minister", "the Russian president", "his American counterpart".
fn resolve_title(b: &mut Builder<'_>, at: usize, title: u16, aff: &Affiliation) -> Option<usize> {
    let lex = b.lex;
    let country = country_of(b, aff);
    let info = lex.titles.get(usize::from(title))?;
    // "his Russian counterpart", "the South Sudanese leader", "the top U.S. diplomat": whoever
    // of that country was named last.
    let relational = lex.relational.contains(&info.name);
    // "his guest", "the counterpart" with no country name no one in particular.
    if relational && country.is_none() {
        return None;
    }
    // The person of that title (and country) named most recently before; someone who holds
    // the very title goes before someone of a compatible one ("the Foreign Secretary" is the
    // one introduced so, not the Kenyan foreign minister named since).
    // Without a country, of two who fit the one named more often so far (the article's
    // protagonist: "the Head of State" in a presidency's release) goes first.
    // After a quote ("..." the President said) the speaker just written about goes first, as before.
    let after_quote = || {
        let before = b.doc.text.get(..at).unwrap_or("").trim_end().trim_end_matches(',').trim_end();
        before.ends_with(['"', '\u{201D}', '\u{2019}'])
    };
    let by_salience = country.is_none() && !relational && !after_quote();
    let mut best: Option<(bool, usize, usize, usize)> = None;
    for &i in &b.recent {
        let Some(a) = b.list.get(i) else { continue };
        // Mentions are added in text order, so the last one is the latest before `at`.
        let Some(last) = a.mentions.last().map(|m| m.0).filter(|&s| s < at) else { continue };
        let fits = relational && country.is_some_and(|c| a.country == Some(c)) || holds(b, a, title, country);
        let exact = a.titles.contains(&title);
        let salience = if by_salience { a.mentions.len() } else { 0 };
        if fits && best.is_none_or(|(e, n, _, l)| (exact, salience, last) > (e, n, l)) {
            best = Some((exact, salience, i, last));
        }
    }
    let best = best.map(|(_, _, i, last)| (i, last));
    if let Some((i, _)) = best {
        return Some(i);
    }
    if relational {
        return None;
    }
    // The office holder on the article's date: in the country given, or in the country the
    // article is about.
    let date = b.date?;
    let holder = match country {
        Some(c) => lex.holder(info.name, c, Some(date)),
        None => home_holder(b, at, info.name, info.role),
    }?;
    let i = b.known_person(holder as u16);
    b.add_title(i, title);
    Some(i)
}

/// The holder of a title in the country the article speaks for: among the countries named
/// before or in the sentence, one where the title is held on the date (where the head of
/// government leads, for "the Prime Minister"), not the country of someone named in the same
/// sentence (leaders speak with foreign leaders), and not already held by someone named; else
/// the holder of that office whom the article names anywhere (a communiqué may name its
/// President only at the end); else the governments that publish English readouts (`home.tsv`).
fn home_holder(b: &Builder<'_>, at: usize, title: &str, role: Role) -> Option<usize> {
    let lex = b.lex;
    let sentence = b.doc.sentence_at(at).and_then(|s| b.doc.sentences.get(s)).map_or((at, at), |s| (s.start, s.end));
    let excluded: Vec<&'static str> =
        b.doc.sentence_at(at).and_then(|s| b.sentence_countries.get(&s)).cloned().unwrap_or_default();
    let usable = |code: &'static str| -> Option<usize> {
        if excluded.contains(&code) {
            return None;
        }
        let p = lex.holder(title, code, b.date)?;
        let taken = b.list.iter().any(|a| {
            a.kind == ActorKind::Person
                && a.country == Some(code)
                && a.known != Some(p as u16)
                && a.titles.iter().any(|&t| lex.titles.get(usize::from(t)).is_some_and(|x| x.name == title))
        });
        (!taken).then_some(p)
    };
    // Candidates, most mentioned first (ties by code); the first usable one wins.
    let mut candidates: Vec<(usize, &'static str)> = Vec::new();
    for (&c, &count) in &b.country_mentions {
        let code = lex.countries.get(usize::from(c))?.code;
        if b.country_first.get(&c).is_none_or(|&first| first >= sentence.1) {
            continue;
        }
        let leads = match role {
            Role::HeadOfGovernment => lex.parliamentary.contains(&code),
            Role::HeadOfState => !lex.parliamentary.contains(&code),
            _ => true,
        };
        // "the Prime Minister" of a country led by its president is not the article's voice.
        if leads {
            candidates.push((count, code));
        }
    }
    crate::sort::by_key(&mut candidates, |&(count, code)| {
        let code = code.bytes().take(2).fold(0u64, |k, b| k << 8 | u64::from(b));
        (u64::from(u32::MAX) - count.min(u32::MAX as usize) as u64) << 16 | code
    });
    // Else someone the article names (later, as its communiqués do: "The President of the
    // Republic ... Emmanuel Macron wrote") who held the title on the date; else the default.
    let named = || {
        let holders = b.named_holders.get(title)?;
        holders.iter().find_map(|&(p, country)| usable(country).filter(|&holder| holder == p))
    };
    candidates.into_iter().find_map(|(_, code)| usable(code)).or_else(named).or_else(|| {
        lex.home.iter().filter(|(t, _)| *t == title).flat_map(|(_, codes)| codes.iter()).find_map(|&c| usable(c))
    })
}

/// "the two leaders": the leaders named last before the phrase; "both sides": their states.
/// People up to protocol rank `max_rank` are meant ("leaders": heads of state and government),
/// or any of a minister's rank when fewer than two are named; a number the ranked people do not
/// reach ("the three leaders") takes that many of anyone named.
fn group_members(
    b: &mut Builder<'_>,
    at: usize,
    states: bool,
    max_rank: u8,
    count: u8,
    title: Option<u16>,
) -> Vec<usize> {
    let lex = b.lex;
    let any_rank = max_rank >= 9;
    let rank = |a: &Actor| a.titles.first().and_then(|&t| lex.titles.get(usize::from(t))).map_or(9, |t| t.rank);
    let named_before = |a: &Actor| a.mentions.first().is_some_and(|m| m.0 < at);
    let ranked =
        b.recent.iter().filter_map(|&i| b.list.get(i)).filter(|a| rank(a) <= max_rank && named_before(a)).count();
    // "the three leaders" after two heads of government and an opposition leader: a number the
    // ranked people do not reach takes in the others named.
    let needed = usize::from(count).max(2);
    let max_rank = if ranked >= needed {
        max_rank
    } else if count > 2 {
        9
    } else {
        max_rank.max(crate::actors::people::GROUP_RANK)
    };
    let mut people: Vec<(usize, (usize, usize))> = b
        .recent
        .iter()
        .filter_map(|&i| b.list.get(i).map(|a| (i, a)))
        // "the two countries" are any two named; "the two leaders" those of a leader's rank.
        .filter(|(_, a)| if states { a.country.is_some() } else { rank(a) <= max_rank })
        .filter_map(|(i, a)| {
            let before = starting_before(&a.mentions, at);
            a.mentions.last().map(|m| m.0).filter(|&l| l < at).map(|l| (i, (before, l)))
        })
        .collect();
    // "the two premiers": those who hold that office, when enough of them are named.
    if let Some(t) = title {
        let holds = |i: usize| b.list.get(i).is_some_and(|a| a.titles.iter().any(|&x| compatible(b, x, t)));
        if people.iter().filter(|&&(i, _)| holds(i)).count() >= needed {
            people.retain(|&(i, _)| holds(i));
        }
    }
    // "Albright received the three ministers": the subject of the verb right before the phrase
    // is not among its objects.
    if let Some(subject) = subject_before(b, at) {
        people.retain(|&(i, _)| i != subject);
    }
    // Two leaders named in the phrase's sentence before it are the ones meant ("no meeting
    // between Yudhoyono and Thein Sein was scheduled, although the two leaders met briefly").
    // Else, when no one is named before it in its sentence, the two named in the sentence
    // before, in the same paragraph ("Prime Minister met Scott Morrison. The two leaders had
    // spoken on the telephone"). For countries, two people of two countries, or more of them
    // ("Erdogan, Cavusoglu and Putin met").
    let named_between = |from: usize, to: usize| -> Vec<usize> {
        people
            .iter()
            .filter(|&&(i, _)| {
                // Mentions are in text order: the first one from `from` on.
                b.list
                    .get(i)
                    .is_some_and(|a| a.mentions.get(starting_before(&a.mentions, from)).is_some_and(|m| m.0 < to))
            })
            .map(|&(i, _)| i)
            .collect()
    };
    let mut take = needed;
    if let Some(si) = b.doc.sentence_at(at) {
        let sentence = b.doc.sentences.get(si);
        let mut named = sentence.map_or(Vec::new(), |s| named_between(s.start, at));
        if named.is_empty() {
            let before = si.checked_sub(1).and_then(|p| b.doc.sentences.get(p));
            if let (Some(p), Some(s)) = (before, sentence) {
                // "The envoys met ...": the people named in the last sentence of the paragraph
                // before, for a group of any rank that opens a paragraph.
                let opens = any_rank && p.paragraph != s.paragraph;
                if p.paragraph == s.paragraph || opens {
                    named = named_between(p.start, p.end);
                }
            }
        }
        let two_countries = || {
            named.iter().all(|&i| b.list.get(i).is_some_and(|a| a.country.is_some()))
                && countries_of(b, &named, usize::MAX).len() == 2
        };
        if named.len() == 2 && count <= 2 || states && two_countries() {
            people.retain(|(i, _)| named.contains(i));
        }
        // "President Boni Yayi, President Koroma and President Pires ... The envoys met": as
        // many as were named together, when the phrase gives no number (or that number).
        let wanted = if count > 0 { usize::from(count) } else { named.len() };
        if !states && wanted > 2 && named.len() == wanted {
            people.retain(|(i, _)| named.contains(i));
            take = wanted;
        }
        // "the envoys", "the mediators" (people of any rank) are only those just named.
        if !states && any_rank && named.len() < 2 {
            return Vec::new();
        }
    }
    // The leaders the article is about: named most often so far, then most recently.
    crate::sort::by_key(&mut people, |&(_, (n, l))| u64::MAX - crate::sort::pair(n, l));
    let ids: Vec<usize> = people.into_iter().map(|(i, _)| i).collect();
    let mut members: Vec<usize> = if states {
        // "the two countries": the two countries of the people named most, each once.
        countries_of(b, &ids, 2)
            .into_iter()
            .filter_map(|code| lex.country_by_code.get(code).copied())
            .map(|c| b.state(c))
            .collect()
    } else {
        ids.into_iter().take(take).collect()
    };
    crate::sort::by_key(&mut members, |&m| m as u64);
    members
}

/// Verbs whose object a counted group may be (`object_verbs.txt`), besides the regular past.
fn object_verbs() -> &'static crate::data::WordSet {
    crate::data::word_set!("actors/object_verbs.txt")
}

/// The person named right before the one or two lower-case words (a verb) that come before byte
/// `at`: "Albright received" before "the three ministers".
fn subject_before(b: &Builder<'_>, at: usize) -> Option<usize> {
    let doc = b.doc;
    let t = doc.token_at(at);
    // A verb in the past ("received", "met") or the present ("hosts"), an adverb before it.
    let verb_word = |k: usize| {
        doc.tokens.get(k).is_some_and(|x| {
            let w = x.text(doc.text);
            x.kind == crate::text::TokenKind::Word
                && (w.len() > 3 && w.ends_with("ed") && w != "said" || object_verbs().contains_key(w))
        })
    };
    let adverb = |k: usize| doc.tokens.get(k).is_some_and(|x| x.text(doc.text).ends_with("ly"));
    let verbs = match t.checked_sub(1) {
        Some(v) if verb_word(v) => 1 + usize::from(t >= 2 && adverb(t - 2)),
        _ => 0,
    };
    let end = doc.tokens.get(t.checked_sub(verbs + 1).filter(|_| verbs > 0)?)?.end();
    b.recent
        .iter()
        .copied()
        .find(|&i| b.list.get(i).is_some_and(|a| a.kind == ActorKind::Person && a.mentions.iter().any(|m| m.1 == end)))
}

/// Whether the text writes `surname` after a man's honorific somewhere ("Mr. Kennedy").
fn called_mister(b: &Builder<'_>, surname: &str) -> bool {
    misters(b).contains_key(surname)
}

/// The capitalised words the text writes after a man's honorific, read once.
fn misters<'b>(b: &'b Builder<'_>) -> &'b FastMap<&'b str, ()> {
    let doc = b.doc;
    b.misters.get_or_init(|| {
        let key = |k: usize| doc.keys.get(k).copied().unwrap_or(0);
        // From each honorific to the word after it, or after its full stop ("Mr. Kennedy"):
        // honorifics are few, and capitalised.
        let capital =
            |t: &crate::text::Token| t.kind == TokenKind::Word && t.text(doc.text).starts_with(char::is_uppercase);
        doc.tokens
            .iter()
            .enumerate()
            .filter(|&(k, t)| capital(t) && super::gender::male_honorific(key(k)))
            .filter_map(|(k, _)| {
                let next = if doc.tokens.get(k + 1).is_some_and(|t| t.text(doc.text) == ".") { k + 2 } else { k + 1 };
                doc.tokens.get(next).filter(|t| capital(t))
            })
            .map(|t| (t.text(doc.text), ()))
            .collect()
    })
}

/// The countries of actors `ids`, each once, in their order, at most `limit`.
fn countries_of(b: &Builder<'_>, ids: &[usize], limit: usize) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = Vec::new();
    for code in ids.iter().filter_map(|&i| b.list.get(i)?.country) {
        if codes.len() < limit && !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// How many of `mentions` (in text order) start before byte `at`, counted from the end: `at`
/// is near where the reading is, so few of them lie after it.
fn starting_before(mentions: &[(usize, usize)], at: usize) -> usize {
    mentions.len() - mentions.iter().rev().take_while(|m| m.0 >= at).count()
}

/// The government the article speaks for: the country of the person named most often (by
/// full name or title, before surnames alone are found).
pub(crate) fn home_country(b: &Builder<'_>) -> Option<&'static str> {
    b.list
        .iter()
        .filter(|a| a.kind == ActorKind::Person && a.country.is_some())
        .max_by_key(|a| a.mentions.len())
        .and_then(|a| a.country)
}

/// People with a government title but no country named (a Kremlin readout's "First Deputy
/// Prime Minister Igor Shuvalov") serve the government the article speaks for, `home`; or, met
/// abroad, their host ([`met_abroad`]).
pub(crate) fn place_in_government(b: &mut Builder<'_>, home: &'static str) {
    let lex = b.lex;
    let government = |a: &Actor| {
        a.titles.iter().filter_map(|&t| lex.titles.get(usize::from(t))).any(|t| {
            matches!(
                t.role,
                Role::HeadOfGovernment
                    | Role::ForeignMinister
                    | Role::Minister
                    | Role::DeputyHead
                    | Role::Spokesperson
                    | Role::Official
                    | Role::Adviser
            )
        })
    };
    let unplaced =
        |a: &Actor| a.kind == ActorKind::Person && a.country.is_none() && a.organization.is_none() && government(a);
    let abroad = met_abroad(b, home, &unplaced);
    // A prime minister is not the home country's when the table knows its leaders and none was
    // a prime minister ("Prime Minister Majali" in a story about Clinton's trip).
    // (The table is read only when such a prime minister is named.)
    let premier = |a: &Actor| {
        a.titles.iter().any(|&t| lex.titles.get(usize::from(t)).is_some_and(|x| x.role == Role::HeadOfGovernment))
    };
    let no_premiers = b.list.iter().any(|a| unplaced(a) && premier(a)) && {
        let role_of = |t: &str| lex.title_by_name.get(t).and_then(|&x| lex.titles.get(usize::from(x))).map(|x| x.role);
        let mut home_terms = lex.terms.iter().filter(|t| t.country == home).peekable();
        home_terms.peek().is_some() && !home_terms.any(|t| role_of(t.title) == Some(Role::HeadOfGovernment))
    };
    // "China was represented by Vice Foreign Minister Cui Tiankai".
    let represented: Vec<Option<&'static str>> = b
        .list
        .iter()
        .map(|a| if unplaced(a) { a.mentions.first().and_then(|m| represented_by(b, m.0)) } else { None })
        .collect();
    for ((a, abroad), represented) in b.list.iter_mut().zip(abroad).zip(represented) {
        if unplaced(a) {
            a.country = represented.or(abroad).or((!(no_premiers && premier(a))).then_some(home));
        }
    }
}

/// "China was represented by Vice Foreign Minister Cui Tiankai": the state named last before
/// "represented by" (up to six tokens before byte `at`, where a person is first named) in the
/// same sentence.
fn represented_by(b: &Builder<'_>, at: usize) -> Option<&'static str> {
    let doc = b.doc;
    let word = |k: usize| doc.tokens.get(k).map_or("", |t| t.text(doc.text));
    let t = doc.token_at(at);
    let s = doc.sentence_at(at).and_then(|si| doc.sentences.get(si))?;
    let by = (t.saturating_sub(7).max(s.first_token + 1)..t)
        .rev()
        .find(|&k| word(k) == "by" && word(k - 1) == "represented")?;
    let verb = doc.tokens.get(by - 1)?.start();
    let last = b.mentions.iter().filter(|m| m.span.0 >= s.start && m.span.1 <= verb).max_by_key(|m| m.span.0)?;
    b.list.get(last.actor).filter(|a| a.kind == ActorKind::State).and_then(|a| a.country)
}

/// "In Apia on Wednesday, I met Prime Minister Fiamē Naomi Mata'afa": for each actor that
/// `unplaced` picks, the country of a foreign capital or city brought in by "in" or "at" before
/// their first mention (or right after it), when "I" or another person comes before them in that
/// sentence (the one who meets them). Read only in the sentences where such people are first
/// named.
fn met_abroad(b: &Builder<'_>, home: &'static str, unplaced: &dyn Fn(&Actor) -> bool) -> Vec<Option<&'static str>> {
    // The sentences wanted, as (start, end, index), in text order.
    let mut wanted: Vec<(usize, usize, usize)> = b
        .list
        .iter()
        .filter(|a| unplaced(a))
        .filter_map(|a| a.mentions.first())
        .filter_map(|m| b.doc.sentence_at(m.0).and_then(|si| b.doc.sentences.get(si).map(|s| (s.start, s.end, si))))
        .collect();
    crate::sort::by_key(&mut wanted, |w| crate::sort::pair(w.0, w.1));
    wanted.dedup();
    // For each: the foreign place (country, start), and where a person is first named.
    let mut place: Vec<Option<(&'static str, usize)>> = vec![None; wanted.len()];
    let mut first_person = vec![usize::MAX; wanted.len()];
    for m in &b.mentions {
        let w = wanted.partition_point(|w| w.1 <= m.span.0);
        if wanted.get(w).is_none_or(|s| s.0 > m.span.0) {
            continue;
        }
        let Some(a) = b.list.get(m.actor) else { continue };
        if matches!(m.kind, MentionKind::Capital | MentionKind::City) && a.country != Some(home) {
            let token = b.doc.token_at(m.span.0);
            let brought_in = token.checked_sub(1).and_then(|p| b.doc.tokens.get(p)).is_some_and(|t| {
                let w = t.text(b.doc.text);
                w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("at")
            });
            if let Some(slot) = place.get_mut(w).filter(|_| brought_in) {
                *slot = slot.or(a.country.map(|c| (c, m.span.0)));
            }
        } else if a.kind == ActorKind::Person {
            if let Some(slot) = first_person.get_mut(w) {
                *slot = (*slot).min(m.span.0);
            }
        }
    }
    let host = |first: usize, last: usize| -> Option<&'static str> {
        let w = wanted.partition_point(|w| w.1 <= first);
        let (country, at) = (*place.get(w)?)?;
        let sentence = b.doc.sentences.get(wanted.get(w)?.2)?;
        let tokens = b.doc.tokens.get(sentence.first_token..sentence.end_token)?;
        let we = tokens.iter().take_while(|t| t.start() < first).any(|t| t.text(b.doc.text) == "I");
        // The place is before them, or right after their name ("held talks with the deputy prime
        // minister, X, in Kabul"; the "in" that brings the place is before `at`).
        let from = tokens.partition_point(|t| t.start() < last);
        let between = tokens.get(from..tokens.partition_point(|t| t.start() < at)).unwrap_or(&[]);
        let next = at < first || between.iter().filter(|t| t.text(b.doc.text) != ",").count() <= 1;
        (next && (we || first_person.get(w).is_some_and(|&f| f < first))).then_some(country)
    };
    b.list.iter().map(|a| a.mentions.first().filter(|_| unplaced(a)).and_then(|m| host(m.0, m.1))).collect()
}

/// Surnames of people named in the article, found again alone ("Ushakov expounded").
pub(crate) fn surnames(b: &mut Builder<'_>) {
    // Each word: its person, and for a given name where that person is first named.
    let mut keys: FastMap<String, (usize, Option<usize>)> = FastMap::default();
    let mut family: Vec<(String, usize)> = Vec::new();
    // "Mamata, who arrived in Dhaka" after "Chief Minister Mamata Banerjee": a given name that
    // only one person of the article has (see below).
    let mut given: FastMap<&str, Option<usize>> = FastMap::default();
    // Words inside a name ("Shia" of "Mohammed Shia al-Sudani"), which may be common words.
    let mut middle: Vec<&str> = Vec::new();
    for (i, a) in b.list.iter().enumerate() {
        if a.kind != ActorKind::Person {
            continue;
        }
        let words = name_words(&a.name);
        // "Rodriguez said" after "Bruno Rodriguez Parrilla" (the name is written "Rodríguez"):
        // the later words of the full forms the text wrote too.
        let unaccented = a.aliases.iter().filter(|x| x.contains(' ') && x.is_ascii() && !a.name.is_ascii());
        let alias_words: Vec<&str> = unaccented.flat_map(|x| name_words(x).into_iter().skip(1)).collect();
        let own = words.iter().skip(1).chain(words.first().filter(|_| words.len() == 1));
        for w in own.chain(&alias_words).filter(|w| w.len() >= 3) {
            keys.entry((*w).to_owned()).or_insert((i, None));
        }
        if let [_, inner @ .., _] = words.as_slice() {
            middle.extend(inner.iter().copied());
        }
        let Some(&first) = words.first().filter(|_| words.len() > 1) else { continue };
        if a.country.is_some_and(|c| b.lex.family_first.contains(&c)) {
            // "Kim met Moon": a family name written first is found alone too.
            if first.len() >= 2 {
                family.push((first.to_owned(), i));
            }
        } else if first.chars().count() >= 4 && first.chars().all(char::is_alphabetic) {
            given.entry(first).and_modify(|x| *x = None).or_insert(Some(i));
        }
    }
    // After every later word, so that a given name never displaces a surname.
    for (w, i) in family {
        keys.entry(w).or_insert((i, None));
    }
    // A given name counts after its person is named, when it is not a month's or a weekday's
    // name, nor a word that starts no name.
    let calendar =
        |w: &str| crate::dates::lexicon::month_or_weekday(w) || super::people::not_name_words().contains_key(w);
    for (w, i) in given {
        let Some(i) = i.filter(|_| !calendar(w)) else { continue };
        let start = b.list.get(i).and_then(|a| a.mentions.first()).map_or(usize::MAX, |m| m.0);
        keys.entry(w.to_owned()).or_insert((i, Some(start)));
    }
    if keys.is_empty() {
        return;
    }
    let mut covered: Vec<(usize, usize)> = b.mentions.iter().map(|m| m.span).collect();
    crate::sort::by_key(&mut covered, |c| crate::sort::pair(c.0, c.1));
    let doc = b.doc;
    let capital = |t: &crate::text::Token| {
        t.kind == TokenKind::Word && t.text(doc.text).chars().next().is_some_and(char::is_uppercase)
    };
    // A headline in title case ("Obama, Castro Shake Hands at Summit") capitalises its verbs;
    // read only for the sentences that need it.
    let title_case = |si: usize| {
        let (n, caps) = doc.long_words_capitalised(si);
        n >= 3 && caps * 5 >= n * 4
    };
    // The people whose surname the text writes after a man's honorific somewhere.
    let male: Vec<usize> =
        misters(b).keys().filter_map(|w| keys.get(*w).filter(|(_, given)| given.is_none()).map(|&(i, _)| i)).collect();
    let mut found = Vec::new();
    for (ti, t) in doc.tokens.iter().enumerate() {
        if !capital(t) {
            continue;
        }
        let Some(&(actor, given_from)) = keys.get(t.text(doc.text)) else { continue };
        match given_from {
            // "Mrs. Kennedy" is not the man the text calls "Mr. Kennedy".
            None if male.contains(&actor) && super::gender::honorific_before(doc.text, t.start()) < 0 => continue,
            // A given name alone comes after the person's full name and before no other
            // capitalised word ("Ahmed Ali Mirza" is someone else).
            Some(from) if from >= t.start() || doc.tokens.get(ti + 1).is_some_and(|n| n.space_before && capital(n)) => {
                continue
            }
            _ => {}
        }
        let k = covered.partition_point(|s| s.1 <= t.start());
        if covered.get(k).is_some_and(|s| s.0 <= t.start()) {
            continue;
        }
        // "the Shia cleric": a word from inside a name, between an article and a lower-case
        // word, is an adjective.
        let lower =
            |n: &crate::text::Token| n.kind == TokenKind::Word && n.text(doc.text).starts_with(char::is_lowercase);
        if middle.contains(&t.text(doc.text))
            && ti
                .checked_sub(1)
                .and_then(|p| doc.tokens.get(p))
                .is_some_and(|p| matches!(p.text(doc.text), "the" | "a" | "an" | "The" | "A" | "An"))
            && doc.tokens.get(ti + 1).is_some_and(lower)
        {
            continue;
        }
        // Not the first word of a longer capitalised name ("Salman" in "King Salman" is fine,
        // "Ushakov" in "Ushakov Street" is not a mention).
        let next_is_name = doc.tokens.get(ti + 1).is_some_and(|n| n.space_before && capital(n))
            && (!doc.sentence_at(t.start()).is_some_and(title_case)
                || super::gazetteer::names_institution(doc, b.lex, ti + 1));
        if !next_is_name {
            found.push(((t.start(), t.end()), actor));
        }
    }
    for (span, actor) in found {
        b.add_mention(span, actor, MentionKind::Surname);
    }
}
