//! Byte offsets (Rust) to UTF-16 code units (JavaScript), so that `text.slice(start, end)` in
//! the browser gives back the evidence. Checkpoints every 64 characters keep each conversion
//! short without a table as large as the text.

/// Converts byte offsets of one text to UTF-16 offsets.
#[derive(Debug)]
pub struct Utf16Map<'t> {
    text: &'t str,
    /// (byte offset, UTF-16 offset) at character boundaries, ascending; empty for ASCII text.
    checkpoints: Vec<(usize, usize)>,
}

const STRIDE: usize = 64;

impl<'t> Utf16Map<'t> {
    /// Prepares the conversion for `text`.
    pub fn new(text: &'t str) -> Utf16Map<'t> {
        if text.is_ascii() {
            return Utf16Map { text, checkpoints: Vec::new() };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut units = 0usize;
        for (n, (i, c)) in text.char_indices().enumerate() {
            if n % STRIDE == 0 {
                checkpoints.push((i, units));
            }
            units += c.len_utf16();
        }
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the text, rounded down to a
    /// character boundary).
    pub fn convert(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        if self.checkpoints.is_empty() {
            return byte;
        }
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte).saturating_sub(1);
        let (b0, u0) = self.checkpoints.get(k).copied().unwrap_or((0, 0));
        u0 + self.text.get(b0..byte).map_or(0, |s| s.chars().map(char::len_utf16).sum())
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
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain text");
        assert_eq!(map.span((2, 7)), [2, 7]);
    }
}
