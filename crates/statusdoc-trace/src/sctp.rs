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
    /// The stream it was sent on (fragments of a message share it).
    pub(crate) stream: u16,
    /// The first fragment of its message (B flag).
    pub(crate) begins: bool,
    /// The last fragment of its message (E flag).
    pub(crate) ends: bool,
    pub(crate) bytes: &'a [u8],
}

/// The ports of an SCTP packet and its DATA chunks, in order; `None` when it
/// is too short to be SCTP. A chunk whose length runs past the packet ends
/// the walk (what came before it is kept).
pub(crate) fn data_chunks(packet: &[u8]) -> Option<((u16, u16), Vec<Data<'_>>)> {
    let header = packet.get(..HEADER)?;
    let ports = (u16::from_be_bytes([header[0], header[1]]), u16::from_be_bytes([header[2], header[3]]));
    let mut chunks = Vec::new();
    let mut at = HEADER;
    while let Some(chunk) = packet.get(at..at + 4) {
        let (kind, flags) = (chunk[0], chunk[1]);
        let length = usize::from(u16::from_be_bytes([chunk[2], chunk[3]]));
        let Some(value) = packet.get(at..at + length).filter(|_| length >= 4) else { break };
        if kind == DATA && length > DATA_HEADER {
            chunks.push(Data {
                stream: u16::from_be_bytes([value[8], value[9]]),
                begins: flags & 0x02 != 0,
                ends: flags & 0x01 != 0,
                bytes: &value[DATA_HEADER..],
            });
        }
        // Chunks are padded to four bytes.
        at += length.div_ceil(4) * 4;
    }
    Some((ports, chunks))
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
    fn data_chunks_are_found_among_the_others_and_their_padding() {
        let sack = (3, 0, vec![0; 12]);
        let bundle = packet(&[sack, (DATA, 3, data(1, b"abc")), (DATA, 2, data(2, b"defgh"))]);
        let (ports, chunks) = data_chunks(&bundle).unwrap_or_default();
        assert_eq!(ports, (5060, 5061));
        let seen: Vec<_> = chunks.iter().map(|c| (c.stream, c.begins, c.ends, c.bytes)).collect();
        assert_eq!(seen, [(1, true, true, &b"abc"[..]), (2, true, false, &b"defgh"[..])]);
        // A length past the end stops the walk; what came before stays.
        let mut cut = packet(&[(DATA, 3, data(1, b"abc")), (DATA, 3, data(1, b"xyz"))]);
        cut.truncate(cut.len() - 4);
        assert_eq!(data_chunks(&cut).map(|(_, c)| c.len()), Some(1));
        assert_eq!(data_chunks(&[0; 11]), None);
        assert_eq!(data_chunks(&packet(&[(DATA, 3, vec![0, 0])])).map(|(_, c)| c.len()), Some(0), "too short for DATA");
    }
}
