//! Findings: what a call's own messages say about why it failed, each
//! pointing at the frames it rests on and the RFC section behind it.
//!
//! Findings are facts read from the messages; the words are the CLI's job
//! (Fluent message `finding-<kind>` with the finding's values).

use std::ops::Range;

use compact_str::CompactString;
use serde::Serialize;

use crate::model::{CallMessage, FastMap, FastSet, Kind};
use crate::Message;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Context that helps read the call.
    Info,
    /// Something that explains or contributes to a failure.
    Warning,
    /// A fault in the flow itself.
    Error,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable id, one of [`KINDS`].
    pub kind: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// Frames it rests on.
    pub frames: Vec<u64>,
    /// Sections that define what it means.
    pub references: Vec<&'static str>,
    /// The values its message needs (`seconds`, `code`, `text`…).
    pub values: Vec<(&'static str, String)>,
}

/// Every kind of finding; each has a Fluent message `finding-<kind>`.
pub const KINDS: &[&str] = &[
    "retry-after",
    "warning",
    "reason",
    "unsupported",
    "require",
    "min-expires",
    "min-se",
    "allow",
    "supported",
    "accept",
    "accept-encoding",
    "accept-language",
    "security-server",
    "allow-events",
    "event",
    "recv-info",
    "geolocation-error",
    "alertmsg-error",
    "challenge",
    "redirect",
    "redirect-followed",
    "rejected-by",
    "offer",
    "offer-transport",
    "preconditions",
    "malformed",
    "identity",
    "identity-missing",
    "identity-undecodable",
    "identity-mismatch",
    "identity-stale",
    "media-direction",
    "media-private-address",
    "no-ack",
    "unanswered",
    "retransmitted",
    "udp-size",
    "hops",
    "glare",
    "prack",
    "overlap",
    "ok-after-cancel",
    "dialog-gone",
    "auth-rejected",
    "auth-not-sent",
    "post-dial-delay",
    "registration-lapsed",
    "unreachable",
    "truncated",
    "content-length",
];

fn finding(
    kind: &'static str,
    severity: Severity,
    frame: u64,
    reference: &'static str,
    values: Vec<(&'static str, String)>,
) -> Finding {
    Finding { kind, severity, frames: vec![frame], references: vec![reference], values }
}

/// What a request asked for that its failure response may answer, kept
/// until then (a few short strings per request).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    /// The request's CSeq, as written.
    pub cseq: String,
    /// Its frame.
    pub frame: u64,
    /// Expires, or the first Contact's `expires` parameter.
    pub expires: Option<String>,
    /// Session-Expires' interval.
    pub session_expires: Option<String>,
    /// The event package of a SUBSCRIBE, PUBLISH or NOTIFY (Event), for a 489.
    pub event: Option<String>,
    /// The SDP offer, as sent (read only if the answer refuses it).
    pub offer: Option<Box<[u8]>>,
    /// What the request says about who is calling whom, for the Identity
    /// findings (INVITE only).
    pub identity: Option<Box<IdentityAsked>>,
    /// The hops it had taken, for a 482 or 483, unless they were
    /// [`Hops::STRAIGHT`].
    pub hops: Option<Box<Hops>>,
}

/// The hops a request had taken where it was captured: its Max-Forwards,
/// and its Via entries (each hop adds one, RFC 3261 §16.6 step 8).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hops {
    /// Max-Forwards as captured, if it had one that is a number.
    pub forwards: Option<u32>,
    /// How many Via entries it had.
    pub vias: usize,
    /// The sent-by of each Via entry, top first: kept only when there are
    /// two or more (a request straight from its sender is most of them).
    pub sent_by: Vec<String>,
}

impl Hops {
    fn of(m: &Message<'_>) -> Hops {
        const VIA: u8 = crate::sip::known("Via");
        const MAX_FORWARDS: u8 = crate::sip::known("Max-Forwards");
        // Read as bytes: this runs for most requests, and a number and
        // commas need no text.
        let forwards =
            m.first_of(MAX_FORWARDS).and_then(|h| std::str::from_utf8(h.raw.trim_ascii()).ok()?.parse().ok());
        // Entries separated by commas (RFC 3261 §7.3.1), counted as such.
        let vias = m.all_of(VIA).map(|h| 1 + memchr::memchr_iter(b',', h.raw).count()).sum();
        let mut sent_by = Vec::new();
        // Read only when the request was forwarded (most come straight from their sender).
        if vias >= 2 {
            for value in m.header_all("Via") {
                for entry in value.split(',').filter(|e| !e.trim().is_empty()) {
                    // `SIP/2.0/UDP host:port;params`: the sent-by is the second word.
                    let host = entry.split(';').next().unwrap_or("").split_whitespace().nth(1).unwrap_or("");
                    sent_by.push(host.to_ascii_lowercase());
                }
            }
        }
        Hops { forwards, vias, sent_by }
    }

    /// Those of a request straight from its sender, which set
    /// Max-Forwards to the 70 RFC 3261 §8.1.1.6 asks: most requests.
    const STRAIGHT: Hops = Hops { forwards: Some(70), vias: 1, sent_by: Vec::new() };

    /// Whether they say more than [`Hops::STRAIGHT`] does.
    fn forwarded(&self) -> bool {
        *self != Hops::STRAIGHT
    }
}

/// An INVITE's Identity header field and the headers its claims must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityAsked {
    /// The Identity header field value, if the request had one.
    pub identity: Option<String>,
    /// User part of From, P-Asserted-Identity (preferred when present).
    pub caller: Option<String>,
    /// User parts of To and the Request-URI.
    pub callee: Vec<String>,
    /// The request's Date header, as Unix time, else its capture time.
    pub when: i64,
    /// Whether `when` came from the Date header.
    pub dated: bool,
}

/// What a call's messages showed beyond their list, gathered as they came
/// (a few values per call, not per message).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// The dialog the first 2xx to INVITE set up: its two tags and frame.
    pub dialog: Option<(CompactString, CompactString, u64)>,
    /// Registrations granted by 2xx to REGISTER: frame, time, seconds.
    pub granted: Vec<(u64, f64, u64)>,
    /// Redirects: the 3xx's frame, its targets, and the frame of a later
    /// request sent to one of them.
    pub redirects: Vec<(u64, Vec<String>, Option<u64>)>,
    /// Requests sent over UDP larger than [`UDP_REQUEST_MOST`]: frame and
    /// bytes (the first few of a call).
    pub large_over_udp: Vec<(u64, usize)>,
    /// Provisional responses sent reliably (RFC 3262): frame, status, RSeq
    /// and CSeq number (the first few of a call).
    pub reliable: Vec<(u64, u16, u32, u32)>,
    /// What PRACKs acknowledged (RAck): RSeq and CSeq number.
    pub acknowledged: Vec<(u32, u32)>,
    /// Whether each INVITE offered reliable provisional responses (100rel
    /// in Supported or Require): CSeq number and answer (the first few).
    pub offered_100rel: Vec<(u32, bool)>,
}

/// The largest request RFC 3261 §18.1.1 lets go over UDP when the path MTU
/// is unknown; past it, a congestion-controlled transport (TCP) is a must.
pub const UDP_REQUEST_MOST: usize = 1300;

/// A URI reduced to what decides where a request goes: no display name,
/// brackets, scheme case or parameters.
pub(crate) fn uri_key(value: &str) -> String {
    let inner = match (value.find('<'), value.find('>')) {
        (Some(a), Some(b)) if a < b => &value[a + 1..b],
        _ => value.trim(),
    };
    inner.split([';', '?']).next().unwrap_or(inner).trim().to_ascii_lowercase()
}

impl Evidence {
    /// Notes a request (not a retransmission) that went over UDP, `bytes` long.
    pub fn sent_over_udp(&mut self, frame: u64, bytes: usize) {
        if bytes > UDP_REQUEST_MOST && self.large_over_udp.len() < 16 {
            self.large_over_udp.push((frame, bytes));
        }
    }

    /// Notes what one message (not a retransmission) adds.
    /// `method` is the request's, or the CSeq method of a response.
    pub fn observe(&mut self, frame: u64, time: f64, m: &Message<'_>, method: &str) {
        const REQUIRE: u8 = crate::sip::known("Require");
        const SUPPORTED: u8 = crate::sip::known("Supported");
        let names_100rel = |class: u8| m.all_of(class).any(|h| memchr::memmem::find(h.raw, b"100rel").is_some());
        if method == "INVITE" && m.is_request() && self.offered_100rel.len() < 16 {
            if let Some((number, _)) = m.cseq() {
                self.offered_100rel.push((number, names_100rel(SUPPORTED) || names_100rel(REQUIRE)));
            }
        }
        match (m.status(), method) {
            // Sent reliably: Require 100rel and an RSeq (RFC 3262 §3); the
            // Require, indexed, is looked at first.
            (Some(status @ 101..=199), _) if self.reliable.len() < 8 && names_100rel(REQUIRE) => {
                let rseq = m.header("RSeq").and_then(|v| v.trim().parse().ok());
                if let (Some(rseq), Some((number, _))) = (rseq, m.cseq()) {
                    self.reliable.push((frame, status, rseq, number));
                }
            }
            (None, "PRACK") if self.acknowledged.len() < 16 => {
                // `RAck: 1 314159 INVITE`: the RSeq, then the CSeq.
                let rack =
                    m.header("RAck").map(|v| v.split_whitespace().take(2).map(|n| n.parse().ok()).collect::<Vec<_>>());
                if let Some([Some(rseq), Some(number)]) = rack.as_deref() {
                    self.acknowledged.push((*rseq, *number));
                }
            }
            (Some(200..=299), "INVITE") if self.dialog.is_none() => {
                if let (Some(from), Some(to)) = (m.from_tag(), m.to_tag()) {
                    self.dialog = Some((from.into(), to.into(), frame));
                }
            }
            (Some(200..=299), "REGISTER") => {
                let granted = m
                    .header("Contact")
                    .and_then(|c| crate::sip::param(&c, "expires").map(str::to_owned))
                    .or_else(|| m.header("Expires").map(|e| e.trim().to_owned()))
                    .and_then(|e| e.trim_matches('"').parse::<u64>().ok());
                if let Some(seconds @ 1..) = granted {
                    self.granted.push((frame, time, seconds));
                }
            }
            (Some(300..=399), _) => {
                let targets: Vec<String> = m
                    .header_all("Contact")
                    .flat_map(|c| c.split(',').map(uri_key).collect::<Vec<_>>())
                    .filter(|t| !t.is_empty())
                    .collect();
                if !targets.is_empty() && self.redirects.len() < 16 {
                    self.redirects.push((frame, targets, None));
                }
            }
            (None, _) if !self.redirects.is_empty() && method != "ACK" => {
                if let crate::StartLine::Request { uri, .. } = &m.start {
                    let key = uri_key(uri);
                    for (redirect_frame, targets, followed) in &mut self.redirects {
                        if followed.is_none() && *redirect_frame < frame && targets.contains(&key) {
                            *followed = Some(frame);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// At most this many formats are kept from one SDP body.
const MAX_FORMATS: usize = 32;

/// Names of the static RTP payload types (RFC 3551 §6), for offers without
/// an rtpmap line.
const STATIC_PAYLOAD_TYPES: &[(&str, &str)] = &[
    ("0", "PCMU/8000"),
    ("3", "GSM/8000"),
    ("4", "G723/8000"),
    ("8", "PCMA/8000"),
    ("9", "G722/8000"),
    ("13", "CN/8000"),
    ("15", "G728/8000"),
    ("18", "G729/8000"),
    ("34", "H263/90000"),
];

/// The media formats an SDP body lists, in its order.
fn sdp_formats(body: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(body);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut out: Vec<String> = Vec::new();
    for media in lines.iter().filter_map(|l| l.strip_prefix("m=")) {
        for pt in media.split_whitespace().skip(3) {
            let mapped = lines.iter().find_map(|l| {
                let rest = l.strip_prefix("a=rtpmap:")?;
                let (number, name) = rest.split_once(' ')?;
                (number == pt).then(|| name.trim().to_owned())
            });
            let name = mapped
                .or_else(|| STATIC_PAYLOAD_TYPES.iter().find(|(n, _)| *n == pt).map(|(_, name)| (*name).to_owned()))
                .unwrap_or_else(|| pt.to_owned());
            if out.len() < MAX_FORMATS && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// A message's SDP: its body when that is `application/sdp`, or the SDP
/// part of a multipart body (RFC 2046 §5.1; SIP-I and SIP-T carry ISUP
/// beside it, SIPREC its metadata, an emergency call its location).
pub(crate) fn sdp<'a>(m: &Message<'a>) -> Option<&'a [u8]> {
    const CONTENT_TYPE: u8 = crate::sip::known("Content-Type");
    const SDP: &[u8] = b"application/sdp";
    if m.body.is_empty() {
        return None;
    }
    let content_type = m.first_of(CONTENT_TYPE)?.raw;
    // Nearly always the whole value, or it with parameters.
    let media_type_is_sdp = content_type.get(..SDP.len()).is_some_and(|t| t.eq_ignore_ascii_case(SDP))
        && content_type.get(SDP.len()).is_none_or(|&b| b == b';' || b.is_ascii_whitespace());
    if media_type_is_sdp {
        return Some(m.body);
    }
    multipart_sdp(content_type, m.body, 2)
}

/// The SDP part of a multipart body whose Content-Type value is
/// `content_type`, looked for `depth` levels of nested multiparts deep.
fn multipart_sdp<'a>(content_type: &[u8], body: &'a [u8], depth: u8) -> Option<&'a [u8]> {
    let media_type = content_type.split(|&b| b == b';').next().unwrap_or_default().trim_ascii();
    if depth == 0 || !media_type.get(..10).is_some_and(|t| t.eq_ignore_ascii_case(b"multipart/")) {
        return None;
    }
    let text = std::str::from_utf8(content_type).ok()?;
    let boundary = crate::sip::param(text, "boundary")?.as_bytes();
    let delimiter = [&b"--"[..], boundary].concat();
    // Each part lies between two delimiter lines; its line end before the
    // next delimiter belongs to the delimiter.
    let mut starts = Vec::new();
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&body[at..], &delimiter) {
        let position = at + found;
        if position == 0 || body[position - 1] == b'\n' {
            starts.push(position);
        }
        at = position + delimiter.len();
    }
    for pair in starts.windows(2) {
        let part = &body[pair[0] + delimiter.len()..pair[1]];
        let part = part.strip_suffix(b"\n").map_or(part, |p| p.strip_suffix(b"\r").unwrap_or(p));
        // Past the rest of the delimiter line: the part's headers, a blank line, its content.
        let headers_start = memchr::memchr(b'\n', part).map_or(part.len(), |n| n + 1);
        let part = &part[headers_start..];
        let (headers, content) = match memchr::memmem::find(part, b"\r\n\r\n") {
            Some(end) => (&part[..end], &part[end + 4..]),
            None => match memchr::memmem::find(part, b"\n\n") {
                Some(end) => (&part[..end], &part[end + 2..]),
                // No headers: the default type, text/plain (RFC 2046 §5.1.1).
                None => continue,
            },
        };
        let part_type = headers.split(|&b| b == b'\n').find_map(|line| {
            let (name, value) = line.split_at(memchr::memchr(b':', line)?);
            name.trim_ascii().eq_ignore_ascii_case(b"Content-Type").then(|| value[1..].trim_ascii())
        });
        let Some(part_type) = part_type else { continue };
        let part_media = part_type.split(|&b| b == b';').next().unwrap_or_default().trim_ascii();
        if part_media.eq_ignore_ascii_case(b"application/sdp") && !content.is_empty() {
            return Some(content);
        }
        if let Some(inner) = multipart_sdp(part_type, content, depth - 1) {
            return Some(inner);
        }
    }
    None
}

/// Whether an SDP body has media lines and all of them have port 0: offered
/// but not to be used (RFC 3264 §5.1), so nothing is left to accept.
fn sdp_media_disabled(body: &[u8]) -> bool {
    let text = String::from_utf8_lossy(body);
    let mut ports = text.lines().filter_map(|l| l.trim().strip_prefix("m=")).map(|m| m.split_whitespace().nth(1));
    let mut any = false;
    ports.all(|port| {
        any = true;
        port.is_some_and(|p| p.split('/').next() == Some("0"))
    }) && any
}

/// What a request asks for, as far as findings need it; `None` when it
/// asks for nothing a finding would compare.
/// `cseq` is the request's CSeq as the call's messages write it.
pub fn asked(m: &Message<'_>, frame: u64, time: f64, cseq: &str) -> Option<Asked> {
    // The methods whose refusals (422, 423, 488, 489, 606) a finding
    // compares. Of any other but ACK (which nothing answers), what a 482
    // or 483 needs, if it was forwarded: one straight from its sender is
    // found among the call's messages when one comes.
    match m.method() {
        Some("INVITE" | "UPDATE" | "REGISTER" | "SUBSCRIBE" | "PUBLISH" | "NOTIFY") => {}
        Some("ACK") | None => return None,
        Some(_) => {
            let hops = Some(Hops::of(m)).filter(Hops::forwarded)?;
            return Some(Asked { cseq: cseq.to_owned(), frame, hops: Some(Box::new(hops)), ..Asked::default() });
        }
    }
    let hops = Some(Hops::of(m)).filter(Hops::forwarded).map(Box::new);
    let first_word = |v: std::borrow::Cow<'_, str>| v.split(';').next().unwrap_or("").trim().to_owned();
    let expires = m
        .header("Expires")
        .map(first_word)
        .or_else(|| m.header("Contact").and_then(|c| crate::sip::param(&c, "expires").map(str::to_owned)));
    let session_expires = m.header("Session-Expires").map(first_word);
    let event = m.header("Event").map(first_word).filter(|e| !e.is_empty());
    let offer = sdp(m).map(Box::from);
    // Every INVITE is kept: a 428 is explained by the Identity it lacked.
    // Who calls whom is read only when there is an Identity to compare.
    let identity = (m.method() == Some("INVITE")).then(|| {
        let Some(identity) = m.header("Identity") else { return Box::new(IdentityAsked::default()) };
        let user = |name: &str| m.header(name).and_then(|v| crate::identity::uri_user(&v).map(str::to_owned));
        let date = m.header("Date").and_then(|d| crate::identity::http_date(&d));
        let mut callee: Vec<String> = user("To").into_iter().collect();
        if let crate::StartLine::Request { uri, .. } = &m.start {
            callee.extend(crate::identity::uri_user(uri).map(str::to_owned));
        }
        Box::new(IdentityAsked {
            identity: Some(identity.trim().to_owned()),
            caller: user("P-Asserted-Identity").or_else(|| user("From")),
            callee,
            when: date.unwrap_or(time as i64),
            dated: date.is_some(),
        })
    });
    if expires.is_none()
        && session_expires.is_none()
        && event.is_none()
        && offer.is_none()
        && identity.is_none()
        && hops.is_none()
    {
        return None;
    }
    Some(Asked { cseq: cseq.to_owned(), frame, expires, session_expires, event, offer, identity, hops })
}

/// Findings from one response's own header fields, and from what its
/// request asked for when that was seen.
pub fn from_response(frame: u64, m: &Message<'_>, request: Option<&Asked>, evidence: &Evidence) -> Vec<Finding> {
    response_findings(frame, m, request, evidence, false)
}

/// [`from_response`] for a response the capture's snap length cut: what
/// its header fields kept before the cut say (Retry-After, Warning, Reason,
/// a challenge…), never what a field or a body missing would mean, since
/// the cut may have taken them.
pub fn from_cut_response(frame: u64, m: &Message<'_>, request: Option<&Asked>, evidence: &Evidence) -> Vec<Finding> {
    response_findings(frame, m, request, evidence, true)
}

fn response_findings(
    frame: u64,
    m: &Message<'_>,
    request: Option<&Asked>,
    evidence: &Evidence,
    cut: bool,
) -> Vec<Finding> {
    // Provisional and success responses explain no failure; skipping them
    // keeps the header lookups off the bulk of a capture.
    let Some(code @ 300..) = m.status() else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(value) = m.header("Retry-After") {
        let seconds = value.split([';', '(', ' ']).next().unwrap_or("").trim().to_owned();
        out.push(finding("retry-after", Severity::Info, frame, "RFC 3261 §20.33", vec![("seconds", seconds)]));
    }
    for value in m.header_all("Warning") {
        let mut parts = value.splitn(3, ' ');
        let warn_code = parts.next().unwrap_or("").to_owned();
        let _agent = parts.next();
        let text = parts.next().unwrap_or("").trim().trim_matches('"').to_owned();
        out.push(finding(
            "warning",
            Severity::Warning,
            frame,
            "RFC 3261 §20.43",
            vec![("code", warn_code), ("text", text)],
        ));
    }
    for value in m.header_all("Reason") {
        let protocol = value.split(';').next().unwrap_or("").trim().to_owned();
        let param = |name: &str| crate::sip::param(&value, name).map(str::to_owned);
        out.push(finding(
            "reason",
            Severity::Info,
            frame,
            "RFC 3326 §2",
            vec![
                ("protocol", protocol),
                ("cause", param("cause").unwrap_or_default()),
                ("text", param("text").unwrap_or_default()),
            ],
        ));
    }
    // Each header field matters for the codes that carry it on purpose
    // (many servers add Allow or Supported to every response).
    for (header, kind, reference, codes) in [
        ("Unsupported", "unsupported", "RFC 3261 §20.40", &[420][..]),
        ("Require", "require", "RFC 3261 §20.32", &[421, 494][..]),
        ("Min-Expires", "min-expires", "RFC 3261 §20.23", &[423][..]),
        ("Min-SE", "min-se", "RFC 4028 §5", &[422][..]),
        ("Allow", "allow", "RFC 3261 §20.5", &[405, 501][..]),
        ("Supported", "supported", "RFC 3261 §20.37", &[420, 421][..]),
        ("Accept", "accept", "RFC 3261 §21.4.13", &[415][..]),
        ("Accept-Encoding", "accept-encoding", "RFC 3261 §21.4.13", &[415][..]),
        ("Accept-Language", "accept-language", "RFC 3261 §21.4.13", &[415][..]),
        ("Security-Server", "security-server", "RFC 3329 §2.3.1", &[494][..]),
        ("Allow-Events", "allow-events", "RFC 6665 §8.3.1", &[489][..]),
        ("Recv-Info", "recv-info", "RFC 6086 §4.2.2", &[469][..]),
        ("Geolocation-Error", "geolocation-error", "RFC 6442", &[424][..]),
        ("AlertMsg-Error", "alertmsg-error", "RFC 8876", &[425][..]),
    ] {
        if !codes.contains(&code) {
            continue;
        }
        if let Some(value) = m.header(header) {
            let asked = match kind {
                "min-expires" => request.and_then(|r| r.expires.clone()),
                "min-se" => request.and_then(|r| r.session_expires.clone()),
                "allow-events" => request.and_then(|r| r.event.clone()),
                _ => None,
            };
            out.push(finding(
                kind,
                Severity::Warning,
                frame,
                reference,
                vec![("value", value.trim().to_owned()), ("asked", asked.unwrap_or_else(|| "none".to_owned()))],
            ));
        }
    }
    // A 489 that does not say which packages it supports: the one asked for.
    if let (489, None, Some(event), false) =
        (code, m.header("Allow-Events"), request.and_then(|r| r.event.as_ref()), cut)
    {
        out.push(finding("event", Severity::Warning, frame, "RFC 6665 §8.3.1", vec![("asked", event.clone())]));
    }
    // What was offered, next to what the refusing side says it supports
    // (a 488 or 606 MAY carry its capabilities as a body, which a cut may
    // have taken).
    let refusal_reference = match code {
        488 if !cut => Some("RFC 3261 §21.4.26"),
        606 if !cut => Some("RFC 3261 §21.6.4"),
        _ => None,
    };
    if let (Some(reference), Some(request)) = (refusal_reference, request) {
        let offered = request.offer.as_deref().map(sdp_formats).unwrap_or_default();
        let media_disabled = request.offer.as_deref().is_some_and(sdp_media_disabled);
        if !offered.is_empty() {
            let accepted = sdp(m).map(sdp_formats).unwrap_or_default();
            let common: Vec<&String> = offered.iter().filter(|f| accepted.contains(f)).collect();
            let list = |v: Vec<&String>| {
                if v.is_empty() {
                    "none".to_owned()
                } else {
                    v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                }
            };
            out.push(Finding {
                kind: "offer",
                severity: Severity::Warning,
                frames: vec![frame],
                references: if media_disabled {
                    vec![reference, "RFC 3264 §6", "RFC 3264 §5.1"]
                } else {
                    vec![reference, "RFC 3264 §6"]
                },
                values: vec![
                    ("offered", list(offered.iter().collect())),
                    ("accepted", list(accepted.iter().collect())),
                    ("common", list(common)),
                    ("disabled", if media_disabled { "yes" } else { "no" }.to_owned()),
                ],
            });
        }
    }
    if let (Some(offer), Some(reference)) = (request.and_then(|r| r.offer.as_deref()), refusal_reference) {
        if let Some(clash) = transport_mismatch(frame, offer, sdp(m), reference) {
            // Formats in common do not matter when the transport differs:
            // say the one thing that explains the refusal.
            if clash.severity == Severity::Warning {
                out.retain(|f| f.kind != "offer" || f.values.iter().any(|(k, v)| *k == "common" && v == "none"));
            }
            out.push(clash);
        }
    }
    // A 580 refuses the offer's preconditions (RFC 3312): show the ones it
    // asked for (desired, current and confirmed status lines).
    if let (580, Some(offer)) = (code, request.and_then(|r| r.offer.as_deref())) {
        let text = String::from_utf8_lossy(offer);
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("a=des:") || l.starts_with("a=curr:") || l.starts_with("a=conf:"))
            .take(12)
            .collect();
        out.push(finding(
            "preconditions",
            Severity::Warning,
            frame,
            "RFC 3312",
            vec![("value", if lines.is_empty() { "none".to_owned() } else { lines.join("; ") })],
        ));
    }
    if matches!(code, 428 | 436 | 437 | 438) {
        if let Some(asked) = request.and_then(|r| r.identity.as_deref()) {
            out.extend(identity_findings(frame, code, asked));
        }
    }
    if code == 481 && m.cseq().is_some_and(|(_, method)| method != "CANCEL") {
        out.push(dialog_gone(frame, m, evidence));
    }
    if let (482 | 483, Some(asked)) = (code, request) {
        out.push(hops([asked.frame, frame], code, asked.hops.as_deref().unwrap_or(&Hops::STRAIGHT)));
    }
    for header in ["WWW-Authenticate", "Proxy-Authenticate"].into_iter().filter(|_| matches!(code, 401 | 407)) {
        for value in m.header_all(header) {
            let param = |name: &str| {
                value.split([',', ' ']).find_map(|p| {
                    let (k, v) = p.split_once('=')?;
                    k.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').to_owned())
                })
            };
            out.push(finding(
                "challenge",
                Severity::Info,
                frame,
                "RFC 3261 §22.1",
                vec![
                    ("header", header.to_owned()),
                    ("realm", param("realm").unwrap_or_default()),
                    ("algorithm", param("algorithm").unwrap_or_else(|| "MD5".to_owned())),
                    ("stale", param("stale").map_or("false".to_owned(), |s| s.to_ascii_lowercase())),
                    // Enough of the nonce to tell one round from the next.
                    ("nonce", param("nonce").map_or_else(|| "none".to_owned(), |n| n.chars().take(20).collect())),
                ],
            ));
        }
    }
    // A 608 may say whom a caller blocked in error can contact: a jCard
    // in Call-Info, purpose "jwscard". Its absence is said too, but not of
    // a cut response, whose cut may have taken it.
    if code == 608 {
        let contacts: Vec<String> = m.header_all("Call-Info").flat_map(|v| jwscard_uris(&v)).collect();
        if !contacts.is_empty() || !cut {
            let contact = if contacts.is_empty() { "none".to_owned() } else { contacts.join(", ") };
            out.push(finding("rejected-by", Severity::Info, frame, "RFC 8688 §3.1", vec![("contact", contact)]));
        }
    }
    // Cut, the targets kept may not be all of them.
    if (300..400).contains(&code) && !cut {
        let targets: Vec<String> = m.header_all("Contact").map(|c| c.trim().to_owned()).collect();
        if !targets.is_empty() {
            out.push(finding(
                "redirect",
                Severity::Info,
                frame,
                "RFC 3261 §8.1.3.4",
                vec![("targets", targets.join(", "))],
            ));
        }
    }
    out
}

/// The URIs of a Call-Info value's entries whose purpose is `jwscard`
/// (RFC 8688 §3.1): `<URI>;purpose=jwscard`, entries separated by commas
/// outside the angle brackets.
fn jwscard_uris(value: &str) -> Vec<String> {
    let mut uris = Vec::new();
    let mut rest = value;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>').map(|c| open + c) else { break };
        let params = &rest[close + 1..];
        let params = &params[..params.find(',').unwrap_or(params.len())];
        if crate::sip::param(params, "purpose").is_some_and(|p| p.trim_matches('"').eq_ignore_ascii_case("jwscard")) {
            uris.push(rest[open + 1..close].trim().to_owned());
        }
        rest = &rest[close + 1..];
    }
    uris
}

/// The transport profiles (`RTP/AVP`, `RTP/SAVP`…), address families and
/// keying attributes of an SDP body.
fn sdp_transport(body: &[u8]) -> (Vec<String>, Vec<String>, Vec<String>) {
    let text = String::from_utf8_lossy(body);
    let (mut profiles, mut families, mut keying) = (Vec::new(), Vec::new(), Vec::new());
    for line in text.lines().map(str::trim) {
        let push = |list: &mut Vec<String>, item: &str| {
            if !item.is_empty() && !list.iter().any(|x| x == item) && list.len() < 8 {
                list.push(item.to_owned());
            }
        };
        if let Some(media) = line.strip_prefix("m=") {
            if media.split_whitespace().nth(1).is_some_and(|port| port != "0") {
                push(&mut profiles, media.split_whitespace().nth(2).unwrap_or(""));
            }
        } else if let Some(connection) = line.strip_prefix("c=") {
            push(&mut families, connection.split_whitespace().nth(1).unwrap_or(""));
        } else if line.starts_with("a=crypto:") {
            push(&mut keying, "a=crypto");
        } else if line.starts_with("a=fingerprint:") {
            push(&mut keying, "a=fingerprint");
        }
    }
    (profiles, families, keying)
}

/// An offer refused with 488/606 whose transport (profile or address
/// family) the refusing side's SDP does not share, or, without SDP in the
/// refusal, an offer of encrypted media only.
fn transport_mismatch(frame: u64, offer: &[u8], refusal: Option<&[u8]>, reference: &'static str) -> Option<Finding> {
    let (offered, offered_families, keying) = sdp_transport(offer);
    let join = |v: &[String]| if v.is_empty() { "none".to_owned() } else { v.join(", ") };
    let secure_only = !offered.is_empty() && offered.iter().all(|p| p.contains("SAVP"));
    match refusal.map(sdp_transport) {
        Some((accepted, accepted_families, _)) => {
            let profile_clash = !accepted.is_empty() && !offered.iter().any(|p| accepted.contains(p));
            let family_clash =
                !accepted_families.is_empty() && !offered_families.iter().any(|f| accepted_families.contains(f));
            (profile_clash || family_clash).then(|| Finding {
                kind: "offer-transport",
                severity: Severity::Warning,
                frames: vec![frame],
                references: vec![reference, "RFC 3264 §6", "RFC 4566 §5.14", "RFC 4566 §5.7"],
                values: vec![
                    ("offered", format!("{} ({})", join(&offered), join(&offered_families))),
                    ("accepted", format!("{} ({})", join(&accepted), join(&accepted_families))),
                    ("keying", join(&keying)),
                ],
            })
        }
        None => secure_only.then(|| Finding {
            kind: "offer-transport",
            severity: Severity::Info,
            frames: vec![frame],
            references: vec![reference, "RFC 3264 §6", "RFC 4566 §5.14"],
            values: vec![
                ("offered", format!("{} ({})", join(&offered), join(&offered_families))),
                ("accepted", "none".to_owned()),
                ("keying", join(&keying)),
            ],
        }),
    }
}

/// How far a PASSporT's `iat` may be from the request's Date (RFC 8224 §4.1
/// recommends sixty seconds).
const IDENTITY_FRESHNESS: i64 = 60;

/// What the refused INVITE's Identity header shows, for 428/436/437/438.
fn identity_findings(frame: u64, code: u16, asked: &IdentityAsked) -> Vec<Finding> {
    let Some(value) = asked.identity.as_deref() else {
        return vec![finding(
            "identity-missing",
            if code == 428 { Severity::Warning } else { Severity::Info },
            frame,
            "RFC 8224 §6.2.2",
            vec![("code", code.to_string())],
        )];
    };
    let passport = match crate::identity::decode(value) {
        Ok(p) => p,
        Err(why) => {
            return vec![finding(
                "identity-undecodable",
                Severity::Warning,
                frame,
                "RFC 8224 §4",
                vec![("why", why.id().to_owned())],
            )]
        }
    };
    let or_none = |s: &str| if s.is_empty() { "none".to_owned() } else { s.to_owned() };
    let mut out = vec![Finding {
        kind: "identity",
        severity: Severity::Info,
        frames: vec![frame],
        references: vec!["RFC 8224 §4", "RFC 8225 §5", "RFC 8588 §4"],
        values: vec![
            ("form", if passport.compact { "compact" } else { "full" }.to_owned()),
            ("ppt", or_none(&passport.ppt)),
            ("alg", or_none(&passport.alg)),
            ("attest", or_none(&passport.attest)),
            ("orig", or_none(&passport.orig)),
            ("dest", or_none(&passport.dest.join(", "))),
            ("iat", passport.iat.map_or_else(|| "none".to_owned(), crate::identity::utc)),
            ("x5u", or_none(&passport.x5u)),
        ],
    }];
    if passport.compact {
        return out;
    }
    let number = |s: &str| crate::identity::digits(s);
    // The orig claim must be the caller (From or P-Asserted-Identity), a dest
    // claim the callee (To or Request-URI), compared as canonical numbers
    // (RFC 8224 §4.1, §8.3).
    let mut mismatches = Vec::new();
    if let (Some(orig), Some(caller)) = (number(&passport.orig), asked.caller.as_deref().and_then(number)) {
        if !crate::identity::same_number(&orig, &caller) {
            mismatches.push(("orig", passport.orig.clone(), asked.caller.clone().unwrap_or_default()));
        }
    }
    let callees: Vec<String> = asked.callee.iter().filter_map(|c| number(c)).collect();
    let dests: Vec<String> = passport.dest.iter().filter_map(|d| number(d)).collect();
    if !callees.is_empty()
        && !dests.is_empty()
        && !dests.iter().any(|d| callees.iter().any(|c| crate::identity::same_number(d, c)))
    {
        mismatches.push(("dest", passport.dest.join(", "), asked.callee.join(", ")));
    }
    for (claim, claimed, signalled) in mismatches {
        out.push(finding(
            "identity-mismatch",
            Severity::Warning,
            frame,
            "RFC 8224 §4.1",
            vec![("claim", claim.to_owned()), ("claimed", claimed), ("signalled", signalled)],
        ));
    }
    if let Some(iat) = passport.iat {
        let age = asked.when - iat;
        if age.abs() > IDENTITY_FRESHNESS {
            out.push(Finding {
                kind: "identity-stale",
                severity: Severity::Warning,
                frames: vec![frame],
                references: vec!["RFC 8224 §4.1", "RFC 8224 §6.2"],
                values: vec![
                    ("seconds", age.to_string()),
                    ("against", if asked.dated { "date" } else { "capture" }.to_owned()),
                ],
            });
        }
    }
    out
}

/// A 481 to a request inside a dialog: the tags it carried (a response
/// copies them from its request) against the dialog seen set up.
fn dialog_gone(frame: u64, m: &Message<'_>, evidence: &Evidence) -> Finding {
    let method = crate::sip::method_kept(m.cseq().map_or("", |(_, method)| method)).to_string();
    let carried = (m.from_tag().unwrap_or(""), m.to_tag().unwrap_or(""));
    let (state, frames, known) = match &evidence.dialog {
        None => ("unseen", vec![frame], String::new()),
        Some((from, to, set_up)) => {
            let same = (carried.0 == from && carried.1 == to) || (carried.0 == to && carried.1 == from);
            (if same { "same" } else { "different" }, vec![*set_up, frame], format!("{from} / {to}"))
        }
    };
    Finding {
        kind: "dialog-gone",
        severity: Severity::Warning,
        frames,
        references: vec!["RFC 3261 §12.2.1.2", "RFC 3261 §12.2.2"],
        values: vec![
            ("method", method),
            ("state", state.to_owned()),
            ("carried", format!("{} / {}", carried.0, carried.1)),
            ("known", known),
        ],
    }
}

/// A datagram whose Content-Length does not frame it: a receiver answers
/// such a request 400 and discards such a response (RFC 3261 §18.3), so a
/// 2xx to INVITE dropped this way is never acknowledged. Read from every
/// message, 2xx included.
pub fn from_length(frame: u64, m: &Message<'_>) -> Option<Finding> {
    use crate::sip::LengthDefect;
    let (form, line, declared) = match m.length_defect? {
        LengthDefect::Invalid { line } => ("invalid", line, None),
        LengthDefect::Short { line, declared } => ("short", line, Some(declared)),
    };
    let value = m.headers.iter().find(|h| h.line == line).map(|h| h.value().trim().to_owned()).unwrap_or_default();
    Some(Finding {
        kind: "content-length",
        severity: Severity::Error,
        frames: vec![frame],
        references: vec!["RFC 3261 §18.3", "RFC 3261 §20.14"],
        values: vec![
            ("form", form.to_owned()),
            ("kind", if m.is_request() { "request" } else { "response" }.to_owned()),
            ("line", line.to_string()),
            ("value", value),
            ("declared", declared.map_or_else(String::new, |d| d.to_string())),
            ("carried", m.body.len().to_string()),
        ],
    })
}

/// What a message breaks of SIP's rules though it could be read: the usual
/// reason for a 400 Bad Request.
pub fn from_conformance(frame: u64, m: &Message<'_>) -> Vec<Finding> {
    crate::conformance::check(m)
        .into_iter()
        .map(|d| Finding {
            kind: "malformed",
            severity: Severity::Warning,
            frames: vec![frame],
            references: vec![crate::conformance::reference(d.kind)],
            values: vec![("what", d.kind.to_owned()), ("line", d.line.to_string()), ("detail", d.detail)],
        })
        .collect()
}

/// The lines of a body as bytes, trimmed: as `split` on LF would give them,
/// with the line ends found sixteen bytes at a time (this runs on every SDP body).
fn body_lines(body: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let end = crate::scan::find_byte(&body[from..], b'\n').map(|at| from + at);
        start = end.map(|end| end + 1);
        Some(body[from..end.unwrap_or(body.len())].trim_ascii())
    })
}

/// A dotted-quad IPv4 address, read as `Ipv4Addr`'s `FromStr` reads it
/// (four decimal numbers to 255, no leading zero), from bytes: an SDP's
/// connection line is read for every offer and answer.
fn parse_ipv4(text: &[u8]) -> Option<std::net::Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut parts = text.split(|&b| b == b'.');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || (part.len() > 1 && part[0] == b'0') {
            return None;
        }
        let mut value = 0u16;
        for &b in part {
            if !b.is_ascii_digit() {
                return None;
            }
            value = value * 10 + u16::from(b - b'0');
        }
        *octet = u8::try_from(value).ok()?;
    }
    parts.next().is_none().then_some(std::net::Ipv4Addr::from(octets))
}

/// Whether an IPv4 address is private (RFC 1918) or shared carrier-grade NAT
/// space (RFC 6598): not reachable from the other side of a NAT.
fn behind_nat(address: std::net::Ipv4Addr) -> bool {
    let [a, b, ..] = address.octets();
    address.is_private() || (a == 100 && (64..128).contains(&b))
}

/// Findings from a message's SDP: streams that will not flow both ways, and
/// media addresses that cannot be reached from where the message came from.
pub fn from_sdp(frame: u64, m: &Message<'_>, sender: std::net::IpAddr) -> Vec<Finding> {
    let Some(body) = sdp(m).filter(|_| m.status().is_none_or(|s| s < 300)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut direction = None;
    let mut held_address = false;
    let mut private = None;
    let mut ice = false;
    // Lines read as bytes: only the few that matter are turned into text.
    for line in body_lines(body) {
        if let Some(attribute) = line.strip_prefix(b"a=") {
            if matches!(attribute, b"sendonly" | b"recvonly" | b"inactive") && direction.is_none() {
                direction = Some(String::from_utf8_lossy(attribute).into_owned());
            }
            ice |= attribute.starts_with(b"ice-ufrag:");
        } else if let Some(connection) = line.strip_prefix(b"c=") {
            let address = connection.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).nth(2).unwrap_or(b"");
            let address = address.split(|&b| b == b'/').next().unwrap_or(b"");
            if address == b"0.0.0.0" {
                held_address = true;
            } else if let Some(ip) = parse_ipv4(address) {
                if private.is_none() && behind_nat(ip) {
                    private = Some(ip);
                }
            }
        }
    }
    // With ICE (WebRTC), `c=` holds only the default candidate: 0.0.0.0
    // (with port 9) while candidates are still trickling in (RFC 8840,
    // RFC 9143 §10), a private address that ICE gets past NATs on its own
    // (RFC 8445). Neither says anything about hold or NAT.
    let held_address = held_address && !ice;
    if ice {
        private = None;
    }
    if direction.is_some() || held_address {
        out.push(finding(
            "media-direction",
            Severity::Info,
            frame,
            "RFC 3264 §8.4",
            vec![("direction", direction.unwrap_or_else(|| "0.0.0.0".to_owned()))],
        ));
    }
    if let (Some(media), std::net::IpAddr::V4(sender)) = (private, sender) {
        // Only worth saying when the signalling itself came from outside
        // that private space: then a NAT sits between the two.
        if !behind_nat(sender) && !sender.is_loopback() && !sender.is_unspecified() {
            out.push(Finding {
                kind: "media-private-address",
                severity: Severity::Warning,
                frames: vec![frame],
                references: vec!["RFC 3264 §5.1", "RFC 1918 §3"],
                values: vec![("address", media.to_string()), ("sender", sender.to_string())],
            });
        }
    }
    out
}

/// Findings from the shape of the whole call; `from_responses` are the
/// findings already read from its responses' headers.
pub fn from_flow(messages: &[CallMessage], from_responses: &[Finding], evidence: &Evidence) -> Vec<Finding> {
    let mut out = Vec::new();
    out.extend(rejected_credentials(messages, from_responses));
    // A 2xx to INVITE that no ACK followed: the callee retransmits it and ends the call (RFC 3261 §13.3.1.4).
    let oks: Vec<&CallMessage> = messages
        .iter()
        .filter(|m| {
            m.kind == Kind::Response && m.method == "INVITE" && m.status.is_some_and(|s| (200..300).contains(&s))
        })
        .collect();
    if let Some(first_ok) = oks.first() {
        let acked = messages.iter().any(|m| m.kind == Kind::Request && m.method == "ACK" && m.time >= first_ok.time);
        if !acked {
            out.push(Finding {
                kind: "no-ack",
                severity: Severity::Error,
                frames: oks.iter().map(|m| m.frame).collect(),
                references: vec!["RFC 3261 §13.2.2.4", "RFC 3261 §13.3.1.4"],
                values: vec![("count", oks.len().to_string())],
            });
        }
    }
    // One pass over the transactions (by CSeq), so that calls of many
    // thousands of messages (registrations refreshed for days under one
    // Call-ID) stay linear.
    struct Transaction<'m> {
        request: &'m CallMessage,
        answer: Option<&'m CallMessage>,
        sent: usize,
        resent_before_answer: usize,
    }
    // In the order they began; looked up by CSeq in a short list, or, in a
    // long call, through an index built once the list is long.
    let mut transactions: Vec<(&str, Transaction<'_>)> = Vec::new();
    let mut index: FastMap<&str, usize> = FastMap::default();
    const SHORT: usize = 16;
    let position = |transactions: &[(&str, Transaction<'_>)], index: &FastMap<&str, usize>, cseq: &str| {
        if transactions.len() <= SHORT {
            transactions.iter().position(|(c, _)| *c == cseq)
        } else {
            index.get(cseq).copied()
        }
    };
    // Glare and overlapping INVITEs are looked for only in a call with a
    // 491 or a 500 (few have one).
    let mut any_491_or_500 = false;
    for m in messages {
        match m.kind {
            Kind::Request if m.method != "ACK" => {
                let at = match position(&transactions, &index, &m.cseq) {
                    Some(at) => at,
                    None => {
                        transactions.push((
                            &m.cseq,
                            Transaction { request: m, answer: None, sent: 0, resent_before_answer: 0 },
                        ));
                        if transactions.len() > SHORT {
                            if index.is_empty() {
                                index.extend(transactions.iter().enumerate().map(|(i, (c, _))| (*c, i)));
                            } else {
                                index.insert(&m.cseq, transactions.len() - 1);
                            }
                        }
                        transactions.len() - 1
                    }
                };
                let t = &mut transactions[at].1;
                t.sent += 1;
                // Over UDP the client sends again after T1 (500 ms) and
                // doubling (RFC 3261 §17.1.1.2, §17.1.2.2); copies closer
                // than half of T1 are the capture seeing one packet twice.
                if m.retransmission && t.answer.is_none() && m.time - t.request.time >= 0.25 {
                    t.resent_before_answer += 1;
                }
            }
            Kind::Response => {
                any_491_or_500 |= matches!(m.status, Some(491 | 500));
                if let Some(at) = position(&transactions, &index, &m.cseq) {
                    transactions[at].1.answer.get_or_insert(m);
                }
            }
            Kind::Request => {}
        }
    }
    for (_, t) in &transactions {
        if !evidence.large_over_udp.is_empty() {
            out.extend(too_large_for_udp(
                t.request,
                t.answer.is_none(),
                t.resent_before_answer > 0,
                messages,
                evidence,
            ));
        }
        match t.answer {
            None => out.push(Finding {
                kind: "unanswered",
                severity: Severity::Error,
                frames: vec![t.request.frame],
                references: vec!["RFC 3261 §17.1.1.2", "RFC 3261 §8.1.3.1"],
                values: vec![("method", t.request.method.to_string()), ("count", t.sent.to_string())],
            }),
            // Sent again before the first answer: copies were lost or the
            // server was slow to answer.
            Some(answer) if t.resent_before_answer > 0 => out.push(Finding {
                kind: "retransmitted",
                severity: Severity::Warning,
                frames: vec![t.request.frame, answer.frame],
                references: vec!["RFC 3261 §17.1.1.2", "RFC 3261 §17.1.2.2", "RFC 3261 §17.2.1"],
                values: vec![
                    ("method", t.request.method.to_string()),
                    ("count", t.resent_before_answer.to_string()),
                    ("seconds", format!("{:.1}", answer.time - t.request.time)),
                ],
            }),
            Some(_) => {}
        }
    }
    // 200 to the INVITE after a CANCEL: the callee answered first (RFC 3261 §9.1).
    if let Some(cancel) = messages.iter().find(|m| m.kind == Kind::Request && m.method == "CANCEL") {
        if let Some(ok) = oks.iter().find(|m| m.time >= cancel.time) {
            out.push(finding("ok-after-cancel", Severity::Warning, ok.frame, "RFC 3261 §9.1", vec![]));
        }
    }
    out.extend(post_dial_delay(messages));
    if any_491_or_500 {
        let ends: Vec<[End; 2]> = messages.iter().map(End::of).collect();
        out.extend(glare(messages, &ends));
        out.extend(overlap(messages, &ends));
    }
    if !evidence.reliable.is_empty() {
        out.extend(unacknowledged(messages, evidence));
    }
    out.extend(registration_lapses(messages, evidence));
    for (frame, targets, followed) in &evidence.redirects {
        out.push(Finding {
            kind: "redirect-followed",
            severity: Severity::Info,
            frames: followed.map_or_else(|| vec![*frame], |f| vec![*frame, f]),
            references: vec!["RFC 3261 §8.1.3.4"],
            values: vec![
                ("followed", if followed.is_some() { "yes" } else { "no" }.to_owned()),
                ("targets", targets.join(", ")),
            ],
        });
    }
    out
}

/// One end of a message: its address, or, in a log that gives none, which
/// of the call's two sides its From tells (true: the first request's).
#[derive(Clone, Copy)]
enum End {
    At(std::net::SocketAddr),
    Side(bool),
}

impl End {
    fn of(m: &CallMessage) -> [End; 2] {
        if m.src == crate::log::UNKNOWN && m.dst == crate::log::UNKNOWN {
            [End::Side(m.sent_by_first), End::Side(!m.sent_by_first)]
        } else {
            [End::At(m.src), End::At(m.dst)]
        }
    }

    /// Whether two ends are one element: the same address, or, but on
    /// loopback (where every test element is), the same host (over TCP an
    /// element sends from one port and listens on another).
    fn meets(self, other: End) -> bool {
        match (self, other) {
            (End::At(a), End::At(b)) => a == b || (a.ip() == b.ip() && !a.ip().is_loopback()),
            (End::Side(a), End::Side(b)) => a == b,
            _ => false,
        }
    }
}

/// Where, among `within`, the request the response at `response` answers:
/// the last of its CSeq sent from where the response went (both sides may
/// number their requests alike).
fn request_answered(
    messages: &[CallMessage],
    ends: &[[End; 2]],
    response: usize,
    within: Range<usize>,
) -> Option<usize> {
    within.rev().find(|&i| {
        messages[i].kind == Kind::Request
            && messages[i].cseq == messages[response].cseq
            && ends[i][0].meets(ends[response][1])
    })
}

/// Whether the request at `request` had its final response, back to its
/// sender, before the message at `by`.
fn answered_between(messages: &[CallMessage], ends: &[[End; 2]], request: usize, by: usize) -> bool {
    (request + 1..by).any(|j| {
        let answer = &messages[j];
        answer.kind == Kind::Response
            && answer.cseq == messages[request].cseq
            && answer.status.is_some_and(|s| s >= 200)
            && ends[j][1].meets(ends[request][0])
    })
}

/// The windows RFC 3261 §14.1 sets for trying a re-INVITE again after a
/// 491: from 2.1 to 4 s for the side that chose the Call-ID, up to 2 s for
/// the other; with some slack for the distance between the capture and
/// the side's clock.
const GLARE_OWNER_WINDOW: (f64, f64) = (2.1, 4.0);
const GLARE_OTHER_WINDOW: (f64, f64) = (0.0, 2.0);
const GLARE_SLACK: f64 = 0.05;
/// How many messages before and after a 491 are looked through for its
/// request, the one it crossed and its copies past a proxy (they are
/// moments apart), and the most 491s said of one call: two elements that
/// refuse each other's re-INVITEs in a loop make calls of thousands.
const GLARE_NEAR: usize = 64;
const GLARE_MOST: usize = 16;

/// Each 491 to an INVITE or UPDATE (RFC 3261 §14.2, RFC 3311 §5.2): the
/// request the other side had in progress that it crossed, if captured, and
/// when and whether the refused side tried again, against the window
/// RFC 3261 §14.1 gives it.
fn glare(messages: &[CallMessage], ends: &[[End; 2]]) -> Vec<Finding> {
    // By place in the call, not time: a log may give no times.
    let refusal_at = |i: usize| {
        let m = &messages[i];
        m.kind == Kind::Response
            && m.status == Some(491)
            && !m.retransmission
            && matches!(m.method.as_str(), "INVITE" | "UPDATE")
    };
    let owner = messages.iter().position(|m| m.kind == Kind::Request && m.method == "INVITE").map(|i| ends[i][0]);
    let mut out = Vec::new();
    let near = |at: usize| at.saturating_sub(GLARE_NEAR)..(at + GLARE_NEAR + 1).min(messages.len());
    for refused in (0..messages.len()).filter(|&i| refusal_at(i)) {
        if out.len() == GLARE_MOST {
            break;
        }
        let refusal = &messages[refused];
        // A proxy's copy of it passed on is said once, where it arrived last.
        let passed_on = (refused + 1..near(refused).end)
            .any(|i| refusal_at(i) && messages[i].cseq == refusal.cseq && ends[i][0].meets(ends[refused][1]));
        if passed_on {
            continue;
        }
        // The request it answers; past a proxy that changed the addresses,
        // the last of its CSeq.
        let before = near(refused).start..refused;
        let Some(sent) = request_answered(messages, ends, refused, before.clone()).or_else(|| {
            before.clone().rev().find(|&i| messages[i].kind == Kind::Request && messages[i].cseq == refusal.cseq)
        }) else {
            continue;
        };
        let request = &messages[sent];
        let side = ends[sent][0];
        // The other side's offer in progress: sent to this side before the
        // 491 came back, and not answered before this request went out.
        let crossed = before.clone().find(|&i| {
            let m = &messages[i];
            i != sent
                && m.kind == Kind::Request
                && !m.retransmission
                && matches!(m.method.as_str(), "INVITE" | "UPDATE")
                && ends[i][1].meets(side)
                && !answered_between(messages, ends, i, sent)
        });
        let retry = (refused + 1..messages.len()).find(|&i| {
            let m = &messages[i];
            m.kind == Kind::Request && !m.retransmission && m.method == request.method && ends[i][0].meets(side)
        });
        let is_owner = owner.is_some_and(|o| o.meets(side));
        let (from, to) = if is_owner { GLARE_OWNER_WINDOW } else { GLARE_OTHER_WINDOW };
        // Unknown when the input gave no times.
        let delay = retry.map(|i| crate::model::elapsed(refusal, &messages[i]).filter(|d| d.is_finite()));
        let retried = match delay {
            None => "none",
            Some(None) => "unknown",
            Some(Some(d)) if d < from - GLARE_SLACK => "early",
            Some(Some(d)) if d <= to + GLARE_SLACK => "in-window",
            Some(Some(_)) => "later",
        };
        let mut frames: Vec<u64> =
            [Some(sent), Some(refused), crossed, retry].into_iter().flatten().map(|i| messages[i].frame).collect();
        frames.sort_unstable();
        let mut references = vec!["RFC 3261 §14.1", "RFC 3261 §14.2", "RFC 3261 §21.4.27"];
        if request.method == "UPDATE" {
            references.extend(["RFC 3311 §5.1", "RFC 3311 §5.2"]);
        }
        out.push(Finding {
            kind: "glare",
            severity: if matches!(retried, "none" | "early") { Severity::Warning } else { Severity::Info },
            frames,
            references,
            values: vec![
                ("method", request.method.to_string()),
                ("crossed", if crossed.is_some() { "yes" } else { "no" }.to_owned()),
                ("owner", if is_owner { "yes" } else { "no" }.to_owned()),
                ("retried", retried.to_owned()),
                ("seconds", delay.flatten().map_or_else(String::new, |d| format!("{d:.2}"))),
                ("from", from.to_string()),
                ("to", to.to_string()),
            ],
        });
    }
    out
}

/// Each 500 to an INVITE sent while an INVITE of the same side with a lower
/// CSeq was still unanswered: RFC 3261 §14.2 has the receiver refuse the
/// second so, with a Retry-After of up to 10 s.
fn overlap(messages: &[CallMessage], ends: &[[End; 2]]) -> Vec<Finding> {
    let near = |at: usize| at.saturating_sub(GLARE_NEAR)..at;
    let mut out = Vec::new();
    for refused in (0..messages.len()).filter(|&i| {
        let m = &messages[i];
        m.kind == Kind::Response && m.status == Some(500) && !m.retransmission && m.method == "INVITE"
    }) {
        if out.len() == GLARE_MOST {
            break;
        }
        let Some(sent) = request_answered(messages, ends, refused, near(refused)) else { continue };
        let side = ends[sent][0];
        let earlier = near(sent).find(|&i| {
            let m = &messages[i];
            m.kind == Kind::Request
                && m.method == "INVITE"
                && !m.retransmission
                && ends[i][0].meets(side)
                && matches!((m.cseq_number(), messages[sent].cseq_number()), (Some(a), Some(b)) if a < b)
                && !answered_between(messages, ends, i, sent)
        });
        let Some(earlier) = earlier else { continue };
        out.push(Finding {
            kind: "overlap",
            severity: Severity::Warning,
            frames: vec![messages[earlier].frame, messages[sent].frame, messages[refused].frame],
            references: vec!["RFC 3261 §14.2", "RFC 3261 §14.1"],
            values: vec![("pending", messages[earlier].cseq.to_string())],
        });
    }
    out
}

/// Each provisional response sent reliably (RFC 3262 §3) that was sent
/// again and no PRACK captured acknowledged: the callee did not get one,
/// and ends the INVITE with a 5xx once it gives up.
fn unacknowledged(messages: &[CallMessage], evidence: &Evidence) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let mut said: Vec<(u32, u32)> = Vec::new();
    for &(frame, status, rseq, number) in &evidence.reliable {
        // Past a proxy, each hop's copy: said once.
        if evidence.acknowledged.contains(&(rseq, number)) || said.contains(&(rseq, number)) {
            continue;
        }
        let of_invite =
            |m: &&CallMessage| m.kind == Kind::Response && m.method == "INVITE" && m.cseq_number() == Some(number);
        let after = messages.iter().skip_while(|m| m.frame != frame).skip(1);
        let resent = after.clone().filter(of_invite).filter(|m| m.retransmission && m.status == Some(status)).count();
        if resent == 0 {
            continue;
        }
        said.push((rseq, number));
        let answer = after.filter(of_invite).find(|m| !m.retransmission && m.status.is_some_and(|s| s >= 200));
        out.push(Finding {
            kind: "prack",
            severity: if answer.is_none_or(|a| a.status.is_some_and(|s| s >= 500)) {
                Severity::Error
            } else {
                Severity::Warning
            },
            frames: answer.map_or_else(|| vec![frame], |a| vec![frame, a.frame]),
            references: vec!["RFC 3262 §3", "RFC 3262 §4"],
            values: vec![
                ("status", status.to_string()),
                ("rseq", rseq.to_string()),
                ("count", resent.to_string()),
                ("answer", answer.and_then(|a| a.status).map_or_else(|| "none".to_owned(), |s| s.to_string())),
                (
                    "offered",
                    match evidence.offered_100rel.iter().find(|(n, _)| *n == number) {
                        Some((_, true)) => "yes",
                        Some((_, false)) => "no",
                        None => "unknown",
                    }
                    .to_owned(),
                ),
            ],
        });
    }
    out
}

/// What a request that looped (482) or ran out of hops (483) shows of its
/// way: its Via entries, the servers among them it passed more than once,
/// and its Max-Forwards.
fn hops(frames: [u64; 2], code: u16, hops: &Hops) -> Finding {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for host in hops.sent_by.iter().filter(|h| !h.is_empty()) {
        match seen.iter_mut().find(|(h, _)| h == host) {
            Some((_, n)) => *n += 1,
            None => seen.push((host, 1)),
        }
    }
    let repeated: Vec<String> = seen.iter().filter(|(_, n)| *n > 1).map(|(h, n)| format!("{h} ×{n}")).collect();
    Finding {
        kind: "hops",
        severity: Severity::Warning,
        frames: frames.to_vec(),
        references: vec![
            if code == 482 { "RFC 3261 §16.3" } else { "RFC 3261 §8.1.1.6" },
            if code == 482 { "RFC 3261 §21.4.20" } else { "RFC 3261 §21.4.21" },
        ],
        values: vec![
            ("status", code.to_string()),
            ("vias", hops.vias.to_string()),
            ("repeated", if repeated.is_empty() { "none".to_owned() } else { repeated.join(", ") }),
            ("forwards", hops.forwards.map_or_else(|| "none".to_owned(), |f| f.to_string())),
        ],
    }
}

/// A request too large for UDP (RFC 3261 §18.1.1) sent over it, when the
/// transaction shows the trouble that size is known for: no response, the
/// request sent again before one came, or 513 Message Too Large.
fn too_large_for_udp(
    request: &CallMessage,
    unanswered: bool,
    resent: bool,
    messages: &[CallMessage],
    evidence: &Evidence,
) -> Option<Finding> {
    let &(_, bytes) = evidence.large_over_udp.iter().find(|(frame, _)| *frame == request.frame)?;
    let refused = messages
        .iter()
        .find(|m| m.kind == Kind::Response && m.cseq == request.cseq && m.status == Some(513) && !m.retransmission);
    let (answer, frames, mut references) = match (refused, unanswered, resent) {
        (Some(refusal), ..) => ("too-large", vec![request.frame, refusal.frame], vec!["RFC 3261 §21.5.9"]),
        (None, true, _) => ("none", vec![request.frame], vec![]),
        (None, false, true) => ("resent", vec![request.frame], vec!["RFC 3261 §17.1.1.2"]),
        (None, false, false) => return None,
    };
    references.insert(0, "RFC 3261 §18.1.1");
    references.push("RFC 3261 §7.3.3");
    Some(Finding {
        kind: "udp-size",
        severity: Severity::Warning,
        frames,
        references,
        values: vec![
            ("method", request.method.to_string()),
            ("bytes", bytes.to_string()),
            ("answer", answer.to_owned()),
        ],
    })
}

/// From the INVITE to the first ringing (180/183) or, without one, to the
/// final response: reported when it is long enough to be noticed.
const POST_DIAL_DELAY_NOTABLE: f64 = 3.0;

/// The session request delay (RFC 6076 §4.1) of the call's first INVITE.
fn post_dial_delay(messages: &[CallMessage]) -> Option<Finding> {
    let invite = messages.iter().find(|m| m.kind == Kind::Request && m.method == "INVITE")?;
    let answer = messages.iter().find(|m| {
        m.kind == Kind::Response
            && m.cseq == invite.cseq
            && m.status.is_some_and(|s| matches!(s, 180 | 183) || s >= 200)
    })?;
    let seconds = answer.time - invite.time;
    (seconds >= POST_DIAL_DELAY_NOTABLE).then(|| Finding {
        kind: "post-dial-delay",
        severity: Severity::Info,
        frames: vec![invite.frame, answer.frame],
        references: vec!["RFC 6076 §4.1"],
        values: vec![("seconds", format!("{seconds:.1}")), ("status", answer.status.unwrap_or(0).to_string())],
    })
}

/// A registration that ran out before the next REGISTER refreshed it
/// (RFC 3261 §10.2.4): between the two, calls to this user fail.
fn registration_lapses(messages: &[CallMessage], evidence: &Evidence) -> Vec<Finding> {
    let registers: Vec<&CallMessage> =
        messages.iter().filter(|m| m.kind == Kind::Request && m.method == "REGISTER" && !m.retransmission).collect();
    let mut out = Vec::new();
    let mut next = 0;
    for (frame, time, seconds) in &evidence.granted {
        while next < registers.len() && registers[next].time <= *time {
            next += 1;
        }
        let Some(refresh) = registers.get(next) else { break };
        let expired_at = time + *seconds as f64;
        if refresh.time > expired_at {
            out.push(Finding {
                kind: "registration-lapsed",
                severity: Severity::Warning,
                frames: vec![*frame, refresh.frame],
                references: vec!["RFC 3261 §10.2.4", "RFC 3261 §10.2.1"],
                values: vec![("seconds", seconds.to_string()), ("late", format!("{:.1}", refresh.time - expired_at))],
            });
        }
    }
    out
}

/// A request challenged with 401/407 is sent again with credentials
/// (RFC 3261 §22.2, §22.3); when that retry is challenged too, or refused
/// with 403 (which says authenticating will not help), the server
/// refused the credentials, unless the new challenge says `stale=true` (only
/// the nonce had expired). Refreshes that authenticate fine each time end in
/// a success between challenges, so only challenges in a row count, and only
/// from the same realm with the same code: a proxy's 407 followed by the
/// callee's 401 is two servers asking in turn.
fn rejected_credentials(messages: &[CallMessage], from_responses: &[Finding]) -> Vec<Finding> {
    // Every finding below follows a 401 or 407: most calls have none, and
    // are not indexed for nothing.
    if !messages.iter().any(|m| m.kind == Kind::Response && matches!(m.status, Some(401 | 407))) {
        return Vec::new();
    }
    // Each challenge's values by frame, looked up once per final response.
    let mut challenges: FastMap<u64, &[(&str, String)]> = FastMap::default();
    for f in from_responses.iter().filter(|f| f.kind == "challenge") {
        for frame in &f.frames {
            challenges.entry(*frame).or_insert(&f.values);
        }
    }
    let challenge_value = |frame: u64, name: &str| {
        challenges
            .get(&frame)
            .and_then(|values| values.iter().find(|(k, _)| *k == name))
            .map_or("", |(_, v)| v.as_str())
    };
    let mut out = Vec::new();
    let mut methods: Vec<&str> = Vec::new();
    for m in messages.iter().filter(|m| m.kind == Kind::Request && m.method != "ACK" && m.method != "CANCEL") {
        if !methods.contains(&m.method.as_str()) {
            methods.push(&m.method);
        }
    }
    for method in methods {
        // Each transaction's final response, in the order they came.
        let mut finals: Vec<&CallMessage> = Vec::new();
        let mut seen: FastSet<&str> = FastSet::default();
        for m in messages.iter().filter(|m| {
            m.kind == Kind::Response && m.method == method && m.status.is_some_and(|s| s >= 200) && !m.retransmission
        }) {
            if seen.insert(&m.cseq) {
                finals.push(m);
            }
        }
        // Each transaction's request (its first copy), to see whether it
        // carried credentials.
        let mut requests: FastMap<&str, &CallMessage> = FastMap::default();
        for m in messages.iter().filter(|m| m.kind == Kind::Request && m.method == method) {
            requests.entry(&m.cseq).or_insert(m);
        }
        let mut previous_challenge: Option<u64> = None;
        let before = out.len();
        let mut run: Vec<u64> = Vec::new();
        let mut run_key = (0, "");
        let flush = |run: &mut Vec<u64>, out: &mut Vec<Finding>, answer: &str| {
            if run.len() >= 2 {
                out.push(Finding {
                    kind: "auth-rejected",
                    severity: Severity::Error,
                    frames: run.clone(),
                    references: if answer == "forbidden" {
                        vec!["RFC 3261 §22.2", "RFC 3261 §22.3", "RFC 3261 §21.4.4"]
                    } else {
                        vec!["RFC 3261 §22.2", "RFC 3261 §22.3"]
                    },
                    values: vec![
                        ("method", method.to_owned()),
                        ("count", run.len().to_string()),
                        ("answer", answer.to_owned()),
                    ],
                });
            }
            run.clear();
        };
        for f in finals {
            let challenged = matches!(f.status, Some(401 | 407));
            // A request sent again after a challenge without any credentials:
            // the client ignores the challenge (RFC 3261 §8.1.3.5).
            if let Some(request) = requests.get(f.cseq.as_str()).filter(|r| !r.credentials) {
                if let Some(challenge) = previous_challenge {
                    out.push(Finding {
                        kind: "auth-not-sent",
                        severity: Severity::Error,
                        frames: vec![challenge, request.frame],
                        references: vec!["RFC 3261 §8.1.3.5", "RFC 3261 §22.2"],
                        values: vec![("method", method.to_owned()), ("retried", "yes".to_owned())],
                    });
                }
                flush(&mut run, &mut out, "challenge");
                run_key = (0, "");
            }
            previous_challenge = challenged.then_some(f.frame);
            if challenged && challenge_value(f.frame, "stale") != "true" {
                let key = (f.status.unwrap_or(0), challenge_value(f.frame, "realm"));
                if key != run_key {
                    flush(&mut run, &mut out, "challenge");
                    run_key = key;
                }
                run.push(f.frame);
            } else if f.status == Some(403) && !run.is_empty() {
                // Many servers (Asterisk among them) answer refused
                // credentials with 403 rather than a new challenge.
                run.push(f.frame);
                flush(&mut run, &mut out, "forbidden");
            } else if !challenged {
                flush(&mut run, &mut out, "challenge");
            }
        }
        flush(&mut run, &mut out, "challenge");
        // The last answer was a challenge and nothing was sent after it (said
        // only when no other finding already explains the challenges).
        let explained = out[before..].iter().any(|f| f.kind == "auth-rejected" || f.kind == "auth-not-sent");
        if let Some(challenge) = previous_challenge.filter(|_| !explained) {
            out.push(Finding {
                kind: "auth-not-sent",
                severity: Severity::Warning,
                frames: vec![challenge],
                references: vec!["RFC 3261 §8.1.3.5", "RFC 3261 §22.2"],
                values: vec![("method", method.to_owned()), ("retried", "no".to_owned())],
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn ipv4_addresses_are_read_as_the_standard_library_reads_them() {
        let cases = [
            "10.0.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "256.1.1.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4",
            "1.2.3.04",
            "0.0.0.00",
            "1..2.3",
            "1.2.3.",
            ".1.2.3",
            "1.2.3.4 ",
            "a.b.c.d",
            "1.2.3.4/24",
            "",
            "1000.1.1.1",
            "192.168.001.1",
            "172.16.0.255",
            "9.9.9.9",
        ];
        for case in cases {
            assert_eq!(super::parse_ipv4(case.as_bytes()), case.parse().ok(), "{case:?}");
        }
    }

    use super::*;
    use crate::record::Transport;

    fn parse(bytes: &[u8]) -> Message<'_> {
        match crate::sip::parse(bytes, crate::sip::Framing::Lenient) {
            Ok(crate::sip::Parsed::Complete(m)) => m,
            other => panic!("{other:?}"),
        }
    }

    fn message(frame: u64, kind: Kind, method: &str, status: Option<u16>, cseq: &str) -> CallMessage {
        let addr = "192.0.2.1:5060".parse().unwrap_or_else(|_| std::net::SocketAddr::from(([0, 0, 0, 0], 0)));
        CallMessage {
            frame,
            time: frame as f64,
            src: addr,
            dst: addr,
            transport: Transport::Udp,
            kind,
            method: method.into(),
            status,
            reason: None,
            cseq: cseq.into(),
            retransmission: false,
            record: 0,
            credentials: false,
            sent_by_first: false,
        }
    }

    #[test]
    fn body_lines_are_the_lines_split_gives() {
        for body in [&b""[..], b"v=0", b"v=0\r\n", b"v=0\r\na=x\n\n c=IN IP4 1.2.3.4 \r\n", b"\n"] {
            let expected: Vec<&[u8]> = body.split(|&b| b == b'\n').map(<[u8]>::trim_ascii).collect();
            assert_eq!(body_lines(body).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn a_2xx_without_ack_is_found() {
        let flow = [
            message(1, Kind::Request, "INVITE", None, "1 INVITE"),
            message(2, Kind::Response, "INVITE", Some(200), "1 INVITE"),
            message(3, Kind::Response, "INVITE", Some(200), "1 INVITE"),
        ];
        let found = from_flow(&flow, &[], &Evidence::default());
        let no_ack = found.iter().find(|f| f.kind == "no-ack").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(no_ack.frames, vec![2, 3]);
        assert_eq!(no_ack.severity, Severity::Error);
    }

    #[test]
    fn unanswered_requests_crossed_answers_and_lost_dialogs() {
        let flow = [
            message(1, Kind::Request, "INVITE", None, "1 INVITE"),
            message(2, Kind::Request, "CANCEL", None, "1 CANCEL"),
            message(3, Kind::Response, "INVITE", Some(200), "1 INVITE"),
            message(4, Kind::Request, "ACK", None, "1 ACK"),
            message(5, Kind::Request, "BYE", None, "2 BYE"),
            message(6, Kind::Response, "BYE", Some(481), "2 BYE"),
            message(7, Kind::Request, "OPTIONS", None, "3 OPTIONS"),
        ];
        let kinds: Vec<&str> = from_flow(&flow, &[], &Evidence::default()).iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&"ok-after-cancel"), "{kinds:?}");
        assert!(kinds.contains(&"unanswered"), "OPTIONS and the CANCEL got no answer: {kinds:?}");
        assert!(!kinds.contains(&"no-ack"), "{kinds:?}");
    }

    /// Past sixteen transactions the CSeqs are looked up through an index:
    /// the answer is the same as below it, in the order the requests came.
    #[test]
    fn a_long_call_finds_its_unanswered_requests_in_order() {
        let mut flow = Vec::new();
        for n in 1..=40u64 {
            let cseq = format!("{n} REGISTER");
            flow.push(message(2 * n, Kind::Request, "REGISTER", None, &cseq));
            if n != 3 && n != 25 && n != 40 {
                flow.push(message(2 * n + 1, Kind::Response, "REGISTER", Some(200), &cseq));
            }
        }
        // A late answer to the third, after the index was built.
        flow.push(message(100, Kind::Response, "REGISTER", Some(200), "3 REGISTER"));
        let unanswered: Vec<u64> = from_flow(&flow, &[], &Evidence::default())
            .iter()
            .filter(|f| f.kind == "unanswered")
            .flat_map(|f| f.frames.clone())
            .collect();
        assert_eq!(unanswered, [50, 80]);
    }

    #[test]
    fn requests_sent_again_before_an_answer_are_noticed() {
        let resent = |gap: f64| {
            let mut copy = message(2, Kind::Request, "INVITE", None, "1 INVITE");
            copy.retransmission = true;
            copy.time = 1.0 + gap;
            let mut answer = message(3, Kind::Response, "INVITE", Some(100), "1 INVITE");
            answer.time = 1.0 + gap + 0.1;
            from_flow(&[message(1, Kind::Request, "INVITE", None, "1 INVITE"), copy, answer], &[], &Evidence::default())
        };
        let found = resent(0.5);
        let f = found.iter().find(|f| f.kind == "retransmitted").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(f.frames, vec![1, 3]);
        assert!(f.values.contains(&("seconds", "0.6".to_owned())), "{f:?}");
        assert!(resent(0.001).iter().all(|f| f.kind != "retransmitted"), "one packet seen twice");
    }

    #[test]
    fn challenges_in_a_row_mean_refused_credentials_but_refreshes_and_stale_nonces_do_not() {
        let with_credentials =
            |frame, cseq| CallMessage { credentials: true, ..message(frame, Kind::Request, "REGISTER", None, cseq) };
        let refused = [
            message(1, Kind::Request, "REGISTER", None, "1 REGISTER"),
            message(2, Kind::Response, "REGISTER", Some(401), "1 REGISTER"),
            with_credentials(3, "2 REGISTER"),
            message(4, Kind::Response, "REGISTER", Some(401), "2 REGISTER"),
        ];
        let found = from_flow(&refused, &[], &Evidence::default());
        let f = found.iter().find(|f| f.kind == "auth-rejected").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(f.frames, vec![2, 4]);
        let refreshes = [
            message(1, Kind::Request, "REGISTER", None, "1 REGISTER"),
            message(2, Kind::Response, "REGISTER", Some(401), "1 REGISTER"),
            with_credentials(3, "2 REGISTER"),
            message(4, Kind::Response, "REGISTER", Some(200), "2 REGISTER"),
            message(5, Kind::Request, "REGISTER", None, "3 REGISTER"),
            message(6, Kind::Response, "REGISTER", Some(401), "3 REGISTER"),
            with_credentials(7, "4 REGISTER"),
            message(8, Kind::Response, "REGISTER", Some(200), "4 REGISTER"),
        ];
        assert!(from_flow(&refreshes, &[], &Evidence::default()).iter().all(|f| f.kind != "auth-rejected"));
        let stale = finding("challenge", Severity::Info, 4, "RFC 3261 §22.1", vec![("stale", "true".to_owned())]);
        assert!(from_flow(&refused, &[stale], &Evidence::default()).iter().all(|f| f.kind != "auth-rejected"));
        let mut proxy_then_callee = refused.clone();
        proxy_then_callee[1].status = Some(407);
        assert!(from_flow(&proxy_then_callee, &[], &Evidence::default()).iter().all(|f| f.kind != "auth-rejected"));
        let mut forbidden = refused.clone();
        forbidden[3].status = Some(403);
        let found = from_flow(&forbidden, &[], &Evidence::default());
        let f = found.iter().find(|f| f.kind == "auth-rejected").unwrap_or_else(|| panic!("{found:?}"));
        assert!(f.values.contains(&("answer", "forbidden".to_owned())), "{f:?}");
        let mut forbidden_at_once = forbidden.clone();
        forbidden_at_once[1].status = Some(403);
        assert!(
            from_flow(&forbidden_at_once, &[], &Evidence::default()).iter().all(|f| f.kind != "auth-rejected"),
            "no challenge first"
        );

        // A retry without credentials is the client ignoring the challenge,
        // not the server refusing them; a last challenge left unanswered too.
        let mut ignored = refused.clone();
        ignored[2].credentials = false;
        let found = from_flow(&ignored, &[], &Evidence::default());
        assert!(found.iter().all(|f| f.kind != "auth-rejected"), "{found:?}");
        let not_sent: Vec<&Finding> = found.iter().filter(|f| f.kind == "auth-not-sent").collect();
        assert_eq!(not_sent.len(), 1, "the last challenge is already explained: {found:?}");
        assert_eq!(not_sent[0].frames, vec![2, 3]);
        assert!(not_sent[0].values.contains(&("retried", "yes".to_owned())));
        let given_up = from_flow(&refused[..2], &[], &Evidence::default());
        let f = given_up.iter().find(|f| f.kind == "auth-not-sent").unwrap_or_else(|| panic!("{given_up:?}"));
        assert_eq!(f.frames, vec![2]);
        assert!(f.values.contains(&("retried", "no".to_owned())));
        assert!(from_flow(&refused, &[], &Evidence::default()).iter().all(|f| f.kind != "auth-not-sent"));
        assert!(from_flow(&refreshes, &[], &Evidence::default()).iter().all(|f| f.kind != "auth-not-sent"));
    }

    #[test]
    fn a_481_says_whether_its_tags_were_those_of_the_dialog() {
        let gone = parse(b"SIP/2.0 481 Call/Transaction Does Not Exist\r\nFrom: <sip:a@x>;tag=aa\r\nTo: <sip:b@x>;tag=bb\r\nCall-ID: c\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n");
        let state = |evidence: &Evidence| {
            let found = from_response(9, &gone, None, evidence);
            let f = found.iter().find(|f| f.kind == "dialog-gone").unwrap_or_else(|| panic!("{found:?}")).clone();
            (f.values.iter().find(|(k, _)| *k == "state").map(|(_, v)| v.clone()).unwrap_or_default(), f.frames)
        };
        assert_eq!(state(&Evidence::default()), ("unseen".to_owned(), vec![9]));
        let same = Evidence { dialog: Some(("bb".into(), "aa".into(), 4)), ..Evidence::default() };
        assert_eq!(state(&same), ("same".to_owned(), vec![4, 9]), "a BYE from the callee swaps the tags");
        let other = Evidence { dialog: Some(("aa".into(), "zz".into(), 4)), ..Evidence::default() };
        assert_eq!(state(&other).0, "different");
    }

    #[test]
    fn registrations_that_ran_out_and_redirects_followed() {
        let mut late = message(5, Kind::Request, "REGISTER", None, "2 REGISTER");
        late.time = 200.0;
        let flow = [
            message(1, Kind::Request, "REGISTER", None, "1 REGISTER"),
            message(2, Kind::Response, "REGISTER", Some(200), "1 REGISTER"),
            late,
        ];
        let evidence = Evidence {
            granted: vec![(2, 2.0, 60)],
            redirects: vec![(7, vec!["sip:b@y".into()], Some(9)), (8, vec!["sip:c@z".into()], None)],
            ..Evidence::default()
        };
        let found = from_flow(&flow, &[], &evidence);
        let lapse = found.iter().find(|f| f.kind == "registration-lapsed").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(lapse.frames, vec![2, 5]);
        assert!(lapse.values.contains(&("late", "138.0".to_owned())), "{lapse:?}");
        let followed: Vec<&Finding> = found.iter().filter(|f| f.kind == "redirect-followed").collect();
        assert_eq!(followed[0].frames, vec![7, 9]);
        assert_eq!(followed[1].values[0], ("followed", "no".to_owned()));
        let on_time = Evidence { granted: vec![(2, 2.0, 3600)], ..Evidence::default() };
        assert!(from_flow(&flow, &[], &on_time).iter().all(|f| f.kind != "registration-lapsed"));
    }

    #[test]
    fn offers_and_intervals_are_compared_with_what_the_refusal_says() {
        let invite = b"INVITE sip:b@example.test SIP/2.0\r\nCSeq:  2   INVITE\r\nContent-Type: application/sdp\r\n\
Session-Expires: 60;refresher=uac\r\nContent-Length: 89\r\n\r\nv=0\r\nm=audio 4000 RTP/AVP 8 0 96\r\na=rtpmap:96 opus/48000/2\r\n\
m=video 4002 RTP/AVP 34\r\n";
        let request = asked(&parse(invite), 1, 0.0, "2 INVITE").unwrap_or_else(|| panic!("the INVITE asks"));
        assert_eq!(request.cseq, "2 INVITE");
        let formats = sdp_formats(request.offer.as_deref().unwrap_or_default());
        assert_eq!(formats, ["PCMA/8000", "PCMU/8000", "opus/48000/2", "H263/90000"]);
        assert_eq!(request.session_expires.as_deref(), Some("60"));
        assert!(!sdp_media_disabled(request.offer.as_deref().unwrap_or_default()));
        assert!(sdp_media_disabled(b"v=0\r\nm=audio 0 RTP/AVP 0\r\nm=video 0/2 RTP/AVP 34\r\n"));
        assert!(!sdp_media_disabled(b"v=0\r\nm=audio 0 RTP/AVP 0\r\nm=video 5000 RTP/AVP 34\r\n"));
        assert!(!sdp_media_disabled(b"v=0\r\n"), "no media at all is another matter");
        let refusal = b"SIP/2.0 488 Not Acceptable Here\r\nCSeq: 2 INVITE\r\nContent-Type: application/sdp\r\n\
Content-Length: 40\r\n\r\nv=0\r\nm=audio 0 RTP/AVP 0 18\r\n";
        let found = from_response(9, &parse(refusal), Some(&request), &Evidence::default());
        let offer = found.iter().find(|f| f.kind == "offer").unwrap_or_else(|| panic!("{found:?}"));
        assert!(offer.values.contains(&("accepted", "PCMU/8000, G729/8000".to_owned())), "{offer:?}");
        assert!(offer.values.contains(&("common", "PCMU/8000".to_owned())), "{offer:?}");
        let too_small = b"SIP/2.0 422 Session Interval Too Small\r\nCSeq: 2 INVITE\r\nMin-SE: 90\r\n\r\n";
        let too_small = parse(too_small);
        let found = from_response(9, &too_small, Some(&request), &Evidence::default());
        let min_se = found.iter().find(|f| f.kind == "min-se").unwrap_or_else(|| panic!("{found:?}"));
        assert!(
            min_se.values.contains(&("asked", "60".to_owned())) && min_se.values.contains(&("value", "90".to_owned()))
        );
        let without_request = from_response(9, &too_small, None, &Evidence::default());
        assert!(without_request.iter().any(|f| f.values.contains(&("asked", "none".to_owned()))));
    }

    #[test]
    fn sdp_is_found_in_a_multipart_body() {
        // SIP-I: the offer beside binary ISUP (RFC 3204), the boundary quoted.
        let mut invite = b"INVITE sip:b@example.test SIP/2.0\r\nCSeq: 1 INVITE\r\n\
Content-Type: multipart/mixed;boundary=\"unique-boundary-1\"\r\n\r\n\
--unique-boundary-1\r\nContent-Type: application/sdp\r\n\r\nv=0\r\nc=IN IP4 192.168.1.20\r\n\
m=audio 4000 RTP/AVP 8 0\r\na=sendonly\r\n\r\n--unique-boundary-1\r\n\
Content-Type: application/ISUP;version=itu-t92+\r\nContent-Disposition: signal;handling=optional\r\n\r\n"
            .to_vec();
        invite.extend_from_slice(&[0x01, 0x00, 0xff, 0x0a, 0x0d, 0x0a, 0x02]);
        invite.extend_from_slice(b"\r\n--unique-boundary-1--\r\n");
        let m = parse(&invite);
        let offer = sdp(&m).unwrap_or_else(|| panic!("no SDP found"));
        assert!(
            offer.starts_with(b"v=0\r\n") && offer.ends_with(b"a=sendonly\r\n"),
            "{}",
            String::from_utf8_lossy(offer)
        );
        let request = asked(&m, 1, 0.0, "1 INVITE").unwrap_or_else(|| panic!("the INVITE asks"));
        assert_eq!(sdp_formats(request.offer.as_deref().unwrap_or_default()), ["PCMA/8000", "PCMU/8000"]);
        let public: std::net::IpAddr = std::net::Ipv4Addr::new(203, 0, 113, 7).into();
        let kinds: Vec<&str> = from_sdp(5, &m, public).iter().map(|f| f.kind).collect();
        assert_eq!(kinds, ["media-direction", "media-private-address"]);
        // Nested one level (multipart/alternative inside multipart/mixed),
        // without quotes, with bare line ends.
        let nested = b"INVITE sip:b@example.test SIP/2.0\nCSeq: 1 INVITE\nContent-Type: multipart/mixed; boundary=outer\n\n\
--outer\nContent-Type: application/pidf+xml\n\n<presence/>\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n\
--inner\nContent-Type: application/sdp\n\nv=0\nm=audio 5000 RTP/AVP 0\n\n--inner--\n--outer--\n";
        assert_eq!(sdp(&parse(nested)), Some(&b"v=0\nm=audio 5000 RTP/AVP 0\n"[..]));
        // No SDP part, no boundary, another type: none.
        for other in [
            &b"INVITE sip:b@h SIP/2.0\r\nContent-Type: multipart/mixed;boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--\r\n"[..],
            b"INVITE sip:b@h SIP/2.0\r\nContent-Type: multipart/mixed\r\n\r\n--b\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n--b--\r\n",
            b"INVITE sip:b@h SIP/2.0\r\nContent-Type: text/plain\r\n\r\nv=0\r\n",
        ] {
            assert_eq!(sdp(&parse(other)), None, "{}", String::from_utf8_lossy(other));
        }
    }

    #[test]
    fn sdp_that_will_not_flow_both_ways_is_noticed() {
        let answer = parse(
            b"SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\n\r\n\
v=0\r\nc=IN IP4 192.168.1.20\r\nm=audio 4000 RTP/AVP 0\r\na=sendonly\r\n",
        );
        let public: std::net::IpAddr = std::net::Ipv4Addr::new(203, 0, 113, 7).into();
        let found = from_sdp(5, &answer, public);
        let kinds: Vec<&str> = found.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, ["media-direction", "media-private-address"]);
        assert!(found[1].values.contains(&("address", "192.168.1.20".to_owned())));
        // From inside the same private network there is no NAT to blame.
        let lan: std::net::IpAddr = std::net::Ipv4Addr::new(192, 168, 1, 1).into();
        assert!(from_sdp(5, &answer, lan).iter().all(|f| f.kind != "media-private-address"));
        let carrier_nat: std::net::IpAddr = std::net::Ipv4Addr::new(100, 72, 0, 1).into();
        assert!(from_sdp(5, &answer, carrier_nat).iter().all(|f| f.kind != "media-private-address"));
        let plain = parse(
            b"SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\n\r\n\
v=0\r\nc=IN IP4 203.0.113.9\r\nm=audio 4000 RTP/AVP 0\r\na=sendrecv\r\n",
        );
        assert!(from_sdp(5, &plain, public).is_empty());
        // A WebRTC offer whose candidates trickle in later, and one whose
        // default candidate is a private host address: ICE takes care of both.
        for address in ["0.0.0.0", "192.168.1.20"] {
            let webrtc = format!(
                "INVITE sip:b@example.com SIP/2.0\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\n\r\n\
v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 {address}\r\na=ice-ufrag:Fx3q\r\na=ice-pwd:1nYzqZ0tXoVJb3Pm2tBr8xKf\r\n"
            );
            assert!(from_sdp(5, &parse(webrtc.as_bytes()), public).is_empty(), "{address}");
        }
        let held = parse(
            b"INVITE sip:b@example.com SIP/2.0\r\nCSeq: 2 INVITE\r\nContent-Type: application/sdp\r\n\r\n\
v=0\r\nm=audio 4000 RTP/AVP 0\r\nc=IN IP4 0.0.0.0\r\n",
        );
        let kinds: Vec<&str> = from_sdp(5, &held, public).iter().map(|f| f.kind).collect();
        assert_eq!(kinds, ["media-direction"], "RFC 2543's hold, without ICE");
    }
}
