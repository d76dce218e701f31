//! The word lists of the text stage (`words.tsv`, `noise.tsv`), parsed once per process.

use std::sync::OnceLock;

use crate::data::{Bits16, WordSet};

/// What a noise cue marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoiseKind {
    /// Links to other stories ("Read more", "Related:").
    Related,
    /// Photo captions and credits.
    Caption,
    /// An embedded social-media post.
    Social,
    /// Page furniture: adverts, sharing buttons, sign-up prompts.
    Chrome,
}

/// Where in a line a cue must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueWhere {
    /// The line starts with the cue (any case).
    LineStart,
    /// The line contains the cue (case as written).
    Contains,
    /// The line is the cue (any case, trailing punctuation ignored).
    LineIs,
}

/// One noise cue of `noise.tsv`.
#[derive(Clone, Debug)]
pub struct NoiseCue {
    /// What the cue marks.
    pub kind: NoiseKind,
    /// Where it must stand.
    pub place: CueWhere,
    /// The cue's text.
    pub cue: &'static str,
}

/// The compiled word lists.
#[derive(Debug)]
pub struct TextLexicon {
    titles: WordSet,
    before_number: WordSet,
    starters: WordSet,
    /// Noise cues in file order.
    pub noise: Vec<NoiseCue>,
    /// The `Contains` cues by their first two bytes (indices into `noise`).
    by_bigram: crate::data::FastMap<[u8; 2], Vec<u16>>,
    /// The two-byte sequences that start a `Contains` cue: most positions of a line are ruled
    /// out without a lookup.
    bigram_bits: Bits16,
    /// The first two bytes (ASCII letters lowered) of the line-start and whole-line cues: most
    /// lines start with no cue, and one look says so.
    opening_bits: Bits16,
}

impl TextLexicon {
    /// The lexicon compiled from the data files, built on first use.
    pub fn get() -> &'static TextLexicon {
        static LEX: OnceLock<TextLexicon> = OnceLock::new();
        LEX.get_or_init(TextLexicon::build)
    }

    fn build() -> TextLexicon {
        let mut lex = TextLexicon {
            titles: WordSet::default(),
            before_number: WordSet::default(),
            starters: WordSet::default(),
            noise: Vec::new(),
            by_bigram: crate::data::FastMap::default(),
            bigram_bits: Bits16::default(),
            opening_bits: Bits16::default(),
        };
        for (kind, words) in crate::data::rows(crate::data::data_file!("text/words.tsv"))
            .filter_map(|r| Some((r.first()?.to_owned(), *r.get(1)?)))
        {
            let set = match kind {
                "title" => &mut lex.titles,
                "number" => &mut lex.before_number,
                "starter" => &mut lex.starters,
                _ => continue,
            };
            set.extend(words.split_whitespace().map(|w| (w, ())));
        }
        for row in crate::data::rows(crate::data::data_file!("text/noise.tsv")) {
            let (Some(kind), Some(place), Some(cue)) = (row.first(), row.get(1), row.get(2)) else { continue };
            let kind = match *kind {
                "related" => NoiseKind::Related,
                "caption" => NoiseKind::Caption,
                "social" => NoiseKind::Social,
                "chrome" => NoiseKind::Chrome,
                _ => continue,
            };
            let place = match *place {
                "line-start" => CueWhere::LineStart,
                "contains" => CueWhere::Contains,
                "line-is" => CueWhere::LineIs,
                _ => continue,
            };
            if place != CueWhere::Contains {
                if let Some(n) = opening(cue) {
                    lex.opening_bits.insert(n);
                }
            } else if let [a, b, ..] = cue.as_bytes() {
                lex.by_bigram.entry([*a, *b]).or_default().push(lex.noise.len() as u16);
                lex.bigram_bits.insert(Bits16::of_pair(*a, *b));
            }
            lex.noise.push(NoiseCue { kind, place, cue });
        }
        lex
    }

    /// Whether a line-start or whole-line cue may open `line` (its first two bytes say).
    pub fn may_open(&self, line: &str) -> bool {
        opening(line).is_some_and(|n| self.opening_bits.contains(n))
    }

    /// The kind of the first `Contains` cue found in `line`, in one pass over its bytes.
    pub fn contained_cue(&self, line: &str) -> Option<NoiseKind> {
        let bytes = line.as_bytes();
        let mut best: Option<u16> = None;
        for (i, pair) in bytes.windows(2).enumerate() {
            if !self.bigram_bits.contains(Bits16::of_pair(pair[0], pair[1])) {
                continue;
            }
            let Some(cands) = self.by_bigram.get(&[pair[0], pair[1]]) else { continue };
            for &c in cands {
                let Some(cue) = self.noise.get(usize::from(c)) else { continue };
                if bytes.get(i..i + cue.cue.len()) == Some(cue.cue.as_bytes()) && best.is_none_or(|b| c < b) {
                    best = Some(c);
                }
            }
        }
        best.and_then(|c| self.noise.get(usize::from(c))).map(|c| c.kind)
    }

    /// "Mr", "Gen", "Sen": a full stop after them does not end a sentence.
    pub fn is_title_abbreviation(&self, word: &str) -> bool {
        self.titles.contains_key(word)
    }

    /// "Jan", "No": a full stop after them does not end a sentence when a number follows.
    pub fn is_abbreviation_before_number(&self, word: &str) -> bool {
        self.before_number.contains_key(word)
    }

    /// Words that usually open a sentence when capitalised.
    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.starters.contains_key(word)
    }
}

/// The first two bytes of `text`, ASCII letters lowered, as [`TextLexicon::may_open`] reads
/// them.
fn opening(text: &str) -> Option<u16> {
    let [a, b, ..] = text.as_bytes() else { return None };
    Some(Bits16::of_pair(a.to_ascii_lowercase(), b.to_ascii_lowercase()))
}
