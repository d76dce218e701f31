//! The output: the serde types of the JSON contract (`SCHEMA.md`), with ids and UTF-16 spans.
//! The command line prints them with serde_json; the WebAssembly module hands them to
//! JavaScript as plain objects.

pub mod build;
pub mod utf16;

use serde::Serialize;

/// A span `[start, end)` in UTF-16 code units of the input.
pub type Span = [usize; 2];

/// Everything Readout finds in one article.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Timeline {
    /// Version of this format.
    pub version: u32,
    /// The publication date and where it came from; `null` when unknown.
    pub published: Option<Published>,
    /// People, states, organisations and bodies, each with its mentions.
    pub actors: Vec<Actor>,
    /// Calls, meetings, visits, agreements ... one per real-world event.
    pub events: Vec<Event>,
    /// Who said what.
    pub statements: Vec<Statement>,
    /// Every temporal expression found, resolved where possible.
    pub dates: Vec<DateMention>,
}

/// The publication date.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Published {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// given, metadata, dateline or embedded.
    pub source: &'static str,
}

/// What an actor is.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A state or its government as a whole ("Russia", "Moscow").
    State,
    /// An international organisation or grouping ("NATO", "the G7"), or a non-state group.
    Organization,
    /// A body of a state named as a speaker or actor ("the Kremlin", "the State Department").
    Body,
}

/// A participant of the article.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Actor {
    /// `a1`, `a2` ... in order of first mention.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// What the actor is.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2 code of the state the actor belongs to or speaks for ("EU" for EU
    /// institutions); `null` when none.
    pub country: Option<&'static str>,
    /// Other names used for the actor in this text.
    pub aliases: Vec<String>,
    /// Titles given to the actor, highest first.
    pub titles: Vec<&'static str>,
    /// Where the text mentions the actor.
    pub mentions: Vec<Span>,
}

/// The date of an event.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EventDate {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// day, week, month, quarter or year.
    pub grain: &'static str,
    /// The text gives only an approximate time.
    pub approx: bool,
    /// The words that gave the date, when the date comes from a phrase.
    pub text: Option<String>,
    /// Where those words stand.
    pub span: Option<Span>,
}

/// A real-world event.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Event {
    /// `e1`, `e2` ... in order of first mention.
    pub id: String,
    /// call, meeting, visit, statement, agreement, criticism, sanction, military, release, aid, other.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Actor ids.
    pub participants: Vec<String>,
    /// The actor id of the side that took the initiative, when the text says.
    pub initiator: Option<String>,
    /// When it happened or will happen.
    pub date: Option<EventDate>,
    /// occurred, planned or uncertain.
    pub status: &'static str,
    /// The spans that state the event, clearest first.
    pub evidence: Vec<Span>,
    /// CAMEO code of the event (e.g. "041" for a phone call).
    pub cameo: &'static str,
    /// PLOVER event type (e.g. "CONSULT").
    pub plover: &'static str,
    /// PLOVER mode (e.g. "phone"), empty when none.
    pub mode: &'static str,
    /// The count the text gives ("the sixth encounter" → 6).
    pub count: Option<u32>,
    /// Where it happened, as written.
    pub place: Option<String>,
    /// What it was about (Ukraine war, Trade, ...).
    pub topics: Vec<&'static str>,
}

/// Something an actor said.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Statement {
    /// `s1`, `s2` ... in text order.
    pub id: String,
    /// Actor id of the speaker; `null` when unknown.
    pub speaker: Option<String>,
    /// What was said, without quote marks.
    pub text: String,
    /// Quoted words (true) or reported speech (false).
    pub direct: bool,
    /// Where `text` stands.
    pub span: Span,
    /// The event it was said in or about.
    pub event: Option<String>,
    /// An embedded social-media post.
    pub social: bool,
}

/// A temporal expression as the `dates` command and the Timeline list it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DateMention {
    /// The words as written.
    pub text: String,
    /// Where they stand.
    pub span: Span,
    /// The resolved value, `null` when the text gives none.
    pub value: Option<String>,
    /// The last day, month or year of a closed range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// day, week, month, quarter or year; `null` without a value.
    pub grain: Option<&'static str>,
    /// The text gives only an approximate time.
    pub approx: bool,
    /// exact, approx, range, unresolved or duration.
    pub kind: &'static str,
}
