//! The speech verbs of `speech.tsv` ("said", "told", "according to", "condemned"), a phrase
//! dictionary compiled when the crate is built ([`crate::compiled`]) like the other lexicons.

use crate::compiled::{Reader, Writer};
use crate::data::{list, rows};
use crate::phrases::PhraseMap;

/// How a speech verb takes its speaker and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechKind {
    /// "X said (that) ...".
    Say,
    /// "X told Y that ...".
    Tell,
    /// "according to X, ...".
    According,
    /// "the leaders agreed to ...": often said by several together.
    Joint,
    /// "X expressed concern about ...".
    Express,
    /// "X praised ...".
    Praise,
    /// "X condemned ...".
    Criticize,
}

impl SpeechKind {
    /// Every kind, in the order of their numbers in the compiled form.
    const ALL: [SpeechKind; 7] = [
        SpeechKind::Say,
        SpeechKind::Tell,
        SpeechKind::According,
        SpeechKind::Joint,
        SpeechKind::Express,
        SpeechKind::Praise,
        SpeechKind::Criticize,
    ];

    fn parse(s: &str) -> Option<SpeechKind> {
        Some(match s {
            "say" => SpeechKind::Say,
            "tell" => SpeechKind::Tell,
            "according" => SpeechKind::According,
            "joint" => SpeechKind::Joint,
            "express" => SpeechKind::Express,
            "praise" => SpeechKind::Praise,
            "criticize" => SpeechKind::Criticize,
            _ => return None,
        })
    }
}

/// The speech verbs, read on first use from the compiled form `build.rs` made of `speech.tsv`.
#[cfg(readout_lib)]
pub fn verbs() -> &'static PhraseMap<SpeechKind> {
    static MAP: std::sync::OnceLock<PhraseMap<SpeechKind>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| decode(&mut crate::compiled::reader!("speech")))
}

/// The speech verbs built from `speech.tsv`'s text.
pub fn build(file: &'static str) -> PhraseMap<SpeechKind> {
    let mut entries = Vec::new();
    for row in rows(file) {
        let Some(kind) = row.get(1).copied().and_then(SpeechKind::parse) else { continue };
        entries.extend(list(row.first().copied().unwrap_or("")).map(|p| (p, kind)));
    }
    PhraseMap::build(entries)
}

/// Writes the verbs for [`decode`].
pub fn encode(verbs: &PhraseMap<SpeechKind>, w: &mut Writer) {
    verbs.encode(w, |w, &k| {
        w.uint(SpeechKind::ALL.iter().position(|&x| x == k).unwrap_or(0) as u64);
        None
    });
}

/// Reads the verbs [`encode`] wrote.
pub fn decode(r: &mut Reader) -> PhraseMap<SpeechKind> {
    PhraseMap::decode(r, |r| (SpeechKind::ALL.get(r.usize()).copied().unwrap_or(SpeechKind::Say), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_verbs_are_the_ones_the_data_file_makes() {
        let built = build(crate::data::data_file!("statements/speech.tsv"));
        let read = verbs();
        assert!(built.len() > 50);
        crate::phrases::assert_same_matches(&built, read);
    }
}
