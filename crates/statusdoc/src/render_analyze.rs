//! `statusdoc analyze`: read captures and logs with statusdoc-trace, name
//! each failure with the registry, and write calls as ladders or JSON as they
//! finish, so memory holds only the calls still in progress.

use std::io::{self, IsTerminal, Read as _, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::Value;
use statusdoc_report::{Filter, Following, HtmlOptions, Words};
use statusdoc_trace::{
    analyze_inputs, note_problem, read_input, Analyzer, Call, CaptureReader, Finished, KeyLog, Kind, ParsedRecord,
    Problem, ProblemKind, Redacted, Redactor, Severity, SipRecord, Summary, CALL_IDLE_TIMEOUT,
};

use crate::render::{Format, Renderer};

/// Why analyze stopped.
pub enum AnalyzeError {
    /// An input could not be opened, or the report not written (already in
    /// the user's language).
    Open(String),
    /// Writing the answer failed.
    Io(io::Error),
}

impl From<io::Error> for AnalyzeError {
    fn from(err: io::Error) -> AnalyzeError {
        AnalyzeError::Io(err)
    }
}

impl From<statusdoc_report::Error> for AnalyzeError {
    fn from(err: statusdoc_report::Error) -> AnalyzeError {
        AnalyzeError::Io(io::Error::other(err))
    }
}

/// What to write and which calls.
pub struct Options<'a> {
    pub format: Format,
    pub call: Option<&'a str>,
    pub failed_only: bool,
    pub max_messages: u64,
    /// Most calls open at once while streaming.
    pub max_open_calls: usize,
    /// Where to write the HTML report, if asked.
    pub html: Option<&'a str>,
    pub redact: bool,
    /// Key log files of TLS session secrets.
    pub tls_keys: &'a [&'a str],
    /// A capture being made is piped in: calls are handed on as they end.
    pub live: bool,
}

/// Whether `files` read a pipe or socket as standard input, as a capture
/// being made is piped in (`tcpdump -w - | statusdoc analyze -`), not a
/// file redirected.
pub fn reads_a_pipe(files: &[String]) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        files.iter().any(|f| f == "-")
            && io::stdin()
                .as_fd()
                .try_clone_to_owned()
                .map(std::fs::File::from)
                .and_then(|f| f.metadata())
                .is_ok_and(|m| m.file_type().is_fifo() || m.file_type().is_socket())
    }
    #[cfg(not(unix))]
    {
        files.iter().any(|f| f == "-")
    }
}

/// The Call-ID `--call` was given, as pasted from a trace too: the whole
/// header line (`Call-ID: …`, or its compact form `i: …`, which a Call-ID
/// could be but for the space), spaces around.
fn asked_call_id(given: &str) -> String {
    let given = given.trim();
    let value = given.split_once(':').filter(|(name, value)| {
        let name = name.trim_end();
        name.eq_ignore_ascii_case("call-id") || (name.eq_ignore_ascii_case("i") && value.starts_with([' ', '\t']))
    });
    value.map_or(given, |(_, value)| value.trim()).to_owned()
}

/// Writes calls as they finish.
struct Emitter<'o, 'r> {
    r: &'r Renderer<'r>,
    /// The words of the locale, naming the inputs of frames when several were read.
    words: Words<'r>,
    out: &'o mut dyn Write,
    format: Format,
    call: Option<String>,
    failed_only: bool,
    /// The calls `--call` and `--failed` let through.
    following: Following<Call>,
    written: usize,
    error: Option<io::Error>,
    /// Each failure code's one-line meaning, looked up once.
    meanings: std::collections::HashMap<u16, Option<String>>,
    /// Calls' JSON not yet written: handed to the output in pieces of at
    /// least [`JSON_PIECE`], which its buffer passes straight on instead of
    /// copying (half a gigabyte of JSON for a gigabyte of capture).
    buffer: Vec<u8>,
}

/// The least JSON handed to the output at once (its buffer's size off a
/// terminal, see `main`), but when calls are flushed.
const JSON_PIECE: usize = 64 << 10;

impl Emitter<'_, '_> {
    /// Which calls are written.
    fn filter(&self) -> Filter<'_> {
        Filter { call: self.call.as_deref(), failed_only: self.failed_only }
    }

    /// Writes the call if it is wanted, with any held back that it links
    /// to the call asked for.
    fn emit(&mut self, c: Call) {
        for call in self.following.admit(c) {
            self.write(&call);
        }
    }

    /// Writes a call.
    fn write(&mut self, c: &Call) {
        if self.error.is_some() {
            return;
        }
        let words = self.words;
        let result = match self.format {
            Format::Json => {
                let separator = if self.written == 0 { "\n" } else { ",\n" };
                let before = self.buffer.len();
                self.buffer.extend_from_slice(separator.as_bytes());
                self.buffer.extend_from_slice(b"    ");
                match findings_json(words, c).and_then(|findings| write_call_json(&mut self.buffer, c, &findings)) {
                    Err(e) => {
                        self.buffer.truncate(before); // no call written in part
                        Err(e)
                    }
                    Ok(()) if self.buffer.len() >= JSON_PIECE => self.write_pending(),
                    Ok(()) => Ok(()),
                }
            }
            Format::Markdown => statusdoc_report::markdown_call(words, self.written + 1, c)
                .map_err(io::Error::other)
                .and_then(|text| writeln!(self.out, "{text}")),
            Format::Mermaid => {
                let separator = if self.written == 0 { "" } else { "\n" };
                statusdoc_report::mermaid(words, c)
                    .map_err(io::Error::other)
                    .and_then(|text| write!(self.out, "{separator}{text}"))
            }
            Format::Text => ladder(self.r, words, self.out, c, &mut self.meanings),
        };
        self.written += 1;
        if let Err(e) = result {
            self.error = Some(e);
        }
    }

    /// Hands what was written on, so that calls show as they end (a live
    /// capture piped in); calls end in batches, so this is not per call.
    fn flush(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.write_pending().and_then(|()| self.out.flush()) {
                self.error = Some(e);
            }
        }
    }

    /// Writes the calls' JSON held in [`Emitter::buffer`].
    fn write_pending(&mut self) -> io::Result<()> {
        let written = self.out.write_all(&self.buffer);
        self.buffer.clear();
        written
    }
}

fn words<'a>(r: &Renderer<'a>) -> Words<'a> {
    Words::new(r.catalog, r.locale)
}

fn cannot(r: &Renderer, file: &str, reason: &dyn std::fmt::Display) -> AnalyzeError {
    let text = t(r, "analyze-cannot-open", &[("file", file.to_owned()), ("reason", reason.to_string())])
        .unwrap_or_else(|_| format!("{file}: {reason}"));
    AnalyzeError::Open(text)
}

/// One input, read on whichever thread reads it, and the TLS session
/// secrets to read it with.
struct Input {
    reader: io::BufReader<Box<dyn io::Read + Send>>,
    tls_keys: Arc<KeyLog>,
    /// Set by a live input's reader once it wants to hear that the pipe
    /// has fallen silent (see [`PipeInput`]).
    silence_wanted: Arc<AtomicBool>,
    /// Seconds its clock reads ahead of the first input's (see
    /// [`statusdoc_trace::clock_offsets`]), taken off its times.
    clock_offset: f64,
    /// Its place among the inputs given.
    place: usize,
    /// The files of a ring buffer that follow this one (see
    /// [`one_after_another`]), read after it by the same reader.
    then: Vec<Input>,
    /// Why this file of an archive cannot be read (see
    /// [`statusdoc_trace::ArchiveMember::unreadable`]): said instead.
    unreadable: Option<&'static str>,
}

impl Input {
    /// Reads it (`live`: as it is written) until it ends or reading is
    /// stopped (`stop`, or Ctrl-C), when it reads as ended; then the block
    /// it ends inside is not reported as damage of the file.
    fn read(
        self,
        live: bool,
        stop: &Arc<AtomicBool>,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) -> io::Result<()> {
        if let Some(detail) = self.unreadable {
            on_problem(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: detail.to_owned() });
            return Ok(());
        }
        let input = Stoppable { input: self.reader, stop: Arc::clone(stop) };
        let mut on_problem = |problem: Problem| {
            if !(problem.kind == ProblemKind::DamagedFile && reading_stopped(stop)) {
                on_problem(problem);
            }
        };
        if live {
            statusdoc_trace::read_live_input(input, &self.tls_keys, &self.silence_wanted, on_record, &mut on_problem)
        } else {
            read_input(input, &self.tls_keys, on_record, &mut on_problem)
        }
    }

    /// Reads it and the files that follow it with one reader, so that a
    /// TCP connection or a TLS session goes on from one file to the next;
    /// `ended` is told each file's place once it is read. Their frames are
    /// numbered with their places.
    fn read_in_turn(
        self,
        stop: &Arc<AtomicBool>,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
        ended: &mut dyn FnMut(usize),
    ) -> io::Result<()> {
        let on_problem = |problem: Problem| {
            if !(problem.kind == ProblemKind::DamagedFile && reading_stopped(stop)) {
                on_problem(problem);
            }
        };
        let Input { reader, tls_keys, place, then, .. } = self;
        let mut capture = CaptureReader::new(on_record, on_problem).with_tls_keys(tls_keys);
        for (place, reader) in std::iter::once((place, reader)).chain(then.into_iter().map(|i| (i.place, i.reader))) {
            let bytes = statusdoc_trace::decompressed(Stoppable { input: reader, stop: Arc::clone(stop) })?;
            capture.read_next(bytes, place);
            ended(place);
        }
        capture.finish();
        Ok(())
    }
}

/// The inputs, with the files of a ring buffer among them read in turn by
/// the first of them (see [`statusdoc_trace::ring_order`]): files, not
/// pipes, whose clock is the first input's.
fn one_after_another(inputs: Vec<Input>, files: &[Source], live: bool) -> Vec<Input> {
    if live {
        return inputs;
    }
    let candidates: Vec<usize> = (0..inputs.len())
        .filter(|i| files[*i].rereadable() && inputs[*i].clock_offset == 0.0 && inputs[*i].unreadable.is_none())
        .collect();
    let Some(order) = statusdoc_trace::ring_order(&candidates, &|i| reopened(&files[i]), u64::MAX) else {
        return inputs;
    };
    let mut slots: Vec<Option<Input>> = inputs.into_iter().map(Some).collect();
    let mut in_turn = order.into_iter().filter_map(|i| slots[i].take());
    let Some(mut first) = in_turn.next() else { return Vec::new() };
    first.then = in_turn.collect();
    std::iter::once(first).chain(slots.into_iter().flatten()).collect()
}

/// A file given, opened again from its start to plan the reading (see
/// [`statusdoc_trace::ring_order`]): it reads as ended once Ctrl-C is pressed.
fn reopened(source: &Source) -> io::Result<Box<dyn io::Read + Send>> {
    let input = io::BufReader::with_capacity(64 << 10, source.reopen()?);
    Ok(Box::new(Stoppable { input, stop: Arc::new(AtomicBool::new(false)) }))
}

/// What one input is read from: standard input, a file, or a file inside
/// an archive given (a ZIP or tar attached to a ticket: each of its files
/// is an input of its own, read from the archive without extracting it).
enum Source {
    Stdin,
    File(String),
    Member { archive: String, member: statusdoc_trace::ArchiveMember },
}

impl Source {
    /// As the output names it: the path given, `-`, or `ARCHIVE/MEMBER`
    /// (the archive's path alone when the archive itself cannot be read).
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(file) => file.clone(),
            Source::Member { archive, member } => member.name_in(archive),
        }
    }

    /// The file whose opening or reading fails is named by this path.
    fn path(&self) -> &str {
        match self {
            Source::Stdin => "-",
            Source::File(file) | Source::Member { archive: file, .. } => file,
        }
    }

    /// Whether it may be read twice, once before the analysis: a file or
    /// an archive's, not standard input or a pipe (whose bytes that would
    /// take from it).
    fn rereadable(&self) -> bool {
        match self {
            Source::Stdin => false,
            Source::File(file) => regular_file(file),
            Source::Member { .. } => true,
        }
    }

    /// Its bytes from the start, from a file or an archive's file.
    fn reopen(&self) -> io::Result<Box<dyn io::Read + Send>> {
        let file = std::fs::File::open(self.path())?;
        // A directory opens, and fails only when read: said here.
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(io::ErrorKind::IsADirectory.into());
        }
        match self {
            Source::Member { member, .. } => member.open_file(file),
            _ => Ok(Box::new(file)),
        }
    }
}

/// The inputs `files` name: each directory among them as the files under
/// it, each archive (a file holding a ZIP or a tar, compressed or not) as
/// its files, in their order in it.
fn sources(r: &Renderer, files: &[String]) -> Result<Vec<Source>, AnalyzeError> {
    let mut sources = Vec::with_capacity(files.len());
    for given in files {
        if given == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let mut found = Vec::new();
        if std::fs::metadata(given).is_ok_and(|m| m.is_dir()) {
            files_under(std::path::Path::new(given), &mut found).map_err(|e| cannot(r, given, &e))?;
            if found.is_empty() {
                return Err(AnalyzeError::Open(t(r, "analyze-directory-empty", &[("dir", given.clone())])?));
            }
        } else {
            found.push(given.clone());
        }
        for file in found {
            if sources.len() > MAX_FILES {
                break; // said by the caller
            }
            let members = match regular_file(&file) {
                true => std::fs::File::open(&file)
                    .and_then(statusdoc_trace::archive_members)
                    .map_err(|e| cannot(r, &file, &e))?,
                false => None,
            };
            match members {
                Some(members) => {
                    sources.extend(members.into_iter().map(|member| Source::Member { archive: file.clone(), member }))
                }
                None => sources.push(Source::File(file)),
            }
        }
    }
    Ok(sources)
}

/// The files under directory `dir` (a support bundle extracted, a ring
/// buffer's directory), those of each subdirectory in turn, in the order
/// of their names, into `found`, up to one past [`MAX_FILES`]. Hidden ones
/// (`.DS_Store`, `.git`) are left out; links to files are followed, links
/// to directories not (they could lead back up).
fn files_under(dir: &std::path::Path, found: &mut Vec<String>) -> io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        if found.len() > MAX_FILES {
            break;
        }
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files_under(&path, found)?;
        } else if path.is_file() {
            found.push(path.display().to_string());
        }
    }
    Ok(())
}

fn open(
    r: &Renderer,
    source: &Source,
    tls_keys: &Arc<KeyLog>,
    live: bool,
    buffer: usize,
) -> Result<Input, AnalyzeError> {
    let silence_wanted = Arc::new(AtomicBool::new(false));
    let reader: Box<dyn io::Read + Send> = match source {
        Source::Stdin if live => Box::new(PipeInput::spawn(io::stdin(), Arc::clone(&silence_wanted))),
        Source::Stdin => {
            if io::stdin().is_terminal() {
                // Someone about to paste: say what is awaited, and how to end it.
                eprintln!("{}", t(r, "analyze-stdin-terminal", &[])?);
            }
            Box::new(io::stdin())
        }
        _ => source.reopen().map_err(|e| cannot(r, source.path(), &e))?,
    };
    let unreadable = match source {
        Source::Member { member, .. } => member.unreadable(),
        _ => None,
    };
    Ok(Input {
        reader: io::BufReader::with_capacity(buffer, reader),
        tls_keys: Arc::clone(tls_keys),
        silence_wanted,
        clock_offset: 0.0,
        place: 0,
        then: Vec::new(),
        unreadable,
    })
}

/// Whether a path names a regular file, not standard input, a pipe or a
/// directory.
fn regular_file(file: &str) -> bool {
    file != "-" && std::fs::metadata(file).is_ok_and(|m| m.is_file())
}

/// The TLS session secrets of the key log files given (`--tls-keys`), all
/// in one, and of those among the inputs (given beside the capture, or in
/// its archive or directory), which are taken out of them; a file given
/// that cannot be read, is too large or holds no secrets stops the run.
fn tls_keys(r: &Renderer, given: &[&str], sources: &mut Vec<Source>) -> Result<Arc<KeyLog>, AnalyzeError> {
    let mut keys = KeyLog::default();
    for file in given {
        let mut text = Vec::new();
        let read = std::fs::File::open(file)
            .and_then(|f| f.take(statusdoc_trace::MAX_KEY_LOG_BYTES as u64 + 1).read_to_end(&mut text));
        if let Err(e) = read {
            return Err(cannot(r, file, &e));
        }
        if text.len() > statusdoc_trace::MAX_KEY_LOG_BYTES {
            return Err(cannot(r, file, &io::Error::from(io::ErrorKind::FileTooLarge)));
        }
        let before = keys.len();
        keys.add(&text);
        if keys.len() == before {
            let message = t(r, "analyze-tls-keys-none", &[("file", (*file).to_owned())])?;
            return Err(AnalyzeError::Open(message));
        }
    }
    // One that looks like a key log but holds no secrets stays an input,
    // to be said not to be one.
    sources.retain(|source| {
        let stored = match source {
            Source::Stdin => None,
            Source::File(file) => std::fs::metadata(file).ok().filter(|m| m.is_file()).map(|m| m.len()),
            Source::Member { member, .. } => Some(member.stored_len()),
        };
        let open = || source.reopen().map(|f| f as Box<dyn io::Read>);
        !stored.is_some_and(|stored| keys.add_if_key_log(stored, open))
    });
    Ok(Arc::new(keys))
}

/// The places of the files each input reads in turn (see [`one_after_another`]).
fn read_in_turn(inputs: &[Input]) -> Vec<Vec<usize>> {
    let chains = inputs.iter().filter(|input| !input.then.is_empty());
    chains.map(|input| std::iter::once(input.place).chain(input.then.iter().map(|i| i.place)).collect()).collect()
}

/// An item read from one input on its own thread.
enum Item {
    Records(Vec<Read>),
    Problem(Problem),
    Failed(io::Error),
    /// The file at this place has been read (of files read in turn).
    Ended(usize),
}

/// A record as its reader hands it over: parsed there, or left for the
/// analysis to parse (when redaction is to change its bytes first, or the
/// analysis has no batch waiting, see [`PARSE_AHEAD`]).
enum Read {
    Parsed(ParsedRecord),
    Raw(SipRecord),
}

/// What the reading hands the analysis: a record, or, a live input
/// silent, the capture time it is taken to have reached.
enum Event<'r> {
    Record(&'r mut Read),
    Silent(f64),
    /// Of several inputs, the one at this place has no more records.
    Ended(usize),
}

impl Read {
    fn record(&self) -> &SipRecord {
        match self {
            Read::Parsed(parsed) => parsed.record(),
            Read::Raw(record) => record,
        }
    }
}

/// The record with its bytes moved out of the batch (which goes back to its
/// reader to be freed) instead of copied.
fn moved_out(record: &mut SipRecord) -> SipRecord {
    SipRecord { bytes: std::mem::take(&mut record.bytes), ..*record }
}

/// Records are handed between threads in batches of this many, so that the
/// queues cost little per record.
const BATCH: usize = 256;

/// How many batches each input may have read ahead of the merge (4,096 records).
const MERGE_QUEUE: usize = 16;

/// Records all inputs together may have read ahead of the merge: each of
/// many inputs (a ring buffer's files, read at once to be merged) gets a
/// share, at least 64, so that memory does not grow with their number.
const READ_AHEAD: usize = 16_384;

/// Most inputs read together: each is open and read at once, to be merged
/// (about 0.35 MB of memory each, and a file descriptor; systems commonly
/// allow a process 1,024), and each frame keeps its input's place in 16
/// bits (`statusdoc_trace::MAX_INPUTS`).
const MAX_FILES: usize = 1_000;

/// Memory the inputs' read buffers take together (each from 64 KiB to 1 MiB).
const READ_BUFFERS: usize = 4 << 20;

/// A reader parses what it reads while at least this many of its batches
/// wait for the analysis, and leaves the parsing to the analysis otherwise.
const PARSE_AHEAD: usize = 4;

/// Set by a first Ctrl-C (SIGINT) once [`stop_reading_on_interrupt`] was
/// called: reading stops as at the end of the input, and what was read is
/// analysed and written. A live capture piped in (`tcpdump -w - |
/// statusdoc analyze -`) ends this way, and its calls must not be lost.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Makes a first Ctrl-C stop the reading (see [`INTERRUPTED`]) and a second
/// one exit at once, with status 130 as a shell gives a process it stopped.
pub fn stop_reading_on_interrupt() {
    use signal_hook::consts::SIGINT;
    // The exit first: it is armed by the flag the second handler sets. Were
    // they not registered, Ctrl-C would end the process as it always does.
    let _ = signal_hook::flag::register_conditional_shutdown(SIGINT, 130, &INTERRUPTED);
    let _ = signal_hook::flag::register(SIGINT, &INTERRUPTED);
}

/// Standard input being piped in as a capture is made, read on a thread of
/// its own and handed over in chunks: the reading side waits for the next
/// chunk a little at a time, so that it sees Ctrl-C even while the pipe
/// stays silent (a read blocked on the pipe returns only when data comes).
/// Once its reader wants to hear of it (a live log, whose last entry waits
/// for the next), a read fails with [`io::ErrorKind::TimedOut`] when the
/// pipe has been silent for [`SILENCE_TICK`], once each time it falls silent.
struct PipeInput {
    chunks: std::sync::mpsc::Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
    silence_wanted: Arc<AtomicBool>,
    /// When the last chunk came, until the silence after it was told.
    silent_since: Option<std::time::Instant>,
}

/// How long [`PipeInput`] waits for a chunk before it looks for Ctrl-C again.
const INTERRUPT_CHECK: std::time::Duration = std::time::Duration::from_millis(100);

impl PipeInput {
    fn spawn(mut source: impl io::Read + Send + 'static, silence_wanted: Arc<AtomicBool>) -> PipeInput {
        // A few chunks ahead at most: memory stays bounded if the analysis lags.
        let (sender, chunks) = std::sync::mpsc::sync_channel(4);
        // Not waited for: at the end of the analysis it may still be blocked
        // on a silent pipe, and ends with the process.
        std::thread::spawn(move || loop {
            let mut chunk = vec![0u8; 64 * 1024];
            let read = match source.read(&mut chunk) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Ok(n) => Ok(n),
                Err(e) => Err(e),
            };
            let end = !matches!(read, Ok(1..));
            chunk.truncate(*read.as_ref().unwrap_or(&0));
            if sender.send(read.map(|_| chunk)).is_err() || end {
                return;
            }
        });
        PipeInput { chunks, chunk: Vec::new(), at: 0, silence_wanted, silent_since: Some(std::time::Instant::now()) }
    }
}

impl io::Read for PipeInput {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.chunk.len() {
            match self.chunks.recv_timeout(INTERRUPT_CHECK) {
                // An empty chunk: the pipe's end.
                Ok(Ok(chunk)) if chunk.is_empty() => return Ok(0),
                Ok(Ok(chunk)) => {
                    (self.chunk, self.at) = (chunk, 0);
                    self.silent_since = Some(std::time::Instant::now());
                }
                Ok(Err(e)) => return Err(e),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) if INTERRUPTED.load(Ordering::Relaxed) => return Ok(0),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    let silent = self.silent_since.is_some_and(|since| since.elapsed() >= SILENCE_TICK);
                    if silent && self.silence_wanted.load(Ordering::Relaxed) {
                        self.silent_since = None;
                        return Err(io::ErrorKind::TimedOut.into());
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// An input that reads as ended once the analysis wants no more records
/// (its output is gone) or Ctrl-C was pressed, so that its reader stops
/// decoding.
struct Stoppable {
    input: io::BufReader<Box<dyn io::Read + Send>>,
    stop: Arc<AtomicBool>,
}

impl Stoppable {
    fn stopped(&self) -> bool {
        reading_stopped(&self.stop)
    }
}

/// Whether reading was stopped (`stop`, or Ctrl-C): an input then reads as
/// ended.
fn reading_stopped(stop: &AtomicBool) -> bool {
    stop.load(Ordering::Relaxed) || INTERRUPTED.load(Ordering::Relaxed)
}

/// Reads at least this large skip the read buffer once it is empty.
const DIRECT_READ: usize = 64 << 10;

impl io::Read for Stoppable {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stopped() {
            return Ok(0);
        }
        // Once what was looked at to tell the form is used up, a reader with
        // a large buffer of its own (a capture's, 128 KiB) reads straight
        // into it: one copy of every byte less (3 % of the time reading a
        // capture). Small reads still go through the buffer.
        if self.input.buffer().is_empty() && buf.len() >= DIRECT_READ {
            return self.input.get_mut().read(buf);
        }
        self.input.read(buf)
    }
}

impl io::BufRead for Stoppable {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.stopped() {
            return Ok(&[]);
        }
        self.input.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.input.consume(amount);
    }
}

/// Hands the records of the inputs to `keep` on one timeline, until `keep`
/// says it wants no more. Each input is read (capture decoded, datagrams
/// copied out and, with `parse`, parsed while the analysis has batches
/// waiting, see [`PARSE_AHEAD`]) on its own thread into a short
/// queue, while this thread analyses; with several inputs the earliest head
/// is taken each time. Memory stays bounded however large they are.
///
/// Spent batches go back to the thread that read them, which frees the
/// records there and fills the batch again: memory freed by the thread that
/// allocated it is cheap to free, memory freed by another is not. Once
/// `keep` has had enough, the readers see their inputs end; they are not
/// waited for, as one may be blocked on a pipe that stays silent.
///
/// One input is read on this thread, record by record, on one core
/// ([`read_here`]); when it is `live` (piped in as it is made), it is
/// handed over record by record ([`read_live`]): a batch would wait for
/// records a quiet line may not send for minutes.
fn read_merged(
    inputs: Vec<Input>,
    parse: bool,
    live: bool,
    keep: &mut dyn FnMut(Event) -> bool,
    problems: &mut Vec<Problem>,
) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    if live && inputs.len() == 1 {
        return read_live(inputs, keep, problems, &stop);
    }
    if one_core() && inputs.len() == 1 && inputs[0].then.is_empty() {
        return read_here(inputs, keep, problems, &stop);
    }
    let mut queues = Vec::with_capacity(inputs.len());
    let mut spent = Vec::with_capacity(inputs.len());
    let mut queued = Vec::with_capacity(inputs.len());
    let mut places = Vec::with_capacity(inputs.len());
    // Files, those read in turn included.
    let several = inputs.iter().map(|input| 1 + input.then.len()).sum::<usize>() > 1;
    let ahead = (READ_AHEAD / inputs.len().max(1)).clamp(64, MERGE_QUEUE * BATCH);
    let batch_len = (ahead / 4).min(BATCH);
    let queue_len = ahead / batch_len;
    for input in inputs {
        // Frames of several inputs are told apart by the input's place
        // (files read in turn number their own).
        let (place, in_turn) = (input.place, !input.then.is_empty());
        places.push(place);
        let frame = move |number: u64| {
            if several && !in_turn {
                statusdoc_trace::frame_of_input(number, place)
            } else {
                number
            }
        };
        let offset = input.clock_offset;
        if offset != 0.0 {
            note_problem(problems, Problem::clock_offset(frame(0), offset));
        }
        let (sender, queue) = std::sync::mpsc::sync_channel::<Item>(queue_len);
        // Batches of this input waiting for the analysis.
        let waiting = Arc::new(AtomicUsize::new(0));
        queued.push(Arc::clone(&waiting));
        let (give_back, returned) = std::sync::mpsc::sync_channel::<Vec<Read>>(queue_len);
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut batch = Vec::with_capacity(batch_len);
            let mut on_record = |mut record: SipRecord| {
                record.frame = frame(record.frame);
                record.time -= offset;
                // Parsed here while the analysis has batches waiting;
                // when it is about to wait for this thread instead, the
                // record is handed over as read and parsed there, so
                // that the slower thread does less.
                let ahead = waiting.load(Ordering::Relaxed) >= PARSE_AHEAD;
                batch.push(if parse && ahead { Read::Parsed(ParsedRecord::parse(record)) } else { Read::Raw(record) });
                if batch.len() == batch_len {
                    let empty = returned.try_recv().map_or_else(
                        |_| Vec::with_capacity(batch_len),
                        |mut used| {
                            used.clear();
                            used
                        },
                    );
                    let full = std::mem::replace(&mut batch, empty);
                    waiting.fetch_add(1, Ordering::Relaxed);
                    let _ = sender.send(Item::Records(full));
                }
            };
            let mut on_problem = |mut problem: Problem| {
                problem.frame = frame(problem.frame);
                let _ = sender.send(Item::Problem(problem));
            };
            let result = if in_turn {
                // Said ahead of the file's last records still in the batch:
                // all of them come before the next file's.
                let mut ended = |place| {
                    let _ = sender.send(Item::Ended(place));
                };
                input.read_in_turn(&stop, &mut on_record, &mut on_problem, &mut ended)
            } else {
                input.read(false, &stop, &mut on_record, &mut on_problem)
            };
            waiting.fetch_add(1, Ordering::Relaxed);
            let _ = sender.send(Item::Records(batch));
            if let Err(e) = result {
                let _ = sender.send(Item::Failed(e));
            }
        });
        queues.push(queue);
        spent.push(give_back);
    }
    // Each input's current batch, and how much of it has been kept.
    let mut heads: Vec<(Vec<Read>, usize)> = queues.iter().map(|_| (Vec::new(), 0)).collect();
    let mut open: Vec<bool> = queues.iter().map(|_| true).collect();
    let mut failure = None;
    loop {
        for (i, queue) in queues.iter().enumerate() {
            while open[i] && heads[i].1 == heads[i].0.len() {
                match queue.recv() {
                    Ok(Item::Records(records)) => {
                        queued[i].fetch_sub(1, Ordering::Relaxed);
                        let used = std::mem::replace(&mut heads[i], (records, 0)).0;
                        // When the reader is done or its queue is full, freed here.
                        let _ = spent[i].try_send(used);
                    }
                    Ok(Item::Problem(problem)) => note_problem(problems, problem),
                    Ok(Item::Failed(e)) => failure = Some(e),
                    Ok(Item::Ended(place)) => {
                        if !keep(Event::Ended(place)) {
                            stop.store(true, Ordering::Relaxed);
                            return failure.map_or(Ok(()), Err);
                        }
                    }
                    Err(_) => {
                        open[i] = false;
                        if several && !keep(Event::Ended(places[i])) {
                            stop.store(true, Ordering::Relaxed);
                            return failure.map_or(Ok(()), Err);
                        }
                    }
                }
            }
        }
        let earliest = heads
            .iter()
            .enumerate()
            .filter_map(|(i, (batch, next))| batch.get(*next).map(|r| (i, r.record().time)))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        let Some((i, _)) = earliest else { break };
        let (batch, next) = &mut heads[i];
        *next += 1;
        if !keep(Event::Record(&mut batch[*next - 1])) {
            stop.store(true, Ordering::Relaxed);
            break;
        }
    }
    failure.map_or(Ok(()), Err)
}

/// Whether this process may run on one core only (an affinity mask, a
/// container's quota): then a second thread cannot run alongside, and
/// handing records over to it only costs — each is analysed long after it
/// was read, out of the cache.
fn one_core() -> bool {
    // Asked once: the answer reads the affinity mask and cgroup files.
    static ONE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ONE.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() == 1))
}

/// [`read_merged`] for one input on one core: each record is read, parsed
/// and kept on this thread, while its bytes are still in the cache. It is
/// handed over as read, and parsed where it is analysed: nothing has to
/// carry the parse from one thread to another.
fn read_here(
    inputs: Vec<Input>,
    keep: &mut dyn FnMut(Event) -> bool,
    problems: &mut Vec<Problem>,
    stop: &Arc<AtomicBool>,
) -> io::Result<()> {
    for input in inputs {
        input.read(
            false,
            stop,
            &mut |record| {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let mut read = Read::Raw(record);
                if !keep(Event::Record(&mut read)) {
                    stop.store(true, Ordering::Relaxed);
                }
            },
            &mut |problem| note_problem(problems, problem),
        )?;
    }
    Ok(())
}

/// How long a live input may stay silent before the analysis is told how
/// far capture time has gone meanwhile.
const SILENCE_TICK: std::time::Duration = std::time::Duration::from_secs(1);

/// [`read_merged`] for one input read as it is written (a capture or a log
/// piped in): read on a thread of its own and handed over record by
/// record, as each comes. While the input is silent, the analysis is told
/// every second that capture time goes on (the last record's time, plus
/// the time since it came: never ahead of the input's clock), so that a
/// call on a quiet line is written once it is over, not when the next
/// packet or log entry comes. (A log's last entry, which could go on, is
/// read once the pipe has been silent a second: see [`PipeInput`].)
fn read_live(
    inputs: Vec<Input>,
    keep: &mut dyn FnMut(Event) -> bool,
    problems: &mut Vec<Problem>,
    stop: &Arc<AtomicBool>,
) -> io::Result<()> {
    let Some(input) = inputs.into_iter().next() else { return Ok(()) };
    // A few records ahead at most: memory stays bounded if the analysis lags.
    let (sender, items) = std::sync::mpsc::sync_channel::<Item>(MERGE_QUEUE * BATCH);
    let stop_reading = Arc::clone(stop);
    // Not waited for: it may be blocked on a pipe that stays silent.
    std::thread::spawn(move || {
        let result = input.read(
            true,
            &stop_reading,
            &mut |record| {
                let _ = sender.send(Item::Records(vec![Read::Raw(record)]));
            },
            &mut |problem| {
                let _ = sender.send(Item::Problem(problem));
            },
        );
        if let Err(e) = result {
            let _ = sender.send(Item::Failed(e));
        }
    });
    // The latest record's capture time, and when it came.
    let mut latest: Option<(f64, std::time::Instant)> = None;
    loop {
        let kept = match items.recv_timeout(SILENCE_TICK) {
            Ok(Item::Records(records)) => records.into_iter().all(|mut read| {
                latest = Some((read.record().time, std::time::Instant::now()));
                keep(Event::Record(&mut read))
            }),
            Ok(Item::Problem(problem)) => {
                note_problem(problems, problem);
                true
            }
            Ok(Item::Failed(e)) => return Err(e),
            // One input, not files read in turn.
            Ok(Item::Ended(_)) => true,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                latest.is_none_or(|(time, came)| keep(Event::Silent(time + came.elapsed().as_secs_f64())))
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        };
        if !kept {
            stop.store(true, Ordering::Relaxed);
            return Ok(());
        }
    }
}

/// What each record passes before the analysis: the `--max-messages` limit
/// and, if asked, redaction.
struct Intake {
    max_messages: u64,
    count: u64,
    over_limit: bool,
    redactor: Option<Redactor>,
}

impl Intake {
    fn new(options: &Options) -> Intake {
        Intake {
            max_messages: options.max_messages,
            count: 0,
            over_limit: false,
            redactor: options.redact.then(Redactor::new),
        }
    }

    /// Whether one more record may be analysed (not past the limit).
    fn admit(&mut self) -> bool {
        if self.count >= self.max_messages {
            self.over_limit = true;
            return false;
        }
        self.count += 1;
        true
    }

    /// The record as the analysis should see it.
    fn redact(&mut self, record: SipRecord) -> SipRecord {
        match self.redactor.as_mut() {
            Some(redactor) => redactor.record(record),
            None => record,
        }
    }

    /// Adds the limit to the problems if it was reached, redacts them, and
    /// says what redaction replaced.
    fn close(mut self, problems: &mut Vec<Problem>) -> Option<Redacted> {
        if INTERRUPTED.load(Ordering::Relaxed) {
            problems.push(Problem { frame: 0, kind: ProblemKind::Interrupted, detail: String::new() });
        }
        if self.over_limit {
            problems.push(Problem {
                frame: 0,
                kind: ProblemKind::LimitReached,
                detail: format!("--max-messages {}", self.max_messages),
            });
        }
        let redactor = self.redactor.as_mut()?;
        redactor.problems(problems);
        Some(redactor.summary())
    }
}

/// The counts, the problems, and what redaction replaced.
type Ending = (Summary, Vec<Problem>, Option<Redacted>);

/// Batches of finished calls the reading thread may hold ahead of the writer.
const CALL_BATCHES: usize = 64;

/// Reads and analyses on one thread while this one writes the calls as they
/// finish: the two halves of the work run on two cores, and the queue
/// between them is bounded, so memory holds only calls in progress. On one
/// core, all of it runs on this thread.
fn stream(inputs: Vec<Input>, options: &Options, emitter: &mut Emitter) -> io::Result<Ending> {
    if one_core() {
        return read_and_analyse(inputs, options, &mut |calls| {
            for call in calls {
                emitter.emit(call.call());
            }
            emitter.flush();
            emitter.error.is_none()
        });
    }
    std::thread::scope(|scope| {
        let (finished, calls) = std::sync::mpsc::sync_channel::<Vec<Finished>>(CALL_BATCHES);
        let reader = scope.spawn(move || read_and_analyse(inputs, options, &mut |done| finished.send(done).is_ok()));
        for batch in calls {
            for call in batch {
                emitter.emit(call.call());
            }
            emitter.flush();
            if emitter.error.is_some() {
                break; // and the queue closes: the analysis stops
            }
        }
        reader.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Reads the inputs and analyses their records, handing the calls to
/// `write` as they finish; `write` says whether it wants more (reading
/// stops once the writer has stopped, on an error it reports itself, such
/// as a closed pipe).
fn read_and_analyse(
    inputs: Vec<Input>,
    options: &Options,
    write: &mut dyn FnMut(Vec<Finished>) -> bool,
) -> io::Result<Ending> {
    let mut intake = Intake::new(options);
    let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT).max_open_calls(options.max_open_calls).live(options.live);
    for places in read_in_turn(&inputs) {
        analyzer.read_in_turn(&places);
    }
    let mut problems = Vec::new();
    let mut index = 0usize;
    let mut writer_gone = false;
    let mut keep = |event: Event| {
        let read = match event {
            Event::Record(read) => read,
            Event::Silent(now) => {
                let done = analyzer.pass_time(now);
                if !done.is_empty() {
                    writer_gone = !write(done);
                }
                return !writer_gone;
            }
            Event::Ended(input) => {
                analyzer.input_ended(input);
                return !writer_gone;
            }
        };
        if writer_gone || !intake.admit() {
            return false;
        }
        let done = match read {
            Read::Parsed(parsed) => analyzer.push_parsed(index, parsed),
            Read::Raw(record) => analyzer.push(index, &intake.redact(moved_out(record))),
        };
        index += 1;
        if !done.is_empty() {
            writer_gone = !write(done);
        }
        true
    };
    // Parsed where read, unless redaction is to change the bytes first.
    read_merged(inputs, !options.redact, options.live, &mut keep, &mut problems)?;
    let redacted = intake.close(&mut problems);
    for p in problems {
        analyzer.problem(p);
    }
    let (rest, summary, errors) = analyzer.finish();
    write(rest);
    Ok((summary, errors, redacted))
}

/// Holds every record, for the HTML report that shows each message whole.
fn whole(
    r: &Renderer,
    words: Words,
    inputs: Vec<Input>,
    files: &[String],
    options: &Options,
    path: &str,
    emitter: &mut Emitter,
) -> Result<Ending, AnalyzeError> {
    let mut intake = Intake::new(options);
    let mut records: Vec<SipRecord> = Vec::new();
    let mut problems = Vec::new();
    let mut keep = |event: Event| {
        let Event::Record(read) = event else { return true };
        if !intake.admit() {
            return false;
        }
        if let Read::Raw(record) = read {
            records.push(intake.redact(moved_out(record)));
        }
        true
    };
    let in_turn = read_in_turn(&inputs);
    read_merged(inputs, false, false, &mut keep, &mut problems)?;
    let redacted = intake.close(&mut problems);
    let mut analysis = analyze_inputs(&records, problems, &in_turn);
    emitter.filter().retain(&mut analysis.calls);
    for call in &analysis.calls {
        emitter.write(call);
    }
    let html = HtmlOptions { inputs: words.input_names(files), redacted, code_href: None, filter: emitter.filter() };
    let file = std::fs::File::create(path).map_err(|e| cannot(r, path, &e))?;
    let mut file = io::BufWriter::new(file);
    match statusdoc_report::write_html(words, &analysis, &records, &html, &mut file) {
        Err(statusdoc_report::Error::Io(e)) => return Err(cannot(r, path, &e)),
        other => other?,
    }
    io::Write::flush(&mut file).map_err(|e| cannot(r, path, &e))?;
    Ok((analysis.summary, analysis.errors, redacted))
}

/// Reads the inputs and writes the answer. Calls are written as they finish
/// (several inputs are merged on one timeline as they are read), unless an
/// HTML report is asked for, which holds every record to show it whole.
pub fn run(r: &Renderer, out: &mut dyn Write, files: &[String], options: &Options) -> Result<Summary, AnalyzeError> {
    if files.len() > MAX_FILES {
        let count = files.len().to_string();
        let text = t(r, "analyze-too-many-inputs", &[("count", count), ("limit", MAX_FILES.to_string())])?;
        return Err(AnalyzeError::Open(text));
    }
    let mut sources = sources(r, files)?;
    if sources.len() > MAX_FILES {
        return Err(AnalyzeError::Open(t(r, "analyze-too-many-files", &[("limit", MAX_FILES.to_string())])?));
    }
    // Every input is opened first, so that a missing file stops before any output.
    let keys = tls_keys(r, options.tls_keys, &mut sources)?;
    if sources.is_empty() {
        return Err(AnalyzeError::Open(t(r, "analyze-only-tls-keys", &[])?));
    }
    let files: Vec<String> = sources.iter().map(Source::name).collect();
    // Frames are shown with their input only when there are several.
    let names = if files.len() > 1 { words(r).input_names(&files) } else { Vec::new() };
    let words = words(r).with_inputs(&names);
    let asked = options.call.map(asked_call_id);
    let mut emitter = Emitter {
        r,
        words,
        out: &mut *out,
        format: options.format,
        following: Following::new(&Filter { call: asked.as_deref(), failed_only: options.failed_only }),
        call: asked,
        failed_only: options.failed_only,
        written: 0,
        error: None,
        meanings: std::collections::HashMap::new(),
        buffer: Vec::new(),
    };
    // Many inputs (a ring buffer's files) share the read buffers' memory.
    let buffer = (READ_BUFFERS / files.len().max(1)).clamp(64 << 10, 1 << 20);
    let mut inputs =
        sources.iter().map(|source| open(r, source, &keys, options.live, buffer)).collect::<Result<Vec<_>, _>>()?;
    // Captures of several places, their clocks lined up (files, not pipes).
    let offsets = match sources.iter().all(Source::rereadable) {
        true => statusdoc_trace::clock_offsets(sources.len(), &|i| reopened(&sources[i]), &keys, u64::MAX),
        false => vec![0.0; sources.len()],
    };
    for ((place, input), offset) in inputs.iter_mut().enumerate().zip(offsets) {
        input.clock_offset = offset;
        input.place = place;
    }
    let inputs = one_after_another(inputs, &sources, options.live);
    if emitter.format == Format::Json {
        write!(emitter.out, "{{\n  \"calls\": [")?;
    }
    let (mut summary, mut errors, redacted) = match options.html {
        None => stream(inputs, options, &mut emitter)?,
        Some(path) => whole(r, words, inputs, &files, options, path, &mut emitter)?,
    };
    if emitter.following.lost() > 0 {
        let detail = emitter.following.lost().to_string();
        errors.push(Problem { frame: 0, kind: ProblemKind::HeldCallsLimit, detail });
        summary.errors += 1;
    }
    emitter.flush(); // the last calls' JSON, before what follows them
    if let Some(e) = emitter.error.take() {
        return Err(AnalyzeError::Io(e));
    }
    let written = emitter.written;
    let none_shown = words.no_calls(&summary, &emitter.filter()).map_err(io::Error::other)?;
    match options.format {
        Format::Json => {
            let errors: Vec<Value> = errors
                .iter()
                .map(|p| {
                    let mut error = serde_json::json!({"frame": statusdoc_trace::frame_number(p.frame)});
                    if let Some(input) = statusdoc_trace::frame_input(p.frame) {
                        error["input"] = input.into();
                    }
                    error["kind"] = p.kind.id().into();
                    error["error"] = problem_text(r, p)?.into();
                    Ok(error)
                })
                .collect::<io::Result<_>>()?;
            let close = if written == 0 { "" } else { "\n  " };
            writeln!(out, "{close}],")?;
            writeln!(out, "  \"summary\": {},", serde_json::to_string(&summary).map_err(io::Error::other)?)?;
            if let Some(redacted) = &redacted {
                writeln!(out, "  \"redacted\": {},", serde_json::to_string(redacted).map_err(io::Error::other)?)?;
            }
            writeln!(out, "  \"inputs\": {},", serde_json::to_string(&files).map_err(io::Error::other)?)?;
            writeln!(out, "  \"errors\": {}", serde_json::to_string(&errors).map_err(io::Error::other)?)?;
            writeln!(out, "}}")?;
        }
        Format::Markdown => {
            if written == 0 {
                writeln!(out, "{none_shown}\n")?;
            }
            let text = statusdoc_report::markdown_summary(words, &summary, &errors, redacted.as_ref())?;
            write!(out, "{text}")?;
        }
        Format::Mermaid => {
            // Diagrams only on standard output; the counts go to standard error.
            let text = statusdoc_report::markdown_summary(words, &summary, &errors, redacted.as_ref())?;
            out.flush()?;
            eprint!("{text}");
        }
        Format::Text => {
            if written == 0 {
                writeln!(out, "{none_shown}")?;
            }
            writeln!(out)?;
            writeln!(out, "{}", summary_text(r, &summary)?)?;
            if let Some(redacted) = &redacted {
                writeln!(out, "{}", r.style.wrap(&words.redacted(redacted).map_err(io::Error::other)?, "", ""))?;
            }
            if !errors.is_empty() {
                writeln!(out)?;
                writeln!(out, "{}", r.style.heading(&t(r, "analyze-problems", &[])?))?;
                for p in &errors {
                    let line = words.problem_line(p).map_err(io::Error::other)?;
                    writeln!(out, "{}", r.style.wrap(&line, "    ", "  • "))?;
                }
            }
        }
    }
    Ok(summary)
}

fn summary_text(r: &Renderer, summary: &Summary) -> io::Result<String> {
    words(r).summary(summary).map_err(io::Error::other)
}

fn t(r: &Renderer, id: &str, vars: &[(&str, String)]) -> io::Result<String> {
    words(r).get(id, vars).map_err(io::Error::other)
}

fn problem_text(r: &Renderer, p: &Problem) -> io::Result<String> {
    words(r).problem(p).map_err(io::Error::other)
}

/// A finding as the JSON contract shows it: with its message in the user's language.
#[derive(serde::Serialize)]
struct FindingJson<'f> {
    kind: &'f str,
    severity: Severity,
    message: String,
    /// Each frame's number in its input.
    #[serde(serialize_with = "frame_numbers")]
    frames: &'f [u64],
    /// Each frame's input, when several were read.
    #[serde(skip_serializing_if = "Option::is_none")]
    frame_inputs: Option<Vec<usize>>,
    references: &'f [&'static str],
}

/// Frame ids as the numbers they have in their inputs.
fn frame_numbers<S: serde::Serializer>(frames: &&[u64], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(frames.iter().map(|frame| statusdoc_trace::frame_number(*frame)))
}

fn findings_json<'c>(words: Words, c: &'c Call) -> io::Result<Vec<FindingJson<'c>>> {
    c.findings
        .iter()
        .map(|f| {
            Ok(FindingJson {
                kind: f.kind,
                severity: f.severity,
                message: words.finding(f).map_err(io::Error::other)?,
                frames: &f.frames,
                frame_inputs: f
                    .frames
                    .iter()
                    .map(|frame| statusdoc_trace::frame_input(*frame))
                    .collect::<Option<Vec<_>>>()
                    .filter(|inputs| !inputs.is_empty()),
                references: &f.references,
            })
        })
        .collect()
}

/// A call as the JSON contract shows it (docs/json-contract.md), written
/// straight into `out`: its fields through serde, its messages — most of
/// the bytes — through [`CallMessage::write_json`](statusdoc_trace::CallMessage::write_json). This runs once per call
/// of captures with millions of them.
fn write_call_json(out: &mut Vec<u8>, c: &Call, findings: &[FindingJson]) -> io::Result<()> {
    field(out, "{\"call_id\":", &c.call_id)?;
    field(out, ",\"method\":", &c.method)?;
    field(out, ",\"outcome\":", &c.outcome)?;
    out.extend_from_slice(b",\"participants\":");
    statusdoc_trace::write_json_addrs(out, &c.participants);
    field(out, ",\"setup_time\":", &c.setup_time)?;
    field(out, ",\"duration\":", &c.duration)?;
    field(out, ",\"linked\":", &c.linked)?;
    out.extend_from_slice(b",\"messages\":");
    c.write_json_messages(out);
    field(out, ",\"findings\":", findings)?;
    out.push(b'}');
    Ok(())
}

/// `name` (the JSON before the value), then the value as serde writes it.
fn field<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, name: &str, value: &T) -> io::Result<()> {
    out.extend_from_slice(name.as_bytes());
    serde_json::to_writer(out, value).map_err(io::Error::other)
}

/// The longest label that widens a ladder's columns to fit between them.
const MAX_LADDER_LABEL: usize = 44;

/// One call as a terminal ladder: one column per address.
fn ladder(
    r: &Renderer,
    words: Words,
    out: &mut dyn Write,
    c: &Call,
    meanings: &mut std::collections::HashMap<u16, Option<String>>,
) -> io::Result<()> {
    let style = r.style;
    writeln!(out)?;
    let outcome = words.outcome(&c.outcome).map_err(io::Error::other)?;
    let mut head = format!("{} · {} · {outcome}", t(r, "analyze-call", &[("call_id", c.call_id.clone())])?, c.method);
    if let Some(setup) = c.setup_time {
        head.push_str(&format!(" · {}", t(r, "analyze-setup", &[("seconds", format!("{setup:.3}"))])?));
    }
    if let Some(duration) = c.duration {
        head.push_str(&format!(" · {}", t(r, "analyze-duration", &[("seconds", format!("{duration:.3}"))])?));
    }
    let colour = c.outcome.status.unwrap_or(200);
    writeln!(out, "{}", style.code(colour, &head))?;
    if !c.linked.is_empty() {
        writeln!(out, "  {}", t(r, "analyze-linked", &[("calls", c.linked.join(", "))])?)?;
    }
    // Columns: one per participant.
    let lanes = words.lanes(c).map_err(io::Error::other)?;
    let names = lanes.names;
    // Columns as wide as the usual labels need; a longer one (a reason
    // phrase of a sentence, a fuzzer's method) is written after its row
    // rather than widening every column past the terminal.
    let longest_label = c.messages.iter().map(|m| m.label().chars().count()).max().unwrap_or(0);
    let width =
        names.iter().map(|n| n.len()).max().unwrap_or(10).max(18).max(longest_label.min(MAX_LADDER_LABEL) + 6) + 4;
    let origin = 11;
    let column = |i: usize| origin + i * width;
    let mut header = " ".repeat(origin);
    for name in &names {
        header.push_str(&format!("{name:<width$}"));
    }
    writeln!(out, "{}", header.trim_end())?;
    let start = statusdoc_report::start_time(c);
    for (m, &(from, to)) in c.messages.iter().zip(&lanes.arrows) {
        let label = m.label();
        let when = statusdoc_report::since(m, start).unwrap_or_default();
        let mut line: Vec<char> = format!("{when:>9}  ").chars().collect();
        let total = column(names.len().saturating_sub(1)) + 1;
        line.resize(total.max(line.len()), ' ');
        for i in 0..names.len() {
            line[column(i)] = '|';
        }
        let (left, right) = (column(from.min(to)), column(from.max(to)));
        if left < right {
            for cell in line.iter_mut().take(right).skip(left + 1) {
                *cell = '-';
            }
            if to > from {
                line[right - 1] = '>';
            } else {
                line[left + 1] = '<';
            }
            let text: Vec<char> = format!(" {label} ").chars().collect();
            let span = right - left - 3;
            if text.len() <= span {
                let at = left + 2 + (span - text.len()) / 2;
                for (k, ch) in text.iter().enumerate() {
                    line[at + k] = *ch;
                }
                let rendered: String = line.iter().collect();
                write!(out, "{}", rendered.trim_end())?;
            } else {
                let rendered: String = line.iter().collect();
                write!(out, "{} {label}", rendered.trim_end())?;
            }
        } else {
            let rendered: String = line.iter().collect();
            write!(out, "{} {label}", rendered.trim_end())?;
        }
        if m.retransmission {
            write!(out, "  ({})", t(r, "analyze-retransmission", &[])?)?;
        }
        writeln!(out, "  [{}]", words.frame(m.frame).map_err(io::Error::other)?)?;
        if let (Kind::Response, Some(code)) = (m.kind, m.status) {
            if code >= 300 && !m.retransmission {
                if let Some(summary) = meanings.entry(code).or_insert_with(|| words.meaning(code)) {
                    let note = format!("{code} {}: {summary}", m.reason.clone().unwrap_or_default());
                    writeln!(out, "{}", style.wrap(&note, "             ", "           ⮡ "))?;
                }
            }
        }
    }
    if !c.findings.is_empty() {
        writeln!(out, "  {}", style.heading(&t(r, "analyze-findings", &[])?))?;
        for f in &c.findings {
            let severity = words.severity(f.severity).map_err(io::Error::other)?;
            let finding = words.finding(f).map_err(io::Error::other)?;
            let mut line = format!("[{severity}] {finding} [{}]", words.frames(&f.frames).map_err(io::Error::other)?);
            if !f.references.is_empty() {
                line.push_str(&format!(" ({})", f.references.join("; ")));
            }
            writeln!(out, "{}", style.wrap(&line, "      ", "    • "))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use statusdoc_trace::{CallMessage, Outcome, State, Transport};

    /// The contract as serde's derive writes it, to hold the direct writer to.
    #[derive(serde::Serialize)]
    struct Reference<'c> {
        call_id: &'c str,
        method: &'c str,
        outcome: &'c Outcome,
        participants: &'c [std::net::SocketAddr],
        setup_time: Option<f64>,
        duration: Option<f64>,
        linked: &'c [String],
        messages: &'c [CallMessage],
        findings: &'c [FindingJson<'c>],
    }

    #[test]
    fn a_call_is_written_as_serde_writes_it() {
        let a: std::net::SocketAddr = "192.0.2.1:5060".parse().unwrap();
        let b: std::net::SocketAddr = "[2001:db8::2]:5060".parse().unwrap();
        let message = |frame: u64, kind: Kind, status: Option<u16>| CallMessage {
            frame,
            time: 1_700_000_000.25 + frame as f64,
            src: a,
            dst: b,
            transport: Transport::Udp,
            kind,
            method: "INVITE".into(),
            status,
            reason: status.map(|_| "Busy \"Here\"".into()),
            cseq: "1 INVITE".into(),
            retransmission: false,
            record: 0,
            credentials: false,
            sent_by_first: false,
        };
        let mut call = Call {
            call_id: "c1@h".into(),
            method: "INVITE".into(),
            outcome: Outcome { state: State::Failed, status: Some(486) },
            participants: vec![a, b],
            setup_time: Some(1.5),
            duration: None,
            linked: vec!["c2@h".into()],
            messages: vec![message(1, Kind::Request, None), message(2, Kind::Response, Some(486))],
            findings: Vec::new(),
            sides: None,
        };
        let findings = [FindingJson {
            kind: "retry-after",
            severity: Severity::Info,
            message: "wait «30» s".into(),
            frames: &[2],
            frame_inputs: None,
            references: &["RFC 3261 §20.33"],
        }];
        for messages in [call.messages.clone(), Vec::new()] {
            call.messages = messages;
            let mut written = Vec::new();
            write_call_json(&mut written, &call, &findings).unwrap();
            let reference = Reference {
                call_id: &call.call_id,
                method: &call.method,
                outcome: &call.outcome,
                participants: &call.participants,
                setup_time: call.setup_time,
                duration: call.duration,
                linked: &call.linked,
                messages: &call.messages,
                findings: &findings,
            };
            assert_eq!(String::from_utf8(written).unwrap(), serde_json::to_string(&reference).unwrap());
        }
    }
}
