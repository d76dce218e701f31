//! `extract_dates` on arbitrary strings against a few reference dates and every preference:
//! no panic, no hang, every span valid and equal to its text.

#![no_main]

#[path = "../../tests/support/spans.rs"]
mod spans;

use libfuzzer_sys::fuzz_target;
use readout::Options;

/// Reference dates: none, an ordinary day, a leap day, and the ends of the calendar.
const REFERENCES: &[(Option<&str>, &str)] = &[
    (None, "past"),
    (Some("2025-07-04"), "past"),
    (Some("2024-02-29"), "future"),
    (Some("2000-12-31"), "nearest"),
    (Some("0001-01-01"), "past"),
    (Some("9999-12-31"), "future"),
];

fuzz_target!(|text: &str| {
    let ix = spans::Utf16Index::new(text);
    for &(date, prefer) in REFERENCES {
        let mut options = Options::default().with_prefer(prefer).expect("a valid preference");
        if let Some(d) = date {
            let Ok(o) = options.with_published(d) else { continue };
            options = o;
        }
        let dates = readout::extract_dates(text, &options);
        if let Err(e) = spans::check_dates_with(&ix, &dates) {
            panic!("{e}\noptions: {options:?}");
        }
    }
});
