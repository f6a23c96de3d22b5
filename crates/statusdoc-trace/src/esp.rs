//! IPsec ESP (RFC 4303) with NULL encryption (RFC 2410), as IMS networks
//! use it between a phone and its P-CSCF when the link needs integrity but
//! not confidentiality (3GPP TS 33.203 allows it; test networks use it so
//! that SIP can be read): the payload is in the clear between the ESP
//! header and its trailer. Nothing in the packet says whether it is
//! encrypted, nor how long its integrity check value is; as Wireshark's
//! heuristic does, the trailer is read for each usual ICV length and taken
//! only when everything it says agrees. ESP may come over UDP, through NAT
//! (RFC 3948).

/// The SPI and the sequence number before the payload (RFC 4303 §2).
const HEADER: usize = 8;

/// The lengths of the initialisation vector before the payload and of the
/// integrity check value after the trailer tried: NULL encryption (no IV)
/// with HMAC-SHA-1-96 or HMAC-MD5-96 (12, the ones TS 33.203 names),
/// HMAC-SHA-256-128 (16) or no integrity; and AES-GMAC, integrity without
/// encryption (RFC 4543: an IV of 8, an ICV of 16).
const LAYOUTS: [(usize, usize); 4] = [(0, 12), (0, 16), (0, 0), (8, 16)];

/// The port of IPsec through NAT (RFC 3948 §2).
const NAT_T: u16 = 4500;

/// Whether a UDP datagram between these ports is ESP through NAT (RFC 3948
/// §2.2): on port 4500, and not IKE (whose datagrams there begin with four
/// zero bytes, §2.2's non-ESP marker) nor a one-byte keep-alive.
pub(crate) fn in_udp(src_port: u16, dst_port: u16, payload: &[u8]) -> bool {
    (src_port == NAT_T || dst_port == NAT_T) && payload.len() > HEADER && payload[..4] != [0; 4]
}

/// What a NULL-encrypted ESP packet carries.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Carried<'a> {
    /// A UDP datagram or a TCP segment, whole (transport mode).
    Udp(&'a [u8]),
    Tcp(&'a [u8]),
    /// An IP packet (tunnel mode), of this ethertype.
    Ip(u16, &'a [u8]),
}

/// The payload of an ESP packet (`esp`: from its SPI on) if it was sent
/// in the clear (NULL encryption, or AES-GMAC); `None` when it reads as
/// encrypted.
pub(crate) fn null_payload(esp: &[u8]) -> Option<Carried<'_>> {
    LAYOUTS.iter().find_map(|&(iv, icv)| {
        let end = esp.len().checked_sub(icv + 2)?;
        let (pad_length, next_header) = (usize::from(esp[end]), esp[end + 1]);
        let body_end = end.checked_sub(pad_length)?;
        let body = esp.get(HEADER + iv..body_end)?;
        // The default padding is 1, 2, 3… (RFC 4303 §2.4).
        let padding = &esp[body_end..end];
        if !padding.iter().enumerate().all(|(i, &b)| usize::from(b) == i + 1) {
            return None;
        }
        let be16 = |at: usize| body.get(at..at + 2).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])));
        match next_header {
            // UDP: its length is the body's.
            17 => (be16(4)? == body.len() && body.len() >= 8).then_some(Carried::Udp(body)),
            // TCP: a header of 20 to 60 bytes within the body.
            6 => {
                let header = usize::from(*body.get(12)? >> 4) * 4;
                (header >= 20 && header <= body.len()).then_some(Carried::Tcp(body))
            }
            // IPv4 or IPv6 (tunnel mode): its own length is the body's.
            4 => (body.first()? >> 4 == 4 && be16(2)? == body.len()).then_some(Carried::Ip(0x0800, body)),
            41 => (body.first()? >> 4 == 6 && be16(4)? + 40 == body.len()).then_some(Carried::Ip(0x86dd, body)),
            _ => None,
        }
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `payload` in ESP with NULL encryption: header, payload, default
    /// padding to a multiple of 4, trailer, an ICV of `icv` bytes.
    pub(crate) fn null_esp(next_header: u8, payload: &[u8], icv: usize) -> Vec<u8> {
        esp_with_iv(next_header, &[], payload, icv)
    }

    /// The same with an initialisation vector before the payload.
    fn esp_with_iv(next_header: u8, iv: &[u8], payload: &[u8], icv: usize) -> Vec<u8> {
        let mut esp = [&0x1001u32.to_be_bytes()[..], &7u32.to_be_bytes(), iv, payload].concat();
        let pad = (4 - (payload.len() + 2) % 4) % 4;
        esp.extend((1..=pad as u8).collect::<Vec<_>>());
        esp.extend([pad as u8, next_header]);
        esp.extend(vec![0xa5; icv]);
        esp
    }

    fn udp(payload: &[u8]) -> Vec<u8> {
        [
            &5060u16.to_be_bytes()[..],
            &5060u16.to_be_bytes(),
            &(8 + payload.len() as u16).to_be_bytes(),
            &[0, 0],
            payload,
        ]
        .concat()
    }

    #[test]
    fn null_encrypted_payloads_are_found_whatever_the_icv() {
        let datagram = udp(b"OPTIONS sip:a@b SIP/2.0\r\n\r\n");
        for (iv, icv) in LAYOUTS {
            let esp = esp_with_iv(17, &vec![0x5c; iv][..], &datagram, icv);
            assert_eq!(null_payload(&esp), Some(Carried::Udp(&datagram[..])), "IV {iv}, ICV {icv}");
        }
        // AES-GMAC (RFC 4543) over TCP, its IV random-looking.
        let iv = [0x8e, 0x01, 0x77, 0x3a, 0xf0, 0x12, 0x9b, 0x44];
        let mut segment = vec![0u8; 20];
        segment[12] = 5 << 4;
        segment.extend_from_slice(b"REGISTER sip:ims SIP/2.0\r\n\r\n");
        assert_eq!(null_payload(&esp_with_iv(6, &iv, &segment, 16)), Some(Carried::Tcp(&segment[..])));
        let mut tcp = vec![0u8; 20];
        tcp[12] = 5 << 4;
        tcp.extend_from_slice(b"INVITE");
        assert_eq!(null_payload(&null_esp(6, &tcp, 12)), Some(Carried::Tcp(&tcp[..])));
        let mut ipv4 = vec![0x45, 0, 0, 28];
        ipv4.resize(28, 0);
        assert_eq!(null_payload(&null_esp(4, &ipv4, 12)), Some(Carried::Ip(0x0800, &ipv4[..])));
    }

    #[test]
    fn esp_through_nat_is_told_from_ike_and_keep_alives() {
        let esp = null_esp(17, &udp(b"OPTIONS sip:a@b SIP/2.0\r\n\r\n"), 12);
        assert!(in_udp(4500, 4500, &esp) && in_udp(50000, 4500, &esp) && in_udp(4500, 50000, &esp));
        let ike = [&[0u8; 4][..], &[0x11; 40]].concat();
        for (ports, payload) in [((4500, 4500), &ike[..]), ((4500, 4500), &[0xff][..]), ((5060, 5060), &esp[..])] {
            assert!(!in_udp(ports.0, ports.1, payload), "{ports:?} {payload:?}");
        }
    }

    #[test]
    fn encrypted_or_inconsistent_payloads_are_not_taken() {
        let datagram = udp(b"OPTIONS sip:a@b SIP/2.0\r\n\r\n");
        // A UDP length that is not the body's, a padding that is not 1, 2,
        // 3…, a next header that is not carried: each is not NULL.
        let mut wrong_length = null_esp(17, &datagram, 12);
        wrong_length[HEADER + 5] ^= 1;
        let mut wrong_padding = null_esp(17, &datagram, 12);
        let pad_at = wrong_padding.len() - 12 - 3;
        wrong_padding[pad_at] = 9;
        let other = null_esp(50, &datagram, 12);
        // What AES-CBC makes of it: bytes with no structure.
        let encrypted: Vec<u8> = (0..120u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        for esp in [wrong_length, wrong_padding, other, encrypted, vec![0; 5], Vec::new()] {
            assert_eq!(null_payload(&esp), None, "{esp:?}");
        }
    }
}
