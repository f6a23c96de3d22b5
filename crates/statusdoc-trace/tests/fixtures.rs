//! Flows made with SIPp on loopback and captured with tcpdump
//! (tests/data/make-fixtures.sh): each ends as the scenario says.

use std::path::PathBuf;

use statusdoc_trace::{analyze, CaptureReader, Kind, Problem, ProblemKind, SipRecord, State, Transport};

/// What one of tests/data's captures gives: its records and problems.
fn read(name: &str) -> (Vec<SipRecord>, Vec<Problem>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    CaptureReader::new(|r| records.push(r), |p| problems.push(p)).read(std::io::BufReader::new(file));
    (records, problems)
}

fn check(name: &str, state: State, status: Option<u16>, messages: usize) {
    let (records, problems) = read(name);
    let analysis = analyze(&records, problems);
    assert!(analysis.errors.is_empty(), "{name}: {:?}", analysis.errors);
    assert_eq!(analysis.calls.len(), 1, "{name}: one call");
    let call = &analysis.calls[0];
    assert_eq!((call.outcome.state, call.outcome.status), (state, status), "{name}");
    assert_eq!(call.messages.len(), messages, "{name}: messages");
    assert!(call.messages.iter().all(|m| !m.retransmission), "{name}: loopback has no retransmissions");
    assert_eq!(call.messages[0].kind, Kind::Request);
    assert_eq!(call.messages[0].method, "INVITE");
}

/// The records of one of tests/data's captures, which reads without a problem.
fn records(name: &str) -> Vec<SipRecord> {
    let (records, problems) = read(name);
    assert!(problems.is_empty(), "{name}: {problems:?}");
    records
}

#[test]
fn a_basic_call_over_udp_and_tcp() {
    check("basic-call.pcap", State::Answered, Some(200), 6);
    check("basic-call-tcp.pcap", State::Answered, Some(200), 6);
}

#[test]
fn rejections_end_with_their_code() {
    check("reject-486.pcap", State::Failed, Some(486), 4);
    check("reject-404.pcap", State::Failed, Some(404), 4);
    check("reject-503.pcap", State::Failed, Some(503), 4);
    check("reject-401.pcap", State::Failed, Some(401), 4);
    check("reject-407.pcap", State::Failed, Some(407), 4);
}

#[test]
fn a_cancelled_call_ends_with_487() {
    check("reject-cancel.pcap", State::Cancelled, Some(487), 7);
}

#[test]
fn an_invite_fragmented_by_ip_is_reassembled() {
    // 192.0.2.1 → .2 over a 576-byte MTU: the INVITE travels in 9 fragments.
    check("fragmented-invite.pcap", State::Answered, Some(200), 4);
    let (records, _) = read("fragmented-invite.pcap");
    let invite = records.iter().find(|r| r.bytes.starts_with(b"INVITE")).unwrap_or_else(|| panic!("no INVITE"));
    assert!(invite.bytes.len() > 3000, "the whole INVITE, {} bytes", invite.bytes.len());
}

#[test]
fn a_client_connecting_again_from_the_same_port_is_read_whole() {
    // Two SIPp calls over TCP, each on its own connection from port 5071 to
    // 5070 (SYN, call, FIN, then SYN again). The kernel numbered the second
    // connection's bytes past the first's; the same capture with them
    // numbered before (as other stacks may) reads the same.
    let bytes = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tcp-reconnect.pcap"))
        .unwrap_or_else(|e| panic!("{e}"));
    for (label, capture) in [("as captured", bytes.clone()), ("numbered lower", second_connection_lower(&bytes))] {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        CaptureReader::new(|r| records.push(r), |p| problems.push(p)).read(std::io::Cursor::new(capture));
        assert!(problems.is_empty(), "{label}: {problems:?}");
        let analysis = analyze(&records, Vec::new());
        assert_eq!(analysis.calls.len(), 2, "{label}");
        for call in &analysis.calls {
            assert_eq!((call.outcome.state, call.outcome.status), (State::Answered, Some(200)), "{label}");
            assert_eq!(call.messages.len(), 6, "{label}: {}", call.call_id);
            assert!(call.messages.iter().all(|m| m.transport == Transport::Tcp));
        }
    }
}

/// tcp-reconnect.pcap with the sequence numbers of its second connection
/// (from its second SYN on) lowered by 2**30 both ways, acknowledgements too.
fn second_connection_lower(pcap: &[u8]) -> Vec<u8> {
    let mut out = pcap.to_vec();
    let (mut at, mut syns) = (24, 0);
    while at + 16 <= out.len() {
        let len = u32::from_le_bytes([out[at + 8], out[at + 9], out[at + 10], out[at + 11]]) as usize;
        let frame = at + 16;
        // Ethernet, IPv4 (its header's length in its first byte), then TCP.
        let tcp = frame + 14 + usize::from(out[frame + 14] & 0x0f) * 4;
        let syn = out[tcp + 13] & 0x02 != 0;
        if syn && out[tcp + 13] & 0x10 == 0 {
            syns += 1;
        }
        if syns == 2 {
            for field in [tcp + 4, tcp + 8] {
                let n = u32::from_be_bytes([out[field], out[field + 1], out[field + 2], out[field + 3]]);
                out[field..field + 4].copy_from_slice(&n.wrapping_sub(1 << 30).to_be_bytes());
            }
        }
        at = frame + len;
    }
    assert_eq!(syns, 2, "two connections");
    out
}

fn findings(name: &str) -> Vec<statusdoc_trace::Finding> {
    let (records, _) = read(name);
    analyze(&records, Vec::new()).calls.into_iter().flat_map(|c| c.findings).collect()
}

fn value<'f>(f: &'f statusdoc_trace::Finding, name: &str) -> &'f str {
    f.values.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| v.as_str())
}

#[test]
fn failure_responses_say_why_through_their_headers() {
    let retry = findings("reject-503.pcap");
    let f = retry.iter().find(|f| f.kind == "retry-after").unwrap_or_else(|| panic!("{retry:?}"));
    assert_eq!(value(f, "seconds"), "120");
    assert_eq!(f.frames, vec![3], "the 503 is frame 3");
    let busy = findings("reject-486.pcap");
    assert!(busy.iter().any(|f| f.kind == "retry-after" && value(f, "seconds") == "30"), "{busy:?}");
    let auth = findings("reject-401.pcap");
    let f = auth.iter().find(|f| f.kind == "challenge").unwrap_or_else(|| panic!("{auth:?}"));
    assert_eq!((value(f, "header"), value(f, "realm")), ("WWW-Authenticate", "example.test"));
    let proxy = findings("reject-407.pcap");
    let f = proxy.iter().find(|f| f.kind == "challenge").unwrap_or_else(|| panic!("{proxy:?}"));
    assert_eq!((value(f, "header"), value(f, "realm")), ("Proxy-Authenticate", "proxy.example.test"));
    assert!(findings("basic-call.pcap").is_empty(), "a clean call has nothing to say");
}

#[test]
fn sip_over_websocket_is_read_from_the_upgraded_connection() {
    // websocket-peers.py: over one upgraded connection, REGISTER and 200,
    // then INVITE (one frame across two segments), 100, 180, a ping, 486
    // in two frames, ACK; the client's frames are masked.
    let (records, problems) = read("websocket.pcap");
    assert!(problems.is_empty(), "{problems:?}");
    assert!(records.iter().all(|r| r.transport == Transport::Ws), "{records:?}");
    let analysis = analyze(&records, problems);
    let calls: Vec<_> = analysis
        .calls
        .iter()
        .map(|c| {
            let flow: Vec<String> =
                c.messages.iter().map(|m| m.status.map_or_else(|| m.method.to_string(), |s| s.to_string())).collect();
            (c.outcome.state, c.outcome.status, flow.join(" "))
        })
        .collect();
    assert_eq!(
        calls,
        [
            (State::Completed, Some(200), "REGISTER 200".to_owned()),
            (State::Failed, Some(486), "INVITE 100 180 486 ACK".to_owned()),
        ]
    );
}

#[test]
fn calls_inside_tunnels_are_read() {
    // VXLAN captured from a real tunnel; GRE, ERSPAN II/III, IP-in-IP, MPLS,
    // TZSP and GTP-U made by wrapping basic-call.pcap's packets (wrap-in-tunnel.py).
    let names = ["vxlan", "gre", "erspan2", "erspan3", "ipip", "mpls", "tzsp", "gtpu"]
        .map(|kind| format!("tunnel-{kind}.pcap"));
    for name in &names {
        check(name, State::Answered, Some(200), 6);
    }
}

#[test]
fn a_call_captured_on_the_air_reads_as_on_the_wire_and_encrypted_frames_are_counted() {
    // wlan-radiotap.pcap: basic-call.pcap's packets as 802.11 QoS data
    // frames after radiotap headers, then one frame WPA protects.
    let (records, problems) = read("wlan-radiotap.pcap");
    let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
    assert_eq!(said, [(7, statusdoc_trace::ProblemKind::WlanProtected, "1")]);
    let seen = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.frame, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    assert_eq!(seen(records), seen(self::records("basic-call.pcap")));
}

/// Asserts that one of tests/data's captures gives basic-call.pcap's six
/// records: the same frames, times, addresses, transport and bytes.
fn reads_as_the_basic_call(name: &str) {
    let seen = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.frame, r.time, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    let direct = seen(records("basic-call.pcap"));
    assert_eq!(direct.len(), 6);
    assert_eq!(seen(records(name)), direct, "{name}");
}

#[test]
fn a_snoop_capture_reads_as_the_pcap_it_was_made_from() {
    // snoop-call.snoop: basic-call.pcap written as snoop by editcap.
    reads_as_the_basic_call("snoop-call.snoop");
}

#[test]
fn pcap_files_of_patched_tcpdump_builds_read_as_the_pcap_they_were_made_from() {
    // basic-call.pcap written by editcap as the modified libpcap (its own
    // magic, 24-byte record headers), SuSE 6.3's (the same magic, 28) and
    // Nokia IPSO's (the standard magic, 20): told by their records.
    for name in ["basic-call-modpcap.pcap", "basic-call-suse6_3.pcap", "basic-call-nokia.pcap"] {
        reads_as_the_basic_call(name);
    }
    // The call over TCP as Red Hat 6.1's tcpdump wrote it (the standard
    // magic, 24-byte record headers): segments joined as from the pcap.
    let seen = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.frame, r.time, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    let direct = seen(records("basic-call-tcp.pcap"));
    assert!(!direct.is_empty());
    assert_eq!(seen(records("basic-call-tcp-rh6_1.pcap")), direct);
}

#[test]
fn hep2_that_sngrep_sent_reads_as_the_messages_it_carries() {
    // hep2-sngrep.pcap: sngrep reading basic-call.pcap and sending what it
    // kept (the INVITE, the 200 and the BYE) to a collector as HEP version 2
    // (make-fixtures.sh): each message with the addresses and time it had
    // in basic-call.pcap.
    let seen = |r: &SipRecord| (r.time, r.src, r.dst, r.transport, r.bytes.clone());
    let direct: Vec<_> = records("basic-call.pcap").iter().map(seen).collect();
    let sent: Vec<_> = records("hep2-sngrep.pcap").iter().map(seen).collect();
    assert_eq!(sent.len(), 3);
    for message in &sent {
        assert!(direct.contains(message), "{message:?}");
    }
}

#[test]
fn an_erf_capture_reads_as_the_pcap_it_was_made_from() {
    // erf-call.erf: basic-call.pcap's packets as Endace ERF records
    // (pcap-to-erf.py): a metadata record first (frame 1, no packet), then
    // Ethernet records (the first with an extension header) and raw IPv4
    // ones. The same messages, times and addresses; frames one later.
    let seen = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.frame, r.time, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    let direct = seen(records("basic-call.pcap"));
    let from_erf: Vec<_> = seen(records("erf-call.erf"))
        .into_iter()
        .map(|(frame, time, src, dst, transport, bytes)| (frame - 1, time, src, dst, transport, bytes))
        .collect();
    assert_eq!(direct.len(), 6);
    assert_eq!(from_erf.len(), direct.len());
    for (erf, pcap) in from_erf.iter().zip(&direct) {
        // ERF keeps a binary fraction of a second: within a microsecond.
        assert!((erf.1 - pcap.1).abs() < 1e-6, "{} {}", erf.1, pcap.1);
        assert_eq!((erf.0, erf.2, erf.3, erf.4, &erf.5), (pcap.0, pcap.2, pcap.3, pcap.4, &pcap.5));
    }
    check("erf-call.erf", State::Answered, Some(200), 6);
}

#[test]
fn hep3_sent_to_a_collector_reads_as_the_agent_saw_it() {
    // hep3-collector.pcap: basic-call.pcap's messages as an agent sends them
    // to a Homer collector a second later (wrap-in-tunnel.py): the same
    // messages, with the agent's addresses and times, not the collector's.
    let read = records;
    let seen = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.frame, r.time, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    let direct = seen(read("basic-call.pcap"));
    assert_eq!(direct.len(), 6);
    assert_eq!(seen(read("hep3-collector.pcap")), direct);
    // The same over one TCP connection (two HEP packets in one segment, one
    // across two): each message whole once its last byte is in.
    let over_tcp: Vec<_> = seen(read("hep3-tcp-collector.pcap")).into_iter().map(|(frame, ..)| frame).collect();
    assert_eq!(over_tcp, [1, 2, 2, 4, 5, 6]);
    let without_frames = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.time, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    assert_eq!(without_frames(read("hep3-tcp-collector.pcap")), without_frames(read("basic-call.pcap")));
}

#[test]
fn a_juniper_routers_capture_reads_as_the_call_on_its_interface() {
    // juniper-ether.pcap: basic-call.pcap's frames as a Juniper router
    // writes its Ethernet interface's (wrap-in-tunnel.py): its header
    // before each frame, with an extension every other frame.
    reads_as_the_basic_call("juniper-ether.pcap");
}

/// One of tests/data's captures of UDP datagrams with their destination
/// port changed to 5000, read: its records and problems.
fn sent_to_port_5000(name: &str) -> (Vec<SipRecord>, Vec<Problem>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let mut moved = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut at = 24;
    while at + 16 <= moved.len() {
        let kept = u32::from_le_bytes([moved[at + 8], moved[at + 9], moved[at + 10], moved[at + 11]]) as usize;
        // Ethernet, IPv4 without options, the UDP destination port (checksum 0: none).
        moved[at + 16 + 36..at + 16 + 38].copy_from_slice(&5000u16.to_be_bytes());
        at += 16 + kept;
    }
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    CaptureReader::new(|r| records.push(r), |p| problems.push(p)).read(moved.as_slice());
    (records, problems)
}

#[test]
fn an_audiocodes_debug_recording_reads_as_the_call_the_device_handled() {
    // acdr-recording.pcap: basic-call.pcap's packets as an AudioCodes SBC
    // sends them to a debug recording collector (wrap-in-tunnel.py): whole
    // packets behind headers of versions 2 to 9, the third message alone
    // with its ends in the header, and an RTP packet after the first. The
    // same messages, addresses and times; the media passed over quietly.
    let without_frames = |records: Vec<SipRecord>| {
        records.into_iter().map(|r| (r.time, r.src, r.dst, r.transport, r.bytes)).collect::<Vec<_>>()
    };
    let direct = without_frames(records("basic-call.pcap"));
    assert_eq!(direct.len(), 6);
    let (recorded, problems) = read("acdr-recording.pcap");
    assert_eq!(problems, []);
    assert_eq!(without_frames(recorded), direct);
    // The same sent to a collector on port 5000 instead of 925: told by
    // what the records hold.
    let (on_5000, problems) = sent_to_port_5000("acdr-recording.pcap");
    assert_eq!(problems, []);
    assert_eq!(without_frames(on_5000), direct);
    // acdr-tls-recording.pcap: each message as the plaintext of a TLS
    // connection the device recorded, the INVITE in two records, the 180
    // peeked at before it is read: each message once, whole, over TLS.
    let (recorded, problems) = read("acdr-tls-recording.pcap");
    assert_eq!(problems, []);
    let frames: Vec<u64> = recorded.iter().map(|r| r.frame).collect();
    assert_eq!(frames, [2, 4, 5, 6, 7, 8]);
    let over_tls: Vec<_> =
        direct.into_iter().map(|(time, src, dst, _, bytes)| (time, src, dst, Transport::Tls, bytes)).collect();
    assert_eq!(without_frames(recorded.clone()), over_tls);
    // On another port, the INVITE's second record too (its connection's
    // first record started a message).
    let (on_5000, problems) = sent_to_port_5000("acdr-tls-recording.pcap");
    assert_eq!(problems, []);
    assert_eq!(on_5000, recorded);
    check("acdr-tls-recording.pcap", State::Answered, Some(200), 6);
    // The same captured with a snap length of 250 bytes (each record keeps
    // the first 167 bytes of its part): each message read as far as kept,
    // the INVITE's two parts joined first.
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/acdr-tls-recording.pcap");
    let whole = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut cut = whole[..24].to_vec();
    let mut at = 24;
    while at + 16 <= whole.len() {
        let field =
            |i: usize| u32::from_le_bytes([whole[at + i], whole[at + i + 1], whole[at + i + 2], whole[at + i + 3]]);
        let kept = field(8).min(250);
        cut.extend_from_slice(&whole[at..at + 8]);
        cut.extend_from_slice(&kept.to_le_bytes());
        cut.extend_from_slice(&whole[at + 12..at + 16]);
        cut.extend_from_slice(&whole[at + 16..at + 16 + kept as usize]);
        at += 16 + field(8) as usize;
    }
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    CaptureReader::new(|r| records.push(r), |p| problems.push(p)).read(cut.as_slice());
    // Each packet said to be cut (frame 3, the peek, too), nothing else.
    let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
    assert_eq!(said, (2..=8).map(|frame| (frame, ProblemKind::Truncated)).collect::<Vec<_>>());
    let start_line = |bytes: &[u8]| bytes.split(|&b| b == b'\r').next().unwrap_or_default().to_vec();
    let read_cut: Vec<_> = records.iter().map(|r| (r.frame, r.cut, start_line(&r.bytes), r.bytes.len())).collect();
    let expected: Vec<_> = self::records("basic-call.pcap")
        .iter()
        .zip([2, 4, 5, 6, 7, 8])
        .map(|(r, frame)| (frame, true, start_line(&r.bytes), if frame == 2 { 100 + 167 } else { 167 }))
        .collect();
    assert_eq!(read_cut, expected);
}

#[test]
fn sip_over_sctp_reads_as_the_call_it_carries() {
    // wrap-in-tunnel.py: basic-call.pcap's messages over SCTP, the INVITE
    // in two fragments, a SACK bundled before the 180.
    let (sctp, udp) = (records("sip-over-sctp.pcap"), records("basic-call.pcap"));
    assert!(sctp.iter().all(|r| r.transport == Transport::Sctp), "{sctp:?}");
    let what =
        |records: &[SipRecord]| -> Vec<_> { records.iter().map(|r| (r.src, r.dst, r.time, r.bytes.clone())).collect() };
    assert_eq!(what(&sctp), what(&udp));
    // The INVITE is whole with its second fragment.
    assert_eq!(sctp.first().map(|r| r.frame), Some(2));
    // Each message's packet dropped in turn, when its side sent before it
    // and its loss shows after it (its side sends more, or the other side
    // acknowledges it: every packet but frame 4, the 200 to the INVITE,
    // bundles a SACK): the chunk numbers say one is missing (said once,
    // with the direction), and the other messages are read. (Without the
    // INVITE's second fragment, its first is said to be incomplete too. A
    // side's first chunk lost reads as a capture begun after it.)
    let (header, frames) = pcap_records("sip-over-sctp.pcap");
    let mut dropped = Vec::new();
    for message in &sctp {
        let same_side = |r: &&SipRecord| (r.src, r.dst) == (message.src, message.dst);
        let before = message.frame == 2 || sctp.iter().filter(same_side).any(|r| r.frame < message.frame);
        let sent_on = sctp.iter().filter(same_side).any(|r| r.frame > message.frame);
        let acknowledged = sctp
            .iter()
            .any(|r| r.frame > message.frame && r.frame != 4 && (r.dst, r.src) == (message.src, message.dst));
        if !before || !(sent_on || acknowledged) {
            continue;
        }
        dropped.push(message.frame);
        let at = message.frame as usize - 1;
        let capture = [header.clone(), frames[..at].concat(), frames[at + 1..].concat()].concat();
        let (mut read, mut problems) = (Vec::new(), Vec::new());
        CaptureReader::new(|r: SipRecord| read.push(r.bytes), |p: Problem| problems.push((p.kind, p.detail)))
            .read(std::io::Cursor::new(capture));
        let rest: Vec<_> = sctp.iter().filter(|r| r.frame != message.frame).map(|r| r.bytes.clone()).collect();
        assert_eq!(read, rest, "without frame {}", message.frame);
        let gap = (ProblemKind::SctpGap, format!("{} → {}, 1", message.src, message.dst));
        problems.retain(|(kind, _)| !(message.frame == 2 && *kind == ProblemKind::IncompleteFragments));
        assert_eq!(problems, [gap], "without frame {}", message.frame);
    }
    // The BYE, its side's last, is told by the SACK of the 200 after it.
    assert_eq!(dropped, [2, 4, 5, 6]);
}

#[test]
fn compressed_sip_over_websocket_reads_as_the_uncompressed() {
    // websocket-peers.py with permessage-deflate: the same peers, every SIP
    // message compressed, each direction's window kept across messages,
    // the 486 in two frames.
    let read = |name: &str| records(name).into_iter().map(|r| (r.transport, r.bytes)).collect::<Vec<_>>();
    let plain = read("websocket.pcap");
    assert_eq!(plain.len(), 7);
    assert_eq!(read("websocket-deflate.pcap"), plain);
}

/// The bytes of one of tests/data's files.
fn data(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A classic pcap (microsecond), split here rather than through the reader
/// under test: its file header, and each record whole (header and packet).
fn pcap_records(name: &str) -> (Vec<u8>, Vec<Vec<u8>>) {
    let bytes = data(name);
    assert_eq!(&bytes[..4], &[0xd4, 0xc3, 0xb2, 0xa1], "{name}: a little-endian microsecond pcap");
    let (mut records, mut at) = (Vec::new(), 24);
    while at + 16 <= bytes.len() {
        let end = at + 16 + word(&bytes[at + 8..]) as usize;
        records.push(bytes[at..end].to_vec());
        at = end;
    }
    (bytes[..24].to_vec(), records)
}

/// The records and problems of a capture read with TLS secrets.
fn read_with_keys(
    capture: Vec<u8>,
    keys: &std::sync::Arc<statusdoc_trace::KeyLog>,
) -> (Vec<SipRecord>, Vec<ProblemKind>) {
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    CaptureReader::new(|r: SipRecord| records.push(r), |p: Problem| problems.push(p.kind))
        .with_tls_keys(std::sync::Arc::clone(keys))
        .read(std::io::Cursor::new(capture));
    (records, problems)
}

/// The TCP source port of a pcap record of Ethernet and IPv4 without options (the fixtures').
fn source_port(record: &[u8]) -> Option<&[u8]> {
    record.get(16 + 34..16 + 36)
}

/// Whether a pcap record of Ethernet, IPv4 and TCP (the fixtures') is a
/// bare acknowledgement: the ACK flag alone, no payload.
fn bare_ack(record: &[u8]) -> bool {
    let ip = 16 + 14;
    let Some(&ihl) = record.get(ip) else { return false };
    let tcp = ip + usize::from(ihl & 0x0f) * 4;
    let Some((&offset, &flags)) = record.get(tcp + 12).zip(record.get(tcp + 13)) else { return false };
    flags == 0x10 && record.len() == tcp + usize::from(offset >> 4) * 4
}

/// The little-endian 32-bit word `bytes` begins with.
fn word(bytes: &[u8]) -> u32 {
    u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

/// The packet times of a classic pcap (microsecond), from its record headers.
fn pcap_times(name: &str) -> Vec<f64> {
    pcap_records(name).1.iter().map(|r| f64::from(word(r)) + f64::from(word(&r[4..])) / 1e6).collect()
}

#[test]
fn sip_over_tls_is_reported_and_read_once_wireshark_exports_it_decrypted() {
    // The capture: each direction reported once as TLS, and nothing else
    // (no gap or unfinished message made of the encrypted records).
    let (encrypted, problems) = read("sip-over-tls.pcap");
    assert!(encrypted.is_empty(), "{encrypted:?}");
    let kinds: Vec<_> = problems.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [statusdoc_trace::ProblemKind::Tls; 2], "{problems:?}");
    assert!(problems[0].detail.ends_with(":5061") && problems[1].detail.starts_with("127.0.0.1:5061 "));
    // What Wireshark exported from it with the caller's keys: each message
    // once (Wireshark 4.0 exports each twice, from two SIP dissectors), with
    // the connection's addresses and the time of the frame that carried it.
    let exported = records("sip-over-tls-exported.pcapng");
    let lines: Vec<String> = exported
        .iter()
        .map(|r| String::from_utf8_lossy(r.bytes.split(|&b| b == b'\r').next().unwrap_or_default()).into_owned())
        .collect();
    assert_eq!(
        lines,
        [
            "INVITE sips:bob@127.0.0.1:5061 SIP/2.0",
            "SIP/2.0 100 Trying",
            "SIP/2.0 180 Ringing",
            "SIP/2.0 486 Busy Here",
            "ACK sips:bob@127.0.0.1:5061 SIP/2.0"
        ]
    );
    let client = problems[0].detail.split(' ').next().unwrap_or_default().to_owned();
    for r in &exported {
        assert_eq!(r.transport, Transport::Tcp);
        let (from, to) = (r.src.to_string(), r.dst.to_string());
        let request = r.bytes.starts_with(b"INVITE") || r.bytes.starts_with(b"ACK");
        assert_eq!((from == client, to == client), (request, !request), "{from} → {to}");
    }
    let frame_times = pcap_times("sip-over-tls.pcap");
    assert!(exported.iter().all(|r| frame_times.contains(&r.time)), "times of frames of the capture");
    let analysis = analyze(&exported, Vec::new());
    assert_eq!(analysis.calls.len(), 1);
    assert_eq!((analysis.calls[0].outcome.state, analysis.calls[0].outcome.status), (State::Failed, Some(486)));
    assert!(analysis.calls[0].messages.iter().all(|m| !m.retransmission));
}

/// `name` with a silence of 400 s before its record `cut`, while five
/// thousand other datagrams pass (long enough for idle connections to be
/// looked for past 300 s of it), each a packet of its own (its IPv4
/// identification), not a copy of another.
fn silent_before(name: &str, cut: usize) -> Vec<u8> {
    let (header, records) = pcap_records(name);
    let (_, other) = pcap_records("reject-486.pcap");
    let at = |record: &[u8], seconds: u32| [&seconds.to_le_bytes()[..], &record[4..]].concat();
    let start = word(&records[0]);
    let mut capture = header;
    capture.extend(records[..cut].concat());
    for n in 0..5_000u32 {
        let mut filler = at(&other[n as usize % other.len()], start + 1 + n * 400 / 5_000);
        // After the record header (16 bytes) and Ethernet's (14).
        filler[16 + 14 + 4..16 + 14 + 6].copy_from_slice(&(n as u16 + 1).to_be_bytes());
        capture.extend(filler);
    }
    for record in &records[cut..] {
        capture.extend(at(record, word(record) + 402));
    }
    capture
}

/// The SIP messages carried by `transport` that a capture gives, read with
/// the key log `keys` if any; it must read without a problem.
fn carried(capture: Vec<u8>, transport: Transport, keys: Option<&str>) -> Vec<Vec<u8>> {
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    let mut reader = CaptureReader::new(|r: SipRecord| records.push(r), |p| problems.push(p));
    if let Some(keys) = keys {
        reader = reader.with_tls_keys(std::sync::Arc::new(statusdoc_trace::KeyLog::parse(&data(keys))));
    }
    reader.read(std::io::Cursor::new(capture));
    drop(reader);
    assert!(problems.is_empty(), "{problems:?}");
    records.into_iter().filter(|r| r.transport == transport).map(|r| r.bytes).collect()
}

#[test]
fn a_tls_connection_silent_for_minutes_is_still_decrypted() {
    // The first connection falls silent before its ACK, as a long call's
    // does before its BYE: its keys and record numbers are kept.
    let name = "sip-over-tls12.pcap";
    let whole = carried(data(name), Transport::Tls, Some("sip-over-tls12.keys"));
    assert!(whole.len() > 16, "{} messages", whole.len());
    assert_eq!(carried(silent_before(name, 16), Transport::Tls, Some("sip-over-tls12.keys")), whole);
}

#[test]
fn a_tcp_segment_the_capture_dropped_loses_its_own_messages_only_and_says_so() {
    // Each segment that completes a message of the TCP and TLS fixtures is
    // dropped in turn: the other side's acknowledgement, or the sender's
    // FIN, says bytes went missing (one TCP gap is reported), and reading
    // goes on after them: over TLS at the next record, its sequence number
    // found by opening it. Every other message is read, but in TLS 1.0 the
    // first record after the gap, whose IV was the last block of the record
    // lost, is lost too, and said so (a message, or the empty record a
    // sender splits before each against BEAST). Before, a TLS connection's
    // messages after the gap, and a last message before a FIN, were lost
    // without a word.
    for (name, keys) in [
        ("basic-call-tcp.pcap", None),
        ("tcp-reconnect.pcap", None),
        // AES-GCM, ChaCha20-Poly1305, CBC with TLS 1.2 and 1.1.
        ("sip-over-tls12.pcap", Some("sip-over-tls12.keys")),
        // TLS 1.0, whose CBC IV is the record before's last block.
        ("sip-over-tls10.pcap", Some("sip-over-tls10.keys")),
        ("sip-over-tls13-key-update.pcap", Some("sip-over-tls13-key-update.keys")),
    ] {
        let keys =
            std::sync::Arc::new(keys.map(|keys| statusdoc_trace::KeyLog::parse(&data(keys))).unwrap_or_default());
        let read = |capture: Vec<u8>| read_with_keys(capture, &keys);
        let (whole, problems) = read(data(name));
        assert_eq!(problems, [], "{name}");
        let (header, frames) = pcap_records(name);
        // Each dropped alone, then with the other side's bare acknowledgements
        // after it (up to its next data): the sender's next segments wait, and
        // each is read at its own time once an acknowledgement says the
        // bytes before them were lost.
        for (message, acks_dropped) in whole.iter().flat_map(|m| [(m, false), (m, true)]) {
            let at = message.frame as usize - 1;
            let sender = source_port(&frames[at]);
            let mut dropped = vec![at];
            if acks_dropped {
                let peer = |r: &Vec<u8>| source_port(r) != sender;
                let peer_after = (at + 1..frames.len()).filter(|&i| peer(&frames[i]));
                dropped.extend(peer_after.take_while(|&i| bare_ack(&frames[i])));
            }
            let capture: Vec<u8> = std::iter::once(header.clone())
                .chain(frames.iter().enumerate().filter(|(i, _)| !dropped.contains(i)).map(|(_, r)| r.clone()))
                .collect::<Vec<_>>()
                .concat();
            let (records, problems) = read(capture);
            let seen = |records: &[SipRecord]| {
                let line = |r: &SipRecord| {
                    String::from_utf8_lossy(r.bytes.split(|&b| b == b'\r').next().unwrap_or_default()).into_owned()
                };
                records.iter().map(|r| (r.src.port(), r.dst.port(), line(r), r.bytes.len(), r.time)).collect::<Vec<_>>()
            };
            // The TLS 1.0 connections' Call-IDs name them.
            let chained = String::from_utf8_lossy(&message.bytes).contains("tls10");
            let next = whole.iter().find(|r| r.frame > message.frame && (r.src, r.dst) == (message.src, message.dst));
            let may_be_lost = next.filter(|_| chained).map(|r| r.frame);
            let rest: Vec<SipRecord> = whole
                .iter()
                .filter(|r| r.frame != message.frame)
                .filter(|r| Some(r.frame) != may_be_lost || records.iter().any(|read| read.bytes == r.bytes))
                .cloned()
                .collect();
            assert_eq!(seen(&records), seen(&rest), "{name} without frame {}", message.frame);
            let said = problems.iter().filter(|&&kind| kind == ProblemKind::TcpGap).count();
            assert_eq!(said, problems.len(), "{name} without frame {}: {problems:?}", message.frame);
            assert!(said == 1 || (chained && said == 2), "{name} without frame {}: {problems:?}", message.frame);
        }
    }
}

#[test]
fn tls_records_between_two_holes_are_read_at_their_times() {
    // Three messages in a row from one side of a TLS connection: the first
    // dropped, and the first bytes of the third (its segment cut in two),
    // with the other side's bare acknowledgements from the first on. Its
    // next data acknowledges both holes at once, while the message between
    // them and the third's rest wait: the one between is read, at its own
    // time (it was thrown away with the first hole's bytes), and the
    // third, begun in the second hole, is lost and said.
    // AES-GCM, ChaCha20-Poly1305, CBC with TLS 1.2 and 1.1 (the TLS 1.3
    // capture has no three messages in a row from one side).
    let name = "sip-over-tls12.pcap";
    let keys = std::sync::Arc::new(statusdoc_trace::KeyLog::parse(&data("sip-over-tls12.keys")));
    let read = |capture: Vec<u8>| read_with_keys(capture, &keys);
    let (whole, problems) = read(data(name));
    assert_eq!(problems, []);
    let (header, frames) = pcap_records(name);
    let sender = |at: usize| source_port(&frames[at]);
    let mut tried = 0;
    for (i, first) in whole.iter().enumerate() {
        let mut same_side = whole[i + 1..].iter().filter(|r| (r.src, r.dst) == (first.src, first.dst));
        let (Some(between), Some(third)) = (same_side.next(), same_side.next()) else { continue };
        let (first_at, third_at) = (first.frame as usize - 1, third.frame as usize - 1);
        // Only the sender's segments and the other side's bare acknowledgements in between.
        if (first_at..third_at).any(|k| sender(k) != sender(first_at) && !bare_ack(&frames[k])) {
            continue;
        }
        let peer_after = (first_at..frames.len()).filter(|&k| sender(k) != sender(first_at));
        let acks: Vec<usize> = peer_after.take_while(|&k| bare_ack(&frames[k])).collect();
        let kept = frames.iter().enumerate().filter(|(k, _)| *k != first_at && !acks.contains(k)).map(|(k, r)| {
            if k == third_at {
                segment_rest(r, 10)
            } else {
                r.clone()
            }
        });
        let (records, problems) = read(std::iter::once(header.clone()).chain(kept).collect::<Vec<_>>().concat());
        // Each message's time, start line and Call-ID (which names the suites).
        let seen = |records: &mut dyn Iterator<Item = &SipRecord>| {
            let text = |r: &SipRecord| String::from_utf8_lossy(&r.bytes).into_owned();
            let line = |t: &str, prefix: &str| t.lines().find(|l| l.starts_with(prefix)).unwrap_or_default().to_owned();
            records.map(|r| (r.time, line(&text(r), ""), line(&text(r), "Call-ID"))).collect::<Vec<_>>()
        };
        let expected = seen(&mut whole.iter().filter(|r| r.frame != first.frame && r.frame != third.frame));
        let case = format!("without frame {} and the start of frame {}", first.frame, third.frame);
        assert_eq!(seen(&mut records.iter()), expected, "{case}");
        assert!(records.iter().any(|r| r.bytes == between.bytes), "{case}");
        assert!(problems.len() >= 2 && problems.iter().all(|&p| p == ProblemKind::TcpGap), "{case}: {problems:?}");
        tried += 1;
    }
    assert!(tried > 0, "no three messages in a row from one side");
}

/// A pcap record of Ethernet, IPv4 and TCP (the fixtures') without the
/// first `cut` bytes of its payload: the segment that carries the rest.
fn segment_rest(record: &[u8], cut: usize) -> Vec<u8> {
    let ip = 16 + 14;
    let tcp = ip + usize::from(record[ip] & 0x0f) * 4;
    let payload = tcp + usize::from(record[tcp + 12] >> 4) * 4;
    let mut rest = [&record[..payload], &record[payload + cut..]].concat();
    let less = |bytes: &mut [u8], by: u32| bytes.copy_from_slice(&(word(bytes) - by).to_le_bytes());
    less(&mut rest[8..12], cut as u32);
    less(&mut rest[12..16], cut as u32);
    let total = u16::from_be_bytes([rest[ip + 2], rest[ip + 3]]) - cut as u16;
    rest[ip + 2..ip + 4].copy_from_slice(&total.to_be_bytes());
    let seq = u32::from_be_bytes([rest[tcp + 4], rest[tcp + 5], rest[tcp + 6], rest[tcp + 7]]).wrapping_add(cut as u32);
    rest[tcp + 4..tcp + 8].copy_from_slice(&seq.to_be_bytes());
    rest
}

#[test]
fn a_websocket_connection_joined_late_is_read_or_reported() {
    // The capture begins after the handshake, at each packet in turn: every
    // message is read when it can be (its first compressed one inflates on
    // its own), and what refers back to messages not captured is reported;
    // nothing is passed over without a word while messages remain.
    for name in ["websocket.pcap", "websocket-deflate.pcap"] {
        let (header, records) = pcap_records(name);
        let whole = carried(data(name), Transport::Ws, None);
        // After the handshake (a request and its answer), up to the last message.
        for dropped in 8..records.len() - 8 {
            let capture = [header.clone(), records[dropped..].concat()].concat();
            let (mut read, mut problems) = (Vec::new(), Vec::new());
            CaptureReader::new(|r: SipRecord| read.push(r.bytes), |p| problems.push(p.kind))
                .read(std::io::Cursor::new(capture));
            assert!(read.iter().all(|m| whole.contains(m)), "{name} from {dropped}: read what was not sent");
            let said = problems.contains(&statusdoc_trace::ProblemKind::WebsocketCompressed);
            assert!(!read.is_empty() || said, "{name} from {dropped}: nothing read, nothing said: {problems:?}");
        }
    }
}

#[test]
fn a_websocket_connection_silent_for_minutes_is_still_read() {
    // Silent between any two packets, its next frame a ping among them:
    // every message is read, the compressed ones too (their decompressor
    // refers back to the messages before the silence).
    for name in ["websocket.pcap", "websocket-deflate.pcap"] {
        let whole = carried(data(name), Transport::Ws, None);
        assert_eq!(whole.len(), 7, "{name}");
        for cut in 1..pcap_records(name).1.len() {
            assert_eq!(carried(silent_before(name, cut), Transport::Ws, None), whole, "{name}, silent before {cut}");
        }
    }
}

/// The TLS fixtures with their secrets, each byte after the first packets
/// corrupted in turn by a seeded walk: records that do not open, handshakes
/// cut short and lengths that lie are reported or passed over, never a
/// panic, and no more plaintext comes out than went in.
#[test]
fn corrupted_tls_is_reported_not_trusted() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for (capture, keys) in [
        ("sip-over-tls12.pcap", "sip-over-tls12.keys"),
        ("sip-over-tls10.pcap", "sip-over-tls10.keys"),
        ("sip-over-tls12-renegotiate.pcap", "sip-over-tls12-renegotiate.keys"),
        ("sip-over-tls13-key-update.pcap", "sip-over-tls13-key-update.keys"),
    ] {
        let original = std::fs::read(data.join(capture)).unwrap_or_else(|e| panic!("{capture}: {e}"));
        let keys = std::fs::read(data.join(keys)).unwrap_or_else(|e| panic!("{e}"));
        let keys = std::sync::Arc::new(statusdoc_trace::KeyLog::parse(&keys));
        let mut seed = 17u64;
        for _ in 0..60 {
            let mut bytes = original.clone();
            for _ in 0..4 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                // Past the file header, so that the capture still reads.
                let at = 24 + (seed >> 33) as usize % (bytes.len() - 24);
                bytes[at] ^= 1 << ((seed >> 29) & 7);
            }
            let mut plain = 0usize;
            CaptureReader::new(|r| plain += r.bytes.len(), |_| {})
                .with_tls_keys(std::sync::Arc::clone(&keys))
                .read(std::io::Cursor::new(bytes));
            assert!(plain <= original.len(), "{capture}");
        }
    }
}
