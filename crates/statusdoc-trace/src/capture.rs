//! Reading pcap and pcapng captures into SIP records, streaming: the file is
//! read block by block, never whole.

use std::collections::hash_map::Entry;
use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use etherparse::defrag::IpDefragPool;
use etherparse::{EtherType, LaxNetSlice, NetSlice, SlicedPacket, TransportSlice, UdpSlice};
use pcap_parser::data::{get_packetdata, PacketData};
use pcap_parser::pcapng::build_ts_resolution;
use pcap_parser::{create_reader, Block, Linktype, PcapBlockOwned, PcapError};

use crate::acdr;
use crate::esp;
use crate::hep;
use crate::model::FastMap;
use crate::record::{Problem, ProblemKind, SipRecord, Transport, Unreachable};
use crate::sctp;
use crate::sip::{frame_stream, Framed};
use crate::tcp::{Outcome, Stream};
use crate::tunnel;
use crate::websocket::{self, Event, Handshake, WebSocket};
use crate::{erf, exported_pdu};
use crate::{looks_like_sip, parse, wlan, Framing, Parsed};

/// Largest capture read buffer; a block larger than this is reported, not read.
pub const BLOCK_BUFFER: usize = 4 * 1024 * 1024;

/// The capture read buffer to begin with, doubled (up to [`BLOCK_BUFFER`])
/// for a block that does not fit: many inputs read together (a ring
/// buffer's files) each hold one, and a larger one reads no faster.
const FIRST_BLOCK_BUFFER: usize = 128 * 1024;
/// How long unfinished IP fragments are kept, in seconds of capture time.
pub const FRAGMENT_TIMEOUT: f64 = 30.0;

/// How long a TCP connection may stay silent, in seconds of capture time,
/// before it is forgotten (what it left unfinished is reported): memory
/// follows the connections in use, not every connection the capture saw.
/// Longer than the keep-alive intervals SIP uses over TCP (RFC 5626 §4.4.1).
pub const STREAM_IDLE_TIMEOUT: f64 = 300.0;

/// How long a connection whose reading needs what came before may stay
/// silent (TLS being decrypted: its keys and record numbers; WebSocket: its
/// framing and decompressor): as long as an established call may, since its
/// BYE comes on the connection its INVITE came on. While more than three
/// quarters of [`MAX_TLS_CONNECTIONS`] (TLS), or half of
/// [`MAX_CONNECTION_BYTES`] (all), are held, one silent for
/// [`STREAM_IDLE_TIMEOUT`] is forgotten, so that new connections find room.
pub const STATEFUL_IDLE_TIMEOUT: f64 = 4.0 * 3600.0;

/// Ports where TLS is taken to carry SIP: sips (RFC 3261 §26.2.2), and the
/// defaults of FreeSWITCH's external TLS profile (5081) and of the secure
/// WebSocket listeners of FreeSWITCH (7443) and Asterisk (8089), where
/// WebRTC clients connect. TLS elsewhere (443 included) is any service's.
const SIP_TLS_PORTS: [u16; 4] = [5061, 5081, 7443, 8089];

type FlowKey = (SocketAddr, SocketAddr);

/// Reads until `buffer` is full or the input ends (or fails): how many
/// bytes were read.
fn read_full(input: &mut impl Read, buffer: &mut [u8]) -> usize {
    let mut filled = 0;
    while filled < buffer.len() {
        match input.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    filled
}

/// The start of a snoop file (RFC 1761).
pub(crate) const SNOOP_MAGIC: &[u8] = b"snoop\0\0\0";

/// A pcapng Decryption Secrets Block of TLS secrets (`TLSK`: an NSS key log).
const TLS_KEY_LOG: u32 = 0x544c_534b;

/// Most TLS connections decrypted at once; past it, a new one is reported as
/// TLS that cannot be read.
const MAX_TLS_CONNECTIONS: usize = 4_096;

/// A TLS connection being decrypted: its state, and each side's TCP bytes
/// put in order (the plaintext is framed in the connection's usual streams).
#[derive(Debug, Default)]
struct TlsFlow {
    connection: crate::tls::Connection,
    /// What the lower address, then the higher, sent.
    cipher: [Stream; 2],
    last_time: f64,
    last_frame: u64,
}

impl TlsFlow {
    /// What it is counted as holding (see [`MAX_CONNECTION_BYTES`]).
    fn held(&self) -> usize {
        self.cipher[0].held() + self.cipher[1].held() + self.connection.held() + CONNECTION_OVERHEAD
    }
}

/// Most memory held for TCP connections at once (plain and TLS): their
/// buffered and stashed bytes, plus [`CONNECTION_OVERHEAD`] for each. Past
/// it, the connections idle longest are forgotten early (what they left
/// unfinished is reported): a capture of very many connections, each
/// waiting for bytes that never come, stays within it.
const MAX_CONNECTION_BYTES: usize = 256 * 1024 * 1024;

/// What one connection is counted as holding besides its bytes: its entry
/// and state (its map entry, a map node when segments wait), so that
/// connections holding nothing are bounded too (about half a million).
const CONNECTION_OVERHEAD: usize = 512;

/// A TCP gap of `bytes` between `src` and `dst`, as reported.
fn gap(src: SocketAddr, dst: SocketAddr, bytes: impl std::fmt::Display) -> (ProblemKind, String) {
    (ProblemKind::TcpGap, format!("{src} → {dst}: {bytes} bytes"))
}

/// Decrypts what `src` sent on a TLS connection, its bytes in order:
/// the plaintext, and what to say of the connection in `problems`.
fn tls_plaintext(
    connection: &mut crate::tls::Connection,
    (src, dst): FlowKey,
    bytes: &[u8],
    keys: &crate::tls::KeyLog,
    problems: &mut Vec<(ProblemKind, String)>,
) -> Vec<u8> {
    let on_tls_port = SIP_TLS_PORTS.contains(&src.port()) || SIP_TLS_PORTS.contains(&dst.port());
    let mut plain = Vec::new();
    for read in connection.read(src, bytes, keys) {
        let (kind, detail) = match read {
            crate::tls::Read::Plain(bytes) => {
                plain = bytes;
                continue;
            }
            // A connection of another service, whose secrets no one gave.
            crate::tls::Read::NoKeys if !on_tls_port => continue,
            // Secrets were given (or the connection would not be read
            // here), but none of this session's.
            crate::tls::Read::NoKeys => (ProblemKind::TlsNoSecrets, format!("{src} → {dst}")),
            crate::tls::Read::Unsupported(what) => (ProblemKind::TlsUnsupported, format!("{src} → {dst}: {what}")),
            crate::tls::Read::Undecryptable => (ProblemKind::TlsUndecryptable, format!("{src} → {dst}")),
            // Bytes after a loss that could not be read either.
            crate::tls::Read::Skipped(bytes) => gap(src, dst, bytes),
        };
        problems.push((kind, detail));
    }
    plain
}

/// What a stream holds once its whole messages are read out; an empty one
/// keeps no buffer (connections idle for up to STREAM_IDLE_TIMEOUT are
/// many: a connection per call, on some trunks).
fn read_out(stream: &mut Stream) -> usize {
    if stream.buffer.is_empty() {
        stream.buffer = Vec::new();
    }
    counted(stream)
}

/// What a plain connection's direction is counted as holding.
fn counted(stream: &Stream) -> usize {
    stream.held() + stream.websocket.as_ref().map_or(0, |ws| ws.held()) + CONNECTION_OVERHEAD
}

/// The entry for `key`, made if new, and what it was counted as holding
/// before (nothing, when new): what a segment then adds is counted after.
fn entry_counted<V: Default>(
    map: &mut FastMap<FlowKey, V>,
    key: FlowKey,
    held: impl Fn(&V) -> usize,
) -> (&mut V, usize) {
    match map.entry(key) {
        Entry::Occupied(entry) => {
            let value = entry.into_mut();
            let before = held(value);
            (value, before)
        }
        Entry::Vacant(entry) => (entry.insert(V::default()), 0),
    }
}

/// TLS connections reported as not readable, remembered at once (so that
/// each is reported once); past it, the older half is forgotten.
const MAX_TLS_REPORTED: usize = 65_536;

/// Fragmented IP datagrams put together at once (each up to 64 KiB); past
/// it, a new one is reported instead of kept.
const MAX_OPEN_FRAGMENTS: usize = 4_096;

/// A datagram whose fragments are being put together.
#[derive(Clone, Copy)]
struct OpenFragments {
    /// The frame of its first fragment seen.
    first: u64,
    /// When its first fragment was seen.
    time: f64,
    /// A fragment of it did not fit with the others (and that was said).
    refused: bool,
}

/// Apple's PKTAP link type (LINKTYPE_PKTAP).
const PKTAP: Linktype = Linktype(258);

/// Point-to-point links and the capture devices of BSD and Solaris firewalls
/// (see [`point_to_point`]).
const PPP: Linktype = Linktype(9);
const PPP_HDLC: Linktype = Linktype(50);
const PPP_ETHER: Linktype = Linktype(51);
const C_HDLC: Linktype = Linktype(104);
const ENC: Linktype = Linktype(109);
const PFLOG: Linktype = Linktype(117);
const IPNET: Linktype = Linktype(226);
const JUNIPER_PPPOE: Linktype = Linktype(167);
const JUNIPER_ETHER: Linktype = Linktype(178);
const JUNIPER_PPP: Linktype = Linktype(179);
const JUNIPER_CHDLC: Linktype = Linktype(181);

/// The IP packet a frame of these link types carries: PPP (RFC 1661; with
/// or without HDLC's address and control bytes, RFC 1662; its protocol
/// field compressed to one byte too), a PPPoE session (RFC 2516), Cisco
/// HDLC (router serial links), OpenBSD's `enc0` (IPsec as it is decrypted),
/// pf's log (`pflog0`, BSD firewalls), Solaris' `ipnet`, and a Juniper
/// router's capture of such a link or of Ethernet (`monitor traffic …
/// write-file`: its header, `juniper`). `None` when the
/// link type is none of these; `Some(None)` for a frame that is not IP
/// (link control, keep-alives): not SIP's business.
fn point_to_point(linktype: Linktype, data: &[u8]) -> Option<Option<Carried<'_>>> {
    fn ip(v4: bool, v6: bool, packet: &[u8]) -> Option<Carried<'_>> {
        match (v4, v6) {
            (true, _) => Some(Carried::Ip(EtherType::IPV4, packet)),
            (_, true) => Some(Carried::Ip(EtherType::IPV6, packet)),
            _ => None,
        }
    }
    // PPP's protocol numbers for IPv4 and IPv6, in one byte or two.
    fn ppp(packet: &[u8]) -> Option<Carried<'_>> {
        match packet {
            [0x00, 0x21, rest @ ..] | [0x21, rest @ ..] => ip(true, false, rest),
            [0x00, 0x57, rest @ ..] | [0x57, rest @ ..] => ip(false, true, rest),
            _ => None,
        }
    }
    // "MGC", flags, extensions when flagged (their total length first),
    // then the interface's frame, or (its layer 2 header stripped) a
    // protocol number and the IP packet, told by its version.
    fn juniper(linktype: Linktype, data: &[u8]) -> Option<Carried<'_>> {
        const EXTENSIONS: u8 = 0x80;
        const NO_LAYER_2: u8 = 0x02;
        let [b'M', b'G', b'C', flags, rest @ ..] = data else { return None };
        let frame = match rest {
            [high, low, extensions @ ..] if flags & EXTENSIONS != 0 => {
                extensions.get(usize::from(u16::from_be_bytes([*high, *low]))..)?
            }
            _ if flags & EXTENSIONS != 0 => return None,
            _ => rest,
        };
        if flags & NO_LAYER_2 != 0 {
            let packet = frame.get(4..)?;
            let version = packet.first()? >> 4;
            return ip(version == 4, version == 6, packet);
        }
        match linktype {
            // Two bytes of Juniper's before the PPP frame.
            JUNIPER_PPP => point_to_point(PPP, frame.get(2..)?).flatten(),
            JUNIPER_CHDLC => point_to_point(C_HDLC, frame).flatten(),
            _ => Some(Carried::ethernet(frame)),
        }
    }
    // BSD's address families for IPv6 differ by system; IPv4's is 2.
    let inet6 = |family: u32| matches!(family, 24 | 28 | 30);
    Some(match (linktype, data) {
        (PPP | PPP_HDLC, [0xff, 0x03, rest @ ..]) => ppp(rest),
        (PPP, _) => ppp(data),
        (PPP_ETHER, [_, 0x00, _, _, _, _, rest @ ..]) => ppp(rest), // a session's data (code 0)
        (C_HDLC, [0x0f | 0x8f, 0x00, a, b, rest @ ..]) => {
            let ethertype = u16::from_be_bytes([*a, *b]);
            ip(ethertype == 0x0800, ethertype == 0x86dd, rest)
        }
        // A 12-byte header: the address family in the capturing host's order.
        (ENC, [a, b, c, d, _, _, _, _, _, _, _, _, rest @ ..]) => {
            let (le, be) = (u32::from_le_bytes([*a, *b, *c, *d]), u32::from_be_bytes([*a, *b, *c, *d]));
            ip(le == 2 || be == 2, inet6(le) || inet6(be), rest)
        }
        // Its header's length first, the address family next; the packet
        // after the header, padded to four bytes.
        (PFLOG, [length, family, ..]) => match data.get(usize::from(*length).next_multiple_of(4)..) {
            Some(rest) if *length >= 4 => ip(*family == 2, inet6(u32::from(*family)), rest),
            _ => None,
        },
        // A 24-byte header, the address family second (2 IPv4, 26 IPv6).
        (IPNET, [_, family, ..]) => ip(*family == 2, *family == 26, data.get(24..).unwrap_or_default()),
        (JUNIPER_PPPOE | JUNIPER_ETHER | JUNIPER_PPP | JUNIPER_CHDLC, _) => juniper(linktype, data),
        (PPP_HDLC | PPP_ETHER | C_HDLC | ENC | PFLOG | IPNET, _) => None,
        _ => return None,
    })
}

/// IEEE 802.11 frames, and the capture drivers' headers before them
/// (radiotap, PPI, Prism, AVS): see wlan.rs.
const IEEE802_11: Linktype = Linktype(105);
const PRISM: Linktype = Linktype(119);
const RADIOTAP: Linktype = Linktype(127);
const AVS: Linktype = Linktype(163);
const PPI: Linktype = Linktype(192);

/// Reads a capture and hands each SIP record and problem to the callbacks.
pub struct CaptureReader<'c> {
    on_record: Box<dyn FnMut(SipRecord) + 'c>,
    on_problem: Box<dyn FnMut(Problem) + 'c>,
    // Hashed fast (a lookup per TCP segment): SipHash was 6 % of a TCP capture.
    // Boxed: a trunk with a connection per call keeps hundreds of thousands,
    // and the table, twice over while it grows, held each whole (1 GB over
    // TCP peaked at 214 MB, boxed 160 MB).
    streams: FastMap<FlowKey, Box<Stream>>,
    /// TLS connections already reported, and when each was last seen.
    tls_reported: FastMap<FlowKey, f64>,
    /// Session secrets: given, and from the capture's own secrets blocks.
    tls_keys: Arc<crate::tls::KeyLog>,
    /// TLS connections being decrypted, by their two ends in order.
    tls: FastMap<FlowKey, TlsFlow>,
    defrag: IpDefragPool<f64, ()>,
    /// The packet being read was cut by the capture's snap length.
    cut: bool,
    /// The capture is read as it is written ([`CaptureReader::live`]).
    live: bool,
    /// The IPv4 identification of the packet whose UDP is being read (0:
    /// none, or IPv6, or a reassembled datagram).
    ip_id: u16,
    /// SIP datagrams read lately, to tell a packet captured twice.
    seen: SeenDatagrams,
    /// Packets captured twice: the first copy's frame, and how many.
    copies: Option<(u64, u64)>,
    /// Fragmented datagrams still being put together: id → (first frame, time).
    open_fragments: FastMap<(IpAddr, IpAddr, u32), OpenFragments>,
    /// Datagrams put together lately: when, and whether they carried SIP. A
    /// fragment of one within [`COPY_WINDOW`] is a copy (captured twice),
    /// not the start of another datagram that never ends.
    reassembled: FastMap<(IpAddr, IpAddr, u32), (f64, bool)>,
    /// SCTP user messages still being put together, per stream: their
    /// first frame and bytes so far.
    sctp_messages: FastMap<(SocketAddr, SocketAddr, u16), (u64, Vec<u8>)>,
    /// Their bytes, in all.
    sctp_buffered: usize,
    /// What each direction of an association sent, by its ports and
    /// verification tag: DATA chunks the capture dropped.
    sctp_sent: FastMap<(u16, u16, u32), sctp::Sent>,
    /// The direction last seen sending DATA between two ports, for the
    /// SACKs coming back.
    sctp_by_ports: FastMap<(u16, u16), (u16, u16, u32)>,
    packets_since_sweep: usize,
    /// Packets since idle connections were last looked for, and after how
    /// many they are looked for again.
    packets_since_connection_sweep: usize,
    connection_sweep_every: usize,
    /// Memory held for TCP connections, counted as [`MAX_CONNECTION_BYTES`] says.
    connection_bytes: usize,
    /// The most it may be (a field, so that tests may lower it).
    max_connection_bytes: usize,
    connections_limit_reported: bool,
    /// Link types already reported as not read: each once, not per packet.
    unsupported_link_types: Vec<u16>,
    /// 802.11 data frames encrypted on the air: the first one's frame, and
    /// how many (reported once, when the capture ends).
    wlan_protected: Option<(u64, u64)>,
    /// IPsec ESP packets whose content is encrypted: the first one's frame,
    /// and how many (reported once, when the capture ends).
    esp_encrypted: Option<(u64, u64)>,
    /// The last exported PDU read (time, addresses, a hash of its bytes).
    last_exported: Option<(f64, SocketAddr, SocketAddr, u64)>,
    /// Added to the number of each frame of the capture being read: its
    /// input's place, of several files read in turn ([`CaptureReader::read_next`]).
    frame_base: u64,
    /// Only when the packets were captured is looked at, the earliest and
    /// the latest ([`CaptureReader::span`]).
    span: Option<(f64, f64)>,
}

/// The largest SCTP user message put together: a SIP message's limits.
const MAX_SCTP_MESSAGE: usize = crate::sip::LIMITS.header_bytes + crate::sip::LIMITS.body_bytes;

/// SCTP user messages put together at once, at most, and their bytes in
/// all: past either, a message is reported instead of kept.
const MAX_SCTP_MESSAGES: usize = 1024;
const MAX_SCTP_BYTES: usize = 16 * 1024 * 1024;

/// SCTP association directions whose DATA chunks are counted, at most (a
/// few hundred bytes each, more while chunks are missing).
const MAX_SCTP_ASSOCIATIONS: usize = 4096;

/// Passes a capture through, but ends a pcapng stream before a block whose
/// stated length no block can have (under 12 bytes, or not a multiple of
/// 4, pcapng §3.1), and says so in `cut`: pcap-parser 0.17 subtracts 12
/// from that length after checking it only against the block's own header,
/// which is smaller for some blocks. Other captures pass untouched.
struct BlockGuard<R> {
    inner: R,
    /// Bytes passed on so far.
    passed: u64,
    /// Where the next block begins (`u64::MAX` once the stream is not pcapng).
    next_block: u64,
    /// The first bytes of the block being looked at.
    header: Vec<u8>,
    big_endian: bool,
    cut: Arc<AtomicBool>,
    /// Reads asked for so far (up to 2).
    reads: u8,
    /// Where the file header ends, once known (0 before).
    header_end: u64,
}

impl<R> BlockGuard<R> {
    fn new(inner: R, cut: Arc<AtomicBool>) -> BlockGuard<R> {
        let header = Vec::with_capacity(12);
        BlockGuard { inner, passed: 0, next_block: 0, header, big_endian: false, cut, reads: 0, header_end: 0 }
    }
}

const PCAPNG_SECTION: [u8; 4] = [0x0a, 0x0d, 0x0d, 0x0a];

impl<R: Read> Read for BlockGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.cut.load(Ordering::Relaxed) {
            return Ok(0);
        }
        // pcap-parser reads a second time before it looks at the first
        // read's bytes. A capture piped in as it is made (`tcpdump -w -`)
        // may send nothing more for minutes: when the first read brought the
        // whole file header, that read is answered at once with nothing,
        // which pcap-parser takes for no more yet, not for the end.
        self.reads = self.reads.saturating_add(1);
        if self.reads == 2 && self.header_end > 0 && self.passed >= self.header_end {
            return Ok(0);
        }
        let n = self.inner.read(buf)?;
        let mut at = 0;
        while at < n {
            let offset = self.passed + at as u64;
            if offset < self.next_block {
                at += usize::try_from(self.next_block - offset).map_or(n - at, |skip| skip.min(n - at));
                continue;
            }
            self.header.push(buf[at]);
            at += 1;
            let section = self.header.get(..4).map(|kind| kind == PCAPNG_SECTION);
            if offset == 3 && section == Some(false) {
                self.next_block = u64::MAX; // not pcapng: nothing to guard
                self.header_end = 24; // a classic pcap's header
                continue;
            }
            // A section header says its byte order after its length.
            let need = if section == Some(true) { 12 } else { 8 };
            if self.header.len() < need {
                continue;
            }
            if section == Some(true) {
                self.big_endian = self.header[8..12] == [0x1a, 0x2b, 0x3c, 0x4d];
            }
            let length = [self.header[4], self.header[5], self.header[6], self.header[7]];
            let length =
                u64::from(if self.big_endian { u32::from_be_bytes(length) } else { u32::from_le_bytes(length) });
            let start = offset + 1 - need as u64;
            self.header.clear();
            if length < 12 || length % 4 != 0 {
                self.cut.store(true, Ordering::Relaxed);
                let kept = usize::try_from(start.saturating_sub(self.passed)).unwrap_or(0).min(n);
                self.passed += kept as u64;
                return Ok(kept);
            }
            self.next_block = start + length;
            if start == 0 {
                self.header_end = length; // pcapng's: its first block
            }
        }
        self.passed += n as u64;
        Ok(n)
    }
}

/// Where a packet's network layer is: IP of an ethertype, or an Ethernet
/// frame. Also what an Ethernet frame carries where etherparse stops: a
/// PPPoE session (RFC 2516) or an MPLS label stack (RFC 3032), behind any
/// VLAN tags.
#[derive(Clone, Copy)]
enum Carried<'a> {
    Ip(EtherType, &'a [u8]),
    /// An Ethernet pseudowire over MPLS (RFC 4448): a whole frame.
    Ethernet(&'a [u8]),
}

fn carried(frame: &[u8]) -> Option<Carried<'_>> {
    let mut at = 12;
    while matches!(frame.get(at..at + 2)?, [0x81, 0x00] | [0x88, 0xa8] | [0x91, 0x00]) {
        at += 4;
    }
    match frame.get(at..at + 2)? {
        [0x88, 0x64] => {
            let ppp = at + 2 + 6;
            let ethertype = match frame.get(ppp..ppp + 2)? {
                [0x00, 0x21] => EtherType::IPV4,
                [0x00, 0x57] => EtherType::IPV6,
                _ => return None,
            };
            Some(Carried::Ip(ethertype, frame.get(ppp + 2..)?))
        }
        [0x88, 0x47] | [0x88, 0x48] => {
            // Labels of four bytes up to the one marked bottom of stack.
            let mut label = at + 2;
            while frame.get(label + 2)? & 0x01 == 0 {
                label += 4;
            }
            let payload = frame.get(label + 4..)?;
            // No protocol field: the first nibble tells IP from a
            // pseudowire's control word (RFC 4385), which is zero.
            match payload.first()? >> 4 {
                4 => Some(Carried::Ip(EtherType::IPV4, payload)),
                6 => Some(Carried::Ip(EtherType::IPV6, payload)),
                0 => Some(Carried::Ethernet(payload.get(4..)?)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether bytes carry nothing but keep-alives: line ends (RFC 5626
/// §4.4.1), the spaces or zero bytes some agents send to keep a NAT
/// binding open.
fn is_keep_alive(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t' | 0))
}

/// What the front of a TCP stream holds.
enum Next {
    /// A message of this many bytes (leading blank lines included).
    Message(usize),
    /// Blank lines between messages, this many bytes.
    KeepAlive(usize),
    /// Not all of a message yet.
    Partial,
    /// A message that cannot be read: why.
    Unparsable(String),
}

/// Longest last line kept while looking for a message start (a start line
/// that the next segment may complete).
const MAX_START_LINE: usize = 8 * 1024;

/// Where the first line that starts a SIP message begins in `buffer`, which
/// does not start with one: `(offset, true)`; or, when none does yet, how
/// many bytes to drop, keeping a last line that may be the start of one.
fn next_message_start(buffer: &[u8]) -> (usize, bool) {
    if let Some(header) = proxy_header(buffer) {
        return (header, true);
    }
    for newline in memchr::memchr_iter(b'\n', buffer) {
        if looks_like_sip(&buffer[newline + 1..]) {
            return (newline + 1, true);
        }
    }
    // Kept only if it can still become a start line: short, and text (a
    // binary stream keeps nothing, whatever the number of connections).
    let last_line = memchr::memrchr(b'\n', buffer).map_or(0, |at| at + 1);
    let tail = &buffer[last_line..];
    let text = tail.iter().all(|&b| matches!(b, b' '..=b'~' | b'\r' | b'\t'));
    if tail.len() > MAX_START_LINE || !text {
        (buffer.len(), false)
    } else {
        (last_line, false)
    }
}

/// The length of a PROXY protocol header (v1 text or v2 binary, as load
/// balancers put before a connection's first bytes), once it has arrived.
fn proxy_header(buffer: &[u8]) -> Option<usize> {
    const V2: &[u8] = b"\r\n\r\n\0\r\nQUIT\n";
    if buffer.starts_with(b"PROXY ") {
        return memchr::memchr(b'\n', &buffer[..buffer.len().min(108)]).map(|end| end + 1);
    }
    if buffer.starts_with(V2) {
        let len = u16::from_be_bytes([*buffer.get(14)?, *buffer.get(15)?]);
        return Some(16 + usize::from(len)).filter(|&end| end <= buffer.len());
    }
    None
}

impl<'a> Carried<'a> {
    /// An Ethernet frame, PPPoE sessions and MPLS included.
    fn ethernet(bytes: &'a [u8]) -> Carried<'a> {
        carried(bytes).unwrap_or(Carried::Ethernet(bytes))
    }

    fn sliced(&self) -> Result<SlicedPacket<'a>, etherparse::err::packet::SliceError> {
        match *self {
            Carried::Ip(ethertype, ip) => SlicedPacket::from_ether_type(ethertype, ip),
            Carried::Ethernet(frame) => SlicedPacket::from_ethernet(frame),
        }
    }

    /// Sliced leniently, lengths that do not agree with what is there
    /// taken from what is there (see [`CaptureReader::cut_ip`]).
    fn lax(&self) -> Option<etherparse::LaxSlicedPacket<'a>> {
        match *self {
            Carried::Ip(ethertype, ip) => Some(etherparse::LaxSlicedPacket::from_ether_type(ethertype, ip)),
            Carried::Ethernet(frame) => etherparse::LaxSlicedPacket::from_ethernet(frame).ok(),
        }
    }
}

/// The addresses and payload of the usual frame — Ethernet II, IPv4
/// without options or fragments, UDP whose length fills the packet — read
/// from fixed offsets. Any other frame is `None` and goes to etherparse,
/// which gives the same for these (a test checks it); here it costs a few
/// comparisons instead of a general slicing, for most packets of a capture.
fn plain_udp(frame: &[u8]) -> Option<(SocketAddr, SocketAddr, &[u8])> {
    let be16 = |at: usize| frame.get(at..at + 2).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])));
    const IP: usize = 14;
    const UDP: usize = IP + 20;
    if frame.get(12..15)? != [0x08, 0x00, 0x45] || frame.get(IP + 9)? != &17 || be16(IP + 6)? & 0x3fff != 0 {
        return None;
    }
    let total = be16(IP + 2)?;
    let udp_len = be16(UDP + 4)?;
    if total < 28 || IP + total > frame.len() || udp_len != total - 20 {
        return None;
    }
    let address = |at: usize, port: usize| {
        let ip = std::net::Ipv4Addr::new(frame[at], frame[at + 1], frame[at + 2], frame[at + 3]);
        Some(SocketAddr::from((ip, u16::try_from(be16(port)?).ok()?)))
    };
    Some((address(IP + 12, UDP)?, address(IP + 16, UDP + 2)?, frame.get(UDP + 8..IP + total)?))
}

/// Reads every whole message now in a stream's buffer into `records`, each
/// at `frame` and `time` (of the segment that completed it), saying in
/// `problems` what cannot be read.
fn read_messages(
    stream: &mut Stream,
    (frame, time): (u64, f64),
    (src, dst): (SocketAddr, SocketAddr),
    transport: Transport,
    records: &mut Vec<SipRecord>,
    problems: &mut Vec<(ProblemKind, String)>,
) {
    loop {
        if stream.buffer.is_empty() {
            break;
        }
        if let Some(websocket) = stream.websocket.as_mut() {
            for event in websocket.read(&mut stream.buffer) {
                let (kind, detail) = match event {
                    Event::Sip(bytes) => {
                        stream.carried_sip = true;
                        records.push(SipRecord { frame, time, src, dst, transport: Transport::Ws, bytes, cut: false });
                        continue;
                    }
                    Event::NotSip(len) => (ProblemKind::WebsocketNotSip, format!("{src} → {dst}: {len} bytes")),
                    Event::Compressed => (ProblemKind::WebsocketCompressed, format!("{src} → {dst}")),
                    Event::TooLarge(len) => (ProblemKind::WebsocketTooLarge, format!("{src} → {dst}: {len} bytes")),
                    Event::BadFrame(opcode) => (ProblemKind::WebsocketFrame, format!("{src} → {dst}: opcode {opcode}")),
                };
                problems.push((kind, detail));
            }
            break;
        }
        if hep::is_hep3(&stream.buffer) {
            // HEP3 over TCP (agents may send it so): packets back to
            // back, each saying its length.
            let Some(len) = hep::length(&stream.buffer) else { break };
            if len < hep::HEADER {
                problems.push((ProblemKind::Unparsable, format!("HEP3 {src} → {dst}")));
                stream.buffer.clear();
                break;
            }
            if stream.buffer.len() < len {
                break;
            }
            if let Some(c) = hep::sip(&stream.buffer[..len]).filter(|c| looks_like_sip(c.payload)) {
                stream.carried_sip = true;
                let (src, dst, transport, time) = (c.src, c.dst, c.transport, c.time.unwrap_or(time));
                records.push(SipRecord { frame, time, src, dst, transport, bytes: c.payload.to_vec(), cut: false });
            }
            stream.buffer.drain(..len);
            continue;
        }
        let starts_sip = looks_like_sip(&stream.buffer);
        if !starts_sip {
            // SIP over WebSocket: after the handshake, or from a first
            // frame that carries SIP when the capture began later.
            let upgrade = match websocket::handshake(&stream.buffer) {
                Handshake::Upgrade { len, sip } => Some((len, sip)),
                Handshake::Partial => break,
                Handshake::No => match websocket::starts_with_sip(&stream.buffer) {
                    Some(true) => Some((0, true)),
                    None => break,
                    Some(false) => None,
                },
            };
            if let Some((len, sip)) = upgrade {
                stream.buffer.drain(..len);
                stream.websocket = Some(Box::new(WebSocket::new(sip)));
                continue;
            }
        }
        // Past blank lines (keep-alives), a first line that is whole, or
        // long enough to be, and is not SIP's.
        let content = stream.buffer.trim_ascii_start();
        if content.is_empty() {
            // Only white space so far: keep-alives (CRLF, or the spaces
            // some agents send), or a blank line of another protocol.
            stream.buffer.clear();
            break;
        }
        let first_line_known = content.len() >= 16 || memchr::memchr(b'\n', content).is_some();
        if first_line_known && !starts_sip {
            // Not SIP here: the capture joined the connection inside a
            // message, a damaged message lost the thread, or it is not
            // SIP at all. Read on from the next line that starts a
            // message; keep a last line that may start one. Blank lines
            // skipped are keep-alives, not lost bytes.
            let (skip, found) = next_message_start(&stream.buffer);
            let keep_alives = is_keep_alive(&stream.buffer[..skip]);
            if !keep_alives && !stream.after_loss && proxy_header(&stream.buffer).is_none() {
                stream.skipped += skip;
            }
            stream.buffer.drain(..skip);
            if found {
                continue;
            }
            break;
        }
        // Framed by a look at its header section when that is plain (it
        // is parsed anyway, once, where its record is read); else parsed.
        let next = match frame_stream(&stream.buffer) {
            Framed::Unsure => match parse(&stream.buffer, Framing::Stream) {
                Ok(Parsed::Complete(message)) => Next::Message(message.consumed),
                Ok(Parsed::KeepAlive { consumed }) => Next::KeepAlive(consumed),
                Ok(Parsed::Partial) => Next::Partial,
                Err(e) => Next::Unparsable(e.detail()),
            },
            Framed::Message(used) => Next::Message(used),
            Framed::Partial => Next::Partial,
        };
        match next {
            Next::Message(used) => {
                stream.after_loss = false;
                stream.carried_sip = true;
                if stream.skipped > 0 {
                    // Only now is it known that the skipped bytes were SIP's.
                    problems.push(gap(src, dst, stream.skipped));
                    stream.skipped = 0;
                }
                let start = stream.buffer.iter().position(|b| !matches!(b, b'\r' | b'\n')).unwrap_or(0);
                records.push(SipRecord {
                    frame,
                    time,
                    src,
                    dst,
                    transport,
                    bytes: stream.buffer[start..used].to_vec(),
                    cut: false,
                });
                stream.buffer.drain(..used);
            }
            Next::KeepAlive(consumed) => {
                stream.buffer.drain(..consumed);
            }
            Next::Partial => {
                if stream.buffer.len() > crate::tcp::MAX_STREAM_BYTES {
                    problems.push((ProblemKind::LimitReached, format!("{src} → {dst}")));
                    stream.buffer.clear();
                }
                break;
            }
            Next::Unparsable(detail) => {
                problems.push((ProblemKind::Unparsable, detail));
                stream.buffer.clear();
                break;
            }
        }
    }
}

/// How far apart two copies of one packet may be captured: a capture on
/// several interfaces sees them microseconds apart, while SIP resends a
/// datagram after T1 (500 ms by default, RFC 3261 §17.1.1.1) at the earliest.
const COPY_WINDOW: f64 = 0.010;

/// The SIP datagrams read lately, by a slot of their IPv4 identification
/// and ports, to tell a packet captured twice (as `tcpdump -i any` sees
/// one crossing a bridge or a VLAN interface, or a mirror port both ways)
/// from a retransmission, which SIP sends T1 (500 ms) later at the
/// earliest. A datagram without an identification to go by (IPv6, or the
/// 0 Linux gives an unconnected socket's datagrams that may not be
/// fragmented) is a copy when all its bytes are those of one just read
/// between the same ends.
struct SeenDatagrams {
    slots: Vec<Option<SeenDatagram>>,
}

#[derive(Clone, Copy, PartialEq)]
struct SeenDatagram {
    time: f64,
    ends: (SocketAddr, SocketAddr),
    id: u16,
    len: usize,
    /// Of its first and last bytes (all of them without an identification):
    /// enough, with the rest, to tell it.
    digest: u64,
}

impl Default for SeenDatagrams {
    fn default() -> SeenDatagrams {
        SeenDatagrams { slots: vec![None; 1024] }
    }
}

impl SeenDatagrams {
    /// Whether this datagram is a copy of one read within [`COPY_WINDOW`];
    /// else it is remembered.
    fn again(&mut self, time: f64, ends: (SocketAddr, SocketAddr), id: u16, payload: &[u8]) -> bool {
        use std::hash::BuildHasher;
        let hashing = crate::model::Hashing::default();
        // The ends are compared, not hashed: most datagrams are not copies.
        let ports = usize::from(ends.0.port()) << 4 ^ usize::from(ends.1.port());
        let (digest, slot) = if id == 0 {
            let digest = hashing.hash_one(payload);
            (digest, digest as usize ^ ports)
        } else {
            let (head, tail) = (&payload[..payload.len().min(64)], &payload[payload.len().saturating_sub(16)..]);
            (hashing.hash_one((head, tail)), usize::from(id) ^ ports)
        };
        let this = SeenDatagram { time, ends, id, len: payload.len(), digest };
        let slot = slot % self.slots.len();
        let copy = self.slots[slot].is_some_and(|seen| {
            SeenDatagram { time, ..seen } == this && (0.0..=COPY_WINDOW).contains(&(time - seen.time))
        });
        if !copy {
            self.slots[slot] = Some(this);
        }
        copy
    }
}

/// A TCP segment as captured.
struct Segment<'a> {
    seq: u32,
    syn: bool,
    /// The acknowledgement number, when the ACK flag is set.
    ack: Option<u32>,
    /// FIN: the sender has no more to send.
    fin: bool,
    /// RST: the connection is gone.
    rst: bool,
    /// Its payload, as far as the capture kept it.
    payload: &'a [u8],
    /// How many payload bytes it carried on the wire: more than
    /// `payload.len()` when the snap length cut it.
    sent: usize,
}

/// What a stream left unread: where, which problem, and the details.
type Unfinished = (u64, ProblemKind, String);

/// Seconds since 1970 from a count of `per_second` ticks: whole seconds and
/// the fraction apart, since nanoseconds (or a sum of seconds and their
/// fraction) since 1970 are past what an f64 holds exactly.
fn seconds(ticks: u64, per_second: u64) -> f64 {
    (ticks / per_second) as f64 + (ticks % per_second) as f64 / per_second as f64
}

/// The addresses and UDP payload of the datagram an ICMP error quotes:
/// its IP header whole, then as much as the sender kept (etherparse's lax
/// slicing takes a packet cut short).
fn quoted_udp(ip: &[u8]) -> Option<(SocketAddr, SocketAddr, &[u8])> {
    let packet = etherparse::LaxSlicedPacket::from_ip(ip).ok()?;
    let (src, dst): (IpAddr, IpAddr) = match packet.net? {
        LaxNetSlice::Ipv4(v4) => (v4.header().source_addr().into(), v4.header().destination_addr().into()),
        LaxNetSlice::Ipv6(v6) => (v6.header().source_addr().into(), v6.header().destination_addr().into()),
        LaxNetSlice::Arp(_) => return None,
    };
    let Some(TransportSlice::Udp(udp)) = packet.transport else { return None };
    Some((SocketAddr::new(src, udp.source_port()), SocketAddr::new(dst, udp.destination_port()), udp.payload()))
}

/// Whether bytes a stream lost were SIP's: it carried SIP, or it is on a
/// SIP port. Other protocols' losses are none of SIP's business.
fn sip_is_lost(stream: &Stream, src: SocketAddr, dst: SocketAddr) -> bool {
    stream.carried_sip || crate::record::on_sip_port(src, dst)
}

/// Reports `bytes` a stream lost now if they are SIP's, or once it proves
/// to carry SIP (a connection whose first message was lost, on other ports
/// than SIP's), with the bytes then skipped to find a message.
fn lost(stream: &mut Stream, (src, dst): FlowKey, bytes: u32, problems: &mut Vec<(ProblemKind, String)>) {
    if sip_is_lost(stream, src, dst) {
        problems.push(gap(src, dst, bytes));
    } else {
        stream.skipped += bytes as usize;
    }
}

/// Skips the gap a stream waits at, reporting it, and reads what waited
/// past it, each message at the segment that completed it.
fn read_past_gap(
    stream: &mut Stream,
    (src, dst): FlowKey,
    records: &mut Vec<SipRecord>,
    problems: &mut Vec<(ProblemKind, String)>,
) {
    if let Some(Outcome::Gap(bytes)) = stream.skip_to_stashed() {
        lost(stream, (src, dst), bytes, problems);
    }
    while let Some(at) = stream.deliver_stashed() {
        read_messages(stream, at, (src, dst), Transport::Tcp, records, problems);
    }
}

/// Reads the bytes sent before the first ones read that came after them
/// (see [`Outcome::Early`]): their whole messages, and once they reach
/// the first byte read, the start of a message they leave (its rest was
/// read before them, and skipped) is reported.
fn read_early(
    stream: &mut Stream,
    (frame, time): (u64, f64),
    (src, dst): (SocketAddr, SocketAddr),
    records: &mut Vec<SipRecord>,
    problems: &mut Vec<(ProblemKind, String)>,
) {
    let (done, carried_sip, websocket) = (stream.early_done(), stream.carried_sip, stream.websocket.is_some());
    let Some(early) = stream.early.as_mut() else { return };
    if !websocket {
        read_messages(early, (frame, time), (src, dst), Transport::Tcp, records, problems);
    }
    if done {
        let left = std::mem::take(&mut early.buffer);
        if (carried_sip || looks_like_sip(&left)) && left.iter().any(|b| !matches!(b, b'\r' | b'\n')) {
            problems.push((ProblemKind::TcpIncomplete, format!("{src} → {dst}: {} bytes", left.len())));
        }
    }
}

/// What a TCP stream leaves when it is forgotten: what waited past gaps
/// that will never be filled is read (into `records`), and the gaps and a
/// SIP message begun but not ended are reported.
fn unfinished(src: SocketAddr, dst: SocketAddr, stream: &mut Stream, records: &mut Vec<SipRecord>) -> Vec<Unfinished> {
    let mut problems = Vec::new();
    let mut early = stream.early.take().map(|mut early| unfinished(src, dst, &mut early, records)).unwrap_or_default();
    while stream.has_pending() {
        read_past_gap(stream, (src, dst), records, &mut problems);
    }
    if let Some(bytes) = stream.acked_never_seen().filter(|_| sip_is_lost(stream, src, dst)) {
        problems.push(gap(src, dst, bytes));
    }
    let mut out: Vec<Unfinished> =
        problems.into_iter().map(|(kind, detail)| (stream.last_frame, kind, detail)).collect();
    let inside_websocket = stream.websocket.as_ref().is_some_and(|ws| ws.in_message(&stream.buffer));
    if inside_websocket || (stream.buffer.iter().any(|b| !matches!(b, b'\r' | b'\n')) && looks_like_sip(&stream.buffer))
    {
        out.push((
            stream.buffer_frame,
            ProblemKind::TcpIncomplete,
            format!("{src} → {dst}: {} bytes", stream.buffer.len()),
        ));
    }
    early.append(&mut out);
    early
}

/// What a TLS connection being decrypted left unfinished: bytes of either
/// side the other acknowledged and the capture never had, with nothing
/// after them (see [`Stream::acked_never_seen`]).
fn tls_unfinished(ends: FlowKey, flow: &TlsFlow) -> Vec<Unfinished> {
    let sides = [(ends.0, ends.1), (ends.1, ends.0)];
    let lost = flow.cipher.iter().zip(sides).filter_map(|(cipher, (src, dst))| {
        let (kind, detail) = gap(src, dst, cipher.acked_never_seen()?);
        Some((flow.last_frame, kind, detail))
    });
    lost.collect()
}

/// Keeps the newer half of what was seen, by when it was last seen.
fn forget_older_half(seen: &mut FastMap<FlowKey, f64>) {
    let mut times: Vec<f64> = seen.values().copied().collect();
    let middle = times.len() / 2;
    let (_, median, _) = times.select_nth_unstable_by(middle, f64::total_cmp);
    let median = *median;
    seen.retain(|_, time| *time > median);
}

/// The identification of a fragmented IP datagram.
/// Whether a pcap record's header (as the file's byte order reads it) is
/// instead the first 16 bytes of another pcap's header — magic, version
/// 2.4, a zone of 0 read as an empty record — as where two files were
/// joined with `cat`, a common way to put captures together.
fn joined_pcap_header(ts_sec: u32, ts_usec: u32, caplen: u32) -> bool {
    matches!(ts_sec, 0xa1b2_c3d4 | 0xa1b2_3c4d) && matches!(ts_usec, 0x0004_0002 | 0x0002_0004) && caplen == 0
}

/// The last 8 bytes of a joined pcap header (snap length, link type): its
/// link type, once they are read; `None` if the file ends first.
fn rest_of_joined_header(
    reader: &mut dyn pcap_parser::traits::PcapReaderIterator,
    big_endian: bool,
) -> Option<Linktype> {
    while reader.data().len() < 8 {
        if reader.refill().is_err() || reader.reader_exhausted() && reader.data().len() < 8 {
            return None;
        }
    }
    let field = [reader.data()[4], reader.data()[5], reader.data()[6], reader.data()[7]];
    let network = if big_endian { u32::from_be_bytes(field) } else { u32::from_le_bytes(field) };
    reader.consume_noshift(8);
    Some(link_type_of(network))
}

/// A pcap header's link type: the low 16 bits of its field, whose top bits
/// may say that frames end with their FCS, and how long it is (which IP's
/// own lengths leave out anyway).
fn link_type_of(field: u32) -> Linktype {
    Linktype((field & 0xffff) as i32)
}

fn fragment_id(net: &NetSlice<'_>) -> Option<u32> {
    match net {
        NetSlice::Ipv4(ip) => Some(u32::from(ip.header().identification())),
        NetSlice::Ipv6(ip) => ip.extensions().clone().into_iter().find_map(|ext| match ext {
            etherparse::Ipv6ExtensionSlice::Fragment(f) => Some(f.identification()),
            _ => None,
        }),
        NetSlice::Arp(_) => None,
    }
}

impl<'c> CaptureReader<'c> {
    /// Decrypts the TLS connections whose session secrets `keys` has
    /// (a capture's own secrets blocks are added to them).
    pub fn with_tls_keys(mut self, keys: Arc<crate::tls::KeyLog>) -> Self {
        self.tls_keys = keys;
        self
    }

    /// Reads a capture as it is written (a pipe from `tcpdump -w -`): no
    /// record is waited for before the one before it is read.
    pub fn live(mut self, live: bool) -> Self {
        self.live = live;
        self
    }

    /// An Ethernet frame a text dump printed (its bytes in hex), numbered
    /// `frame`, `original` bytes long: read as a capture's frame is.
    pub(crate) fn dumped_frame(&mut self, frame: u64, time: f64, bytes: &[u8], original: usize) {
        self.captured(frame, time, Linktype::ETHERNET, bytes, original);
    }

    /// A reader that reports through the two callbacks.
    pub fn new(on_record: impl FnMut(SipRecord) + 'c, on_problem: impl FnMut(Problem) + 'c) -> CaptureReader<'c> {
        CaptureReader {
            on_record: Box::new(on_record),
            on_problem: Box::new(on_problem),
            streams: FastMap::default(),
            tls_reported: FastMap::default(),
            tls_keys: Arc::default(),
            tls: FastMap::default(),
            defrag: IpDefragPool::new(),
            cut: false,
            ip_id: 0,
            seen: SeenDatagrams::default(),
            copies: None,
            open_fragments: FastMap::default(),
            reassembled: FastMap::default(),
            sctp_messages: FastMap::default(),
            sctp_buffered: 0,
            sctp_sent: FastMap::default(),
            sctp_by_ports: FastMap::default(),
            packets_since_sweep: 0,
            packets_since_connection_sweep: 0,
            connection_sweep_every: 1024,
            connection_bytes: 0,
            max_connection_bytes: MAX_CONNECTION_BYTES,
            connections_limit_reported: false,
            unsupported_link_types: Vec::new(),
            live: false,
            wlan_protected: None,
            esp_encrypted: None,
            last_exported: None,
            frame_base: 0,
            span: None,
        }
    }

    fn problem(&mut self, frame: u64, kind: ProblemKind, detail: impl Into<String>) {
        // Frame 0, the whole file: the one being read.
        let frame = if frame == 0 { self.frame_base } else { frame };
        (self.on_problem)(Problem { frame, kind, detail: detail.into() });
    }

    /// When the first and the last packet of a capture were captured
    /// (`None` without packets): its packets are read, nothing in them.
    pub fn span(input: impl Read + Send) -> Option<(f64, f64)> {
        let mut reader = CaptureReader::new(|_| {}, |_| {});
        reader.span = Some((f64::INFINITY, f64::NEG_INFINITY));
        reader.read(input);
        reader.span.filter(|(first, last)| first <= last)
    }

    /// Reads the next of several captures taken one after the other at
    /// one place (a ring buffer's files) as the rest of one: a TCP
    /// connection, a TLS session or a fragmented datagram goes on from the
    /// file before. Its frames are numbered within it, with its `place`
    /// among the inputs ([`crate::frame_of_input`]). [`CaptureReader::finish`]
    /// once the last is read.
    pub fn read_next(&mut self, input: impl Read + Send, place: usize) {
        self.frame_base = crate::frame_of_input(0, place);
        self.read_part(input);
    }

    /// Reads the whole capture from `input`: pcap, pcapng, or Microsoft
    /// Network Monitor 2.x.
    pub fn read(&mut self, input: impl Read + Send) {
        self.read_part(input);
        self.finish();
    }

    /// [`CaptureReader::read`] but for what is left unfinished at the end.
    fn read_part(&mut self, mut input: impl Read + Send) {
        /// Most of a file read before its format is told.
        const HEAD: usize = 64 * 1024;
        // Read a first chunk whole: the format is told by its magic, and the
        // pcap reader wants the whole file header in its first read. A pcap's
        // header, or a pcapng's first block, is enough: a capture piped in as
        // it is made (`tcpdump -w -`) may send its first packet minutes later.
        // Other formats are told by more.
        let mut head = vec![0u8; 24];
        let mut filled = read_full(&mut input, &mut head);
        let wanted = match head[..4] {
            [0xd4, 0xc3, 0xb2, 0xa1]
            | [0xa1, 0xb2, 0xc3, 0xd4]
            | [0x4d, 0x3c, 0xb2, 0xa1]
            | [0xa1, 0xb2, 0x3c, 0x4d]
            | [0x34, 0xcd, 0xb2, 0xa1]
            | [0xa1, 0xb2, 0xcd, 0x34] => 24,
            [0x0a, 0x0d, 0x0d, 0x0a] => {
                let length = [head[4], head[5], head[6], head[7]];
                let length = match head[8..12] {
                    [0x1a, 0x2b, 0x3c, 0x4d] => u32::from_be_bytes(length),
                    _ => u32::from_le_bytes(length),
                };
                usize::try_from(length).map_or(HEAD, |l| l.clamp(24, HEAD))
            }
            _ => HEAD,
        };
        if filled == 24 {
            head.resize(wanted, 0);
            filled += read_full(&mut input, &mut head[24..]);
        }
        head.truncate(filled);
        if head.starts_with(b"GMBU") {
            self.read_netmon(std::io::Cursor::new(head).chain(input));
            return;
        }
        if head.starts_with(SNOOP_MAGIC) {
            self.read_snoop(std::io::Cursor::new(head).chain(input));
            return;
        }
        if !crate::input::is_capture(&head) && erf::looks_like(&head) {
            self.read_erf(std::io::Cursor::new(head).chain(input));
            return;
        }
        if filled == 24 {
            // Patched tcpdump builds' records, longer than the standard's.
            match crate::pcap_variant::record_header_size(&mut head, &mut input, self.live) {
                Some(16) => {}
                Some(size) => {
                    let input = std::io::Cursor::new(head).chain(input);
                    self.read_pcap(crate::pcap_variant::Standardized::new(input, size));
                    return;
                }
                None => {
                    self.problem(0, ProblemKind::DamagedFile, "");
                    return;
                }
            }
        }
        self.read_pcap(std::io::Cursor::new(head).chain(input));
    }

    /// Sun's snoop (RFC 1761; Solaris and illumos `snoop -o`): a header of
    /// magic, version and link type, then records of original length,
    /// included length, record length (header and padding included),
    /// drops, seconds and microseconds, big-endian, each before its packet.
    fn read_snoop(&mut self, mut input: impl Read) {
        let mut header = [0u8; 16];
        if read_full(&mut input, &mut header) < header.len() {
            self.problem(0, ProblemKind::DamagedFile, "(snoop)");
            return;
        }
        let word =
            |bytes: &[u8], at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        // 4 is Ethernet; 0 (IEEE 802.3) frames are Ethernet frames too.
        let linktype = match word(&header, 12) {
            0 | 4 => Linktype::ETHERNET,
            other => {
                self.problem(0, ProblemKind::UnsupportedLinkType, format!("snoop {other}"));
                return;
            }
        };
        let mut record = Vec::new();
        let mut frame = self.frame_base;
        loop {
            let mut fields = [0u8; 24];
            match read_full(&mut input, &mut fields) {
                0 => break,
                24 => {}
                _ => {
                    self.problem(frame, ProblemKind::DamagedFile, "(snoop)");
                    break;
                }
            }
            let (original, included, length) = (word(&fields, 0), word(&fields, 4), word(&fields, 8));
            let time = f64::from(word(&fields, 16)) + f64::from(word(&fields, 20)) / 1e6;
            // The record holds its packet, and is no larger than a packet can be.
            let Some(body) = (length as usize).checked_sub(24).filter(|b| *b >= included as usize && *b <= 1 << 18)
            else {
                self.problem(frame, ProblemKind::DamagedFile, "(snoop)");
                break;
            };
            record.resize(body, 0);
            if read_full(&mut input, &mut record) < body {
                self.problem(frame, ProblemKind::DamagedFile, "(snoop)");
                break;
            }
            frame += 1;
            self.captured(frame, time, linktype, &record[..included as usize], original as usize);
        }
    }

    /// ERF, record by record (see erf.rs). Every record counts as a frame,
    /// as Wireshark numbers them; records of a type with no decoder are
    /// reported once per type.
    fn read_erf(&mut self, mut input: impl Read) {
        let mut record = Vec::with_capacity(usize::from(u16::MAX));
        let mut frame = self.frame_base;
        let mut undecoded: Vec<u8> = Vec::new();
        loop {
            record.resize(erf::HEADER, 0);
            match read_full(&mut input, &mut record) {
                0 => break,
                erf::HEADER => {}
                _ => {
                    self.problem(frame, ProblemKind::DamagedFile, "(ERF)");
                    break;
                }
            }
            let Some(header) = erf::Header::read(&record) else {
                self.problem(frame, ProblemKind::DamagedFile, "(ERF)");
                break;
            };
            record.resize(header.length, 0);
            if read_full(&mut input, &mut record[erf::HEADER..]) < header.length - erf::HEADER {
                self.problem(frame, ProblemKind::DamagedFile, "(ERF)");
                break;
            }
            frame += 1;
            match header.packet(&record[erf::HEADER..]) {
                Ok(Some((linktype, packet))) => {
                    self.captured(frame, header.time, linktype, packet, header.wire_length);
                }
                Ok(None) => {}
                Err(kind) if !undecoded.contains(&kind) => {
                    undecoded.push(kind);
                    self.problem(frame, ProblemKind::UnsupportedLinkType, format!("ERF {kind}"));
                }
                Err(_) => {}
            }
        }
    }

    /// Network Monitor 2.x: a header, frames, and a table of frame offsets at
    /// the end. The file is read whole; NetMon files are small by design.
    fn read_netmon(&mut self, mut input: impl Read) {
        let mut data = Vec::new();
        if input.by_ref().take(512 * 1024 * 1024).read_to_end(&mut data).is_err() {
            self.problem(0, ProblemKind::DamagedFile, "");
            return;
        }
        let u16_at = |at: usize| data.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let u32_at = |at: usize| data.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let (Some(major), Some(network), Some(table), Some(table_len)) =
            (data.get(5).copied(), u16_at(6), u32_at(24), u32_at(28))
        else {
            self.problem(0, ProblemKind::DamagedFile, "");
            return;
        };
        if major != 2 {
            self.problem(0, ProblemKind::UnknownFormat, format!("Network Monitor {major}.x"));
            return;
        }
        let linktype = match network {
            1 => Linktype::ETHERNET,
            other => {
                self.problem(0, ProblemKind::UnsupportedLinkType, format!("netmon {other}"));
                return;
            }
        };
        // Frame times count from the capture's start, a SYSTEMTIME in UTC
        // (year, month, day of week, day, hour, minute, second, millisecond).
        let field = |i: usize| u16_at(8 + 2 * i).map_or(0, i64::from);
        let began: u64 = match (field(0), field(1), field(3)) {
            (1970.., 1..=12, 1..=31) => {
                let days = crate::log::days_from_civil(field(0), field(1), field(3));
                let seconds = days * 86_400 + field(4) * 3_600 + field(5) * 60 + field(6);
                u64::try_from(seconds * 1_000_000 + field(7) * 1_000).unwrap_or(0)
            }
            _ => 0, // no date given: times from the start
        };
        let mut frame = self.frame_base;
        for entry in 0..(table_len / 4) as usize {
            let Some(offset) = u32_at(table as usize + entry * 4) else { break };
            let offset = offset as usize;
            let (Some(delta_low), Some(delta_high), Some(orig), Some(incl)) =
                (u32_at(offset), u32_at(offset + 4), u32_at(offset + 8), u32_at(offset + 12))
            else {
                self.problem(frame, ProblemKind::DamagedFile, "");
                break;
            };
            frame += 1;
            let micros = began.saturating_add((u64::from(delta_high) << 32) | u64::from(delta_low));
            let start = offset + 16;
            let Some(bytes) = data.get(start..start + incl as usize) else {
                self.problem(frame, ProblemKind::DamagedFile, "");
                break;
            };
            self.captured(frame, seconds(micros, 1_000_000), linktype, bytes, orig as usize);
        }
    }

    fn read_pcap(&mut self, input: impl Read + Send) {
        let cut = Arc::new(AtomicBool::new(false));
        let input = BlockGuard::new(input, Arc::clone(&cut));
        let mut buffer = FIRST_BLOCK_BUFFER;
        let mut reader = match create_reader(buffer, input) {
            Ok(reader) => reader,
            Err(_) => {
                self.problem(0, ProblemKind::UnknownFormat, "");
                return;
            }
        };
        // Each interface's link type, timestamp resolution (units a second)
        // and offset (seconds added to every timestamp, pcapng's if_tsoffset).
        let mut linktypes: Vec<(Linktype, u64, i64)> = Vec::new();
        let mut legacy = (Linktype::ETHERNET, false);
        let mut big_endian = false;
        // Another pcap's header was just read as a record (see below).
        let mut joined = false;
        let mut frame: u64 = self.frame_base;
        loop {
            // A block the buffer cannot hold: the buffer doubles, after the
            // match (which borrows the reader).
            let mut grow = false;
            match reader.next() {
                Ok((offset, block)) => {
                    let packet = match block {
                        PcapBlockOwned::LegacyHeader(header) => {
                            legacy = (link_type_of(header.network.0 as u32), header.is_nanosecond_precision());
                            big_endian = header.is_bigendian();
                            None
                        }
                        // Another pcap's header where a record should begin:
                        // files joined with `cat`. Its first 16 bytes were read
                        // as an empty record; the link type follows.
                        PcapBlockOwned::Legacy(b) if joined_pcap_header(b.ts_sec, b.ts_usec, b.caplen) => {
                            legacy.1 = b.ts_sec == 0xa1b2_3c4d;
                            joined = true;
                            None
                        }
                        PcapBlockOwned::Legacy(b) => {
                            let divisor = if legacy.1 { 1e9 } else { 1e6 };
                            let time = f64::from(b.ts_sec) + f64::from(b.ts_usec) / divisor;
                            Some((legacy.0, time, b.caplen, b.origlen, b.data))
                        }
                        PcapBlockOwned::NG(Block::SectionHeader(_)) => {
                            linktypes.clear();
                            None
                        }
                        PcapBlockOwned::NG(Block::InterfaceDescription(idb)) => {
                            let resolution = build_ts_resolution(idb.if_tsresol).unwrap_or(1_000_000);
                            linktypes.push((idb.linktype, resolution, idb.if_tsoffset));
                            None
                        }
                        PcapBlockOwned::NG(Block::EnhancedPacket(epb)) => {
                            let (linktype, resolution, offset) = linktypes
                                .get(epb.if_id as usize)
                                .copied()
                                .unwrap_or((Linktype::ETHERNET, 1_000_000, 0));
                            let ts = (u64::from(epb.ts_high) << 32) | u64::from(epb.ts_low);
                            let time = seconds(ts, resolution) + offset as f64;
                            Some((linktype, time, epb.caplen, epb.origlen, epb.data))
                        }
                        PcapBlockOwned::NG(Block::SimplePacket(spb)) => {
                            let linktype = linktypes.first().map_or(Linktype::ETHERNET, |l| l.0);
                            Some((linktype, 0.0, spb.data.len() as u32, spb.origlen, spb.data))
                        }
                        // TLS secrets Wireshark put in the file (editcap --inject-secrets).
                        PcapBlockOwned::NG(Block::DecryptionSecrets(dsb)) => {
                            if dsb.secrets_type.0 == TLS_KEY_LOG {
                                Arc::make_mut(&mut self.tls_keys).add(dsb.data);
                            }
                            None
                        }
                        PcapBlockOwned::NG(_) => None,
                    };
                    // The packet is read in place, before the reader moves on.
                    if let Some((linktype, time, caplen, origlen, data)) = packet {
                        frame += 1;
                        let kept = &data[..data.len().min(caplen as usize)];
                        self.captured(frame, time, linktype, kept, origlen as usize);
                    }
                    // Without the shift `consume` does past half the buffer
                    // (which moved every byte once more): `refill` shifts
                    // only the partial block left at the end.
                    reader.consume_noshift(offset);
                    if std::mem::take(&mut joined) {
                        match rest_of_joined_header(&mut *reader, big_endian) {
                            Some(linktype) => legacy.0 = linktype,
                            None => {
                                self.problem(frame, ProblemKind::DamagedFile, "");
                                break;
                            }
                        }
                    }
                }
                Err(PcapError::Eof) => break,
                Err(PcapError::Incomplete(_)) => {
                    if reader.refill().is_err() {
                        self.problem(frame, ProblemKind::DamagedFile, "");
                        break;
                    }
                    if reader.reader_exhausted() {
                        // A refill that brought nothing: the file ends inside a block.
                        match reader.next() {
                            Err(PcapError::Incomplete(_)) | Err(PcapError::UnexpectedEof) => {
                                self.problem(frame, ProblemKind::DamagedFile, "");
                                break;
                            }
                            _ => continue,
                        }
                    }
                }
                Err(PcapError::BufferTooSmall) => grow = true,
                Err(_) => {
                    self.problem(frame, ProblemKind::DamagedFile, "");
                    break;
                }
            }
            if grow {
                if buffer >= BLOCK_BUFFER || !reader.grow(buffer * 2) {
                    self.problem(frame, ProblemKind::LimitReached, format!("block over {BLOCK_BUFFER} bytes"));
                    break;
                }
                buffer *= 2;
            }
        }
        if cut.load(Ordering::Relaxed) {
            // A block whose stated length no block can have: read up to it.
            self.problem(frame, ProblemKind::DamagedFile, "");
        }
    }

    /// A packet as the capture kept it, `original` bytes long on the wire:
    /// one the snap length cut is reported, and read as far as it goes.
    fn captured(&mut self, frame: u64, time: f64, linktype: Linktype, kept: &[u8], original: usize) {
        if let Some((first, last)) = &mut self.span {
            (*first, *last) = (first.min(time), last.max(time));
            return;
        }
        self.cut = kept.len() < original;
        if self.cut {
            self.problem(frame, ProblemKind::Truncated, format!("{}/{original}", kept.len()));
        }
        self.packet(frame, time, linktype, kept.len(), kept);
        self.cut = false;
    }

    fn packet(&mut self, frame: u64, time: f64, linktype: Linktype, caplen: usize, data: &[u8]) {
        self.packets_since_sweep += 1;
        if self.packets_since_sweep >= 1024 {
            self.packets_since_sweep = 0;
            self.defrag.retain(|started| time - started < FRAGMENT_TIMEOUT);
            self.reassembled.retain(|_, (done, _)| time - *done <= COPY_WINDOW);
            let expired: Vec<_> = self
                .open_fragments
                .iter()
                .filter(|(_, open)| time - open.time >= FRAGMENT_TIMEOUT)
                .map(|(k, open)| (*k, *open))
                .collect();
            for (key, open) in expired {
                self.open_fragments.remove(&key);
                if !open.refused {
                    self.problem(open.first, ProblemKind::IncompleteFragments, format!("{} → {}", key.0, key.1));
                }
            }
        }
        // A pass over every connection, after as many packets as there were
        // connections at the last (at least 1,024): on a trunk with a
        // connection per call, a pass every 1,024 packets over the hundred
        // thousand silent ones would be most of the reading. Their memory is
        // bounded meanwhile by `max_connection_bytes`, not by this pass; TLS
        // connections near their limit are looked at every 1,024 packets,
        // so that new ones find room.
        self.packets_since_connection_sweep += 1;
        let tls_crowded = self.tls.len() > MAX_TLS_CONNECTIONS / 4 * 3;
        if self.packets_since_connection_sweep >= self.connection_sweep_every
            || (tls_crowded && self.packets_since_connection_sweep >= 1024)
        {
            self.packets_since_connection_sweep = 0;
            let crowded = self.connection_bytes > self.max_connection_bytes / 2;
            let idle: Vec<FlowKey> = self
                .streams
                .iter()
                .filter(|(_, stream)| {
                    let stateful = stream.websocket.is_some() && !crowded;
                    time - stream.last_time >= if stateful { STATEFUL_IDLE_TIMEOUT } else { STREAM_IDLE_TIMEOUT }
                })
                .map(|(key, _)| *key)
                .collect();
            self.forget_streams(&idle);
            self.tls_reported.retain(|_, seen| time - *seen < STREAM_IDLE_TIMEOUT);
            let crowded = crowded || tls_crowded;
            let mut freed = 0;
            self.tls.retain(|_, flow| {
                let idle = time - flow.last_time;
                let open = idle < STATEFUL_IDLE_TIMEOUT && !(crowded && idle >= STREAM_IDLE_TIMEOUT);
                if !open {
                    freed += flow.held();
                }
                open
            });
            self.connection_bytes = self.connection_bytes.saturating_sub(freed);
            self.connection_sweep_every = (self.streams.len() + self.tls.len() + self.tls_reported.len()).max(1024);
        }
        let data = &data[..caplen.min(data.len())];
        if linktype == Linktype::WIRESHARK_UPPER_PDU {
            // One message Wireshark reassembled (and perhaps decrypted).
            if let Some(pdu) = exported_pdu::sip(data).filter(|p| !p.message.is_empty()) {
                // Wireshark exports SIP it decrypted from TLS twice (from
                // its "sip.tcp" and its "sip" dissector): the same bytes, at
                // the same time, between the same addresses. Taken once; a
                // real retransmission was captured at another time.
                use std::hash::BuildHasher;
                let digest = crate::model::Hashing::default().hash_one(pdu.message);
                let seen = (time, pdu.src, pdu.dst, digest);
                if self.last_exported.replace(seen) != Some(seen) {
                    let (src, dst, transport, bytes) = (pdu.src, pdu.dst, pdu.transport, pdu.message.to_vec());
                    (self.on_record)(SipRecord { frame, time, src, dst, transport, bytes, cut: false });
                }
            }
            return;
        }
        if linktype == Linktype::ETHERNET {
            if let Some((src, dst, payload)) = plain_udp(data) {
                self.cut = false; // whole, as in `network`
                self.ip_id = u16::from_be_bytes([data[18], data[19]]);
                self.udp_or_tunnel(frame, time, src, dst, payload, 0);
                return;
            }
        }
        if let Some(found) = point_to_point(linktype, data) {
            if let Some(layer) = found {
                self.network(frame, time, layer, 0);
            }
            return;
        }
        let layer = match (linktype, data) {
            // OpenBSD's loopback: BSD null with the address family in network byte order.
            (Linktype::LOOP, [0, 0, 0, 2, ip @ ..]) => Carried::Ip(EtherType::IPV4, ip),
            (Linktype::LOOP, [0, 0, 0, 24 | 28 | 30, ip @ ..]) => Carried::Ip(EtherType::IPV6, ip),
            // Apple's PKTAP (macOS `tcpdump -i any`): a header saying its
            // length, the kind of record (1: a packet) and the link type of
            // the packet after it, little-endian.
            (PKTAP, [a, b, c, d, 1, 0, 0, 0, e, f, g, h, ..]) => {
                let header = u32::from_le_bytes([*a, *b, *c, *d]) as usize;
                let inner = Linktype(i32::from_le_bytes([*e, *f, *g, *h]));
                if let Some(packet) = data.get(header..).filter(|_| header >= 12 && inner != PKTAP) {
                    self.packet(frame, time, inner, packet.len(), packet);
                }
                return;
            }
            (PKTAP, _) => return, // a record that is not a packet
            // Captured on the air: the capture driver's header, then 802.11.
            (RADIOTAP | PPI | PRISM | AVS, _) => {
                let inner = match linktype {
                    RADIOTAP => wlan::after_radiotap(data).map(|f| (IEEE802_11, f)),
                    PRISM => wlan::after_prism(data).map(|f| (IEEE802_11, f)),
                    AVS => wlan::after_avs(data).map(|f| (IEEE802_11, f)),
                    _ => wlan::after_ppi(data).map(|(l, f)| (Linktype(l), f)).filter(|(l, _)| *l != PPI),
                };
                if let Some((inner, packet)) = inner {
                    self.packet(frame, time, inner, packet.len(), packet);
                }
                return;
            }
            (IEEE802_11, _) => return self.wlan_frame(frame, time, data, 0),
            _ => match get_packetdata(data, linktype, data.len()) {
                Some(PacketData::L2(bytes)) => Carried::ethernet(bytes),
                Some(PacketData::L3(ethertype, bytes)) => Carried::Ip(EtherType(ethertype), bytes),
                Some(PacketData::L4(_, _)) | Some(PacketData::Unsupported(_)) | None => {
                    // Said once, at the first such packet: the detail says its packets were all skipped.
                    let id = u16::try_from(linktype.0).unwrap_or(u16::MAX);
                    if !self.unsupported_link_types.contains(&id) {
                        self.unsupported_link_types.push(id);
                        self.problem(frame, ProblemKind::UnsupportedLinkType, format!("{}", linktype.0));
                    }
                    return;
                }
            },
        };
        self.network(frame, time, layer, 0);
    }

    /// A packet from its network layer on (`depth` tunnels were opened to
    /// get here).
    fn network(&mut self, frame: u64, time: f64, layer: Carried<'_>, depth: u8) {
        match layer.sliced() {
            Ok(sliced) => {
                // Whole as far as IP goes: a cut took only what came after
                // it (a frame check sequence), nothing of its payload.
                self.cut = false;
                self.ip(frame, time, &sliced, depth);
            }
            // Cut by the snap length: as far as it was kept.
            Err(_) if self.cut => self.cut_ip(frame, time, layer, depth),
            Err(_) => self.unsized_ip(frame, time, layer, depth),
        }
    }

    /// A packet whose IP header gives its length as 0: one a host handed
    /// to a network card that segments it (TCP segmentation or large send
    /// offload), captured on that host before the card set the lengths of
    /// the packets it makes. Read as long as it was captured, as Wireshark
    /// reads it. Anything else that does not slice is not IP, or too short
    /// to be anything read here.
    fn unsized_ip(&mut self, frame: u64, time: f64, layer: Carried<'_>, depth: u8) {
        let Some(lax) = layer.lax() else { return };
        let (src, dst) = match &lax.net {
            Some(LaxNetSlice::Ipv4(ip)) if ip.header().total_len() == 0 && !ip.is_payload_fragmented() => {
                self.ip_id = ip.header().identification();
                (IpAddr::V4(ip.header().source_addr()), IpAddr::V4(ip.header().destination_addr()))
            }
            Some(LaxNetSlice::Ipv6(ip)) if ip.header().payload_length() == 0 && !ip.is_payload_fragmented() => {
                self.ip_id = 0;
                (IpAddr::V6(ip.header().source_addr()), IpAddr::V6(ip.header().destination_addr()))
            }
            _ => return,
        };
        if let Some(transport) = &lax.transport {
            self.udp_or_tcp(frame, time, (src, dst), transport, None, depth);
        }
    }

    /// A UDP datagram or a TCP segment between two hosts. `cut`: for a
    /// packet the snap length cut, how long its IP header says its payload
    /// was.
    fn udp_or_tcp(
        &mut self,
        frame: u64,
        time: f64,
        (src_ip, dst_ip): (IpAddr, IpAddr),
        transport: &TransportSlice<'_>,
        cut: Option<usize>,
        depth: u8,
    ) {
        match transport {
            TransportSlice::Udp(udp) => {
                let src = SocketAddr::new(src_ip, udp.source_port());
                let dst = SocketAddr::new(dst_ip, udp.destination_port());
                self.udp_or_tunnel(frame, time, src, dst, udp.payload(), depth);
            }
            TransportSlice::Tcp(tcp) => {
                let payload = tcp.payload();
                let sent = match cut {
                    None => payload.len(),
                    Some(ip) => match ip.checked_sub(tcp.header_len()) {
                        Some(sent) => sent,
                        None => return,
                    },
                };
                let ack = tcp.ack().then(|| tcp.acknowledgment_number());
                let segment = Segment {
                    seq: tcp.sequence_number(),
                    syn: tcp.syn(),
                    ack,
                    fin: tcp.fin(),
                    rst: tcp.rst(),
                    payload,
                    sent,
                };
                let src = SocketAddr::new(src_ip, tcp.source_port());
                let dst = SocketAddr::new(dst_ip, tcp.destination_port());
                self.tcp(frame, time, src, dst, segment);
            }
            _ => {}
        }
    }

    /// A packet the capture cut short: a UDP datagram in it (not a
    /// fragment), or the packet a tunnel in it carries, is read as far as
    /// it was kept, as Wireshark shows it, so that a snap length too small
    /// for a SIP message still shows its call. What the cut took is
    /// unknown; the cut itself was reported.
    fn cut_ip(&mut self, frame: u64, time: f64, layer: Carried<'_>, depth: u8) {
        let Some(lax) = layer.lax() else { return };
        // The addresses, the payload kept, and how long the IP header says
        // the payload was (None with IPv4 extension headers, an AH: the
        // packet is then not read).
        let (src, dst, payload, sent) = match &lax.net {
            Some(LaxNetSlice::Ipv4(ip)) if !ip.is_payload_fragmented() => {
                let header = ip.header();
                self.ip_id = header.identification();
                let sent = ip
                    .extensions()
                    .is_empty()
                    .then(|| usize::from(header.total_len()).saturating_sub(usize::from(header.ihl()) * 4));
                (IpAddr::V4(header.source_addr()), IpAddr::V4(header.destination_addr()), ip.payload(), sent)
            }
            Some(LaxNetSlice::Ipv6(ip)) if !ip.is_payload_fragmented() => {
                let header = ip.header();
                self.ip_id = 0;
                let sent = usize::from(header.payload_length()).checked_sub(ip.extensions().slice().len());
                (IpAddr::V6(header.source_addr()), IpAddr::V6(header.destination_addr()), ip.payload(), sent)
            }
            _ => return,
        };
        match &lax.transport {
            Some(transport) => {
                if let Some(sent) = sent {
                    self.udp_or_tcp(frame, time, (src, dst), transport, Some(sent), depth);
                }
            }
            None => {
                if let Some(inner) = tunnel::ip_payload(payload.ip_number, payload.payload) {
                    self.tunnelled(frame, time, inner, depth);
                }
            }
        }
    }

    /// An IP packet: its UDP or TCP, or what it tunnels (`depth` tunnels
    /// were opened to get here).
    fn ip(&mut self, frame: u64, time: f64, sliced: &SlicedPacket<'_>, depth: u8) {
        let (src_ip, dst_ip) = match &sliced.net {
            Some(NetSlice::Ipv4(ip)) => {
                (IpAddr::V4(ip.header().source_addr()), IpAddr::V4(ip.header().destination_addr()))
            }
            Some(NetSlice::Ipv6(ip)) => {
                (IpAddr::V6(ip.header().source_addr()), IpAddr::V6(ip.header().destination_addr()))
            }
            _ => return,
        };
        let fragmented = match &sliced.net {
            Some(NetSlice::Ipv4(ip)) => ip.is_payload_fragmented(),
            Some(NetSlice::Ipv6(ip)) => ip.is_payload_fragmented(),
            _ => false,
        };
        self.ip_id = match &sliced.net {
            Some(NetSlice::Ipv4(ip)) if !fragmented => ip.header().identification(),
            _ => 0,
        };
        if fragmented {
            let key = sliced.net.as_ref().and_then(fragment_id).map(|id| (src_ip, dst_ip, id));
            if let Some(key) = key {
                if let Some(&(_, sip)) = self.reassembled.get(&key).filter(|(done, _)| time - done <= COPY_WINDOW) {
                    if sip {
                        self.copies.get_or_insert((frame, 0)).1 += 1;
                    }
                    return;
                }
                if !self.open_fragments.contains_key(&key) && self.open_fragments.len() >= MAX_OPEN_FRAGMENTS {
                    self.problem(frame, ProblemKind::LimitReached, format!("IP fragments {src_ip} → {dst_ip}"));
                    return;
                }
                self.open_fragments.entry(key).or_insert(OpenFragments { first: frame, time, refused: false });
            }
            match self.defrag.process_sliced_packet(sliced, time, ()) {
                Ok(Some(whole)) => {
                    if let Some(key) = key {
                        self.open_fragments.remove(&key);
                        if self.reassembled.len() >= MAX_OPEN_FRAGMENTS {
                            self.reassembled.clear(); // a flood: copies then read as fragments left over
                        }
                        let sip = whole.ip_number == etherparse::IpNumber::UDP
                            && UdpSlice::from_slice(&whole.payload).is_ok_and(|udp| looks_like_sip(udp.payload()));
                        self.reassembled.insert(key, (time, sip));
                    }
                    // TCP too: rare (TCP avoids fragmenting), but a tunnel
                    // or a VPN without path MTU discovery fragments segments.
                    self.ip_payload(frame, time, (src_ip, dst_ip), whole.ip_number, &whole.payload, depth);
                    self.defrag.return_buf(whole);
                }
                Ok(None) => {}
                // Said once for its datagram, which is then not said to be
                // left incomplete as well.
                Err(_) => {
                    let open = key.and_then(|key| self.open_fragments.get_mut(&key));
                    let said = open.as_ref().is_some_and(|open| open.refused);
                    if let Some(open) = open {
                        open.refused = true;
                    }
                    if !said {
                        self.problem(frame, ProblemKind::BadFragment, format!("{src_ip} → {dst_ip}"));
                    }
                }
            }
            return;
        }
        match &sliced.transport {
            Some(transport @ (TransportSlice::Udp(_) | TransportSlice::Tcp(_))) => {
                self.udp_or_tcp(frame, time, (src_ip, dst_ip), transport, None, depth);
            }
            _ => {
                let payload = match &sliced.net {
                    Some(NetSlice::Ipv4(ip)) => ip.payload(),
                    Some(NetSlice::Ipv6(ip)) => ip.payload(),
                    _ => return,
                };
                if payload.ip_number == etherparse::IpNumber::SCTP {
                    self.sctp(frame, time, (src_ip, dst_ip), payload.payload);
                } else if payload.ip_number == etherparse::IpNumber::ICMP
                    || payload.ip_number == etherparse::IpNumber::IPV6_ICMP
                {
                    self.icmp_error(frame, time, payload.ip_number == etherparse::IpNumber::IPV6_ICMP, payload.payload);
                } else if payload.ip_number == etherparse::IpNumber::ENCAPSULATING_SECURITY_PAYLOAD {
                    self.esp(frame, time, (src_ip, dst_ip), payload.payload, depth);
                } else if let Some(inner) = tunnel::ip_payload(payload.ip_number, payload.payload) {
                    self.tunnelled(frame, time, inner, depth);
                }
            }
        }
    }

    /// What an IP packet put together from its fragments, or an ESP
    /// packet's payload, carries, by its protocol number: UDP, TCP, SCTP or
    /// ESP; nothing else read here is found there.
    fn ip_payload(
        &mut self,
        frame: u64,
        time: f64,
        (src_ip, dst_ip): (IpAddr, IpAddr),
        protocol: etherparse::IpNumber,
        payload: &[u8],
        depth: u8,
    ) {
        match protocol {
            etherparse::IpNumber::UDP => {
                if let Ok(udp) = UdpSlice::from_slice(payload) {
                    let src = SocketAddr::new(src_ip, udp.source_port());
                    let dst = SocketAddr::new(dst_ip, udp.destination_port());
                    self.udp_or_tunnel(frame, time, src, dst, udp.payload(), depth);
                }
            }
            etherparse::IpNumber::TCP => {
                if let Ok(tcp) = etherparse::TcpSlice::from_slice(payload) {
                    self.udp_or_tcp(frame, time, (src_ip, dst_ip), &TransportSlice::Tcp(tcp), None, depth);
                }
            }
            etherparse::IpNumber::SCTP => self.sctp(frame, time, (src_ip, dst_ip), payload),
            etherparse::IpNumber::ENCAPSULATING_SECURITY_PAYLOAD => {
                self.esp(frame, time, (src_ip, dst_ip), payload, depth);
            }
            _ => {}
        }
    }

    /// An IPsec ESP packet: what it carries when its encryption is NULL
    /// (see esp.rs); else it is counted, as what it carries cannot be read.
    fn esp(&mut self, frame: u64, time: f64, ips: (IpAddr, IpAddr), packet: &[u8], depth: u8) {
        match esp::null_payload(packet) {
            Some(esp::Carried::Udp(datagram)) => {
                self.ip_payload(frame, time, ips, etherparse::IpNumber::UDP, datagram, depth);
            }
            Some(esp::Carried::Tcp(segment)) => {
                self.ip_payload(frame, time, ips, etherparse::IpNumber::TCP, segment, depth);
            }
            Some(esp::Carried::Ip(ethertype, packet)) => {
                self.tunnelled(frame, time, tunnel::Inner::Ip(EtherType(ethertype), packet), depth);
            }
            // Cut by the snap length, it has no trailer to read (the cut was reported).
            None if self.cut => {}
            None => self.esp_encrypted.get_or_insert((frame, 0)).1 += 1,
        }
    }

    /// An SCTP packet: each user message its DATA chunks carry (joined
    /// from fragments per stream) is one SIP message, or not SIP at all
    /// (Diameter, SIGTRAN), passed over.
    fn sctp(&mut self, frame: u64, time: f64, (src_ip, dst_ip): (IpAddr, IpAddr), packet: &[u8]) {
        let Some(read) = sctp::data_chunks(packet) else { return };
        let (src_port, dst_port, _) = read.ports;
        let (src, dst) = (SocketAddr::new(src_ip, src_port), SocketAddr::new(dst_ip, dst_port));
        let association = read.ports;
        let known = self.sctp_sent.contains_key(&association);
        if !read.data.is_empty() && (known || self.sctp_sent.len() < MAX_SCTP_ASSOCIATIONS) {
            let sent = self.sctp_sent.entry(association).or_default();
            sent.ends = (src, dst);
            for chunk in &read.data {
                sent.note(chunk.tsn, frame);
            }
            self.sctp_by_ports.insert((src_port, dst_port), association);
        }
        // A SACK tells what the other direction sent, by its ports (its
        // packets carry the other side's tag).
        if let Some(acked) = read.acked {
            let other = self.sctp_by_ports.get(&(dst_port, src_port)).and_then(|key| self.sctp_sent.get_mut(key));
            if let Some(sent) = other {
                sent.note_acked(acked, frame);
            }
        }
        for chunk in read.data {
            let key = (src, dst, chunk.stream);
            let room = |buffered: usize, more: usize| buffered + more <= MAX_SCTP_BYTES;
            let message = match (chunk.begins, chunk.ends) {
                (true, true) => Some((frame, chunk.bytes.to_vec())),
                (true, false) => {
                    if let Some((first, bytes)) = self.sctp_messages.remove(&key) {
                        self.sctp_buffered -= bytes.len();
                        self.problem(first, ProblemKind::IncompleteFragments, format!("SCTP {src} → {dst}"));
                    }
                    if self.sctp_messages.len() < MAX_SCTP_MESSAGES && room(self.sctp_buffered, chunk.bytes.len()) {
                        self.sctp_buffered += chunk.bytes.len();
                        self.sctp_messages.insert(key, (frame, chunk.bytes.to_vec()));
                    } else {
                        self.problem(frame, ProblemKind::LimitReached, format!("SCTP {src} → {dst}"));
                    }
                    None
                }
                (false, ends) => match self.sctp_messages.get_mut(&key) {
                    Some((_, bytes))
                        if bytes.len() + chunk.bytes.len() <= MAX_SCTP_MESSAGE
                            && room(self.sctp_buffered, chunk.bytes.len()) =>
                    {
                        bytes.extend_from_slice(chunk.bytes);
                        self.sctp_buffered += chunk.bytes.len();
                        if ends {
                            let whole = self.sctp_messages.remove(&key);
                            self.sctp_buffered -= whole.as_ref().map_or(0, |(_, bytes)| bytes.len());
                            whole
                        } else {
                            None
                        }
                    }
                    Some(_) => {
                        let dropped = self.sctp_messages.remove(&key).map_or(0, |(_, bytes)| bytes.len());
                        self.sctp_buffered -= dropped;
                        self.problem(frame, ProblemKind::LimitReached, format!("SCTP {src} → {dst}"));
                        None
                    }
                    None => None, // the rest of a message begun before the capture
                },
            };
            // Whole with its last fragment, as IP's reassembly has it.
            if let Some((_, bytes)) = message.filter(|(_, bytes)| looks_like_sip(bytes)) {
                if let Some(sent) = self.sctp_sent.get_mut(&association) {
                    sent.carried_sip = true;
                }
                (self.on_record)(SipRecord { frame, time, src, dst, transport: Transport::Sctp, bytes, cut: false });
            }
        }
    }

    /// An ICMP error about a SIP datagram: a record of the part it quotes,
    /// with the datagram's addresses (the analysis reads it as a finding of
    /// the call). Errors quoting something else (RTP) are not SIP's business.
    fn icmp_error(&mut self, frame: u64, time: f64, v6: bool, icmp: &[u8]) {
        let [kind, code, _, _, a, b, c, d, ..] = *icmp else { return };
        let Some(reason) = Unreachable::of_icmp(v6, kind, code, [a, b, c, d]) else { return };
        let Some((src, dst, quoted)) = quoted_udp(&icmp[8..]) else { return };
        // SIP, or only the UDP header (RFC 792's minimum quote, which
        // routers and Windows send): the analysis ties that by its addresses.
        if looks_like_sip(quoted) || quoted.is_empty() {
            let transport = Transport::Unreachable(reason);
            (self.on_record)(SipRecord { frame, time, src, dst, transport, bytes: quoted.to_vec(), cut: false });
        }
    }

    /// A UDP datagram, unless it carries a tunnel (VXLAN, Geneve).
    fn udp_or_tunnel(&mut self, frame: u64, time: f64, src: SocketAddr, dst: SocketAddr, payload: &[u8], depth: u8) {
        if esp::in_udp(src.port(), dst.port(), payload) {
            return self.esp(frame, time, (src.ip(), dst.ip()), payload, depth);
        }
        if let Some(inner) = tunnel::udp_payload(dst.port(), payload) {
            return self.tunnelled(frame, time, inner, depth);
        }
        // A recording: sent to the collector's usual port, or to another
        // when what it holds is SIP (its first byte, a version from 0 to 9,
        // is never a SIP message's, nor RTP's). TLS plaintext that goes on
        // with a message is taken on a connection whose first record was.
        let usual_port = dst.port() == acdr::PORT;
        if usual_port || payload.first().is_some_and(|&b| b <= 0x09) {
            let going_on = |r: &acdr::Recorded<'_>| matches!(*r, acdr::Recorded::Tls { src, dst, .. } if self.streams.contains_key(&(src, dst)));
            if let Some(recorded) = acdr::read(payload).filter(|r| usual_port || r.is_sip() || going_on(r)) {
                return self.recorded(frame, time, src, recorded, depth);
            }
        }
        self.udp(frame, time, src, dst, payload)
    }

    /// What an AudioCodes device (`device`, which sent it to the
    /// collector) recorded: its SIP read as if captured where it went.
    fn recorded(&mut self, frame: u64, time: f64, device: SocketAddr, recorded: acdr::Recorded<'_>, depth: u8) {
        let cut = self.cut;
        let message = |src, dst, transport, bytes: &[u8]| {
            let bytes = bytes.to_vec();
            SipRecord { frame, time, src, dst, transport, bytes, cut }
        };
        match recorded {
            acdr::Recorded::Ip(packet) => {
                let version6 = packet.first().is_some_and(|b| b >> 4 == 6);
                let ethertype = if version6 { EtherType::IPV6 } else { EtherType::IPV4 };
                self.tunnelled(frame, time, tunnel::Inner::Ip(ethertype, packet), depth);
            }
            acdr::Recorded::Message { src, dst, transport: Transport::Tcp, bytes } => {
                self.recorded_stream(frame, time, (src, dst), bytes, Transport::Tcp);
            }
            acdr::Recorded::Message { src, dst, transport, bytes } if looks_like_sip(bytes) => {
                (self.on_record)(message(src, dst, transport, bytes));
            }
            acdr::Recorded::Unaddressed { received, bytes } if looks_like_sip(bytes) => {
                // Its other end is not recorded: the unspecified address.
                let (device, other) = (SocketAddr::new(device.ip(), 0), crate::log::UNKNOWN);
                let (src, dst) = if received { (other, device) } else { (device, other) };
                (self.on_record)(message(src, dst, Transport::Udp, bytes));
            }
            acdr::Recorded::Message { src, dst, bytes, .. } => {
                self.problem(frame, ProblemKind::NotSip, format!("{src} → {dst}: {} bytes", bytes.len()));
            }
            acdr::Recorded::Unaddressed { bytes, .. } => {
                self.problem(frame, ProblemKind::NotSip, format!("{device}: {} bytes", bytes.len()));
            }
            acdr::Recorded::Tls { src, dst, bytes } => {
                self.recorded_stream(frame, time, (src, dst), bytes, Transport::Tls)
            }
            acdr::Recorded::Other => {}
        }
    }

    /// A part of a connection a device recorded ([`CaptureReader::in_order`]).
    /// When the snap length cut the record, the message it ran into is read
    /// as far as it was kept, and the connection is read again from the
    /// next message that starts.
    fn recorded_stream(&mut self, frame: u64, time: f64, (src, dst): FlowKey, bytes: &[u8], transport: Transport) {
        self.in_order(frame, time, (src, dst), bytes, transport, Vec::new());
        if !self.cut {
            return;
        }
        let rest = self.buffer_lost((src, dst));
        let rest = rest.trim_ascii_start();
        if looks_like_sip(rest) {
            (self.on_record)(SipRecord { frame, time, src, dst, transport, bytes: rest.to_vec(), cut: true });
        }
    }

    /// An 802.11 frame: the IP it carries (`depth` tunnels were opened to
    /// get here), or a count of those encrypted on the air.
    fn wlan_frame(&mut self, frame: u64, time: f64, bytes: &[u8], depth: u8) {
        match wlan::data(bytes) {
            wlan::Carried::Payloads(payloads) => {
                for (ethertype, payload) in payloads {
                    self.network(frame, time, Carried::Ip(EtherType(ethertype), payload), depth);
                }
            }
            wlan::Carried::Protected => {
                let (_, count) = self.wlan_protected.get_or_insert((frame, 0));
                *count += 1;
            }
            wlan::Carried::Nothing => {}
        }
    }

    /// The packet a tunnel carried, read as if it had been captured itself.
    fn tunnelled(&mut self, frame: u64, time: f64, inner: tunnel::Inner<'_>, depth: u8) {
        if depth >= tunnel::MAX_DEPTH {
            return; // tunnels within tunnels, past any real network's
        }
        let layer = match inner {
            tunnel::Inner::Ethernet(bytes) => Carried::ethernet(bytes),
            tunnel::Inner::Ip(ethertype, bytes) => Carried::Ip(ethertype, bytes),
            tunnel::Inner::Ieee80211(bytes) => return self.wlan_frame(frame, time, bytes, depth + 1),
        };
        self.network(frame, time, layer, depth + 1);
    }

    /// A message a capture agent sent to a collector (HEP), with the
    /// agent's addresses and, when it gives one, its time.
    fn sent_to_collector(&mut self, frame: u64, time: f64, c: hep::Captured) {
        let (src, dst, transport, time) = (c.src, c.dst, c.transport, c.time.unwrap_or(time));
        (self.on_record)(SipRecord { frame, time, src, dst, transport, bytes: c.payload.to_vec(), cut: false });
    }

    fn udp(&mut self, frame: u64, time: f64, src: SocketAddr, dst: SocketAddr, payload: &[u8]) {
        if hep::is_hep3(payload) {
            // Sent to a collector: the message as its agent saw it. What
            // else HEP carries (RTCP, logs) is not SIP's business here.
            if let Some(c) = hep::sip(payload).filter(|c| looks_like_sip(c.payload)) {
                self.sent_to_collector(frame, time, c);
            }
            return;
        }
        if !looks_like_sip(payload) {
            if let Some(c) = hep::sip_v1_v2(payload) {
                return self.sent_to_collector(frame, time, c); // HEP's older versions
            }
            // Keep-alives (CRLF, spaces, a few zero bytes) are not worth a
            // word; other traffic on a SIP port is reported, since it may be
            // SIP we cannot read.
            if crate::record::on_sip_port(src, dst) && payload.len() > 4 && !is_keep_alive(payload) {
                self.problem(frame, ProblemKind::NotSip, format!("{src} → {dst}: {} bytes", payload.len()));
            }
            return;
        }
        // Without an identification, a datagram the snap length cut is not
        // looked at: two messages may differ only past the cut.
        if (self.ip_id != 0 || !self.cut) && self.seen.again(time, (src, dst), self.ip_id, payload) {
            // The same packet captured twice (on two interfaces): a
            // retransmission is a packet of its own.
            self.copies.get_or_insert((frame, 0)).1 += 1;
            return;
        }
        // A datagram is one message: it is parsed once, by whoever reads the record.
        (self.on_record)(SipRecord {
            frame,
            time,
            src,
            dst,
            transport: Transport::Udp,
            bytes: payload.to_vec(),
            cut: self.cut,
        });
    }

    /// Forgets the connections idle longest, reporting what they left
    /// unfinished, until they hold at most three quarters of the limit (so
    /// that this, a pass over every connection, runs once per quarter of it).
    fn forget_idle_connections(&mut self, frame: u64) {
        if !self.connections_limit_reported {
            self.connections_limit_reported = true;
            let limit = self.max_connection_bytes;
            let detail = match limit % (1024 * 1024) {
                0 => format!("{} MiB", limit / (1024 * 1024)),
                _ => format!("{} KiB", limit / 1024),
            };
            self.problem(frame, ProblemKind::ConnectionsLimit, detail);
        }
        // (frame last seen in, TLS or not, its key): the least recent first.
        let mut by_idle: Vec<(u64, bool, FlowKey)> =
            self.streams.iter().map(|(k, s)| (s.last_frame, false, *k)).collect();
        by_idle.extend(self.tls.iter().map(|(k, f)| (f.last_frame, true, *k)));
        by_idle.sort_unstable_by_key(|(frame, _, _)| *frame);
        // Streams are forgotten together once chosen (what they left
        // reported in one go); until then, what they hold counts down here.
        let (mut held, mut streams) = (self.connection_bytes, Vec::new());
        for (_, tls, key) in by_idle {
            if held <= self.max_connection_bytes / 4 * 3 {
                break;
            }
            if tls {
                held = held.saturating_sub(self.tls.get(&key).map_or(0, |flow| flow.held()));
                self.forget_tls(key);
            } else {
                held = held.saturating_sub(self.streams.get(&key).map_or(0, |stream| counted(stream)));
                streams.push(key);
            }
        }
        self.forget_streams(&streams);
    }

    #[allow(clippy::too_many_arguments)]
    fn tcp(&mut self, frame: u64, time: f64, src: SocketAddr, dst: SocketAddr, segment: Segment<'_>) {
        let Segment { seq, syn, ack, fin, rst, payload, sent } = segment;
        let key = (src, dst);
        let ends = if src <= dst { (src, dst) } else { (dst, src) };
        if syn {
            self.begin_again((src, dst), ends, seq, ack);
        }
        // A connection being decrypted has its sequence numbers in its
        // cipher streams; its plaintext streams have none.
        let decrypted_flow = !self.tls.is_empty() && self.tls.contains_key(&ends);
        if let Some(ack) = ack {
            if decrypted_flow {
                self.skip_acked_unseen_tls((dst, src), ends, ack);
            } else {
                self.skip_acked_unseen((dst, src), ack);
            }
        }
        let on_tls_port = SIP_TLS_PORTS.contains(&src.port()) || SIP_TLS_PORTS.contains(&dst.port());
        let mut problems = Vec::new();
        // Some(plaintext) when the connection is TLS being decrypted.
        let mut decrypted: Option<Vec<u8>> = None;
        if decrypted_flow
            || (!self.tls_keys.is_empty()
                && crate::tls::starts_handshake(payload)
                && self.tls.len() < MAX_TLS_CONNECTIONS
                && !self.tls_reported.contains_key(&key))
        {
            let (flow, before) = entry_counted(&mut self.tls, ends, TlsFlow::held);
            flow.last_time = time;
            flow.last_frame = frame;
            let cipher = &mut flow.cipher[usize::from(src != ends.0)];
            // A segment stashed out of order keeps it: read past a gap, it is read at its own time.
            cipher.last_time = time;
            let mut lost = false;
            for outcome in cipher.push(frame, seq, syn, payload) {
                if let Outcome::Gap(bytes) = outcome {
                    problems.push(gap(src, dst, bytes));
                    lost = true;
                }
            }
            decrypted = Some(self.decrypt_delivered(ends, key, before, lost, &mut problems));
        } else {
            // A TLS record (RFC 8446 §5.1: content type 20-23, version 3.x) on
            // a port TLS carries SIP on; and, once seen, all of that connection
            // (what follows a handshake is not SIP either, nor a gap in it).
            let tls_record = matches!(payload, [20..=23, 3, 0..=4, ..]) && payload.len() >= 5;
            if (tls_record && on_tls_port) || (!self.tls_reported.is_empty() && self.tls_reported.contains_key(&key)) {
                if self.tls_reported.len() >= MAX_TLS_REPORTED && !self.tls_reported.contains_key(&key) {
                    forget_older_half(&mut self.tls_reported);
                }
                if self.tls_reported.insert(key, time).is_none() {
                    // With secrets given, what is missing is the handshake
                    // (the capture began after it), which names the session.
                    let kind = if self.tls_keys.is_empty() { ProblemKind::Tls } else { ProblemKind::TlsNoHandshake };
                    self.problem(frame, kind, format!("{src} → {dst}"));
                }
                if let Some(stream) = self.streams.get_mut(&key) {
                    stream.passed_over = true;
                }
                return;
            }
        }
        match decrypted {
            Some(plain) => self.in_order(frame, time, key, &plain, Transport::Tls, problems),
            None => self.tcp_payload(frame, time, key, segment, problems),
        }
        if fin {
            // Where this side's bytes end: those before it were all sent.
            let end = seq.wrapping_add(u32::from(syn)).wrapping_add(sent as u32);
            match self.tls.get_mut(&ends) {
                Some(flow) => flow.cipher[usize::from(src != ends.0)].note_fin(end),
                None => {
                    if let Some(stream) = self.streams.get_mut(&key) {
                        stream.note_fin(end);
                    }
                }
            }
        }
        if fin || rst {
            let reset = rst && self.streams.get(&key).is_none_or(|stream| stream.expects(seq));
            self.end_connection(key, ends, reset);
        }
        if self.connection_bytes > self.max_connection_bytes {
            self.forget_idle_connections(frame);
        }
    }

    /// A segment's bytes read into their direction's stream (put in order,
    /// gaps skipped), and the messages they complete.
    fn tcp_payload(
        &mut self,
        frame: u64,
        time: f64,
        (src, dst): FlowKey,
        segment: Segment<'_>,
        mut problems: Vec<(ProblemKind, String)>,
    ) {
        let Segment { seq, syn, payload, sent, .. } = segment;
        let (mut delivered, mut early) = (false, false);
        let (stream, before) = entry_counted(&mut self.streams, (src, dst), |stream| counted(stream));
        stream.last_time = time;
        stream.last_frame = frame;
        for outcome in stream.push(frame, seq, syn, payload) {
            match outcome {
                Outcome::Gap(bytes) => lost(stream, (src, dst), bytes, &mut problems),
                Outcome::Delivered => delivered = true,
                Outcome::Early => early = true,
                Outcome::Stashed | Outcome::Retransmission => {}
            }
        }
        let transport = Transport::Tcp;
        // Read every whole message now in the buffer.
        let mut records = Vec::new();
        read_messages(stream, (frame, time), (src, dst), transport, &mut records, &mut problems);
        if early {
            read_early(stream, (frame, time), (src, dst), &mut records, &mut problems);
        }
        if delivered && sent > payload.len() {
            // The snap length cut this segment: the message it ran into is
            // read as far as it was kept, and the stream goes on after the
            // bytes cut, which will never be seen.
            let rest = stream.buffer.trim_ascii_start();
            if stream.websocket.is_none() && !hep::is_hep3(rest) && looks_like_sip(rest) {
                let bytes = rest.to_vec();
                records.push(SipRecord { frame, time, src, dst, transport, bytes, cut: true });
            }
            stream.skipped = 0;
            let start = if syn { seq.wrapping_add(1) } else { seq };
            stream.skip_cut(start.wrapping_add(sent as u32));
            read_messages(stream, (frame, time), (src, dst), transport, &mut records, &mut problems);
        }
        let after = read_out(stream);
        self.hand_on(frame, (before, after), records, problems);
    }

    /// What reading a stream found, handed on, and what it now holds
    /// counted (`before` and `after` the read).
    fn hand_on(
        &mut self,
        frame: u64,
        (before, after): (usize, usize),
        records: Vec<SipRecord>,
        problems: Vec<(ProblemKind, String)>,
    ) {
        self.connection_bytes = (self.connection_bytes + after).saturating_sub(before);
        for record in records {
            (self.on_record)(record);
        }
        for (kind, detail) in problems {
            self.problem(frame, kind, detail);
        }
    }

    /// Bytes of one direction of a connection that come in order, with no
    /// TCP to put them in order (plaintext decrypted here, or recorded by
    /// the device that sent or received it): read into its stream, and the
    /// messages they complete; then `problems`, found on the way here.
    fn in_order(
        &mut self,
        frame: u64,
        time: f64,
        (src, dst): FlowKey,
        bytes: &[u8],
        transport: Transport,
        mut problems: Vec<(ProblemKind, String)>,
    ) {
        let (stream, before) = entry_counted(&mut self.streams, (src, dst), |stream| counted(stream));
        stream.last_time = time;
        stream.last_frame = frame;
        if stream.buffer.is_empty() {
            stream.buffer_frame = frame;
        }
        stream.buffer.extend_from_slice(bytes);
        let mut records = Vec::new();
        read_messages(stream, (frame, time), (src, dst), transport, &mut records, &mut problems);
        let after = read_out(stream);
        self.hand_on(frame, (before, after), records, problems);
    }

    /// A FIN or (`reset`) an RST from `src` to `dst`, after its bytes were
    /// read. A connection reset, or ended both ways with nothing waiting
    /// out of order (which may yet come), is over: it is forgotten now,
    /// what it left reported, instead of after minutes of silence (a trunk
    /// that opens a connection per call would otherwise keep them all).
    fn end_connection(&mut self, (src, dst): FlowKey, ends: FlowKey, reset: bool) {
        if let Some(stream) = self.streams.get_mut(&(src, dst)) {
            stream.fin = true;
        }
        let ended = |key: FlowKey| self.streams.get(&key).is_some_and(|s| s.fin && !s.has_pending());
        let both_ended = ended((src, dst))
            && ended((dst, src))
            && !self.tls.get(&ends).is_some_and(|flow| flow.cipher.iter().any(Stream::has_pending));
        if !(reset || both_ended) {
            return;
        }
        self.forget_tls(ends);
        self.forget_streams(&[(src, dst), (dst, src)]);
    }

    /// Forgets a TLS connection being decrypted (`ends`: its lower address
    /// first), if it is one.
    fn forget_tls(&mut self, ends: FlowKey) {
        if let Some(flow) = self.tls.remove(&ends) {
            self.connection_bytes = self.connection_bytes.saturating_sub(flow.held());
            let leftovers = tls_unfinished(ends, &flow);
            self.report_unfinished(leftovers);
        }
    }

    /// Forgets these directions of connections: what waited past their gaps
    /// is read, and what they left unfinished reported.
    fn forget_streams(&mut self, keys: &[FlowKey]) {
        let (mut leftovers, mut records) = (Vec::new(), Vec::new());
        for key in keys {
            if let Some(mut stream) = self.streams.remove(key) {
                self.connection_bytes = self.connection_bytes.saturating_sub(counted(&stream));
                leftovers.extend(unfinished(key.0, key.1, &mut stream, &mut records));
            }
        }
        for record in records {
            (self.on_record)(record);
        }
        self.report_unfinished(leftovers);
    }

    /// A SYN (numbered `seq`, acknowledging `ack` when it answers one) from
    /// `src` to `dst`: when it begins another connection between the same
    /// ports than the one read so far (a client bound to its SIP port
    /// connecting again), what the earlier one left is reported and it is
    /// forgotten, so that the new one is read from its own start instead
    /// of being taken for old bytes sent again. A client's SYN ends both
    /// directions; an answer's ends its own, and the client's when it
    /// acknowledges another SYN than the one that direction began with.
    fn begin_again(&mut self, (src, dst): FlowKey, ends: FlowKey, seq: u32, ack: Option<u32>) {
        let again = |streams: &FastMap<FlowKey, Box<Stream>>, key: FlowKey, isn: u32| {
            streams.get(&key).is_some_and(|stream| stream.begun_again(isn))
        };
        let mut ended = Vec::new();
        if again(&self.streams, (src, dst), seq) {
            ended.push((src, dst));
            if ack.is_none() {
                ended.push((dst, src));
            }
        }
        if let Some(ack) = ack {
            if again(&self.streams, (dst, src), ack.wrapping_sub(1)) && !ended.contains(&(dst, src)) {
                ended.push((dst, src));
            }
        }
        let direction = usize::from(src != ends.0);
        let tls_again = self.tls.get(&ends).is_some_and(|flow| flow.cipher[direction].begun_again(seq));
        if tls_again {
            self.forget_tls(ends);
            // And what was decrypted of it.
            for key in [(src, dst), (dst, src)] {
                if !ended.contains(&key) {
                    ended.push(key);
                }
            }
        }
        for key in &ended {
            self.tls_reported.remove(key);
        }
        self.forget_streams(&ended);
    }

    /// Reads on past bytes of a direction (`key`) that its receiver
    /// acknowledged (`ack`) but the capture never had (it dropped the
    /// packet): they will not come again, so segments stashed after them
    /// are read now, instead of waiting for them until the connection is
    /// forgotten. The skip is reported as a gap.
    fn skip_acked_unseen(&mut self, key: FlowKey, ack: u32) {
        let (src, dst) = key;
        let Some(stream) = self.streams.get_mut(&key).filter(|_| src != dst) else { return };
        stream.note_acked(ack);
        let before = counted(stream);
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        while stream.acked_unseen(ack) {
            read_past_gap(stream, key, &mut records, &mut problems);
        }
        let frame = stream.last_frame;
        self.connection_bytes = (self.connection_bytes + counted(stream)).saturating_sub(before);
        for record in records {
            (self.on_record)(record);
        }
        for (kind, detail) in problems {
            self.problem(frame, kind, detail);
        }
    }

    /// [`CaptureReader::skip_acked_unseen`] for a TLS connection being
    /// decrypted: the direction `key` skips the bytes the capture dropped,
    /// its TLS reading goes on at the next record after them, and what that
    /// decrypts is read on, each segment that waited at its own frame and
    /// time, as if it had come in order (a gap is said at the one after it).
    fn skip_acked_unseen_tls(&mut self, (src, dst): FlowKey, ends: FlowKey, ack: u32) {
        let side = usize::from(src != ends.0);
        let Some(flow) = self.tls.get_mut(&ends).filter(|_| src != dst) else { return };
        flow.cipher[side].note_acked(ack);
        let mut problems = Vec::new();
        loop {
            let Some(flow) = self.tls.get_mut(&ends) else { return };
            let before = flow.held();
            let cipher = &mut flow.cipher[side];
            // The next segment that waited; past a gap, once it is skipped.
            let delivered = cipher.deliver_stashed();
            let lost = delivered.is_none();
            let at = match delivered {
                None if cipher.acked_unseen(ack) => {
                    if let Some(Outcome::Gap(bytes)) = cipher.skip_to_stashed() {
                        problems.push(gap(src, dst, bytes));
                    }
                    cipher.deliver_stashed()
                }
                at => at,
            };
            let Some((frame, time)) = at else { break };
            let plain = self.decrypt_delivered(ends, (src, dst), before, lost, &mut problems);
            self.in_order(frame, time, (src, dst), &plain, Transport::Tls, std::mem::take(&mut problems));
        }
        // (A gap is always followed by the segment it was skipped to.)
        let frame = self.tls.get(&ends).map_or(0, |flow| flow.last_frame);
        for (kind, detail) in problems {
            self.problem(frame, kind, detail);
        }
    }

    /// Decrypts what the side `key` of the TLS connection `ends` has
    /// delivered in order (`lost`: after bytes the capture dropped, where
    /// the TLS reading and the plaintext stream start again), the
    /// connection counted as holding `before` until then: its plaintext.
    fn decrypt_delivered(
        &mut self,
        ends: FlowKey,
        key: FlowKey,
        before: usize,
        lost: bool,
        problems: &mut Vec<(ProblemKind, String)>,
    ) -> Vec<u8> {
        let Some(flow) = self.tls.get_mut(&ends) else { return Vec::new() };
        let bytes = std::mem::take(&mut flow.cipher[usize::from(key.0 != ends.0)].buffer);
        if lost {
            flow.connection.lost(key.0);
        }
        let plain = tls_plaintext(&mut flow.connection, key, &bytes, &self.tls_keys, problems);
        self.connection_bytes = (self.connection_bytes + flow.held()).saturating_sub(before);
        if lost {
            self.buffer_lost(key);
        }
        plain
    }

    /// What a stream's buffer holds, taken out: bytes after it were lost
    /// (a TLS record dropped, a recorded part cut), so it cannot be
    /// finished; the stream is read again from the next message that starts.
    fn buffer_lost(&mut self, key: FlowKey) -> Vec<u8> {
        let Some(stream) = self.streams.get_mut(&key) else { return Vec::new() };
        let before = counted(stream);
        let held = std::mem::take(&mut stream.buffer);
        stream.after_loss = true;
        self.connection_bytes = self.connection_bytes.saturating_sub(before.saturating_sub(counted(stream)));
        held
    }

    /// Says what the capture left unfinished (a message cut by its end, a
    /// datagram's missing fragments) and what it counted.
    pub fn finish(&mut self) {
        let (mut records, mut leftovers) = (Vec::new(), Vec::new());
        for (&(src, dst), stream) in &mut self.streams {
            let before = counted(stream);
            leftovers.extend(unfinished(src, dst, stream, &mut records));
            self.connection_bytes = (self.connection_bytes + counted(stream)).saturating_sub(before);
        }
        for record in records {
            (self.on_record)(record);
        }
        for (ends, flow) in &self.tls {
            leftovers.extend(tls_unfinished(*ends, flow));
        }
        if let Some((first, count)) = self.wlan_protected.take() {
            leftovers.push((first, ProblemKind::WlanProtected, count.to_string()));
        }
        if let Some((first, count)) = self.esp_encrypted.take() {
            leftovers.push((first, ProblemKind::EspEncrypted, count.to_string()));
        }
        if let Some((first, count)) = self.copies.take() {
            leftovers.push((first, ProblemKind::CapturedTwice, count.to_string()));
        }
        for (key, open) in self.open_fragments.drain().filter(|(_, open)| !open.refused) {
            leftovers.push((open.first, ProblemKind::IncompleteFragments, format!("{} → {}", key.0, key.1)));
        }
        for ((src, dst, _), (first, bytes)) in self.sctp_messages.drain() {
            if looks_like_sip(&bytes) {
                leftovers.push((first, ProblemKind::IncompleteFragments, format!("SCTP {src} → {dst}")));
            }
        }
        for sent in self.sctp_sent.values().filter(|sent| sent.missing() > 0) {
            let ((src, dst), frame) = (sent.ends, sent.gap_frame.unwrap_or_default());
            if sent.carried_sip || crate::record::on_sip_port(src, dst) {
                leftovers.push((frame, ProblemKind::SctpGap, format!("{src} → {dst}, {}", sent.missing())));
            }
        }
        self.report_unfinished(leftovers);
    }

    fn report_unfinished(&mut self, mut leftovers: Vec<Unfinished>) {
        leftovers.sort_by_key(|l| l.0);
        for (f, kind, detail) in leftovers {
            self.problem(f, kind, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// A classic pcap of TCP segments: (second, source address, payload).
    fn tcp_capture(segments: impl Iterator<Item = (u32, [u8; 4], Vec<u8>)>) -> Vec<u8> {
        tcp_capture_to(5060, segments)
    }

    /// Segments from port 40000 of each source to `port` of 10.9.9.9.
    fn tcp_capture_to(port: u16, segments: impl Iterator<Item = (u32, [u8; 4], Vec<u8>)>) -> Vec<u8> {
        let mut next_seq: HashMap<[u8; 4], u32> = HashMap::new();
        let segments = segments.map(|(second, source, payload)| {
            let seq = next_seq.entry(source).or_insert(1000);
            let this_seq = *seq;
            *seq += payload.len() as u32;
            (second, source, this_seq, payload)
        });
        tcp_capture_with_seq(port, segments)
    }

    /// [`tcp_capture_to`] with each segment's sequence number given.
    fn tcp_capture_with_seq(port: u16, segments: impl Iterator<Item = (u32, [u8; 4], u32, Vec<u8>)>) -> Vec<u8> {
        let mut capture = Vec::new();
        for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, 1] {
            capture.extend_from_slice(&field.to_le_bytes());
        }
        for (second, source, this_seq, payload) in segments {
            let mut frame = Vec::new();
            etherparse::PacketBuilder::ethernet2([2; 6], [4; 6])
                .ipv4(source, [10, 9, 9, 9], 64)
                .tcp(40000, port, this_seq, 65535)
                .ack(1)
                .write(&mut frame, &payload)
                .unwrap_or_else(|e| panic!("{e}"));
            for field in [second, 0, frame.len() as u32, frame.len() as u32] {
                capture.extend_from_slice(&field.to_le_bytes());
            }
            capture.extend_from_slice(&frame);
        }
        capture
    }

    #[test]
    fn captures_made_on_the_air_are_read_and_encrypted_frames_counted() {
        let sip = b"OPTIONS sip:a@h SIP/2.0\r\nCall-ID: wlan\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        // A QoS data frame to the access point, LLC/SNAP, IPv4; or protected.
        let dot11 = |flags: u8| {
            let mut f = vec![0x88, flags, 0, 0];
            f.extend_from_slice(&[7; 18]);
            f.extend_from_slice(&[0, 0, 0, 0]); // sequence and QoS control
            f.extend_from_slice(&[0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00]);
            f.extend_from_slice(&udp_packet(false, 5060, sip));
            f
        };
        let radiotap = |frame: Vec<u8>| [&[0u8, 0, 8, 0, 0, 0, 0, 0][..], &frame].concat();
        let ppi = |frame: Vec<u8>| [&[0u8, 0, 8, 0][..], &105i32.to_le_bytes(), &frame].concat();
        for (linktype, packets) in [
            (105, vec![dot11(0x01), dot11(0x41)]),
            (127, vec![radiotap(dot11(0x01)), radiotap(dot11(0x41))]),
            (192, vec![ppi(dot11(0x01)), ppi(dot11(0x41))]),
        ] {
            let mut packets = packets;
            packets.push(packets[1].clone());
            let (records, problems) = read(pcap_of(linktype, &packets));
            assert_eq!(records.len(), 1, "link type {linktype}");
            assert_eq!(records[0].bytes, sip);
            assert_eq!(records[0].src.to_string(), "192.0.2.1:5060");
            let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
            assert_eq!(said, [(2, ProblemKind::WlanProtected, "2")], "link type {linktype}");
        }
    }

    #[test]
    fn keep_alives_of_white_space_are_not_reported_other_bytes_are() {
        // NAT keep-alives as agents send them to port 5060: spaces, line
        // ends, zero bytes. Then a datagram that is neither SIP nor that.
        let payloads: [&[u8]; 5] = [b"     ", b"\r\n\r\n", b" \r\n \t ", &[0; 8], b"hello, world"];
        let packets: Vec<_> = payloads.iter().map(|p| udp_packet(false, 5060, p)).collect();
        let (records, problems) = read(pcap_of(101, &packets));
        assert!(records.is_empty());
        let reported: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(reported, [(5, ProblemKind::NotSip)]);
    }

    #[test]
    fn lines_of_white_space_in_a_connection_that_is_not_sip_are_not_reported() {
        // An FTP server's banner, a line of one space, a listing: nothing of
        // it is SIP, and nothing is reported. Then, on a SIP connection, a
        // keep-alive of spaces between two messages: both are read, and no
        // bytes are said to be lost.
        let ftp = [&b"220 FTP server ready\r\n"[..], b" \r\n", b" /pub\t-> public folder\r\n", b" \r\n"];
        let segments = ftp.iter().enumerate().map(|(n, p)| (n as u32, [192, 0, 2, 7], p.to_vec()));
        let (records, problems) = read(tcp_capture_to(21, segments));
        assert!(records.is_empty());
        assert!(problems.is_empty(), "{problems:?}");
        let message =
            |n: u32| format!("OPTIONS sip:a@h SIP/2.0\r\nCall-ID: {n}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
        let sip = [message(1).into_bytes(), b"  \r\n".to_vec(), message(2).into_bytes()];
        let segments = sip.into_iter().enumerate().map(|(n, p)| (n as u32, [192, 0, 2, 8], p));
        let (records, problems) = read(tcp_capture(segments));
        assert_eq!(records.len(), 2);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn tls_on_the_ports_sip_uses_for_it_is_reported_once_per_connection() {
        // A ClientHello's first bytes, then application data, on each port.
        let segments = || {
            [(1, [192, 0, 2, 1], vec![0x16, 3, 1, 0, 4, 1, 0, 0, 0]), (2, [192, 0, 2, 1], vec![0x17, 3, 3, 0, 1, 9])]
                .into_iter()
        };
        for port in [5061, 5081, 7443, 8089, 443] {
            let (records, problems) = read(tcp_capture_to(port, segments()));
            let tls: Vec<_> = problems.iter().filter(|p| p.kind == ProblemKind::Tls).map(|p| p.frame).collect();
            assert!(records.is_empty());
            assert_eq!(tls, if port == 443 { vec![] } else { vec![1] }, "port {port}: {problems:?}");
        }
    }

    #[test]
    fn tls_whose_handshake_the_capture_missed_is_said_so_when_secrets_were_given() {
        // Application data only, as on a trunk's connection opened before
        // the capture began: without secrets, they are what is missing;
        // with them, the handshake that names the session is.
        let segments = || [(1, [192, 0, 2, 1], vec![0x17, 3, 3, 0, 1, 9])].into_iter();
        let keys = format!("CLIENT_RANDOM {} {}\n", "00".repeat(32), "00".repeat(48));
        let keys = std::sync::Arc::new(crate::KeyLog::parse(keys.as_bytes()));
        for (given, kind) in [(false, ProblemKind::Tls), (true, ProblemKind::TlsNoHandshake)] {
            let mut problems = Vec::new();
            let mut reader = CaptureReader::new(|_| {}, |p| problems.push(p));
            if given {
                reader = reader.with_tls_keys(std::sync::Arc::clone(&keys));
            }
            reader.read(std::io::Cursor::new(tcp_capture_to(5061, segments())));
            drop(reader);
            let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
            assert_eq!(said, [(1, kind)], "secrets given: {given}");
        }
    }

    #[test]
    fn tls_connections_keep_their_keys_while_silent_yet_leave_room_for_new_ones() {
        // A ClientHello's first bytes on a new connection each second,
        // secrets given: each is decrypted (none refused for want of room),
        // though a silent one is kept for hours while few are open.
        let keys = format!("CLIENT_RANDOM {} {}\n", "00".repeat(32), "00".repeat(48));
        let keys = std::sync::Arc::new(crate::KeyLog::parse(keys.as_bytes()));
        let connections = 20_000u32;
        let hello = vec![0x16, 3, 1, 0, 4, 1, 0, 0, 0];
        let segments = (0..connections).map(|n| (n, [10, 3, (n >> 8) as u8, n as u8], hello.clone()));
        let mut problems = Vec::new();
        let mut reader = CaptureReader::new(|_| {}, |p| problems.push(p)).with_tls_keys(keys);
        reader.read(std::io::Cursor::new(tcp_capture_to(5061, segments)));
        let kept = reader.tls.len();
        drop(reader);
        assert!(problems.iter().all(|p| p.kind != ProblemKind::Tls), "{:?}", &problems[..problems.len().min(3)]);
        assert!((STREAM_IDLE_TIMEOUT as usize..MAX_TLS_CONNECTIONS).contains(&kept), "{kept} kept");
    }

    #[test]
    fn idle_tcp_connections_are_forgotten_and_what_they_left_reported() {
        // Twenty thousand connections, a new one each second, each carrying
        // one whole message; the last one leaves half a message behind.
        let connections = 20_000u32;
        let segments = (0..connections).map(|n| {
            let message =
                format!("OPTIONS sip:a@h SIP/2.0\r\nCall-ID: {n}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
            let mut payload = message.into_bytes();
            if n == 0 {
                payload.truncate(30);
            }
            (n, [10, 1, (n >> 8) as u8, n as u8], payload)
        });
        let capture = tcp_capture(segments);
        let (mut records, mut problems) = (0, Vec::new());
        let mut reader = CaptureReader::new(|_| records += 1, |p| problems.push(p));
        reader.read(std::io::Cursor::new(capture));
        let kept = reader.streams.len();
        drop(reader);
        assert_eq!(records, connections as usize - 1);
        assert!(kept <= 1_024 + STREAM_IDLE_TIMEOUT as usize, "{kept} connections kept");
        // Forgotten after its idle time, not at the end: still reported, once.
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].frame, problems[0].kind), (1, ProblemKind::TcpIncomplete));
    }

    #[test]
    fn connections_holding_too_much_at_once_are_forgotten_idle_longest_first() {
        // Two thousand connections within a second, each leaving the start
        // of a message and a segment past a gap (waiting for bytes that
        // never come); then one whole message on a new connection.
        let start = b"OPTIONS sip:a@h SIP/2.0\r\n".to_vec();
        let connections = 2_000u32;
        let mut segments = Vec::new();
        for n in 0..connections {
            let source = [10, 2, (n >> 8) as u8, n as u8];
            segments.push((n / 1_000, source, 1000, start.clone()));
            segments.push((n / 1_000, source, 1000 + start.len() as u32 + 50, vec![b'x'; 100]));
        }
        let whole = b"OPTIONS sip:a@h SIP/2.0\r\nCall-ID: last\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        segments.push((2, [10, 3, 0, 1], 1000, whole.to_vec()));
        let capture = tcp_capture_with_seq(5060, segments.into_iter());
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let mut reader = CaptureReader::new(|r| records.push(r), |p| problems.push(p));
        let limit = 64 * 1024;
        reader.max_connection_bytes = limit;
        reader.read(std::io::Cursor::new(capture));
        // What is counted is what the connections hold, and within the limit.
        let held: usize = reader.streams.values().map(|s| s.held() + CONNECTION_OVERHEAD).sum();
        let (counted, kept) = (reader.connection_bytes, reader.streams.len());
        drop(reader);
        assert_eq!(counted, held);
        assert!(counted <= limit, "{counted} bytes held");
        assert_eq!(records.len(), 1);
        let count = |kind| problems.iter().filter(|p| p.kind == kind).count();
        let said: Vec<_> = problems.iter().filter(|p| p.kind == ProblemKind::ConnectionsLimit).collect();
        assert_eq!(said.len(), 1);
        assert_eq!(said[0].detail, "64 KiB");
        // Each connection's gap is reported once (with the message it ran
        // into, whose start waited before it): when forgotten early, or at
        // the end for those still kept. What waited past it is no SIP.
        assert_eq!(count(ProblemKind::TcpGap), connections as usize);
        assert_eq!(count(ProblemKind::TcpIncomplete), 0);
        // The first forgotten were the first opened (its last segment, frame 2).
        let forgotten_first = problems.iter().find(|p| p.kind == ProblemKind::TcpGap).map(|p| p.frame);
        assert_eq!(forgotten_first, Some(2));
        assert!(kept < connections as usize / 4, "{kept} connections kept");
    }

    #[test]
    fn fragmented_datagrams_put_together_at_once_are_bounded() {
        // First fragments of more datagrams than are kept at once.
        let packets: Vec<Vec<u8>> = (0..MAX_OPEN_FRAGMENTS as u16 + 3)
            .map(|id| {
                let mut header =
                    etherparse::Ipv4Header::new(16, 64, etherparse::IpNumber::UDP, [192, 0, 2, 1], [192, 0, 2, 2])
                        .unwrap_or_else(|e| panic!("{e}"));
                header.identification = id;
                header.more_fragments = true;
                header.header_checksum = header.calc_header_checksum();
                let mut packet = header.to_bytes().to_vec();
                packet.extend_from_slice(&[
                    0x13, 0xc4, 0x13, 0xc4, 0, 100, 0, 0, b'I', b'N', b'V', b'I', b'T', b'E', b' ', b's',
                ]);
                packet
            })
            .collect();
        // All within one second: none has timed out.
        let (_, problems) = read(pcap_timed(101, packets.iter().map(|packet| (0, packet.as_slice()))));
        let limited: Vec<_> =
            problems.iter().filter(|p| p.kind == ProblemKind::LimitReached).map(|p| p.frame).collect();
        let first = MAX_OPEN_FRAGMENTS as u64 + 1;
        assert_eq!(limited, [first, first + 1, first + 2]);
        assert_eq!(problems.iter().filter(|p| p.kind == ProblemKind::IncompleteFragments).count(), MAX_OPEN_FRAGMENTS);
    }

    /// `pcap` (little-endian, microseconds) with nanosecond timestamps.
    fn in_nanoseconds(pcap: &[u8]) -> Vec<u8> {
        let mut out = pcap.to_vec();
        out[..4].copy_from_slice(&0xa1b2_3c4d_u32.to_le_bytes());
        let mut at = 24;
        while at + 16 <= out.len() {
            let word = |at: usize| u32::from_le_bytes([out[at], out[at + 1], out[at + 2], out[at + 3]]);
            let (usec, caplen) = (word(at + 4), word(at + 8));
            out[at + 4..at + 8].copy_from_slice(&(usec * 1000).to_le_bytes());
            at += 16 + caplen as usize;
        }
        out
    }

    #[test]
    fn pcap_files_joined_with_cat_are_read_through() {
        let first = include_bytes!("../tests/data/basic-call.pcap").to_vec();
        let second = include_bytes!("../tests/data/diag-489.pcap").to_vec();
        let (a, none) = read(first.clone());
        let (b, also_none) = read(second.clone());
        assert!(!a.is_empty() && !b.is_empty() && none.is_empty() && also_none.is_empty());
        let frames = |records: &[SipRecord]| records.iter().map(|r| r.frame).collect::<Vec<_>>();
        let last_frame = {
            let mut count = 0;
            let mut reader =
                pcap_parser::LegacyPcapReader::new(65536, first.as_slice()).unwrap_or_else(|e| panic!("{e}"));
            while let Ok((offset, block)) = pcap_parser::traits::PcapReaderIterator::next(&mut reader) {
                count += u64::from(matches!(block, PcapBlockOwned::Legacy(_)));
                pcap_parser::traits::PcapReaderIterator::consume(&mut reader, offset);
            }
            count
        };
        // The second file in microseconds or nanoseconds: its records follow
        // the first's, numbered on, at the same times.
        for second in [second.clone(), in_nanoseconds(&second)] {
            let (joined, problems) = read([first.clone(), second].concat());
            assert!(problems.is_empty(), "{problems:?}");
            assert_eq!(joined.len(), a.len() + b.len());
            let (from_first, from_second) = joined.split_at(a.len());
            assert_eq!(from_first, a.as_slice());
            assert_eq!(frames(from_second), frames(&b).iter().map(|f| f + last_frame).collect::<Vec<_>>());
            for (got, alone) in from_second.iter().zip(&b) {
                assert_eq!((&got.bytes, got.src, got.dst), (&alone.bytes, alone.src, alone.dst));
                assert!((got.time - alone.time).abs() < 1e-6);
            }
        }
        // A link type field with the FCS flag and length set (its top bits):
        // the link type is its low 16 bits.
        let mut with_fcs_flag = first.clone();
        with_fcs_flag[20..24].copy_from_slice(
            &(u32::from_le_bytes([first[20], first[21], first[22], first[23]]) | 0x2400_0000).to_le_bytes(),
        );
        assert_eq!(read(with_fcs_flag), (a.clone(), Vec::new()));
        // Joined to a header cut short: the first file's records, and the damage said.
        let (records, problems) = read([first.clone(), second[..20].to_vec()].concat());
        assert_eq!(records, a);
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::DamagedFile]);
    }

    #[test]
    fn sip_in_esp_with_null_encryption_is_read_and_encrypted_esp_is_counted() {
        // Between a phone (10.0.0.1) and its P-CSCF (10.9.9.9), as IMS
        // test networks run it: IPsec ESP in transport mode, NULL
        // encryption, HMAC-SHA-1-96; over IPv4 and IPv6.
        let esp_packet = |v6: bool, esp: &[u8]| {
            let protocol = etherparse::IpNumber::ENCAPSULATING_SECURITY_PAYLOAD;
            let mut ip = Vec::new();
            if v6 {
                let host = |last: u8| [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, last];
                let header = etherparse::Ipv6Header {
                    payload_length: esp.len() as u16,
                    next_header: protocol,
                    hop_limit: 64,
                    source: host(1),
                    destination: host(2),
                    ..Default::default()
                };
                header.write(&mut ip).unwrap_or_else(|e| panic!("{e}"));
                ip.extend_from_slice(esp);
                return [&[4u8; 6][..], &[2; 6], &[0x86, 0xdd], &ip].concat();
            }
            let header = etherparse::Ipv4Header::new(esp.len() as u16, 64, protocol, [10, 0, 0, 1], [10, 9, 9, 9])
                .unwrap_or_else(|e| panic!("{e}"));
            ethernet_frame(&[header.to_bytes().to_vec(), esp.to_vec()].concat())
        };
        // The UDP or TCP inside: as the frames of the same packets in the clear carry it.
        let transport_of = |frame: &[u8]| {
            let ip = &frame[14..];
            ip[usize::from(ip[0] & 0x0f) * 4..].to_vec()
        };
        let udp_v4 = ethernet_frame(&udp_packet(false, 5060, &options("esp-udp")));
        let udp_v6 = udp_packet(true, 5060, &options("esp-v6"));
        let tcp = tcp_frame(false, 1000, 1, &options("esp-tcp"));
        let natted = ethernet_frame(&udp_packet(false, 5060, &options("esp-nat")));
        let encrypted: Vec<u8> = (0..200u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
        let frames = [
            esp_packet(false, &crate::esp::tests::null_esp(17, &transport_of(&udp_v4), 12)),
            esp_packet(true, &crate::esp::tests::null_esp(17, &udp_v6[40..], 12)),
            esp_packet(false, &crate::esp::tests::null_esp(6, &transport_of(&tcp), 12)),
            // Through NAT: in UDP to port 4500 (RFC 3948).
            ethernet_frame(&udp_packet(false, 4500, &crate::esp::tests::null_esp(17, &transport_of(&natted), 12))),
            esp_packet(false, &encrypted),
            esp_packet(false, &encrypted),
        ];
        let (records, problems) = read(pcap_of(1, &frames));
        let ids: Vec<String> = records
            .iter()
            .map(|r| String::from_utf8_lossy(&r.bytes).lines().nth(1).unwrap_or_default().to_owned())
            .collect();
        assert_eq!(ids, ["Call-ID: esp-udp", "Call-ID: esp-v6", "Call-ID: esp-tcp", "Call-ID: esp-nat"]);
        assert_eq!(
            (records[1].src.to_string(), records[2].transport),
            ("[2001:db8::1]:5060".to_owned(), Transport::Tcp)
        );
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(5, ProblemKind::EspEncrypted, "2")]);
        // Cut by the snap length, ESP has no trailer to read: the cut is
        // said, not that it is encrypted.
        let cut = frames[3].clone();
        let (_, problems) = read(pcap_kept(&[(cut.clone(), cut.len() - 20)]));
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Truncated]);
    }

    /// An IPv4 fragment of datagram `id` between `hosts`: at `offset` (in
    /// units of 8 bytes), with more to follow or not.
    fn ipv4_fragment(
        protocol: etherparse::IpNumber,
        hosts: ([u8; 4], [u8; 4]),
        id: u16,
        (offset, more): (u16, bool),
        payload: &[u8],
    ) -> Vec<u8> {
        let mut header = etherparse::Ipv4Header::new(payload.len() as u16, 64, protocol, hosts.0, hosts.1)
            .unwrap_or_else(|e| panic!("{e}"));
        header.identification = id;
        header.more_fragments = more;
        header.fragment_offset = etherparse::IpFragOffset::try_new(offset).unwrap_or_else(|e| panic!("{e}"));
        header.header_checksum = header.calc_header_checksum();
        [header.to_bytes().to_vec(), payload.to_vec()].concat()
    }

    #[test]
    fn a_tcp_segment_in_ip_fragments_is_put_together_and_read() {
        // An INVITE over TCP whose segment was fragmented (a tunnel without
        // path MTU discovery): two IPv4 fragments, the second first.
        let invite = [
            &b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: frag-tcp\r\nCSeq: 1 INVITE\r\nContent-Length: 600\r\n\r\n"
                [..],
            &[b'v'; 600],
        ]
        .concat();
        let whole = tcp_frame(false, 1000, 1, &invite);
        let ip = &whole[14..];
        let header_len = usize::from(ip[0] & 0x0f) * 4;
        let payload = &ip[header_len..];
        let fragment = |offset: u16, part: &[u8], more: bool| {
            let hosts = ([10, 0, 0, 1], [10, 9, 9, 9]);
            ethernet_frame(&ipv4_fragment(etherparse::IpNumber::TCP, hosts, 99, (offset, more), part))
        };
        let (first, second) = payload.split_at(400);
        let frames = [fragment(50, second, false), fragment(0, first, true)];
        let (records, problems) = read(pcap_of(1, &frames));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 1);
        assert_eq!((records[0].frame, records[0].bytes.as_slice()), (2, invite.as_slice()));
    }

    #[test]
    fn a_fragment_that_does_not_fit_is_said_once_not_taken_for_one_never_completed() {
        // A first fragment of 10 bytes with more to follow (a fragment's
        // length must be a multiple of 8), then a second of the same
        // datagram, as a fragmentation attack or a broken stack sends.
        let fragment = |offset: u16, payload: &[u8]| {
            let hosts = ([192, 0, 2, 1], [192, 0, 2, 2]);
            ipv4_fragment(etherparse::IpNumber::UDP, hosts, 7, (offset, true), payload)
        };
        let first = fragment(0, &[0x13, 0xc4, 0x13, 0xc4, 0, 100, 0, 0, b'I', b'N']);
        let second = fragment(1, b"VITE sip:");
        let (records, problems) = read(pcap_timed(101, [(0, first.as_slice()), (0, second.as_slice())].into_iter()));
        assert!(records.is_empty());
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(1, ProblemKind::BadFragment, "192.0.2.1 → 192.0.2.2")]);
    }

    #[test]
    fn the_usual_frame_is_read_as_etherparse_reads_it() {
        // UDP over IPv4 in Ethernet, whole and then with one byte changed
        // in its headers to every value: wherever the fast reading answers,
        // etherparse gives the same addresses and payload.
        let mut frame = Vec::new();
        etherparse::PacketBuilder::ethernet2([2; 6], [4; 6])
            .ipv4([192, 0, 2, 1], [198, 51, 100, 7], 64)
            .udp(5060, 5080)
            .write(&mut frame, b"OPTIONS sip:a@h SIP/2.0\r\n\r\n")
            .unwrap_or_else(|e| panic!("{e}"));
        fn by_etherparse(frame: &[u8]) -> Option<(SocketAddr, SocketAddr, &[u8])> {
            let sliced = SlicedPacket::from_ethernet(frame).ok()?;
            let Some(NetSlice::Ipv4(ip)) = &sliced.net else { return None };
            if ip.is_payload_fragmented() {
                return None;
            }
            let Some(TransportSlice::Udp(udp)) = &sliced.transport else { return None };
            let (src, dst) = (ip.header().source_addr(), ip.header().destination_addr());
            Some((
                SocketAddr::from((src, udp.source_port())),
                SocketAddr::from((dst, udp.destination_port())),
                udp.payload(),
            ))
        }
        assert!(plain_udp(&frame).is_some());
        let mut read = 0;
        for at in 0..42 {
            for value in 0..=255u8 {
                let mut changed = frame.clone();
                changed[at] = value;
                for cut in [changed.len(), changed.len() - 1, 41] {
                    let frame = &changed[..cut];
                    if let Some(fast) = plain_udp(frame) {
                        read += 1;
                        assert_eq!(Some(fast), by_etherparse(frame), "byte {at} = {value}, {cut} bytes");
                    }
                }
            }
        }
        assert!(read > 5_000, "{read}");
        // With Ethernet padding after the packet too.
        frame.extend_from_slice(&[0; 6]);
        assert_eq!(plain_udp(&frame), by_etherparse(&frame));
    }

    /// An IP packet (no link layer) carrying `payload` from 192.0.2.1:5060
    /// (2001:db8::1 for IPv6) to port `to` of 192.0.2.2 (2001:db8::2).
    fn udp_packet(v6: bool, to: u16, payload: &[u8]) -> Vec<u8> {
        let mut packet = Vec::new();
        let builder = if v6 {
            let host = |last: u8| [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, last];
            etherparse::PacketBuilder::ipv6(host(1), host(2), 64)
        } else {
            etherparse::PacketBuilder::ipv4([192, 0, 2, 1], [192, 0, 2, 2], 64)
        };
        builder.udp(5060, to).write(&mut packet, payload).unwrap_or_else(|e| panic!("{e}"));
        packet
    }

    /// An IPv4 packet in an Ethernet frame.
    fn ethernet_frame(ipv4: &[u8]) -> Vec<u8> {
        [&[4u8; 6][..], &[2; 6], &[0x08, 0x00], ipv4].concat()
    }

    /// A classic pcap of these packets, one a second.
    fn pcap_of(linktype: u32, packets: &[Vec<u8>]) -> Vec<u8> {
        pcap_timed(linktype, packets.iter().enumerate().map(|(second, packet)| (second as u32, packet.as_slice())))
    }

    /// A classic pcap of packets, each at its second.
    fn pcap_timed<'p>(linktype: u32, packets: impl Iterator<Item = (u32, &'p [u8])>) -> Vec<u8> {
        let mut capture = Vec::new();
        for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, linktype] {
            capture.extend_from_slice(&field.to_le_bytes());
        }
        for (second, packet) in packets {
            for field in [second, 0, packet.len() as u32, packet.len() as u32] {
                capture.extend_from_slice(&field.to_le_bytes());
            }
            capture.extend_from_slice(packet);
        }
        capture
    }

    #[test]
    fn a_datagram_the_snap_length_cut_is_read_as_far_as_it_was_kept() {
        let sip: &[u8] = b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: x\r\nContent-Length: 500\r\n\r\nv=0\r\n";
        let v4 = ethernet_frame(&udp_packet(false, 5060, sip));
        let v6 = udp_packet(true, 5060, sip);
        let mut fragment = udp_packet(false, 5060, sip);
        fragment[6] = 0x20; // more fragments follow
                            // Each packet with the number of bytes kept of it.
        let capture = |linktype: u32, packets: &[(&[u8], usize)]| {
            let mut capture = Vec::new();
            for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 96, linktype] {
                capture.extend_from_slice(&field.to_le_bytes());
            }
            for (packet, kept) in packets {
                for field in [0, 0, *kept as u32, packet.len() as u32] {
                    capture.extend_from_slice(&field.to_le_bytes());
                }
                capture.extend_from_slice(&packet[..*kept]);
            }
            capture
        };
        // Ethernet and IPv4, cut in the Call-ID line, then whole.
        let (records, problems) = read(capture(1, &[(&v4, 14 + 28 + 40), (&v4, v4.len())]));
        let kept: Vec<_> = records.iter().map(|r| (r.frame, r.cut, r.bytes.as_slice())).collect();
        assert_eq!(kept, [(1, true, &sip[..40]), (2, false, sip)]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(said, [(1, ProblemKind::Truncated)]);
        // Only what followed the IP packet cut (a frame check sequence): whole.
        let with_fcs = [v4.clone(), vec![0; 4]].concat();
        let (records, problems) = read(capture(1, &[(&with_fcs, v4.len())]));
        assert_eq!(records.iter().map(|r| (r.cut, r.bytes.as_slice())).collect::<Vec<_>>(), [(false, sip)]);
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Truncated]);
        // Raw IPv6, cut in the body.
        let (records, _) = read(capture(101, &[(&v6, 40 + 8 + sip.len() - 3)]));
        let kept: Vec<_> = records.iter().map(|r| (r.cut, r.src.is_ipv6(), r.bytes.as_slice())).collect();
        assert_eq!(kept, [(true, true, &sip[..sip.len() - 3])]);
        // A fragment cut short is not a datagram: nothing to read, the cut said.
        let (records, problems) = read(capture(101, &[(&fragment, fragment.len() - 5)]));
        assert!(records.is_empty());
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Truncated]);
        // A packet whose IP length says more than it holds, whole as captured:
        // damaged, not cut, and not read.
        let mut short = v4.clone();
        short.truncate(v4.len() - 3);
        let (records, problems) = read(capture(1, &[(&short, short.len())]));
        assert!(records.is_empty() && problems.is_empty());
    }

    /// A TCP segment between 10.0.0.1:40000 and 10.9.9.9:5060 (`back`: the
    /// other way), its sequence and acknowledgement numbers, and its payload.
    fn tcp_frame(back: bool, seq: u32, ack: u32, payload: &[u8]) -> Vec<u8> {
        tcp_segment(back, seq, Some(ack), [false; 3], payload)
    }

    /// [`tcp_frame`] with ACK only when `ack` is given, and SYN, FIN, RST
    /// as `flags` say.
    fn tcp_segment(back: bool, seq: u32, ack: Option<u32>, flags: [bool; 3], payload: &[u8]) -> Vec<u8> {
        let (a, b) = ([10, 0, 0, 1], [10, 9, 9, 9]);
        let (from, to, ports) = if back { (b, a, (5060, 40000)) } else { (a, b, (40000, 5060)) };
        let mut builder =
            etherparse::PacketBuilder::ethernet2([2; 6], [4; 6]).ipv4(from, to, 64).tcp(ports.0, ports.1, seq, 65535);
        if let Some(ack) = ack {
            builder = builder.ack(ack);
        }
        let [syn, fin, rst] = flags;
        if syn {
            builder = builder.syn();
        }
        if fin {
            builder = builder.fin();
        }
        if rst {
            builder = builder.rst();
        }
        let mut frame = Vec::new();
        builder.write(&mut frame, payload).unwrap_or_else(|e| panic!("{e}"));
        frame
    }

    /// A classic Ethernet pcap of frames, one a second, each with how many
    /// of its bytes the capture kept.
    fn pcap_kept(frames: &[(Vec<u8>, usize)]) -> Vec<u8> {
        let mut capture = Vec::new();
        for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, 1] {
            capture.extend_from_slice(&field.to_le_bytes());
        }
        for (second, (frame, kept)) in frames.iter().enumerate() {
            for field in [second as u32, 0, *kept as u32, frame.len() as u32] {
                capture.extend_from_slice(&field.to_le_bytes());
            }
            capture.extend_from_slice(&frame[..*kept]);
        }
        capture
    }

    #[test]
    fn packets_whose_ip_length_is_0_as_segmentation_offload_leaves_it_are_read_whole() {
        // Captured on the sending host before the card segmented them: the
        // IP header says length 0 (IPv4 total length, IPv6 payload length).
        let unsized_ = |mut packet: Vec<u8>, ip_at: usize| {
            let field = if packet[ip_at] >> 4 == 4 { ip_at + 2 } else { ip_at + 4 };
            packet[field..field + 2].copy_from_slice(&[0, 0]);
            packet
        };
        let large: Vec<u8> = [
            &b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: tso\r\nCSeq: 1 INVITE\r\nContent-Length: 3000\r\n\r\n"[..],
            &[b'x'; 3000],
        ]
        .concat();
        let frames = [
            tcp_frame(false, 1000, 1, &large),
            ethernet_frame(&udp_packet(false, 5060, &options("tso-udp"))),
            [&[4u8; 6][..], &[2; 6], &[0x86, 0xdd], &udp_packet(true, 5060, &options("tso-v6"))].concat(),
        ];
        let whole: Vec<(Vec<u8>, usize)> = frames.iter().map(|f| (f.clone(), f.len())).collect();
        let (expected, none) = read(pcap_kept(&whole));
        assert_eq!((expected.len(), none), (3, Vec::new()));
        let zeroed: Vec<(Vec<u8>, usize)> = frames.iter().map(|f| (unsized_(f.clone(), 14), f.len())).collect();
        assert_eq!(read(pcap_kept(&zeroed)), (expected, Vec::new()));
    }

    /// An OPTIONS of Call-ID `id`, without body.
    fn options(id: &str) -> Vec<u8> {
        format!("OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: {id}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
            .into_bytes()
    }

    /// A SYN (and ACK, when `ack` is given).
    fn tcp_syn(back: bool, seq: u32, ack: Option<u32>) -> Vec<u8> {
        tcp_segment(back, seq, ack, [true, false, false], b"")
    }

    /// A segment with FIN or (`reset`) RST set, and ACK, carrying `payload`.
    fn tcp_end(back: bool, seq: u32, ack: u32, reset: bool, payload: &[u8]) -> Vec<u8> {
        tcp_segment(back, seq, Some(ack), [false, !reset, reset], payload)
    }

    #[test]
    fn a_block_larger_than_the_first_buffer_is_read_and_one_past_the_limit_reported() {
        // Ethernet frames padded past the IP packet they carry (as some
        // captures keep trailers): 1 MiB, which the buffer grows to hold,
        // then over 4 MiB, which it does not.
        let frame = |len: usize| {
            let mut frame = ethernet_frame(&udp_packet(false, 5060, &options("big")));
            frame.resize(len.max(frame.len()), 0);
            frame
        };
        let (records, problems) = read(pcap_of(1, &[frame(1 << 20), frame(0)]));
        assert_eq!(records.len(), 2, "{problems:?}");
        assert!(problems.is_empty(), "{problems:?}");
        let (records, problems) = read(pcap_of(1, &[frame(0), frame(BLOCK_BUFFER + 1), frame(0)]));
        assert_eq!(records.len(), 1);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(1, ProblemKind::LimitReached, "block over 4194304 bytes")]);
    }

    #[test]
    fn messages_sent_before_the_first_read_of_a_connection_are_read_too() {
        // The capture began during a connection, and its first two segments
        // came out of order: the second message was read first.
        let whole = |frame: Vec<u8>| {
            let len = frame.len();
            (frame, len)
        };
        let (one, two) = (options("one"), options("two"));
        let after = 1000 + one.len() as u32;
        let (records, problems) = read(pcap_kept(&[
            whole(tcp_frame(false, after, 5000, &two)),
            whole(tcp_frame(false, 1000, 5000, &one)),
            whole(tcp_frame(false, 1000, 5000, &one)), // sent again
        ]));
        let messages: Vec<_> = records.iter().map(|r| (r.frame, r.bytes.clone())).collect();
        assert_eq!(messages, [(1, two.clone()), (2, one.clone())]);
        assert!(problems.is_empty(), "{problems:?}");
        // A message split across the two: the early half has lost its rest
        // (read, and skipped, before it): said, not dropped.
        let half = one.len() / 2;
        let rest = [&one[half..], &two[..]].concat();
        let (records, problems) = read(pcap_kept(&[
            whole(tcp_frame(false, 1000 + half as u32, 5000, &rest)),
            whole(tcp_frame(false, 1000, 5000, &one[..half])),
        ]));
        assert_eq!(records.iter().map(|r| r.bytes.clone()).collect::<Vec<_>>(), [two]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert!(said.contains(&(2, ProblemKind::TcpIncomplete)), "{problems:?}");
    }

    #[test]
    fn a_connection_ended_both_ways_or_reset_is_forgotten_at_once() {
        let whole = |frame: Vec<u8>| {
            let len = frame.len();
            (frame, len)
        };
        let (one, reply) = (options("one"), b"SIP/2.0 200 OK\r\nCall-ID: one\r\nCSeq: 1 OPTIONS\r\n\r\n".to_vec());
        let (end_a, end_b) = (1000 + one.len() as u32, 5000 + reply.len() as u32);
        let forgotten_after = |frames: Vec<(Vec<u8>, usize)>| {
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            let mut reader = CaptureReader::new(|r| records.push(r), |p| problems.push(p));
            reader.read(std::io::Cursor::new(pcap_kept(&frames)));
            // The end of the capture reads what connections left, but
            // keeps them: those still there were not forgotten before.
            let kept = reader.streams.len();
            drop(reader);
            (kept, records.len(), problems)
        };
        // FIN each way (the last carrying the reply): both directions go.
        let (kept, read, problems) = forgotten_after(vec![
            whole(tcp_frame(false, 1000, 5000, &one)),
            whole(tcp_end(false, end_a, 5000, false, b"")),
            whole(tcp_end(true, 5000, end_a + 1, false, &reply)),
        ]);
        assert_eq!((kept, read), (0, 2), "{problems:?}");
        assert!(problems.is_empty(), "{problems:?}");
        // FIN one way only: the other direction may still send.
        let (kept, _, _) = forgotten_after(vec![
            whole(tcp_frame(false, 1000, 5000, &one)),
            whole(tcp_frame(true, 5000, end_a, &reply)),
            whole(tcp_end(false, end_a, end_b, false, b"")),
        ]);
        assert_eq!(kept, 2);
        // Reset, with half a message sent: forgotten, and the half reported.
        let (kept, read, problems) = forgotten_after(vec![
            whole(tcp_frame(false, 1000, 5000, &one)),
            whole(tcp_frame(true, 5000, end_a, &reply[..20])),
            whole(tcp_end(false, end_a, 5020, true, b"")),
        ]);
        assert_eq!((kept, read), (0, 1));
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(said, [(2, ProblemKind::TcpIncomplete)]);
        // An RST numbered past what was sent is not taken by its receiver.
        let (kept, _, _) = forgotten_after(vec![
            whole(tcp_frame(false, 1000, 5000, &one)),
            whole(tcp_end(false, end_a + 100_000, 5000, true, b"")),
        ]);
        assert_eq!(kept, 1);
        // FIN both ways while a segment waits past a gap: kept, as the
        // missing bytes may yet come.
        let (kept, _, _) = forgotten_after(vec![
            whole(tcp_frame(false, 1000, 5000, &one)),
            whole(tcp_frame(false, end_a + 10, 5000, b"more")),
            whole(tcp_end(false, end_a + 14, 5000, false, b"")),
            whole(tcp_end(true, 5000, end_a, false, b"")),
        ]);
        assert_eq!(kept, 2);
    }

    #[test]
    fn a_new_connection_between_the_same_ports_is_read_from_its_own_start() {
        // A client that binds its SIP port connects again (after the first
        // connection closed, or broke) within the time a silent connection
        // is kept: the new connection's sequence numbers start anywhere,
        // before or after where the first one stopped. A SYN sent twice
        // (its retransmission) changes nothing.
        let (one, two, reply) = (
            options("first"),
            options("second"),
            b"SIP/2.0 200 OK\r\nCall-ID: second\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n".to_vec(),
        );
        for second_start in [10u32, 3_000_000_000, 1_000_000 + one.len() as u32 + 7] {
            let whole = |frame: Vec<u8>| {
                let len = frame.len();
                (frame, len)
            };
            let capture = pcap_kept(&[
                whole(tcp_syn(false, 999_999, None)),
                whole(tcp_syn(true, 499_999, Some(1_000_000))),
                whole(tcp_frame(false, 1_000_000, 500_000, &one)),
                whole(tcp_syn(false, second_start - 1, None)),
                whole(tcp_syn(false, second_start - 1, None)),
                whole(tcp_syn(true, 7_999, Some(second_start))),
                whole(tcp_frame(false, second_start, 8_000, &two)),
                whole(tcp_frame(true, 8_000, second_start + two.len() as u32, &reply)),
            ]);
            let (records, problems) = read(capture);
            let got: Vec<_> = records.iter().map(|r| (r.frame, r.bytes.clone())).collect();
            assert_eq!(
                got,
                [(3, one.clone()), (7, two.clone()), (8, reply.clone())],
                "second starts at {second_start}"
            );
            assert!(problems.is_empty(), "second starts at {second_start}: {problems:?}");
        }
    }

    #[test]
    fn what_waits_past_a_gap_no_one_acknowledges_is_read_when_the_connection_is_forgotten() {
        // One direction captured (a mirror port set one way), and a segment
        // of it dropped: no acknowledgement tells that it will not come.
        // What waited past it is read when the connection is forgotten,
        // here at the end of the capture, each message at its own segment.
        let (one, two, three, four) = (options("id-1"), options("id-2"), options("id-3"), options("id-4"));
        let len = one.len();
        let at = |n: usize| 1000 + (n * len) as u32;
        let whole = |frame: Vec<u8>| {
            let len = frame.len();
            (frame, len)
        };
        let half = &two[..len / 2];
        let capture = pcap_kept(&[
            whole(tcp_frame(false, at(0), 1, &[one.as_slice(), half].concat())),
            // The rest of `two` was sent, and received, but not captured.
            whole(tcp_frame(false, at(2), 1, &three)),
            whole(tcp_frame(false, at(3), 1, &four)),
        ]);
        let (records, problems) = read(capture);
        let got: Vec<_> = records.iter().map(|r| (r.frame, r.time, r.bytes.clone())).collect();
        assert_eq!(got, [(1, 0.0, one), (2, 1.0, three), (3, 2.0, four)]);
        let said: Vec<_> = problems.iter().map(|p| (p.kind, p.detail.as_str())).collect();
        let gap = format!("10.0.0.1:40000 → 10.9.9.9:5060: {} bytes", len - len / 2);
        assert_eq!(said, [(ProblemKind::TcpGap, gap.as_str())]);
    }

    #[test]
    fn a_tcp_segment_the_capture_dropped_holds_up_nothing_once_acknowledged() {
        let (one, two, three, four) = (options("id-1"), options("id-2"), options("id-3"), options("id-4"));
        let len = one.len(); // all four are as long
        let at = |n: usize| 1000 + (n * len) as u32;
        let whole = |frame: Vec<u8>| {
            let len = frame.len();
            (frame, len)
        };
        let capture = pcap_kept(&[
            whole(tcp_frame(false, at(0), 1, &one)),
            // `two` was sent, and received, but not captured.
            whole(tcp_frame(false, at(2), 1, &three)),
            whole(tcp_frame(true, 1, at(3), b"")), // acknowledges all three
            whole(tcp_frame(false, at(3), 1, &four)),
        ]);
        let (records, problems) = read(capture);
        let got: Vec<_> = records.iter().map(|r| (r.frame, r.time, r.bytes.clone())).collect();
        assert_eq!(got, [(1, 0.0, one), (2, 1.0, three), (4, 3.0, four)]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        let gap = format!("10.0.0.1:40000 → 10.9.9.9:5060: {} bytes", two.len());
        assert_eq!(said, [(2, ProblemKind::TcpGap, gap.as_str())]);
        // Acknowledged only as far as was captured: the stashed segment
        // waits (the other side's message is read before it), until the
        // connection is forgotten at the end.
        let capture = pcap_kept(&[
            whole(tcp_frame(false, at(0), 1, &options("id-1"))),
            whole(tcp_frame(false, at(2), 1, &options("id-3"))),
            whole(tcp_frame(true, 1, at(1), b"")),
            whole(tcp_frame(true, 1, at(1), &options("back"))),
        ]);
        let (records, _) = read(capture);
        let frames: Vec<_> = records.iter().map(|r| r.frame).collect();
        assert_eq!(frames, [1, 4, 2]);
    }

    #[test]
    fn a_last_tcp_segment_the_capture_dropped_is_said_by_the_fin_or_the_acknowledgement_after_it() {
        let (one, two) = (options("id-1"), options("id-2"));
        let at = |n: usize| 1000 + (n * one.len()) as u32;
        let whole = |frame: Vec<u8>| {
            let len = frame.len();
            (frame, len)
        };
        let gap = format!("10.0.0.1:40000 → 10.9.9.9:5060: {} bytes", two.len());
        // `two` was sent last, and received, but not captured; then its
        // sender's FIN (which says where its bytes end), or only the other
        // side's acknowledgement before the capture ends.
        for last in [tcp_end(false, at(2), 1, false, b""), tcp_frame(true, 1, at(2), b"")] {
            let capture = pcap_kept(&[whole(tcp_frame(false, at(0), 1, &one)), whole(last)]);
            let (records, problems) = read(capture);
            assert_eq!(records.iter().map(|r| r.bytes.clone()).collect::<Vec<_>>(), std::slice::from_ref(&one));
            let said: Vec<_> = problems.iter().map(|p| (p.kind, p.detail.as_str())).collect();
            assert_eq!(said, [(ProblemKind::TcpGap, gap.as_str())]);
        }
        // Nothing lost: a FIN right after the bytes, and its acknowledgement
        // (one number past them), say nothing.
        let capture = pcap_kept(&[
            whole(tcp_frame(false, at(0), 1, &one)),
            whole(tcp_end(false, at(1), 1, false, b"")),
            whole(tcp_frame(true, 1, at(1) + 1, b"")),
        ]);
        let (records, problems) = read(capture);
        assert_eq!(records.len(), 1);
        assert_eq!(problems, []);
    }

    #[test]
    fn a_tcp_segment_the_snap_length_cut_gives_its_messages_and_the_rest_goes_on() {
        let (one, two, three) = (options("one"), options("two"), options("three"));
        // `one` and the start of `two` in a segment cut in `two`'s Call-ID
        // line; the next segment ends `two` (its last 20 bytes), then `three`.
        let first = [one.clone(), two[..two.len() - 20].to_vec()].concat();
        let second = [two[two.len() - 20..].to_vec(), three.clone()].concat();
        let kept_of_two = 50;
        let frame = tcp_frame(false, 1000, 1, &first);
        let kept = frame.len() - (two.len() - 20 - kept_of_two);
        let capture = pcap_kept(&[(frame, kept), {
            let next = tcp_frame(false, 1000 + first.len() as u32, 1, &second);
            let len = next.len();
            (next, len)
        }]);
        let (records, problems) = read(capture);
        let got: Vec<_> = records.iter().map(|r| (r.frame, r.cut, r.bytes.clone())).collect();
        assert_eq!(got, [(1, false, one), (1, true, two[..kept_of_two].to_vec()), (2, false, three)]);
        // The cut said once; the rest of `two`, skipped, is not a gap.
        assert_eq!(problems.iter().map(|p| (p.frame, p.kind)).collect::<Vec<_>>(), [(1, ProblemKind::Truncated)]);
    }

    #[test]
    fn a_packet_captured_twice_is_read_once_and_a_retransmission_is_not_taken_for_a_copy() {
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: twice\r\nCSeq: 1 OPTIONS\r\n\r\n";
        // An IPv4 packet with this identification, in an Ethernet frame.
        let with_id = |id: u16| {
            let mut ip = udp_packet(false, 5060, sip);
            ip[4..6].copy_from_slice(&id.to_be_bytes());
            ethernet_frame(&ip)
        };
        // Frames at these microseconds.
        let capture = |frames: &[(u32, Vec<u8>)]| {
            let mut capture = Vec::new();
            for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, 1] {
                capture.extend_from_slice(&field.to_le_bytes());
            }
            for (micros, frame) in frames {
                for field in [micros / 1_000_000, micros % 1_000_000, frame.len() as u32, frame.len() as u32] {
                    capture.extend_from_slice(&field.to_le_bytes());
                }
                capture.extend_from_slice(frame);
            }
            capture
        };
        // A copy 40 µs after (as on two interfaces), then the retransmission
        // 500 ms later, a new packet, with its own copy.
        let (records, problems) =
            read(capture(&[(0, with_id(7)), (40, with_id(7)), (500_000, with_id(8)), (500_030, with_id(8))]));
        assert_eq!(records.iter().map(|r| r.frame).collect::<Vec<_>>(), [1, 3]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(2, ProblemKind::CapturedTwice, "2")]);
        // Not copies: the same identification past the window.
        let (records, problems) = read(capture(&[(0, with_id(7)), (20_000, with_id(7))]));
        assert_eq!(records.len(), 2);
        assert!(problems.is_empty());
        // Without an identification (0, as Linux gives an unconnected
        // socket's datagrams that may not be fragmented, or IPv6), the same
        // bytes between the same ends within the window are a copy; a
        // message that differs only in its middle (the Via branch of a new
        // request) is not, nor is the same one past the window.
        let request = |branch: u8| {
            let mut sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-0\r\n\
                Call-ID: twice\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n\r\n"
                .to_vec();
            sip[82] = branch;
            sip
        };
        let no_id = |sip: &[u8]| {
            let mut ip = udp_packet(false, 5060, sip);
            ip[4..6].copy_from_slice(&[0, 0]);
            ethernet_frame(&ip)
        };
        let v6 = [&[4u8; 6][..], &[2; 6], &[0x86, 0xdd], &udp_packet(true, 5060, &request(b'1'))].concat();
        let (records, problems) = read(capture(&[
            (0, no_id(&request(b'1'))),
            (30, no_id(&request(b'1'))),
            (60, no_id(&request(b'2'))),
            (90, no_id(&request(b'2'))),
            (500_000, no_id(&request(b'1'))),
            (600_000, v6.clone()),
            (600_020, v6.clone()),
            (600_040, v6),
        ]));
        assert_eq!(records.iter().map(|r| r.frame).collect::<Vec<_>>(), [1, 3, 5, 6]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(2, ProblemKind::CapturedTwice, "4")]);
        // Cut by the snap length, two datagrams without an identification
        // may differ past the cut: neither is taken for a copy.
        let mut cut = capture(&[(0, no_id(&request(b'1'))), (30, no_id(&request(b'2')))]);
        let keep = 14 + 20 + 8 + 70;
        let first = 24 + 16 + no_id(&request(b'1')).len();
        cut.truncate(first + 16 + keep);
        cut.drain(40 + keep..first);
        for at in [32, 40 + keep + 8] {
            cut[at..at + 4].copy_from_slice(&(keep as u32).to_le_bytes());
        }
        let (records, problems) = read(cut);
        assert_eq!(records.iter().map(|r| (r.frame, r.cut)).collect::<Vec<_>>(), [(1, true), (2, true)]);
        assert!(problems.iter().all(|p| p.kind == ProblemKind::Truncated), "{problems:?}");
    }

    #[test]
    fn a_link_type_not_read_is_reported_once_at_its_first_packet() {
        // USER0 (147): a private link layer. Three packets, one problem.
        let (records, problems) = read(pcap_of(147, &[vec![1; 40], vec![2; 40], vec![3; 40]]));
        assert!(records.is_empty());
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(1, ProblemKind::UnsupportedLinkType, "147")]);
    }

    /// An ERF record (erf.rs) of `kind` at second `second` carrying `body`.
    fn erf_record(kind: u8, second: u32, body: &[u8]) -> Vec<u8> {
        let stamp = (u64::from(1_700_000_000 + second) << 32).to_le_bytes();
        let length = (16 + body.len()) as u16;
        // On the wire: the packet, without the 2 bytes before an Ethernet frame.
        let wire = (body.len() - if kind == 2 { 2 } else { 0 }) as u16;
        [&stamp[..], &[kind, 0x04], &length.to_be_bytes(), &[0, 0], &wire.to_be_bytes(), body].concat()
    }

    #[test]
    fn erf_records_are_read_and_what_cannot_be_is_said() {
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let in_ethernet = [&[0, 0][..], &ethernet_frame(&udp_packet(false, 5060, sip))].concat();
        let mut capture = [
            erf_record(27, 0, &[0; 8]),                      // metadata: a frame, no packet
            erf_record(3, 1, &[0; 52]),                      // ATM: no decoder
            erf_record(2, 2, &in_ethernet),                  // Ethernet
            erf_record(3, 3, &[0; 52]),                      // ATM again: said once
            erf_record(23, 4, &udp_packet(true, 5060, sip)), // raw IPv6
        ]
        .concat();
        let whole = read(capture.clone());
        let frames: Vec<_> = whole.0.iter().map(|r| (r.frame, r.time, r.src.is_ipv6())).collect();
        assert_eq!(frames, [(3, 1_700_000_002.0, false), (5, 1_700_000_004.0, true)]);
        let said: Vec<_> = whole.1.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(2, ProblemKind::UnsupportedLinkType, "ERF 3")]);
        // Cut inside the last record: what came before is read, the damage said.
        capture.truncate(capture.len() - 10);
        let (records, problems) = read(capture);
        assert_eq!(records.len(), 1);
        assert_eq!(problems.last().map(|p| (p.frame, p.kind)), Some((4, ProblemKind::DamagedFile)));
        // A record whose wire length is more than it holds: cut by the snap length.
        let mut short = erf_record(2, 0, &in_ethernet);
        short[14..16].copy_from_slice(&2000u16.to_be_bytes());
        let (records, problems) = read(short);
        assert_eq!(records.len(), 1);
        let detail = format!("{}/2000", in_ethernet.len() - 2);
        assert_eq!(
            problems.iter().map(|p| (p.kind, p.detail.as_str())).collect::<Vec<_>>(),
            [(ProblemKind::Truncated, detail.as_str())]
        );
    }

    #[test]
    fn snoop_files_are_read_and_their_damage_said() {
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let frame = ethernet_frame(&udp_packet(false, 5060, sip));
        // Another message at the same time (the same one would be a copy).
        let other =
            ethernet_frame(&udp_packet(false, 5060, b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: y\r\n\r\n"));
        let snoop = |datalink: u32, records: &[(u32, &[u8])]| {
            let mut file = [SNOOP_MAGIC, &2u32.to_be_bytes(), &datalink.to_be_bytes()].concat();
            for (original, packet) in records {
                let length = 24 + packet.len().next_multiple_of(4);
                for field in [*original, packet.len() as u32, length as u32, 0, 1_700_000_000, 250_000] {
                    file.extend(field.to_be_bytes());
                }
                file.extend(*packet);
                file.resize(file.len() + length - 24 - packet.len(), 0);
            }
            file
        };
        let (records, problems) = read(snoop(4, &[(frame.len() as u32, &frame), (9000, &other)]));
        let times: Vec<_> = records.iter().map(|r| (r.frame, r.time)).collect();
        assert_eq!(times, [(1, 1_700_000_000.25), (2, 1_700_000_000.25)]);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.clone())).collect();
        assert_eq!(said, [(2, ProblemKind::Truncated, format!("{}/9000", frame.len()))]);
        // Cut inside its second record: the first is read, the damage said.
        let mut cut = snoop(4, &[(frame.len() as u32, &frame), (frame.len() as u32, &frame)]);
        cut.truncate(cut.len() - 7);
        let (records, problems) = read(cut);
        assert_eq!(records.len(), 1);
        assert_eq!(problems.iter().map(|p| (p.frame, p.kind)).collect::<Vec<_>>(), [(1, ProblemKind::DamagedFile)]);
        // FDDI (8): no decoder, said once.
        let (records, problems) = read(snoop(8, &[(frame.len() as u32, &frame)]));
        assert!(records.is_empty());
        assert_eq!(problems.iter().map(|p| p.detail.as_str()).collect::<Vec<_>>(), ["snoop 8"]);
    }

    #[test]
    fn point_to_point_links_and_firewall_capture_devices_are_read() {
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let (v4, v6) = (udp_packet(false, 5062, sip), udp_packet(true, 5062, sip));
        let with = |header: &[u8], packet: &[u8]| [header, packet].concat();
        let mut pflog = vec![0u8; 64];
        pflog[0] = 61; // its length before padding to four bytes: the packet at 64
        let mut ipnet = vec![0u8; 24];
        ipnet[0] = 1;
        // Both headers give the address family in their second byte.
        let family = |header: &[u8], family: u8| [&header[..1], &[family], &header[2..]].concat();
        let cases: [(u32, Vec<Vec<u8>>); 11] = [
            // PPP: HDLC's address and control, or none; a protocol of two bytes or one.
            (9, vec![with(&[0xff, 0x03, 0x00, 0x21], &v4), with(&[0x00, 0x57], &v6), with(&[0x21], &v4)]),
            (50, vec![with(&[0xff, 0x03, 0x00, 0x21], &v4)]),
            // PPPoE: version and type, code 0 (session), session id, length.
            (51, vec![with(&[0x11, 0x00, 0x12, 0x34, 0x00, 0x40, 0x00, 0x21], &v4)]),
            // Cisco HDLC: unicast address, control, then an ethertype.
            (104, vec![with(&[0x0f, 0x00, 0x08, 0x00], &v4), with(&[0x8f, 0x00, 0x86, 0xdd], &v6)]),
            // OpenBSD's enc: the address family in the host's order, SPI, flags.
            (
                109,
                vec![
                    with(&[2, 0, 0, 0, 0, 0, 0x10, 0x01, 0, 0, 0, 0], &v4),
                    with(&[0, 0, 0, 24, 0, 0, 0, 1, 0, 0, 0, 0], &v6),
                ],
            ),
            (117, vec![with(&family(&pflog, 2), &v4), with(&family(&pflog, 24), &v6)]),
            (226, vec![with(&family(&ipnet, 2), &v4), with(&family(&ipnet, 26), &v6)]),
            // A Juniper router's: "MGC", flags, extensions when flagged
            // (0x80, their length first); with its layer 2 header stripped
            // (0x02), a protocol number and the packet; or the link's frame:
            // PPP after two bytes of Juniper's, Cisco HDLC, an Ethernet frame
            // (Ethernet and PPPoE interfaces).
            (179, vec![with(b"MGC\x01\x00\x00\xff\x03\x00\x21", &v4), with(b"MGC\x03\x06\x00\x00\x00", &v6)]),
            (181, vec![with(b"MGC\x80\x00\x06\x01\x04\x00\x00\x00\x2a\x0f\x00\x08\x00", &v4)]),
            (178, vec![with(b"MGC\x01", &ethernet_frame(&v4)), with(b"MGC\x82\x00\x00\x02\x00\x00\x00", &v4)]),
            (167, vec![with(b"MGC\x00", &ethernet_frame(&v4))]),
        ];
        for (linktype, packets) in cases {
            let (records, problems) = read(pcap_of(linktype, &packets));
            assert!(problems.is_empty(), "{linktype}: {problems:?}");
            assert_eq!(records.len(), packets.len(), "{linktype}");
            assert!(records.iter().all(|r| r.bytes == sip && r.dst.port() == 5062), "{linktype}");
        }
        // What is not IP on such a link (PPP's link control, Cisco's SLARP
        // keep-alives, PPPoE's discovery) is passed over without a word;
        // a link type nothing reads is reported.
        let control = [with(&[0xff, 0x03, 0xc0, 0x21], &[1, 1, 0, 4]), with(&[0x8f, 0x00, 0x80, 0x35], &[0; 20])];
        for (linktype, packet) in [(9, &control[0]), (104, &control[1])] {
            let (records, problems) = read(pcap_of(linktype, std::slice::from_ref(packet)));
            assert!(records.is_empty() && problems.is_empty(), "{linktype}: {problems:?}");
        }
        // A Juniper frame without its magic, or whose extensions run past
        // it, carries nothing read.
        for damaged in [with(b"MGX\x00", &ethernet_frame(&v4)), b"MGC\x80\x01\x00\x01".to_vec()] {
            let (records, problems) = read(pcap_of(178, &[damaged]));
            assert!(records.is_empty() && problems.is_empty(), "{problems:?}");
        }
        let (_, problems) = read(pcap_of(147, std::slice::from_ref(&v4)));
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::UnsupportedLinkType]);
    }

    #[test]
    fn openbsd_loopback_nflog_and_apple_pktap_frames_are_read() {
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let ip = |v6: bool| udp_packet(v6, 5062, sip);
        // LOOP (108): the address family first, big-endian (2 IPv4, 24 IPv6).
        let (records, problems) =
            read(pcap_of(108, &[[&[0, 0, 0, 2][..], &ip(false)].concat(), [&[0, 0, 0, 24][..], &ip(true)].concat()]));
        assert!(problems.is_empty(), "{problems:?}");
        let addrs: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.dst.to_string())).collect();
        assert_eq!(
            addrs,
            [
                ("192.0.2.1:5060".to_owned(), "192.0.2.2:5062".to_owned()),
                ("[2001:db8::1]:5060".to_owned(), "[2001:db8::2]:5062".to_owned())
            ]
        );
        // PKTAP (258): a header of its stated length (here 108 bytes), a
        // packet record (1), naming the link type after it: Ethernet (1), or
        // raw IPv4 (228).
        let ethernet = ethernet_frame(&udp_packet(false, 5062, sip));
        let pktap = |inner: u32, packet: &[u8]| {
            let mut header = vec![0u8; 108];
            header[..4].copy_from_slice(&108u32.to_le_bytes());
            header[4] = 1;
            header[8..12].copy_from_slice(&inner.to_le_bytes());
            [header, packet.to_vec()].concat()
        };
        let (records, problems) =
            read(pcap_of(258, &[pktap(1, &ethernet), pktap(228, &ip(false)), pktap(258, &ethernet)]));
        assert!(problems.is_empty(), "{problems:?}");
        // NFLOG (239, Linux `tcpdump -i nflog:N`): a family (2, IPv4), then
        // attributes (length and type, little-endian; 9: the packet).
        let payload = ip(false);
        let mut attribute = [&((payload.len() + 4) as u16).to_le_bytes()[..], &9u16.to_le_bytes(), &payload].concat();
        attribute.resize(attribute.len().next_multiple_of(4), 0); // attributes are padded to 4 bytes
        let (nflog, problems) = read(pcap_of(239, &[[&[2, 0, 0, 5][..], &attribute].concat()]));
        assert!(problems.is_empty() && nflog.len() == 1 && nflog[0].bytes == sip, "{problems:?}");
        // PKTAP inside PKTAP is not followed.
        assert_eq!(records.iter().map(|r| r.frame).collect::<Vec<_>>(), [1, 2]);
        assert!(records.iter().all(|r| r.src.to_string() == "192.0.2.1:5060" && r.bytes == sip));
    }

    #[test]
    fn icmp_errors_quoting_sip_become_records_of_why_it_was_not_delivered() {
        let sip = b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let datagram = |v6: bool, payload: &[u8]| udp_packet(v6, 5070, payload);
        // The error goes back from the receiver to the sender, quoting the datagram.
        let icmp = |v6: bool, kind: u8, code: u8, rest: [u8; 4], quoted: &[u8]| {
            let body = [&[kind, code, 0, 0][..], &rest, quoted].concat();
            let mut packet = Vec::new();
            if v6 {
                let builder = etherparse::PacketBuilder::ipv6(
                    [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2],
                    [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
                    64,
                );
                builder.icmpv6_raw(kind, code, [0; 4]).write(&mut packet, &body[8..]).unwrap_or_else(|e| panic!("{e}"));
                packet[40 + 4..40 + 8].copy_from_slice(&rest);
            } else {
                let builder = etherparse::PacketBuilder::ipv4([192, 0, 2, 2], [192, 0, 2, 1], 64);
                builder.icmpv4_raw(kind, code, rest).write(&mut packet, &body[8..]).unwrap_or_else(|e| panic!("{e}"));
            }
            packet
        };
        let packets = [
            icmp(false, 3, 3, [0; 4], &datagram(false, sip)), // port unreachable
            icmp(false, 3, 4, [0, 0, 0x05, 0xdc], &datagram(false, sip)), // fragmentation needed, MTU 1500
            icmp(false, 3, 13, [0; 4], &datagram(false, sip)[..28 + 40]), // prohibited, quoting the start
            icmp(true, 1, 4, [0; 4], &datagram(true, sip)),   // ICMPv6 port unreachable
            icmp(true, 2, 0, 1280u32.to_be_bytes(), &datagram(true, sip)), // ICMPv6 packet too big
            icmp(false, 3, 3, [0; 4], &datagram(false, b"\x80\x00rtp")), // about RTP: not SIP's
            icmp(false, 11, 0, [0; 4], &datagram(false, sip)), // time exceeded: not an error of delivery
            icmp(false, 3, 3, [0; 4], &datagram(false, sip)[..28]), // only the headers: tied by the addresses
        ];
        let (records, problems) = read(pcap_of(101, &packets));
        assert!(problems.is_empty(), "{problems:?}");
        let read: Vec<_> = records.iter().map(|r| (r.frame, r.transport, r.src.port(), r.dst.port())).collect();
        assert_eq!(
            read,
            [
                (1, Transport::Unreachable(Unreachable::Port), 5060, 5070),
                (2, Transport::Unreachable(Unreachable::TooBig(1500)), 5060, 5070),
                (3, Transport::Unreachable(Unreachable::Prohibited), 5060, 5070),
                (4, Transport::Unreachable(Unreachable::Port), 5060, 5070),
                (5, Transport::Unreachable(Unreachable::TooBig(1280)), 5060, 5070),
                (8, Transport::Unreachable(Unreachable::Port), 5060, 5070),
            ]
        );
        assert!(records[5].bytes.is_empty());
        // The datagram's own addresses, and the part of it quoted.
        assert_eq!(
            (records[0].src.to_string(), records[0].dst.to_string()),
            ("192.0.2.1:5060".to_owned(), "192.0.2.2:5070".to_owned())
        );
        assert_eq!(records[3].dst.to_string(), "[2001:db8::2]:5070");
        assert_eq!((records[0].bytes.as_slice(), records[2].bytes.len()), (&sip[..], 40));
    }

    #[test]
    fn a_pcapng_block_with_an_impossible_length_ends_the_reading_there_as_damage() {
        // A section (little- or big-endian), an Ethernet interface, one
        // packet, then a block claiming 10 bytes (Apple's process block,
        // whose own header is 4): what came before is read, the rest is damage.
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let mut frame = ethernet_frame(&udp_packet(false, 5062, sip));
        frame.resize(frame.len().next_multiple_of(4), 0);
        for big in [false, true] {
            let word = |v: u32| if big { v.to_be_bytes() } else { v.to_le_bytes() };
            let half = |v: u16| if big { v.to_be_bytes() } else { v.to_le_bytes() };
            let block = |kind: u32, body: &[u8]| {
                let len = 12 + body.len() as u32;
                [&word(kind)[..], &word(len), body, &word(len)].concat()
            };
            let section = block(0x0a0d_0d0a, &[&word(0x1a2b_3c4d)[..], &half(1), &half(0), &[0xff; 8]].concat());
            let interface = block(1, &[&half(1)[..], &half(0), &word(65535)].concat());
            let len = frame.len() as u32;
            let packet = block(6, &[&word(0)[..], &word(0), &word(0), &word(len), &word(len), &frame].concat());
            let bad = [&word(0x8000_0001)[..], &word(10), &[0, 0]].concat();
            let capture = [section, interface, packet.clone(), bad, packet].concat();
            let (records, problems) = read(capture);
            assert_eq!(records.len(), 1, "big-endian {big}");
            let kinds: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
            assert_eq!(kinds, [(1, ProblemKind::DamagedFile)], "big-endian {big}");
        }
    }

    #[test]
    fn a_pcapng_interface_with_a_timestamp_offset_has_it_added_to_its_packets() {
        // Timestamps counted from an offset the interface gives (if_tsoffset,
        // option 14, seconds), in milliseconds (if_tsresol 3, option 9).
        let sip = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let mut frame = ethernet_frame(&udp_packet(false, 5062, sip));
        frame.resize(frame.len().next_multiple_of(4), 0);
        let word = |v: u32| v.to_le_bytes();
        let block = |kind: u32, body: &[u8]| {
            let len = 12 + body.len() as u32;
            [&word(kind)[..], &word(len), body, &word(len)].concat()
        };
        let option = |code: u16, value: &[u8]| {
            let mut bytes = [&code.to_le_bytes()[..], &(value.len() as u16).to_le_bytes(), value].concat();
            bytes.resize(bytes.len().next_multiple_of(4), 0);
            bytes
        };
        let section = block(0x0a0d_0d0a, &[&word(0x1a2b_3c4d)[..], &[1, 0, 0, 0], &[0xff; 8]].concat());
        let interface = |options: &[u8]| block(1, &[&[1u8, 0, 0, 0][..], &word(65535), options].concat());
        let offset = 1_700_000_000i64;
        let len = frame.len() as u32;
        // 1.5 s after the offset.
        let packet = block(6, &[&word(0)[..], &word(0), &word(1500), &word(len), &word(len), &frame].concat());
        let end = option(0, &[]);
        let with = [option(9, &[3]), option(14, &offset.to_le_bytes()), end.clone()].concat();
        let without = [option(9, &[3]), end].concat();
        let times: Vec<f64> = [with, without]
            .iter()
            .map(|options| {
                let (records, problems) = read([section.clone(), interface(options), packet.clone()].concat());
                assert!(problems.is_empty(), "{problems:?}");
                records[0].time
            })
            .collect();
        assert_eq!(times, [offset as f64 + 1.5, 1.5]);
    }

    #[test]
    fn wiresharks_exported_pdus_are_read_with_the_addresses_their_tags_give() {
        let tag =
            |kind: u16, value: &[u8]| [&kind.to_be_bytes()[..], &(value.len() as u16).to_be_bytes(), value].concat();
        let pdu = |dissector: &[u8], message: &[u8]| {
            [
                tag(12, dissector),
                tag(20, &[192, 0, 2, 1]),
                tag(21, &[192, 0, 2, 2]),
                tag(24, &3u32.to_be_bytes()),
                tag(25, &5060u32.to_be_bytes()),
                tag(26, &5062u32.to_be_bytes()),
                tag(0, &[]),
                message.to_vec(),
            ]
            .concat()
        };
        let options = b"OPTIONS sip:b@example.com SIP/2.0\r\nCall-ID: x\r\n\r\n";
        let (records, problems) =
            read(pcap_of(252, &[pdu(b"dns\0", b"\x12\x34"), pdu(b"sip\0", options), pdu(b"sip\0", options)]));
        assert!(problems.is_empty(), "{problems:?}");
        // The DNS PDU is not SIP's; the two copies, a second apart, are both kept.
        let read: Vec<_> = records.iter().map(|r| (r.frame, r.time, r.src.to_string(), r.dst.to_string())).collect();
        assert_eq!(
            read,
            [
                (2, 1.0, "192.0.2.1:5060".to_owned(), "192.0.2.2:5062".to_owned()),
                (3, 2.0, "192.0.2.1:5060".to_owned(), "192.0.2.2:5062".to_owned())
            ]
        );
        assert!(records.iter().all(|r| r.transport == Transport::Udp && r.bytes == options));
    }

    fn read(capture: Vec<u8>) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let mut reader = CaptureReader::new(|r| records.push(r), |p| problems.push(p));
        reader.read(std::io::Cursor::new(capture));
        // What connections are counted as holding is what they hold.
        let streams: usize = reader.streams.values().map(|s| s.held() + CONNECTION_OVERHEAD).sum();
        let tls: usize = reader.tls.values().map(TlsFlow::held).sum();
        assert_eq!(reader.connection_bytes, streams + tls);
        drop(reader);
        (records, problems)
    }

    const INVITE: &[u8] = b"INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: ws\r\nCSeq: 1 INVITE\r\n\r\n";

    /// A classic pcap of SCTP packets (from `sctp::tests::packet`) over IPv4.
    fn sctp_capture(packets: &[Vec<u8>]) -> Vec<u8> {
        let mut capture = Vec::new();
        for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, 1] {
            capture.extend_from_slice(&field.to_le_bytes());
        }
        for (n, sctp) in packets.iter().enumerate() {
            let mut frame = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00];
            let mut ip = etherparse::Ipv4Header::new(
                sctp.len() as u16,
                64,
                etherparse::IpNumber::SCTP,
                [10, 0, 0, 1],
                [10, 0, 0, 2],
            )
            .unwrap_or_default();
            ip.header_checksum = ip.calc_header_checksum();
            ip.write(&mut frame).unwrap_or_else(|e| panic!("{e}"));
            frame.extend_from_slice(sctp);
            for field in [n as u32 + 1, 0, frame.len() as u32, frame.len() as u32] {
                capture.extend_from_slice(&field.to_le_bytes());
            }
            capture.extend_from_slice(&frame);
        }
        capture
    }

    #[test]
    fn sctp_messages_never_finished_are_bounded_and_reported() {
        use crate::sctp::tests::{data, packet};
        // More messages begun than are kept at once, on as many streams.
        let begun: Vec<Vec<u8>> =
            (0..MAX_SCTP_MESSAGES as u16 + 10).map(|stream| packet(&[(0, 2, data(stream, INVITE))])).collect();
        let (records, problems) = read(sctp_capture(&begun));
        let count = |kind| problems.iter().filter(|p| p.kind == kind).count();
        assert!(records.is_empty());
        assert_eq!(
            (count(ProblemKind::LimitReached), count(ProblemKind::IncompleteFragments)),
            (10, MAX_SCTP_MESSAGES)
        );
        // One message that grows past a SIP message's limits is dropped there.
        let piece = vec![b'a'; 60_000];
        let mut growing = vec![packet(&[(0, 2, data(1, INVITE))])];
        growing.extend((0..80).map(|_| packet(&[(0, 0, data(1, &piece))])));
        growing.push(packet(&[(0, 1, data(1, b"end"))]));
        let (records, problems) = read(sctp_capture(&growing));
        assert!(records.is_empty());
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::LimitReached]);
    }

    #[test]
    fn hep3_over_tcp_with_a_length_shorter_than_its_header_is_reported() {
        let segments = [(1, [192, 0, 2, 1], b"HEP3\x00\x02rest".to_vec())].into_iter();
        let (records, problems) = read(tcp_capture_to(9060, segments));
        assert!(records.is_empty());
        assert_eq!(problems.iter().map(|p| (p.frame, p.kind)).collect::<Vec<_>>(), [(1, ProblemKind::Unparsable)]);
    }

    #[test]
    fn sip_over_sctp_is_read_from_its_user_messages() {
        use crate::sctp::tests::{data, packet};
        let (head, tail) = INVITE.split_at(40);
        let diameter = b"\x01\x00\x00\x14not sip at all".to_vec();
        let packets = [
            // A whole message bundled after something that is not SIP.
            packet(&[(0, 3, data(0, &diameter)), (0, 3, data(1, INVITE))]),
            // One in two fragments, with another stream's between them.
            packet(&[(0, 2, data(2, head))]),
            packet(&[(0, 3, data(3, INVITE))]),
            packet(&[(0, 1, data(2, tail))]),
            // The end of a message begun before the capture; then one never finished.
            packet(&[(0, 1, data(4, tail))]),
            packet(&[(0, 2, data(5, head))]),
        ];
        let (records, problems) = read(sctp_capture(&packets));
        let seen: Vec<_> = records.iter().map(|r| (r.frame, r.transport, r.bytes.as_slice(), r.src.port())).collect();
        assert_eq!(
            seen,
            [
                (1, Transport::Sctp, INVITE, 5060),
                (3, Transport::Sctp, INVITE, 5060),
                (4, Transport::Sctp, INVITE, 5060)
            ]
        );
        let kinds: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(kinds, [(6, ProblemKind::IncompleteFragments)], "{problems:?}");
    }

    #[test]
    fn mpls_labels_are_read_past_to_ip_or_a_pseudowire_frame() {
        let mut inner = Vec::new();
        etherparse::PacketBuilder::ethernet2([2; 6], [4; 6])
            .ipv4([192, 0, 2, 1], [192, 0, 2, 2], 64)
            .udp(5060, 5060)
            .write(&mut inner, INVITE)
            .unwrap_or_else(|e| panic!("{e}"));
        let labels = [0x00, 0x06, 0x40, 0x40, 0x00, 0x0c, 0x81, 0x40]; // 100, then 200 at the bottom
        let outer = |payload: &[u8]| [&[2u8; 6][..], &[4; 6], &[0x88, 0x47], &labels, payload].concat();
        let over_ip = outer(&inner[14..]);
        let pseudowire = outer(&[&[0u8; 4][..], &inner].concat()); // control word, then the frame
        for frame in [over_ip, pseudowire] {
            let sliced = Carried::ethernet(&frame).sliced().unwrap_or_else(|e| panic!("{e}"));
            let Some(TransportSlice::Udp(udp)) = sliced.transport else { panic!("{frame:?}") };
            assert_eq!(udp.payload(), INVITE);
        }
    }

    #[test]
    fn a_connection_joined_inside_a_message_is_read_from_the_next_one() {
        let message = |n: u32| {
            format!(
                "OPTIONS sip:a@h SIP/2.0\r\nCall-ID: mid-{n}\r\nCSeq: {n} OPTIONS\r\nContent-Length: 5\r\n\r\nv=0\r\n"
            )
        };
        let source = [192, 0, 2, 9];
        // The capture starts 20 bytes into message 1; message 3 is split
        // inside its start line across the next two segments.
        let first = format!("{}{}{}", &message(1)[20..], message(2), &message(3)[..10]);
        let segments = [(1, source, first.into_bytes()), (2, source, message(3).as_bytes()[10..].to_vec())];
        let (records, problems) = read(tcp_capture(segments.into_iter()));
        let ids: Vec<_> =
            records.iter().filter_map(|r| r.message().and_then(|m| m.call_id().map(str::to_owned))).collect();
        assert_eq!(ids, ["mid-2", "mid-3"]);
        let skipped = message(1).len() - 20;
        let found: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        let detail = format!("192.0.2.9:40000 → 10.9.9.9:5060: {skipped} bytes");
        assert_eq!(found, [(1, ProblemKind::TcpGap, detail.as_str())]);
        // A load balancer's PROXY header (v1, then v2) is not SIP, nor a loss.
        let v1 = format!("PROXY TCP4 198.51.100.7 192.0.2.9 40000 5060\r\n{}", message(4));
        let mut v2 = b"\r\n\r\n\0\r\nQUIT\n\x21\x11\x00\x0c".to_vec();
        v2.extend_from_slice(&[198, 51, 100, 7, 192, 0, 2, 9, 0x9c, 0x40, 0x13, 0xc4]);
        v2.extend_from_slice(message(5).as_bytes());
        for (n, with_header) in [(4u8, v1.into_bytes()), (5, v2)] {
            let (records, problems) = read(tcp_capture([(1, [192, 0, 2, 20 + n], with_header)].into_iter()));
            assert_eq!(records.len(), 1, "{problems:?}");
            assert!(problems.is_empty(), "{problems:?}");
        }
        // What is not SIP at all is skipped without a word.
        let http =
            b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n".iter().chain([b'x'; 5000].iter()).copied().collect();
        let (records, problems) = read(tcp_capture([(1, [192, 0, 2, 10], http)].into_iter()));
        assert!(records.is_empty() && problems.is_empty(), "{records:?} {problems:?}");
        // Nor is anything of a binary stream kept while it is looked through.
        let binary: Vec<u8> = (0..4000u32).map(|n| (n * 7919 % 251) as u8).collect();
        assert_eq!(next_message_start(&binary), (binary.len(), false));
        // A start line cut by the segment's end is kept for the next one.
        let half_a_start_line = b"\x00\x17 junk\r\nINVITE sip:bob@exa";
        assert_eq!(next_message_start(half_a_start_line), (b"\x00\x17 junk\r\n".len(), false));
    }

    #[test]
    fn websocket_frames_are_read_when_the_capture_began_after_the_handshake() {
        let invite = crate::websocket::frame(true, 1, INVITE, Some([1, 2, 3, 4]));
        let cut = crate::websocket::frame(true, 1, INVITE, Some([5, 6, 7, 8]));
        let source = [192, 0, 2, 7];
        let segments = [
            (1, source, invite[..9].to_vec()),
            (2, source, invite[9..].to_vec()),
            (3, source, cut[..20].to_vec()), // the capture stops inside this one
        ];
        let (records, problems) = read(tcp_capture(segments.into_iter()));
        assert_eq!(records.len(), 1, "{problems:?}");
        assert_eq!((records[0].frame, records[0].transport, records[0].bytes.as_slice()), (2, Transport::Ws, INVITE));
        let kinds: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(kinds, [(3, ProblemKind::TcpIncomplete)]);
    }

    #[test]
    fn websocket_for_something_else_is_left_alone() {
        let upgrade = b"GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n".to_vec();
        let chat = crate::websocket::frame(true, 1, b"{\"say\": \"hello\"}", Some([1, 2, 3, 4]));
        let source = [192, 0, 2, 8];
        let (records, problems) = read(tcp_capture([(1, source, upgrade), (2, source, chat.clone())].into_iter()));
        assert!(records.is_empty() && problems.is_empty(), "{records:?} {problems:?}");
        // The same on a connection opened for SIP is worth a word, as is a
        // message compressed by permessage-deflate.
        let upgrade = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSec-WebSocket-Protocol: sip\r\n\r\n";
        let mut compressed = crate::websocket::frame(true, 1, INVITE, None);
        compressed[0] |= 0x40;
        // A message larger than SIP's limits: said from its header, skipped.
        let mut huge = vec![0x82, 127];
        huge.extend_from_slice(&(crate::websocket::MAX_MESSAGE as u64 + 1).to_be_bytes());
        let segments = [(1, source, upgrade.to_vec()), (2, source, chat), (3, source, compressed), (4, source, huge)];
        let (records, problems) = read(tcp_capture(segments.into_iter()));
        let kinds: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert!(records.is_empty(), "{records:?}");
        let expected = [
            (2, ProblemKind::WebsocketNotSip),
            (3, ProblemKind::WebsocketCompressed),
            (4, ProblemKind::WebsocketTooLarge),
        ];
        assert_eq!(kinds, expected);
    }
}
