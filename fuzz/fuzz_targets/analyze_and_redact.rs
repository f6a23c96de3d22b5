//! Calls, findings and redaction on arbitrary messages: the input is split
//! into datagrams at NUL bytes (every third one taken as what an ICMP error
//! quotes, every fifth as cut by the snap length; when the first byte is
//! odd, from two inputs in turn, 150 ms apart), redacted, and analysed;
//! never a panic, and each message's direct JSON is the bytes its
//! `Serialize` gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statusdoc_trace::{analyze, Redactor, SipRecord, Transport, Unreachable};

fuzz_target!(|data: &[u8]| {
    let mut redactor = Redactor::new();
    let several = data.first().is_some_and(|b| b & 1 == 1);
    let records: Vec<SipRecord> = data
        .split(|&b| b == 0)
        .enumerate()
        .map(|(i, bytes)| {
            let record = SipRecord {
                frame: if several { statusdoc_trace::frame_of_input(i as u64 + 1, i % 2) } else { i as u64 + 1 },
                time: if several { i as f64 * 0.15 } else { i as f64 },
                src: ([192, 0, 2, 1], 5060).into(),
                dst: ([198, 51, 100, 7], 5060).into(),
                transport: if i % 3 == 2 { Transport::Unreachable(Unreachable::Port) } else { Transport::Udp },
                bytes: bytes.to_vec(),
                cut: i % 5 == 4,
            };
            redactor.record(record)
        })
        .collect();
    for call in analyze(&records, Vec::new()).calls {
        for m in &call.messages {
            let mut written = Vec::new();
            m.write_json(&mut written);
            assert_eq!(Some(written), serde_json::to_vec(m).ok());
        }
    }
});
