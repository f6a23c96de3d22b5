//! One input, whatever it is: a capture (by its magic number) or a text
//! log, either of them possibly compressed (gzip, zstd, xz, bzip2, lz4).

use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::log::STREAM_HEAD;
use crate::record::{lines_if, Problem, ProblemKind, SipRecord};
use crate::{read_log_with_keys, CaptureReader, KeyLog, MAX_LOG_BYTES};

/// Whether the first bytes are those of a capture this crate reads by its
/// magic number (pcap in either byte order and resolution, and the
/// modified libpcap's, pcapng, Network Monitor 2.x, snoop).
pub fn is_capture(head: &[u8]) -> bool {
    head.starts_with(crate::capture::SNOOP_MAGIC)
        || crate::pcap_variant::is_modified(head)
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
/// `on_record` and each problem to `on_problem`. A plain log is read a
/// part at a time, whatever its size; text of another form, up to
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

/// [`read_input`] for an input read as it is written (a pipe: `tail -f
/// full |`, `tcpdump -w - |`): a plain log is read as its lines come, its
/// form told once it names SIP, instead of waiting for the megabytes that
/// telling it and reading a part take. Text of another form is read
/// whole, once it ends.
///
/// A plain log's last entry could go on (its message not ended), so it is
/// read only once the next begins — or once the input says its writer has
/// fallen silent: a read that fails with [`io::ErrorKind::TimedOut`], which
/// an input may return only while `silence_wanted` is set (this reader sets
/// it when it reads a plain log, uncompressed; a capture or compressed
/// text would take such a failure for one).
pub fn read_live_input(
    input: impl BufRead + Send,
    tls_keys: &Arc<KeyLog>,
    silence_wanted: &AtomicBool,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    read_any(input, u64::MAX, Some(silence_wanted), tls_keys, on_record, on_problem)
}

/// [`read_input`] for an input held whole in memory (an upload), whose
/// gzip-compressed content counts at its decompressed size: past `limit`
/// bytes of it, reading stops with an error of kind
/// [`io::ErrorKind::FileTooLarge`] (a few megabytes of gzip can hold
/// gigabytes).
pub fn read_input_within(
    input: impl BufRead + Send,
    limit: u64,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    read_any(input, limit, None, tls_keys, on_record, on_problem)
}

/// [`read_input_within`], the input `live` (then with its `silence_wanted`)
/// or not ([`read_live_input`]).
fn read_any(
    input: impl BufRead + Send,
    limit: u64,
    live: Option<&AtomicBool>,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let (format, decoder) = match decoder(input)? {
        Ok(compressed) => compressed,
        Err(input) => return read_plain(input, MAX_LOG_BYTES, live, tls_keys, on_record, on_problem),
    };
    let ending = Arc::new(Mutex::new(Ending::Whole));
    let decompressed = Decompressed { inner: decoder, left: limit, ending: Arc::clone(&ending) };
    // The reader's "the file ends inside a block" (or "is empty") is held
    // back: when the compressed file was cut, that is why, and it is said
    // once, as such.
    let mut cut_short = Vec::new();
    // A decoder would take the input's word of silence for a failure: never asked for.
    let never = AtomicBool::new(false);
    read_plain(
        io::BufReader::with_capacity(1 << 20, decompressed),
        MAX_LOG_BYTES,
        live.map(|_| &never),
        tls_keys,
        on_record,
        &mut |problem| match problem {
            Problem { frame: 0, kind: ProblemKind::DamagedFile, .. } => cut_short.push(problem),
            Problem { frame: 0, kind: ProblemKind::UnknownFormat, ref detail } if detail == "empty" => {
                cut_short.push(problem)
            }
            _ => on_problem(problem),
        },
    )?;
    match ending.lock().map_or(Ending::Damaged, |e| *e) {
        Ending::Whole => {
            cut_short.into_iter().for_each(&mut *on_problem);
            Ok(())
        }
        Ending::Damaged => {
            on_problem(Problem { frame: 0, kind: ProblemKind::DamagedFile, detail: format!("({format})") });
            Ok(())
        }
        Ending::TooLarge => Err(io::ErrorKind::FileTooLarge.into()),
    }
}

/// The decoder of a compressed input, told by its first bytes, and the
/// name of its format; the input itself when it is not compressed.
/// Captures and logs are often kept compressed (rotated, or compressed to
/// be sent): read through, streaming, once.
#[allow(clippy::type_complexity)]
fn decoder<'r, R: BufRead + Send + 'r>(
    mut input: R,
) -> io::Result<Result<(&'static str, Box<dyn Read + Send + 'r>), R>> {
    let buffered = input.fill_buf()?;
    let head = buffered[..buffered.len().min(6)].to_vec();
    Ok(Ok(match compression(&head) {
        Some(name) => (name, decoder_of(name, input)?),
        None => return Ok(Err(input)),
    }))
}

/// The compression a file's first bytes (six are enough) say it has:
/// `gzip`, `zstd`, `xz`, `bzip2` or `lz4`.
pub(crate) fn compression(head: &[u8]) -> Option<&'static str> {
    Some(match head {
        [0x1f, 0x8b, ..] => "gzip",
        [0x28, 0xb5, 0x2f, 0xfd, ..] => "zstd",
        [0xfd, b'7', b'z', b'X', b'Z', 0, ..] => "xz",
        [b'B', b'Z', b'h', b'1'..=b'9', ..] => "bzip2",
        [0x04, 0x22, 0x4d, 0x18, ..] => "lz4",
        _ => return None,
    })
}

/// The decoder of compression `name` (see [`compression`]) over `input`.
fn decoder_of<'r, R: BufRead + Send + 'r>(name: &str, input: R) -> io::Result<Box<dyn Read + Send + 'r>> {
    Ok(match name {
        "gzip" => Box::new(flate2::bufread::MultiGzDecoder::new(input)),
        "zstd" => Box::new(ZstdFrames { source: Some(input), frame: None }),
        "xz" => {
            // Within the memory a dictionary may take (xz -9 uses 64 MiB).
            let stream = xz2::stream::Stream::new_stream_decoder(MAX_DECODER_MEMORY, xz2::stream::CONCATENATED)
                .map_err(io::Error::other)?;
            Box::new(xz2::bufread::XzDecoder::new_stream(input, stream))
        }
        "bzip2" => Box::new(bzip2::bufread::MultiBzDecoder::new(input)),
        _ => Box::new(lz4_flex::frame::FrameDecoder::new(input)),
    })
}

/// An input's bytes, decompressed as they are read if it is compressed
/// (gzip, zstd, xz, bzip2, lz4): for a capture read by a [`CaptureReader`]
/// of one's own. Damage ends the bytes early, as the end of a file cut
/// short does, which the capture's reader says.
pub fn decompressed<'r>(input: impl BufRead + Send + 'r) -> io::Result<Box<dyn BufRead + Send + 'r>> {
    Ok(match decoder(input)? {
        Ok((_, inner)) => {
            let ending = Arc::new(Mutex::new(Ending::Whole));
            Box::new(io::BufReader::with_capacity(1 << 20, Decompressed { inner, left: u64::MAX, ending }))
        }
        Err(input) => Box::new(input),
    })
}

/// Most memory a decompressor may take for its window or dictionary.
const MAX_DECODER_MEMORY: u64 = 256 * 1024 * 1024;

/// zstd frames one after the other (as `zstd` writes a large file, or
/// files concatenated), each decoded in turn: ruzstd decodes one frame.
/// Its decoder refuses a window over 100 MiB.
struct ZstdFrames<R: BufRead> {
    source: Option<R>,
    frame: Option<ruzstd::decoding::StreamingDecoder<R, ruzstd::decoding::FrameDecoder>>,
}

impl<R: BufRead> Read for ZstdFrames<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(frame) = self.frame.as_mut() {
                let n = frame.read(buf)?;
                if n > 0 || buf.is_empty() {
                    return Ok(n);
                }
                self.source = self.frame.take().map(|f| f.into_inner());
            }
            let Some(mut source) = self.source.take() else { return Ok(0) };
            if source.fill_buf()?.is_empty() {
                return Ok(0); // no frame after the last
            }
            self.frame = Some(ruzstd::decoding::StreamingDecoder::new(source).map_err(io::Error::other)?);
        }
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
struct Decompressed<'r> {
    inner: Box<dyn Read + Send + 'r>,
    /// Decompressed bytes still allowed.
    left: u64,
    ending: Arc<Mutex<Ending>>,
}

impl Read for Decompressed<'_> {
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

/// Reads a capture, or text: a plain log a part at a time, other text
/// whole, up to `text_limit` bytes (past which the rest is reported).
fn read_plain<'r>(
    mut input: impl BufRead + Send + 'r,
    text_limit: usize,
    live: Option<&AtomicBool>,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let buffered = input.fill_buf()?;
    if is_capture(buffered) || crate::erf::looks_like(buffered) {
        CaptureReader::new(on_record, on_problem).with_tls_keys(Arc::clone(tls_keys)).live(live.is_some()).read(input);
        return Ok(());
    }
    let mut input = match Utf16Text::of(input)? {
        Ok(utf16) => {
            let utf8: Box<dyn BufRead + Send + 'r> = Box::new(io::BufReader::with_capacity(1 << 20, utf16));
            return read_plain(utf8, text_limit, live, tls_keys, on_record, on_problem);
        }
        Err(input) => input,
    };
    let buffered = input.fill_buf()?;
    let head = buffered.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    // Archived: said, rather than read as text (an archive given as a file
    // is read as its files by the caller: see [`crate::archive_members`]).
    let compressed = match head.as_slice() {
        [b'P', b'K', 3, 4] => Some("zip"),
        [b'7', b'z', 0xbc, 0xaf] => Some("sevenzip"),
        [b'R', b'a', b'r', b'!'] => Some("rar"),
        _ if crate::archive::is_tar_header(buffered) => Some("tar"),
        _ => None,
    };
    if let Some(format) = compressed {
        on_problem(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: format.to_owned() });
        return Ok(());
    }
    let mut bytes = Vec::new();
    if let Some(silence_wanted) = live {
        // Read as it is written: its form is told once it names SIP (a
        // whole line), as every form says what it is in the lines before
        // its first message — when the megabyte the test below wants may
        // take hours to come.
        read_while_live(&mut input, &mut bytes, |b| {
            memchr::memmem::find(b, b"SIP/2.0").is_some_and(|at| memchr::memchr(b'\n', &b[at..]).is_some())
        })?;
        if crate::tport_dump::sniff(&String::from_utf8_lossy(&bytes)) {
            let input = io::Cursor::new(bytes).chain(input);
            return lines_if(true, on_record, on_problem, |r, p| crate::tport_dump::read_dump(input, r, p));
        }
        if !bytes.is_empty() {
            let head = decode_text(&bytes);
            if let Some(export) = crate::tshark_json::sniff(&head) {
                return read_export(io::Cursor::new(bytes).chain(input), export, on_record, on_problem);
            }
            let (form, plain) = match crate::log::part_form(&head) {
                Some(form) => (Some(form), false),
                None => (None, !crate::log::other_form(&head)),
            };
            if let Some(form) = form {
                silence_wanted.store(true, Ordering::Relaxed);
                return read_in_parts(input, bytes, true, form, tls_keys, on_record, on_problem);
            }
            if plain {
                silence_wanted.store(true, Ordering::Relaxed);
                return read_plain_log(input, bytes, true, on_record, on_problem);
            }
        }
    }
    (&mut input).take(STREAM_HEAD.min(text_limit).saturating_sub(bytes.len()) as u64).read_to_end(&mut bytes)?;
    if bytes.is_empty() {
        on_problem(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: "empty".to_owned() });
        return Ok(());
    }
    // sofia-sip's dump is read a frame at a time, however long.
    if crate::tport_dump::sniff(&String::from_utf8_lossy(&bytes)) {
        let input = io::Cursor::new(bytes).chain(input);
        return lines_if(true, on_record, on_problem, |r, p| crate::tport_dump::read_dump(input, r, p));
    }
    // A plain log or a packet dump printed as text, in UTF-8, is read a
    // part at a time, however long. Told from whole lines, unless they are
    // so long that the head holds less than the first bytes a form is told by.
    let cut = match bytes.len() {
        STREAM_HEAD => memchr::memrchr(b'\n', &bytes)
            .filter(|&at| at >= crate::tshark_json::HEAD_BYTES)
            .map_or(bytes.len(), |at| at + 1),
        _ => bytes.len(),
    };
    let head = decode_text(&bytes[..cut]);
    if let Some(export) = crate::tshark_json::sniff(&head) {
        return read_export(io::Cursor::new(bytes).chain(input), export, on_record, on_problem);
    }
    if let Some(form) = crate::log::part_form(&head) {
        return read_in_parts(input, bytes, false, form, tls_keys, on_record, on_problem);
    }
    if bytes.len() == STREAM_HEAD && crate::log::is_plain(&head) {
        return read_plain_log(input, bytes, false, on_record, on_problem);
    }
    read_rest(&mut input, &mut bytes, text_limit)?;
    if bytes.len() >= text_limit && !input.fill_buf()?.is_empty() {
        let detail = format!("{} MiB", text_limit as f64 / f64::from(1 << 20));
        on_problem(Problem { frame: 0, kind: ProblemKind::LimitReached, detail });
    }
    let text = decode_text(&bytes);
    said_if_unread(on_record, on_problem, |on_record, on_problem| {
        read_log_with_keys(&text, tls_keys, on_record, on_problem);
        Ok(names_sip(&text, 0))
    })
}

/// Reads tshark's JSON or EK export a packet at a time as it comes,
/// whatever its size.
fn read_export(
    input: impl BufRead,
    export: crate::tshark_json::Export,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    said_if_unread(on_record, on_problem, |on_record, on_problem| {
        crate::tshark_json::read_export(input, export, on_record, on_problem).map(|()| None)
    })
}

/// Reads the rest of `input` after `bytes`, up to `limit` bytes in all,
/// in parts put together once at the end: a buffer grown by doubling would
/// be copied at each step, and the allocator keeps the blocks it left
/// (text of 512 MiB took 1.3 GB that way).
fn read_rest(input: &mut impl BufRead, bytes: &mut Vec<u8>, limit: usize) -> io::Result<()> {
    const CHUNK: usize = 8 << 20;
    let mut parts = Vec::new();
    let mut total = bytes.len();
    while total < limit {
        let mut part = Vec::with_capacity(CHUNK.min(limit - total));
        let wanted = part.capacity() as u64;
        let got = input.take(wanted).read_to_end(&mut part)?;
        total += got;
        parts.push(part);
        if (got as u64) < wanted {
            break;
        }
    }
    bytes.reserve_exact(total - bytes.len());
    for part in parts {
        bytes.extend_from_slice(&part);
    }
    Ok(())
}

/// Hands on what `read` reads; text that names SIP (first at the line
/// `read` returns) but gave no message nor problem is a format not read,
/// said at that line, not an empty log.
fn said_if_unread(
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
    read: impl FnOnce(&mut dyn FnMut(SipRecord), &mut dyn FnMut(Problem)) -> io::Result<Option<u64>>,
) -> io::Result<()> {
    let (mut records, mut problems) = (0usize, 0usize);
    let naming = read(
        &mut |record| {
            records += 1;
            on_record(record);
        },
        &mut |problem| {
            problems += 1;
            on_problem(problem);
        },
    )?;
    if records == 0 && problems == 0 {
        let frame = naming.map_or(0, crate::frame_of_line);
        on_problem(Problem { frame, kind: ProblemKind::UnknownFormat, detail: String::new() });
    }
    Ok(())
}

/// The line where `text` first names SIP, after `lines_before` lines.
fn names_sip(text: &str, lines_before: u64) -> Option<u64> {
    text.find("SIP/2.0").map(|at| lines_before + text[..at].matches('\n').count() as u64 + 1)
}

/// How much of a text log is read at a time.
const PART: usize = 4 * 1024 * 1024;

/// Reads a plain log (see [`crate::log::is_plain`]) a part at a time, from
/// its first bytes `head` on: memory holds a part, whatever the log's size.
fn read_plain_log(
    mut input: impl BufRead,
    head: Vec<u8>,
    live: bool,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    lines_if(true, on_record, on_problem, |on_record, on_problem| {
        said_if_unread(on_record, on_problem, |on_record, on_problem| {
            let mut log = crate::log::PlainLog::default();
            // The line where the text first names SIP, and the lines before the part read.
            let (mut naming, mut lines) = (None, 0u64);
            let mut bytes = head;
            let mut first = true;
            loop {
                let got = if live {
                    // Lines as they come; but at least as many bytes as the
                    // log keeps to read again (a message not yet ended), so
                    // that reading stays linear however the lines trickle in.
                    let kept = log.kept_len();
                    read_while_live(&mut input, &mut bytes, |b| b.len() >= kept && memchr::memchr(b'\n', b).is_some())?
                } else {
                    read_part(&mut input, &mut bytes)?
                };
                let cut = part_end(&bytes, &got, 0);
                // The input ended, and the part holds all that is left of it.
                let last = matches!(got, Live::Ended) && cut == bytes.len();
                let part = if first { decode_text(&bytes[..cut]) } else { lossy(&bytes[..cut]) };
                if naming.is_none() {
                    naming = names_sip(&part, lines);
                    lines += memchr::memchr_iter(b'\n', part.as_bytes()).count() as u64;
                }
                match got {
                    // The writer is silent: what the log holds back is read.
                    Live::Silent => log.feed_before_silence(&part, on_record, on_problem),
                    _ => log.feed(&part, last, on_record, on_problem),
                }
                if last {
                    return Ok(naming);
                }
                bytes.drain(..cut);
                first &= cut == 0;
            }
        })
    })
}

/// Reads a text of a form read a part at a time (a packet dump printed as
/// text or in hex, a sipdump file: [`crate::log::PartForm`]), from its
/// first bytes `head` on: memory holds a part and what its last packet or
/// record left unfinished, whatever the text's size. Live, each packet or
/// record is read once the next one's first line comes, or once the writer
/// falls silent (ngrep, tcpdump and Kamailio write one at once).
fn read_in_parts(
    mut input: impl BufRead,
    head: Vec<u8>,
    live: bool,
    form: crate::log::PartForm,
    tls_keys: &Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    lines_if(form.numbers_lines(), on_record, on_problem, |on_record, on_problem| {
        said_if_unread(on_record, on_problem, |on_record, on_problem| {
            let mut dump = crate::log::PartReader::new(form, tls_keys, on_record, on_problem);
            // The line where the text first names SIP, and the lines read before the part.
            let (mut naming, mut lines) = (None, 0u64);
            let mut bytes = head;
            // What the part before held back, read again with the next.
            let mut held = 0;
            let mut first = true;
            loop {
                let got = if live {
                    // A line after those held back; but at least as many bytes
                    // again as are held, so that reading stays linear however
                    // the lines trickle in.
                    let enough = |b: &[u8]| b.len() >= 2 * held && memchr::memchr(b'\n', &b[held..]).is_some();
                    read_while_live(&mut input, &mut bytes, enough)?
                } else {
                    read_part(&mut input, &mut bytes)?
                };
                let cut = part_end(&bytes, &got, held);
                let last = matches!(got, Live::Ended) && cut == bytes.len();
                let part = if first { decode_text(&bytes[..cut]) } else { lossy(&bytes[..cut]) };
                if naming.is_none() {
                    naming = names_sip(&part, lines);
                }
                let after = match got {
                    _ if last => crate::log::After::End,
                    Live::Silent => crate::log::After::Silence,
                    Live::Enough | Live::Ended => crate::log::After::More,
                };
                let read = dump.feed(&part, after);
                if last {
                    dump.finish();
                    return Ok(naming);
                }
                // Past the lines read: after the `read`-th line end.
                let used = match read.checked_sub(1) {
                    Some(nth) => memchr::memchr_iter(b'\n', &bytes[..cut]).nth(nth).map_or(cut, |at| at + 1),
                    None => 0,
                };
                lines += read as u64;
                bytes.drain(..used);
                held = cut - used;
                first &= used == 0;
            }
        })
    })
}

/// Reads a file on into `bytes` until they hold a part ([`PART`] bytes)
/// or the file ends.
fn read_part(input: &mut impl Read, bytes: &mut Vec<u8>) -> io::Result<Live> {
    let wanted = PART.saturating_sub(bytes.len());
    let got = input.take(wanted as u64).read_to_end(bytes)?;
    Ok(if got < wanted { Live::Ended } else { Live::Enough })
}

/// Where the part `bytes` hold ends: after its last line end (a line end
/// never falls inside a character of UTF-8), unless the text ended, or no
/// line ends after the `held` bytes read before (a line longer than a part
/// is read as lines of a part); and after at most [`PART_LINES`] lines past
/// those held. A line the writer is silent in the middle of waits for its end.
fn part_end(bytes: &[u8], got: &Live, held: usize) -> usize {
    let whole_lines = memchr::memrchr(b'\n', bytes).map(|at| at + 1);
    let many_lines =
        || memchr::memchr_iter(b'\n', &bytes[held.min(bytes.len())..]).nth(PART_LINES).map(|at| held + at + 1);
    match got {
        Live::Ended => many_lines().unwrap_or(bytes.len()),
        Live::Enough => many_lines().or(whole_lines.filter(|&at| at > held)).unwrap_or(bytes.len()),
        Live::Silent => whole_lines.unwrap_or(0),
    }
}

/// The most lines a part holds past those held back from the part before:
/// the readers list a part's lines (16 bytes each), and a part of empty
/// lines would otherwise list four million.
const PART_LINES: usize = 256 * 1024;

/// How reading a live input stopped.
enum Live {
    /// Enough was read.
    Enough,
    /// The input ended.
    Ended,
    /// The input says its writer has fallen silent.
    Silent,
}

/// Reads what a live input has written until `enough(bytes)`, or [`PART`]
/// bytes are held, or the input ends or says its writer is silent (see
/// [`read_live_input`]): a read returns what the writer wrote, without
/// waiting for more.
fn read_while_live(input: &mut impl BufRead, bytes: &mut Vec<u8>, enough: impl Fn(&[u8]) -> bool) -> io::Result<Live> {
    while !enough(bytes) && bytes.len() < PART {
        let chunk = match input.fill_buf() {
            Err(e) if e.kind() == io::ErrorKind::TimedOut => return Ok(Live::Silent),
            chunk => chunk?,
        };
        if chunk.is_empty() {
            return Ok(Live::Ended);
        }
        let n = chunk.len().min(PART - bytes.len());
        bytes.extend_from_slice(&chunk[..n]);
        input.consume(n);
    }
    Ok(Live::Enough)
}

/// Text in UTF-16, whose byte order mark says so (what Windows
/// PowerShell's `>` and Notepad's "Unicode" write), read as UTF-8 as it is
/// read, so that every text reader reads it as it reads UTF-8, a part at a
/// time. Invalid sequences (a lone surrogate, an odd last byte) become U+FFFD.
struct Utf16Text<R> {
    inner: R,
    unit: fn([u8; 2]) -> u16,
    /// The first byte of a unit whose second has not been read.
    odd: Option<u8>,
    /// A high surrogate whose low one has not been read.
    high: Option<u16>,
    /// Decoded, not yet returned: `utf8[at..]`.
    utf8: Vec<u8>,
    at: usize,
}

impl<R: BufRead> Utf16Text<R> {
    /// The text behind `input`, if it begins with UTF-16's byte order mark
    /// (then dropped); `input` as it was otherwise.
    fn of(mut input: R) -> io::Result<Result<Utf16Text<R>, R>> {
        let unit: fn([u8; 2]) -> u16 = match input.fill_buf()? {
            [0xff, 0xfe, ..] => u16::from_le_bytes,
            [0xfe, 0xff, ..] => u16::from_be_bytes,
            _ => return Ok(Err(input)),
        };
        input.consume(2);
        Ok(Ok(Utf16Text { inner: input, unit, odd: None, high: None, utf8: Vec::new(), at: 0 }))
    }

    /// Decodes what the input holds now into `utf8`; `false` at its end.
    fn decode_more(&mut self) -> io::Result<bool> {
        // Of the input at a time: each unit gives at most three bytes of
        // UTF-8 (a surrogate pair four for two), so at most 96 KiB are held.
        const CHUNK: usize = 64 * 1024;
        let chunk = self.inner.fill_buf()?;
        let (unit, mut odd, mut high) = (self.unit, self.odd, self.high);
        self.utf8.clear();
        self.at = 0;
        if chunk.is_empty() {
            // What was left unfinished at the end.
            let unfinished = usize::from(odd.is_some()) + usize::from(high.is_some());
            self.utf8.extend_from_slice("\u{fffd}".repeat(unfinished).as_bytes());
            (self.odd, self.high) = (None, None);
            return Ok(!self.utf8.is_empty());
        }
        let taken = chunk.len().min(CHUNK);
        let mut push = |c: char| self.utf8.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        for &byte in &chunk[..taken] {
            let Some(first) = odd.take() else {
                odd = Some(byte);
                continue;
            };
            let u = unit([first, byte]);
            match (high.take(), u) {
                (Some(h), 0xdc00..=0xdfff) => {
                    let c = 0x10000 + ((u32::from(h) - 0xd800) << 10) + (u32::from(u) - 0xdc00);
                    push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                    continue;
                }
                (Some(_), _) => push(char::REPLACEMENT_CHARACTER),
                (None, _) => {}
            }
            match u {
                0xd800..=0xdbff => high = Some(u),
                _ => push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER)),
            }
        }
        self.inner.consume(taken);
        (self.odd, self.high) = (odd, high);
        Ok(true)
    }
}

impl<R: BufRead> Read for Utf16Text<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        // A read that fails (a live input's word of silence) leaves the
        // state as it was: nothing was taken from the input.
        while self.at == self.utf8.len() {
            if !self.decode_more()? {
                return Ok(0);
            }
        }
        let n = out.len().min(self.utf8.len() - self.at);
        out[..n].copy_from_slice(&self.utf8[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A log as text, UTF-8 with its byte order mark dropped. Invalid
/// sequences become U+FFFD.
fn decode_text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    lossy(bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes))
}

/// UTF-8 as text, invalid sequences as U+FFFD: checked 32 bytes at a time
/// (simdutf8) first, since a log nearly always is valid, and std's slower
/// check runs only when it is not.
fn lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::test_support::gzip;

    fn read(bytes: &[u8]) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let result = read_input(bytes, &Arc::default(), &mut |r| records.push(r), &mut |p| problems.push(p));
        assert!(result.is_ok(), "{result:?}");
        (records, problems)
    }

    /// `bytes` compressed by each compressor read: its name and the result.
    fn compressed(bytes: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
        let written = |mut encoder: Box<dyn Write>| encoder.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
        let mut lz4 = lz4_flex::frame::FrameEncoder::new(Vec::new());
        written(Box::new(&mut lz4));
        let mut xz = xz2::write::XzEncoder::new(Vec::new(), 6);
        written(Box::new(&mut xz));
        let mut bzip2 = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
        written(Box::new(&mut bzip2));
        // Two zstd frames, as files compressed apart and joined.
        let (first, second) = bytes.split_at(bytes.len() / 2);
        let zstd = |part: &[u8]| ruzstd::encoding::compress_to_vec(part, ruzstd::encoding::CompressionLevel::Fastest);
        vec![
            ("gzip", gzip(bytes)),
            ("zstd", [zstd(first), zstd(second)].concat()),
            ("xz", xz.finish().unwrap_or_else(|e| panic!("{e}"))),
            ("bzip2", bzip2.finish().unwrap_or_else(|e| panic!("{e}"))),
            ("lz4", lz4.finish().unwrap_or_else(|e| panic!("{e}"))),
        ]
    }

    #[test]
    fn compressed_captures_and_logs_read_as_the_plain_ones() {
        let capture = include_bytes!("../tests/data/reject-486.pcap");
        let log = b"INVITE sip:b@example.com SIP/2.0\r\nCall-ID: gz\r\nCSeq: 1 INVITE\r\n\r\n";
        for plain in [&capture[..], &log[..]] {
            let (expected, none) = read(plain);
            assert!(!expected.is_empty() && none.is_empty(), "{none:?}");
            for (format, bytes) in compressed(plain) {
                assert_eq!(read(&bytes), (expected.clone(), Vec::new()), "{format}");
            }
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
            // Piped in, a few bytes at a time: the same.
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            let trickle = io::BufReader::with_capacity(7, text.as_slice());
            let result =
                read_live_input(trickle, &Arc::default(), &AtomicBool::default(), &mut |r| records.push(r), &mut |p| {
                    problems.push(p)
                });
            assert!(result.is_ok());
            assert_eq!((records, problems), (expected.clone(), Vec::new()));
        }
    }

    #[test]
    fn empty_input_and_archives_are_named_not_read_as_text() {
        let said = |bytes: &[u8]| read(bytes).1.into_iter().map(|p| (p.kind, p.detail)).collect::<Vec<_>>();
        assert_eq!(said(b""), [(ProblemKind::UnknownFormat, "empty".to_owned())]);
        for (head, format) in
            [(&b"PK\x03\x04\x14\x00"[..], "zip"), (b"7z\xbc\xaf\x27\x1c", "sevenzip"), (b"Rar!\x1a\x07\x01\x00", "rar")]
        {
            assert_eq!(said(head), [(ProblemKind::UnknownFormat, format.to_owned())]);
        }
        // A tar on standard input (it is read as its files when given as
        // a file), compressed or not: its first header's magic.
        let mut tar = [0u8; 1024];
        tar[..10].copy_from_slice(b"trace.pcap");
        tar[257..265].copy_from_slice(b"ustar\x0000");
        for bytes in [tar.to_vec(), gzip(&tar)] {
            assert_eq!(said(&bytes), [(ProblemKind::UnknownFormat, "tar".to_owned())]);
        }
        // A compressor's magic number and nothing after it: damaged (and
        // so empty inside, which is not said again).
        for (head, format) in [
            (&[0x28, 0xb5, 0x2f, 0xfd, 0x04][..], "zstd"),
            (b"\xfd7zXZ\x00", "xz"),
            (b"BZh91AY&SY", "bzip2"),
            (b"\x04\x22\x4d\x18\x64", "lz4"),
        ] {
            assert_eq!(said(head), [(ProblemKind::DamagedFile, format!("({format})"))], "{format}");
        }
        // Whole, but with nothing inside: empty.
        assert_eq!(said(&gzip(b"")), [(ProblemKind::UnknownFormat, "empty".to_owned())]);
    }

    /// Text written a line at a time, as a pipe gives a log being written:
    /// each read returns one line, and counts the lines given so far. Once
    /// the reader wants to hear of silence, the writer falls silent (a read
    /// fails with `TimedOut`, once) after each line of `silent_after`.
    struct Trickle {
        lines: Vec<Vec<u8>>,
        given: Arc<std::sync::atomic::AtomicUsize>,
        silent_after: Vec<usize>,
        silence_wanted: Arc<AtomicBool>,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let given = self.given.load(Ordering::Relaxed);
            if self.silence_wanted.load(Ordering::Relaxed) && self.silent_after.first() == Some(&given) {
                self.silent_after.remove(0);
                return Err(io::ErrorKind::TimedOut.into());
            }
            let Some(line) = self.lines.get_mut(given) else { return Ok(0) };
            let n = buf.len().min(line.len());
            buf[..n].copy_from_slice(&line[..n]);
            line.drain(..n);
            if line.is_empty() {
                self.given.fetch_add(1, Ordering::Relaxed);
            }
            Ok(n)
        }
    }

    /// An Asterisk log's entry of an OPTIONS, at `second`, its start line `first`.
    fn entry(second: u32, first: &str) -> String {
        format!(
            "[2024-05-01 12:00:{second:02}.000] VERBOSE[7] res_pjsip_logger.c: <--- Received SIP message \
             (200 bytes) from UDP:10.0.0.1:5060 --->\n{first}\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK{second}\n\
             Call-ID: live@x\nCSeq: {second} OPTIONS\nContent-Length: 0\n\n"
        )
    }

    #[test]
    fn a_log_read_live_hands_each_message_on_before_the_log_ends() {
        let entry = |second: u32, first: &str| {
            format!(
                "[2024-05-01 12:00:{second:02}.000] VERBOSE[7] res_pjsip_logger.c: <--- Received SIP message \
                 (200 bytes) from UDP:10.0.0.1:5060 --->\n{first}\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK{second}\n\
                 Call-ID: live@x\nCSeq: {second} OPTIONS\nContent-Length: 0\n\n"
            )
        };
        let text: String = (1..=5).map(|s| entry(s, "OPTIONS sip:b@10.0.0.2 SIP/2.0")).collect();
        let lines: Vec<Vec<u8>> = text.split_inclusive('\n').map(|l| l.as_bytes().to_vec()).collect();
        let total = lines.len();
        // How many lines had been given when each message was handed on.
        let given_at = |live: bool| {
            let given = Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let input = io::BufReader::new(Trickle {
                lines: lines.clone(),
                given: Arc::clone(&given),
                silent_after: Vec::new(),
                silence_wanted: Arc::default(),
            });
            let mut at = Vec::new();
            let mut on_record = |_| at.push(given.load(Ordering::Relaxed));
            let result = if live {
                read_live_input(input, &Arc::default(), &AtomicBool::default(), &mut on_record, &mut |p| {
                    panic!("{p:?}")
                })
            } else {
                read_input(input, &Arc::default(), &mut on_record, &mut |p| panic!("{p:?}"))
            };
            assert!(result.is_ok());
            at
        };
        let live = given_at(true);
        assert_eq!(live.len(), 5);
        // Each message once the next entry began (a message's end is the
        // next entry's start), the last at the end.
        assert!(live[0] < total / 2, "{live:?} of {total}");
        assert!(live.windows(2).all(|w| w[0] < w[1]), "{live:?}");
        // Not live, a small log is read whole first: the same messages.
        assert_eq!(given_at(false), vec![total; 5]);
    }

    #[test]
    fn a_live_log_whose_writer_falls_silent_hands_on_its_last_entry_at_once() {
        // Three entries, the writer silent after each (`tail -f` of a quiet
        // log).
        let text = [
            entry(1, "OPTIONS sip:b@10.0.0.2 SIP/2.0"),
            entry(2, "OPTIONS sip:b@10.0.0.3 SIP/2.0"),
            entry(3, "OPTIONS sip:c SIP/2.0"),
        ]
        .concat();
        let lines: Vec<Vec<u8>> = text.split_inclusive('\n').map(|l| l.as_bytes().to_vec()).collect();
        let ends: Vec<usize> = (1..=lines.len()).filter(|&n| lines[n - 1] == b"\n").collect();
        assert_eq!(ends.len(), 3);
        let given = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let silence_wanted = Arc::new(AtomicBool::new(false));
        let input = io::BufReader::new(Trickle {
            lines,
            given: Arc::clone(&given),
            silent_after: ends.clone(),
            silence_wanted: Arc::clone(&silence_wanted),
        });
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let at = std::cell::RefCell::new(Vec::new());
        let result = read_live_input(
            input,
            &Arc::default(),
            &silence_wanted,
            &mut |r| {
                at.borrow_mut().push(given.load(Ordering::Relaxed));
                records.push(r);
            },
            &mut |p| {
                at.borrow_mut().push(given.load(Ordering::Relaxed));
                problems.push(p);
            },
        );
        assert!(result.is_ok());
        assert!(silence_wanted.load(Ordering::Relaxed), "a plain log asks to hear of silence");
        // Each entry is read when the writer falls silent after it, not
        // when the next begins or the log ends.
        assert_eq!(at.into_inner(), ends);
        // The same messages, numbered by the same lines, as the log read whole.
        assert!(records.windows(2).all(|w| w[0].frame < w[1].frame));
        assert_eq!((records, problems), read(text.as_bytes()));
    }

    #[test]
    fn a_damaged_gzip_keeps_what_came_before_and_says_so() {
        let capture = include_bytes!("../tests/data/reject-486.pcap");
        let whole = gzip(capture);
        // Without its trailer (the checksum): every message is there.
        let (records, problems) = read(&whole[..whole.len() - 4]);
        assert_eq!(records.len(), read(capture).0.len());
        assert_eq!(problems, [Problem { frame: 0, kind: ProblemKind::DamagedFile, detail: "(gzip)".to_owned() }]);
        // Cut short, whatever compressed it: what was read is kept, and the
        // damage is reported once, as the compressed file's (the capture
        // inside ends in a block because of it).
        for (format, bytes) in compressed(capture) {
            let (records, problems) = read(&bytes[..bytes.len() / 2]);
            assert!(records.len() < read(capture).0.len(), "{format}");
            let damaged = Problem { frame: 0, kind: ProblemKind::DamagedFile, detail: format!("({format})") };
            assert_eq!(problems, [damaged], "{format}");
        }
        // A whole compressed file whose capture ends inside a block: that is said.
        let (_, problems) = read(&gzip(&capture[..capture.len() - 10]));
        assert_eq!(
            problems.iter().map(|p| (p.kind, p.detail.as_str())).collect::<Vec<_>>(),
            [(ProblemKind::DamagedFile, "")]
        );
    }

    #[test]
    fn a_bzip2_stream_that_overflowed_a_decoder_is_reported_damaged() {
        // Found by fuzzing (fuzz/fuzz_targets/input_reader.rs): the Rust port
        // of bzip2 subtracted past zero on it; the C library says it is damaged.
        let fuzzed: &[u8] = &[
            0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x1f, 0x39, 0x76, 0x2e, 0x00, 0x02, 0xef, 0xff,
            0xde, 0xf7, 0xff, 0x2a, 0x08, 0x40, 0x03, 0xff, 0xff, 0x7f, 0xef, 0x5f, 0x0c, 0x3f, 0xff, 0xff, 0xf0, 0x88,
            0x00, 0x30, 0x00, 0x30, 0x00, 0x08, 0x01, 0x84, 0x11, 0x78, 0x00, 0xc0, 0x02, 0x98, 0x70, 0x00, 0x30, 0x8a,
            0x8f, 0x53, 0x20, 0x68, 0x0f, 0x50, 0x00, 0x7a, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x46, 0x8d,
            0x32, 0x1c, 0x1a, 0x34, 0x68, 0x1a, 0x0d, 0x01, 0x93, 0xd6, 0x1f, 0x8b, 0x08, 0x08, 0x36, 0x7e, 0x08, 0x6b,
            0x00, 0x03, 0x72, 0x2e, 0x70, 0x63, 0x61, 0x70, 0x00, 0xdd, 0x94, 0xcf, 0x6f, 0xd3, 0x30, 0x14, 0xc7, 0x9d,
            0xa8, 0x10, 0x30, 0x16, 0x48, 0x19,
        ];
        let kinds: Vec<_> = read(fuzzed).1.into_iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProblemKind::DamagedFile]);
    }

    #[test]
    fn text_read_whole_is_held_in_one_buffer_of_its_size() {
        // Bytes that differ from one part to the next, around the part size.
        let text: Vec<u8> = (0..(8 << 20) * 2 + 12_345).map(|i: usize| (i % 251) as u8).collect();
        for (head, limit) in [(0, usize::MAX), (1000, usize::MAX), (1000, 8 << 20), (0, (8 << 20) + 1), (5, 5)] {
            let mut bytes = text[..head].to_vec();
            let mut input = &text[head..];
            assert!(read_rest(&mut input, &mut bytes, limit).is_ok());
            let expected = &text[..text.len().min(limit.max(head))];
            assert!(bytes == expected, "head {head}, limit {limit}: {} bytes read", bytes.len());
            // Not grown by doubling: no room left over beyond what was read.
            assert!(bytes.capacity() - bytes.len() <= head, "head {head}, limit {limit}: {}", bytes.capacity());
        }
    }

    /// `read_plain` of `text` within `limit`: how many records, and the
    /// details of the limits said reached.
    fn read_within(text: &[u8], limit: usize) -> (usize, Vec<String>) {
        let (mut records, mut problems) = (0, Vec::new());
        let result = read_plain(text, limit, None, &Arc::default(), &mut |_| records += 1, &mut |p| problems.push(p));
        assert!(result.is_ok());
        (records, problems.into_iter().filter(|p| p.kind == ProblemKind::LimitReached).map(|p| p.detail).collect())
    }

    #[test]
    fn text_read_whole_past_its_limit_is_read_up_to_it_and_the_rest_reported() {
        // A short plain log (read whole: its form is told from a whole
        // megabyte), the limit inside its last message.
        let message = |n| format!("INVITE sip:b@example.com SIP/2.0\r\nCall-ID: {n}\r\nCSeq: 1 INVITE\r\n\r\n");
        let log: String = (0..3).map(message).collect();
        assert_eq!(read_within(log.as_bytes(), log.len()), (3, Vec::new()), "all of it read");
        let limit = 2 * message(0).len() + 3;
        assert_eq!(read_within(log.as_bytes(), limit), (2, vec![format!("{} MiB", limit as f64 / 1048576.0)]));
    }

    #[test]
    fn text_in_utf16_is_read_a_part_at_a_time_as_utf8_is() {
        // A followed stream in UTF-16 (Windows PowerShell's `>`): read in
        // parts, whatever the limit on text read whole.
        let dump =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dumps/reject-486.follow-udp.txt"))
                .unwrap_or_default();
        let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(dump.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let (records, limits) = read_within(dump.as_bytes(), dump.len());
        assert!(records > 0 && limits.is_empty(), "{limits:?}");
        for limit in [utf16.len(), utf16.len() / 3, 100] {
            assert_eq!(read_within(&utf16, limit), (records, Vec::new()), "limit {limit}");
        }
    }

    #[test]
    fn wiresharks_details_showing_sip_only_past_their_first_megabyte_are_read_a_part_at_a_time() {
        // A call's media before its SIP (a capture begun mid-call): two
        // megabytes of RTP frames' details, then the SIP frames.
        let sip =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dumps/reject-486.tshark-V.txt"))
                .unwrap_or_default();
        let rtp = |n: usize| {
            format!(
                "Frame {n}: 214 bytes on wire (1712 bits), 214 bytes captured (1712 bits)\n    Arrival Time: Nov 25, 2026 \
                 21:30:29.571149000 UTC\nInternet Protocol Version 4, Src: 127.0.0.1, Dst: 127.0.0.1\nUser Datagram \
                 Protocol, Src Port: 10000, Dst Port: 20000\nReal-Time Transport Protocol\n    Payload type: ITU-T \
                 G.711 PCMU (0)\n    Sequence number: {n}\n\n"
            )
        };
        let media: String = (1..)
            .map(rtp)
            .scan(0, |len, frame| {
                *len += frame.len();
                (*len < 2 * STREAM_HEAD).then_some(frame)
            })
            .collect();
        let payloads = |text: &[u8], limit: usize| {
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            let result = read_plain(text, limit, None, &Arc::default(), &mut |r| records.push(r.bytes), &mut |p| {
                problems.push(p)
            });
            assert!(result.is_ok());
            (records, problems)
        };
        let (expected, none) = payloads(sip.as_bytes(), usize::MAX);
        assert!(!expected.is_empty() && none.is_empty(), "{none:?}");
        let text = media + &sip;
        // Within a limit on text read whole that the details are far past.
        let (read, problems) = payloads(text.as_bytes(), STREAM_HEAD + 1);
        assert!(read == expected && problems.is_empty(), "{} of {} read; {problems:?}", read.len(), expected.len());
    }

    #[test]
    fn utf16_is_decoded_as_it_is_read_whatever_the_reads_hold() {
        // Characters of one unit and of two (a surrogate pair), lone
        // surrogates, and an odd last byte; in either byte order.
        let units: Vec<u16> =
            "SIP caf\u{e9} \u{1f4de} \u{10ffff}\r\n".encode_utf16().chain([0xd800, 0x41, 0xdc00, 0xdbff]).collect();
        let expected: String = char::decode_utf16(units.iter().copied())
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .chain(['\u{fffd}'])
            .collect();
        for (bom, unit) in [([0xff, 0xfe], u16::to_le_bytes as fn(u16) -> [u8; 2]), ([0xfe, 0xff], u16::to_be_bytes)] {
            let mut bytes: Vec<u8> = bom.into_iter().chain(units.iter().flat_map(|&u| unit(u))).collect();
            bytes.push(b'x'); // the odd last byte
            for capacity in 1..=9 {
                let input = io::BufReader::with_capacity(capacity, bytes.as_slice());
                let Ok(Ok(mut text)) = Utf16Text::of(io::BufReader::with_capacity(capacity.max(2), input)) else {
                    panic!("not told as UTF-16");
                };
                let mut decoded = String::new();
                assert!(text.read_to_string(&mut decoded).is_ok());
                assert_eq!(decoded, expected, "reads of {capacity} bytes");
            }
        }
        // Without a byte order mark: the input as it was.
        assert!(matches!(Utf16Text::of(&b"SIP/2.0"[..]), Ok(Err(b"SIP/2.0"))));
    }

    #[test]
    fn a_compressed_input_past_its_limit_is_refused() {
        let capture = include_bytes!("../tests/data/reject-486.pcap");
        for (format, bytes) in compressed(capture) {
            let within = |limit| read_input_within(&bytes[..], limit, &Arc::default(), &mut |_| {}, &mut |_| {});
            assert!(within(capture.len() as u64).is_ok(), "{format}");
            let refused = within(capture.len() as u64 - 1).map_err(|e| e.kind());
            assert_eq!(refused, Err(io::ErrorKind::FileTooLarge), "{format}");
        }
    }
}
