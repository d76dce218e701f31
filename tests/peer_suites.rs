//! The three peers' public date suites (`shared/eval/dates/`), each run with its own convention,
//! must keep the pass rates the README reports: NGEC ≥ 95%, rustling and chrono ≥ 85%.
//! The suites live outside the repository; set READOUT_EVAL to their folder's parent
//! (default: `../shared/eval` next to the crate).

use std::path::PathBuf;

use readout::{extract_dates, Options};
use serde_json::Value;

fn eval_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("READOUT_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"));
    dir.join("dates").is_dir().then_some(dir)
}

/// The scorer's rule: a case passes when some expression has a value starting with the expected
/// one (and a matching end), or, for `none`, when nothing is found, or, for `unresolved`, when
/// everything found has no value.
fn passes(case: &Value, found: &[readout::DateMention]) -> bool {
    let kind = case["kind"].as_str();
    let expect = case["expect"].as_str();
    if kind == Some("none") {
        return found.is_empty();
    }
    let Some(expect) = expect else { return !found.is_empty() && found.iter().all(|d| d.value.is_none()) };
    found.iter().any(|d| {
        d.value.as_deref().is_some_and(|v| v.starts_with(expect))
            && case["end"].as_str().is_none_or(|e| d.end.as_deref().is_some_and(|x| x.starts_with(e)))
    })
}

fn rate(suite: &str, prefer: &str) -> Option<f64> {
    let path = eval_dir()?.join("dates").join(format!("{suite}.jsonl"));
    let text = std::fs::read_to_string(path).ok()?;
    let (mut ok, mut n) = (0, 0);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("suite line");
        let mut options = Options::default().with_prefer(prefer).unwrap();
        if let Some(r) = case["ref"].as_str() {
            options = options.with_published(r).unwrap();
        }
        let found = extract_dates(case["text"].as_str().unwrap_or(""), &options);
        n += 1;
        ok += usize::from(passes(&case, &found));
    }
    Some(ok as f64 / n as f64)
}

#[test]
fn peer_date_suites_keep_their_pass_rates() {
    let Some(dir) = eval_dir() else {
        eprintln!("peer suites not found (set READOUT_EVAL); nothing to check");
        return;
    };
    eprintln!("peer suites from {}", dir.display());
    for (suite, prefer, bar) in [("ngec", "past", 0.95), ("rustling", "future", 0.85), ("chrono", "nearest", 0.85)] {
        let r = rate(suite, prefer).expect("suite readable");
        eprintln!("{suite}: {:.1}%", r * 100.0);
        assert!(r >= bar, "{suite}: {:.1}% is below {:.0}%", r * 100.0, bar * 100.0);
    }
}
