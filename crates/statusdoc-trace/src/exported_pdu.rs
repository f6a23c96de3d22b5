//! Wireshark's exported PDUs (link type 252, `LINKTYPE_WIRESHARK_UPPER_PDU`):
//! what "File › Export PDUs to File…" and `tshark -U` write. Each packet is
//! one message a dissector saw, after Wireshark reassembled it, and — the
//! reason engineers make them — after it decrypted TLS with the session
//! keys: the way SIP over TLS reaches a tool that cannot decrypt it itself.
//!
//! A packet is a list of tags (type and length, two bytes each, big-endian;
//! the length counts the value only) ending with tag 0, then the message.
//! The tags say which dissector the message was for and, when it came over
//! IP, its addresses, ports and transport.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::record::Transport;

const END_OF_OPTIONS: u16 = 0;
const DISSECTOR_NAME: u16 = 12;
const HEURISTIC_DISSECTOR_NAME: u16 = 13;
const IPV4_SRC: u16 = 20;
const IPV4_DST: u16 = 21;
const IPV6_SRC: u16 = 22;
const IPV6_DST: u16 = 23;
const PORT_TYPE: u16 = 24;
const SRC_PORT: u16 = 25;
const DST_PORT: u16 = 26;

/// Port types of [`PORT_TYPE`].
const PORT_TYPE_SCTP: u32 = 1;
const PORT_TYPE_TCP: u32 = 2;

/// One exported SIP message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Exported<'a> {
    pub src: SocketAddr,
    pub dst: SocketAddr,
    pub transport: Transport,
    pub message: &'a [u8],
}

/// The SIP message of an exported PDU; `None` when the PDU was for
/// another dissector (an export of every layer-7 PDU holds DNS, RTP…) or
/// its tags are damaged. Addresses the tags do not give are unknown
/// (`0.0.0.0:0`), as in a log that does not say them.
pub(crate) fn sip(packet: &[u8]) -> Option<Exported<'_>> {
    let (mut src_ip, mut dst_ip) = (None, None);
    let (mut src_port, mut dst_port) = (0u16, 0u16);
    let mut transport = Transport::Udp;
    let mut dissector: Option<&[u8]> = None;
    let mut at = 0;
    loop {
        let tag = u16::from_be_bytes([*packet.get(at)?, *packet.get(at + 1)?]);
        let len = usize::from(u16::from_be_bytes([*packet.get(at + 2)?, *packet.get(at + 3)?]));
        let value = packet.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        let number = <[u8; 4]>::try_from(value).ok().map(u32::from_be_bytes);
        match tag {
            END_OF_OPTIONS => break,
            // Strings may end in NUL bytes, counted in the length.
            DISSECTOR_NAME | HEURISTIC_DISSECTOR_NAME if dissector.is_none() => {
                dissector = Some(value.split(|&b| b == 0).next().unwrap_or_default());
            }
            IPV4_SRC | IPV4_DST => {
                let Ok(octets) = <[u8; 4]>::try_from(value) else { continue };
                let ip = Some(IpAddr::V4(Ipv4Addr::from(octets)));
                *(if tag == IPV4_SRC { &mut src_ip } else { &mut dst_ip }) = ip;
            }
            IPV6_SRC | IPV6_DST => {
                let Ok(octets) = <[u8; 16]>::try_from(value) else { continue };
                let ip = Some(IpAddr::V6(Ipv6Addr::from(octets)));
                *(if tag == IPV6_SRC { &mut src_ip } else { &mut dst_ip }) = ip;
            }
            PORT_TYPE => {
                transport = match number {
                    Some(PORT_TYPE_TCP) => Transport::Tcp,
                    Some(PORT_TYPE_SCTP) => Transport::Sctp,
                    _ => Transport::Udp,
                };
            }
            // Four bytes, even for two-byte ports.
            SRC_PORT => src_port = number.and_then(|n| u16::try_from(n).ok()).unwrap_or(0),
            DST_PORT => dst_port = number.and_then(|n| u16::try_from(n).ok()).unwrap_or(0),
            _ => {}
        }
    }
    // "sip", or a heuristic one such as "sip_udp"; no name: by content.
    let message = &packet[at..];
    let is_sip = match dissector {
        Some(name) => name.len() >= 3 && name[..3].eq_ignore_ascii_case(b"sip"),
        None => crate::looks_like_sip(message),
    };
    if !is_sip {
        return None;
    }
    let unknown = crate::log::UNKNOWN.ip();
    Some(Exported {
        src: SocketAddr::new(src_ip.unwrap_or(unknown), src_port),
        dst: SocketAddr::new(dst_ip.unwrap_or(unknown), dst_port),
        transport,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(kind: u16, value: &[u8]) -> Vec<u8> {
        [&kind.to_be_bytes()[..], &(value.len() as u16).to_be_bytes(), value].concat()
    }

    const INVITE: &[u8] = b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: exported\r\n\r\n";

    #[test]
    fn a_sip_pdu_comes_with_its_addresses_and_transport() {
        let packet = [
            tag(DISSECTOR_NAME, b"sip\0"),
            tag(IPV4_SRC, &[192, 0, 2, 1]),
            tag(IPV4_DST, &[192, 0, 2, 2]),
            tag(PORT_TYPE, &PORT_TYPE_TCP.to_be_bytes()),
            tag(SRC_PORT, &5061u32.to_be_bytes()),
            tag(DST_PORT, &40000u32.to_be_bytes()),
            tag(30, &7u32.to_be_bytes()), // the original frame number: not needed
            tag(END_OF_OPTIONS, &[]),
            INVITE.to_vec(),
        ]
        .concat();
        let pdu = sip(&packet).unwrap_or_else(|| panic!("not read"));
        assert_eq!((pdu.src.to_string(), pdu.dst.to_string()), ("192.0.2.1:5061".into(), "192.0.2.2:40000".into()));
        assert_eq!((pdu.transport, pdu.message), (Transport::Tcp, INVITE));
        let v6 = [
            tag(HEURISTIC_DISSECTOR_NAME, b"sip_udp"),
            tag(IPV6_SRC, &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
            tag(END_OF_OPTIONS, &[]),
            INVITE.to_vec(),
        ]
        .concat();
        let pdu = sip(&v6).unwrap_or_else(|| panic!("not read"));
        assert_eq!((pdu.src.to_string(), pdu.dst.to_string()), ("[2001:db8::1]:0".into(), "0.0.0.0:0".into()));
        assert_eq!(pdu.transport, Transport::Udp);
    }

    #[test]
    fn other_dissectors_and_damaged_tags_give_nothing() {
        let dns = [tag(DISSECTOR_NAME, b"dns\0"), tag(END_OF_OPTIONS, &[]), INVITE.to_vec()].concat();
        assert_eq!(sip(&dns), None);
        // No dissector named: told by the content.
        assert!(sip(&[tag(END_OF_OPTIONS, &[]), INVITE.to_vec()].concat()).is_some());
        assert_eq!(sip(&[tag(END_OF_OPTIONS, &[]), b"\x80\x00rtp".to_vec()].concat()), None);
        let whole = [tag(DISSECTOR_NAME, b"sip"), tag(IPV4_SRC, &[192, 0, 2, 1]), tag(END_OF_OPTIONS, &[])].concat();
        for cut in 0..whole.len() {
            assert_eq!(sip(&whole[..cut]), None, "{cut}");
        }
    }
}
