//! The pcap, pcapng and Network Monitor readers (link layers, IP
//! defragmentation, TCP reassembly) on arbitrary bytes: never a panic, and
//! every record they hand out is bounded by the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statusdoc_trace::CaptureReader;

fuzz_target!(|data: &[u8]| {
    let mut bytes = 0usize;
    CaptureReader::new(|record| bytes += record.bytes.len(), |_| {}).read(data);
    // Reassembly may join fragments or segments, never invent bytes.
    assert!(bytes <= data.len() * 2 + 65_536);
});
