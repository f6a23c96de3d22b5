//! HEP3 (the Homer encapsulation protocol, also called EEP; and its
//! versions 1 and 2, below): capture agents
//! (Kamailio's and OpenSIPS's siptrace, heplify, FreeSWITCH, Asterisk's
//! res_hep) send each SIP message they see to a collector, with where and
//! when they saw it. A capture taken on the collector holds the SIP of every
//! agent: the message is read with the agent's addresses and time, not the
//! collector's. A few fixed chunks, read here.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::record::Transport;

/// One message as an agent reported it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Captured<'a> {
    pub src: SocketAddr,
    pub dst: SocketAddr,
    /// When the agent saw it, if it said.
    pub time: Option<f64>,
    pub transport: Transport,
    pub payload: &'a [u8],
}

/// Chunk types of the generic vendor (0). The address family (0x01) is
/// told by which address chunks come.
const PROTOCOL: u16 = 0x02;
const IPV4_SRC: u16 = 0x03;
const IPV4_DST: u16 = 0x04;
const IPV6_SRC: u16 = 0x05;
const IPV6_DST: u16 = 0x06;
const SRC_PORT: u16 = 0x07;
const DST_PORT: u16 = 0x08;
const SECONDS: u16 = 0x09;
const MICROS: u16 = 0x0a;
const PAYLOAD_TYPE: u16 = 0x0b;
const PAYLOAD: u16 = 0x0f;

/// Payload type 1: SIP.
const SIP: u8 = 1;

/// A HEP3 packet's header: the magic and the total length.
pub(crate) const HEADER: usize = 6;

/// The total length a HEP3 packet states (TCP carries them back to back);
/// `None` before its header is whole.
pub(crate) fn length(packet: &[u8]) -> Option<usize> {
    Some(usize::from(u16::from_be_bytes([*packet.get(4)?, *packet.get(5)?])))
}

/// Whether a datagram is HEP3 (by its magic), whatever it carries.
pub(crate) fn is_hep3(datagram: &[u8]) -> bool {
    datagram.starts_with(b"HEP3")
}

/// The SIP message a HEP3 datagram carries; `None` when it carries
/// something else (RTCP, logs) or is damaged.
pub(crate) fn sip(datagram: &[u8]) -> Option<Captured<'_>> {
    let packet = datagram.get(..length(datagram)?)?;
    let (mut src_ip, mut dst_ip) = (None, None);
    let (mut src_port, mut dst_port) = (0, 0);
    let (mut seconds, mut micros) = (None, 0u32);
    let (mut transport, mut kind, mut payload) = (Transport::Udp, None, None);
    let mut at = HEADER;
    while at < packet.len() {
        let header = packet.get(at..at + 6)?;
        let vendor = u16::from_be_bytes([header[0], header[1]]);
        let chunk = u16::from_be_bytes([header[2], header[3]]);
        let len = usize::from(u16::from_be_bytes([header[4], header[5]]));
        let value = packet.get(at + 6..at.checked_add(len)?)?;
        at += len.max(6);
        if vendor != 0 {
            continue;
        }
        match (chunk, value.len()) {
            (PROTOCOL, 1) => transport = if value[0] == 6 { Transport::Tcp } else { Transport::Udp },
            (IPV4_SRC, 4) => src_ip = Some(IpAddr::V4(Ipv4Addr::new(value[0], value[1], value[2], value[3]))),
            (IPV4_DST, 4) => dst_ip = Some(IpAddr::V4(Ipv4Addr::new(value[0], value[1], value[2], value[3]))),
            (IPV6_SRC, 16) => src_ip = <[u8; 16]>::try_from(value).ok().map(|b| IpAddr::V6(Ipv6Addr::from(b))),
            (IPV6_DST, 16) => dst_ip = <[u8; 16]>::try_from(value).ok().map(|b| IpAddr::V6(Ipv6Addr::from(b))),
            (SRC_PORT, 2) => src_port = u16::from_be_bytes([value[0], value[1]]),
            (DST_PORT, 2) => dst_port = u16::from_be_bytes([value[0], value[1]]),
            (SECONDS, 4) => seconds = Some(u32::from_be_bytes([value[0], value[1], value[2], value[3]])),
            (MICROS, 4) => micros = u32::from_be_bytes([value[0], value[1], value[2], value[3]]),
            (PAYLOAD_TYPE, 1) => kind = Some(value[0]),
            (PAYLOAD, _) => payload = Some(value),
            _ => {}
        }
    }
    if kind.is_some_and(|k| k != SIP) {
        return None;
    }
    Some(Captured {
        src: SocketAddr::new(src_ip?, src_port),
        dst: SocketAddr::new(dst_ip?, dst_port),
        time: seconds.map(|s| f64::from(s) + f64::from(micros) / 1e6),
        transport,
        payload: payload?,
    })
}

/// The SIP message a HEP version 1 or 2 datagram carries, as Kamailio's and
/// OpenSIPS's siptrace (`hep_version` 1 or 2), sofia-sip and sngrep send it:
/// no magic, a fixed header — version, header length, address family
/// (Linux's 2 or 10), protocol, the ports (network order), the two
/// addresses — then, in version 2, the agent's time (seconds, microseconds
/// and a capture id, in the agent's byte order: little-endian, as the
/// hosts that run them are; 12 bytes with the C struct's padding), then the
/// message. Told by a header that fits and a message after it that reads as
/// SIP; the header length is not trusted (sngrep writes 2).
pub(crate) fn sip_v1_v2(datagram: &[u8]) -> Option<Captured<'_>> {
    // Most datagrams that are not SIP are RTP, whose first byte is 0x80.
    let version = *datagram.first().filter(|v| matches!(v, 1 | 2))?;
    let (&family, &protocol) = (datagram.get(2)?, datagram.get(3)?);
    let port = |at: usize| Some(u16::from_be_bytes([*datagram.get(at)?, *datagram.get(at + 1)?]));
    let (src_port, dst_port) = (port(4)?, port(6)?);
    let (src, dst, mut at) = match family {
        2 => {
            let a = datagram.get(8..16)?;
            (IpAddr::V4(Ipv4Addr::new(a[0], a[1], a[2], a[3])), IpAddr::V4(Ipv4Addr::new(a[4], a[5], a[6], a[7])), 16)
        }
        10 => {
            let a = datagram.get(8..40)?;
            let (s, d) = (<[u8; 16]>::try_from(&a[..16]).ok()?, <[u8; 16]>::try_from(&a[16..]).ok()?);
            (IpAddr::V6(Ipv6Addr::from(s)), IpAddr::V6(Ipv6Addr::from(d)), 40)
        }
        _ => return None,
    };
    let time = match version {
        2 => {
            let t = datagram.get(at..at + 12)?;
            at += 12;
            let seconds = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
            let micros = u32::from_le_bytes([t[4], t[5], t[6], t[7]]);
            (micros < 1_000_000).then_some(f64::from(seconds) + f64::from(micros) / 1e6)
        }
        _ => None,
    };
    let transport = match protocol {
        17 => Transport::Udp,
        6 => Transport::Tcp,
        // sofia-sip's mark for TLS (IPPROTO_IDP), the message decrypted.
        22 => Transport::Tls,
        132 => Transport::Sctp,
        _ => return None,
    };
    let payload = datagram.get(at..)?;
    crate::sip::looks_like_sip(payload).then_some(Captured {
        src: SocketAddr::new(src, src_port),
        dst: SocketAddr::new(dst, dst_port),
        time,
        transport,
        payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: u16, value: &[u8]) -> Vec<u8> {
        [&0u16.to_be_bytes()[..], &kind.to_be_bytes(), &(6 + value.len() as u16).to_be_bytes(), value].concat()
    }

    fn hep3(chunks: &[Vec<u8>]) -> Vec<u8> {
        let body = chunks.concat();
        [&b"HEP3"[..], &(6 + body.len() as u16).to_be_bytes(), &body].concat()
    }

    const INVITE: &[u8] = b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: hep\r\n\r\n";

    #[test]
    fn a_sip_message_comes_with_the_agents_addresses_and_time() {
        let packet = hep3(&[
            chunk(0x01, &[2]), // the family: IPv4
            chunk(PROTOCOL, &[6]),
            chunk(IPV4_SRC, &[192, 0, 2, 1]),
            chunk(IPV4_DST, &[192, 0, 2, 2]),
            chunk(SRC_PORT, &5062u16.to_be_bytes()),
            chunk(DST_PORT, &5060u16.to_be_bytes()),
            chunk(SECONDS, &1_700_000_000u32.to_be_bytes()),
            chunk(MICROS, &250_000u32.to_be_bytes()),
            chunk(PAYLOAD_TYPE, &[SIP]),
            // Another vendor's chunk is skipped.
            [&[0x00, 0x21][..], &[0, 1], &[0, 8], &[9, 9]].concat(),
            chunk(PAYLOAD, INVITE),
        ]);
        assert!(is_hep3(&packet));
        let captured = sip(&packet).unwrap_or_else(|| panic!("not read"));
        assert_eq!(captured.src, "192.0.2.1:5062".parse().unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(captured.dst, "192.0.2.2:5060".parse().unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(
            (captured.time, captured.transport, captured.payload),
            (Some(1_700_000_000.25), Transport::Tcp, INVITE)
        );
        let v6 = hep3(&[
            chunk(IPV6_SRC, &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
            chunk(IPV6_DST, &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]),
            chunk(PAYLOAD, INVITE),
        ]);
        let captured = sip(&v6).unwrap_or_else(|| panic!("not read"));
        assert_eq!((captured.src.to_string().as_str(), captured.time), ("[2001:db8::1]:0", None));
    }

    #[test]
    fn versions_one_and_two_are_read_by_their_fixed_header() {
        // Version 2 over IPv4 as sngrep sends it (its header length 2), with
        // the agent's time in little-endian order and the struct's padding.
        let mut v2 = vec![2, 2, 2, 17];
        v2.extend(5071u16.to_be_bytes());
        v2.extend(5070u16.to_be_bytes());
        v2.extend([127, 0, 0, 1, 127, 0, 0, 2]);
        v2.extend(1_795_642_229u32.to_le_bytes());
        v2.extend(571_149u32.to_le_bytes());
        v2.extend(2001u16.to_le_bytes());
        v2.extend([0x9a, 0x97]);
        v2.extend(INVITE);
        let captured = sip_v1_v2(&v2).unwrap_or_else(|| panic!("not read"));
        assert_eq!(
            (captured.src.to_string(), captured.dst.to_string(), captured.time, captured.transport, captured.payload),
            (
                "127.0.0.1:5071".to_owned(),
                "127.0.0.2:5070".to_owned(),
                Some(1_795_642_229.571_149),
                Transport::Udp,
                INVITE
            )
        );
        // Version 1 over IPv6, TCP: no time.
        let mut v1 = vec![1, 40, 10, 6, 0x13, 0xc4, 0x13, 0xc4];
        v1.extend([0x20, 0x01, 0x0d, 0xb8].iter().chain(&[0; 11]).chain(&[1]));
        v1.extend([0x20, 0x01, 0x0d, 0xb8].iter().chain(&[0; 11]).chain(&[2]));
        v1.extend(INVITE);
        let captured = sip_v1_v2(&v1).unwrap_or_else(|| panic!("not read"));
        assert_eq!(
            (captured.src.to_string().as_str(), captured.time, captured.transport),
            ("[2001:db8::1]:5060", None, Transport::Tcp)
        );
        // Not SIP after the header, another version, family or protocol, or cut: nothing.
        assert_eq!(sip_v1_v2(&v2[..v2.len() - INVITE.len()]), None);
        for (at, value) in [(0, 3), (2, 28), (3, 1)] {
            let mut other = v2.clone();
            other[at] = value;
            assert_eq!(sip_v1_v2(&other), None, "{at}");
        }
        for cut in 0..28 {
            assert_eq!(sip_v1_v2(&v2[..cut]), None, "{cut}");
        }
    }

    #[test]
    fn other_payloads_and_damage_give_nothing() {
        let rtcp = hep3(&[
            chunk(IPV4_SRC, &[192, 0, 2, 1]),
            chunk(IPV4_DST, &[192, 0, 2, 2]),
            chunk(PAYLOAD_TYPE, &[5]),
            chunk(PAYLOAD, b"{}"),
        ]);
        assert_eq!(sip(&rtcp), None);
        let whole = hep3(&[chunk(IPV4_SRC, &[192, 0, 2, 1]), chunk(IPV4_DST, &[192, 0, 2, 2]), chunk(PAYLOAD, INVITE)]);
        assert!(sip(&whole).is_some());
        for cut in 0..whole.len() {
            assert_eq!(sip(&whole[..cut]), None, "{cut}");
        }
        let mut zero_length = whole.clone();
        zero_length[10..12].copy_from_slice(&[0, 0]); // a chunk claiming no length: skipped past, not looped on
        let _ = sip(&zero_length);
    }
}
