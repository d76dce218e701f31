//! The event lexicon's compiled form ([`crate::compiled`]): `build.rs` builds the lexicon from
//! the data files and [`encode`]s it; [`decode`] reads it back at start-up.

use super::lexicon::{Cues, EventLexicon, EventType, Form, Frame, Initiative, Trigger};
use crate::compiled::{Reader, Writer};
use crate::phrases::PhraseMap;

/// Writes `lex` for [`decode`].
pub fn encode(lex: &EventLexicon, w: &mut Writer) {
    // A trigger is mostly the same as the one before (the phrases of one row of the file):
    // then it is a single 0.
    let mut last: Option<&Trigger> = None;
    lex.triggers.encode(w, |w, t| {
        if last == Some(t) {
            w.uint(0);
        } else {
            w.uint(1);
            write_trigger(w, t);
        }
        last = Some(t);
        None
    });
    lex.cues.encode(w, |w, c| {
        w.uint(c.bits().into());
        None
    });
    lex.topics.encode(w, |w, &label| {
        w.str(label);
        None
    });
    w.seq(lex.frames.iter(), |w, (kind, frame)| {
        w.str(kind.as_str());
        w.strs(&frame.complements);
        w.strs(&frame.places);
    });
    w.seq(lex.nouns.iter(), write_trigger);
    w.strs(&lex.summits);
}

fn write_trigger(w: &mut Writer, t: &Trigger) {
    w.str(t.kind.as_str());
    w.str(t.cameo);
    w.str(t.plover);
    w.str(t.mode);
    let form = match t.form {
        Form::Verb => 0,
        Form::VerbObject => 1,
        Form::Noun => 2,
    };
    let initiative = match t.initiative {
        Initiative::None => 0,
        Initiative::Subject => 1,
        Initiative::Object => 2,
    };
    // Form, initiative and the four flags in one number.
    let flags = u64::from(t.situation) << 4
        | u64::from(t.person_object) << 5
        | u64::from(t.to_dateline) << 6
        | u64::from(t.diplomat_object) << 7;
    w.uint(form | initiative << 2 | flags);
    w.seq(t.unless_next.iter(), |w, words| w.strs(words));
    w.strs(t.unless_after_object);
}

fn read_trigger(r: &mut Reader) -> Trigger {
    let kind = EventType::parse(r.str()).unwrap_or(EventType::Other);
    let (cameo, plover, mode) = (r.str(), r.str(), r.str());
    let bits = r.uint();
    let form = match bits & 3 {
        1 => Form::VerbObject,
        2 => Form::Noun,
        _ => Form::Verb,
    };
    let initiative = match bits >> 2 & 3 {
        1 => Initiative::Subject,
        2 => Initiative::Object,
        _ => Initiative::None,
    };
    // Kept for the lexicon's lifetime, shared by the phrases of one trigger.
    let unless_next = Vec::leak(r.seq(|r| &*Vec::leak(r.strs())));
    Trigger {
        kind,
        cameo,
        plover,
        mode,
        form,
        situation: bits & 16 != 0,
        initiative,
        unless_next,
        person_object: bits & 32 != 0,
        to_dateline: bits & 64 != 0,
        diplomat_object: bits & 128 != 0,
        unless_after_object: Vec::leak(r.strs()),
    }
}

/// Reads a lexicon written by [`encode`].
pub fn decode(r: &mut Reader) -> EventLexicon {
    let mut last: Option<Trigger> = None;
    let triggers = PhraseMap::decode(r, |r| {
        let t = match (r.uint(), &last) {
            (0, Some(t)) => *t,
            _ => read_trigger(r),
        };
        last = Some(t);
        (t, None)
    });
    let cues = PhraseMap::decode(r, |r| (Cues::from_bits(r.uint().min(u32::MAX.into()) as u32), None));
    let topics = PhraseMap::decode(r, |r| (r.str(), None));
    let frames = r.seq(|r| {
        let kind = EventType::parse(r.str()).unwrap_or(EventType::Other);
        (kind, Frame { complements: r.strs(), places: r.strs() })
    });
    let nouns = r.seq(read_trigger);
    EventLexicon { triggers, cues, topics, frames, nouns, summits: r.strs() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_lexicon_is_the_one_the_data_files_make() {
        let built = EventLexicon::from_crate_data();
        let read = EventLexicon::get();
        assert!(built.triggers.len() > 1000 && built.cues.len() > 500);
        crate::phrases::assert_same_matches(&built.triggers, &read.triggers);
        crate::phrases::assert_same_matches(&built.cues, &read.cues);
        crate::phrases::assert_same_matches(&built.topics, &read.topics);
        assert_eq!(built.frames, read.frames);
        assert_eq!(built.nouns, read.nouns);
        assert_eq!(built.summits, read.summits);
    }
}
