//! SIP over SCTP (RFC 4168), as carriers and IMS cores peer: each SCTP user
//! message carries exactly one SIP message (RFC 4168 §5.1), in DATA chunks
//! (RFC 9260 §3.3.1), several of which may share a packet. A user message
//! larger than a packet comes in fragments (B and E flags), joined here per
//! stream. Ours: a 12-byte header and a chunk walk, where crates parse the
//! association (handshakes, acknowledgements) we have no use for.

/// The common header's size (RFC 9260 §3.1).
const HEADER: usize = 12;

/// The DATA chunk's type, and its header's size before the user data.
const DATA: u8 = 0;
const DATA_HEADER: usize = 16;

/// One DATA chunk: a user message, or a fragment of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Data<'a> {
    /// Its transmission sequence number (one per DATA chunk, in the order
    /// sent, the same when sent again).
    pub(crate) tsn: u32,
    /// The stream it was sent on (fragments of a message share it).
    pub(crate) stream: u16,
    /// The first fragment of its message (B flag).
    pub(crate) begins: bool,
    /// The last fragment of its message (E flag).
    pub(crate) ends: bool,
    pub(crate) bytes: &'a [u8],
}

/// What an SCTP packet holds that is read here.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Chunks<'a> {
    /// Source and destination ports, and the verification tag, which
    /// names the association's direction whichever addresses multi-homing
    /// gives it (RFC 9260 §8.5).
    pub(crate) ports: (u16, u16, u32),
    /// Its DATA chunks, in order.
    pub(crate) data: Vec<Data<'a>>,
    /// A SACK's cumulative TSN ack: the other direction's chunks received
    /// up to that number (RFC 9260 §3.3.4).
    pub(crate) acked: Option<u32>,
}

/// The SACK chunk's type.
const SACK: u8 = 3;

/// The chunks of an SCTP packet read here; `None` when it is too short to
/// be SCTP. A chunk whose length runs past the packet ends the walk (what
/// came before it is kept).
pub(crate) fn data_chunks(packet: &[u8]) -> Option<Chunks<'_>> {
    let header = packet.get(..HEADER)?;
    let ports = (
        u16::from_be_bytes([header[0], header[1]]),
        u16::from_be_bytes([header[2], header[3]]),
        u32::from_be_bytes([header[4], header[5], header[6], header[7]]),
    );
    let mut out = Chunks { ports, ..Chunks::default() };
    let mut at = HEADER;
    while let Some(chunk) = packet.get(at..at + 4) {
        let (kind, flags) = (chunk[0], chunk[1]);
        let length = usize::from(u16::from_be_bytes([chunk[2], chunk[3]]));
        let Some(value) = packet.get(at..at + length).filter(|_| length >= 4) else { break };
        if kind == DATA && length > DATA_HEADER {
            out.data.push(Data {
                tsn: u32::from_be_bytes([value[4], value[5], value[6], value[7]]),
                stream: u16::from_be_bytes([value[8], value[9]]),
                begins: flags & 0x02 != 0,
                ends: flags & 0x01 != 0,
                bytes: &value[DATA_HEADER..],
            });
        }
        if let (SACK, Some(&[a, b, c, d])) = (kind, value.get(4..8)) {
            out.acked = Some(u32::from_be_bytes([a, b, c, d]));
        }
        // Chunks are padded to four bytes.
        at += length.div_ceil(4) * 4;
    }
    Some(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A packet from 5060 to 5061 carrying these chunks (type, flags, value).
    pub(crate) fn packet(chunks: &[(u8, u8, Vec<u8>)]) -> Vec<u8> {
        let mut out = vec![0x13, 0xc4, 0x13, 0xc5, 0, 0, 0, 1, 0, 0, 0, 0];
        for (kind, flags, value) in chunks {
            let length = (4 + value.len()) as u16;
            out.extend_from_slice(&[*kind, *flags]);
            out.extend_from_slice(&length.to_be_bytes());
            out.extend_from_slice(value);
            out.resize(out.len().div_ceil(4) * 4, 0);
        }
        out
    }

    /// A DATA chunk's value: TSN, stream, sequence, PPID, then the data.
    pub(crate) fn data(stream: u16, bytes: &[u8]) -> Vec<u8> {
        let mut value = vec![0, 0, 0, 7];
        value.extend_from_slice(&stream.to_be_bytes());
        value.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
        value.extend_from_slice(bytes);
        value
    }

    #[test]
    fn chunk_numbers_skipped_and_never_seen_are_counted() {
        let mut sent = Sent::default();
        for (tsn, frame) in [(7, 1), (8, 2), (11, 3), (9, 4), (9, 5), (12, 6)] {
            sent.note(tsn, frame);
        }
        // 10 never came (9 came late, then again); the gap was met at frame 3.
        assert_eq!((sent.missing(), sent.gap_frame), (1, Some(3)));
        // The other side acknowledges up to 12, then 14: 13 and 14 were
        // sent last and never seen; an older acknowledgement changes nothing.
        sent.note_acked(12, 7);
        assert_eq!(sent.missing(), 1);
        sent.note_acked(14, 8);
        sent.note_acked(13, 9);
        assert_eq!(sent.missing(), 3);
        // Numbers wrap; a jump far ahead is bounded in what it keeps.
        let mut wrapping = Sent::default();
        for tsn in [u32::MAX - 1, u32::MAX, 0, 1] {
            wrapping.note(tsn, 1);
        }
        assert_eq!(wrapping.missing(), 0);
        let mut far = Sent::default();
        far.note(0, 1);
        far.note(1 << 30, 2);
        assert_eq!(far.missing(), (1 << 30) - 1);
        assert_eq!(far.missing.len(), MAX_MISSING);
    }

    #[test]
    fn data_chunks_are_found_among_the_others_and_their_padding() {
        let sack = (3, 0, vec![0; 12]);
        let bundle = packet(&[sack, (DATA, 3, data(1, b"abc")), (DATA, 2, data(2, b"defgh"))]);
        let read = data_chunks(&bundle).unwrap_or_default();
        assert_eq!((read.ports, read.acked), ((5060, 5061, 1), Some(0)));
        let seen: Vec<_> = read.data.iter().map(|c| (c.stream, c.begins, c.ends, c.bytes)).collect();
        assert_eq!(seen, [(1, true, true, &b"abc"[..]), (2, true, false, &b"defgh"[..])]);
        // A length past the end stops the walk; what came before stays.
        let mut cut = packet(&[(DATA, 3, data(1, b"abc")), (DATA, 3, data(1, b"xyz"))]);
        cut.truncate(cut.len() - 4);
        assert_eq!(data_chunks(&cut).map(|read| read.data.len()), Some(1));
        assert_eq!(data_chunks(&[0; 11]), None);
        assert_eq!(
            data_chunks(&packet(&[(DATA, 3, vec![0, 0])])).map(|read| read.data.len()),
            Some(0),
            "too short for DATA"
        );
    }
}

/// What one direction of an association sent, as far as its DATA chunks'
/// numbers tell: the next expected, and those skipped over (the capture
/// dropped them, or they come late).
#[derive(Debug)]
pub(crate) struct Sent {
    next: Option<u32>,
    /// Numbers skipped and not seen since, at most [`MAX_MISSING`]; past
    /// it, how many more are only counted.
    missing: std::collections::BTreeSet<u32>,
    uncounted: u64,
    /// Frame of the first chunk after a gap.
    pub(crate) gap_frame: Option<u64>,
    /// The furthest the other side said it received (a SACK's cumulative
    /// TSN ack): chunks up to it were sent, seen or not.
    acked: Option<u32>,
    /// Its addresses, as last seen.
    pub(crate) ends: (std::net::SocketAddr, std::net::SocketAddr),
    /// A SIP message came of its chunks.
    pub(crate) carried_sip: bool,
}

impl Default for Sent {
    fn default() -> Sent {
        let unknown = crate::log::UNKNOWN;
        Sent {
            next: None,
            missing: Default::default(),
            uncounted: 0,
            gap_frame: None,
            acked: None,
            ends: (unknown, unknown),
            carried_sip: false,
        }
    }
}

/// Most chunk numbers kept as missing per direction (each a few bytes).
const MAX_MISSING: usize = 4096;

impl Sent {
    /// Notes a DATA chunk numbered `tsn`, in `frame`.
    pub(crate) fn note(&mut self, tsn: u32, frame: u64) {
        let Some(next) = self.next else {
            self.next = Some(tsn.wrapping_add(1));
            return;
        };
        let ahead = tsn.wrapping_sub(next);
        if ahead == 0 {
            self.next = Some(tsn.wrapping_add(1));
        } else if ahead < 1 << 31 {
            // Skipped over: missing unless they come later.
            self.gap_frame.get_or_insert(frame);
            for missing in 0..ahead {
                if self.missing.len() < MAX_MISSING {
                    self.missing.insert(next.wrapping_add(missing));
                } else {
                    self.uncounted += u64::from(ahead - missing);
                    break;
                }
            }
            self.next = Some(tsn.wrapping_add(1));
        } else {
            // Behind: one that came late, or one sent again.
            self.missing.remove(&tsn);
        }
    }

    /// Notes that the other side received this direction's chunks up to
    /// `tsn` (a SACK's cumulative TSN ack), in `frame`.
    pub(crate) fn note_acked(&mut self, tsn: u32, frame: u64) {
        if self.acked.is_none_or(|acked| tsn.wrapping_sub(acked).wrapping_sub(1) < 1 << 31) {
            self.acked = Some(tsn);
        }
        if self.acked_unseen() > 0 {
            self.gap_frame.get_or_insert(frame);
        }
    }

    /// Chunks acknowledged past the last one seen (the last ones sent, with
    /// nothing after them to show their numbers skipped).
    fn acked_unseen(&self) -> u64 {
        match (self.next, self.acked) {
            (Some(next), Some(acked)) => {
                let past = acked.wrapping_sub(next).wrapping_add(1);
                if past < 1 << 31 {
                    u64::from(past)
                } else {
                    0
                }
            }
            _ => 0,
        }
    }

    /// DATA chunks never seen: how many.
    pub(crate) fn missing(&self) -> u64 {
        self.missing.len() as u64 + self.uncounted + self.acked_unseen()
    }
}
