//! Each finding, triggered by a real captured flow: SIPp scenarios played
//! on loopback (or between network namespaces) by tests/data/make-fixtures.sh,
//! each written to provoke one diagnosis. The frames expected here are the
//! ones each scenario's message order defines (request 1, 100 Trying 2,
//! final response 3, …), not read from statusdoc's output.

use std::collections::BTreeSet;
use std::path::PathBuf;

use statusdoc_trace::{analyze, CaptureReader, Finding, ProblemKind, Severity, KINDS};

/// The findings of a capture, and what in it could not be read.
fn read(path: PathBuf) -> (Vec<Finding>, Vec<ProblemKind>) {
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut records = Vec::new();
    let mut problems = Vec::new();
    CaptureReader::new(|r| records.push(r), |p| problems.push(p.kind)).read(std::io::BufReader::new(file));
    (analyze(&records, Vec::new()).calls.into_iter().flat_map(|c| c.findings).collect(), problems)
}

fn fixture(name: &str) -> Vec<Finding> {
    let (findings, problems) = read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name));
    // Every packet of a fixture is SIP, whole unless cut on purpose.
    let cut_on_purpose = name == "diag-snaplen.pcap";
    let unread: Vec<_> = problems.iter().filter(|&&k| !(cut_on_purpose && k == ProblemKind::Truncated)).collect();
    assert!(unread.is_empty(), "{name}: {unread:?}");
    findings
}

mod common;

/// A capture nobody on this project made (../shared/captures).
fn shared(name: &str) -> Vec<Finding> {
    read(common::shared_captures().join(name)).0
}

fn value<'f>(f: &'f Finding, name: &str) -> &'f str {
    f.values.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| v.as_str())
}

/// A message as pasted into a log, of one call: `extra` header lines
/// before Content-Length, its branch made of its CSeq.
fn pasted(start: &str, from: &str, to: &str, cseq: &str, extra: &str) -> String {
    format!(
        "{start}\nVia: SIP/2.0/UDP a.example.com;branch=z9hG4bK{}\nFrom: {from}\nTo: {to}\nCall-ID: pasted\n\
         CSeq: {cseq}\n{extra}Content-Length: 0\n\n",
        cseq.replace(' ', "")
    )
}

/// The findings of `kind` in a log's calls.
fn log_findings(log: &str, kind: &str) -> Vec<Finding> {
    let mut records = Vec::new();
    statusdoc_trace::read_log(log, |r| records.push(r), |p| panic!("{p:?}"));
    analyze(&records, Vec::new()).calls.into_iter().flat_map(|c| c.findings).filter(|f| f.kind == kind).collect()
}

/// The one finding of `kind` in `findings`.
fn one(findings: &[Finding], kind: &str) -> Finding {
    let all: Vec<&Finding> = findings.iter().filter(|f| f.kind == kind).collect();
    assert_eq!(all.len(), 1, "{kind}: {findings:#?}");
    all[0].clone()
}

/// A finding kind and the frames it rests on.
type Expected = (&'static str, &'static [u64]);

/// Every fixture made for the diagnosis, with the kinds it must show and the
/// frames each rests on.
const EXPECTED: &[(&str, &[Expected])] = &[
    ("diag-428.pcap", &[("identity-missing", &[3])]),
    ("diag-438.pcap", &[("identity", &[3]), ("identity-mismatch", &[3]), ("identity-stale", &[3])]),
    ("diag-437.pcap", &[("identity-undecodable", &[3])]),
    ("diag-488-srtp.pcap", &[("offer-transport", &[3]), ("warning", &[3])]),
    ("diag-302.pcap", &[("redirect", &[3]), ("redirect-followed", &[3, 5])]),
    ("diag-481.pcap", &[("dialog-gone", &[3, 6])]),
    ("diag-423.pcap", &[("min-expires", &[2])]),
    ("diag-422.pcap", &[("min-se", &[3])]),
    ("diag-420.pcap", &[("unsupported", &[3]), ("supported", &[3])]),
    ("diag-no-ack.pcap", &[("no-ack", &[3, 4, 5, 6])]),
    ("diag-auth-ignored.pcap", &[("auth-not-sent", &[3, 5])]),
    ("diag-auth-rejected.pcap", &[("auth-rejected", &[3, 7])]),
    ("diag-pdd.pcap", &[("post-dial-delay", &[1, 3])]),
    ("diag-lapse.pcap", &[("registration-lapsed", &[2, 3])]),
    ("diag-489.pcap", &[("allow-events", &[2])]),
    ("diag-415.pcap", &[("accept", &[2]), ("accept-encoding", &[2]), ("accept-language", &[2])]),
    ("diag-crossed.pcap", &[("ok-after-cancel", &[6])]),
    ("diag-480.pcap", &[("reason", &[3]), ("warning", &[3])]),
    ("diag-608.pcap", &[("rejected-by", &[3])]),
    ("diag-nat.pcap", &[("media-private-address", &[1])]),
    ("diag-slow.pcap", &[("retransmitted", &[1, 3])]),
    ("diag-udp-size.pcap", &[("udp-size", &[1, 3]), ("retransmitted", &[1, 3])]),
    ("diag-482.pcap", &[("hops", &[1, 2])]),
    ("diag-483.pcap", &[("hops", &[1, 2])]),
    // Each side's re-INVITE (5, 6) refused by the other (7, 9) and sent
    // again (14, 11).
    ("diag-491.pcap", &[("glare", &[5, 6, 7, 14]), ("glare", &[5, 6, 9, 11])]),
    // The reliable 183 (3), sent twice more (4, 5) for want of a PRACK; the 500 (6).
    ("diag-prack.pcap", &[("prack", &[3, 6])]),
    // Two re-INVITEs in a row (5, 6): the second refused with 500 (7).
    ("diag-overlap.pcap", &[("overlap", &[5, 6, 7]), ("retry-after", &[7])]),
    (
        "diag-headers.pcap",
        &[
            ("security-server", &[7]),
            ("recv-info", &[10]),
            ("allow", &[12]),
            ("geolocation-error", &[15]),
            ("alertmsg-error", &[19]),
        ],
    ),
    ("diag-580.pcap", &[("preconditions", &[3])]),
    // Each of the three INVITEs (1, 3, 5) answered by ICMP port unreachable (2, 4, 6).
    ("diag-unreachable.pcap", &[("unreachable", &[1, 2, 3, 4, 5, 6]), ("unanswered", &[1])]),
    ("reject-503.pcap", &[("retry-after", &[3])]),
    ("reject-401.pcap", &[("challenge", &[3])]),
    // The INVITE and the 488 cut by the snap length (the ACK and 100 are
    // whole): the 488's Warning was kept, its SDP (which tells the
    // transport refused, as in diag-488-srtp) was not.
    ("diag-snaplen.pcap", &[("truncated", &[1, 3]), ("warning", &[3])]),
    // An INVITE whose SDP is shorter than its Content-Length, refused with 400.
    ("diag-length.pcap", &[("content-length", &[1])]),
];

/// Findings about the capture itself, not SIP: no RFC is behind them.
const ABOUT_THE_CAPTURE: &[&str] = &["truncated"];

#[test]
fn each_fixture_shows_its_findings_on_the_right_frames() {
    for (file, expected) in EXPECTED {
        let found = fixture(file);
        for (kind, frames) in *expected {
            let f = found
                .iter()
                .find(|f| f.kind == *kind && f.frames == *frames)
                .unwrap_or_else(|| panic!("{file}: no {kind} on frames {frames:?} in {found:#?}"));
            if ABOUT_THE_CAPTURE.contains(kind) {
                assert!(f.references.is_empty(), "{file}: {kind}: {:?}", f.references);
                continue;
            }
            assert!(!f.references.is_empty(), "{file}: {kind} cites nothing");
            assert!(f.references.iter().all(|r| r.starts_with("RFC ")), "{file}: {kind}: {:?}", f.references);
        }
    }
}

#[test]
fn the_findings_carry_what_the_flow_showed() {
    // The PASSporT signed for 12155550199 while From says +12155550121,
    // issued 940 s before the request's Date.
    let identity = fixture("diag-438.pcap");
    let claims = one(&identity, "identity");
    assert_eq!(
        (value(&claims, "ppt"), value(&claims, "attest"), value(&claims, "orig"), value(&claims, "dest")),
        ("shaken", "A", "12155550199", "12155550131")
    );
    assert_eq!(value(&claims, "iat"), "2010-11-13 23:13:20 UTC");
    let mismatch = one(&identity, "identity-mismatch");
    assert_eq!((value(&mismatch, "claim"), value(&mismatch, "signalled")), ("orig", "+12155550121"));
    let stale = one(&identity, "identity-stale");
    assert_eq!((value(&stale, "seconds"), value(&stale, "against")), ("940", "date"));
    assert_eq!(value(&one(&fixture("diag-437.pcap"), "identity-undecodable"), "why"), "parts");

    // SRTP offered to a callee that answers with plain RTP/AVP: the transport
    // explains the refusal, so the common codec is not offered as a reason.
    let srtp = fixture("diag-488-srtp.pcap");
    let transport = one(&srtp, "offer-transport");
    assert!(value(&transport, "offered").starts_with("RTP/SAVP"), "{transport:?}");
    assert!(value(&transport, "accepted").starts_with("RTP/AVP"), "{transport:?}");
    assert_eq!(value(&transport, "keying"), "a=crypto");
    assert!(srtp.iter().all(|f| f.kind != "offer"), "{srtp:#?}");

    let redirect = one(&fixture("diag-302.pcap"), "redirect-followed");
    assert_eq!((value(&redirect, "followed"), value(&redirect, "targets")), ("yes", "sip:carol@127.0.0.1:5070"));
    let gone = one(&fixture("diag-481.pcap"), "dialog-gone");
    assert_eq!(value(&gone, "state"), "different");
    assert!(value(&gone, "carried").ends_with("stale-tag-1234"), "{gone:?}");
    assert_eq!(value(&one(&fixture("diag-423.pcap"), "min-expires"), "asked"), "60");
    // The package the scenario's SUBSCRIBE asks for (uac-diag-489.xml).
    assert_eq!(value(&one(&fixture("diag-489.pcap"), "allow-events"), "asked"), "foo");
    assert_eq!(value(&one(&fixture("diag-422.pcap"), "min-se"), "asked"), "60");
    let pdd = one(&fixture("diag-pdd.pcap"), "post-dial-delay");
    assert_eq!((value(&pdd, "seconds"), value(&pdd, "status")), ("3.5", "180"));
    let lapse = one(&fixture("diag-lapse.pcap"), "registration-lapsed");
    assert_eq!(value(&lapse, "seconds"), "2");
    let reason = one(&fixture("diag-480.pcap"), "reason");
    assert_eq!((value(&reason, "protocol"), value(&reason, "cause")), ("Q.850", "18"));
    let unreachable = one(&fixture("diag-unreachable.pcap"), "unreachable");
    assert_eq!(
        (value(&unreachable, "reason"), value(&unreachable, "address"), value(&unreachable, "count")),
        ("port", "127.0.0.1:5099", "3")
    );
    let preconditions = one(&fixture("diag-580.pcap"), "preconditions");
    assert!(value(&preconditions, "value").contains("a=des:qos mandatory local sendrecv"), "{preconditions:?}");
    let nat = one(&fixture("diag-nat.pcap"), "media-private-address");
    assert_eq!((value(&nat, "address"), value(&nat, "sender")), ("192.168.1.10", "203.0.113.1"));

    // Credentials: ignored (sent again without any) versus refused (sent and challenged again).
    let ignored = fixture("diag-auth-ignored.pcap");
    assert!(ignored.iter().all(|f| f.kind != "auth-rejected"), "{ignored:#?}");
    assert_eq!(one(&ignored, "auth-not-sent").severity, Severity::Error);
    let refused = fixture("diag-auth-rejected.pcap");
    assert!(refused.iter().all(|f| f.kind != "auth-not-sent"), "{refused:#?}");
}

#[test]
fn flows_without_the_fault_do_not_report_it() {
    // A plain call: nothing to say.
    assert!(fixture("basic-call.pcap").is_empty(), "{:#?}", fixture("basic-call.pcap"));
    // A prompt callee: no post-dial delay, no retransmission.
    for file in ["reject-486.pcap", "diag-302.pcap", "diag-481.pcap"] {
        let found = fixture(file);
        assert!(found.iter().all(|f| f.kind != "post-dial-delay" && f.kind != "retransmitted"), "{file}: {found:#?}");
    }
    // A registration refreshed in time (3600 s granted, the capture ends first).
    assert!(fixture("diag-423.pcap").iter().all(|f| f.kind != "registration-lapsed"));
    // Loopback signalling is not a NAT, whatever the SDP says.
    assert!(fixture("basic-call.pcap").iter().all(|f| f.kind != "media-private-address"));
}

#[test]
fn a_489_without_allow_events_names_the_package_asked_for() {
    // An Asterisk that answers 489 without Allow-Events to PUBLISHes of
    // presence and SUBSCRIBEs of presence.winfo: each 489's frame and its
    // request's Event, as tshark shows them.
    let mut events: Vec<(u64, String)> = shared("sip-routing-error.pcapng")
        .iter()
        .filter(|f| f.kind == "event")
        .map(|f| (f.frames[0], value(f, "asked").to_owned()))
        .collect();
    events.sort();
    let (presence, winfo) = ("presence", "presence.winfo");
    let expected = [(14, presence), (18, winfo), (25, presence), (31, winfo), (35, presence), (38, winfo)];
    let expected: Vec<(u64, String)> =
        expected.iter().chain(&[(56, winfo), (58, presence)]).map(|(f, e)| (*f, (*e).to_owned())).collect();
    assert_eq!(events, expected);
}

#[test]
fn every_kind_of_finding_is_triggered_by_some_real_capture() {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut all: Vec<Finding> = Vec::new();
    for (file, _) in EXPECTED {
        all.extend(fixture(file));
    }
    // Three kinds come from captures nobody on this project made.
    all.extend(shared("sip-488-codec-reject.pcapng"));
    all.extend(shared("c07-sip-r2.cap"));
    all.extend(shared("sip-routing-error.pcapng"));
    for f in &all {
        assert!(KINDS.contains(&f.kind), "{} is not listed in KINDS", f.kind);
        seen.insert(f.kind);
    }
    let missing: Vec<&&str> = KINDS.iter().filter(|k| !seen.contains(**k)).collect();
    assert!(missing.is_empty(), "never triggered by a capture: {missing:?}");
}

#[test]
fn a_cut_response_is_read_for_what_it_kept_and_nothing_is_concluded_from_what_it_lost() {
    // The same 488 whole and cut at 400 bytes: whole, its SDP tells the
    // transport it refused; cut, the Warning it kept is read, and nothing
    // is said about the SDP the cut took.
    let kinds = |name: &str| -> BTreeSet<&'static str> { fixture(name).iter().map(|f| f.kind).collect() };
    assert!(kinds("diag-488-srtp.pcap").contains("offer-transport"));
    assert_eq!(kinds("diag-snaplen.pcap"), BTreeSet::from(["truncated", "warning"]));
    let warning = one(&fixture("diag-snaplen.pcap"), "warning");
    assert_eq!(value(&warning, "code"), "305");
}

#[test]
fn a_message_over_tcp_that_a_log_stored_whole_is_read_though_its_length_is_wrong() {
    // FreeSWITCH's siptrace of messages over TCP, the INVITE's
    // Content-Length one byte more than its body, then a number that is no
    // number: each message is in the call, its length said wrong.
    let rule = "-".repeat(72);
    let sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
    let message = |first: &str, cseq: &str, to_tag: &str, length: &str, body: &str| {
        format!(
            "{first}\r\nVia: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bK1\r\nFrom: <sip:a@example.com>;tag=f1\r\n\
             To: <sip:b@example.com>{to_tag}\r\nCall-ID: tcp-length@example.com\r\nCSeq: {cseq}\r\n\
             Content-Length: {length}\r\n\r\n{body}"
        )
    };
    let entry = |direction: &str, time: &str, message: String| {
        format!("{direction} 500 bytes from tcp/[192.0.2.1]:5060 at {time}:\n{rule}\n{message}\n{rule}\n")
    };
    let log = [
        entry(
            "recv",
            "12:00:00.000000",
            message("INVITE sip:b@example.com SIP/2.0", "1 INVITE", "", &(sdp.len() + 1).to_string(), sdp),
        ),
        entry("send", "12:00:00.100000", message("SIP/2.0 486 Busy Here", "1 INVITE", ";tag=t1", "zero", "")),
    ]
    .concat();
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    statusdoc_trace::read_log(&log, |r| records.push(r), |p| problems.push(p));
    assert!(problems.is_empty(), "{problems:?}");
    let analysis = analyze(&records, Vec::new());
    assert!(analysis.errors.is_empty(), "{:?}", analysis.errors);
    let [call] = analysis.calls.as_slice() else { panic!("{:#?}", analysis.calls) };
    assert_eq!(call.messages.iter().map(|m| m.status).collect::<Vec<_>>(), [None, Some(486)]);
    let said: Vec<(&str, &str)> = call
        .findings
        .iter()
        .filter(|f| f.kind == "content-length")
        .map(|f| (value(f, "form"), value(f, "kind")))
        .collect();
    assert_eq!(said, [("short", "request"), ("invalid", "response")]);
    let short =
        call.findings.iter().find(|f| value(f, "form") == "short").map(|f| (value(f, "declared"), value(f, "carried")));
    let (declared, carried) = ((sdp.len() + 1).to_string(), sdp.len().to_string());
    assert_eq!(short, Some((declared.as_str(), carried.as_str())));
}

#[test]
fn a_608_names_whom_to_contact_only_from_call_info_of_purpose_jwscard() {
    // The fixture's 608 lists an icon and a jCard: only the jCard is whom to contact.
    let said = one(&fixture("diag-608.pcap"), "rejected-by");
    assert_eq!(value(&said, "contact"), "https://analytics.example.test/redress.jws");
    // A 608 with an icon alone, or no Call-Info, names no one; another
    // code's jCard is not read as a 608's.
    let response = |code: &str, call_info: &str| {
        format!(
            "INVITE sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK{code}\r\n\
             From: <sip:a@example.com>;tag=f1\r\nTo: <sip:b@example.com>\r\nCall-ID: {code}@example.com\r\n\
             CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n\
             SIP/2.0 {code} Rejected\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK{code}\r\n\
             From: <sip:a@example.com>;tag=f1\r\nTo: <sip:b@example.com>;tag=t1\r\nCall-ID: {code}@example.com\r\n\
             CSeq: 1 INVITE\r\n{call_info}Content-Length: 0\r\n\r\n"
        )
    };
    let contacts = |log: &str| -> Vec<String> {
        let mut records = Vec::new();
        statusdoc_trace::read_log(log, |r| records.push(r), |p| panic!("{p:?}"));
        let calls = analyze(&records, Vec::new()).calls;
        calls
            .iter()
            .flat_map(|c| &c.findings)
            .filter(|f| f.kind == "rejected-by")
            .map(|f| value(f, "contact").to_owned())
            .collect()
    };
    let icon = "Call-Info: <https://analytics.example.test/logo.png>;purpose=icon\r\n";
    assert_eq!(contacts(&response("608", icon)), ["none"]);
    assert_eq!(contacts(&response("608", "")), ["none"]);
    let jcard = "Call-Info: <https://a.example.test/1.jws> ;purpose=\"jwscard\"\r\nCall-Info: <https://b.example.test/2.jws>;Purpose=JWSCARD\r\n";
    assert_eq!(contacts(&response("608", jcard)), ["https://a.example.test/1.jws, https://b.example.test/2.jws"]);
    assert!(contacts(&response("603", jcard)).is_empty());
}

#[test]
fn a_request_too_large_for_udp_is_named_as_the_likely_cause_of_its_trouble() {
    // The fixture's INVITE (about 1,600 bytes) was sent again, then refused with 513.
    let said = one(&fixture("diag-udp-size.pcap"), "udp-size");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/diag-udp-size.pcap");
    let capture = std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
    // The first record of the pcap (its length after its two time words):
    // Ethernet, then IPv4 (its header's length in its first byte), then UDP.
    let length = u32::from_le_bytes([capture[32], capture[33], capture[34], capture[35]]) as usize;
    let ip_header = usize::from(capture[40 + 14] & 0x0f) * 4;
    let payload = length - 14 - ip_header - 8;
    assert_eq!((value(&said, "bytes"), value(&said, "answer")), (payload.to_string().as_str(), "too-large"));
    assert!(said.references.contains(&"RFC 3261 §18.1.1"), "{said:?}");
    // Messages of a size and a transport, answered or not.
    let findings = |bytes: usize, transport: statusdoc_trace::Transport, answered: bool| -> Vec<Finding> {
        let head = "INVITE sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n\
                    From: <sip:a@example.com>;tag=f1\r\nTo: <sip:b@example.com>\r\nCall-ID: big@example.com\r\n\
                    CSeq: 1 INVITE\r\nContent-Type: text/plain\r\n";
        let body_len = bytes - head.len() - "Content-Length: 0000\r\n\r\n".len();
        let invite = format!("{head}Content-Length: {body_len:04}\r\n\r\n{}", "x".repeat(body_len));
        assert_eq!(invite.len(), bytes);
        let ok = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n\
                  From: <sip:a@example.com>;tag=f1\r\nTo: <sip:b@example.com>;tag=t1\r\nCall-ID: big@example.com\r\n\
                  CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        let (caller, callee) = (
            "192.0.2.1:5060".parse().unwrap_or_else(|e| panic!("{e}")),
            "192.0.2.2:5060".parse().unwrap_or_else(|e| panic!("{e}")),
        );
        let record = |frame: u64, time: f64, bytes: &str, src, dst| statusdoc_trace::SipRecord {
            frame,
            time,
            src,
            dst,
            transport,
            bytes: bytes.as_bytes().to_vec(),
            cut: false,
        };
        let mut records = vec![record(1, 1.0, &invite, caller, callee)];
        if answered {
            records.push(record(2, 1.05, ok, callee, caller));
        }
        analyze(&records, Vec::new())
            .calls
            .into_iter()
            .flat_map(|c| c.findings)
            .filter(|f| f.kind == "udp-size")
            .collect()
    };
    use statusdoc_trace::Transport::{Tcp, Udp};
    let unanswered = findings(1301, Udp, false);
    assert_eq!(unanswered.len(), 1, "{unanswered:?}");
    assert_eq!((value(&unanswered[0], "bytes"), value(&unanswered[0], "answer")), ("1301", "none"));
    // Within the limit, answered at once, or over TCP: nothing to say.
    assert!(findings(1300, Udp, false).is_empty());
    assert!(findings(1800, Udp, true).is_empty());
    assert!(findings(1800, Tcp, false).is_empty());
}

#[test]
fn a_loop_or_hops_run_out_is_shown_by_the_requests_via_entries_and_max_forwards() {
    // The fixtures' INVITEs: one that went round two proxies twice (six Via
    // entries), one that arrived with Max-Forwards 0 (two).
    let looped = one(&fixture("diag-482.pcap"), "hops");
    let said = |f: &Finding| ["status", "vias", "repeated", "forwards"].map(|name| value(f, name).to_owned());
    assert_eq!(said(&looped), ["482", "6", "192.0.2.20:5060 ×2, 192.0.2.10:5060 ×2", "65"]);
    assert!(looped.references.contains(&"RFC 3261 §16.3"), "{looped:?}");
    let exhausted = one(&fixture("diag-483.pcap"), "hops");
    assert_eq!(said(&exhausted), ["483", "2", "none", "0"]);
    // Its request not in the capture: nothing to show. Its Via entries in
    // one header field, and no Max-Forwards: each entry counted.
    let call_with = |method: &str, invite: bool, vias: &str| -> Vec<Finding> {
        let request = format!(
            "{method} sip:b@example.com SIP/2.0\r\n{vias}From: <sip:a@example.com>;tag=f1\r\n\
             To: <sip:b@example.com>\r\nCall-ID: loop@example.com\r\nCSeq: 1 {method}\r\nContent-Length: 0\r\n\r\n"
        );
        let response = format!(
            "SIP/2.0 482 Loop Detected\r\n{vias}From: <sip:a@example.com>;tag=f1\r\n\
             To: <sip:b@example.com>;tag=t1\r\nCall-ID: loop@example.com\r\nCSeq: 1 {method}\r\nContent-Length: 0\r\n\r\n"
        );
        let log = if invite { format!("{request}{response}") } else { response };
        log_findings(&log, "hops")
    };
    let call = |invite: bool, vias: &str| call_with("INVITE", invite, vias);
    let vias = "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK3, SIP/2.0/TCP B.example.com:5060 ;branch=z9hG4bK2\r\n\
                Via: SIP/2.0/UDP b.example.com:5060;branch=z9hG4bK1\r\n";
    assert!(call(false, vias).is_empty());
    let found = call(true, vias);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(said(&found[0]), ["482", "3", "b.example.com:5060 ×2", "none"]);
    // Straight from its sender: one Via entry, Max-Forwards as it set it.
    let straight = call(true, "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\nMax-Forwards: 70\r\n");
    assert_eq!(straight.iter().map(said).collect::<Vec<_>>(), [["482", "1", "none", "70"]]);
    // Any method a 482 or 483 can answer, straight or forwarded, whether
    // or not it asked for anything else a finding compares.
    for method in ["OPTIONS", "MESSAGE", "BYE", "INFO", "REFER", "REGISTER", "UPDATE"] {
        let found = call_with(method, true, vias);
        assert_eq!(
            found.iter().map(said).collect::<Vec<_>>(),
            [["482", "3", "b.example.com:5060 ×2", "none"]],
            "{method}"
        );
        let straight =
            call_with(method, true, "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\nMax-Forwards: 70\r\n");
        assert_eq!(straight.iter().map(said).collect::<Vec<_>>(), [["482", "1", "none", "70"]], "{method}");
    }
}

/// The capture times of a little-endian pcap's records, in order.
fn record_times(capture: &[u8]) -> Vec<f64> {
    let word = |at: usize| u32::from_le_bytes([capture[at], capture[at + 1], capture[at + 2], capture[at + 3]]);
    let (mut times, mut at) = (Vec::new(), 24);
    while at + 16 <= capture.len() {
        times.push(f64::from(word(at)) + f64::from(word(at + 4)) / 1e6);
        at += 16 + word(at + 8) as usize;
    }
    times
}

#[test]
fn glare_is_shown_with_the_request_it_crossed_and_when_each_side_tried_again() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/diag-491.pcap");
    let times = record_times(&std::fs::read(&path).unwrap_or_else(|e| panic!("{e}")));
    let found: Vec<Finding> = fixture("diag-491.pcap").into_iter().filter(|f| f.kind == "glare").collect();
    let said =
        |f: &Finding| ["crossed", "owner", "retried", "seconds", "from", "to"].map(|name| value(f, name).to_owned());
    let waited = |refusal: usize, retry: usize| format!("{:.2}", times[retry - 1] - times[refusal - 1]);
    // The caller chose the Call-ID: it should wait 2.1 to 4 s, and waited about one.
    let caller = found.iter().find(|f| f.frames.contains(&7)).unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(said(caller), ["yes", "yes", "early", &waited(7, 14), "2.1", "4"]);
    assert_eq!(caller.severity, Severity::Warning);
    let callee = found.iter().find(|f| f.frames.contains(&9)).unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(said(callee), ["yes", "no", "in-window", &waited(9, 11), "0", "2"]);
    assert_eq!(callee.severity, Severity::Info);
    assert!(caller.references.contains(&"RFC 3261 §14.1"), "{caller:?}");

    // Pasted without addresses or times: the sides told by From, the
    // order by place. Bob's UPDATE refused while Alice's was in progress;
    // Bob does not try again; Alice tries again, when is not known.
    let message = |start: &str, from: &str, to: &str, cseq: &str| pasted(start, from, to, cseq, "");
    let (alice, bob) = ("<sip:alice@example.com>;tag=a", "<sip:bob@example.com>;tag=b");
    let setup = [
        message("INVITE sip:bob@example.com SIP/2.0", alice, "<sip:bob@example.com>", "1 INVITE"),
        message("SIP/2.0 200 OK", alice, bob, "1 INVITE"),
        message("ACK sip:bob@example.com SIP/2.0", alice, bob, "1 ACK"),
    ];
    let glare_in = |flow: &[String]| -> Vec<Finding> {
        let log = setup.iter().chain(flow).cloned().collect::<String>();
        log_findings(&log, "glare")
    };
    let findings = glare_in(&[
        message("UPDATE sip:bob@example.com SIP/2.0", alice, bob, "2 UPDATE"),
        message("UPDATE sip:alice@example.com SIP/2.0", bob, alice, "1 UPDATE"),
        message("SIP/2.0 491 Request Pending", bob, alice, "1 UPDATE"),
        message("SIP/2.0 200 OK", alice, bob, "2 UPDATE"),
        message("UPDATE sip:bob@example.com SIP/2.0", alice, bob, "3 UPDATE"),
    ]);
    assert_eq!(findings.iter().map(said).collect::<Vec<_>>(), [["yes", "no", "none", "", "0", "2"]]);
    assert!(findings[0].references.contains(&"RFC 3311 §5.2"), "{findings:?}");
    // Each message is eight lines: the n-th (from 0) begins on line 8n + 1.
    // Bob's UPDATE (4th), Alice's it crossed (3rd), the 491 (5th).
    let lines: Vec<u64> = findings[0].frames.iter().map(|&f| statusdoc_trace::frame_number(f)).collect();
    assert_eq!((findings[0].severity, lines), (Severity::Warning, [3, 4, 5].map(|n| 8 * n + 1).to_vec()));
    // Alice's refused, with nothing of Bob's in progress captured; she
    // chose the Call-ID, and tried again at a time the log does not give.
    let findings = glare_in(&[
        message("UPDATE sip:bob@example.com SIP/2.0", alice, bob, "2 UPDATE"),
        message("SIP/2.0 491 Request Pending", alice, bob, "2 UPDATE"),
        message("UPDATE sip:bob@example.com SIP/2.0", alice, bob, "3 UPDATE"),
    ]);
    assert_eq!(findings.iter().map(said).collect::<Vec<_>>(), [["no", "yes", "unknown", "", "2.1", "4"]]);
    assert_eq!(findings[0].severity, Severity::Info);
    // Two elements refusing each other's UPDATEs thousands of times: the
    // first sixteen said, read in one pass, not once per pair.
    let storm: Vec<String> = (2..3000)
        .flat_map(|n| {
            let cseq = format!("{n} UPDATE");
            [
                message("UPDATE sip:bob@example.com SIP/2.0", alice, bob, &cseq),
                message("SIP/2.0 491 Request Pending", alice, bob, &cseq),
            ]
        })
        .collect();
    let findings = glare_in(&storm);
    assert_eq!(findings.len(), 16);
    assert!(findings.iter().all(|f| value(f, "retried") == "unknown"), "{findings:?}");

    // Captured at a proxy between Alice and Bob: each request and the 491
    // seen twice, once per hop; said once, for Alice's request as she sent
    // it and the 491 as it reached her.
    let [alice_at, proxy_at, bob_at] = ["192.0.2.1:5060", "192.0.2.2:5060", "192.0.2.3:5060"]
        .map(|a| a.parse::<std::net::SocketAddr>().unwrap_or_else(|e| panic!("{e}")));
    let hop = |frame: u64, time: f64, text: String, src, dst| statusdoc_trace::SipRecord {
        frame,
        time,
        src,
        dst,
        transport: statusdoc_trace::Transport::Udp,
        bytes: text.replace('\n', "\r\n").into_bytes(),
        cut: false,
    };
    let theirs = message("INVITE sip:alice@example.com SIP/2.0", bob, alice, "5 INVITE");
    let hers = message("INVITE sip:bob@example.com SIP/2.0", alice, bob, "2 INVITE");
    let refusal = message("SIP/2.0 491 Request Pending", alice, bob, "2 INVITE");
    let records = vec![
        hop(1, 10.0, setup[0].clone(), alice_at, proxy_at),
        hop(2, 10.01, setup[0].clone(), proxy_at, bob_at),
        hop(3, 10.1, setup[1].clone(), bob_at, proxy_at),
        hop(4, 10.11, setup[1].clone(), proxy_at, alice_at),
        hop(5, 10.2, setup[2].clone(), alice_at, proxy_at),
        hop(6, 10.21, setup[2].clone(), proxy_at, bob_at),
        hop(7, 20.0, hers.clone(), alice_at, proxy_at),
        hop(8, 20.0, theirs.clone(), bob_at, proxy_at),
        hop(9, 20.01, hers, proxy_at, bob_at),
        hop(10, 20.01, theirs, proxy_at, alice_at),
        hop(11, 20.02, refusal.clone(), bob_at, proxy_at),
        hop(12, 20.03, refusal, proxy_at, alice_at),
        hop(13, 22.53, message("INVITE sip:bob@example.com SIP/2.0", alice, bob, "3 INVITE"), alice_at, proxy_at),
    ];
    let findings: Vec<Finding> = analyze(&records, Vec::new())
        .calls
        .into_iter()
        .flat_map(|c| c.findings)
        .filter(|f| f.kind == "glare")
        .collect();
    assert_eq!(findings.iter().map(said).collect::<Vec<_>>(), [["yes", "yes", "in-window", "2.50", "2.1", "4"]]);
    assert_eq!(findings[0].frames, [7, 10, 12, 13]);
}

#[test]
fn a_reliable_provisional_response_sent_again_for_want_of_a_prack_is_shown() {
    let found = one(&fixture("diag-prack.pcap"), "prack");
    let said = |f: &Finding| ["status", "rseq", "count", "answer", "offered"].map(|name| value(f, name).to_owned());
    assert_eq!((said(&found), found.severity), (["183", "1", "2", "500", "yes"].map(str::to_owned), Severity::Error));
    assert!(found.references.contains(&"RFC 3262 §3"), "{found:?}");
    // The same flow as a log, with or without what makes it right.
    let message = |start: &str, to_tag: &str, cseq: &str, extra: &str| {
        pasted(start, "<sip:a@example.com>;tag=a", &format!("<sip:b@example.com>{to_tag}"), cseq, extra)
    };
    let prack_offered = |offer: &str, reliable: bool, resent: usize, rack: Option<&str>, final_response: &str| {
        let headers = if reliable { "Require: 100rel\nRSeq: 7\n" } else { "" };
        let ringing = message("SIP/2.0 180 Ringing", ";tag=b", "1 INVITE", headers);
        let mut log = message("INVITE sip:b@example.com SIP/2.0", "", "1 INVITE", offer);
        for _ in 0..=resent {
            log.push_str(&ringing);
        }
        if let Some(rack) = rack {
            log.push_str(&message("PRACK sip:b@example.com SIP/2.0", ";tag=b", "2 PRACK", &format!("RAck: {rack}\n")));
        }
        log.push_str(&message(final_response, ";tag=b", "1 INVITE", ""));
        log_findings(&log, "prack")
    };
    let prack_in = |reliable: bool, resent: usize, rack: Option<&str>, final_response: &str| {
        prack_offered("Supported: 100rel\n", reliable, resent, rack, final_response)
    };
    let answered = prack_in(true, 3, None, "SIP/2.0 200 OK");
    assert_eq!(
        answered.iter().map(|f| (said(f), f.severity)).collect::<Vec<_>>(),
        [(["180", "7", "3", "200", "yes"].map(str::to_owned), Severity::Warning)]
    );
    // Sent reliably though the INVITE did not offer it (RFC 3262 §3): said so;
    // a Require offers it too.
    let unasked = prack_offered("Supported: timer\n", true, 1, None, "SIP/2.0 500 Server Internal Error");
    assert_eq!(unasked.iter().map(|f| value(f, "offered")).collect::<Vec<_>>(), ["no"]);
    let required = prack_offered("Require: 100rel\n", true, 1, None, "SIP/2.0 500 Server Internal Error");
    assert_eq!(required.iter().map(|f| value(f, "offered")).collect::<Vec<_>>(), ["yes"]);
    // A PRACK for another response does not acknowledge this one.
    assert_eq!(prack_in(true, 1, Some("6 1 INVITE"), "SIP/2.0 504 Timeout").len(), 1);
    // Acknowledged (after a copy sent again), sent once, or not reliable: nothing to say.
    assert!(prack_in(true, 1, Some("7 1 INVITE"), "SIP/2.0 200 OK").is_empty());
    assert!(prack_in(true, 0, None, "SIP/2.0 500 Server Internal Error").is_empty());
    assert!(prack_in(false, 2, None, "SIP/2.0 500 Server Internal Error").is_empty());
}

#[test]
fn an_invite_sent_before_the_one_before_it_was_answered_explains_its_500() {
    let found = one(&fixture("diag-overlap.pcap"), "overlap");
    assert_eq!(value(&found, "pending"), "2 INVITE");
    let message =
        |start: &str, cseq: &str| pasted(start, "<sip:a@example.com>;tag=a", "<sip:b@example.com>;tag=b", cseq, "");
    let overlaps = |flow: &[String]| -> usize { log_findings(&flow.concat(), "overlap").len() };
    let invite = |n: u32| message("INVITE sip:b@example.com SIP/2.0", &format!("{n} INVITE"));
    let answer = |code: &str, n: u32| message(&format!("SIP/2.0 {code}"), &format!("{n} INVITE"));
    assert_eq!(overlaps(&[invite(2), invite(3), answer("500 Server Internal Error", 3), answer("200 OK", 2)]), 1);
    // The first answered before the second went out: the 500 is something else.
    assert_eq!(overlaps(&[invite(2), answer("200 OK", 2), invite(3), answer("500 Server Internal Error", 3)]), 0);
}
