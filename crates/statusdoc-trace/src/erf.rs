//! Endace's Extensible Record Format (ERF): what DAG capture cards and
//! Endace probes write, and what carriers' network taps often hand over.
//!
//! A file is records back to back, with no file header. Each record has a
//! 16-byte header: a timestamp (little-endian, seconds in the upper 32 bits
//! and the fraction of a second in the lower), the record type (its top bit
//! says extension headers follow), flags, the record's length, a loss
//! counter and the length on the wire (big-endian). Then come extension
//! headers of 8 bytes (the top bit of each says another follows), then the
//! packet; an Ethernet packet is preceded by 2 bytes of offset and padding.

use pcap_parser::Linktype;

/// The header of every record.
pub(crate) const HEADER: usize = 16;

/// Record types whose packet is an Ethernet frame after 2 bytes of padding:
/// Ethernet, coloured, DSM-coloured and hash-coloured Ethernet.
const ETHERNET: [u8; 4] = [2, 11, 16, 20];
/// Record types of packets that are IPv4 or IPv6 from their first byte.
const IPV4: u8 = 22;
const IPV6: u8 = 23;
/// Record types that carry no packet: provenance metadata and padding.
const NO_PACKET: [u8; 2] = [27, 48];
/// Whether the record type says extension headers follow.
const MORE: u8 = 0x80;

/// The header of one record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Header {
    /// Seconds since 1970.
    pub time: f64,
    /// The record type, without its extension bit.
    pub kind: u8,
    pub extensions: bool,
    /// The whole record's length, this header included.
    pub length: usize,
    /// The packet's length on the wire.
    pub wire_length: usize,
}

impl Header {
    /// The header at the start of `bytes`, if it is one this reader takes:
    /// a length that holds the header, and a time after 1990 and before 2100.
    pub(crate) fn read(bytes: &[u8]) -> Option<Header> {
        let header: &[u8; HEADER] = bytes.get(..HEADER)?.try_into().ok()?;
        let stamp = u64::from_le_bytes([
            header[0], header[1], header[2], header[3], header[4], header[5], header[6], header[7],
        ]);
        let (seconds, fraction) = (stamp >> 32, stamp & 0xffff_ffff);
        let length = usize::from(u16::from_be_bytes([header[10], header[11]]));
        let plausible_time = (631_152_000..4_102_444_800).contains(&seconds);
        (plausible_time && length >= HEADER).then(|| Header {
            time: seconds as f64 + fraction as f64 / 4_294_967_296.0,
            kind: header[8] & !MORE,
            extensions: header[8] & MORE != 0,
            length,
            wire_length: usize::from(u16::from_be_bytes([header[14], header[15]])),
        })
    }

    /// How the packet in `body` (the record after its header) is framed,
    /// and the packet itself: `None` for a record that carries none, or of
    /// a type this reader has no decoder for (`Err` with the type).
    pub(crate) fn packet<'a>(&self, body: &'a [u8]) -> Result<Option<(Linktype, &'a [u8])>, u8> {
        let mut at = 0;
        let mut more = self.extensions;
        while more {
            let Some(&first) = body.get(at) else { return Ok(None) };
            more = first & MORE != 0;
            at += 8;
        }
        let body = body.get(at..).unwrap_or_default();
        let (linktype, packet) = match self.kind {
            kind if ETHERNET.contains(&kind) => (Linktype::ETHERNET, body.get(2..).unwrap_or_default()),
            IPV4 => (Linktype::IPV4, body),
            IPV6 => (Linktype::IPV6, body),
            kind if NO_PACKET.contains(&kind) => return Ok(None),
            kind => return Err(kind),
        };
        // Records may be padded past the packet (DAG cards align them).
        Ok(Some((linktype, &packet[..packet.len().min(self.wire_length)])))
    }
}

/// Whether `head`, the start of an input, is ERF: its first records (as
/// many as `head` holds, up to four) have plausible headers of types ERF
/// defines, each record's length leading to the next. ERF has no magic
/// number; this is how Wireshark tells it too. The first record must not
/// be padding (type 48, a digit `0` in text).
pub(crate) fn looks_like(head: &[u8]) -> bool {
    let defined = |kind: u8| matches!(kind, 1..=25 | 27 | 48);
    let mut at = 0;
    let mut records = 0;
    while records < 4 && head.len().saturating_sub(at) >= HEADER {
        let Some(header) = Header::read(&head[at..]) else { return false };
        if !defined(header.kind) || (records == 0 && header.kind == 48) {
            return false;
        }
        records += 1;
        at += header.length;
    }
    records > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An ERF record of `kind` at `seconds` carrying `packet` (with the
    /// 2 bytes of padding an Ethernet record has).
    fn record(kind: u8, seconds: u32, fraction: u32, packet: &[u8]) -> Vec<u8> {
        let pad = if ETHERNET.contains(&kind) { 2 } else { 0 };
        let length = (HEADER + pad + packet.len()) as u16;
        let mut out = ((u64::from(seconds) << 32) | u64::from(fraction)).to_le_bytes().to_vec();
        out.extend([kind, 0x04]);
        out.extend(length.to_be_bytes());
        out.extend([0, 0]);
        out.extend((packet.len() as u16).to_be_bytes());
        out.extend(vec![0; pad]);
        out.extend(packet);
        out
    }

    #[test]
    fn a_record_gives_its_time_and_packet() {
        let bytes = record(2, 1_700_000_000, 1 << 31, b"frame bytes");
        let header = Header::read(&bytes).expect("a header");
        assert_eq!(header.time, 1_700_000_000.5);
        assert_eq!(header.packet(&bytes[HEADER..]), Ok(Some((Linktype::ETHERNET, &b"frame bytes"[..]))));
        let ip = record(IPV6, 1_700_000_000, 0, b"v6 packet");
        let header = Header::read(&ip).expect("a header");
        assert_eq!(header.packet(&ip[HEADER..]), Ok(Some((Linktype::IPV6, &b"v6 packet"[..]))));
        let atm = record(3, 1_700_000_000, 0, b"cells");
        assert_eq!(Header::read(&atm).expect("a header").packet(&atm[HEADER..]), Err(3));
    }

    #[test]
    fn extension_headers_and_padding_are_passed_over() {
        let mut bytes = record(2 | MORE, 1_700_000_000, 0, b"");
        // Two extension headers, the first saying another follows, then the
        // padding, the frame, and 3 bytes of alignment after it.
        bytes.truncate(HEADER);
        bytes.extend([0x80 | 5, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        bytes.extend(b"frame");
        bytes.extend([0, 0, 0]);
        let length = bytes.len() as u16;
        bytes[10..12].copy_from_slice(&length.to_be_bytes());
        bytes[14..16].copy_from_slice(&5u16.to_be_bytes());
        let header = Header::read(&bytes).expect("a header");
        assert_eq!(header.packet(&bytes[HEADER..]), Ok(Some((Linktype::ETHERNET, &b"frame"[..]))));
    }

    #[test]
    fn only_erf_looks_like_erf() {
        let mut two = record(2, 1_700_000_000, 0, &[0x45; 60]);
        two.extend(record(2, 1_700_000_001, 0, &[0x45; 70]));
        assert!(looks_like(&two));
        assert!(looks_like(&two[..HEADER + 10]), "a first record cut by what was read");
        // A type ERF defines that has no decoder here is still ERF (and said so).
        assert!(looks_like(&record(3, 1_700_000_000, 0, &[0; 20])));
        // Text, pcap, a type ERF does not define, a time before 1990.
        assert!(!looks_like(b"INVITE sip:bob@example.com SIP/2.0\r\n"));
        assert!(!looks_like(&[
            0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0, 0
        ]));
        assert!(!looks_like(&record(99, 1_700_000_000, 0, &[0; 20])));
        assert!(!looks_like(&record(2, 1000, 0, &[0; 20])));
        // A second record that does not follow from the first's length.
        let mut broken = record(2, 1_700_000_000, 0, &[0x45; 60]);
        broken.extend(b"not a record at all, just text after it");
        assert!(!looks_like(&broken));
        assert!(!looks_like(b""));
    }
}
