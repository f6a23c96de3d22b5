//! SIP messages in packet dumps printed as text, as engineers paste them
//! into tickets: ngrep (`-W byline`, and the default `-W normal` and
//! `-W single`; with `-t`, `-T` or `-TT`), sngrep's text export, and
//! tcpdump `-A` (any `-t` form, `-v`, `-i any`). Each packet's line says where it went and when; its
//! payload is the message, once the tool's substitutions are undone: ngrep
//! prints a CR (and any byte it cannot print) as `.`, tcpdump drops the CR
//! before a line end and prints the IP and transport headers as characters
//! before the payload. TCP payloads are joined per direction and framed by
//! Content-Length, as from a capture.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use crate::hexdump::{hex_line, DumpedPacket, Packets};
use crate::log::{clock_seconds, days_from_civil, message_or_problem, After, LOOK_AHEAD_LINES};
use crate::record::{Problem, ProblemKind, SipRecord, Transport};
use crate::sip::{looks_like_sip, parse, Framing, Parsed};
use crate::tls::KeyLog;

/// The tool whose output the text is, told by its first packet line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tool {
    Ngrep,
    Tcpdump,
}

/// A packet's time as printed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stamp {
    /// A date and time, or a time of day.
    At(f64),
    /// ngrep's `+S.UUUUUU`: since the previous packet (`-T`), or since the
    /// first (`-TT`, whose first packet is at +0).
    After(f64),
}

/// A packet line: where the packet went, when, and what the line itself
/// carries of it.
#[derive(Debug, Clone, PartialEq)]
struct PacketLine<'a> {
    /// UDP or TCP; `None` for anything else (ICMP), which is skipped.
    transport: Option<Transport>,
    src: SocketAddr,
    dst: SocketAddr,
    time: Option<Stamp>,
    /// The payload's length in bytes, as tcpdump states it.
    length: Option<usize>,
    /// ngrep `-W single`: the payload, on the packet line itself.
    inline: &'a str,
    /// Lines the packet line takes (tcpdump `-v` puts the addresses on a second).
    lines: usize,
    /// An IP fragment after the first (ngrep's `+ID@OFFSET:LENGTH`): its
    /// payload continues the datagram before it.
    fragment: bool,
}

/// Reads the SIP messages of a packet dump; `false`, having read nothing,
/// when the text is not one.
/// The tool whose packet lines the text's first lines are, and whether
/// they carry times; told from those lines only, before a log is split
/// into all of its.
pub(crate) fn sniff(text: &str) -> Option<(Tool, bool)> {
    let head: Vec<&str> = text.lines().take(LOOK_AHEAD_LINES + 8).collect();
    (0..head.len().min(LOOK_AHEAD_LINES)).find_map(|i| match ngrep_line(head[i]) {
        Some(packet) => Some((Tool::Ngrep, packet.time.is_some())),
        None => tcpdump_line(&head[i..]).map(|packet| (Tool::Tcpdump, packet.time.is_some())),
    })
}

pub(crate) fn read_dump(
    text: &str,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    let Some((tool, timed)) = sniff(text) else {
        return false;
    };
    // tcpdump -x/-X print every byte in hex: the packets are read as a capture's frames.
    let form = if is_hex(tool, text) {
        crate::log::PartForm::TcpdumpHex(timed)
    } else {
        crate::log::PartForm::Dump(tool, timed)
    };
    crate::log::PartReader::read_whole(form, text, tls_keys, on_record, on_problem);
    true
}

/// Whether a dump of `tool` whose first lines are `text`'s prints its
/// packets' bytes in hex (tcpdump `-x`, `-X`).
fn is_hex(tool: Tool, text: &str) -> bool {
    tool == Tool::Tcpdump && text.lines().take(LOOK_AHEAD_LINES).any(|l| l.trim_start().starts_with("0x0000:"))
}

/// The form of a packet dump printed as text (not in hex) whose first
/// lines are `head`, which [`TextDump`] reads a part at a time.
pub(crate) fn text_form(head: &str) -> Option<(Tool, bool)> {
    sniff(head).filter(|(tool, _)| !is_hex(*tool, head))
}

/// Lines held back at the end of a part where no packet line says where to
/// (a part without one, tcpdump `-x`'s): room for the first lines of a
/// packet whose details tcpdump `-v` prints on lines of their own, its
/// addresses line among those not yet read.
const HELD_LINES: usize = 16;

/// A packet dump printed as text, read a part at a time (whole lines), so
/// that memory holds a part whatever the dump's size: the last packet of a
/// part may go on in the next (more of its payload's lines, fragments of
/// its datagram), so its lines are held back and read again with what
/// follows.
pub(crate) struct TextDump<'c> {
    tool: Tool,
    /// Whether its packet lines carry times (a line without is then not one).
    timed: bool,
    clock: Clock,
    reader: Reader<'c>,
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> TextDump<'c> {
    pub(crate) fn new(
        (tool, timed): (Tool, bool),
        on_record: &'c mut dyn FnMut(SipRecord),
        on_problem: &'c mut dyn FnMut(Problem),
    ) -> TextDump<'c> {
        TextDump { tool, timed, clock: Clock::default(), reader: Reader::new(on_record, on_problem), lines_before: 0 }
    }

    /// Reads the packets of `text`, whole lines following those read
    /// before. The lines from the last packet on are held back when more
    /// text follows, or, silent, unless they hold whole SIP messages
    /// (unless they are more than any packet prints); the number of lines
    /// read is returned, and the rest is to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        let lines: Vec<&str> = text.lines().collect();
        let (tool, timed) = (self.tool, self.timed);
        // In a dump with times, a line without one is not a packet's (tcpdump
        // prints a tunnel's inner packet on a line of its own).
        let packet_line = |i: usize| {
            match tool {
                Tool::Ngrep => ngrep_line(lines.get(i)?),
                Tool::Tcpdump => tcpdump_line(lines.get(i..)?),
            }
            .filter(|p| p.time.is_some() == timed)
        };
        // Each packet line, parsed once, and where it is; the lines up to the
        // next are its payload.
        let mut packets: Vec<(usize, PacketLine)> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            match packet_line(i) {
                Some(packet) => {
                    let taken = packet.lines;
                    packets.push((i, packet));
                    i += taken;
                }
                None => i += 1,
            }
        }
        // The payload of the k-th packet: its lines up to the next packet's, or to `end`.
        let payload = |packets: &[(usize, PacketLine)], k: usize, end: usize| {
            let (at, packet) = &packets[k];
            let payload = &lines[at + packet.lines..packets.get(k + 1).map_or(end, |(next, _)| *next)];
            match tool {
                Tool::Ngrep if packet.transport == Some(Transport::Log) => sngrep_payload(payload),
                Tool::Ngrep => ngrep_payload(packet.inline, payload),
                Tool::Tcpdump => tcpdump_payload(payload, packet.length, packet.fragment),
            }
        };
        // Where the text held back begins, in lines: at the last packet that
        // begins a datagram (fragments may follow it), or a few lines from
        // the end where there is no packet.
        let last = packets.iter().rposition(|(_, p)| !p.fragment).or((!packets.is_empty()).then_some(0));
        let from = last.map_or(lines.len().saturating_sub(HELD_LINES), |k| packets[k].0);
        let within = lines.get(from).is_none_or(|l| crate::log::held_bytes(text, l) <= crate::log::MAX_HELD_TEXT);
        let held_from = match (after, last) {
            (After::More, _) if within => from,
            // Silent after what is not yet a whole message, or a packet line not yet whole.
            (After::Silence, Some(k)) => {
                let printed = |k: usize| match packets[k].1.transport {
                    // sngrep's lines as printed: the blank line ending the header section not made up.
                    Some(Transport::Log) => {
                        let (at, packet) = &packets[k];
                        lines[at + packet.lines..]
                            .iter()
                            .flat_map(|l| [l.as_bytes(), b"\r\n"])
                            .flatten()
                            .copied()
                            .collect()
                    }
                    _ => payload(&packets, k, lines.len()),
                };
                // The datagram's fragments, as far as they have come, carry the rest of
                // it; a TCP segment, what its direction sent before it that is not yet framed.
                let (src, dst, transport) = (packets[k].1.src, packets[k].1.dst, packets[k].1.transport);
                let tcp = transport == Some(Transport::Tcp);
                let mut datagram = if tcp { self.reader.unframed(src, dst).to_vec() } else { Vec::new() };
                let before = (0..k).filter(|&j| tcp && packets[j].1.transport == transport);
                for j in before.filter(|&j| (packets[j].1.src, packets[j].1.dst) == (src, dst)).chain(k..packets.len())
                {
                    datagram.extend(printed(j));
                }
                if within && crate::sip::printed(&datagram, tcp) != crate::sip::Printed::Whole {
                    from
                } else {
                    // A packet line with nothing after it yet may go on (tcpdump -v
                    // prints a tunnel's on four lines), or may not be one yet.
                    let bare = packets.last().filter(|(at, p)| at + p.lines == lines.len()).map(|(at, _)| *at);
                    let pending = |i: &usize| tool == Tool::Tcpdump && begins_packet_line(&lines[*i..], timed);
                    let tail = lines.len().saturating_sub(HELD_LINES).max(from + 1)..lines.len();
                    bare.or_else(|| tail.into_iter().find(pending)).unwrap_or(lines.len())
                }
            }
            (After::Silence, None) if within => from,
            _ => lines.len(),
        };
        packets.retain(|(at, _)| *at < held_from);
        let payload = |k: usize| payload(&packets, k, held_from);
        let mut k = 0;
        while k < packets.len() {
            let (at, packet) = &packets[k];
            let mut bytes = payload(k);
            let mut time = self.clock.time(packet.time);
            k += 1;
            // The fragments that follow a datagram carry the rest of it.
            while let Some((_, more)) = packets.get(k).filter(|(_, p)| p.fragment && same_hosts(p, packet)) {
                bytes.extend_from_slice(&payload(k));
                // Whole once its last fragment is in, as a capture's reassembly has it.
                time = self.clock.time(more.time);
                k += 1;
            }
            if let Some(transport) = packet.transport.filter(|_| !packet.fragment) {
                let frame = self.lines_before + *at as u64 + 1;
                // The text ended inside its last datagram (a dump cut short, its
                // writer killed): read as far as printed, as a snap length cuts, and said.
                let cut = after == After::End
                    && k == packets.len()
                    && transport == Transport::Udp
                    && crate::sip::printed(&bytes, false) == crate::sip::Printed::Cut;
                if cut {
                    self.reader.problem(Problem { frame, kind: ProblemKind::DamagedFile, detail: String::new() });
                }
                let record = SipRecord { frame, time, src: packet.src, dst: packet.dst, transport, bytes, cut };
                match transport {
                    Transport::Tcp => self.reader.segment(record),
                    Transport::Log => self.reader.message(record, Framing::Lenient),
                    _ if cut => self.reader.message(record, Framing::Cut),
                    _ => self.reader.message(record, Framing::Datagram),
                }
            }
        }
        self.lines_before += held_from as u64;
        held_from
    }

    /// What the dump ended inside of.
    pub(crate) fn finish(self) {
        self.reader.finish();
    }
}

/// tcpdump's `-x`/`-X` dump read a part at a time (whole lines): each line
/// moves the reading on, so nothing is held back but the packet being read
/// (given to the capture once the next packet's line comes, or the text
/// ends, or, live, its writer falls silent) and a part's last lines, which
/// may be the first of a packet line's (`-v`).
pub(crate) struct HexText<'c> {
    packets: Packets<'c>,
    /// Whether its packet lines carry times (a line without is then not one).
    timed: bool,
    clock: Clock,
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> HexText<'c> {
    pub(crate) fn new(
        timed: bool,
        tls_keys: &Arc<KeyLog>,
        on_record: &'c mut dyn FnMut(SipRecord),
        on_problem: &'c mut dyn FnMut(Problem),
    ) -> HexText<'c> {
        HexText {
            packets: Packets::new(tls_keys, on_record, on_problem),
            timed,
            clock: Clock::default(),
            lines_before: 0,
        }
    }

    /// Reads `text`, whole lines following those read before; when more
    /// follows, its last [`HELD_LINES`] lines are held back, and, silent,
    /// those of them after its last line of bytes (unless they are more
    /// than any packet line prints). Returns the number of lines read; the
    /// rest is to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        let lines: Vec<&str> = text.lines().collect();
        let mut held_from = lines.len().saturating_sub(HELD_LINES);
        if after == After::Silence {
            // A packet line printed, or the first of the lines tcpdump -v prints it on.
            held_from = lines.iter().rposition(|l| hex_line(l).is_some()).map_or(0, |at| at + 1).max(held_from);
        }
        let held_bytes = lines.get(held_from).map_or(0, |l| crate::log::held_bytes(text, l));
        let end = if after != After::End && held_bytes <= crate::log::MAX_HELD_TEXT { held_from } else { lines.len() };
        let mut i = 0;
        while i < end {
            if let Some(packet) = tcpdump_line(&lines[i..]).filter(|p| p.time.is_some() == self.timed) {
                let time = self.clock.time(packet.time);
                // What tcpdump -x starts its bytes with when it is not IP.
                let link = [(" MPLS (", 0x8847), (" PPPoE ", 0x8864)]
                    .iter()
                    .find(|(name, _)| lines[i].contains(name))
                    .map(|(_, ty)| *ty);
                let line = self.lines_before + i as u64 + 1;
                self.packets.begin(DumpedPacket { line, time, bytes: Vec::new(), link });
                i += packet.lines;
                continue;
            }
            if let Some((offset, bytes)) = hex_line(lines[i]) {
                self.packets.more(offset, &bytes);
            }
            i += 1;
        }
        if after == After::End || (after == After::Silence && self.packets.whole()) {
            self.packets.read();
        }
        self.lines_before += i as u64;
        i
    }

    /// What the dump ended inside of.
    pub(crate) fn finish(self) {
        self.packets.finish();
    }
}

/// Whether two packets went between the same hosts.
fn same_hosts(a: &PacketLine, b: &PacketLine) -> bool {
    a.src.ip() == b.src.ip() && a.dst.ip() == b.dst.ip()
}

/// The times of a dump's packets, relative stamps added up.
#[derive(Default)]
struct Clock {
    last: f64,
    /// Whether relative stamps count from the first packet (`-TT`).
    since_first: Option<bool>,
}

impl Clock {
    fn time(&mut self, stamp: Option<Stamp>) -> f64 {
        let time = match stamp {
            None => 0.0,
            Some(Stamp::At(t)) => t,
            Some(Stamp::After(delta)) => match self.since_first {
                Some(true) => delta,
                Some(false) => self.last + delta,
                // `-TT` starts at +0; `-T`'s first value measures from
                // nothing (ngrep prints garbage there): the dump starts at 0.
                None => {
                    self.since_first = Some(delta == 0.0);
                    0.0
                }
            },
        };
        self.last = time;
        time
    }
}

/// The next word of `text` and what follows it.
fn word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start_matches(' ');
    let end = text.find(' ').unwrap_or(text.len());
    (end > 0).then(|| (&text[..end], &text[end..]))
}

/// `a.b.c.d:port` or `v6:addr:port`, as ngrep writes an address.
fn ngrep_addr(text: &str) -> Option<SocketAddr> {
    let (ip, port) = text.rsplit_once(':')?;
    Some(SocketAddr::new(ip.trim_start_matches('[').trim_end_matches(']').parse().ok()?, port.parse().ok()?))
}

/// `T 2024/05/01 12:00:00.250000 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #12`,
/// with the date and time, `+S.UUUUUU`, the flags and the count optional.
///
/// sngrep's text export has the same line without the protocol (its
/// messages follow as sent): `2024/05/01 12:00:00.250000 A:5060 -> B:5060`,
/// as other exports do with an ISO date (`2024-05-01 12:00:00.250 A -> B`).
fn ngrep_line(line: &str) -> Option<PacketLine<'_>> {
    let mut chars = line.chars();
    let (protocol, rest) = match chars.next()? {
        c if c.is_ascii_digit() => ('S', line),
        c if c.is_ascii_uppercase() || c == '?' => (c, chars.as_str().strip_prefix(' ')?),
        _ => return None,
    };
    let (mut first, mut rest) = word(rest)?;
    // A date as ngrep and sngrep write it, or as ISO 8601 (Homer's text export).
    let day = |word: &str| date(word, '/').or_else(|| date(word, '-'));
    if protocol == 'S' && day(first).is_none() {
        return None;
    }
    let mut time = None;
    if let Some(days) = day(first) {
        let (clock, after) = word(rest)?;
        time = Some(Stamp::At(days * 86_400.0 + clock_seconds(clock)?));
        (first, rest) = word(after)?;
    } else if let Some(delta) = first.strip_prefix('+').and_then(|d| d.parse::<f64>().ok()) {
        time = Some(Stamp::After(delta));
        (first, rest) = word(rest)?;
    }
    let (arrow, rest) = word(rest)?;
    let (dst, mut rest) = word(rest).filter(|_| arrow == "->")?;
    // A fragment after the first has no transport header: addresses without ports.
    let marker = word(rest).filter(|(w, _)| w.starts_with('+') && w.contains('@'));
    let (src, dst, fragment) = match (ngrep_addr(first), ngrep_addr(dst), marker) {
        (Some(src), Some(dst), _) => (src, dst, false),
        (None, None, Some((_, after))) => {
            rest = after;
            (SocketAddr::new(first.parse().ok()?, 0), SocketAddr::new(dst.parse().ok()?, 0), true)
        }
        _ => return None,
    };
    // TCP flags, then the match count: either may be absent.
    for optional in [|w: &str| w.starts_with('[') && w.ends_with(']'), |w: &str| w.starts_with('#')] {
        if let Some((_, after)) = word(rest).filter(|(w, _)| optional(w)) {
            rest = after;
        }
    }
    let transport = match protocol {
        'U' => Some(Transport::Udp),
        'T' => Some(Transport::Tcp),
        // sngrep does not say; its messages are whole, as a log's.
        'S' => Some(Transport::Log),
        _ => None,
    };
    let inline = rest.strip_prefix(' ').unwrap_or(rest);
    Some(PacketLine { transport, src, dst, time, length: None, inline, lines: 1, fragment })
}

/// Days since 1970 for `YYYY-MM-DD` (or with `/`), as seconds' worth.
fn date(text: &str, separator: char) -> Option<f64> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == separator as u8
        && b[7] == separator as u8
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<i64>().ok();
    Some(days_from_civil(number(0..4)?, number(5..7)?, number(8..10)?) as f64)
}

/// `10.0.0.1.5060` or `2001:db8::1.5060`, as tcpdump writes an address with
/// `-n`; a name it resolved stands as an unknown address, with its port.
fn tcpdump_addr(text: &str) -> Option<SocketAddr> {
    let (host, port) = text.rsplit_once('.')?;
    let port = match port {
        "sip" => 5060,
        "sip-tls" => 5061,
        number => number.parse().ok()?,
    };
    let ip = host.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    Some(SocketAddr::new(ip, port))
}

/// `[time] [interface direction] IP src > dst: …, length N`; with `-v`,
/// `[time] IP (tos …, proto UDP (17), length N)` followed by an indented
/// `src > dst: …` line (one per layer of a tunnel). Its first line is
/// `lines[0]`, the lines after it follow.
fn tcpdump_line<'a>(lines: &[&'a str]) -> Option<PacketLine<'a>> {
    // The line starts with its time (absent with `-t`) or the packet; an
    // interface and direction (`-i any`) or an MPLS label stack may come
    // between. The innermost packet's addresses count: a tunnel (GRE, MPLS)
    // prints the outer packet first.
    let line = *lines.first()?;
    let mut words = line.split_whitespace();
    let first = words.next()?;
    let is_ip = |w: &str| w == "IP" || w == "IP6";
    let timed = first.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b':' | b'-'))
        && first.bytes().any(|b| b.is_ascii_digit());
    if !timed && !is_ip(first) {
        return None;
    }
    let time = match (date(first, '-'), words.next()) {
        _ if is_ip(first) => None,
        (Some(days), Some(clock)) => Some(days * 86_400.0 + clock_seconds(clock)?),
        _ if first.contains(':') => clock_seconds(first),
        _ => first.parse().ok(),
    };
    let after_ip = [" IP ", " IP6 "]
        .iter()
        .filter_map(|w| line.rfind(w).map(|at| (at, &line[at + w.len()..])))
        .max_by_key(|(at, _)| *at)
        .map(|(_, after)| after)
        .or_else(|| line.strip_prefix("IP6 ").or_else(|| line.strip_prefix("IP ")));
    // With -v the packets' details and addresses come on indented lines,
    // a pair for each layer of a tunnel; the last addresses are the innermost.
    let is_addresses = |text: &str| text.split_whitespace().nth(1) == Some(">");
    // A packet line with a time may be followed by its tunnel's inner
    // packet on a line of its own, without one.
    let inner = |l: &str| time.is_some() && (l.starts_with("IP ") || l.starts_with("IP6 "));
    let verbose = lines[1..]
        .iter()
        .take_while(|l| {
            let text = l.trim_start();
            (l.starts_with([' ', '\t'])
                && (is_addresses(text) || ["IP (", "IP6 (", "(label"].iter().any(|w| text.starts_with(w))))
                || inner(l)
        })
        .count();
    let strip_ip = |l: &'a str| l.strip_prefix("IP6 ").or_else(|| l.strip_prefix("IP ")).unwrap_or(l).trim_start();
    let addresses = match lines[1..=verbose].iter().rev().map(|l| strip_ip(l.trim_start())).find(|l| is_addresses(l)) {
        Some(l) => l,
        None => after_ip?,
    };
    let mut parts = addresses.splitn(4, ' ');
    let (src, dst) = (parts.next()?, parts.next().filter(|arrow| *arrow == ">").and_then(|_| parts.next())?);
    let dst = dst.strip_suffix(':')?;
    // What the innermost packet is, and its payload's length ("UDP, length
    // N", "Flags [P.], seq 1:498, …, length 497", "SIP, length: 649").
    let about = parts.next().unwrap_or_default();
    // A fragment after the first has no transport header: addresses without ports.
    let (src, dst, fragment) = match (src.parse::<IpAddr>(), dst.parse::<IpAddr>()) {
        (Ok(src), Ok(dst)) => (SocketAddr::new(src, 0), SocketAddr::new(dst, 0), true),
        _ => (tcpdump_addr(src)?, tcpdump_addr(dst)?, false),
    };
    let transport = if about.starts_with("Flags [") {
        Some(Transport::Tcp)
    } else if ["UDP", "SIP", "ip-proto-17"].iter().any(|w| about.starts_with(w)) {
        Some(Transport::Udp)
    } else {
        None
    };
    let length = about.rmatch_indices("length").find_map(|(at, _)| {
        let digits = about[at + 6..].trim_start_matches([':', ' ']);
        let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
        digits[..end].parse().ok()
    });
    // A fragment's length says nothing of its data.
    let length = length.filter(|_| !fragment);
    Some(PacketLine {
        transport,
        src,
        dst,
        time: time.map(Stamp::At),
        length,
        inline: "",
        lines: 1 + verbose,
        fragment,
    })
}

/// ngrep's payload as bytes: `-W byline` lines end with `.` where the
/// message had CRLF; `-W normal` wraps the payload on indented lines and
/// `-W single` puts it on the packet line, each line end as `..`.
fn ngrep_payload(inline: &str, lines: &[&str]) -> Vec<u8> {
    // Blank lines and ngrep's `#` marks after the payload are its own.
    let end = lines.iter().rposition(|l| !l.is_empty() && !l.bytes().all(|b| b == b'#')).map_or(0, |p| p + 1);
    let lines = &lines[..end];
    let dots = |text: &str| undot(text.trim_end_matches(' '));
    if !inline.is_empty() {
        return dots(inline);
    }
    if lines.first().is_some_and(|l| l.starts_with("  ")) {
        let joined: String = lines.iter().map(|l| l.strip_prefix("  ").unwrap_or(l)).collect();
        return dots(&joined);
    }
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        match line.strip_suffix('.') {
            Some(content) => {
                out.extend_from_slice(content.as_bytes());
                out.extend_from_slice(b"\r\n");
            }
            None => {
                out.extend_from_slice(line.as_bytes());
                if n + 1 < lines.len() {
                    out.push(b'\n');
                }
            }
        }
    }
    out
}

/// Whether `lines` are the first of a packet line that tcpdump `-v` prints
/// on several, its addresses not yet printed.
fn begins_packet_line(lines: &[&str], timed: bool) -> bool {
    let mut with_addresses = lines.to_vec();
    with_addresses.push("    192.0.2.1.5060 > 192.0.2.2.5060: UDP, length 0");
    tcpdump_line(lines).is_none()
        && tcpdump_line(&with_addresses).is_some_and(|p| p.lines == with_addresses.len() && p.time.is_some() == timed)
}

/// sngrep's message as bytes: its lines as sent, the blank lines it adds
/// after each message taken off.
fn sngrep_payload(lines: &[&str]) -> Vec<u8> {
    let end = lines.iter().rposition(|l| !l.is_empty()).map_or(0, |p| p + 1);
    let mut text = lines[..end].join("\r\n");
    // The header section ends with a blank line even when no body follows.
    text.push_str(if lines[..end].contains(&"") { "\r\n" } else { "\r\n\r\n" });
    text.into_bytes()
}

/// ngrep's one-line payload as bytes: each CRLF printed `..`, so a run of
/// dots is line ends, after any dots of the text's own (a Call-ID may end
/// in `..`). In the header section a run ends one field, unless no field
/// follows it: then it ends the section too (CRLF CRLF).
fn undot(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    let mut headers = true;
    while let Some(at) = memchr::memchr(b'.', rest) {
        out.extend_from_slice(&rest[..at]);
        let run = rest[at..].iter().take_while(|&&b| b == b'.').count();
        rest = &rest[at + run..];
        let line_ends = match run {
            1 => 0,
            _ if headers && starts_field(rest) => 1,
            _ if headers && run >= 4 => {
                headers = false;
                2
            }
            _ if headers => 1,
            _ => run / 2,
        };
        out.extend(std::iter::repeat_n(b'.', run - 2 * line_ends));
        for _ in 0..line_ends {
            out.extend_from_slice(b"\r\n");
        }
    }
    out.extend_from_slice(rest);
    out
}

/// Whether text starts with a header field's name and colon.
fn starts_field(text: &[u8]) -> bool {
    let name = text.iter().take_while(|&&b| b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b)).count();
    name > 0 && text[name..].iter().find(|&&b| b != b' ' && b != b'\t') == Some(&b':')
}

/// An IPv4 header without options, in bytes.
const IPV4_HEADER: usize = 20;

/// tcpdump's payload as bytes: the last `length` bytes of what it printed
/// (each line end counted as the CRLF it dropped the CR of), or, without a
/// length that fits, from where a SIP start line begins.
fn tcpdump_payload(lines: &[&str], length: Option<usize>, fragment: bool) -> Vec<u8> {
    // With -v, tcpdump's SIP decoder prints the message first, each line
    // indented by a tab; the bytes follow.
    let decoded = lines.iter().take_while(|l| l.starts_with('\t')).count();
    let printed = lines[decoded..].join("\n");
    if fragment {
        // The data after a 20-byte IPv4 header (tcpdump prints no fragment of IPv6 this way).
        let data = printed.char_indices().nth(IPV4_HEADER).map_or("", |(at, _)| &printed[at..]);
        return data.replace('\n', "\r\n").into_bytes();
    }
    let from_end = |newline: usize| {
        let mut count = 0;
        for (at, c) in printed.char_indices().rev() {
            count += if c == '\n' { newline } else { c.len_utf8() };
            if count == length? {
                return Some(at);
            }
            if count > length? {
                return None;
            }
        }
        None
    };
    // The length places the payload unless the lines did not all end in
    // CRLF; a message's start line, when there is one, confirms it.
    let counted = match length {
        Some(0) => return Vec::new(),
        _ => from_end(2).or_else(|| from_end(1)),
    };
    let start = match counted {
        // Not inside a word: the headers before may end in letters.
        Some(at) if starts_message(&printed[at..]) && !printed[..at].ends_with(|c: char| c.is_ascii_alphanumeric()) => {
            Some(at)
        }
        _ => sip_start(&printed).or(counted),
    };
    let Some(start) = start else { return Vec::new() };
    printed[start..].replace('\n', "\r\n").into_bytes()
}

/// Where a SIP start line begins among the first characters tcpdump printed
/// (after the IP and transport headers, and a tunnel's: a few hundred
/// characters at most).
/// The headers print as dots and letters, which a method token may also
/// hold: a method RFC 3261 and its extensions define is looked for first,
/// then any upper-case word.
fn sip_start(printed: &str) -> Option<usize> {
    const METHODS: [&str; 14] = [
        "INVITE",
        "ACK",
        "BYE",
        "CANCEL",
        "OPTIONS",
        "REGISTER",
        "PRACK",
        "SUBSCRIBE",
        "NOTIFY",
        "PUBLISH",
        "INFO",
        "REFER",
        "MESSAGE",
        "UPDATE",
    ];
    let head: Vec<usize> = printed.char_indices().take(400).map(|(at, _)| at).collect();
    let starts_line = |at: usize| starts_message(&printed[at..]);
    let known = |at: &usize| {
        let rest = &printed[*at..];
        (rest.starts_with("SIP/2.0 ")
            || METHODS.iter().any(|m| rest.strip_prefix(m).is_some_and(|r| r.starts_with(' '))))
            && starts_line(*at)
    };
    let upper_word = |at: &usize| {
        let bytes = printed.as_bytes();
        bytes[*at].is_ascii_uppercase()
            && at.checked_sub(1).is_none_or(|before| !bytes[before].is_ascii_uppercase())
            && starts_line(*at)
    };
    head.iter().copied().find(|at| known(at)).or_else(|| head.iter().copied().find(|at| upper_word(at)))
}

/// Whether text starts with a SIP start line.
fn starts_message(text: &str) -> bool {
    let line = text.split('\n').next().unwrap_or_default();
    looks_like_sip(format!("{line}\n").as_bytes())
}

/// Turns payloads into records: a datagram is one message; a TCP direction's
/// payloads are joined and framed.
pub(crate) struct Reader<'c> {
    on_record: &'c mut dyn FnMut(SipRecord),
    on_problem: &'c mut dyn FnMut(Problem),
    /// Each TCP direction's bytes not yet framed, with the packet where they start.
    streams: HashMap<(SocketAddr, SocketAddr), SipRecord>,
    /// The streams are a SIP stack's own reads and writes, as it made them:
    /// whole (nothing lost, nothing twice) and all SIP, so that bytes that
    /// start no message are a gap, said, rather than another protocol's.
    exact: bool,
    /// Bytes held in `streams`, at most [`MAX_HELD`].
    held: usize,
}

/// The most bytes the streams' unframed rests hold at once: past it, those
/// waiting longest are given up and said (a dump read a frame at a time
/// may hold any number of connections).
const MAX_HELD: usize = 64 * 1024 * 1024;

impl<'c> Reader<'c> {
    pub(crate) fn new(on_record: &'c mut dyn FnMut(SipRecord), on_problem: &'c mut dyn FnMut(Problem)) -> Reader<'c> {
        Reader { on_record, on_problem, streams: HashMap::new(), exact: false, held: 0 }
    }

    /// The bytes a TCP direction has not yet framed.
    pub(crate) fn unframed(&self, src: SocketAddr, dst: SocketAddr) -> &[u8] {
        self.streams.get(&(src, dst)).map_or(&[], |waiting| &waiting.bytes)
    }

    /// A reader of a SIP stack's own streams (see its `exact` field).
    pub(crate) fn exact(mut self) -> Self {
        self.exact = true;
        self
    }

    /// A problem met by whoever feeds the reader.
    pub(crate) fn problem(&mut self, problem: Problem) {
        (self.on_problem)(problem);
    }

    /// A datagram, or a message sngrep printed whole.
    pub(crate) fn message(&mut self, record: SipRecord, framing: Framing) {
        // RTP, DNS and the rest of what a dump holds are passed over.
        if looks_like_sip(&record.bytes) {
            message_or_problem(record, framing, self.on_record, self.on_problem);
        }
    }

    /// A TCP segment's payload, joined to its direction's.
    pub(crate) fn segment(&mut self, record: SipRecord) {
        if record.bytes.is_empty() {
            return;
        }
        let key = (record.src, record.dst);
        let waiting = self.streams.remove(&key);
        self.held -= waiting.as_ref().map_or(0, |w| w.bytes.len());
        let stream = match waiting {
            // A SIP stack's own reads: nothing lost, nothing sent twice.
            Some(mut waiting) if self.exact => {
                waiting.bytes.extend_from_slice(&record.bytes);
                waiting
            }
            // A start line not yet whole: its rest may read as one
            // (`SSAGE sip:… SIP/2.0` after `ME`); joined, unless only the
            // segment reads as SIP (what waited was another protocol's).
            Some(mut waiting) if !looks_like_sip(&waiting.bytes) => {
                let rest = waiting.bytes.len();
                waiting.bytes.extend_from_slice(&record.bytes);
                if looks_like_sip(&waiting.bytes) || !looks_like_sip(&record.bytes) {
                    waiting
                } else {
                    waiting.bytes.truncate(rest);
                    record
                }
            }
            // A message starting while another waits for its rest: the same
            // segment again (a retransmission), or the rest was never printed.
            Some(waiting) if looks_like_sip(&record.bytes) => {
                if waiting.bytes.starts_with(&record.bytes) {
                    waiting
                } else {
                    self.incomplete(&waiting);
                    record
                }
            }
            Some(mut waiting) => {
                waiting.bytes.extend_from_slice(&record.bytes);
                waiting
            }
            None => record,
        };
        self.frame(key, stream);
    }

    /// Takes the whole messages at the front of a direction's bytes.
    fn frame(&mut self, key: (SocketAddr, SocketAddr), mut stream: SipRecord) {
        loop {
            if !looks_like_sip(&stream.bytes) && !stream.bytes.starts_with(b"\r\n") {
                if may_begin_sip(&stream.bytes) {
                    // A start line not yet whole (a read that ended inside it).
                    self.hold(key, stream);
                } else if self.exact {
                    let detail = format!("{} → {}: {} bytes", stream.src, stream.dst, stream.bytes.len());
                    (self.on_problem)(Problem { frame: stream.frame, kind: ProblemKind::TcpGap, detail });
                }
                return; // not SIP (or not from its start): nothing to frame
            }
            match parse(&stream.bytes, Framing::Stream) {
                Ok(Parsed::Complete(m)) => {
                    let used = m.consumed;
                    let rest = stream.bytes.split_off(used);
                    (self.on_record)(SipRecord { bytes: std::mem::replace(&mut stream.bytes, rest), ..stream });
                }
                Ok(Parsed::KeepAlive { consumed }) => {
                    stream.bytes.drain(..consumed);
                }
                Ok(Parsed::Partial) => {
                    if !stream.bytes.is_empty() {
                        self.hold(key, stream);
                    }
                    return;
                }
                Err(e) => {
                    let detail = e.detail();
                    return (self.on_problem)(Problem { frame: stream.frame, kind: ProblemKind::Unparsable, detail });
                }
            }
            if stream.bytes.is_empty() {
                return;
            }
        }
    }

    /// Keeps a direction's unframed bytes for its next segment; past
    /// [`MAX_HELD`] in all, those of the directions waiting longest (since
    /// their earliest frame) are given up, each said, down to half of it.
    fn hold(&mut self, key: (SocketAddr, SocketAddr), stream: SipRecord) {
        self.held += stream.bytes.len();
        self.streams.insert(key, stream);
        if self.held <= MAX_HELD {
            return;
        }
        let mut oldest: Vec<((SocketAddr, SocketAddr), u64)> =
            self.streams.iter().map(|(k, w)| (*k, w.frame)).collect();
        oldest.sort_by_key(|(_, frame)| *frame);
        for (key, _) in oldest {
            if self.held <= MAX_HELD / 2 {
                break;
            }
            if let Some(waiting) = self.streams.remove(&key) {
                self.held -= waiting.bytes.len();
                // (A start line never finished: as in `segment`.)
                if self.exact || looks_like_sip(&waiting.bytes) {
                    self.incomplete(&waiting);
                }
            }
        }
    }

    fn incomplete(&mut self, waiting: &SipRecord) {
        let detail = format!("{} → {}: {} bytes", waiting.src, waiting.dst, waiting.bytes.len());
        (self.on_problem)(Problem { frame: waiting.frame, kind: ProblemKind::TcpIncomplete, detail });
    }

    /// What the dump ended inside of.
    pub(crate) fn finish(mut self) {
        let mut waiting: Vec<SipRecord> = std::mem::take(&mut self.streams).into_values().collect();
        waiting.sort_by_key(|w| w.frame);
        // (A start line never finished: as above.)
        let exact = self.exact;
        for w in waiting.iter().filter(|w| exact || looks_like_sip(&w.bytes)) {
            self.incomplete(w);
        }
    }
}

/// Whether bytes may be the start of a SIP message whose start line has
/// not all come: no line end yet, a letter first (a method's, or `SIP`'s).
fn may_begin_sip(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|&b| b != b'\r' && b != b'\n').unwrap_or(bytes.len());
    let rest = &bytes[start..];
    rest.first().is_some_and(u8::is_ascii_alphabetic)
        && rest.len() < crate::sip::LIMITS.header_bytes
        && !rest.contains(&b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Vec<SipRecord>, Vec<Problem>)> {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        read_dump(text, &Arc::default(), &mut |r| records.push(r), &mut |p| problems.push(p))
            .then_some((records, problems))
    }

    fn addr(text: &str) -> SocketAddr {
        text.parse().unwrap_or(SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0))
    }

    const OPTIONS: &str = "OPTIONS sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK1\r\nCall-ID: c1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 4\r\n\r\nabcd";

    #[test]
    fn ngrep_packet_lines_in_every_form() {
        let line = ngrep_line("U 2024/05/01 12:00:00.250000 10.0.0.1:5060 -> 10.0.0.2:5080 #7").map(|p| p.time);
        assert_eq!(line, Some(Some(Stamp::At(1_714_564_800.25))));
        let tcp =
            ngrep_line("T +0.000192 [2001:db8::1]:5060 -> 2001:db8::2:5061 [AP] #3").map(|p| (p.src, p.dst, p.time));
        assert_eq!(tcp, Some((addr("[2001:db8::1]:5060"), addr("[2001:db8::2]:5061"), Some(Stamp::After(0.000192)))));
        let single = ngrep_line("U 10.0.0.1:5060 -> 10.0.0.2:5060 SIP/2.0 200 OK..Via: x").map(|p| p.inline);
        assert_eq!(single, Some("SIP/2.0 200 OK..Via: x"));
        let fragment = ngrep_line("U 192.0.2.1 -> 192.0.2.2 +4395@552:552 #2").map(|p| (p.fragment, p.src.port()));
        assert_eq!(fragment, Some((true, 0)));
        for export in [
            "2024/05/01 12:00:00.250000 10.0.0.1:5060 -> 10.0.0.2:5080",
            "2024-05-01 12:00:00.250 10.0.0.1:5060 -> 10.0.0.2:5080",
        ] {
            let sngrep = ngrep_line(export).map(|p| (p.transport, p.time));
            assert_eq!(sngrep, Some((Some(Transport::Log), Some(Stamp::At(1_714_564_800.25)))), "{export}");
        }
        for not in [
            "U 10.0.0.1:5060 to 10.0.0.2:5060",
            "Via: SIP/2.0/UDP 10.0.0.1:5060",
            "u 1.2.3.4:1 -> 1.2.3.4:2",
            "T",
            "2024 10.0.0.1:5060 -> 10.0.0.2:5080",
        ] {
            assert_eq!(ngrep_line(not), None, "{not}");
        }
    }

    #[test]
    fn tcpdump_packet_lines_in_every_form() {
        let cases = [
            ("12:00:00.250000 IP 10.0.0.1.5060 > 10.0.0.2.5080: UDP, length 470", Some(43_200.25), Some(470)),
            (
                "2024-05-01 12:00:00.250000 IP 10.0.0.1.5060 > 10.0.0.2.5080: SIP: INVITE sip:b@x SIP/2.0",
                Some(1_714_564_800.25),
                None,
            ),
            (
                "1714564800.250000 eth0 In IP 10.0.0.1.5060 > 10.0.0.2.5080: Flags [P.], seq 1:498, ack 1, length 497",
                Some(1_714_564_800.25),
                Some(497),
            ),
            ("IP6 2001:db8::1.5060 > 2001:db8::2.5080: UDP, length 12", None, Some(12)),
            ("12:00:00.250000 IP sbc.example.com.sip > 10.0.0.2.5080: UDP, length 9", Some(43_200.25), Some(9)),
        ];
        for (line, time, length) in cases {
            let packet = tcpdump_line(&[line]).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((packet.time, packet.length), (time.map(Stamp::At), length), "{line}");
            assert_eq!(packet.dst.port(), 5080, "{line}");
        }
        // -v: details first, the innermost addresses on the last indented line.
        let verbose = [
            "1714564800.25 IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 549)",
            "    10.99.0.1 > 10.99.0.2: GREv0, Flags [none], length 529",
            "\tIP (tos 0x0, ttl 64, id 2, offset 0, flags [DF], proto UDP (17), length 525)",
            "    10.0.0.1.5060 > 10.0.0.2.5080: UDP, length 497",
            "\tINVITE sip:b@x SIP/2.0",
        ];
        let packet = tcpdump_line(&verbose).map(|p| (p.src, p.transport, p.length, p.lines));
        assert_eq!(packet, Some((addr("10.0.0.1:5060"), Some(Transport::Udp), Some(497), 4)));
        for not in ["12:00:00 kamailio[42]: received from 10.0.0.1:5060", "IP address 10.0.0.1 > 10.0.0.2", "Via: x"] {
            assert_eq!(tcpdump_line(&[not]), None, "{not}");
        }
    }

    #[test]
    fn ngrep_dots_are_line_ends_after_the_texts_own() {
        let undone = |text: &str| String::from_utf8(undot(text)).unwrap_or_default();
        assert_eq!(
            undone("SIP/2.0 200 OK..Call-ID: a....CSeq: 1 BYE....v=0..s=-.."),
            "SIP/2.0 200 OK\r\nCall-ID: a..\r\nCSeq: 1 BYE\r\n\r\nv=0\r\ns=-\r\n"
        );
        assert_eq!(undone("To: <sip:b@example.com.>...From: x"), "To: <sip:b@example.com.>.\r\nFrom: x");
        assert_eq!(undone("Content-Length: 0...."), "Content-Length: 0\r\n\r\n");
    }

    #[test]
    fn tcp_payloads_are_joined_and_framed_per_direction() {
        let (head, tail) = OPTIONS.split_at(40);
        let byline = |text: &str| text.replace("\r\n", ".\n");
        let text = format!(
            "T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #1\n{}\n\nT 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #2\n{}\n\n\
T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #3\n{}\n\n",
            byline(head),
            byline(tail),
            byline(&OPTIONS[..60])
        );
        let third = text.lines().position(|l| l.ends_with("#3")).map_or(0, |at| at as u64 + 1);
        let (records, problems) = read(&text).unwrap_or_default();
        assert_eq!(records.len(), 1, "{problems:?}");
        assert_eq!(
            (records[0].frame, records[0].transport, records[0].bytes.as_slice()),
            (1, Transport::Tcp, OPTIONS.as_bytes())
        );
        // The third segment starts a message the dump never finishes.
        assert_eq!(
            problems.iter().map(|p| (p.frame, p.kind)).collect::<Vec<_>>(),
            [(third, ProblemKind::TcpIncomplete)]
        );
        // A segment printed twice (retransmitted) is taken once.
        let twice = format!("T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP]\n{0}\n\nT 10.0.0.1:5060 -> 10.0.0.2:5060 [AP]\n{0}\n\nT 10.0.0.1:5060 -> 10.0.0.2:5060 [AP]\n{1}\n", byline(head), byline(tail));
        let (records, problems) = read(&twice).unwrap_or_default();
        assert_eq!((records.len(), problems.len()), (1, 0), "{problems:?}");
        // A segment that ends inside the start line waits for its rest,
        // also where the rest reads as a start line (`TIONS sip:… SIP/2.0`).
        for at in [2, 12] {
            let (head, tail) = OPTIONS.split_at(at);
            let cut = format!(
                "T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #1\n{}\n\nT 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #2\n{}\n\n",
                byline(head),
                byline(tail)
            );
            let (records, problems) = read(&cut).unwrap_or_default();
            assert!(problems.is_empty(), "{at}: {problems:?}");
            assert_eq!(records.iter().map(|r| r.bytes.as_slice()).collect::<Vec<_>>(), [OPTIONS.as_bytes()], "{at}");
        }
        // Another protocol's bytes that never end a line are not SIP's
        // loss, nor do they hide the message after them.
        assert_eq!(ngrep_payload("", &["abcdef"]), b"abcdef");
        let junk = format!(
            "T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #1\nabcdef\n\nT 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #2\n{}\n\n",
            byline(OPTIONS)
        );
        let (records, problems) = read(&junk).unwrap_or_default();
        assert_eq!((records.len(), problems.len()), (1, 0), "{problems:?}");
    }

    #[test]
    fn silent_after_the_segment_that_ends_a_tcp_message_reads_it() {
        // ngrep -l: the writer falls silent after each packet. A segment that
        // ends a message begun in earlier ones is no message alone; with what
        // its direction sent before it (in the same part, or read in one
        // before), it ends one, which is read at once, not at the next packet.
        let (head, tail) = OPTIONS.split_at(40);
        let byline = |text: &str| text.replace("\r\n", ".\n");
        let (first, second) = (
            format!("T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #1\n{}\n\n", byline(head)),
            format!("T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #3\n{}\n\n", byline(tail)),
        );
        let other = format!("U 10.0.0.3:5060 -> 10.0.0.4:5060 #2\n{}\n\n", byline(&OPTIONS.replace("TCP", "UDP")));
        let count = |text: &str| text.lines().count();
        let form = text_form(&first).unwrap_or_else(|| panic!("not a text dump"));
        let mut read = Vec::new();
        {
            let (mut on_record, mut on_problem) = (|r: SipRecord| read.push(r.frame), |_| {});
            let mut dump = TextDump::new(form, &mut on_record, &mut on_problem);
            assert_eq!(dump.feed(&first, After::Silence), 0, "the first segment waits");
            assert_eq!(dump.feed(&format!("{first}{second}"), After::Silence), count(&first) + count(&second));
        }
        assert_eq!(read, [1], "the message, from its first segment's line");
        read.clear();
        {
            let (mut on_record, mut on_problem) = (|r: SipRecord| read.push(r.frame), |_| {});
            let mut dump = TextDump::new(form, &mut on_record, &mut on_problem);
            // The first segment read before (more followed), unframed.
            assert_eq!(dump.feed(&format!("{first}{other}"), After::More), count(&first));
            assert_eq!(dump.feed(&format!("{other}{second}"), After::Silence), count(&other) + count(&second));
        }
        let other_line = count(&first) as u64 + 1;
        assert_eq!(read, [other_line, 1], "each message, at its first line");
    }

    #[test]
    fn relative_times_count_from_the_first_or_the_previous_packet() {
        let mut between = Clock::default();
        let times: Vec<f64> =
            [4_294_935_028.5, 0.25, 0.5].iter().map(|&d| between.time(Some(Stamp::After(d)))).collect();
        assert_eq!(times, [0.0, 0.25, 0.75], "-T: each since the one before");
        let mut since_first = Clock::default();
        let times: Vec<f64> = [0.0, 0.25, 0.5].iter().map(|&d| since_first.time(Some(Stamp::After(d)))).collect();
        assert_eq!(times, [0.0, 0.25, 0.5], "-TT: each since the first");
    }

    #[test]
    fn other_text_is_not_a_dump_and_other_payloads_are_skipped() {
        assert!(read("INVITE sip:b@x SIP/2.0\nCall-ID: a\n\n").is_none());
        assert!(read("[2024-05-01 12:00:00] received from UDP:10.0.0.1:5060\n").is_none());
        // RTP and DNS in a dump are not SIP: nothing read, nothing reported.
        let (records, problems) =
            read("U 10.0.0.1:4000 -> 10.0.0.2:4002 #1\n.....x......\n\nU 10.0.0.1:53 -> 10.0.0.2:53\nabc\n")
                .unwrap_or_default();
        assert_eq!((records.len(), problems.len()), (0, 0));
    }

    /// `text` fed a datagram at a time (its packet and fragments), each fed
    /// as the text's end, so that nothing is held back.
    fn read_packet_by_packet(text: &str) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let (tool, timed) = text_form(text).unwrap_or_else(|| panic!("not a text dump"));
        let (mut on_record, mut on_problem) = (|r| records.push(r), |p| problems.push(p));
        let mut dump = TextDump::new((tool, timed), &mut on_record, &mut on_problem);
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let trimmed: Vec<&str> = text.lines().collect();
        let begins = |i: usize| {
            match tool {
                Tool::Ngrep => ngrep_line(trimmed[i]),
                Tool::Tcpdump => tcpdump_line(&trimmed[i..]),
            }
            .is_some_and(|p| p.time.is_some() == timed && !p.fragment)
        };
        let mut from = 0;
        for i in (1..lines.len()).filter(|&i| begins(i)).chain([lines.len()]) {
            let datagram = lines[from..i].concat();
            assert_eq!(dump.feed(&datagram, After::End), i - from);
            from = i;
        }
        dump.finish();
        (records, problems)
    }

    #[test]
    fn a_text_dump_read_a_packet_at_a_time_gives_what_it_gives_whole() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dumps");
        let mut read_so = 0;
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if !matches!(crate::log::part_form(&text), Some(crate::log::PartForm::Dump(..))) {
                continue;
            }
            read_so += 1;
            let whole = read(&text).unwrap_or_else(|| panic!("{}", path.display()));
            assert!(!whole.0.is_empty(), "{}", path.display());
            assert_eq!(read_packet_by_packet(&text), whole, "{}, a packet at a time", path.display());
        }
        // ngrep's three forms, sngrep's export, tcpdump -A with and without -v.
        assert!(read_so >= 8, "{read_so} dumps");
    }

    #[test]
    fn a_dump_that_ends_inside_a_packet_reads_it_as_far_as_printed_and_says_so() {
        // ngrep killed before it wrote its buffer out, a dump copied in part.
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dumps/basic-call.ngrep-byline.txt");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
        let (whole, said) = read(&text).unwrap_or_else(|| panic!("not a dump"));
        assert!(said.is_empty(), "{said:?}");
        let lines: Vec<&str> = text.lines().collect();
        let last_line = lines.iter().rposition(|l| l.starts_with("U ")).unwrap_or(0) as u64 + 1;
        // Cut inside its last message's header fields, and inside the INVITE's body.
        let cut_at = |needle: &str, nth: usize| text.match_indices(needle).nth(nth).map_or(0, |(at, _)| at);
        let invite_line = text.lines().position(|l| l.starts_with("U ")).unwrap_or(0) as u64 + 1;
        for (cut, line) in [(cut_at("Call-ID", 5), last_line), (cut_at("m=audio", 0), invite_line)] {
            let (records, problems) = read(&text[..cut]).unwrap_or_else(|| panic!("not a dump"));
            assert_eq!(
                problems.iter().map(|p| (p.frame, p.kind)).collect::<Vec<_>>(),
                [(line, ProblemKind::DamagedFile)]
            );
            let read_cut = records.last().filter(|r| r.cut && r.frame == line);
            assert!(read_cut.is_some_and(|r| r.message().is_some()), "read as far as printed: {records:?}");
            assert!(records.len() <= whole.len());
        }
    }

    #[test]
    fn what_a_part_holds_back_is_bounded() {
        let packet = "U 2024/05/01 12:00:00.250000 10.0.0.1:5060 -> 10.0.0.2:5060 #1\n";
        let mut on_record = |_| {};
        let mut on_problem = |_| {};
        let form = text_form(packet).unwrap_or_else(|| panic!("not a text dump"));
        let mut dump = TextDump::new(form, &mut on_record, &mut on_problem);
        // A packet's lines are held back, to go on in the next part.
        let text = format!("{packet}OPTIONS sip:b@example.com SIP/2.0.\n");
        assert_eq!(dump.feed(&text, After::More), 0);
        // Past what any packet prints, they are read as they are.
        let long =
            format!("{packet}{}", "x".repeat(70).repeat(crate::log::MAX_HELD_TEXT / 70 + 1).replace("xx", "x\n"));
        assert_eq!(dump.feed(&long, After::More), long.lines().count());
        // Without a packet line, a few lines are held back for one to come.
        let junk = "junk\n".repeat(100);
        assert_eq!(dump.feed(&junk, After::More), 100 - HELD_LINES);
        assert_eq!(dump.feed(&junk, After::End), 100);
    }
}
