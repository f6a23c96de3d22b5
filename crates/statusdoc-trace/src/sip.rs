//! The SIP message parser (RFC 3261 §7, §18.3, §25).

use std::borrow::Cow;
use std::fmt;

use wide::u8x16;

use crate::scan;

/// How the bytes arrived: a datagram is one whole message; a stream carries
/// messages back to back, framed by Content-Length (RFC 3261 §18.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// UDP: the input is exactly one message; a missing Content-Length means
    /// the body runs to the end of the datagram.
    Datagram,
    /// TCP, TLS or a log: the input may hold less or more than one message.
    Stream,
    /// Text copied from a log: one message, whose Content-Length may count
    /// line endings the log no longer has; the body is what is there, up to it.
    Lenient,
    /// A datagram the capture kept only the start of (its snap length): the
    /// message is what was kept, the header lines that end before the cut
    /// (a line the cut ran into is left out: its value is unknown) and the
    /// body up to it.
    Cut,
}

/// Limits that keep memory bounded whatever the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest start line plus header section, in bytes.
    pub header_bytes: usize,
    /// Most header fields in one message.
    pub headers: usize,
    /// Largest body, in bytes.
    pub body_bytes: usize,
}

/// The limits [`parse`] applies: 64 KiB of start line and headers, 512 header
/// fields, 4 MiB of body.
pub const LIMITS: Limits = Limits { header_bytes: 64 * 1024, headers: 512, body_bytes: 4 * 1024 * 1024 };

/// The most characters of a method name the analysis keeps: the longest
/// registered one has 9; past it (a fuzzer's), the first ones and `…`.
pub const METHOD_CHARS: usize = 32;

/// A method name as the analysis keeps it (see [`METHOD_CHARS`]).
pub(crate) fn method_kept(method: &str) -> compact_str::CompactString {
    // No more bytes than that is no more characters (every message's method).
    if method.len() <= METHOD_CHARS {
        return method.into();
    }
    match method.char_indices().nth(METHOD_CHARS) {
        None => method.into(),
        Some(_) => {
            let end = method.char_indices().nth(METHOD_CHARS - 1).map_or(method.len(), |(at, _)| at);
            compact_str::format_compact!("{}…", &method[..end])
        }
    }
}

/// The first line of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartLine<'a> {
    /// `INVITE sip:bob@example.com SIP/2.0`
    Request {
        /// Method, as sent (case-sensitive, RFC 3261 §7.1).
        method: &'a str,
        /// Request-URI, unparsed.
        uri: &'a str,
        /// Protocol version, `SIP/2.0` in practice.
        version: &'a str,
    },
    /// `SIP/2.0 486 Busy Here`
    Response {
        /// Protocol version.
        version: &'a str,
        /// Status code, 100 to 699.
        code: u16,
        /// Reason phrase, possibly empty.
        reason: &'a str,
    },
}

/// One header field: its name as written and its raw value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    /// The name as written (`v`, `VIA`, `Via`).
    pub name: &'a str,
    /// The value bytes, trimmed, possibly spanning folded lines.
    pub raw: &'a [u8],
    /// Line of the header field in the message, from 1.
    pub line: usize,
    /// Which of [`KNOWN`] it is, from 1; 0 for any other name.
    known: u8,
    /// The value as text, when the header section is valid UTF-8.
    text: Option<&'a str>,
    /// Whether the value continues on folded lines.
    folded: bool,
}

impl<'a> Header<'a> {
    /// The value as text: folded lines joined by one space, invalid UTF-8
    /// replaced. Borrowed when nothing had to change.
    pub fn value(&self) -> Cow<'a, str> {
        if let Some(text) = self.unfolded() {
            return Cow::Borrowed(text);
        }
        if let Ok(text) = std::str::from_utf8(self.raw) {
            if !text.contains(['\r', '\n']) {
                return Cow::Borrowed(text);
            }
        }
        let text = String::from_utf8_lossy(self.raw);
        if !text.contains(['\r', '\n']) {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        for (i, part) in text.split('\n').enumerate() {
            let part = part.trim_end_matches('\r');
            if i == 0 {
                out.push_str(part.trim_end());
            } else {
                out.push(' ');
                out.push_str(part.trim());
            }
        }
        Cow::Owned(out)
    }

    /// The long form of the name, for compact names (RFC 3261 §7.3.3 and the
    /// extensions that define one); otherwise the name as written.
    pub fn canonical_name(&self) -> &'a str {
        expand_compact(self.name).unwrap_or(self.name)
    }

    /// The value when it is valid UTF-8 on one line (the common case):
    /// validated once per message by the parser.
    fn unfolded(&self) -> Option<&'a str> {
        match (self.folded, self.text) {
            (true, _) => None,
            (false, Some(text)) => Some(text),
            (false, None) => std::str::from_utf8(self.raw).ok(),
        }
    }

    /// Which of [`KNOWN`] it is, from 1; 0 for any other name.
    pub(crate) fn class(&self) -> u8 {
        self.known
    }

    /// Whether this field is `name` (case-insensitive, compact forms included).
    pub fn is(&self, name: &str) -> bool {
        // Names of equal length match only as written; a compact name (one
        // letter) on one side is the only case that needs expanding. This
        // runs for every header of every lookup, so it stays cheap.
        if self.name.len() == name.len() {
            return self.name.eq_ignore_ascii_case(name);
        }
        if self.name.len() != 1 && name.len() != 1 {
            return false;
        }
        self.canonical_name().eq_ignore_ascii_case(expand_compact(name).unwrap_or(name))
    }
}

/// Compact header names and the long names they stand for.
const COMPACT: &[(&str, &str)] = &[
    ("a", "Accept-Contact"),
    ("b", "Referred-By"),
    ("c", "Content-Type"),
    ("d", "Request-Disposition"),
    ("e", "Content-Encoding"),
    ("f", "From"),
    ("i", "Call-ID"),
    ("j", "Reject-Contact"),
    ("k", "Supported"),
    ("l", "Content-Length"),
    ("m", "Contact"),
    ("n", "Identity-Info"),
    ("o", "Event"),
    ("r", "Refer-To"),
    ("s", "Subject"),
    ("t", "To"),
    ("u", "Allow-Events"),
    ("v", "Via"),
    ("x", "Session-Expires"),
    ("y", "Identity"),
];

/// The long name a compact one stands for (`const`, for [`known`]).
#[inline(always)]
const fn expand_compact(name: &str) -> Option<&'static str> {
    let name = name.as_bytes();
    if name.len() != 1 {
        return None;
    }
    let mut i = 0;
    while i < COMPACT.len() {
        if COMPACT[i].0.as_bytes()[0] == name[0].to_ascii_lowercase() {
            return Some(COMPACT[i].1);
        }
        i += 1;
    }
    None
}

/// The header fields the analysis reads, by long name. Each parsed field is
/// classified once against this list, so that looking one of these up is an
/// index into the message instead of a scan with case-insensitive compares
/// (a dozen lookups per message, millions of messages per capture). Any
/// other name is still found, by a scan.
pub(crate) const KNOWN: [&str; 49] = [
    "Via",
    "From",
    "To",
    "Call-ID",
    "CSeq",
    "Contact",
    "Content-Length",
    "Content-Type",
    "Max-Forwards",
    "Expires",
    "Date",
    "Reply-To",
    "P-Asserted-Identity",
    "Refer-To",
    "Referred-By",
    "Authorization",
    "Proxy-Authorization",
    "X-Call-ID",
    "X-CID",
    "Replaces",
    "P-Charging-Vector",
    "Session-Expires",
    "Identity",
    "Retry-After",
    "Warning",
    "Reason",
    "Unsupported",
    "Require",
    "Supported",
    "Min-Expires",
    "Min-SE",
    "Allow",
    "Accept",
    "Accept-Encoding",
    "Accept-Language",
    "Security-Server",
    "Allow-Events",
    "Recv-Info",
    "Geolocation-Error",
    "AlertMsg-Error",
    "WWW-Authenticate",
    "Proxy-Authenticate",
    "Accept-Contact",
    "Request-Disposition",
    "Content-Encoding",
    "Reject-Contact",
    "Subject",
    "Event",
    "Identity-Info",
];

/// A name's first eight bytes, lowered as [`quick_name`] lowers them
/// (setting bit 0x20, which lowers letters and keeps digits and `-`).
const fn head_word(name: &[u8]) -> u64 {
    let mut word = 0u64;
    let mut i = 0;
    while i < name.len() && i < 8 {
        word |= ((name[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    word
}

/// The multiplier of [`slot`], chosen (by trying random odd numbers) so
/// that no two of [`KNOWN`] share a slot; [`BY_SLOT`] fails the build if
/// they do, and a new name may need another.
const SLOT_MULTIPLIER: u64 = 0x3137_518e_0e26_e4ff;

/// Where a name is looked for in [`BY_SLOT`]: its first eight bytes and its
/// length, hashed by one multiplication. One candidate per slot, so a name
/// is classified with one comparison and no loop.
const fn slot(word: u64, len: usize) -> usize {
    ((word ^ len as u64).wrapping_mul(SLOT_MULTIPLIER) >> 57) as usize
}

/// For each slot, the class of the one [`KNOWN`] name in it (from 1), or 0.
const BY_SLOT: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < KNOWN.len() {
        let name = KNOWN[i].as_bytes();
        let at = slot(head_word(name), name.len());
        assert!(table[at] == 0, "two known names share a slot: choose another SLOT_MULTIPLIER");
        table[at] = (i + 1) as u8;
        i += 1;
    }
    table
};

/// Which of [`KNOWN`] `name` is, from 1 (compact forms included); 0 for
/// none. `const`, so that the lookups the analysis makes by a fixed name
/// are classified when the program is built.
#[inline(always)]
pub(crate) const fn known(name: &str) -> u8 {
    let name = match expand_compact(name) {
        Some(long) => long.as_bytes(),
        None => name.as_bytes(),
    };
    if name.is_empty() {
        return 0;
    }
    match BY_SLOT[slot(head_word(name), name.len())] {
        0 => 0,
        class if equal_ignoring_case(KNOWN[class as usize - 1].as_bytes(), name) => class,
        _ => 0,
    }
}

/// [`known`] at run time, for the name of every parsed field: the same
/// answer for a token (RFC 3261 §25.1, which a field name is), compared
/// eight bytes at a time.
fn classify(name: &str) -> u8 {
    let bytes = name.as_bytes();
    if bytes.len() <= 1 {
        return known(name); // compact forms
    }
    match BY_SLOT[slot(head_word(bytes), bytes.len())] {
        0 => 0,
        class if same_letters(KNOWN[usize::from(class - 1)].as_bytes(), bytes) => class,
        _ => 0,
    }
}

/// Whether the token `name` is `long` (letters and `-` only) in any case.
/// Setting bit 0x20 lowers letters and keeps `-`; the one other byte it maps
/// onto a letter or `-` is CR, which no token has.
fn same_letters(long: &[u8], name: &[u8]) -> bool {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    if long.len() != name.len() {
        return false;
    }
    let word = |chunk: &[u8]| chunk.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
    let (mut a, mut b) = (long.chunks_exact(8), name.chunks_exact(8));
    for (x, y) in (&mut a).zip(&mut b) {
        if word(x) | LOWER != word(y) | LOWER {
            return false;
        }
    }
    a.remainder().iter().zip(b.remainder()).all(|(x, y)| x | 0x20 == y | 0x20)
}

const fn equal_ignoring_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Where a message's first field of each [`KNOWN`] name is.
const ABSENT: u16 = u16::MAX;

/// One parsed message, borrowing from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message<'a> {
    /// The start line.
    pub start: StartLine<'a>,
    /// Header fields in order.
    pub headers: Vec<Header<'a>>,
    /// The body (empty when there is none).
    pub body: &'a [u8],
    /// How many input bytes the message used, leading blank lines included.
    pub consumed: usize,
    /// Index in `headers` of the first field of each [`KNOWN`] name.
    first: [u16; KNOWN.len()],
    /// A Content-Length that does not frame a message read whole (a
    /// datagram; a log's or a cut datagram's when it is no number).
    pub length_defect: Option<LengthDefect>,
}

/// What is wrong with the Content-Length of a message read whole (RFC 3261
/// §18.3, §20.14). A datagram is one message whatever it says, so the
/// message is read anyway, its body the rest of the datagram, and this says
/// why a receiver may refuse or drop it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthDefect {
    /// Not a number of bytes (a word, a sign), or given twice with
    /// different values.
    Invalid {
        /// The line of the Content-Length found wrong.
        line: usize,
    },
    /// More bytes than the datagram carries after the header section: a
    /// body rewritten on the way (a router's SIP ALG) without its length,
    /// or a sender's mistake.
    Short {
        /// The line of the Content-Length.
        line: usize,
        /// The bytes it says the body has.
        declared: usize,
    },
}

impl<'a> Message<'a> {
    /// The first field named `name` (case-insensitive, compact forms included).
    #[inline(always)]
    pub fn field(&self, name: &str) -> Option<&Header<'a>> {
        match known(name) {
            0 => self.headers.iter().find(|h| h.is(name)),
            class => self.first_of(class),
        }
    }

    /// The first field of a class of [`KNOWN`] (from [`known`], which the
    /// hot lookups call in a `const`).
    pub(crate) fn first_of(&self, class: u8) -> Option<&Header<'a>> {
        let index = *self.first.get(usize::from(class).wrapping_sub(1))?;
        self.headers.get(usize::from(index))
    }

    /// Every field of a class of [`KNOWN`], in order.
    pub(crate) fn all_of(&self, class: u8) -> impl Iterator<Item = &Header<'a>> {
        let from = self.first.get(usize::from(class).wrapping_sub(1)).map_or(self.headers.len(), |&i| usize::from(i));
        self.headers.get(from..).unwrap_or_default().iter().filter(move |h| h.known == class)
    }

    /// The first value of a header field.
    #[inline(always)]
    pub fn header(&self, name: &str) -> Option<Cow<'a, str>> {
        self.field(name).map(Header::value)
    }

    /// Every value of a header field, comma-separated values not split.
    #[inline(always)]
    pub fn header_all<'s>(&'s self, name: &'s str) -> impl Iterator<Item = Cow<'a, str>> + 's {
        let k = known(name);
        let from = match k {
            0 => 0,
            k => usize::from(self.first[usize::from(k - 1)]).min(self.headers.len()),
        };
        self.headers[from..].iter().filter(move |h| if k == 0 { h.is(name) } else { h.known == k }).map(Header::value)
    }

    /// Whether it is a request.
    pub fn is_request(&self) -> bool {
        matches!(self.start, StartLine::Request { .. })
    }

    /// The method of a request, or of the CSeq of a response.
    pub fn method(&self) -> Option<&'a str> {
        match self.start {
            StartLine::Request { method, .. } => Some(method),
            StartLine::Response { .. } => self.cseq_raw().map(|(_, m)| m),
        }
    }

    /// The status code of a response.
    pub fn status(&self) -> Option<u16> {
        match self.start {
            StartLine::Response { code, .. } => Some(code),
            StartLine::Request { .. } => None,
        }
    }

    /// The Call-ID.
    pub fn call_id(&self) -> Option<&'a str> {
        const CALL_ID: u8 = known("Call-ID");
        self.first_of(CALL_ID)?.unfolded()
    }

    /// CSeq number and method.
    pub fn cseq(&self) -> Option<(u32, &'a str)> {
        self.cseq_raw()
    }

    fn cseq_raw(&self) -> Option<(u32, &'a str)> {
        // Tokens are read from the raw bytes, so a folded CSeq still borrows.
        const CSEQ: u8 = known("CSeq");
        let raw = self.first_of(CSEQ)?.raw;
        let (number, rest) = first_word(raw)?;
        let (method, _) = first_word(rest)?;
        Some((as_str(number)?.parse().ok()?, as_str(method)?))
    }

    /// The `branch` parameter of the topmost Via.
    pub fn via_branch(&self) -> Option<&'a str> {
        const VIA: u8 = known("Via");
        let via = self.first_of(VIA)?.unfolded()?;
        // The comma is ASCII: the cut is a char boundary.
        let first = scan::find_byte(via.as_bytes(), b',').map_or(via, |comma| &via[..comma]);
        param(first, "branch")
    }

    /// The `tag` parameter of From.
    pub fn from_tag(&self) -> Option<&'a str> {
        const FROM: u8 = known("From");
        param(self.first_of(FROM)?.unfolded()?, "tag")
    }

    /// The `tag` parameter of To.
    pub fn to_tag(&self) -> Option<&'a str> {
        const TO: u8 = known("To");
        param(self.first_of(TO)?.unfolded()?, "tag")
    }
}

/// The first run of bytes other than ASCII white space, and what follows it.
fn first_word(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    let end = rest.iter().position(u8::is_ascii_whitespace).unwrap_or(rest.len());
    Some(rest.split_at(end))
}

/// A `;name=value` parameter of a header value, outside angle brackets and
/// quotes. `name` is in lowercase letters; the value's is matched in any case.
pub(crate) fn param<'a>(value: &'a str, name: &str) -> Option<&'a str> {
    // A quoted string hides everything up to its closing quote, `<…>` hides
    // semicolons. The delimiters are ASCII, so every cut is a char boundary.
    let (mut in_angle, mut in_quote) = (false, false);
    let mut start = None;
    for at in scan::positions_of(value.as_bytes(), [b'"', b'<', b'>', b';']) {
        match value.as_bytes()[at] {
            b'"' => in_quote = !in_quote,
            _ if in_quote => {}
            b'<' => in_angle = true,
            b'>' => in_angle = false,
            _ if in_angle => {}
            _ => {
                if let Some(found) = start.and_then(|s| match_param(&value[s..at], name)) {
                    return Some(found);
                }
                start = Some(at + 1);
            }
        }
    }
    start.and_then(|s| match_param(&value[s..], name))
}

fn match_param<'a>(piece: &'a str, name: &str) -> Option<&'a str> {
    // Compared as bytes before anything is split or trimmed: most parameters
    // are not the one asked for. `name` is ASCII, so the cuts are char boundaries.
    let piece = piece.trim_ascii_start();
    let key = piece.as_bytes().get(..name.len())?;
    // `name` is lowercase letters (every caller's is): a byte is that letter
    // in either case exactly when setting bit 0x20 gives the letter.
    debug_assert!(name.bytes().all(|b| b.is_ascii_lowercase()), "{name}");
    if !key.iter().zip(name.as_bytes()).all(|(k, n)| k | 0x20 == *n) {
        return None;
    }
    let value = piece[name.len()..].trim_ascii_start().strip_prefix('=')?.trim_ascii();
    // Quotes off both ends, as bytes: a quote is ASCII, so each cut is a char boundary.
    let bytes = value.as_bytes();
    let start = bytes.iter().position(|&b| b != b'"').unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|&b| b != b'"').map_or(start, |p| p + 1);
    value.get(start..end)
}

/// The result of [`parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
// Returned by value and matched at once, never stored: boxing the large
// variant would cost an allocation per message.
#[allow(clippy::large_enum_variant)]
pub enum Parsed<'a> {
    /// A whole message.
    Complete(Message<'a>),
    /// The input ends inside a message; with a stream, read more and call again.
    Partial,
    /// The input holds only blank lines (stream keep-alives, RFC 5626 §4.4.1).
    KeepAlive {
        /// Bytes to skip.
        consumed: usize,
    },
}

/// What is wrong with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The start line is neither a request line nor a status line.
    BadStartLine,
    /// The protocol version is not `SIP/` followed by a version number.
    BadVersion,
    /// The status code is not three digits from 100 to 699.
    BadStatusCode,
    /// A header line has no colon.
    MissingColon,
    /// A header name is empty or has characters a token cannot have.
    BadHeaderName,
    /// A folded line appears before any header field.
    FoldWithoutHeader,
    /// Content-Length is not a number, or two Content-Length fields disagree.
    BadContentLength,
    /// A datagram has no blank line ending the header section.
    MissingBlankLine,
    /// More bytes or header fields than [`LIMITS`] allow.
    TooLarge,
    /// Extra spaces in the request line: between its three elements, or
    /// inside the Request-URI (RFC 3261 §7.1 allows exactly one SP each).
    SpaceInRequestLine,
}

impl ParseErrorKind {
    /// Stable id, used to say the error in the user's language.
    pub fn id(self) -> &'static str {
        match self {
            ParseErrorKind::BadStartLine => "bad-start-line",
            ParseErrorKind::BadVersion => "bad-version",
            ParseErrorKind::BadStatusCode => "bad-status-code",
            ParseErrorKind::MissingColon => "missing-colon",
            ParseErrorKind::BadHeaderName => "bad-header-name",
            ParseErrorKind::FoldWithoutHeader => "fold-without-header",
            ParseErrorKind::BadContentLength => "bad-content-length",
            ParseErrorKind::MissingBlankLine => "missing-blank-line",
            ParseErrorKind::TooLarge => "too-large",
            ParseErrorKind::SpaceInRequestLine => "space-in-request-line",
        }
    }
}

/// Why a message could not be read, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong.
    pub kind: ParseErrorKind,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1, counted in bytes.
    pub column: usize,
    /// Byte offset in the input.
    pub offset: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ParseErrorKind::BadStartLine => "start line is neither a request line nor a status line",
            ParseErrorKind::BadVersion => "protocol version is not SIP/x.y",
            ParseErrorKind::BadStatusCode => "status code is not a number from 100 to 699",
            ParseErrorKind::MissingColon => "header line has no colon",
            ParseErrorKind::BadHeaderName => "header name is empty or not a token",
            ParseErrorKind::FoldWithoutHeader => "continuation line before any header field",
            ParseErrorKind::BadContentLength => "Content-Length is not a number or is given twice differently",
            ParseErrorKind::MissingBlankLine => "no blank line after the header fields",
            ParseErrorKind::TooLarge => "message exceeds the size limits",
            ParseErrorKind::SpaceInRequestLine => "extra spaces in the request line or inside the Request-URI",
        };
        write!(f, "line {}, column {}: {what}", self.line, self.column)
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// `<kind id> <line> <column>`: what a [`crate::Problem`] keeps, so that
    /// the words can be chosen in the user's language.
    pub fn detail(&self) -> String {
        format!("{} {} {}", self.kind.id(), self.line, self.column)
    }
}

/// Characters allowed in a token (RFC 3261 §25.1), as a table.
const TOKEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'!' | b'%' | b'*' | b'_' | b'+' | b'`' | b'\'' | b'~');
        c += 1;
    }
    table
};

pub(crate) fn is_token(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(|&b| TOKEN[usize::from(b)])
}

/// Whether bytes start like a SIP message: a status line, or a request line
/// ending in `SIP/2.0`. Used to find SIP on any port.
pub fn looks_like_sip(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|&b| b != b'\r' && b != b'\n').unwrap_or(bytes.len());
    let rest = &bytes[start..];
    // A method or `SIP` starts with a token character: most datagrams that
    // are not SIP (RTP's first byte is 0x80) are told by their first byte,
    // without looking for a line end.
    if !rest.first().is_some_and(|&b| TOKEN[usize::from(b)]) {
        return false;
    }
    if rest.starts_with(b"SIP/2.0 ") {
        return rest.len() >= 11 && rest[8..11].iter().all(u8::is_ascii_digit);
    }
    let line_end = scan::find_byte(&rest[..rest.len().min(LIMITS.header_bytes)], b'\n');
    let Some(end) = line_end else { return false };
    // Blanks after the version (a line copied from a terminal) are not a part.
    let line = rest[..end].trim_ascii_end();
    // Three parts between exactly two spaces.
    let (Some(first), Some(last)) = (scan::find_byte(line, b' '), last_space(line)) else {
        return false;
    };
    if first == last || scan::find_byte(&line[first + 1..last], b' ').is_some() {
        return false;
    }
    let (method, uri, version) = (&line[..first], &line[first + 1..last], &line[last + 1..]);
    // Methods are case-sensitive tokens (RFC 3261 §7.1): extension methods may be lowercase.
    is_token(method) && !uri.is_empty() && version.eq_ignore_ascii_case(b"SIP/2.0")
}

/// Where a request line's last space is: found without a search when the
/// line ends ` SIP/2.0`, as nearly every one does.
fn last_space(line: &[u8]) -> Option<usize> {
    match line.len().checked_sub(8) {
        Some(at) if &line[at..] == b" SIP/2.0" => Some(at),
        _ => memchr::memrchr(b' ', line),
    }
}

/// Position tracking for error reports.
fn position(input: &[u8], offset: usize) -> (usize, usize) {
    let before = &input[..offset.min(input.len())];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let column = offset - memchr::memrchr(b'\n', before).map_or(0, |p| p + 1) + 1;
    (line, column)
}

fn error(input: &[u8], kind: ParseErrorKind, offset: usize) -> ParseError {
    let (line, column) = position(input, offset);
    ParseError { kind, line, column, offset }
}

/// The end of the line starting at `from`: (index of the line's last content
/// byte + 1, index just after the line ending). Accepts CRLF and bare LF.
fn line_at(input: &[u8], from: usize) -> Option<(usize, usize)> {
    let newline = scan::find_byte(&input[from..], b'\n')? + from;
    let content_end = if newline > from && input[newline - 1] == b'\r' { newline - 1 } else { newline };
    Some((content_end, newline + 1))
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(start, |p| p + 1);
    &bytes[start..end]
}

fn as_str(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok()
}

/// The input, and the valid UTF-8 start of its header section checked once:
/// the strings a message borrows (method, names, values) are cut from it
/// instead of each being checked on its own.
#[derive(Clone, Copy)]
struct Source<'a> {
    bytes: &'a [u8],
    text: &'a str,
}

impl<'a> Source<'a> {
    fn new(bytes: &'a [u8], start: usize, framing: Framing) -> Source<'a> {
        static BLANK_LINE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\r\n\r\n"));
        // Up to the end of the header section, or as far as a header section
        // may go. A datagram is one message: checked whole, without the search.
        let limit = bytes.len().min(start + LIMITS.header_bytes + 4);
        let end = match framing {
            Framing::Datagram | Framing::Cut => limit,
            Framing::Stream | Framing::Lenient => {
                BLANK_LINE.find(&bytes[start..limit]).map_or(limit, |at| start + at + 4)
            }
        };
        // simdutf8 checks 32 bytes at a time; std's check, which says where
        // the text stops being valid, runs only when it is not.
        let text = match simdutf8::basic::from_utf8(&bytes[..end]) {
            Ok(text) => text,
            Err(_) => match std::str::from_utf8(&bytes[..end]) {
                Ok(text) => text,
                Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
            },
        };
        Source { bytes, text }
    }

    /// `part` (a piece of the input) as text, if it is valid UTF-8.
    fn str_of(&self, part: &'a [u8]) -> Option<&'a str> {
        let offset = (part.as_ptr() as usize).wrapping_sub(self.bytes.as_ptr() as usize);
        let cut = offset.checked_add(part.len()).and_then(|end| self.text.get(offset..end));
        cut.or_else(|| std::str::from_utf8(part).ok())
    }
}

fn parse_version<'a>(src: &Source<'a>, bytes: &'a [u8], offset: usize) -> Result<&'a str, ParseError> {
    let input = src.bytes;
    let ok = bytes == b"SIP/2.0" // nearly always: decided by one comparison
        || bytes.len() >= 5
        && bytes[..4].eq_ignore_ascii_case(b"SIP/")
        && bytes[4..].iter().all(|b| b.is_ascii_digit() || *b == b'.')
        && bytes[4..].iter().any(u8::is_ascii_digit);
    match (ok, src.str_of(bytes)) {
        (true, Some(text)) => Ok(text),
        _ => Err(error(input, ParseErrorKind::BadVersion, offset)),
    }
}

fn parse_start_line<'a>(src: &Source<'a>, start: usize, end: usize) -> Result<StartLine<'a>, ParseError> {
    let input = src.bytes;
    let line = &input[start..end];
    if line.len() >= 4 && line[..4].eq_ignore_ascii_case(b"SIP/") {
        // Nearly always `SIP/2.0 `: its version is known without a search.
        let (space, version) = if line.starts_with(b"SIP/2.0 ") {
            (7, "SIP/2.0")
        } else {
            let space = line
                .iter()
                .position(|&b| b == b' ')
                .ok_or_else(|| error(input, ParseErrorKind::BadStartLine, start))?;
            (space, parse_version(src, &line[..space], start)?)
        };
        let rest = &line[space + 1..];
        let code_end = rest.iter().position(|&b| b == b' ').unwrap_or(rest.len());
        let code_bytes = &rest[..code_end];
        let code_offset = start + space + 1;
        let code = match *code_bytes {
            [a, b, c] if code_bytes.iter().all(u8::is_ascii_digit) => {
                u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0')
            }
            _ => 0,
        };
        if !(100..=699).contains(&code) {
            return Err(error(input, ParseErrorKind::BadStatusCode, code_offset));
        }
        let reason = src.str_of(rest.get(code_end + 1..).unwrap_or_default()).unwrap_or("");
        return Ok(StartLine::Response { version, code, reason });
    }
    // The usual shape first: `METHOD SP URI SP VERSION`, two single spaces.
    let spaces = scan::find_byte(line, b' ').zip(last_space(line));
    if let Some((first, last)) = spaces.filter(|(first, last)| first + 1 < *last) {
        let (method, uri, version) = (&line[..first], &line[first + 1..last], &line[last + 1..]);
        if scan::find_byte(uri, b' ').is_none() && !version.is_empty() && is_token(method) {
            let version = parse_version(src, trim(version), start + last + 1)?;
            if let (Some(method), Some(uri)) = (src.str_of(method), src.str_of(uri)) {
                return Ok(StartLine::Request { method, uri, version });
            }
        }
    }
    let mut parts = line.splitn(3, |&b| b == b' ');
    let method = parts.next().unwrap_or_default();
    let uri = parts.next().unwrap_or_default();
    let version = parts.next().unwrap_or_default();
    // `INVITE  sip:a@b SIP/2.0` or `INVITE sip:a@b; lr SIP/2.0`: the line
    // ends with a SIP version, but more than two spaces lead to it.
    let ends_with_version = line
        .rsplit(|&b| b == b' ')
        .find(|part| !part.is_empty())
        .is_some_and(|last| last.len() >= 4 && last[..4].eq_ignore_ascii_case(b"SIP/"));
    let spaces = line.iter().rev().skip_while(|&&b| b == b' ').filter(|&&b| b == b' ').count();
    if is_token(method) && ends_with_version && spaces > 2 {
        let at = start + method.len() + 1 + uri.len();
        return Err(error(
            input,
            ParseErrorKind::SpaceInRequestLine,
            if uri.is_empty() { start + method.len() } else { at },
        ));
    }
    if !is_token(method) || uri.is_empty() || version.is_empty() || uri.contains(&b' ') {
        return Err(error(input, ParseErrorKind::BadStartLine, start));
    }
    let version_offset = start + method.len() + uri.len() + 2;
    let version = parse_version(src, trim(version), version_offset)?;
    match (src.str_of(method), src.str_of(uri)) {
        (Some(method), Some(uri)) => Ok(StartLine::Request { method, uri, version }),
        _ => Err(error(input, ParseErrorKind::BadStartLine, start)),
    }
}

/// Reads one message from the start of `input`.
///
/// Leading blank lines are skipped (stream keep-alives). With
/// [`Framing::Stream`], running out of bytes gives [`Parsed::Partial`]; with
/// [`Framing::Datagram`], the input is the whole message.
pub fn parse(input: &[u8], framing: Framing) -> Result<Parsed<'_>, ParseError> {
    let mut start = 0;
    while start < input.len() && matches!(input[start], b'\r' | b'\n') {
        start += 1;
    }
    if start == input.len() {
        return Ok(if start == 0 { Parsed::Partial } else { Parsed::KeepAlive { consumed: start } });
    }
    let src = Source::new(input, start, framing);
    let Some((line_end, mut next)) = line_at(input, start) else {
        if input.len() - start > LIMITS.header_bytes {
            return Err(error(input, ParseErrorKind::TooLarge, start));
        }
        return match framing {
            Framing::Stream => Ok(Parsed::Partial),
            Framing::Datagram | Framing::Lenient | Framing::Cut => {
                parse_start_line(&src, start, input.len())?;
                Err(error(input, ParseErrorKind::MissingBlankLine, input.len()))
            }
        };
    };
    let start_line = parse_start_line(&src, start, line_end)?;
    let mut headers: Vec<Header<'_>> = Vec::with_capacity(16);
    let mut first = [ABSENT; KNOWN.len()];
    // Past the blank lines skipped and the start line.
    let mut line_number = input[..start].iter().filter(|&&b| b == b'\n').count() + 2;
    let body_start = loop {
        if next - start > LIMITS.header_bytes {
            return Err(error(input, ParseErrorKind::TooLarge, next));
        }
        let Some((end, after)) = line_at(input, next) else {
            if input.len() - start > LIMITS.header_bytes {
                return Err(error(input, ParseErrorKind::TooLarge, next));
            }
            match framing {
                // Cut within the header section: the lines before the cut.
                Framing::Cut => break input.len(),
                Framing::Stream => return Ok(Parsed::Partial),
                // A datagram may end right after its last header line without the blank line.
                Framing::Datagram | Framing::Lenient if next == input.len() => {
                    return Err(error(input, ParseErrorKind::MissingBlankLine, next))
                }
                Framing::Datagram | Framing::Lenient => {
                    // The last header line has no line ending: take it, body is empty.
                    read_header(&src, next, input.len(), line_number, &mut headers)?;
                    return Err(error(input, ParseErrorKind::MissingBlankLine, input.len()));
                }
            }
        };
        if end == next {
            break after; // blank line: end of the header section
        }
        if matches!(input[next], b' ' | b'\t') {
            // A folded continuation of the previous header field (RFC 3261 §7.3.1).
            let Some(last) = headers.last_mut() else {
                return Err(error(input, ParseErrorKind::FoldWithoutHeader, next));
            };
            let value_start = last.raw.as_ptr() as usize - input.as_ptr() as usize;
            let (_, trimmed_end) = trim_range(input, value_start, end);
            last.raw = &input[value_start..trimmed_end];
            last.folded = true;
            last.text = None; // a folded value is joined when asked for
        } else {
            read_header(&src, next, end, line_number, &mut headers)?;
            if headers.len() > LIMITS.headers {
                return Err(error(input, ParseErrorKind::TooLarge, next));
            }
            if let Some(k) = headers.last().map(|h| usize::from(h.known)).filter(|k| *k > 0) {
                if first[k - 1] == ABSENT {
                    // At most LIMITS.headers (512) fields: the index fits.
                    first[k - 1] = (headers.len() - 1) as u16;
                }
            }
        }
        next = after;
        line_number += 1;
    };
    // Content-Length: every occurrence must agree.
    let mut content_length: Option<usize> = None;
    // Where the Content-Length that counts is, and what is wrong with it.
    let (mut length_offset, mut length_defect) = (0, None);
    const CONTENT_LENGTH: u8 = known("Content-Length");
    for header in headers.iter().filter(|h| h.known == CONTENT_LENGTH) {
        let offset = header.raw.as_ptr() as usize - input.as_ptr() as usize;
        let value = as_str(trim(header.raw)).and_then(|v| v.parse::<usize>().ok());
        let invalid = match (value, content_length) {
            (None, _) => true,
            (Some(v), Some(previous)) => v != previous,
            (Some(v), None) => {
                (content_length, length_offset) = (Some(v), offset);
                false
            }
        };
        if invalid {
            if framing == Framing::Stream {
                return Err(error(input, ParseErrorKind::BadContentLength, offset));
            }
            // A datagram (or a message a log or the capture framed) ends
            // where it ends: the body is the rest of it.
            length_defect = Some(LengthDefect::Invalid { line: position(input, offset).0 });
            content_length = None;
            break;
        }
    }
    let available = input.len() - body_start;
    let body_len = match (content_length, framing) {
        (Some(length), _) if length > LIMITS.body_bytes => {
            return Err(error(input, ParseErrorKind::TooLarge, body_start))
        }
        (Some(length), Framing::Datagram) if length > available => {
            let line = position(input, length_offset).0;
            length_defect = Some(LengthDefect::Short { line, declared: length });
            available
        }
        (Some(length), Framing::Stream) if length > available => return Ok(Parsed::Partial),
        (Some(length), Framing::Lenient | Framing::Cut) => length.min(available),
        (Some(length), _) => length,
        // No Content-Length: a datagram's body is the rest; a stream has none (RFC 3261 §18.3).
        (None, Framing::Datagram | Framing::Lenient | Framing::Cut) => available,
        (None, Framing::Stream) => 0,
    };
    if body_len > LIMITS.body_bytes {
        return Err(error(input, ParseErrorKind::TooLarge, body_start));
    }
    Ok(Parsed::Complete(Message {
        start: start_line,
        headers,
        body: &input[body_start..body_start + body_len],
        consumed: body_start + body_len,
        first,
        length_defect,
    }))
}

/// How the message at the front of a stream ends, as far as [`frame_stream`]
/// can tell without parsing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framed {
    /// A whole message of this many bytes.
    Message(usize),
    /// Its body has not all arrived.
    Partial,
    /// Anything unusual: [`parse`] decides, and says what is wrong.
    Unsure,
}

/// How much of its SIP messages a packet's payload or a log's message
/// holds, as printed so far (a live writer that buffers what it prints
/// falls silent anywhere; a dump may end inside a packet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Printed {
    /// Each one's header section ended and its body as long as its
    /// Content-Length says (a dump that prints line ends as LF alone is
    /// allowed the CRs it dropped). Without one, a stream's body is empty.
    Whole,
    /// A header section not ended, or a body shorter than Content-Length.
    Cut,
    /// A datagram's body without Content-Length runs to its end, which the
    /// bytes do not show; nothing, or what is not SIP, tells nothing.
    Unsure,
}

/// The length a header field line gives when it is Content-Length (or
/// its compact form `l`).
pub(crate) fn content_length_line(line: &[u8]) -> Option<usize> {
    let (name, value) = line.split_at(memchr::memchr(b':', line)?);
    let name = name.trim_ascii();
    (name.eq_ignore_ascii_case(b"content-length") || name.eq_ignore_ascii_case(b"l"))
        .then(|| std::str::from_utf8(value[1..].trim_ascii()).ok()?.parse::<usize>().ok())
        .flatten()
}

/// How much of its SIP messages `payload` holds (see [`Printed`]).
pub(crate) fn printed(payload: &[u8], stream: bool) -> Printed {
    let dropped_crs = memchr::memmem::find(payload, b"\r\n").is_none();
    let mut rest = payload;
    loop {
        if !looks_like_sip(rest) {
            return Printed::Unsure;
        }
        let ends = [&b"\r\n\r\n"[..], b"\n\n"];
        let Some((head, body)) =
            ends.iter().filter_map(|end| Some((memchr::memmem::find(rest, end)?, end.len()))).min()
        else {
            return Printed::Cut;
        };
        let (header, body) = (&rest[..head], &rest[head + body..]);
        let length = header.split(|&b| b == b'\n').skip(1).find_map(content_length_line);
        let whole_if = |whole: bool| if whole { Printed::Whole } else { Printed::Cut };
        let length = match (length, stream) {
            (Some(length), _) => length,
            (None, true) => 0,
            (None, false) if body.trim_ascii().is_empty() => return Printed::Whole,
            (None, false) => return Printed::Unsure,
        };
        if dropped_crs || !stream {
            let lines = if dropped_crs { memchr::memchr_iter(b'\n', body).count() } else { 0 };
            return whole_if(body.len() + lines >= length);
        }
        let Some(next) = body.get(length..) else { return Printed::Cut };
        rest = next.trim_ascii_start();
        if rest.is_empty() {
            return Printed::Whole;
        }
    }
}

/// The length of the message at the front of a stream (RFC 3261 §18.3),
/// found without parsing it: where its header section ends and what its
/// one Content-Length says. Only the plain case is taken — CRLF line ends,
/// no folded lines, at most one Content-Length, within the limits — the
/// rest is [`Framed::Unsure`]. A stream's messages are parsed once, by
/// whoever reads the record, instead of once more to be framed.
pub(crate) fn frame_stream(input: &[u8]) -> Framed {
    static HEADER_END: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\r\n\r\n"));
    if input.first().is_none_or(|b| matches!(b, b'\r' | b'\n')) || !looks_like_sip(input) {
        return Framed::Unsure; // keep-alives, nothing yet, or a start line to be judged
    }
    let Some(end) = HEADER_END.find(&input[..input.len().min(LIMITS.header_bytes)]) else {
        return Framed::Unsure;
    };
    let mut length = None;
    let mut line_start = 0;
    let mut lines = 0;
    for newline in memchr::memchr_iter(b'\n', &input[..end + 2]) {
        let line = &input[line_start..newline];
        line_start = newline + 1;
        lines += 1;
        let Some(line) = line.strip_suffix(b"\r") else { return Framed::Unsure }; // a bare LF
        if lines == 1 {
            continue; // the start line
        }
        match line.first() {
            Some(b' ' | b'\t') => return Framed::Unsure, // folded
            Some(b'C' | b'c' | b'L' | b'l') => {
                let Some(colon) = memchr::memchr(b':', line) else { return Framed::Unsure };
                let name = line[..colon].trim_ascii_end();
                if name.eq_ignore_ascii_case(b"Content-Length") || name.eq_ignore_ascii_case(b"l") {
                    let value = line[colon + 1..].trim_ascii();
                    let parsed = as_str(value).and_then(|v| v.parse::<usize>().ok());
                    match (parsed, length) {
                        (Some(v), None) => length = Some(v),
                        _ => return Framed::Unsure, // unreadable, or a second one
                    }
                }
            }
            _ => {}
        }
    }
    if lines - 1 > LIMITS.headers {
        return Framed::Unsure;
    }
    // Without Content-Length a stream's message has no body (RFC 3261 §18.3).
    let body = length.unwrap_or(0);
    if body > LIMITS.body_bytes {
        return Framed::Unsure;
    }
    match end + 4 + body {
        total if total > input.len() => Framed::Partial,
        total => Framed::Message(total),
    }
}

fn trim_range(input: &[u8], start: usize, end: usize) -> (usize, usize) {
    let mut s = start;
    let mut e = end;
    while s < e && input[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && input[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

#[inline(always)]
fn read_header<'a>(
    src: &Source<'a>,
    start: usize,
    end: usize,
    line: usize,
    headers: &mut Vec<Header<'a>>,
) -> Result<(), ParseError> {
    let input = src.bytes;
    let content = &input[start..end];
    // The usual shape, read in one pass: a token, optional blanks, a colon.
    // Anything else takes the general path, which says what is wrong.
    let mut at = 0;
    let mut known = None;
    let (name, colon) = if let Some((len, class)) = quick_name(input, start, end) {
        known = Some(class);
        (start..start + len, start + len)
    } else {
        while at < content.len() && TOKEN[usize::from(content[at])] {
            at += 1;
        }
        let name_end = at;
        while at < content.len() && matches!(content[at], b' ' | b'\t') {
            at += 1;
        }
        if name_end > 0 && at < content.len() && content[at] == b':' {
            (start..start + name_end, start + at)
        } else {
            general_name(src, start, end)?
        }
    };
    let (value_start, value_end) = trim_range(input, colon + 1, end);
    // Cut from the text checked once; a name is a token, so ASCII, and
    // lies in that text unless invalid UTF-8 came before it.
    let name = match src.text.get(name.clone()) {
        Some(name) => name,
        None => as_str(&input[name]).ok_or_else(|| error(input, ParseErrorKind::BadHeaderName, start))?,
    };
    let text = src.text.get(value_start..value_end);
    let raw = &input[value_start..value_end];
    let known = known.unwrap_or_else(|| classify(name));
    headers.push(Header { name, raw, line, known, text: text.or_else(|| as_str(raw)), folded: false });
    Ok(())
}

/// The name and colon of a header line of any other shape (blanks before
/// the name, a name that is not a token): found, or said what is wrong.
fn general_name(src: &Source<'_>, start: usize, end: usize) -> Result<(std::ops::Range<usize>, usize), ParseError> {
    let input = src.bytes;
    let colon =
        memchr::memchr(b':', &input[start..end]).ok_or_else(|| error(input, ParseErrorKind::MissingColon, start))?;
    let (name_start, name_end) = trim_range(input, start, start + colon);
    if !is_token(&input[name_start..name_end]) {
        return Err(error(input, ParseErrorKind::BadHeaderName, start));
    }
    Ok((name_start..name_end, start + colon))
}

/// [`KNOWN`] lowered, in sixteen bytes as [`quick_name`] compares them
/// (cut after sixteen: a name that long is never compared there).
const KNOWN_LOWER: [[u8; 16]; KNOWN.len()] = {
    let mut table = [[0u8; 16]; KNOWN.len()];
    let mut i = 0;
    while i < KNOWN.len() {
        let name = KNOWN[i].as_bytes();
        let mut j = 0;
        while j < name.len() && j < 16 {
            table[i][j] = name[j].to_ascii_lowercase();
            j += 1;
        }
        i += 1;
    }
    table
};

/// The name of a header line in its usual shape — letters, digits and `-`
/// right before the colon, within the first sixteen bytes — and its class,
/// read sixteen bytes at once rather than byte by byte (ten fields per
/// message, millions of messages). `None` for any other shape, which the
/// byte loop reads.
#[inline(always)]
fn quick_name(input: &[u8], start: usize, end: usize) -> Option<(usize, u8)> {
    let bytes: [u8; 16] = input.get(start..start + 16)?.try_into().ok()?;
    let v = u8x16::from(bytes);
    // No colon among the sixteen gives 32.
    let len = v.simd_eq(u8x16::splat(b':')).to_bitmask().trailing_zeros() as usize;
    if len == 0 || len >= 16 || start + len >= end {
        return None;
    }
    // Setting bit 0x20 lowers letters and leaves digits and `-` as they are.
    let lowered = v | u8x16::splat(0x20);
    let within = |x: u8x16, span: u8| x.max(u8x16::splat(span)).simd_eq(u8x16::splat(span));
    let name_bytes =
        within(lowered - u8x16::splat(b'a'), 25) | within(v - u8x16::splat(b'0'), 9) | v.simd_eq(u8x16::splat(b'-'));
    let head = (1u32 << len) - 1;
    if name_bytes.to_bitmask() & head != head {
        return None;
    }
    if len == 1 {
        return Some((1, known(std::str::from_utf8(&bytes[..1]).ok()?))); // compact forms
    }
    // The first eight bytes, lowered, of the name only.
    let word = u64::from_le_bytes(lowered.to_array()[..8].try_into().ok()?);
    let word = if len >= 8 { word } else { word & ((1u64 << (8 * len)) - 1) };
    let class = BY_SLOT[slot(word, len)];
    let i = usize::from(class.max(1) - 1);
    let same =
        class != 0 && KNOWN[i].len() == len && lowered.simd_eq(u8x16::from(KNOWN_LOWER[i])).to_bitmask() & head == head;
    Some((len, if same { class } else { 0 }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_method_name_is_kept_whole_up_to_its_limit_and_cut_on_a_character_past_it() {
        let whole = "A".repeat(METHOD_CHARS);
        assert_eq!(method_kept(&whole), whole.as_str());
        assert_eq!(method_kept("INVITE"), "INVITE");
        let cut = method_kept(&"é".repeat(METHOD_CHARS + 1));
        assert_eq!(cut, format!("{}…", "é".repeat(METHOD_CHARS - 1)).as_str());
    }

    fn complete(bytes: &[u8], framing: Framing) -> Message<'_> {
        match parse(bytes, framing) {
            Ok(Parsed::Complete(m)) => m,
            other => panic!("expected a message, got {other:?}"),
        }
    }

    fn fails(bytes: &[u8], kind: ParseErrorKind, line: usize, column: usize) {
        match parse(bytes, Framing::Datagram) {
            Err(e) => assert_eq!((e.kind, e.line, e.column), (kind, line, column), "{e}"),
            other => panic!("expected {kind:?}, got {other:?}"),
        }
    }

    const INVITE: &[u8] = b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776asdhds\r\nMax-Forwards: 70\r\nTo: Bob <sip:bob@example.com>\r\nFrom: Alice <sip:alice@example.com>;tag=1928301774\r\nCall-ID: a84b4c76e66710@pc33.example.com\r\nCSeq: 314159 INVITE\r\nContent-Type: application/sdp\r\nContent-Length: 4\r\n\r\nv=0\n";

    /// What the byte loop makes of a header line's name: its length when a
    /// token is followed right by the colon, and its class.
    fn by_the_byte_loop(line: &[u8]) -> Option<(usize, u8)> {
        let len = line.iter().position(|&b| !TOKEN[usize::from(b)])?;
        let name = std::str::from_utf8(&line[..len]).ok()?;
        (len > 0 && line[len] == b':').then(|| (len, classify(name)))
    }

    #[test]
    fn names_read_sixteen_bytes_at_once_are_what_the_byte_loop_reads() {
        // The usual names are taken by the quick path, in any case.
        for name in ["Via", "VIA", "v", "i", "Call-ID", "call-id", "Content-Length", "X-CID", "User-Agent", "X-1"] {
            let line = format!("{name}: value of some length\r\n\r\n");
            let quick = quick_name(line.as_bytes(), 0, line.len() - 4);
            assert!(quick.is_some(), "{name}");
            assert_eq!(quick, by_the_byte_loop(line.as_bytes()), "{name}");
        }
        // Random lines over the bytes that matter: whatever the quick path
        // takes, the byte loop reads the same way.
        let alphabet = b"aZz-09:. \t\r\n!Cc%~@\xc3\xa9";
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut taken = 0;
        for _ in 0..200_000 {
            let mut line = Vec::new();
            for _ in 0..24 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
            if let Some(quick) = quick_name(&line, 0, end) {
                taken += 1;
                assert_eq!(Some(quick), by_the_byte_loop(&line[..end]), "{:?}", String::from_utf8_lossy(&line));
            }
        }
        assert!(taken > 1000, "the quick path was taken {taken} times");
        // Every known name, in three cases, is classified as the byte loop does.
        for name in KNOWN {
            for name in [name.to_owned(), name.to_ascii_lowercase(), name.to_ascii_uppercase()] {
                let line = format!("{name}:{}\r\n", " ".repeat(16));
                let quick = quick_name(line.as_bytes(), 0, line.len() - 2);
                assert!(quick.is_some() || name.len() >= 16, "{name}");
                if let Some(quick) = quick {
                    assert_eq!(Some(quick), by_the_byte_loop(line.as_bytes()), "{name}");
                    assert_ne!(quick.1, 0, "{name}");
                }
            }
        }
    }

    #[test]
    fn reads_a_request() {
        let m = complete(INVITE, Framing::Datagram);
        assert!(m.is_request());
        assert_eq!(m.method(), Some("INVITE"));
        assert_eq!(m.call_id(), Some("a84b4c76e66710@pc33.example.com"));
        assert_eq!(m.cseq(), Some((314159, "INVITE")));
        assert_eq!(m.via_branch(), Some("z9hG4bK776asdhds"));
        assert_eq!(m.from_tag(), Some("1928301774"));
        assert_eq!(m.to_tag(), None);
        assert_eq!(m.body, b"v=0\n");
        assert_eq!(m.consumed, INVITE.len());
    }

    #[test]
    fn compact_names_folding_and_bare_lf() {
        let text = b"SIP/2.0 180 Ringing\nv: SIP/2.0/UDP h;branch=z9hG4bKx\ni: abc\nf: <sip:a@b>;tag=1\nt: <sip:c@d>\n ;tag=2\nCSeq: 7\n  INVITE\nl: 0\n\n";
        let m = complete(text, Framing::Datagram);
        assert_eq!(m.status(), Some(180));
        assert_eq!(m.header("Call-ID").as_deref(), Some("abc"));
        assert_eq!(m.header("i").as_deref(), Some("abc"));
        assert_eq!(m.header("To").as_deref(), Some("<sip:c@d> ;tag=2"));
        assert_eq!(m.header("CSeq").as_deref(), Some("7 INVITE"));
        assert_eq!(m.method(), Some("INVITE"));
    }

    #[test]
    fn stream_framing_waits_for_the_body_and_leaves_the_rest() {
        let two = [INVITE, b"SIP/2.0 100 Trying\r\nContent-Length: 0\r\n\r\n"].concat();
        let first = complete(&two, Framing::Stream);
        assert_eq!(first.consumed, INVITE.len());
        let second = complete(&two[first.consumed..], Framing::Stream);
        assert_eq!(second.status(), Some(100));
        for cut in [10, 40, INVITE.len() - 2] {
            assert_eq!(parse(&INVITE[..cut], Framing::Stream), Ok(Parsed::Partial), "cut at {cut}");
        }
        assert_eq!(parse(b"\r\n\r\n", Framing::Stream), Ok(Parsed::KeepAlive { consumed: 4 }));
    }

    #[test]
    fn a_cut_datagram_is_read_up_to_its_last_whole_line() {
        // INVITE's lines: start line, Via, Max-Forwards, To, From, Call-ID, ...
        let line_ends: Vec<usize> =
            INVITE.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1).collect();
        let header_end = INVITE.windows(4).position(|w| w == b"\r\n\r\n").map_or(0, |at| at + 4);
        for cut in line_ends[0]..INVITE.len() {
            let m = complete(&INVITE[..cut], Framing::Cut);
            // The header lines that ended before the cut, none cut into.
            let whole = line_ends.iter().filter(|&&end| end <= cut && end < header_end).count();
            assert_eq!(m.headers.len(), whole - 1, "cut at {cut}");
            let kept = String::from_utf8_lossy(&INVITE[..cut]);
            for h in &m.headers {
                assert!(kept.contains(&format!("\r\n{}: {}\r\n", h.name, h.value())), "cut at {cut}");
            }
            let body = cut.saturating_sub(header_end);
            assert_eq!(m.body, &INVITE[header_end..header_end + body], "cut at {cut}");
        }
        // Where the Call-ID line is cut, the message has none, not a wrong one.
        let call_id = INVITE.windows(8).position(|w| w == b"Call-ID:").unwrap_or(0);
        for cut in call_id..call_id + 30 {
            assert_eq!(complete(&INVITE[..cut], Framing::Cut).call_id(), None, "cut at {cut}");
        }
        // Cut in its start line, it is no message.
        assert!(parse(&INVITE[..20], Framing::Cut).is_err());
    }

    #[test]
    fn errors_say_what_and_where() {
        fails(b"HELLO\r\n\r\n", ParseErrorKind::BadStartLine, 1, 1);
        fails(b"SIP/2.0 4o4 Nope\r\n\r\n", ParseErrorKind::BadStatusCode, 1, 9);
        fails(b"SIP/2.0 700 Nope\r\n\r\n", ParseErrorKind::BadStatusCode, 1, 9);
        fails(b"INVITE sip:a@b HTTP/1.1\r\n\r\n", ParseErrorKind::BadVersion, 1, 16);
        fails(b"SIP/2.0 200 OK\r\nVia SIP/2.0/UDP h\r\n\r\n", ParseErrorKind::MissingColon, 2, 1);
        fails(b"SIP/2.0 200 OK\r\nBad Name: x\r\n\r\n", ParseErrorKind::BadHeaderName, 2, 1);
        fails(b"SIP/2.0 200 OK\r\n folded\r\n\r\n", ParseErrorKind::FoldWithoutHeader, 2, 1);
    }

    #[test]
    fn a_datagram_whose_content_length_does_not_frame_it_is_read_and_said() {
        let cases: [(&[u8], LengthDefect, &[u8]); 3] = [
            (b"SIP/2.0 200 OK\r\nContent-Length: ten\r\n\r\nabc", LengthDefect::Invalid { line: 2 }, b"abc"),
            (b"SIP/2.0 200 OK\r\nContent-Length: 10\r\n\r\nabc", LengthDefect::Short { line: 2, declared: 10 }, b"abc"),
            (b"SIP/2.0 200 OK\r\nl: 1\r\nContent-Length: 2\r\n\r\nab", LengthDefect::Invalid { line: 3 }, b"ab"),
        ];
        for (bytes, defect, body) in cases {
            let m = complete(bytes, Framing::Datagram);
            assert_eq!((m.length_defect, m.body), (Some(defect), body));
            // On a stream, where the length is the only framing, nothing can be read past it.
            let stream = parse(bytes, Framing::Stream);
            assert!(matches!(stream, Err(_) | Ok(Parsed::Partial)), "{stream:?}");
        }
        // A log's message is whole too: a length that is no number is said;
        // one larger than what the log kept is not (logs drop line ends).
        let m = complete(cases[0].0, Framing::Lenient);
        assert_eq!((m.length_defect, m.body), (Some(LengthDefect::Invalid { line: 2 }), &b"abc"[..]));
        assert_eq!(complete(cases[1].0, Framing::Lenient).length_defect, None);
        // Fewer bytes than the datagram carries: the rest is not the body (RFC 3261 §18.3).
        let m = complete(b"SIP/2.0 200 OK\r\nContent-Length: 2\r\n\r\nabc", Framing::Datagram);
        assert_eq!((m.length_defect, m.body), (None, &b"ab"[..]));
        assert_eq!(complete(INVITE, Framing::Datagram).length_defect, None);
    }

    #[test]
    fn every_known_name_is_classified_as_itself() {
        for (i, name) in KNOWN.iter().enumerate() {
            assert_eq!(usize::from(known(name)), i + 1, "{name}");
            assert_eq!(usize::from(known(&name.to_ascii_lowercase())), i + 1, "{name}");
            assert_eq!(KNOWN.iter().filter(|n| n.eq_ignore_ascii_case(name)).count(), 1, "{name} listed twice");
        }
        for (short, long) in COMPACT {
            assert_eq!(known(short), known(long), "{short}");
        }
        assert_eq!(known("X-Unknown"), 0);
        assert_eq!(known(""), 0);
        // At run time, the same answers, for any case and for near misses.
        for name in KNOWN.iter().chain(COMPACT.iter().map(|(short, _)| short)) {
            let mixed: String =
                name.chars().enumerate().map(|(i, c)| if i % 2 == 0 { c.to_ascii_uppercase() } else { c }).collect();
            assert_eq!(classify(&mixed), known(name), "{mixed}");
            assert_eq!(classify(&format!("{name}x")), known(&format!("{name}x")), "{name}x");
            if name.contains('-') {
                assert_eq!(classify(&name.replace('-', "_")), 0, "{name}");
            }
        }
    }

    #[test]
    fn lookups_find_known_and_other_names_alike() {
        let text = b"OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK1\r\nX-Thing: one\r\nVIA: SIP/2.0/UDP g\r\nx-thing: two\r\nCall-ID: c\r\n\r\n";
        let m = complete(text, Framing::Datagram);
        assert_eq!(m.header("Via").as_deref(), Some("SIP/2.0/UDP h;branch=z9hG4bK1"));
        assert_eq!(m.header_all("via").collect::<Vec<_>>(), ["SIP/2.0/UDP h;branch=z9hG4bK1", "SIP/2.0/UDP g"]);
        assert_eq!(m.header_all("X-THING").collect::<Vec<_>>(), ["one", "two"]);
        assert!(m.field("i").is_some() && m.field("Contact").is_none() && m.field("X-Other").is_none());
    }

    #[test]
    fn parameters_are_found_outside_quotes_and_brackets() {
        let cases = [
            ("SIP/2.0/UDP h;branch=z9hG4bK1;rport", "branch", Some("z9hG4bK1")),
            ("SIP/2.0/UDP h;rport;BRANCH = \"x\"", "branch", Some("x")),
            ("<sip:a@b;tag=inside>;tag=outside", "tag", Some("outside")),
            ("\"A;tag=q\" <sip:a@b>;tag=1", "tag", Some("1")),
            ("<sip:a@b>;x=\"a;tag=2\";tag=3", "tag", Some("3")),
            ("\"never closed;tag=1", "tag", None),
            ("<sip:a@b;tag=1", "tag", None),
            ("<sip:\"q>\";tag=1>;tag=2", "tag", Some("2")),
            ("sip:a@b;tagx=1;tag", "tag", None),
            ("sip:a@b;tag=", "tag", Some("")),
            ("<sip:a@b>;TaG=5", "tag", Some("5")),
            ("<sip:a@b>;t@g=5;tAG=6", "tag", Some("6")),
        ];
        for (value, name, expected) in cases {
            assert_eq!(param(value, name), expected, "{value}");
        }
    }

    #[test]
    fn detects_sip_by_content() {
        assert!(looks_like_sip(INVITE));
        assert!(looks_like_sip(b"\r\nSIP/2.0 200 OK\r\n"));
        assert!(!looks_like_sip(b"GET / HTTP/1.1\r\n"));
        assert!(!looks_like_sip(b"\x16\x03\x01\x02\x00"));
        assert!(looks_like_sip(b"invite sip:a@b SIP/2.0\r\n"), "an unknown lowercase method is still SIP");
        assert!(!looks_like_sip(b"invite sip:a@b HTTP/1.1\r\n"));
    }

    #[test]
    fn streams_are_framed_without_a_parse_only_when_that_agrees_with_one() {
        let body = "v=0\r\n";
        let message = |headers: &str| format!("INVITE sip:b@example.com SIP/2.0\r\nCall-ID: f\r\n{headers}\r\n{body}");
        let cases = [
            (message("Content-Length: 5\r\n"), true),
            (message("l :  5 \r\n"), true),                    // compact, spaced
            (message("Content-Type: a/b\r\n"), true),          // no length: no body on a stream
            (message("Content-Length: 5\r\nl: 5\r\n"), false), // two: parse checks they agree
            (message("Content-Length: five\r\n"), false),
            (message("Subject: a\r\n b\r\nContent-Length: 5\r\n"), false), // folded
            (message("Content-Length: 5\n"), false),                       // a bare LF
            (format!("\r\n{}", message("Content-Length: 5\r\n")), false),  // keep-alive first
            ("INVITE sip:b SIP/3.0 x\r\nContent-Length: 0\r\n\r\n".to_owned(), false),
        ];
        for (input, plain) in &cases {
            let input = input.as_bytes();
            let parsed = match parse(input, Framing::Stream) {
                Ok(Parsed::Complete(m)) => Some(m.consumed),
                _ => None,
            };
            match frame_stream(input) {
                Framed::Message(len) => assert!(*plain && parsed == Some(len), "{:?}", String::from_utf8_lossy(input)),
                Framed::Unsure => assert!(!plain, "{:?}", String::from_utf8_lossy(input)),
                Framed::Partial => panic!("{:?}: whole", String::from_utf8_lossy(input)),
            }
            // Cut anywhere, the framing agrees with a parse (without a
            // length, a message ends with its header section).
            for cut in 0..input.len() {
                let parsed = parse(&input[..cut], Framing::Stream);
                match frame_stream(&input[..cut]) {
                    Framed::Message(len) => {
                        assert!(matches!(parsed, Ok(Parsed::Complete(ref m)) if m.consumed == len), "{cut}")
                    }
                    Framed::Partial => assert_eq!(parsed, Ok(Parsed::Partial), "{cut}"),
                    Framed::Unsure => {}
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        // A small deterministic fuzz: every prefix and single-byte corruption of a real message.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for cut in 0..=INVITE.len() {
            let _ = parse(&INVITE[..cut], Framing::Stream);
            let _ = parse(&INVITE[..cut], Framing::Datagram);
        }
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut bytes = INVITE.to_vec();
            let at = (seed as usize) % bytes.len();
            bytes[at] = (seed >> 32) as u8;
            let _ = parse(&bytes, Framing::Datagram);
            let _ = parse(&bytes, Framing::Stream);
            let _ = looks_like_sip(&bytes);
            let _ = frame_stream(&bytes);
        }
    }
}
