//! Runs only the first three stages (text, dates, actors) on a text, many times, for profiling.
//!
//! `cargo run --release --example early_stages -- FILE [ROUNDS]`

use readout::{actors, dates, text};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(source) = args.first().and_then(|p| std::fs::read_to_string(p).ok()) else {
        eprintln!("usage: early_stages FILE [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: u32 = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(10);
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        let doc = text::Document::parse(&source);
        let found = dates::find(&doc, dates::Date::parse_iso("2025-07-04"), dates::Direction::Past);
        std::hint::black_box(actors::find(&doc, &found));
    }
    let each = t.elapsed().as_secs_f64() / f64::from(rounds);
    println!("{:.2} ms per run, {:.1} MB/s", each * 1e3, source.len() as f64 / 1e6 / each);
}
