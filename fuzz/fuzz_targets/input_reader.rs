//! Any input as `statusdoc analyze` reads it (a capture, a log, either one
//! compressed), within a decompressed-size limit as the web's uploads are,
//! and piped in as it is written, a few bytes at a time: never a panic,
//! never a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let keys = std::sync::Arc::default();
    let _ = statusdoc_trace::read_input_within(data, 1 << 22, &keys, &mut |_| {}, &mut |_| {});
    let trickle = std::io::BufReader::with_capacity(7, data);
    let _ = statusdoc_trace::read_live_input(trickle, &keys, &mut |_| {}, &mut |_| {});
});
