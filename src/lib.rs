//! Readout reads the plain text of a news article about diplomacy and builds a timeline of the
//! calls, meetings, visits, agreements, condemnations, sanctions, strikes and statements it
//! reports: who took part, when, and who said what, each linked to the sentence it came from.
//!
//! ```
//! let text = "Vladimir Putin spoke by phone with Donald Trump on Thursday.";
//! let options = readout::Options::default().with_published("2025-07-04").unwrap();
//! let timeline = readout::extract(text, &options);
//! assert_eq!(timeline.dates[0].value.as_deref(), Some("2025-07-03"));
//! ```
//!
//! The pipeline runs one way, one module per stage: [`text`] (tokens, sentences, noise) →
//! [`dates`] (expressions, publication date) → [`actors`] (people, states, organisations,
//! coreference) → [`events`] (triggers, frames, merging) → [`statements`] (quotes, reported
//! speech, speakers) → [`timeline`] (ids, UTF-16 spans, the JSON types).

pub mod actors;
pub(crate) mod compiled;
pub(crate) mod data;
pub mod dates;
pub mod error;
pub mod events;
pub mod options;
pub mod phrases;
pub(crate) mod sort;
pub mod statements;
pub mod text;
pub mod timeline;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::OptionError;
pub use options::{Options, Prefer};
pub use timeline::{DateMention, Timeline};

/// Reads an article and returns its timeline. Never panics; any text is accepted.
pub fn extract(text: &str, options: &Options) -> Timeline {
    let doc = text::Document::parse(text);
    let dates = dates::find(&doc, options.published, options.prefer.direction());
    let actors = actors::find(&doc, &dates);
    let index = events::index::DocIndex::new(&doc, &actors, &dates);
    let events = events::find(&index);
    let statements = statements::find(&index, &events);
    timeline::build::build(&doc, &dates, &actors, &events, &statements)
}

/// The temporal expressions of a text, resolved against the options' publication date.
pub fn extract_dates(text: &str, options: &Options) -> Vec<DateMention> {
    let doc = text::Document::parse(text);
    let dates = dates::find(&doc, options.published, options.prefer.direction());
    let map = timeline::utf16::Utf16Map::new(text);
    timeline::build::date_mentions(&doc, &dates, &map)
}
