//! Wireshark's packet dissections exported as JSON: `tshark -T json` (File
//! → Export Packet Dissections → As JSON), an array of packets each with
//! its `layers`, and `tshark -T ek`, one packet per line with its fields
//! named `layer_layer_field`. Each SIP message is rebuilt from its start
//! line and `sip.msg_hdr` (the header section, and in Wireshark 4 the body
//! after it), with the frame's number and time and the addresses of the
//! IP and transport layers before it.
//!
//! A packet is read and dropped before the next: an export many times the
//! size of its capture is never held as a tree.

use std::fmt;
use std::io;
use std::net::{IpAddr, SocketAddr};

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

use crate::log::{find_time, message_or_problem, UNKNOWN};
use crate::record::{Problem, ProblemKind, SipRecord, Transport};
use crate::sip::Framing;

/// Which export the text's first 4,096 bytes say it is, if one.
pub(crate) fn sniff(text: &str) -> Option<Export> {
    // Looked for in the first bytes, as bytes: a cut may fall inside a character.
    let head = &text.as_bytes()[..text.len().min(HEAD_BYTES)];
    let has = |needle: &str| memchr::memmem::find(head, needle.as_bytes()).is_some();
    let start = text.trim_start();
    if start.starts_with('[') && has("\"_source\"") && has("\"layers\"") {
        Some(Export::Json)
    } else if start.starts_with("{\"index\"") && has("\"layers\"") {
        Some(Export::Ek)
    } else {
        None
    }
}

/// How far into a text [`sniff`] looks.
pub(crate) const HEAD_BYTES: usize = 4096;

/// tshark's two JSON exports.
pub(crate) enum Export {
    /// `-T json`: one array of packets.
    Json,
    /// `-T ek`: a line of JSON per packet, after a line of its index.
    Ek,
}

/// Reads a JSON or EK export; `false`, having read nothing, when the text
/// is not one.
pub(crate) fn read_tshark_json(
    text: &str,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    match sniff(text) {
        Some(export) => read_export(text.as_bytes(), export, on_record, on_problem).is_ok(),
        None => false,
    }
}

/// The most bytes one packet of an export may take: far more than tshark
/// writes for any frame. Past it, the packet is passed over and said.
pub(crate) const MAX_PACKET_BYTES: usize = 64 * 1024 * 1024;

/// Reads an export from `input` as it comes, a packet at a time, whatever
/// its size (and live: `tshark -l -T ek | statusdoc analyze -`).
pub(crate) fn read_export(
    input: impl io::BufRead,
    export: Export,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    read_export_within(input, export, MAX_PACKET_BYTES, on_record, on_problem)
}

/// [`read_export`], a packet taking at most `max_packet` bytes.
fn read_export_within(
    mut input: impl io::BufRead,
    export: Export,
    max_packet: usize,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    match export {
        Export::Json => read_json_array(input, max_packet, on_record, on_problem)?,
        Export::Ek => {
            let (mut line, mut number) = (Vec::new(), 0u64);
            while let Some(whole) = read_line(&mut input, &mut line, max_packet)? {
                number += 1;
                if whole {
                    read_ek_line(&String::from_utf8_lossy(&line), number, on_record, on_problem);
                } else {
                    // Passed over, the lines after it read.
                    let detail = format!("(EK, over {max_packet} bytes)");
                    on_problem(Problem { frame: number, kind: ProblemKind::DamagedFile, detail });
                }
            }
        }
    }
    Ok(())
}

/// Reads the next line of `input` into `line` (cleared first), up to `max`
/// bytes, the rest of a longer one passed over: `Some(false)` then,
/// `Some(true)` for a line read whole, `None` at the end.
fn read_line(input: &mut impl io::BufRead, line: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
    line.clear();
    let (mut any, mut whole) = (false, true);
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then_some(whole));
        }
        any = true;
        let (taken, ended) = match memchr::memchr(b'\n', chunk) {
            Some(at) => (at + 1, true),
            None => (chunk.len(), false),
        };
        let room = max.saturating_sub(line.len()).min(taken);
        line.extend_from_slice(&chunk[..room]);
        whole &= room == taken;
        input.consume(taken);
        if ended {
            return Ok(Some(whole));
        }
    }
}

/// One line of an EK export, its `number`-th: a packet, or the index line before it.
fn read_ek_line(line: &str, number: u64, on_record: &mut dyn FnMut(SipRecord), on_problem: &mut dyn FnMut(Problem)) {
    if !line.contains("\"layers\"") {
        return;
    }
    match serde_json::from_str::<Value>(line) {
        Ok(mut packet) => {
            if let Some(Value::Object(layers)) = packet.get_mut("layers").map(Value::take) {
                // A map, not in the packet's order: SIP after the
                // layers that say where it went.
                let mut layers: Vec<(String, Value)> = layers.into_iter().collect();
                layers.sort_by_key(|(name, _)| name == "sip");
                read_packet(layers, on_record, on_problem);
            }
        }
        Err(e) => {
            let detail = format!("EK, column {}: {e}", e.column());
            on_problem(Problem { frame: number, kind: ProblemKind::DamagedFile, detail });
        }
    }
}

/// Reads a JSON export's array a packet at a time as it comes: each
/// packet's bytes are cut out by its braces (those outside strings) and
/// parsed alone, so that a packet past `max_packet` bytes, or damaged, is
/// said and the packets after it are read all the same.
fn read_json_array(
    mut input: impl io::BufRead,
    max_packet: usize,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let mut packet = Vec::new();
    // Braces open in the packet being cut out (none between packets), and
    // where a string's bytes stand.
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    // Lines read and the bytes since the last line end (between packets),
    // the line and column the packet starts at, packets read, and whether
    // the packet being cut out went past `max_packet`.
    let (mut line, mut column, mut count, mut over) = (1u64, 0usize, 0u64, false);
    let mut start = (1u64, 1usize);
    let mut parse = |packet: &[u8], (line, column): (u64, usize), on_problem: &mut dyn FnMut(Problem)| {
        let mut json = serde_json::Deserializer::from_slice(packet);
        match PacketSeed.deserialize(&mut json) {
            Ok(layers) => read_packet(layers, on_record, on_problem),
            Err(e) => {
                // Where in the export: the packet's first line starts at its column.
                let at = e.column() + if e.line() == 1 { column - 1 } else { 0 };
                let detail = format!("JSON, line {}, column {at}: {e}", line + e.line() as u64 - 1);
                on_problem(Problem { frame: 0, kind: ProblemKind::DamagedFile, detail });
            }
        }
    };
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let mut at = 0;
        while at < chunk.len() {
            if depth == 0 {
                // Between packets: `[`, commas, white space, `]`.
                match memchr::memchr2(b'{', b'\n', &chunk[at..]) {
                    Some(n) if chunk[at + n] == b'\n' => {
                        (line, column) = (line + 1, 0);
                        at += n + 1;
                    }
                    Some(n) => {
                        (depth, start, over) = (1, (line, column + n + 1), false);
                        packet.clear();
                        packet.push(b'{');
                        at += n + 1;
                    }
                    None => {
                        column += chunk.len() - at;
                        at = chunk.len();
                    }
                }
                continue;
            }
            if escaped {
                escaped = false;
                if !over {
                    packet.push(chunk[at]);
                }
                at += 1;
                continue;
            }
            // Up to the next byte that matters, kept whole.
            let rest = &chunk[at..];
            let next =
                if in_string { memchr::memchr2(b'"', b'\\', rest) } else { memchr::memchr3(b'"', b'{', b'}', rest) };
            let taken = next.map_or(rest.len(), |n| n + 1);
            line += memchr::memchr_iter(b'\n', &rest[..taken]).count() as u64;
            over |= packet.len() + taken > max_packet;
            if !over {
                packet.extend_from_slice(&rest[..taken]);
            }
            at += taken;
            match next.map(|n| rest[n]) {
                Some(b'"') => in_string = !in_string,
                Some(b'\\') => escaped = true,
                Some(b'{') => depth += 1,
                Some(b'}') => {
                    depth -= 1;
                    if depth == 0 {
                        count += 1;
                        // The bytes after the packet's last line end (or all, on one line).
                        column = match memchr::memrchr(b'\n', &packet) {
                            Some(last) => packet.len() - last - 1,
                            None => start.1 - 1 + packet.len(),
                        };
                        if over {
                            let detail = format!("(JSON, packet {count}: over {max_packet} bytes)");
                            on_problem(Problem { frame: 0, kind: ProblemKind::DamagedFile, detail });
                        } else {
                            parse(&packet, start, on_problem);
                        }
                    }
                }
                _ => {}
            }
        }
        let read = chunk.len();
        input.consume(read);
    }
    if depth > 0 {
        // The text ends inside a packet: what serde says of it, where.
        parse(&packet, start, on_problem);
    }
    Ok(())
}

/// One packet of a JSON export: its layers in order, each layer kept only
/// if a message is rebuilt from it (every other is skipped unread).
struct PacketSeed;

impl<'de> DeserializeSeed<'de> for PacketSeed {
    type Value = Vec<(String, Value)>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(Fields { path: &["_source", "layers"] })
    }
}

/// Walks objects down `path`, then gathers the layers of the last one,
/// keeping duplicate keys (tshark writes a second SIP message of a frame,
/// or an inner IP header, as another key of the same name).
struct Fields {
    path: &'static [&'static str],
}

impl<'de> Visitor<'de> for Fields {
    type Value = Vec<(String, Value)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a packet")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut layers = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match self.path.split_first() {
                Some((first, rest)) if key == *first => {
                    layers = map.next_value_seed(Nested { path: rest })?;
                }
                None if KEPT.contains(&key.as_str()) => layers.push((key, map.next_value::<Value>()?)),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(layers)
    }
}

/// [`Fields`] for an object's value.
struct Nested {
    path: &'static [&'static str],
}

impl<'de> DeserializeSeed<'de> for Nested {
    type Value = Vec<(String, Value)>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(Fields { path: self.path })
    }
}

/// The layers a message is rebuilt from.
const KEPT: [&str; 7] = ["frame", "ip", "ipv6", "udp", "tcp", "sctp", "sip"];

/// A field of a layer: `ip.src` in JSON, `ip_ip_src` in EK.
fn field<'v>(layer: &'v Value, layer_name: &str, name: &str) -> Option<&'v Value> {
    layer.get(name).or_else(|| layer.get(format!("{layer_name}_{}", name.replace('.', "_"))))
}

/// A field's text (EK writes repeated fields as arrays: the first).
fn text<'v>(layer: &'v Value, layer_name: &str, name: &str) -> Option<&'v str> {
    match field(layer, layer_name, name)? {
        Value::String(s) => Some(s),
        Value::Array(values) => values.first()?.as_str(),
        _ => None,
    }
}

/// Rebuilds the SIP messages of one packet's layers.
fn read_packet(
    layers: Vec<(String, Value)>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) {
    let (mut frame, mut time) = (0, 0.0);
    let (mut src_ip, mut dst_ip): (Option<IpAddr>, Option<IpAddr>) = (None, None);
    let (mut src_port, mut dst_port) = (None, None);
    for (name, layer) in layers {
        match name.as_str() {
            "frame" => {
                frame = text(&layer, "frame", "frame.number").and_then(|n| n.parse().ok()).unwrap_or(0);
                // Seconds since 1970, or (EK, later versions) a date in UTC.
                time = text(&layer, "frame", "frame.time_epoch")
                    .and_then(|t| t.parse::<f64>().ok().or_else(|| find_time(t)))
                    .unwrap_or(0.0);
            }
            "ip" | "ipv6" => {
                let address = |side: &str| text(&layer, &name, &format!("{name}.{side}")).and_then(|a| a.parse().ok());
                (src_ip, dst_ip) = (address("src"), address("dst"));
            }
            "udp" | "tcp" | "sctp" => {
                let port = |side: &str| text(&layer, &name, &format!("{name}.{side}")).and_then(|p| p.parse().ok());
                (src_port, dst_port) = (port("srcport"), port("dstport"));
            }
            "sip" => {
                let messages = match layer {
                    Value::Array(messages) => messages,
                    one => vec![one],
                };
                for sip in messages {
                    let start = text(&sip, "sip", "sip.Request-Line").or_else(|| text(&sip, "sip", "sip.Status-Line"));
                    let Some(start) = start else { continue };
                    let headers = text(&sip, "sip", "sip.msg_hdr").unwrap_or_default();
                    let mut bytes = format!("{start}\r\n{headers}");
                    if !bytes.contains("\r\n\r\n") {
                        bytes.push_str("\r\n");
                    }
                    let side = |ip: Option<IpAddr>, port: Option<u16>| ip.zip(port).map_or(UNKNOWN, SocketAddr::from);
                    let record = SipRecord {
                        frame,
                        time,
                        src: side(src_ip, src_port),
                        dst: side(dst_ip, dst_port),
                        transport: Transport::Log,
                        bytes: bytes.into_bytes(),
                        cut: false,
                    };
                    message_or_problem(record, Framing::Lenient, on_record, on_problem);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Vec<SipRecord>, Vec<Problem>)> {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        read_tshark_json(text, &mut |r| records.push(r), &mut |p| problems.push(p)).then_some((records, problems))
    }

    const INVITE: &str = r#""sip.Request-Line": "INVITE sip:b@h SIP/2.0", "sip.msg_hdr": "Call-ID: j1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n""#;
    const BUSY: &str =
        r#""sip.Status-Line": "SIP/2.0 486 Busy Here", "sip.msg_hdr": "Call-ID: j1\r\nCSeq: 1 INVITE\r\n""#;

    #[test]
    fn a_json_export_gives_each_message_with_its_frame_time_and_addresses() {
        // Two messages in one frame (a duplicate key, as tshark writes it),
        // inside a tunnel (the inner IP header comes last), and a layer not read.
        let text = format!(
            r#"[
  {{"_index": "packets", "_source": {{"layers": {{
    "frame": {{"frame.time_epoch": "1700000000.250000000", "frame.number": "7"}},
    "ip": {{"ip.src": "10.0.0.1", "ip.dst": "10.0.0.2"}}, "udp": {{"udp.srcport": "40000", "udp.dstport": "4789"}},
    "vxlan": {{"vxlan.vni": "42"}},
    "ip": {{"ip.src": "192.0.2.1", "ip.dst": "192.0.2.2"}}, "tcp": {{"tcp.srcport": "5060", "tcp.dstport": "5062"}},
    "sip": {{{INVITE}}}, "sip": {{{BUSY}}}
  }}}}}},
  {{"_source": {{"layers": {{"frame": {{"frame.number": "8"}}, "rtp": {{"rtp.seq": "1"}}}}}}}}
]"#
        );
        let (records, problems) = read(&text).unwrap_or_else(|| panic!("not taken for an export"));
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> = records.iter().map(|r| (r.frame, r.time, r.src.to_string(), r.dst.to_string())).collect();
        let (a, b) = ("192.0.2.1:5060".to_owned(), "192.0.2.2:5062".to_owned());
        assert_eq!(seen, [(7, 1_700_000_000.25, a.clone(), b.clone()), (7, 1_700_000_000.25, a, b)]);
        assert_eq!(records[1].message().and_then(|m| m.status()), Some(486));
    }

    #[test]
    fn an_ek_export_gives_its_messages_too() {
        let ek = format!(
            "{{\"index\":{{\"_index\":\"packets-2023-11-14\",\"_type\":\"doc\"}}}}\n\
{{\"timestamp\":\"1700000000250\",\"layers\":{{\"frame\":{{\"frame_frame_time_epoch\":\"2023-11-14T22:13:20.250000000Z\",\"frame_frame_number\":\"3\"}},\
\"ipv6\":{{\"ipv6_ipv6_src\":\"2001:db8::1\",\"ipv6_ipv6_dst\":\"2001:db8::2\"}},\"udp\":{{\"udp_udp_srcport\":\"5060\",\"udp_udp_dstport\":\"5060\"}},\
\"sip\":{{{}}}}}}}\n",
            INVITE.replace("sip.Request-Line", "sip_sip_Request-Line").replace("sip.msg_hdr", "sip_sip_msg_hdr")
        );
        let (records, problems) = read(&ek).unwrap_or_else(|| panic!("not taken for an export"));
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> = records.iter().map(|r| (r.frame, r.time, r.src.to_string())).collect();
        assert_eq!(seen, [(3, 1_700_000_000.25, "[2001:db8::1]:5060".to_owned())]);
    }

    /// Reads a few bytes at a time, as a pipe gives them.
    struct Trickle<'a>(&'a [u8], usize);

    impl io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.0.len()).min(self.1);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn read_trickled(text: &str, max_packet: usize) -> (Vec<SipRecord>, Vec<Problem>) {
        read_in_reads_of(text, 7, max_packet)
    }

    /// `text` read as it comes in reads of at most `size` bytes.
    fn read_in_reads_of(text: &str, size: usize, max_packet: usize) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let export = sniff(text).unwrap_or_else(|| panic!("not an export"));
        let input = io::BufReader::with_capacity(size, Trickle(text.as_bytes(), size));
        let read = read_export_within(input, export, max_packet, &mut |r| records.push(r), &mut |p| problems.push(p));
        assert!(read.is_ok());
        (records, problems)
    }

    fn json_packet(n: u32, sip: &str) -> String {
        format!(
            r#"{{"_source": {{"layers": {{"frame": {{"frame.number": "{n}"}}, "ip": {{"ip.src": "10.0.0.1", "ip.dst": "10.0.0.2"}}, "udp": {{"udp.srcport": "5060", "udp.dstport": "5060"}}, "sip": {{{sip}}}}}}}}}"#
        )
    }

    #[test]
    fn an_export_read_as_it_comes_gives_what_it_gives_whole() {
        let packets: Vec<String> = (1..=20).map(|n| json_packet(n, if n % 2 == 1 { INVITE } else { BUSY })).collect();
        let json = format!("[\n{}\n]\n", packets.join(",\n"));
        let whole = read(&json).unwrap_or_else(|| panic!("not taken for an export"));
        assert_eq!(whole.0.len(), 20);
        assert_eq!(read_trickled(&json, MAX_PACKET_BYTES), whole);
        let ek_line = |n: u32| {
            let sip =
                INVITE.replace("sip.Request-Line", "sip_sip_Request-Line").replace("sip.msg_hdr", "sip_sip_msg_hdr");
            format!("{{\"index\":{{}}}}\n{{\"layers\":{{\"frame\":{{\"frame_frame_number\":\"{n}\"}},\"sip\":{{{sip}}}}}}}\n")
        };
        let ek: String = (1..=20).map(ek_line).collect();
        let whole = read(&ek).unwrap_or_else(|| panic!("not taken for an export"));
        assert_eq!(whole.0.len(), 20);
        assert_eq!(read_trickled(&ek, MAX_PACKET_BYTES), whole);
    }

    #[test]
    fn the_exports_of_a_call_read_in_reads_of_any_size_give_what_they_give_whole() {
        // Every cut between reads: inside strings, escapes, braces, line ends.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dumps");
        for name in ["reject-486.tshark-json.json", "reject-cancel.tshark-ek.json"] {
            let text = std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
            let whole = read(&text).unwrap_or_else(|| panic!("not taken for an export"));
            assert!(!whole.0.is_empty() && whole.1.is_empty(), "{name}: {whole:?}");
            for size in 1..=64 {
                assert_eq!(read_in_reads_of(&text, size, MAX_PACKET_BYTES), whole, "{name}, reads of {size}");
            }
        }
    }

    #[test]
    fn a_packet_past_the_bound_is_said_and_memory_stays_bounded() {
        // Each packet is cut out by its braces: the long one is passed over
        // and said, with a damaged one (its value cut short), the rest read.
        let big = json_packet(
            2,
            &format!(r#""sip.Request-Line": "INVITE sip:b@h SIP/2.0", "sip.msg_hdr": "{}""#, "x".repeat(4000)),
        );
        let damaged = json_packet(4, INVITE).replace("\"frame.number\": \"4\"", "\"frame.number\": ");
        let json = format!(
            "[{},\n{big},\n{}, {damaged},\n{}]",
            json_packet(1, INVITE),
            json_packet(3, INVITE),
            json_packet(5, BUSY)
        );
        let (records, problems) = read_trickled(&json, 1000);
        assert_eq!(records.iter().map(|r| r.frame).collect::<Vec<_>>(), [1, 3, 5]);
        let said: Vec<_> = problems.iter().map(|p| (p.kind, p.detail.split(':').next().unwrap_or_default())).collect();
        assert_eq!(
            said,
            [
                (ProblemKind::DamagedFile, "(JSON, packet 2"),
                (ProblemKind::DamagedFile, &*format!("JSON, line 3, column {}", json_packet(3, INVITE).len() + 2 + 51))
            ]
        );
        // EK's lines: the long one is passed over, the rest read.
        let sip = |hdr: &str| {
            format!("\"sip\":{{\"sip_sip_Request-Line\":\"INVITE sip:b@h SIP/2.0\",\"sip_sip_msg_hdr\":\"Call-ID: e\\r\\n{hdr}\"}}")
        };
        let line = |n: u32, hdr: &str| {
            format!("{{\"layers\":{{\"frame\":{{\"frame_frame_number\":\"{n}\"}},{}}}}}\n", sip(hdr))
        };
        let ek = format!("{{\"index\":{{}}}}\n{}{}{}", line(1, ""), line(2, &"x".repeat(4000)), line(3, ""));
        let (records, problems) = read_trickled(&ek, 1000);
        assert_eq!(records.iter().map(|r| r.frame).collect::<Vec<_>>(), [1, 3]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(said, [(3, ProblemKind::DamagedFile)], "the long line's number");
    }

    #[test]
    fn a_damaged_export_says_where_and_other_json_is_not_taken() {
        let cut = "[\n {\"_source\": {\"layers\": {\"frame\": {\"frame.number\": \"1\"}";
        let (_, problems) = read(cut).unwrap_or_else(|| panic!("not taken for an export"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, ProblemKind::DamagedFile);
        assert!(problems[0].detail.contains("line 2"), "{}", problems[0].detail);
        assert!(read("[1, 2, 3]").is_none());
        assert!(read("{\"time\": \"x\", \"msg\": \"INVITE sip:b@h SIP/2.0\\r\\n\"}").is_none());
    }
}
