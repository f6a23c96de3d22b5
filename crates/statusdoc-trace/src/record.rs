//! What the readers produce: SIP messages with where and when they were seen,
//! and the problems met on the way.

use std::net::SocketAddr;

use serde::Serialize;

use crate::{parse, Framing, Message, Parsed};

/// How a message travelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    /// UDP.
    Udp,
    /// TCP, plain.
    Tcp,
    /// TLS over TCP, decrypted with the session secrets an endpoint logged
    /// (or printed decrypted in the log of an endpoint).
    Tls,
    /// Taken from a text log that does not say how it travelled.
    Log,
    /// WebSocket over plain TCP (RFC 7118), one message per WebSocket message.
    Ws,
    /// SCTP (RFC 4168), one message per SCTP user message.
    Sctp,
    /// Not a message: an ICMP error saying a SIP datagram could not be
    /// delivered, and why. The record's addresses are the datagram's (its
    /// sender and where it was sent), its bytes the part of it the error
    /// quotes (RFC 792, RFC 4443 §3.1: at least its start, often whole).
    Unreachable(Unreachable),
}

/// Why a datagram could not be delivered, as an ICMP or ICMPv6 error says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unreachable {
    /// No route to its network.
    Network,
    /// Its host did not answer or is unknown.
    Host,
    /// Its host does not speak the protocol (UDP).
    Protocol,
    /// Nothing listens on its port there.
    Port,
    /// A filter (firewall, policy) refused it.
    Prohibited,
    /// Too big for a link on the way, whose MTU is given, and not to be
    /// fragmented (RFC 1191, RFC 8201).
    TooBig(u32),
    /// Another reason (a source route that failed).
    Other,
}

impl Unreachable {
    /// What an ICMP (`v6`: ICMPv6) message of this type and code says of
    /// the datagram it quotes, `rest` the four bytes after its checksum;
    /// `None` for those that are no error about one (echo, time exceeded, redirects).
    pub(crate) fn of_icmp(v6: bool, kind: u8, code: u8, rest: [u8; 4]) -> Option<Unreachable> {
        let [a, b, c, d] = rest;
        Some(match (v6, kind, code) {
            (false, 3, 0 | 6 | 11) | (true, 1, 0 | 2) => Unreachable::Network,
            (false, 3, 1 | 7 | 8 | 12) | (true, 1, 3) => Unreachable::Host,
            (false, 3, 2) => Unreachable::Protocol,
            (false, 3, 3) | (true, 1, 4) => Unreachable::Port,
            (false, 3, 9 | 10 | 13..=15) | (true, 1, 1 | 5 | 6) => Unreachable::Prohibited,
            // The next hop's MTU: two bytes in ICMP (RFC 1191), four in ICMPv6.
            (false, 3, 4) => Unreachable::TooBig(u32::from(u16::from_be_bytes([c, d]))),
            (true, 2, _) => Unreachable::TooBig(u32::from_be_bytes([a, b, c, d])),
            (false, 3, _) | (true, 1, _) => Unreachable::Other,
            _ => return None,
        })
    }

    /// The id used in data (a finding's `reason`).
    pub fn id(self) -> &'static str {
        match self {
            Unreachable::Network => "network",
            Unreachable::Host => "host",
            Unreachable::Protocol => "protocol",
            Unreachable::Port => "port",
            Unreachable::Prohibited => "prohibited",
            Unreachable::TooBig(_) => "too-big",
            Unreachable::Other => "other",
        }
    }
}

/// Whether either end is on SIP's registered ports (5060, and 5061 for
/// TLS: RFC 3261 §19.1.2).
pub(crate) fn on_sip_port(a: SocketAddr, b: SocketAddr) -> bool {
    [a.port(), b.port()].iter().any(|p| matches!(p, 5060 | 5061))
}

/// Where a frame id keeps the input's place: frames of several inputs read
/// together (the files of a ring buffer) are numbered each from 1, and are
/// told apart by the input they came from, kept in the id's top bits. One
/// id is then one frame everywhere it is compared, counted or looked up;
/// only what shows a frame splits it ([`frame_number`], [`frame_input`]).
const INPUT_SHIFT: u32 = 48;

/// Where a frame id says its number is a line of a text (a log, a packet
/// dump printed as text) rather than a frame of a capture: the bit below
/// the input's place, so that ids still sort as their numbers do.
const LINE: u64 = 1 << (INPUT_SHIFT - 1);

/// At most this many inputs are read together (the id's top 16 bits, 0
/// kept for "no input named").
pub const MAX_INPUTS: usize = (1 << (64 - INPUT_SHIFT)) - 1;

/// The id of frame `number` (or of the whole input, for 0) of input `input`
/// (counted from 0) among several.
pub fn frame_of_input(number: u64, input: usize) -> u64 {
    (number & ((1 << INPUT_SHIFT) - 1)) | ((input.min(MAX_INPUTS - 1) as u64 + 1) << INPUT_SHIFT)
}

/// The id of line `line` of a text, where a message or problem begins (0
/// stays the whole input).
pub fn frame_of_line(line: u64) -> u64 {
    match line {
        0 => 0,
        line => line | LINE,
    }
}

/// Whether a frame id is of a line of a text (see [`frame_of_line`]).
pub fn is_line(id: u64) -> bool {
    id & LINE != 0
}

/// The frame's number in its own input (0: the whole input), or the line's.
pub fn frame_number(id: u64) -> u64 {
    id & (LINE - 1)
}

/// `read` handing on what it reads with its frames marked as lines of a
/// text (see [`frame_of_line`]) when `lines`, as they are otherwise.
pub(crate) fn lines_if<T>(
    lines: bool,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
    read: impl FnOnce(&mut dyn FnMut(SipRecord), &mut dyn FnMut(Problem)) -> T,
) -> T {
    if !lines {
        return read(on_record, on_problem);
    }
    read(
        &mut |mut record| {
            record.frame = frame_of_line(record.frame);
            on_record(record)
        },
        &mut |mut problem| {
            problem.frame = frame_of_line(problem.frame);
            on_problem(problem)
        },
    )
}

/// The input (counted from 0) a frame id names, when several were read.
pub fn frame_input(id: u64) -> Option<usize> {
    match id >> INPUT_SHIFT {
        0 => None,
        place => Some(place as usize - 1),
    }
}

/// One SIP message as seen in the input, with owned bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct SipRecord {
    /// Frame number in its capture (from 1), or line number in a log
    /// (marked as a line by [`crate::read_input`]: [`frame_of_line`]); with
    /// several inputs, the input's place too ([`frame_of_input`]).
    pub frame: u64,
    /// Seconds since the Unix epoch.
    pub time: f64,
    /// Sender.
    pub src: SocketAddr,
    /// Receiver.
    pub dst: SocketAddr,
    /// How it travelled.
    pub transport: Transport,
    /// The message bytes.
    pub bytes: Vec<u8>,
    /// The capture kept only the start of this datagram (its snap length):
    /// `bytes` are what was kept, and the message is read up to the cut.
    pub cut: bool,
}

impl SipRecord {
    /// Parses the stored bytes; `None` when they are not a whole SIP message.
    pub fn message(&self) -> Option<Message<'_>> {
        self.parse().ok()
    }

    /// Parses the stored bytes, saying what is wrong when they cannot be read.
    pub fn parse(&self) -> Parse<'_> {
        let framing = match self.transport {
            _ if self.cut => Framing::Cut,
            Transport::Udp | Transport::Ws | Transport::Sctp => Framing::Datagram,
            Transport::Tcp | Transport::Tls => Framing::Stream,
            Transport::Log | Transport::Unreachable(_) => Framing::Lenient,
        };
        match parse(&self.bytes, framing) {
            Ok(Parsed::Complete(message)) => Ok(message),
            // A stream's message stored on its own (a log's, a HEP agent's)
            // whose Content-Length does not frame it: the bytes are all the
            // message there is, read as a datagram's, its length said wrong.
            Ok(Parsed::Partial) | Err(crate::ParseError { kind: crate::ParseErrorKind::BadContentLength, .. })
                if framing == Framing::Stream =>
            {
                match parse(&self.bytes, Framing::Datagram) {
                    Ok(Parsed::Complete(message)) => Ok(message),
                    Ok(_) => Err(self.ends_early()),
                    Err(e) => Err(e),
                }
            }
            Err(e) => Err(e),
            Ok(Parsed::Partial | Parsed::KeepAlive { .. }) => Err(self.ends_early()),
        }
    }

    /// Stored records are whole: one that needs more bytes ends early.
    fn ends_early(&self) -> crate::ParseError {
        crate::ParseError {
            kind: crate::ParseErrorKind::MissingBlankLine,
            line: 1,
            column: 1,
            offset: self.bytes.len(),
        }
    }
}

/// The parse of a record's bytes, or what is wrong with them.
pub type Parse<'a> = Result<Message<'a>, crate::ParseError>;

self_cell::self_cell!(
    /// A record together with the parse of its bytes, which borrows from
    /// it: parsed on the thread that reads the input, analysed on another
    /// (see [`crate::Analyzer::push_parsed`]) without parsing it again.
    pub struct ParsedRecord {
        owner: SipRecord,
        #[covariant]
        dependent: Parse,
    }
    impl {Debug}
);

impl ParsedRecord {
    /// Parses the record's bytes and keeps both.
    pub fn parse(record: SipRecord) -> ParsedRecord {
        ParsedRecord::new(record, SipRecord::parse)
    }

    /// The record as read.
    pub fn record(&self) -> &SipRecord {
        self.borrow_owner()
    }
}

/// Something in the input that could not be read, or that hides messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Frame (or line) where it was found; 0 when it concerns the whole
    /// input. With several inputs, the input's place too ([`frame_of_input`]).
    pub frame: u64,
    /// Stable id of the kind of problem (see [`ProblemKind`]).
    pub kind: ProblemKind,
    /// Details: positions, sizes, addresses.
    pub detail: String,
}

impl Problem {
    /// That the input `frame` names (its frame 0) has a clock `seconds`
    /// ahead of the first input's (behind if negative), its times moved by
    /// as much ([`ProblemKind::ClockOffset`]).
    pub fn clock_offset(frame: u64, seconds: f64) -> Problem {
        Problem { frame, kind: ProblemKind::ClockOffset, detail: format!("{seconds:+.3}") }
    }
}

/// Kinds of [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// The file is not a capture this reader knows.
    UnknownFormat,
    /// The file ends inside a block or is otherwise damaged.
    DamagedFile,
    /// A link type no decoder exists for.
    UnsupportedLinkType,
    /// The packet was cut by the capture's snap length.
    Truncated,
    /// Fragments (IP, or of an SCTP user message) whose other parts never arrived.
    IncompleteFragments,
    /// An IP fragment that does not fit with the others of its datagram
    /// (detail: its addresses): the datagram cannot be put together.
    BadFragment,
    /// Bytes missing from a TCP stream.
    TcpGap,
    /// DATA chunks of an SCTP association the capture never had (detail:
    /// the direction and how many).
    SctpGap,
    /// A TCP stream ended inside a SIP message.
    TcpIncomplete,
    /// TLS on a SIP port: its content cannot be read without keys.
    Tls,
    /// TLS whose version or cipher suite is not decrypted here.
    TlsUnsupported,
    /// TLS records that did not decrypt with the secrets given.
    TlsUndecryptable,
    /// TLS on a SIP port, session secrets given, but not the connection's
    /// handshake, by whose random they are found.
    TlsNoHandshake,
    /// TLS on a SIP port whose handshake was read, session secrets given,
    /// but none for this session.
    TlsNoSecrets,
    /// Looked like SIP but could not be parsed.
    Unparsable,
    /// A datagram to or from a SIP port (5060, 5061) that is not SIP.
    NotSip,
    /// A SIP message without Call-ID: it belongs to no call.
    NoCallId,
    /// A limit was reached; what went past it was not read.
    LimitReached,
    /// More problems than [`MAX_PROBLEMS`]: how many more (detail) were
    /// found and not listed.
    MoreProblems,
    /// More calls open at once than the limit (detail): the longest idle
    /// were closed early.
    OpenCallsLimit,
    /// TCP connections held more memory at once than the limit (detail):
    /// those idle longest were forgotten early.
    ConnectionsLimit,
    /// A WebSocket message compressed by permessage-deflate (RFC 7692)
    /// that could not be decompressed: the capture began after the
    /// messages its compression refers back to.
    WebsocketCompressed,
    /// A WebSocket frame RFC 6455 §5 does not allow (detail: where, its opcode),
    /// skipped.
    WebsocketFrame,
    /// A message that is not SIP on a WebSocket connection opened for SIP.
    WebsocketNotSip,
    /// A WebSocket message larger than a SIP message may be, skipped.
    WebsocketTooLarge,
    /// An ICMP error about a SIP datagram of no call in the input (detail:
    /// the datagram's addresses): the message it quotes was not captured.
    IcmpUnreachable,
    /// 802.11 data frames encrypted on the air (WPA, WEP), how many
    /// (detail): what they carry cannot be read.
    WlanProtected,
    /// IPsec ESP packets whose content is encrypted, how many (detail):
    /// what they carry cannot be read (ESP with NULL encryption is).
    EspEncrypted,
    /// A call reached the most messages a call holds (detail): it was
    /// closed there, and its later messages began another call.
    CallMessagesLimit,
    /// SIP datagrams captured twice, how many (detail): the same IP packet
    /// seen on two interfaces, read once.
    CapturedTwice,
    /// Reading stopped on an interrupt (Ctrl-C): what came after was not
    /// read, what came before was analysed whole.
    Interrupted,
    /// SIP messages seen in two inputs within moments, how many (detail):
    /// the same message captured at two places (both ends of a link),
    /// shown once, where it was seen first.
    SeenInTwoInputs,
    /// An input's clock is off the first input's (detail: by how many
    /// seconds, ahead if positive), told by the messages it shares with
    /// the first input or one already lined up: its times were moved by as
    /// much to line up.
    ClockOffset,
    /// Calls linked to the one `--call` asked for, not shown: they ended
    /// long before the call linking them to it, past the calls held back.
    HeldCallsLimit,
}

impl ProblemKind {
    /// Every kind, for those who must have words for each.
    pub const ALL: [ProblemKind; 34] = [
        ProblemKind::UnknownFormat,
        ProblemKind::DamagedFile,
        ProblemKind::UnsupportedLinkType,
        ProblemKind::Truncated,
        ProblemKind::IncompleteFragments,
        ProblemKind::BadFragment,
        ProblemKind::TcpGap,
        ProblemKind::SctpGap,
        ProblemKind::TcpIncomplete,
        ProblemKind::Tls,
        ProblemKind::TlsUnsupported,
        ProblemKind::TlsUndecryptable,
        ProblemKind::TlsNoHandshake,
        ProblemKind::TlsNoSecrets,
        ProblemKind::Unparsable,
        ProblemKind::NotSip,
        ProblemKind::NoCallId,
        ProblemKind::LimitReached,
        ProblemKind::MoreProblems,
        ProblemKind::OpenCallsLimit,
        ProblemKind::ConnectionsLimit,
        ProblemKind::WebsocketCompressed,
        ProblemKind::WebsocketFrame,
        ProblemKind::WebsocketNotSip,
        ProblemKind::WebsocketTooLarge,
        ProblemKind::IcmpUnreachable,
        ProblemKind::WlanProtected,
        ProblemKind::EspEncrypted,
        ProblemKind::CallMessagesLimit,
        ProblemKind::CapturedTwice,
        ProblemKind::Interrupted,
        ProblemKind::SeenInTwoInputs,
        ProblemKind::ClockOffset,
        ProblemKind::HeldCallsLimit,
    ];

    /// The id used in data and JSON.
    pub fn id(self) -> &'static str {
        match self {
            ProblemKind::UnknownFormat => "unknown-format",
            ProblemKind::DamagedFile => "damaged-file",
            ProblemKind::UnsupportedLinkType => "unsupported-link-type",
            ProblemKind::Truncated => "truncated",
            ProblemKind::IncompleteFragments => "incomplete-fragments",
            ProblemKind::BadFragment => "bad-fragment",
            ProblemKind::TcpGap => "tcp-gap",
            ProblemKind::SctpGap => "sctp-gap",
            ProblemKind::TcpIncomplete => "tcp-incomplete",
            ProblemKind::Tls => "tls",
            ProblemKind::TlsUnsupported => "tls-unsupported",
            ProblemKind::TlsUndecryptable => "tls-undecryptable",
            ProblemKind::TlsNoHandshake => "tls-no-handshake",
            ProblemKind::TlsNoSecrets => "tls-no-secrets",
            ProblemKind::Unparsable => "unparsable",
            ProblemKind::NotSip => "not-sip",
            ProblemKind::NoCallId => "no-call-id",
            ProblemKind::LimitReached => "limit-reached",
            ProblemKind::MoreProblems => "more-problems",
            ProblemKind::OpenCallsLimit => "open-calls-limit",
            ProblemKind::ConnectionsLimit => "connections-limit",
            ProblemKind::WebsocketCompressed => "websocket-compressed",
            ProblemKind::WebsocketFrame => "websocket-frame",
            ProblemKind::WebsocketNotSip => "websocket-not-sip",
            ProblemKind::WebsocketTooLarge => "websocket-too-large",
            ProblemKind::IcmpUnreachable => "icmp-unreachable",
            ProblemKind::WlanProtected => "wlan-protected",
            ProblemKind::EspEncrypted => "esp-encrypted",
            ProblemKind::CallMessagesLimit => "call-messages-limit",
            ProblemKind::CapturedTwice => "captured-twice",
            ProblemKind::Interrupted => "interrupted",
            ProblemKind::SeenInTwoInputs => "seen-in-two-inputs",
            ProblemKind::ClockOffset => "clock-offset",
            ProblemKind::HeldCallsLimit => "held-calls-limit",
        }
    }
}

/// At most this many problems are listed (a capture full of damage would
/// otherwise fill memory with them); the rest are counted in one last
/// [`ProblemKind::MoreProblems`].
pub const MAX_PROBLEMS: usize = 10_000;

/// Adds `problem` to `list`, which holds at most [`MAX_PROBLEMS`] of them
/// and then a count of the others.
pub fn note_problem(list: &mut Vec<Problem>, problem: Problem) {
    let more = |p: &Problem| if p.kind == ProblemKind::MoreProblems { p.detail.parse().unwrap_or(1) } else { 1u64 };
    // Listed problems come first, the count (if any) stays last.
    let listed = list.len() - usize::from(list.last().is_some_and(|last| last.kind == ProblemKind::MoreProblems));
    if listed < MAX_PROBLEMS && problem.kind != ProblemKind::MoreProblems {
        list.insert(listed, problem);
        return;
    }
    match list.last_mut().filter(|last| last.kind == ProblemKind::MoreProblems) {
        Some(last) => last.detail = (more(last) + more(&problem)).to_string(),
        None => list.push(Problem { frame: 0, kind: ProblemKind::MoreProblems, detail: more(&problem).to_string() }),
    }
}

/// How many problems a list made by [`note_problem`] stands for.
pub fn problem_count(list: &[Problem]) -> usize {
    list.iter().map(|p| if p.kind == ProblemKind::MoreProblems { p.detail.parse().unwrap_or(1) } else { 1 }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_id_keeps_its_number_and_its_input_apart() {
        assert_eq!((frame_number(17), frame_input(17)), (17, None));
        for (number, input) in [(17, 0), (17, 1), (0, 0), (0, 4), ((1 << 47) - 1, MAX_INPUTS - 1)] {
            let id = frame_of_input(number, input);
            assert_eq!((frame_number(id), frame_input(id), is_line(id)), (number, Some(input), false));
            // A line of a text keeps its number, its input and that it is a line.
            let line = frame_of_input(frame_of_line(number), input);
            assert_eq!((frame_number(line), frame_input(line), is_line(line)), (number, Some(input), number != 0));
        }
        assert!(frame_of_line(3) > frame_of_line(2) && !is_line(frame_of_line(0)));
        // The same number in two inputs is two frames, and the whole of the
        // first input is not "no frame".
        assert_ne!(frame_of_input(1, 0), frame_of_input(1, 1));
        assert_ne!(frame_of_input(0, 0), 0);
        // Tagged again (a record handed on), it stays in its input.
        assert_eq!(frame_of_input(frame_of_input(5, 2), 2), frame_of_input(5, 2));
    }

    #[test]
    fn problems_past_the_limit_are_counted_not_listed() {
        let problem = |frame| Problem { frame, kind: ProblemKind::NotSip, detail: String::new() };
        let mut list = Vec::new();
        for frame in 0..MAX_PROBLEMS as u64 + 7 {
            note_problem(&mut list, problem(frame));
        }
        assert_eq!(list.len(), MAX_PROBLEMS + 1);
        assert_eq!((list[MAX_PROBLEMS].kind, list[MAX_PROBLEMS].detail.as_str()), (ProblemKind::MoreProblems, "7"));
        // A list merged into another keeps its count.
        let mut merged = vec![problem(1)];
        for p in list {
            note_problem(&mut merged, p);
        }
        assert_eq!(problem_count(&merged), MAX_PROBLEMS + 8);
        assert_eq!(merged.len(), MAX_PROBLEMS + 1);
        // Problems noted after a merged count are listed before it.
        let mut list = vec![problem(1)];
        note_problem(&mut list, Problem { frame: 0, kind: ProblemKind::MoreProblems, detail: "3".into() });
        note_problem(&mut list, problem(2));
        let kinds: Vec<_> = list.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProblemKind::NotSip, ProblemKind::NotSip, ProblemKind::MoreProblems]);
        assert_eq!(problem_count(&list), 5);
    }

    fn record(transport: Transport, bytes: &[u8]) -> SipRecord {
        let addr: SocketAddr = ([192, 0, 2, 1], 5060).into();
        SipRecord { frame: 1, time: 0.0, src: addr, dst: addr, transport, bytes: bytes.to_vec(), cut: false }
    }

    #[test]
    fn a_record_that_cannot_be_parsed_says_why_and_where() {
        let bad = b"OPTIONS sip:a@b SIP/2.0\r\nVia SIP/2.0/UDP h\r\nCall-ID: x\r\n\r\n";
        for transport in
            [Transport::Udp, Transport::Tcp, Transport::Tls, Transport::Log, Transport::Ws, Transport::Sctp]
        {
            let e = record(transport, bad).parse().err().map(|e| (e.kind, e.line, e.column));
            assert_eq!(e, Some((crate::ParseErrorKind::MissingColon, 2, 1)), "{transport:?}");
        }
        let cut = record(Transport::Tcp, b"OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x\r\n");
        assert_eq!(cut.parse().err().map(|e| e.kind), Some(crate::ParseErrorKind::MissingBlankLine));
    }
}
