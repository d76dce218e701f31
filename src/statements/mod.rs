//! The statements stage: who said what. Direct quotes ([`quotes`]) get the speaker their cue
//! names ("...," Kremlin aide Yuri Ushakov stated), before or after them or in the sentence;
//! reported speech ("X said that ...", "according to X, ...", "the leaders agreed to ...") is
//! read from the speech verbs of `speech.tsv`; an embedded post is a statement of its author.
//! Each statement is linked to the event it was made in or about.

pub mod quotes;
pub mod speech;
pub mod transcript;

use crate::actors::MentionKind;
use crate::events::index::DocIndex;
use crate::events::{Event, Events};
use crate::timeline::ActorKind;
use quotes::Quote;
pub use speech::SpeechKind;

/// A statement found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// The actor who said it.
    pub speaker: Option<usize>,
    /// Byte span of what was said.
    pub span: (usize, usize),
    /// Quoted words.
    pub direct: bool,
    /// An embedded social-media post.
    pub social: bool,
    /// The event it belongs to (index into the events).
    pub event: Option<usize>,
    /// The sentence it stands in.
    pub sentence: usize,
}

/// Words that, right before a short quote, make it a name or a scare quote, not speech.
#[rustfmt::skip]
fn is_naming_word(w: &str) -> bool {
    matches!(
        w,
        "such" | "so-called" | "the" | "a" | "an" | "dubbed" | "called" | "named" | "titled" | "entitled" |
        "its" | "their"
    )
}

/// Verbs that give what they name a name of the speaker's own ('called the president "a true
/// friend"'): the quote after their object is the subject's.
fn is_naming_verb(w: &str) -> bool {
    matches!(w, "called" | "calls" | "calling" | "hailed" | "hails" | "branded" | "brands" | "termed" | "terms")
}

/// Finds the statements of a document.
pub fn find(ix: &DocIndex<'_>, events: &Events) -> Vec<Statement> {
    let doc = ix.doc;
    let quotes = quotes::find(doc);
    let mut out: Vec<Statement> = Vec::new();
    // Speech cues of each narrative sentence, outside quotes.
    // Quotes come in text order and do not overlap: the one that may hold token k is the last
    // that opens before it.
    let inside_quote = |k: usize| {
        let i = quotes.partition_point(|q| q.open < k);
        i > 0 && quotes.get(i - 1).is_some_and(|q| k < q.close)
    };
    let mut cues: Vec<(usize, usize, SpeechKind, usize)> = Vec::new(); // (first, end, kind, sentence)
    for (si, s) in doc.sentences.iter().enumerate() {
        if !doc.is_narrative(si) {
            continue;
        }
        for (i, m) in speech::verbs().find_all(doc.text, doc.sentence_tokens(si), doc.sentence_keys(si)) {
            let (first, end) = (s.first_token + i, s.first_token + m.end);
            if !inside_quote(first) {
                cues.push((first, end, *m.value, si));
            }
        }
    }
    // Direct quotes.
    let mut last_speaker: Option<(usize, Option<usize>)> = None; // (paragraph, speaker)
    for q in &quotes {
        let Some(si) = doc.sentence_at(doc.tokens.get(q.open).map_or(0, |t| t.start())) else { continue };
        let para = doc.sentences.get(si).map_or(0, |s| s.paragraph);
        let words = doc.slice(q.span.0, q.span.1).split_whitespace().count();
        let speaker = quote_speaker(ix, q, &cues);
        let speaker = match speaker {
            Some(s) => Some(s),
            // A paragraph that is one quote, after a paragraph about someone: "Mr. Abe attempted
            // to put a positive spin on the negotiations." / "TPP will bring great benefits ..."
            None if words >= 5 && starts_paragraph(doc, q) && last_speaker.is_none_or(|(p, _)| p + 1 < para) => {
                previous_paragraph_speaker(ix, &cues, para)
            }
            // A quote that continues one of the paragraph before, or follows a quote of the same
            // paragraph, is said by the same speaker.
            None if words >= 4 => last_speaker
                .filter(|(p, _)| *p == para || (q.continued || starts_paragraph(doc, q)) && *p + 1 >= para)
                .and_then(|(_, s)| s),
            None => None,
        };
        let naming = q.open.checked_sub(1).is_some_and(|p| is_naming_word(ix.lower(p)));
        if speaker.is_none() && words <= 3 || naming && words <= 6 && cue_near(q, &cues).is_none() {
            continue;
        }
        last_speaker = Some((para, speaker));
        out.push(Statement { speaker, span: q.span, direct: true, social: false, event: None, sentence: si });
    }
    // Reported speech.
    let recent = Recent::new(events);
    for (n, &(first, end, kind, si)) in cues.iter().enumerate() {
        // Passives and hearsay ("rejected by Ukraine", "was said to have conducted") report no
        // one's words.
        if ix.lower(end) == "by" || (ix.lower(end) == "to" && matches!(ix.lower(end + 1), "have" | "be")) {
            continue;
        }
        // A headline's "X says ..." is a summary of the story, not a statement of its own.
        if doc.headline == Some(si) {
            continue;
        }
        let Some(sent) = doc.sentences.get(si) else { continue };
        let (a, b) = (sent.first_token, sent.end_token);
        let speakers = cue_speakers(ix, &cues, n, a, &recent);
        if speakers.is_empty() {
            continue;
        }
        let Some(span) = content(ix, kind, first, end, a, b, &quotes) else { continue };
        for s in speakers {
            out.push(Statement { speaker: Some(s), span, direct: false, social: false, event: None, sentence: si });
        }
    }
    // Transcripts and speeches: each paragraph is its speaker's, in pieces of a few sentences.
    for (pi, slot) in ix.speech.paragraphs.iter().enumerate() {
        let (Some((Some(speaker), start)), Some(p)) = (slot, doc.paragraphs.get(pi)) else { continue };
        for (s, e) in speech_pieces(ix, p, *start) {
            out.push(Statement {
                speaker: Some(*speaker),
                span: (s, e),
                direct: true,
                social: false,
                event: None,
                sentence: doc.sentence_at(s).unwrap_or(0),
            });
        }
    }
    // Embedded posts.
    for post in &doc.posts {
        let at = ix.actors.mentions.partition_point(|m| m.span < post.author);
        let author = ix.actors.mentions.get(at).filter(|m| m.span == post.author).map(|m| m.actor);
        for &(s, e) in &post.body {
            out.push(Statement {
                speaker: author,
                span: (s, e),
                direct: true,
                social: true,
                event: None,
                sentence: doc.sentence_at(s).unwrap_or(0),
            });
        }
    }
    crate::sort::by_key(&mut out, |s| (s.span.0 as u64) << 1 | u64::from(s.direct));
    out.dedup_by(|a, b| a.span == b.span && a.speaker == b.speaker);
    // "said the United States has been in touch": the same speaker's reported words read twice,
    // once in part, are one statement.
    let inside = |x: &Statement, y: &Statement| {
        !x.direct
            && !y.direct
            && x.speaker == y.speaker
            && y.span.0 <= x.span.0
            && x.span.1 <= y.span.1
            && x.span != y.span
    };
    // Sorted by start, the statement holding another stands a few places before or after it.
    let keep: Vec<bool> = (0..out.len())
        .map(|i| {
            let near = out.get(i.saturating_sub(8)..(i + 8).min(out.len())).unwrap_or(&[]);
            out.get(i).is_none_or(|x| !near.iter().any(|y| inside(x, y)))
        })
        .collect();
    let mut flags = keep.into_iter();
    out.retain(|_| flags.next().unwrap_or(true));
    link_events(ix, events, &mut out);
    out
}

/// Which event "they" and "we" refer to at a point of the text: of the events with two or more
/// participants whose first mention starts at or before it, the one last in the list. Looked up
/// by binary search, so a long text's pronouns do not each scan every event.
struct Recent<'e> {
    events: &'e Events,
    /// The first-mention starts of the events with two or more participants, in order, each
    /// with the greatest list index among the events up to it.
    latest: Vec<(usize, usize)>,
}

impl<'e> Recent<'e> {
    fn new(events: &'e Events) -> Recent<'e> {
        let mut two: Vec<(usize, usize)> = events
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.participants.len() >= 2)
            .filter_map(|(i, e)| Some((e.evidence.first()?.0, i)))
            .collect();
        crate::sort::by_key(&mut two, |&(start, _)| start as u64);
        let mut max = 0;
        for (_, i) in &mut two {
            max = max.max(*i);
            *i = max;
        }
        Recent { events, latest: two }
    }

    /// The event "they" at byte `at` stands for.
    fn last_from(&self, at: usize) -> Option<&'e Event> {
        let n = self.latest.partition_point(|&(s, _)| s <= at);
        self.latest.get(n.checked_sub(1)?).and_then(|&(_, i)| self.events.list.get(i))
    }
}

/// The longest a piece of a speech may be before it is cut at a sentence boundary.
const PIECE: usize = 250;

/// A paragraph of speech cut into pieces of whole sentences, each up to about [`PIECE`] bytes.
fn speech_pieces(ix: &DocIndex<'_>, p: &crate::text::Paragraph, start: usize) -> Vec<(usize, usize)> {
    let doc = ix.doc;
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for s in doc.sentences.get(p.first_sentence..p.end_sentence).unwrap_or(&[]) {
        if s.end <= start {
            continue;
        }
        let s0 = s.start.max(start);
        current = match current {
            Some((a, _)) if s.end - a > PIECE && s0 > a => {
                if let Some(c) = current {
                    out.push(c);
                }
                Some((s0, s.end))
            }
            Some((a, _)) => Some((a, s.end)),
            None => Some((s0, s.end)),
        };
    }
    out.extend(current);
    out.into_iter().filter(|&(a, b)| doc.slice(a, b).split_whitespace().count() >= 3).collect()
}

fn starts_paragraph(doc: &crate::text::Document<'_>, q: &Quote) -> bool {
    doc.tokens.get(q.open).is_some_and(|t| t.newlines_before >= 2 || q.open == 0)
}

/// Who the paragraph before `para` is about: the speaker of its last speech verb, else the
/// first person its last sentence names outside a prepositional phrase.
fn previous_paragraph_speaker(
    ix: &DocIndex<'_>,
    cues: &[(usize, usize, SpeechKind, usize)],
    para: usize,
) -> Option<usize> {
    let p = ix.doc.paragraphs.get(para.checked_sub(1)?)?;
    let sentences = p.first_sentence..p.end_sentence;
    let end = cues.partition_point(|c| c.3 < sentences.end);
    if let Some((n, c)) = cues.iter().enumerate().take(end).rev().take_while(|(_, c)| c.3 >= sentences.start).next() {
        let start = ix.doc.sentences.get(c.3).map_or(0, |s| s.first_token);
        if let Some(&s) = subject_before(ix, cues, n, start, None).first() {
            return Some(s);
        }
    }
    let last = ix.doc.sentences.get(p.end_sentence.checked_sub(1)?)?;
    first_subject(ix, last.first_token, last.end_token)
        .into_iter()
        .find(|&a| ix.actor_kind(a) == Some(ActorKind::Person))
}

/// The cues whose first token lies in `lo..hi` (cues are in text order).
fn window(cues: &[(usize, usize, SpeechKind, usize)], lo: usize, hi: usize) -> &[(usize, usize, SpeechKind, usize)] {
    let a = cues.partition_point(|c| c.0 < lo);
    let b = cues.partition_point(|c| c.0 < hi);
    cues.get(a..b.max(a)).unwrap_or(&[])
}

/// A speech cue in the quote's sentence, right after the closing mark or right before the
/// opening one.
fn cue_near<'c>(
    q: &Quote,
    cues: &'c [(usize, usize, SpeechKind, usize)],
) -> Option<&'c (usize, usize, SpeechKind, usize)> {
    window(cues, q.open.saturating_sub(8), q.close + 9)
        .iter()
        .find(|c| (c.0 > q.close && c.0 <= q.close + 8) || (c.1 <= q.open && c.1 + 6 >= q.open))
}

/// The speaker of a direct quote.
fn quote_speaker(ix: &DocIndex<'_>, q: &Quote, cues: &[(usize, usize, SpeechKind, usize)]) -> Option<usize> {
    if starts_paragraph(ix.doc, q) {
        if let Some(a) = named_after(ix, q) {
            return Some(a);
        }
    }
    let sentence_of = |k: usize| ix.doc.tokens.get(k).and_then(|t| ix.doc.sentence_at(t.start()));
    let close_sentence = sentence_of(q.close.saturating_sub(1));
    let open_sentence = sentence_of(q.open + 1);
    // After: '"...," Kremlin aide Yuri Ushakov stated.', '"...," he said.', '"...," said Kerry.'
    // Not '"..." and said Damascus stood with Tehran': a verb coordinated with the clause before
    // the quote has that clause's subject.
    // Nor '"solemn protest" with the US side, urging Washington': a phrase of the clause the
    // quote stands in (a preposition other than those of a title: "the head of the delegation").
    let of_the_clause = |c: &(usize, usize, SpeechKind, usize)| {
        (q.close + 1..c.0).any(|k| {
            let w = ix.lower(k);
            matches!(w, "and" | "but" | "while")
                || crate::events::frames::is_preposition(w) && !matches!(w, "of" | "for" | "at" | "in")
        })
    };
    if let Some(c) = window(cues, q.close + 1, q.close + 9)
        .iter()
        .find(|c| Some(c.3) == close_sentence.or(sentence_of(q.close)))
        .filter(|c| !of_the_clause(c))
    {
        // The mention between the quote and the cue (not after a preposition: '"anti-terrorist
        // operations" inside Afghanistan, officials said'), or right after the cue.
        for k in (q.close + 1)..c.0 {
            let after_preposition = k > 0 && crate::events::frames::is_preposition(ix.lower(k - 1));
            if let Some(m) = ix.mention_at(k).filter(|_| !after_preposition) {
                if let Some(&a) = m.actors.first() {
                    return Some(a);
                }
            }
            if matches!(ix.lower(k), "he" | "she") {
                return last_speaker(ix, cues, q.open, ix.lower(k)).or_else(|| ix.person_before(q.open, ix.lower(k)));
            }
        }
        if let Some(m) = ix.mention_at(c.1) {
            return m.actors.first().copied();
        }
        // '"...," said the European Union's foreign policy chief, Josep Borrell': a person named
        // after a description.
        let person = ix.person_in(
            (c.1..c.1 + 14).take_while(|&k| !matches!(ix.lower(k), "." | ";" | "who" | "that" | "\"" | "“" | "”")),
        );
        if person.is_some() {
            return person;
        }
    }
    // Before: 'Ushakov stated that "...', 'X said: "...', 'Kerry says he and Lavrov have agreed
    // to do "homework"': the sentence's first speech verb before the quote is the one that
    // reports it.
    let in_sentence = |s: Option<usize>| -> std::ops::Range<usize> {
        match s {
            Some(s) => cues.partition_point(|c| c.3 < s)..cues.partition_point(|c| c.3 <= s),
            None => 0..0,
        }
    };
    let own = in_sentence(open_sentence);
    if cues[own.clone()].iter().any(|c| c.1 <= q.open && c.1 + 6 >= q.open) {
        let sentence_start = open_sentence.and_then(|s| ix.doc.sentences.get(s)).map_or(0, |s| s.first_token);
        // The first cue, unless a comma opens a new clause before a later one ("Russia denounced
        // it, with spokeswoman Maria Zakharova describing the strike as "...""); not the verbs of
        // reported speech ('Kerry says he and Lavrov have agreed to do "homework"').
        let before: Vec<usize> = own.filter(|&n| cues[n].1 <= q.open).collect();
        let mut chosen = 0;
        for (i, pair) in before.windows(2).enumerate() {
            if let [p, n] = *pair {
                if (cues[p].1..cues[n].0).any(|k| ix.word(k) == ",") {
                    chosen = i + 1;
                }
            }
        }
        for &n in before.get(chosen..).unwrap_or(&[]).iter().chain(&before) {
            if let Some(&s) = cue_speakers_simple(ix, cues, n, sentence_start).first() {
                return Some(s);
            }
        }
    }
    // 'Seaga: "We had no choice"': the one named right before a colon.
    if q.open > 0 && ix.word(q.open - 1) == ":" {
        if let Some(&a) = ix.mention_ending_at(q.open - 1).and_then(|m| m.actors.first()) {
            return Some(a);
        }
    }
    // 'McCarthy called the president "a true and trusted friend"': whoever named what the
    // quote names (the verb a few words before it, its subject right before the verb).
    let verb = (q.open.saturating_sub(5)..q.open).rev().find(|&k| is_naming_verb(ix.lower(k)));
    let namer = verb
        .and_then(|v| ix.mention_ending_at(v))
        .and_then(|m| m.actors.iter().copied().find(|&a| ix.actor_kind(a) == Some(ActorKind::Person)));
    if namer.is_some() {
        return namer;
    }
    // In the same sentence: a partial quote inside reported speech.
    let si = ix.doc.sentence_at(ix.doc.tokens.get(q.open).map_or(0, |t| t.start()))?;
    // The cue nearest before the quote ("Russia denounced it, with spokeswoman Maria Zakharova
    // describing the strike as "absolutely unacceptable""), else the sentence's first.
    let mine = in_sentence(Some(si));
    if let Some(n) = mine.clone().rev().find(|&n| cues[n].1 <= q.open).or_else(|| mine.clone().next()) {
        let sentence_start = ix.doc.sentences.get(si).map_or(0, |s| s.first_token);
        return cue_speakers_simple(ix, cues, n, sentence_start).first().copied();
    }
    lead_in(ix, q, cues).or_else(|| said_just_before(ix, q, cues, si))
}

/// The openings of `named_after.txt`, each as its words.
fn named_after_openings() -> &'static [Vec<&'static str>] {
    static OPENINGS: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    OPENINGS.get_or_init(|| {
        crate::data::rows(crate::data::data_file!("statements/named_after.txt"))
            .filter_map(|r| r.first().map(|l| l.split(' ').collect()))
            .collect()
    })
}

/// '"Eston Kohver is home." The words were posted on Facebook by Prime Minister Taavi Rõivas.':
/// a quote whose next sentence opens by naming who said it (`named_after.txt`): the first
/// person that sentence names after the opening, else the first actor.
fn named_after(ix: &DocIndex<'_>, q: &Quote) -> Option<usize> {
    let doc = ix.doc;
    let si = doc.sentence_at(doc.tokens.get(q.close)?.start())?;
    let next = doc.sentences.get(si + 1)?;
    // Nothing but punctuation between the quote and the next sentence.
    if (q.close + 1..next.first_token).any(|k| ix.is_word(k)) {
        return None;
    }
    let words = named_after_openings()
        .iter()
        .find(|o| o.iter().enumerate().all(|(i, w)| ix.lower(next.first_token + i) == *w))?;
    let from = next.first_token + words.len();
    let to = next.end_token.min(from + 16);
    ix.person_in(from..to).or_else(|| (from..to).find_map(|k| ix.mention_at(k)?.actors.first().copied()))
}

/// 'Selome Tadesse said there would be no talks. "Ethiopia did not start this war."': a quote
/// that opens a sentence with no cue of its own goes on from the person who spoke in the
/// sentence before, in the same paragraph, when that sentence quotes no one.
fn said_just_before(
    ix: &DocIndex<'_>,
    q: &Quote,
    cues: &[(usize, usize, SpeechKind, usize)],
    si: usize,
) -> Option<usize> {
    let here = ix.doc.sentences.get(si)?;
    let prev_si = si.checked_sub(1)?;
    let prev = ix.doc.sentences.get(prev_si)?;
    // (After a quote of its own the quote goes on from that one's speaker, found later.)
    let quoted = (prev.first_token..prev.end_token).any(|k| ix.is_quote(k));
    if here.first_token != q.open || prev.paragraph != here.paragraph || quoted {
        return None;
    }
    let n = cues.partition_point(|c| c.3 < si).checked_sub(1).filter(|&n| cues[n].3 == prev_si)?;
    if cues[n].2 == SpeechKind::According {
        return None;
    }
    subject_before(ix, cues, n, prev.first_token, None)
        .into_iter()
        .find(|&a| ix.actor_kind(a) == Some(ActorKind::Person))
}

/// '"...," he said.' after 'Trump said he did not expect a breakthrough before he met Putin.':
/// the person who spoke last before the quote (in its sentence or the one before), when the
/// pronoun fits, rather than the person named last.
fn last_speaker(
    ix: &DocIndex<'_>,
    cues: &[(usize, usize, SpeechKind, usize)],
    open: usize,
    pronoun: &str,
) -> Option<usize> {
    let si = ix.doc.sentence_at(ix.doc.tokens.get(open)?.start())?;
    let n = cues.partition_point(|c| c.1 <= open).checked_sub(1)?;
    let (_, _, kind, cs) = *cues.get(n)?;
    if cs + 1 < si || kind == SpeechKind::According || ix.quoted(cues.get(n)?.0) {
        return None;
    }
    let start = ix.doc.sentences.get(cs).map_or(0, |s| s.first_token);
    let speakers = subject_before(ix, cues, n, start, None);
    match speakers.as_slice() {
        [one] if ix.actor_kind(*one) == Some(ActorKind::Person) && ix.fits(*one, pronoun) => Some(*one),
        _ => None,
    }
}

/// A quote that is a paragraph of its own, after a paragraph that ends with a colon ("Quotes
/// attributable to Senator Wong:", "The minister said:"), perhaps after other such quotes: the
/// speaker that paragraph names.
fn lead_in(ix: &DocIndex<'_>, q: &Quote, cues: &[(usize, usize, SpeechKind, usize)]) -> Option<usize> {
    let doc = ix.doc;
    let at = doc.tokens.get(q.open)?.start();
    let pi = doc.paragraphs.partition_point(|p| p.end <= at);
    let opens_paragraph = |p: &crate::text::Paragraph| {
        doc.sentences
            .get(p.first_sentence)
            .and_then(|s| doc.tokens.get(s.first_token))
            .is_some_and(|t| t.kind == crate::text::TokenKind::Quote)
    };
    if !doc.paragraphs.get(pi).is_some_and(|p| p.start == at && opens_paragraph(p)) {
        return None;
    }
    let lead =
        (pi.saturating_sub(6)..pi).rev().map(|k| doc.paragraphs.get(k)).find(|p| !p.is_some_and(opens_paragraph))??;
    let last = doc.sentences.get(lead.end_sentence.checked_sub(1)?)?;
    if doc.tokens.get(last.end_token.checked_sub(1)?)?.text(doc.text) != ":" {
        return None;
    }
    let first = doc.sentences.get(lead.first_sentence)?.first_token;
    let n = cues.partition_point(|c| c.1 <= last.end_token).checked_sub(1).filter(|&n| cues[n].0 >= first);
    let Some(n) = n else {
        // "Quotes attributable to Senator Wong:", "Statement by the Minister:": a short lead-in
        // without a speech verb names its speaker.
        if last.end_token - first > 16 {
            return None;
        }
        return ix.person_in((first..last.end_token).rev());
    };
    let (_, end, kind, _) = cues[n];
    if kind == SpeechKind::According {
        return ix.mention_at(end).and_then(|m| m.actors.first().copied());
    }
    subject_before(ix, cues, n, last.first_token, None).first().copied()
}

/// The speaker of cue `n` by the words before it (no event context).
fn cue_speakers_simple(
    ix: &DocIndex<'_>,
    cues: &[(usize, usize, SpeechKind, usize)],
    n: usize,
    a: usize,
) -> Vec<usize> {
    subject_before(ix, cues, n, a, None)
}

/// The speakers of cue `n`: its subject, or "according to X".
fn cue_speakers(
    ix: &DocIndex<'_>,
    cues: &[(usize, usize, SpeechKind, usize)],
    n: usize,
    a: usize,
    recent: &Recent<'_>,
) -> Vec<usize> {
    let (_, end, kind, _) = cues[n];
    if kind == SpeechKind::According {
        return ix.mention_at(end).map(|m| m.actors.to_vec()).unwrap_or_default();
    }
    subject_before(ix, cues, n, a, Some(recent))
}

/// The subject before a cue: the nearest mention not after a preposition (with the mentions
/// coordinated with it), a pronoun, or — for a participle after a comma ("..., expressing") —
/// the speaker of the sentence's earlier cue or its first subject.
fn subject_before(
    ix: &DocIndex<'_>,
    cues: &[(usize, usize, SpeechKind, usize)],
    n: usize,
    a: usize,
    recent: Option<&Recent<'_>>,
) -> Vec<usize> {
    let (first, _, _, si) = cues[n];
    let participle = ix.lower(first).ends_with("ing") && first > a && ix.word(first - 1) == ",";
    // "Erdogan hosted Zelenskyy on Friday and said ...": a second verb of the clause's subject
    // (not when a name stands before "and": "... hosted Zelenskyy and said" is left to the walk
    // back below).
    let second_verb = first > a + 1 && ix.lower(first - 1) == "and" && ix.mention_ending_at(first - 1).is_none();
    if participle || second_verb {
        // Cues are in text order: the sentence's earlier cue, if any, stands just before.
        if let Some(prev) = n.checked_sub(1).filter(|&p| cues.get(p).is_some_and(|c| c.3 == si)) {
            return subject_before(ix, cues, prev, a, recent);
        }
        return first_subject(ix, a, first);
    }
    let mut k = first;
    while k > a && first - k < 25 {
        let w = ix.lower(k - 1);
        if matches!(w, ";" | ":") || w == "\"" || w == "\u{201D}" {
            break;
        }
        // "Fernández, who backed Lula during the Brazilian campaign, said": not Brazil.
        if w == "," {
            if let Some(open) = ix.relative_clause_before(a, k - 1) {
                k = open;
                continue;
            }
        }
        if matches!(w, "he" | "she") {
            return ix.person_before(k - 1, w).into_iter().collect();
        }
        // "Morocco's Ministry of Foreign Affairs responded late on Tuesday. In a short statement,
        // it said ...": "it" right before the verb is the body or state the sentence before
        // opened with.
        if w == "it" && k == first {
            // (Only a name that opens that sentence: "The document ... commits Washington" is no
            // one's.)
            let before = si.checked_sub(1).and_then(|p| ix.doc.sentences.get(p));
            let opens = |s: &crate::text::Sentence| {
                let at = if ix.lower(s.first_token) == "the" { s.first_token + 1 } else { s.first_token };
                ix.mention_at(at).map(|m| m.actors.to_vec()).unwrap_or_default()
            };
            let found = before.map(opens).unwrap_or_default();
            return found.into_iter().filter(|&x| ix.actor_kind(x) != Some(ActorKind::Person)).collect();
        }
        if matches!(w, "they" | "we") {
            // "They agreed": the participants of the event read last.
            let before = ix.doc.tokens.get(k - 1).map_or(0, |t| t.start());
            return recent
                .and_then(|r| r.last_from(before))
                .map(|e| {
                    e.participants.iter().copied().filter(|&p| ix.actor_kind(p) == Some(ActorKind::Person)).collect()
                })
                .unwrap_or_default();
        }
        if let Some(m) = ix.mention_ending_at(k) {
            // "Russia, Syria's main international ally, has denied": the owner in an
            // apposition is no speaker.
            let appositive =
                m.first > a + 1 && ix.lower(m.first - 1) == "," && ix.mention_ending_at(m.first - 1).is_some();
            if ix.is_possessive(m.end) && m.end < first && appositive {
                k = m.first;
                continue;
            }
            // "After Lavrov said": a subordinator right before the speaker and its verb is no
            // preposition.
            use crate::events::frames::{is_preposition, is_subordinator};
            let mut before = m.first.checked_sub(1).map(|p| ix.lower(p)).unwrap_or_default();
            // A preposition before the article is the mention's ("Ambassador to the UAE").
            if before == "the" {
                let w = m.first.checked_sub(2).map(|p| ix.lower(p)).unwrap_or_default();
                if is_preposition(w) && !is_subordinator(w) {
                    before = w;
                }
            }
            // Nor is "with" before the subject of a participle ("with spokeswoman Maria
            // Zakharova describing the strike as ...").
            let absolute = before == "with" && m.end == first && ix.lower(first).ends_with("ing");
            let prepositional = (is_preposition(before) && !(is_subordinator(before) && m.end == first) && !absolute)
                || matches!(before, "by" | "through");
            if !prepositional && m.kind != Some(MentionKind::City) {
                let mut found = m.actors.to_vec();
                let mut f = m.first;
                // "Putin, Xi and Modi said" (not "... to Stockholm, Foreign Minister X said": a
                // series ends with "and").
                let series = f > a && ix.lower(f - 1) == "and";
                while series && f > a && matches!(ix.lower(f - 1), "and" | ",") {
                    match ix.mention_ending_at(f - 1) {
                        Some(prev) => {
                            found.extend(prev.actors.iter().copied());
                            f = prev.first;
                        }
                        None => break,
                    }
                }
                return found;
            }
            k = m.first;
            continue;
        }
        k -= 1;
    }
    Vec::new()
}

/// The first mention of a sentence that is not after a preposition.
fn first_subject(ix: &DocIndex<'_>, a: usize, before: usize) -> Vec<usize> {
    for k in a..before {
        // A city (a dateline's "ISTANBUL (AP) —") is a place, never a speaker.
        if let Some(m) = ix.mention_at(k).filter(|m| m.kind != Some(MentionKind::City)) {
            let prev = k.checked_sub(1).filter(|&p| p >= a).map(|p| ix.lower(p)).unwrap_or_default();
            if !crate::events::frames::is_preposition(prev) {
                return m.actors.to_vec();
            }
        }
    }
    Vec::new()
}

/// The token after the one told at token `k` ("told Trump", "told reporters"), or `k`.
fn after_listener(ix: &DocIndex<'_>, k: usize) -> usize {
    match ix.mention_at(k) {
        Some(m) => m.end,
        None if matches!(ix.lower(k), "him" | "her" | "them" | "reporters" | "journalists") => k + 1,
        None => k,
    }
}

/// What a reported-speech cue says: the words after it to the clause's end, without a listener
/// ("told Trump that"), without a direct quote (that is a statement of its own) and without a
/// closing attribution.
fn content(
    ix: &DocIndex<'_>,
    kind: SpeechKind,
    first: usize,
    end: usize,
    a: usize,
    b: usize,
    quotes: &[Quote],
) -> Option<(usize, usize)> {
    let doc = ix.doc;
    // "CONTENT, Xi said." and "CONTENT, he said, adding that ...": the words before the comma
    // that stands before the speaker (unless a quote holds them: that is a direct statement).
    // (Also "CONTENT, X told journalists on Friday, three days after ...": a listener and a
    // date may follow the verb.)
    let mut tail = if kind == SpeechKind::Tell { after_listener(ix, end) } else { end };
    while tail < b && (ix.date_at(tail).is_some() || ix.lower(tail) == "on" && ix.date_at(tail + 1).is_some()) {
        tail += 1;
    }
    let trailing = kind == SpeechKind::Say || kind == SpeechKind::Tell && tail > end;
    // ("CONTENT, Boumediene announced last night at the closing session of the summit": a
    // phrase of where or when may close the sentence.)
    let closing_phrase = matches!(ix.lower(tail), "at" | "in" | "during" | "before" | "while" | "after");
    if trailing && (matches!(ix.lower(tail), "." | "," | "") || closing_phrase) {
        let speaker_at = match ix.mention_ending_at(first) {
            Some(m) => Some(m.first),
            None => first.checked_sub(1).filter(|&p| matches!(ix.lower(p), "he" | "she" | "they")),
        };
        // ("On Germany, disarmament and a ban on nuclear tests, American officials said, neither
        // man gave ground": a phrase that opens with a preposition says what about, not what.)
        let topic_phrase = |c: usize| {
            let start = ix.dateline_end(a, c);
            crate::events::frames::is_preposition(ix.lower(start))
                && c.saturating_sub(start) <= 12
                && ix.lower(tail) == ","
        };
        let comma = speaker_at.and_then(|p| p.checked_sub(1)).filter(|&c| c > a + 3 && ix.word(c) == ",");
        if let Some(comma) = comma.filter(|&c| !topic_phrase(c)) {
            // Quotes are in text order: the first that opens in the sentence is the one to check.
            if quotes
                .get(quotes.partition_point(|q| q.open < a))
                .is_some_and(|q| q.open < comma && !embedded(ix, q, a, b))
            {
                return None;
            }
            return span_of(ix, ix.dateline_end(a, comma), comma, 5);
        }
    }
    // "described the talks as frank", "describing the conversation as a courtesy call": what
    // was said is the whole description, what it names included.
    let verb = ix.lower(first);
    let describing = ["describ", "characteri", "portray"].iter().any(|v| verb.starts_with(v));
    let described = describing && end > first + 2 && ix.lower(end - 1) == "as";
    // (When the description is a quote, the quote is the statement: 'the strike as "absolutely
    // unacceptable"'.)
    if described && ix.is_quote(end) {
        return None;
    }
    let mut start = if described { first + 1 } else { end };
    match kind {
        SpeechKind::According => {
            // "according to X, CONTENT" or "CONTENT, according to X"
            let after = ix.mention_at(end).map_or(end, |m| m.end);
            if ix.word(after) == "," && after + 1 < b {
                start = after + 1;
            } else if first > a + 3 {
                return span_of(ix, a, first.saturating_sub(usize::from(ix.word(first - 1) == ",")), 4);
            } else {
                return None;
            }
        }
        SpeechKind::Tell => {
            // the listener, then "that"
            start = after_listener(ix, start);
            // A broadcaster or newspaper the lexicon does not know: "told Czech Television",
            // "told Rossiya 24".
            let named = |k: usize| ix.is_word(k) && !ix.word(k).starts_with(char::is_lowercase);
            while start < b && named(start) && ix.mention_at(start).is_none() {
                start += 1;
            }
            // "told reporters in Moscow that", "told Czech Television on Sunday that": a phrase
            // of where or when between the listener and the "that".
            let phrase =
                matches!(ix.lower(start), "in" | "at" | "on" | "after" | "during" | "before" | "late" | "earlier")
                    || ix.date_at(start).is_some();
            if phrase {
                if let Some(k) =
                    (start + 1..b.min(start + 10)).take_while(|&k| ix.is_word(k)).find(|&k| ix.lower(k) == "that")
                {
                    start = k;
                }
            }
            if ix.lower(start) != "that" && !ix.is_quote(start) {
                return None;
            }
        }
        _ => {}
    }
    // "agreed on Wednesday to resume ...": the date tells when it was said, not what.
    while start < b && ix.date_at(start).is_some() {
        start += 1;
    }
    if ix.lower(start) == "that" {
        start += 1;
    }
    if matches!(ix.lower(start), ":" | ",") {
        start += 1;
    }
    // "said in a statement that ...", "said in his speech before 500 guests that ...": what
    // was said follows the "that" after the phrase of where or how; without one, the phrase
    // is all there is and says nothing.
    if matches!(ix.lower(start), "in" | "at" | "after" | "during" | "via" | "through")
        && !matches!(ix.lower(start + 1), "which" | "what")
        && ix.date_at(start + 1).is_none()
    {
        match (start + 1..b.min(start + 16)).find(|&k| ix.lower(k) == "that") {
            Some(k) => start = k + 1,
            None => return None,
        }
    }
    // "denounced it, with ...": a pronoun alone says nothing.
    if matches!(ix.lower(start), "it" | "them" | "this") && matches!(ix.lower(start + 1), "," | "." | ";" | "as") {
        return None;
    }
    // Content that opens with a quote is the quote's statement.
    if ix.is_quote(start) {
        return None;
    }
    let mut stop = b;
    let mut min_words = if described { 3 } else { 4 };
    // Up to a direct quote (what comes before it must say something on its own), a semicolon,
    // or a closing attribution. A quote inside the clause ("have held "constructive" talks")
    // is part of what was said: the content runs over it.
    let mut inside: Option<(usize, usize)> = None;
    for q in quotes.get(quotes.partition_point(|q| q.open < start)..).unwrap_or(&[]) {
        if q.open >= stop {
            break;
        }
        if embedded(ix, q, start, b) {
            inside = Some((inside.map_or(q.open, |i| i.0), q.close));
            continue;
        }
        stop = q.open;
        min_words = 6;
        break;
    }
    for k in start..stop {
        // Words inside a quote do not end the clause; a comma at a quote's end followed by a
        // closing attribution does ("Russia "will not retreat," Ushakov stated").
        if inside.is_some_and(|(o, c)| k >= o && k <= c) {
            let closes = inside.is_some_and(|(_, c)| k + 1 == c) && ix.word(k) == "," && attributed(ix, k + 2, b);
            if closes {
                min_words = min_words.min(2);
                stop = k + 2;
                break;
            }
            continue;
        }
        let w = ix.lower(k);
        if w == ";" {
            stop = k;
            break;
        }
        // ", according to X" ends the content; so does "and said ..." ("thanked Turkey for its
        // support and said ..."): the next report begins.
        let cue_at = |j: usize| speech::verbs().longest_at(doc.text, &doc.tokens, &doc.keys, j);
        let next_cue = || cue_at(k + 1).map(|m| *m.value);
        if w == "," && next_cue() == Some(SpeechKind::According) || w == "and" && k > start && next_cue().is_some() {
            stop = k;
            break;
        }
        // "the aggressor had been punished, and later accepted a peace plan", "but declined to
        // say": a verb with no subject of its own after "and"/"but" is the speaker's next act.
        if w == "," && matches!(ix.lower(k + 1), "and" | "but") {
            let verb_at =
                if matches!(ix.lower(k + 2), "later" | "then" | "also" | "subsequently") { k + 3 } else { k + 2 };
            let verb = ix.lower(verb_at);
            if verb.len() > 4 && verb.ends_with("ed") && ix.word(verb_at).starts_with(char::is_lowercase) {
                stop = k;
                break;
            }
        }
        // "..., and he urged Iran to comply": a report of its own.
        let pronoun = |j: usize| matches!(ix.lower(j), "he" | "she" | "they" | "it");
        if w == "and" && k > start && pronoun(k + 1) && cue_at(k + 2).is_some() {
            stop = if ix.lower(k - 1) == "," { k - 1 } else { k };
            break;
        }
        // "welcomed the agreement, his spokesman said.": the attribution closes the content.
        if w == "," && attributed(ix, k + 1, b) {
            // Short is enough then: the attribution says it was said.
            min_words = min_words.min(2);
            stop = k;
            break;
        }
    }
    span_of(ix, start, stop, min_words)
}

/// Whether the words from token `from` on are a closing attribution ("his spokesman said."): a
/// verb of saying within the next five tokens that ends the sentence.
fn attributed(ix: &DocIndex<'_>, from: usize, b: usize) -> bool {
    let doc = ix.doc;
    (from + 1..(from + 5).min(b)).any(|j| {
        speech::verbs()
            .longest_at(doc.text, &doc.tokens, &doc.keys, j)
            .is_some_and(|m| *m.value == SpeechKind::Say && matches!(ix.lower(m.end), "." | "" | "?" | "!"))
    })
}

/// A quote inside a clause of reported speech, between its words ("said the talks were
/// "constructive" and"): it opens after a word of the clause (not after a colon or comma, nor at
/// its start) and closes within the sentence `..b`.
fn embedded(ix: &DocIndex<'_>, q: &Quote, start: usize, b: usize) -> bool {
    !q.continued && !q.runs_on && q.open > start && q.close < b && ix.is_word(q.open - 1)
}

/// The byte span of tokens `a..b` without closing punctuation, if it holds at least `min` words.
fn span_of(ix: &DocIndex<'_>, a: usize, b: usize, min: usize) -> Option<(usize, usize)> {
    let mut b = b;
    while b > a && !ix.is_word(b - 1) {
        b -= 1;
    }
    // A closing quote mark stays when its quote opened inside the span.
    if ix.is_quote(b) && (a..b).filter(|&k| ix.is_quote(k)).count() % 2 == 1 {
        b += 1;
    }
    if (a..b).filter(|&k| ix.is_word(k)).count() < min {
        return None;
    }
    Some((ix.doc.tokens.get(a)?.start(), ix.doc.tokens.get(b - 1)?.end()))
}

/// A statement belongs to the event whose sentence it stands in, or else to the article's main
/// call, meeting or visit when its speaker took part in it and it comes after its first mention.
fn link_events(ix: &DocIndex<'_>, events: &Events, out: &mut [Statement]) {
    let main = events.list.iter().position(|e| e.kind.is_consult());
    let mut by_sentence: crate::data::FastMap<usize, usize> = crate::data::FastMap::default();
    for (i, e) in events.list.iter().enumerate() {
        for &s in &e.sentences {
            by_sentence.entry(s).or_insert(i);
        }
    }
    for s in out.iter_mut() {
        if s.social {
            continue;
        }
        s.event = by_sentence.get(&s.sentence).copied().or_else(|| {
            let m = main?;
            let e = events.list.get(m)?;
            let after = e.evidence.first().is_some_and(|ev| ev.0 <= s.span.0);
            let took_part = s.speaker.is_some_and(|sp| {
                e.participants.contains(&sp)
                    || ix.country(sp).is_some_and(|c| e.participants.iter().any(|&p| ix.country(p) == Some(c)))
            });
            (after && took_part).then_some(m)
        });
    }
}
