//! The text log reader on arbitrary text: never a panic, and a plain log
//! read a part at a time gives what it gives read whole.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&lines, data)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(data);
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    statusdoc_trace::read_log(&text, |r| records.push(r), |p| problems.push(p));
    if let Some((in_parts, said)) = statusdoc_trace::read_plain_log_in_parts(&text, usize::from(lines % 16) + 1) {
        assert_eq!(in_parts, records);
        assert_eq!(said, problems);
    }
});
