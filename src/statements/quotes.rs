//! Direct quotations: straight, curly, guillemet and single quotes, quotes that run over several
//! paragraphs (no closing mark until the last; each paragraph reopens), and quotes left open at
//! a paragraph's end.

use crate::text::{Document, TokenKind};

/// A quotation: the words between the marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark (the paragraph's last token + 1 when it runs on).
    pub close: usize,
    /// Byte span of the quoted words, trimmed.
    pub span: (usize, usize),
    /// The quote continues a quote of the paragraph before.
    pub continued: bool,
    /// The quote runs on into the next paragraph.
    pub runs_on: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

fn opening(c: &str) -> Option<Mark> {
    match c {
        "\u{201C}" | "\u{00AB}" | "\u{201E}" | "\u{201F}" => Some(Mark::Double),
        "\u{2018}" | "\u{201B}" | "\u{2039}" => Some(Mark::Single),
        _ => None,
    }
}

fn closing(c: &str) -> Option<Mark> {
    match c {
        "\u{201D}" | "\u{00BB}" => Some(Mark::Double),
        "\u{2019}" | "\u{203A}" => Some(Mark::Single),
        _ => None,
    }
}

/// Finds the quotations of the narrative (noise is skipped).
pub fn find(doc: &Document<'_>) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carried = false;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let (Some(first_sentence), Some(last_sentence)) =
            (doc.sentences.get(para.first_sentence), doc.sentences.get(para.end_sentence.saturating_sub(1)))
        else {
            continue;
        };
        if (para.first_sentence..para.end_sentence).all(|s| !doc.is_narrative(s)) {
            carried = false;
            continue;
        }
        let (a, b) = (first_sentence.first_token, last_sentence.end_token);
        let mut open: Option<(usize, Mark)> = None;
        let mut continued = false;
        for k in a..b {
            let Some(t) = doc.tokens.get(k) else { break };
            if t.kind != TokenKind::Quote {
                continue;
            }
            let s = t.text(doc.text);
            let next_attached = doc.tokens.get(k + 1).is_some_and(|n| n.attached());
            let straight = s == "\"";
            let single_straight = s == "'" || s == "`";
            match open {
                None => {
                    let mark = opening(s).or(if straight || (single_straight && next_attached && !t.attached()) {
                        Some(if straight { Mark::Double } else { Mark::Single })
                    } else {
                        None
                    });
                    if let Some(mark) = mark {
                        continued = carried && k == a;
                        open = Some((k, mark));
                    }
                }
                Some((o, mark)) => {
                    let closes = closing(s) == Some(mark)
                        || (straight && mark == Mark::Double)
                        || (single_straight && mark == Mark::Single && !next_attached);
                    // A ’ inside a double quote is an apostrophe; “ inside a quote starts a nested one we keep inside.
                    if closes {
                        if let Some(q) = make(doc, o, k, continued, false) {
                            out.push(q);
                        }
                        open = None;
                    }
                }
            }
        }
        carried = false;
        if let Some((o, _)) = open {
            // Open at the paragraph's end: it runs on when the next paragraph opens a quote.
            let next_opens = doc
                .paragraphs
                .get(pi + 1)
                .and_then(|p| doc.sentences.get(p.first_sentence))
                .and_then(|s| doc.tokens.get(s.first_token))
                .is_some_and(|t| t.kind == TokenKind::Quote);
            if let Some(q) = make(doc, o, b, continued, next_opens) {
                out.push(q);
            }
            carried = next_opens;
        }
    }
    out
}

fn make(doc: &Document<'_>, open: usize, close: usize, continued: bool, runs_on: bool) -> Option<Quote> {
    let start = doc.tokens.get(open)?.end();
    let end = if close > open + 1 { doc.tokens.get(close - 1)?.end() } else { return None };
    let raw = doc.text.get(start..end)?;
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(Quote { open, close, span: (start + lead, start + lead + trimmed.len()), continued, runs_on })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        find(&doc).iter().map(|q| doc.slice(q.span.0, q.span.1).to_owned()).collect()
    }

    #[test]
    fn quote_marks_table() {
        let table: &[(&str, &[&str])] = &[
            ("He said it \"will not retreat,\" Ushakov stated.", &["will not retreat,"]),
            ("He called it \u{201C}awkward\u{201D} and left.", &["awkward"]),
            ("She said: \u{2018}We are ready.\u{2019} Then she left.", &["We are ready."]),
            (
                "\u{201C}We will go,\u{201D} he said, \u{201C}and we will win.\u{201D}",
                &["We will go,", "and we will win."],
            ),
            (
                "\u{201C}First paragraph of the quote.\n\n\u{201C}Second paragraph.\u{201D} he said.",
                &["First paragraph of the quote.", "Second paragraph."],
            ),
            ("The countries\u{2019} leaders met. Nothing was quoted.", &[]),
            (
                "\u{201C}The \u{2018}root causes\u{2019} matter,\u{201D} he said.",
                &["The \u{2018}root causes\u{2019} matter,"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(&quotes(text), want, "{text}");
        }
    }
}
