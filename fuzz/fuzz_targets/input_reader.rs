//! Any input as `statusdoc analyze` reads it (a capture, a log, either one
//! compressed), within a decompressed-size limit as the web's uploads are,
//! and piped in as it is written, a few bytes at a time, its writer falling
//! silent now and then: never a panic, never a hang.
#![no_main]

use std::sync::atomic::{AtomicBool, Ordering};

use libfuzzer_sys::fuzz_target;

/// A pipe that falls silent every third read, once the reader wants to hear of it.
struct Quiet<'a> {
    data: &'a [u8],
    reads: usize,
    silence_wanted: &'a AtomicBool,
}

impl std::io::Read for Quiet<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.reads += 1;
        if self.reads % 3 == 0 && self.silence_wanted.load(Ordering::Relaxed) {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.data.read(buf)
    }
}

fuzz_target!(|data: &[u8]| {
    let keys = std::sync::Arc::default();
    let _ = statusdoc_trace::read_input_within(data, 1 << 22, &keys, &mut |_| {}, &mut |_| {});
    let silence_wanted = AtomicBool::new(false);
    let trickle = std::io::BufReader::with_capacity(7, Quiet { data, reads: 0, silence_wanted: &silence_wanted });
    let _ = statusdoc_trace::read_live_input(trickle, &keys, &silence_wanted, &mut |_| {}, &mut |_| {});
});
