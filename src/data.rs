//! Reading the tab-separated data files that are compiled into the crate.

/// The text of a data file of `src/` (`data_file!("actors/countries.tsv")`) as compiled in:
/// the copy that `build.rs` writes without comment lines and blank lines.
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $path))
    };
}
pub(crate) use data_file;

/// The words of a data file as a set, built on first use: `word_set!("actors/offices.txt")`.
macro_rules! word_set {
    ($path:literal) => {{
        static SET: std::sync::OnceLock<$crate::data::WordSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::data::words($crate::data::data_file!($path)).map(|w| (w, ())).collect())
    }};
}
pub(crate) use word_set;

/// The most fields a row of a data file has.
pub const MAX_FIELDS: usize = 10;

/// One row of a tab-separated data file: its trimmed fields (at most [`MAX_FIELDS`]), read as a
/// slice.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    fields: [&'static str; MAX_FIELDS],
    len: usize,
}

impl std::ops::Deref for Row {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.fields.get(..self.len).unwrap_or(&[])
    }
}

/// The rows of a tab-separated file: lines split on tabs, with `#` comment lines and blank
/// lines skipped and each field trimmed. Used once per lexicon when it is first built, without
/// an allocation per row.
pub fn rows(file: &'static str) -> impl Iterator<Item = Row> {
    split_byte(file, b'\n').filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).map(|l| {
        let mut row = Row { fields: [""; MAX_FIELDS], len: 0 };
        for (slot, field) in row.fields.iter_mut().zip(split_byte(l, b'\t')) {
            *slot = field.trim_ascii();
            row.len += 1;
        }
        row
    })
}

/// The words of a word-list file: whitespace-separated, with `#` comments (to the end of the
/// line) skipped.
pub fn words(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().flat_map(|l| l.split('#').next().unwrap_or("").split_whitespace())
}

/// The items of a `|`-separated list field (empty items dropped).
pub fn list(field: &'static str) -> impl Iterator<Item = &'static str> {
    split_byte(field, b'|').map(str::trim_ascii).filter(|s| !s.is_empty())
}

/// The pieces of `s` between occurrences of the ASCII byte `sep`: `str::split` without its
/// searcher's set-up, which costs more than the search on the short fields of the data files.
pub fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_byte(r.as_bytes(), sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The eight bytes of `chunk` as a little-endian number (one load; 0 if it is not eight long).
#[inline(always)]
fn word_at(chunk: &[u8]) -> u64 {
    <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes)
}

/// The bytes of `rest` (fewer than eight) as a little-endian number, zero above them: two
/// loads that may overlap (the bytes they share are the same), not a loop over the bytes.
#[inline(always)]
fn short_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    match n {
        0 => 0,
        1 => rest.first().map_or(0, |&b| u64::from(b)),
        2 | 3 => {
            let (a, b) = (
                <[u8; 2]>::try_from(rest.get(..2).unwrap_or(&[])),
                <[u8; 2]>::try_from(rest.get(n - 2..).unwrap_or(&[])),
            );
            let (a, b) = (a.map_or(0, u16::from_le_bytes), b.map_or(0, u16::from_le_bytes));
            u64::from(a) | u64::from(b) << ((n - 2) * 8)
        }
        _ => {
            let (a, b) = (
                <[u8; 4]>::try_from(rest.get(..4).unwrap_or(&[])),
                <[u8; 4]>::try_from(rest.get(n - 4..).unwrap_or(&[])),
            );
            let (a, b) = (a.map_or(0, u32::from_le_bytes), b.map_or(0, u32::from_le_bytes));
            u64::from(a) | u64::from(b) << ((n - 4) * 8)
        }
    }
}

/// The first position of `sep` in `bytes`, eight bytes at a time (SWAR): the data files are
/// read this way at every start, and a byte-by-byte loop was most of reading them.
fn find_byte(bytes: &[u8], sep: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(sep);
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = word_at(chunk) ^ pattern;
        // A zero byte of `x` is a byte equal to `sep`; the lowest flagged one is exact.
        let found = x.wrapping_sub(ONES) & !x & HIGHS;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b == sep).map(|i| at + i)
}

/// A set of 16-bit numbers, one bit each (8 KB): the dictionaries' first look, which turns most
/// words (by [`Bits16::of_key`]) or byte pairs away before a hash probe.
#[derive(Clone, Debug)]
pub struct Bits16(Vec<u64>);

impl Default for Bits16 {
    fn default() -> Self {
        Bits16(vec![0; 1 << 10])
    }
}

impl Bits16 {
    /// The number a word key ([`crate::phrases::key`]) stands for here: its top 16 bits (the
    /// low bit of a key is always 1).
    #[inline]
    pub fn of_key(key: u64) -> u16 {
        (key >> 48) as u16
    }

    /// The number of two bytes, the first as the high byte.
    #[inline]
    pub fn of_pair(a: u8, b: u8) -> u16 {
        u16::from(a) << 8 | u16::from(b)
    }

    /// Adds `n`.
    pub fn insert(&mut self, n: u16) {
        if let Some(word) = self.0.get_mut(usize::from(n >> 6)) {
            *word |= 1 << (n & 63);
        }
    }

    /// Whether `n` was added.
    #[inline]
    pub fn contains(&self, n: u16) -> bool {
        self.0.get(usize::from(n >> 6)).is_some_and(|word| word & (1 << (n & 63)) != 0)
    }
}

/// A fast, non-cryptographic hasher for the lexicons' small keys (words, codes). The maps are
/// built from the crate's own data, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix_words(self.0, bytes, |w| w);
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
        avalanche(self.0)
    }
}

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = mix(self.0, word);
    }
}

/// One step of the word hash: `word` mixed into the state `h`.
fn mix(h: u64, word: u64) -> u64 {
    (h.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// `bytes` mixed into the state `h`, read as little-endian words of eight bytes (the last one
/// short, marked with its length), each passed through `fold` first.
pub(crate) fn mix_words(mut h: u64, bytes: &[u8], mut fold: impl FnMut(u64) -> u64) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        h = mix(h, fold(word_at(chunk)));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(h, fold(short_word(rest)) ^ (rest.len() as u64) << 59);
    }
    h
}

/// The final avalanche of the word hash, so that all bits (hashbrown reads the top ones) vary.
pub(crate) fn avalanche(h: u64) -> u64 {
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 32)
}

/// A `HashMap` with [`WordHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// Numbers grouped by key in one list, each key mapped to its run: a map to lists built
/// without a list per key (the look-up tables of the lexicons, filled at every start).
#[derive(Debug)]
pub struct Groups<K> {
    runs: FastMap<K, (u32, u32)>,
    items: Vec<usize>,
}

impl<K> Default for Groups<K> {
    fn default() -> Self {
        Groups { runs: FastMap::default(), items: Vec::new() }
    }
}

impl<K: std::hash::Hash + Eq + Copy> Groups<K> {
    /// Groups the pairs of `pairs()` (called twice: once to count, once to place), each run in
    /// the pairs' order.
    pub fn new<I: Iterator<Item = (K, usize)>>(pairs: impl Fn() -> I) -> Groups<K> {
        let mut runs: FastMap<K, (u32, u32)> = FastMap::default();
        let mut total = 0;
        for (k, _) in pairs() {
            runs.entry(k).or_insert((0, 0)).1 += 1;
            total += 1;
        }
        let mut at = 0;
        for run in runs.values_mut() {
            let n = run.1;
            *run = (at, at);
            at += n;
        }
        let mut items = vec![0; total];
        for (k, v) in pairs() {
            if let Some(run) = runs.get_mut(&k) {
                if let Some(slot) = items.get_mut(run.1 as usize) {
                    *slot = v;
                }
                run.1 += 1;
            }
        }
        Groups { runs, items }
    }

    /// Groups whose runs are already laid out: `runs` gives each key with the length of its run,
    /// the runs following each other in `items`.
    pub fn from_runs(runs: impl Iterator<Item = (K, usize)>, items: Vec<usize>) -> Groups<K> {
        let mut map: FastMap<K, (u32, u32)> = FastMap::default();
        map.reserve(runs.size_hint().0);
        let mut at = 0u32;
        for (k, n) in runs {
            let end = at.saturating_add(n as u32);
            map.entry(k).or_insert((at, end));
            at = end;
        }
        Groups { runs: map, items }
    }

    /// The numbers of `key`, in order.
    pub fn get<Q>(&self, key: &Q) -> Option<&[usize]>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        let &(from, to) = self.runs.get(key)?;
        self.items.get(from as usize..to as usize)
    }

    /// Every key with its numbers.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &[usize])> {
        self.runs.iter().map(|(k, &(a, b))| (k, self.items.get(a as usize..b as usize).unwrap_or(&[])))
    }
}

/// A set of words (a map to nothing, with the crate's fast hasher).
pub type WordSet = FastMap<&'static str, ()>;

#[cfg(test)]
mod tests {
    #[test]
    fn find_byte_finds_the_first_separator_anywhere() {
        let text = "ab\tcdefghij\tklmnopqrstu\tv";
        for start in 0..text.len() {
            let s = &text.as_bytes()[start..];
            assert_eq!(super::find_byte(s, b'\t'), s.iter().position(|&b| b == b'\t'), "from {start}");
        }
        assert_eq!(super::find_byte("Zürich|Genève\u{80}|x".as_bytes(), b'|'), Some(7));
        assert_eq!(super::find_byte(b"", b'|'), None);
    }

    #[test]
    fn no_data_row_has_more_fields_than_a_row_holds() {
        for file in [
            include_str!("actors/cities.tsv"),
            include_str!("actors/countries.tsv"),
            include_str!("actors/executive.tsv"),
            include_str!("actors/home.tsv"),
            include_str!("actors/officeholders.tsv"),
            include_str!("actors/organizations.tsv"),
            include_str!("actors/plurals.tsv"),
            include_str!("actors/titles.tsv"),
            include_str!("dates/holidays.tsv"),
            include_str!("dates/tense.tsv"),
            include_str!("dates/words.tsv"),
            include_str!("events/cues.tsv"),
            include_str!("events/frames.tsv"),
            include_str!("events/topics.tsv"),
            include_str!("events/triggers.tsv"),
            include_str!("statements/speech.tsv"),
            include_str!("text/noise.tsv"),
            include_str!("text/words.tsv"),
        ] {
            for line in file.lines().filter(|l| !l.trim_start().starts_with('#')) {
                assert!(line.split('\t').count() <= super::MAX_FIELDS, "{line}");
            }
        }
        assert_eq!(super::split_byte("a|b||c|", b'|').collect::<Vec<_>>(), ["a", "b", "", "c", ""]);
        assert_eq!(super::split_byte("", b'|').collect::<Vec<_>>(), [""]);
        let row = super::rows("a\t b \t\tc\r\n# note\n\n").next().unwrap();
        assert_eq!(&*row, ["a", "b", "", "c"]);
    }
    #[test]
    fn short_words_read_as_their_bytes() {
        let text = b"abcdefg";
        for n in 0..8 {
            let want = text[..n].iter().rev().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
            assert_eq!(super::short_word(&text[..n]), want, "{n}");
        }
    }

    #[test]
    fn word_lists_skip_their_comments() {
        let file = "# Words that, after a city, name a process\nprocess format # and more\n  talks\n";
        assert_eq!(super::words(file).collect::<Vec<_>>(), ["process", "format", "talks"]);
    }
}
