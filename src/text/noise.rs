//! Marks text that is not the article's narrative: embedded social-media posts, photo captions
//! and credits, "Read more" links and page furniture. Marked text stays in the document (its
//! offsets are kept) but later stages do not read events from it; an embedded post becomes a
//! statement of its author.

use super::lexicon::{CueWhere, NoiseKind, TextLexicon};
use super::sentences::{Paragraph, Sentence};

/// An embedded social-media post: its words, its author and its date line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SocialPost {
    /// Byte span of the whole embed, signature included.
    pub span: (usize, usize),
    /// Byte spans of the post's own words, one per paragraph, links removed.
    pub body: Vec<(usize, usize)>,
    /// Byte span of the author's display name ("Libs of TikTok").
    pub author: (usize, usize),
    /// Byte span of the handle without the "@" ("libsoftiktok").
    pub handle: (usize, usize),
    /// Byte span of the date after the handle ("July 3, 2025"), when there is one.
    pub date: Option<(usize, usize)>,
}

/// The noise found in a document.
#[derive(Clone, Debug, Default)]
pub struct NoiseMarks {
    /// For each sentence, what kind of noise it is (`None` for narrative).
    pub sentences: Vec<Option<NoiseKind>>,
    /// Embedded posts, in text order.
    pub posts: Vec<SocialPost>,
}

const DASHES: [&str; 4] = ["\u{2014}", "\u{2013}", " - ", " -- "];

/// Finds the noise of a document split into paragraphs and sentences.
pub fn mark(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence], lex: &TextLexicon) -> NoiseMarks {
    let mut marks = NoiseMarks { sentences: vec![None; sentences.len()], posts: Vec::new() };
    let typical_gap = typical_paragraph_gap(paragraphs);
    for (pi, para) in paragraphs.iter().enumerate() {
        let ptext = text.get(para.start..para.end).unwrap_or("");
        // Line by line: captions and links are lines of their own.
        let mut line_start = para.start;
        for line in ptext.split('\n') {
            let line_end = line_start + line.len();
            if let Some(kind) = classify_line(line.trim(), lex) {
                for (si, s) in sentences.iter().enumerate().take(para.end_sentence).skip(para.first_sentence) {
                    if s.start < line_end && s.end > line_start {
                        marks.sentences[si] = Some(kind);
                    }
                }
            }
            line_start = line_end + 1;
        }
        if let Some(post) = social_signature(text, para, lex) {
            let mut post = post;
            let mut first_para = pi;
            if pi > 0 && para.newlines_before > typical_gap {
                if let Some(prev) = paragraphs.get(pi - 1) {
                    let body_end = link_cut(text, prev.start, prev.end, lex);
                    post.body.insert(0, (prev.start, body_end));
                    post.span.0 = prev.start;
                    first_para = pi - 1;
                }
            }
            for p in &paragraphs[first_para..=pi] {
                for slot in marks.sentences.iter_mut().take(p.end_sentence).skip(p.first_sentence) {
                    *slot = Some(NoiseKind::Social);
                }
            }
            marks.posts.push(post);
        }
    }
    marks
}

/// The most common number of line breaks between paragraphs.
fn typical_paragraph_gap(paragraphs: &[Paragraph]) -> u8 {
    let mut counts = [0usize; 8];
    for p in paragraphs.iter().skip(1) {
        counts[usize::from(p.newlines_before.min(7))] += 1;
    }
    counts.iter().enumerate().max_by_key(|&(i, c)| (*c, std::cmp::Reverse(i))).map_or(2, |(i, _)| i as u8).max(1)
}

fn classify_line(line: &str, lex: &TextLexicon) -> Option<NoiseKind> {
    if line.is_empty() {
        return None;
    }
    let bare = line.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    // Line-start and whole-line cues, when the line's first two bytes may open one.
    if lex.may_open(line) {
        for cue in lex.noise.iter().filter(|c| c.place != CueWhere::Contains) {
            let hit = match cue.place {
                CueWhere::LineStart => line.get(..cue.cue.len()).is_some_and(|p| p.eq_ignore_ascii_case(cue.cue)),
                _ => bare.eq_ignore_ascii_case(cue.cue),
            };
            if hit {
                return Some(cue.kind);
            }
        }
    }
    // Cues found anywhere in a short line, read in one pass with the cues' first two bytes.
    if line.len() < 400 {
        return lex.contained_cue(line);
    }
    None
}

/// Where the post's own words end: before the first link ("pic.twitter.com/...").
fn link_cut(text: &str, start: usize, end: usize, lex: &TextLexicon) -> usize {
    let span = text.get(start..end).unwrap_or("");
    let mut cut = span.len();
    for cue in lex.noise.iter().filter(|c| c.kind == NoiseKind::Social && c.place == CueWhere::Contains) {
        if let Some(i) = span.find(cue.cue) {
            // A link glued to the last word ("us.pic.twitter.com/...") starts at "http", "www."
            // or "pic." when it has one, else at the domain itself.
            let word_start = span[..i].rfind(char::is_whitespace).map_or(0, |w| w + 1);
            let word = &span[word_start..i];
            let link_start =
                ["http", "www.", "pic."].iter().filter_map(|p| word.find(p)).min().map_or(i, |k| word_start + k);
            cut = cut.min(link_start);
        }
    }
    let trimmed = span[..cut].trim_end();
    start + trimmed.len()
}

/// Recognises the signature line of an embedded post: "— Name (@handle) July 3, 2025".
fn social_signature(text: &str, para: &Paragraph, lex: &TextLexicon) -> Option<SocialPost> {
    let ptext = text.get(para.start..para.end)?;
    // Most paragraphs hold no "@": one quick scan rules them out.
    if !ptext.as_bytes().contains(&b'@') {
        return None;
    }
    let open = ptext.rfind("(@")?;
    let close = open + ptext[open..].find(')')?;
    let handle = (para.start + open + 2, para.start + close);
    if handle.1 <= handle.0 || !ptext[open + 2..close].chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') {
        return None;
    }
    // The dash before the author's name.
    let before = &ptext[..open];
    let (dash_at, dash_len) = DASHES.iter().filter_map(|d| before.rfind(d).map(|i| (i, d.len()))).max()?;
    let author_text = &before[dash_at + dash_len..];
    let author_trim = author_text.trim();
    if author_trim.is_empty() || author_trim.len() > 80 || author_trim.contains('\n') {
        return None;
    }
    let author_start = para.start + dash_at + dash_len + (author_text.len() - author_text.trim_start().len());
    let author = (author_start, author_start + author_trim.len());
    let after = &ptext[close + 1..];
    let date_text = after.lines().next().unwrap_or("").trim();
    let date = (!date_text.is_empty()).then(|| {
        let s = para.start + close + 1 + (after.len() - after.trim_start().len());
        (s, s + date_text.len())
    });
    let body_end = link_cut(text, para.start, para.start + dash_at, lex);
    let mut body = Vec::new();
    if body_end > para.start {
        body.push((para.start, body_end));
    }
    Some(SocialPost { span: (para.start, para.end), body, author, handle, date })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opening_cue_is_found_in_any_case() {
        let lex = TextLexicon::get();
        for cue in lex.noise.iter().filter(|c| c.place != CueWhere::Contains) {
            let line = match cue.place {
                CueWhere::LineStart => format!("{} the summit in Geneva", cue.cue),
                _ => format!("{}:", cue.cue),
            };
            for line in [line.clone(), line.to_uppercase(), line.to_lowercase()] {
                assert!(classify_line(&line, lex).is_some(), "{line}");
            }
        }
        assert_eq!(classify_line("Putin met Trump in Helsinki.", lex), None);
    }
}
