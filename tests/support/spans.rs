//! Checks that every span Readout returns lies within its text, on UTF-16 code-unit boundaries,
//! and slices to the words the JSON says it does. Shared by the adversarial tests, the property
//! tests and the fuzz targets (`#[path]`-included, so it uses nothing but the library).

#![allow(dead_code)]

use readout::timeline::Span;
use readout::{DateMention, Timeline};

/// Byte offset of every UTF-16 offset of a text; `u32::MAX` inside a surrogate pair.
pub struct Utf16Index<'a> {
    text: &'a str,
    byte_at: Vec<u32>,
}

const INSIDE_PAIR: u32 = u32::MAX;

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            byte_at.push(i as u32);
            if c.len_utf16() == 2 {
                byte_at.push(INSIDE_PAIR);
            }
        }
        byte_at.push(text.len() as u32);
        Utf16Index { text, byte_at }
    }

    /// Length of the text in UTF-16 code units.
    pub fn len(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// The text of a span, or why the span is not valid.
    pub fn slice(&self, span: Span) -> Result<&'a str, String> {
        let [s, e] = span;
        if s > e {
            return Err(format!("span {span:?} runs backwards"));
        }
        if e > self.len() {
            return Err(format!("span {span:?} ends past the text ({} UTF-16 units)", self.len()));
        }
        let (bs, be) = (self.byte_at[s], self.byte_at[e]);
        if bs == INSIDE_PAIR || be == INSIDE_PAIR {
            return Err(format!("span {span:?} splits a surrogate pair"));
        }
        Ok(&self.text[bs as usize..be as usize])
    }

    /// The text of a span that must not be empty.
    pub fn slice_nonempty(&self, span: Span, what: &str) -> Result<&'a str, String> {
        let s = self.slice(span).map_err(|e| format!("{what}: {e}"))?;
        if s.is_empty() {
            return Err(format!("{what}: empty span {span:?}"));
        }
        Ok(s)
    }
}

/// Every span of a timeline valid; statement and date texts equal to their spans; every id a
/// reference points at exists.
pub fn check_timeline(text: &str, t: &Timeline) -> Result<(), String> {
    let ix = Utf16Index::new(text);
    check_timeline_with(&ix, t)
}

pub fn check_timeline_with(ix: &Utf16Index, t: &Timeline) -> Result<(), String> {
    let actor = |id: &str| t.actors.iter().any(|a| a.id == id);
    let event = |id: &str| t.events.iter().any(|e| e.id == id);
    for a in &t.actors {
        for &m in &a.mentions {
            ix.slice_nonempty(m, &format!("actor {} ({}) mention", a.id, a.name))?;
        }
    }
    for e in &t.events {
        for &ev in &e.evidence {
            ix.slice_nonempty(ev, &format!("event {} evidence", e.id))?;
        }
        for p in e.participants.iter().chain(e.initiator.iter()) {
            if !actor(p) {
                return Err(format!("event {} names unknown actor {p}", e.id));
            }
        }
        if let Some(d) = &e.date {
            if let Some(span) = d.span {
                let s = ix.slice_nonempty(span, &format!("event {} date", e.id))?;
                if let Some(words) = &d.text {
                    if s != words {
                        return Err(format!("event {} date text {words:?} but span {span:?} is {s:?}", e.id));
                    }
                }
            }
        }
    }
    for s in &t.statements {
        let at = ix.slice_nonempty(s.span, &format!("statement {}", s.id))?;
        if at != s.text {
            return Err(format!("statement {} text {:?} but span {:?} is {at:?}", s.id, s.text, s.span));
        }
        if let Some(sp) = &s.speaker {
            if !actor(sp) {
                return Err(format!("statement {} names unknown speaker {sp}", s.id));
            }
        }
        if let Some(ev) = &s.event {
            if !event(ev) {
                return Err(format!("statement {} names unknown event {ev}", s.id));
            }
        }
    }
    check_dates_with(ix, &t.dates)
}

/// Every date mention's span valid and equal to its text.
pub fn check_dates(text: &str, dates: &[DateMention]) -> Result<(), String> {
    check_dates_with(&Utf16Index::new(text), dates)
}

pub fn check_dates_with(ix: &Utf16Index, dates: &[DateMention]) -> Result<(), String> {
    for d in dates {
        let s = ix.slice_nonempty(d.span, &format!("date {:?}", d.text))?;
        if s != d.text {
            return Err(format!("date text {:?} but span {:?} is {s:?}", d.text, d.span));
        }
    }
    Ok(())
}
