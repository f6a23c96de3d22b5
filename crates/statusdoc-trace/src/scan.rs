//! Searches for delimiters in the short pieces of a message: its lines and
//! field values, tens of bytes each, a dozen or more per message.
//!
//! A general search (memchr) pays a setup per call that costs more than
//! the bytes of a piece this short, and a byte loop pays per byte. Here each
//! sixteen bytes are compared at once (SSE2 through `wide`, safe code) and
//! the first match is the lowest bit of the comparison's mask.

use wide::u8x16;

/// Where the first byte that `marks` selects is in `haystack`. `marks`
/// gives, for sixteen bytes, the mask of those selected (bit i for byte i);
/// `selected` says the same of one byte, for the tail shorter than sixteen.
#[inline(always)]
fn find_by(haystack: &[u8], marks: impl Fn(u8x16) -> u32, selected: impl Fn(u8) -> bool) -> Option<usize> {
    let mut chunks = haystack.chunks_exact(16);
    let mut at = 0;
    for chunk in &mut chunks {
        let bytes: [u8; 16] = chunk.try_into().ok()?;
        let mask = marks(u8x16::from(bytes));
        if mask != 0 {
            return Some(at + mask.trailing_zeros() as usize);
        }
        at += 16;
    }
    chunks.remainder().iter().position(|&b| selected(b)).map(|i| at + i)
}

/// Where `byte` first is in `haystack`.
#[inline(always)]
pub(crate) fn find_byte(haystack: &[u8], byte: u8) -> Option<usize> {
    let wanted = u8x16::splat(byte);
    find_by(haystack, |v| v.simd_eq(wanted).to_bitmask(), |b| b == byte)
}

/// Where each of the four bytes of `set` is in `haystack`, in order: each
/// sixteen bytes are compared once, however many delimiters they hold
/// (a field value's `<`, `>` and `;` are often in the same sixteen).
pub(crate) fn positions_of(haystack: &[u8], set: [u8; 4]) -> Positions<'_> {
    Positions { haystack, set, next: 0, mask: 0 }
}

/// The iterator of [`positions_of`].
pub(crate) struct Positions<'a> {
    haystack: &'a [u8],
    set: [u8; 4],
    /// Start of the sixteen bytes compared next; `mask` is of the sixteen before.
    next: usize,
    /// The matches among those sixteen not yet given (bit i for byte i).
    mask: u32,
}

impl Iterator for Positions<'_> {
    type Item = usize;

    #[inline(always)]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let len = self.haystack.len();
            if self.next >= len {
                return None;
            }
            // The last sixteen bytes when fewer remain: they overlap those
            // already compared, whose bits are shifted out.
            let from = self.next.min(len.saturating_sub(16));
            self.mask = match self.haystack.get(from..from + 16).and_then(|c| <[u8; 16]>::try_from(c).ok()) {
                Some(bytes) => {
                    let v = u8x16::from(bytes);
                    let [a, b, c, d] = self.set.map(u8x16::splat);
                    (v.simd_eq(a) | v.simd_eq(b) | v.simd_eq(c) | v.simd_eq(d)).to_bitmask() >> (self.next - from)
                }
                None => self.haystack[self.next..]
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| self.set.contains(b))
                    .fold(0, |mask, (i, _)| mask | 1 << i),
            };
            self.next += 16;
        }
        let bit = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.next - 16 + bit)
    }
}

/// Where each byte of `set` first is in `haystack`, found in one pass that
/// stops once all are found (an address field's quote and brackets).
pub(crate) fn first_of_each<const N: usize>(haystack: &[u8], set: [u8; N]) -> [Option<usize>; N] {
    let mut first = [None; N];
    let mut missing = N;
    let wanted = set.map(u8x16::splat);
    let mut chunks = haystack.chunks_exact(16);
    let mut at = 0;
    let mut look = |v: u8x16, valid: u32, at: usize, first: &mut [Option<usize>; N]| {
        for (found, byte) in first.iter_mut().zip(&wanted) {
            let mask = v.simd_eq(*byte).to_bitmask() & valid;
            if found.is_none() && mask != 0 {
                *found = Some(at + mask.trailing_zeros() as usize);
                missing -= 1;
            }
        }
        missing == 0
    };
    for chunk in &mut chunks {
        let Ok(bytes) = <[u8; 16]>::try_from(chunk) else { break };
        if look(u8x16::from(bytes), 0xffff, at, &mut first) {
            return first;
        }
        at += 16;
    }
    let rest = chunks.remainder().len();
    if rest == 0 {
        return first;
    }
    // The last sixteen bytes, overlapping those compared, whose bits are
    // left out; a haystack shorter than sixteen is copied (padded) once.
    match haystack.len().checked_sub(16).and_then(|from| Some((from, <[u8; 16]>::try_from(&haystack[from..]).ok()?))) {
        Some((from, bytes)) => look(u8x16::from(bytes), 0xffff << (16 - rest) & 0xffff, from, &mut first),
        None => {
            let mut last = [0u8; 16];
            last[..rest].copy_from_slice(haystack);
            look(u8x16::from(last), (1 << rest) - 1, 0, &mut first)
        }
    };
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Haystacks of every length up to four chunks and a half, `per_length`
    /// of each, of bytes drawn from `alphabet` by a seeded walk.
    fn haystacks(alphabet: &'static [u8], per_length: usize) -> impl Iterator<Item = Vec<u8>> {
        let mut seed = 7u32;
        (0..70).flat_map(move |len| std::iter::repeat_n(len, per_length)).map(move |len| {
            (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    alphabet[(seed >> 16) as usize % alphabet.len()]
                })
                .collect()
        })
    }

    /// Haystacks dense with delimiters: every position, in order, as a byte
    /// loop finds them.
    #[test]
    fn positions_are_every_match_in_order() {
        let set = [b';', b'"', b'<', b'>'];
        for hay in haystacks(b";\"<>ab c", 20) {
            let every: Vec<usize> = (0..hay.len()).filter(|&i| set.contains(&hay[i])).collect();
            assert_eq!(positions_of(&hay, set).collect::<Vec<_>>(), every, "{hay:?}");
        }
    }

    /// Haystacks sparse in what is sought: the first of each, as a byte
    /// loop finds it.
    #[test]
    fn the_first_of_each_is_what_a_byte_loop_finds() {
        let set = [b'"', b'<', b'>'];
        for hay in haystacks(b"\"<>abcdefghijklmnopqrstu\0", 30) {
            let expected = set.map(|b| hay.iter().position(|&h| h == b));
            assert_eq!(first_of_each(&hay, set), expected, "{hay:?}");
        }
    }

    /// Every length up to three chunks, every position of the byte sought
    /// (and none), with other bytes of the set before and after it.
    #[test]
    fn finds_what_a_byte_loop_finds() {
        for len in 0..50 {
            for at in 0..=len {
                let mut hay: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
                if at < len {
                    hay[at] = b'\n';
                }
                assert_eq!(find_byte(&hay, b'\n'), hay.iter().position(|&b| b == b'\n'), "{len} {at}");
                if at + 1 < len {
                    hay[at + 1] = b'>';
                }
                let set = [b';', b'"', b'>', b'\n'];
                assert_eq!(find_byte(&hay, 0xff), None);
                let every: Vec<usize> = (0..len).filter(|&i| set.contains(&hay[i])).collect();
                assert_eq!(positions_of(&hay, set).collect::<Vec<_>>(), every, "{len} {at}");
            }
        }
    }
}
