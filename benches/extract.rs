//! `extract` on the seed article, and on 1 MB and 10 MB texts built from whole articles
//! (the evaluation articles when READOUT_EVAL or ../shared/eval is there, else the seed and
//! the test sentences). Throughput is reported in bytes per second; the 10 MB run shows that
//! time grows linearly with the text.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use readout::{extract, Options};

const SEED: &str = include_str!("../tests/data/putin-trump-call.txt");

fn articles() -> Vec<String> {
    let dir = std::env::var_os("READOUT_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"))
        .join("dev");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.sort();
    if texts.is_empty() {
        texts.push(SEED.to_owned());
    }
    texts
}

/// Whole articles, separated by blank lines, until `size` bytes.
pub fn corpus(size: usize) -> String {
    let articles = articles();
    let mut out = String::with_capacity(size + 8192);
    for a in articles.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.push_str(a);
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("seed article", |b| b.iter(|| extract(std::hint::black_box(SEED), &options)));
    for (name, size, samples) in [("1 MB", 1 << 20, 20), ("10 MB", 10 << 20, 10)] {
        let text = corpus(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(samples);
        g.bench_with_input(BenchmarkId::new("articles", name), &text, |b, t| b.iter(|| extract(t, &options)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
