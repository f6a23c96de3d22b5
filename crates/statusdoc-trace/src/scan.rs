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

/// Where the first of the four bytes of `set` is in `haystack`.
#[inline(always)]
pub(crate) fn find_any_of(haystack: &[u8], set: [u8; 4]) -> Option<usize> {
    let wanted = set.map(u8x16::splat);
    let marks = |v: u8x16| v.simd_eq(wanted[0]) | v.simd_eq(wanted[1]) | v.simd_eq(wanted[2]) | v.simd_eq(wanted[3]);
    find_by(haystack, |v| marks(v).to_bitmask(), |b| set.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

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
                assert_eq!(find_any_of(&hay, set), hay.iter().position(|b| set.contains(b)), "{len} {at}");
                assert_eq!(find_byte(&hay, 0xff), None);
            }
        }
    }
}
