//! What the caller can tell Readout about an article.

use crate::dates::{Date, Direction};
use crate::error::OptionError;

/// Which way dates without tense or direction ("Friday", "March") point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prefer {
    /// The most recent occurrence, the publication day included: what news needs.
    #[default]
    Past,
    /// The next occurrence: what schedules need.
    Future,
    /// Whichever occurrence is nearer.
    Nearest,
}

impl Prefer {
    /// Parses `past`, `future` or `nearest`.
    pub fn parse(s: &str) -> Result<Prefer, OptionError> {
        match s {
            "past" => Ok(Prefer::Past),
            "future" => Ok(Prefer::Future),
            "nearest" => Ok(Prefer::Nearest),
            _ => Err(OptionError { field: "prefer", value: s.to_owned(), expected: "past, future or nearest" }),
        }
    }

    /// The direction the date resolver uses.
    pub fn direction(self) -> Direction {
        match self {
            Prefer::Past => Direction::Past,
            Prefer::Future => Direction::Future,
            Prefer::Nearest => Direction::Nearest,
        }
    }
}

/// Options of [`crate::extract`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date; when `None`, Readout looks for one in the text.
    pub published: Option<Date>,
    /// The direction of dates without one.
    pub prefer: Prefer,
}

impl Options {
    /// Sets the publication date from `YYYY-MM-DD`.
    pub fn with_published(mut self, date: &str) -> Result<Options, OptionError> {
        self.published = Some(parse_date(date)?);
        Ok(self)
    }

    /// Sets the preference from `past`, `future` or `nearest`.
    pub fn with_prefer(mut self, prefer: &str) -> Result<Options, OptionError> {
        self.prefer = Prefer::parse(prefer)?;
        Ok(self)
    }
}

/// Parses a publication date written `YYYY-MM-DD` (a real calendar day).
pub fn parse_date(s: &str) -> Result<Date, OptionError> {
    Date::parse_iso(s.trim()).ok_or_else(|| OptionError {
        field: "published",
        value: s.to_owned(),
        expected: "a calendar date written YYYY-MM-DD",
    })
}
