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
    /// `no-ack`, `unanswered`, `ok-after-cancel`, `dialog-gone`.
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

/// Findings from one response's own header fields.
pub fn from_response(frame: u64, m: &Message<'_>) -> Vec<Finding> {
    let Some(code) = m.status() else { return Vec::new() };
    let mut out = Vec::new();
    let failure = code >= 300;
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
        let param = |name: &str| {
            value.split(';').skip(1).find_map(|p| {
                let (k, v) = p.split_once('=')?;
                k.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').to_owned())
            })
        };
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
    if failure {
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
                out.push(finding(kind, Severity::Warning, frame, reference, vec![("value", value.trim().to_owned())]));
            }
        }
    }
    for header in ["WWW-Authenticate", "Proxy-Authenticate"] {
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

/// Findings from the shape of the whole call.
pub fn from_flow(messages: &[CallMessage]) -> Vec<Finding> {
    let mut out = Vec::new();
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
    // Requests that never got any response.
    for request in messages.iter().filter(|m| m.kind == Kind::Request && m.method != "ACK" && !m.retransmission) {
        let answered = messages.iter().any(|m| m.kind == Kind::Response && m.cseq == request.cseq);
        if !answered {
            let sent = messages.iter().filter(|m| m.kind == Kind::Request && m.cseq == request.cseq).count();
            out.push(Finding {
                kind: "unanswered",
                severity: Severity::Error,
                frames: vec![request.frame],
                references: vec!["RFC 3261 §17.1.1.2", "RFC 3261 §8.1.3.1"],
                values: vec![("method", request.method.clone()), ("count", sent.to_string())],
            });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Transport;

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
        let found = from_flow(&flow);
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
        let kinds: Vec<&str> = from_flow(&flow).iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&"ok-after-cancel"), "{kinds:?}");
        assert!(kinds.contains(&"dialog-gone"), "{kinds:?}");
        assert!(kinds.contains(&"unanswered"), "OPTIONS and the CANCEL got no answer: {kinds:?}");
        assert!(!kinds.contains(&"no-ack"), "{kinds:?}");
    }
}
