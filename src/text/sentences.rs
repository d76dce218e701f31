//! Paragraph and sentence boundaries over the token stream.
//!
//! A full stop ends a sentence unless the word before it is a title or an initial
//! ("Mr.", "Gen.", "J."), a month before a day ("Jan. 6"), or the next word starts in lower
//! case. Dotted abbreviations ("U.S.") end a sentence only before a word that usually starts
//! one ("The", "He"). Blank lines end paragraphs; a single line break ends a sentence unless
//! the line is hard-wrapped (no closing punctuation and a lower-case word next).

use super::lexicon::TextLexicon;
use super::tokens::{Token, TokenKind};

/// A paragraph: a block of text between blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset after its last token.
    pub end: usize,
    /// Index of its first sentence.
    pub first_sentence: usize,
    /// One past the index of its last sentence.
    pub end_sentence: usize,
    /// Line breaks before the paragraph (2 for one blank line; 0 for the first).
    pub newlines_before: u8,
}

/// A sentence, or a line that stands alone (a headline, a bullet, a caption).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset after its last token.
    pub end: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// The most tokens a sentence holds; longer runs (no full stop for pages) are cut. Real
/// sentences of news copy stay far below it.
pub const MAX_SENTENCE_TOKENS: usize = 160;

fn is_terminal(text: &str) -> bool {
    matches!(text, "." | "!" | "?" | "…" | "。" | "！" | "？")
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Splits the tokens into paragraphs and sentences.
pub fn split(text: &str, tokens: &[Token], lex: &TextLexicon) -> (Vec<Paragraph>, Vec<Sentence>) {
    let mut paragraphs = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut sent_start = 0usize;
    let mut para_first_sentence = 0usize;
    let mut para_newlines = 0u8;
    let n = tokens.len();
    let close = |sentences: &mut Vec<Sentence>, first: usize, end: usize, para: usize| {
        // A run of text without a full stop is read in pieces of bounded length, so that the
        // stages that look across a sentence stay linear in the text.
        let mut first = first;
        while first < end {
            let last = end.min(first + MAX_SENTENCE_TOKENS);
            if let (Some(a), Some(b)) = (tokens.get(first), last.checked_sub(1).and_then(|e| tokens.get(e))) {
                sentences.push(Sentence {
                    start: a.start(),
                    end: b.end(),
                    first_token: first,
                    end_token: last,
                    paragraph: para,
                });
            }
            first = last;
        }
    };
    let mut i = 0;
    while i < n {
        let tok = tokens[i];
        if i > 0 && tok.newlines_before >= 1 {
            let paragraph_break = tok.newlines_before >= 2;
            if i > sent_start {
                let prev = tokens[i - 1];
                let continues = !paragraph_break
                    && !matches!(prev.kind, TokenKind::Quote)
                    && !is_terminal(prev.text(text))
                    && starts_lower(tok.text(text));
                if !continues {
                    close(&mut sentences, sent_start, i, paragraphs.len());
                    sent_start = i;
                }
            }
            if paragraph_break {
                push_paragraph(&mut paragraphs, &sentences, &mut para_first_sentence, para_newlines);
                para_newlines = tok.newlines_before;
            }
        }
        if let Some(after) = sentence_end_after(text, tokens, i, lex) {
            close(&mut sentences, sent_start, after, paragraphs.len());
            sent_start = after;
            i = after;
            continue;
        }
        i += 1;
    }
    close(&mut sentences, sent_start, n, paragraphs.len());
    push_paragraph(&mut paragraphs, &sentences, &mut para_first_sentence, para_newlines);
    (paragraphs, sentences)
}

fn push_paragraph(
    paragraphs: &mut Vec<Paragraph>,
    sentences: &[Sentence],
    first_sentence: &mut usize,
    newlines_before: u8,
) {
    if *first_sentence >= sentences.len() {
        return;
    }
    let (Some(first), Some(last)) = (sentences.get(*first_sentence), sentences.last()) else { return };
    paragraphs.push(Paragraph {
        start: first.start,
        end: last.end,
        first_sentence: *first_sentence,
        end_sentence: sentences.len(),
        newlines_before,
    });
    *first_sentence = sentences.len();
}

/// If a sentence ends at token `i`, the index of the first token after it (past any closing
/// quotes and brackets); otherwise `None`.
fn sentence_end_after(text: &str, tokens: &[Token], i: usize, lex: &TextLexicon) -> Option<usize> {
    let tok = tokens.get(i)?;
    let s = tok.text(text);
    let dotted_abbreviation = tok.kind == TokenKind::Word && s.len() > 2 && s.ends_with('.');
    let terminal = tok.kind == TokenKind::Punct && is_terminal(s);
    if !terminal && !dotted_abbreviation {
        return None;
    }
    // Runs of terminal marks ("...", "?!") end together.
    let mut j = i + 1;
    while tokens.get(j).is_some_and(|t| t.attached() && t.kind == TokenKind::Punct && is_terminal(t.text(text))) {
        j += 1;
    }
    // Closing quotes and brackets stay with the sentence they close.
    while tokens
        .get(j)
        .is_some_and(|t| t.attached() && (t.kind == TokenKind::Quote || matches!(t.text(text), ")" | "]")))
    {
        j += 1;
    }
    let Some(next) = tokens.get(j) else { return Some(j) };
    if !next.space_before {
        return None;
    }
    let next_text = next.text(text);
    if starts_lower(next_text) {
        return None;
    }
    let opens = next.kind == TokenKind::Quote
        || matches!(next_text, "(" | "[" | "•" | "-" | "–" | "—" | "*")
        || next.kind == TokenKind::Number
        || starts_upper(next_text)
        || !next_text.chars().next().is_some_and(char::is_alphanumeric);
    if !opens {
        return None;
    }
    if dotted_abbreviation {
        // "the U.S. President" goes on; "against the U.S. The move" ends.
        return lex.is_sentence_starter(next_text).then_some(j);
    }
    if s == "." && tok.attached() && i > 0 {
        let prev = tokens[i - 1];
        let word = prev.text(text);
        if prev.kind == TokenKind::Word {
            if lex.is_title_abbreviation(word) {
                return None;
            }
            // An initial: "Donald J. Trump"; but a letter after a lowercase word before a
            // sentence starter ends the sentence ("wrote on X. The post ...").
            if word.chars().count() == 1 && starts_upper(word) {
                let after_lower = i > 1 && tokens.get(i - 2).is_some_and(|t| starts_lower(t.text(text)));
                return (after_lower && lex.is_sentence_starter(next_text)).then_some(j);
            }
            // "Jan. 6", "No. 10", "Art. 5".
            if lex.is_abbreviation_before_number(word) && next.kind == TokenKind::Number {
                return None;
            }
        }
    }
    Some(j)
}
