//! The `readout` command line: a thin shell over the library (see `--help`).

mod args;
mod batch;

use std::io::{Read, Write};
use std::process::ExitCode;

use args::{Command, Parsed};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("readout: error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(argv: &[String]) -> Result<(), String> {
    let args = match args::parse(argv)? {
        Parsed::Help => {
            print!("{}", args::HELP);
            return Ok(());
        }
        Parsed::Version => {
            println!("readout {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Parsed::Run(a) => a,
    };
    if args.jsonl {
        return batch::run(args.command, &args.options);
    }
    let path = args.input.as_deref().unwrap_or("-");
    let text = read_input(path)?;
    let out = match args.command {
        Command::Extract => json(&readout::extract(&text, &args.options), args.pretty),
        Command::Dates => json(&readout::extract_dates(&text, &args.options), args.pretty),
    }?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{out}").map_err(|e| format!("cannot write output: {e}"))
}

fn json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String, String> {
    let r = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    r.map_err(|e| format!("cannot serialise output: {e}"))
}

/// Reads a file or standard input as UTF-8; says where the first invalid byte is otherwise.
fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {path:?}: {}", io_reason(&e)))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        let name = if path == "-" { "standard input".to_owned() } else { format!("{path:?}") };
        format!("{name} is not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to())
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
