//! sofia-sip's transport dump: what a program built on sofia-sip
//! (FreeSWITCH's mod_sofia among them) writes to the file named by the
//! `TPORT_DUMP` environment variable, or by a profile's `sip-dump-file`
//! where FreeSWITCH is patched for it. It opens with `dump started at`
//! and the local date and time (C's `ctime`); then each read or write on a
//! transport is a frame: a line `recv N bytes from udp/[ADDR]:PORT at
//! HH:MM:SS.UUUUUU:` (`sent N bytes to …` the other way; a date before the
//! time where sofia-sip is patched to write one), the N bytes as they went,
//! and a vertical tab and a line end. The address is the other end's. The
//! time is the program's clock: local time in FreeSWITCH's sofia-sip,
//! UTC in the original; like other logs' local times, it is read as UTC.
//! A datagram is one message; what a stream (TCP, TLS decrypted, WebSocket
//! unframed) carries comes in reads that cut messages or hold several, so
//! each direction's bytes are joined and framed by Content-Length, as from
//! a capture.
//!
//! The same stamp heads FreeSWITCH's console trace (`sofia global siptrace
//! on`), where a rule of dashes follows it and the message is indented:
//! that is a log ([`crate::log`]), told apart by the vertical tab that
//! ends each frame of a dump.

use std::io::{self, BufRead};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use crate::dump::Reader;
use crate::log::{clock_seconds, days_from_civil, find_time, transport_named, LOOK_AHEAD_LINES, UNKNOWN};
use crate::record::{Problem, ProblemKind, SipRecord, Transport};
use crate::sip::{looks_like_sip, Framing};

/// The first line of a dump file, before the local time it began.
const STARTED: &str = "dump started at ";
/// What ends each frame's bytes.
const FRAME_END: &[u8] = b"\x0b\n";
/// Said with the problems of a dump.
const FORM: &str = "(sofia-sip dump)";

/// A frame's first line.
#[derive(Debug, PartialEq)]
struct Stamp<'a> {
    /// Written by the program (`sent`), or read by it (`recv`).
    sent: bool,
    /// How many bytes follow.
    length: usize,
    /// `None` for a transport SIP is not carried on here.
    transport: Option<Transport>,
    /// The other end.
    peer: SocketAddr,
    /// When, as written: a time of day, or a date and time.
    time: &'a str,
}

/// Reads a frame's first line.
fn stamp(line: &str) -> Option<Stamp<'_>> {
    let (what, rest) = line.split_once(' ')?;
    let (sent, via) = match what {
        "recv" => (false, "from"),
        "sent" | "send" => (true, "to"),
        _ => return None,
    };
    let (length, rest) = rest.split_once(' ')?;
    let length = length.parse().ok()?;
    let rest = rest.strip_prefix("bytes ")?.strip_prefix(via)?.strip_prefix(' ')?;
    let (protocol, rest) = rest.split_once("/[")?;
    let (ip, rest) = rest.split_once("]:")?;
    let (port, time) = rest.split_once(" at ")?;
    // After the port: an IPv6 flow label (`/N`), `;comp=sigcomp`.
    let port: u16 = port.split(['/', ';']).next()?.parse().ok()?;
    let time = time.strip_suffix(':')?;
    // A scoped IPv6 address (`fe80::1%eth0`) is read without its zone.
    let ip = ip.split('%').next().and_then(|ip| ip.parse().ok()).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let transport = transport_named(protocol);
    Some(Stamp { sent, length, transport, peer: SocketAddr::new(ip, port), time })
}

/// Whether the text is a dump: it opens as one, or one of its first lines
/// heads a frame whose count of bytes ends at a vertical tab (a log that
/// quotes the console's stamp before a message has none).
pub(crate) fn sniff(text: &str) -> bool {
    if text.starts_with(STARTED) {
        return true;
    }
    let mut at = 0;
    for line in text.split_inclusive('\n').take(LOOK_AHEAD_LINES) {
        at += line.len();
        if let Some(stamp) = stamp(line.trim_end_matches(['\r', '\n'])) {
            let after = text.as_bytes().get(at.saturating_add(stamp.length)..);
            return after.is_some_and(|rest| rest.starts_with(FRAME_END))
                || memchr::memmem::find(text.as_bytes(), b"\x0b\nrecv ").is_some()
                || memchr::memmem::find(text.as_bytes(), b"\x0b\nsent ").is_some();
        }
    }
    false
}

/// Times of day put on the dates they fall on: the date the dump began,
/// and one more each time the clock goes past midnight.
#[derive(Default)]
struct Clock {
    /// When the dump began, its local time taken as UTC.
    started: Option<f64>,
    /// The start of the day the last frame fell on, and its time of day.
    day: Option<f64>,
    last: Option<f64>,
}

impl Clock {
    /// Seconds since 1970 (or since the first day's midnight, when the
    /// dump's start is not in the text).
    fn at(&mut self, time_of_day: f64) -> f64 {
        const DAY: f64 = 86_400.0;
        let mut day = self.day.unwrap_or_else(|| match self.started {
            // The day that puts the first frame nearest the start: the
            // start is local time, the frames' local time or UTC: at most
            // half a day apart.
            Some(started) => {
                let base = (started / DAY).floor() * DAY;
                [base - DAY, base, base + DAY]
                    .into_iter()
                    .min_by(|a, b| (a + time_of_day - started).abs().total_cmp(&(b + time_of_day - started).abs()))
                    .unwrap_or(base)
            }
            None => 0.0,
        });
        if self.last.is_some_and(|last| time_of_day + DAY / 2.0 < last) {
            day += DAY;
        }
        (self.day, self.last) = (Some(day), Some(time_of_day));
        day + time_of_day
    }
}

/// `Fri Nov 27 21:00:00 2026`, C's `ctime`, as seconds since 1970.
fn ctime(text: &str) -> Option<f64> {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut words = text.split_whitespace().skip(1);
    let month = words.next()?;
    let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
    let day: i64 = words.next()?.parse().ok()?;
    let clock = clock_seconds(words.next()?)?;
    let year: i64 = words.next()?.parse().ok()?;
    Some(days_from_civil(year, month, day) as f64 * 86_400.0 + clock)
}

/// Reads the messages of a dump; `false`, having read nothing, when the
/// text is not one.
pub(crate) fn read_tport_dump(
    text: &str,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> bool {
    if !sniff(text) {
        return false;
    }
    // Reading bytes held in memory cannot fail.
    let _ = read_dump(text.as_bytes(), on_record, on_problem);
    true
}

/// The most bytes of one frame read: far more than a read or write of a
/// SIP stack (a message is at most 4 MiB and 64 KiB here); a frame past
/// this is reported and skipped.
const MAX_FRAME: usize = 4 * 1024 * 1024;
/// The most of a line kept while looking for frames (a stamp is a hundred
/// bytes; a longer line is junk, passed over).
const MAX_LINE: usize = 4096;

/// A dump's bytes as they are read, with bytes put back in front.
struct Source<R> {
    input: R,
    back: Vec<u8>,
}

impl<R: BufRead> Source<R> {
    fn available(&mut self) -> io::Result<&[u8]> {
        if self.back.is_empty() {
            self.input.fill_buf()
        } else {
            Ok(&self.back)
        }
    }

    fn consume(&mut self, n: usize) {
        if self.back.is_empty() {
            self.input.consume(n);
        } else {
            self.back.drain(..n);
        }
    }

    /// Puts `bytes` back, to be read before what was left.
    fn unread(&mut self, bytes: &[u8]) {
        self.back.splice(0..0, bytes.iter().copied());
    }

    /// Reads up to the next line end (included), appending at most `keep`
    /// bytes of it to `out`: how many bytes were read (0: the end), and
    /// whether the line ended with a frame's end.
    fn line(&mut self, out: &mut Vec<u8>, keep: usize) -> io::Result<(usize, bool)> {
        let (mut read, mut last) = (0, [0u8; 2]);
        loop {
            let available = self.available()?;
            if available.is_empty() {
                return Ok((read, last == *FRAME_END));
            }
            let (n, done) = match memchr::memchr(b'\n', available) {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            let room = keep.saturating_sub(out.len()).min(n);
            out.extend_from_slice(&available[..room]);
            last = match n {
                1 => [last[1], available[0]],
                _ => [available[n - 2], available[n - 1]],
            };
            self.consume(n);
            read += n;
            if done {
                return Ok((read, last == *FRAME_END));
            }
        }
    }

    /// Appends the next `n` bytes (fewer at the end) to `out`.
    fn take(&mut self, out: &mut Vec<u8>, mut n: usize) -> io::Result<()> {
        while n > 0 {
            let available = self.available()?;
            if available.is_empty() {
                break;
            }
            let m = n.min(available.len());
            out.extend_from_slice(&available[..m]);
            self.consume(m);
            n -= m;
        }
        Ok(())
    }
}

/// Reads the messages of a dump from `input`, a frame at a time, whatever
/// its length: memory holds one frame and each stream's unframed bytes.
pub(crate) fn read_dump(
    input: impl BufRead,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) -> io::Result<()> {
    let mut source = Source { input, back: Vec::new() };
    let mut reader = Reader::new(on_record, on_problem).exact();
    let mut clock = Clock::default();
    // The first line of a run outside any frame that is not the dump's
    // opening nor blank: a file rotated in the middle of a frame begins
    // with its rest; said at the next frame (or the end).
    let mut unread_before: Option<u64> = None;
    let (mut line, mut data) = (Vec::new(), Vec::new());
    let mut line_number = 1u64;
    loop {
        line.clear();
        let (read, _) = source.line(&mut line, MAX_LINE)?;
        if read == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        let Some(stamp) = stamp(text) else {
            if let Some(started) = text.strip_prefix(STARTED) {
                // Each start of the program opens the file again, and dates
                // the frames after it.
                clock = Clock { started: ctime(started), ..Clock::default() };
            } else if !text.trim().is_empty() {
                unread_before.get_or_insert(line_number);
            }
            line_number += 1;
            continue;
        };
        if let Some(line) = unread_before.take() {
            reader.problem(Problem { frame: line, kind: ProblemKind::DamagedFile, detail: FORM.to_owned() });
        }
        let frame = line_number + 1;
        let lines = match read_frame(&mut source, stamp.length, &mut data)? {
            Body::Read => data.iter().filter(|&&b| b == b'\n').count() as u64,
            Body::Skipped(lines) => {
                let detail = format!("{FORM} {} bytes", stamp.length.max(MAX_FRAME));
                reader.problem(Problem { frame, kind: ProblemKind::LimitReached, detail });
                line_number += 2 + lines;
                continue;
            }
            Body::Cut => {
                let detail = format!("{FORM} {} bytes", stamp.length);
                reader.problem(Problem { frame, kind: ProblemKind::DamagedFile, detail });
                break;
            }
        };
        // The stamp's line, the frame's, and the line its end closes.
        line_number += 2 + lines;
        let time = match find_time(stamp.time) {
            Some(t) if t < 86_400.0 => clock.at(t),
            Some(t) => t,
            None => 0.0,
        };
        let Some(transport) = stamp.transport else { continue };
        let (src, dst) = if stamp.sent { (UNKNOWN, stamp.peer) } else { (stamp.peer, UNKNOWN) };
        let record = SipRecord { frame, time, src, dst, transport, bytes: std::mem::take(&mut data), cut: false };
        match transport {
            Transport::Udp if !looks_like_sip(&record.bytes) && !record.bytes.iter().all(u8::is_ascii_whitespace) => {
                let detail = format!("{src} → {dst}: {} bytes", record.bytes.len());
                reader.problem(Problem { frame, kind: ProblemKind::NotSip, detail });
            }
            Transport::Udp => reader.message(record, Framing::Datagram),
            _ => reader.segment(record),
        }
    }
    if let Some(line) = unread_before {
        reader.problem(Problem { frame: line, kind: ProblemKind::DamagedFile, detail: FORM.to_owned() });
    }
    reader.finish();
    Ok(())
}

/// How a frame's bytes were read.
enum Body {
    /// Into the buffer given.
    Read,
    /// Passed over, too large to hold: how many line ends it held.
    Skipped(u64),
    /// The input ends inside it.
    Cut,
}

/// Reads the bytes of a frame whose stamp counts `length` of them into
/// `data`, and its end. Where the count is not what the text holds (a file
/// re-encoded, or cut), the frame ends at the first frame end.
fn read_frame(source: &mut Source<impl BufRead>, length: usize, data: &mut Vec<u8>) -> io::Result<Body> {
    data.clear();
    if length <= MAX_FRAME {
        source.take(data, length + FRAME_END.len())?;
        if data.len() == length + FRAME_END.len() && data.ends_with(FRAME_END) {
            data.truncate(length);
            return Ok(Body::Read);
        }
        if let Some(at) = memchr::memmem::find(data, FRAME_END) {
            source.unread(&data[at + FRAME_END.len()..]);
            data.truncate(at);
            return Ok(Body::Read);
        }
        // The end is further on: a line ends with it.
        while data.len() < MAX_FRAME {
            let (read, ended) = source.line(data, MAX_FRAME)?;
            if ended {
                data.truncate(data.len() - FRAME_END.len());
                return Ok(Body::Read);
            }
            if read == 0 {
                return Ok(Body::Cut);
            }
        }
    }
    // Too large: passed over a line at a time, up to its end.
    let mut lines = data.iter().filter(|&&b| b == b'\n').count() as u64;
    loop {
        let (read, ended) = source.line(&mut Vec::new(), 0)?;
        if read == 0 {
            return Ok(Body::Cut);
        }
        if ended {
            return Ok(Body::Skipped(lines));
        }
        lines += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(call_id: &str, start: &str, cseq: &str, transport: &str) -> String {
        format!(
            "{start}\r\nVia: SIP/2.0/{transport} 10.0.0.1:5060;branch=z9hG4bK{call_id}\r\nFrom: <sip:a@example.com>;tag=a\r\nTo: <sip:b@example.com>\r\nCall-ID: {call_id}\r\nCSeq: {cseq}\r\nContent-Length: 4\r\n\r\nabcd"
        )
    }

    fn frame(what: &str, peer: &str, time: &str, bytes: &str) -> String {
        let via = if what == "recv" { "from" } else { "to" };
        format!("{what} {} bytes {via} {peer} at {time}:\n{bytes}\x0b\n", bytes.len())
    }

    fn read(text: &str) -> Option<(Vec<SipRecord>, Vec<Problem>)> {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        read_tport_dump(text, &mut |r| records.push(r), &mut |p| problems.push(p)).then_some((records, problems))
    }

    #[test]
    fn stamps_of_every_transport_and_address() {
        let s = stamp("recv 512 bytes from udp/[10.0.0.1]:5060 at 12:00:00.250000:");
        assert_eq!(
            s,
            Some(Stamp {
                sent: false,
                length: 512,
                transport: Some(Transport::Udp),
                peer: "10.0.0.1:5060".parse().unwrap_or(UNKNOWN),
                time: "12:00:00.250000",
            })
        );
        let s = stamp("sent 7 bytes to tls/[2001:db8::1]:5061/42;comp=sigcomp at 2024-05-01 23:59:59.000001:");
        assert_eq!(
            s.map(|s| (s.sent, s.transport, s.peer.port(), s.time)),
            Some((true, Some(Transport::Tls), 5061, "2024-05-01 23:59:59.000001"))
        );
        assert_eq!(stamp("recv 7 bytes to udp/[10.0.0.1]:5060 at 12:00:00.000000:"), None);
        assert_eq!(stamp("recv some bytes from udp/[10.0.0.1]:5060 at 12:00:00.000000:"), None);
    }

    #[test]
    fn datagrams_are_messages_with_the_time_on_the_date_the_dump_began() {
        let invite = message("c1", "INVITE sip:b@example.com SIP/2.0", "1 INVITE", "UDP");
        let busy = message("c1", "SIP/2.0 486 Busy Here", "1 INVITE", "UDP");
        // Begun at 23:50 local time, two hours ahead of UTC, its frames in
        // UTC: the first (21:50) is that day's; the second, past midnight, the next's.
        let text = format!(
            "dump started at Fri Nov 27 23:50:00 2026\n\n\n{}{}",
            frame("recv", "udp/[10.0.0.1]:5060", "21:50:00.500000", &invite),
            frame("sent", "udp/[10.0.0.1]:5060", "00:00:01.000000", &busy),
        );
        let Some((records, problems)) = read(&text) else { panic!("not read as a dump") };
        assert!(problems.is_empty(), "{problems:?}");
        let day = days_from_civil(2026, 11, 27) as f64 * 86_400.0;
        let seen: Vec<_> = records.iter().map(|r| (r.frame, r.time, r.src, r.dst, r.transport)).collect();
        let peer: SocketAddr = "10.0.0.1:5060".parse().unwrap_or(UNKNOWN);
        assert_eq!(
            seen,
            [
                (5, day + 21.0 * 3600.0 + 50.0 * 60.0 + 0.5, peer, UNKNOWN, Transport::Udp),
                (15, day + 86_400.0 + 1.0, UNKNOWN, peer, Transport::Udp),
            ]
        );
        assert_eq!(records[0].bytes, invite.as_bytes());
        assert_eq!(records[1].bytes, busy.as_bytes());
        // The program started again days later, appending to the file.
        let again = format!(
            "{text}dump started at Tue Dec  1 08:00:00 2026\n\n\n{}",
            frame("recv", "udp/[10.0.0.1]:5060", "08:00:00.250000", &invite.replace("c1", "c2")),
        );
        let (records, _) = read(&again).unwrap_or_default();
        let later = days_from_civil(2026, 12, 1) as f64 * 86_400.0 + 8.0 * 3600.0 + 0.25;
        assert_eq!(records.last().map(|r| r.time), Some(later));
    }

    #[test]
    fn stream_reads_are_joined_and_framed() {
        let invite = message("c2", "INVITE sip:b@example.com SIP/2.0", "1 INVITE", "TCP");
        let trying = message("c2", "SIP/2.0 100 Trying", "1 INVITE", "TCP");
        let busy = message("c2", "SIP/2.0 486 Busy Here", "1 INVITE", "TCP");
        let peer = "tcp/[10.0.0.1]:40000";
        // The INVITE in two reads; two responses in one write.
        let text = [
            frame("recv", peer, "12:00:00.000000", &invite[..70]),
            frame("recv", peer, "12:00:00.000100", &invite[70..]),
            frame("sent", peer, "12:00:00.100000", &format!("{trying}{busy}")),
        ]
        .concat();
        let Some((records, problems)) = read(&text) else { panic!("not read as a dump") };
        assert!(problems.is_empty(), "{problems:?}");
        let bytes: Vec<&[u8]> = records.iter().map(|r| r.bytes.as_slice()).collect();
        assert_eq!(bytes, [invite.as_bytes(), trying.as_bytes(), busy.as_bytes()]);
        assert_eq!(records[0].frame, 2);
        assert!(records.iter().all(|r| r.transport == Transport::Tcp));
    }

    #[test]
    fn what_the_dump_does_not_hold_whole_is_said() {
        let options = message("c3", "OPTIONS sip:b@example.com SIP/2.0", "1 OPTIONS", "UDP");
        let peer = "udp/[10.0.0.1]:5060";
        // Begun inside a frame (rotated), a datagram that is not SIP, a
        // keep-alive, and a last frame cut short.
        let text = [
            "Content-Length: 0\r\n\r\n\x0b\n".to_owned(),
            frame("recv", peer, "12:00:00.000000", "\u{1}\u{2}binary"),
            frame("recv", peer, "12:00:00.000000", "\r\n\r\n"),
            frame("recv", peer, "12:00:01.000000", &options),
            frame("recv", peer, "12:00:02.000000", &options)[..60].to_owned(),
        ]
        .concat();
        let Some((records, problems)) = read(&text) else { panic!("not read as a dump") };
        assert_eq!(records.len(), 1);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(said, [(1, ProblemKind::DamagedFile), (5, ProblemKind::NotSip), (21, ProblemKind::DamagedFile)]);
    }

    #[test]
    fn counts_the_text_does_not_hold_end_at_the_frame_end() {
        let options = message("c5", "OPTIONS sip:b@example.com SIP/2.0", "1 OPTIONS", "UDP");
        let ok = message("c5", "SIP/2.0 200 OK", "1 OPTIONS", "UDP");
        let peer = "udp/[10.0.0.1]:5060";
        let text =
            [frame("recv", peer, "12:00:00.000000", &options), frame("sent", peer, "12:00:00.100000", &ok)].concat();
        let (expected, _) = read(&text).unwrap_or_default();
        assert_eq!(expected.len(), 2);
        // Line ends made LF (the counts now too large), and counts too small.
        let lf = text.replace("\r\n", "\n");
        let short = text.replace(&format!("recv {} bytes", options.len()), "recv 20 bytes");
        for (name, text) in [("lf", lf), ("short", short)] {
            let Some((records, problems)) = read(&text) else { panic!("{name}: not read") };
            assert!(problems.is_empty(), "{name}: {problems:?}");
            let seen: Vec<_> = records.iter().map(|r| (r.frame, r.time)).collect();
            let wanted: Vec<_> = expected.iter().map(|r| (r.frame, r.time)).collect();
            assert_eq!(seen, wanted, "{name}");
        }
    }

    #[test]
    fn a_frame_too_large_is_passed_over_and_said() {
        let options = message("c6", "OPTIONS sip:b@example.com SIP/2.0", "1 OPTIONS", "UDP");
        let peer = "udp/[10.0.0.1]:5060";
        let huge = "x\n".repeat(MAX_FRAME / 2 + 10);
        let text =
            [frame("recv", peer, "12:00:00.000000", &huge), frame("recv", peer, "12:00:01.000000", &options)].concat();
        let Some((records, problems)) = read(&text) else { panic!("not read") };
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(said, [(2, ProblemKind::LimitReached)]);
        // After the stamp, the frame's lines and the line its end closes.
        let after = 1 + (MAX_FRAME / 2 + 10) as u64 + 1;
        assert_eq!(records.iter().map(|r| r.frame).collect::<Vec<_>>(), [after + 2]);
    }

    #[test]
    fn read_from_a_stream_in_small_pieces_as_from_memory() {
        let invite = message("c7", "INVITE sip:b@example.com SIP/2.0", "1 INVITE", "TCP");
        let busy = message("c7", "SIP/2.0 486 Busy Here", "1 INVITE", "TCP");
        let peer = "tcp/[10.0.0.1]:40000";
        let text = [
            "dump started at Fri Nov 27 12:00:00 2026\n\n\n".to_owned(),
            frame("recv", peer, "12:00:00.000000", &invite[..33]),
            frame("recv", peer, "12:00:00.000100", &invite[33..]),
            frame("sent", peer, "12:00:00.100000", &busy),
        ]
        .concat()
        .replace("\r\n", "\n");
        let (whole, problems) = read(&text).unwrap_or_default();
        assert_eq!(whole.len(), 2, "{problems:?}");
        assert!(problems.is_empty(), "{problems:?}");
        for capacity in [1, 2, 3, 7, 64] {
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            let input = std::io::BufReader::with_capacity(capacity, text.as_bytes());
            assert!(read_dump(input, &mut |r| records.push(r), &mut |p| problems.push(p)).is_ok());
            let seen = |r: &[SipRecord]| r.iter().map(|r| (r.frame, r.time, r.bytes.clone())).collect::<Vec<_>>();
            assert_eq!(seen(&records), seen(&whole), "{capacity}");
            assert!(problems.is_empty(), "{capacity}: {problems:?}");
        }
    }

    #[test]
    fn a_stream_read_from_inside_a_message_is_a_gap() {
        // The dump began while a message was on its way: its rest, then a
        // whole message on the same connection.
        let options = message("c8", "OPTIONS sip:b@example.com SIP/2.0", "1 OPTIONS", "TCP");
        let peer = "tcp/[10.0.0.1]:40000";
        let text = [
            frame("recv", peer, "12:00:00.000000", "Content-Length: 0\r\n\r\n"),
            frame("recv", peer, "12:00:01.000000", &options),
        ]
        .concat();
        let Some((records, problems)) = read(&text) else { panic!("not read") };
        assert_eq!(records.len(), 1);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind, p.detail.as_str())).collect();
        assert_eq!(said, [(2, ProblemKind::TcpGap, "10.0.0.1:40000 → 0.0.0.0:0: 21 bytes")]);
    }

    #[test]
    fn lines_between_frames_are_said() {
        let options = message("c9", "OPTIONS sip:b@example.com SIP/2.0", "1 OPTIONS", "UDP");
        let peer = "udp/[10.0.0.1]:5060";
        let text = [
            frame("recv", peer, "12:00:00.000000", &options),
            "garbage\n\n".to_owned(),
            frame("recv", peer, "12:00:01.000000", &options.replace("c9", "c10")),
        ]
        .concat();
        let Some((records, problems)) = read(&text) else { panic!("not read") };
        assert_eq!(records.len(), 2);
        let said: Vec<_> = problems.iter().map(|p| (p.frame, p.kind)).collect();
        assert_eq!(said, [(11, ProblemKind::DamagedFile)]);
    }

    #[test]
    fn reads_cut_anywhere_and_interleaved_give_every_message_once_in_order() {
        // Three connections, each sending a run of messages; each run cut
        // into reads at seeded random places, the reads of the three
        // interleaved as a busy server's are.
        let mut seed = 12_345u32;
        let mut next = |below: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % below
        };
        for round in 0..40 {
            let mut streams: Vec<(String, Vec<String>, Vec<u8>)> = (0..3)
                .map(|c| {
                    let peer = format!("tcp/[10.0.0.{c}]:{}", 40_000 + round);
                    let messages: Vec<String> = (0..5)
                        .map(|m| {
                            let body = "x".repeat(next(300) as usize);
                            format!("MESSAGE sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/TCP 10.0.0.{c}:5060;branch=z9hG4bK{round}-{c}-{m}\r\nCall-ID: r{round}c{c}m{m}\r\nCSeq: {m} MESSAGE\r\nContent-Length: {}\r\n\r\n{body}", body.len())
                        })
                        .collect();
                    let bytes = messages.concat().into_bytes();
                    (peer, messages, bytes)
                })
                .collect();
            let mut text = String::new();
            while streams.iter().any(|s| !s.2.is_empty()) {
                let pick = next(3) as usize;
                let (peer, _, bytes) = &mut streams[pick];
                if bytes.is_empty() {
                    continue;
                }
                let cut = (1 + next(250) as usize).min(bytes.len());
                let read: Vec<u8> = bytes.drain(..cut).collect();
                text.push_str(&frame("recv", peer, "12:00:00.000000", &String::from_utf8_lossy(&read)));
            }
            let Some((records, problems)) = read(&text) else { panic!("round {round}: not read") };
            assert!(problems.is_empty(), "round {round}: {problems:?}");
            for (c, (_, messages, _)) in streams.iter().enumerate() {
                let got: Vec<&[u8]> = records
                    .iter()
                    .filter(|r| r.src.ip().to_string() == format!("10.0.0.{c}"))
                    .map(|r| r.bytes.as_slice())
                    .collect();
                let wanted: Vec<&[u8]> = messages.iter().map(|m| m.as_bytes()).collect();
                assert_eq!(got, wanted, "round {round}, connection {c}");
            }
        }
    }

    #[test]
    fn connections_waiting_longest_are_given_up_past_the_limit() {
        // Twenty connections each in the middle of a 4 MB message: more
        // than the readers hold at once. Those waiting longest are given
        // up, so that the first one's rest, when it comes, starts no
        // message; the last one's completes its message.
        let head = |c: usize| {
            format!("MESSAGE sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/TCP 10.0.0.{c}:5060;branch=z9hG4bK{c}\r\nCall-ID: big{c}\r\nCSeq: 1 MESSAGE\r\nContent-Length: 4000000\r\n\r\n")
        };
        let peer = |c: usize| format!("tcp/[10.0.0.{c}]:40000");
        let (first, rest) = ("x".repeat(3_400_000), "x".repeat(600_000));
        let mut text: String =
            (0..20).map(|c| frame("recv", &peer(c), "12:00:00.000000", &format!("{}{first}", head(c)))).collect();
        text.push_str(&frame("recv", &peer(0), "12:00:01.000000", &rest));
        text.push_str(&frame("recv", &peer(19), "12:00:01.000000", &rest));
        let Some((records, problems)) = read(&text) else { panic!("not read") };
        let read: Vec<String> = records.iter().map(|r| r.src.ip().to_string()).collect();
        assert_eq!(read, ["10.0.0.19"]);
        let gaps: Vec<String> =
            problems.iter().filter(|p| p.kind == ProblemKind::TcpGap).map(|p| p.detail.clone()).collect();
        assert_eq!(gaps, ["10.0.0.0:40000 → 0.0.0.0:0: 600000 bytes"]);
        // The first and the eighteen between are each said to have ended
        // inside their message.
        assert_eq!(problems.iter().filter(|p| p.kind == ProblemKind::TcpIncomplete).count(), 19);
    }

    #[test]
    fn the_console_trace_is_not_a_dump() {
        let rule = "   ------------------------------------------------------------------------";
        let console = format!("recv 100 bytes from udp/[10.0.0.1]:5060 at 12:00:00.250000:\n{rule}\n   OPTIONS sip:b@example.com SIP/2.0\n");
        assert!(!sniff(&console));
        assert!(read(&console).is_none());
        // A log that quotes the stamp before a message, without a rule.
        let quoted = format!(
            "recv 100 bytes from udp/[10.0.0.1]:5060 at 12:00:00.250000:\n{}\n\n",
            message("c4", "OPTIONS sip:b@example.com SIP/2.0", "1 OPTIONS", "UDP")
        );
        assert!(!sniff(&quoted));
        assert!(sniff("dump started at Fri Nov 27 23:50:00 2026\n\n\n"));
    }
}
