//! Text the web throws at a parser: megabyte lines, unbalanced and nested quotes, huge numbers,
//! capitals, scripts written right to left, CJK, emoji and zalgo, NUL bytes, odd line ends,
//! nothing but dates or names or whitespace. The inputs are generated in code
//! (`support/inputs.rs`); each must come out without a panic and with every span inside the text,
//! on UTF-16 boundaries, slicing to the words the JSON gives (`support/spans.rs`).
//!
//! Time is not asserted here: `cargo run --release --example scaling` checks that 10 times the
//! input takes at most about 10 times as long.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/inputs.rs"]
mod inputs;
#[path = "support/spans.rs"]
mod spans;

use readout::{extract, extract_dates, Options};
use spans::{check_dates_with, check_timeline_with, Utf16Index};

fn published() -> Options {
    Options::default().with_published("2025-07-04").expect("a valid date")
}

/// Inputs longer than this run once, with a publication date; shorter ones also without.
const RUN_TWICE_BELOW: usize = 3_000_000;

/// Extracts a case's text with and without a publication date, and its dates alone; checks
/// every span.
fn run_case(name: &str) {
    let case = inputs::CASES.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no case {name}"));
    run_case_at(name, case.n);
}

fn run_case_at(name: &str, n: usize) {
    let case = inputs::CASES.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no case {name}"));
    let text = (case.make)(n);
    let ix = Utf16Index::new(&text);
    let mut runs = vec![published()];
    if text.len() < RUN_TWICE_BELOW {
        runs.push(Options::default());
    }
    for options in &runs {
        let timeline = extract(&text, options);
        if let Err(e) = check_timeline_with(&ix, &timeline) {
            panic!("{name} (published {:?}): {e}", options.published);
        }
        serde_json::to_string(&timeline).expect("the timeline serialises");
        let dates = extract_dates(&text, options);
        if let Err(e) = check_dates_with(&ix, &dates) {
            panic!("{name} dates (published {:?}): {e}", options.published);
        }
    }
}

macro_rules! adversarial_cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run_case(stringify!($name));
            }
        )*

        /// Every generated input has its test above.
        #[test]
        fn every_case_has_a_test() {
            let tested = [$(stringify!($name)),*];
            for case in inputs::CASES {
                assert!(tested.contains(&case.name), "add {} to adversarial_cases!", case.name);
            }
        }
    };
}

adversarial_cases!(
    single_line_words_10mb,
    single_line_no_spaces_10mb,
    straight_quotes_only,
    opening_curly_quotes_with_speech,
    mixed_unbalanced_quotes,
    nested_quotes,
    million_digit_number,
    all_caps_article,
    only_dates,
    only_names,
    rtl_arabic_hebrew,
    cjk,
    emoji_and_zalgo,
    nul_and_control_chars,
    crlf,
    lone_cr,
    only_newlines,
    only_whitespace,
    one_long_sentence,
    long_sentences_with_commas,
    said_and_met_without_names,
    met_without_names_one_sentence,
    seed_repeated,
);

/// Tiny inputs at the edges: empty, one character, a lone surrogate pair, a lone combining mark.
#[test]
fn tiny_inputs() {
    let tiny = [
        "",
        " ",
        "\n",
        "\r",
        "\0",
        "\"",
        "“",
        "”",
        "'",
        ".",
        "a",
        "😀",
        "\u{301}",
        "\u{FEFF}",
        "1",
        "0/0/0",
        "Putin",
        "said",
        "met",
        "on",
        "July",
        "2025",
        "\"Putin\"",
        "“”",
        "\"\"",
        "Putin said \"",
        "\" said Putin",
        "Putin met Trump.",
        "President",
        "U.S.",
        "Mr.",
        "...",
        "—",
        "-",
        "31 February",
        "0000-00-00",
        "9999-99-99",
        "Friday 13",
        "𝟚𝟘𝟚𝟝",
    ];
    for text in tiny {
        let ix = Utf16Index::new(text);
        for options in [published(), Options::default()] {
            let t = extract(text, &options);
            check_timeline_with(&ix, &t).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            check_dates_with(&ix, &extract_dates(text, &options)).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        }
    }
}

/// Every publication date from year 1 to 9999 at the edges of months and leap years.
#[test]
fn extreme_publication_dates() {
    let text = "Putin spoke by phone with Trump on Thursday. They will meet next year, on February 29 and on \
                December 31, and met last month, 10 years ago and in the 1990s.";
    let ix = Utf16Index::new(text);
    for date in ["0001-01-01", "0001-03-01", "1600-02-29", "1900-02-28", "2000-02-29", "2024-12-31", "9999-12-31"] {
        let Ok(options) = Options::default().with_published(date) else { continue };
        check_timeline_with(&ix, &extract(text, &options)).unwrap_or_else(|e| panic!("{date}: {e}"));
        check_dates_with(&ix, &extract_dates(text, &options)).unwrap_or_else(|e| panic!("{date}: {e}"));
    }
}

/// Windows line ends read as Unix ones: the same events and statements (spans shift, words don't).
#[test]
fn crlf_reads_like_lf() {
    let lf = inputs::SEED;
    let crlf = lf.replace('\n', "\r\n");
    let (a, b) = (extract(lf, &published()), extract(&crlf, &published()));
    let kinds = |t: &readout::Timeline| t.events.iter().map(|e| (e.kind, e.status)).collect::<Vec<_>>();
    let said = |t: &readout::Timeline| t.statements.iter().map(|s| s.text.replace('\r', "")).collect::<Vec<_>>();
    assert_eq!(kinds(&a), kinds(&b));
    assert_eq!(said(&a), said(&b));
}

/// The self-check of the span checker: it refuses what it must refuse.
#[test]
fn span_checker_refuses_bad_spans() {
    let ix = Utf16Index::new("a😀b");
    assert_eq!(ix.len(), 4);
    assert_eq!(ix.slice([1, 3]), Ok("😀"));
    assert_eq!(ix.slice([3, 4]), Ok("b"));
    assert!(ix.slice([1, 2]).is_err(), "inside a surrogate pair");
    assert!(ix.slice([2, 4]).is_err(), "inside a surrogate pair");
    assert!(ix.slice([3, 5]).is_err(), "past the end");
    assert!(ix.slice([3, 1]).is_err(), "backwards");
}

/// Invalid UTF-8 in every shape, on standard input and in a file, to both commands: exit status
/// 2, one line on stderr, nothing on stdout, no panic.
#[test]
fn invalid_utf8_to_the_cli() {
    let mut big = inputs::seed_repeated(1_000_000).into_bytes();
    big.push(0xC3); // a two-byte sequence cut by the end of the input
    let bad: Vec<(&str, Vec<u8>)> = vec![
        ("0xFF first", vec![0xFF, b'a']),
        ("lone continuation byte", b"Putin \x80 met Trump.".to_vec()),
        ("overlong slash", b"Putin \xC0\xAF met".to_vec()),
        ("UTF-16 surrogate encoded", b"Putin \xED\xA0\x80 met".to_vec()),
        ("past U+10FFFF", b"Putin \xF4\x90\x80\x80 met".to_vec()),
        ("truncated at the end", b"Putin met Trump \xE2\x80".to_vec()),
        ("Latin-1 article", b"Putin met Macron in K\xF6ln on Thursday.".to_vec()),
        ("UTF-16LE with BOM", b"\xFF\xFEP\0u\0t\0i\0n\0".to_vec()),
        ("NUL then invalid", b"\0\0\0\xFE".to_vec()),
        ("1 MB then a cut sequence", big),
    ];
    let dir = std::env::temp_dir().join(format!("readout-adversarial-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (what, bytes) in &bad {
        let file = dir.join("bad.txt");
        std::fs::write(&file, bytes).expect("write");
        let file = file.to_str().expect("a UTF-8 temp path");
        for args in [vec!["extract", "-"], vec!["dates", "-"], vec!["extract", file, "--published", "2025-07-04"]] {
            let stdin: &[u8] = if args[1] == "-" { bytes } else { b"" };
            let o = cli::readout(&args, stdin);
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{what} {args:?}: {err}");
            assert!(!err.contains("panicked"), "{what} {args:?}: {err}");
            assert!(err.contains("not valid UTF-8"), "{what} {args:?}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{what} {args:?}: {err}");
            assert!(o.stdout.is_empty(), "{what} {args:?}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Batch mode reads lines of JSON: a line of invalid UTF-8 gets an error object or ends the run
/// with status 2, never a panic; the lines before it are answered.
#[test]
fn invalid_utf8_in_batch_mode() {
    let input =
        b"{\"id\":1,\"text\":\"Putin met Trump.\"}\n{\"id\":2,\"text\":\"K\xF6ln\"}\n{\"id\":3,\"text\":\"x\"}\n";
    let o = cli::readout(&["extract", "--jsonl"], input);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(matches!(o.status.code(), Some(0) | Some(2)), "{:?} {err}", o.status);
    if o.status.code() == Some(2) {
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
}
