//! "Analyze a trace": the upload form (a plain page, exported like the
//! others) and the report for an uploaded capture or pasted log, rendered by
//! statusdoc-report inside the site's layout. Uploads are read in memory and
//! dropped with the answer; nothing is written anywhere.

use std::io::{self, Cursor, Read};

use askama::Template;
use statusdoc_report::{html_fragment, Filter, HtmlOptions, Words};
use statusdoc_trace::{
    analyze_inputs, archive_members, clock_offsets, decompressed, frame_of_input, read_input_within, ring_order,
    ArchiveMember, CaptureReader, KeyLog, Problem, ProblemKind, Redactor, SipRecord,
};

use crate::pages::{AnalysisPage, AnalyzePage};
use crate::site::{locale_prefix, Cache, Reply, Site};
use crate::text::Text;

/// What the form (or a raw POST) sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// The captures or logs sent (one or several files, or pasted text),
    /// each with its file name as sent, or a label for pasted text.
    pub files: Vec<(String, Vec<u8>)>,
    /// Whether to replace identifying values before analysis.
    pub redact: bool,
    /// A TLS key log (NSS format) to decrypt SIP over TLS with: its file
    /// name as sent, and its bytes.
    pub tls_keys: Option<(String, Vec<u8>)>,
}

/// Longest text taken for a status line rather than a trace.
const STATUS_LINE_MAX: usize = 200;

/// Why an upload was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// Neither a file nor text was sent (400).
    Empty,
    /// Larger than the site's limit (413).
    TooLarge,
    /// The form could not be read (400); the detail is the parser's.
    Form(String),
    /// The TLS key log so named holds no session secrets (400).
    NoTlsKeys(String),
}

impl Site {
    /// Whether `path` is the "Analyze a trace" page of some locale.
    pub fn is_analyze_path(&self, path: &str) -> bool {
        self.split_locale(path).1 == "/analyze"
    }

    /// The upload limit in megabytes, as people read it (`50`, `0.06`).
    fn max_upload_mb(&self) -> String {
        const MB: usize = 1024 * 1024;
        if self.max_upload() % MB == 0 {
            (self.max_upload() / MB).to_string()
        } else {
            format!("{:.2}", self.max_upload() as f64 / MB as f64)
        }
    }

    /// The form, with an error above it when `error` is not empty.
    pub(crate) fn analyze_form(&self, locale: &str, error: &str, status: u16) -> Result<Reply, String> {
        let t = Text::new(self.catalog(), locale);
        let json_ld = serde_json::json!({"@context": "https://schema.org", "@type": "WebPage", "name": t.get("analyze-page-title"), "inLanguage": locale});
        let layout =
            self.layout(&t, "/analyze", t.get("analyze-page-title"), t.get("analyze-page-description"), json_ld, "");
        let limit = self.max_upload_mb();
        let page = AnalyzePage {
            heading: t.get("analyze-page-title"),
            lead: t.get("analyze-page-lead"),
            error: error.to_owned(),
            action: format!("{}/analyze", locale_prefix(locale)),
            file_label: t.get("analyze-file-label"),
            text_label: t.get("analyze-text-label"),
            text_placeholder: t.get("analyze-text-placeholder"),
            redact_label: t.get("analyze-redact-label"),
            keys_label: t.get("analyze-keys-label"),
            submit: t.get("analyze-submit"),
            privacy: t.with("analyze-privacy", &[("limit", limit)]),
            cli_hint: t.get("analyze-cli-hint"),
            layout,
        };
        self.finish(&t, status, page.render())
    }

    /// The answer to a refused upload: the form again, with what was wrong.
    pub fn upload_error(&self, path: &str, error: &UploadError) -> Reply {
        let (locale, _) = self.split_locale(path);
        let t = Text::new(self.catalog(), locale);
        let limit = self.max_upload_mb();
        let (status, text) = match error {
            UploadError::Empty => (400, t.get("analyze-error-empty")),
            UploadError::TooLarge => (413, t.with("analyze-error-too-large", &[("limit", limit)])),
            UploadError::Form(detail) => (400, t.with("analyze-error-form", &[("detail", detail.clone())])),
            UploadError::NoTlsKeys(file) => (400, t.with("analyze-tls-keys-none", &[("file", file.clone())])),
        };
        self.analyze_form(locale, &text, status).map(|r| r.with_cache(Cache::NoStore)).unwrap_or_else(|err| {
            tracing::error!(error = %err, "rendering the upload form failed");
            Reply::internal()
        })
    }

    /// Reads the upload, analyses it, and answers the report inside the
    /// site's layout: 200, or 422 when nothing in it could be read.
    pub fn analyze_upload(&self, path: &str, upload: Upload) -> Reply {
        self.render_analysis(path, upload).map(|r| r.with_cache(Cache::NoStore)).unwrap_or_else(|err| {
            tracing::error!(error = %err, "rendering an analysis failed");
            Reply::internal()
        })
    }

    fn render_analysis(&self, path: &str, upload: Upload) -> Result<Reply, String> {
        let (locale, _) = self.split_locale(path);
        // A status line pasted where a trace was expected (the form's own
        // example is one), or a bare code: the code's page answers it.
        if let [(_, bytes)] = upload.files.as_slice() {
            if bytes.len() <= STATUS_LINE_MAX {
                let pasted = std::str::from_utf8(bytes).unwrap_or_default();
                if let Ok((registry, code)) = self.catalog().read_code(pasted, None) {
                    return Ok(Reply::see_other(self.code_path(locale, registry, code.get())));
                }
            }
        }
        let mut problems = Vec::new();
        let mut redactor = upload.redact.then(Redactor::new);
        // Secrets sent beside the capture; a pcapng's own are added as read.
        let mut tls_keys = KeyLog::default();
        if let Some((name, bytes)) = &upload.tls_keys {
            tls_keys.add(bytes);
            if tls_keys.is_empty() {
                return Ok(self.upload_error(path, &UploadError::NoTlsKeys(name.clone())));
            }
        }
        let mut keep = |record| match redactor.as_mut() {
            Some(redactor) => redactor.record(record),
            None => record,
        };
        // Each file sent, and each file of an archive sent (ZIP, tar), is
        // an input of its own; a key log among them gives its secrets instead.
        let mut pieces = Vec::new();
        for (name, bytes) in &upload.files {
            match archive_members(Cursor::new(bytes.as_slice())).map_err(|e| e.to_string())? {
                Some(members) => pieces.extend(members.into_iter().map(|m| Piece::Member(name, bytes, m))),
                None => pieces.push(Piece::Whole(name, bytes)),
            }
        }
        let pieces = without_key_logs(pieces, &mut tls_keys);
        let tls_keys = std::sync::Arc::new(tls_keys);
        let inputs = pieces.iter().map(Piece::name).collect();
        // A compressed upload counts at its decompressed size.
        let plan = Plan::of(&pieces, self.max_upload() as u64, &tls_keys);
        let records = match read_pieces(&pieces, &plan, self.max_upload() as u64, &tls_keys, &mut keep, &mut problems) {
            Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
                return Ok(self.upload_error(path, &UploadError::TooLarge));
            }
            other => other.map_err(|e| e.to_string())?,
        };
        if let Some(redactor) = redactor.as_mut() {
            redactor.problems(&mut problems);
        }
        let analysis = analyze_inputs(&records, problems, std::slice::from_ref(&plan.in_turn));
        let sip = self.catalog().registry("sip").map_err(|e| e.to_string())?;
        let code_href = |code: u16| self.code_path(locale, sip, code);
        let options = HtmlOptions {
            inputs,
            redacted: redactor.as_ref().map(Redactor::summary),
            code_href: Some(&code_href),
            filter: Filter::default(),
        };
        let report = html_fragment(Words::new(self.catalog(), locale), &analysis, &records, &options)
            .map_err(|e| e.to_string())?;
        let t = Text::new(self.catalog(), locale);
        let json_ld = serde_json::json!({"@context": "https://schema.org", "@type": "WebPage", "name": t.get("report-title"), "inLanguage": locale});
        let layout = self.layout(&t, "/analyze", t.get("report-title"), t.get("analyze-page-description"), json_ld, "");
        let page = AnalysisPage {
            layout,
            again_href: format!("{}/analyze", locale_prefix(locale)),
            again: t.get("analyze-again"),
            report,
        };
        let nothing_read = analysis.summary.messages == 0 && analysis.summary.errors > 0;
        self.finish(&t, if nothing_read { 422 } else { 200 }, page.render())
    }
}

/// One input of an upload: a file sent, or a file of an archive sent
/// (with the archive's name and bytes).
enum Piece<'u> {
    Whole(&'u str, &'u [u8]),
    Member(&'u str, &'u [u8], ArchiveMember),
}

impl Piece<'_> {
    /// As the report names it: the file's name, or `ARCHIVE/PATH` (the
    /// archive's name when the archive itself cannot be read).
    fn name(&self) -> String {
        match self {
            Piece::Whole(name, _) => (*name).to_owned(),
            Piece::Member(archive, _, member) => member.name_in(archive),
        }
    }

    /// Its bytes (a ZIP's deflated file inflated as it is read).
    fn open(&self) -> io::Result<Box<dyn Read + Send + '_>> {
        match self {
            Piece::Whole(_, bytes) => Ok(Box::new(*bytes)),
            Piece::Member(_, archive, member) => member.open(Cursor::new(*archive)),
        }
    }

    /// Why it cannot be read, when it is a file of an archive that cannot.
    fn unreadable(&self) -> Option<&'static str> {
        match self {
            Piece::Member(_, _, member) => member.unreadable(),
            Piece::Whole(..) => None,
        }
    }

    /// How many bytes it takes in the upload.
    fn stored_len(&self) -> u64 {
        match self {
            Piece::Whole(_, bytes) => bytes.len() as u64,
            Piece::Member(_, _, member) => member.stored_len(),
        }
    }
}

/// The pieces but the key logs (NSS format) among them, whose secrets go
/// into `keys`; one that looks like a key log but holds no secrets stays,
/// to be said not to be a capture. Key logs alone are kept, to be said so.
fn without_key_logs<'u>(pieces: Vec<Piece<'u>>, keys: &mut KeyLog) -> Vec<Piece<'u>> {
    let (mut others, mut taken) = (Vec::with_capacity(pieces.len()), Vec::new());
    for piece in pieces {
        if keys.add_if_key_log(piece.stored_len(), || piece.open().map(|f| f as Box<dyn Read>)) {
            taken.push(piece);
        } else {
            others.push(piece);
        }
    }
    if others.is_empty() {
        return taken;
    }
    others
}

/// How the pieces are read together, as the command line reads the same
/// files: captures of several places with their clocks lined up, and a
/// ring buffer's files read in turn as one capture.
struct Plan {
    /// Seconds each piece's clock reads ahead of the first's.
    clock_offsets: Vec<f64>,
    /// The places of a ring buffer's files, in the order they were taken
    /// (empty when there is none).
    in_turn: Vec<usize>,
}

impl Plan {
    fn of(pieces: &[Piece], limit: u64, tls_keys: &std::sync::Arc<KeyLog>) -> Plan {
        let open = |i: usize| pieces[i].open();
        let clock_offsets = clock_offsets(pieces.len(), &open, tls_keys, limit);
        let candidates: Vec<usize> =
            (0..pieces.len()).filter(|i| clock_offsets[*i] == 0.0 && pieces[*i].unreadable().is_none()).collect();
        let in_turn = ring_order(&candidates, &open, limit).unwrap_or_default();
        Plan { clock_offsets, in_turn }
    }
}

/// The records of the pieces, each an input of its own (its frames
/// numbered with its place when there are several) but a ring buffer's
/// files, one input read in turn; merged on one timeline as several files
/// given to the CLI are, and their problems into `problems`. Their bytes
/// count together against `limit`, as an upload's decompressed bytes do:
/// past it, [`io::ErrorKind::FileTooLarge`].
fn read_pieces(
    pieces: &[Piece],
    plan: &Plan,
    limit: u64,
    tls_keys: &std::sync::Arc<KeyLog>,
    keep: &mut dyn FnMut(SipRecord) -> SipRecord,
    problems: &mut Vec<Problem>,
) -> io::Result<Vec<SipRecord>> {
    let several = pieces.len() > 1;
    let mut left = limit;
    let mut inputs: Vec<Vec<SipRecord>> = Vec::with_capacity(pieces.len());
    // The ring's files after its first, read with it.
    let mut read_with_first = vec![false; pieces.len()];
    plan.in_turn.iter().skip(1).for_each(|&place| read_with_first[place] = true);
    for (place, piece) in pieces.iter().enumerate() {
        let mut records = Vec::new();
        if plan.in_turn.first() == Some(&place) {
            left = read_in_turn(pieces, &plan.in_turn, left, tls_keys, &mut |r| records.push(keep(r)), problems)?;
            inputs.push(records);
            continue;
        }
        if read_with_first[place] {
            continue;
        }
        let frame = |number: u64| if several { frame_of_input(number, place) } else { number };
        if let Some(detail) = piece.unreadable() {
            problems.push(Problem { frame: frame(0), kind: ProblemKind::UnknownFormat, detail: detail.to_owned() });
            continue;
        }
        let offset = plan.clock_offsets.get(place).copied().unwrap_or_default();
        if offset != 0.0 {
            problems.push(Problem::clock_offset(frame(0), offset));
        }
        let mut file = Within { inner: piece.open()?, left, past: false };
        read_input_within(
            // As large as the CLI's: what tells a form is read from the buffer's first bytes.
            io::BufReader::with_capacity(1 << 20, &mut file),
            left,
            tls_keys,
            &mut |mut record| {
                record.frame = frame(record.frame);
                record.time -= offset;
                records.push(keep(record));
            },
            &mut |mut problem| {
                problem.frame = frame(problem.frame);
                problems.push(problem);
            },
        )?;
        if file.past {
            return Err(io::ErrorKind::FileTooLarge.into());
        }
        left = file.left;
        inputs.push(records);
    }
    Ok(merged(inputs))
}

/// Reads the ring buffer's files at `places` in turn with one reader, so
/// that a TCP connection or a TLS session goes on from one file to the
/// next (each frame numbered within its file, with its place); the bytes
/// left of the limit once read.
fn read_in_turn(
    pieces: &[Piece],
    places: &[usize],
    mut left: u64,
    tls_keys: &std::sync::Arc<KeyLog>,
    on_record: &mut dyn FnMut(SipRecord),
    problems: &mut Vec<Problem>,
) -> io::Result<u64> {
    let mut capture = CaptureReader::new(on_record, |problem| problems.push(problem)).with_tls_keys(tls_keys.clone());
    for &place in places {
        let bytes = decompressed(io::BufReader::new(pieces[place].open()?))?;
        let mut file = Within { inner: bytes, left, past: false };
        capture.read_next(&mut file, place);
        if file.past {
            return Err(io::ErrorKind::FileTooLarge.into());
        }
        left = file.left;
    }
    capture.finish();
    Ok(left)
}

/// A file's bytes up to `left` of them: past that it reads as ended and
/// `past` is set (a deflated file of a few megabytes can hold gigabytes).
struct Within<R> {
    inner: R,
    left: u64,
    past: bool,
}

impl<R: Read> Read for Within<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        match self.left.checked_sub(n as u64) {
            Some(left) => {
                self.left = left;
                Ok(n)
            }
            None => {
                self.past = true;
                Ok(0)
            }
        }
    }
}

/// The records of several inputs on one timeline: each input's in its own
/// order, the earliest next record of any taken first (of two at once, the
/// earlier input's).
fn merged(inputs: Vec<Vec<SipRecord>>) -> Vec<SipRecord> {
    let mut all = Vec::with_capacity(inputs.iter().map(Vec::len).sum());
    let mut heads: Vec<_> = inputs.into_iter().map(|records| records.into_iter().peekable()).collect();
    let mut next: std::collections::BinaryHeap<std::cmp::Reverse<Head>> = heads
        .iter_mut()
        .enumerate()
        .filter_map(|(i, records)| Some(std::cmp::Reverse(Head(records.peek()?.time, i))))
        .collect();
    while let Some(std::cmp::Reverse(Head(_, i))) = next.pop() {
        all.extend(heads[i].next());
        if let Some(record) = heads[i].peek() {
            next.push(std::cmp::Reverse(Head(record.time, i)));
        }
    }
    all
}

/// An input's next record's time, and the input.
struct Head(f64, usize);

impl Ord for Head {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Head {}
