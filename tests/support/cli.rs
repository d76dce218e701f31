//! Runs the `readout` binary of this build with arguments and standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `readout ARGS` with `stdin` on its standard input and collects its output.
pub fn readout(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run readout");
    // A process that fails early may close its input before reading it all.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("wait")
}
