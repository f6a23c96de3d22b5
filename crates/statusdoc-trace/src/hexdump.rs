//! Packets printed as hex dumps: tcpdump `-x`/`-X` (from the IP header) and
//! `-xx`/`-XX` (from the link layer), `tshark -x` and Wireshark's "Copy as
//! Hex Dump" (text2pcap's form, `0000  45 00 …`). Unlike the other text
//! forms these give every byte, so the packets are put back into a capture
//! held in memory and read by [`CaptureReader`] like any other: fragments,
//! TCP streams, tunnels and WebSocket as from a pcap. Frames are the text's
//! lines where each packet starts.

use std::sync::Arc;

use crate::capture::CaptureReader;
use crate::log::{After, LOOK_AHEAD_LINES};
use crate::record::{Problem, SipRecord};
use crate::tls::KeyLog;

/// A packet's bytes as the dump gives them, the line it starts on, its time.
#[derive(Debug, Default)]
pub(crate) struct DumpedPacket {
    pub(crate) line: u64,
    pub(crate) time: f64,
    pub(crate) bytes: Vec<u8>,
    /// The EtherType of what the bytes start with, when the dump says it
    /// and the bytes cannot (tcpdump `-x` of MPLS or PPPoE traffic).
    pub(crate) link: Option<u16>,
}

/// Bytes a dump line holds at most (16 in every tool's form).
const LINE_BYTES: usize = 16;

/// A hex dump line: its offset and the bytes it gives. `0x0010:  4500 003c …`
/// (tcpdump) or `0010  00 3c 67 …` (tshark, text2pcap); the ASCII column
/// after the bytes is left alone.
pub(crate) fn hex_line(line: &str) -> Option<(usize, Vec<u8>)> {
    let text = line.trim_start();
    let (offset, rest) = text.split_once([' ', '\t'])?;
    // `0x0010:` (tcpdump) or `0010` (tshark).
    let offset = offset.strip_suffix(':').unwrap_or(offset);
    let offset = offset.strip_prefix("0x").unwrap_or(offset);
    if offset.len() < 4 || !offset.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let offset = usize::from_str_radix(offset, 16).ok()?;
    // The bytes end where the ASCII column starts: after a run of spaces
    // (three or more; tcpdump's is two, but it prints bytes in groups of four
    // digits, which its ASCII column never starts with in full).
    // FortiGate's sniffer puts a tab between the bytes and the ASCII column.
    let rest = rest.trim_start().split('\t').next().unwrap_or_default();
    let mut bytes = Vec::with_capacity(LINE_BYTES);
    for word in rest.split("   ").next().unwrap_or_default().split_whitespace() {
        let even = word.len() % 2 == 0 && word.len() <= 4;
        if !even || !word.bytes().all(|b| b.is_ascii_hexdigit()) || bytes.len() + word.len() / 2 > LINE_BYTES {
            break;
        }
        for pair in word.as_bytes().chunks(2) {
            let digits = std::str::from_utf8(pair).ok()?;
            bytes.push(u8::from_str_radix(digits, 16).ok()?);
        }
    }
    (!bytes.is_empty()).then_some((offset, bytes))
}

/// The packet as an Ethernet frame, whatever layer the dump starts at: an
/// IP packet (tcpdump `-x`), Ethernet (`-xx`, tshark), Linux cooked (`-xx`
/// with `-i any`).
fn as_ethernet(bytes: &[u8], link: Option<u16>) -> Vec<u8> {
    let ether_type = |b: &[u8]| u16::from_be_bytes([b[0], b[1]]);
    let ip_type = |version: u8| if version == 6 { 0x86dd_u16 } else { 0x0800 };
    let frame = |ty: u16, payload: &[u8]| {
        let mut out = Vec::with_capacity(14 + payload.len());
        out.extend_from_slice(&[0; 12]);
        out.extend_from_slice(&ty.to_be_bytes());
        out.extend_from_slice(payload);
        out
    };
    let first = bytes.first().map_or(0, |b| b >> 4);
    let known = |ty: u16| matches!(ty, 0x0800 | 0x86dd | 0x8100 | 0x88a8 | 0x8847 | 0x8864);
    if bytes.len() >= 14 && known(ether_type(&bytes[12..14])) {
        bytes.to_vec()
    } else if let Some(ty) = link {
        frame(ty, bytes)
    } else if bytes.len() >= 16 && matches!(ether_type(&bytes[14..16]), 0x0800 | 0x86dd) && first != 4 && first != 6 {
        frame(ether_type(&bytes[14..16]), &bytes[16..])
    } else {
        frame(ip_type(first), bytes)
    }
}

/// The most bytes a dumped packet is read with (a packet is at most 64 KiB,
/// and a capture's frame as large as an offloaded segment): the bytes past
/// them are counted, and the packet read as one the snap length cut.
pub(crate) const MAX_PACKET: usize = 256 * 1024;

/// A dump's packets, read as they come as one capture's frames, numbered
/// by the lines they start on: the packet whose lines are being read is
/// held until the next begins (or the dump ends, or, live, falls silent).
pub(crate) struct Packets<'c> {
    capture: CaptureReader<'c>,
    /// The packet whose lines are being read.
    reading: Option<DumpedPacket>,
    /// Its bytes past [`MAX_PACKET`], passed over.
    beyond: usize,
}

impl<'c> Packets<'c> {
    pub(crate) fn new(
        tls_keys: &Arc<KeyLog>,
        on_record: &'c mut dyn FnMut(SipRecord),
        on_problem: &'c mut dyn FnMut(Problem),
    ) -> Packets<'c> {
        let capture = CaptureReader::new(on_record, on_problem).with_tls_keys(Arc::clone(tls_keys));
        Packets { capture, reading: None, beyond: 0 }
    }

    /// A packet begins: the one before is whole.
    pub(crate) fn begin(&mut self, packet: DumpedPacket) {
        self.read();
        self.reading = Some(packet);
    }

    /// More bytes of the packet being read, at `offset`: taken when they
    /// follow those it has, up to [`MAX_PACKET`] (past it, counted).
    pub(crate) fn more(&mut self, offset: usize, bytes: &[u8]) {
        let Some(packet) = self.reading.as_mut() else { return };
        if packet.bytes.len() + self.beyond != offset {
            return;
        }
        if offset < MAX_PACKET {
            packet.bytes.extend_from_slice(bytes);
        } else {
            self.beyond += bytes.len();
        }
    }

    /// Whether the packet being read has all its bytes, as far as its IP
    /// header says (a live writer that buffers what it prints falls silent
    /// anywhere); one whose header does not say is taken as whole.
    pub(crate) fn whole(&self) -> bool {
        let Some(packet) = self.reading.as_ref().filter(|_| self.beyond == 0) else { return true };
        let frame = as_ethernet(&packet.bytes, packet.link);
        // Past the Ethernet addresses and any VLAN tags, the IP header's length.
        let mut at = 12;
        loop {
            let Some(&[a, b]) = frame.get(at..at + 2) else { return true };
            let ip = &frame[at + 2..];
            let length = |from: usize| ip.get(from..from + 2).map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])));
            match u16::from_be_bytes([a, b]) {
                0x8100 | 0x88a8 => at += 4,
                0x0800 => return length(2).is_some_and(|total| ip.len() >= total),
                0x86dd => return length(4).is_some_and(|payload| ip.len() >= 40 + payload),
                _ => return true,
            }
        }
    }

    /// Reads the packet being read, whole; one without bytes is passed over.
    pub(crate) fn read(&mut self) {
        let beyond = std::mem::take(&mut self.beyond);
        let Some(packet) = self.reading.take().filter(|p| !p.bytes.is_empty()) else { return };
        let frame = as_ethernet(&packet.bytes, packet.link);
        // Its time to the microsecond, as a capture keeps it.
        let time = packet.time.max(0.0);
        let (seconds, micros) = (time.trunc() as u32, ((time.fract() * 1e6).round() as u32).min(999_999));
        let time = f64::from(seconds) + f64::from(micros) / 1e6;
        self.capture.dumped_frame(packet.line, time, &frame, frame.len() + beyond);
    }

    /// What the dump ended inside of.
    pub(crate) fn finish(mut self) {
        self.read();
        self.capture.finish();
    }
}

/// Whether a dump's first packet starts within the text's first lines.
pub(crate) fn sniff(text: &str) -> bool {
    text.lines().take(LOOK_AHEAD_LINES).any(|l| opens_packet(l).is_some())
}

/// Whether any line of the text opens a packet's bytes (as Wireshark's
/// details do after each frame's, with `-x`).
pub(crate) fn shows_bytes(text: &str) -> bool {
    text.lines().any(|l| opens_packet(l).is_some())
}

/// Whether a packet starts within the text's first lines as [`HexDump`]
/// reads one (see [`starts_packet`]).
pub(crate) fn sniff_packet(text: &str) -> bool {
    text.lines().take(LOOK_AHEAD_LINES).any(starts_packet)
}

/// The bytes of a line at offset 0 holding at least 8: where a packet's may start.
fn opens_packet(line: &str) -> Option<Vec<u8>> {
    hex_line(line).filter(|(offset, bytes)| *offset == 0 && bytes.len() >= 8).map(|(_, bytes)| bytes)
}

/// Whether [`HexDump`] starts a packet at the line: one that [`opens_packet`],
/// not indented, nor a data source's heading.
fn starts_packet(line: &str) -> bool {
    !line.starts_with([' ', '\t']) && !is_source_heading(line) && opens_packet(line).is_some()
}

/// `Frame (20 bytes):`, `Reassembled TCP (8 bytes):`: a data source of a frame begins.
fn is_source_heading(line: &str) -> bool {
    line.trim_end().ends_with("bytes):")
}

/// Reads a text2pcap-form dump (`tshark -x`, Wireshark's hex dump): a
/// packet starts at offset 0; `-P`'s summary line before it gives its time
/// (since the first packet); a second data source of a frame ("Reassembled
/// TCP (… bytes):") is Wireshark's, not the packet's, and is skipped.
/// `false`, having read nothing, when the text is not one.
pub(crate) fn read_hex_dump(
    text: &str,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    if !sniff(text) || !text.lines().any(starts_packet) {
        return false;
    }
    crate::log::PartReader::read_whole(crate::log::PartForm::HexDump, text, tls_keys, on_record, on_problem);
    true
}

/// A text2pcap-form dump read a part at a time (whole lines): each line
/// moves the reading on (a packet's first line, more of its bytes, a
/// summary line with the next packet's time), so nothing is held back but
/// the packet being read, given to the capture once the next begins or
/// the text ends (or, live, its writer falls silent).
pub(crate) struct HexDump<'c> {
    packets: Packets<'c>,
    /// The time a summary line gave the next packet.
    summary_time: Option<f64>,
    /// Inside a data source that is not the frame's own.
    skipping: bool,
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> HexDump<'c> {
    pub(crate) fn new(
        tls_keys: &Arc<KeyLog>,
        on_record: &'c mut dyn FnMut(SipRecord),
        on_problem: &'c mut dyn FnMut(Problem),
    ) -> HexDump<'c> {
        HexDump {
            packets: Packets::new(tls_keys, on_record, on_problem),
            summary_time: None,
            skipping: false,
            lines_before: 0,
        }
    }

    /// Reads `text`, whole lines following those read before, and returns
    /// how many it read (all of them); unless more follows, the packet being
    /// read is read (once whole, when the writer is only silent).
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        let mut count = 0;
        for (n, line) in text.lines().enumerate() {
            count += 1;
            if is_source_heading(line) {
                self.skipping = !line.trim_start().starts_with("Frame (");
                continue;
            }
            match hex_line(line) {
                Some((0, bytes)) if !line.starts_with([' ', '\t']) && bytes.len() >= 8 => {
                    self.skipping = false;
                    let time = self.summary_time.take().unwrap_or(0.0);
                    let line = self.lines_before + n as u64 + 1;
                    self.packets.begin(DumpedPacket { line, time, bytes, link: None });
                }
                Some((offset, bytes)) if !self.skipping => self.packets.more(offset, &bytes),
                Some(_) => {}
                None => {
                    // `-P`'s summary line: the frame number, then its time.
                    let mut words = line.split_whitespace();
                    if let (Some(first), Some(time)) = (words.next(), words.next()) {
                        if first.parse::<u64>().is_ok() {
                            self.summary_time = time.parse::<f64>().ok();
                        } else if line.contains(" -> ") {
                            // FortiGate's `diagnose sniffer packet`: the time
                            // first, since the start or (`a`, `l`) dated.
                            self.summary_time = first.parse::<f64>().ok().or_else(|| crate::log::find_time(line));
                        }
                    }
                }
            }
        }
        if after == After::End || (after == After::Silence && self.packets.whole()) {
            self.packets.read();
        }
        self.lines_before += count as u64;
        count
    }

    /// What the dump ended inside of.
    pub(crate) fn finish(self) {
        self.packets.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_lines_give_their_bytes_and_not_their_ascii() {
        let tcpdump = "\t0x0010:  7f00 0001 13cf 13ce cafe babe 0000 0000  cafe babe ......";
        assert_eq!(hex_line(tcpdump).map(|(o, b)| (o, b.len(), b[8])), Some((16, 16, 0xca)));
        let last = "\t0x0040:  b881 f2                                  ...";
        assert_eq!(hex_line(last), Some((64, vec![0xb8, 0x81, 0xf2])), "an odd count ends on a two-digit group");
        let last = "\t0x0040:  b881 f285                                ab cd";
        assert_eq!(hex_line(last), Some((64, vec![0xb8, 0x81, 0xf2, 0x85])));
        let tshark = "0210  0d 0a 0d 0a                                       ab..";
        assert_eq!(hex_line(tshark), Some((0x210, vec![13, 10, 13, 10])));
        for not in ["INVITE sip:b@x SIP/2.0", "2024 12:00:00 ok", "0x00zz:  4500", "   "] {
            assert_eq!(hex_line(not), None, "{not}");
        }
    }

    #[test]
    fn packets_become_ethernet_frames_whatever_layer_they_start_at() {
        let ip = [0x45u8, 0, 0, 20, 0, 0, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2];
        let framed = as_ethernet(&ip, None);
        assert_eq!((&framed[12..14], &framed[14..]), (&[0x08, 0x00][..], &ip[..]));
        let mut cooked = vec![0, 0, 3, 4, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0, 0x08, 0x00];
        cooked.extend_from_slice(&ip);
        assert_eq!(&as_ethernet(&cooked, None)[14..], &ip[..], "Linux cooked header replaced");
        let ethernet = as_ethernet(&framed, None);
        assert_eq!(ethernet, framed, "Ethernet kept");
        assert_eq!(&as_ethernet(&[0, 0, 0x01, 0x40], Some(0x8847))[12..14], &[0x88, 0x47], "MPLS as the dump said");
    }

    /// `bytes` as FortiGate's sniffer prints them: offset, a tab, groups
    /// of four digits, a tab, the ASCII column.
    fn fortigate_lines(bytes: &[u8]) -> String {
        let mut out = String::new();
        for (i, chunk) in bytes.chunks(16).enumerate() {
            let words: Vec<String> =
                chunk.chunks(2).map(|pair| pair.iter().map(|b| format!("{b:02x}")).collect()).collect();
            let ascii: String = chunk.iter().map(|&b| if b.is_ascii_graphic() { b as char } else { '.' }).collect();
            out.push_str(&format!("0x{:04x}\t {:<40}\t{ascii}\n", i * 16, words.join(" ")));
        }
        out
    }

    #[test]
    fn fortigate_sniffer_output_is_read() {
        // `diagnose sniffer packet any 'port 5060' 3` (from the IP header,
        // times since the start) and `… 6 0 a` (from Ethernet, dated, UTC).
        let message = |call: &str| {
            format!("OPTIONS sip:a@h SIP/2.0\r\nCall-ID: {call}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
        };
        let packet = |payload: &str| {
            let mut ip = Vec::new();
            etherparse::PacketBuilder::ipv4([192, 0, 2, 1], [192, 0, 2, 2], 64)
                .udp(5060, 5060)
                .write(&mut ip, payload.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
            ip
        };
        let (one, two) = (packet(&message("forti-1")), packet(&message("forti-2")));
        let ethernet = |ip: &[u8]| [&[0u8; 12][..], &[0x08, 0x00], ip].concat();
        let verbose3 = format!(
            "interfaces=[any]\nfilters=[port 5060]\n0.000000 port1 in 192.0.2.1.5060 -> 192.0.2.2.5060: udp 70\n{}\n\
1.250000 port1 in 192.0.2.1.5060 -> 192.0.2.2.5060: udp 70\n{}\n2 packets received by filter\n",
            fortigate_lines(&one),
            fortigate_lines(&two)
        );
        let verbose6 = format!(
            "2024-05-01 12:00:00.250000 port1 in 192.0.2.1.5060 -> 192.0.2.2.5060: udp 70\n{}\n\
2024-05-01 12:00:01.500000 port1 in 192.0.2.1.5060 -> 192.0.2.2.5060: udp 70\n{}",
            fortigate_lines(&ethernet(&one)),
            fortigate_lines(&ethernet(&two))
        );
        let noon = crate::log::days_from_civil(2024, 5, 1) as f64 * 86_400.0 + 43_200.0;
        for (text, first) in [(verbose3, 0.0), (verbose6, noon + 0.25)] {
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            assert!(read_hex_dump(&text, &Arc::default(), &mut |r| records.push(r), &mut |p| problems.push(p)));
            assert!(problems.is_empty(), "{problems:?}");
            let read: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.time - first)).collect();
            let src = "192.0.2.1:5060".to_owned();
            assert_eq!(read.len(), 2);
            assert_eq!((read[0].0.as_str(), read[1].0.as_str()), (src.as_str(), src.as_str()));
            assert!(read[0].1.abs() < 1e-6 && (read[1].1 - 1.25).abs() < 1e-6, "{read:?}");
            assert_eq!(records[1].bytes, message("forti-2").as_bytes());
        }
        // The ASCII column is not read as bytes, even when it looks like hex.
        assert_eq!(hex_line("0x0040\t 6361 6665     \tcafe"), Some((64, vec![0x63, 0x61, 0x66, 0x65])));
    }

    #[test]
    fn wiresharks_own_data_sources_are_not_packets() {
        let text = "Frame (20 bytes):\n0000  45 00 00 14 00 00 00 00 40 11 00 00 0a 00 00 01   E.......@.......\n\
0010  0a 00 00 02                                       ....\n\
Reassembled TCP (8 bytes):\n0000  53 49 50 2f 32 2e 30 20                           SIP/2.0 \n";
        let mut problems = Vec::new();
        assert!(read_hex_dump(text, &Arc::default(), &mut |_| {}, &mut |p| problems.push(p)));
        // One 20-byte packet (UDP to nowhere): nothing read, nothing wrong.
        assert!(problems.is_empty(), "{problems:?}");
        assert!(!read_hex_dump("0000 is a number\nnothing else\n", &Arc::default(), &mut |_| {}, &mut |_| {}));
    }

    #[test]
    fn a_packet_past_what_is_read_of_one_is_read_as_cut_and_said() {
        // An Ethernet frame with an OPTIONS in UDP, then zeros: 300 KiB in all.
        let options = b"OPTIONS sip:b@h SIP/2.0\r\nCall-ID: big\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        let mut frame = vec![0u8; 12];
        frame.extend_from_slice(&[0x08, 0x00, 0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
        let ip_length = u16::try_from(28 + options.len()).unwrap_or(0);
        frame[16..18].copy_from_slice(&ip_length.to_be_bytes());
        frame.extend_from_slice(&[0x13, 0xc4, 0x13, 0xc4]);
        frame.extend_from_slice(&u16::try_from(8 + options.len()).unwrap_or(0).to_be_bytes());
        frame.extend_from_slice(&[0, 0]);
        frame.extend_from_slice(options);
        frame.resize(300 * 1024, 0);
        let mut text = String::new();
        for (i, line) in frame.chunks(16).enumerate() {
            let bytes: Vec<String> = line.iter().map(|b| format!("{b:02x}")).collect();
            text.push_str(&format!("{:04x}  {}\n", i * 16, bytes.join(" ")));
        }
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_hex_dump(&text, &Arc::default(), &mut |r| records.push(r), &mut |p| problems.push(p)));
        assert_eq!(records.len(), 1, "{problems:?}");
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        let detail = format!("{MAX_PACKET}/{}", frame.len());
        assert_eq!(said, [(1, crate::ProblemKind::Truncated, detail.as_str())]);
    }
}
