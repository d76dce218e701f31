//! Adversarial inputs, generated in code so the repository carries no megabytes. Each case is a
//! function of one size parameter: the tests call it with `Case::n`, `examples/scaling.rs` with
//! `n` and `10 * n` to check that the time grows linearly.

#![allow(dead_code)]

/// The article the project started from.
pub const SEED: &str = include_str!("../data/putin-trump-call.txt");

/// One adversarial input.
pub struct Case {
    /// What the input is (also the test's name).
    pub name: &'static str,
    /// Builds the input from the size parameter.
    pub make: fn(usize) -> String,
    /// The size parameter the tests use.
    pub n: usize,
}

const MB: usize = 1_000_000;

/// Every case, with the size the tests run it at.
pub const CASES: &[Case] = &[
    Case { name: "single_line_words_10mb", make: single_line_words, n: 10 * MB },
    Case { name: "single_line_no_spaces_10mb", make: single_line_no_spaces, n: 10 * MB },
    Case { name: "straight_quotes_only", make: straight_quotes_only, n: 100_000 },
    Case { name: "opening_curly_quotes_with_speech", make: opening_curly_quotes_with_speech, n: 100_000 },
    Case { name: "mixed_unbalanced_quotes", make: mixed_unbalanced_quotes, n: 100_000 },
    Case { name: "nested_quotes", make: nested_quotes, n: 10_000 },
    Case { name: "million_digit_number", make: million_digit_number, n: MB },
    Case { name: "all_caps_article", make: all_caps_article, n: MB },
    Case { name: "only_dates", make: only_dates, n: MB },
    Case { name: "only_names", make: only_names, n: MB },
    Case { name: "rtl_arabic_hebrew", make: rtl_arabic_hebrew, n: MB },
    Case { name: "cjk", make: cjk, n: MB },
    Case { name: "emoji_and_zalgo", make: emoji_and_zalgo, n: MB },
    Case { name: "nul_and_control_chars", make: nul_and_control_chars, n: MB },
    Case { name: "crlf", make: crlf, n: MB },
    Case { name: "lone_cr", make: lone_cr, n: MB },
    Case { name: "only_newlines", make: only_newlines, n: MB },
    Case { name: "only_whitespace", make: only_whitespace, n: MB },
    Case { name: "one_long_sentence", make: one_long_sentence, n: MB },
    Case { name: "long_sentences_with_commas", make: long_sentences_with_commas, n: MB },
    Case { name: "said_and_met_without_names", make: said_and_met_without_names, n: MB },
    Case { name: "met_without_names_one_sentence", make: met_without_names_one_sentence, n: MB },
    Case { name: "seed_repeated", make: seed_repeated, n: MB },
];

/// Repeats `unit` until the text has at least `n` bytes.
fn repeat_to(unit: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + unit.len());
    while s.len() < n {
        s.push_str(unit);
    }
    s
}

/// Cycles through `pieces` until the text has at least `n` bytes.
fn cycle_to(pieces: &[&str], n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut i = 0;
    while s.len() < n {
        s.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    s
}

/// The seed article on one line: about `n` bytes of words and no line break.
pub fn single_line_words(n: usize) -> String {
    let line: String = SEED.split_whitespace().collect::<Vec<_>>().join(" ") + " ";
    repeat_to(&line, n)
}

/// The seed article with every whitespace removed: one `n`-byte "word".
pub fn single_line_no_spaces(n: usize) -> String {
    let glued: String = SEED.chars().filter(|c| !c.is_whitespace()).collect();
    repeat_to(&glued, n)
}

/// `n` straight double quotes and nothing else.
pub fn straight_quotes_only(n: usize) -> String {
    "\"".repeat(n)
}

/// `n` quotations opened with a curly quote and never closed.
pub fn opening_curly_quotes_with_speech(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(["Putin said “we will not retreat ", "Trump told reporters “", "the Kremlin said “talks "][i % 3]);
    }
    s
}

/// `n` quote marks of every kind, opening and closing at random-looking places.
pub fn mixed_unbalanced_quotes(n: usize) -> String {
    const MARKS: &[&str] = &["\"", "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "‚", "″"];
    const WORDS: &[&str] = &[" Putin said ", "we agree", ", Trump ", " told", "", " on Thursday. ", "\n", "x"];
    let mut s = String::new();
    for i in 0..n {
        s.push_str(MARKS[(i * 7 + i / 3) % MARKS.len()]);
        s.push_str(WORDS[(i * 5 + i / 11) % WORDS.len()]);
    }
    s
}

/// Quotations nested `n` levels deep, each opened by a speaker, then all closed.
pub fn nested_quotes(n: usize) -> String {
    const OPEN: &[(&str, &str)] = &[("“", "”"), ("‘", "’"), ("\"", "\""), ("«", "»")];
    const SPEAKERS: &[&str] = &["Putin said ", "Trump said that ", "Ushakov told reporters ", "Macron added "];
    let mut s = String::new();
    for i in 0..n {
        s.push_str(SPEAKERS[i % SPEAKERS.len()]);
        s.push_str(OPEN[i % OPEN.len()].0);
    }
    s.push_str("we will not retreat from these goals");
    for i in (0..n).rev() {
        s.push_str(OPEN[i % OPEN.len()].1);
    }
    s.push_str(".\n");
    s
}

/// A number of `n` digits in the places a date or a count could stand.
pub fn million_digit_number(n: usize) -> String {
    let digits: String = (0..n).map(|i| char::from(b'0' + ((i * 7 + 3) % 10) as u8)).collect();
    format!("Putin met Trump on July {d}, 2025. The 6th meeting was held in {d}. On 3/7/{d} they spoke.\n", d = digits)
}

/// The seed article in capitals.
pub fn all_caps_article(n: usize) -> String {
    repeat_to(&(SEED.to_uppercase() + "\n\n"), n)
}

/// Temporal expressions and nothing else.
pub fn only_dates(n: usize) -> String {
    const DATES: &[&str] = &[
        "Thursday, July 3, 2025 ",
        "2025-07-03 ",
        "3 July ",
        "last week ",
        "on Monday ",
        "next month ",
        "the day before yesterday ",
        "in 2019 ",
        "mid-March ",
        "March 31-April 2, 2024 ",
        "between May and June ",
        "Q3 2025 ",
        "the 1990s ",
        "two weeks ago ",
        "tomorrow morning ",
        "Feb. 30, 2023 ",
        "31/12/1999 ",
        "July 4 ",
        "Dec 25th ",
        "earlier this year ",
        "\n",
        "January 1, 0001 ",
        "9999-12-31 ",
        "Sunday ",
        "in three days ",
        "late 2026 ",
        "the first half of next year ",
        "this weekend ",
    ];
    cycle_to(DATES, n)
}

/// Titles and names of leaders, without a verb.
pub fn only_names(n: usize) -> String {
    const NAMES: &[&str] = &[
        "Russian President Vladimir Putin, ",
        "U.S. President Donald Trump ",
        "German Chancellor Olaf Scholz; ",
        "French President Emmanuel Macron ",
        "Kremlin aide Yuri Ushakov ",
        "Secretary of State Marco Rubio, ",
        "Prime Minister Narendra Modi ",
        "President Xi Jinping ",
        "Ukrainian President Volodymyr Zelensky. ",
        "Foreign Minister Sergei Lavrov ",
        "NATO Secretary General Mark Rutte ",
        "the Kremlin ",
        "European Commission President Ursula von der Leyen\n",
        "Mr. Putin ",
        "Dr. ",
        "Sen. ",
        "President President President ",
        "Putin Putin Trump Trump ",
    ];
    cycle_to(NAMES, n)
}

/// Arabic and Hebrew news sentences, with bidi controls and Latin names inside.
pub fn rtl_arabic_hebrew(n: usize) -> String {
    const RTL: &[&str] = &[
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس الأمريكي دونالد ترامب يوم الخميس. ",
        "وقال بوتين إن روسيا «لن تتراجع عن هذه الأهداف». ",
        "שוחח נשיא רוסיה ולדימיר פוטין בטלפון עם נשיא ארצות הברית דונלד טראמפ ביום חמישי. ",
        "\u{200F}Putin\u{200E} met \u{202E}Trump\u{202C} on ٣ يوليو ٢٠٢٥. ",
        "אמר טראמפ: \"זו הייתה שיחה טובה\". ",
        "\u{2067}بوتين\u{2069} said \u{202B}שלום\u{202C}.\n",
    ];
    cycle_to(RTL, n)
}

/// Chinese, Japanese and Korean news sentences, full-width punctuation and digits.
pub fn cjk(n: usize) -> String {
    const CJK: &[&str] = &[
        "俄罗斯总统普京7月3日与美国总统特朗普通电话。",
        "普京表示：“俄罗斯不会放弃这些目标。”",
        "プーチン大統領は木曜日、トランプ大統領と電話会談を行った。",
        "푸틴 대통령은 목요일 트럼프 대통령과 전화 통화를 했다. ",
        "２０２５年７月３日（木）、Putin met Trump。",
        "「会談は生産的だった」と述べた。\n",
    ];
    cycle_to(CJK, n)
}

/// Emoji (ZWJ sequences, flags, skin tones) and letters under stacks of combining marks.
pub fn emoji_and_zalgo(n: usize) -> String {
    let zalgo: String = "Putin met Trump"
        .chars()
        .flat_map(|c| std::iter::once(c).chain((0..40).map(|k| char::from_u32(0x300 + k).unwrap_or('\u{301}'))))
        .collect();
    let pieces = [
        "🇷🇺 Putin 🤝 Trump 🇺🇸 spoke by 📞 on Thursday. ",
        "👨‍👩‍👧‍👦👍🏽🏳️‍🌈 ",
        zalgo.as_str(),
        " said \"🔥🔥\" on July 3, 2025.\n",
        "Z̸̢̛̛a̵̧͝l̶̨̛g̷̢͠o̵͘ ̸s̶a̵i̷d̴ ",
        "\u{FE0F}\u{200D}\u{20E3}\u{E0067}\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} ",
        "𝐏𝐮𝐭𝐢𝐧 𝐦𝐞𝐭 𝐓𝐫𝐮𝐦𝐩 ",
    ];
    cycle_to(&pieces, n)
}

/// The seed article with NUL bytes and control characters between and inside words.
pub fn nul_and_control_chars(n: usize) -> String {
    const CONTROLS: &[char] = &[
        '\0', '\u{1}', '\u{7}', '\u{8}', '\t', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{a0}', '\u{ad}',
        '\u{200B}', '\u{2028}', '\u{2029}', '\u{FEFF}', '\u{FFFD}', '\u{FFFF}',
    ];
    let mut s = String::with_capacity(n + 64);
    let mut k = 0usize;
    while s.len() < n {
        for (i, c) in SEED.chars().enumerate() {
            s.push(c);
            if (i + k) % 7 == 0 {
                s.push(CONTROLS[(i / 7 + k) % CONTROLS.len()]);
            }
        }
        k += 1;
    }
    s
}

/// The seed article with Windows line ends.
pub fn crlf(n: usize) -> String {
    repeat_to(&(SEED.replace('\n', "\r\n") + "\r\n\r\n"), n)
}

/// The seed article with old-Mac line ends.
pub fn lone_cr(n: usize) -> String {
    repeat_to(&(SEED.replace('\n', "\r") + "\r\r"), n)
}

/// Line breaks and nothing else.
pub fn only_newlines(n: usize) -> String {
    "\n".repeat(n)
}

/// Whitespace of every kind and nothing else.
pub fn only_whitespace(n: usize) -> String {
    cycle_to(&[" ", "\t", "\u{a0}", "\u{2003}", "\u{3000}", "\u{202F}", " \n ", "\u{b}", "\u{c}", "\r"], n)
}

/// One sentence of `n` bytes: clauses joined without a full stop.
pub fn one_long_sentence(n: usize) -> String {
    cycle_to(
        &[
            "Putin met Trump and ",
            "Macron said that ",
            "the Kremlin announced on Thursday that ",
            "Scholz visited Kyiv while ",
            "Ushakov told reporters \"we agree\" and ",
            "they agreed to meet in Moscow after ",
        ],
        n,
    )
}

/// Sentences of a few thousand words each, cut by commas only.
pub fn long_sentences_with_commas(n: usize) -> String {
    let clause = "Russian President Vladimir Putin, who spoke by phone with U.S. President Donald Trump on Thursday, ";
    let sentence = clause.repeat(40) + "said the talks were useful.\n";
    repeat_to(&sentence, n)
}

/// Thousands of "said" and "met" without anyone to say or meet.
pub fn said_and_met_without_names(n: usize) -> String {
    cycle_to(
        &["said ", "met ", "said. ", "met, ", "Said ", "MET ", "said said met met. ", "\"said\" ", "met on Thursday "],
        n,
    )
}

/// The seed article over and over.
pub fn seed_repeated(n: usize) -> String {
    repeat_to(&(SEED.to_owned() + "\n\n"), n)
}

/// "he met him and" over and over, without a full stop: one sentence full of meetings.
pub fn met_without_names_one_sentence(n: usize) -> String {
    repeat_to("he met him and ", n)
}
