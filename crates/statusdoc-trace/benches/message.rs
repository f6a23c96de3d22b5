//! What one message costs on the way through `statusdoc analyze`, piece by
//! piece: telling a datagram is SIP, parsing it, checking its grammar, and
//! reading a capture down to its records. The messages are those of the
//! 1 GB benchmark (bench/gen_capture.py); a piece's time here, times 2.3
//! million, is its share of that run on one core.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use statusdoc_trace::{check_conformance, looks_like_sip, parse, CaptureReader, Framing, Parsed};

const INVITE: &[u8] = b"INVITE sip:bob1@172.16.0.1 SIP/2.0\r\n\
Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1x1\r\nMax-Forwards: 70\r\n\
From: <sip:alice1@10.0.0.1>;tag=a1\r\nTo: <sip:bob1@172.16.0.1>\r\nCall-ID: 1-bench@10.0.0.1\r\n\
CSeq: 1 INVITE\r\nContact: <sip:alice1@10.0.0.1:5060>\r\nUser-Agent: statusdoc-bench\r\n\
Content-Type: application/sdp\r\nContent-Length: 183\r\n\r\n\
v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 10001 RTP/AVP 0 8 101\r\n\
a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n";

const TRYING: &[u8] = b"SIP/2.0 100 Trying\r\n\
Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1x1\r\nMax-Forwards: 70\r\n\
From: <sip:alice1@10.0.0.1>;tag=a1\r\nTo: <sip:bob1@172.16.0.1>\r\nCall-ID: 1-bench@10.0.0.1\r\n\
CSeq: 1 INVITE\r\nContact: <sip:alice1@10.0.0.1:5060>\r\nUser-Agent: statusdoc-bench\r\n\
Content-Length: 0\r\n\r\n";

/// An RTP packet's payload (version 2, PCMU): what most datagrams of a
/// capture with media are.
fn rtp() -> Vec<u8> {
    let mut packet = vec![0x80, 0x00, 0x12, 0x34, 0, 0, 0x56, 0x78, 0xde, 0xad, 0xbe, 0xef];
    packet.extend(std::iter::repeat_n(0xff, 160));
    packet
}

fn headers(c: &mut Criterion) {
    let mut group = c.benchmark_group("message");
    group.throughput(Throughput::Elements(1));
    for (name, bytes) in [("INVITE with SDP", INVITE), ("100 Trying", TRYING)] {
        group.bench_with_input(BenchmarkId::new("parse", name), bytes, |b, bytes| {
            b.iter(|| match parse(std::hint::black_box(bytes), Framing::Datagram) {
                Ok(Parsed::Complete(m)) => m.headers.len(),
                _ => 0,
            })
        });
    }
    let rtp = rtp();
    for (name, bytes) in [("INVITE", INVITE), ("RTP", rtp.as_slice())] {
        group.bench_with_input(BenchmarkId::new("looks like SIP", name), bytes, |b, bytes| {
            b.iter(|| looks_like_sip(std::hint::black_box(bytes)))
        });
    }
    if let Ok(Parsed::Complete(invite)) = parse(INVITE, Framing::Datagram) {
        group.bench_function("conformance check/INVITE", |b| {
            b.iter(|| check_conformance(std::hint::black_box(&invite)).len())
        });
    }
    group.finish();
}

/// A classic pcap of `count` Ethernet/IPv4/UDP frames between these ports,
/// each carrying `payload`.
fn capture(payload: &[u8], port: u16, count: usize) -> Vec<u8> {
    let mut capture = Vec::new();
    for field in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, 1] {
        capture.extend_from_slice(&field.to_le_bytes());
    }
    let mut frame = vec![0u8; 12];
    frame.extend_from_slice(&[0x08, 0x00, 0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 172, 16, 0, 1]);
    let total = (28 + payload.len()) as u16;
    frame[16..18].copy_from_slice(&total.to_be_bytes());
    frame.extend_from_slice(&port.to_be_bytes());
    frame.extend_from_slice(&port.to_be_bytes());
    frame.extend_from_slice(&(total - 20).to_be_bytes());
    frame.extend_from_slice(&[0, 0]);
    frame.extend_from_slice(payload);
    for i in 0..count {
        let len = frame.len() as u32;
        for field in [1_700_000_000 + i as u32 / 1000, (i as u32 % 1000) * 1000, len, len] {
            capture.extend_from_slice(&field.to_le_bytes());
        }
        capture.extend_from_slice(&frame);
    }
    capture
}

fn reading(c: &mut Criterion) {
    let mut group = c.benchmark_group("capture");
    let count = 10_000;
    group.throughput(Throughput::Elements(count as u64));
    let rtp = rtp();
    for (name, payload, port) in [("INVITE", INVITE, 5060), ("RTP", rtp.as_slice(), 10_000)] {
        let bytes = capture(payload, port, count);
        group.bench_with_input(BenchmarkId::new("read to records", name), &bytes, |b, bytes| {
            b.iter(|| {
                let mut records = 0usize;
                CaptureReader::new(|_| records += 1, |_| {})
                    .with_tls_keys(Arc::default())
                    .read(std::io::Cursor::new(bytes.as_slice()));
                records
            })
        });
    }
    group.finish();
}

criterion_group!(benches, headers, reading);
criterion_main!(benches);
