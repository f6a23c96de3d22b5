//! One input, whatever it is: a capture (by its magic number) or a text
//! log, either of them possibly gzip-compressed.

use std::io::{self, BufRead, Read};
use std::sync::{Arc, Mutex};

use crate::record::{Problem, ProblemKind, SipRecord};
use crate::{read_log_with_keys, CaptureReader, KeyLog, MAX_LOG_BYTES};

/// Whether the first bytes are those of a capture this crate reads by its
/// magic number (pcap in either byte order and resolution, pcapng, Network
/// Monitor 2.x, snoop).
pub fn is_capture(head: &[u8]) -> bool {
    head.starts_with(crate::capture::SNOOP_MAGIC)
        || matches!(
            head.get(..4),
            Some(
                [0xd4, 0xc3, 0xb2, 0xa1]
                    | [0xa1, 0xb2, 0xc3, 0xd4]
                    | [0x4d, 0x3c, 0xb2, 0xa1]
                    | [0xa1, 0xb2, 0x3c, 0x4d]
                    | [0x0a, 0x0d, 0x0d, 0x0a]
                    | [b'G', b'M', b'B', b'U']
            )
        )
}

/// Reads one input — capture or log — handing each SIP message to
/// `on_record` and each problem to `on_problem`. A log is read up to
/// [`MAX_LOG_BYTES`]; an input that is neither is reported as
/// [`ProblemKind::UnknownFormat`]. Only reading the input itself can fail.
pub fn read_input(
    input: impl BufRead + Send,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    read_input_within(input, u64::MAX, tls_keys, on_record, on_problem)
}

/// [`read_input`] for an input held whole in memory (an upload), whose
/// gzip-compressed content counts at its decompressed size: past `limit`
/// bytes of it, reading stops with an error of kind
/// [`io::ErrorKind::FileTooLarge`] (a few megabytes of gzip can hold
/// gigabytes).
pub fn read_input_within(
    mut input: impl BufRead + Send,
    limit: u64,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let head = input.fill_buf()?.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    if !head.starts_with(&[0x1f, 0x8b]) {
        return read_plain(input, tls_keys, on_record, on_problem);
    }
    // Captures and logs are often kept as .gz (rotated, or compressed to be
    // sent): read through, streaming, once.
    let ending = Arc::new(Mutex::new(Ending::Whole));
    let gunzip =
        Gunzip { inner: flate2::bufread::MultiGzDecoder::new(input), left: limit, ending: Arc::clone(&ending) };
    read_plain(io::BufReader::with_capacity(1 << 20, gunzip), tls_keys, on_record, on_problem)?;
    match ending.lock().map_or(Ending::Damaged, |e| *e) {
        Ending::Whole => Ok(()),
        Ending::Damaged => {
            on_problem(Problem { frame: 0, kind: ProblemKind::DamagedFile, detail: "(gzip)".to_owned() });
            Ok(())
        }
        Ending::TooLarge => Err(io::ErrorKind::FileTooLarge.into()),
    }
}

/// How a compressed stream ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Whole,
    /// Damaged: what came before is read.
    Damaged,
    /// Past the limit: nothing more is read.
    TooLarge,
}

/// Decompressed bytes up to the end of the stream, the first damage or
/// the limit, which end them (and are noted) instead of failing the input
/// midway: what came before is still read.
struct Gunzip<R> {
    inner: flate2::bufread::MultiGzDecoder<R>,
    /// Decompressed bytes still allowed.
    left: u64,
    ending: Arc<Mutex<Ending>>,
}

impl<R: BufRead> Read for Gunzip<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let ending = match self.inner.read(buf) {
            Ok(n) if n as u64 <= self.left => {
                self.left -= n as u64;
                return Ok(n);
            }
            Ok(_) => Ending::TooLarge,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Err(e),
            Err(_) => Ending::Damaged,
        };
        if let Ok(mut end) = self.ending.lock() {
            *end = ending;
        }
        Ok(0)
    }
}

fn read_plain(
    mut input: impl BufRead + Send,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let buffered = input.fill_buf()?;
    if is_capture(buffered) || crate::erf::looks_like(buffered) {
        CaptureReader::new(on_record, on_problem).with_tls_keys(Arc::clone(tls_keys)).read(input);
        return Ok(());
    }
    let head = buffered.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    // Compressed by a tool other than gzip: said, rather than read as text.
    let compressed = match head.as_slice() {
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Some("zstd"),
        [0xfd, b'7', b'z', b'X', ..] => Some("xz"),
        [b'B', b'Z', b'h', b'1'..=b'9'] => Some("bzip2"),
        [b'P', b'K', 3, 4] => Some("zip"),
        [b'7', b'z', 0xbc, 0xaf] => Some("sevenzip"),
        [0x04, 0x22, 0x4d, 0x18] => Some("lz4"),
        _ => None,
    };
    if let Some(format) = compressed {
        on_problem(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: format.to_owned() });
        return Ok(());
    }
    let mut bytes = Vec::new();
    input.take(MAX_LOG_BYTES as u64).read_to_end(&mut bytes)?;
    if bytes.is_empty() {
        on_problem(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: "empty".to_owned() });
        return Ok(());
    }
    let text = decode_text(&bytes);
    let (mut read, mut reported) = (0usize, 0usize);
    read_log_with_keys(
        &text,
        tls_keys,
        |record| {
            read += 1;
            on_record(record);
        },
        |problem| {
            reported += 1;
            on_problem(problem);
        },
    );
    // Text that names SIP but gave no message is a format not read (said
    // at the line naming it), not an empty log.
    if read == 0 && reported == 0 {
        let frame = text.find("SIP/2.0").map_or(0, |at| text[..at].matches('\n').count() as u64 + 1);
        on_problem(Problem { frame, kind: ProblemKind::UnknownFormat, detail: String::new() });
    }
    Ok(())
}

/// A log as text: UTF-8 (its byte order mark dropped), or UTF-16 when a
/// byte order mark says so (what Windows PowerShell's `>` and Notepad's
/// "Unicode" write). Invalid sequences become U+FFFD.
fn decode_text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        let units = rest.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
        std::borrow::Cow::Owned(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect())
    };
    match bytes {
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xef, 0xbb, 0xbf, rest @ ..] => String::from_utf8_lossy(rest),
        _ => String::from_utf8_lossy(bytes),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn read(bytes: &[u8]) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let result = read_input(bytes, &Arc::default(), &mut |r| records.push(r), &mut |p| problems.push(p));
        assert!(result.is_ok(), "{result:?}");
        (records, problems)
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
        encoder.finish().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn gzip_compressed_captures_and_logs_read_as_the_plain_ones() {
        let capture = include_bytes!("../tests/data/reject-486.pcap");
        let log = b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: gz\r\nCSeq: 1 INVITE\r\n\r\n";
        for plain in [&capture[..], &log[..]] {
            let (expected, none) = read(plain);
            assert!(!expected.is_empty() && none.is_empty(), "{none:?}");
            assert_eq!(read(&gzip(plain)), (expected, Vec::new()));
        }
    }

    #[test]
    fn logs_in_utf16_or_with_a_byte_order_mark_read_as_plain_utf8() {
        let log = "INVITE sip:b@example.com SIP/2.0\r\nCall-ID: caf\u{e9}\r\nCSeq: 1 INVITE\r\n\r\n";
        let (expected, none) = read(log.as_bytes());
        assert!(expected.len() == 1 && none.is_empty(), "{none:?}");
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(log.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(log.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let bom: Vec<u8> = [0xef, 0xbb, 0xbf].into_iter().chain(log.bytes()).collect();
        for text in [le, be, bom] {
            assert_eq!(read(&text), (expected.clone(), Vec::new()));
        }
    }

    #[test]
    fn empty_input_and_other_compressors_are_named_not_read_as_text() {
        let said = |bytes: &[u8]| read(bytes).1.into_iter().map(|p| (p.kind, p.detail)).collect::<Vec<_>>();
        assert_eq!(said(b""), [(ProblemKind::UnknownFormat, "empty".to_owned())]);
        for (head, format) in [
            (&[0x28, 0xb5, 0x2f, 0xfd, 0x04][..], "zstd"),
            (b"\xfd7zXZ\x00", "xz"),
            (b"BZh91AY&SY", "bzip2"),
            (b"PK\x03\x04\x14\x00", "zip"),
            (b"7z\xbc\xaf\x27\x1c", "sevenzip"),
            (b"\x04\x22\x4d\x18\x64", "lz4"),
        ] {
            assert_eq!(said(head), [(ProblemKind::UnknownFormat, format.to_owned())]);
        }
    }

    #[test]
    fn a_damaged_gzip_keeps_what_came_before_and_says_so() {
        let capture = include_bytes!("../tests/data/reject-486.pcap");
        let whole = gzip(capture);
        // Without its trailer (the checksum): every message is there.
        let (records, problems) = read(&whole[..whole.len() - 4]);
        assert_eq!(records.len(), read(capture).0.len());
        assert_eq!(problems, [Problem { frame: 0, kind: ProblemKind::DamagedFile, detail: "(gzip)".to_owned() }]);
        // Cut short: what was read is kept, and the damage is reported.
        let (records, problems) = read(&whole[..whole.len() / 2]);
        assert!(records.len() < read(capture).0.len());
        assert!(problems.iter().any(|p| p.kind == ProblemKind::DamagedFile && p.detail == "(gzip)"), "{problems:?}");
    }

    #[test]
    fn a_compressed_input_past_its_limit_is_refused() {
        let capture = include_bytes!("../tests/data/reject-486.pcap");
        let compressed = gzip(capture);
        let within = |limit| read_input_within(&compressed[..], limit, &Arc::default(), &mut |_| {}, &mut |_| {});
        assert!(within(capture.len() as u64).is_ok());
        assert_eq!(within(capture.len() as u64 - 1).map_err(|e| e.kind()), Err(io::ErrorKind::FileTooLarge));
    }
}
