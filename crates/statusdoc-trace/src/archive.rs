//! The archives captures and logs are sent in (a ZIP attached to a ticket,
//! a support bundle as a tar, compressed or not): their files, each to be
//! read as an input of its own, reopened from the archive as often as the
//! reading wants, without extracting them anywhere.

use std::io::{self, BufRead, Read, Seek, SeekFrom};
use std::sync::{Arc, Mutex};

use zip::CompressionMethod;

/// Most entries an archive may list (its directories and every file
/// included): a ZIP's directory is held in memory to be read.
pub const MAX_ARCHIVE_ENTRIES: usize = 10_000;

/// One file of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveMember {
    /// Its path inside the archive (empty for the archive itself, when it
    /// cannot be read: see [`ArchiveMember::unreadable`]).
    pub name: String,
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// Its bytes, `length` of them from `start`, deflated or stored; `cut`
    /// when the archive ends before them.
    Zip { start: u64, length: u64, deflated: bool, cut: bool },
    /// Its bytes, `length` of them from `start` of the tar stream, which
    /// the archive holds compressed (gzip, zstd…) or not.
    Tar { start: u64, length: u64, compressed: bool, resume: Resume },
    /// Why it cannot be read: the detail of an `unknown-format` problem.
    Unreadable(&'static str),
}

impl ArchiveMember {
    /// Why this member cannot be read, as the detail of a
    /// [`crate::ProblemKind::UnknownFormat`] problem (`archive-encrypted`,
    /// `archive-method`, `archive-damaged`, `archive-too-many`,
    /// `archive-empty`); `None` when it can.
    pub fn unreadable(&self) -> Option<&'static str> {
        match self.kind {
            Kind::Unreadable(why) => Some(why),
            _ => None,
        }
    }

    /// How it is named as an input of its own: `ARCHIVE/PATH`, `archive`
    /// being how the archive is named; the archive's name alone when the
    /// archive itself cannot be read.
    pub fn name_in(&self, archive: &str) -> String {
        match self.name.is_empty() {
            true => archive.to_owned(),
            false => format!("{archive}/{}", self.name),
        }
    }

    /// How many bytes it takes in the archive (compressed, for a ZIP's
    /// deflated file; its size, for a tar's).
    pub fn stored_len(&self) -> u64 {
        match self.kind {
            Kind::Zip { length, .. } | Kind::Tar { length, .. } => length,
            Kind::Unreadable(_) => 0,
        }
    }

    /// Its bytes, read from `archive` (the archive it was listed from, at
    /// any position). A member that cannot be read reads empty.
    pub fn open<'r, R: Read + Seek + Send + 'r>(&self, mut archive: R) -> io::Result<Box<dyn Read + Send + 'r>> {
        Ok(match self.kind.clone() {
            Kind::Zip { start, length, deflated, cut } => {
                archive.seek(SeekFrom::Start(start))?;
                let stored = io::BufReader::new(archive.take(length));
                match (deflated, cut) {
                    (true, false) => Box::new(flate2::bufread::DeflateDecoder::new(stored)),
                    // What the cut left of it, read up to where it stops making sense.
                    (true, true) => Box::new(EndsAtError(Some(flate2::bufread::DeflateDecoder::new(stored)))),
                    (false, _) => Box::new(stored),
                }
            }
            Kind::Tar { start, length, compressed: false, .. } => {
                archive.seek(SeekFrom::Start(start))?;
                Box::new(archive.take(length))
            }
            Kind::Tar { start, length, compressed: true, .. } => {
                // A compressed stream has no index: decompressed from its start.
                let mut tar = tar_stream(archive)?;
                io::copy(&mut (&mut tar).take(start), &mut io::sink())?;
                Box::new(tar.take(length))
            }
            Kind::Unreadable(_) => Box::new(io::empty()),
        })
    }

    /// [`ArchiveMember::open`] for an archive that is a file. The files of
    /// a compressed tar opened one after another, in their order in it (a
    /// ring buffer's, read in turn; each pass over them), go on
    /// decompressing from where the one before was left, rather than from
    /// the archive's start each time.
    pub fn open_file(&self, file: std::fs::File) -> io::Result<Box<dyn Read + Send>> {
        let Kind::Tar { start, length, compressed: true, resume } = &self.kind else { return self.open(file) };
        // Taken up at the first read: files are opened together, then read.
        Ok(Box::new(Resumable { file: Some(file), tar: None, at: *start, end: start + length, resume: resume.clone() }))
    }
}

/// A compressed tar's decompressor left where the last file read from it
/// stopped (its position in the tar stream), shared by the files of one
/// listing, to be taken up by the next.
#[derive(Clone, Default)]
struct Resume(Arc<Mutex<Option<Decompressor>>>);

/// A tar stream being decompressed, and where in it it is.
type Decompressor = (u64, Box<dyn BufRead + Send>);

impl Resume {
    /// The decompressor left, if it is at `at` or before.
    fn take_at_or_before(&self, at: u64) -> Option<Decompressor> {
        let mut left = self.0.lock().ok()?;
        match left.as_ref() {
            Some((position, _)) if *position <= at => left.take(),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Resume {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Resume")
    }
}

impl PartialEq for Resume {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Resume {}

/// A file of a compressed tar, read from a decompressor that is left to
/// the next file once this one is dropped.
struct Resumable {
    /// The archive, until the first read takes up a decompressor.
    file: Option<std::fs::File>,
    tar: Option<Box<dyn BufRead + Send>>,
    /// Where in the tar stream the decompressor is (before the first
    /// read, where the file begins).
    at: u64,
    /// Where the file ends in it.
    end: u64,
    resume: Resume,
}

impl Resumable {
    /// The decompressor at the file's start: the one left, when it is
    /// before, else one from the archive's start.
    fn take_up(&mut self, file: std::fs::File) -> io::Result<Box<dyn BufRead + Send>> {
        let start = self.at;
        let (at, mut tar) = match self.resume.take_at_or_before(start) {
            Some(left) => left,
            None => (0, tar_stream(file)?),
        };
        self.at = at + io::copy(&mut (&mut tar).take(start - at), &mut io::sink())?;
        Ok(tar)
    }
}

impl Read for Resumable {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(file) = self.file.take() {
            self.tar = Some(self.take_up(file)?);
        }
        let wanted = buf.len().min(usize::try_from(self.end.saturating_sub(self.at)).unwrap_or(usize::MAX));
        let Some(tar) = self.tar.as_mut() else { return Ok(0) };
        let n = tar.read(&mut buf[..wanted])?;
        self.at += n as u64;
        Ok(n)
    }
}

impl Drop for Resumable {
    fn drop(&mut self) {
        if let (Some(tar), Ok(mut left)) = (self.tar.take(), self.resume.0.lock()) {
            *left = Some((self.at, tar));
        }
    }
}

/// The files of the archive `archive` holds (ZIP, or tar compressed or
/// not), in their order in it; `None` when it holds no archive. Directories
/// and the metadata macOS adds to a ZIP (`__MACOSX/`, `._NAME`) are left
/// out: they hold nothing the user put there. A file that cannot be read
/// (encrypted, compressed in another way) is listed as such; an archive
/// whose listing fails midway ends with a member named "" that says so,
/// and one with no file is listed as that member alone.
pub fn archive_members<R: Read + Seek + Send>(mut archive: R) -> io::Result<Option<Vec<ArchiveMember>>> {
    let head = first_bytes(&mut archive, 6)?;
    archive.seek(SeekFrom::Start(0))?;
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Ok(Some(zip_members(archive)));
    }
    let compressed = crate::input::compression(&head).is_some();
    if !is_tar_header(&first_bytes(tar_stream(&mut archive)?, 512)?) {
        return Ok(None);
    }
    Ok(Some(match compressed {
        true => {
            let mut tar = tar::Archive::new(tar_stream(archive)?);
            tar_members(tar.entries(), true)
        }
        false => {
            // Each file's bytes seeked past, not read: a bundle of gigabytes is listed at once.
            archive.seek(SeekFrom::Start(0))?;
            let mut tar = tar::Archive::new(io::BufReader::new(archive));
            tar_members(tar.entries_with_seek(), false)
        }
    }))
}

/// The archive's bytes from its start, decompressed when it is compressed
/// (a tar stream, of a tar or of a compressed tar).
fn tar_stream<'r, R: Read + Seek + Send + 'r>(mut archive: R) -> io::Result<Box<dyn BufRead + Send + 'r>> {
    archive.seek(SeekFrom::Start(0))?;
    crate::input::decompressed(io::BufReader::new(archive))
}

/// Whether a tar block is a header: POSIX ustar's magic (GNU tar's too).
pub(crate) fn is_tar_header(block: &[u8]) -> bool {
    block.get(257..262) == Some(b"ustar")
}

/// The first `n` bytes of `input` (fewer if it is shorter).
fn first_bytes(input: impl Read, n: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(n).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether a path is of what an archiver added rather than the user: a
/// directory, macOS's resource forks.
fn left_out(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    name.ends_with('/') || name.starts_with("__MACOSX/") || file.starts_with("._") || file.is_empty()
}

/// The members listed, or one that says the archive holds no file.
fn or_empty(mut members: Vec<ArchiveMember>) -> Vec<ArchiveMember> {
    if members.is_empty() {
        members.push(ArchiveMember { name: String::new(), kind: Kind::Unreadable("archive-empty") });
    }
    members
}

fn damaged() -> ArchiveMember {
    ArchiveMember { name: String::new(), kind: Kind::Unreadable("archive-damaged") }
}

fn zip_members<R: Read + Seek>(mut archive: R) -> Vec<ArchiveMember> {
    match zip_entries(&mut archive) {
        Some(entries) if entries > MAX_ARCHIVE_ENTRIES as u64 => {
            return vec![ArchiveMember { name: String::new(), kind: Kind::Unreadable("archive-too-many") }]
        }
        Some(_) => {}
        None => return zip_members_in_order(&mut archive),
    }
    let Ok(mut zip) = zip::ZipArchive::new(&mut archive) else { return zip_members_in_order(&mut archive) };
    let mut members = Vec::new();
    for index in 0..zip.len() {
        let Ok(file) = zip.by_index_raw(index) else {
            members.push(damaged());
            break;
        };
        let name = file.name().to_owned();
        if file.is_dir() || left_out(&name) {
            continue;
        }
        let method = file.compression();
        let readable = method == CompressionMethod::STORE || method == CompressionMethod::DEFLATE;
        let kind = match (file.encrypted(), readable, file.data_start()) {
            (true, ..) => Kind::Unreadable("archive-encrypted"),
            (false, false, _) => Kind::Unreadable("archive-method"),
            (false, true, None) => Kind::Unreadable("archive-damaged"),
            (false, true, Some(start)) => Kind::Zip {
                start,
                length: file.compressed_size(),
                deflated: method == CompressionMethod::DEFLATE,
                cut: false,
            },
        };
        members.push(ArchiveMember { name, kind });
    }
    or_empty(members)
}

/// The files of a ZIP whose directory cannot be read (a download or copy
/// cut short loses it first: it is at the end), found as a reader of a
/// ZIP as a stream finds them, each file's local header followed by its
/// bytes; then a member that says the archive is damaged. A file whose
/// size its header leaves to a descriptor after its bytes ends at that
/// descriptor; encrypted so, it ends the listing.
fn zip_members_in_order<R: Read + Seek>(archive: &mut R) -> Vec<ArchiveMember> {
    let mut members = Vec::new();
    let Ok(size) = archive.seek(SeekFrom::End(0)) else { return vec![damaged()] };
    let mut at = 0;
    for _ in 0..MAX_ARCHIVE_ENTRIES {
        let Some((name, kind, next)) = local_file(archive, at, size) else { break };
        if !left_out(&name) {
            members.push(ArchiveMember { name, kind });
        }
        match next {
            Some(next) => at = next,
            None => break,
        }
    }
    members.push(damaged());
    members
}

/// The file whose local header is at `at`: its name, how to read it, and
/// where the next header is (`None` when that cannot be told).
fn local_file<R: Read + Seek>(archive: &mut R, at: u64, size: u64) -> Option<(String, Kind, Option<u64>)> {
    let mut header = [0u8; 30];
    archive.seek(SeekFrom::Start(at)).ok()?;
    archive.read_exact(&mut header).ok()?;
    if &header[..4] != b"PK\x03\x04" {
        return None;
    }
    let word = |i: usize| u16::from_le_bytes([header[i], header[i + 1]]);
    let long = |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    let (flags, method) = (word(6), word(8));
    let (mut length, name_len, extra_len) = (u64::from(long(18)), u64::from(word(26)), u64::from(word(28)));
    let mut name_and_extra = Vec::new();
    archive.by_ref().take(name_len + extra_len).read_to_end(&mut name_and_extra).ok()?;
    let (name, extra) = name_and_extra.split_at_checked(name_len as usize)?;
    let name = String::from_utf8_lossy(name).into_owned();
    if length == u64::from(u32::MAX) {
        // ZIP64: the sizes are in the extra field 0x0001, uncompressed first.
        length = zip64_compressed_size(extra)?;
    }
    let start = at + 30 + name_len + extra_len;
    // Where its bytes end, and where the next header is. Sizes left to a
    // descriptor after the bytes: they end at the descriptor that gives
    // their length (found without inflating them: a few bytes may inflate
    // to gigabytes); a directory has none.
    let (end, next) = match flags & 8 != 0 {
        true if name.ends_with('/') => (Some(start), after_descriptor(archive, start)),
        true => match described_end(archive, start) {
            Some(end) => (Some(end), after_descriptor(archive, end)),
            None => (None, None),
        },
        false => {
            let end = start.saturating_add(length);
            (Some(end).filter(|&end| end <= size), Some(end))
        }
    };
    let kind = match (flags & 1 != 0, method) {
        (true, _) => Kind::Unreadable("archive-encrypted"),
        (false, 0 | 8) => Kind::Zip {
            start,
            // Cut short: what is left of it.
            length: end.unwrap_or(size).saturating_sub(start),
            deflated: method == 8,
            cut: end.is_none(),
        },
        (false, _) => Kind::Unreadable("archive-method"),
    };
    Some((name, kind, next.filter(|_| end.is_some())))
}

/// The compressed size a ZIP64 extra field (id 1) gives.
fn zip64_compressed_size(mut extra: &[u8]) -> Option<u64> {
    while extra.len() >= 4 {
        let (id, len) =
            (u16::from_le_bytes([extra[0], extra[1]]), usize::from(u16::from_le_bytes([extra[2], extra[3]])));
        let data = extra.get(4..4 + len)?;
        if id == 1 {
            return Some(u64::from_le_bytes(data.get(8..16)?.try_into().ok()?));
        }
        extra = &extra[4 + len..];
    }
    None
}

/// Where the bytes of a file with a data descriptor after them end, its
/// bytes beginning at `start`: at the first descriptor (signed, as writers
/// sign them) whose compressed size, 32-bit or ZIP64's, is the distance
/// from `start`; `None` when the archive ends first.
fn described_end<R: Read + Seek>(archive: &mut R, start: u64) -> Option<u64> {
    const CHUNK: usize = 1 << 16;
    archive.seek(SeekFrom::Start(start)).ok()?;
    let mut input = io::BufReader::with_capacity(CHUNK, archive.by_ref());
    // Bytes from `from` on: a chunk, and the tail of the one before (a
    // descriptor may begin in it).
    let (mut window, mut from) = (Vec::with_capacity(2 * CHUNK), start);
    loop {
        let got = input.fill_buf().ok()?;
        let read = got.len();
        if read == 0 {
            return None;
        }
        window.extend_from_slice(got);
        input.consume(read);
        for at in memchr::memmem::find_iter(&window, b"PK\x07\x08") {
            let distance = from + at as u64 - start;
            let size32 = window.get(at + 8..at + 12).map(|b| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])));
            let size64 = window.get(at + 8..at + 16).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes);
            if size32 == Some(distance) || size64 == Some(distance) {
                return Some(from + at as u64);
            }
        }
        // Kept: what a descriptor's signature and sizes may begin in.
        let kept = window.len().min(15);
        from += (window.len() - kept) as u64;
        window.drain(..window.len() - kept);
    }
}

/// Where the next local header is after a data descriptor that begins at
/// `end`: with its signature or without, of 32-bit sizes or ZIP64's, or
/// none (a directory's).
fn after_descriptor<R: Read + Seek>(archive: &mut R, end: u64) -> Option<u64> {
    let mut bytes = [0u8; 28];
    archive.seek(SeekFrom::Start(end)).ok()?;
    let got = first_bytes(archive.by_ref(), 28).ok()?;
    bytes[..got.len()].copy_from_slice(&got);
    let signed = bytes.starts_with(b"PK\x07\x08");
    let lengths: &[usize] = if signed { &[16, 24] } else { &[0, 12, 20] };
    lengths.iter().map(|len| end + *len as u64).find(|&next| {
        let at = (next - end) as usize;
        bytes.get(at..at + 4) == Some(b"PK\x03\x04") || bytes.get(at..at + 4) == Some(b"PK\x01\x02")
    })
}

/// A reader that ends where the one it wraps fails: the rest of a file
/// an archive was cut inside of, read up to the cut.
struct EndsAtError<R>(Option<R>);

impl<R: Read> Read for EndsAtError<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some(inner) = self.0.as_mut() else { return Ok(0) };
        match inner.read(buf) {
            Ok(n) => Ok(n),
            Err(_) => {
                self.0 = None;
                Ok(0)
            }
        }
    }
}

/// How many entries a ZIP's directory says it holds (its end record's
/// count, or the ZIP64 one's), read before the directory itself is;
/// `None` when no end record is found.
fn zip_entries<R: Read + Seek>(archive: &mut R) -> Option<u64> {
    // The end record (22 bytes) and a comment of up to 65,535 bytes.
    let size = archive.seek(SeekFrom::End(0)).ok()?;
    let tail_len = size.min(22 + 65_535);
    archive.seek(SeekFrom::Start(size - tail_len)).ok()?;
    let mut tail = vec![0u8; tail_len as usize];
    archive.read_exact(&mut tail).ok()?;
    let end = memchr::memmem::rfind(&tail, b"PK\x05\x06")?;
    let record = tail.get(end..end + 22)?;
    let count = u16::from_le_bytes([record[10], record[11]]);
    if count != u16::MAX {
        return Some(u64::from(count));
    }
    // ZIP64: its locator, just before the end record, says where its own end record is.
    let locator = tail.get(end.checked_sub(20)?..end)?;
    if &locator[..4] != b"PK\x06\x07" {
        return Some(u64::from(count));
    }
    let at = u64::from_le_bytes(locator[8..16].try_into().ok()?);
    archive.seek(SeekFrom::Start(at)).ok()?;
    let mut record = [0u8; 56];
    archive.read_exact(&mut record).ok()?;
    (&record[..4] == b"PK\x06\x06").then(|| u64::from_le_bytes(record[32..40].try_into().unwrap_or_default()))
}

/// The files of a tar stream's `entries`, `compressed` in the archive or not.
fn tar_members<R: Read>(entries: io::Result<tar::Entries<'_, R>>, compressed: bool) -> Vec<ArchiveMember> {
    let Ok(entries) = entries else { return vec![damaged()] };
    let resume = Resume::default();
    let mut members = Vec::new();
    for (seen, entry) in entries.enumerate() {
        if seen >= MAX_ARCHIVE_ENTRIES {
            members.push(ArchiveMember { name: String::new(), kind: Kind::Unreadable("archive-too-many") });
            break;
        }
        let Ok(entry) = entry else {
            members.push(damaged());
            break;
        };
        let name = entry.path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        let kind = entry.header().entry_type();
        if !(kind.is_file() || kind.is_contiguous() || kind.is_gnu_sparse()) || left_out(&name) {
            continue;
        }
        let kind = match kind.is_gnu_sparse() {
            true => Kind::Unreadable("archive-method"),
            false => {
                Kind::Tar { start: entry.raw_file_position(), length: entry.size(), compressed, resume: resume.clone() }
            }
        };
        members.push(ArchiveMember { name, kind });
    }
    or_empty(members)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{gzip, tar_of as tar, zip};
    use std::io::Cursor;

    const CAPTURE: &[u8] = include_bytes!("../tests/data/basic-call.pcap");
    const LOG: &[u8] = b"INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: a\r\n\r\n";

    fn members(archive: &[u8]) -> Option<Vec<ArchiveMember>> {
        archive_members(Cursor::new(archive)).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Each member's name and bytes, or why it cannot be read.
    fn read(archive: &[u8]) -> Vec<(String, Result<Vec<u8>, &'static str>)> {
        let listed = members(archive).unwrap_or_else(|| panic!("not an archive"));
        listed
            .iter()
            .map(|m| {
                let bytes = m.unreadable().map_or_else(
                    || {
                        let mut bytes = Vec::new();
                        let mut file = m.open(Cursor::new(archive)).unwrap_or_else(|e| panic!("{e}"));
                        file.read_to_end(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
                        Ok(bytes)
                    },
                    Err,
                );
                (m.name.clone(), bytes)
            })
            .collect()
    }

    #[test]
    fn a_zip_gives_its_files_stored_or_deflated_without_directories_or_macos_metadata() {
        let archive = zip(&[
            ("traces/", b"", false),
            ("traces/sbc.pcap", CAPTURE, true),
            ("traces/pbx.log", LOG, false),
            ("__MACOSX/traces/._sbc.pcap", b"\0\x05\x16\x07", false),
            ("traces/._pbx.log", b"\0\x05\x16\x07", false),
        ]);
        assert_eq!(
            read(&archive),
            [("traces/sbc.pcap".to_owned(), Ok(CAPTURE.to_vec())), ("traces/pbx.log".to_owned(), Ok(LOG.to_vec()))]
        );
    }

    #[test]
    fn a_tar_gives_its_files_compressed_or_not() {
        let archive = tar(&[("a.pcap", CAPTURE), ("logs/b.log", LOG)]);
        let expected = [("a.pcap".to_owned(), Ok(CAPTURE.to_vec())), ("logs/b.log".to_owned(), Ok(LOG.to_vec()))];
        assert_eq!(read(&archive), expected);
        assert_eq!(read(&gzip(&archive)), expected);
    }

    #[test]
    fn the_files_of_a_compressed_tar_read_from_a_file_in_any_order_are_whole() {
        let archive = gzip(&tar(&[("a.pcap", CAPTURE), ("b.log", LOG), ("c.pcap", CAPTURE)]));
        let path = std::env::temp_dir().join(format!("statusdoc-archive-{}.tgz", std::process::id()));
        std::fs::write(&path, &archive).unwrap_or_else(|e| panic!("{e}"));
        let listed = members(&archive).unwrap_or_else(|| panic!("not an archive"));
        let read = |index: usize, at_most: u64| {
            let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{e}"));
            let mut bytes = Vec::new();
            let member = listed[index].open_file(file).unwrap_or_else(|e| panic!("{e}"));
            member.take(at_most).read_to_end(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
            bytes
        };
        let whole = [CAPTURE, LOG, CAPTURE];
        // In order (a pass over a ring buffer), each after the last left
        // off: whole, or partly read (a sample), then the next whole;
        // backwards, from the start again.
        for (index, at_most) in [(0, u64::MAX), (1, u64::MAX), (2, 100), (2, u64::MAX), (0, 24), (1, u64::MAX)] {
            let expected = &whole[index][..whole[index].len().min(at_most as usize)];
            assert_eq!(read(index, at_most), expected, "file {index}, {at_most} bytes");
        }
        for index in [2, 1, 0] {
            assert_eq!(read(index, u64::MAX), whole[index], "file {index}");
        }
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn what_is_not_an_archive_is_said_to_be_none() {
        for input in [CAPTURE, LOG, &gzip(CAPTURE), &gzip(LOG), b"", b"PK"] {
            assert_eq!(members(input), None);
        }
    }

    #[test]
    fn files_that_cannot_be_read_are_listed_with_why() {
        let archive = zip(&[("a.pcap", CAPTURE, false), ("b.log", LOG, false)]);
        // The general-purpose flags' bit 0 (encrypted) of b.log, in its
        // local header and in the directory's, then a.pcap's method made
        // bzip2 (12) in the directory.
        let mut patched = archive.clone();
        let local = memchr::memmem::rfind(&patched, b"PK\x03\x04").unwrap_or_else(|| panic!("no local header"));
        patched[local + 6] |= 1;
        let directory: Vec<usize> = memchr::memmem::find_iter(&archive, b"PK\x01\x02").collect();
        patched[directory[1] + 8] |= 1;
        patched[directory[0] + 10] = 12;
        let said: Vec<_> = read(&patched).into_iter().map(|(name, bytes)| (name, bytes.err())).collect();
        assert_eq!(
            said,
            [("a.pcap".to_owned(), Some("archive-method")), ("b.log".to_owned(), Some("archive-encrypted"))]
        );
    }

    #[test]
    fn a_damaged_archive_says_so_and_keeps_what_was_listed() {
        let archive = zip(&[("a.pcap", CAPTURE, true)]);
        // Cut short (a download that stopped): its directory, at its end, is
        // gone, and half of its file: what is left of that is read.
        let cut = &archive[..archive.len() / 2];
        let listed = read(cut);
        let Some((name, Ok(left))) = listed.first() else { panic!("{listed:?}") };
        assert!(name == "a.pcap" && !left.is_empty() && CAPTURE.starts_with(left), "{listed:?}");
        assert_eq!(listed[1..], [(String::new(), Err("archive-damaged"))]);
        // A tar cut inside its second file's header: the first is listed.
        let tar = tar(&[("a.pcap", CAPTURE), ("b.log", LOG)]);
        let cut = &tar[..512 + CAPTURE.len().div_ceil(512) * 512 + 300];
        let listed = read(cut);
        assert_eq!(listed[0], ("a.pcap".to_owned(), Ok(CAPTURE.to_vec())));
        assert_eq!(listed[1..], [(String::new(), Err("archive-damaged"))]);
    }

    #[test]
    fn a_zip_without_its_directory_gives_the_files_before_the_cut() {
        let files: [(&str, &[u8], bool); 4] =
            [("a.pcap", CAPTURE, true), ("notes/", b"", false), ("b.log", LOG, false), ("c.pcap", CAPTURE, true)];
        // Written to a file (sizes in each local header), and as a stream
        // writes it (deflated sizes in a descriptor after the bytes).
        let mut streamed = zip::ZipWriter::new_stream(Vec::new());
        for (name, bytes, deflated) in &files {
            let method = if *deflated { CompressionMethod::DEFLATE } else { CompressionMethod::STORE };
            let options = zip::write::SimpleFileOptions::default().compression_method(method);
            match name.ends_with('/') {
                true => streamed.add_directory(*name, options).unwrap_or_else(|e| panic!("{e}")),
                false => {
                    streamed.start_file(*name, options).unwrap_or_else(|e| panic!("{e}"));
                    std::io::Write::write_all(&mut streamed, bytes).unwrap_or_else(|e| panic!("{e}"));
                }
            }
        }
        let streamed = streamed.finish().unwrap_or_else(|e| panic!("{e}")).into_inner();
        assert!(memchr::memmem::find(&streamed, b"PK\x07\x08").is_some(), "descriptors");
        for archive in [zip(&files), streamed] {
            let whole = read(&archive);
            let directory = memchr::memmem::find(&archive, b"PK\x01\x02").unwrap_or_else(|| panic!("no directory"));
            let listed = read(&archive[..directory]);
            assert_eq!(listed.len(), 4, "{listed:?}");
            assert_eq!(listed[..3], whole[..], "every file before the directory");
            assert_eq!(listed[3..], [(String::new(), Err("archive-damaged"))]);
            // Cut inside the last file's bytes: what is left of it is read.
            let listed = read(&archive[..directory - 100]);
            assert_eq!(listed.len(), 4, "{listed:?}");
            assert_eq!(listed[..2], whole[..2]);
            let (name, left) = (&listed[2].0, listed[2].1.clone().unwrap_or_default());
            assert!(name == "c.pcap" && !left.is_empty() && CAPTURE.len() > left.len() && CAPTURE.starts_with(&left));
            assert_eq!(listed[3..], [(String::new(), Err("archive-damaged"))]);
        }
    }

    #[test]
    fn an_archive_of_directories_alone_says_it_holds_no_file() {
        for archive in [zip(&[("traces/", b"", false)]), zip(&[])] {
            assert_eq!(read(&archive), [(String::new(), Err("archive-empty"))]);
        }
    }

    #[test]
    fn an_archive_of_too_many_entries_is_not_listed() {
        let names: Vec<String> = (0..=MAX_ARCHIVE_ENTRIES).map(|n| format!("{n}.log")).collect();
        let files: Vec<(&str, &[u8], bool)> = names.iter().map(|n| (n.as_str(), &b""[..], false)).collect();
        assert_eq!(read(&zip(&files)), [(String::new(), Err("archive-too-many"))]);
    }
}
