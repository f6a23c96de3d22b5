//! Findings: what a call's own messages say about why it failed, each
//! pointing at the frames it rests on and the RFC section behind it.
//!
//! Findings are facts read from the messages; the words are the CLI's job
//! (Fluent message `finding-<kind>` with the finding's values).

use serde::Serialize;

use crate::model::{CallMessage, Kind};
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
    /// Stable id: `retry-after`, `warning`, `reason`, `unsupported`,
    /// `require`, `min-expires`, `min-se`, `allow`, `challenge`, `redirect`,
    /// `offer`, `media-direction`, `media-private-address`,
    /// `no-ack`, `unanswered`, `ok-after-cancel`, `dialog-gone`,
    /// `auth-rejected`, `retransmitted`.
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
    /// Expires, or the first Contact's `expires` parameter.
    pub expires: Option<String>,
    /// Session-Expires' interval.
    pub session_expires: Option<String>,
    /// The SDP offer, as sent (read only if the answer refuses it).
    pub offer: Option<Box<[u8]>>,
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

/// Whether a message carries an SDP body.
fn has_sdp(m: &Message<'_>) -> bool {
    !m.body.is_empty() && m.header("Content-Type").is_some_and(|t| t.to_ascii_lowercase().contains("application/sdp"))
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
pub fn asked(m: &Message<'_>) -> Option<Asked> {
    // The methods whose refusals (422, 423, 488, 606) a finding compares.
    if !matches!(m.method(), Some("INVITE" | "UPDATE" | "REGISTER" | "SUBSCRIBE" | "PUBLISH")) {
        return None;
    }
    let first_word = |v: std::borrow::Cow<'_, str>| v.split(';').next().unwrap_or("").trim().to_owned();
    let expires = m
        .header("Expires")
        .map(first_word)
        .or_else(|| m.header("Contact").and_then(|c| crate::sip::param(&c, "expires").map(str::to_owned)));
    let session_expires = m.header("Session-Expires").map(first_word);
    let offer = has_sdp(m).then(|| Box::from(m.body));
    if expires.is_none() && session_expires.is_none() && offer.is_none() {
        return None;
    }
    Some(Asked {
        // Written as the call's messages write it, so that the two match.
        cseq: m.header("CSeq").map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default(),
        expires,
        session_expires,
        offer,
    })
}

/// Findings from one response's own header fields, and from what its
/// request asked for when that was seen.
pub fn from_response(frame: u64, m: &Message<'_>, request: Option<&Asked>) -> Vec<Finding> {
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
    ] {
        if !codes.contains(&code) {
            continue;
        }
        if let Some(value) = m.header(header) {
            let asked = match kind {
                "min-expires" => request.and_then(|r| r.expires.clone()),
                "min-se" => request.and_then(|r| r.session_expires.clone()),
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
    // What was offered, next to what the refusing side says it supports
    // (a 488 or 606 MAY carry its capabilities as a body).
    if let (Some(reference), Some(request)) = (
        match code {
            488 => Some("RFC 3261 §21.4.26"),
            606 => Some("RFC 3261 §21.6.4"),
            _ => None,
        },
        request,
    ) {
        let offered = request.offer.as_deref().map(sdp_formats).unwrap_or_default();
        let media_disabled = request.offer.as_deref().is_some_and(sdp_media_disabled);
        if !offered.is_empty() {
            let accepted = if has_sdp(m) { sdp_formats(m.body) } else { Vec::new() };
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
                ],
            ));
        }
    }
    if (300..400).contains(&code) {
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

/// Whether an IPv4 address is private (RFC 1918) or shared carrier-grade NAT
/// space (RFC 6598): not reachable from the other side of a NAT.
fn behind_nat(address: std::net::Ipv4Addr) -> bool {
    let [a, b, ..] = address.octets();
    address.is_private() || (a == 100 && (64..128).contains(&b))
}

/// Findings from a message's SDP: streams that will not flow both ways, and
/// media addresses that cannot be reached from where the message came from.
pub fn from_sdp(frame: u64, m: &Message<'_>, sender: std::net::IpAddr) -> Vec<Finding> {
    if !has_sdp(m) || m.status().is_some_and(|s| s >= 300) {
        return Vec::new();
    }
    let text = String::from_utf8_lossy(m.body);
    let mut out = Vec::new();
    let mut direction = None;
    let mut held_address = false;
    let mut private = None;
    for line in text.lines().map(str::trim) {
        if let Some(attribute) = line.strip_prefix("a=") {
            if matches!(attribute, "sendonly" | "recvonly" | "inactive") && direction.is_none() {
                direction = Some(attribute.to_owned());
            }
        } else if let Some(connection) = line.strip_prefix("c=") {
            let address = connection.split_whitespace().nth(2).unwrap_or("").split('/').next().unwrap_or("");
            if address == "0.0.0.0" {
                held_address = true;
            } else if let Ok(ip) = address.parse::<std::net::Ipv4Addr>() {
                if private.is_none() && behind_nat(ip) {
                    private = Some(ip);
                }
            }
        }
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
pub fn from_flow(messages: &[CallMessage], from_responses: &[Finding]) -> Vec<Finding> {
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
    let mut order: Vec<&str> = Vec::new();
    let mut transactions: std::collections::HashMap<&str, Transaction<'_>> = std::collections::HashMap::new();
    for m in messages {
        match m.kind {
            Kind::Request if m.method != "ACK" => {
                let t = transactions.entry(&m.cseq).or_insert_with(|| {
                    order.push(&m.cseq);
                    Transaction { request: m, answer: None, sent: 0, resent_before_answer: 0 }
                });
                t.sent += 1;
                // Over UDP the client sends again after T1 (500 ms) and
                // doubling (RFC 3261 §17.1.1.2, §17.1.2.2); copies closer
                // than half of T1 are the capture seeing one packet twice.
                if m.retransmission && t.answer.is_none() && m.time - t.request.time >= 0.25 {
                    t.resent_before_answer += 1;
                }
            }
            Kind::Response => {
                if let Some(t) = transactions.get_mut(m.cseq.as_str()) {
                    t.answer.get_or_insert(m);
                }
            }
            Kind::Request => {}
        }
    }
    for t in order.iter().filter_map(|cseq| transactions.get(cseq)) {
        match t.answer {
            None => out.push(Finding {
                kind: "unanswered",
                severity: Severity::Error,
                frames: vec![t.request.frame],
                references: vec!["RFC 3261 §17.1.1.2", "RFC 3261 §8.1.3.1"],
                values: vec![("method", t.request.method.clone()), ("count", t.sent.to_string())],
            }),
            // Sent again before the first answer: copies were lost or the
            // server was slow to answer.
            Some(answer) if t.resent_before_answer > 0 => out.push(Finding {
                kind: "retransmitted",
                severity: Severity::Warning,
                frames: vec![t.request.frame, answer.frame],
                references: vec!["RFC 3261 §17.1.1.2", "RFC 3261 §17.1.2.2", "RFC 3261 §17.2.1"],
                values: vec![
                    ("method", t.request.method.clone()),
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
    // A request inside the dialog answered 481: the far end no longer has the dialog.
    for gone in messages.iter().filter(|m| m.kind == Kind::Response && m.status == Some(481) && m.method != "CANCEL") {
        out.push(finding(
            "dialog-gone",
            Severity::Warning,
            gone.frame,
            "RFC 3261 §12.2.1.2",
            vec![("method", gone.method.clone())],
        ));
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
    // Each challenge's values by frame, looked up once per final response.
    let mut challenges: std::collections::HashMap<u64, &[(&str, String)]> = std::collections::HashMap::new();
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
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for m in messages.iter().filter(|m| {
            m.kind == Kind::Response && m.method == method && m.status.is_some_and(|s| s >= 200) && !m.retransmission
        }) {
            if seen.insert(&m.cseq) {
                finals.push(m);
            }
        }
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
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Transport;

    fn parse(bytes: &'static [u8]) -> Message<'static> {
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
            method: method.to_owned(),
            status,
            reason: None,
            cseq: cseq.to_owned(),
            retransmission: false,
            record: 0,
        }
    }

    #[test]
    fn a_2xx_without_ack_is_found() {
        let flow = [
            message(1, Kind::Request, "INVITE", None, "1 INVITE"),
            message(2, Kind::Response, "INVITE", Some(200), "1 INVITE"),
            message(3, Kind::Response, "INVITE", Some(200), "1 INVITE"),
        ];
        let found = from_flow(&flow, &[]);
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
        let kinds: Vec<&str> = from_flow(&flow, &[]).iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&"ok-after-cancel"), "{kinds:?}");
        assert!(kinds.contains(&"dialog-gone"), "{kinds:?}");
        assert!(kinds.contains(&"unanswered"), "OPTIONS and the CANCEL got no answer: {kinds:?}");
        assert!(!kinds.contains(&"no-ack"), "{kinds:?}");
    }

    #[test]
    fn requests_sent_again_before_an_answer_are_noticed() {
        let resent = |gap: f64| {
            let mut copy = message(2, Kind::Request, "INVITE", None, "1 INVITE");
            copy.retransmission = true;
            copy.time = 1.0 + gap;
            let mut answer = message(3, Kind::Response, "INVITE", Some(100), "1 INVITE");
            answer.time = 1.0 + gap + 0.1;
            from_flow(&[message(1, Kind::Request, "INVITE", None, "1 INVITE"), copy, answer], &[])
        };
        let found = resent(0.5);
        let f = found.iter().find(|f| f.kind == "retransmitted").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(f.frames, vec![1, 3]);
        assert!(f.values.contains(&("seconds", "0.6".to_owned())), "{f:?}");
        assert!(resent(0.001).iter().all(|f| f.kind != "retransmitted"), "one packet seen twice");
    }

    #[test]
    fn challenges_in_a_row_mean_refused_credentials_but_refreshes_and_stale_nonces_do_not() {
        let refused = [
            message(1, Kind::Request, "REGISTER", None, "1 REGISTER"),
            message(2, Kind::Response, "REGISTER", Some(401), "1 REGISTER"),
            message(3, Kind::Request, "REGISTER", None, "2 REGISTER"),
            message(4, Kind::Response, "REGISTER", Some(401), "2 REGISTER"),
        ];
        let found = from_flow(&refused, &[]);
        let f = found.iter().find(|f| f.kind == "auth-rejected").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(f.frames, vec![2, 4]);
        let refreshes = [
            message(1, Kind::Request, "REGISTER", None, "1 REGISTER"),
            message(2, Kind::Response, "REGISTER", Some(401), "1 REGISTER"),
            message(3, Kind::Request, "REGISTER", None, "2 REGISTER"),
            message(4, Kind::Response, "REGISTER", Some(200), "2 REGISTER"),
            message(5, Kind::Request, "REGISTER", None, "3 REGISTER"),
            message(6, Kind::Response, "REGISTER", Some(401), "3 REGISTER"),
            message(7, Kind::Request, "REGISTER", None, "4 REGISTER"),
            message(8, Kind::Response, "REGISTER", Some(200), "4 REGISTER"),
        ];
        assert!(from_flow(&refreshes, &[]).iter().all(|f| f.kind != "auth-rejected"));
        let stale = finding("challenge", Severity::Info, 4, "RFC 3261 §22.1", vec![("stale", "true".to_owned())]);
        assert!(from_flow(&refused, &[stale]).iter().all(|f| f.kind != "auth-rejected"));
        let mut proxy_then_callee = refused.clone();
        proxy_then_callee[1].status = Some(407);
        assert!(from_flow(&proxy_then_callee, &[]).iter().all(|f| f.kind != "auth-rejected"));
        let mut forbidden = refused.clone();
        forbidden[3].status = Some(403);
        let found = from_flow(&forbidden, &[]);
        let f = found.iter().find(|f| f.kind == "auth-rejected").unwrap_or_else(|| panic!("{found:?}"));
        assert!(f.values.contains(&("answer", "forbidden".to_owned())), "{f:?}");
        let mut forbidden_at_once = forbidden.clone();
        forbidden_at_once[1].status = Some(403);
        assert!(from_flow(&forbidden_at_once, &[]).iter().all(|f| f.kind != "auth-rejected"), "no challenge first");
    }

    #[test]
    fn offers_and_intervals_are_compared_with_what_the_refusal_says() {
        let invite = b"INVITE sip:b@example.test SIP/2.0\r\nCSeq:  2   INVITE\r\nContent-Type: application/sdp\r\n\
Session-Expires: 60;refresher=uac\r\nContent-Length: 89\r\n\r\nv=0\r\nm=audio 4000 RTP/AVP 8 0 96\r\na=rtpmap:96 opus/48000/2\r\n\
m=video 4002 RTP/AVP 34\r\n";
        let request = asked(&parse(invite)).unwrap_or_else(|| panic!("the INVITE asks"));
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
        let found = from_response(9, &parse(refusal), Some(&request));
        let offer = found.iter().find(|f| f.kind == "offer").unwrap_or_else(|| panic!("{found:?}"));
        assert!(offer.values.contains(&("accepted", "PCMU/8000, G729/8000".to_owned())), "{offer:?}");
        assert!(offer.values.contains(&("common", "PCMU/8000".to_owned())), "{offer:?}");
        let too_small = b"SIP/2.0 422 Session Interval Too Small\r\nCSeq: 2 INVITE\r\nMin-SE: 90\r\n\r\n";
        let too_small = parse(too_small);
        let found = from_response(9, &too_small, Some(&request));
        let min_se = found.iter().find(|f| f.kind == "min-se").unwrap_or_else(|| panic!("{found:?}"));
        assert!(
            min_se.values.contains(&("asked", "60".to_owned())) && min_se.values.contains(&("value", "90".to_owned()))
        );
        let without_request = from_response(9, &too_small, None);
        assert!(without_request.iter().any(|f| f.values.contains(&("asked", "none".to_owned()))));
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
    }
}
