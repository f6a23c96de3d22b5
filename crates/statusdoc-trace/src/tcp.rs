//! TCP stream reassembly, just enough to read SIP: in-order delivery, stashing
//! of out-of-order segments, retransmissions ignored, gaps reported.

use std::collections::BTreeMap;

/// Most bytes held for one direction of a connection (buffered plus stashed).
pub const MAX_STREAM_BYTES: usize = 2 * 1024 * 1024;

/// What a stashed segment costs besides its bytes: its vector and its
/// share of the map's node.
const STASHED_OVERHEAD: usize = 64;

/// One direction of one TCP connection.
#[derive(Debug, Default)]
pub struct Stream {
    next_seq: Option<u32>,
    /// Contiguous bytes not yet consumed by the SIP parser.
    pub buffer: Vec<u8>,
    /// Frame of the first byte in `buffer`.
    pub buffer_frame: u64,
    pending: BTreeMap<u32, (u64, Vec<u8>)>,
    pending_bytes: usize,
    /// Capture time of its latest segment.
    pub last_time: f64,
    /// Frame of its latest segment (which was seen last, when times tie).
    pub(crate) last_frame: u64,
    /// Bytes skipped to find a message start, not yet reported (they are
    /// once a message is found: until then they may not be SIP at all).
    pub(crate) skipped: usize,
    /// Set once the connection is upgraded to WebSocket: `buffer` holds frames.
    pub(crate) websocket: Option<crate::websocket::WebSocket>,
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
    /// Bytes were skipped because they never arrived (count).
    Gap(u32),
}

fn before(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

impl Stream {
    /// Adds a segment's payload. `syn` marks a SYN (its sequence number is
    /// consumed before the data).
    pub fn push(&mut self, frame: u64, seq: u32, syn: bool, payload: &[u8]) -> Vec<Outcome> {
        let seq = if syn { seq.wrapping_add(1) } else { seq };
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
            self.pending.insert(seq, (frame, payload.to_vec()));
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
        while let Some(next) = self.next_seq {
            let Some((&seq, _)) = self.pending.iter().next() else { break };
            if before(next, seq) {
                break;
            }
            let Some((frame, data)) = self.pending.remove(&seq) else { break };
            self.pending_bytes -= data.len();
            let end = seq.wrapping_add(data.len() as u32);
            if before(next, end) {
                let skip = next.wrapping_sub(seq) as usize;
                self.append(frame, &data[skip..]);
                self.next_seq = Some(end);
            }
        }
    }

    /// Skips to the earliest stashed segment, reporting the bytes never seen.
    pub fn skip_gap(&mut self) -> Option<Outcome> {
        let (&seq, _) = self.pending.iter().next()?;
        let missing = self.next_seq.map_or(0, |next| seq.wrapping_sub(next));
        // Bytes in the buffer can no longer be completed.
        self.buffer.clear();
        self.next_seq = Some(seq);
        self.drain_pending();
        Some(Outcome::Gap(missing))
    }

    /// Memory it holds: its buffer as allocated, and each segment stashed
    /// out of order with what keeping it costs besides its bytes.
    pub fn held(&self) -> usize {
        self.buffer.capacity() + self.pending_bytes + STASHED_OVERHEAD * self.pending.len()
    }

    /// Whether segments are still waiting for missing bytes.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
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
    fn sequence_numbers_wrap() {
        let mut s = Stream::default();
        s.push(1, u32::MAX - 2, false, b"abc");
        s.push(2, 0, false, b"def");
        assert_eq!(s.buffer, b"abcdef");
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
