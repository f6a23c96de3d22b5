//! Peak memory of `statusdoc analyze` on inputs built to make a reader hold
//! them whole. In a test binary of their own: the peak is read with
//! `getrusage(RUSAGE_CHILDREN)`, which covers every child this process has
//! waited for (each test here holds its children under its bound), and a
//! child's counts from this process's own peak (a spawned child shares its
//! memory until it runs the binary), so that this process stays small.

use std::io::Write;
use std::path::PathBuf;

use nix::sys::resource::{getrusage, UsageWho};

mod common;
use common::{analyze_json_output, statusdoc};

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
        Input::sized(name, head, fill, INPUT)
    }

    /// [`Input::new`], `size` bytes long.
    fn sized(name: &str, head: &[u8], fill: u8, size: usize) -> Input {
        let path = std::env::temp_dir().join(format!("statusdoc-memory-{}-{name}", std::process::id()));
        let mut file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let block = vec![fill; 1 << 20];
        let mut written = head.len();
        file.write_all(head).unwrap_or_else(|e| panic!("{e}"));
        while written < size {
            let n = block.len().min(size - written);
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
        // Empty lines: a part of them is not listed as millions of lines
        // (which took over 200 MiB, however long the file past a part).
        ("empty-lines", Input::sized("empty-lines", b"", b'\n', 16 << 20), "unknown-format"),
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

/// The messages of a refused call, its INVITE carrying `body`, each with
/// where it went (`A:port -> B:port`) and its address pairs.
fn busy_call(n: usize, body: &str) -> [(&'static str, String); 3] {
    let invite = format!(
        "INVITE sip:bob@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK{n}\r\n\
         From: <sip:alice@10.0.0.1>;tag=a{n}\r\nTo: <sip:bob@10.0.0.2>\r\nCall-ID: {n}@dump\r\nCSeq: 1 INVITE\r\n\
         Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let busy = format!(
        "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK{n}\r\n\
         From: <sip:alice@10.0.0.1>;tag=a{n}\r\nTo: <sip:bob@10.0.0.2>;tag=b{n}\r\nCall-ID: {n}@dump\r\n\
         CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
    );
    let ack = format!(
        "ACK sip:bob@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK{n}\r\n\
         From: <sip:alice@10.0.0.1>;tag=a{n}\r\nTo: <sip:bob@10.0.0.2>;tag=b{n}\r\nCall-ID: {n}@dump\r\n\
         CSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n"
    );
    [(OUT, invite), (BACK, busy), (OUT, ack)]
}

const OUT: &str = "10.0.0.1:5060 -> 10.0.0.2:5060";
const BACK: &str = "10.0.0.2:5060 -> 10.0.0.1:5060";

/// Refused call `n` as ngrep `-W byline` prints it (each CR as `.`), `at`
/// seconds after noon.
fn ngrep_busy_call(n: usize, at: f64, body: &str) -> String {
    let mut text = String::new();
    for (k, (way, message)) in busy_call(n, body).iter().enumerate() {
        let t = 12.0 * 3600.0 + at + k as f64 * 0.001;
        let (h, m, s) = ((t / 3600.0) as u32, (t / 60.0) as u32 % 60, t % 60.0);
        text.push_str(&format!("U 2024/05/01 {h:02}:{m:02}:{s:09.6} {way} #{}\n", 3 * n + k + 1));
        text.push_str(&message.replace("\r\n", ".\n"));
        text.push_str("\n\n");
    }
    text
}

/// Refused call `n` as Kamailio's sipdump module writes it, `at` seconds
/// after 2024-05-01 noon.
fn sipdump_busy_call(n: usize, at: f64, body: &str) -> String {
    let mut text = String::new();
    for (k, (way, message)) in busy_call(n, body).iter().enumerate() {
        let time = 1_714_564_800.0 + at + k as f64 * 0.001;
        let (tag, src, dst) =
            if *way == OUT { ("rcv", "10.0.0.1", "10.0.0.2") } else { ("snd", "10.0.0.2", "10.0.0.1") };
        text.push_str(&format!(
            "====================\ntag: {tag}\npid: 4242\nprocess: 1\ntime: {time:.6}\nproto: udp ipv4\n\
             srcip: {src}\nsrcport: 5060\ndstip: {dst}\ndstport: 5060\n~~~~~~~~~~~~~~~~~~~~\n{message}||||||||||||||||||||\n"
        ));
    }
    text
}

/// Refused call `n` as `tcpdump -x` prints it (each packet's IPv4 and UDP
/// headers and message in hex), `at` seconds after noon.
fn tcpdump_x_busy_call(n: usize, at: f64, body: &str) -> String {
    let mut text = String::new();
    for (k, (way, message)) in busy_call(n, body).iter().enumerate() {
        let t = 12.0 * 3600.0 + at + k as f64 * 0.001;
        let (h, m, s) = ((t / 3600.0) as u32, (t / 60.0) as u32 % 60, t % 60.0);
        let (src, dst) = if *way == OUT { ([10, 0, 0, 1], [10, 0, 0, 2]) } else { ([10, 0, 0, 2], [10, 0, 0, 1]) };
        let udp_length = 8 + message.len();
        let mut packet = vec![0x45, 0];
        packet.extend_from_slice(&u16::try_from(20 + udp_length).unwrap_or(u16::MAX).to_be_bytes());
        packet.extend_from_slice(&[0, 0, 0x40, 0, 64, 17, 0, 0]);
        packet.extend_from_slice(&src);
        packet.extend_from_slice(&dst);
        packet.extend_from_slice(&[0x13, 0xc4, 0x13, 0xc4]);
        packet.extend_from_slice(&u16::try_from(udp_length).unwrap_or(u16::MAX).to_be_bytes());
        packet.extend_from_slice(&[0, 0]);
        packet.extend_from_slice(message.as_bytes());
        let dotted = |a: [u8; 4]| a.map(|b| b.to_string()).join(".");
        text.push_str(&format!(
            "{h:02}:{m:02}:{s:09.6} IP {}.5060 > {}.5060: UDP, length {}\n",
            dotted(src),
            dotted(dst),
            message.len()
        ));
        for (i, line) in packet.chunks(16).enumerate() {
            let words: Vec<String> = line.chunks(2).map(|w| w.iter().map(|b| format!("{b:02x}")).collect()).collect();
            text.push_str(&format!("\t0x{:04x}:  {}\n", i * 16, words.join(" ")));
        }
    }
    text
}

/// Refused call `n` as packets of `tshark -T json` (each after a comma but
/// the very first), `at` seconds after 2024-05-01 noon.
fn tshark_json_busy_call(n: usize, at: f64, body: &str) -> String {
    let mut text = String::new();
    for (k, (way, message)) in busy_call(n, body).iter().enumerate() {
        let time = 1_714_564_800.0 + at + k as f64 * 0.001;
        let (src, dst) = if *way == OUT { ("10.0.0.1", "10.0.0.2") } else { ("10.0.0.2", "10.0.0.1") };
        let (start, rest) = message.split_once("\r\n").unwrap_or((message, ""));
        let line = if start.starts_with("SIP/2.0") { "sip.Status-Line" } else { "sip.Request-Line" };
        let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
        text.push_str(if n + k == 0 { "\n" } else { ",\n" });
        text.push_str(&format!(
            "  {{\"_index\": \"packets\", \"_source\": {{\"layers\": {{\"frame\": {{\"frame.time_epoch\": \"{time:.6}\", \
             \"frame.number\": \"{}\"}}, \"ip\": {{\"ip.src\": \"{src}\", \"ip.dst\": \"{dst}\"}}, \"udp\": {{\"udp.srcport\": \
             \"5060\", \"udp.dstport\": \"5060\"}}, \"sip\": {{\"{line}\": {}, \"sip.msg_hdr\": {}}}}}}}}}",
            3 * n + k + 1,
            quoted(start),
            quoted(rest)
        ));
    }
    text
}

/// Writes refused call `n`, `at` seconds after noon, its INVITE carrying a body.
type Render = fn(usize, f64, &str) -> String;

#[test]
fn packet_dumps_in_text_or_hex_and_sipdump_files_are_read_a_part_at_a_time_not_held_whole() {
    // `ngrep -W byline port 5060 > trace.txt` or `tcpdump -x` left running,
    // Kamailio's sipdump files, tshark's JSON export: a text of any size is
    // read, its calls written as they end.
    // tshark's JSON export too, ten times its capture's size: one array.
    let forms: [(&str, Render, &str, &str); 4] = [
        ("ngrep", ngrep_busy_call, "", ""),
        ("sipdump", sipdump_busy_call, "", ""),
        ("tcpdump-x", tcpdump_x_busy_call, "", ""),
        ("tshark-json", tshark_json_busy_call, "[", "\n]\n"),
    ];
    for (name, render, opening, closing) in forms {
        let path = std::env::temp_dir().join(format!("statusdoc-memory-{}-{name}", std::process::id()));
        let input = Input(path);
        let mut file = std::io::BufWriter::new(std::fs::File::create(&input.0).unwrap_or_else(|e| panic!("{e}")));
        let body = "a=x-padding:0123456789abcdef0123456789abcdef0123456789abcdef\r\n".repeat(64);
        let (mut written, mut calls) = (0, 0);
        file.write_all(opening.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        while written < INPUT {
            let call = render(calls, calls as f64 * 0.1, &body);
            file.write_all(call.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            written += call.len();
            calls += 1;
        }
        file.write_all(closing.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        file.flush().unwrap_or_else(|e| panic!("{e}"));
        drop(file);
        let output = statusdoc(&["analyze", "--format", "json", &input.0.display().to_string()]);
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        // The calls passed over, not held as values: this process stays small,
        // as the children it starts after begin as large as it is.
        #[derive(serde::Deserialize)]
        struct Report {
            summary: serde_json::Value,
            errors: Vec<serde_json::Value>,
        }
        let report: Report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.summary["calls"], calls, "{name}: {}", report.summary);
        assert_eq!(report.summary["failed_calls"], calls, "{name}: {}", report.summary);
        assert!(report.errors.is_empty(), "{name}: {:?}", report.errors);
        let peak = children_peak();
        // Under the input's size, as the other readers here (the children of
        // both tests are counted).
        assert!(peak < INPUT, "{name}: peak {} MiB reading {} MiB", peak >> 20, written >> 20);
    }
}
