//! The vocabulary of events — triggers with their types and codes (`triggers.tsv`), how each
//! type takes its participants (`frames.tsv`), the cues of status and topic (`cues.tsv`) and
//! the topics (`topics.tsv`) — compiled once into phrase dictionaries.

use crate::data::{list, rows};
use crate::phrases::PhraseMap;

/// An event type of the output contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// A phone or video call.
    Call,
    /// Talks, summit meetings, negotiations.
    Meeting,
    /// A trip to a country, or a host receiving a guest.
    Visit,
    /// A press conference, speech or published declaration.
    Statement,
    /// An agreement signed or reached.
    Agreement,
    /// Condemnation, accusation, protest.
    Criticism,
    /// Sanctions, expulsions, cutting or suspending aid.
    Sanction,
    /// Strikes, attacks, invasions.
    Military,
    /// Prisoner releases and exchanges, return of remains.
    Release,
    /// Pledges and deliveries of aid.
    Aid,
    /// Other political events (mediation, threats, withdrawals).
    Other,
}

impl EventType {
    /// Parses a type name of the data files.
    pub fn parse(s: &str) -> Option<EventType> {
        Some(match s {
            "call" => EventType::Call,
            "meeting" => EventType::Meeting,
            "visit" => EventType::Visit,
            "statement" => EventType::Statement,
            "agreement" => EventType::Agreement,
            "criticism" => EventType::Criticism,
            "sanction" => EventType::Sanction,
            "military" => EventType::Military,
            "release" => EventType::Release,
            "aid" => EventType::Aid,
            "other" => EventType::Other,
            _ => return None,
        })
    }

    /// The type's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Call => "call",
            EventType::Meeting => "meeting",
            EventType::Visit => "visit",
            EventType::Statement => "statement",
            EventType::Agreement => "agreement",
            EventType::Criticism => "criticism",
            EventType::Sanction => "sanction",
            EventType::Military => "military",
            EventType::Release => "release",
            EventType::Aid => "aid",
            EventType::Other => "other",
        }
    }

    /// Calls, meetings and visits: the ways leaders consult.
    pub fn is_consult(self) -> bool {
        matches!(self, EventType::Call | EventType::Meeting | EventType::Visit)
    }

    /// Types where the subject acts on the object (the subject takes the initiative).
    pub fn is_directed(self) -> bool {
        matches!(self, EventType::Criticism | EventType::Sanction | EventType::Military | EventType::Aid)
    }

    /// Types whose verb in the passive names who acted after "by" ("was condemned by", "were
    /// freed by").
    pub fn has_agent(self) -> bool {
        self.is_directed() || self == EventType::Release
    }
}

/// How a trigger takes its participants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A verb: its subject and its object or complement.
    Verb,
    /// A verb that states the event only when an actor follows it directly ("called Putin").
    VerbObject,
    /// A noun: "between X and Y", "X's call with Y".
    Noun,
}

/// Who takes the initiative, when the trigger says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Initiative {
    /// Not said by the trigger.
    None,
    /// The subject ("X called Y").
    Subject,
    /// The actor after "from" ("a call from Y").
    Object,
}

/// One trigger of `triggers.tsv`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trigger {
    /// The event type.
    pub kind: EventType,
    /// CAMEO code.
    pub cameo: &'static str,
    /// PLOVER type.
    pub plover: &'static str,
    /// PLOVER mode.
    pub mode: &'static str,
    /// How participants are found.
    pub form: Form,
    /// A situation ("fighting"): an event only when the text says it began or flared.
    pub situation: bool,
    /// Who takes the initiative.
    pub initiative: Initiative,
    /// Words that cancel the trigger when they follow it, each as lower-case words.
    pub unless_next: &'static [&'static [&'static str]],
    /// A verb-object trigger whose object must be a person ("called on President X").
    pub person_object: bool,
    /// A verb-object trigger whose object must be a diplomat, or "him" or "her" ("summoned
    /// Zhou Zhiyong, the Chinese Embassy's deputy chief of mission").
    pub diplomat_object: bool,
    /// An arrival that names no place ("flew in from Canberra"): the visit went to the state of
    /// the article's dateline.
    pub to_dateline: bool,
    /// Words that cancel a verb-object trigger when they follow its object ("called on X to").
    pub unless_after_object: &'static [&'static str],
}

impl Trigger {
    /// A weapons test ("launch of", "missile test", mode `test`): a military event with no
    /// target, named only with a weapon.
    pub fn is_weapons_test(&self) -> bool {
        self.mode == "test"
    }
}

/// The kinds of cue in `cues.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// The event is denied.
    Negation,
    /// The event may or may not happen.
    Hypothetical,
    /// The event is scheduled.
    Planned,
    /// The event happened a short while ago.
    Recent,
    /// Subjects of the event follow.
    Topic,
    /// The side that took the initiative follows.
    Initiative,
    /// The trigger refers back to an event already named.
    Anaphor,
    /// Issues discussed follow ("including").
    List,
    /// A verb that carries an event noun ("had a telephone conversation").
    Support,
    /// A clause of its own begins.
    Clause,
    /// What aid gives ("million", "weapons").
    AidObject,
    /// A noun after a country adjective that makes the country the actor ("Israeli tanks").
    Agent,
    /// After an event's noun: it did not take place ("postponed", "cancelled").
    Called,
    /// A situation begins or flares ("broke out", "erupted").
    Onset,
    /// A summit's name follows: the summit is an event ("at the G20").
    Venue,
    /// A verb form after it is a noun ("his visit").
    Determiner,
    /// What follows belongs to what was named before ("a tour that includes visits").
    Inclusion,
    /// Before a call or meeting with several others: one event with each ("held separate
    /// meetings with Obama, Wen and Noda").
    Separate,
    /// What a weapons test fires ("missile"): a test trigger needs one after it.
    Weapon,
    /// Right before a trigger: it goes on with the subject of the sentence's event before
    /// ("and held talks", "before flying to Ankara", "for separate talks with").
    Continues,
    /// Right before an event noun: it goes on with the subject of the sentence's event before
    /// ("travels to Beirut for talks with").
    Purpose,
    /// At or before a statement noun: both sides of the latest call, meeting or visit gave it
    /// ("a joint press conference").
    Joint,
    /// Before a grouping's name: an office in it, not a meeting of it ("chairs the AU").
    Role,
    /// A verb of intent whose infinitive comes a few words later: "agreed in a telephone call
    /// to meet" plans the meeting.
    Intent,
    /// A verb of leaving for somewhere ("leave Astana for a state visit"): an event noun after
    /// its "for" is the traveller's.
    Travel,
    /// An invitation ("invited Modi to"): an event it names with "the" ("to the G7 summit")
    /// exists and is planned; any other (to visit, to make a state visit) may not happen.
    Invitation,
    /// A verb of reporting ("said", "told"): a "would" after it is the future of the past
    /// ("officials said the ministers would meet in May"), not a condition.
    Reported,
    /// Before an agreement's noun, a standing thing named as a topic ("ratifying the START
    /// treaty", "the implementation of the Minsk measures"): no event.
    Context,
    /// Before a third party that brought the sides together ("with the mediation of",
    /// "brokered by"): a side of the talks and agreements it names.
    Mediator,
    /// "no plans", "no intention": a verb after its "to", or a noun after its "for", is denied
    /// ("there are no plans for Putin to meet Yushchenko").
    Unplanned,
    /// "no date", "has not yet been confirmed": before an event's noun ("no date has been set
    /// for a visit") or after it ("a meeting ... has not yet been confirmed"), it may not happen.
    Unsettled,
}

/// The cue kinds a phrase of `cues.tsv` has: one phrase may be several ("hosted" carries an event
/// noun and names a venue; "tanks" are what aid gives and who acts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cues(u32);

// Every kind has its own bit.
const _: () = assert!((Cue::Unsettled as u32) < u32::BITS);

impl Cues {
    /// Whether the phrase is a cue of kind `c`.
    pub fn has(self, c: Cue) -> bool {
        self.0 & (1 << c as u32) != 0
    }

    /// The kinds as bits (bit `c as u32` for kind `c`).
    pub fn bits(self) -> u32 {
        self.0
    }

    /// The kinds of [`Cues::bits`].
    pub fn from_bits(bits: u32) -> Cues {
        Cues(bits)
    }

    fn with(self, c: Cue) -> Cues {
        Cues(self.0 | 1 << c as u32)
    }
}

/// How one type takes its complements.
#[derive(Debug, Default, PartialEq)]
pub struct Frame {
    /// Words that open a participant slot.
    pub complements: Vec<&'static str>,
    /// Words after which the actor is the place.
    pub places: Vec<&'static str>,
}

/// The compiled event vocabulary.
#[derive(Debug)]
pub struct EventLexicon {
    /// Trigger phrases.
    pub triggers: PhraseMap<Trigger>,
    /// Status, topic, initiative and anaphor cues.
    pub cues: PhraseMap<Cues>,
    /// Topic phrases and their labels.
    pub topics: PhraseMap<&'static str>,
    /// Frames by event type (indexed by the type's order).
    pub frames: Vec<(EventType, Frame)>,
    /// One noun trigger entry per type, for verbs read as nouns.
    pub nouns: Vec<Trigger>,
    /// Ids of organisations that meet as summits (`summits.txt`).
    pub summits: Vec<&'static str>,
}

impl EventLexicon {
    /// The lexicon, read on first use from the compiled form `build.rs` made of the data files
    /// ([`crate::events::compiled`]).
    #[cfg(readout_lib)]
    pub fn get() -> &'static EventLexicon {
        static LEX: std::sync::OnceLock<EventLexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| crate::events::compiled::decode(&mut crate::compiled::reader!("events")))
    }

    /// The lexicon built from the data files as the crate has them: what `build.rs` compiles
    /// and [`EventLexicon::get`] reads back (the tests check that the two agree).
    #[cfg(readout_lib)]
    pub fn from_crate_data() -> EventLexicon {
        EventLexicon::build(|name| match name {
            "triggers.tsv" => crate::data::data_file!("events/triggers.tsv"),
            "cues.tsv" => crate::data::data_file!("events/cues.tsv"),
            "topics.tsv" => crate::data::data_file!("events/topics.tsv"),
            "frames.tsv" => crate::data::data_file!("events/frames.tsv"),
            "summits.txt" => crate::data::data_file!("events/summits.txt"),
            _ => "",
        })
    }

    /// Builds the lexicon from the data files of `src/events/`, `file("triggers.tsv")` giving
    /// each one's text.
    pub fn build(file: impl Fn(&str) -> &'static str) -> EventLexicon {
        let mut triggers = Vec::new();
        for row in rows(file("triggers.tsv")) {
            let field = |k: usize| row.get(k).copied().unwrap_or("");
            let Some(kind) = EventType::parse(field(1)) else { continue };
            let (form, situation) = match field(5) {
                "verb-object" => (Form::VerbObject, false),
                "noun" => (Form::Noun, false),
                "situation" => (Form::Noun, true),
                _ => (Form::Verb, false),
            };
            let initiative = match field(6) {
                "subject" => Initiative::Subject,
                "object" => Initiative::Object,
                _ => Initiative::None,
            };
            // Kept for the lexicon's lifetime, shared by the row's phrases.
            let unless: Vec<&'static [&'static str]> =
                list(field(7)).map(|u| &*Vec::leak(u.split_whitespace().collect())).collect();
            let unless: &'static [&'static [&'static str]] = Vec::leak(unless);
            let after_object: &'static [&'static str] = Vec::leak(list(field(9)).collect());
            for phrase in list(field(0)) {
                triggers.push((
                    phrase,
                    Trigger {
                        kind,
                        cameo: field(2),
                        plover: field(3),
                        mode: field(4),
                        form,
                        situation,
                        initiative,
                        unless_next: unless,
                        person_object: field(8) == "person",
                        to_dateline: field(8) == "dateline",
                        diplomat_object: field(8) == "diplomat",
                        unless_after_object: after_object,
                    },
                ));
            }
        }
        let mut cues: Vec<(&'static str, Cues)> = Vec::new();
        let mut cue_index: crate::data::FastMap<u64, usize> = crate::data::FastMap::default();
        for row in rows(file("cues.tsv")) {
            let cue = match row.first().copied() {
                Some("negation") => Cue::Negation,
                Some("hypothetical") => Cue::Hypothetical,
                Some("planned") => Cue::Planned,
                Some("recent") => Cue::Recent,
                Some("topic") => Cue::Topic,
                Some("initiative") => Cue::Initiative,
                Some("anaphor") => Cue::Anaphor,
                Some("list") => Cue::List,
                Some("support") => Cue::Support,
                Some("clause") => Cue::Clause,
                Some("aid") => Cue::AidObject,
                Some("agents") => Cue::Agent,
                Some("calledoff") => Cue::Called,
                Some("onset") => Cue::Onset,
                Some("venue") => Cue::Venue,
                Some("determiner") => Cue::Determiner,
                Some("inclusion") => Cue::Inclusion,
                Some("separate") => Cue::Separate,
                Some("continues") => Cue::Continues,
                Some("purpose") => Cue::Purpose,
                Some("travel") => Cue::Travel,
                Some("joint") => Cue::Joint,
                Some("role") => Cue::Role,
                Some("intent") => Cue::Intent,
                Some("weapon") => Cue::Weapon,
                Some("invitation") => Cue::Invitation,
                Some("reported") => Cue::Reported,
                Some("context") => Cue::Context,
                Some("mediator") => Cue::Mediator,
                Some("unplanned") => Cue::Unplanned,
                Some("unsettled") => Cue::Unsettled,
                _ => continue,
            };
            for phrase in list(row.get(1).copied().unwrap_or("")) {
                // A phrase listed under several kinds is one entry with all of them.
                let at = *cue_index.entry(crate::phrases::key(phrase)).or_insert_with(|| {
                    cues.push((phrase, Cues::default()));
                    cues.len() - 1
                });
                if let Some((_, kinds)) = cues.get_mut(at) {
                    *kinds = kinds.with(cue);
                }
            }
        }
        let mut topics = Vec::new();
        for row in rows(file("topics.tsv")) {
            let (Some(&phrases), Some(&label)) = (row.first(), row.get(1)) else { continue };
            topics.extend(list(phrases).map(|p| (p, label)));
        }
        let frames = rows(file("frames.tsv"))
            .filter_map(|row| {
                let kind = EventType::parse(row.first()?)?;
                let field = |k: usize| row.get(k).copied().unwrap_or("");
                Some((kind, Frame { complements: list(field(1)).collect(), places: list(field(2)).collect() }))
            })
            .collect();
        let mut nouns: Vec<Trigger> = Vec::new();
        for (_, t) in &triggers {
            if t.form == Form::Noun && t.initiative == Initiative::None && !nouns.iter().any(|n| n.kind == t.kind) {
                nouns.push(Trigger { unless_next: &[], unless_after_object: &[], ..*t });
            }
        }
        EventLexicon {
            summits: crate::data::words(file("summits.txt")).collect(),
            nouns,
            triggers: PhraseMap::build(triggers),
            cues: PhraseMap::build(cues),
            topics: PhraseMap::build(topics),
            frames,
        }
    }

    /// A noun trigger of the same type (for a verb used as a noun: "his visit").
    pub fn noun_of(&self, kind: EventType) -> Option<&Trigger> {
        self.nouns.iter().find(|n| n.kind == kind)
    }

    /// The frame of an event type.
    pub fn frame(&self, kind: EventType) -> Option<&Frame> {
        self.frames.iter().find(|(k, _)| *k == kind).map(|(_, f)| f)
    }
}

#[cfg(test)]
mod tests {
    use super::{Cue, EventLexicon};
    use crate::text::tokens::tokenize;

    #[test]
    fn a_cue_phrase_keeps_every_kind_it_is_listed_under() {
        let cues = &EventLexicon::get().cues;
        let kinds = |text: &str| {
            let toks = tokenize(text);
            cues.longest_at(text, &toks, &crate::phrases::keys(text, &toks), 0).map(|m| *m.value)
        };
        let hosted = kinds("hosted").unwrap_or_default();
        assert!(hosted.has(Cue::Support) && hosted.has(Cue::Venue));
        let tanks = kinds("tanks").unwrap_or_default();
        assert!(tanks.has(Cue::AidObject) && tanks.has(Cue::Agent));
        let including = kinds("including").unwrap_or_default();
        assert!(including.has(Cue::List) && including.has(Cue::Topic) && !including.has(Cue::Venue));
        // Each kind its own bit: the last kinds do not alias the first.
        let not = kinds("not").unwrap_or_default();
        assert!(not.has(Cue::Negation) && !not.has(Cue::Inclusion) && !not.has(Cue::Determiner));
        let includes = kinds("includes").unwrap_or_default();
        assert!(includes.has(Cue::Inclusion) && !includes.has(Cue::Negation));
    }
}
