//! Times the first build of each lexicon (what a cold start pays), in one fresh process.
//!
//! `cargo run --release --example lexicons`

use std::time::Instant;

fn time<T>(name: &str, f: impl FnOnce() -> T) {
    let t = Instant::now();
    std::hint::black_box(f());
    println!("{name:<8} {:>7.3} ms", t.elapsed().as_secs_f64() * 1e3);
}

fn main() {
    let t = Instant::now();
    time("text", readout::text::lexicon::TextLexicon::get);
    time("dates", readout::dates::lexicon::DateLexicon::get);
    time("actors", readout::actors::lexicon::ActorLexicon::get);
    time("events", readout::events::lexicon::EventLexicon::get);
    time("rest", || readout::extract("Putin said on Thursday that he met Trump.", &readout::Options::default()));
    println!("{:<8} {:>7.3} ms", "total", t.elapsed().as_secs_f64() * 1e3);
}
