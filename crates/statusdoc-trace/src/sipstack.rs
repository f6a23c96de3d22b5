//! SIP messages in the SIPStack logs of Skype for Business and Lync Server
//! (the logging tool's traces, read in Snooper): each message a record
//! between `$$begin_record` and `$$end_record`, its trace line giving the
//! time, then `Direction:` and `Peer:` (where it came from or went), the
//! start line as `Start-Line:`, the header fields as sent, and the body
//! after `Message-Body:`.

use crate::log::{clock_seconds, days_from_civil, message_or_problem, LOOK_AHEAD_LINES, UNKNOWN};
use crate::record::{Problem, SipRecord, Transport};
use crate::sip::Framing;

/// The fields a record has before its start line, which are the log's.
const RECORD_FIELDS: [&str; 5] = ["Trace-Correlation-Id:", "Instance-Id:", "Direction:", "Peer:", "Message-Type:"];

/// `…::11/26/2024-07:06:17.591.0012ab34 (SIPStack,…`: the trace line's time.
fn trace_time(line: &str) -> Option<f64> {
    let stamp = line.split("::").nth(1)?.split_whitespace().next()?;
    let (date, clock) = stamp.split_once('-')?;
    let mut parts = date.split('/').map(|p| p.parse::<i64>().ok());
    let (month, day, year) = (parts.next()??, parts.next()??, parts.next()??);
    // The clock ends in milliseconds, then the trace's own counter.
    let clock: String = clock.splitn(4, '.').take(2).collect::<Vec<_>>().join(".");
    Some(days_from_civil(year, month, day) as f64 * 86_400.0 + clock_seconds(&clock)?)
}

/// Whether a record begins within the text's first lines.
pub(crate) fn sniff(text: &str) -> bool {
    text.lines().take(LOOK_AHEAD_LINES).any(begins_record)
}

/// Whether the line is a trace line opening a record.
/// The line that closes a record.
const END_RECORD: &str = "$$end_record";

fn begins_record(line: &str) -> bool {
    line.trim_end().ends_with("$$begin_record")
}

/// Reads the records of a SIPStack log; `false`, having read nothing, when
/// the text is not one.
pub(crate) fn read_sipstack(
    text: &str,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    if !sniff(text) {
        return false;
    }
    let form = crate::log::PartForm::SipStack;
    crate::log::PartReader::read_whole(form, text, &std::sync::Arc::default(), on_record, on_problem);
    true
}

/// A SIPStack log read a part at a time (whole lines): the last record of
/// a part may go on in the next, so its lines are held back and read again
/// with what follows.
pub(crate) struct SipStack<'c> {
    on_record: &'c mut dyn FnMut(SipRecord),
    on_problem: &'c mut dyn FnMut(Problem),
    /// Lines read before the text fed now.
    lines_before: u64,
}

impl<'c> SipStack<'c> {
    pub(crate) fn new(on_record: &'c mut dyn FnMut(SipRecord), on_problem: &'c mut dyn FnMut(Problem)) -> SipStack<'c> {
        SipStack { on_record, on_problem, lines_before: 0 }
    }

    /// Reads `text`, whole lines following those read before. The lines
    /// from the last record's opening on are held back when more follows,
    /// or, silent, until its `$$end_record` has come (unless they are more
    /// than any record holds); the number of lines read is returned, and
    /// the rest is to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: crate::log::After) -> usize {
        let all: Vec<&str> = text.lines().collect();
        let ended = |record: &[&str]| record.iter().any(|l| l.trim_end() == END_RECORD);
        let held_from = crate::log::held_from(text, &all, after, begins_record, ended);
        let mut lines = all[..held_from].iter().enumerate().peekable();
        while let Some((n, line)) = lines.next() {
            if !begins_record(line) {
                continue;
            }
            let time = trace_time(line).unwrap_or(0.0);
            let (mut incoming, mut peer) = (true, UNKNOWN);
            let mut message = String::new();
            let mut in_body = false;
            // A record whose `$$end_record` is missing ends where the next begins.
            while let Some((_, field)) = lines.next_if(|(_, l)| !begins_record(l)) {
                if field.trim_end() == END_RECORD {
                    break;
                }
                if in_body {
                    message.push_str(field);
                    message.push_str("\r\n");
                } else if let Some(start) = field.strip_prefix("Start-Line: ") {
                    message.push_str(start.trim_end());
                    message.push_str("\r\n");
                } else if let Some(body) = field.strip_prefix("Message-Body:") {
                    // An empty body is written as a dash.
                    message.push_str("\r\n");
                    let body = body.trim();
                    if !matches!(body, "" | "-" | "–") {
                        message.push_str(body);
                        message.push_str("\r\n");
                    }
                    in_body = true;
                } else if let Some(direction) = field.strip_prefix("Direction:") {
                    incoming = direction.trim().eq_ignore_ascii_case("incoming");
                } else if let Some(address) = field.strip_prefix("Peer:") {
                    peer = address.trim().parse().unwrap_or(UNKNOWN);
                } else if !message.is_empty() && !RECORD_FIELDS.iter().any(|f| field.starts_with(f)) {
                    message.push_str(field);
                    message.push_str("\r\n");
                }
            }
            if message.is_empty() {
                continue; // a record of something else than a message
            }
            if !in_body {
                message.push_str("\r\n");
            }
            let (src, dst) = if incoming { (peer, UNKNOWN) } else { (UNKNOWN, peer) };
            let record = SipRecord {
                frame: self.lines_before + n as u64 + 1,
                time,
                src,
                dst,
                transport: Transport::Log,
                bytes: message.into_bytes(),
                cut: false,
            };
            message_or_problem(record, Framing::Lenient, self.on_record, self.on_problem);
        }
        self.lines_before += held_from as u64;
        held_from
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "TL_INFO(TF_PROTOCOL) [0]0A8C.0B24::05/01/2024-12:00:00.250.0000026b (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))[1776474128] $$begin_record
Trace-Correlation-Id: 1776474128
Instance-Id: 2DDCF
Direction: incoming
Peer: 10.0.0.20:5061
Message-Type: request
Start-Line: INVITE sip:bob@contoso.com SIP/2.0
From: <sip:alice@contoso.com>;tag=a1;epid=e1
To: <sip:bob@contoso.com>
CSeq: 1 INVITE
Call-ID: sfb-1
Content-Type: application/sdp
Content-Length: 10
Message-Body: v=0
s=-
$$end_record
TL_INFO(TF_PROTOCOL) [0]0A8C.0B24::05/01/2024-12:00:01.500.0000026c (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))[1776474129] $$begin_record
Trace-Correlation-Id: 1776474129
Instance-Id: 2DDD0
Direction: outgoing;source=\"local\"
Peer: 10.0.0.20:5061
Message-Type: response
Start-Line: SIP/2.0 486 Busy Here
From: <sip:alice@contoso.com>;tag=a1;epid=e1
To: <sip:bob@contoso.com>;tag=b1
CSeq: 1 INVITE
Call-ID: sfb-1
Content-Length: 0
Message-Body: –
$$end_record
";

    #[test]
    fn records_give_messages_with_their_peer_and_time() {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_sipstack(LOG, &mut |r| records.push(r), &mut |p| problems.push(p)));
        assert!(problems.is_empty(), "{problems:?}");
        let peer: std::net::SocketAddr = "10.0.0.20:5061".parse().unwrap_or(UNKNOWN);
        let seen: Vec<_> = records.iter().map(|r| (r.frame, r.src, r.dst)).collect();
        assert_eq!(seen, [(1, peer, UNKNOWN), (17, UNKNOWN, peer)]);
        assert_eq!(records[0].time, 1_714_564_800.25);
        assert_eq!(records[1].time, 1_714_564_801.5);
        let first = records[0].message().map(|m| (m.call_id().map(str::to_owned), m.body.to_vec()));
        assert_eq!(first, Some((Some("sfb-1".to_owned()), b"v=0\r\ns=-\r\n".to_vec())));
        assert_eq!(records[1].message().and_then(|m| m.status()), Some(486));
        assert!(!String::from_utf8_lossy(&records[0].bytes).contains("Instance-Id"), "the log's own fields left out");
    }

    #[test]
    fn other_text_is_not_a_sipstack_log() {
        assert!(!read_sipstack("INVITE sip:b@x SIP/2.0\nCall-ID: a\n\n", &mut |_| {}, &mut |_| {}));
    }

    #[test]
    fn a_record_without_its_end_ends_where_the_next_begins() {
        let text = LOG.replacen("$$end_record\n", "", 1);
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_sipstack(&text, &mut |r| records.push(r), &mut |p| problems.push(p)));
        let statuses: Vec<_> = records.iter().map(|r| r.message().map(|m| m.status())).collect();
        assert_eq!(statuses, [Some(None), Some(Some(486))], "{problems:?}");
        let parts = crate::log::tests::read_in_parts(&text, &std::sync::Arc::default(), 3, crate::log::After::More);
        assert_eq!(parts, (records, problems), "read in parts, the same");
    }

    #[test]
    fn a_log_read_a_part_at_a_time_gives_what_it_gives_whole() {
        let text = LOG.repeat(5);
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        assert!(read_sipstack(&text, &mut |r| records.push(r), &mut |p| problems.push(p)));
        assert_eq!(records.len(), 10);
        let silent_or_not = [crate::log::After::More, crate::log::After::Silence];
        for (lines, between) in [1, 2, 3, 7, 16, 50].into_iter().flat_map(|n| silent_or_not.map(|a| (n, a))) {
            let parts = crate::log::tests::read_in_parts(&text, &std::sync::Arc::default(), lines, between);
            assert_eq!(parts, (records.clone(), problems.clone()), "{lines} lines at a time, then {between:?}");
        }
    }
}
