//! Copies the data files of `src/` (`.tsv`, `.txt`) into the build's output folder without
//! what only their readers need: comment lines, blank lines, comments after the words of a
//! word list, trailing spaces. The crate compiles in these copies ([`data_file!`] in
//! `src/data.rs`), so the notes in the data files cost nothing in the binary or the .wasm.

//!
//! It then compiles the actor and event lexicons and the speech verbs: the crate's own builders
//! (the modules below, included from `src/`) read those copies, and what they build is written
//! in the compact form of `src/compiled.rs` to `actors.lexicon` and `actors.strings` (`events.`
//! and `speech.` the same), which the crate reads at start-up instead of building them again in
//! every process and every page.

use std::path::Path;

// The crate's modules that build and write the actor lexicon, compiled into this script too.
// The crate compiles with `--cfg readout_lib` (below); what reads the compiled files exists
// only there.
#[allow(dead_code, unused)]
#[path = "src/compiled.rs"]
mod compiled;
#[allow(dead_code, unused)]
#[path = "src/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/phrases.rs"]
mod phrases;
#[allow(dead_code)]
#[path = "src/sort.rs"]
mod sort;
#[path = "src/actors"]
mod actors {
    #[allow(dead_code)]
    pub mod compiled;
    #[allow(dead_code)]
    pub mod lexicon;
}
#[path = "src/events"]
mod events {
    #[allow(dead_code)]
    pub mod compiled;
    #[allow(dead_code)]
    pub mod lexicon;
}
#[path = "src/statements"]
mod statements {
    #[allow(dead_code)]
    pub mod speech;
}
#[path = "src/dates"]
mod dates {
    #[allow(dead_code)]
    pub mod civil;
    pub use civil::Date;
}
#[path = "src/text"]
mod text {
    #[allow(dead_code)]
    pub mod tokens;
}

fn main() {
    // Cargo always sets OUT_DIR for build scripts; failing loudly beats stale data.
    let Ok(out) = std::env::var("OUT_DIR") else { panic!("OUT_DIR is not set") };
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-cfg=readout_lib");
    let out = Path::new(&out);
    copy_dir(Path::new("src"), Path::new("src"), out);
    compile_actors(out);
    compile_events(out);
    let mut w = compiled::Writer::default();
    statements::speech::encode(&statements::speech::build(read_leaked(&out.join("statements/speech.tsv"))), &mut w);
    write_compiled(out, "speech", w);
}

/// Builds the actor lexicon from the copies in `out` and writes its compiled form there.
fn compile_actors(out: &Path) {
    let lex = actors::lexicon::ActorLexicon::build(|name| read_leaked(&out.join("actors").join(name)));
    let mut w = compiled::Writer::default();
    actors::compiled::encode(&lex, &mut w);
    write_compiled(out, "actors", w);
}

/// Builds the event lexicon from the copies in `out` and writes its compiled form there.
fn compile_events(out: &Path) {
    let lex = events::lexicon::EventLexicon::build(|name| read_leaked(&out.join("events").join(name)));
    let mut w = compiled::Writer::default();
    events::compiled::encode(&lex, &mut w);
    write_compiled(out, "events", w);
}

/// The text of a file, for the rest of the build.
fn read_leaked(path: &Path) -> &'static str {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Box::leak(text.into_boxed_str())
}

/// Writes a compiled lexicon as `NAME.lexicon` (the bytes) and `NAME.strings` (the strings).
fn write_compiled(out: &Path, name: &str, w: compiled::Writer) {
    let (bytes, strings) = w.finish();
    for (file, data) in [(format!("{name}.lexicon"), bytes), (format!("{name}.strings"), strings.into_bytes())] {
        if let Err(e) = std::fs::write(out.join(&file), data) {
            panic!("cannot write {file}: {e}");
        }
    }
}

fn copy_dir(root: &Path, dir: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            copy_dir(root, &path, out);
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str());
        if !matches!(ext, Some("tsv") | Some("txt")) {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let word_list = ext == Some("txt");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            // Word lists may end a line with a comment; tables only have whole-line comments.
            let line = if word_list { line.split('#').next().unwrap_or("") } else { line };
            let line = line.trim_end_matches([' ', '\r']);
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                continue;
            }
            kept.push_str(line);
            kept.push('\n');
        }
        let Ok(rel) = path.strip_prefix(root) else { continue };
        let target = out.join(rel);
        if let Some(parent) = target.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        if let Err(e) = std::fs::write(&target, kept) {
            panic!("cannot write {}: {e}", target.display());
        }
    }
}
