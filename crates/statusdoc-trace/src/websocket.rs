//! SIP over WebSocket (RFC 7118), as WebRTC clients and their gateways
//! speak it: a TCP connection upgraded by an HTTP handshake (RFC 6455 §4)
//! then carries frames (§5.2), and each text or binary message made of
//! them is one SIP message (RFC 7118 §5). Written here because the framing
//! is a few lines and a crate would want the sockets, not captured bytes.

use crate::sip::looks_like_sip;

/// Longest handshake header section waited for, in bytes.
const MAX_HANDSHAKE: usize = 16 * 1024;

/// What the start of one direction of a TCP connection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handshake {
    /// Not an HTTP upgrade to WebSocket.
    No,
    /// Could be one: the header section has not all arrived.
    Partial,
    /// An upgrade request or its 101 answer, `len` bytes long; `sip` when it
    /// names the `sip` subprotocol (RFC 7118 §4.1).
    Upgrade { len: usize, sip: bool },
}

/// Whether `bytes` start with a WebSocket handshake (request or answer).
pub(crate) fn handshake(bytes: &[u8]) -> Handshake {
    let http = bytes.starts_with(b"GET ") || bytes.get(..12).is_some_and(|s| s.eq_ignore_ascii_case(b"HTTP/1.1 101"));
    if !http {
        return Handshake::No;
    }
    let head = &bytes[..bytes.len().min(MAX_HANDSHAKE)];
    let Some(end) = memchr::memmem::find(head, b"\r\n\r\n") else {
        return if bytes.len() < MAX_HANDSHAKE { Handshake::Partial } else { Handshake::No };
    };
    let (mut upgrade, mut sip) = (false, false);
    for line in head[..end].split(|&b| b == b'\n') {
        let Some(colon) = memchr::memchr(b':', line) else { continue };
        let (name, value) = (line[..colon].trim_ascii(), line[colon + 1..].trim_ascii());
        if name.eq_ignore_ascii_case(b"Upgrade") {
            upgrade |= value.eq_ignore_ascii_case(b"websocket");
        } else if name.eq_ignore_ascii_case(b"Sec-WebSocket-Protocol") {
            sip |= value.split(|&b| b == b',').any(|p| p.trim_ascii().eq_ignore_ascii_case(b"sip"));
        }
    }
    if upgrade {
        Handshake::Upgrade { len: end + 4, sip }
    } else {
        Handshake::No
    }
}

/// A frame's header: what it is and how long.
struct Header {
    fin: bool,
    /// RSV1: the message is compressed (permessage-deflate, RFC 7692 §6).
    compressed: bool,
    opcode: u8,
    mask: Option<[u8; 4]>,
    /// Header bytes before the payload.
    head: usize,
    payload: u64,
}

/// The header of the frame at the start of `bytes`, once it has all arrived.
fn header(bytes: &[u8]) -> Option<Header> {
    let (&b0, &b1) = (bytes.first()?, bytes.get(1)?);
    let (mut head, payload) = match b1 & 0x7f {
        126 => (4, u64::from(u16::from_be_bytes([*bytes.get(2)?, *bytes.get(3)?]))),
        127 => (10, u64::from_be_bytes(bytes.get(2..10)?.try_into().ok()?)),
        n => (2, u64::from(n)),
    };
    let mask = if b1 & 0x80 != 0 {
        let key = bytes.get(head..head + 4)?.try_into().ok()?;
        head += 4;
        Some(key)
    } else {
        None
    };
    Some(Header { fin: b0 & 0x80 != 0, compressed: b0 & 0x40 != 0, opcode: b0 & 0x0f, mask, head, payload })
}

fn unmask(payload: &mut [u8], mask: Option<[u8; 4]>) {
    if let Some(key) = mask {
        for (i, b) in payload.iter_mut().enumerate() {
            *b ^= key[i % 4];
        }
    }
}

/// Whether `bytes` start with a frame of a text or binary message whose
/// first bytes are those of SIP (a capture that begins after the
/// handshake), or with a whole compressed frame (one whose compression
/// refers back to what was not captured is reported when read). `None`
/// while too little has arrived to say.
pub(crate) fn starts_with_sip(bytes: &[u8]) -> Option<bool> {
    // Past the pings, pongs and closes a connection silent for long (or
    // joined late) may begin with: a control frame says nothing of SIP.
    let mut at = 0;
    for _ in 0..MAX_CONTROL_FRAMES_FIRST {
        match bytes.get(at..).and_then(header) {
            Some(h) if h.fin && matches!(h.opcode, 8..=10) && h.payload <= 125 => at += h.head + h.payload as usize,
            _ => break,
        }
    }
    let bytes = bytes.get(at..)?;
    let h = header(bytes)?;
    if !matches!(h.opcode, 1 | 2) || h.payload > MAX_MESSAGE as u64 {
        return Some(false);
    }
    if h.compressed {
        // A connection compressed with permessage-deflate, joined late: SIP
        // when its first whole message inflates to SIP on its own (later
        // ones may refer back to it, and are read the same way).
        let payload = bytes.get(h.head..h.head + h.payload as usize)?;
        let mut compressed = payload.to_vec();
        unmask(&mut compressed, h.mask);
        match h.fin.then(|| Inflater::new().inflate(&compressed)) {
            Some(Ok(message)) if looks_like_sip(&message) => return Some(true),
            // Whole text, not SIP: another application's. Bytes of its own
            // that are not text, or no deflate stream at all: not a message
            // of SIP, but another protocol's bytes (ciphertext of a
            // connection joined late) that happen to begin as a frame would.
            Some(Ok(message)) if !message.contains(&0) || !own_bytes_are_text(&message) => return Some(false),
            Some(Err(_)) => return Some(false),
            _ => {}
        }
        // Else (what it refers back to, before the capture, inflates as
        // zeros), when it is a whole frame that ends where the bytes end or
        // another frame begins: taken as WebSocket, to be reported so.
        let rest = &bytes[h.head + h.payload as usize..];
        let framed = bytes[0] & 0x30 == 0
            && (rest.is_empty() || header(rest).is_some_and(|next| matches!(next.opcode, 0..=2 | 8..=10)));
        return Some(h.fin && framed);
    }
    // Up to the first line end of the payload, as far as it has arrived.
    let available = &bytes[h.head..bytes.len().min(h.head + h.payload as usize)];
    let mut start = available[..available.len().min(MAX_FIRST_LINE)].to_vec();
    unmask(&mut start, h.mask);
    let complete = start.len() == h.payload as usize;
    match memchr::memchr(b'\n', &start) {
        Some(_) => Some(looks_like_sip(&start)),
        None if complete || start.len() == MAX_FIRST_LINE => Some(looks_like_sip(&start)),
        None => None,
    }
}

/// Longest first line looked at to recognise SIP in a frame.
const MAX_FIRST_LINE: usize = 1024;

/// Control frames looked past to find a connection's first message.
const MAX_CONTROL_FRAMES_FIRST: usize = 8;

/// Whether the bytes of a message that inflated without what it refers
/// back to (zeros in its place) are those of a SIP message's text: no
/// control characters but tab and line ends, and mostly ASCII. Random bytes
/// that happen to inflate fail this (one in eight is a control character).
fn own_bytes_are_text(message: &[u8]) -> bool {
    let own = message.iter().filter(|&&b| b != 0);
    let (mut count, mut ascii) = (0usize, 0usize);
    for &b in own {
        if (b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n')) || b == 0x7f {
            return false;
        }
        count += 1;
        ascii += usize::from(b < 0x80);
    }
    ascii * 4 >= count * 3
}

/// What a permessage-deflate decompressor is counted as holding: its
/// 32 KiB window and its tables.
const INFLATER_HELD: usize = 48 * 1024;

/// Largest message kept, in bytes (a SIP message's header section and body
/// limits, [`crate::LIMITS`]); larger ones are skipped and reported.
pub(crate) const MAX_MESSAGE: usize = 4 * 1024 * 1024 + 64 * 1024;

/// What reading frames gave, besides nothing.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Event {
    /// A whole message that is SIP.
    Sip(Vec<u8>),
    /// A whole message that is not SIP, on a connection that named the
    /// `sip` subprotocol: its length.
    NotSip(usize),
    /// A compressed message that could not be decompressed (the capture
    /// began after the messages its compression refers back to).
    Compressed,
    /// A message over [`MAX_MESSAGE`], skipped: its length.
    TooLarge(u64),
    /// A frame RFC 6455 §5 does not allow (its opcode): skipped.
    BadFrame(u8),
}

/// One direction of a WebSocket connection.
#[derive(Debug, Default)]
pub(crate) struct WebSocket {
    /// The handshake named the `sip` subprotocol (or the first message was SIP).
    sip: bool,
    /// The message being put together from its frames, if one is.
    message: Option<Vec<u8>>,
    /// The message being put together is too large: its frames are
    /// skipped to its end.
    discard: bool,
    /// The message being put together is compressed (RSV1 on its first frame).
    compressed: bool,
    /// permessage-deflate's decompressor (RFC 7692 §7.2.2): kept from one
    /// message to the next, whose compression may refer back to them.
    inflater: Option<Inflater>,
    /// Payload bytes of a too large frame still to be skipped.
    skip: u64,
}

impl WebSocket {
    pub(crate) fn new(sip: bool) -> WebSocket {
        WebSocket { sip, ..WebSocket::default() }
    }

    /// Memory it holds besides the connection's buffer: its decompressor.
    pub(crate) fn held(&self) -> usize {
        self.inflater.as_ref().map_or(0, |_| INFLATER_HELD)
    }

    /// Whether the connection stopped inside a message: a frame not all
    /// arrived, or a message whose last frame did not.
    pub(crate) fn in_message(&self, buffer: &[u8]) -> bool {
        (!buffer.is_empty() || self.message.is_some()) && !self.discard
    }

    /// Reads every whole frame at the front of `buffer` and removes it,
    /// leaving a frame that has not all arrived.
    pub(crate) fn read(&mut self, buffer: &mut Vec<u8>) -> Vec<Event> {
        let mut events = Vec::new();
        let mut at = 0;
        loop {
            if self.skip > 0 {
                let skipped = self.skip.min((buffer.len() - at) as u64);
                self.skip -= skipped;
                at += skipped as usize;
                if self.skip > 0 {
                    break;
                }
            }
            let Some(h) = header(&buffer[at..]) else { break };
            let control = h.opcode >= 8;
            if h.payload > MAX_MESSAGE as u64 || (control && h.payload > 125) {
                // Control frames carry at most 125 bytes (RFC 6455 §5.5).
                events.push(if control { Event::BadFrame(h.opcode) } else { Event::TooLarge(h.payload) });
                self.skip = h.payload;
                at += h.head;
                if !control {
                    self.message = None;
                    self.discard = !h.fin;
                }
                continue;
            }
            let end = at + h.head + h.payload as usize;
            if end > buffer.len() {
                break;
            }
            let (fin, opcode) = (h.fin, h.opcode);
            let mut payload = buffer[at + h.head..end].to_vec();
            at = end;
            match opcode {
                // Close, ping, pong: nothing for SIP.
                8..=10 => continue,
                1 | 2 => {
                    if self.message.is_some() {
                        events.push(Event::BadFrame(opcode)); // the previous message never ended
                    }
                    self.discard = false;
                    self.compressed = h.compressed;
                    unmask(&mut payload, h.mask);
                    self.message = Some(payload);
                }
                0 => match self.message.as_ref().map(|m| m.len() + payload.len()) {
                    Some(len) if len <= MAX_MESSAGE => {
                        unmask(&mut payload, h.mask);
                        self.message.get_or_insert_default().extend_from_slice(&payload);
                    }
                    Some(len) => {
                        events.push(Event::TooLarge(len as u64));
                        self.message = None;
                        self.discard = true;
                    }
                    None if self.discard => {}
                    None => events.push(Event::BadFrame(opcode)),
                },
                _ => {
                    events.push(Event::BadFrame(opcode));
                    continue;
                }
            }
            if fin {
                let discard = std::mem::take(&mut self.discard);
                let message = self.message.take().filter(|_| !discard);
                let message = match message {
                    Some(compressed) if std::mem::take(&mut self.compressed) => {
                        let inflater = self.inflater.get_or_insert_with(Inflater::new);
                        let fresh = inflater.inflated == 0;
                        match inflater.inflate(&compressed) {
                            // The first message seen referring back to earlier
                            // ones inflates to garbage, not to an error.
                            Ok(message) if fresh && !looks_like_sip(&message) => {
                                self.inflater = None;
                                events.push(Event::Compressed);
                                None
                            }
                            Ok(message) => Some(message),
                            Err(event) => {
                                // Its window is of no use to the next message now.
                                self.inflater = None;
                                events.push(event);
                                None
                            }
                        }
                    }
                    other => other,
                };
                if let Some(message) = message {
                    if looks_like_sip(&message) {
                        self.sip = true;
                        events.push(Event::Sip(message));
                    } else if self.sip && message.iter().any(|b| !matches!(b, b'\r' | b'\n')) {
                        events.push(Event::NotSip(message.len()));
                    }
                }
            }
        }
        buffer.drain(..at);
        events
    }
}

/// permessage-deflate's decompression of one direction of a connection
/// (RFC 7692 §7.2.2): raw DEFLATE, each message's data followed by the
/// empty block the sender took off, the window kept across messages.
struct Inflater {
    decompress: flate2::Decompress,
    /// Messages inflated so far.
    inflated: u64,
}

impl std::fmt::Debug for Inflater {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Inflater")
    }
}

impl Inflater {
    fn new() -> Inflater {
        Inflater { decompress: flate2::Decompress::new(false), inflated: 0 }
    }

    /// The message, at most [`MAX_MESSAGE`] bytes of it; else what to say.
    fn inflate(&mut self, compressed: &[u8]) -> Result<Vec<u8>, Event> {
        let mut input = Vec::with_capacity(compressed.len() + 4);
        input.extend_from_slice(compressed);
        input.extend_from_slice(&[0, 0, 0xff, 0xff]);
        let mut out = Vec::with_capacity((compressed.len() * 4).clamp(1024, MAX_MESSAGE));
        let mut at = 0;
        loop {
            let (read, written) = (self.decompress.total_in(), self.decompress.total_out());
            let status = self
                .decompress
                .decompress_vec(&input[at..], &mut out, flate2::FlushDecompress::Sync)
                .map_err(|_| Event::Compressed)?;
            at += (self.decompress.total_in() - read) as usize;
            let progress = self.decompress.total_in() != read || self.decompress.total_out() != written;
            if status == flate2::Status::StreamEnd {
                // The sender ended its stream (no context takeover): the next message starts anew.
                self.decompress.reset(false);
                break;
            }
            if (at == input.len() && out.len() < out.capacity()) || !progress {
                break;
            }
            if out.len() == out.capacity() {
                // A bomb (megabytes from a few bytes) stops at the limit.
                if out.len() >= MAX_MESSAGE {
                    return Err(Event::TooLarge(out.len() as u64));
                }
                out.reserve(out.len().min(MAX_MESSAGE - out.len()).max(1024));
            }
        }
        if out.len() > MAX_MESSAGE {
            return Err(Event::TooLarge(out.len() as u64));
        }
        self.inflated += 1;
        Ok(out)
    }
}

/// A frame as a peer writes it (tests).
#[cfg(test)]
pub(crate) fn frame(fin: bool, opcode: u8, payload: &[u8], mask: Option<[u8; 4]>) -> Vec<u8> {
    let mut out = vec![(u8::from(fin) << 7) | opcode];
    let bit = if mask.is_some() { 0x80 } else { 0 };
    match payload.len() {
        n @ 0..=125 => out.push(bit | n as u8),
        n @ 126..=65535 => {
            out.push(bit | 126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(bit | 127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    let mut body = payload.to_vec();
    if let Some(key) = mask {
        out.extend_from_slice(&key);
        unmask(&mut body, Some(key));
    }
    out.extend_from_slice(&body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const INVITE: &[u8] = b"INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: a\r\nCSeq: 1 INVITE\r\n\r\n";
    const BUSY: &[u8] = b"SIP/2.0 486 Busy Here\r\nCall-ID: a\r\nCSeq: 1 INVITE\r\n\r\n";

    #[test]
    fn handshakes_are_recognised_with_their_subprotocol() {
        let request = b"GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: xmpp, SIP\r\n\r\n\x81";
        assert_eq!(handshake(request), Handshake::Upgrade { len: request.len() - 1, sip: true });
        let answer = b"HTTP/1.1 101 Switching Protocols\r\nupgrade: WebSocket\r\n\r\n";
        assert_eq!(handshake(answer), Handshake::Upgrade { len: answer.len(), sip: false });
        assert_eq!(handshake(b"GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n"), Handshake::Partial);
        assert_eq!(handshake(b"GET /index.html HTTP/1.1\r\nHost: a\r\n\r\n"), Handshake::No);
        assert_eq!(handshake(INVITE), Handshake::No);
    }

    #[test]
    fn masked_split_and_interleaved_frames_give_whole_messages() {
        let key = Some([0x37, 0xfa, 0x21, 0x3d]);
        let mut stream = frame(true, 1, INVITE, key);
        stream.extend(frame(false, 1, &BUSY[..10], None));
        stream.extend(frame(true, 9, b"ping", None)); // a control frame between the parts
        stream.extend(frame(true, 0, &BUSY[10..], None));
        let mut ws = WebSocket::new(true);
        // Fed a few bytes at a time, as segments arrive.
        let mut buffer = Vec::new();
        let mut events = Vec::new();
        for chunk in stream.chunks(7) {
            buffer.extend_from_slice(chunk);
            events.extend(ws.read(&mut buffer));
        }
        assert_eq!(events, vec![Event::Sip(INVITE.to_vec()), Event::Sip(BUSY.to_vec())]);
        assert!(buffer.is_empty());
    }

    /// A message as permessage-deflate sends it: raw DEFLATE, sync-flushed,
    /// the final empty block's four bytes taken off (RFC 7692 §7.2.1).
    fn deflate(compressor: &mut flate2::Compress, message: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(message.len() + 64);
        let _ = compressor.compress_vec(message, &mut out, flate2::FlushCompress::Sync);
        out.truncate(out.len() - 4);
        out
    }

    #[test]
    fn compressed_messages_are_inflated_with_the_window_they_share() {
        let mut compressor = flate2::Compress::new(flate2::Compression::default(), false);
        let (first, second) = (deflate(&mut compressor, INVITE), deflate(&mut compressor, INVITE));
        assert!(second.len() < first.len() / 2, "the second refers back to the first");
        // The second in two frames, RSV1 on the first only.
        let mut buffer = frame(true, 1 | 0x40, &first, Some([9, 8, 7, 6]));
        buffer.extend(frame(false, 1 | 0x40, &second[..3], None));
        buffer.extend(frame(true, 0, &second[3..], None));
        let events = WebSocket::new(true).read(&mut buffer);
        assert_eq!(events, vec![Event::Sip(INVITE.to_vec()), Event::Sip(INVITE.to_vec())]);
        // Joined after the first: what the second refers back to is missing.
        let mut buffer = frame(true, 1 | 0x40, &second, None);
        buffer.extend(frame(true, 1, BUSY, None));
        assert_eq!(WebSocket::new(true).read(&mut buffer), vec![Event::Compressed, Event::Sip(BUSY.to_vec())]);
        // Joined late, found by its frames: SIP when the first inflates to
        // it alone; else taken as WebSocket (to be reported) when whole and
        // followed by nothing or a frame; not while it has not all arrived.
        let key = Some([9, 8, 7, 6]);
        assert_eq!(starts_with_sip(&frame(true, 1 | 0x40, &first, key)), Some(true));
        let refers_back = frame(true, 1 | 0x40, &second, key);
        assert_eq!(starts_with_sip(&refers_back), Some(true));
        assert_eq!(starts_with_sip(&[&refers_back[..], &frame(true, 9, b"", None)].concat()), Some(true));
        assert_eq!(starts_with_sip(&[&refers_back[..], b"\x16\x03\x01"].concat()), Some(false));
        assert_eq!(starts_with_sip(&refers_back[..refers_back.len() - 1]), None);
        // A message that differs from the one before: its own bytes are
        // text between the zeros of what it refers back to.
        let mut compressor = flate2::Compress::new(flate2::Compression::default(), false);
        let _ = deflate(&mut compressor, INVITE);
        let next = deflate(&mut compressor, b"BYE sip:bob@example.com SIP/2.0\r\nCall-ID: a7\r\nCSeq: 2 BYE\r\n\r\n");
        let inflated = Inflater::new().inflate(&next).unwrap_or_default();
        assert!(inflated.contains(&0) && inflated.contains(&b'7'), "it should refer back, with bytes of its own");
        assert_eq!(starts_with_sip(&frame(true, 1 | 0x40, &next, key)), Some(true));
        let mut compressor = flate2::Compress::new(flate2::Compression::default(), false);
        let another_application = frame(true, 1 | 0x40, &deflate(&mut compressor, b"{\"a\": 1}"), key);
        assert_eq!(starts_with_sip(&another_application), Some(false));
        // Bytes of another protocol (a connection joined late, encrypted)
        // whose first byte reads as a compressed frame's: binary between
        // zeros, or no deflate stream at all.
        let mut compressor = flate2::Compress::new(flate2::Compression::default(), false);
        let binary: Vec<u8> = (0u8..=255).chain([0; 16]).chain(0u8..=255).collect();
        assert_eq!(starts_with_sip(&frame(true, 2 | 0x40, &deflate(&mut compressor, &binary), None)), Some(false));
        let mut compressor = flate2::Compress::new(flate2::Compression::default(), false);
        let high: Vec<u8> = (0x80u8..=0xff).chain([0; 16]).chain(*b"Via: ").collect();
        assert_eq!(starts_with_sip(&frame(true, 2 | 0x40, &deflate(&mut compressor, &high), None)), Some(false));
        let not_deflate = [0xff, 0xfe, 0x07, 0x13, 0x99, 0x42, 0x88, 0x11];
        assert!(Inflater::new().inflate(&not_deflate).is_err());
        assert_eq!(starts_with_sip(&frame(true, 2 | 0x40, &not_deflate, None)), Some(false));
    }

    #[test]
    fn a_compressed_message_inflates_no_further_than_the_limit() {
        let mut compressor = flate2::Compress::new(flate2::Compression::best(), false);
        let bomb = deflate(&mut compressor, &vec![b'a'; MAX_MESSAGE * 2]);
        assert!(bomb.len() < MAX_MESSAGE / 100);
        let mut buffer = frame(true, 1 | 0x40, &bomb, None);
        let events = WebSocket::new(true).read(&mut buffer);
        assert!(matches!(events[..], [Event::TooLarge(n)] if n >= MAX_MESSAGE as u64), "{events:?}");
    }

    #[test]
    fn long_payload_lengths_are_read() {
        let mut big = INVITE.to_vec();
        big.truncate(INVITE.len() - 2);
        big.extend(std::iter::repeat_n(b'a', 70_000));
        let mut buffer = frame(true, 2, &big, Some([1, 2, 3, 4]));
        assert_eq!(WebSocket::new(false).read(&mut buffer), vec![Event::Sip(big)]);
    }

    #[test]
    fn what_cannot_be_read_is_said_and_skipped() {
        let mut buffer = frame(true, 1 | 0x40, INVITE, None); // RSV1: compressed
        buffer.extend(frame(true, 3, b"x", None)); // a reserved opcode
        buffer.extend(frame(true, 1, b"{\"json\": true}", None));
        buffer.extend(frame(true, 0, b"orphan", None));
        buffer.extend(frame(true, 1, BUSY, None));
        let events = WebSocket::new(true).read(&mut buffer);
        assert_eq!(
            events,
            vec![
                Event::Compressed,
                Event::BadFrame(3),
                Event::NotSip(14),
                Event::BadFrame(0),
                Event::Sip(BUSY.to_vec())
            ]
        );
    }

    #[test]
    fn an_oversized_frame_is_skipped_as_it_arrives() {
        let mut header = vec![0x82, 127];
        header.extend_from_slice(&(MAX_MESSAGE as u64 + 10).to_be_bytes());
        let mut ws = WebSocket::new(true);
        let mut buffer = header;
        assert_eq!(ws.read(&mut buffer), vec![Event::TooLarge(MAX_MESSAGE as u64 + 10)]);
        // The payload arrives in pieces and is dropped as it comes.
        for _ in 0..(MAX_MESSAGE / 65536) {
            buffer.extend(std::iter::repeat_n(0u8, 65536));
            assert!(ws.read(&mut buffer).is_empty());
            assert!(buffer.is_empty());
        }
        buffer.extend(std::iter::repeat_n(0u8, MAX_MESSAGE % 65536 + 10));
        buffer.extend(frame(true, 1, BUSY, None));
        assert_eq!(ws.read(&mut buffer), vec![Event::Sip(BUSY.to_vec())]);
    }

    #[test]
    fn corrupted_frames_never_panic_nor_grow_without_bound() {
        let mut stream = frame(true, 1, INVITE, Some([1, 2, 3, 4]));
        stream.extend(frame(false, 2, BUSY, None));
        stream.extend(frame(true, 10, b"", Some([0; 4])));
        stream.extend(frame(true, 0, BUSY, None));
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut bytes = stream.clone();
            let at = (seed as usize) % bytes.len();
            bytes[at] = (seed >> 32) as u8;
            let _ = handshake(&bytes);
            let _ = starts_with_sip(&bytes[at..]);
            let mut ws = WebSocket::new(seed & 1 == 0);
            let mut buffer = Vec::new();
            for chunk in bytes.chunks(1 + (seed >> 40) as usize % 64) {
                buffer.extend_from_slice(chunk);
                for event in ws.read(&mut buffer) {
                    if let Event::Sip(message) = event {
                        assert!(message.len() <= bytes.len());
                    }
                }
                assert!(buffer.len() <= bytes.len());
            }
        }
    }

    #[test]
    fn sip_is_recognised_in_a_first_frame_without_the_handshake() {
        let key = Some([9, 8, 7, 6]);
        let whole = frame(true, 1, INVITE, key);
        assert_eq!(starts_with_sip(&whole), Some(true));
        assert_eq!(starts_with_sip(&whole[..12]), None, "the first line has not arrived");
        assert_eq!(starts_with_sip(&frame(true, 1, b"{\"a\": 1}", key)), Some(false));
        assert_eq!(starts_with_sip(b"\x81"), None);
        assert_eq!(starts_with_sip(INVITE), Some(false));
        // Past the pings and pongs a connection may begin with, as read.
        let ping = frame(true, 9, b"hi", None);
        let pong = frame(true, 10, b"hi", key);
        let late = [ping.clone(), pong, whole.clone()].concat();
        assert_eq!(starts_with_sip(&late), Some(true));
        assert_eq!(starts_with_sip(&ping), None, "what follows the ping has not arrived");
        assert_eq!(starts_with_sip(&[ping.clone(), frame(true, 1, b"{}", key)].concat()), Some(false));
        let mut ws = WebSocket::new(false);
        let mut buffer = late;
        assert_eq!(ws.read(&mut buffer), [Event::Sip(INVITE.to_vec())]);
    }
}
