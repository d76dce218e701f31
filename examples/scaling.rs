//! Does the time grow linearly with the input? Times `readout::extract` on 1x and 10x versions of
//! the adversarial inputs (tests/support/inputs.rs) and of the evaluation articles, each run in a
//! fresh child process, and prints the ratio of the two times and the peak memory per MB of
//! input. A ratio above 12 is flagged: issue 6 asks for at most 12x time for 10x input.
//!
//! ```text
//! cargo run --release --example scaling            # every case
//! cargo run --release --example scaling -- quotes  # the cases whose name contains "quotes"
//! ```
//!
//! The articles come from `$READOUT_EVAL/dev/*.txt` (or `../shared/eval`). Memory is the
//! process's VmHWM (Linux): the high-water mark is reset after the input is built, so the figure
//! is what extraction itself adds on top of the input.

#[path = "../tests/support/inputs.rs"]
mod inputs;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Above this ratio of 10x time to 1x time a case is flagged.
const LIMIT: f64 = 12.0;

/// Base sizes (the 1x) for the cases known to be quadratic today, so their 10x finishes in
/// seconds; every other case runs at a tenth of the size its test uses, then at that size.
const SMALL_BASE: &[(&str, usize)] = &[
    ("one_long_sentence", 20_000),
    ("opening_curly_quotes_with_speech", 1_000),
    ("met_without_names_one_sentence", 10_000),
];

/// One input of the table: how to build its 1x text.
enum Source {
    Generated { make: fn(usize) -> String, base: usize },
    Article(PathBuf),
    AllArticles(Vec<PathBuf>),
}

struct Input {
    name: String,
    source: Source,
}

impl Input {
    /// The text at `scale` times the base size.
    fn text(&self, scale: usize) -> String {
        match &self.source {
            Source::Generated { make, base } => make(base * scale),
            Source::Article(p) => repeat(&read(p), scale),
            Source::AllArticles(ps) => repeat(&ps.iter().map(read).collect::<Vec<_>>().join("\n\n"), scale),
        }
    }
}

fn read(p: &PathBuf) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// `scale` copies of an article, as separate paragraphs.
fn repeat(text: &str, scale: usize) -> String {
    vec![text; scale].join("\n\n")
}

fn eval_dir() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("READOUT_EVAL").map(PathBuf::from).into_iter().collect();
    dirs.push(PathBuf::from("../shared/eval"));
    dirs.push(PathBuf::from("/work/shared/eval"));
    dirs.into_iter().find(|d| d.join("dev").is_dir())
}

fn inputs() -> Vec<Input> {
    let mut out: Vec<Input> = inputs::CASES
        .iter()
        .map(|c| {
            let base = SMALL_BASE.iter().find(|s| s.0 == c.name).map_or(c.n / 10, |s| s.1);
            Input { name: c.name.to_owned(), source: Source::Generated { make: c.make, base } }
        })
        .collect();
    if let Some(dir) = eval_dir() {
        let mut articles: Vec<PathBuf> = std::fs::read_dir(dir.join("dev"))
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        articles.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        articles.sort();
        for p in &articles {
            let stem = p.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            out.push(Input { name: format!("dev/{stem}"), source: Source::Article(p.clone()) });
        }
        if !articles.is_empty() {
            out.push(Input { name: "dev/all articles".into(), source: Source::AllArticles(articles) });
        }
    } else {
        eprintln!("no evaluation articles found (set READOUT_EVAL): generated inputs only");
    }
    out
}

/// What a child reports for one run.
struct Measure {
    bytes: usize,
    /// Best time of one extraction.
    secs: f64,
    /// Peak memory above the input, in kB.
    extra_kb: u64,
    /// Peak resident memory of the process, in kB.
    peak_kb: u64,
}

fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// In the child: build the input, warm the lexicons, reset the high-water mark, time extraction.
fn child(name: &str, scale: usize) {
    let input = inputs().into_iter().find(|i| i.name == name).unwrap_or_else(|| panic!("no input {name}"));
    let text = input.text(scale);
    let options = readout::Options::default().with_published("2025-07-04").expect("a valid date");
    let _ = readout::extract("Putin spoke with Trump on Thursday.", &options);
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status_kb("VmRSS:");
    let mut best = f64::INFINITY;
    let started = Instant::now();
    let mut runs = 0;
    // Every input runs at least three times, small ones for 300 ms; the best run counts, so 1x
    // and 10x are measured alike.
    while runs < 3 || (started.elapsed() < Duration::from_millis(300) && runs < 1000) {
        let t = Instant::now();
        let timeline = readout::extract(&text, &options);
        best = best.min(t.elapsed().as_secs_f64());
        std::hint::black_box(timeline);
        runs += 1;
    }
    let peak = status_kb("VmHWM:");
    println!("RESULT {} {} {} {}", text.len(), best, peak.saturating_sub(before), peak);
}

/// In the parent: runs one case in a child, killed after `deadline`.
fn measure(name: &str, scale: usize, deadline: Duration) -> Result<Measure, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut c = Command::new(exe)
        .args(["--child", name, &scale.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    loop {
        match c.try_wait().map_err(|e| e.to_string())? {
            Some(_) => break,
            None if started.elapsed() > deadline => {
                let _ = c.kill();
                let _ = c.wait();
                return Err(format!("killed after {:.0} s", deadline.as_secs_f64()));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    let out = c.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let Some(line) = stdout.lines().find(|l| l.starts_with("RESULT ")) else {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("child failed ({}): {}", out.status, err.trim()));
    };
    let f: Vec<&str> = line.split_whitespace().skip(1).collect();
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    Ok(Measure { bytes: num(0) as usize, secs: num(1), extra_kb: num(2) as u64, peak_kb: num(3) as u64 })
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        let scale = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
        child(args.get(1).map_or("", String::as_str), scale);
        return;
    }
    let filter = args.first().cloned().unwrap_or_default();
    println!("| input | 1x size | 1x time | 10x time | ratio | peak extra MB per input MB (10x) | peak RSS MB (10x) |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut flagged = Vec::new();
    for input in inputs().iter().filter(|i| i.name.contains(&filter)) {
        let one = match measure(&input.name, 1, Duration::from_secs(300)) {
            Ok(m) => m,
            Err(e) => {
                println!("| {} | | {e} | | | | |", input.name);
                flagged.push(format!("{}: {e}", input.name));
                continue;
            }
        };
        // Linear growth would take 10 times as long: allow 15 before giving up.
        let deadline = Duration::from_secs_f64(20.0 + 3.0 * 15.0 * 10.0 * one.secs);
        match measure(&input.name, 10, deadline) {
            Ok(ten) => {
                let ratio = ten.secs / one.secs;
                let flag = if ratio > LIMIT { " **> 12**" } else { "" };
                if ratio > LIMIT {
                    flagged.push(format!("{}: ratio {ratio:.1}", input.name));
                }
                println!(
                    "| {} | {:.3} MB | {:.4} s | {:.4} s | {ratio:.1}{flag} | {:.1} | {:.0} |",
                    input.name,
                    mb(one.bytes),
                    one.secs,
                    ten.secs,
                    ten.extra_kb as f64 / 1e3 / mb(ten.bytes),
                    ten.peak_kb as f64 / 1e3,
                );
            }
            Err(e) => {
                println!(
                    "| {} | {:.3} MB | {:.4} s | {e} | **> {:.0}** | | |",
                    input.name,
                    mb(one.bytes),
                    one.secs,
                    deadline.as_secs_f64() / one.secs
                );
                flagged.push(format!("{}: 10x {e}", input.name));
            }
        }
    }
    if flagged.is_empty() {
        println!("\nevery ratio at most {LIMIT}");
    } else {
        println!("\nflagged (ratio above {LIMIT} or failed):");
        for f in &flagged {
            println!("- {f}");
        }
    }
}
