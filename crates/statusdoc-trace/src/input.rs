//! One input, whatever it is: a capture (by its magic number) or a text log.

use std::io::{self, BufRead, Read};

use crate::record::{Problem, ProblemKind, SipRecord};
use crate::{read_log, CaptureReader, MAX_LOG_BYTES};

/// Whether the first bytes are those of a capture this crate reads (pcap in
/// either byte order and resolution, pcapng, Network Monitor 2.x).
pub fn is_capture(head: &[u8]) -> bool {
    matches!(
        head.get(..4),
        Some(
            [0xd4, 0xc3, 0xb2, 0xa1]
                | [0xa1, 0xb2, 0xc3, 0xd4]
                | [0x4d, 0x3c, 0xb2, 0xa1]
                | [0xa1, 0xb2, 0x3c, 0x4d]
                | [0x0a, 0x0d, 0x0d, 0x0a]
                | [b'G', b'M', b'B', b'U']
        )
    )
}

/// Reads one input — capture or log — handing each SIP message to
/// `on_record` and each problem to `on_problem`. A log is read up to
/// [`MAX_LOG_BYTES`]; an input that is neither is reported as
/// [`ProblemKind::UnknownFormat`]. Only reading the input itself can fail.
pub fn read_input(
    mut input: impl BufRead + Send,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let head = input.fill_buf()?.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    if is_capture(&head) {
        CaptureReader::new(on_record, on_problem).read(input);
        return Ok(());
    }
    let mut bytes = Vec::new();
    input.take(MAX_LOG_BYTES as u64).read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let mut reported = 0usize;
    read_log(&text, on_record, |problem| {
        reported += 1;
        on_problem(problem);
    });
    if bytes.is_empty() || (reported == 0 && !text.contains("SIP/2.0")) {
        on_problem(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: String::new() });
    }
    Ok(())
}
