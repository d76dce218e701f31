//! `extract` on arbitrary bytes: no panic, no hang, and every span of the timeline inside the
//! text on UTF-16 boundaries, slicing to the words the JSON gives (tests/support/spans.rs).

#![no_main]

#[path = "../../tests/support/spans.rs"]
mod spans;

use libfuzzer_sys::fuzz_target;
use readout::Options;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ix = spans::Utf16Index::new(text);
    let published = Options::default().with_published("2025-07-04").expect("a valid date");
    for options in [Options::default(), published] {
        let timeline = readout::extract(text, &options);
        if let Err(e) = spans::check_timeline_with(&ix, &timeline) {
            panic!("{e}\noptions: {options:?}");
        }
    }
});
