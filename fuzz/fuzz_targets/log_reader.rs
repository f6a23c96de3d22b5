//! The text log reader on arbitrary text: never a panic, and a plain log
//! read a part at a time gives what it gives read whole.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&lines, data)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(data);
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    statusdoc_trace::read_log(&text, |r| records.push(r), |p| problems.push(p));
    let size = usize::from(lines % 16) + 1;
    if let Some((in_parts, said)) = statusdoc_trace::read_plain_log_in_parts(&text, size, false) {
        assert_eq!(in_parts, records);
        assert_eq!(said, problems);
    }
    // As a live log whose writer falls silent after each part: a message
    // without Content-Length may be read before a body that comes later,
    // so only that reading ends is asserted.
    let _ = statusdoc_trace::read_plain_log_in_parts(&text, size, true);
});
