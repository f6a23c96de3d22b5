//! pcap files whose records carry more than the standard sixteen-byte
//! header, as patched tcpdump builds of 1999–2012 wrote them: Alexey
//! Kuznetsov's libpcap (its own magic number, 24 bytes: the interface
//! index, protocol and packet type after the standard fields), SuSE 6.3's
//! build of it (the same magic, 28 bytes), Red Hat 6.1's (the standard
//! magic, 24 bytes) and Nokia IPSO's (the standard magic, 20 bytes).
//!
//! The magic number alone does not tell the size, so, as Wireshark does,
//! each size is tried on the first records: the one whose records read as
//! records (times, lengths, each record where the one before ends) is the
//! file's. pcap-parser reads only the standard form, so the file is handed
//! to it rewritten: the standard magic, each record's extra bytes left out.

use std::io::{self, Read};

/// The modified libpcap's magic number, as its files begin (either order).
const MODIFIED: [[u8; 4]; 2] = [[0x34, 0xcd, 0xb2, 0xa1], [0xa1, 0xb2, 0xcd, 0x34]];
/// The standard microsecond magic number (either order): the one the
/// patched builds that kept it wrote.
const STANDARD: [[u8; 4]; 2] = [[0xd4, 0xc3, 0xb2, 0xa1], [0xa1, 0xb2, 0xc3, 0xd4]];

/// The file header's size; a standard record header's.
const FILE_HEADER: usize = 24;
const RECORD_HEADER: usize = 16;
/// How much of a file is read to tell its record size, at most.
const LOOK_AHEAD: usize = 256 * 1024;
/// Records read to tell a variant's size (fewer when the file has fewer).
const RECORDS_TOLD_BY: usize = 4;
/// The largest record and packet believed while telling (a jumbo frame,
/// or a segment offloaded to the card, is far less).
const MAX_INCLUDED: u32 = 256 * 1024;
const MAX_ORIGINAL: u32 = 16 * 1024 * 1024;
/// Records of one file are within a year of its first.
const SPAN: u32 = 366 * 86_400;

/// Whether the first bytes are the modified libpcap's magic number.
pub(crate) fn is_modified(head: &[u8]) -> bool {
    head.get(..4).is_some_and(|magic| MODIFIED.iter().any(|m| m == magic))
}

/// The size of the record headers of the pcap file that `head` begins
/// (its file header at least), reading more of `input` into `head` as
/// telling it needs: 16 for the standard form. `None`: a modified
/// libpcap's file whose records no size reads (damaged). A file with the
/// standard magic is told only when its first two records do not read as
/// standard ones — and not at all when it is read as it is written
/// (`live`), where the second record may come minutes after the first.
pub(crate) fn record_header_size(head: &mut Vec<u8>, input: &mut impl Read, live: bool) -> Option<usize> {
    let (sizes, big_endian): (&[usize], bool) = match head.get(..4) {
        Some(magic) if MODIFIED.iter().any(|m| m == magic) => (&[24, 28], magic == MODIFIED[1]),
        Some(magic) if !live && STANDARD.iter().any(|m| m == magic) => {
            let big_endian = magic == STANDARD[1];
            if walk_read(head, input, RECORD_HEADER, big_endian, 2) {
                return Some(RECORD_HEADER);
            }
            (&[24, 20], big_endian)
        }
        _ => return Some(RECORD_HEADER),
    };
    match sizes.iter().find(|&&size| walk_read(head, input, size, big_endian, RECORDS_TOLD_BY)) {
        Some(&size) => Some(size),
        // The standard magic: read as standard, whose reading says what is wrong.
        None if !is_modified(head) => Some(RECORD_HEADER),
        None => None,
    }
}

/// Whether the first `wanted` records (all, if fewer) read as records with
/// headers of `size` bytes, reading more of `input` into `head` as needed.
fn walk_read(head: &mut Vec<u8>, input: &mut impl Read, size: usize, big_endian: bool, wanted: usize) -> bool {
    loop {
        match walk(head, size, big_endian, false, wanted) {
            Walk::Records => return true,
            Walk::NotRecords => return false,
            // As far as telling reads: what was read was records.
            Walk::NeedMore(_) if head.len() >= LOOK_AHEAD => return true,
            Walk::NeedMore(upto) => {
                if fill(head, input, upto.min(LOOK_AHEAD)) == Filled::Ended {
                    return walk(head, size, big_endian, true, wanted) == Walk::Records;
                }
            }
        }
    }
}

#[derive(PartialEq)]
enum Filled {
    Upto,
    Ended,
}

/// Reads `input` into `head` until it holds `upto` bytes or the input ends.
fn fill(head: &mut Vec<u8>, input: &mut impl Read, upto: usize) -> Filled {
    let mut chunk = [0u8; 4096];
    while head.len() < upto {
        let want = chunk.len().min(upto - head.len());
        match input.read(&mut chunk[..want]) {
            Ok(0) => return Filled::Ended,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            // Said by the reading that follows, which meets it again.
            Err(_) => return Filled::Ended,
        }
    }
    Filled::Upto
}

#[derive(Debug, PartialEq)]
enum Walk {
    Records,
    NotRecords,
    /// Telling needs this many bytes of the file.
    NeedMore(usize),
}

/// Whether the first `wanted` records of `file` (all, if fewer) read as
/// records with headers of `size` bytes; `ended`: `file` is the whole file.
fn walk(file: &[u8], size: usize, big_endian: bool, ended: bool, wanted: usize) -> Walk {
    let word = |at: usize| {
        let bytes = [file[at], file[at + 1], file[at + 2], file[at + 3]];
        if big_endian {
            u32::from_be_bytes(bytes)
        } else {
            u32::from_le_bytes(bytes)
        }
    };
    let mut at = FILE_HEADER;
    let mut first_time = None;
    for _ in 0..wanted {
        if at == file.len() && ended {
            return Walk::Records;
        }
        if at + size > file.len() {
            return if ended { Walk::NotRecords } else { Walk::NeedMore(at + size) };
        }
        let (seconds, micros, included, original) = (word(at), word(at + 4), word(at + 8), word(at + 12));
        let first = *first_time.get_or_insert(seconds);
        let believable = micros < 1_000_000
            && included <= original
            && included <= MAX_INCLUDED
            && original <= MAX_ORIGINAL
            && seconds.abs_diff(first) <= SPAN;
        if !believable {
            return Walk::NotRecords;
        }
        at += size + included as usize;
    }
    if at > file.len() && ended {
        Walk::NotRecords
    } else {
        Walk::Records
    }
}

/// A pcap file with records of `header` bytes, read as the standard form.
pub(crate) struct Standardized<R> {
    inner: R,
    header: usize,
    /// Told by the magic number, once the file header is read.
    big_endian: bool,
    /// Bytes rewritten and not yet read (the file header, a record's).
    pending: Vec<u8>,
    at: usize,
    /// Packet bytes of the current record not yet read.
    data_left: usize,
    started: bool,
}

impl<R: Read> Standardized<R> {
    /// `inner` from its first byte; `header`, its records' header size.
    pub(crate) fn new(inner: R, header: usize) -> Standardized<R> {
        Standardized { inner, header, big_endian: false, pending: Vec::new(), at: 0, data_left: 0, started: false }
    }

    /// The next header, rewritten; empty at the end of the input. A header
    /// cut short is passed on as it is, for the pcap reader to say so.
    fn next_header(&mut self) -> io::Result<()> {
        let mut header = [0u8; 28];
        let size = if self.started { self.header } else { FILE_HEADER };
        let got = read_upto(&mut self.inner, &mut header[..size])?;
        self.pending.clear();
        self.at = 0;
        if !self.started {
            self.started = true;
            self.big_endian = header[0] == 0xa1;
            let magic = if self.big_endian { STANDARD[1] } else { STANDARD[0] };
            header[..4].copy_from_slice(&magic);
            self.pending.extend_from_slice(&header[..got]);
        } else if got < size {
            self.pending.extend_from_slice(&header[..got.min(RECORD_HEADER)]);
        } else {
            let included = [header[8], header[9], header[10], header[11]];
            let included = if self.big_endian { u32::from_be_bytes(included) } else { u32::from_le_bytes(included) };
            self.data_left = included as usize;
            self.pending.extend_from_slice(&header[..RECORD_HEADER]);
        }
        Ok(())
    }
}

/// Reads until `buffer` is full or the input ends; how much was read.
fn read_upto(input: &mut impl Read, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match input.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

impl<R: Read> Read for Standardized<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        if buffer.is_empty() {
            return Ok(0);
        }
        if self.at == self.pending.len() && self.data_left == 0 {
            self.next_header()?;
        }
        if self.at < self.pending.len() {
            let n = buffer.len().min(self.pending.len() - self.at);
            buffer[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
            self.at += n;
            return Ok(n);
        }
        let want = buffer.len().min(self.data_left);
        let n = self.inner.read(&mut buffer[..want])?;
        // An input that ends inside a packet ends the file (the reader says so).
        self.data_left = if n == 0 { 0 } else { self.data_left - n };
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pcap file in byte order `big_endian` with the magic `magic`, and
    /// a record per packet with `extra` bytes after the standard header.
    fn file(magic: [u8; 4], big_endian: bool, extra: usize, packets: &[&[u8]]) -> Vec<u8> {
        let word = |v: u32| if big_endian { v.to_be_bytes() } else { v.to_le_bytes() };
        let half = |v: u16| if big_endian { v.to_be_bytes() } else { v.to_le_bytes() };
        let mut out = magic.to_vec();
        out.extend(half(2));
        out.extend(half(4));
        for field in [0, 0, 65535, 1] {
            out.extend(word(field));
        }
        for (i, packet) in packets.iter().enumerate() {
            for field in [1_000_000_000 + i as u32, 250_000, packet.len() as u32, packet.len() as u32] {
                out.extend(word(field));
            }
            out.extend((0..extra).map(|j| 0xe0 | j as u8));
            out.extend_from_slice(packet);
        }
        out
    }

    fn packets() -> Vec<Vec<u8>> {
        (0..6).map(|i| (0..60 + 37 * i).map(|b| (b * 7 + i) as u8).collect()).collect()
    }

    fn told(bytes: &[u8], live: bool) -> Option<usize> {
        let mut head = bytes[..FILE_HEADER].to_vec();
        let mut rest = &bytes[FILE_HEADER..];
        record_header_size(&mut head, &mut rest, live)
    }

    #[test]
    fn each_variant_is_told_by_its_records_and_read_as_standard() {
        let packets = packets();
        let packets: Vec<&[u8]> = packets.iter().map(Vec::as_slice).collect();
        for big_endian in [false, true] {
            let order = usize::from(big_endian);
            let standard = file(STANDARD[order], big_endian, 0, &packets);
            for (magic, extra) in [
                (STANDARD[order], 0),
                (STANDARD[order], 8),
                (STANDARD[order], 4),
                (MODIFIED[order], 8),
                (MODIFIED[order], 12),
            ] {
                for count in [1, 2, packets.len()] {
                    let variant = file(magic, big_endian, extra, &packets[..count]);
                    let size = told(&variant, false);
                    assert_eq!(size, Some(16 + extra), "{magic:x?} +{extra}, {count} records");
                    let mut read = Vec::new();
                    let size = size.unwrap_or(16);
                    assert!(Standardized::new(variant.as_slice(), size).read_to_end(&mut read).is_ok());
                    let expected = file(STANDARD[order], big_endian, 0, &packets[..count]);
                    assert_eq!(read, expected, "{magic:x?} +{extra}, {count} records");
                }
            }
            assert_eq!(told(&standard, false), Some(16));
        }
    }

    #[test]
    fn a_file_read_as_written_with_the_standard_magic_is_standard() {
        let packets = packets();
        let packets: Vec<&[u8]> = packets.iter().map(Vec::as_slice).collect();
        let red_hat = file(STANDARD[0], false, 8, &packets);
        assert_eq!(told(&red_hat, true), Some(16));
        assert_eq!(told(&file(MODIFIED[0], false, 8, &packets), true), Some(24));
    }

    #[test]
    fn records_that_no_size_reads_are_damaged_or_left_to_the_standard_reader() {
        let packets = packets();
        let packets: Vec<&[u8]> = packets.iter().map(Vec::as_slice).collect();
        // Cut inside its second record's header: no size reads it whole.
        for (magic, extra, expected) in [(MODIFIED[0], 8, None), (STANDARD[0], 0, Some(16))] {
            let mut bytes = file(magic, false, extra, &packets[..2]);
            bytes.truncate(FILE_HEADER + 16 + extra + packets[0].len() + 6);
            assert_eq!(told(&bytes, false), expected, "{magic:x?}");
        }
        // Noise after a modified magic.
        let mut noise = file(MODIFIED[0], false, 8, &[]);
        noise.extend((0..200u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
        assert_eq!(told(&noise, false), None);
    }

    #[test]
    fn a_standardized_file_cut_inside_a_packet_ends_there() {
        let packets = packets();
        let packets: Vec<&[u8]> = packets.iter().map(Vec::as_slice).collect();
        let mut variant = file(MODIFIED[0], false, 8, &packets[..2]);
        variant.truncate(variant.len() - 5);
        let mut read = Vec::new();
        assert!(Standardized::new(variant.as_slice(), 24).read_to_end(&mut read).is_ok());
        let mut expected = file(STANDARD[0], false, 0, &packets[..2]);
        expected.truncate(expected.len() - 5);
        assert_eq!(read, expected);
    }
}
