//! Batch mode (`--jsonl`): JSON lines in, one result per line out, in input order, with the
//! work spread over all cores. A line that cannot be read gets an error object; the run goes on.

use std::io::{BufRead, Write};

use serde::Deserialize;
use serde_json::{json, Value};

use crate::args::Command;
use readout::Options;

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    prefer: Option<String>,
}

/// Lines are processed in chunks, so memory stays bounded whatever the input's length.
const CHUNK: usize = 512;

/// Runs batch mode over standard input.
pub fn run(command: Command, defaults: &Options) -> Result<(), String> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        for line in lines.by_ref().take(CHUNK) {
            chunk.push(line.map_err(|e| format!("cannot read standard input: {e}")));
        }
        if chunk.is_empty() {
            break;
        }
        let results = process_chunk(&chunk, command, defaults, workers);
        for r in results {
            writeln!(stdout, "{r}").map_err(|e| format!("cannot write output: {e}"))?;
        }
    }
    stdout.flush().map_err(|e| format!("cannot write output: {e}"))
}

fn process_chunk(
    chunk: &[Result<String, String>],
    command: Command,
    defaults: &Options,
    workers: usize,
) -> Vec<String> {
    let per = chunk.len().div_ceil(workers.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = chunk
            .chunks(per)
            .map(|part| s.spawn(move || part.iter().map(|l| one_line(l, command, defaults)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|_| vec![json!({"id": null, "error": "internal error"}).to_string()]))
            .collect()
    })
}

fn one_line(line: &Result<String, String>, command: Command, defaults: &Options) -> String {
    let line = match line {
        Ok(l) => l,
        Err(e) => return json!({"id": null, "error": e}).to_string(),
    };
    if line.trim().is_empty() {
        return json!({"id": null, "error": "empty line"}).to_string();
    }
    let parsed: Line = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => {
            let id = serde_json::from_str::<Value>(line).ok().and_then(|v| v.get("id").cloned()).unwrap_or(Value::Null);
            return json!({"id": id, "error": format!("not a valid input line: {e}")}).to_string();
        }
    };
    let mut options = *defaults;
    if let Some(p) = &parsed.published {
        match options.with_published(p) {
            Ok(o) => options = o,
            Err(e) => return json!({"id": parsed.id, "error": e.to_string()}).to_string(),
        }
    }
    if let Some(p) = &parsed.prefer {
        match options.with_prefer(p) {
            Ok(o) => options = o,
            Err(e) => return json!({"id": parsed.id, "error": e.to_string()}).to_string(),
        }
    }
    let text = parsed.text;
    let result = std::panic::catch_unwind(|| match command {
        Command::Extract => serde_json::to_value(readout::extract(&text, &options)),
        Command::Dates => serde_json::to_value(readout::extract_dates(&text, &options)).map(|d| json!({ "dates": d })),
    });
    match result {
        Ok(Ok(Value::Object(mut obj))) => {
            let mut out = serde_json::Map::new();
            out.insert("id".into(), parsed.id);
            out.append(&mut obj);
            Value::Object(out).to_string()
        }
        Ok(Ok(_)) | Ok(Err(_)) => json!({"id": parsed.id, "error": "cannot serialise output"}).to_string(),
        Err(_) => json!({"id": parsed.id, "error": "internal error"}).to_string(),
    }
}
