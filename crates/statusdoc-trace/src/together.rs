//! How several inputs are read together, decided before they are read: the
//! clocks of captures taken at different places lined up
//! ([`clock_offsets`]), and a ring buffer's files put in the order they
//! were taken, to be read in turn as one capture ([`ring_order`]). The
//! command line and the website's upload both plan this way, so that the
//! same files read the same in either.

use std::collections::HashMap;
use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use crate::tls::KeyLog;

/// Opens input `i` (its place among the inputs) from its start again: a
/// file, or a file of an archive. A file that cannot be opened again is
/// left out of the planning.
pub type Reopen<'a> = dyn Fn(usize) -> io::Result<Box<dyn Read + Send + 'a>> + 'a;

/// Most inputs whose clocks are compared: captures of the places a call
/// went through, not a ring buffer's files (which share one clock).
const MAX_CLOCKS: usize = 8;

/// SIP messages read from the start of each input to compare clocks.
const CLOCK_SAMPLE: usize = 1_000;

/// Least messages two inputs must share (and at least half of the smaller
/// sample) before their clocks are said to differ: captures of two places
/// share most messages, a ring buffer's files only retransmissions across
/// a rotation.
const CLOCK_MATCHES: usize = 3;

/// How close to their median three in four of the gaps between copies
/// must be: the network's jitter. Retransmissions across a ring buffer's
/// rotation are 0.5, 1, 2… s apart, never that close.
const CLOCK_SPREAD: f64 = 0.05;

/// How much earlier than the last packet of the file before a ring
/// buffer's file may begin (and by a tenth of that file's time at most):
/// a capture on several interfaces writes each one's packets in batches,
/// their times a little out of order.
const RING_DISORDER: f64 = 1.0;

/// How far into a capture its first packet is looked for (past a pcapng
/// file's section and interface blocks).
const FIRST_PACKET_WITHIN: u64 = 1 << 20;

/// How far each of `count` inputs' clock reads ahead of the first input's,
/// when several captures of the places a call went through were given (at
/// most [`MAX_CLOCKS`]) and their clocks were not synchronised: the median
/// time between the copies of the messages it shares with the first input,
/// or with an input already lined up with the first (told by all but their
/// addresses), from the first [`CLOCK_SAMPLE`] messages of each, when most
/// of the smaller sample is in both and the gaps agree (see `clock_gap`).
/// An input that shares too little with any is left as it is. Each input
/// is read at most `limit` bytes far (decompressed).
pub fn clock_offsets(count: usize, open: &Reopen, keys: &Arc<KeyLog>, limit: u64) -> Vec<f64> {
    if !(2..=MAX_CLOCKS).contains(&count) {
        return vec![0.0; count];
    }
    // Each input's first messages: what tells each, and when it was seen first.
    let samples: Vec<HashMap<u64, f64>> = (0..count).map(|i| sample(open(i), keys, limit)).collect();
    // Lined up input by input from the first: an input that shares no
    // messages with the first may share them with one already lined up (a
    // capture behind a B2BUA shares the leg beyond it with the capture of
    // the B2BUA, not with the caller's).
    let mut offsets: Vec<Option<f64>> = vec![None; count];
    offsets[0] = Some(0.0);
    let lined_up_next = |offsets: &[Option<f64>]| {
        (0..count)
            .filter(|j| offsets[*j].is_none())
            .find_map(|j| (0..count).find_map(|i| Some((j, offsets[i]? + clock_gap(&samples[i], &samples[j])?))))
    };
    while let Some((j, offset)) = lined_up_next(&offsets) {
        offsets[j] = Some(offset);
    }
    offsets.into_iter().map(|offset| offset.unwrap_or(0.0)).collect()
}

/// When each of the first [`CLOCK_SAMPLE`] SIP messages of an input was
/// first seen, by what tells it ([`crate::copy_key`]). A sample only:
/// what cannot be read is said when the input is read.
fn sample(input: io::Result<Box<dyn Read + Send + '_>>, keys: &Arc<KeyLog>, limit: u64) -> HashMap<u64, f64> {
    let mut seen = HashMap::new();
    let Ok(input) = input else { return seen };
    let stop = AtomicBool::new(false);
    let mut count = 0;
    let input = io::BufReader::with_capacity(1 << 20, Until { inner: input, stop: &stop });
    let _ = crate::read_input_within(
        input,
        limit,
        keys,
        &mut |record| {
            count += 1;
            if let Some(key) = crate::copy_key(&record) {
                seen.entry(key).or_insert(record.time);
            }
            if count >= CLOCK_SAMPLE {
                stop.store(true, Ordering::Relaxed);
            }
        },
        &mut |_| {},
    );
    seen
}

/// An input that reads as ended once `stop` is set.
struct Until<'s, R> {
    inner: R,
    stop: &'s AtomicBool,
}

impl<R: Read> Read for Until<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.stop.load(Ordering::Relaxed) {
            true => Ok(0),
            false => self.inner.read(buf),
        }
    }
}

/// How far the clock of the input with sample `later` reads ahead of the
/// one with sample `earlier`, when they share enough messages whose gaps
/// agree; 0 when the gap is the network's delay rather than the clocks'.
fn clock_gap(earlier: &HashMap<u64, f64>, later: &HashMap<u64, f64>) -> Option<f64> {
    let mut gaps: Vec<f64> = later.iter().filter_map(|(key, at)| earlier.get(key).map(|t| at - t)).collect();
    // Most of the smaller sample: a phone's capture is within its PBX's,
    // which holds other calls too.
    if gaps.len() < CLOCK_MATCHES || gaps.len() * 2 < later.len().min(earlier.len()) {
        return None;
    }
    gaps.sort_by(f64::total_cmp);
    let median = gaps[gaps.len() / 2];
    let close = gaps.iter().filter(|gap| (*gap - median).abs() <= CLOCK_SPREAD).count();
    if close * 4 < gaps.len() * 3 {
        None
    } else if median.abs() < crate::SAME_MESSAGE_WINDOW / 2.0 {
        Some(0.0)
    } else {
        Some(median)
    }
}

/// The inputs among `candidates` (their places) that are captures taken one
/// after the other at one place, as a ring buffer's files are (each ended
/// before the next began, give or take [`RING_DISORDER`]), in the order
/// they were taken, to be read in turn as one capture so that a TCP
/// connection or a TLS session goes on from one file to the next; `None`
/// when fewer than two are. Those are capture files (compressed or not)
/// with packets; the other inputs (a log, a file without packets, such as
/// a ring's newest, just begun) are merged with them. When each begins is
/// read from its start; when each but the last ends, by reading it once
/// more to the end, in the order they begin, stopping at the first that
/// ends after the next began (captures of two places overlap in time: they
/// are left to be merged). All these reads together stop at `budget`
/// bytes, decompressed: past it, an input reads as ended (an upload's
/// thousands of small files that inflate to gigabytes are not read
/// through).
pub fn ring_order(candidates: &[usize], open: &Reopen, budget: u64) -> Option<Vec<usize>> {
    if candidates.len() < 2 {
        return None;
    }
    let left = AtomicU64::new(budget);
    // The capture an input holds, decompressed; `None` when it holds none.
    let capture = |i: usize| -> Option<Budgeted<'_, Box<dyn BufRead + Send + '_>>> {
        let mut bytes = crate::decompressed(io::BufReader::with_capacity(1 << 16, open(i).ok()?)).ok()?;
        bytes.fill_buf().is_ok_and(crate::is_capture).then_some(Budgeted { inner: bytes, left: &left })
    };
    let mut order: Vec<(usize, f64)> = candidates
        .iter()
        .filter_map(|&i| {
            let (first, _) = crate::CaptureReader::span(capture(i)?.take(FIRST_PACKET_WITHIN))?;
            Some((i, first))
        })
        .collect();
    if order.len() < 2 {
        return None;
    }
    order.sort_by(|a, b| a.1.total_cmp(&b.1));
    for pair in order.windows(2) {
        let last = capture(pair[0].0).and_then(crate::CaptureReader::span).map(|(_, last)| last);
        // Overlapping a little, and for a small part of the file: times out
        // of order, not two places' captures of the same exchange.
        let one_place = |last: f64| {
            let overlap = last - pair[1].1;
            overlap <= 0.0 || (overlap <= RING_DISORDER && overlap * 10.0 <= last - pair[0].1)
        };
        if !last.is_some_and(one_place) {
            return None;
        }
    }
    Some(order.into_iter().map(|(i, _)| i).collect())
}

/// An input read within what is `left` of a budget shared with others,
/// which its reads spend: once spent, it reads as ended.
struct Budgeted<'b, R> {
    inner: R,
    left: &'b AtomicU64,
}

impl<R: Read> Read for Budgeted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.left.load(Ordering::Relaxed);
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left.fetch_sub(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pcap with a packet of four bytes taken at each of `seconds`.
    fn pcap(seconds: &[u32]) -> Vec<u8> {
        crate::test_support::pcap_of(&seconds.iter().map(|s| (*s, 0, vec![0; 4])).collect::<Vec<_>>())
    }

    fn order(files: &[Vec<u8>], budget: u64) -> Option<Vec<usize>> {
        let open = |i: usize| Ok(Box::new(io::Cursor::new(files[i].clone())) as Box<dyn Read + Send>);
        ring_order(&(0..files.len()).collect::<Vec<_>>(), &open, budget)
    }

    #[test]
    fn a_ring_buffers_files_are_put_in_the_order_they_were_taken() {
        let ring = [pcap(&[30, 31]), pcap(&[10, 11]), pcap(&[20, 21])];
        assert_eq!(order(&ring, u64::MAX), Some(vec![1, 2, 0]));
        // A log among them, or a file without packets yet, is left to be merged.
        let mixed = [pcap(&[20, 21]), b"INVITE sip:a@b SIP/2.0\r\n\r\n".to_vec(), pcap(&[]), pcap(&[10, 11])];
        assert_eq!(order(&mixed, u64::MAX), Some(vec![3, 0]));
        // Captures of two places overlap in time: none is a ring's.
        assert_eq!(order(&[pcap(&[10, 20]), pcap(&[11, 21])], u64::MAX), None);
        // A little out of order at a rotation (interfaces written in batches) is still one place.
        assert_eq!(order(&[pcap(&[10, 30]), pcap(&[29, 50])], u64::MAX), Some(vec![0, 1]));
    }

    #[test]
    fn the_reads_that_order_them_stop_at_their_budget() {
        let ring = [pcap(&[30, 31]), pcap(&[10, 11]), pcap(&[20, 21])];
        let whole: u64 = ring.iter().map(|f| f.len() as u64).sum();
        // Each file's start, then each but the last again to its end.
        assert_eq!(order(&ring, whole * 2), Some(vec![1, 2, 0]));
        // Spent on the first file's start, the others read as empty.
        assert_eq!(order(&ring, 40), None);
    }
}
