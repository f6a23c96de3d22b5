//! AudioCodes debug recording (ACDR): an AudioCodes SBC or gateway sends
//! copies of what it handles to a collector, each in a UDP datagram to port
//! 925 behind a header of its own; a capture taken on the collector is what
//! AudioCodes' support asks for. The SIP in it is read here: a packet the
//! device sent or received (its IP header kept), a message with its ends
//! written in the header, or the plaintext of a TLS connection, which the
//! device records decrypted. Media, events and the rest are left alone.
//! The header is described by Wireshark's `acdr` dissector.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use crate::record::Transport;

/// The collector's port the devices send to by default.
pub(crate) const PORT: u16 = 925;

/// What a recorded datagram holds, as far as SIP is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recorded<'a> {
    /// An IP packet, as the device sent or received it.
    Ip(&'a [u8]),
    /// A SIP message and the ends the header gives it.
    Message { src: SocketAddr, dst: SocketAddr, transport: Transport, bytes: &'a [u8] },
    /// A SIP message recorded without its ends: only whether the device
    /// received it (or sent it) is known.
    Unaddressed { received: bool, bytes: &'a [u8] },
    /// Plaintext of a TLS connection carrying SIP, in the order it went:
    /// a message may span records.
    Tls { src: SocketAddr, dst: SocketAddr, bytes: &'a [u8] },
    /// Something else (media, events, encrypted or other protocols).
    Other,
}

impl Recorded<'_> {
    /// Whether it holds SIP, as far as can be told without reading it: how
    /// a recording sent to another port than [`PORT`] is told from other
    /// traffic (the header has no magic number). A recorded packet must be
    /// IPv4 or IPv6 carrying UDP or TCP, its stated length its own; a
    /// message, or TLS plaintext, must start as SIP does (a record that
    /// goes on with a message begun in the one before is not told here).
    pub(crate) fn is_sip(&self) -> bool {
        match *self {
            Recorded::Ip(packet) => match packet {
                [0x45..=0x4f, _, high, low, _, _, _, _, _, 6 | 17, ..] => {
                    usize::from(u16::from_be_bytes([*high, *low])) == packet.len()
                }
                [0x60..=0x6f, _, _, _, high, low, 6 | 17, ..] => {
                    usize::from(u16::from_be_bytes([*high, *low])) + 40 == packet.len()
                }
                _ => false,
            },
            Recorded::Message { bytes, .. } | Recorded::Unaddressed { bytes, .. } | Recorded::Tls { bytes, .. } => {
                crate::looks_like_sip(bytes)
            }
            Recorded::Other => false,
        }
    }
}

/// Media types (what follows the header).
const SIP: u8 = 10;
const TLS: u8 = 33;
/// Trace point of a message the device's host recorded with its ends.
const SYSTEM: u8 = 6;
/// Trace points of what the device's host (or its network processor) sent.
const HOST_TO_NETWORK: u8 = 5;
const HOST_TO_NP: u8 = 13;
/// Bits of the header's "extra data" byte.
const HEADER_ADDED: u8 = 0x08;
const ENCRYPTED: u8 = 0x10;
/// What a TLS connection carried: SIP, or TCP named by its ports.
const TLS_SIP: u8 = 3;
const TLS_TCP: u8 = 6;

/// What a datagram sent to [`PORT`] records; `None` when it is not ACDR
/// (a major version other than 0, a minor past 9, or too short).
pub(crate) fn read(datagram: &[u8]) -> Option<Recorded<'_>> {
    let version = *datagram.first()?;
    let minor = version & 0x0f;
    if version >> 4 != 0 || minor > 9 {
        return None;
    }
    // Timestamp (6 bytes up to minor 3, then 4), a sequence number from
    // minor 4, source and destination ids (4 bytes each from minor 9, else 2).
    let ids = if minor >= 9 { 8 } else { 4 };
    let flags_at = 1 + if minor <= 3 { 6 } else { 4 } + if minor >= 4 { 2 } else { 0 } + ids;
    let [extra, trace_point, media, extension_len] = *datagram.get(flags_at..flags_at + 4)? else { return None };
    // A session id follows from minor 5; up to minor 4 the last byte is a
    // payload offset no recorder sets, and no extension follows.
    let (header, extension_len) = match minor {
        0..=4 => (flags_at + 4, 0),
        5 | 6 => (flags_at + 8, usize::from(extension_len)),
        7 => (flags_at + 12, usize::from(extension_len)),
        _ => (flags_at + 13, usize::from(extension_len)),
    };
    let extension = datagram.get(header..header + extension_len)?;
    let payload = &datagram[header + extension_len..];
    // Old recorders set the byte to 0xAA, which is not flags.
    let flags = if extra == 0xaa { 0 } else { extra };
    if flags & ENCRYPTED != 0 {
        return Some(Recorded::Other);
    }
    // Fields of the extension, at offsets its length is checked for below.
    let ip =
        |at: usize| IpAddr::V4(Ipv4Addr::new(extension[at], extension[at + 1], extension[at + 2], extension[at + 3]));
    let port = |at: usize| u16::from_be_bytes([extension[at], extension[at + 1]]);
    Some(match media {
        SIP if flags & HEADER_ADDED != 0 => Recorded::Ip(payload),
        SIP if trace_point == SYSTEM && extension.len() >= 14 => {
            let transport = if extension[12] == 6 { Transport::Tcp } else { Transport::Udp };
            let (src, dst) = (SocketAddr::new(ip(0), port(8)), SocketAddr::new(ip(4), port(10)));
            Recorded::Message { src, dst, transport, bytes: payload }
        }
        SIP => Recorded::Unaddressed { received: !matches!(trace_point, HOST_TO_NETWORK | HOST_TO_NP), bytes: payload },
        TLS if extension.len() >= 13 => {
            let (src, dst) = (SocketAddr::new(ip(4), port(0)), SocketAddr::new(ip(8), port(2)));
            let sip_port = |a: SocketAddr| matches!(a.port(), 5060 | 5061);
            match extension[12] {
                TLS_SIP => Recorded::Tls { src, dst, bytes: payload },
                TLS_TCP if sip_port(src) || sip_port(dst) => Recorded::Tls { src, dst, bytes: payload },
                _ => Recorded::Other,
            }
        }
        // TLS "peek" records repeat bytes the next read returns.
        _ => Recorded::Other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A datagram as a recorder of `version` writes it.
    fn recorded(version: u8, flags: u8, trace_point: u8, media: u8, extension: &[u8], payload: &[u8]) -> Vec<u8> {
        let minor = version & 0x0f;
        let mut out = vec![version];
        out.extend_from_slice(if minor <= 3 { &[0, 0, 0, 9, 0x12, 0x34][..] } else { &[0, 9, 0x12, 0x34][..] });
        if minor >= 4 {
            out.extend_from_slice(&[0, 7]);
        }
        out.extend_from_slice(if minor >= 9 {
            &[0xff, 0xff, 0xff, 0xff, 0, 0, 0, 12][..]
        } else {
            &[0xff, 0xff, 0, 12][..]
        });
        let extension_len = if minor >= 5 { extension.len() as u8 } else { 0 };
        out.extend_from_slice(&[flags, trace_point, media, extension_len]);
        let session = match minor {
            0..=4 => 0,
            5 | 6 => 4,
            7 => 8,
            _ => 9,
        };
        out.extend(std::iter::repeat_n(0x5a, session));
        if minor >= 5 {
            out.extend_from_slice(extension);
        }
        out.extend_from_slice(payload);
        out
    }

    const PACKET: &[u8] = b"E\0\0\x1c...an IPv4 packet";
    const MESSAGE: &[u8] = b"OPTIONS sip:a@b SIP/2.0\r\n\r\n";

    #[test]
    fn the_packet_a_device_recorded_is_found_past_every_version_of_the_header() {
        // Header lengths 15 (up to minor 4), 19, 23, 24 and 28 bytes.
        for version in [0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09] {
            let datagram = recorded(version, HEADER_ADDED, 4, SIP, &[], PACKET);
            assert_eq!(read(&datagram), Some(Recorded::Ip(PACKET)), "version {version:#x}");
        }
        // An extension (of a trace point with addresses) is skipped.
        let datagram = recorded(0x09, HEADER_ADDED, 4, SIP, &[1, 2, 3, 4, 5, 6], PACKET);
        assert_eq!(read(&datagram), Some(Recorded::Ip(PACKET)));
    }

    #[test]
    fn a_message_the_host_recorded_takes_the_ends_its_extension_gives() {
        let extension = [10, 0, 0, 1, 10, 0, 0, 2, 0x13, 0xc4, 0x13, 0xc5, 17, 1];
        let datagram = recorded(0x07, 0, SYSTEM, SIP, &extension, MESSAGE);
        let src = SocketAddr::from(([10, 0, 0, 1], 5060));
        let dst = SocketAddr::from(([10, 0, 0, 2], 5061));
        assert_eq!(read(&datagram), Some(Recorded::Message { src, dst, transport: Transport::Udp, bytes: MESSAGE }));
        let mut over_tcp = extension;
        over_tcp[12] = 6;
        let datagram = recorded(0x07, 0, SYSTEM, SIP, &over_tcp, MESSAGE);
        assert!(matches!(read(&datagram), Some(Recorded::Message { transport: Transport::Tcp, .. })));
    }

    #[test]
    fn tls_plaintext_of_sip_is_read_and_peeks_and_other_applications_are_not() {
        let extension = |application: u8| [0x13, 0xc5, 0xd0, 0x00, 10, 0, 0, 1, 10, 0, 0, 2, application];
        let src = SocketAddr::from(([10, 0, 0, 1], 5061));
        let dst = SocketAddr::from(([10, 0, 0, 2], 53248));
        let datagram = recorded(0x09, 0, 5, TLS, &extension(TLS_SIP), MESSAGE);
        assert_eq!(read(&datagram), Some(Recorded::Tls { src, dst, bytes: MESSAGE }));
        // TCP named by a SIP port.
        let datagram = recorded(0x09, 0, 5, TLS, &extension(TLS_TCP), MESSAGE);
        assert_eq!(read(&datagram), Some(Recorded::Tls { src, dst, bytes: MESSAGE }));
        // HTTP (the device's web interface), and a peek at bytes read next.
        assert_eq!(read(&recorded(0x09, 0, 5, TLS, &extension(1), MESSAGE)), Some(Recorded::Other));
        assert_eq!(read(&recorded(0x09, 0, 5, TLS + 1, &extension(TLS_SIP), MESSAGE)), Some(Recorded::Other));
    }

    #[test]
    fn what_holds_sip_is_told_without_the_port() {
        // A UDP packet of its stated length; cut, or another protocol, not.
        let mut udp = vec![0x45, 0, 0, 28, 0, 0, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2];
        udp.extend_from_slice(&[0x13, 0xc4, 0x13, 0xc4, 0, 8, 0, 0]);
        assert!(Recorded::Ip(&udp).is_sip());
        assert!(!Recorded::Ip(&udp[..27]).is_sip());
        let mut icmp = udp.clone();
        icmp[9] = 1;
        assert!(!Recorded::Ip(&icmp).is_sip());
        // IPv6 with TCP: 40 bytes of header, then its payload length.
        let mut tcp6 = vec![0x60, 0, 0, 0, 0, 20, 6, 64];
        tcp6.extend_from_slice(&[0; 32]);
        tcp6.extend_from_slice(&[0; 20]);
        assert!(Recorded::Ip(&tcp6).is_sip());
        let unknown = crate::log::UNKNOWN;
        assert!(Recorded::Message { src: unknown, dst: unknown, transport: Transport::Udp, bytes: MESSAGE }.is_sip());
        assert!(!Recorded::Unaddressed { received: true, bytes: b"\x80\x00 RTP" }.is_sip());
        // TLS plaintext going on with a message begun before: not told here.
        assert!(Recorded::Tls { src: unknown, dst: unknown, bytes: MESSAGE }.is_sip());
        assert!(!Recorded::Tls { src: unknown, dst: unknown, bytes: b"Content-Length: 0\r\n\r\n" }.is_sip());
        assert!(!Recorded::Other.is_sip());
    }

    #[test]
    fn media_encrypted_records_and_what_is_not_acdr_are_told_apart() {
        // RTP (media type 1), and a SIP packet the device encrypted.
        assert_eq!(read(&recorded(0x09, HEADER_ADDED, 4, 1, &[], PACKET)), Some(Recorded::Other));
        assert_eq!(read(&recorded(0x09, HEADER_ADDED | ENCRYPTED, 4, SIP, &[], PACKET)), Some(Recorded::Other));
        // 0xAA in an old header's extra byte is not flags: no header added.
        let unaddressed = Recorded::Unaddressed { received: true, bytes: MESSAGE };
        assert_eq!(read(&recorded(0x02, 0xaa, 4, SIP, &[], MESSAGE)), Some(unaddressed));
        let sent = Recorded::Unaddressed { received: false, bytes: MESSAGE };
        assert_eq!(read(&recorded(0x04, 0, HOST_TO_NETWORK, SIP, &[], MESSAGE)), Some(sent));
        // Another major version, a minor past 9, a header cut short, an
        // extension longer than the datagram.
        assert_eq!(read(&recorded(0x19, HEADER_ADDED, 4, SIP, &[], PACKET)), None);
        assert_eq!(read(&recorded(0x0a, HEADER_ADDED, 4, SIP, &[], PACKET)), None);
        assert_eq!(read(&recorded(0x09, HEADER_ADDED, 4, SIP, &[], PACKET)[..20]), None);
        let mut long = recorded(0x09, HEADER_ADDED, 4, SIP, &[], b"");
        long[18] = 40;
        assert_eq!(read(&long), None);
        assert_eq!(read(b""), None);
    }
}
