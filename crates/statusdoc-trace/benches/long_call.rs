//! A registration refreshed and challenged for a long time under one
//! Call-ID: the flow findings must stay linear in the call's length (a
//! quadratic pass once took 27 s for 120,000 messages). And many calls
//! linked by X-Call-ID, as a B2BUA writes them: building each call must not
//! scan every link of the capture.

use criterion::{criterion_group, criterion_main, Criterion};
use statusdoc_trace::{analyze, read_log, SipRecord};

fn long_log(transactions: usize) -> String {
    let mut text = String::new();
    for i in 1..=transactions {
        text.push_str(&format!(
            "REGISTER sip:example.test SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK{i}\r\n\
             From: <sip:a@example.test>;tag=1\r\nTo: <sip:a@example.test>\r\nCall-ID: one@192.0.2.1\r\n\
             CSeq: {i} REGISTER\r\nContent-Length: 0\r\n\r\n\
             SIP/2.0 401 Unauthorized\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK{i}\r\n\
             From: <sip:a@example.test>;tag=1\r\nTo: <sip:a@example.test>;tag=2\r\nCall-ID: one@192.0.2.1\r\n\
             CSeq: {i} REGISTER\r\nWWW-Authenticate: Digest realm=\"example.test\", nonce=\"n{i}\"\r\n\
             Content-Length: 0\r\n\r\n"
        ));
    }
    text
}

/// A criterion group timing the whole analysis of each log, named by `label`.
fn analyze_logs(c: &mut Criterion, group: &str, logs: &[String], label: impl Fn(&[SipRecord]) -> String) {
    let mut group = c.benchmark_group(group);
    group.sample_size(10);
    for log in logs {
        let mut records: Vec<SipRecord> = Vec::new();
        read_log(log, |r| records.push(r), |_| {});
        group.bench_function(label(&records), |b| b.iter(|| analyze(&records, Vec::new()).calls.len()));
    }
    group.finish();
}

fn long_call(c: &mut Criterion) {
    let logs = [5_000, 20_000].map(long_log);
    analyze_logs(c, "one call", &logs, |records| format!("{} messages", records.len()));
}

fn linked_log(calls: usize) -> String {
    let mut text = String::new();
    for i in 1..=calls {
        text.push_str(&format!(
            "OPTIONS sip:b@example.test SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK{i}\r\n\
             From: <sip:a@example.test>;tag={i}\r\nTo: <sip:b@example.test>\r\nCall-ID: leg-b-{i}\r\n\
             X-Call-ID: leg-a-{i}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
        ));
    }
    text
}

fn linked_calls(c: &mut Criterion) {
    let logs = [5_000, 20_000].map(linked_log);
    // One OPTIONS per call.
    analyze_logs(c, "linked calls", &logs, |records| format!("{} calls", records.len()));
}

criterion_group!(benches, long_call, linked_calls);
criterion_main!(benches);
