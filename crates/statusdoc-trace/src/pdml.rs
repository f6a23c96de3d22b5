//! Wireshark's packet dissections as XML, PDML (`tshark -T pdml`, File →
//! Export Packet Dissections → As PDML XML). Each field gives where it lies
//! in the packet (`pos`, `size`) and its bytes in hex (`value`), so a SIP
//! message is put back byte for byte: its fields' bytes at their places,
//! and between them what no field covers, the line ends (two bytes CRLF,
//! one LF). A body Wireshark shows as a tree of elements (XML), whose
//! markup no field covers, is taken from the text Wireshark 4 shows under
//! the header section; failing that, the message is read as a log's.
//! Frames keep Wireshark's numbers and times; the addresses and transport
//! are the layers' before the message. Read a packet at a time.

use std::net::{IpAddr, SocketAddr};

use quick_xml::events::{BytesStart, Event};

use crate::log::{message_or_problem, After, LOOK_AHEAD_LINES};
use crate::record::{Problem, ProblemKind, SipRecord, Transport};
use crate::sip::Framing;

/// Whether the text's first lines open a PDML document.
pub(crate) fn sniff(text: &str) -> bool {
    let mut lines = text.lines().take(LOOK_AHEAD_LINES).map(str::trim_start);
    text.trim_start().starts_with("<?xml") && lines.any(|l| l.starts_with("<pdml"))
}

/// Reads the SIP messages of a PDML document; `false`, having read
/// nothing, when the text is not one.
pub(crate) fn read_pdml(text: &str, on_record: &mut dyn FnMut(SipRecord), on_problem: &mut dyn FnMut(Problem)) -> bool {
    if !sniff(text) {
        return false;
    }
    crate::log::PartReader::read_whole(
        crate::log::PartForm::Pdml,
        text,
        &std::sync::Arc::default(),
        on_record,
        on_problem,
    );
    true
}

/// A PDML document read as a stream of lines, a part at a time: the last
/// packet of a part may go on in the next, so its lines are held back and
/// read again with what follows.
pub(crate) struct Pdml<'c> {
    on_record: &'c mut dyn FnMut(SipRecord),
    on_problem: &'c mut dyn FnMut(Problem),
    /// Lines read before the text fed now.
    lines_before: u64,
}

/// A packet's opening and closing lines (tshark writes each alone; the
/// document's end may follow the last).
fn opens(line: &str) -> bool {
    line.trim_start().starts_with("<packet>")
}
fn closes(line: &str) -> bool {
    line.trim_start().starts_with("</packet>")
}

impl<'c> Pdml<'c> {
    pub(crate) fn new(on_record: &'c mut dyn FnMut(SipRecord), on_problem: &'c mut dyn FnMut(Problem)) -> Pdml<'c> {
        Pdml { on_record, on_problem, lines_before: 0 }
    }

    /// Reads `text`, whole lines following those read before; the lines of
    /// a packet not yet closed are held back when more may follow (unless
    /// they are more than [`crate::log::MAX_HELD_TEXT`]). Returns the number of lines read.
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        let all: Vec<&str> = text.lines().collect();
        let held_from = crate::log::held_from(text, &all, after, opens, |lines| lines.iter().any(|l| closes(l)));
        let mut open: Option<usize> = None;
        for (i, line) in all[..held_from].iter().enumerate() {
            if opens(line) {
                if let Some(start) = open {
                    self.cut_packet(start);
                }
                open = Some(i);
            } else if closes(line) {
                if let Some(start) = open.take() {
                    let from = all[start].as_ptr() as usize - text.as_ptr() as usize;
                    let close = line.find("</packet>").map_or(line.len(), |at| at + "</packet>".len());
                    let to = line.as_ptr() as usize - text.as_ptr() as usize + close;
                    self.read_packet(&text[from..to], self.lines_before + start as u64 + 1);
                }
            }
        }
        // A packet longer than what a part holds back, or cut by the end.
        if let Some(start) = open {
            self.cut_packet(start);
        }
        self.lines_before += held_from as u64;
        held_from
    }

    /// A packet whose closing line never came (the text ended, or it runs
    /// past what is held back): reported at its first line, not read.
    fn cut_packet(&mut self, start: usize) {
        let line = self.lines_before + start as u64 + 1;
        // The text says it ends inside a block: this one.
        let detail = format!("(PDML, line {line}: <packet>)");
        (self.on_problem)(Problem { frame: 0, kind: ProblemKind::DamagedFile, detail });
    }

    /// Reads one packet's XML, which begins at input line `line`.
    fn read_packet(&mut self, xml: &str, line: u64) {
        // Most packets of a capture are not SIP (or an ICMP error about
        // it): passed over at a glance.
        let has = |needle: &[u8]| memchr::memmem::find(xml.as_bytes(), needle).is_some();
        if !has(b"<proto name=\"sip\"") && !has(b"<proto name=\"icmp") {
            return;
        }
        let mut packet = Packet::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut depth = 0usize;
        loop {
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    let before = &xml.as_bytes()[..(reader.buffer_position() as usize).min(xml.len())];
                    let at = line + memchr::memchr_iter(b'\n', before).count() as u64;
                    let detail = format!("(PDML, line {at}: {e})");
                    (self.on_problem)(Problem { frame: packet.frame, kind: ProblemKind::DamagedFile, detail });
                    return;
                }
            };
            match event {
                Event::Start(element) => {
                    depth += 1;
                    packet.element(&element, depth, true);
                }
                Event::Empty(element) => packet.element(&element, depth + 1, false),
                Event::End(_) => {
                    if packet.message.as_ref().is_some_and(|m| m.depth == depth) {
                        if let Some(message) = packet.message.take() {
                            let (bytes, exact) = rebuild(&message);
                            packet.emit(bytes, exact, self.on_record, self.on_problem);
                        }
                    }
                    depth = depth.saturating_sub(1);
                }
                Event::Eof => {
                    // An error quoting only the UDP header of a datagram (RFC
                    // 792's minimum): the analysis ties it by its addresses.
                    if !packet.emitted && packet.quoted_udp {
                        packet.emit(Vec::new(), true, self.on_record, self.on_problem);
                    }
                    return;
                }
                _ => {}
            }
        }
    }
}

/// The largest message put back (larger ones are not SIP a device sends).
const MAX_MESSAGE: usize = 1 << 20;

/// What the layers of the packet being read said, and the message in it
/// being put back.
#[derive(Default)]
struct Packet {
    frame: u64,
    time: Option<f64>,
    src: Option<IpAddr>,
    dst: Option<IpAddr>,
    ports: (u16, u16),
    transport: Option<Transport>,
    /// An ICMP error's (ICMPv6: `true`) type, code and next hop's MTU: the
    /// SIP after it is what it quotes.
    icmp: Option<(bool, u8, u8, u32)>,
    /// The ICMP error quotes a UDP datagram.
    quoted_udp: bool,
    /// A message was handed on.
    emitted: bool,
    /// The frame's length on the wire, and as captured (its snap length may have cut it).
    lengths: (usize, usize),
    message: Option<Message>,
}

/// A SIP message's fields, as they come.
struct Message {
    /// The depth of its `proto` element.
    depth: usize,
    pos: usize,
    size: usize,
    /// Each field's place in the packet and bytes.
    fields: Vec<(usize, Vec<u8>)>,
    /// Where the header section ends (the body begins), and the text
    /// Wireshark shows for it (in Wireshark 4, the body after it).
    header: Option<(usize, String)>,
}

/// The attributes of a PDML element this reader uses.
#[derive(Default)]
struct Attributes {
    name: String,
    pos: Option<usize>,
    size: Option<usize>,
    show: Option<String>,
    value: Option<String>,
}

fn attributes(element: &BytesStart<'_>, with_show: impl Fn(&str) -> bool) -> Attributes {
    let mut found = Attributes::default();
    for attribute in element.attributes().flatten() {
        // Unescaped but not normalized: the text shown keeps its line ends.
        let text = || {
            let raw = std::str::from_utf8(&attribute.value).ok()?;
            quick_xml::escape::unescape(raw).map(|v| v.into_owned()).ok()
        };
        match attribute.key.as_ref() {
            b"name" => found.name = text().unwrap_or_default(),
            b"pos" => found.pos = text().and_then(|v| v.parse().ok()),
            b"size" => found.size = text().and_then(|v| v.parse().ok()),
            b"value" => found.value = text(),
            b"show" if with_show(&found.name) => found.show = text(),
            _ => {}
        }
    }
    found
}

/// A small number a field shows (`3`, or `3 (Port unreachable)`).
fn number(show: &str) -> u8 {
    show.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(u8::MAX)
}

impl Packet {
    /// Takes in an element at `depth` (`opened`: one with children).
    fn element(&mut self, element: &BytesStart<'_>, depth: usize, opened: bool) {
        let kind = element.name();
        let is_proto = kind.as_ref() == b"proto";
        if !is_proto && kind.as_ref() != b"field" {
            return;
        }
        // Only the header section's text is wanted (`show` may be long).
        let a = attributes(element, |name| name == "sip.msg_hdr" || !name.starts_with("sip."));
        if let Some(message) = &mut self.message {
            if let (Some(pos), Some(value)) = (a.pos, a.value.as_deref().filter(|v| !v.is_empty())) {
                if let Some(bytes) = crate::tls::hex(value.as_bytes()) {
                    message.fields.push((pos, bytes));
                }
            }
            if a.name == "sip.msg_hdr" {
                if let (Some(pos), Some(size)) = (a.pos, a.size) {
                    message.header = Some((pos + size, a.show.unwrap_or_default()));
                }
            }
            return;
        }
        let show = a.show.as_deref().unwrap_or_default();
        match (is_proto, a.name.as_str()) {
            (true, "sip") if opened => {
                if let (Some(pos), Some(size)) = (a.pos, a.size.filter(|s| (1..=MAX_MESSAGE).contains(s))) {
                    self.message = Some(Message { depth, pos, size, fields: Vec::new(), header: None });
                }
            }
            (true, "udp") => {
                self.transport = Some(Transport::Udp);
                self.quoted_udp = self.icmp.is_some();
            }
            (true, "tcp") => self.transport = Some(Transport::Tcp),
            (true, "sctp") => self.transport = Some(Transport::Sctp),
            (true, "tls") => self.transport = Some(Transport::Tls),
            (true, "websocket") => self.transport = Some(Transport::Ws),
            (true, "icmp") => self.icmp = Some((false, 0, 0, 0)),
            (true, "icmpv6") => self.icmp = Some((true, 0, 0, 0)),
            (false, "icmp.type" | "icmpv6.type") => self.icmp = self.icmp.map(|(v6, _, c, m)| (v6, number(show), c, m)),
            (false, "icmp.code" | "icmpv6.code") => self.icmp = self.icmp.map(|(v6, t, _, m)| (v6, t, number(show), m)),
            (false, "icmp.mtu" | "icmpv6.mtu") => {
                self.icmp = self.icmp.map(|(v6, t, c, _)| (v6, t, c, show.parse().unwrap_or(0)));
            }
            (false, "frame.number") => self.frame = show.parse().unwrap_or(self.frame),
            (false, "frame.time_epoch") => self.time = show.parse().ok().or(self.time),
            (false, "frame.len") => self.lengths.0 = show.parse().unwrap_or(0),
            (false, "frame.cap_len") => self.lengths.1 = show.parse().unwrap_or(0),
            // An AudioCodes debug recording's (acdr) are those of the packet it recorded.
            (false, "ip.src" | "ipv6.src" | "acdr.ext.src_ip") => self.src = show.parse().ok(),
            (false, "ip.dst" | "ipv6.dst" | "acdr.ext.dst_ip") => self.dst = show.parse().ok(),
            (false, "udp.srcport" | "tcp.srcport" | "sctp.srcport" | "acdr.ext.src_port") => {
                self.ports.0 = show.parse().unwrap_or(0);
            }
            (false, "udp.dstport" | "tcp.dstport" | "sctp.dstport" | "acdr.ext.dst_port") => {
                self.ports.1 = show.parse().unwrap_or(0);
            }
            _ => {}
        }
    }

    /// Hands on a message put back (`exact`: byte for byte), or what an
    /// ICMP error quotes of one.
    fn emit(
        &mut self,
        bytes: Vec<u8>,
        exact: bool,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) {
        let (on_wire, kept) = self.lengths;
        let cut = kept < on_wire;
        if cut && !self.emitted {
            on_problem(Problem {
                frame: self.frame,
                kind: ProblemKind::Truncated,
                detail: format!("{kept}/{on_wire}"),
            });
        }
        self.emitted = true;
        let unknown = crate::log::UNKNOWN.ip();
        let transport = match self.icmp {
            // The analysis reads what an ICMP error quotes as a finding of its call.
            Some((v6, kind, code, mtu)) => {
                let rest = if v6 { mtu.to_be_bytes() } else { [0, 0, (mtu >> 8) as u8, mtu as u8] };
                match crate::record::Unreachable::of_icmp(v6, kind, code, rest) {
                    Some(reason) => Transport::Unreachable(reason),
                    None => return,
                }
            }
            None if exact => self.transport.unwrap_or(Transport::Log),
            None => Transport::Log,
        };
        let record = SipRecord {
            frame: self.frame,
            time: self.time.unwrap_or(0.0),
            src: SocketAddr::new(self.src.unwrap_or(unknown), self.ports.0),
            dst: SocketAddr::new(self.dst.unwrap_or(unknown), self.ports.1),
            transport,
            bytes,
            cut,
        };
        // What an ICMP error quotes is handed on as the capture's reader
        // hands it on: often cut, read as far as it goes.
        if self.icmp.is_some() {
            return on_record(record);
        }
        let framing = match (cut, exact) {
            (true, _) => Framing::Cut,
            (false, true) => Framing::Datagram,
            (false, false) => Framing::Lenient,
        };
        message_or_problem(record, framing, on_record, on_problem);
    }
}

/// A message's bytes from its fields', and whether they are all the
/// message's (every gap a line end, or the body given whole as text).
fn rebuild(message: &Message) -> (Vec<u8>, bool) {
    let mut bytes = vec![0u8; message.size];
    let mut known = vec![false; message.size];
    for (pos, value) in &message.fields {
        let Some(at) = pos.checked_sub(message.pos) else { continue };
        for (k, &b) in value.iter().enumerate().take(message.size.saturating_sub(at)) {
            if !known[at + k] {
                bytes[at + k] = b;
                known[at + k] = true;
            }
        }
    }
    // The body as Wireshark 4 shows it after the header section.
    let body_start = message.header.as_ref().and_then(|(end, _)| end.checked_sub(message.pos));
    let shown_body = message.header.as_ref().and_then(|(_, show)| {
        let (_, body) = show.split_once("\r\n\r\n")?;
        (body.len() == message.size - body_start?).then_some(body.as_bytes())
    });
    let mut exact = true;
    let mut at = 0;
    while at < message.size {
        if known[at] {
            at += 1;
            continue;
        }
        let end = (at..message.size).find(|&k| known[k]).unwrap_or(message.size);
        match (end - at, body_start.filter(|&b| at >= b).zip(shown_body)) {
            (_, Some((start, body))) => bytes[at..end].copy_from_slice(&body[at - start..end - start]),
            (2, None) => bytes[at..end].copy_from_slice(b"\r\n"),
            (1, None) => bytes[at] = b'\n',
            _ => {
                bytes[at..end].fill(b' ');
                exact = false;
            }
        }
        at = end;
    }
    (bytes, exact)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_pdml(text, &mut |r| records.push(r), &mut |p| problems.push(p)));
        (records, problems)
    }

    fn hex(text: &str) -> String {
        text.bytes().map(|b| format!("{b:02x}")).collect()
    }

    /// A PDML packet holding `message` as Wireshark dissects it: the start
    /// line and header section as fields, and each body line as a field
    /// (unless `body_as_tree`: markup no field covers, and the body shown
    /// after the header section, as Wireshark 4 shows an XML body).
    fn packet(frame: u64, message: &str, body_as_tree: bool) -> String {
        let (head, body) = message.split_once("\r\n\r\n").unwrap_or((message, ""));
        let (start, fields) = head.split_once("\r\n").unwrap_or((head, ""));
        let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        let pos = 42;
        let header_pos = pos + start.len() + 2;
        let body_pos = header_pos + fields.len() + 4;
        let mut body_fields = String::new();
        let mut at = body_pos;
        for line in body.split_inclusive("\r\n") {
            let content = line.trim_end_matches("\r\n");
            if body_as_tree {
                // Only part of each line is a field's (an element's attribute).
                let part = &content[content.len() / 2..];
                let p = at + content.len() / 2;
                body_fields += &format!(
                    "      <field name=\"xml.attr\" pos=\"{p}\" size=\"{}\" show=\"x\" value=\"{}\"/>\n",
                    part.len(),
                    hex(part)
                );
            } else {
                body_fields += &format!(
                    "      <field name=\"sdp.line\" pos=\"{at}\" size=\"{}\" show=\"x\" value=\"{}\"/>\n",
                    content.len(),
                    hex(content)
                );
            }
            at += line.len();
        }
        let shown = if body_as_tree { format!("{fields}\r\n\r\n{body}") } else { fields.to_owned() };
        format!(
            "<packet>\n  <proto name=\"geninfo\" pos=\"0\" showname=\"General information\" size=\"{size}\">\n  </proto>\n  <proto name=\"frame\" showname=\"Frame\" size=\"{size}\" pos=\"0\">\n    <field name=\"frame.time_epoch\" showname=\"Epoch Time\" size=\"0\" pos=\"0\" show=\"1700000000.{frame}00000000\"/>\n    <field name=\"frame.number\" showname=\"Frame Number\" size=\"0\" pos=\"0\" show=\"{frame}\"/>\n  </proto>\n  <proto name=\"ip\" showname=\"IPv4\" size=\"20\" pos=\"14\">\n    <field name=\"ip.src\" showname=\"Src\" size=\"4\" pos=\"26\" show=\"10.0.0.1\" value=\"0a000001\"/>\n    <field name=\"ip.dst\" showname=\"Dst\" size=\"4\" pos=\"30\" show=\"10.0.0.2\" value=\"0a000002\"/>\n  </proto>\n  <proto name=\"udp\" showname=\"UDP\" size=\"8\" pos=\"34\">\n    <field name=\"udp.srcport\" showname=\"Src Port\" size=\"2\" pos=\"34\" show=\"5060\" value=\"13c4\"/>\n    <field name=\"udp.dstport\" showname=\"Dst Port\" size=\"2\" pos=\"36\" show=\"5062\" value=\"13c6\"/>\n  </proto>\n  <proto name=\"sip\" showname=\"SIP\" size=\"{sip_size}\" pos=\"{pos}\">\n    <field name=\"sip.Request-Line\" showname=\"x\" size=\"{}\" pos=\"{pos}\" show=\"{}\" value=\"{}\"/>\n    <field name=\"sip.msg_hdr\" showname=\"Message Header\" size=\"{}\" pos=\"{header_pos}\" show=\"{}\" value=\"{}\">\n    </field>\n    <field name=\"sip.msg_body\" showname=\"Message Body\" size=\"{}\" pos=\"{body_pos}\" show=\"\" value=\"\">\n{body_fields}    </field>\n  </proto>\n</packet>\n",
            start.len(),
            escape(start),
            hex(start),
            fields.len() + 4,
            escape(&shown),
            hex(&format!("{fields}\r\n\r\n")),
            body.len(),
            size = pos + message.len(),
            sip_size = message.len(),
        )
    }

    fn document(packets: &[String]) -> String {
        format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<pdml version=\"0\" creator=\"wireshark/4.0.17\">\n{}</pdml>\n", packets.concat())
    }

    const INVITE: &str = "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\r\nFrom: <sip:alice@example.com>;tag=a\r\nTo: <sip:bob@example.com>\r\nCall-ID: pdml-1\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\nContent-Length: 14\r\n\r\nv=0\r\ns=-\nt=0\r\n";

    #[test]
    fn a_message_is_put_back_byte_for_byte() {
        let (records, problems) = read(&document(&[packet(7, INVITE, false)]));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 1);
        let r = &records[0];
        assert_eq!(String::from_utf8_lossy(&r.bytes), INVITE);
        assert_eq!((r.frame, r.transport), (7, Transport::Udp));
        assert_eq!((r.src.to_string(), r.dst.to_string()), ("10.0.0.1:5060".to_owned(), "10.0.0.2:5062".to_owned()));
        assert!((r.time - 1_700_000_000.7).abs() < 1e-6);
        // The document's end on the last packet's closing line.
        let joined = document(&[packet(7, INVITE, false)]).replace("</packet>\n</pdml>", "</packet></pdml>");
        assert_eq!(read(&joined), (records, problems));
    }

    #[test]
    fn a_body_shown_as_a_tree_is_taken_from_the_text_shown() {
        let (records, _) = read(&document(&[packet(1, INVITE, true)]));
        assert_eq!(String::from_utf8_lossy(&records[0].bytes), INVITE);
        assert_eq!(records[0].transport, Transport::Udp);
    }

    #[test]
    fn without_that_text_the_message_is_read_as_a_logs() {
        let text = document(&[packet(1, INVITE, true)]).replace("\r\n\r\nv=0", "\r\n\r\nv=00");
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records[0].transport, Transport::Log);
        assert_eq!(records[0].message().and_then(|m| m.call_id().map(str::to_owned)).as_deref(), Some("pdml-1"));
    }

    #[test]
    fn read_in_parts_it_gives_what_it_gives_whole() {
        let text = document(&[packet(1, INVITE, false), packet(2, INVITE, true), packet(3, INVITE, false)]);
        let keys = std::sync::Arc::default();
        let (whole, _) = read(&text);
        assert_eq!(whole.len(), 3);
        for lines in 1..=text.lines().count() {
            let (parts, problems) = crate::log::tests::read_in_parts(&text, &keys, lines, After::More);
            assert!(problems.is_empty(), "{lines}: {problems:?}");
            assert_eq!(parts, whole, "{lines} lines a part");
        }
    }

    #[test]
    fn a_damaged_or_cut_packet_is_said() {
        let good = packet(2, INVITE, false);
        let damaged = packet(1, INVITE, false).replace("  </proto>\n</packet>", "  </prot>\n</packet>");
        let (records, problems) = read(&document(&[damaged, good.clone()]));
        assert_eq!(records.len(), 1);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].detail.starts_with("(PDML, line"), "{problems:?}");
        let cut = document(&[good.clone(), good]);
        let cut = &cut[..cut.rfind("</packet>").unwrap_or(0)];
        let (records, problems) = read(cut);
        assert_eq!(records.len(), 1);
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn other_xml_is_not_pdml() {
        assert!(!sniff("<?xml version=\"1.0\"?>\n<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"/>\n"));
        assert!(!sniff("<pdml>\n"));
    }
}
