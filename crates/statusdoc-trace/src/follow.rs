//! A stream as Wireshark follows it, printed as text: `tshark -q -z
//! follow,tcp,ascii,N` (also `udp`, and `tls` or `http` once decrypted),
//! which engineers paste into tickets. A rule of `=`, then `Follow: PROTO,ascii`,
//! the filter, and the two ends (`Node 0: ADDR:PORT`, `Node 1: …`, IPv6 in
//! brackets). Then each chunk: its length in bytes on a line of its own
//! (indented by a tab when node 1 sent it), the bytes (each one that cannot
//! be printed shown as `.`), and a line end. No times.

use std::net::SocketAddr;

use crate::dump::Reader;
use crate::log::After;
use crate::record::{Problem, ProblemKind, SipRecord, Transport};
use crate::sip::Framing;

/// One followed stream: how its chunks travel, and its two ends.
struct Stream {
    /// `None` for a protocol whose chunks are not SIP's carrier (skipped).
    transport: Option<Transport>,
    /// Unspecified (`0.0.0.0:0`) where the text does not say: tshark 4.0
    /// prints `Node 1: :0` for a followed TLS stream.
    nodes: [SocketAddr; 2],
}

const UNKNOWN: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED), 0);

/// Whether one of the text's first 8 lines heads a followed stream.
pub(crate) fn sniff(text: &str) -> bool {
    text.lines().take(8).any(heading)
}

/// `Follow: PROTOCOL,ascii`, the line that heads a followed stream.
fn heading(line: &str) -> bool {
    line.starts_with("Follow: ") && line.trim_end().ends_with(",ascii")
}

/// Reads the SIP messages of followed streams; `false`, having read nothing,
/// when the text is not that.
pub(crate) fn read_follow(
    text: &str,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    if !sniff(text) {
        return false;
    }
    let form = crate::log::PartForm::Follow;
    crate::log::PartReader::read_whole(form, text, &std::sync::Arc::default(), on_record, on_problem);
    true
}

/// Followed streams read a part at a time (whole lines): a chunk whose
/// bytes the part does not hold all of (they may hold line ends) is held
/// back, from its length line, and read again with what follows.
pub(crate) struct Follow<'c> {
    reader: Reader<'c>,
    stream: Option<Stream>,
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> Follow<'c> {
    pub(crate) fn new(on_record: &'c mut dyn FnMut(SipRecord), on_problem: &'c mut dyn FnMut(Problem)) -> Follow<'c> {
        Follow { reader: Reader::new(on_record, on_problem), stream: None, lines_before: 0 }
    }

    /// Reads `text`, whole lines following those read before; a chunk not
    /// all there is held back unless the text has ended (or it is more
    /// than any chunk holds). Returns the number of lines read; the rest is
    /// to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        let bytes = text.as_bytes();
        let (mut at, mut line_number) = (0, 0u64);
        while at < bytes.len() {
            let end = crate::scan::find_byte(&bytes[at..], b'\n').map_or(bytes.len(), |n| at + n);
            let line = text.get(at..end).unwrap_or_default().trim_end_matches('\r');
            let next = (end + 1).min(bytes.len());
            if heading(line) {
                let protocol = line["Follow: ".len()..].split(',').next().unwrap_or_default();
                let transport = match protocol {
                    "tcp" | "tls" | "http" => Some(Transport::Tcp),
                    "udp" => Some(Transport::Udp),
                    _ => None,
                };
                self.stream = Some(Stream { transport, nodes: [UNKNOWN; 2] });
            } else if let (Some(s), Some((node, addr))) = (self.stream.as_mut(), node_line(line)) {
                s.nodes[node] = addr;
            } else if let (Some(s), Some((from, length))) = (self.stream.as_ref(), chunk_line(line)) {
                let frame = self.lines_before + line_number + 1;
                // The chunk, and the line end printed after it (when there).
                let Some(data) = bytes.get(next..next + length).filter(|_| bytes.len() > next + length) else {
                    let held = bytes.len() - at <= crate::log::MAX_HELD_TEXT;
                    if after != After::End && held {
                        break; // its rest is still to come
                    }
                    if let Some(data) = bytes.get(next..next + length) {
                        self.chunk(s.transport, s.nodes, from, frame + 1, data);
                    } else {
                        // The text ends inside a chunk (or one longer than any is said).
                        let detail = format!("(Follow) {length} bytes");
                        self.reader.problem(Problem { frame, kind: ProblemKind::DamagedFile, detail });
                    }
                    // Nothing of this text is read again.
                    line_number += memchr::memchr_iter(b'\n', &bytes[at..]).count() as u64;
                    break;
                };
                let (transport, nodes) = (s.transport, s.nodes);
                self.chunk(transport, nodes, from, frame + 1, data);
                // Past the length line, the chunk, and the line end printed after it.
                line_number += 1 + data.iter().filter(|&&b| b == b'\n').count() as u64;
                at = next + length;
                if bytes.get(at) == Some(&b'\n') {
                    at += 1;
                    line_number += 1;
                }
                continue;
            }
            at = next;
            line_number += 1;
        }
        self.lines_before += line_number;
        usize::try_from(line_number).unwrap_or(usize::MAX)
    }

    /// A chunk `from` one node of a stream (0 or 1), its bytes from line `frame` on.
    fn chunk(&mut self, transport: Option<Transport>, [a, b]: [SocketAddr; 2], from: usize, frame: u64, data: &[u8]) {
        let Some(transport) = transport else { return };
        let (src, dst) = if from == 0 { (a, b) } else { (b, a) };
        let record = SipRecord { frame, time: 0.0, src, dst, transport, bytes: data.to_vec(), cut: false };
        match transport {
            Transport::Udp => self.reader.message(record, Framing::Datagram),
            _ => self.reader.segment(record),
        }
    }

    /// What the text ended inside of.
    pub(crate) fn finish(self) {
        self.reader.finish();
    }
}

/// `Node 0: 10.0.0.1:5060` or `Node 1: [2001:db8::1]:5060`: which, and
/// where (unknown when not an address).
fn node_line(line: &str) -> Option<(usize, SocketAddr)> {
    let rest = line.strip_prefix("Node ")?;
    let (node, addr) = rest.split_once(": ")?;
    let node = match node {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    Some((node, addr.trim().parse().unwrap_or(UNKNOWN)))
}

/// A chunk's length line: from node 0 (not indented) or node 1 (after a tab).
fn chunk_line(line: &str) -> Option<(usize, usize)> {
    let (from, digits) = match line.strip_prefix('\t') {
        Some(rest) => (1, rest),
        None => (0, line),
    };
    let digits_only = !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    digits_only.then(|| digits.parse().ok().map(|length| (from, length)))?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Vec<SipRecord>, Vec<Problem>)> {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        read_follow(text, &mut |r| records.push(r), &mut |p| problems.push(p)).then_some((records, problems))
    }

    /// A followed stream: its heading, then each chunk (true: from node 1).
    fn follow(protocol: &str, nodes: [&str; 2], chunks: &[(bool, &str)]) -> String {
        let rule = "=".repeat(67);
        let mut text = format!("\n{rule}\nFollow: {protocol},ascii\nFilter: {protocol}.stream eq 0\n");
        text += &format!("Node 0: {}\nNode 1: {}\n", nodes[0], nodes[1]);
        for (from_second, data) in chunks {
            text += &format!("{}{}\n{data}\n", if *from_second { "\t" } else { "" }, data.len());
        }
        text + &rule + "\n"
    }

    const OPTIONS: &str =
        "OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: f1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 4\r\n\r\nabcd";
    const OK: &str = "SIP/2.0 200 OK\r\nCall-ID: f1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    #[test]
    fn chunks_are_joined_per_direction_and_framed() {
        // The request across two chunks (cut inside a header line), then
        // two answers in one.
        let (first, rest) = OPTIONS.split_at(60);
        let both = format!("{OK}{OK}");
        let text =
            follow("tcp", ["10.0.0.1:5060", "[2001:db8::2]:5080"], &[(false, first), (false, rest), (true, &both)]);
        let (records, problems) = read(&text).expect("a followed stream");
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.transport, r.bytes.len())).collect();
        let (a, b) = ("10.0.0.1:5060".to_owned(), "[2001:db8::2]:5080".to_owned());
        assert_eq!(
            seen,
            [(a, Transport::Tcp, OPTIONS.len()), (b.clone(), Transport::Tcp, OK.len()), (b, Transport::Tcp, OK.len())]
        );
        // Frames are the lines each message starts on.
        assert_eq!(records[0].frame, 8);
        assert_eq!(text.lines().nth(records[1].frame as usize - 1), Some("SIP/2.0 200 OK"));
    }

    #[test]
    fn datagrams_other_protocols_and_a_cut_text() {
        let udp = follow("udp", ["10.0.0.1:5060", "10.0.0.2:5060"], &[(false, OPTIONS), (true, OK)]);
        let (records, _) = read(&udp).expect("a followed stream");
        assert_eq!(records.iter().map(|r| r.transport).collect::<Vec<_>>(), [Transport::Udp, Transport::Udp]);
        // A followed HTTP/2 stream is passed over; the SIP stream after it is read.
        let text = follow("http2", ["10.0.0.9:443", "10.0.0.8:5555"], &[(false, OPTIONS)]) + &udp;
        let (records, _) = read(&text).expect("followed streams");
        assert_eq!(records.len(), 2);
        assert_eq!(text.lines().nth(records[1].frame as usize - 1), Some("SIP/2.0 200 OK"));
        // The text ends inside a chunk: what came before is read, the cut said.
        let cut = &udp[..udp.len() - 80]; // the rule, its line end, and 11 bytes of the 200
        let (records, problems) = read(cut).expect("a followed stream");
        assert_eq!(records.len(), 1);
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::DamagedFile]);
        // tshark 4.0 follows TLS with `Node 1: :0`: its messages are read,
        // from an address unknown.
        let tls = follow("tls", ["127.0.0.1:5061", ":0"], &[(true, OPTIONS), (false, OK)]);
        let (records, _) = read(&tls).expect("a followed stream");
        let sides: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.dst.to_string())).collect();
        let (known, unknown) = ("127.0.0.1:5061".to_owned(), "0.0.0.0:0".to_owned());
        assert_eq!(sides, [(unknown.clone(), known.clone()), (known, unknown)]);
        // Not a followed stream.
        assert!(read(OPTIONS).is_none());
    }
}
