//! Every real capture in ../shared/captures is read; the counts are checked
//! against what tshark 4.0 finds (the table in that folder's README), and
//! every difference is explained here.

use std::collections::BTreeMap;

use statusdoc_trace::{CaptureReader, Problem, SipRecord, Transport};

mod common;
use common::shared_captures as captures_dir;

fn read(name: &str) -> (Vec<SipRecord>, Vec<Problem>) {
    let path = captures_dir().join(name);
    let file = std::fs::File::open(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the shared captures must be beside the project, or named by STATUSDOC_CAPTURES)",
            path.display()
        )
    });
    let mut records = Vec::new();
    let mut problems = Vec::new();
    CaptureReader::new(|r| records.push(r), |p| problems.push(p)).read(std::io::BufReader::new(file));
    (records, problems)
}

fn status_counts(records: &[SipRecord]) -> BTreeMap<u16, usize> {
    let mut counts = BTreeMap::new();
    for record in records {
        if let Some(code) = record.message().and_then(|m| m.status()) {
            *counts.entry(code).or_default() += 1;
        }
    }
    counts
}

/// A capture, its SIP message count and its responses as (code, count).
type Expected = (&'static str, usize, &'static [(u16, usize)]);

/// From the captures README (tshark 4.0).
const TSHARK: &[Expected] = &[
    ("Asterisk_ZFONE_XLITE.pcap", 27, &[(100, 1), (180, 1), (200, 5), (401, 4), (404, 2)]),
    ("DTMFsipinfo.pcap", 32, &[(100, 5), (200, 11)]),
    ("SIP_CALL_RTP_G711", 14, &[(100, 2), (180, 2), (200, 4)]),
    ("SIP_DTMF2.cap", 29, &[(100, 8), (180, 2), (200, 7), (603, 1)]),
    ("b2bua-asterisk.pcapng", 60, &[(100, 3), (180, 2), (200, 9), (401, 7), (404, 1), (480, 1), (489, 6)]),
    ("codec-negotiation.pcap", 10, &[(100, 1), (180, 1), (200, 3)]),
    ("invite-opus-bye.pcap", 7, &[(100, 1), (180, 1), (200, 2)]),
    ("metasploit-sip-invite-spoof.pcap", 2, &[(180, 1)]),
    ("register-invite-reinvite-bye.pcap", 12, &[(100, 1), (180, 1), (200, 4)]),
    ("sip-488-codec-reject.pcapng", 13, &[(100, 1), (200, 3), (401, 1), (488, 1)]),
    ("sip-auth-failure.pcapng", 8, &[(401, 2), (403, 2)]),
    ("sip-over-tcp.pcap", 7, &[(100, 1), (180, 1), (200, 2)]),
    ("sip-proxy.pcap", 11, &[(100, 2), (180, 2), (200, 3)]),
    ("sip-register.pcap", 2, &[(200, 1)]),
    ("sip-routing-error.pcapng", 58, &[(200, 2), (401, 9), (404, 3), (480, 5), (489, 8)]),
    ("sip-rtp-g711.pcap", 10, &[(100, 2), (200, 3)]),
    ("sip-sdp-example.pcap", 7, &[(100, 1), (180, 1), (200, 2)]),
    ("sip_call.pcap", 7, &[(100, 1), (180, 1), (200, 2)]),
    ("udp_5060.pcap", 10, &[(200, 10)]),
];

#[test]
fn every_capture_matches_tshark() {
    let mut report = Vec::new();
    for (name, messages, responses) in TSHARK {
        let (records, problems) = read(name);
        let expected: BTreeMap<u16, usize> = responses.iter().copied().collect();
        let got = status_counts(&records);
        // ICMP errors about SIP datagrams are records, not messages.
        let sent = records.iter().filter(|r| !matches!(r.transport, Transport::Unreachable(_))).count();
        if sent != *messages || got != expected {
            report.push(format!("{name}: {sent} messages (tshark {messages}), responses {got:?} (tshark {expected:?}), problems {problems:?}"));
        }
    }
    assert!(report.is_empty(), "differences from tshark:\n{}", report.join("\n"));
}

#[test]
fn malformed_protos_requests_are_reported_not_dropped() {
    // c07-sip-r2.cap is a Network Monitor 2.x file of PROTOS test-suite requests
    // built to be malformed. tshark calls 12 datagrams SIP; every one of them is
    // either read or reported as unparsable, and every other datagram on port
    // 5060 is reported as not SIP: nothing is silently lost.
    use statusdoc_trace::ProblemKind;
    let (records, problems) = read("c07-sip-r2.cap");
    let unparsable = problems.iter().filter(|p| p.kind == ProblemKind::Unparsable).count();
    assert_eq!(records.len() + unparsable, 12, "records {} problems {problems:?}", records.len());
    let not_sip = problems.iter().filter(|p| p.kind == ProblemKind::NotSip).count();
    assert!(not_sip > 0, "the other datagrams on port 5060 are reported");
    // Network Monitor gives frame times from the capture's start, which its
    // header dates: the first INVITE (frame 3) was sent at 2005-07-17
    // 15:39:25.123 UTC, as tshark -t ud shows, not 4.621 s after 1970.
    let first = records.iter().find(|r| r.frame == 3).map(|r| r.time);
    assert_eq!(first, Some(1_121_614_765.123));
}

#[test]
fn a_large_capture_is_read_whole() {
    let (records, problems) = read("sipp-branch-scenario.pcapng");
    let counts = status_counts(&records);
    assert_eq!(records.len(), 8989, "problems: {:?}", problems.iter().take(5).collect::<Vec<_>>());
    assert_eq!(counts.get(&403), Some(&1148));
}

/// A small deterministic generator for the robustness tests.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn damaged_captures_never_panic_or_hang() {
    // Real captures with bytes flipped, truncated at random points, and pure
    // noise behind valid file headers: the readers must report, not panic.
    let originals = ["sip-over-tcp.pcap", "b2bua-asterisk.pcapng", "c07-sip-r2.cap", "DTMFsipinfo.pcap"];
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for name in originals {
        let bytes = std::fs::read(captures_dir().join(name)).unwrap_or_else(|e| panic!("{e}"));
        for round in 0..25 {
            let mut damaged = bytes.clone();
            for _ in 0..(1 + round % 20) {
                let at = (rng.next() as usize) % damaged.len();
                damaged[at] = rng.next() as u8;
            }
            if round % 3 == 0 {
                damaged.truncate((rng.next() as usize) % damaged.len());
            }
            let mut records = 0;
            CaptureReader::new(|_| records += 1, |_| {}).read(std::io::Cursor::new(damaged));
        }
    }
    for header in [&[0xd4u8, 0xc3, 0xb2, 0xa1][..], &[0x0a, 0x0d, 0x0d, 0x0a], b"GMBU"] {
        for _ in 0..50 {
            let mut noise: Vec<u8> = header.to_vec();
            let len = (rng.next() % 4096) as usize;
            noise.extend((0..len).map(|_| rng.next() as u8));
            CaptureReader::new(|_| {}, |_| {}).read(std::io::Cursor::new(noise));
        }
    }
}
