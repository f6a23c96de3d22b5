//! The SIP parser and the conformance checks on arbitrary bytes, in every
//! framing: never a panic, and a complete message never claims more bytes
//! than it was given; a datagram whose length is wrong has the rest as its
//! body, and a cut one only header lines that ended before the cut.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statusdoc_trace::{check_conformance, parse, Framing, Parsed};

fuzz_target!(|data: &[u8]| {
    for framing in [Framing::Datagram, Framing::Stream, Framing::Lenient, Framing::Cut] {
        if let Ok(Parsed::Complete(message)) = parse(data, framing) {
            assert!(message.consumed <= data.len());
            let end_of = |part: &[u8]| part.as_ptr() as usize - data.as_ptr() as usize + part.len();
            if framing == Framing::Datagram && message.length_defect.is_some() {
                assert_eq!(end_of(message.body), data.len());
            }
            if framing == Framing::Cut {
                assert!(message.headers.iter().all(|h| data[end_of(h.raw)..].contains(&b'\n')));
            }
            let _ = check_conformance(&message);
            let _ = (message.call_id(), message.cseq(), message.via_branch(), message.to_tag());
        }
    }
});
