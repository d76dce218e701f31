//! The command line as users meet it: good runs print JSON, bad input gets a one-line error
//! and exit status 2, batch mode keeps going past broken lines.

#[path = "support/cli.rs"]
mod cli;

use cli::readout;
use std::process::Output;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn extract_from_stdin_prints_a_timeline() {
    let o = readout(&["extract", "-", "--published", "2025-07-04"], b"Putin spoke with Trump on Thursday.");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["version"], 1);
    assert_eq!(v["published"]["source"], "given");
    assert_eq!(v["dates"][0]["value"], "2025-07-03");
}

#[test]
fn bad_input_gets_one_line_and_status_2() {
    let missing = readout(&["extract", "/no/such/file.txt"], b"");
    let bad_date = readout(&["extract", "-", "--published", "2025-13-01"], b"x");
    let bad_flag = readout(&["dates", "-", "--colour"], b"x");
    let not_utf8 = readout(&["extract", "-"], &[b'a', 0xff, 0xfe, b'b']);
    for (o, needle) in
        [(&missing, "no such file"), (&bad_date, "2025-13-01"), (&bad_flag, "--colour"), (&not_utf8, "not valid UTF-8")]
    {
        assert_eq!(o.status.code(), Some(2), "{}", stderr(o));
        let err = stderr(o);
        assert!(err.contains(needle), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn batch_mode_keeps_order_and_survives_broken_lines() {
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&format!(
            "{{\"id\": \"n{i}\", \"text\": \"They met on Monday.\", \"published\": \"2025-05-16\"}}\n"
        ));
        if i == 7 {
            input.push_str("{not json\n");
            input.push_str("{\"id\": \"bad-date\", \"text\": \"x\", \"published\": \"yesterday\"}\n");
        }
    }
    let o = readout(&["dates", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 42);
    assert_eq!(lines[0]["id"], "n0");
    assert_eq!(lines[0]["dates"][0]["value"], "2025-05-12");
    assert!(lines[8]["error"].as_str().is_some_and(|e| e.contains("not a valid input line")));
    assert_eq!(lines[9]["id"], "bad-date");
    assert!(lines[9]["error"].as_str().is_some_and(|e| e.contains("yesterday")));
    assert_eq!(lines[41]["id"], "n39");
}

#[test]
fn help_documents_every_flag() {
    let o = readout(&["--help"], b"");
    let help = String::from_utf8_lossy(&o.stdout);
    for flag in ["--published", "--prefer", "--jsonl", "--pretty", "extract", "dates"] {
        assert!(help.contains(flag), "{flag}");
    }
}
