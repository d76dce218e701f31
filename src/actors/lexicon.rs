//! The gazetteers of the actors stage — countries, organisations, titles and office holders —
//! read from the crate's data files and compiled once into a single phrase dictionary that
//! finds every name, adjective, capital, seat, title and known person in one pass.

use crate::data::{FastMap, Groups};

use crate::data::{list, rows};
use crate::dates::Date;
use crate::phrases::PhraseMap;

/// A country of `countries.tsv`.
#[derive(Debug)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Common English name.
    pub name: &'static str,
}

/// An organisation or grouping of `organizations.tsv`.
#[derive(Debug)]
pub struct Organization {
    /// Short stable id ("NATO", "G7").
    pub id: &'static str,
    /// Canonical name.
    pub name: &'static str,
    /// The code its people speak for ("EU"), if any.
    pub country: Option<&'static str>,
    /// Member states, where the grouping is a fixed set.
    pub members: Vec<&'static str>,
}

/// The role a title gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// President, Supreme Leader.
    HeadOfState,
    /// Prime Minister, Chancellor.
    HeadOfGovernment,
    /// Foreign Minister, Secretary of State.
    ForeignMinister,
    /// Other ministers.
    Minister,
    /// Vice presidents and deputy prime ministers.
    DeputyHead,
    /// Kings, queens, emirs.
    Monarch,
    /// Crown princes and other royals.
    Royal,
    /// Senators, members of parliament.
    Legislator,
    /// Generals, commanders.
    Military,
    /// Ambassadors, envoys, negotiators.
    Diplomat,
    /// Officials and aides.
    Official,
    /// Spokespeople.
    Spokesperson,
    /// Advisers.
    Adviser,
    /// Party and movement leaders.
    PartyLeader,
    /// Heads of international organisations.
    OrgHead,
    /// Mr, Mrs, Dr, Sir.
    Honorific,
    /// Religious leaders.
    Religious,
}

/// A title of `titles.tsv`.
#[derive(Debug)]
pub struct Title {
    /// Canonical form ("Prime Minister").
    pub name: &'static str,
    /// What it makes its holder.
    pub role: Role,
    /// Protocol rank, 1 highest.
    pub rank: u8,
    /// The words of the name longer than three letters, by their [`crate::phrases::key`]
    /// ("Foreign", "Minister"): two titles that share one are the same kind of office.
    pub words: Vec<u64>,
}

impl Title {
    /// The title `name`, giving `role`, of protocol rank `rank`.
    pub fn new(name: &'static str, role: Role, rank: u8) -> Title {
        let words = name.split([' ', '-']).filter(|w| w.len() > 3).map(crate::phrases::key).collect();
        Title { name, role, rank, words }
    }
}

/// A term of office of `officeholders.tsv`.
#[derive(Debug)]
pub struct Term {
    /// The person's canonical name.
    pub name: &'static str,
    /// The state (or organisation code) served.
    pub country: &'static str,
    /// The office's title as written in the data ("President").
    pub title: &'static str,
    /// Index of the person in [`ActorLexicon::people`].
    pub person: usize,
    /// First day in office.
    pub from: Option<Date>,
    /// Last day in office; `None` while in office.
    pub to: Option<Date>,
}

impl Term {
    /// A term of `person` (named `name`) as `title` of `country` from `from` to `to`.
    pub fn new(
        name: &'static str,
        country: &'static str,
        title: &'static str,
        person: usize,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Term {
        Term { name, country, title, person, from, to }
    }

    /// Whether the term covers `date` (any term counts when the date is unknown).
    pub fn covers(&self, date: Option<Date>) -> bool {
        let Some(d) = date else { return true };
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }

    /// Days between `date` and the term (0 inside it).
    pub fn distance(&self, date: Option<Date>) -> i64 {
        let Some(d) = date else { return 0 };
        let days = d.to_days();
        let before = self.from.map_or(0, |f| f.to_days().saturating_sub(days).max(0));
        let after = self.to.map_or(0, |t| days.saturating_sub(t.to_days()).max(0));
        before + after
    }
}

/// What a gazetteer pattern names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A country's name ("Russia", "the U.S.").
    CountryName(u16),
    /// A country's adjective or demonym ("Russian", "Emiratis").
    CountryAdjective(u16),
    /// A capital used for its government ("Moscow").
    Capital(u16),
    /// Another city of a country ("Sochi", "Geneva"): where something happens, not who acts.
    City(u16),
    /// A seat of government ("the Kremlin"); the second index is the seat's name in `seats`.
    Seat(u16, u16),
    /// An organisation.
    Organization(u16),
    /// A title ("President", "aide").
    Title(u16),
    /// A known office holder's name or alias (index of the person in `people`).
    Person(u16),
    /// A region's name that contains a country's ("Latin American", `regions.txt`), or a
    /// known person's name in an institution's ("the Ronald Reagan Presidential Library"): no actor.
    Region,
}

/// A known person: the terms that share one canonical name.
#[derive(Debug)]
pub struct KnownPerson {
    /// Canonical name.
    pub name: &'static str,
    /// Where the person's terms are listed in [`ActorLexicon::person_terms`].
    terms: (u32, u32),
}

impl KnownPerson {
    /// The person named `name` (the terms are filled in by [`ActorLexicon::indexed`]).
    pub fn new(name: &'static str) -> KnownPerson {
        KnownPerson { name, terms: (0, 0) }
    }
}

/// The compiled gazetteers.
#[derive(Debug)]
pub struct ActorLexicon {
    /// Countries, in file order.
    pub countries: Vec<Country>,
    /// Names of seats of government.
    pub seats: Vec<&'static str>,
    /// Organisations, in file order.
    pub organizations: Vec<Organization>,
    /// Titles, in file order.
    pub titles: Vec<Title>,
    /// Terms of office.
    pub terms: Vec<Term>,
    /// People of the terms, one per canonical name.
    pub people: Vec<KnownPerson>,
    /// States that no longer exist (`former.tsv`): (successor, former state, first day of the
    /// successor), both as country indices.
    pub former: Vec<(u16, u16, Date)>,
    /// Former capitals (`capitals_until.tsv`): (city name, state index, first day it no longer
    /// was the capital).
    pub capitals_until: Vec<(&'static str, u16, Date)>,
    /// Country index by code.
    pub country_by_code: FastMap<&'static str, u16>,
    /// Title index by canonical name.
    pub title_by_name: FastMap<&'static str, u16>,
    /// Terms by office: (title, country) → indices into `terms`.
    pub terms_by_office: Groups<(&'static str, &'static str)>,
    /// Known people by the last word of their canonical name.
    pub people_by_last_word: Groups<&'static str>,
    /// Known people by the first word of their name (family names first: "Lee", "Xi").
    pub people_by_first_word: Groups<&'static str>,
    /// The indices into `terms` of each person's terms, person after person.
    pub person_terms: Vec<usize>,
    /// Titles that stand for whoever of a country was named last ("his Russian counterpart",
    /// "the South Sudanese leader").
    pub relational: Vec<&'static str>,
    /// Words after a known person's name that make it an institution's (`institutions.txt`).
    pub institution_words: Vec<&'static str>,
    /// Words that may stand between the name and such a word ("Presidential", "International").
    pub institution_links: Vec<&'static str>,
    /// Head words of organisations read from their form (`bodies.txt`), by token key, and
    /// whether each names one without an acronym after it.
    pub body_heads: FastMap<u64, bool>,
    /// Words after a city that make it the name of a process or format ("Astana process").
    pub format_words: Vec<&'static str>,
    /// Whose office an unqualified title means by default (`home.tsv`).
    pub home: Vec<(&'static str, Vec<&'static str>)>,
    /// Countries where the head of government leads (parliamentary systems).
    pub parliamentary: Vec<&'static str>,
    /// Countries whose names are written family name first (`family_first.txt`).
    pub family_first: Vec<&'static str>,
    /// Titles after which a person is named again by the given name (`given_name_titles.txt`).
    pub given_name_titles: Vec<&'static str>,
    /// Every name, adjective, capital, seat, title and known person, with what it names.
    pub phrases: PhraseMap<Entry>,
}

impl ActorLexicon {
    /// The lexicon, read on first use from the compiled form `build.rs` made of the data files
    /// ([`crate::actors::compiled`]).
    #[cfg(readout_lib)]
    pub fn get() -> &'static ActorLexicon {
        static LEX: std::sync::OnceLock<ActorLexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| crate::actors::compiled::decode(&mut crate::compiled::reader!("actors")))
    }

    /// The lexicon built from the data files as the crate has them: what `build.rs` compiles
    /// and [`ActorLexicon::get`] reads back (the tests check that the two agree).
    #[cfg(readout_lib)]
    pub fn from_crate_data() -> ActorLexicon {
        ActorLexicon::build(|name| match name {
            "countries.tsv" => crate::data::data_file!("actors/countries.tsv"),
            "former.tsv" => crate::data::data_file!("actors/former.tsv"),
            "cities.tsv" => crate::data::data_file!("actors/cities.tsv"),
            "capitals_until.tsv" => crate::data::data_file!("actors/capitals_until.tsv"),
            "regions.txt" => crate::data::data_file!("actors/regions.txt"),
            "organizations.tsv" => crate::data::data_file!("actors/organizations.tsv"),
            "titles.tsv" => crate::data::data_file!("actors/titles.tsv"),
            "officeholders.tsv" => crate::data::data_file!("actors/officeholders.tsv"),
            "home.tsv" => crate::data::data_file!("actors/home.tsv"),
            "relational.txt" => crate::data::data_file!("actors/relational.txt"),
            "institutions.txt" => crate::data::data_file!("actors/institutions.txt"),
            "bodies.txt" => crate::data::data_file!("actors/bodies.txt"),
            "formats.txt" => crate::data::data_file!("actors/formats.txt"),
            "executive.tsv" => crate::data::data_file!("actors/executive.tsv"),
            "family_first.txt" => crate::data::data_file!("actors/family_first.txt"),
            "given_name_titles.txt" => crate::data::data_file!("actors/given_name_titles.txt"),
            _ => "",
        })
    }

    /// Builds the lexicon from the data files of `src/actors/`, `file("countries.tsv")` giving
    /// each one's text.
    pub fn build(file: impl Fn(&str) -> &'static str) -> ActorLexicon {
        // About 11,000 phrases with this release's tables: one allocation instead of a dozen.
        let mut entries: Vec<(Entry, &'static str)> = Vec::with_capacity(1 << 14);
        let mut countries = Vec::new();
        let mut seats = Vec::new();
        let mut country_by_code = FastMap::default();
        for row in rows(file("countries.tsv")) {
            let (Some(&code), Some(&name)) = (row.first(), row.get(1)) else { continue };
            let i = countries.len() as u16;
            country_by_code.insert(code, i);
            countries.push(Country { code, name });
            entries.push((Entry::CountryName(i), name));
            let field = |k: usize| row.get(k).copied().unwrap_or("");
            entries.extend(list(field(2)).map(|n| (Entry::CountryName(i), n)));
            entries.extend(list(field(3)).map(|n| (Entry::CountryAdjective(i), n)));
            entries.extend(list(field(4)).map(|n| (Entry::Capital(i), n)));
            // "Israel Defense Forces/IDF": one body, named either way.
            for seat in list(field(5)) {
                let mut forms = seat.split('/');
                let Some(name) = forms.next() else { continue };
                let at = seats.len() as u16;
                entries.push((Entry::Seat(i, at), name));
                entries.extend(forms.map(|f| (Entry::Seat(i, at), f)));
                seats.push(name);
            }
        }
        let former = rows(file("former.tsv"))
            .filter_map(|r| {
                let index = |k: usize| r.get(k).and_then(|c| country_by_code.get(c).copied());
                Some((index(1)?, index(0)?, Date::parse_iso(r.get(2)?)?))
            })
            .collect();
        let capitals_until = rows(file("capitals_until.tsv"))
            .filter_map(|r| {
                let state = country_by_code.get(r.first()?).copied()?;
                let until = Date::parse_iso(r.get(2)?)?;
                Some(list(r.get(1)?).map(move |city| (city, state, until)))
            })
            .flatten()
            .collect();
        for row in rows(file("cities.tsv")) {
            let (Some(code), Some(&names)) = (row.first(), row.get(1)) else { continue };
            let Some(&i) = country_by_code.get(code) else { continue };
            entries.extend(list(names).map(|n| (Entry::City(i), n)));
        }
        entries.extend(rows(file("regions.txt")).filter_map(|r| r.first().map(|&n| (Entry::Region, n))));
        let mut organizations = Vec::new();
        for row in rows(file("organizations.tsv")) {
            let (Some(&id), Some(&name)) = (row.first(), row.get(1)) else { continue };
            let i = organizations.len() as u16;
            let field = |k: usize| row.get(k).copied().unwrap_or("");
            entries.push((Entry::Organization(i), name));
            entries.extend(list(field(2)).map(|n| (Entry::Organization(i), n)));
            let country = Some(field(3)).filter(|c| !c.is_empty());
            organizations.push(Organization { id, name, country, members: list(field(4)).collect() });
        }
        let mut titles = Vec::new();
        for row in rows(file("titles.tsv")) {
            let (Some(&name), Some(&variants), Some(&role), Some(&rank)) =
                (row.first(), row.get(1), row.get(2), row.get(3))
            else {
                continue;
            };
            let Some(role) = parse_role(role) else { continue };
            let i = titles.len() as u16;
            titles.push(Title::new(name, role, rank.parse().unwrap_or(9)));
            entries.push((Entry::Title(i), name));
            entries.extend(list(variants).map(|v| (Entry::Title(i), v)));
        }
        let mut terms = Vec::new();
        // Each person's canonical name and aliases, in the order of the data file.
        let mut forms_of: Vec<Vec<&'static str>> = Vec::new();
        let mut people: Vec<KnownPerson> = Vec::new();
        let mut person_by_name: FastMap<&'static str, usize> = FastMap::default();
        for row in rows(file("officeholders.tsv")) {
            let (Some(&name), Some(&aliases), Some(&country), Some(&title)) =
                (row.first(), row.get(1), row.get(2), row.get(3))
            else {
                continue;
            };
            let date = |k: usize| row.get(k).and_then(|s| Date::parse_iso(s));
            let pi = *person_by_name.entry(name).or_insert_with(|| {
                people.push(KnownPerson::new(name));
                forms_of.push(vec![name]);
                forms_of.len() - 1
            });
            terms.push(Term::new(name, country, title, pi, date(4), date(5)));
            if let Some(forms) = forms_of.get_mut(pi) {
                for alias in list(aliases) {
                    if !forms.contains(&alias) {
                        forms.push(alias);
                    }
                }
            }
        }
        // The plain-letter forms, in one text kept for the lexicon's lifetime.
        let mut folded_text = String::new();
        let mut folded_at: Vec<(u16, usize, usize)> = Vec::new();
        for (pi, forms) in forms_of.into_iter().enumerate() {
            // News written without diacritics: "Milosevic" for "Milošević"; with the other
            // spelling of the Arabic article: "el-Bashir" for "al-Bashir".
            let variants =
                forms.iter().filter_map(|f| without_diacritics(f)).chain(forms.iter().filter_map(|f| other_article(f)));
            for folded in variants {
                if !forms.contains(&folded.as_str()) {
                    let start = folded_text.len();
                    folded_text.push_str(&folded);
                    folded_at.push((pi as u16, start, folded_text.len()));
                }
            }
            entries.extend(forms.into_iter().map(|f| (Entry::Person(pi as u16), f)));
        }
        let folded_text: &'static str = Box::leak(folded_text.into_boxed_str());
        entries
            .extend(folded_at.iter().filter_map(|&(pi, a, b)| folded_text.get(a..b).map(|f| (Entry::Person(pi), f))));
        let home = rows(file("home.tsv")).filter_map(|r| Some((*r.first()?, list(r.get(1)?).collect()))).collect();
        let relational =
            file("relational.txt").lines().map(str::trim).filter(|w| !w.is_empty() && !w.starts_with('#')).collect();
        let (links, institution_words): (Vec<&'static str>, Vec<&'static str>) =
            crate::data::words(file("institutions.txt")).partition(|w| w.starts_with('~'));
        let institution_links = links.into_iter().map(|w| w.trim_start_matches('~')).collect();
        let body_heads = crate::data::words(file("bodies.txt"))
            .map(|w| (crate::phrases::key(w.trim_start_matches('+')), w.starts_with('+')))
            .collect();
        let format_words = crate::data::words(file("formats.txt")).collect();
        let parliamentary = rows(file("executive.tsv"))
            .filter(|r| r.get(1) == Some(&"head_of_government"))
            .filter_map(|r| r.first().copied())
            .collect();
        let family_first = crate::data::words(file("family_first.txt")).collect();
        let given_name_titles = crate::data::words(file("given_name_titles.txt")).collect();
        let phrases = PhraseMap::build(entries.into_iter().map(|(e, p)| (p, e)));
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
            terms_by_office: Groups::default(),
            people_by_last_word: Groups::default(),
            people_by_first_word: Groups::default(),
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
        .indexed()
    }

    /// The lexicon with its look-up tables filled in from its lists: countries by code,
    /// titles by name, terms by office, people by first and last word, each person's terms.
    pub fn indexed(mut self) -> ActorLexicon {
        let terms = &self.terms;
        self.terms_by_office = Groups::new(|| terms.iter().enumerate().map(|(i, t)| ((t.title, t.country), i)));
        let people = &self.people;
        self.people_by_last_word = Groups::new(|| people.iter().enumerate().map(|(i, p)| (last_word(p.name), i)));
        self.people_by_first_word = Groups::new(|| people.iter().enumerate().map(|(i, p)| (first_word(p.name), i)));
        self.indexed_but_groups()
    }

    /// [`ActorLexicon::indexed`] but for the groups (terms by office, people by word), which
    /// the compiled lexicon stores.
    pub fn indexed_but_groups(mut self) -> ActorLexicon {
        for (i, c) in self.countries.iter().enumerate() {
            self.country_by_code.insert(c.code, i as u16);
        }
        for (i, t) in self.titles.iter().enumerate() {
            self.title_by_name.insert(t.name, i as u16);
        }
        // Each person's terms, in order, by counting: how many, where each run starts, then each.
        let mut at = vec![0u32; self.people.len() + 1];
        for t in &self.terms {
            if let Some(n) = at.get_mut(t.person + 1) {
                *n += 1;
            }
        }
        for i in 1..at.len() {
            let before = at.get(i - 1).copied().unwrap_or(0);
            if let Some(n) = at.get_mut(i) {
                *n += before;
            }
        }
        for (p, &from) in self.people.iter_mut().zip(&at) {
            p.terms = (from, from);
        }
        self.person_terms = vec![0; self.terms.len()];
        for (i, t) in self.terms.iter().enumerate() {
            if let Some(p) = self.people.get_mut(t.person) {
                if let Some(slot) = self.person_terms.get_mut(p.terms.1 as usize) {
                    *slot = i;
                }
                p.terms.1 += 1;
            }
        }
        self
    }

    /// The indices into `terms` of `person`'s terms, in the order of the data file.
    pub fn terms_of(&self, person: usize) -> &[usize] {
        self.people
            .get(person)
            .and_then(|p| self.person_terms.get(p.terms.0 as usize..p.terms.1 as usize))
            .unwrap_or(&[])
    }

    /// The state whose capital and seats country `c`'s were at `date`: the Soviet Union's for
    /// Russia's before 26 December 1991.
    pub fn as_of(&self, c: u16, date: Option<Date>) -> u16 {
        let Some(date) = date else { return c };
        self.former.iter().find(|&&(now, _, from)| now == c && date < from).map_or(c, |&(_, then, _)| then)
    }

    /// The state a city spoke for as its capital at `date`, if it was one then ("Lagos" in 1985).
    pub fn capital_then(&self, city: &str, date: Option<Date>) -> Option<u16> {
        let date = date?;
        self.capitals_until
            .iter()
            .find(|&&(c, _, until)| c.eq_ignore_ascii_case(city) && date < until)
            .map(|&(_, s, _)| s)
    }

    /// The country with ISO code `code`.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_by_code.get(code).and_then(|&i| self.countries.get(usize::from(i)))
    }

    /// The term of `person` that is nearest to `date` (the one covering it, when there is one).
    pub fn term_at(&self, person: usize, date: Option<Date>) -> Option<&Term> {
        self.terms_of(person)
            .iter()
            .filter_map(|&t| self.terms.get(t))
            .min_by_key(|t| (t.distance(date), t.to.is_some()))
    }

    /// The holder of `title` in `country` at `date`.
    pub fn holder(&self, title: &str, country: &str, date: Option<Date>) -> Option<usize> {
        let date = date?;
        let terms = self.terms_by_office.get(&(title, country))?;
        terms.iter().filter_map(|&t| self.terms.get(t)).find(|t| t.covers(Some(date))).map(|t| t.person)
    }
}

impl Role {
    /// Every role, in the order of their numbers ([`Role::number`]).
    pub const ALL: [Role; 17] = [
        Role::HeadOfState,
        Role::HeadOfGovernment,
        Role::ForeignMinister,
        Role::Minister,
        Role::DeputyHead,
        Role::Monarch,
        Role::Royal,
        Role::Legislator,
        Role::Military,
        Role::Diplomat,
        Role::Official,
        Role::Spokesperson,
        Role::Adviser,
        Role::PartyLeader,
        Role::OrgHead,
        Role::Honorific,
        Role::Religious,
    ];

    /// The role's place in [`Role::ALL`].
    pub fn number(self) -> u8 {
        Role::ALL.iter().position(|&r| r == self).unwrap_or(0) as u8
    }
}

/// The last word of a name ("Putin" of "Vladimir Putin"): after its last space.
pub fn last_word(name: &str) -> &str {
    name.bytes().rposition(|b| b == b' ').and_then(|i| name.get(i + 1..)).unwrap_or(name)
}

/// The first word of a name ("Xi" of "Xi Jinping", "Jean" of "Jean-Yves Le Drian"): before its
/// first space or hyphen.
pub fn first_word(name: &str) -> &str {
    name.bytes().position(|b| b == b' ' || b == b'-').and_then(|i| name.get(..i)).unwrap_or(name)
}

fn parse_role(s: &str) -> Option<Role> {
    Some(match s {
        "head_of_state" => Role::HeadOfState,
        "head_of_government" => Role::HeadOfGovernment,
        "foreign_minister" => Role::ForeignMinister,
        "minister" => Role::Minister,
        "deputy_head" => Role::DeputyHead,
        "monarch" => Role::Monarch,
        "royal" => Role::Royal,
        "legislator" => Role::Legislator,
        "military" => Role::Military,
        "diplomat" => Role::Diplomat,
        "official" => Role::Official,
        "spokesperson" => Role::Spokesperson,
        "adviser" => Role::Adviser,
        "party_leader" => Role::PartyLeader,
        "org_head" => Role::OrgHead,
        "honorific" => Role::Honorific,
        "religious" => Role::Religious,
        _ => return None,
    })
}

/// The first letter [`latin_letters`] covers: À.
const LATIN_FROM: u32 = 0xC0;

/// The plain letter of each letter from [`LATIN_FROM`] to ț (U+021B), itself when it has none:
/// a table read per letter instead of a search.
fn latin_letters() -> Vec<char> {
    const FROM: &str = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšșţťțùúûüũūŭůűųŵýÿŷźżž\
                        ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤÌÍÎÏĨĪĬĮİĴĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠȘŢŤȚÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ";
    const TO: &str = "aaaaaaaaacccccddeeeeeeeeegggghiiiiiiiiijkllllnnnnooooooooorrrssssstttuuuuuuuuuuwyyyzzz\
                      AAAAAAAAACCCCCDDEEEEEEEEEGGGGHIIIIIIIIIJKLLLLNNNNOOOOOOOOORRRSSSSSTTTUUUUUUUUUUWYYYZZZ";
    let mut table: Vec<char> = (LATIN_FROM..=0x21B).map(|c| char::from_u32(c).unwrap_or(' ')).collect();
    for (f, t) in FROM.chars().zip(TO.chars()) {
        if let Some(slot) = (f as u32).checked_sub(LATIN_FROM).and_then(|i| table.get_mut(i as usize)) {
            *slot = t;
        }
    }
    table
}

/// `name` with its Latin letters' diacritics dropped ("Milosevic" for "Milošević"), when that
/// changes it: news written without them still names the person.
pub fn without_diacritics(name: &str) -> Option<String> {
    static PLAIN: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    fold_latin(name, PLAIN.get_or_init(latin_letters))
}

/// `name` with the Arabic article spelt the other way ("el-Bashir" for "al-Bashir", "El-Sisi"
/// for "Al-Sisi"), when it has one.
pub fn other_article(name: &str) -> Option<String> {
    let swap = |w: &str| {
        let rest = w.get(3..).unwrap_or_default();
        match w.get(..3) {
            Some("al-") => Some(format!("el-{rest}")),
            Some("el-") => Some(format!("al-{rest}")),
            Some("Al-") => Some(format!("El-{rest}")),
            Some("El-") => Some(format!("Al-{rest}")),
            _ => None,
        }
    };
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .map(|w| match swap(w) {
            Some(x) => {
                changed = true;
                x
            }
            None => w.to_owned(),
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// A name with its Latin letters' diacritics dropped ("Milošević" as "Milosevic"), when that
/// changes it.
fn fold_latin(name: &str, plain: &[char]) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let out: String = name
        .chars()
        .map(|c| (c as u32).checked_sub(LATIN_FROM).and_then(|i| plain.get(i as usize)).copied().unwrap_or(c))
        .collect();
    (out != name).then_some(out)
}
