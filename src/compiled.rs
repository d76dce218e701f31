//! The compiled form of a lexicon. `build.rs` runs the lexicons' builders on the data files
//! when the crate is built and writes what they made with a [`Writer`]: numbers as LEB128
//! bytes, strings as indices into one table of distinct strings. At start-up a [`Reader`]
//! reads it back without parsing, sorting or de-duplicating anything, which is most of what a
//! cold start paid for before.

use crate::data::FastMap;
use crate::dates::Date;

/// Writes a lexicon: a byte stream and its table of strings.
#[derive(Default)]
pub struct Writer {
    bytes: Vec<u8>,
    strings: Vec<&'static str>,
    index: FastMap<&'static str, u32>,
    /// A string derived from another that the reader can derive again (the actor lexicon's
    /// names without diacritics), if any.
    pub fold: Option<Fold>,
    /// The derived forms of the table's strings, by the index of the string.
    folded: FastMap<String, u32>,
}

/// A second form of a string, when it has one ("Milosevic" of "Milošević").
pub type Fold = fn(&str) -> Option<String>;

impl Writer {
    /// A non-negative number, in LEB128 (one byte below 128).
    pub fn uint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// A string of a small vocabulary (codes, titles), by its index in the table: the same
    /// string is always the same bytes.
    pub fn str(&mut self, s: &'static str) {
        let i = self.intern(s);
        self.uint(u64::from(i));
    }

    /// A string that is mostly new here (names, patterns): 0 for the next string of the table,
    /// else how far back in the table it is. A run of new strings is a run of zeros.
    pub fn text(&mut self, s: &'static str) {
        let next = self.strings.len() as u32;
        let i = self.intern(s);
        self.uint(u64::from(next - i));
    }

    /// [`Writer::text`] for a string that is likely `guess`: 1 when it is, else as `text`
    /// writes it, shifted by three. A string not yet in the table that is [`Writer::fold`] of
    /// `guess` is written as 2, of another string of the table as 3 and how far back that one is
    /// (the reader folds it again).
    pub fn text_or(&mut self, s: &'static str, guess: Option<&'static str>) {
        if guess == Some(s) {
            self.uint(1);
            return;
        }
        let next = self.strings.len() as u32;
        if !self.index.contains_key(s) {
            let fold = self.fold;
            if guess.and_then(|g| fold.and_then(|f| f(g))).as_deref() == Some(s) {
                self.uint(2);
                return;
            }
            if let Some(&from) = self.folded.get(s) {
                self.uint(3);
                self.uint(u64::from(next - from));
                return;
            }
        }
        let i = self.intern(s);
        let back = next - i;
        self.uint(if back == 0 { 0 } else { u64::from(back) + 3 });
    }

    /// The index of `s` in the table, added at its end when new.
    fn intern(&mut self, s: &'static str) -> u32 {
        let next = self.strings.len() as u32;
        let i = *self.index.entry(s).or_insert(next);
        if i == next {
            self.strings.push(s);
            if let Some(folded) = self.fold.and_then(|f| f(s)) {
                self.folded.entry(folded).or_insert(i);
            }
        }
        i
    }

    /// An optional string ("" stands for none).
    pub fn opt_str(&mut self, s: Option<&'static str>) {
        self.str(s.unwrap_or(""));
    }

    /// A list: its length, then each item as `item` writes it.
    pub fn seq<T>(&mut self, items: impl ExactSizeIterator<Item = T>, mut item: impl FnMut(&mut Writer, T)) {
        self.uint(items.len() as u64);
        for x in items {
            item(self, x);
        }
    }

    /// A list of strings: its length, then each.
    pub fn strs(&mut self, list: &[&'static str]) {
        self.seq(list.iter(), |w, &s| w.str(s));
    }

    /// An optional date: year, month and day packed in one number ([`pack_date`]; 0 is none).
    pub fn date(&mut self, d: Option<Date>) {
        self.uint(d.map_or(0, |d| pack_date(d, 0) + 1));
    }

    /// The bytes (after the number of strings) and the string table (the strings one per line;
    /// none holds a line break).
    pub fn finish(self) -> (Vec<u8>, String) {
        let mut head = Writer::default();
        head.uint(self.strings.len() as u64);
        head.bytes.extend_from_slice(&self.bytes);
        (head.bytes, self.strings.join("\n"))
    }
}

/// Reads what a [`Writer`] wrote. Past the end every number reads as 0 and every string as "",
/// so a damaged stream gives an empty lexicon, never a panic.
pub struct Reader {
    /// The writer's [`Writer::fold`].
    pub fold: Option<Fold>,
    bytes: &'static [u8],
    at: usize,
    strings: Vec<&'static str>,
    /// How many strings of the table the stream has used so far (they come in table order).
    introduced: usize,
}

impl Reader {
    /// A reader of `bytes` whose strings are the lines of `table`.
    pub fn new(bytes: &'static [u8], table: &'static str) -> Reader {
        let mut r = Reader { fold: None, bytes, at: 0, strings: Vec::new(), introduced: 0 };
        let n = r.usize();
        r.strings.reserve_exact(n.min(table.len() + 1));
        r.strings.extend(crate::data::split_byte(table, b'\n'));
        r
    }

    /// A number written by [`Writer::uint`]. Most are one byte, read inline; longer ones take
    /// the loop.
    #[inline(always)]
    pub fn uint(&mut self) -> u64 {
        match self.bytes.get(self.at) {
            Some(&b) if b < 0x80 => {
                self.at += 1;
                u64::from(b)
            }
            _ => self.long_uint(),
        }
    }

    /// [`Reader::uint`] of more than one byte.
    #[inline(never)]
    fn long_uint(&mut self) -> u64 {
        let mut n = 0u64;
        let mut shift = 0;
        while let Some(&b) = self.bytes.get(self.at) {
            self.at += 1;
            if shift < 64 {
                n |= u64::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        n
    }

    /// A number that fits in a `u16` (larger ones saturate).
    pub fn u16(&mut self) -> u16 {
        self.uint().min(u64::from(u16::MAX)) as u16
    }

    /// A length or an index.
    pub fn usize(&mut self) -> usize {
        self.uint().min(u32::MAX.into()) as usize
    }

    /// A string written by [`Writer::str`].
    pub fn str(&mut self) -> &'static str {
        if self.at >= self.bytes.len() {
            return "";
        }
        let i = self.usize();
        self.seen(i)
    }

    /// A string written by [`Writer::text`].
    pub fn text(&mut self) -> &'static str {
        if self.at >= self.bytes.len() {
            return "";
        }
        let back = self.usize();
        let i = if back == 0 { self.introduced } else { self.introduced.saturating_sub(back) };
        self.seen(i)
    }

    /// A string written by [`Writer::text_or`] with the same `guess`.
    pub fn text_or(&mut self, guess: Option<&'static str>) -> &'static str {
        if self.at >= self.bytes.len() {
            return "";
        }
        let i = match self.usize() {
            0 => self.introduced,
            1 => return guess.unwrap_or(""),
            code @ (2 | 3) => {
                let from = match code {
                    2 => guess.unwrap_or(""),
                    _ => {
                        let back = self.usize();
                        self.strings.get(self.introduced.saturating_sub(back)).copied().unwrap_or("")
                    }
                };
                // Kept for the lexicon's lifetime, like the table.
                return self.fold.and_then(|f| f(from)).map_or("", |s| Box::leak(s.into_boxed_str()));
            }
            back => self.introduced.saturating_sub(back - 3),
        };
        self.seen(i)
    }

    /// String `i` of the table, counted as introduced when it is the next new one.
    fn seen(&mut self, i: usize) -> &'static str {
        if i == self.introduced {
            self.introduced += 1;
        }
        self.strings.get(i).copied().unwrap_or("")
    }

    /// A string written by [`Writer::opt_str`].
    pub fn opt_str(&mut self) -> Option<&'static str> {
        Some(self.str()).filter(|s| !s.is_empty())
    }

    /// A list written by [`Writer::strs`].
    pub fn strs(&mut self) -> Vec<&'static str> {
        self.seq(Reader::str)
    }

    /// A list written by [`Writer::seq`], each item read by `item`. (A length beyond what is
    /// left to read is cut to it: every item takes at least a byte.)
    pub fn seq<T>(&mut self, mut item: impl FnMut(&mut Reader) -> T) -> Vec<T> {
        let n = self.usize().min(self.bytes.len().saturating_sub(self.at));
        (0..n).map(|_| item(self)).collect()
    }

    /// A date written by [`Writer::date`].
    pub fn date(&mut self) -> Option<Date> {
        match self.uint() {
            0 => None,
            n => unpack_date(n - 1, 0),
        }
    }
}

/// A reader of the compiled lexicon `NAME` that `build.rs` wrote (`NAME.lexicon` and
/// `NAME.strings` in the build's output folder).
macro_rules! reader {
    ($name:literal) => {
        crate::compiled::Reader::new(
            include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".lexicon")),
            include_str!(concat!(env!("OUT_DIR"), "/", $name, ".strings")),
        )
    };
}
pub(crate) use reader;

/// A date as one number: the year counted from `base` (zig-zag), month and day in bit fields.
/// Reading it back takes no division, unlike a day number.
pub fn pack_date(d: Date, base: i32) -> u64 {
    zigzag(i64::from(d.year) - i64::from(base)) << 9 | u64::from(d.month) << 5 | u64::from(d.day)
}

/// The date [`pack_date`] made `n` of with the same `base`.
pub fn unpack_date(n: u64, base: i32) -> Option<Date> {
    let year = i64::from(base).checked_add(unzigzag(n >> 9))?;
    Date::new(i32::try_from(year).ok()?, (n >> 5 & 15) as u8, (n & 31) as u8)
}

/// `n` as a non-negative number: 0, -1, 1, -2 ... as 0, 1, 2, 3 ...
pub fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

/// The number [`zigzag`] made `n` of.
pub fn unzigzag(n: u64) -> i64 {
    (n >> 1) as i64 ^ -((n & 1) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let mut w = Writer::default();
        w.uint(0);
        w.uint(300);
        w.uint(u64::MAX);
        w.str("Putin");
        w.strs(&["Kremlin", "Putin", ""]);
        w.text("Lavrov");
        w.text("Kremlin");
        w.text("Rubio");
        w.fold = Some(|s: &str| Some(s.replace('š', "s").replace('ć', "c")).filter(|f| f != s));
        w.text("Milošević");
        w.text_or("Milosevic", None);
        w.text_or("Mladic", Some("Mladić"));
        w.date(Date::new(1969, 7, 20));
        w.date(None);
        w.date(Date::new(2025, 7, 3));
        w.opt_str(None);
        let (bytes, table) = w.finish();
        let (bytes, table): (&'static [u8], &'static str) = (bytes.leak(), table.leak());
        assert_eq!(table, "Putin\nKremlin\n\nLavrov\nRubio\nMilošević");
        let mut r = Reader::new(bytes, table);
        assert_eq!((r.uint(), r.uint(), r.uint()), (0, 300, u64::MAX));
        assert_eq!(r.str(), "Putin");
        assert_eq!(r.strs(), ["Kremlin", "Putin", ""]);
        assert_eq!((r.text(), r.text(), r.text()), ("Lavrov", "Kremlin", "Rubio"));
        r.fold = Some(|s: &str| Some(s.replace('š', "s").replace('ć', "c")).filter(|f| f != s));
        assert_eq!((r.text(), r.text_or(None), r.text_or(Some("Mladić"))), ("Milošević", "Milosevic", "Mladic"));
        assert_eq!((r.date(), r.date(), r.date()), (Date::new(1969, 7, 20), None, Date::new(2025, 7, 3)));
        assert_eq!(r.opt_str(), None);
        // Past the end: zeros and empty strings.
        assert_eq!((r.uint(), r.str(), r.date()), (0, "", None));
    }
}
