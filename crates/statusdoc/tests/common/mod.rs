//! What the analyze tests share: where the real captures are, and the
//! binary run as a user would.
#![allow(dead_code)] // each test file uses its own part

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

/// A file of `../shared/captures` beside the project, or of STATUSDOC_CAPTURES.
pub fn capture(name: &str) -> String {
    let dir = std::env::var_os("STATUSDOC_CAPTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/captures"));
    dir.join(name).display().to_string()
}

/// The binary, in the C locale.
pub fn statusdoc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statusdoc")).args(args).env("LANG", "C").output().unwrap_or_else(|e| panic!("{e}"))
}

/// `statusdoc analyze --format json ARGS`, which must succeed.
pub fn analyze_json(args: &[&str]) -> Value {
    let (output, json) = analyze_json_output(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    json
}

/// `statusdoc analyze --format json ARGS`, whatever its status (2 when
/// nothing in the input could be read), and its JSON.
pub fn analyze_json_output(args: &[&str]) -> (Output, Value) {
    let mut all = vec!["analyze", "--format", "json"];
    all.extend_from_slice(args);
    let output = statusdoc(&all);
    let json = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&output.stderr)));
    (output, json)
}

/// `statusdoc analyze - --format json` with `input` written to its standard
/// input, a pipe, then closed; its output.
pub fn analyze_json_piped(input: &[u8]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusdoc"));
    command.args(["analyze", "-", "--format", "json"]).env("LANG", "C");
    with_stdin(&mut command, input)
}

/// `command` run with `input` written to its standard input, a pipe, then
/// closed; its output and its error output.
pub fn with_stdin(command: &mut Command, input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{:?}: {e}", command.get_program()));
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input).unwrap_or_else(|e| panic!("{e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}
