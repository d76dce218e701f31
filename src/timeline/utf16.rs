//! Byte offsets (Rust) to UTF-16 code units (JavaScript), so that `text.slice(start, end)` in
//! the browser gives back the evidence. A count every 64 bytes keeps each conversion to one
//! table read and at most 63 bytes counted, without a table as large as the text.

/// Converts byte offsets of one text to UTF-16 offsets.
#[derive(Debug)]
pub struct Utf16Map<'t> {
    text: &'t str,
    /// UTF-16 units before byte `64 * k`, and the whole text's last; empty for ASCII text.
    blocks: Vec<usize>,
}

const BLOCK: usize = 64;

/// UTF-16 units of the characters that start in `bytes`: one per lead byte, two for the lead
/// byte of a four-byte character. Additive over any split of the bytes.
fn units(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

impl<'t> Utf16Map<'t> {
    /// Prepares the conversion for `text`.
    pub fn new(text: &'t str) -> Utf16Map<'t> {
        if text.is_ascii() {
            return Utf16Map { text, blocks: Vec::new() };
        }
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut total = 0usize;
        for chunk in text.as_bytes().chunks(BLOCK) {
            blocks.push(total);
            total += units(chunk);
        }
        blocks.push(total);
        Utf16Map { text, blocks }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the text, rounded down to a
    /// character boundary).
    pub fn convert(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        if self.blocks.is_empty() {
            return byte;
        }
        let k = byte / BLOCK;
        let before = self.blocks.get(k).copied().unwrap_or(0);
        before + self.text.as_bytes().get(k * BLOCK..byte).map_or(0, units)
    }

    /// A byte span as a UTF-16 span.
    pub fn span(&self, (start, end): (usize, usize)) -> [usize; 2] {
        [self.convert(start), self.convert(end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_direct_count() {
        let text = "Путин 👍🏽 said \u{201C}yes\u{201D} — e\u{301} 中文".repeat(40);
        let map = Utf16Map::new(&text);
        for (i, _) in text.char_indices() {
            let direct: usize = text[..i].encode_utf16().count();
            assert_eq!(map.convert(i), direct);
        }
        assert_eq!(map.convert(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn the_end_of_a_text_of_whole_blocks() {
        for text in ["\u{e9}".to_owned() + &"a".repeat(62), "\u{1F44D}".repeat(16), "\u{e9}".repeat(64)] {
            let map = Utf16Map::new(&text);
            assert_eq!(text.len() % 64, 0);
            assert_eq!(map.convert(text.len()), text.encode_utf16().count(), "{text}");
            assert_eq!(map.convert(text.len() + 5), text.encode_utf16().count());
        }
    }

    #[test]
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain text");
        assert_eq!(map.span((2, 7)), [2, 7]);
    }
}
