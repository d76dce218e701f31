//! Splits text into tokens: words, numbers, punctuation and quote marks, with byte offsets and
//! the whitespace that precedes each one. One pass over the characters, no allocation per token.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), with inner apostrophes ("don't", "O'Brien") and dotted initials
    /// ("U.S.", "a.m.", whose last dot is part of the token).
    Word,
    /// A run of ASCII digits. Separators ("1,400", "2025-07-03") are tokens of their own.
    Number,
    /// A quotation mark: straight, curly, guillemet or low-9 quote.
    Quote,
    /// A possessive ending: "'s" or "’s".
    Possessive,
    /// Any other single character that is not a space: punctuation, symbols, emoji.
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte (32 bits keep a token in 12 bytes; texts are cut at 4 GiB).
    first: u32,
    /// Byte offset one past the last byte.
    past: u32,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Line breaks in the whitespace before the token (saturating at 255).
    pub newlines_before: u8,
    /// Whether any whitespace precedes the token.
    pub space_before: bool,
}

impl Token {
    /// Byte offset of the first byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.first as usize
    }

    /// Byte offset one past the last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.past as usize
    }

    /// Byte length of the token.
    #[inline]
    pub fn len(&self) -> usize {
        (self.past - self.first) as usize
    }

    /// Never true for a token of [`tokenize`] (every token has at least one byte).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.past == self.first
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// True when the token is attached to the previous one (no whitespace between).
    pub fn attached(&self) -> bool {
        !self.space_before
    }
}

/// True for the characters that open or close a quotation.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{201B}'
            | '\u{2039}'
            | '\u{203A}'
            | '\''
            | '`'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Letters and the marks that combine with them belong to words.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || !c.is_ascii() && is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || matches!(c, '\u{200D}' | '\u{FE0F}')
}

/// The character at byte `i` of `text` (ASCII read directly), or `None` at the end or off a
/// character boundary.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// Tokenises `text`. Whitespace (including non-breaking spaces and CR) only separates tokens.
/// Only the first 4 GiB are read (offsets are 32-bit; the CLI and the package stop long before).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut cut = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = text.get(..cut).unwrap_or("");
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut newlines: u8 = 0;
    let mut space = false;
    let mut start = 0;
    while let Some(c) = char_at(text, start) {
        let len = c.len_utf8();
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            space = true;
            start += len;
            continue;
        }
        let (end, kind) = if c.is_ascii_digit() {
            let mut end = start + 1;
            while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                end += 1;
            }
            (end, TokenKind::Number)
        } else if is_word_char(c) {
            (scan_word(text, start, c), TokenKind::Word)
        } else if is_apostrophe(c) && possessive_s(text, start + len) {
            (start + len + 1, TokenKind::Possessive)
        } else if is_quote_char(c) {
            (start + len, TokenKind::Quote)
        } else {
            (start + len, TokenKind::Punct)
        };
        // Both offsets are below 2^32: the text was cut there.
        tokens.push(Token {
            first: start as u32,
            past: end as u32,
            kind,
            newlines_before: newlines,
            space_before: space,
        });
        newlines = 0;
        space = false;
        start = end;
    }
    tokens
}

/// True when `text[at..]` starts with an `s` that ends the word (the "s" of "Iran's").
fn possessive_s(text: &str, at: usize) -> bool {
    matches!(char_at(text, at), Some('s') | Some('S'))
        && !char_at(text, at + 1).is_some_and(|c| is_word_char(c) || c.is_ascii_digit())
}

/// Scans a word that starts with `first` at `start`; returns its end.
fn scan_word(text: &str, start: usize, first: char) -> usize {
    let bytes = text.as_bytes();
    let mut end = start + first.len_utf8();
    let mut letters_in_segment = 1;
    let mut dotted = false;
    loop {
        // Runs of ASCII letters, the common case, byte by byte.
        while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
            end += 1;
            letters_in_segment += 1;
        }
        let i = end;
        let Some(c) = char_at(text, i) else { break };
        if is_word_char(c) {
            letters_in_segment += 1;
            end = i + c.len_utf8();
            continue;
        }
        let next = char_at(text, i + c.len_utf8());
        if is_apostrophe(c) && next.is_some_and(is_word_char) && !possessive_s(text, i + c.len_utf8()) {
            // "don't", "O'Brien", "d'Ivoire"
            end = i + c.len_utf8();
            letters_in_segment = 0;
            continue;
        }
        if c == '.' && letters_in_segment == 1 && (dotted || next.is_some_and(|n| n.is_alphabetic())) {
            // Dotted initials: "U.S.", "U.N.", "a.m." — the dot after each single letter.
            let after_next = next.and_then(|n| char_at(text, i + 1 + n.len_utf8()));
            let single_letter_follows =
                next.is_some_and(|n| n.is_alphabetic()) && !after_next.is_some_and(is_word_char);
            if dotted || single_letter_follows {
                end = i + 1;
                dotted = true;
                letters_in_segment = 0;
                if !single_letter_follows {
                    break;
                }
                continue;
            }
        }
        break;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        use TokenKind::*;
        let table: &[(&str, &[(&str, TokenKind)])] = &[
            ("Putin's call", &[("Putin", Word), ("'s", Possessive), ("call", Word)]),
            ("the U.S. President", &[("the", Word), ("U.S.", Word), ("President", Word)]),
            ("U.S.-Russia", &[("U.S.", Word), ("-", Punct), ("Russia", Word)]),
            ("6:30 a.m.", &[("6", Number), (":", Punct), ("30", Number), ("a.m.", Word)]),
            ("didn't", &[("didn't", Word)]),
            ("Côte d’Ivoire", &[("Côte", Word), ("d’Ivoire", Word)]),
            ("“awkward,”", &[("“", Quote), ("awkward", Word), (",", Punct), ("”", Quote)]),
            ("3rd", &[("3", Number), ("rd", Word)]),
            ("countries’ rights", &[("countries", Word), ("’", Quote), ("rights", Word)]),
            ("Путин и Трамп", &[("Путин", Word), ("и", Word), ("Трамп", Word)]),
            ("J. Trump", &[("J", Word), (".", Punct), ("Trump", Word)]),
        ];
        for (text, want) in table {
            assert_eq!(&words(text), want, "{text}");
        }
    }

    #[test]
    fn whitespace_is_recorded() {
        let text = "One.\r\n\r\nTwo\u{00A0}three";
        let toks = tokenize(text);
        assert_eq!(toks[2].newlines_before, 2);
        assert!(toks[3].space_before);
        assert!(!toks[1].space_before);
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let text = "e\u{301}mojis 👍🏽 and 中文, x\u{0}y";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
            assert!(t.start() < t.end());
        }
    }
}
