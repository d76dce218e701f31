//! Properties that hold for any input: the same text gives the same JSON; every span lies in
//! the text on UTF-16 boundaries and slices to the words the JSON gives; an article followed by
//! another loses none of the events either had alone.

#[path = "support/spans.rs"]
mod spans;

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::select;
use readout::{extract, extract_dates, Options, Timeline};

/// The number of cases: `default`, or `PROPTEST_CASES` when set (for a longer search).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn published() -> Options {
    Options::default().with_published("2025-07-04").expect("a valid date")
}

/// Pieces of diplomatic news: leaders, titles, countries, triggers, dates, quotes, punctuation,
/// line breaks and multi-byte characters, to be glued in any order.
const PIECES: &[&str] = &[
    "Putin",
    "Vladimir Putin",
    "Trump",
    "Donald Trump",
    "President",
    "Russian",
    "U.S.",
    "Macron",
    "Scholz",
    "Chancellor",
    "Prime Minister",
    "Xi Jinping",
    "Zelensky",
    "Kremlin",
    "the Kremlin",
    "NATO",
    "EU",
    "Moscow",
    "Kyiv",
    "Washington",
    "Beijing",
    "Ukraine",
    "Russia",
    "China",
    "Iran",
    "Mr.",
    "Dr.",
    "aide",
    "Ushakov",
    "said",
    "told",
    "met",
    "meets",
    "will meet",
    "spoke",
    "by phone",
    "called",
    "visited",
    "visit",
    "talks",
    "summit",
    "signed",
    "agreement",
    "condemned",
    "sanctions",
    "imposed",
    "strikes",
    "ceasefire",
    "released",
    "aid",
    "on",
    "in",
    "with",
    "and",
    "the",
    "that",
    "who",
    "which",
    "after",
    "before",
    "not",
    "did not",
    "Thursday",
    "on Thursday",
    "last week",
    "next month",
    "July 3, 2025",
    "2025-07-03",
    "3 July",
    "in 2019",
    "two days ago",
    "tomorrow",
    "mid-March",
    "May 9",
    "1945",
    "31/12/1999",
    "Q3",
    "the 1990s",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    ".",
    ",",
    ";",
    ":",
    "—",
    "-",
    "(",
    ")",
    "!",
    "?",
    "...",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{200B}",
    "\u{FEFF}",
    "\0",
    "é",
    "ё",
    "Путин",
    "普京",
    "ترامب",
    "טראמפ",
    "😀",
    "🇷🇺",
    "👨‍👩‍👧",
    "e\u{301}",
    "𝐓𝐫𝐮𝐦𝐩",
    "ß",
    "İ",
    "ﬁ",
];

/// Separators between pieces, nothing included.
const GLUE: &[&str] = &[" ", " ", " ", "", "\n", ", ", ". "];

/// Text mixed from the pieces above.
fn news_soup() -> impl Strategy<Value = String> {
    prop::collection::vec((select(PIECES), select(GLUE)), 0..60).prop_map(|parts| {
        let mut s = String::new();
        for (p, g) in parts {
            s.push_str(p);
            s.push_str(g);
        }
        s
    })
}

/// Any Unicode string, or news soup.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), news_soup()]
}

fn check(text: &str, options: &Options) -> Result<(), TestCaseError> {
    let t = extract(text, options);
    spans::check_timeline(text, &t).map_err(TestCaseError::fail)?;
    spans::check_dates(text, &extract_dates(text, options)).map_err(TestCaseError::fail)?;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    /// The same text gives the same JSON, twice over.
    #[test]
    fn same_input_same_json(text in any_text()) {
        let options = published();
        let a = serde_json::to_string(&extract(&text, &options)).expect("JSON");
        let b = serde_json::to_string(&extract(&text, &options)).expect("JSON");
        prop_assert_eq!(a, b);
        let a = serde_json::to_string(&extract_dates(&text, &Options::default())).expect("JSON");
        let b = serde_json::to_string(&extract_dates(&text, &Options::default())).expect("JSON");
        prop_assert_eq!(a, b);
    }

    /// Every span of arbitrary Unicode and of news soup, with and without a publication date.
    #[test]
    fn every_span_valid(text in any_text()) {
        check(&text, &published())?;
        check(&text, &Options::default())?;
    }
}

/// Whole sentences of diplomatic news, each naming its actors in full.
const TEMPLATES: &[&str] = &[
    "Russian President Vladimir Putin spoke by phone with U.S. President Donald Trump on Thursday.",
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.",
    "Indian Prime Minister Narendra Modi visited Japan last week.",
    "Chinese President Xi Jinping will travel to Moscow next month.",
    "Ukrainian President Volodymyr Zelensky condemned the Russian strikes on Kyiv on Tuesday.",
    "The European Union imposed new sanctions on Iran on Wednesday.",
    "British Prime Minister Keir Starmer and Canadian Prime Minister Mark Carney signed a trade agreement in Ottawa on Friday.",
    "U.S. Secretary of State Marco Rubio held talks with Russian Foreign Minister Sergei Lavrov in Riyadh on February 18.",
    "Turkish President Recep Tayyip Erdogan called Israeli Prime Minister Benjamin Netanyahu on Sunday.",
    "Kremlin aide Yuri Ushakov said the talks were \"useful and frank.\"",
    "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday.",
    "Brazilian President Luiz Inacio Lula da Silva will visit China in May.",
    "NATO Secretary General Mark Rutte met Polish President Andrzej Duda in Warsaw on June 30.",
    "Iran released two French citizens on Monday.",
    "German Foreign Minister Annalena Baerbock will meet Chinese Foreign Minister Wang Yi in Beijing next week.",
    "Russian Foreign Minister Sergei Lavrov criticised NATO on Friday.",
    "The United States and Ukraine signed a minerals agreement on April 30.",
    "U.S. President Donald Trump met Russian President Vladimir Putin in Alaska on August 15.",
    "Finnish President Alexander Stubb called U.S. President Donald Trump on Thursday.",
    "Canadian Prime Minister Mark Carney travelled to Washington on Tuesday.",
    "South African President Cyril Ramaphosa hosted European Commission President Ursula von der Leyen in Cape Town on March 13.",
    "Russia launched missile strikes on Ukraine overnight.",
    "The United States will send air defence systems to Ukraine, the Pentagon said.",
    "Kremlin spokesman Dmitry Peskov told reporters: \"There are no plans for a meeting.\"",
];

/// An article of one to seven template sentences.
fn template_article() -> impl Strategy<Value = String> {
    prop::collection::vec(select(TEMPLATES), 1..8).prop_map(|s| s.join(" "))
}

/// An event as the property compares it: type, participant names sorted, status.
type EventKey = (&'static str, Vec<String>, &'static str);

/// How many times each event key occurs.
fn event_keys(t: &Timeline) -> BTreeMap<EventKey, usize> {
    let name = |id: &String| t.actors.iter().find(|a| &a.id == id).map_or_else(|| id.clone(), |a| a.name.clone());
    let mut out = BTreeMap::new();
    for e in &t.events {
        let mut names: Vec<String> = e.participants.iter().map(name).collect();
        names.sort();
        *out.entry((e.kind, names, e.status)).or_insert(0) += 1;
    }
    out
}

/// The events `alone` has more of than `joined`.
fn lost(alone: &BTreeMap<EventKey, usize>, joined: &BTreeMap<EventKey, usize>) -> Vec<EventKey> {
    alone.iter().filter(|(k, &n)| joined.get(*k).copied().unwrap_or(0) < n).map(|(k, _)| k.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(128)))]

    /// `a + "\n\n" + b` keeps every event of `a` and of `b`: for each (type, participants,
    /// status), at least as many as either had alone.
    #[test]
    fn concatenation_loses_no_event(a in template_article(), b in template_article()) {
        let options = published();
        let joined = format!("{a}\n\n{b}");
        let (ka, kb, kj) =
            (event_keys(&extract(&a, &options)), event_keys(&extract(&b, &options)), event_keys(&extract(&joined, &options)));
        let lost_a = lost(&ka, &kj);
        let lost_b = lost(&kb, &kj);
        prop_assert!(lost_a.is_empty() && lost_b.is_empty(),
            "a: {a:?}\nb: {b:?}\nlost from a: {lost_a:?}\nlost from b: {lost_b:?}\njoined: {kj:?}");
    }
}
