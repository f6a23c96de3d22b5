//! Tunnels that mirrored traffic arrives in: VXLAN (RFC 7348) from cloud
//! traffic mirroring, Geneve (RFC 8926), GRE (RFC 2784, RFC 2890) with
//! ERSPAN types I–III from switches, IP in IP (RFC 2003, RFC 2473), and
//! TZSP, as MikroTik routers stream what their packet sniffer sees, and
//! GTP-U (3GPP TS 29.281), which carries a mobile's packets through the
//! packet core (VoLTE's SIP, captured on S1-U, S5/S8, Gn). Each header is
//! a few fields: read here rather than by a crate.

use etherparse::{EtherType, IpNumber};

/// Most tunnels opened one inside the other for one packet.
pub(crate) const MAX_DEPTH: u8 = 4;

/// What a tunnel carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inner<'a> {
    /// A whole Ethernet frame.
    Ethernet(&'a [u8]),
    /// An IP packet (IPv4 or IPv6, by its EtherType).
    Ip(EtherType, &'a [u8]),
    /// An IEEE 802.11 frame (see wlan.rs).
    Ieee80211(&'a [u8]),
}

/// The VXLAN port (RFC 7348 §5), Geneve's (RFC 8926 §3.3), and TZSP's
/// (not registered; the one its senders use).
const VXLAN: u16 = 4789;
const GENEVE: u16 = 6081;
const TZSP: u16 = 37008;
/// GTP-U's port (3GPP TS 29.281 §4.4.2.3).
const GTP_U: u16 = 2152;

/// EtherType for Ethernet bridged over a tunnel ("transparent Ethernet bridging").
const BRIDGED_ETHERNET: u16 = 0x6558;

/// What a UDP datagram to `port` tunnels, if it is a tunnel.
pub(crate) fn udp_payload(port: u16, payload: &[u8]) -> Option<Inner<'_>> {
    match port {
        // Flags with I set (a valid VNI), then reserved bits and the VNI.
        VXLAN if payload.len() > 8 && payload[0] & 0x08 != 0 => Some(Inner::Ethernet(&payload[8..])),
        GENEVE => {
            let (&first, rest) = payload.split_first()?;
            if first >> 6 != 0 {
                return None; // only version 0 exists
            }
            let options = usize::from(first & 0x3f) * 4;
            let protocol = u16::from_be_bytes([*rest.get(1)?, *rest.get(2)?]);
            by_ethertype(protocol, payload.get(8 + options..)?)
        }
        TZSP => tzsp(payload),
        GTP_U => gtp_u(payload),
        _ => None,
    }
}

/// TZSP: version 1, a type (0: a packet the sensor received, 1: one it
/// sent), the encapsulated protocol, tagged fields up to the end tag, the
/// packet. Ethernet (1) and 802.11 (18) are read; other types carry none.
fn tzsp(payload: &[u8]) -> Option<Inner<'_>> {
    let [1, 0 | 1, high, low, ..] = *payload else { return None };
    let mut at = 4;
    loop {
        match *payload.get(at)? {
            0 => at += 1, // padding
            1 => break,   // the end of the tagged fields
            _ => at += 2 + usize::from(*payload.get(at + 1)?),
        }
    }
    let packet = payload.get(at + 1..)?;
    match u16::from_be_bytes([high, low]) {
        1 => Some(Inner::Ethernet(packet)),
        18 => Some(Inner::Ieee80211(packet)),
        _ => None,
    }
}

/// GTP-U (3GPP TS 29.281 §5): a G-PDU (message type 255) of version 1
/// carries a user's IP packet after an 8-byte header, the sequence number,
/// N-PDU number and next extension type when any of E, S, PN is set, and
/// the extension headers that chain says (each its length in 4-byte
/// units, ending with the next one's type). Echo and error messages carry
/// none.
fn gtp_u(payload: &[u8]) -> Option<Inner<'_>> {
    let [flags, 255, high, low, ..] = *payload else { return None };
    if flags >> 5 != 1 || flags & 0x10 == 0 {
        return None; // not version 1, or GTP' (charging)
    }
    // Shorter than it says when the capture's snap length cut it: read as
    // far as it was kept, as the packet inside is.
    let end = 8 + usize::from(u16::from_be_bytes([high, low]));
    let message = &payload[..end.min(payload.len())];
    let mut at = 8;
    if flags & 0x07 != 0 {
        let mut next = *message.get(11)?;
        at = 12;
        while next != 0 {
            let units = usize::from(*message.get(at)?);
            if units == 0 {
                return None;
            }
            at += units * 4;
            next = *message.get(at - 1)?;
        }
    }
    let packet = message.get(at..)?;
    match packet.first()? >> 4 {
        4 => Some(Inner::Ip(EtherType::IPV4, packet)),
        6 => Some(Inner::Ip(EtherType::IPV6, packet)),
        _ => None,
    }
}

/// What an IP packet of protocol `number` tunnels, if it is a tunnel.
pub(crate) fn ip_payload(number: IpNumber, payload: &[u8]) -> Option<Inner<'_>> {
    match number {
        IpNumber::IPV4 => Some(Inner::Ip(EtherType::IPV4, payload)),
        IpNumber::IPV6 => Some(Inner::Ip(EtherType::IPV6, payload)),
        IpNumber::GRE => gre(payload),
        _ => None,
    }
}

/// GRE (version 0): optional checksum, key and sequence number, then the
/// protocol its EtherType names; ERSPAN adds its own header before a frame.
fn gre(payload: &[u8]) -> Option<Inner<'_>> {
    let flags = u16::from_be_bytes([*payload.first()?, *payload.get(1)?]);
    if flags & 0x0007 != 0 {
        return None; // version 1 is PPTP's enhanced GRE: PPP, not IP
    }
    let protocol = u16::from_be_bytes([*payload.get(2)?, *payload.get(3)?]);
    let sequenced = flags & 0x1000 != 0;
    let mut at = 4;
    for present in [flags & 0xc000 != 0, flags & 0x2000 != 0, sequenced] {
        at += if present { 4 } else { 0 };
    }
    let rest = payload.get(at..)?;
    match protocol {
        // ERSPAN type II has an 8-byte header, type I (no sequence number) none.
        0x88be if sequenced => Some(Inner::Ethernet(rest.get(8..)?)),
        0x88be => Some(Inner::Ethernet(rest)),
        // ERSPAN type III: 12 bytes, and 8 more when its O flag says so.
        0x22eb => {
            let optional = if rest.get(11)? & 0x01 != 0 { 8 } else { 0 };
            Some(Inner::Ethernet(rest.get(12 + optional..)?))
        }
        protocol => by_ethertype(protocol, rest),
    }
}

fn by_ethertype(protocol: u16, bytes: &[u8]) -> Option<Inner<'_>> {
    match protocol {
        BRIDGED_ETHERNET => Some(Inner::Ethernet(bytes)),
        0x0800 => Some(Inner::Ip(EtherType::IPV4, bytes)),
        0x86dd => Some(Inner::Ip(EtherType::IPV6, bytes)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: &[u8] = b"an inner frame";

    #[test]
    fn vxlan_and_geneve_carry_frames() {
        let mut vxlan = vec![0x08, 0, 0, 0, 0, 0, 42, 0];
        vxlan.extend_from_slice(FRAME);
        assert_eq!(udp_payload(4789, &vxlan), Some(Inner::Ethernet(FRAME)));
        vxlan[0] = 0; // no valid VNI: not VXLAN
        assert_eq!(udp_payload(4789, &vxlan), None);
        assert_eq!(udp_payload(5060, FRAME), None);
        // Geneve with one 4-byte option.
        let mut geneve = vec![0x01, 0, 0x65, 0x58, 0, 0, 42, 0, 1, 2, 3, 4];
        geneve.extend_from_slice(FRAME);
        assert_eq!(udp_payload(6081, &geneve), Some(Inner::Ethernet(FRAME)));
        assert_eq!(udp_payload(6081, &geneve[..5]), None);
    }

    #[test]
    fn tzsp_carries_frames_after_its_tagged_fields() {
        // MikroTik's: Ethernet, only the end tag.
        let mikrotik = [&[1u8, 0, 0, 1, 1][..], FRAME].concat();
        assert_eq!(udp_payload(37008, &mikrotik), Some(Inner::Ethernet(FRAME)));
        // 802.11, with padding and a signal-strength tag before the end.
        let wireless = [&[1u8, 0, 0, 18, 0, 10, 1, 0xc4, 1][..], FRAME].concat();
        assert_eq!(udp_payload(37008, &wireless), Some(Inner::Ieee80211(FRAME)));
        // A keep-alive (type 4), another protocol, a tag cut short: nothing.
        for other in [&[1u8, 4, 0, 1, 1][..], &[1, 0, 0, 119, 1, 0, 0], &[1, 0, 0, 1, 10, 5, 0]] {
            assert_eq!(udp_payload(37008, other), None, "{other:?}");
        }
    }

    #[test]
    fn gtp_u_carries_a_users_ip_packets_past_its_optional_fields_and_extensions() {
        let ipv4 = [&[0x45u8, 0, 0, 20][..], &[0; 16]].concat();
        let ipv6 = [&[0x60u8][..], &[0; 39]].concat();
        let gtp = |flags: u8, kind: u8, optional: &[u8], packet: &[u8]| {
            let length = (optional.len() + packet.len()) as u16;
            [&[flags, kind][..], &length.to_be_bytes(), &[0, 0, 0, 7], optional, packet].concat()
        };
        // No optional field; a sequence number (S); a PDU session container
        // extension (E, type 0x85, one 4-byte unit), as 5G's N3 sends.
        let plain = gtp(0x30, 255, &[], &ipv4);
        let sequenced = gtp(0x32, 255, &[0, 9, 0, 0], &ipv6);
        let extended = gtp(0x34, 255, &[0, 0, 0, 0x85, 1, 0x10, 9, 0], &ipv4);
        assert_eq!(udp_payload(2152, &plain), Some(Inner::Ip(EtherType::IPV4, &ipv4[..])));
        assert_eq!(udp_payload(2152, &sequenced), Some(Inner::Ip(EtherType::IPV6, &ipv6[..])));
        assert_eq!(udp_payload(2152, &extended), Some(Inner::Ip(EtherType::IPV4, &ipv4[..])));
        // Cut by a snap length: as far as it was kept.
        assert_eq!(udp_payload(2152, &plain[..20]), Some(Inner::Ip(EtherType::IPV4, &ipv4[..12])));
        // An echo request (type 1), GTP' (PT 0), version 2, an extension of
        // length 0 or cut, a payload that is not IP: nothing.
        let nothing = [
            gtp(0x30, 1, &[], &ipv4),
            gtp(0x20, 255, &[], &ipv4),
            gtp(0x50, 255, &[], &ipv4),
            extended[..14].to_vec(),
            gtp(0x34, 255, &[0, 0, 0, 0x85, 0, 0, 0, 0], &ipv4),
            gtp(0x30, 255, &[], b"\x01 not IP"),
        ];
        for other in nothing {
            assert_eq!(udp_payload(2152, &other), None, "{other:?}");
        }
    }

    #[test]
    fn gre_headers_are_skipped_whatever_they_hold() {
        let with = |flags: u16, protocol: u16, extra: &[u8]| {
            let mut packet = [flags.to_be_bytes(), protocol.to_be_bytes()].concat();
            packet.extend_from_slice(extra);
            packet.extend_from_slice(FRAME);
            packet
        };
        let plain = with(0, 0x0800, &[]);
        assert_eq!(ip_payload(IpNumber::GRE, &plain), Some(Inner::Ip(EtherType::IPV4, FRAME)));
        // Checksum, key and sequence number: 12 bytes.
        let all = with(0xb000, 0x86dd, &[0; 12]);
        assert_eq!(ip_payload(IpNumber::GRE, &all), Some(Inner::Ip(EtherType::IPV6, FRAME)));
        let erspan1 = with(0, 0x88be, &[]);
        assert_eq!(ip_payload(IpNumber::GRE, &erspan1), Some(Inner::Ethernet(FRAME)));
        let erspan2 = with(0x1000, 0x88be, &[0; 4 + 8]);
        assert_eq!(ip_payload(IpNumber::GRE, &erspan2), Some(Inner::Ethernet(FRAME)));
        let erspan3 = with(0x1000, 0x22eb, &[0; 4 + 12]);
        assert_eq!(ip_payload(IpNumber::GRE, &erspan3), Some(Inner::Ethernet(FRAME)));
        let mut optional = [0u8; 4 + 12 + 8];
        optional[4 + 11] = 1;
        let erspan3_with_subheader = with(0x1000, 0x22eb, &optional);
        assert_eq!(ip_payload(IpNumber::GRE, &erspan3_with_subheader), Some(Inner::Ethernet(FRAME)));
        assert_eq!(ip_payload(IpNumber::GRE, &with(0x0001, 0x880b, &[])), None, "PPTP");
        assert_eq!(ip_payload(IpNumber::GRE, &with(0x3000, 0x0800, &[])[..8]), None, "cut short");
        assert_eq!(ip_payload(IpNumber::IPV4, FRAME), Some(Inner::Ip(EtherType::IPV4, FRAME)));
        assert_eq!(ip_payload(IpNumber::UDP, FRAME), None);
    }
}
