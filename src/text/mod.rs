//! The first stage: a text becomes a [`Document`] of tokens, sentences and paragraphs, with
//! byte offsets, and with the noise (embeds, captions, links) marked.

pub mod lexicon;
pub mod noise;
pub mod sentences;
pub mod tokens;

pub use lexicon::NoiseKind;
pub use noise::SocialPost;
pub use sentences::{Paragraph, Sentence};
pub use tokens::{Token, TokenKind};

/// A text split for the later stages. Offsets are bytes into `text`.
#[derive(Debug)]
pub struct Document<'t> {
    /// The text as given.
    pub text: &'t str,
    /// The text with ASCII letters in lower case: the same byte offsets, for case-insensitive
    /// lookups without an allocation per word.
    pub lower: String,
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// The key of each token, for phrase lookups ([`crate::phrases::key`]).
    pub keys: Vec<u64>,
    /// Sentences in order; each belongs to one paragraph.
    pub sentences: Vec<Sentence>,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// For each sentence, whether it is noise and of which kind.
    pub noise: Vec<Option<NoiseKind>>,
    /// Embedded social-media posts.
    pub posts: Vec<SocialPost>,
    /// The headline: a first line without closing punctuation, when there is one.
    pub headline: Option<usize>,
    /// For each [`BLOCK`] bytes of the text, the first token that ends after the block's start:
    /// where [`Document::token_at`] starts counting.
    token_blocks: Vec<u32>,
    /// The same for sentences ([`Document::sentence_at`]).
    sentence_blocks: Vec<u32>,
}

/// Bytes per entry of the tables that find the token or sentence at an offset: a lookup reads
/// one entry and steps over the few tokens of one block, instead of a binary search over all
/// tokens (slow on long texts, whose tables are larger than the processor's caches).
const BLOCK: usize = 64;

/// For each block of `len` bytes, the index of the first item that ends after the block's start
/// (`items` in text order).
fn blocks<T>(len: usize, items: &[T], end: impl Fn(&T) -> usize) -> Vec<u32> {
    let mut out = Vec::with_capacity(len / BLOCK + 1);
    let mut i = 0;
    for k in 0..=len / BLOCK {
        while items.get(i).is_some_and(|x| end(x) <= k * BLOCK) {
            i += 1;
        }
        out.push(i as u32);
    }
    out
}

impl<'t> Document<'t> {
    /// Splits `text` into tokens, sentences and paragraphs and marks its noise.
    pub fn parse(text: &'t str) -> Document<'t> {
        let lex = lexicon::TextLexicon::get();
        let tokens = tokens::tokenize(text);
        let (paragraphs, sentences) = sentences::split(text, &tokens, lex);
        let marks = noise::mark(text, &paragraphs, &sentences, lex);
        let headline = headline(text, &tokens, &sentences);
        let lower = text.to_ascii_lowercase();
        Document {
            token_blocks: blocks(text.len(), &tokens, |t| t.end()),
            sentence_blocks: blocks(text.len(), &sentences, |s| s.end),
            text,
            keys: crate::phrases::keys(text, &tokens),
            lower,
            tokens,
            sentences,
            paragraphs,
            noise: marks.sentences,
            posts: marks.posts,
            headline,
        }
    }

    /// The text of a byte span (empty when the span is not valid).
    pub fn slice(&self, start: usize, end: usize) -> &'t str {
        self.text.get(start..end).unwrap_or("")
    }

    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences.get(i).and_then(|s| self.tokens.get(s.first_token..s.end_token)).unwrap_or(&[])
    }

    /// The words of four letters or more in sentence `i`, and how many of them are capitalised
    /// (a line in title case, a headline's, capitalises its verbs too).
    pub fn long_words_capitalised(&self, i: usize) -> (usize, usize) {
        let long = self.sentence_tokens(i).iter().filter(|t| t.kind == TokenKind::Word && t.len() >= 4);
        long.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.text(self.text).starts_with(char::is_uppercase))))
    }

    /// The keys of the tokens of sentence `i`.
    pub fn sentence_keys(&self, i: usize) -> &[u64] {
        self.sentences.get(i).and_then(|s| self.keys.get(s.first_token..s.end_token)).unwrap_or(&[])
    }

    /// Whether sentence `i` is narrative (not noise).
    pub fn is_narrative(&self, i: usize) -> bool {
        self.noise.get(i).is_some_and(Option::is_none)
    }

    /// The index of the sentence that contains byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = Self::count_ending(&self.sentence_blocks, &self.sentences, offset, |s| s.end);
        self.sentences.get(i).filter(|s| s.start <= offset).map(|_| i)
    }

    /// The number of tokens that end at or before byte `offset`: the index of the token that
    /// holds the byte, or else of the first token after it.
    #[inline]
    pub fn token_at(&self, offset: usize) -> usize {
        Self::count_ending(&self.token_blocks, &self.tokens, offset, |t| t.end())
    }

    /// The number of tokens that start before byte `offset` (the end of a span in tokens).
    #[inline]
    pub fn tokens_before(&self, offset: usize) -> usize {
        let i = self.token_at(offset);
        i + usize::from(self.tokens.get(i).is_some_and(|t| t.start() < offset))
    }

    /// How many of `items` (in text order, with their `blocks`) end at or before `offset`.
    fn count_ending<T>(blocks: &[u32], items: &[T], offset: usize, end: impl Fn(&T) -> usize) -> usize {
        let k = (offset / BLOCK).min(blocks.len().saturating_sub(1));
        let mut i = blocks.get(k).map_or(0, |&i| i as usize);
        while items.get(i).is_some_and(|x| end(x) <= offset) {
            i += 1;
        }
        i
    }
}

/// The first sentence is a headline when it stands on its own line, ends without a full stop
/// and is short.
fn headline(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Option<usize> {
    let first = sentences.first()?;
    let last = tokens.get(first.end_token.checked_sub(1)?)?;
    let ends_line = tokens.get(first.end_token).is_none_or(|t| t.newlines_before >= 1);
    let closed = matches!(last.text(text), "." | "!" | "?" | "…" | "\"" | "”");
    (ends_line && !closed && first.end - first.start <= 200 && first.end_token - first.first_token >= 2).then_some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        doc.sentences.iter().map(|s| doc.slice(s.start, s.end)).collect()
    }

    #[test]
    fn sentence_splitting_table() {
        let table: &[(&str, &[&str])] = &[
            ("The U.S. President spoke. Mr. Putin listened.", &["The U.S. President spoke.", "Mr. Putin listened."]),
            (
                "Sanctions hit the U.S. The move angered Moscow.",
                &["Sanctions hit the U.S.", "The move angered Moscow."],
            ),
            ("He met the U.K. Foreign Secretary.", &["He met the U.K. Foreign Secretary."]),
            (
                "Gen. Milley and Sen. Graham met on Jan. 6 in Washington.",
                &["Gen. Milley and Sen. Graham met on Jan. 6 in Washington."],
            ),
            ("Donald J. Trump called. Putin answered.", &["Donald J. Trump called.", "Putin answered."]),
            (
                "Tsikhanouskaya wrote on X. The post was shared.",
                &["Tsikhanouskaya wrote on X.", "The post was shared."],
            ),
            ("The order was signed by J. The clerk filed it.", &["The order was signed by J.", "The clerk filed it."]),
            ("It was drafted by J. Smith in May.", &["It was drafted by J. Smith in May."]),
            ("Growth was 3.5 percent. Trade rose.", &["Growth was 3.5 percent.", "Trade rose."]),
            ("He paused... Then he spoke.", &["He paused...", "Then he spoke."]),
            ("He said it was \"awkward.\" Then he left.", &["He said it was \"awkward.\"", "Then he left."]),
            ("“Will you come?” he asked. She nodded.", &["“Will you come?” he asked.", "She nodded."]),
            ("Friendly Tone, Limited Progress\nUshakov spoke.", &["Friendly Tone, Limited Progress", "Ushakov spoke."]),
            (
                "Key points:\n• Talks resumed\n• Prisoners freed",
                &["Key points:", "• Talks resumed", "• Prisoners freed"],
            ),
            ("The talks were long and\nended without a deal.", &["The talks were long and\nended without a deal."]),
            ("Путин говорил. Трамп слушал.", &["Путин говорил.", "Трамп слушал."]),
            ("He arrived at 6 a.m. on Monday.", &["He arrived at 6 a.m. on Monday."]),
        ];
        for (text, want) in table {
            assert_eq!(&sentences(text), want, "{text}");
        }
    }

    #[test]
    fn token_and_sentence_at_every_offset_agree_with_a_search() {
        // Long words and runs of spaces cross the 64-byte blocks; Cyrillic and emoji are
        // several bytes each.
        let long = "x".repeat(150);
        let text = format!("Путин говорил. {long}   Trump     listened 👍.\n\nShort.    {long}-{long} ended. Tail");
        let doc = Document::parse(&text);
        for at in 0..=text.len() + 3 {
            assert_eq!(doc.token_at(at), doc.tokens.partition_point(|t| t.end() <= at), "{at}");
            assert_eq!(doc.tokens_before(at), doc.tokens.partition_point(|t| t.start() < at), "{at}");
            let i = doc.sentences.partition_point(|s| s.end <= at);
            let want = doc.sentences.get(i).filter(|s| s.start <= at).map(|_| i);
            assert_eq!(doc.sentence_at(at), want, "{at}");
        }
    }

    #[test]
    fn crlf_and_blank_lines_make_paragraphs() {
        let doc = Document::parse("Title line\r\n\r\nFirst para. Still first.\r\n\r\nSecond para.");
        assert_eq!(doc.paragraphs.len(), 3);
        assert_eq!(doc.sentences.len(), 4);
        assert_eq!(doc.headline, Some(0));
        assert_eq!(doc.sentences[3].paragraph, 2);
    }

    #[test]
    fn social_embed_is_marked_with_author_and_date() {
        let text = "Putin took the call.\n\nWOW. He left the stage.\n\n\n\nThe world respects us.pic.twitter.com/AbC123 \u{2014} Some Account (@some_account) July 3, 2025\n\nThe call lasted an hour.";
        let doc = Document::parse(text);
        assert_eq!(doc.posts.len(), 1);
        let post = &doc.posts[0];
        assert_eq!(doc.slice(post.author.0, post.author.1), "Some Account");
        assert_eq!(doc.slice(post.handle.0, post.handle.1), "some_account");
        let date = post.date.unwrap();
        assert_eq!(doc.slice(date.0, date.1), "July 3, 2025");
        let bodies: Vec<&str> = post.body.iter().map(|b| doc.slice(b.0, b.1)).collect();
        assert_eq!(bodies, ["WOW. He left the stage.", "The world respects us."]);
        let narrative: Vec<bool> = (0..doc.sentences.len()).map(|i| doc.is_narrative(i)).collect();
        assert_eq!(narrative.first(), Some(&true));
        assert_eq!(narrative.last(), Some(&true));
        assert_eq!(narrative.iter().filter(|n| !**n).count(), doc.sentences.len() - 2);
    }

    #[test]
    fn captions_and_related_links_are_noise() {
        let text = "Leaders met in Rome.\n\nPresident X arrives in Rome. (AP Photo/Jane Doe)\n\nRead more: Why the talks failed\n\nThey agreed on trade.";
        let doc = Document::parse(text);
        let kinds: Vec<Option<NoiseKind>> = doc.noise.clone();
        assert_eq!(kinds.first(), Some(&None));
        assert!(kinds.contains(&Some(NoiseKind::Caption)));
        assert!(kinds.contains(&Some(NoiseKind::Related)));
        assert_eq!(kinds.last(), Some(&None));
    }
}
