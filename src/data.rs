//! Reading the tab-separated data files that are compiled into the crate.

/// The rows of a tab-separated file: lines split on tabs, with `#` comment lines and blank
/// lines skipped and each field trimmed. Used once per lexicon when it is first built.
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The words of a word-list file: whitespace-separated, with `#` comments (to the end of the
/// line) skipped.
pub fn words(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().flat_map(|l| l.split('#').next().unwrap_or("").split_whitespace())
}

/// The items of a `|`-separated list field (empty items dropped).
pub fn list(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// A fast, non-cryptographic hasher for the lexicons' small keys (words, codes). The maps are
/// built from the crate's own data, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word) ^ (rest.len() as u64) << 59);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    fn write_u16(&mut self, i: u16) {
        self.mix(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.mix(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }

    fn finish(&self) -> u64 {
        // A final avalanche so that hashbrown's top bits (its control bytes) vary.
        let h = self.0;
        (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 32)
    }
}

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A `HashMap` with [`WordHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_skip_their_comments() {
        let file = "# Words that, after a city, name a process\nprocess format # and more\n  talks\n";
        assert_eq!(super::words(file).collect::<Vec<_>>(), ["process", "format", "talks"]);
    }
}
