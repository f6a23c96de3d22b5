//! Peak memory of `statusdoc analyze` on inputs built to make a reader hold
//! them whole. Alone in its test binary: the peak is read with
//! `getrusage(RUSAGE_CHILDREN)`, which covers every child this process has
//! waited for.

use std::io::Write;
use std::path::PathBuf;

use nix::sys::resource::{getrusage, UsageWho};

mod common;
use common::analyze_json_output;

/// Size of each input: well past a log's 4 MiB parts and a message's 16 MiB.
const INPUT: usize = 128 * 1024 * 1024;

/// The largest resident set of the children waited for so far, in bytes.
fn children_peak() -> usize {
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).unwrap_or_else(|e| panic!("getrusage: {e}"));
    usize::try_from(usage.max_rss()).unwrap_or(0) * 1024 // kilobytes on Linux
}

/// A file of `head` then `fill` up to [`INPUT`] bytes, removed when dropped.
struct Input(PathBuf);

impl Input {
    fn new(name: &str, head: &[u8], fill: u8) -> Input {
        let path = std::env::temp_dir().join(format!("statusdoc-memory-{}-{name}", std::process::id()));
        let mut file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let block = vec![fill; 1 << 20];
        let mut written = head.len();
        file.write_all(head).unwrap_or_else(|e| panic!("{e}"));
        while written < INPUT {
            let n = block.len().min(INPUT - written);
            file.write_all(&block[..n]).unwrap_or_else(|e| panic!("{e}"));
            written += n;
        }
        Input(path)
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn text_without_line_ends_is_read_a_part_at_a_time_not_held_whole() {
    let cases = [
        // A file of zeros (a capture written over a crash), and a message
        // whose header line runs on: neither is read whole, nor is the
        // message built past what a message may hold.
        ("zeros", Input::new("zeros", b"", 0), "unknown-format"),
        ("long-line", Input::new("long-line", b"INVITE sip:a@example.com SIP/2.0\r\nVia: ", b'x'), "unparsable"),
    ];
    for (name, input, said) in &cases {
        let (_, json) = analyze_json_output(&[&input.0.display().to_string()]);
        // Said, not lost: nothing readable (zeros), or a message too large.
        let kinds: Vec<&str> =
            json["errors"].as_array().into_iter().flatten().filter_map(|e| e["kind"].as_str()).collect();
        assert_eq!(kinds, [*said], "{name}: {json}");
        // The peak so far, this input's included: under the input's size,
        // which a reader holding it whole would take at least.
        let peak = children_peak();
        assert!(peak < INPUT, "{name}: peak {} MiB reading {} MiB", peak >> 20, INPUT >> 20);
    }
}
