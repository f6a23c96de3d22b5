//! From SIP records to calls: transactions, retransmissions, outcomes, and
//! legs linked by the headers that say so.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::net::SocketAddr;

use compact_str::CompactString;
use serde::Serialize;
use wide::u8x16;

use crate::record::{ParsedRecord, Problem, SipRecord, Transport};
use crate::sip::{known, Header, Message, ParseError};

/// The header fields every message is read for, classified when the program is built.
const CSEQ: u8 = known("CSeq");
const CALL_ID: u8 = known("Call-ID");
const X_CALL_ID: u8 = known("X-Call-ID");
const X_CID: u8 = known("X-CID");
const REPLACES: u8 = known("Replaces");
const P_CHARGING_VECTOR: u8 = known("P-Charging-Vector");
const REFER_TO: u8 = known("Refer-To");
const REFERRED_BY: u8 = known("Referred-By");
const FROM: u8 = known("From");
const TO: u8 = known("To");

/// Most transfers to one target remembered at once (an auto attendant
/// sends many callers to one queue).
const MAX_TRANSFERS_PER_TARGET: usize = 8;

/// Most transfer targets remembered at once (see [`Analyzer::refer_targets`]).
const MAX_REFER_TARGETS: usize = 65_536;
const AUTHORIZATION: u8 = known("Authorization");
const PROXY_AUTHORIZATION: u8 = known("Proxy-Authorization");

/// Request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A request.
    Request,
    /// A response.
    Response,
}

/// One message of a call, as the JSON contract shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CallMessage {
    /// Frame (or log line) it came from, with its input when several were
    /// read ([`frame_of_input`](crate::frame_of_input)).
    pub frame: u64,
    /// Seconds since the Unix epoch.
    pub time: f64,
    /// Sender, `address:port`.
    pub src: SocketAddr,
    /// Receiver.
    pub dst: SocketAddr,
    /// How it travelled.
    pub transport: Transport,
    /// Request or response.
    pub kind: Kind,
    /// Request method, or the CSeq method of a response.
    pub method: CompactString,
    /// Status code of a response.
    pub status: Option<u16>,
    /// Reason phrase of a response.
    pub reason: Option<CompactString>,
    /// CSeq, as written (`"1 INVITE"`).
    pub cseq: CompactString,
    /// Whether the same message was already seen in this call.
    pub retransmission: bool,
    /// Index of the record in the input (to show the message whole).
    pub record: usize,
    /// Whether a request carried Authorization or Proxy-Authorization.
    pub credentials: bool,
    /// Whether it was sent by the side that sent the call's first request,
    /// told by its From (a response goes the other way); read only for a
    /// message a log gave without addresses, where it is the ladder's lane.
    pub sent_by_first: bool,
}

/// Written by hand for the frame: its number, then its input only when
/// several inputs were read.
impl Serialize for CallMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Addr<'a>(&'a SocketAddr);
        impl Serialize for Addr<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_addr(self.0, serializer)
            }
        }
        let input = crate::frame_input(self.frame);
        let mut m = serializer.serialize_struct("CallMessage", 11 + usize::from(input.is_some()))?;
        m.serialize_field("frame", &crate::frame_number(self.frame))?;
        if let Some(input) = input {
            m.serialize_field("input", &input)?;
        }
        m.serialize_field("time", &self.time)?;
        m.serialize_field("src", &Addr(&self.src))?;
        m.serialize_field("dst", &Addr(&self.dst))?;
        m.serialize_field("transport", &self.transport)?;
        m.serialize_field("kind", &self.kind)?;
        m.serialize_field("method", &self.method)?;
        m.serialize_field("status", &self.status)?;
        m.serialize_field("reason", &self.reason)?;
        m.serialize_field("cseq", &self.cseq)?;
        m.serialize_field("retransmission", &self.retransmission)?;
        m.end()
    }
}

impl CallMessage {
    /// The number of its CSeq, if it is one.
    pub(crate) fn cseq_number(&self) -> Option<u32> {
        self.cseq.split_whitespace().next().and_then(|n| n.parse().ok())
    }

    /// How a ladder names it: a request's method, a response's `486 Busy Here`.
    pub fn label(&self) -> String {
        match self.kind {
            Kind::Request => self.method.to_string(),
            Kind::Response => format!("{} {}", self.status.unwrap_or(0), self.reason.as_deref().unwrap_or("")),
        }
    }
}

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// An INVITE was answered with 2xx.
    Answered,
    /// The last request got a final failure response.
    Failed,
    /// The INVITE was cancelled (CANCEL, then 487).
    Cancelled,
    /// A non-INVITE exchange succeeded (REGISTER, OPTIONS, SUBSCRIBE…).
    Completed,
    /// No final response was seen.
    Incomplete,
}

/// The outcome of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// How it ended.
    pub state: State,
    /// The final status that decided it, if any.
    pub status: Option<u16>,
}

/// All messages sharing a Call-ID.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    /// The Call-ID.
    pub call_id: String,
    /// The method that started it.
    pub method: String,
    /// How it ended.
    pub outcome: Outcome,
    /// Addresses in order of first appearance.
    pub participants: Vec<SocketAddr>,
    /// Seconds from the first INVITE to its final response.
    pub setup_time: Option<f64>,
    /// Seconds from the 2xx to the BYE.
    pub duration: Option<f64>,
    /// Other Call-IDs that headers link to this one (Replaces, X-Call-ID/X-CID,
    /// P-Charging-Vector icid).
    pub linked: Vec<String>,
    /// Messages in capture order.
    pub messages: Vec<CallMessage>,
    /// What the messages say about the call, most serious first.
    pub findings: Vec<crate::Finding>,
    /// For a call its input gave no address: its two sides as its first
    /// message names them (the From's URI, and the first request's
    /// Request-URI, else the To's URI), the names of its ladder's lanes.
    #[serde(skip)]
    pub sides: Option<[String; 2]>,
}

/// Everything read from the inputs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Counts.
    pub summary: Summary,
    /// Calls in order of their first message.
    pub calls: Vec<Call>,
    /// What could not be read.
    pub errors: Vec<Problem>,
}

/// The counts of an analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// SIP messages read.
    pub messages: usize,
    /// Calls (distinct Call-IDs).
    pub calls: usize,
    /// Calls whose outcome is `failed`.
    pub failed_calls: usize,
    /// Problems reported.
    pub errors: usize,
}

/// foldhash with a fixed seed: the keys are Call-IDs and message digests of
/// a one-shot analysis, SipHash dominated the profile, and then so did FNV's
/// multiply per byte. Fixed, so that a run is reproducible.
pub(crate) type Hashing = foldhash::fast::FixedState;

/// `a.b.c.d:port` written without the formatting machinery: the JSON output
/// writes two addresses per message. IPv6 takes the usual path.
fn serialize_addr<S: serde::Serializer>(addr: &SocketAddr, serializer: S) -> Result<S::Ok, S::Error> {
    let SocketAddr::V4(v4) = addr else { return serializer.collect_str(addr) };
    let mut text = Vec::with_capacity(21);
    push_ipv4(&mut text, v4);
    serializer.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
}

/// Appends `a.b.c.d:port`, as `Display` writes it.
/// Each octet's decimal digits, and (last byte) how many there are.
const OCTETS: [[u8; 4]; 256] = {
    let mut table = [[0u8; 4]; 256];
    let mut n = 0;
    while n < 256 {
        let (hundreds, tens, ones) = ((n / 100) as u8, (n / 10 % 10) as u8, (n % 10) as u8);
        table[n] = match n {
            0..=9 => [b'0' + ones, 0, 0, 1],
            10..=99 => [b'0' + tens, b'0' + ones, 0, 2],
            _ => [b'0' + hundreds, b'0' + tens, b'0' + ones, 3],
        };
        n += 1;
    }
    table
};

fn push_ipv4(out: &mut Vec<u8>, v4: &std::net::SocketAddrV4) {
    // Written into a stack buffer from a table of octets and copied once:
    // formatting each number and copying it cost more than the digits.
    let mut text = [0u8; 32];
    let mut len = 0;
    for octet in v4.ip().octets() {
        let digits = OCTETS[usize::from(octet)];
        text[len..len + 3].copy_from_slice(&digits[..3]);
        len += usize::from(digits[3]);
        text[len] = b'.';
        len += 1;
    }
    text[len - 1] = b':';
    let mut numbers = itoa::Buffer::new();
    let port = numbers.format(v4.port()).as_bytes();
    text[len..len + port.len()].copy_from_slice(port);
    out.extend_from_slice(&text[..len + port.len()]);
}

/// Whether JSON must escape any byte of `text` (a quote, a backslash, a
/// control character), sixteen bytes at a time.
fn needs_escape(text: &[u8]) -> bool {
    let escaped = |v: u8x16| {
        let control = v.min(u8x16::splat(0x1f)).simd_eq(v);
        (control | v.simd_eq(u8x16::splat(b'"')) | v.simd_eq(u8x16::splat(b'\\'))).to_bitmask() != 0
    };
    let mut chunks = text.chunks_exact(16);
    for chunk in &mut chunks {
        if chunk.try_into().is_ok_and(|bytes: [u8; 16]| escaped(u8x16::from(bytes))) {
            return true;
        }
    }
    // The rest, padded with a byte that needs nothing.
    let mut last = [b'a'; 16];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    escaped(u8x16::from(last))
}

/// A JSON string as serde_json writes it: copied as is when nothing in it
/// needs escaping (the usual case), through serde_json otherwise.
fn write_json_str(out: &mut Vec<u8>, text: &str) {
    if !needs_escape(text.as_bytes()) {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        // Writing to a Vec cannot fail; a string always serializes.
        let _ = serde_json::to_writer(&mut *out, text);
    }
}

fn write_json_addr(out: &mut Vec<u8>, addr: &SocketAddr) {
    match addr {
        SocketAddr::V4(v4) => {
            out.push(b'"');
            push_ipv4(out, v4);
            out.push(b'"');
        }
        SocketAddr::V6(_) => write_json_str(out, &addr.to_string()),
    }
}

/// Addresses as a JSON array, byte for byte as `Serialize` writes them
/// (a call's participants, once per call).
pub fn write_json_addrs(out: &mut Vec<u8>, addrs: &[SocketAddr]) {
    out.push(b'[');
    for (i, addr) in addrs.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_json_addr(out, addr);
    }
    out.push(b']');
}

/// The JSON text of a call's first participants, written once per call
/// instead of once per message (its addresses are nearly always these).
struct AddressTexts {
    text: Vec<u8>,
    /// Each address and where its text ends.
    ends: Vec<(SocketAddr, usize)>,
}

impl AddressTexts {
    /// Past this many, an address is written each time: the lookup is a scan.
    const MOST: usize = 8;

    fn new(participants: &[SocketAddr]) -> AddressTexts {
        let known = participants.len().min(Self::MOST);
        let mut texts = AddressTexts { text: Vec::with_capacity(24 * known), ends: Vec::with_capacity(known) };
        for addr in participants.iter().take(Self::MOST) {
            write_json_addr(&mut texts.text, addr);
            texts.ends.push((*addr, texts.text.len()));
        }
        texts
    }

    fn write(&self, out: &mut Vec<u8>, addr: &SocketAddr) {
        let mut start = 0;
        for &(known, end) in &self.ends {
            if known == *addr {
                out.extend_from_slice(&self.text[start..end]);
                return;
            }
            start = end;
        }
        write_json_addr(out, addr);
    }
}

impl Call {
    /// The call's messages as a JSON array, byte for byte as `Serialize`
    /// writes them.
    pub fn write_json_messages(&self, out: &mut Vec<u8>) {
        let addresses = AddressTexts::new(&self.participants);
        out.push(b'[');
        for (i, m) in self.messages.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            m.write_json_with(out, &addresses);
        }
        out.push(b']');
    }
}

impl CallMessage {
    /// The message as its `Serialize` writes it in JSON, byte for byte, but
    /// written straight into `out`: messages are most of a capture's JSON,
    /// and the generic serializer escaped every key and value one byte at a time.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        self.write_json_with(out, &AddressTexts::new(&[]));
    }

    fn write_json_with(&self, out: &mut Vec<u8>, addresses: &AddressTexts) {
        let mut numbers = itoa::Buffer::new();
        out.extend_from_slice(b"{\"frame\":");
        out.extend_from_slice(numbers.format(crate::frame_number(self.frame)).as_bytes());
        if let Some(input) = crate::frame_input(self.frame) {
            out.extend_from_slice(b",\"input\":");
            out.extend_from_slice(numbers.format(input).as_bytes());
        }
        out.extend_from_slice(b",\"time\":");
        // Floats as serde_json writes them (shortest form, `null` when not finite).
        let _ = serde_json::to_writer(&mut *out, &self.time);
        out.extend_from_slice(b",\"src\":");
        addresses.write(out, &self.src);
        out.extend_from_slice(b",\"dst\":");
        addresses.write(out, &self.dst);
        out.extend_from_slice(match self.transport {
            Transport::Udp => b",\"transport\":\"udp\"",
            Transport::Tcp => b",\"transport\":\"tcp\"",
            Transport::Tls => b",\"transport\":\"tls\"",
            Transport::Log => b",\"transport\":\"log\"",
            Transport::Ws => b",\"transport\":\"ws\"",
            Transport::Sctp => b",\"transport\":\"sctp\"",
            // Never a call's message: the analyzer reads these as findings.
            Transport::Unreachable(_) => b",\"transport\":\"icmp\"",
        });
        out.extend_from_slice(match self.kind {
            Kind::Request => b",\"kind\":\"request\"".as_slice(),
            Kind::Response => b",\"kind\":\"response\"".as_slice(),
        });
        out.extend_from_slice(b",\"method\":");
        write_json_str(out, &self.method);
        out.extend_from_slice(b",\"status\":");
        match self.status {
            Some(status) => out.extend_from_slice(numbers.format(status).as_bytes()),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"reason\":");
        match &self.reason {
            Some(reason) => write_json_str(out, reason),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"cseq\":");
        write_json_str(out, &self.cseq);
        out.extend_from_slice(if self.retransmission {
            b",\"retransmission\":true}".as_slice()
        } else {
            b",\"retransmission\":false}".as_slice()
        });
    }
}

/// When an input's messages were captured, as far as read, and whether it
/// has ended (of several inputs read together).
#[derive(Clone, Copy, Debug)]
struct InputSpan {
    first: f64,
    last: f64,
    ended: bool,
    /// The first of the files read in turn with it, as one capture
    /// ([`Analyzer::read_in_turn`]); its own place otherwise.
    capture: usize,
}

impl InputSpan {
    /// Whether inputs `a` and `b` are one place's: files read in turn as
    /// one capture, or one ended before the other began (the files of a
    /// ring buffer merged), not captures of two places.
    fn one_place(spans: &[InputSpan], a: usize, b: usize) -> bool {
        let (Some(a), Some(b)) = (spans.get(a), spans.get(b)) else { return false };
        a.capture == b.capture || (a.ended && a.last <= b.first) || (b.ended && b.last <= a.first)
    }

    /// Input `input`'s span, none of its messages yet noted if new.
    fn of(spans: &mut Vec<InputSpan>, input: usize) -> &mut InputSpan {
        while spans.len() <= input {
            let capture = spans.len();
            spans.push(InputSpan { first: f64::INFINITY, last: f64::NEG_INFINITY, ended: false, capture });
        }
        &mut spans[input]
    }

    /// Notes that input `input` holds a message at `time`.
    fn note(spans: &mut Vec<InputSpan>, input: usize, time: f64) {
        let span = InputSpan::of(spans, input);
        span.first = span.first.min(time);
        span.last = span.last.max(time);
    }
}

/// A blind transfer seen (see [`Analyzer::refer_targets`]).
struct Transfer {
    transferee: String,
    call_id: String,
    seen: f64,
}

/// The Call-ID a Refer-To's URI asks its target to replace: its Replaces
/// header (RFC 3891 §3: `?Replaces=id%3Bto-tag%3D…`), percent-decoded.
fn replaces_in_uri(refer_to: &str) -> Option<String> {
    let uri = refer_to.split_once('<').map_or(refer_to, |(_, inner)| inner.split('>').next().unwrap_or(inner));
    let (_, headers) = uri.split_once('?')?;
    let value = headers.split('&').find_map(|header| {
        let (name, value) = header.split_once('=')?;
        name.trim().eq_ignore_ascii_case("Replaces").then_some(value)
    })?;
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    let call_id = decoded.split(';').next().unwrap_or_default().trim();
    (!call_id.is_empty()).then(|| call_id.to_owned())
}

/// The Call-ID of a message's start, which may end anywhere (what an ICMP
/// error quotes of it): its `Call-ID` or `i` header line, if whole.
fn quoted_call_id(bytes: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(bytes)
        .unwrap_or_else(|e| std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default());
    // A line without its end may be cut short: only whole lines are read,
    // past the start line.
    let whole = text.rfind('\n').map_or("", |end| &text[..end]);
    whole.split('\n').skip(1).find_map(|line| {
        let (name, value) = line.split_once(':')?;
        let name = name.trim();
        (name.eq_ignore_ascii_case("Call-ID") || name.eq_ignore_ascii_case("i")).then(|| value.trim())
    })
}

/// Words separated by single spaces (`"1  INVITE"` → `"1 INVITE"`), without
/// building a list of them when they already are.
fn normalize_spaces(text: &str) -> CompactString {
    let trimmed = text.trim();
    // One pass over the bytes for a tab, a line end or two spaces in a row.
    let mut previous = 0;
    let irregular = trimmed.bytes().any(|c| {
        let double = c == b' ' && previous == b' ';
        previous = c;
        double || matches!(c, b'\t' | b'\r' | b'\n')
    });
    if irregular {
        trimmed.split_whitespace().collect::<Vec<_>>().join(" ").into()
    } else {
        trimmed.into()
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, Hashing>;
pub(crate) type FastSet<K> = HashSet<K, Hashing>;

/// Where a call stands, which decides how long it may stay silent before
/// idle calls are looked for and it is taken as finished.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    /// Nothing that may go quiet for long: no INVITE answered provisionally
    /// and waiting for its final response, no dialog up, no registration held.
    Settled,
    /// An INVITE answered provisionally, waiting for its final response.
    Ringing,
    /// A dialog is up and no BYE came: an INVITE or a subscription
    /// answered with 2xx, or a request sent within a dialog (a capture
    /// that began during the call).
    Established,
    /// A REGISTER granted for this many seconds: its refresh, on time or
    /// late (a lapse to report), belongs to the same registration, for
    /// twice that (at most as long as an established call).
    Registered(u64),
    /// A subscription (the dialog of a SUBSCRIBE, not of an INVITE) that
    /// lasts this many seconds unless refreshed: the duration a 2xx to
    /// SUBSCRIBE grants (RFC 6665 §4.2.1.1), or what a NOTIFY says is left
    /// (§4.1.3). Silent for twice that, it has ended, whether or not its
    /// last NOTIFY was captured.
    Subscribed(u64),
}

impl Phase {
    /// The phase after `message` (not a retransmission; `m`, it parsed);
    /// `granted`, the seconds a 2xx to REGISTER granted; `in_dialog`,
    /// whether a request carries a To tag. A re-INVITE that fails leaves
    /// its dialog up; a NOTIFY that ends its subscription ends the dialog,
    /// as a BYE does. A request within the early dialog of an INVITE still
    /// ringing (an UPDATE, an INFO) leaves it ringing: the INVITE's final
    /// response decides whether a dialog is up: a failure ends the early
    /// dialogs (RFC 3261 §12.1, §13.2.2.3).
    ///
    /// In a call that is a subscription (`subscription`: its first message
    /// a SUBSCRIBE or a NOTIFY), the time a 2xx to SUBSCRIBE grants
    /// (Expires) or a NOTIFY says is left (Subscription-State's `expires`)
    /// bounds how long it stays open.
    fn after(
        self,
        message: &CallMessage,
        m: &Message<'_>,
        granted: Option<u64>,
        in_dialog: bool,
        subscription: bool,
    ) -> Phase {
        let state = || m.header("Subscription-State");
        let ends_subscription = || state().is_some_and(|s| s.trim_start().starts_with("terminated"));
        // The time a subscription's message says it has left.
        let seconds = |value: &str| value.trim().parse::<u64>().ok();
        let subscribed_for = match (subscription, message.kind, message.method.as_str(), message.status) {
            (true, Kind::Request, "NOTIFY", _) => {
                state().and_then(|s| crate::sip::param(&s, "expires").and_then(seconds))
            }
            (true, Kind::Response, "SUBSCRIBE", Some(200..=299)) => m.header("Expires").and_then(|e| seconds(&e)),
            _ => None,
        };
        if let Some(left) = subscribed_for.filter(|_| !ends_subscription()) {
            return Phase::Subscribed(left);
        }
        match (message.kind, message.method.as_str(), message.status) {
            (Kind::Request, "BYE", _) => Phase::Settled,
            (Kind::Request, "NOTIFY", _) if ends_subscription() => Phase::Settled,
            (Kind::Request, "ACK" | "CANCEL" | "PRACK" | "REGISTER", _) => self,
            (Kind::Request, _, _) if in_dialog && self != Phase::Ringing => Phase::Established,
            (Kind::Response, "INVITE", Some(100..=199)) if self == Phase::Settled => Phase::Ringing,
            (Kind::Response, "INVITE" | "SUBSCRIBE" | "REFER", Some(200..=299)) => Phase::Established,
            (Kind::Response, "INVITE", Some(300..)) if self == Phase::Ringing => Phase::Settled,
            (Kind::Response, "REGISTER", Some(200..=299)) if self != Phase::Established => {
                granted.map_or(Phase::Settled, Phase::Registered)
            }
            _ => self,
        }
    }
}

/// An open call, with what the sweep for idle calls reads kept beside it
/// rather than in it: the sweep looks through every open call, and reaching
/// into each (long untouched, out of the cache) cost 3 % of the time.
struct Open {
    /// Which call began first (calls are written in that order).
    order: u64,
    /// Its latest message's time.
    last_time: f64,
    phase: Phase,
    building: Box<Building>,
}

impl Open {
    /// [`Building::add`], and the time and phase it leaves the call in.
    fn add(&mut self, message: CallMessage, digest: u64, record: &SipRecord, m: &Message<'_>, in_dialog: bool) {
        self.building.add(message, digest, record, m, in_dialog, &mut self.phase);
        self.last_time = self.last_time.max(record.time);
    }
}

/// One call being built.
struct Building {
    messages: Vec<CallMessage>,
    digests: Digests,
    /// With several inputs: each digest's latest input and time, to tell
    /// the same message captured at two places (see [`SAME_MESSAGE_WINDOW`]).
    sightings: Option<Box<FastMap<u64, (usize, f64)>>>,
    findings: Vec<crate::Finding>,
    asked: Vec<crate::findings::Asked>,
    evidence: crate::findings::Evidence,
    /// A log without addresses: the From tag (else From) of the call's
    /// first message, to tell each message's side by, and the sides' names.
    first_from: Option<Box<(CompactString, [String; 2])>>,
}

/// The digests of a call's messages, to tell a retransmission: the first
/// few inline and scanned (most calls have under ten messages, and a set
/// for each would be an allocation and most of a cache line apiece), a set
/// past them.
#[derive(Default)]
struct Digests {
    few: [u64; 8],
    len: u8,
    many: FastSet<u64>,
}

impl Digests {
    /// Adds a digest; false when it was already there.
    fn insert(&mut self, digest: u64) -> bool {
        let len = usize::from(self.len);
        if self.few[..len].contains(&digest) {
            return false;
        }
        if len < self.few.len() {
            self.few[len] = digest;
            self.len += 1;
            return true;
        }
        self.many.insert(digest)
    }
}

/// A message's start line, as bytes.
fn start_line(bytes: &[u8]) -> &[u8] {
    crate::scan::find_byte(bytes, b'\n').map_or(bytes, |end| &bytes[..end]).trim_ascii()
}

/// What tells a message from another one wherever it was captured: all but
/// its addresses (start line, CSeq, top Via branch, To tag), hashed.
fn copy_key_of(first_line: &[u8], cseq: &CompactString, branch: &str, to_tag: &str) -> u64 {
    Hashing::default().hash_one((first_line, cseq, branch, to_tag))
}

/// `copy_key_of` a record, as the analysis computes it within a call, and
/// its Call-ID: the same for the copies of one message captured at two
/// places (a NAT between them too), different for two messages, of two
/// calls too, whose other parts may all be alike (a device that sends no
/// branch, RFC 2543's, or the same one each time). `None` when it does not parse.
pub fn copy_key(record: &SipRecord) -> Option<u64> {
    let m = record.message()?;
    let cseq = m.first_of(CSEQ).map(|c| normalize_spaces(&c.value())).unwrap_or_default();
    let within_call = copy_key_of(
        start_line(&record.bytes),
        &cseq,
        m.via_branch().unwrap_or_default(),
        m.to_tag().unwrap_or_default(),
    );
    let call_id = m.first_of(CALL_ID).map(Header::value).unwrap_or_default();
    Some(Hashing::default().hash_one((within_call, call_id)))
}

/// How soon after its copy in another input a message is the same one,
/// captured at another place (the network between them, and the clocks):
/// under half of T1 (500 ms, RFC 3261 §17.1.1.1), so that a message sent
/// again is still a retransmission.
pub const SAME_MESSAGE_WINDOW: f64 = 0.2;

impl Building {
    /// Whether a message of `input` (with `digest`, of all but its
    /// addresses, at `time`) is one its call last saw in another input
    /// moments before or after (an input need not be in time order): the
    /// same message, captured at two places. Either way, it is now the
    /// latest sighting.
    ///
    /// An input read wholly before this one (`spans` says) is not another
    /// place but the same one later: a ring buffer's next file, where a
    /// message moments after one in the file before is sent again.
    fn seen_elsewhere(&mut self, digest: u64, input: usize, time: f64, spans: &[InputSpan]) -> bool {
        let sightings = self.sightings.get_or_insert_with(Box::default);
        let before = sightings.insert(digest, (input, time));
        before.is_some_and(|(other, at)| {
            other != input && (time - at).abs() < SAME_MESSAGE_WINDOW && !InputSpan::one_place(spans, other, input)
        })
    }

    /// Adds a message (`digest` tells a retransmission) and what it shows.
    /// `in_dialog`: a request with a To tag. `phase`: where the call stands.
    fn add(
        &mut self,
        mut message: CallMessage,
        digest: u64,
        record: &SipRecord,
        m: &Message<'_>,
        in_dialog: bool,
        phase: &mut Phase,
    ) {
        let retransmission = !self.digests.insert(digest);
        if message.src == crate::log::UNKNOWN && message.dst == crate::log::UNKNOWN {
            // Told by From: a request is sent by the side its From names, a
            // response by the other.
            let from = match m.from_tag() {
                Some(tag) => CompactString::from(tag),
                None => m.first_of(FROM).map(|f| CompactString::from(f.value().trim())).unwrap_or_default(),
            };
            let first = self.first_from.get_or_insert_with(|| Box::new((from.clone(), side_names(m))));
            message.sent_by_first = (first.0 == from) == m.is_request();
        }
        // A subscription's dialog, not an INVITE's: begun (as captured)
        // by a SUBSCRIBE, or by a NOTIFY when the capture began later.
        let first = self.messages.first().unwrap_or(&message);
        let subscription = matches!(first.method.as_str(), "SUBSCRIBE" | "NOTIFY");
        if record.cut {
            // What the cut took is unknown: nothing is read from it that
            // could be wrong (a header or SDP line missing past the cut,
            // its grammar, its SDP, what it asked).
            self.note_cut(record.frame);
            // But its start line and CSeq say where the call stands: a long
            // call whose setup was cut is still up. A header the cut took
            // never closes it sooner: a Subscription-State or Expires
            // missing reads as a dialog up, a To tag missing leaves the
            // phase as it was, and so does a 2xx to REGISTER (its phase
            // rests on its Expires).
            if !retransmission && message.method != "REGISTER" {
                *phase = phase.after(&message, m, None, in_dialog, subscription);
            }
            // A failure response's header fields kept before the cut still
            // say why (Retry-After, Warning, a challenge).
            if !retransmission && !m.is_request() {
                let request = self.asked.iter().find(|a| a.cseq == message.cseq);
                self.findings.extend(crate::findings::from_cut_response(record.frame, m, request, &self.evidence));
            }
        } else if !retransmission {
            self.findings.extend(crate::findings::from_length(record.frame, m));
            self.findings.extend(crate::findings::from_sdp(record.frame, m, record.src.ip()));
            self.evidence.observe(record.frame, record.time, m, &message.method);
            if record.bytes.len() > crate::findings::UDP_REQUEST_MOST
                && record.transport == crate::Transport::Udp
                && m.is_request()
            {
                self.evidence.sent_over_udp(record.frame, record.bytes.len());
            }
            let granted = self.evidence.granted.last().filter(|g| g.0 == record.frame).map(|g| g.2);
            *phase = phase.after(&message, m, granted, in_dialog, subscription);
            // Requests and failure responses: what a strict element refuses
            // with 400 is the request; a 2xx's grammar explains nothing.
            if !matches!(message.status, Some(100..=299)) {
                self.findings.extend(crate::findings::from_conformance(record.frame, m));
            }
            if m.is_request() {
                if let Some(asked) = crate::findings::asked(m, record.frame, record.time, &message.cseq) {
                    self.asked.retain(|a| a.cseq != asked.cseq);
                    self.asked.push(asked);
                }
            } else {
                let request = self.asked.iter().position(|a| a.cseq == message.cseq);
                let straight = match (request, message.status) {
                    (None, Some(482 | 483)) => self.straight_request(&message.cseq),
                    _ => None,
                };
                self.findings.extend(crate::findings::from_response(
                    record.frame,
                    m,
                    request.map(|i| &self.asked[i]).or(straight.as_ref()),
                    &self.evidence,
                ));
                // A final response ends what its request asked.
                if let (Some(i), Some(200..)) = (request, message.status) {
                    self.asked.swap_remove(i);
                    if self.asked.is_empty() {
                        // Freed now: a finished call waits a minute for
                        // retransmissions, and open calls are most of memory.
                        self.asked = Vec::new();
                    }
                }
            }
        }
        message.retransmission = retransmission;
        self.messages.push(message);
    }

    /// A request of this CSeq seen whole but not kept as asked: it asked
    /// nothing a finding compares and came straight from its sender (see
    /// [`crate::findings::asked`]), all a 482 or 483 then needs to know.
    /// Looked for only then, so that the bulk of requests keep nothing.
    fn straight_request(&self, cseq: &str) -> Option<crate::findings::Asked> {
        let cut = self.findings.iter().find(|f| f.kind == "truncated").map_or(&[][..], |f| &f.frames[..]);
        let request = self.messages.iter().rev().find(|r| r.kind == Kind::Request && r.cseq == cseq)?;
        (!cut.contains(&request.frame)).then(|| crate::findings::Asked {
            cseq: cseq.to_owned(),
            frame: request.frame,
            ..Default::default()
        })
    }

    /// A message the capture cut short: one finding lists them all.
    fn note_cut(&mut self, frame: u64) {
        match self.findings.iter_mut().find(|f| f.kind == "truncated") {
            Some(finding) => finding.frames.push(frame),
            None => self.findings.push(crate::Finding {
                kind: "truncated",
                severity: crate::Severity::Info,
                frames: vec![frame],
                // About the capture, not SIP: no RFC says it.
                references: Vec::new(),
                values: Vec::new(),
            }),
        }
    }
}

/// Groups records into calls as they come, and hands back calls that have
/// been idle for `idle_timeout` seconds of capture time, so that memory holds
/// only the calls still in progress.
pub struct Analyzer {
    active: FastMap<String, Open>,
    next_order: u64,
    idle_timeout: f64,
    since_sweep: usize,
    /// Capture time of the last sweep for idle calls, when sweeps are also
    /// due by time (see [`Analyzer::live`]).
    swept_at: Option<f64>,
    /// Messages from one sweep for idle calls to the next.
    sweep_every: usize,
    /// For each Call-ID, the Call-IDs headers linked it with (looked up when
    /// its call closes, instead of a scan of every link). Taken when the
    /// call closes; kept otherwise while a call of that Call-ID is open or
    /// a header named it within the idle timeout, so that memory follows
    /// the calls in progress, not the capture.
    links: FastMap<String, Links>,
    /// For each P-Charging-Vector icid, the first Call-ID that carried it,
    /// and when one last did.
    icid_first: FastMap<String, (String, f64)>,
    /// Where REFERs lately sent a call's party (a blind transfer), by the
    /// target's URI (as [`crate::findings::uri_key`] reduces it): the
    /// transferee's URI (the REFER's To), the Call-ID of the REFER, and
    /// when, latest last. The INVITE the transferee then sends there,
    /// saying who referred it (Referred-By), is linked to that call.
    refer_targets: FastMap<String, Vec<Transfer>>,
    /// Most calls open at once; past it, the longest idle are closed early.
    max_open_calls: usize,
    open_calls_limit_reported: bool,
    call_messages_limit_reported: bool,
    /// Messages seen in two inputs moments apart: the first copy's frame,
    /// and how many.
    seen_in_two_inputs: Option<(u64, u64)>,
    /// Of several inputs, when each one's messages were captured, by its
    /// place.
    input_spans: Vec<InputSpan>,
    /// ICMP errors tied to a call by their addresses so far (each a scan of
    /// the open calls), at most [`MAX_FLOW_LOOKUPS`].
    flow_lookups: usize,
    messages: usize,
    calls: usize,
    failed_calls: usize,
    problems: Vec<Problem>,
}

/// The Call-IDs linked with one, in the order first seen, and the capture
/// time a header last linked it.
struct Links {
    others: Vec<String>,
    seen: f64,
}

/// A call the analyzer has closed, with its outcome and links decided.
/// Turning it into a [`Call`] (its flow findings, participants, order of
/// findings) needs nothing else, so it may run on another thread than the
/// analysis: the command line writes calls while the next ones are read.
pub struct Finished {
    call_id: String,
    building: Box<Building>,
    outcome: Outcome,
    setup_time: Option<f64>,
    duration: Option<f64>,
    linked: Vec<String>,
}

impl Finished {
    /// The call, with the findings of its whole flow.
    pub fn call(self) -> Call {
        // Read where it is: moving the whole building out of its box (its
        // digests and evidence inline) was a copy of some 300 bytes per call.
        let b = &self.building;
        let mut participants = Vec::new();
        for m in &b.messages {
            for addr in [m.src, m.dst] {
                if !participants.contains(&addr) {
                    participants.push(addr);
                }
            }
        }
        // Its first request's; when none was captured, INVITE if it answered
        // one (a CANCEL's 200 comes before the INVITE's 487), else the CSeq
        // method of its first response.
        let method = b
            .messages
            .iter()
            .find(|m| m.kind == Kind::Request)
            .or_else(|| b.messages.iter().find(|m| m.method == "INVITE"))
            .or(b.messages.first())
            .map(|m| m.method.to_string())
            .unwrap_or_default();
        let from_flow = crate::findings::from_flow(&b.messages, &b.findings, &b.evidence);
        let Building { messages, mut findings, first_from, .. } = *self.building;
        findings.extend(from_flow);
        findings.sort_by(|x, y| y.severity.cmp(&x.severity).then(x.frames.first().cmp(&y.frames.first())));
        Call {
            call_id: self.call_id,
            method,
            outcome: self.outcome,
            participants,
            setup_time: self.setup_time,
            duration: self.duration,
            linked: self.linked,
            messages,
            findings,
            sides: first_from.map(|first| first.1),
        }
    }
}

/// The two sides of a call as its first message names them: who its From
/// names, and where it was sent (a request's Request-URI; a response's To),
/// each as `user@host` without scheme or parameters.
fn side_names(m: &Message<'_>) -> [String; 2] {
    let uri_of = |value: &str| -> String {
        let uri = match (value.find('<'), value.rfind('>')) {
            (Some(open), Some(close)) if open < close => &value[open + 1..close],
            _ => value.split(';').next().unwrap_or_default(),
        };
        let uri = uri.trim();
        let uri = ["sip:", "sips:", "SIP:", "SIPS:"].iter().find_map(|scheme| uri.strip_prefix(scheme)).unwrap_or(uri);
        uri.split([';', '?']).next().unwrap_or_default().to_owned()
    };
    let header = |name: u8| m.first_of(name).map(|h| uri_of(&h.value())).unwrap_or_default();
    let to = match m.start {
        crate::StartLine::Request { uri, .. } => uri_of(uri),
        crate::StartLine::Response { .. } => header(TO),
    };
    [header(FROM), to]
}

/// ICMP errors quoting too little of a datagram to name its call are tied
/// to one by the datagram's addresses at most this many times per input:
/// each looks through the open calls, and a flood of such errors (a scan
/// answered by a firewall) must not make the analysis quadratic.
const MAX_FLOW_LOOKUPS: usize = 10_000;

/// How long a call may stay silent before it is taken as finished, in
/// seconds of capture time: longer than SIP's 32 s transaction timeouts
/// (64×T1, RFC 3261 §17), after which no retransmission can come.
pub const CALL_IDLE_TIMEOUT: f64 = 64.0;

/// How long a call ringing (an INVITE answered provisionally, no final
/// response yet) may stay silent: a proxy waits over 3 minutes between
/// provisional responses before it gives up (Timer C, RFC 3261 §16.6), a
/// minute more.
const RINGING_IDLE_TIMEOUT: f64 = 240.0;

/// How long an established call (answered, no BYE yet) may stay silent:
/// nothing in SIP bounds a call without session timers, so a long call is
/// kept whole for hours; past this, its BYE was most likely not captured.
const ESTABLISHED_IDLE_TIMEOUT: f64 = 4.0 * 3600.0;

/// How long a call in `phase` may stay silent, for an analyzer whose
/// calls settled close after `idle_timeout`.
fn idle_limit(idle_timeout: f64, phase: Phase) -> f64 {
    match phase {
        Phase::Settled => idle_timeout,
        Phase::Ringing => idle_timeout.max(RINGING_IDLE_TIMEOUT),
        Phase::Established => idle_timeout.max(ESTABLISHED_IDLE_TIMEOUT),
        Phase::Registered(seconds) | Phase::Subscribed(seconds) => {
            idle_timeout.max((2.0 * seconds as f64).min(ESTABLISHED_IDLE_TIMEOUT))
        }
    }
}

/// Most messages one call holds: past it (a flood under one Call-ID), the
/// call is closed and the next message begins another, so that memory
/// stays bounded however many messages share a Call-ID.
const MAX_CALL_MESSAGES: usize = 100_000;

/// Open calls are looked through for idle ones after this many messages
/// at least (more when more calls are open).
const SWEEP_EVERY: usize = 4096;

/// Seconds of capture time after which open calls are looked through
/// again however few messages came, and how many calls each message since
/// the last sweep may pay for then.
const SWEEP_SECONDS: f64 = 10.0;
const SWEEP_SHARE: usize = 64;

impl Analyzer {
    /// An analyzer that finishes calls idle for `idle_timeout` seconds, or
    /// longer while ringing, established or registered (`idle_limit`);
    /// `f64::INFINITY` keeps every call to the end.
    pub fn new(idle_timeout: f64) -> Analyzer {
        Analyzer {
            active: FastMap::default(),
            next_order: 0,
            idle_timeout,
            since_sweep: 0,
            swept_at: None,
            sweep_every: SWEEP_EVERY,
            links: FastMap::default(),
            icid_first: FastMap::default(),
            refer_targets: FastMap::default(),
            max_open_calls: usize::MAX,
            open_calls_limit_reported: false,
            call_messages_limit_reported: false,
            seen_in_two_inputs: None,
            input_spans: Vec::new(),
            flow_lookups: 0,
            messages: 0,
            calls: 0,
            failed_calls: 0,
            problems: Vec::new(),
        }
    }

    /// For a live capture (piped in as it is made): idle calls are also
    /// looked for every `SWEEP_SECONDS` of capture time, so that a quiet
    /// line's calls are handed back as they end, not after thousands of
    /// messages. (Not for files: a small capture's calls then come in
    /// order of their first message, each Call-ID whole.)
    pub fn live(mut self, live: bool) -> Analyzer {
        self.swept_at = live.then_some(f64::NEG_INFINITY);
        self
    }

    /// At most `limit` calls open at once: when a new call would pass it,
    /// the eighth of the open calls idle longest are closed early (and this
    /// is reported once). Memory then stays bounded even when a flood of
    /// new calls (a scanner's probes) arrives within the idle timeout.
    pub fn max_open_calls(mut self, limit: usize) -> Analyzer {
        self.max_open_calls = limit.max(1);
        self
    }

    /// Closes the eighth of the open calls that have been idle longest.
    fn close_longest_idle(&mut self, frame: u64) -> Vec<Finished> {
        let count = (self.active.len() / 8).max(1);
        let mut by_idle: Vec<(f64, u64, &String)> =
            self.active.iter().map(|(id, open)| (open.last_time, open.order, id)).collect();
        if count < by_idle.len() {
            by_idle.select_nth_unstable_by(count - 1, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            by_idle.truncate(count);
        }
        let ids: Vec<(u64, String)> = by_idle.into_iter().map(|(_, order, id)| (order, id.clone())).collect();
        if !self.open_calls_limit_reported {
            self.open_calls_limit_reported = true;
            let detail = self.max_open_calls.to_string();
            self.problem(Problem { frame, kind: crate::ProblemKind::OpenCallsLimit, detail });
        }
        self.close_calls(ids)
    }

    /// Closes these open calls (each by its order and Call-ID), in the order
    /// they began: the keys are sorted, not the calls, which are large to move.
    fn close_calls(&mut self, mut ids: Vec<(u64, String)>) -> Vec<Finished> {
        ids.sort_unstable_by_key(|(order, _)| *order);
        let mut done = Vec::with_capacity(ids.len());
        for (_, id) in ids {
            if let Some(open) = self.active.remove(&id) {
                done.push(self.close(id, open.building));
            }
        }
        done
    }

    /// Notes a problem met while reading.
    pub fn problem(&mut self, problem: Problem) {
        crate::record::note_problem(&mut self.problems, problem);
    }

    /// Links the calls of a transfer (RFC 3515): a REFER whose Refer-To
    /// names the call its target is to replace (an attended transfer, the
    /// Replaces header in the URI, RFC 3891 §3) is linked to that call; one
    /// that names only a target (a blind transfer) is linked to the INVITE
    /// the transferee then sends to that target with Referred-By (RFC 3892).
    fn link_transfer(&mut self, call_id: &str, m: &Message<'_>, now: f64) {
        let crate::StartLine::Request { method, uri, .. } = m.start else { return };
        if method.eq_ignore_ascii_case("REFER") {
            let Some(target) = m.first_of(REFER_TO).map(Header::value) else { return };
            if let Some(replaced) = replaces_in_uri(&target) {
                self.link(call_id, &replaced, now);
            } else if self.refer_targets.len() < MAX_REFER_TARGETS {
                let transferee = m.first_of(TO).map(|to| crate::findings::uri_key(&to.value())).unwrap_or_default();
                let transfers = self.refer_targets.entry(crate::findings::uri_key(&target)).or_default();
                transfers.retain(|t| t.call_id != call_id); // a REFER sent again
                if transfers.len() == MAX_TRANSFERS_PER_TARGET {
                    transfers.remove(0);
                }
                transfers.push(Transfer { transferee, call_id: call_id.to_owned(), seen: now });
            }
        } else if method.eq_ignore_ascii_case("INVITE") && m.first_of(REFERRED_BY).is_some() {
            // Its target is its Request-URI (RFC 3515 §2.4.2) or, once a
            // proxy retargeted it to a contact, its To, which the transferee
            // set to that URI too and proxies leave alone (RFC 3261 §8.1.1.2).
            let target = |key: String| self.refer_targets.get(&key).filter(|t| !t.is_empty());
            let to = || m.first_of(TO).map(|to| crate::findings::uri_key(&to.value()));
            let Some(transfers) = target(crate::findings::uri_key(uri)).or_else(|| to().and_then(target)) else {
                return;
            };
            // The transfer of this transferee (the INVITE's From); when none
            // names it (a B2BUA rewrote it), the only transfer to this target.
            let from = m.first_of(FROM).map(|from| crate::findings::uri_key(&from.value())).unwrap_or_default();
            let transfer = match transfers.iter().rev().find(|t| t.transferee == from) {
                Some(transfer) => Some(transfer),
                None if transfers.len() == 1 => transfers.first(),
                None => None,
            };
            if let Some(referrer) = transfer.map(|t| t.call_id.clone()).filter(|id| id != call_id) {
                self.link(call_id, &referrer, now);
            }
        }
    }

    /// Notes that headers link two calls, both ways, at capture time `now`.
    fn link(&mut self, call_id: &str, other: &str, now: f64) {
        for (from, to) in [(call_id, other), (other, call_id)] {
            match self.links.get_mut(from) {
                Some(links) => {
                    links.seen = now;
                    // Every message of a leg carries the header: kept once.
                    if !links.others.iter().any(|known| known == to) {
                        links.others.push(to.to_owned());
                    }
                }
                None => {
                    self.links.insert(from.to_owned(), Links { others: vec![to.to_owned()], seen: now });
                }
            }
        }
    }

    /// Notes that the inputs at `places` are files read in turn as one
    /// capture (a ring buffer's): a message in one moments after its like
    /// in another is sent again, not captured at two places.
    pub fn read_in_turn(&mut self, places: &[usize]) {
        let Some(&first) = places.first() else { return };
        for &place in places.iter().filter(|p| **p < crate::record::MAX_INPUTS) {
            InputSpan::of(&mut self.input_spans, place).capture = first;
        }
    }

    /// Notes that input `input` (its place, of several inputs) has no more
    /// records: one that began after it is not another place's capture.
    /// (Told before the input's last records, or all of them, were
    /// analysed, it is taken to end with the last of them.)
    pub fn input_ended(&mut self, input: usize) {
        if input < crate::record::MAX_INPUTS {
            InputSpan::of(&mut self.input_spans, input).ended = true;
        }
    }

    /// Adds one record; returns the calls that finished meanwhile.
    pub fn push(&mut self, index: usize, record: &SipRecord) -> Vec<Finished> {
        self.push_message(index, record, record.parse().as_ref())
    }

    /// [`Analyzer::push`] for a record already parsed elsewhere (on the thread
    /// that read it).
    pub fn push_parsed(&mut self, index: usize, parsed: &ParsedRecord) -> Vec<Finished> {
        self.push_message(index, parsed.record(), parsed.borrow_dependent().as_ref())
    }

    /// Closes the calls idle at capture time `now`, and forgets links and
    /// icids as old.
    fn sweep(&mut self, now: f64) -> Vec<Finished> {
        if !self.idle_timeout.is_finite() {
            return Vec::new();
        }
        self.since_sweep = 0;
        self.swept_at = self.swept_at.map(|_| now);
        let idle: Vec<(u64, String)> = self
            .active
            .iter()
            .filter(|(_, open)| now - open.last_time > idle_limit(self.idle_timeout, open.phase))
            .map(|(id, open)| (open.order, id.clone()))
            .collect();
        let finished = self.close_calls(idle);
        let (idle, active) = (self.idle_timeout, &self.active);
        self.links.retain(|id, links| now - links.seen <= idle || active.contains_key(id));
        self.icid_first.retain(|_, (_, seen)| now - *seen <= idle);
        self.refer_targets.retain(|_, transfers| {
            transfers.retain(|t| now - t.seen <= idle);
            !transfers.is_empty()
        });
        // A sweep looks at every open call: the next comes after as many
        // messages as calls are still open, so that each message pays
        // for about one call looked at.
        self.sweep_every = SWEEP_EVERY.max(self.active.len());
        finished
    }

    /// Live (see [`Analyzer::live`]), the input silent: capture time is
    /// taken to have reached `now`, and calls idle since are closed, as a
    /// message at that time would close them. The time is not kept: a
    /// message later read at an earlier time is read as usual.
    pub fn pass_time(&mut self, now: f64) -> Vec<Finished> {
        match self.swept_at {
            Some(at) if now - at >= SWEEP_SECONDS => self.sweep(now),
            _ => Vec::new(),
        }
    }

    fn push_message(
        &mut self,
        index: usize,
        record: &SipRecord,
        parsed: Result<&Message<'_>, &ParseError>,
    ) -> Vec<Finished> {
        let mut finished = Vec::new();
        self.since_sweep += 1;
        // After as many messages as calls were open; live, also after
        // SWEEP_SECONDS of capture time, each message since paying for at
        // most SWEEP_SHARE calls looked at.
        let due = self.since_sweep >= self.sweep_every
            || self.swept_at.is_some_and(|at| {
                record.time - at >= SWEEP_SECONDS && self.since_sweep * SWEEP_SHARE >= self.active.len()
            });
        if due {
            finished.extend(self.sweep(record.time));
        }
        if let Transport::Unreachable(reason) = record.transport {
            self.unreachable(record, reason);
            return finished;
        }
        let m = match parsed {
            Ok(m) => m,
            // Cut by the capture before its start line ended: reported as cut.
            Err(_) if record.cut => return finished,
            Err(e) => {
                self.problem(Problem { frame: record.frame, kind: crate::ProblemKind::Unparsable, detail: e.detail() });
                return finished;
            }
        };
        self.messages += 1;
        let Some(call_id) = m.first_of(CALL_ID).map(Header::value) else {
            if record.cut {
                return finished; // the cut took its Call-ID: reported as cut
            }
            let line = String::from_utf8_lossy(record.bytes.split(|&b| b == b'\n').next().unwrap_or_default())
                .trim()
                .to_owned();
            self.problem(Problem { frame: record.frame, kind: crate::ProblemKind::NoCallId, detail: line });
            return finished;
        };
        // The start line, as bytes: hashed for the retransmission digest.
        let first_line = start_line(&record.bytes);
        let cseq = m.first_of(CSEQ).map(|c| normalize_spaces(&c.value())).unwrap_or_default();
        let branch = m.via_branch().unwrap_or_default();
        let to_tag = m.to_tag().unwrap_or_default();
        let in_dialog = m.is_request() && !to_tag.is_empty();
        for class in [X_CALL_ID, X_CID] {
            if let Some(other) = m.first_of(class) {
                self.link(&call_id, other.value().trim(), record.time);
            }
        }
        if let Some(replaces) = m.first_of(REPLACES).map(Header::value) {
            if let Some(other) = replaces.split(';').next() {
                self.link(&call_id, other.trim(), record.time);
            }
        }
        self.link_transfer(&call_id, m, record.time);
        if let Some(icid) = m.first_of(P_CHARGING_VECTOR).and_then(|v| {
            v.value()
                .split(';')
                .find_map(|p| p.trim().strip_prefix("icid-value=").map(|s| s.trim_matches('"').to_owned()))
        }) {
            let first = self.icid_first.entry(icid).or_insert_with(|| (call_id.to_string(), record.time));
            first.1 = record.time;
            let first = first.0.clone();
            if first != call_id {
                self.link(&call_id, &first, record.time);
            }
        }
        let (status, reason) = match m.start {
            crate::StartLine::Response { code, reason, .. } => (Some(code), Some(CompactString::from(reason))),
            crate::StartLine::Request { .. } => (None, None),
        };
        let digest = Hashing::default().hash_one((record.src, record.dst, first_line, &cseq, branch, to_tag));
        // With several inputs, a copy captured elsewhere is told without its
        // addresses: through a NAT, the other end saw other ones.
        let sighting =
            crate::frame_input(record.frame).map(|input| (input, copy_key_of(first_line, &cseq, branch, to_tag)));
        let message = CallMessage {
            frame: record.frame,
            time: record.time,
            src: record.src,
            dst: record.dst,
            transport: record.transport,
            kind: if m.is_request() { Kind::Request } else { Kind::Response },
            method: crate::sip::method_kept(m.method().unwrap_or_default()),
            status,
            reason,
            cseq,
            retransmission: false,
            record: index,
            credentials: m.is_request()
                && (m.first_of(AUTHORIZATION).is_some() || m.first_of(PROXY_AUTHORIZATION).is_some()),
            sent_by_first: false,
        };
        // Looked up by the borrowed Call-ID, once for a call already open:
        // a String is made only for a new call.
        // (A call still open takes its Call-ID's messages however long it
        // was silent: only the sweep for idle calls, which bounds memory,
        // closes calls, so that a small capture keeps a Call-ID whole.)
        if let Some((input, _)) = sighting {
            InputSpan::note(&mut self.input_spans, input, record.time);
        }
        let spans = &self.input_spans;
        if let Some(open) = self.active.get_mut(&*call_id) {
            if sighting
                .is_some_and(|(input, sighting)| open.building.seen_elsewhere(sighting, input, record.time, spans))
            {
                // Shown once, where it was seen first; counted as a copy.
                self.messages -= 1;
                match &mut self.seen_in_two_inputs {
                    Some((_, count)) => *count += 1,
                    None => self.seen_in_two_inputs = Some((record.frame, 1)),
                }
                return finished;
            }
            if open.building.messages.len() < MAX_CALL_MESSAGES {
                open.add(message, digest, record, m, in_dialog);
                return finished;
            }
            // Full: this message begins another call.
            if !self.call_messages_limit_reported {
                self.call_messages_limit_reported = true;
                let detail = MAX_CALL_MESSAGES.to_string();
                self.problem(Problem { frame: record.frame, kind: crate::ProblemKind::CallMessagesLimit, detail });
            }
            if let Some((id, full)) = self.active.remove_entry(&*call_id) {
                finished.push(self.close(id, full.building));
            }
        }
        if self.active.len() >= self.max_open_calls {
            finished.extend(self.close_longest_idle(record.frame));
        }
        let building = Box::new(Building {
            // Room for a whole basic call, so that most calls allocate once.
            messages: Vec::with_capacity(8),
            digests: Digests::default(),
            sightings: None,
            findings: Vec::new(),
            asked: Vec::new(),
            evidence: crate::findings::Evidence::default(),
            first_from: None,
        });
        let mut open = Open { order: self.next_order, last_time: record.time, phase: Phase::Settled, building };
        self.next_order += 1;
        if let Some((input, sighting)) = sighting {
            open.building.seen_elsewhere(sighting, input, record.time, &self.input_spans);
        }
        open.add(message, digest, record, m, in_dialog);
        self.active.insert(call_id.into_owned(), open);
        finished
    }

    /// An ICMP error about a datagram of a call in progress (found by the
    /// Call-ID of the part it quotes): a finding of that call, naming the
    /// last message sent that way, which the network did not deliver. The
    /// errors for one destination and reason (one per retransmission) make
    /// one finding.
    fn unreachable(&mut self, record: &SipRecord, reason: crate::Unreachable) {
        let call_id = match quoted_call_id(&record.bytes) {
            Some(id) => Some(id.to_owned()),
            // Only the headers quoted (RFC 792's minimum, as routers and
            // Windows send), or cut before the Call-ID: the call that last
            // sent a message that way, looked for among the open calls a
            // bounded number of times.
            None if self.flow_lookups < MAX_FLOW_LOOKUPS => {
                self.flow_lookups += 1;
                self.last_sent_that_way(record.src, record.dst)
            }
            None => None,
        };
        let Some(building) = call_id.and_then(|id| self.active.get_mut(&id)).map(|open| &mut open.building) else {
            // An error about a datagram that quotes no SIP and matches no
            // call's (RTP, or a port after its call ended) is none of SIP's business.
            if !record.bytes.is_empty() || crate::record::on_sip_port(record.src, record.dst) {
                // The datagram it quotes was not captured (or not with its Call-ID).
                let detail = format!("{} → {}", record.src, record.dst);
                self.problem(Problem { frame: record.frame, kind: crate::ProblemKind::IcmpUnreachable, detail });
            }
            return;
        };
        let sent = building.messages.iter().rev().find(|m| m.src == record.src && m.dst == record.dst);
        let frames = sent.map_or_else(|| vec![record.frame], |m| vec![m.frame, record.frame]);
        let (reason_id, address) = (reason.id(), record.dst.to_string());
        let same = |f: &&mut crate::Finding| {
            f.kind == "unreachable"
                && f.values.first().is_some_and(|(_, r)| r == reason_id)
                && f.values.get(1).is_some_and(|(_, a)| *a == address)
        };
        if let Some(finding) = building.findings.iter_mut().find(same) {
            for frame in frames {
                if !finding.frames.contains(&frame) {
                    finding.frames.push(frame);
                }
            }
            if let Some((_, count)) = finding.values.get_mut(2) {
                *count = (count.parse::<u64>().unwrap_or(1) + 1).to_string();
            }
            return;
        }
        let mut values = vec![("reason", reason_id.to_owned()), ("address", address), ("count", "1".to_owned())];
        let mut references = vec!["RFC 3261 §18.4", "RFC 3261 §8.1.3.1", "RFC 3261 §17.1.4"];
        if let crate::Unreachable::TooBig(mtu) = reason {
            values.push(("mtu", mtu.to_string()));
            references = vec!["RFC 3261 §18.1.1", if record.dst.is_ipv6() { "RFC 8201" } else { "RFC 1191" }];
        }
        references.push(if record.dst.is_ipv6() { "RFC 4443 §3" } else { "RFC 792" });
        building.findings.push(crate::Finding {
            kind: "unreachable",
            severity: crate::Severity::Error,
            frames,
            references,
            values,
        });
    }

    /// The open call whose latest message from `src` to `dst` is the latest.
    fn last_sent_that_way(&self, src: SocketAddr, dst: SocketAddr) -> Option<String> {
        self.active
            .iter()
            .filter_map(|(id, open)| {
                open.building.messages.iter().rev().find(|m| m.src == src && m.dst == dst).map(|m| (m, id))
            })
            // By time, then frame: frames of several inputs do not say which came later.
            .max_by(|(a, _), (b, _)| a.time.total_cmp(&b.time).then(a.frame.cmp(&b.frame)))
            .map(|(_, id)| id.clone())
    }

    /// Closes a call: what needs the analyzer's state (its outcome for the
    /// counts, the calls linked to it) is decided here; the rest is left to
    /// [`Finished::call`].
    fn close(&mut self, call_id: String, mut b: Box<Building>) -> Finished {
        // What only the building needed is freed here, on the thread that
        // allocated it, rather than wherever the call is written.
        b.digests = Digests::default();
        b.sightings = None;
        b.asked = Vec::new();
        // In the order they were sent: a message read late (past a TCP gap
        // once its connection was forgotten, at its own segment's time)
        // takes its place in the ladder, not the end.
        if !b.messages.is_sorted_by(|x, y| x.time <= y.time) {
            b.messages.sort_by(|x, y| x.time.total_cmp(&y.time));
        }
        let (outcome, setup_time, duration) = outcome(&b.messages);
        let mut linked = self.links.remove(&call_id).map(|links| links.others).unwrap_or_default();
        linked.retain(|other| *other != call_id);
        self.calls += 1;
        if outcome.state == State::Failed {
            self.failed_calls += 1;
        }
        Finished { call_id, building: b, outcome, setup_time, duration, linked }
    }

    /// Finishes every call still open; returns them in order of first message,
    /// with the counts and the problems.
    pub fn finish(mut self) -> (Vec<Finished>, Summary, Vec<Problem>) {
        let open = self.active.iter().map(|(id, open)| (open.order, id.clone())).collect();
        let calls = self.close_calls(open);
        if let Some((frame, count)) = self.seen_in_two_inputs {
            self.problem(Problem { frame, kind: crate::ProblemKind::SeenInTwoInputs, detail: count.to_string() });
        }
        let summary = Summary {
            messages: self.messages,
            calls: self.calls,
            failed_calls: self.failed_calls,
            errors: crate::record::problem_count(&self.problems),
        };
        (calls, summary, self.problems)
    }
}

/// Groups records (in time order) into calls, keeping every call to the end.
pub fn analyze(records: &[SipRecord], problems: Vec<Problem>) -> Analysis {
    analyze_inputs(records, problems, &[])
}

/// [`analyze`] for records of several inputs, some of them files read in
/// turn as one capture (each of `in_turn`: their places, see
/// [`Analyzer::read_in_turn`]).
pub fn analyze_inputs(records: &[SipRecord], problems: Vec<Problem>, in_turn: &[Vec<usize>]) -> Analysis {
    let mut analyzer = Analyzer::new(f64::INFINITY);
    for places in in_turn {
        analyzer.read_in_turn(places);
    }
    for problem in problems {
        analyzer.problem(problem);
    }
    // Every input is at hand: when each began and ended is known at once.
    for record in records {
        if let Some(input) = crate::frame_input(record.frame) {
            InputSpan::note(&mut analyzer.input_spans, input, record.time);
        }
    }
    for span in &mut analyzer.input_spans {
        span.ended = true;
    }
    for (i, record) in records.iter().enumerate() {
        analyzer.push(i, record);
    }
    let (finished, summary, errors) = analyzer.finish();
    let calls: Vec<Call> = finished.into_iter().map(Finished::call).collect();
    // Links to calls that do not exist in the input are dropped.
    let known: FastSet<String> = calls.iter().map(|c| c.call_id.clone()).collect();
    let calls = calls
        .into_iter()
        .map(|mut c| {
            c.linked.retain(|id| known.contains(id));
            c
        })
        .collect();
    Analysis { summary, calls, errors }
}

/// Seconds from one message to another, to the microsecond: capture times
/// are no finer (pcap's) or no more exact (an epoch time in an f64 is good
/// to about 0.24 µs), and the difference of two would show that noise
/// (0.0014998912811279297 for 1.5 ms).
/// `None` when the input gave neither message a time (both 0: bare
/// messages pasted from a ticket), rather than a false 0 s; one time 0 is
/// a real one (the first packet of a dump in relative time).
pub(crate) fn elapsed(from: &CallMessage, to: &CallMessage) -> Option<f64> {
    (from.time != 0.0 || to.time != 0.0).then(|| ((to.time - from.time) * 1e6).round() / 1e6)
}

fn outcome(messages: &[CallMessage]) -> (Outcome, Option<f64>, Option<f64>) {
    let first_invite = messages.iter().find(|m| m.kind == Kind::Request && m.method == "INVITE");
    let finals = |method: &str| -> Vec<&CallMessage> {
        messages
            .iter()
            .filter(|m| m.kind == Kind::Response && m.method == method && m.status.is_some_and(|s| s >= 200))
            .collect()
    };
    let invite_finals = finals("INVITE");
    // An INVITE's final responses decide its call even when the INVITE was
    // not captured (the capture began after it, or sees one direction):
    // only its setup time is then unknown.
    if first_invite.is_some() || !invite_finals.is_empty() {
        let answer = invite_finals.iter().find(|m| m.status.is_some_and(|s| (200..300).contains(&s)));
        let setup = first_invite.zip(invite_finals.first()).and_then(|(invite, f)| elapsed(invite, f));
        if let Some(answer) = answer {
            let bye = messages.iter().find(|m| m.kind == Kind::Request && m.method == "BYE" && m.time >= answer.time);
            return (
                Outcome { state: State::Answered, status: answer.status },
                setup,
                bye.and_then(|b| elapsed(answer, b)),
            );
        }
        // A CANCEL, or the response to one when only responses were captured.
        let cancelled = messages.iter().any(|m| m.method == "CANCEL");
        if cancelled && invite_finals.iter().any(|m| m.status == Some(487)) {
            // No setup time: the call was abandoned, not set up.
            return (Outcome { state: State::Cancelled, status: Some(487) }, None, None);
        }
        // The final response to the INVITE with the highest CSeq decides
        // (a 401 followed by an authenticated INVITE is not the outcome).
        let last =
            invite_finals.iter().filter(|m| !m.retransmission).max_by_key(|m| (m.cseq_number().unwrap_or(0), m.frame));
        return match last {
            Some(last) => (Outcome { state: State::Failed, status: last.status }, setup, None),
            None => (Outcome { state: State::Incomplete, status: None }, None, None),
        };
    }
    // The last request's final response decides; without requests
    // captured, the final response of the highest CSeq.
    let last_request = messages.iter().filter(|m| m.kind == Kind::Request).max_by_key(|m| m.cseq_number().unwrap_or(0));
    let is_final = |m: &&CallMessage| m.kind == Kind::Response && m.status.is_some_and(|s| s >= 200);
    let final_response = match last_request {
        Some(request) => messages.iter().rev().filter(is_final).find(|m| m.cseq == request.cseq),
        None => messages.iter().filter(is_final).max_by_key(|m| (m.cseq_number().unwrap_or(0), m.frame)),
    };
    match final_response {
        Some(r) if r.status.is_some_and(|s| s < 300) => {
            (Outcome { state: State::Completed, status: r.status }, None, None)
        }
        Some(r) => (Outcome { state: State::Failed, status: r.status }, None, None),
        None => (Outcome { state: State::Incomplete, status: None }, None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An INVITE over UDP, with extra header lines.
    fn record(frame: u64, time: f64, call_id: &str, headers: &str) -> SipRecord {
        SipRecord {
            frame,
            time,
            src: "10.0.0.1:5060".parse().unwrap(),
            dst: "10.0.0.2:5060".parse().unwrap(),
            transport: Transport::Udp,
            bytes: format!(
                "INVITE sip:b@h SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK{frame}\r\nFrom: <sip:a@h>;tag=1\r\n\
                 To: <sip:b@h>\r\nCall-ID: {call_id}\r\nCSeq: 1 INVITE\r\n{headers}Content-Length: 0\r\n\r\n"
            )
            .into_bytes(),
            cut: false,
        }
    }

    #[test]
    fn setup_time_and_duration_are_told_to_the_microsecond() {
        // Times as a capture of 2023 gives them: each already rounded to the
        // nearest f64, whose differences are off by a fraction of a microsecond.
        let t0 = 1_700_000_000.000_499;
        let records = [
            message(1, t0, "timed", "INVITE sip:b@h SIP/2.0", "1 INVITE"),
            message(2, t0 + 0.0015, "timed", "SIP/2.0 200 OK", "1 INVITE"),
            message(3, t0 + 0.0015 + 61.000_123, "timed", "BYE sip:b@h SIP/2.0", "2 BYE"),
        ];
        assert_ne!(records[1].time - records[0].time, 0.0015, "the times should carry f64 noise");
        let analysis = analyze(&records, Vec::new());
        let call = &analysis.calls[0];
        assert_eq!(call.setup_time, Some(0.0015));
        assert_eq!(call.duration, Some(61.000_123));
    }

    #[test]
    fn a_message_read_late_takes_its_place_in_the_ladder_by_its_time() {
        // The 180 was stuck past a TCP gap and read when its connection was
        // forgotten, after the 200 and the ACK, at its own segment's time.
        let records = [
            message(1, 0.0, "late", "INVITE sip:b@h SIP/2.0", "1 INVITE"),
            message(3, 0.4, "late", "SIP/2.0 200 OK", "1 INVITE"),
            message(4, 0.5, "late", "ACK sip:b@h SIP/2.0", "1 ACK"),
            message(2, 0.2, "late", "SIP/2.0 180 Ringing", "1 INVITE"),
        ];
        let analysis = analyze(&records, Vec::new());
        let call = &analysis.calls[0];
        assert_eq!(call.messages.iter().map(|m| m.frame).collect::<Vec<_>>(), [1, 2, 3, 4]);
        assert_eq!(call.outcome, Outcome { state: State::Answered, status: Some(200) });
        assert_eq!(call.setup_time, Some(0.4));
    }

    #[test]
    fn a_call_whose_requests_were_not_captured_is_decided_by_its_final_responses() {
        // A capture begun after the INVITE, or of one direction: responses only.
        // Each: the responses (start line, CSeq), the call's method and outcome.
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, Outcome);
        let cases: [Case; 5] = [
            (
                &[("SIP/2.0 180 Ringing", "1 INVITE"), ("SIP/2.0 486 Busy Here", "1 INVITE")],
                "INVITE",
                Outcome { state: State::Failed, status: Some(486) },
            ),
            (
                &[("SIP/2.0 407 Proxy Authentication Required", "1 INVITE"), ("SIP/2.0 200 OK", "2 INVITE")],
                "INVITE",
                Outcome { state: State::Answered, status: Some(200) },
            ),
            (
                &[("SIP/2.0 200 OK", "1 CANCEL"), ("SIP/2.0 487 Request Terminated", "1 INVITE")],
                "INVITE",
                Outcome { state: State::Cancelled, status: Some(487) },
            ),
            (&[("SIP/2.0 200 OK", "7 REGISTER")], "REGISTER", Outcome { state: State::Completed, status: Some(200) }),
            (&[("SIP/2.0 100 Trying", "1 INVITE")], "INVITE", Outcome { state: State::Incomplete, status: None }),
        ];
        for (responses, method, expected) in cases {
            let records: Vec<SipRecord> = responses
                .iter()
                .enumerate()
                .map(|(i, (start, cseq))| message(i as u64 + 1, i as f64, "no-request", start, cseq))
                .collect();
            let call = &analyze(&records, Vec::new()).calls[0];
            assert_eq!((call.method.as_str(), &call.outcome), (method, &expected), "{responses:?}");
            assert_eq!(call.setup_time, None, "no INVITE, no setup time: {responses:?}");
        }
    }

    #[test]
    fn retransmissions_are_told_in_calls_of_few_and_of_many_messages() {
        for distinct in [1u64, 7, 8, 9, 40] {
            let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT);
            // Each message once, then each again (same bytes, a later frame).
            for (frame, branch) in (0..distinct).chain(0..distinct).enumerate() {
                let mut message = record(branch, frame as f64 * 0.001, "c", "");
                message.frame = frame as u64 + 1;
                assert!(analyzer.push(frame, &message).is_empty());
            }
            let (calls, _, _) = analyzer.finish();
            let flags: Vec<bool> =
                calls.into_iter().flat_map(|c| c.call().messages).map(|m| m.retransmission).collect();
            let expected: Vec<bool> = (0..2 * distinct).map(|i| i >= distinct).collect();
            assert_eq!(flags, expected, "{distinct} distinct messages");
        }
    }

    #[test]
    fn a_message_captured_at_two_places_is_shown_once_and_one_sent_again_is_a_retransmission() {
        // An INVITE sent (input 0) and received 30 ms later (input 1), sent
        // again after T1 and received again: two messages, the second a
        // retransmission, and two copies counted.
        let invite = record(1, 0.0, "c1", "");
        let at = |input: usize, frame: u64, time: f64| SipRecord {
            frame: crate::frame_of_input(frame, input),
            time,
            ..invite.clone()
        };
        let mut analyzer = Analyzer::new(f64::INFINITY);
        for (i, r) in [at(0, 1, 0.0), at(1, 1, 0.03), at(0, 2, 0.5), at(1, 2, 0.53)].iter().enumerate() {
            analyzer.push(i, r);
        }
        // The same file given as a ring buffer's next: sent again 0.5 s
        // later in the next file is a retransmission, not a copy.
        let other = record(1, 0.0, "c2", "");
        analyzer.push(4, &SipRecord { frame: crate::frame_of_input(9, 0), time: 1.0, ..other.clone() });
        analyzer.push(5, &SipRecord { frame: crate::frame_of_input(1, 1), time: 1.5, ..other });
        // Captured before and after a NAT: the other end sees the sender
        // at the NAT's public address; the same message all the same.
        let natted = record(1, 2.0, "c3", "");
        let public: SocketAddr = "198.51.100.7:40000".parse().unwrap_or_else(|e| panic!("{e}"));
        analyzer.push(6, &SipRecord { frame: crate::frame_of_input(20, 0), ..natted.clone() });
        analyzer.push(7, &SipRecord { frame: crate::frame_of_input(20, 1), time: 2.02, src: public, ..natted });
        // An input not in time order (files joined with `cat` out of
        // order): read after its twin but stamped seconds before it, the
        // same message sent at another time, not a copy.
        let twice = record(1, 10.0, "c4", "");
        analyzer.push(8, &SipRecord { frame: crate::frame_of_input(30, 0), ..twice.clone() });
        analyzer.push(9, &SipRecord { frame: crate::frame_of_input(30, 1), time: 5.0, ..twice });
        let (calls, summary, problems) = analyzer.finish();
        let calls: Vec<Call> = calls.into_iter().map(Finished::call).collect();
        let shown = |c: &Call| c.messages.iter().map(|m| (m.frame, m.retransmission)).collect::<Vec<_>>();
        assert_eq!(shown(&calls[0]), [(crate::frame_of_input(1, 0), false), (crate::frame_of_input(2, 0), true)]);
        assert_eq!(shown(&calls[1]), [(crate::frame_of_input(9, 0), false), (crate::frame_of_input(1, 1), true)]);
        assert_eq!(shown(&calls[2]), [(crate::frame_of_input(20, 0), false)]);
        assert_eq!(calls[3].messages.len(), 2);
        assert_eq!(summary.messages, 7, "copies are not messages");
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(crate::frame_of_input(1, 1), crate::ProblemKind::SeenInTwoInputs, "3")]);
    }

    #[test]
    fn an_icmp_error_quoting_no_call_id_goes_to_the_call_that_sent_that_way_last_in_time() {
        // Two inputs (captures of two places): the call of the second input
        // has the higher frame ids, the call of the first the later message.
        let later = SipRecord { frame: crate::frame_of_input(1, 0), ..record(1, 5.0, "later", "") };
        let earlier = SipRecord { frame: crate::frame_of_input(1, 1), ..record(1, 2.0, "earlier", "") };
        let error = SipRecord {
            frame: crate::frame_of_input(2, 0),
            time: 5.1,
            transport: Transport::Unreachable(crate::Unreachable::Port),
            bytes: Vec::new(),
            ..later.clone()
        };
        let mut analyzer = Analyzer::new(f64::INFINITY);
        analyzer.push(0, &earlier);
        analyzer.push(1, &later);
        analyzer.push(2, &error);
        let (calls, _, problems) = analyzer.finish();
        assert!(problems.is_empty(), "{problems:?}");
        let with_error: Vec<String> = calls
            .into_iter()
            .map(Finished::call)
            .filter(|c| c.findings.iter().any(|f| f.kind == "unreachable"))
            .map(|c| c.call_id)
            .collect();
        assert_eq!(with_error, ["later"]);
    }

    #[test]
    fn icmp_errors_become_one_finding_per_destination_and_reason() {
        let invite = record(1, 0.0, "c1", "");
        let error = |frame: u64, reason: crate::Unreachable, quoted: &[u8]| SipRecord {
            frame,
            transport: Transport::Unreachable(reason),
            bytes: quoted.to_vec(),
            ..invite.clone()
        };
        let mut analyzer = Analyzer::new(f64::INFINITY);
        analyzer.push(0, &invite);
        analyzer.push(1, &error(2, crate::Unreachable::TooBig(1400), &invite.bytes));
        analyzer.push(2, &error(3, crate::Unreachable::TooBig(1400), &invite.bytes[..120]));
        // Cut inside the Call-ID line, or only the UDP header quoted (as
        // routers and Windows send): tied to the call by the addresses.
        let cut = invite.bytes.iter().position(|&b| b == b'C').map_or(0, |at| at + 12);
        analyzer.push(3, &error(4, crate::Unreachable::Port, &invite.bytes[..cut]));
        analyzer.push(4, &error(5, crate::Unreachable::Port, b""));
        // About a call not in the input: reported as a problem of the input.
        analyzer.push(5, &error(6, crate::Unreachable::Port, &record(6, 0.1, "c2", "").bytes));
        // Only headers quoted, matching no call: a problem on SIP's port,
        // nothing on another (RTP's, after its call).
        let elsewhere: SocketAddr = "10.0.0.9:5060".parse().unwrap_or_else(|e| panic!("{e}"));
        analyzer.push(6, &SipRecord { dst: elsewhere, ..error(7, crate::Unreachable::Port, b"") });
        let media = |addr: &str| addr.parse::<SocketAddr>().unwrap_or_else(|e| panic!("{e}"));
        let rtp = SipRecord {
            src: media("10.0.0.1:4000"),
            dst: media("10.0.0.2:4002"),
            ..error(8, crate::Unreachable::Port, b"")
        };
        analyzer.push(7, &rtp);
        let (calls, summary, problems) = analyzer.finish();
        assert_eq!((summary.messages, calls.len()), (1, 1), "errors are not messages");
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(
            said,
            [
                (6, crate::ProblemKind::IcmpUnreachable, "10.0.0.1:5060 → 10.0.0.2:5060"),
                (7, crate::ProblemKind::IcmpUnreachable, "10.0.0.1:5060 → 10.0.0.9:5060")
            ]
        );
        let call = calls.into_iter().next().map(Finished::call).unwrap_or_else(|| panic!("no call"));
        let found: Vec<_> = call.findings.iter().filter(|f| f.kind == "unreachable").collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].frames, [1, 2, 3]);
        let values: Vec<_> = found[0].values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(values, [("reason", "too-big"), ("address", "10.0.0.2:5060"), ("count", "2"), ("mtu", "1400")]);
        assert!(found[0].references.contains(&"RFC 3261 §18.1.1"));
        assert_eq!(found[1].frames, [1, 4, 5]);
        let values: Vec<_> = found[1].values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(values, [("reason", "port"), ("address", "10.0.0.2:5060"), ("count", "2")]);
    }

    #[test]
    fn open_calls_never_pass_the_limit() {
        let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT).max_open_calls(100);
        let mut closed = 0;
        for n in 0..1_000u64 {
            closed += analyzer.push(n as usize, &record(n, n as f64 / 100.0, &format!("call-{n}"), "")).len();
            assert!(analyzer.active.len() <= 100, "{} open", analyzer.active.len());
        }
        let (rest, summary, problems) = analyzer.finish();
        assert_eq!(closed + rest.len(), 1_000);
        assert_eq!(summary.calls, 1_000);
        let limits: Vec<_> = problems.iter().filter(|p| p.kind == crate::ProblemKind::OpenCallsLimit).collect();
        assert_eq!(limits.len(), 1, "{problems:?}");
        assert_eq!((limits[0].frame, limits[0].detail.as_str()), (100, "100"));
    }

    /// A message of call `call_id` with this start line and CSeq, from the
    /// caller (a request) or to it (a response).
    fn message(frame: u64, time: f64, call_id: &str, start: &str, cseq: &str) -> SipRecord {
        let (caller, callee) = ("10.0.0.1:5060".parse().unwrap(), "10.0.0.2:5060".parse().unwrap());
        let response = start.starts_with("SIP/2.0");
        let (src, dst) = if response { (callee, caller) } else { (caller, callee) };
        // A To tag on responses, and on requests within a dialog (CSeq past
        // 1, as a capture begun during a call sees them).
        let within = !cseq.starts_with("1 ");
        let tag = if response || within { ";tag=2" } else { "" };
        SipRecord {
            frame,
            time,
            src,
            dst,
            transport: Transport::Udp,
            bytes: format!(
                "{start}\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK{cseq}\r\nFrom: <sip:a@h>;tag=1\r\n\
                 To: <sip:b@h>{tag}\r\nCall-ID: {call_id}\r\nCSeq: {cseq}\r\nContent-Length: 0\r\n\r\n"
            )
            .into_bytes(),
            cut: false,
        }
    }

    #[test]
    fn calls_ringing_established_or_registered_stay_open_longer_than_settled_ones() {
        let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT);
        let mut frame = 0;
        let mut closed: Vec<(f64, String, usize, Vec<&str>)> = Vec::new();
        let mut push = |analyzer: &mut Analyzer, time: f64, call_id: &str, start: &str, cseq: &str| {
            frame += 1;
            let mut record = message(frame, time, call_id, start, cseq);
            // As `tcpdump -s 300` gives a call whose every message of its
            // setup carries an SDP body or long header fields.
            record.cut = call_id == "long-cut" && time < 4000.0;
            for done in analyzer.push(0, &record) {
                let call = done.call();
                let kinds = call.findings.iter().map(|f| f.kind).collect();
                closed.push((time, call.call_id, call.messages.len(), kinds));
            }
        };
        let long = [
            (0.0, "INVITE sip:b@h SIP/2.0", "1 INVITE"),
            (0.1, "SIP/2.0 180 Ringing", "1 INVITE"),
            (200.0, "SIP/2.0 200 OK", "1 INVITE"),
            (200.1, "ACK sip:b@h SIP/2.0", "1 ACK"),
            (4000.0, "BYE sip:b@h SIP/2.0", "2 BYE"),
            (4000.1, "SIP/2.0 200 OK", "2 BYE"),
        ];
        let refused = [
            (0.0, "INVITE sip:b@h SIP/2.0", "1 INVITE"),
            (0.1, "SIP/2.0 486 Busy Here", "1 INVITE"),
            (1000.0, "INVITE sip:b@h SIP/2.0", "2 INVITE"),
        ];
        let unanswered = [(0.0, "INVITE sip:b@h SIP/2.0", "1 INVITE")];
        // Requests within the early dialog (To tag), then the INVITE refused.
        let early = [
            (0.0, "INVITE sip:b@h SIP/2.0", "1 INVITE"),
            (0.1, "SIP/2.0 183 Session Progress", "1 INVITE"),
            (0.2, "PRACK sip:b@h SIP/2.0", "2 PRACK"),
            (0.3, "SIP/2.0 200 OK", "2 PRACK"),
            (1.0, "UPDATE sip:b@h SIP/2.0", "3 UPDATE"),
            (1.1, "SIP/2.0 200 OK", "3 UPDATE"),
            (10.0, "SIP/2.0 486 Busy Here", "1 INVITE"),
            (1000.0, "INVITE sip:b@h SIP/2.0", "4 INVITE"),
        ];
        // A capture begun during a call; a subscription notified later.
        let during = [
            (0.0, "UPDATE sip:b@h SIP/2.0", "5 UPDATE"),
            (0.1, "SIP/2.0 200 OK", "5 UPDATE"),
            (3000.0, "BYE sip:b@h SIP/2.0", "6 BYE"),
            (3000.1, "SIP/2.0 200 OK", "6 BYE"),
        ];
        let subscribed = [
            (0.0, "SUBSCRIBE sip:b@h SIP/2.0", "1 SUBSCRIBE"),
            (0.1, "SIP/2.0 202 Accepted", "1 SUBSCRIBE"),
            (1000.0, "NOTIFY sip:a@h SIP/2.0", "2 NOTIFY"),
            (1000.1, "SIP/2.0 200 OK", "2 NOTIFY"),
            (2000.0, "NOTIFY sip:a@h SIP/2.0\r\nSubscription-State: terminated;reason=timeout", "3 NOTIFY"),
            (2000.1, "SIP/2.0 200 OK", "3 NOTIFY"),
        ];
        // Granted 600 s, refreshed in time, then silent: over twice after
        // the refresh, what comes is another call (RFC 6665 §4.2.1.1).
        let expiring = [
            (0.0, "SUBSCRIBE sip:b@h SIP/2.0", "1 SUBSCRIBE"),
            (0.1, "SIP/2.0 200 OK\r\nExpires: 600", "1 SUBSCRIBE"),
            (0.2, "NOTIFY sip:a@h SIP/2.0\r\nSubscription-State: active;expires=599", "2 NOTIFY"),
            (0.3, "SIP/2.0 200 OK", "2 NOTIFY"),
            (500.0, "SUBSCRIBE sip:b@h SIP/2.0", "3 SUBSCRIBE"),
            (500.1, "SIP/2.0 200 OK\r\nExpires: 600", "3 SUBSCRIBE"),
            (5000.0, "NOTIFY sip:a@h SIP/2.0\r\nSubscription-State: terminated;reason=timeout", "4 NOTIFY"),
            (5000.1, "SIP/2.0 200 OK", "4 NOTIFY"),
        ];
        // Granted 60 s (a header after the start line), refreshed 40 s
        // late, then again once idle calls were looked for.
        let registered = [
            (0.0, "REGISTER sip:h SIP/2.0", "1 REGISTER"),
            (0.1, "SIP/2.0 200 OK\r\nExpires: 60", "1 REGISTER"),
            (100.0, "REGISTER sip:h SIP/2.0", "2 REGISTER"),
            (100.1, "SIP/2.0 200 OK\r\nExpires: 60", "2 REGISTER"),
            (1000.0, "REGISTER sip:h SIP/2.0", "3 REGISTER"),
        ];
        let never_ended = [(0.0, "INVITE sip:b@h SIP/2.0", "1 INVITE"), (0.1, "SIP/2.0 200 OK", "1 INVITE")];
        // Other calls, one message every `step` s, between which idle calls
        // are looked for.
        let step = 0.2;
        let mut t = 0.0;
        while t < 20_000.0 {
            for (call_id, flow) in [
                ("long", &long[..]),
                ("long-cut", &long),
                ("refused", &refused),
                ("unanswered", &unanswered),
                ("early", &early),
                ("registered", &registered),
                ("during", &during),
                ("subscribed", &subscribed),
                ("expiring", &expiring),
            ] {
                for (time, start, cseq) in flow.iter().filter(|(time, _, _)| (t..t + step).contains(time)) {
                    push(&mut analyzer, *time, call_id, start, cseq);
                }
            }
            for (time, start, cseq) in never_ended.iter().filter(|(time, _, _)| (t..t + step).contains(time)) {
                push(&mut analyzer, *time, "never-ended", start, cseq);
            }
            push(&mut analyzer, t, &format!("other-{t}"), "OPTIONS sip:b@h SIP/2.0", "1 OPTIONS");
            t += step;
        }
        let (rest, _, _) = analyzer.finish();
        let of = |id: &str| closed.iter().filter(|(_, call_id, _, _)| call_id == id).collect::<Vec<_>>();
        // Ringing 200 s, then silent an hour: one call, closed after its BYE.
        let long = of("long");
        assert_eq!(long.len(), 1, "{long:?}");
        assert_eq!(long[0].2, 6);
        // Idle calls are looked for every 4,096 messages at least.
        let sweep = 4096.0 * step;
        assert!((4064.0..4064.0 + sweep).contains(&long[0].0), "{long:?}");
        // The same with its setup cut by the snap length: what its start
        // lines say still keeps it open.
        let cut = of("long-cut");
        assert_eq!(cut.len(), 1, "{cut:?}");
        assert_eq!((cut[0].2, cut[0].3.as_slice()), (6, ["truncated"].as_slice()));
        // A refused call is done: once idle calls were looked for, what
        // comes later is another call.
        let refused = of("refused");
        assert_eq!(refused.iter().map(|c| c.2).collect::<Vec<_>>(), [2, 1], "{refused:?}");
        assert!((64.0..64.0 + sweep).contains(&refused[0].0), "{refused:?}");
        // No answer at all: closed after the transaction timeouts.
        let unanswered = of("unanswered");
        assert!(unanswered.len() == 1 && (64.0..64.0 + sweep).contains(&unanswered[0].0), "{unanswered:?}");
        // Refused after an UPDATE in its early dialog: as done as any
        // refused call (the early dialog ends with the INVITE's failure).
        let early = of("early");
        assert_eq!(early.iter().map(|c| c.2).collect::<Vec<_>>(), [7, 1], "{early:?}");
        assert!((74.0..74.0 + sweep).contains(&early[0].0), "{early:?}");
        // Answered and never hung up (its BYE not captured): closed after
        // hours, not kept to the end.
        let never = of("never-ended");
        assert_eq!(never.len(), 1, "{never:?}");
        assert!((4.0 * 3600.0..4.0 * 3600.0 + sweep).contains(&never[0].0), "{never:?}");
        // A registration's refresh is the same registration, late too (a
        // lapse to report); after twice its time, another.
        let registered = of("registered");
        assert_eq!(registered.iter().map(|c| c.2).collect::<Vec<_>>(), [4, 1], "{registered:?}");
        assert_eq!(registered[0].3, ["registration-lapsed"]);
        // Dialogs whose start was not captured, or that are not calls; a
        // subscription ended by its NOTIFY closes as a hung-up call does.
        let during = of("during");
        assert_eq!(during.iter().map(|c| c.2).collect::<Vec<_>>(), [4], "{during:?}");
        let subscribed = of("subscribed");
        assert_eq!(subscribed.iter().map(|c| c.2).collect::<Vec<_>>(), [6], "{subscribed:?}");
        assert!((2064.0..2064.0 + sweep).contains(&subscribed[0].0), "{subscribed:?}");
        let expiring = of("expiring");
        assert_eq!(expiring.iter().map(|c| c.2).collect::<Vec<_>>(), [6, 2], "{expiring:?}");
        assert!((1700.1..1700.1 + sweep).contains(&expiring[0].0), "{expiring:?}");
        assert!(rest.iter().all(|c| c.call_id.starts_with("other-")));
    }

    #[test]
    fn a_call_holds_at_most_its_limit_of_messages_and_says_so() {
        // A flood under one Call-ID, every request new (its own CSeq).
        let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT);
        let mut closed = Vec::new();
        let count = MAX_CALL_MESSAGES as u64 + 5;
        for n in 0..count {
            let options =
                message(n + 1, n as f64 / 1000.0, "flood", "OPTIONS sip:b@h SIP/2.0", &format!("{n} OPTIONS"));
            closed.extend(analyzer.push(0, &options).into_iter().map(|c| c.call().messages.len()));
            assert!(analyzer.active.values().all(|open| open.building.messages.len() <= MAX_CALL_MESSAGES));
        }
        let (rest, summary, problems) = analyzer.finish();
        closed.extend(rest.into_iter().map(|c| c.call().messages.len()));
        assert_eq!(closed, [MAX_CALL_MESSAGES, 5]);
        assert_eq!(summary.messages as u64, count);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(MAX_CALL_MESSAGES as u64 + 1, crate::ProblemKind::CallMessagesLimit, "100000")]);
    }

    #[test]
    fn the_calls_of_a_transfer_are_linked_by_refer_to_and_referred_by() {
        // A request of `call_id` from user `from` to user `to`.
        let request = |frame: u64, start: &str, call_id: &str, (from, to): (&str, &str), headers: &str| SipRecord {
            bytes: format!(
                "{start}\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK{frame}\r\nFrom: <sip:{from}@h>;tag=1\r\n\
                 To: <sip:{to}@h>;tag=2\r\nCall-ID: {call_id}\r\nCSeq: {frame} {method}\r\n{headers}\
                 Content-Length: 0\r\n\r\n",
                method = start.split(' ').next().unwrap_or_default(),
            )
            .into_bytes(),
            ..record(frame, frame as f64, call_id, "")
        };
        let refer = "REFER sip:b@h SIP/2.0";
        let to_dave = "INVITE sip:dave@h SIP/2.0";
        let referred = "Referred-By: <sip:attendant@h>\r\n";
        let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT);
        let pushed = [
            // Attended: the REFER in call "a" asks for call "consult" to be
            // replaced, its Call-ID escaped in the URI's Replaces header.
            record(1, 1.0, "a", ""),
            record(2, 2.0, "consult", ""),
            request(
                3,
                refer,
                "a",
                ("a", "b"),
                "Refer-To: <sip:carol@h?Replaces=consult%3Bto-tag%3D7%3Bfrom-tag%3D8>\r\n",
            ),
            // Blind: the REFER in call "x" sends its party to dave; the
            // INVITE it then sends there says so (Referred-By), another to
            // dave does not.
            record(4, 4.0, "x", ""),
            request(5, refer, "x", ("a", "b"), "r: <sip:Dave@H;user=phone>\r\n"),
            request(6, to_dave, "y", ("a", "dave"), "Referred-By: <sip:a@h>\r\n"),
            request(7, to_dave, "z", ("a", "dave"), ""),
            // Past a proxy that sent it on to dave's contact: To still names dave.
            request(8, refer, "p", ("c", "e"), "Refer-To: <sip:dave@h>\r\n"),
            request(9, "INVITE sip:dave@192.0.2.9:5070 SIP/2.0", "q", ("e", "dave"), "Referred-By: <sip:c@h>\r\n"),
            // An auto attendant sends two callers to one queue: each INVITE
            // goes with the REFER its caller (its From, the REFER's To) got;
            // a third, from someone no REFER went to, with neither.
            request(10, refer, "aa-1", ("attendant", "caller1"), "Refer-To: <sip:queue@h>\r\n"),
            request(11, refer, "aa-2", ("attendant", "caller2"), "Refer-To: <sip:queue@h>\r\n"),
            request(12, "INVITE sip:queue@h SIP/2.0", "in-2", ("caller2", "queue"), referred),
            request(13, "INVITE sip:queue@h SIP/2.0", "in-1", ("caller1", "queue"), referred),
            request(14, "INVITE sip:queue@h SIP/2.0", "in-3", ("caller3", "queue"), referred),
        ];
        for (i, r) in pushed.iter().enumerate() {
            analyzer.push(i, r);
        }
        let (calls, _, _) = analyzer.finish();
        let linked: Vec<(String, Vec<String>)> =
            calls.into_iter().map(Finished::call).map(|c| (c.call_id, c.linked)).collect();
        let of = |id: &str| linked.iter().find(|(c, _)| c == id).map(|(_, l)| l.clone()).unwrap_or_default();
        assert_eq!(of("a"), ["consult"]);
        assert_eq!(of("consult"), ["a"]);
        assert_eq!(of("x"), ["y"]);
        assert_eq!(of("y"), ["x"]);
        assert!(of("z").is_empty());
        assert_eq!((of("p"), of("q")), (vec!["q".to_owned()], vec!["p".to_owned()]));
        assert_eq!((of("in-1"), of("in-2")), (vec!["aa-1".to_owned()], vec!["aa-2".to_owned()]));
        assert!(of("in-3").is_empty());
        assert_eq!(replaces_in_uri("sip:c@h?Subject=hi&replaces=id%40host%3Bto-tag%3D1").as_deref(), Some("id@host"));
        assert_eq!(replaces_in_uri("<sip:c@h>"), None);
    }

    #[test]
    fn links_are_kept_while_they_can_matter_not_for_the_whole_capture() {
        // A B2BUA's legs: each names, in X-Call-ID and an icid, a leg that
        // is not in the capture, ten calls a second for over an hour.
        let mut analyzer = Analyzer::new(CALL_IDLE_TIMEOUT);
        let mut calls = Vec::new();
        for n in 0..40_000u64 {
            let headers = format!("X-Call-ID: elsewhere-{n}\r\nP-Charging-Vector: icid-value={n}\r\n");
            let leg = record(n, n as f64 / 10.0, &format!("leg-{n}"), &headers);
            calls.extend(analyzer.push(n as usize, &leg).into_iter().map(Finished::call));
        }
        assert!(analyzer.links.len() < 10_000, "{} links kept", analyzer.links.len());
        assert!(analyzer.icid_first.len() < 5_000, "{} icids kept", analyzer.icid_first.len());
        assert_eq!(calls[0].linked, ["elsewhere-0"]);
        // Two legs seen, each links the other, however many messages say so.
        let (a, b) = ("a-leg", "b-leg");
        let time = 5_000.0;
        let mut pushed = Vec::new();
        for i in 0..3 {
            pushed.push(record(100_000 + i, time, a, ""));
            pushed.push(record(100_010 + i, time, b, "X-Call-ID: a-leg\r\n"));
        }
        for leg in &pushed {
            analyzer.push(0, leg);
        }
        let (rest, _, _) = analyzer.finish();
        let linked = |id: &str| rest.into_iter().map(Finished::call).find(|c| c.call_id == id).map(|c| c.linked);
        assert_eq!(linked(a), Some(vec![b.to_owned()]));
    }

    #[test]
    fn addresses_are_written_as_display_writes_them() {
        for text in
            ["0.0.0.0:0", "255.255.255.255:65535", "10.0.0.1:5060", "192.0.2.10:9", "[::1]:5060", "[2001:db8::7]:5061"]
        {
            let addr: SocketAddr = text.parse().unwrap();
            let mut out = Vec::new();
            serialize_addr(&addr, &mut serde_json::Serializer::new(&mut out)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), format!("\"{addr}\""));
        }
    }

    #[test]
    fn messages_are_written_as_their_serialize_writes_them() {
        let base = CallMessage {
            frame: 7,
            time: 1_700_000_000.000_499,
            src: "10.0.0.1:5060".parse().unwrap(),
            dst: "[2001:db8::7]:5061".parse().unwrap(),
            transport: Transport::Udp,
            kind: Kind::Request,
            method: "INVITE".into(),
            status: None,
            reason: None,
            cseq: "1 INVITE".into(),
            retransmission: false,
            record: 3,
            credentials: true,
            sent_by_first: false,
        };
        let variants = [
            base.clone(),
            CallMessage {
                kind: Kind::Response,
                transport: Transport::Tcp,
                status: Some(486),
                reason: Some("Busy \"Here\" \\ \u{1}ação".into()),
                retransmission: true,
                time: 0.1,
                ..base.clone()
            },
            CallMessage { transport: Transport::Log, time: f64::NAN, method: "méthode\t".into(), ..base.clone() },
            CallMessage { transport: Transport::Ws, ..base.clone() },
            // Frame 3 of the second input of several.
            CallMessage { frame: crate::frame_of_input(3, 1), ..base.clone() },
            CallMessage { transport: Transport::Sctp, ..base.clone() },
            CallMessage { transport: Transport::Tls, ..base.clone() },
            CallMessage {
                time: 12.0,
                frame: u64::MAX,
                status: Some(100),
                reason: Some(String::new().into()),
                ..base.clone()
            },
            // Octets of one, two and three digits, the smallest and largest port.
            CallMessage { src: "0.9.10.99:0".parse().unwrap(), dst: "100.255.1.250:65535".parse().unwrap(), ..base },
        ];
        for m in variants {
            let mut written = Vec::new();
            m.write_json(&mut written);
            assert_eq!(String::from_utf8(written).unwrap(), serde_json::to_string(&m).unwrap());
        }
    }

    #[test]
    fn a_calls_messages_are_written_as_their_serialize_writes_them() {
        // More participants than have their text written once.
        let addr = |n: u16| SocketAddr::from(([192, 0, 2, n as u8], 5060 + n));
        let message = |n: u16| CallMessage {
            frame: u64::from(n),
            time: f64::from(n) / 3.0,
            src: addr(n),
            dst: if n % 2 == 0 { "[2001:db8::1]:5061".parse().unwrap() } else { addr(0) },
            transport: Transport::Udp,
            kind: Kind::Request,
            method: "OPTIONS".into(),
            status: None,
            reason: None,
            cseq: "1 OPTIONS".into(),
            retransmission: false,
            record: 0,
            credentials: false,
            sent_by_first: false,
        };
        let messages: Vec<CallMessage> = (0..AddressTexts::MOST as u16 * 2).map(message).collect();
        let mut participants = Vec::new();
        for m in &messages {
            for a in [m.src, m.dst] {
                if !participants.contains(&a) {
                    participants.push(a);
                }
            }
        }
        let call = Call {
            call_id: "c".into(),
            method: "OPTIONS".into(),
            outcome: Outcome { state: crate::State::Answered, status: Some(200) },
            participants,
            setup_time: None,
            duration: None,
            linked: Vec::new(),
            messages,
            findings: Vec::new(),
            sides: None,
        };
        let mut written = Vec::new();
        call.write_json_messages(&mut written);
        assert_eq!(String::from_utf8(written).unwrap(), serde_json::to_string(&call.messages).unwrap());
    }

    #[test]
    fn what_json_escapes_is_found_wherever_it_is() {
        let plain = |b: u8| b >= 0x20 && b != b'"' && b != b'\\';
        for len in 0..40 {
            for at in 0..len {
                for special in [b'"', b'\\', 0, 0x1f, b'\n', 0x20, 0x7f, 0xc3] {
                    let mut text = vec![b'x'; len];
                    text[at] = special;
                    assert_eq!(needs_escape(&text), !text.iter().all(|&b| plain(b)), "{text:?}");
                }
            }
            assert!(!needs_escape(&vec![b'x'; len]));
        }
    }

    #[test]
    fn spaces_are_normalized_only_when_needed() {
        assert_eq!(normalize_spaces(" 1  INVITE "), "1 INVITE");
        assert_eq!(normalize_spaces("1\tINVITE"), "1 INVITE");
        assert_eq!(normalize_spaces("1 INVITE"), "1 INVITE");
    }
}
