//! The dates stage: finds temporal expressions, settles the publication date, and resolves
//! each expression against it ("on Thursday" → 2025-07-03), tense-aware.

pub mod civil;
pub mod grammar;
pub mod lexicon;
pub mod published;
pub mod resolve;
pub mod tense;

pub use civil::Date;
pub use published::Source;
pub use resolve::{Direction, Grain, Precision, Value};

use grammar::Spec;

use crate::text::Document;

/// What kind of temporal expression was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A date known to its precision.
    Exact,
    /// An approximate date ("mid-March", "over the weekend", "about three weeks ago").
    Approx,
    /// A range, closed or open.
    Range,
    /// Recognised, but the text gives no anchor or no calendar value.
    Unresolved,
    /// A length of time, not a date.
    Duration,
}

impl Kind {
    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Exact => "exact",
            Kind::Approx => "approx",
            Kind::Range => "range",
            Kind::Unresolved => "unresolved",
            Kind::Duration => "duration",
        }
    }
}

/// A temporal expression of the text, resolved where the text allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemporalExpression {
    /// Byte span in the text.
    pub span: (usize, usize),
    /// The sentence that holds it.
    pub sentence: usize,
    /// Its value, when it has one.
    pub value: Option<Value>,
    /// What kind of expression it is.
    pub kind: Kind,
    /// What it means, before resolution (events read offsets such as "a week after" from it).
    pub spec: Spec,
}

/// The dates of a document.
#[derive(Clone, Debug, Default)]
pub struct Dates {
    /// The publication date and where it came from.
    pub published: Option<(Date, Source)>,
    /// The day the text's "today" means: the publication date, or the earlier day of a
    /// newspaper's dateline (see [`published::filing_day`]).
    pub reference: Option<Date>,
    /// Every temporal expression, in text order.
    pub expressions: Vec<TemporalExpression>,
}

impl Dates {
    /// The indices in `expressions` of the expressions of sentence `si`.
    pub fn of_sentence(&self, si: usize) -> std::ops::Range<usize> {
        let from = self.expressions.partition_point(|e| e.sentence < si);
        let to = from + self.expressions.get(from..).map_or(0, |r| r.iter().take_while(|e| e.sentence == si).count());
        from..to
    }
}

/// Finds and resolves the temporal expressions of a document.
pub fn find(doc: &Document<'_>, given: Option<Date>, prefer: Direction) -> Dates {
    // Each sentence is scanned once: the publication date is read from the same findings.
    let mut meanings = Vec::new();
    let scans: Vec<Vec<grammar::Found>> = (0..doc.sentences.len())
        .map(|si| {
            grammar::scan_with(doc.text, &doc.lower, doc.sentence_tokens(si), doc.sentence_keys(si), &mut meanings)
        })
        .collect();
    let published = given.map(|d| (d, Source::Given)).or_else(|| published::infer(doc, &scans));
    let reference = published.map(|(p, _)| published::filing_day(doc, &scans, p).unwrap_or(p));
    let mut expressions = Vec::new();
    let mut previous: Option<Date> = None;
    let mut previous_year: Option<i32> = None;
    for (si, found_here) in scans.into_iter().enumerate() {
        let toks = doc.sentence_tokens(si);
        let mut last: Option<(usize, Option<Direction>)> = None;
        for found in found_here {
            let (Some(first), Some(last_tok)) = (toks.get(found.first), toks.get(found.end.saturating_sub(1))) else {
                continue;
            };
            // A date right after another ("Independence Day on July 4") names the same time.
            let own_direction = match last {
                Some((end, dir)) if end == found.first => dir,
                _ => tense::clause_direction(&doc.lower, toks, found.first, found.end),
            };
            last = Some((found.end, own_direction));
            let cx = resolve::Context {
                reference,
                direction: own_direction.unwrap_or(prefer),
                future_convention: prefer == Direction::Future,
                from_tense: own_direction.is_some(),
                previous,
                previous_year,
            };
            let value = resolve::resolve(&found.spec, &cx).map(|v| Value { approx: v.approx || found.approx, ..v });
            let kind = match (&value, &found.spec) {
                (_, Spec::Duration) => Kind::Duration,
                (None, _) => Kind::Unresolved,
                (Some(v), _) if v.end.is_some() || v.open => Kind::Range,
                (Some(v), _) if v.approx => Kind::Approx,
                _ => Kind::Exact,
            };
            if let Some(v) = value.filter(|v| v.precision == Precision::Day && v.end.is_none()) {
                previous = Some(v.date);
            }
            if let Some(v) = &value {
                previous_year = Some(v.date.year);
            }
            expressions.push(TemporalExpression {
                span: (first.start(), last_tok.end()),
                sentence: si,
                value,
                kind,
                spec: found.spec,
            });
        }
    }
    Dates { published, reference, expressions }
}
