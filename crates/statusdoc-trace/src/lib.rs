//! # statusdoc-trace
//!
//! Reading SIP traffic. This first part is the SIP message parser, written
//! here rather than taken from a crate because reading what real devices send
//! — leniently, without copying, and saying precisely what is wrong and where —
//! is the product.
//!
//! - [`parse`] reads one message from a datagram or from the front of a
//!   stream; [`Parsed::Partial`] means "not enough bytes yet", which is not
//!   an error. [`ParseError`] names what is wrong with its line and column.
//! - [`Message`] borrows from the input: the start line, the header fields
//!   (compact names such as `i` or `v` answer to their long names) and the body.
//!
//! ```
//! use statusdoc_trace::{parse, Framing, Parsed};
//! let bytes = b"SIP/2.0 486 Busy Here\r\nCall-ID: abc\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
//! let Ok(Parsed::Complete(message)) = parse(bytes, Framing::Datagram) else { panic!() };
//! assert_eq!(message.status(), Some(486));
//! assert_eq!(message.call_id(), Some("abc"));
//! assert_eq!(message.cseq(), Some((1, "INVITE")));
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod acdr;
mod archive;
mod capture;
mod conformance;
mod dissection;
mod dump;
mod erf;
mod esp;
mod exported_pdu;
mod findings;
mod follow;
mod hep;
mod hexdump;
mod identity;
mod input;
mod log;
mod model;
mod pcap_variant;
mod pdml;
mod record;
mod redact;
mod scan;
mod sctp;
mod sip;
mod sipdump;
mod sipstack;
mod tcp;
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod test_support;
mod tls;
mod together;
mod tport_dump;
mod tshark_json;
mod tunnel;
mod websocket;
mod wlan;

pub use archive::{archive_members, ArchiveMember, MAX_ARCHIVE_ENTRIES};
pub use capture::{CaptureReader, BLOCK_BUFFER, FRAGMENT_TIMEOUT};
pub use conformance::{check as check_conformance, Deviation};
pub use findings::{Finding, Severity, KINDS};
pub use input::{decompressed, is_capture, read_input, read_input_within, read_live_input};
pub use log::{read_log, read_log_with_keys, read_plain_log_in_parts, MAX_LOG_BYTES};
pub use model::{
    analyze, analyze_inputs, copy_key, write_json_addrs, Analysis, Analyzer, Call, CallMessage, Finished, Kind,
    Outcome, State, Summary, CALL_IDLE_TIMEOUT, SAME_MESSAGE_WINDOW,
};
pub use record::{
    frame_input, frame_number, frame_of_input, frame_of_line, is_line, note_problem, problem_count, Parse,
    ParsedRecord, Problem, ProblemKind, SipRecord, Transport, Unreachable, MAX_INPUTS, MAX_PROBLEMS,
};
pub use redact::{Redacted, Redactor};
pub use sip::{
    looks_like_sip, parse, Framing, Header, LengthDefect, Message, ParseError, ParseErrorKind, Parsed, StartLine,
    LIMITS, METHOD_CHARS,
};
pub use tcp::MAX_STREAM_BYTES;
pub use tls::{KeyLog, MAX_KEY_LOG_BYTES};
pub use together::{clock_offsets, ring_order, Reopen};
