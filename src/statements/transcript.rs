//! Speech without quote marks: transcripts ("President of Russia Vladimir Putin: Your Highness,
//! ...", "SECRETARY BLINKEN: Well, good afternoon") and speeches whose headline names the
//! speaker ("Statement by President von der Leyen ..."). Every paragraph of such text is the
//! speaker's, until the next speaker's label.

use crate::actors::Actors;
use crate::text::Document;
use crate::timeline::ActorKind;

/// What transcripts are read from: the document and its actors.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    /// The document.
    pub doc: &'a Document<'a>,
    /// Its actors.
    pub actors: &'a Actors,
}

impl Source<'_> {
    fn actor_kind(&self, a: usize) -> Option<ActorKind> {
        self.actors.list.get(a).map(|x| x.kind)
    }
}

/// Headline openings that make the whole text one person's speech.
const SPEECH_TITLES: [&str; 12] = [
    "statement by",
    "remarks by",
    "speech by",
    "address by",
    "opening remarks by",
    "press remarks by",
    "keynote speech by",
    "press statement by",
    "statement of",
    "remarks of",
    "keynote address by",
    "opening statement by",
];

/// Who speaks in each paragraph of a transcript or speech (`None` where no one does), and where
/// each paragraph's speech starts (after the label).
#[derive(Clone, Debug, Default)]
pub struct Speakers {
    /// For each paragraph: the speaker and the byte offset where the speech starts.
    pub paragraphs: Vec<Option<(Option<usize>, usize)>>,
}

impl Speakers {
    /// The speaker of the paragraph that holds byte `offset`, if it is speech.
    pub fn at(&self, doc: &Document<'_>, offset: usize) -> Option<usize> {
        let si = doc.sentence_at(offset)?;
        let p = doc.sentences.get(si)?.paragraph;
        self.paragraphs.get(p).copied().flatten().and_then(|(s, start)| (offset >= start).then_some(s).flatten())
    }
}

/// Finds the speakers of transcript paragraphs and speeches.
pub fn speakers(ix: Source<'_>) -> Speakers {
    let doc = ix.doc;
    let mut out = Speakers { paragraphs: vec![None; doc.paragraphs.len()] };
    // A speech named by the headline: every paragraph after it is the speaker's.
    let mut current: Option<Option<usize>> = speech_headline(ix);
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        if doc.headline.is_some_and(|h| h >= p.first_sentence && h < p.end_sentence) {
            continue;
        }
        let text = doc.slice(p.start, p.end);
        if text.trim_matches(|c: char| c == '*' || c.is_whitespace()).is_empty() {
            continue;
        }
        if let Some((speaker, start)) = label(ix, p.start, p.end) {
            current = Some(speaker);
            out.paragraphs[pi] = Some((speaker, start));
            continue;
        }
        // A salutation ("President Ramaphosa, dear Cyril,") is not part of the speech's content.
        let salutation = text.len() < 60 && text.trim_end().ends_with(',');
        if let Some(s) = current {
            if !salutation {
                out.paragraphs[pi] = Some((s, p.start));
            }
        }
    }
    out
}

/// The first person mentioned inside the byte span `start..end`.
fn person_within(ix: Source<'_>, start: usize, end: usize) -> Option<usize> {
    ix.actors.mentions_in(start, end).iter().map(|m| m.actor).find(|&a| ix.actor_kind(a) == Some(ActorKind::Person))
}

/// "Statement by President von der Leyen with ...": the speaker the headline names.
fn speech_headline(ix: Source<'_>) -> Option<Option<usize>> {
    let doc = ix.doc;
    let h = doc.sentences.get(doc.headline?)?;
    let text = doc.slice(h.start, h.end).to_lowercase();
    let cue = SPEECH_TITLES.iter().find(|c| text.starts_with(*c))?;
    let after = h.start + cue.len();
    Some(person_within(ix, after, h.end))
}

/// A speaker's label at the start of a paragraph: "President of Russia Vladimir Putin:",
/// "SECRETARY BLINKEN:", "CHAIRPERSON FAKI: (Via interpreter)". Returns the speaker (if the
/// label names a known actor) and where the speech starts.
fn label(ix: Source<'_>, start: usize, end: usize) -> Option<(Option<usize>, usize)> {
    let doc = ix.doc;
    let text = doc.slice(start, end);
    let colon = text.get(..text.len().min(160))?.find(':')?;
    let head = &text[..colon];
    // A label is a name, not a sentence: no full stop inside but after an abbreviation, and
    // not a clock time ("at 10:30").
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 16 || head.chars().last().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    if head.contains(". ") && !words.iter().any(|w| matches!(*w, "Mr." | "Mrs." | "Ms." | "Dr.")) {
        return None;
    }
    let first_upper =
        words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()) || w.len() <= 3);
    if !first_upper {
        return None;
    }
    // The speech starts after the colon and any "(Via interpreter)" or "(retranslated)".
    let mut rest = start + colon + 1;
    let after = doc.slice(rest, end);
    let trimmed = after.trim_start();
    rest += after.len() - trimmed.len();
    if trimmed.starts_with('(') {
        if let Some(close) = trimmed.find(')') {
            let more = &trimmed[close + 1..];
            rest += close + 1 + (more.len() - more.trim_start().len());
        }
    }
    // 'Seaga: "We had no choice"' (a headline's deck, a caption) quotes one remark; a
    // transcript's speech after its label is not in quote marks.
    if rest >= end || doc.slice(rest, end).starts_with(['"', '\u{201C}', '\u{2018}', '\u{00AB}']) {
        return None;
    }
    let label_end = start + colon;
    // The person the label names: a mention inside it, or a name matched word for word
    // ("SECRETARY BLINKEN").
    let speaker = person_within(ix, start, label_end).or_else(|| {
        let upper: Vec<String> =
            words.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        ix.actors.list.iter().position(|a| {
            a.kind == ActorKind::Person
                && a.name.split(' ').any(|n| n.len() > 2 && upper.iter().any(|u| *u == n.to_lowercase()))
        })
    });
    let all_caps = head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    (speaker.is_some() || all_caps).then_some((speaker, rest))
}
