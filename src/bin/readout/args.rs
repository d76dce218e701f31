//! Command-line arguments: a small hand-written parser, so that every mistake gets a one-line
//! message that names the flag or value at fault.

use readout::{Options, Prefer};

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// The Timeline JSON.
    Extract,
    /// The temporal expressions.
    Dates,
}

/// Parsed arguments.
#[derive(Debug)]
pub struct Args {
    /// extract or dates.
    pub command: Command,
    /// A file path, or `-` for standard input; `None` in batch mode.
    pub input: Option<String>,
    /// Publication date and preference.
    pub options: Options,
    /// Read JSON lines from standard input.
    pub jsonl: bool,
    /// Indent the JSON.
    pub pretty: bool,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Parsed {
    /// Run a command.
    Run(Args),
    /// Print the help text.
    Help,
    /// Print the version.
    Version,
}

pub const HELP: &str = "\
readout — timelines of diplomatic events from news text

USAGE:
    readout extract FILE|- [--published YYYY-MM-DD] [--prefer past|future|nearest] [--pretty]
    readout dates   FILE|- [--published YYYY-MM-DD] [--prefer past|future|nearest] [--pretty]
    readout extract --jsonl [--published ...] [--prefer ...]   < lines.jsonl
    readout dates   --jsonl [--published ...] [--prefer ...]   < lines.jsonl

COMMANDS:
    extract     Print the article's Timeline as JSON: publication date, actors, events,
                statements and dates (see SCHEMA.md).
    dates       Print the temporal expressions found, in text order, as a JSON array.

ARGUMENTS:
    FILE        A UTF-8 text file; `-` reads standard input.

OPTIONS:
    --published YYYY-MM-DD   The article's publication date. Relative dates (\"on Thursday\")
                             resolve against it. Without it, Readout looks for a date line or
                             an embedded post's date in the text.
    --prefer past|future|nearest
                             Which way dates without tense point (\"Friday\", \"March\").
                             Default: past, what news needs.
    --jsonl                  Batch mode: read JSON lines {\"id\", \"text\", \"published\"} from
                             standard input (id and published optional) and write one result per
                             line, in order, using all cores. A broken line gets
                             {\"id\": ..., \"error\": \"...\"} and the run goes on.
    --pretty                 Indent the JSON (single-document mode).
    -h, --help               Print this help.
    -V, --version            Print the version.

EXIT STATUS:
    0 on success; 2 on bad arguments, unreadable input, or input that is not UTF-8.
";

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Parsed, String> {
    let mut it = args.iter();
    let Some(first) = it.next() else {
        return Err("missing command: use `readout extract FILE` or `readout dates FILE` (see --help)".into());
    };
    let command = match first.as_str() {
        "extract" => Command::Extract,
        "dates" => Command::Dates,
        "-h" | "--help" | "help" => return Ok(Parsed::Help),
        "-V" | "--version" => return Ok(Parsed::Version),
        other => return Err(format!("unknown command {other:?}: expected `extract` or `dates` (see --help)")),
    };
    let mut options = Options::default();
    let mut input = None;
    let mut jsonl = false;
    let mut pretty = false;
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{name} needs a value (see --help)"))
        };
        match flag {
            "--published" => {
                let v = value("--published")?;
                options = options.with_published(&v).map_err(|e| e.to_string())?;
            }
            "--prefer" => {
                let v = value("--prefer")?;
                options.prefer = Prefer::parse(&v).map_err(|e| e.to_string())?;
            }
            "--jsonl" => jsonl = true,
            "--pretty" => pretty = true,
            "-h" | "--help" => return Ok(Parsed::Help),
            "-V" | "--version" => return Ok(Parsed::Version),
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown flag {f:?} (see --help)")),
            path => {
                if input.is_some() {
                    return Err(format!("unexpected argument {path:?}: give one FILE (see --help)"));
                }
                input = Some(path.to_owned());
            }
        }
    }
    if jsonl && input.is_some() {
        return Err("--jsonl reads standard input: give no FILE".into());
    }
    if !jsonl && input.is_none() {
        return Err("missing FILE: give a path, or `-` for standard input (see --help)".into());
    }
    Ok(Parsed::Run(Args { command, input, options, jsonl, pretty }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Parsed, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn good_arguments() {
        let Ok(Parsed::Run(a)) = run(&["extract", "a.txt", "--published", "2025-07-04", "--prefer=future"]) else {
            panic!()
        };
        assert_eq!(a.command, Command::Extract);
        assert_eq!(a.input.as_deref(), Some("a.txt"));
        assert_eq!(a.options.prefer, Prefer::Future);
        assert!(matches!(run(&["dates", "--jsonl"]), Ok(Parsed::Run(Args { jsonl: true, .. }))));
        assert!(matches!(run(&["--help"]), Ok(Parsed::Help)));
    }

    #[test]
    fn bad_arguments_name_the_culprit() {
        let table: &[(&[&str], &str)] = &[
            (&[], "missing command"),
            (&["summarise", "a.txt"], "\"summarise\""),
            (&["extract"], "missing FILE"),
            (&["extract", "a.txt", "--published", "2025-02-30"], "\"2025-02-30\""),
            (&["extract", "a.txt", "--published"], "--published needs a value"),
            (&["extract", "a.txt", "--prefer", "soon"], "\"soon\""),
            (&["extract", "a.txt", "--frobnicate"], "\"--frobnicate\""),
            (&["extract", "a.txt", "b.txt"], "\"b.txt\""),
            (&["dates", "--jsonl", "a.txt"], "--jsonl"),
        ];
        for (args, needle) in table {
            let err = run(args).unwrap_err();
            assert!(err.contains(needle), "{args:?}: {err}");
        }
    }
}
