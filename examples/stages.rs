//! Times each stage of the pipeline on a text, to see where the time goes: the fastest of the
//! rounds for each stage (the least disturbed by other work on the machine).
//!
//! `cargo run --release --example stages -- FILE [ROUNDS]`

use std::time::Instant;

use readout::{actors, dates, events, statements, text};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(source) = args.first().and_then(|p| std::fs::read_to_string(p).ok()) else {
        eprintln!("usage: stages FILE [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: u32 = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let published = dates::Date::parse_iso("2025-07-04");
    let mut best = [f64::INFINITY; 6];
    for _ in 0..rounds {
        let t0 = Instant::now();
        let doc = text::Document::parse(&source);
        let t1 = Instant::now();
        let found = dates::find(&doc, published, dates::Direction::Past);
        let t2 = Instant::now();
        let people = actors::find(&doc, &found);
        let t3 = Instant::now();
        let ix = events::index::DocIndex::new(&doc, &people, &found);
        let evs = events::find(&ix);
        let t4 = Instant::now();
        let said = statements::find(&ix, &evs);
        let t5 = Instant::now();
        let timeline = readout::timeline::build::build(&doc, &found, &people, &evs, &said);
        let t6 = Instant::now();
        std::hint::black_box(timeline);
        for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6)].iter().enumerate() {
            best[k] = best[k].min((*b - *a).as_secs_f64());
        }
    }
    let mb = source.len() as f64 / 1e6;
    let names = ["text", "dates", "actors", "events", "statements", "timeline"];
    let all: f64 = best.iter().sum::<f64>();
    for (n, t) in names.iter().zip(best) {
        println!("{n:<11} {:>8.2} ms  {:>7.1} MB/s", t * 1e3, mb / t);
    }
    println!("{:<11} {:>8.2} ms  {:>7.1} MB/s", "total", all * 1e3, mb / all);
}
