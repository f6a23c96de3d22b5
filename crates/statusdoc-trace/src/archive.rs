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
    /// Its bytes, `length` of them from `start`, deflated or stored.
    Zip { start: u64, length: u64, deflated: bool },
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
            Kind::Zip { start, length, deflated } => {
                archive.seek(SeekFrom::Start(start))?;
                let stored = io::BufReader::new(archive.take(length));
                match deflated {
                    true => Box::new(flate2::bufread::DeflateDecoder::new(stored)),
                    false => Box::new(stored),
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
        None => return vec![damaged()],
    }
    let Ok(mut zip) = zip::ZipArchive::new(archive) else { return vec![damaged()] };
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
            (false, true, Some(start)) => {
                Kind::Zip { start, length: file.compressed_size(), deflated: method == CompressionMethod::DEFLATE }
            }
        };
        members.push(ArchiveMember { name, kind });
    }
    or_empty(members)
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
        // Cut short (a download that stopped): its directory, at its end, is gone.
        let cut = &archive[..archive.len() / 2];
        assert_eq!(read(cut), [(String::new(), Err("archive-damaged"))]);
        // A tar cut inside its second file's header: the first is listed.
        let tar = tar(&[("a.pcap", CAPTURE), ("b.log", LOG)]);
        let cut = &tar[..512 + CAPTURE.len().div_ceil(512) * 512 + 300];
        let listed = read(cut);
        assert_eq!(listed[0], ("a.pcap".to_owned(), Ok(CAPTURE.to_vec())));
        assert_eq!(listed[1..], [(String::new(), Err("archive-damaged"))]);
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
