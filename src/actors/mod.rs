//! The actors stage (placeholder while the lexicons are compiled).

use crate::dates::Dates;
use crate::text::Document;

/// The actors of a document.
#[derive(Debug, Default)]
pub struct Actors {}

/// Finds the actors of a document.
pub fn find(_doc: &Document<'_>, _dates: &Dates) -> Actors {
    Actors {}
}
