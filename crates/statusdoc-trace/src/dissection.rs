//! SIP messages in Wireshark's packet details as text: `tshark -V`,
//! `tshark -O sip` (with `-P` or not) and Wireshark's File → Export Packet
//! Dissections → As Plain Text, as they get pasted into tickets and forums.
//! The details show the message field by field: the start line, each header
//! field one indentation level below "Message Header" (the levels below it
//! are Wireshark's own breakdown), and the body (an SDP body as its lines'
//! descriptions, `Connection Information (c): IN IP4 …`; a text body as its
//! lines with `\r\n` written out). Frames keep Wireshark's numbers; the
//! addresses and time come from the layers printed before each message.

use std::net::{IpAddr, SocketAddr};

use crate::log::{message_or_problem, LOOK_AHEAD_LINES};
use crate::record::{Problem, SipRecord, Transport};
use crate::sip::Framing;

/// An address the details do not give.
const UNKNOWN: IpAddr = crate::log::UNKNOWN.ip();

/// What the layers below SIP said of the packet being read.
#[derive(Debug, Clone, Copy)]
struct Packet {
    frame: u64,
    time: Option<f64>,
    /// The summary line's time (`-P`, or the export's summary line): since
    /// the first packet unless set otherwise; used without an absolute one.
    summary_time: Option<f64>,
    src: IpAddr,
    dst: IpAddr,
    ports: (u16, u16),
}

impl Packet {
    fn new(frame: u64, summary_time: Option<f64>) -> Packet {
        Packet { frame, time: None, summary_time, src: UNKNOWN, dst: UNKNOWN, ports: (0, 0) }
    }
}

/// `Frame 12: 709 bytes on wire …`: the frame's number.
fn frame_number(line: &str) -> Option<u64> {
    line.strip_prefix("Frame ")?.split(':').next()?.parse().ok()
}

/// `    12   0.125000  10.0.0.1 → 10.0.0.2  SIP …`: a summary line's frame
/// number and time.
fn summary_line(line: &str) -> Option<(u64, f64)> {
    let mut words = line.split_whitespace();
    let frame = words.next()?.parse().ok()?;
    let time = words.next()?.parse().ok()?;
    Some((frame, time))
}

/// `Nov 25, 2026 21:30:29.571149000 UTC` (Wireshark's arrival time).
fn arrival_time(text: &str) -> Option<f64> {
    crate::log::month_name_time(text, || None)
}

/// `Src: A, Dst: B` (the addresses of a layer's summary line).
fn source_and_destination(text: &str) -> Option<(&str, &str)> {
    let (src, rest) = text.split_once("Src: ")?.1.split_once(", Dst: ")?;
    Some((src, rest.split(',').next()?.trim()))
}

/// Whether a frame begins within the text's first lines.
pub(crate) fn sniff(text: &str) -> bool {
    text.lines().take(LOOK_AHEAD_LINES).any(|l| frame_number(l).is_some())
}

/// Whether the text is Wireshark's details showing SIP: a frame begins
/// within its first lines (after the summary lines' heading, if any), and
/// SIP shows somewhere.
pub(crate) fn is_dissection(text: &str) -> bool {
    sniff(text) && text.lines().any(is_sip)
}

/// A layer line that opens SIP's section.
fn is_sip(line: &str) -> bool {
    line.starts_with("Session Initiation Protocol")
}

/// Reads the SIP messages of Wireshark's packet details; `false`, having
/// read nothing, when the text is not that.
pub(crate) fn read_dissection(
    text: &str,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    if !is_dissection(text) {
        return false;
    }
    let form = crate::log::PartForm::Dissection;
    crate::log::PartReader::read_whole(form, text, &std::sync::Arc::default(), on_record, on_problem);
    true
}

/// Wireshark's packet details, read as a stream of lines (about 40 a
/// packet) a part at a time: the last frame of a part may go on in the
/// next, so its lines are held back and read again with what follows.
pub(crate) struct Dissection<'c> {
    on_record: &'c mut dyn FnMut(SipRecord),
    on_problem: &'c mut dyn FnMut(Problem),
    /// The packet whose details are being read.
    packet: Packet,
    /// The last summary line's frame and time (`-P`).
    summary: Option<(u64, f64)>,
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> Dissection<'c> {
    pub(crate) fn new(
        on_record: &'c mut dyn FnMut(SipRecord),
        on_problem: &'c mut dyn FnMut(Problem),
    ) -> Dissection<'c> {
        Dissection { on_record, on_problem, packet: Packet::new(0, None), summary: None, lines_before: 0 }
    }

    /// Reads `text`, whole lines following those read before. The lines
    /// from the last frame's on are held back when more follows, or,
    /// silent, until the blank line that ends a frame's details has come
    /// (unless they are more than any frame's details); the number of lines
    /// read is returned, and the rest is to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: crate::log::After) -> usize {
        let all: Vec<&str> = text.lines().collect();
        let ended = |frame: &[&str]| frame.len() > 1 && frame.last().is_some_and(|l| l.trim().is_empty());
        let held_from = crate::log::held_from(text, &all, after, |l| frame_number(l).is_some(), ended);
        let mut lines = all[..held_from].iter().copied().enumerate().peekable();
        let mut section = Vec::new();
        while let Some((i, line)) = lines.next() {
            let packet = &mut self.packet;
            if let Some(frame) = frame_number(line) {
                *packet = Packet::new(frame, self.summary.filter(|(n, _)| *n == frame).map(|(_, t)| t));
            } else if let Some(found) = summary_line(line) {
                self.summary = Some(found);
            } else if line.starts_with("Internet Protocol Version ") {
                // The last one printed is the innermost (a tunnel prints the outer first).
                if let Some((src, dst)) = source_and_destination(line) {
                    packet.src = src.parse().unwrap_or(UNKNOWN);
                    packet.dst = dst.parse().unwrap_or(UNKNOWN);
                }
            } else if let Some(rest) = ["User Datagram Protocol, ", "Transmission Control Protocol, "]
                .iter()
                .find_map(|layer| line.strip_prefix(layer))
            {
                let port = |name: &str| {
                    let after = rest.split_once(name)?.1;
                    after.split(',').next()?.trim().parse::<u16>().ok()
                };
                packet.ports = (port("Src Port: ").unwrap_or(0), port("Dst Port: ").unwrap_or(0));
            } else if let Some(epoch) =
                ["    Epoch Arrival Time: ", "    Epoch Time: "].iter().find_map(|p| line.strip_prefix(p))
            {
                packet.time = epoch.split_whitespace().next().and_then(|t| t.parse().ok()).or(packet.time);
            } else if let Some(arrival) = line.strip_prefix("    Arrival Time: ") {
                packet.time = packet.time.or_else(|| arrival_time(arrival));
            } else if is_sip(line) {
                section.clear();
                while let Some((_, next)) = lines.next_if(|(_, l)| l.starts_with(' ')) {
                    section.push(next);
                }
                let at = self.lines_before + i as u64;
                read_message(&section, &self.packet, at, self.on_record, self.on_problem);
            }
        }
        self.lines_before += held_from as u64;
        held_from
    }
}

/// Rebuilds one message from its section of the details (the lines below
/// "Session Initiation Protocol").
fn read_message(
    section: &[&str],
    packet: &Packet,
    line: u64,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) {
    let level = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let mut message = String::new();
    let mut part = "";
    let mut sdp = false;
    let mut body = String::new();
    for l in section {
        let text = l.trim_start_matches(' ');
        match level(l) {
            4 => {
                part = text;
                if let Some(start) = text.strip_prefix("Request-Line: ").or_else(|| text.strip_prefix("Status-Line: "))
                {
                    message.push_str(start);
                    message.push_str("\r\n");
                }
            }
            // Header fields; what Wireshark generates is in brackets.
            8 if part == "Message Header" && !text.starts_with('[') => {
                message.push_str(text);
                message.push_str("\r\n");
            }
            8 if part == "Message Body" => {
                sdp = text.starts_with("Session Description Protocol");
                body_line(text, &mut body);
            }
            // An SDP line, as `Description (x): value`.
            12 if part == "Message Body" && sdp => {
                if let Some((_, value)) = text.split_once("): ") {
                    let letter = text[..text.len() - value.len() - 3].chars().last().filter(|c| c.is_ascii_lowercase());
                    if let Some(letter) = letter {
                        body.push(letter);
                        body.push('=');
                        body.push_str(value);
                        body.push_str("\r\n");
                    }
                }
            }
            n if n >= 12 && part == "Message Body" && !sdp => body_line(text, &mut body),
            _ => {}
        }
    }
    if message.is_empty() {
        return; // a section without a start line (Wireshark's "Continuation")
    }
    message.push_str("\r\n");
    message.push_str(&body);
    // The frame the details name; without one (a fragment of the details),
    // the line the message is on.
    let frame = if packet.frame > 0 { packet.frame } else { line + 1 };
    let record = SipRecord {
        frame,
        time: packet.time.or(packet.summary_time).unwrap_or(0.0),
        src: SocketAddr::new(packet.src, packet.ports.0),
        dst: SocketAddr::new(packet.dst, packet.ports.1),
        // Rebuilt from text, which may not give a body back byte for
        // byte (an XML body is shown as a tree): read as a log's.
        transport: Transport::Log,
        bytes: message.into_bytes(),
        cut: false,
    };
    message_or_problem(record, Framing::Lenient, on_record, on_problem);
}

/// A text body's line as Wireshark writes it, `Signal= 1\r\n`, back to its bytes.
fn body_line(text: &str, body: &mut String) {
    for ending in ["\\r\\n", "\\n"] {
        if let Some(content) = text.strip_suffix(ending) {
            body.push_str(content);
            body.push_str(if ending == "\\n" { "\n" } else { "\r\n" });
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Vec<SipRecord>, Vec<Problem>)> {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        read_dissection(text, &mut |r| records.push(r), &mut |p| problems.push(p)).then_some((records, problems))
    }

    const DETAILS: &str = "Frame 7: 709 bytes on wire (5672 bits), 709 bytes captured (5672 bits)
    Arrival Time: May  1, 2024 12:00:00.250000000 UTC
Internet Protocol Version 4, Src: 198.51.100.1, Dst: 10.0.0.2
Internet Protocol Version 6, Src: 2001:db8::1, Dst: 2001:db8::2
User Datagram Protocol, Src Port: 5060, Dst Port: 5080
Session Initiation Protocol (INFO)
    Request-Line: INFO sip:b@example.com SIP/2.0
        Method: INFO
        [Resent Packet: False]
    Message Header
        Via: SIP/2.0/UDP [2001:db8::1]:5060;branch=z9hG4bK1
            Transport: UDP
        Call-ID: c1
        [Generated Call-ID: c1]
        CSeq: 2 INFO
        Content-Type: application/dtmf-relay
        Content-Length: 26
    Message Body
        Signal= 1\\r\\n
        Duration= 180\\r\\n

Frame 8: 600 bytes on wire
Session Initiation Protocol (200)
    Status-Line: SIP/2.0 200 OK
    Message Header
        Call-ID: c1
        CSeq: 1 INVITE
        Content-Type: application/sdp
        Content-Length: 36
    Message Body
        Session Description Protocol
            Session Description Protocol Version (v): 0
            Connection Information (c): IN IP4 10.0.0.2
                Connection Network Type: IN
            Media Attribute (a): sendrecv
";

    #[test]
    fn messages_are_rebuilt_from_their_fields() {
        let (records, problems) = read(DETAILS).unwrap_or_default();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        let info = &records[0];
        // The innermost addresses (a tunnel prints the outer first), the frame's time.
        assert_eq!(
            (info.frame, info.src, info.dst.port()),
            (7, "[2001:db8::1]:5060".parse().unwrap_or(info.src), 5080)
        );
        assert_eq!(info.time, 1_714_564_800.25);
        let text = String::from_utf8_lossy(&info.bytes);
        assert!(text.starts_with("INFO sip:b@example.com SIP/2.0\r\nVia: "), "{text}");
        assert!(!text.contains("Generated") && !text.contains("Transport: UDP"), "{text}");
        assert!(text.ends_with("\r\n\r\nSignal= 1\r\nDuration= 180\r\n"), "{text}");
        let ok = records[1].message().map(|m| (m.status(), m.body.to_vec()));
        assert_eq!(ok, Some((Some(200), b"v=0\r\nc=IN IP4 10.0.0.2\r\na=sendrecv\r\n".to_vec())));
    }

    #[test]
    fn times_come_from_the_epoch_line_or_the_summary_line() {
        assert_eq!(arrival_time("Nov 25, 2026 21:30:29.571149000 UTC"), Some(1_795_642_229.571149));
        let epoch = DETAILS.replacen(
            "    Arrival Time: May  1, 2024 12:00:00.250000000 UTC",
            "    Epoch Arrival Time: 1714564801.500000000",
            1,
        );
        assert_eq!(read(&epoch).map(|(r, _)| r[0].time), Some(1_714_564_801.5));
        let summary = format!(
            "    7   2.125000    198.51.100.1 → 10.0.0.2  SIP 709 Request: INFO\n{}",
            DETAILS.replacen("    Arrival Time: May  1, 2024 12:00:00.250000000 UTC\n", "", 1)
        );
        assert_eq!(read(&summary).map(|(r, _)| r[0].time), Some(2.125));
    }

    #[test]
    fn other_text_is_not_wireshark_details() {
        assert!(read("Frame 1: x\nINVITE sip:b@x SIP/2.0\n").is_none());
        assert!(read("Session Initiation Protocol is RFC 3261\n").is_none());
    }
}
