//! Captures made on the air (IEEE 802.11, a Wi-Fi phone's calls): the
//! headers a capture driver puts first (radiotap, PPI, Prism, AVS), then the
//! 802.11 data frame (IEEE 802.11-2020 §9.2–9.3), its LLC/SNAP header
//! (RFC 1042) and the EtherType of what it carries. Ours, a header walk:
//! the crates below SIP read Ethernet and IP, not 802.11.
//!
//! A frame protected on the air (WPA, WEP) carries nothing readable here:
//! the caller reports such frames, once.

/// What an 802.11 frame carries, as far as it can be read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Carried<'a> {
    /// Payloads after LLC/SNAP, each with its EtherType (more than one for
    /// an aggregate MSDU).
    Payloads(Vec<(u16, &'a [u8])>),
    /// A data frame encrypted on the air.
    Protected,
    /// Management, control, null data, a fragment, or damaged: nothing.
    Nothing,
}

/// The 802.11 frame after a radiotap header (link type 127): the header
/// says its own length, little-endian, in its bytes 2 and 3.
pub(crate) fn after_radiotap(packet: &[u8]) -> Option<&[u8]> {
    let length = usize::from(u16::from_le_bytes([*packet.get(2)?, *packet.get(3)?]));
    packet.get(length.max(8)..)
}

/// The link type and packet after a PPI header (link type 192): its
/// length in bytes 2–3 and the link type in 4–7, little-endian.
pub(crate) fn after_ppi(packet: &[u8]) -> Option<(i32, &[u8])> {
    let length = usize::from(u16::from_le_bytes([*packet.get(2)?, *packet.get(3)?]));
    let linktype = i32::from_le_bytes(packet.get(4..8)?.try_into().ok()?);
    Some((linktype, packet.get(length.max(8)..)?))
}

/// The 802.11 frame after a Prism header (link type 119), 144 bytes.
pub(crate) fn after_prism(packet: &[u8]) -> Option<&[u8]> {
    packet.get(144..)
}

/// The 802.11 frame after an AVS header (link type 163): its length in
/// bytes 4–7, big-endian.
pub(crate) fn after_avs(packet: &[u8]) -> Option<&[u8]> {
    let length = u32::from_be_bytes(packet.get(4..8)?.try_into().ok()?);
    packet.get(usize::try_from(length).ok()?.max(8)..)
}

/// What an 802.11 frame (link type 105) carries.
pub(crate) fn data(frame: &[u8]) -> Carried<'_> {
    let (Some(&control), Some(&flags)) = (frame.first(), frame.get(1)) else { return Carried::Nothing };
    // Protocol version 0, type 2 (data); subtypes with bit 2 carry no body.
    if control & 0x0f != 0x08 || control & 0x40 != 0 {
        return Carried::Nothing;
    }
    let qos = control & 0x80 != 0;
    let (to_ds, from_ds, more_fragments, protected, order) =
        (flags & 0x01 != 0, flags & 0x02 != 0, flags & 0x04 != 0, flags & 0x40 != 0, flags & 0x80 != 0);
    // A fragment of a larger MSDU: rare on the air, not put together here.
    let fragment_number = frame.get(22).map_or(0, |b| b & 0x0f);
    if more_fragments || fragment_number != 0 {
        return Carried::Nothing;
    }
    if protected {
        return Carried::Protected;
    }
    let mut header = 24;
    if to_ds && from_ds {
        header += 6; // a fourth address
    }
    let mut aggregate = false;
    if qos {
        aggregate = frame.get(header).is_some_and(|b| b & 0x80 != 0);
        header += 2;
        if order {
            header += 4; // HT control
        }
    }
    let Some(body) = frame.get(header..) else { return Carried::Nothing };
    if !aggregate {
        return Carried::Payloads(snap(body).into_iter().collect());
    }
    // An aggregate MSDU: subframes of destination, source, length (big-endian),
    // the MSDU, padding to four bytes.
    let mut payloads = Vec::new();
    let mut at = 0;
    while let Some(length) = body.get(at + 12..at + 14).map(|l| usize::from(u16::from_be_bytes([l[0], l[1]]))) {
        let Some(msdu) = body.get(at + 14..at + 14 + length) else { break };
        payloads.extend(snap(msdu));
        at += (14 + length).next_multiple_of(4);
    }
    Carried::Payloads(payloads)
}

/// The EtherType and payload after an LLC/SNAP header (RFC 1042, or the
/// bridge-tunnel encapsulation of IEEE 802.1H).
fn snap(msdu: &[u8]) -> Option<(u16, &[u8])> {
    match msdu {
        [0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00 | 0xf8, a, b, payload @ ..] => {
            Some((u16::from_be_bytes([*a, *b]), payload))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNAP_IPV4: [u8; 8] = [0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00];

    /// A data frame: frame control, duration, three addresses, sequence control.
    fn frame(control: u8, flags: u8, extra: &[u8], body: &[u8]) -> Vec<u8> {
        let mut f = vec![control, flags, 0, 0];
        f.extend_from_slice(&[1; 18]);
        f.extend_from_slice(&[0, 0]);
        f.extend_from_slice(extra);
        f.extend_from_slice(body);
        f
    }

    #[test]
    fn data_frames_give_what_they_carry() {
        let body = [&SNAP_IPV4[..], b"ip"].concat();
        let plain = frame(0x08, 0x01, &[], &body);
        assert_eq!(data(&plain), Carried::Payloads(vec![(0x0800, &b"ip"[..])]));
        // QoS data, both DS bits (a fourth address), HT control.
        let qos = frame(0x88, 0x83, &[[2; 6].as_slice(), &[0, 0], &[0; 4]].concat(), &body);
        assert_eq!(data(&qos), Carried::Payloads(vec![(0x0800, &b"ip"[..])]));
        assert_eq!(data(&frame(0x88, 0x41, &[0, 0], &body)), Carried::Protected);
        // Null data, a beacon, a fragment, a stub: nothing.
        for nothing in
            [frame(0x48, 0x01, &[], &[]), frame(0x80, 0, &[], &body), frame(0x08, 0x05, &[], &body), vec![0x08]]
        {
            assert_eq!(data(&nothing), Carried::Nothing);
        }
    }

    #[test]
    fn an_aggregate_carries_each_of_its_subframes() {
        let subframe = |payload: &[u8]| {
            let msdu = [&SNAP_IPV4[..], payload].concat();
            let mut s = vec![3; 12];
            s.extend_from_slice(&(msdu.len() as u16).to_be_bytes());
            s.extend_from_slice(&msdu);
            s.resize(s.len().next_multiple_of(4), 0);
            s
        };
        let body = [subframe(b"one"), subframe(b"second")].concat();
        let aggregate = frame(0x88, 0x01, &[0x80, 0], &body);
        assert_eq!(data(&aggregate), Carried::Payloads(vec![(0x0800, &b"one"[..]), (0x0800, &b"second"[..])]));
    }

    #[test]
    fn capture_headers_are_skipped_by_the_length_they_say() {
        let packet = [&[0u8, 0, 12, 0][..], &[0; 8], b"frame"].concat();
        assert_eq!(after_radiotap(&packet), Some(&b"frame"[..]));
        let ppi = [&[0u8, 0, 8, 0][..], &105i32.to_le_bytes(), b"frame"].concat();
        assert_eq!(after_ppi(&ppi), Some((105, &b"frame"[..])));
        let avs = [&[0x80u8, 0x21, 0x10, 0x01][..], &12u32.to_be_bytes(), &[0; 4], b"frame"].concat();
        assert_eq!(after_avs(&avs), Some(&b"frame"[..]));
        assert_eq!(after_radiotap(&[0, 0]), None);
    }
}
