//! Times `extract_dates` and `extract` per article over a folder of `.txt` files, the way the
//! peer benchmark calls the WebAssembly build: one call per article, many passes.
//!
//! `cargo run --release --example per_article -- DIR [PASSES]`

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: per_article DIR [PASSES]");
        std::process::exit(2);
    };
    let passes: u32 = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(200);
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.sort();
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = readout::Options::default();
    for (name, f) in [
        (
            "extract_dates",
            &(|t: &str| std::hint::black_box(readout::extract_dates(t, &options)).len()) as &dyn Fn(&str) -> usize,
        ),
        ("extract", &|t: &str| std::hint::black_box(readout::extract(t, &options)).events.len()),
    ] {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            for _ in 0..passes {
                for text in &texts {
                    f(text);
                }
            }
            best = best.min(t.elapsed().as_secs_f64() / f64::from(passes));
        }
        println!(
            "{name:<14} {:.3} ms per pass of {} articles ({bytes} bytes), {:.1} MB/s",
            best * 1e3,
            texts.len(),
            bytes as f64 / 1e6 / best
        );
    }
}
