//! TCP stream reassembly, just enough to read SIP: in-order delivery, stashing
//! of out-of-order segments, retransmissions ignored, gaps reported.

use std::collections::BTreeMap;

/// Most bytes held for one direction of a connection (buffered plus stashed).
pub const MAX_STREAM_BYTES: usize = 2 * 1024 * 1024;

/// What a stashed segment costs besides its bytes: its vector and its
/// share of the map's node.
const STASHED_OVERHEAD: usize = 64;

/// Segments waiting for bytes before them, by sequence number: frame,
/// capture time, bytes.
type Stashed = BTreeMap<u32, (u64, f64, Vec<u8>)>;

/// One direction of one TCP connection.
#[derive(Debug, Default)]
pub struct Stream {
    next_seq: Option<u32>,
    /// How its bytes began, once known.
    start: Option<Start>,
    /// Contiguous bytes not yet consumed by the SIP parser.
    pub buffer: Vec<u8>,
    /// Frame of the first byte in `buffer`.
    pub buffer_frame: u64,
    /// Segments waiting for bytes before them: frame, capture time, bytes.
    /// (Boxed, and only while some wait: many connections are kept, few
    /// have segments waiting.)
    pending: Option<Box<Stashed>>,
    pending_bytes: usize,
    /// Capture time of its latest segment.
    pub last_time: f64,
    /// Frame of its latest segment (which was seen last, when times tie).
    pub(crate) last_frame: u64,
    /// Bytes skipped to find a message start, not yet reported (they are
    /// once a message is found: until then they may not be SIP at all).
    pub(crate) skipped: usize,
    /// Set once the connection is upgraded to WebSocket: `buffer` holds frames.
    /// (Boxed: few connections are WebSocket, and many are kept.)
    pub(crate) websocket: Option<Box<crate::websocket::WebSocket>>,
    /// Bytes were lost (a gap, already reported, or what the snap length
    /// cut): bytes then skipped to find the next message are the rest of
    /// the message the loss ran into, not more loss to report.
    pub(crate) after_loss: bool,
    /// A SIP message was read from it: bytes it loses are SIP's, worth
    /// reporting (on a connection of another protocol they are not).
    pub(crate) carried_sip: bool,
    /// Its sender sent a FIN: it has no more to send.
    pub(crate) fin: bool,
    /// The furthest the other side acknowledged of its bytes.
    acked: Option<u32>,
    /// The sequence number of its FIN: where its bytes end.
    fin_at: Option<u32>,
    /// Its bytes are passed over, not read (TLS without its secrets): what
    /// was acknowledged of them says nothing of what the capture lost.
    pub(crate) passed_over: bool,
    /// Bytes sent before the first read (see [`Start::Joined`]) that
    /// came after them: a stream of their own, read apart up to it (see
    /// [`Outcome::Early`]).
    pub(crate) early: Option<Box<Stream>>,
}

/// How a direction's bytes began (one field: many connections are kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// With a SYN of this sequence number: a SYN with another begins
    /// another connection between the same ports.
    Syn(u32),
    /// The capture joined the connection later, at this byte: bytes before
    /// it may still come, when the first segments captured were out of order.
    Joined(u32),
}

/// What happened to a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// New bytes are in the buffer.
    Delivered,
    /// Held until the bytes before it arrive.
    Stashed,
    /// Already seen.
    Retransmission,
    /// Bytes were skipped because they never arrived (count), or came
    /// where they could no longer be read.
    Gap(u32),
    /// Bytes sent before the first ones read came after them (the capture
    /// began during the connection, and its first segments were out of
    /// order): they are in `early`'s buffer.
    Early,
}

fn before(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

impl Stream {
    /// Adds a segment's payload. `syn` marks a SYN (its sequence number is
    /// consumed before the data). A segment stashed keeps `last_time` as
    /// its time: the caller sets it to the segment's first.
    pub fn push(&mut self, frame: u64, seq: u32, syn: bool, payload: &[u8]) -> Vec<Outcome> {
        if syn {
            self.start = Some(Start::Syn(seq));
        }
        let seq = if syn { seq.wrapping_add(1) } else { seq };
        if let Start::Joined(first) = *self.start.get_or_insert(Start::Joined(seq)) {
            if before(seq, first) && !payload.is_empty() {
                return self.push_early(frame, seq, first, payload);
            }
        }
        self.push_at(frame, seq, payload)
    }

    /// A segment that begins before the first byte read: what lies before
    /// it goes to `early`, the rest on as usual.
    fn push_early(&mut self, frame: u64, seq: u32, first: u32, payload: &[u8]) -> Vec<Outcome> {
        let end = seq.wrapping_add(payload.len() as u32);
        let head = if before(first, end) { first.wrapping_sub(seq) as usize } else { payload.len() };
        let mut outcomes = Vec::new();
        let early =
            self.early.get_or_insert_with(|| Box::new(Stream { start: Some(Start::Joined(seq)), ..Stream::default() }));
        if matches!(early.start, Some(Start::Joined(early_first)) if before(seq, early_first)) {
            // Before the early bytes too: read no more of this; said.
            outcomes.push(Outcome::Gap(head as u32));
        } else {
            early.last_time = self.last_time;
            early.last_frame = frame;
            for outcome in early.push_at(frame, seq, &payload[..head]) {
                outcomes.push(match outcome {
                    Outcome::Delivered => Outcome::Early,
                    other => other,
                });
            }
        }
        if head < payload.len() {
            outcomes.extend(self.push_at(frame, first, &payload[head..]));
        }
        outcomes
    }

    /// Whether the early bytes have all come, up to the first read: what
    /// their buffer still holds is the start of a message whose rest was
    /// read (or skipped) before them, and cannot be completed.
    pub fn early_done(&self) -> bool {
        let early_next = self.early.as_ref().and_then(|early| early.next_seq);
        matches!((early_next, self.start), (Some(next), Some(Start::Joined(first))) if next == first)
    }

    /// [`Stream::push`] of a segment numbered `seq` (past a SYN's number).
    fn push_at(&mut self, frame: u64, seq: u32, payload: &[u8]) -> Vec<Outcome> {
        let next = *self.next_seq.get_or_insert(seq);
        if payload.is_empty() {
            return Vec::new();
        }
        let end = seq.wrapping_add(payload.len() as u32);
        let mut outcomes = Vec::new();
        if !before(next, end) {
            return vec![Outcome::Retransmission];
        }
        if before(next, seq) {
            if self.pending_bytes + payload.len() > MAX_STREAM_BYTES {
                // Give up waiting for the missing bytes: jump to the earliest stashed segment.
                outcomes.extend(self.skip_gap());
            }
            self.pending_bytes += payload.len();
            self.pending.get_or_insert_with(Box::default).insert(seq, (frame, self.last_time, payload.to_vec()));
            outcomes.push(Outcome::Stashed);
            return outcomes;
        }
        let skip = next.wrapping_sub(seq) as usize;
        self.append(frame, &payload[skip..]);
        self.next_seq = Some(end);
        outcomes.push(Outcome::Delivered);
        self.drain_pending();
        outcomes
    }

    fn append(&mut self, frame: u64, bytes: &[u8]) {
        if self.buffer.is_empty() {
            self.buffer_frame = frame;
        }
        self.buffer.extend_from_slice(bytes);
    }

    fn drain_pending(&mut self) {
        while self.deliver_stashed().is_some() {}
    }

    /// Delivers the earliest stashed segment if nothing is missing before
    /// it: its frame and time.
    pub fn deliver_stashed(&mut self) -> Option<(u64, f64)> {
        let next = self.next_seq?;
        let pending = self.pending.as_mut()?;
        let (&seq, _) = pending.iter().next()?;
        if before(next, seq) {
            return None;
        }
        let (frame, time, data) = pending.remove(&seq)?;
        if pending.is_empty() {
            self.pending = None;
        }
        self.pending_bytes -= data.len();
        let end = seq.wrapping_add(data.len() as u32);
        if before(next, end) {
            let skip = next.wrapping_sub(seq) as usize;
            self.append(frame, &data[skip..]);
            self.next_seq = Some(end);
        }
        Some((frame, time))
    }

    /// Goes on at `end` (a sequence number), past bytes the capture cut
    /// from the segment just delivered: they will never be seen. What the
    /// buffer holds is dropped (the caller read it first), and segments
    /// stashed past the cut are delivered.
    pub fn skip_cut(&mut self, end: u32) {
        self.buffer.clear();
        if self.next_seq.is_some_and(|next| before(next, end)) {
            self.next_seq = Some(end);
        }
        self.after_loss = true;
        self.drain_pending();
    }

    /// Whether the other side acknowledged (`ack`) bytes of this direction
    /// that the capture never had, while later ones wait stashed: the
    /// receiver has them, so they will not be sent again, and waiting for
    /// them would hold up the rest (a packet the capture dropped).
    pub fn acked_unseen(&self, ack: u32) -> bool {
        self.has_pending() && self.next_seq.is_some_and(|next| before(next, ack))
    }

    /// Notes what the other side acknowledged of this direction's bytes.
    pub fn note_acked(&mut self, ack: u32) {
        if self.acked.is_none_or(|acked| before(acked, ack)) {
            self.acked = Some(ack);
        }
    }

    /// Notes its FIN, numbered `seq` (after the segment's bytes).
    pub fn note_fin(&mut self, seq: u32) {
        self.fin_at = Some(seq);
    }

    /// Bytes sent that the capture never had, with nothing after them that
    /// waits (a segment dropped last before a FIN or a silence): how many,
    /// asked once the direction is done with. Its bytes end at its FIN, or
    /// as far as the other side acknowledged; a FIN the capture dropped is
    /// one number acknowledged, not counted alone.
    pub fn acked_never_seen(&self) -> Option<u32> {
        if self.passed_over {
            return None;
        }
        let missing = self.fin_at.or(self.acked)?.wrapping_sub(self.next_seq?);
        (missing > 1 && missing < 1 << 30).then_some(missing)
    }

    /// Skips to the earliest stashed segment and delivers what follows on,
    /// reporting the bytes never seen.
    pub fn skip_gap(&mut self) -> Option<Outcome> {
        let gap = self.skip_to_stashed();
        self.drain_pending();
        gap
    }

    /// Goes on at the earliest stashed segment (not yet delivered: see
    /// [`Stream::deliver_stashed`]), reporting the bytes never seen.
    pub fn skip_to_stashed(&mut self) -> Option<Outcome> {
        let (&seq, _) = self.pending.as_ref()?.iter().next()?;
        let missing = self.next_seq.map_or(0, |next| seq.wrapping_sub(next));
        // Bytes in the buffer can no longer be completed.
        self.buffer.clear();
        self.next_seq = Some(seq);
        self.after_loss = true;
        Some(Outcome::Gap(missing))
    }

    /// Memory it holds: its buffer as allocated, and each segment stashed
    /// out of order with what keeping it costs besides its bytes.
    pub fn held(&self) -> usize {
        let early = self.early.as_ref().map_or(0, |early| early.held());
        self.buffer.capacity()
            + self.pending_bytes
            + STASHED_OVERHEAD * self.pending.as_ref().map_or(0, |p| p.len())
            + early
    }

    /// Whether a SYN numbered `seq` begins another connection than the one
    /// this direction has read: it has read one, and this is not its SYN
    /// again (a retransmission).
    pub fn begun_again(&self, seq: u32) -> bool {
        self.next_seq.is_some() && self.start != Some(Start::Syn(seq))
    }

    /// Whether `seq` is the number of the next byte this direction sends
    /// (or nothing of it was seen yet): an RST numbered otherwise is not
    /// taken by its receiver (RFC 5961 §3.2).
    pub fn expects(&self, seq: u32) -> bool {
        self.next_seq.is_none_or(|next| next == seq)
    }

    /// Whether segments are still waiting for missing bytes.
    pub fn has_pending(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_out_of_order_and_retransmitted() {
        let mut s = Stream::default();
        s.push(1, 1000, true, b"");
        assert_eq!(s.push(2, 1001, false, b"hello "), vec![Outcome::Delivered]);
        assert_eq!(s.push(3, 1013, false, b"there"), vec![Outcome::Stashed]);
        assert_eq!(s.push(4, 1001, false, b"hello "), vec![Outcome::Retransmission]);
        assert_eq!(s.push(5, 1007, false, b"world "), vec![Outcome::Delivered]);
        assert_eq!(s.buffer, b"hello world there");
        // Overlapping retransmission that carries some new bytes.
        assert_eq!(s.push(6, 1015, false, b"ere!"), vec![Outcome::Delivered]);
        assert_eq!(s.buffer, b"hello world there!");
    }

    #[test]
    fn bytes_before_the_first_read_are_read_apart_when_no_syn_was_seen() {
        // The capture began during the connection, its first two segments
        // out of order.
        let mut s = Stream::default();
        assert_eq!(s.push(1, 1010, false, b"world"), vec![Outcome::Delivered]);
        assert_eq!(s.push(2, 1005, false, b"hello"), vec![Outcome::Early]);
        let early = s.early.as_ref().map(|e| e.buffer.clone());
        assert_eq!((s.buffer.as_slice(), early.as_deref()), (&b"world"[..], Some(&b"hello"[..])));
        assert!(s.early_done());
        // Sent again: already read, either side of the first byte read.
        assert_eq!(s.push(3, 1005, false, b"hello"), vec![Outcome::Retransmission]);
        assert_eq!(s.push(4, 1008, false, b"lowor"), vec![Outcome::Retransmission, Outcome::Retransmission]);
        // Before the early bytes too: not read, and said.
        assert_eq!(s.push(5, 1000, false, b"abcde"), vec![Outcome::Gap(5)]);
        // Early bytes that run on past the last read deliver the rest.
        let mut s = Stream::default();
        s.push(1, 2000, false, b"bc");
        assert_eq!(s.push(2, 1999, false, b"abcd"), vec![Outcome::Early, Outcome::Delivered]);
        assert_eq!(s.buffer, b"bcd");
        // With the SYN seen, the start is known: nothing comes before it.
        let mut s = Stream::default();
        s.push(1, 999, true, b"");
        s.push(2, 1000, false, b"abc");
        assert_eq!(s.push(3, 998, false, b"xy"), vec![Outcome::Retransmission]);
        assert!(s.early.is_none());
    }

    #[test]
    fn sequence_numbers_wrap() {
        let mut s = Stream::default();
        s.push(1, u32::MAX - 2, false, b"abc");
        s.push(2, 0, false, b"def");
        assert_eq!(s.buffer, b"abcdef");
    }

    #[test]
    fn a_cut_is_skipped_and_what_waited_past_it_delivered() {
        let mut s = Stream::default();
        s.push(1, 0, false, b"abc"); // sent as 6 bytes, the capture kept 3
        s.push(2, 10, false, b"xyz");
        s.skip_cut(6);
        assert!(s.has_pending() && s.buffer.is_empty());
        assert_eq!(s.push(3, 6, false, b"defg"), vec![Outcome::Delivered]);
        assert_eq!(s.buffer, b"defgxyz");
        assert!(!s.has_pending());
    }

    #[test]
    fn bytes_acknowledged_but_never_seen_are_told() {
        let mut s = Stream::default();
        s.push(1, 0, false, b"abc");
        assert!(!s.acked_unseen(10), "nothing waits past the hole");
        s.push(2, 10, false, b"xyz");
        assert!(!s.acked_unseen(3), "acknowledged only what was seen");
        assert!(s.acked_unseen(4));
        assert!(s.acked_unseen(13));
    }

    #[test]
    fn gaps_are_skipped_and_reported() {
        let mut s = Stream::default();
        s.push(1, 0, false, b"abc");
        s.push(2, 10, false, b"xyz");
        assert!(s.has_pending());
        assert_eq!(s.skip_gap(), Some(Outcome::Gap(7)));
        assert_eq!(s.buffer, b"xyz");
    }
}
