//! SIP messages in the text files of Kamailio's `sipdump` module: each
//! message a record opened by a line of `=`, its fields (`tag: rcv|snd`,
//! `time:` in seconds since 1970, `proto: udp ipv4`, `srcip:`, `srcport:`,
//! `dstip:`, `dstport:`), a line of `~`, the message as it went on the
//! wire, and a line of `|` to close it.

use std::net::{IpAddr, SocketAddr};

use crate::log::{message_or_problem, After, LOOK_AHEAD_LINES, UNKNOWN};
use crate::record::{Problem, SipRecord, Transport};
use crate::sip::Framing;

const OPEN: &str = "====================";
const FIELDS_END: &str = "~~~~~~~~~~~~~~~~~~~~";
const CLOSE: &str = "||||||||||||||||||||";

/// Reads the records of a sipdump file; `false`, having read nothing, when
/// the text is not one.
/// Whether a record opens within the text's first lines.
pub(crate) fn sniff(text: &str) -> bool {
    text.lines().take(LOOK_AHEAD_LINES).any(|l| l == OPEN)
}

pub(crate) fn read_sipdump(
    text: &str,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    if !is_sipdump(text) {
        return false;
    }
    let form = crate::log::PartForm::Sipdump;
    crate::log::PartReader::read_whole(form, text, &std::sync::Arc::default(), on_record, on_problem);
    true
}

/// Whether the text's first lines are a sipdump file's: a record opens, with its fields.
pub(crate) fn is_sipdump(text: &str) -> bool {
    sniff(text) && text.contains("\ntag: ") && text.contains(FIELDS_END)
}

/// A sipdump file read a part at a time (whole lines): the last record of
/// a part may go on in the next, so its lines are held back and read again
/// with what follows.
pub(crate) struct Sipdump<'c> {
    on_record: &'c mut dyn FnMut(SipRecord),
    on_problem: &'c mut dyn FnMut(Problem),
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> Sipdump<'c> {
    pub(crate) fn new(on_record: &'c mut dyn FnMut(SipRecord), on_problem: &'c mut dyn FnMut(Problem)) -> Sipdump<'c> {
        Sipdump { on_record, on_problem, lines_before: 0 }
    }

    /// Reads the records of `text`, whole lines following those read
    /// before. The lines from the last record's opening on are held back
    /// when more text follows, or, silent, until its closing line has come
    /// (unless they are more than any record holds); the number of lines
    /// read is returned, and the rest is to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        // Lines are cut at '\n' only: the message keeps its own CRLFs.
        let lines: Vec<&str> = text.split('\n').collect();
        // The empty piece after a last line end is no line.
        let all = lines.len() - usize::from(text.is_empty() || text.ends_with('\n'));
        let closed = |record: &[&str]| record.iter().any(|l| l.trim_end().ends_with(CLOSE));
        let held_from = crate::log::held_from(text, &lines[..all], after, |l| l.trim_end() == OPEN, closed);
        // At the end, that piece too, as the text read whole has it.
        self.records(&lines[..if after == After::End { lines.len() } else { held_from }]);
        self.lines_before += held_from as u64;
        held_from
    }

    /// The records of these lines, the first of which follows `lines_before`.
    fn records(&mut self, lines: &[&str]) {
        let mut lines = lines.iter().enumerate().peekable();
        while let Some((_, line)) = lines.next() {
            if line.trim_end() != OPEN {
                continue;
            }
            let (mut time, mut transport) = (0.0, Transport::Log);
            let (mut src_ip, mut src_port, mut dst_ip, mut dst_port) = (None, None, None, None);
            for (_, field) in lines.by_ref() {
                let field = field.trim_end();
                if field == FIELDS_END {
                    break;
                }
                let Some((name, value)) = field.split_once(": ") else { continue };
                match name {
                    "time" => time = value.parse().unwrap_or(0.0),
                    "proto" => transport = transport_named(value.split_whitespace().next().unwrap_or_default()),
                    "srcip" => src_ip = value.parse::<IpAddr>().ok(),
                    "srcport" => src_port = value.parse::<u16>().ok(),
                    "dstip" => dst_ip = value.parse::<IpAddr>().ok(),
                    "dstport" => dst_port = value.parse::<u16>().ok(),
                    _ => {}
                }
            }
            let first_line = lines.peek().map_or(0, |(n, _)| self.lines_before + *n as u64 + 1);
            let mut message = String::new();
            while let Some((_, part)) = lines.next_if(|(_, l)| l.trim_end() != OPEN) {
                // The closing line follows the message's last byte: on a line of
                // its own after a line end, or right after a body that has none.
                if let Some(last) = part.trim_end().strip_suffix(CLOSE) {
                    message.push_str(last);
                    break;
                }
                message.push_str(part);
                message.push('\n');
            }
            if message.trim().is_empty() {
                continue;
            }
            let side = |ip: Option<IpAddr>, port: Option<u16>| ip.zip(port).map_or(UNKNOWN, SocketAddr::from);
            let record = SipRecord {
                frame: first_line,
                time,
                src: side(src_ip, src_port),
                dst: side(dst_ip, dst_port),
                transport,
                bytes: message.into_bytes(),
                cut: false,
            };
            message_or_problem(record, Framing::Lenient, self.on_record, self.on_problem);
        }
    }
}

/// The transport sipdump names (Kamailio's protocol names).
fn transport_named(name: &str) -> Transport {
    match name.to_ascii_lowercase().as_str() {
        "udp" => Transport::Udp,
        "tcp" => Transport::Tcp,
        "tls" => Transport::Tls,
        "sctp" => Transport::Sctp,
        "ws" => Transport::Ws,
        _ => Transport::Log,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(tag: &str, time: &str, from: (&str, u16), to: (&str, u16), proto: &str, message: &str) -> String {
        format!(
            "{OPEN}\ntag: {tag}\npid: 4242\nprocess: 1\ntime: {time}\ndate: Wed Sep 11 17:10:51 2019\n\
proto: {proto}\nsrcip: {}\nsrcport: {}\ndstip: {}\ndstport: {}\n{FIELDS_END}\n{message}{CLOSE}\n",
            from.0, from.1, to.0, to.1
        )
    }

    #[test]
    fn records_give_their_time_addresses_and_transport() {
        let invite = "INVITE sip:b@h SIP/2.0\r\nCall-ID: d1\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\n\
Content-Length: 8\r\n\r\nv=0\r\ns=-";
        let busy = "SIP/2.0 486 Busy Here\r\nCall-ID: d1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        let text = [
            record("rcv", "1568214651.826718", ("192.0.2.10", 5060), ("192.0.2.20", 5060), "udp ipv4", invite),
            record("snd", "1568214651.900000", ("2001:db8::20", 5061), ("2001:db8::10", 40000), "tls ipv6", busy),
        ]
        .concat();
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_sipdump(&text, &mut |r| records.push(r), &mut |p| problems.push(p)));
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> =
            records.iter().map(|r| (r.frame, r.time, r.src.to_string(), r.dst.to_string(), r.transport)).collect();
        assert_eq!(
            seen,
            [
                (13, 1_568_214_651.826_718, "192.0.2.10:5060".to_owned(), "192.0.2.20:5060".to_owned(), Transport::Udp),
                (
                    // The first record closes on its body's last line.
                    33,
                    1_568_214_651.9,
                    "[2001:db8::20]:5061".to_owned(),
                    "[2001:db8::10]:40000".to_owned(),
                    Transport::Tls
                ),
            ]
        );
        assert!(records[0].message().is_some_and(|m| m.body == b"v=0\r\ns=-"));
        assert!(!read_sipdump("INVITE sip:b@h SIP/2.0\r\n", &mut |_| {}, &mut |_| {}));
    }

    #[test]
    fn a_file_read_a_part_at_a_time_gives_what_it_gives_whole() {
        let mut each = Vec::new();
        for n in 0..12 {
            let body = if n % 3 == 0 { "v=0\r\ns=-" } else { "" };
            let message = format!(
                "INVITE sip:b@h SIP/2.0\r\nCall-ID: p{n}\r\nCSeq: 1 INVITE\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            let time = format!("1568214651.{n:06}");
            each.push(record("rcv", &time, ("192.0.2.10", 5060), ("192.0.2.20", 5060), "udp ipv4", &message));
        }
        let text = each.concat();
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_sipdump(&text, &mut |r| records.push(r), &mut |p| problems.push(p)));
        let whole = (records, problems);
        assert_eq!(whole.0.len(), 12);
        let silent_or_not = [crate::log::After::More, crate::log::After::Silence];
        for (lines, between) in [1, 2, 3, 7, 16, 50].into_iter().flat_map(|n| silent_or_not.map(|a| (n, a))) {
            let parts = crate::log::tests::read_in_parts(&text, &std::sync::Arc::default(), lines, between);
            assert_eq!(parts, whole, "{lines} lines at a time, then {between:?}");
        }
        // Each record read as it comes, its writer falling silent after it
        // (live): the same records, numbered by the same lines.
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let (mut on_record, mut on_problem) = (|r| records.push(r), |p| problems.push(p));
        let mut dump = Sipdump::new(&mut on_record, &mut on_problem);
        for record in &each {
            assert_eq!(dump.feed(record, After::Silence), record.matches('\n').count());
        }
        assert_eq!((records, problems), whole);
    }
}
