//! The SIP parser and the conformance checks on arbitrary bytes, in every
//! framing: never a panic, and a complete message never claims more bytes
//! than it was given.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statusdoc_trace::{check_conformance, parse, Framing, Parsed};

fuzz_target!(|data: &[u8]| {
    for framing in [Framing::Datagram, Framing::Stream, Framing::Lenient] {
        if let Ok(Parsed::Complete(message)) = parse(data, framing) {
            assert!(message.consumed <= data.len());
            let _ = check_conformance(&message);
            let _ = (message.call_id(), message.cseq(), message.via_branch(), message.to_tag());
        }
    }
});
