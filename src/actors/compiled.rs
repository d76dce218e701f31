//! The actor lexicon's compiled form ([`crate::compiled`]): `build.rs` builds the lexicon from
//! the data files and [`encode`]s it; [`decode`] reads it back at start-up. What is cheap to
//! derive (look-up tables, title words, the phrases' word keys) is derived again, not stored.

use super::lexicon::{
    first_word, last_word, without_diacritics, ActorLexicon, Country, Entry, KnownPerson, Organization, Role, Term,
    Title,
};
use crate::compiled::{pack_date, unpack_date, unzigzag, zigzag, Reader, Writer};
use crate::data::{FastMap, Groups};
use crate::dates::Date;
use crate::phrases::PhraseMap;

/// Writes `lex` for [`decode`].
pub fn encode(lex: &ActorLexicon, w: &mut Writer) {
    // The forms of names without diacritics are folded again when read.
    w.fold = Some(without_diacritics);
    w.seq(lex.countries.iter(), |w, c| {
        w.str(c.code);
        w.str(c.name);
    });
    w.strs(&lex.seats);
    w.seq(lex.organizations.iter(), |w, o| {
        w.str(o.id);
        w.str(o.name);
        w.opt_str(o.country);
        w.strs(&o.members);
    });
    w.seq(lex.titles.iter(), |w, t| {
        w.str(t.name);
        w.uint(t.role.number().into());
        w.uint(t.rank.into());
    });
    w.seq(lex.people.iter(), |w, p| w.text(p.name));
    // A term's person: 0 for the next one not seen yet, else how far back (people are numbered
    // in the order of their first term).
    let mut people_seen = 0;
    let (mut last_day, mut year) = (None, 2000);
    w.seq(lex.terms.iter(), |w, t| {
        w.uint((people_seen - t.person.min(people_seen)) as u64);
        people_seen = people_seen.max(t.person + 1);
        w.str(t.country);
        w.str(t.title);
        // The first day: 1 when it is the day after the last of the term before (a successor
        // taking office), else the date itself.
        // Other days are packed with their year counted from the year before (mostly a few).
        match t.from {
            Some(f) if last_day.and_then(Date::next_day) == Some(f) => w.uint(1),
            Some(f) => w.uint(pack_date(f, year) + 2),
            None => w.uint(0),
        }
        year = t.from.map_or(year, |f| f.year);
        w.uint(t.to.map_or(0, |d| pack_date(d, year) + 1));
        year = t.to.map_or(year, |d| d.year);
        last_day = t.to;
    });
    w.seq(lex.former.iter(), |w, &(now, then, from)| {
        w.uint(now.into());
        w.uint(then.into());
        w.date(Some(from));
    });
    w.seq(lex.capitals_until.iter(), |w, &(city, state, until)| {
        w.str(city);
        w.uint(state.into());
        w.date(Some(until));
    });
    w.seq(lex.home.iter(), |w, (title, codes)| {
        w.str(title);
        w.strs(codes);
    });
    for list in [
        &lex.relational,
        &lex.institution_words,
        &lex.institution_links,
        &lex.format_words,
        &lex.parliamentary,
        &lex.family_first,
        &lex.given_name_titles,
    ] {
        w.strs(list);
    }
    let mut heads: Vec<(u64, bool)> = lex.body_heads.iter().map(|(&k, &v)| (k, v)).collect();
    crate::sort::by_key(&mut heads, |&(k, _)| k);
    w.seq(heads.into_iter(), |w, (key, alone)| {
        w.uint(key);
        w.uint(alone.into());
    });
    // Each entry's index as the difference from the last of its kind (runs of one country's
    // names, one person after another).
    let mut last = [0i64; 9];
    lex.phrases.encode(w, |w, e| {
        let (tag, a, b) = match *e {
            Entry::CountryName(i) => (0, i, 0),
            Entry::CountryAdjective(i) => (1, i, 0),
            Entry::Capital(i) => (2, i, 0),
            Entry::City(i) => (3, i, 0),
            Entry::Seat(i, s) => (4, i, s),
            Entry::Organization(i) => (5, i, 0),
            Entry::Title(i) => (6, i, 0),
            Entry::Person(i) => (7, i, 0),
            Entry::Region => (8, 0, 0),
        };
        w.uint(tag);
        if let Some(prev) = last.get_mut(tag as usize) {
            w.uint(zigzag(i64::from(a) - *prev));
            *prev = i64::from(a);
        }
        if tag == 4 {
            w.uint(b.into());
        }
        guess(&lex.countries, &lex.seats, &lex.organizations, &lex.titles, &lex.people, e)
    });
    // The groups, each as its run's length and items (the first after the first item of the
    // group before, the others after the one before them), in the order of their first items.
    // A person group's word comes from its first person's name.
    let mut offices: Vec<(&(&'static str, &'static str), &[usize])> = lex.terms_by_office.iter().collect();
    crate::sort::by_key(&mut offices, |(_, items)| items.first().map_or(0, |&i| i as u64));
    let mut first = 0;
    w.seq(offices.into_iter(), |w, ((title, country), items)| {
        w.str(title);
        w.str(country);
        write_run(w, items, &mut first);
    });
    for groups in [&lex.people_by_last_word, &lex.people_by_first_word] {
        let mut runs: Vec<&[usize]> = groups.iter().map(|(_, items)| items).collect();
        crate::sort::by_key(&mut runs, |items| items.first().map_or(0, |&i| i as u64));
        let mut first = 0;
        w.seq(runs.into_iter(), |w, items| write_run(w, items, &mut first));
    }
}

/// A run of increasing numbers: its length, then each as the difference from the one before
/// (the first from `first`, the first number of the run before).
fn write_run(w: &mut Writer, items: &[usize], first: &mut usize) {
    w.uint(items.len() as u64);
    let mut prev = *first;
    for (k, &i) in items.iter().enumerate() {
        w.uint(zigzag(i as i64 - prev as i64));
        if k == 0 {
            *first = i;
        }
        prev = i;
    }
}

/// A run written by [`write_run`], appended to `items`; its length.
fn read_run(r: &mut Reader, items: &mut Vec<usize>, first: &mut usize) -> usize {
    let n = r.usize().min(1 << 20);
    let mut prev = *first as i64;
    for k in 0..n {
        prev += unzigzag(r.uint());
        let i = prev.max(0) as usize;
        if k == 0 {
            *first = i;
        }
        items.push(i);
    }
    n
}

/// The pattern an entry suggests: the canonical name of what it names (most often written
/// first of its forms).
fn guess(
    countries: &[Country],
    seats: &[&'static str],
    organizations: &[Organization],
    titles: &[Title],
    people: &[KnownPerson],
    e: &Entry,
) -> Option<&'static str> {
    let at = |i: u16| usize::from(i);
    match *e {
        Entry::CountryName(i) => countries.get(at(i)).map(|c| c.name),
        Entry::Seat(_, s) => seats.get(at(s)).copied(),
        Entry::Organization(i) => organizations.get(at(i)).map(|o| o.name),
        Entry::Title(i) => titles.get(at(i)).map(|t| t.name),
        Entry::Person(i) => people.get(at(i)).map(|p| p.name),
        _ => None,
    }
}

/// Reads a lexicon written by [`encode`].
pub fn decode(r: &mut Reader) -> ActorLexicon {
    r.fold = Some(without_diacritics);
    let countries = r.seq(|r| Country { code: r.str(), name: r.str() });
    let seats = r.strs();
    let organizations = r.seq(|r| Organization { id: r.str(), name: r.str(), country: r.opt_str(), members: r.strs() });
    let titles = r.seq(|r| {
        let name = r.str();
        let role = Role::ALL.get(r.usize()).copied().unwrap_or(Role::Official);
        Title::new(name, role, r.uint().min(255) as u8)
    });
    let people = r.seq(|r| KnownPerson::new(r.text()));
    let mut people_seen = 0;
    let (mut last_day, mut year) = (None, 2000);
    let terms = r.seq(|r| {
        let person = people_seen - r.usize().min(people_seen);
        people_seen = people_seen.max(person + 1);
        let name = people.get(person).map_or("", |p| p.name);
        let (country, title) = (r.str(), r.str());
        let from = match r.uint() {
            0 => None,
            1 => last_day.and_then(Date::next_day),
            n => unpack_date(n - 2, year),
        };
        year = from.map_or(year, |f| f.year);
        let to = match r.uint() {
            0 => None,
            n => unpack_date(n - 1, year),
        };
        year = to.map_or(year, |d| d.year);
        last_day = to;
        Term::new(name, country, title, person, from, to)
    });
    let former = r.seq(|r| (r.u16(), r.u16(), r.date())).into_iter().filter_map(|(a, b, d)| Some((a, b, d?))).collect();
    let capitals_until =
        r.seq(|r| (r.str(), r.u16(), r.date())).into_iter().filter_map(|(c, s, d)| Some((c, s, d?))).collect();
    let home = r.seq(|r| (r.str(), r.strs()));
    let relational = r.strs();
    let institution_words = r.strs();
    let institution_links = r.strs();
    let format_words = r.strs();
    let parliamentary = r.strs();
    let family_first = r.strs();
    let given_name_titles = r.strs();
    let body_heads = r.seq(|r| (r.uint(), r.uint() == 1)).into_iter().collect();
    let mut last = [0i64; 9];
    let phrases = PhraseMap::decode(r, |r| {
        let tag = r.uint();
        let i = match last.get_mut(tag.min(8) as usize) {
            Some(prev) => {
                *prev += unzigzag(r.uint());
                (*prev).clamp(0, u16::MAX.into()) as u16
            }
            None => 0,
        };
        let e = match tag {
            0 => Entry::CountryName(i),
            1 => Entry::CountryAdjective(i),
            2 => Entry::Capital(i),
            3 => Entry::City(i),
            4 => Entry::Seat(i, r.u16()),
            5 => Entry::Organization(i),
            6 => Entry::Title(i),
            7 => Entry::Person(i),
            _ => Entry::Region,
        };
        (e, guess(&countries, &seats, &organizations, &titles, &people, &e))
    });
    let mut items = Vec::with_capacity(terms.len());
    let mut first = 0;
    let runs = r.seq(|r| {
        let key = (r.str(), r.str());
        (key, read_run(r, &mut items, &mut first))
    });
    let terms_by_office = Groups::from_runs(runs.into_iter(), items);
    let mut by_word = |word: fn(&'static str) -> &'static str| {
        let mut items = Vec::with_capacity(people.len());
        let mut first = 0;
        let runs = r.seq(|r| {
            let at = items.len();
            let len = read_run(r, &mut items, &mut first);
            let name = items.get(at).and_then(|&p| people.get(p)).map_or("", |p| p.name);
            (word(name), len)
        });
        Groups::from_runs(runs.into_iter(), items)
    };
    let people_by_last_word = by_word(last_word);
    let people_by_first_word = by_word(first_word);
    ActorLexicon {
        countries,
        former,
        capitals_until,
        seats,
        organizations,
        titles,
        terms,
        people,
        country_by_code: FastMap::default(),
        title_by_name: FastMap::default(),
        terms_by_office,
        people_by_last_word,
        people_by_first_word,
        person_terms: Vec::new(),
        home,
        relational,
        institution_words,
        institution_links,
        body_heads,
        format_words,
        parliamentary,
        family_first,
        given_name_titles,
        phrases,
    }
    .indexed_but_groups()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted<T: std::fmt::Debug>(items: impl IntoIterator<Item = T>) -> Vec<String> {
        let mut v: Vec<String> = items.into_iter().map(|x| format!("{x:?}")).collect();
        v.sort();
        v
    }

    #[test]
    fn the_compiled_lexicon_is_the_one_the_data_files_make() {
        let built = ActorLexicon::from_crate_data();
        let read = ActorLexicon::get();
        assert!(built.terms.len() > 5000 && built.phrases.len() > 10_000);
        assert_eq!(format!("{:?}", built.countries), format!("{:?}", read.countries));
        assert_eq!(format!("{:?}", built.organizations), format!("{:?}", read.organizations));
        assert_eq!(format!("{:?}", built.titles), format!("{:?}", read.titles));
        assert_eq!(format!("{:?}", built.terms), format!("{:?}", read.terms));
        assert_eq!(format!("{:?}", built.people), format!("{:?}", read.people));
        assert_eq!(format!("{:?}", built.former), format!("{:?}", read.former));
        assert_eq!(format!("{:?}", built.capitals_until), format!("{:?}", read.capitals_until));
        assert_eq!(format!("{:?}", built.home), format!("{:?}", read.home));
        for (a, b) in [
            (&built.seats, &read.seats),
            (&built.relational, &read.relational),
            (&built.institution_words, &read.institution_words),
            (&built.institution_links, &read.institution_links),
            (&built.format_words, &read.format_words),
            (&built.parliamentary, &read.parliamentary),
            (&built.family_first, &read.family_first),
            (&built.given_name_titles, &read.given_name_titles),
        ] {
            assert_eq!(a, b);
        }
        assert_eq!(sorted(&built.body_heads), sorted(&read.body_heads));
        assert_eq!(sorted(built.terms_by_office.iter()), sorted(read.terms_by_office.iter()));
        assert_eq!(sorted(built.people_by_last_word.iter()), sorted(read.people_by_last_word.iter()));
        assert_eq!(sorted(built.people_by_first_word.iter()), sorted(read.people_by_first_word.iter()));
        assert_eq!(built.person_terms, read.person_terms);
        crate::phrases::assert_same_matches(&built.phrases, &read.phrases);
    }
}
