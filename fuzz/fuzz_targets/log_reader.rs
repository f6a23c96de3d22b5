//! The text log reader on arbitrary text: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    statusdoc_trace::read_log(&text, |_| {}, |_| {});
});
