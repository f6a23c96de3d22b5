//! Reading SIP messages out of text: raw messages separated by blank lines,
//! or messages embedded in log lines with prefixes and timestamps, as
//! Asterisk (`pjsip set logger on`, chan_sip's `sip set debug on`),
//! FreeSWITCH (`sofia global siptrace on`), Kamailio, OpenSIPS, Cisco IOS
//! (`debug ccsip messages`), AudioCodes and Oracle's SBC (`sipmsg.log`)
//! print them;
//! packet dumps printed by ngrep and tcpdump go to [`crate::dump`],
//! Wireshark's packet details to [`crate::dissection`], hex dumps to
//! [`crate::hexdump`], Skype for Business SIPStack logs to [`crate::sipstack`].

use std::borrow::Cow;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use crate::record::{Problem, ProblemKind, SipRecord, Transport};
use crate::{looks_like_sip, parse, Framing, Parsed};

/// Longest text read whole, in bytes (every form but the plain log, which
/// is read a part at a time); a longer one is read up to this size and the
/// rest is reported.
pub const MAX_LOG_BYTES: usize = 512 * 1024 * 1024;

/// The side of a message a text does not name.
pub(crate) const UNKNOWN: SocketAddr = SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0);

/// How far into a text the readers of other forms than logs look for the
/// form they read (past a preamble: ngrep's `interface:` lines, a summary
/// heading).
pub(crate) const LOOK_AHEAD_LINES: usize = 100;

/// A message taken from text, as a record of its bytes up to where the
/// message ends; one that cannot be parsed, as a problem at its frame.
pub(crate) fn message_or_problem(
    mut record: SipRecord,
    framing: Framing,
    on_record: &mut dyn FnMut(SipRecord),
    on_problem: &mut dyn FnMut(Problem),
) {
    match parse(&record.bytes, framing) {
        Ok(Parsed::Complete(m)) => {
            let used = m.consumed;
            record.bytes.truncate(used);
            on_record(record);
        }
        Ok(_) => {}
        Err(e) => on_problem(Problem { frame: record.frame, kind: ProblemKind::Unparsable, detail: e.detail() }),
    }
}

/// Where and when the next message was seen, from a log's own header line.
#[derive(Debug, Clone, Copy)]
struct Meta {
    time: Option<f64>,
    src: SocketAddr,
    dst: SocketAddr,
    /// The transport the line names with an address, if it does.
    transport: Option<Transport>,
}

/// Days since 1970-01-01 for a civil date (proleptic Gregorian).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A timestamp written `YYYY-MM-DD[ T]HH:MM:SS[.frac]` anywhere in the text
/// (or with `/` or `.` between the date's parts, as sngrep and BroadWorks
/// write it), a date with its month's name, or `HH:MM:SS.frac` alone
/// (seconds of the day), or seconds since 1970 as the text's first word
/// (Android's `logcat -v epoch`), as seconds.
pub(crate) fn find_time(text: &str) -> Option<f64> {
    if let Some(seconds) = epoch_seconds(text) {
        return Some(seconds);
    }
    // Every character boundary: a log line may hold any text.
    for (start, _) in text.char_indices() {
        let rest = &text[start..];
        let date = rest.get(..10).filter(|d| numeric_date(d.as_bytes()));
        if let Some(date) = date {
            let y: i64 = date[..4].parse().ok()?;
            let m: i64 = date[5..7].parse().ok()?;
            let d: i64 = date[8..10].parse().ok()?;
            let clock = rest.get(11..).and_then(clock_seconds).unwrap_or(0.0);
            let offset = rest.get(11..).map_or(0.0, utc_offset);
            return Some(days_from_civil(y, m, d) as f64 * 86_400.0 + clock - offset);
        }
    }
    if let Some(time) = month_name_time(text, || Some(now_seconds())) {
        return Some(time);
    }
    if let Some(time) = month_day_time(text, || Some(now_seconds())) {
        return Some(time);
    }
    // A clock without a date (CUCM's SDL traces put it between bars).
    text.split(|c: char| c.is_whitespace() || c == '[' || c == ']' || c == '|')
        .map(|w| w.trim_end_matches([':', ',']))
        .find_map(|w| if w.matches(':').count() == 2 { clock_seconds(w) } else { None })
}

/// Seconds since 1970 written as the first word of `text`, ten digits and
/// a fraction (`1578298144.496`), within this century: a count of
/// anything else has no fraction, or is not that long.
fn epoch_seconds(text: &str) -> Option<f64> {
    let word = text.trim_start().split(|c: char| c.is_whitespace()).next()?;
    let (whole, fraction) = word.trim_start_matches('[').trim_end_matches([']', ':']).split_once('.')?;
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    if whole.len() != 10 || !digits(whole) || fraction.len() > 9 || !digits(fraction) {
        return None;
    }
    let seconds: f64 = format!("{whole}.{fraction}").parse().ok()?;
    (946_684_800.0..4_102_444_800.0).contains(&seconds).then_some(seconds)
}

/// The line with `ADDR on port N` written `ADDR:N` (how Cisco CUCM's SDL
/// traces name the other side), if it has one.
fn port_written_apart(line: &str) -> Option<String> {
    const APART: &str = " on port ";
    // Every line without an address comes here: the searcher is built once.
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(APART));
    let at = FINDER.find(line.as_bytes())?;
    let port_end =
        line[at + APART.len()..].find(|c: char| !c.is_ascii_digit()).map_or(line.len(), |n| at + APART.len() + n);
    let address = line[..at].rsplit(' ').next()?;
    let port = &line[at + APART.len()..port_end];
    let joined = if address.contains(':') { format!("[{address}]:{port}") } else { format!("{address}:{port}") };
    (!port.is_empty() && joined.parse::<SocketAddr>().is_ok())
        .then(|| format!("{}{joined}{}", &line[..at - address.len()], &line[port_end..]))
}

/// Seconds since 1970, now.
fn now_seconds() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// A date written with its month's name, as syslog (RFC 3164), Cisco IOS,
/// Oracle's SBC, Wireshark and JavaScript write it: `Nov 26 10:52:27`,
/// `*Nov 26 10:52:27.123:`, `Nov 26, 2026 10:52:27.5`, `Thu Nov 26 10:52:27
/// 2026`, `Thu Nov 26 2026 10:52:27 GMT+0100` (taken in UTC).
/// Without a year, the latest such date not after `now` (with a day's
/// grace for time zones), as syslog's readers take it, so that a log lines
/// up with captures of the same days; none when `now` gives none.
pub(crate) fn month_name_time(text: &str, now: impl FnOnce() -> Option<f64>) -> Option<f64> {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let year_of = |word: &str| word.parse::<i64>().ok().filter(|y| word.len() == 4 && *y >= 1970);
    let mut words = text.split_whitespace();
    while let Some(word) = words.next() {
        let Some(month) = MONTHS.iter().position(|m| *m == word.trim_start_matches('*')) else { continue };
        let month = month as i64 + 1;
        let mut rest = words.clone();
        let Some(day) = rest.next().and_then(|d| d.trim_end_matches(',').parse::<i64>().ok()) else { continue };
        let mut next = rest.next();
        let mut year = next.and_then(year_of);
        if year.is_some() {
            next = rest.next();
        }
        let Some(clock) = next.and_then(clock_seconds).filter(|_| (1..=31).contains(&day)) else { continue };
        if year.is_none() {
            let mut after = rest.clone();
            if let Some(after_clock) = after.next().and_then(year_of) {
                (year, rest) = (Some(after_clock), after);
            }
        }
        // An offset from UTC after it (JavaScript's `GMT+0100`, `+0100`).
        let zone = rest.next().unwrap_or_default();
        let offset = utc_offset(zone.strip_prefix("GMT").or_else(|| zone.strip_prefix("UTC")).unwrap_or(zone));
        let at = |year: i64| days_from_civil(year, month, day) as f64 * 86_400.0 + clock - offset;
        return match year {
            Some(year) => Some(at(year)),
            None => in_latest_year(at, now),
        };
    }
    None
}

/// A date without its year, `at(year)` in seconds: in the latest year that
/// does not put it more than a day past `now` (read only then).
fn in_latest_year(at: impl Fn(i64) -> f64, now: impl FnOnce() -> Option<f64>) -> Option<f64> {
    let now = now()?;
    let mut this_year = 1970 + (now / (365.2425 * 86_400.0)) as i64;
    while at_new_year(this_year + 1) <= now {
        this_year += 1;
    }
    while at_new_year(this_year) > now && this_year > 1970 {
        this_year -= 1;
    }
    Some(if at(this_year) > now + 86_400.0 { at(this_year - 1) } else { at(this_year) })
}

/// `MM-DD HH:MM:SS.frac` as the text's first words, Android's `logcat`
/// (its default format, without the year, which is inferred as syslog's).
fn month_day_time(text: &str, now: impl FnOnce() -> Option<f64>) -> Option<f64> {
    let mut words = text.split_whitespace();
    let date = words.next()?.as_bytes();
    let two = |d: &[u8]| {
        (d[0].is_ascii_digit() && d[1].is_ascii_digit()).then(|| i64::from((d[0] - b'0') * 10 + d[1] - b'0'))
    };
    if date.len() != 5 || date[2] != b'-' {
        return None;
    }
    let (month, day) = (two(&date[..2])?, two(&date[3..])?);
    let clock = words.next().filter(|w| w.matches(':').count() == 2).and_then(clock_seconds)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    in_latest_year(|year| days_from_civil(year, month, day) as f64 * 86_400.0 + clock, now)
}

/// Seconds since 1970 at the start of `year`.
fn at_new_year(year: i64) -> f64 {
    days_from_civil(year, 1, 1) as f64 * 86_400.0
}

/// The offset from UTC written right after a clock (`10:00:00.5+0530`,
/// `10:00:00-05:00`, ISO 8601's), in seconds; 0 for `Z` or none.
fn utc_offset(clock: &str) -> f64 {
    let end = clock.find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '.' | ','))).unwrap_or(clock.len());
    let rest = &clock.as_bytes()[end..];
    let sign = match rest.first() {
        Some(b'+') => 1.0,
        Some(b'-') => -1.0,
        _ => return 0.0,
    };
    let digits = |part: &[u8]| -> Option<f64> {
        (part.len() == 2 && part.iter().all(u8::is_ascii_digit))
            .then(|| f64::from((part[0] - b'0') * 10 + part[1] - b'0'))
    };
    let (hours, minutes) = match rest.get(3) {
        Some(b':') => (rest.get(1..3), rest.get(4..6)),
        _ => (rest.get(1..3), rest.get(3..5)),
    };
    // Exactly the offset: not a range of times (`10:00-11:00`) or a number.
    let after = if rest.get(3) == Some(&b':') { 6 } else { 5 };
    if rest.get(after).is_some_and(|b| b.is_ascii_digit() || *b == b':') {
        return 0.0;
    }
    match (hours.and_then(digits), minutes.and_then(digits)) {
        (Some(h), Some(m)) if h <= 14.0 && m < 60.0 => sign * (h * 3600.0 + m * 60.0),
        _ => 0.0,
    }
}

/// `HH:MM:SS`, with a fraction after `.` or `,`, or milliseconds after a
/// third colon (BroadWorks' `10:03:10:736`), as seconds of the day.
pub(crate) fn clock_seconds(text: &str) -> Option<f64> {
    let clock: String =
        text.chars().take_while(|c| c.is_ascii_digit() || *c == ':' || *c == '.' || *c == ',').collect();
    let mut parts = clock.split(':');
    let h: f64 = parts.next()?.parse().ok()?;
    let m: f64 = parts.next()?.parse().ok()?;
    let seconds = parts.next()?;
    let mut s: f64 = seconds.replace(',', ".").trim_end_matches('.').parse().ok()?;
    if let Some(millis) = parts.next().filter(|d| (1..=3).contains(&d.len()) && !seconds.contains(['.', ','])) {
        s += millis.parse::<f64>().ok()? / 1000.0;
    }
    (h < 24.0 && m < 60.0 && s < 61.0).then_some(h * 3600.0 + m * 60.0 + s)
}

/// An address written `1.2.3.4:5060`, `[2001:db8::1]:5060`, `UDP:1.2.3.4:5060`
/// or `udp/[1.2.3.4]:5060`.
fn find_addr(text: &str) -> Option<SocketAddr> {
    addresses(text).next().map(|(addr, _)| addr)
}

/// The addresses [`find_addr`] reads, each with where in `text` it was written.
fn addresses(text: &str) -> impl Iterator<Item = (SocketAddr, usize)> + '_ {
    words(text).filter_map(move |word| {
        // What follows only takes colons away: a word without one (most of
        // a line's) is no address, whatever it would have been cut to.
        memchr::memchr(b':', word.as_bytes())?;
        // `split` yields slices of `text`: the offset is where the word starts.
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        let mut w = word.trim_end_matches([':', '.', ';']);
        w = w.rsplit('/').next().unwrap_or(w);
        // Bracketed with its scheme, as belle-sip writes it: `[UDP://1.2.3.4:5060]`.
        if w.ends_with(']') && w.matches(']').count() > w.matches('[').count() {
            w = &w[..w.len() - 1];
        }
        if let Some((proto, rest)) = w.split_once(':') {
            if ["udp", "tcp", "tls", "ws", "wss", "sctp"].iter().any(|p| proto.eq_ignore_ascii_case(p)) {
                w = rest;
            }
        }
        // A tag before the address, as Oracle's SBC writes its interface: `[5:0]10.0.0.1:5060`.
        if let Some(end) = w.strip_prefix('[').and_then(|rest| rest.find(']')).map(|end| end + 1) {
            if w[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
                w = &w[end + 1..];
            }
        }
        // An address has a port after a colon, and starts with a digit or `[`.
        if !w.contains(':') || !w.starts_with(|c: char| c.is_ascii_digit() || c == '[') {
            return None;
        }
        // "[1.2.3.4]:5060" is how some logs bracket IPv4 too.
        let cleaned = match (w.strip_prefix('['), w.find("]:")) {
            (Some(_), Some(end)) if !w[1..end].contains(':') => Cow::Owned(format!("{}{}", &w[1..end], &w[end + 1..])),
            _ => Cow::Borrowed(w),
        };
        cleaned.parse::<SocketAddr>().ok().map(|addr| (addr, at))
    })
}

/// The words [`read_meta`] looks for in a lowercased line, searched for
/// with searchers built once (a `contains` builds one per call, per line).
static KEYWORDS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 9]> = std::sync::LazyLock::new(|| {
    ["received", "recv ", " from ", "transmitting", "send ", "sending", " to ", "bytes", "sip"]
        .map(|word| memchr::memmem::Finder::new(word.as_bytes()))
});
const RECEIVED: usize = 0;
const RECV: usize = 1;
const FROM: usize = 2;
const TRANSMITTING: usize = 3;
const SEND: usize = 4;
const SENDING: usize = 5;
const TO: usize = 6;
const BYTES: usize = 7;
const SIP: usize = 8;

/// What a line says of where a message went, and whether it names SIP; a
/// line that does not is taken only right before a message ("received from
/// udp:ADDR:", as a script logs it).
fn read_meta(line: &str) -> Option<(Meta, bool)> {
    // Every line of a log comes here: one without an address (`…1:5060`,
    // `…]:5060`) cannot be one, and is passed over before it is lowercased.
    let bytes = line.as_bytes();
    let names_port = memchr::memchr_iter(b':', bytes).any(|at| {
        at > 0
            && (bytes[at - 1].is_ascii_digit() || bytes[at - 1] == b']')
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    });
    if !names_port {
        // Cisco CUCM's SDL traces: "… message from 10.0.0.1 on port 5060 index …".
        return port_written_apart(line).and_then(|joined| read_meta(&joined));
    }
    if let Some((src, dst)) = arrow(line) {
        let names_sip = memchr::memmem::find(&line.to_ascii_lowercase().into_bytes(), b"sip").is_some();
        let transport = named_transport(line, addresses(line));
        return Some((Meta { time: find_time(line), src, dst, transport }, names_sip));
    }
    let lower = line.to_ascii_lowercase();
    let has = |word: usize| KEYWORDS[word].find(lower.as_bytes()).is_some();
    let incoming = has(RECEIVED) || has(RECV) || has(FROM);
    let outgoing = has(TRANSMITTING) || has(SEND) || has(SENDING) || has(TO);
    // chan_sip says "<--- Transmitting (NAT) to ADDR --->", without "SIP".
    let names_sip = has(BYTES) || has(SIP) || has(TRANSMITTING);
    if !(incoming || outgoing) {
        return None;
    }
    // "from A to B": both sides named. (Lowercasing keeps byte positions.)
    // Every address of the line, once cut out of it: they tell the sides
    // when the line does not say "from A to B", and the transport.
    let mut all: Option<Vec<(SocketAddr, usize)>> = None;
    let both = match (KEYWORDS[FROM].find(lower.as_bytes()), KEYWORDS[TO].find(lower.as_bytes())) {
        (Some(from), Some(to)) => {
            let (from_part, to_part) =
                if from < to { (&line[from..to], &line[to..]) } else { (&line[from..], &line[to..from]) };
            find_addr(from_part).zip(find_addr(to_part))
        }
        _ => None,
    };
    let (src, dst) = match both {
        Some(both) => both,
        None => {
            // The side the word before an address names ("… from ADDR to
            // SIPInterface #0" is the source, "sent to ADDR" the
            // destination), another address the other side (Oracle's "On
            // LOCAL received from REMOTE"); else the direction the line says.
            let found = &all.insert(addresses(line).collect())[..];
            let found = &found[..found.len().min(4)];
            let Some(&(first, _)) = found.first() else {
                return port_written_apart(line).and_then(|joined| read_meta(&joined));
            };
            let named = |at: usize| {
                let before = &lower[..at];
                match (before.rfind(" from "), before.rfind(" to ")) {
                    (Some(from), to) if to.is_none_or(|to| to < from) => Some(true),
                    (_, Some(_)) => Some(false),
                    _ => None,
                }
            };
            match found.iter().find_map(|&(addr, at)| named(at).map(|source| (addr, at, source))) {
                Some((addr, at, source)) => {
                    let other = found.iter().find(|(_, other)| *other != at).map_or(UNKNOWN, |(a, _)| *a);
                    if source {
                        (addr, other)
                    } else {
                        (other, addr)
                    }
                }
                None if incoming && !has(TO) => (first, UNKNOWN),
                None => (UNKNOWN, first),
            }
        }
    };
    // Looked for once an address says the line is about a message.
    let transport = match all {
        Some(all) => named_transport(line, all.into_iter()),
        None => named_transport(line, addresses(line)),
    };
    Some((Meta { time: find_time(line), src, dst, transport }, names_sip))
}

/// What the line at `i` says of the message it announces: a line that
/// names SIP, or one that names only a direction and an address right
/// before a start line ("udp 10.0.0.1:5060 -> 10.0.0.2:5060", "received
/// from udp:ADDR:", as a script logs it).
fn announcement(lines: &[&str], i: usize) -> Option<Meta> {
    let introduces = |next: &&str| start_line_at(next) == Some(0);
    read_meta(lines.get(i)?)
        .filter(|(_, names_sip)| *names_sip || lines.get(i + 1).is_some_and(introduces))
        .map(|(meta, _)| meta)
}

/// The words of `text` between white space, commas, parentheses and angle
/// brackets, as `str::split` cuts them; a byte at a time when the text is
/// ASCII, as most log lines are, instead of a character at a time.
fn words(text: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    if text.is_ascii() {
        // The ASCII white space `char::is_whitespace` knows, and the rest.
        let separator =
            |b: &u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b',' | b'(' | b')' | b'<' | b'>');
        // Every byte of ASCII text is a character: each cut is a char boundary.
        Box::new(text.as_bytes().split(separator).map(move |word| {
            let at = word.as_ptr() as usize - text.as_ptr() as usize;
            text.get(at..at + word.len()).unwrap_or_default()
        }))
    } else {
        Box::new(text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '<' | '>')))
    }
}

/// The transport a log names in any case (`UDP`, `tls`, `wss`…).
pub(crate) fn transport_named(word: &str) -> Option<Transport> {
    match word.to_ascii_lowercase().as_str() {
        "udp" => Some(Transport::Udp),
        "tcp" => Some(Transport::Tcp),
        "tls" => Some(Transport::Tls),
        "ws" | "wss" => Some(Transport::Ws),
        "sctp" => Some(Transport::Sctp),
        _ => None,
    }
}

/// The transport a line names with its first address that has one (of
/// `addresses`, the line's, each with where its word begins): as a prefix
/// (Asterisk's `UDP:1.2.3.4:5060`, FreeSWITCH's `udp/[1.2.3.4]:5060`) or
/// the word before it (pjsua's `from TCP 1.2.3.4:5060`).
fn named_transport(line: &str, mut addresses: impl Iterator<Item = (SocketAddr, usize)>) -> Option<Transport> {
    addresses.find_map(|(_, at)| {
        let word = line[at..].trim_start_matches('[');
        let prefix = word.find([':', '/']).map(|end| &word[..end]).and_then(transport_named);
        let before = || {
            line[..at]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .and_then(|w| transport_named(w.trim_end_matches(':')))
        };
        prefix.or_else(before)
    })
}

/// The two sides of a line that writes `SRC -> DST` (or `→`, or `DST <-
/// SRC`), as baresip's trace and many scripts do: the address right before
/// the arrow and the one right after it.
fn arrow(line: &str) -> Option<(SocketAddr, SocketAddr)> {
    // Most lines have no arrow: passed over at a glance (0xe2 begins → and ←).
    memchr::memchr3(b'>', b'<', 0xe2, line.as_bytes())?;
    static ARROWS: std::sync::LazyLock<[(memchr::memmem::Finder<'static>, bool); 4]> = std::sync::LazyLock::new(|| {
        [(" -> ", true), (" → ", true), (" <- ", false), (" ← ", false)]
            .map(|(arrow, forward)| (memchr::memmem::Finder::new(arrow.as_bytes()), forward))
    });
    for &(ref finder, forward) in ARROWS.iter() {
        let Some(at) = finder.find(line.as_bytes()) else { continue };
        let arrow_len = finder.needle().len();
        let before = addresses(&line[..at]).last().filter(|(_, from)| line[*from..at].split_whitespace().count() == 1);
        let after = addresses(&line[at + arrow_len..]).next().filter(|(_, to)| *to == 0);
        if let (Some((left, _)), Some((right, _))) = (before, after) {
            return Some(if forward { (left, right) } else { (right, left) });
        }
    }
    None
}

/// Where a SIP start line begins in a log line, if it has one.
fn start_line_at(line: &str) -> Option<usize> {
    start_line_after(line, &[' ', '\t', ':', ']', '|'])
}

/// [`start_line_at`], with the characters a start line may follow.
fn start_line_after(line: &str, separators: &[char]) -> Option<usize> {
    // Every line of a log comes here, header lines included: a line without
    // the version, or a candidate without it at either end, is passed over
    // before anything is built.
    memchr::memmem::find(line.as_bytes(), b"SIP/2.0")?;
    let after_separators = line.char_indices().filter(|(_, c)| separators.contains(c)).map(|(i, c)| i + c.len_utf8());
    std::iter::once(0)
        .chain(after_separators)
        .find(|&at| {
            let rest = line[at..].trim_start_matches(' ');
            at < line.len()
                && (rest.starts_with("SIP/2.0 ") || rest.trim_end().ends_with("SIP/2.0"))
                && looks_like_sip(format!("{rest}\n").as_bytes())
        })
        .map(|at| at + (line[at..].len() - line[at..].trim_start_matches(' ').len()))
}

/// The start of a line that begins with its date (`2021-05-23
/// 20:07:57.808015 [NOTICE] …`, `[Nov 28 10:00:00] VERBOSE …`), as a
/// console's log lines do around messages timed by their clock alone
/// (FreeSWITCH's siptrace: `recv … at 20:07:57.811303:`). Every line
/// outside a message comes here: it is only looked at, the date read
/// (by [`find_time`]) when a message needs it.
fn date_head(line: &str) -> Option<&str> {
    const MONTHS: [&[u8]; 12] =
        [b"Jan ", b"Feb ", b"Mar ", b"Apr ", b"May ", b"Jun ", b"Jul ", b"Aug ", b"Sep ", b"Oct ", b"Nov ", b"Dec "];
    let start = line.trim_start_matches([' ', '[', '*']);
    let b = start.as_bytes();
    let numeric = numeric_date(b);
    // A month's name then its day: `May  1`, not `May I`.
    let named = b.len() >= 4
        && MONTHS.contains(&&b[..4])
        && start[4..].trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit());
    (numeric || named).then(|| line_head(start))
}

/// A time of day alone (seconds since midnight) on the day of `dated`, the
/// latest date the log gave (read only then), within half a day of it (a
/// log running past midnight); any other time as it is.
fn on_day_of(time: f64, dated: impl FnOnce() -> Option<f64>) -> f64 {
    if !(0.0..86_461.0).contains(&time) {
        return time;
    }
    let Some(dated) = dated() else { return time };
    let on_day = (dated / 86_400.0).floor() * 86_400.0 + time;
    match on_day - dated {
        gap if gap < -43_200.0 => on_day + 86_400.0,
        gap if gap > 43_200.0 => on_day - 86_400.0,
        _ => on_day,
    }
}

/// Whether `line` begins with a time, as a log's entries do.
fn timed(line: &str) -> bool {
    find_time(line_head(line)).is_some()
}

/// A line's first 40 bytes (fewer, to end on a character), where a log
/// entry's time is written.
fn line_head(line: &str) -> &str {
    let end = (0..=line.len().min(40)).rev().find(|&at| line.is_char_boundary(at)).unwrap_or(0);
    &line[..end]
}

/// Whether `text` begins with a date written `YYYY-MM-DD` (or with `/` or
/// `.` between its parts, as sngrep and BroadWorks write it).
fn numeric_date(text: &[u8]) -> bool {
    text.len() >= 10
        && matches!(text[4], b'-' | b'/' | b'.')
        && text[7] == text[4]
        && text[..10].iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A header field's line: a name, and a colon.
fn header_like(line: &str) -> bool {
    line.split_once(':').is_some_and(|(name, _)| crate::sip::is_token(name.trim_end().as_bytes()))
}

/// How far a log entry's message that goes on in lines of its own indents
/// them, told from the first (a header field's), as journalctl and syslog
/// viewers print a message of several lines: as wide as the entry's prefix.
fn continuation_indent(line: &str) -> Option<usize> {
    let n = line.len() - line.trim_start_matches(' ').len();
    (n > 0 && header_like(&line[n..])).then_some(n)
}

/// `line` past an indentation of `n` spaces; empty for a line of blanks.
fn past_indent(line: &str, n: usize) -> Option<&str> {
    if line.trim().is_empty() {
        return Some("");
    }
    line.as_bytes().get(..n).filter(|indent| indent.iter().all(|&b| b == b' ')).map(|_| &line[n..])
}

/// Whether the lines after a start line are a message's with an empty line
/// after each (its CRLF line ends turned into two by a copy or a console):
/// a header field's, an empty one, another header field's, an empty one.
fn double_spaced(after: &[&str], indent: &str) -> bool {
    // Past the start line's indentation, or its log prefix when each line has its own.
    let header = |line: &str| match line.strip_prefix(indent) {
        Some(rest) => header_like(rest),
        None if indent.trim().is_empty() => header_like(line),
        None => strip_log_prefix(line, indent).is_some_and(header_like),
    };
    matches!(after, [a, b, c, d, ..] if a.trim().is_empty() && header(b) && c.trim().is_empty() && header(d))
}

/// A log's text with its escaped messages opened up, and for each of its
/// lines the input's line it comes from and a time that line gave.
struct Opened {
    text: String,
    origin: Vec<(usize, Option<f64>)>,
}

/// Log lines that carry a whole message with its line ends escaped —
/// `#015#012` as rsyslog writes control characters, or `\r\n` as two
/// characters each (JSON logs, scripts) — opened up: the text before the
/// message becomes a line of its own (where the log says where it went),
/// the message gets its lines back. With the line of the input each comes
/// from, so that frames stay the log's line numbers, and the time that line
/// gives anywhere (a JSON log's `time` comes after the message).
fn open_escaped(text: &str) -> Option<Opened> {
    // Each line is opened by what it holds alone, so that a log read a
    // part at a time is opened as it is whole.
    let json_lines = text.starts_with('{') || text.contains("\n{");
    if !json_lines && !text.contains("#015#012") && !text.contains("\\r\\n") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let logged = if line.starts_with('{') { json_logged(line) } else { None };
        let time = logged.as_ref().and_then(|l| l.1).or_else(|| find_time(line));
        let opened = if let Some((text, _)) = logged {
            text
        } else if line.contains("#015#012") {
            line.replace("#015", "\r").replace("#012", "\n").replace("#011", "\t")
        } else if line.contains("\\r\\n") {
            unescape_backslashes(line)
        } else {
            out.push_str(line);
            out.push('\n');
            origin.push((n + 1, None));
            continue;
        };
        let first = opened.split('\n').next().unwrap_or_default().trim_end_matches('\r');
        // A JSON string's opening quote may come right before the message.
        let at = start_line_after(first, &[' ', '\t', ':', ']', '|', '"']).unwrap_or(0);
        for part in std::iter::once(&opened[..at]).filter(|p| !p.is_empty()).chain(opened[at..].split('\n')) {
            out.push_str(part);
            out.push('\n');
            origin.push((n + 1, time));
        }
    }
    Some(Opened { text: out, origin })
}

/// What a log line that is a JSON object logged, without the line end it
/// was written with (that is the line's own): Docker's json-file driver's
/// `log` (beside `stream`; a line of output each), journald's `MESSAGE`
/// (`journalctl -o json`, beside `__REALTIME_TIMESTAMP`), or a `message` or
/// `msg` that holds a SIP message; and journald's time, microseconds since
/// the epoch (other times are found in the line). Not a JSON body's line
/// of a message (`{"message":"hello"}`).
fn json_logged(line: &str) -> Option<(String, Option<f64>)> {
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line.trim_end()).ok()?;
    let field = |key: &str| object.get(key).and_then(serde_json::Value::as_str);
    let text = match (field("log"), field("MESSAGE")) {
        (Some(text), _) if object.contains_key("stream") => text,
        (_, Some(text)) if object.contains_key("__REALTIME_TIMESTAMP") => text,
        _ => field("message").or_else(|| field("msg")).filter(|text| text.contains("SIP/2.0"))?,
    };
    let text = text.strip_suffix('\n').map_or(text, |t| t.strip_suffix('\r').unwrap_or(t));
    let micros = object.get("__REALTIME_TIMESTAMP").and_then(|t| t.as_str()?.parse::<u64>().ok());
    // A time as a number: pino's and bunyan's milliseconds since 1970, zap's seconds.
    let number = ["time", "ts", "timestamp"].iter().find_map(|key| object.get(*key)?.as_f64()).and_then(|n| match n {
        n if (1e12..1e13).contains(&n) => Some(n / 1e3),
        n if (1e9..1e10).contains(&n) => Some(n),
        _ => None,
    });
    Some((text.to_owned(), micros.map(|us| us as f64 / 1e6).or(number)))
}

/// `\r`, `\n`, `\t`, `\"`, `\\` and `\/` as the characters they stand for.
fn unescape_backslashes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other @ ('"' | '\\' | '/')) => out.push(other),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Reads SIP messages from log text: their frames are the lines they begin
/// at ([`crate::frame_of_line`]), or Wireshark's frame numbers in its exports.
pub fn read_log(text: &str, on_record: impl FnMut(SipRecord), on_problem: impl FnMut(Problem)) {
    read_log_with_keys(text, &Arc::default(), on_record, on_problem);
}

/// [`read_log`], decrypting the TLS of packet dumps (tcpdump's or
/// Wireshark's hex) with these session secrets.
pub fn read_log_with_keys(
    text: &str,
    tls_keys: &Arc<crate::KeyLog>,
    mut on_record: impl FnMut(SipRecord),
    mut on_problem: impl FnMut(Problem),
) {
    // Wireshark's exports and details keep its frame numbers; the other
    // forms are numbered by the lines their messages begin at.
    if crate::tshark_json::read_tshark_json(text, &mut on_record, &mut on_problem)
        || crate::pdml::read_pdml(text, &mut on_record, &mut on_problem)
    {
        return;
    }
    let lines = std::cell::Cell::new(true);
    let mut on_record = |mut record: SipRecord| {
        if lines.get() {
            record.frame = crate::frame_of_line(record.frame);
        }
        on_record(record)
    };
    let mut on_problem = |mut problem: Problem| {
        if lines.get() {
            problem.frame = crate::frame_of_line(problem.frame);
        }
        on_problem(problem)
    };
    // Tried in this order; `part_form` follows it to tell, from a text's
    // first MiB, the forms read a part at a time.
    let read = crate::follow::read_follow(text, &mut on_record, &mut on_problem)
        || crate::dump::read_dump(text, tls_keys, &mut on_record, &mut on_problem)
        || {
            lines.set(false);
            let details = crate::dissection::read_dissection(text, &mut on_record, &mut on_problem);
            lines.set(!details);
            details
        }
        || crate::hexdump::read_hex_dump(text, tls_keys, &mut on_record, &mut on_problem)
        || crate::sipstack::read_sipstack(text, &mut on_record, &mut on_problem)
        || crate::sipdump::read_sipdump(text, &mut on_record, &mut on_problem)
        || crate::tport_dump::read_tport_dump(text, &mut on_record, &mut on_problem);
    if !read {
        PlainLog::default().feed(text, true, &mut on_record, &mut on_problem);
    }
}

/// For a text of the plain form, the records and problems read from it
/// fed `lines` lines at a time, as [`PlainLog`] is fed a part at a time
/// (`silent`: as a live log whose writer falls silent after each part);
/// `None` for text of another form. For checking, by fuzzing, that the
/// parts give what the whole gives.
#[doc(hidden)]
pub fn read_plain_log_in_parts(text: &str, lines: usize, silent: bool) -> Option<(Vec<SipRecord>, Vec<Problem>)> {
    if other_form(text) {
        return None;
    }
    let (mut records, mut problems) = (Vec::new(), Vec::new());
    let mut log = PlainLog::default();
    let all: Vec<&str> = text.split_inclusive('\n').collect();
    let size = lines.max(1);
    // A text that does not end with a line end ends with its last part.
    let ends_open = !text.is_empty() && !text.ends_with('\n');
    for (n, part) in all.chunks(size).enumerate() {
        let last = ends_open && (n + 1) * size >= all.len();
        let (on_record, on_problem) = (&mut |r| records.push(r), &mut |p| problems.push(p));
        if silent && !last {
            log.feed_before_silence(&part.concat(), on_record, on_problem);
        } else {
            log.feed(&part.concat(), last, on_record, on_problem);
        }
    }
    if !ends_open {
        log.feed("", true, &mut |r| records.push(r), &mut |p| problems.push(p));
    }
    // Numbered as read whole.
    records.iter_mut().for_each(|r| r.frame = crate::frame_of_line(r.frame));
    problems.iter_mut().for_each(|p| p.frame = crate::frame_of_line(p.frame));
    Some((records, problems))
}

/// Whether a text whose first bytes are `head` (its first [`STREAM_HEAD`],
/// cut after a line end when there is one) is a log of the plain form,
/// which [`PlainLog`] reads a part at a time: not one of the other forms
/// [`read_log_with_keys`] reads, each told from its first lines. A head
/// holding fewer lines than those (lines of hundreds of kilobytes: junk, a
/// file of zeros) is no other form's either, and is read a part at a time
/// too rather than whole.
pub(crate) fn is_plain(head: &str) -> bool {
    head.len() >= crate::tshark_json::HEAD_BYTES && !other_form(head)
}

/// A form besides the plain log that is read a part at a time (whole
/// lines; see `input.rs`), each part holding back what may go on in the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartForm {
    /// Streams tshark followed (`-z follow`).
    Follow,
    /// A packet dump printed as text, by this tool, with times or not.
    Dump(crate::dump::Tool, bool),
    /// tcpdump's `-x`/`-X` dump, with times or not.
    TcpdumpHex(bool),
    /// Wireshark's packet details as text.
    Dissection,
    /// A text2pcap-form hex dump (tshark, Wireshark, FortiGate).
    HexDump,
    /// A SIPStack log of Skype for Business or Lync Server.
    SipStack,
    /// Kamailio's sipdump file.
    Sipdump,
    /// Wireshark's packet dissections as XML (PDML).
    Pdml,
}

impl PartForm {
    /// Whether its messages are numbered by the line they begin at, rather
    /// than by Wireshark's frame numbers, which its details keep.
    pub(crate) fn numbers_lines(self) -> bool {
        !matches!(self, PartForm::Dissection | PartForm::Pdml)
    }
}

/// The form [`read_log_with_keys`] would read the text whose first lines
/// are `head` as, when it is one read a part at a time instead.
pub(crate) fn part_form(head: &str) -> Option<PartForm> {
    // The forms tried before, in their order.
    if crate::tshark_json::sniff(head).is_some() {
        return None;
    }
    if crate::pdml::sniff(head) {
        return Some(PartForm::Pdml);
    }
    if crate::follow::sniff(head) {
        return Some(PartForm::Follow);
    }
    if let Some((tool, timed)) = crate::dump::sniff(head) {
        return Some(match crate::dump::text_form(head) {
            Some(_) => PartForm::Dump(tool, timed),
            None => PartForm::TcpdumpHex(timed),
        });
    }
    if crate::dissection::sniff(head) {
        // Not SIP within the head: read on as details all the same, SIP
        // further on found as such — unless the frames show their bytes
        // (`-x`), which read whole give SIP Wireshark did not dissect.
        let details = crate::dissection::is_dissection(head) || !crate::hexdump::shows_bytes(head);
        return details.then_some(PartForm::Dissection);
    }
    if crate::hexdump::sniff(head) {
        // A text whose packets do not start as they must is tried as the forms after.
        return crate::hexdump::sniff_packet(head).then_some(PartForm::HexDump);
    }
    if crate::sipstack::sniff(head) {
        return Some(PartForm::SipStack);
    }
    crate::sipdump::is_sipdump(head).then_some(PartForm::Sipdump)
}

/// The most text a part may hold back for the next: far more than any
/// packet, frame or record prints. Past it, what is there is read as it is.
pub(crate) const MAX_HELD_TEXT: usize = 1024 * 1024;

/// What comes after the text a part reader is fed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum After {
    /// More text: the last packet or record may go on in it.
    More,
    /// Nothing yet: a live writer has fallen silent. A writer that buffers
    /// what it prints (ngrep or tcpdump into a pipe, without `-l`) falls
    /// silent wherever its buffer ended, so only a last packet or record
    /// that is visibly whole is read; one cut short waits for its rest.
    Silence,
    /// The end of the text.
    End,
}

/// Where the text a part holds back for the next begins, in lines of
/// `lines` (cut from `text`): at the last that `opens` a packet or record,
/// when more follows or, silent, the lines from it are not `whole`, and the
/// text from it is within [`MAX_HELD_TEXT`]; otherwise past the last line.
pub(crate) fn held_from(
    text: &str,
    lines: &[&str],
    after: After,
    opens: impl Fn(&str) -> bool,
    whole: impl Fn(&[&str]) -> bool,
) -> usize {
    let held = |at: usize| match after {
        After::More => true,
        After::Silence => !whole(&lines[at..]),
        After::End => false,
    };
    match lines.iter().rposition(|l| opens(l)) {
        Some(at) if held(at) && held_bytes(text, lines[at]) <= MAX_HELD_TEXT => at,
        _ => lines.len(),
    }
}

/// The bytes of `text` from `line` (cut from it) to its end.
pub(crate) fn held_bytes(text: &str, line: &str) -> usize {
    text.len() - (line.as_ptr() as usize - text.as_ptr() as usize)
}

/// The reader of a [`PartForm`].
pub(crate) enum PartReader<'c> {
    Follow(crate::follow::Follow<'c>),
    Dump(crate::dump::TextDump<'c>),
    TcpdumpHex(crate::dump::HexText<'c>),
    Dissection(crate::dissection::Dissection<'c>),
    HexDump(crate::hexdump::HexDump<'c>),
    SipStack(crate::sipstack::SipStack<'c>),
    Sipdump(crate::sipdump::Sipdump<'c>),
    Pdml(crate::pdml::Pdml<'c>),
}

impl<'c> PartReader<'c> {
    /// The reader of `form`, decrypting the TLS of hex dumps with `tls_keys`.
    pub(crate) fn new(
        form: PartForm,
        tls_keys: &Arc<crate::KeyLog>,
        on_record: &'c mut dyn FnMut(SipRecord),
        on_problem: &'c mut dyn FnMut(Problem),
    ) -> PartReader<'c> {
        match form {
            PartForm::Follow => PartReader::Follow(crate::follow::Follow::new(on_record, on_problem)),
            PartForm::Dump(tool, timed) => {
                PartReader::Dump(crate::dump::TextDump::new((tool, timed), on_record, on_problem))
            }
            PartForm::TcpdumpHex(timed) => {
                PartReader::TcpdumpHex(crate::dump::HexText::new(timed, tls_keys, on_record, on_problem))
            }
            PartForm::Dissection => PartReader::Dissection(crate::dissection::Dissection::new(on_record, on_problem)),
            PartForm::HexDump => PartReader::HexDump(crate::hexdump::HexDump::new(tls_keys, on_record, on_problem)),
            PartForm::SipStack => PartReader::SipStack(crate::sipstack::SipStack::new(on_record, on_problem)),
            PartForm::Sipdump => PartReader::Sipdump(crate::sipdump::Sipdump::new(on_record, on_problem)),
            PartForm::Pdml => PartReader::Pdml(crate::pdml::Pdml::new(on_record, on_problem)),
        }
    }

    /// Reads `text`, whole lines following those read before; what may go
    /// on in what comes `after` is held back: the number of lines read is
    /// returned, the rest to be fed again with what follows.
    pub(crate) fn feed(&mut self, text: &str, after: After) -> usize {
        match self {
            PartReader::Follow(streams) => streams.feed(text, after),
            PartReader::Dump(dump) => dump.feed(text, after),
            PartReader::TcpdumpHex(dump) => dump.feed(text, after),
            PartReader::Dissection(details) => details.feed(text, after),
            PartReader::HexDump(dump) => dump.feed(text, after),
            PartReader::SipStack(log) => log.feed(text, after),
            PartReader::Sipdump(dump) => dump.feed(text, after),
            PartReader::Pdml(pdml) => pdml.feed(text, after),
        }
    }

    /// Reads a whole text of `form`: every read_X of a form read a part
    /// at a time, once it has told the text is of that form.
    pub(crate) fn read_whole(
        form: PartForm,
        text: &str,
        tls_keys: &Arc<crate::KeyLog>,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) {
        let mut reader = PartReader::new(form, tls_keys, on_record, on_problem);
        reader.feed(text, After::End);
        reader.finish();
    }

    /// What the text ended inside of.
    pub(crate) fn finish(self) {
        match self {
            PartReader::Follow(streams) => streams.finish(),
            PartReader::Dump(dump) => dump.finish(),
            PartReader::TcpdumpHex(dump) => dump.finish(),
            PartReader::HexDump(dump) => dump.finish(),
            PartReader::Dissection(_) | PartReader::SipStack(_) | PartReader::Sipdump(_) | PartReader::Pdml(_) => {}
        }
    }
}

/// Whether the text's first lines are those of a form other than the plain log's.
pub(crate) fn other_form(text: &str) -> bool {
    crate::tshark_json::sniff(text).is_some()
        || crate::pdml::sniff(text)
        || crate::follow::sniff(text)
        || crate::dump::sniff(text).is_some()
        || crate::dissection::sniff(text)
        || crate::hexdump::sniff(text)
        || crate::sipstack::sniff(text)
        || crate::sipdump::sniff(text)
        || crate::tport_dump::sniff(text)
}

/// The most of a message's lines a log's message is built from: more than
/// any message [`parse`] takes (its header section and body at their
/// limits, and room for blank lines trimmed off its end), so that one cut
/// there is refused as too large as it would be whole, while a line of
/// junk hundreds of megabytes long is not copied.
const MAX_MESSAGE_TEXT: usize = crate::sip::LIMITS.header_bytes * 2 + crate::sip::LIMITS.body_bytes;

/// How much of a text [`is_plain`] wants to see.
pub(crate) const STREAM_HEAD: usize = 1024 * 1024;

/// Longest a message of a log read a part at a time may run: past it, the
/// message ends where the part does, so that memory stays bounded. About
/// four times [`MAX_MESSAGE_TEXT`]: room for a prefix on each of its lines
/// as long as the line.
pub(crate) const MAX_DEFERRED: usize = 16 * 1024 * 1024;

/// The reader of plain logs (messages as they stand, or within log lines),
/// fed the text whole or a part at a time: what a part leaves unfinished —
/// a message that may go on in the next, the lines a message looks back
/// at — is kept and read again with the next part, as the whole text
/// would have been read.
#[derive(Default)]
pub(crate) struct PlainLog {
    /// The line the log last said a message came from or went to.
    meta: Option<Meta>,
    /// The time on a rule of dashes, as SIPp's message trace (`-trace_msg`)
    /// writes one above each message, a line or two before it.
    ruled: Option<f64>,
    /// The start of the last line outside a message that began with its
    /// date ([`date_head`]): a message timed by its clock alone is put on that day.
    dated: String,
    /// The text kept from the part before, whole lines.
    kept: String,
    /// The input's lines before `kept`.
    lines_before: usize,
    /// The lines of `kept`, once opened, already read.
    read_of_kept: usize,
}

impl PlainLog {
    /// How much text it keeps to read again with the next part.
    pub(crate) fn kept_len(&self) -> usize {
        self.kept.len()
    }

    /// Reads `part`, the text that follows what was fed before: whole
    /// lines, unless `last`.
    pub(crate) fn feed(
        &mut self,
        part: &str,
        last: bool,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) {
        self.read_part(part, if last { After::End } else { After::More }, on_record, on_problem);
    }

    /// [`PlainLog::feed`] for a live log whose writer has fallen silent
    /// after `part` (whole lines): what it holds back, a message that could
    /// have gone on, is read as ended when it is visibly whole (a logger
    /// writes an entry at once, but a pipe through `grep` passes it on in
    /// blocks, cut anywhere), and the lines that come later are read on
    /// from there.
    pub(crate) fn feed_before_silence(
        &mut self,
        part: &str,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) {
        self.read_part(part, After::Silence, on_record, on_problem);
    }

    /// Reads `part` after what is kept; unless it is the end, keeps a
    /// message that may go on past it to read again with the next part
    /// (silent, one that is not visibly whole).
    fn read_part(
        &mut self,
        part: &str,
        after: After,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) {
        let last = after == After::End;
        let kept = std::mem::take(&mut self.kept);
        let whole: Cow<'_, str> =
            if kept.is_empty() { Cow::Borrowed(part) } else { Cow::Owned([&kept, part].concat()) };
        // A part that is not the last ends with a line end, which ends its
        // last line rather than beginning another.
        if whole.is_empty() && !last {
            return; // nothing came, nothing was kept
        }
        let text = if last { &whole[..] } else { whole.strip_suffix('\n').unwrap_or(&whole) };
        // Past the longest message, what is kept is read as if it were the end.
        let may_defer = (after != After::End && text.len() <= MAX_DEFERRED).then_some(after == After::Silence);
        let opened = open_escaped(text);
        let lines_before = self.lines_before;
        // The input's line number of each line read, and a time its line gave.
        let origin = |i: usize| {
            let (line, time) = opened.as_ref().and_then(|o| o.origin.get(i).copied()).unwrap_or((i + 1, None));
            (lines_before + line, time)
        };
        // Opened, each line ends with a line end: the last one's is not a
        // line of the input (and, read a part at a time, would be taken
        // for a blank line where the next part goes on).
        let opened_text = opened.as_ref().map_or(text, |o| o.text.strip_suffix('\n').unwrap_or(&o.text));
        // Every CR before a line end goes with it: a text with CRLF written
        // by a program in Windows' text mode ends its lines in CR CR LF.
        let lines: Vec<&str> = opened_text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
        let start = std::mem::take(&mut self.read_of_kept);
        if let Some(at) = self.read_lines(&lines, &origin, start, may_defer, on_record, on_problem) {
            // Kept from two lines before the message: it looks back at them.
            let from = at.saturating_sub(2);
            let from_line = origin(from).0 - lines_before - 1;
            // The first of the lines opened from that input line.
            let first =
                (0..=from).rev().take_while(|&k| origin(k).0 - lines_before - 1 == from_line).last().unwrap_or(from);
            let offset = match from_line.checked_sub(1) {
                Some(before) => memchr::memchr_iter(b'\n', text.as_bytes()).nth(before).map_or(text.len(), |at| at + 1),
                None => 0,
            };
            self.kept = format!("{}\n", &text[offset..]);
            self.lines_before = lines_before + from_line;
            self.read_of_kept = at - first;
        } else {
            self.lines_before = lines_before + memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        }
    }

    /// Reads `lines` from `start`; when it `may_defer`, stops at a message
    /// that may go on past them (or a line whose next is not there), and
    /// says at which line; `Some(true)`: the writer is silent, and a message
    /// visibly whole is read.
    fn read_lines(
        &mut self,
        lines: &[&str],
        origin: &dyn Fn(usize) -> (usize, Option<f64>),
        start: usize,
        may_defer: Option<bool>,
        on_record: &mut dyn FnMut(SipRecord),
        on_problem: &mut dyn FnMut(Problem),
    ) -> Option<usize> {
        let (meta, ruled, dated) = (&mut self.meta, &mut self.ruled, &mut self.dated);
        let mut i = start;
        while i < lines.len() {
            if may_defer.is_some() && i + 1 == lines.len() {
                return Some(i);
            }
            let line = lines[i];
            let Some(at) = start_line_at(line) else {
                if let Some(head) = date_head(line) {
                    dated.clear();
                    dated.push_str(head);
                }
                if line.starts_with("-----") {
                    *ruled = find_time(line);
                }
                if let Some(m) = announcement(lines, i) {
                    // chan_sip writes the time on a line of its own, just before
                    // the line that says where a message went.
                    let before = i.checked_sub(1).and_then(|p| find_time(lines[p]));
                    *meta = Some(Meta { time: m.time.or(before), ..m });
                }
                i += 1;
                continue;
            };
            let prefix = &line[..at];
            let (first_line, line_time) = origin(i);
            let mut message = String::from(&line[at..]);
            message.push_str("\r\n");
            let mut j = i + 1;
            let mut blank_seen = false;
            // The body's length its Content-Length gives, and where the body begins in `message`.
            let (mut declared, mut body_start) = (None::<usize>, 0);
            // The message goes on in lines of its own, each this indented.
            let mut indent = None;
            // An empty line right after the start line may be the first of
            // those: told from the four lines after it, waited for while
            // more text may come.
            let empty_after = lines.get(i + 1).is_some_and(|l| l.trim().is_empty());
            if may_defer.is_some() && lines.len() - i <= 4 && empty_after {
                return Some(i);
            }
            let double_spaced = double_spaced(&lines[i + 1..], prefix);
            let prefixed = !prefix.trim().is_empty();
            // Only the entry's first line has the log's prefix: the message
            // goes on in lines of its own (a logger given a text of several lines).
            let mut raw = false;
            while j < lines.len() {
                let next = lines[j];
                if double_spaced && prefixed && next.trim().is_empty() {
                    // The empty line after each of a log's lines: a blank
                    // line of the message is a line with the prefix alone.
                    j += 1;
                    continue;
                }
                let content = if prefix.trim().is_empty() {
                    // Raw text or indented (FreeSWITCH): strip the same indentation.
                    next.strip_prefix(prefix).unwrap_or(next)
                } else if raw {
                    next
                } else if let Some(rest) = next.strip_prefix(prefix) {
                    rest
                } else if next.trim() == prefix.trim() {
                    ""
                } else if let Some(rest) = indent
                    .or_else(|| if j == i + 1 { continuation_indent(next) } else { None })
                    .and_then(|n| Some((n, past_indent(next, n)?)))
                    .map(|(n, rest)| {
                        indent = Some(n);
                        rest
                    })
                {
                    rest
                } else {
                    // A new log line with another prefix (timestamps differ): keep the
                    // part after a shared leading shape, or stop.
                    match strip_log_prefix(next, prefix) {
                        Some(rest) => rest,
                        None if j == i + 1 && header_like(next) && !next.starts_with([' ', '\t']) => {
                            raw = true;
                            next
                        }
                        None => break,
                    }
                };
                // Lines of its own end where the log's next entry begins.
                if raw && j > i + 1 && (date_head(next).is_some() || start_line_at(next).is_some()) {
                    break;
                }
                if announcement(lines, j).is_some() {
                    break; // the log announces the next message
                }
                // Among the header fields, a log line that is none (belle-sip
                // writes the next entry right after a message's last field).
                let other_entry =
                    || !content.trim().is_empty() && !content.starts_with([' ', '\t']) && !header_like(content);
                if !blank_seen && j > i + 1 && other_entry() && timed(next) {
                    break;
                }
                // FreeSWITCH's rules, chan_sip's "<------------->" after a message.
                if content.trim_start().starts_with("----")
                    || content.trim_start().starts_with("<---")
                    || start_line_at(content).is_some_and(|p| p == 0 && !content.is_empty())
                        && j > i + 1
                        && (blank_seen
                            || content.starts_with("SIP/2.0")
                            || looks_like_sip(format!("{content}\n").as_bytes()))
                {
                    break;
                }
                if content.trim().is_empty() && double_spaced && !prefixed {
                    // k blank lines of the message show as 2k + 1 empty ones.
                    let run = lines[j..].iter().take_while(|l| l.trim().is_empty()).count();
                    if run > 1 {
                        if blank_seen {
                            break;
                        }
                        blank_seen = true;
                        message.push_str("\r\n");
                    }
                    j += run;
                    if run > 3 {
                        break; // two blank lines: the message (and its body) ended
                    }
                    continue;
                }
                if content.trim().is_empty() {
                    // Unless its Content-Length says the body goes on (a
                    // multipart body may begin with an empty line).
                    // A log's next entry after it is not the body's (a part's
                    // end tells nothing: the line is read again with the next).
                    let entry_next =
                        lines.get(j + 1).is_some_and(|n| date_head(n).is_some() || start_line_at(n).is_some());
                    let body_goes_on =
                        !entry_next && declared.is_some_and(|n| message.len().saturating_sub(body_start) < n);
                    if blank_seen && (prefix.trim().is_empty() || raw) && !body_goes_on {
                        // Two blank lines: the message (and its body) ended.
                        break;
                    }
                    if !blank_seen {
                        body_start = message.len() + 2;
                    }
                    blank_seen = true;
                } else if !blank_seen {
                    declared = declared.or_else(|| crate::sip::content_length_line(content.as_bytes()));
                }
                // Past what any message may hold, the rest is not kept:
                // the parser refuses it as too large all the same.
                if message.len() <= MAX_MESSAGE_TEXT {
                    message.push_str(content);
                    message.push_str("\r\n");
                }
                j += 1;
            }
            // Not a start line alone, either: with an empty line after each
            // line, the header fields come after one.
            let whole = |message: &str| {
                let fields = message.find("\r\n").is_some_and(|end| !message[end + 2..].starts_with("\r\n"));
                fields && crate::sip::printed(message.as_bytes(), false) == crate::sip::Printed::Whole
            };
            if j == lines.len() && may_defer.is_some_and(|silent| !silent || !whole(&message)) {
                // It may go on in the next part.
                return Some(i);
            }
            // Ended by a blank line, or by its body's last line when it has one.
            let has_body = message.trim_end_matches(['\r', '\n']).contains("\r\n\r\n");
            if has_body {
                message.truncate(message.trim_end().len());
                message.push_str("\r\n");
            } else {
                message.truncate(message.trim_end_matches(['\r', '\n']).len());
                message.push_str("\r\n\r\n");
            }
            let bytes = message;
            match parse(bytes.as_bytes(), Framing::Lenient) {
                Ok(Parsed::Complete(m)) => {
                    let used = m.consumed;
                    let found = meta.take();
                    // A log line of its own may give the time just before the
                    // message (Cisco's `debug ccsip messages`: the time, then "Received:").
                    let before = || (i.saturating_sub(2)..i).rev().find_map(|p| find_time(lines[p]));
                    let time = found
                        .and_then(|m| m.time)
                        .or_else(|| find_time(prefix))
                        .or(line_time)
                        .or_else(before)
                        .or(ruled.take())
                        .map(|time| on_day_of(time, || find_time(dated)))
                        .unwrap_or(0.0);
                    let (src, dst) = found.map_or((UNKNOWN, UNKNOWN), |m| (m.src, m.dst));
                    on_record(SipRecord {
                        frame: first_line as u64,
                        time,
                        src,
                        dst,
                        transport: found.and_then(|m| m.transport).unwrap_or(Transport::Log),
                        bytes: bytes.as_bytes()[..used].to_vec(),
                        cut: false,
                    });
                }
                Ok(_) => {}
                Err(e) => {
                    on_problem(Problem { frame: first_line as u64, kind: ProblemKind::Unparsable, detail: e.detail() })
                }
            }
            i = j.max(i + 1);
        }
        None
    }
}

/// For logs whose every line carries its own prefix (syslog, Kamailio): the
/// text after the same program tag, when the prefixes differ only in time.
fn strip_log_prefix<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let words = prefix.trim_end();
    // A prefix that is a time alone (`docker logs -t`, `kubectl logs
    // --timestamps`): as many words of the line, a time too.
    let stamp = |text: &str| {
        text.bytes().any(|b| b.is_ascii_digit())
            && text.contains(':')
            && text.bytes().all(|b| b.is_ascii_digit() || b" -:.,+TZ/[]".contains(&b))
    };
    if !words.is_empty() && stamp(words) {
        let n = words.split_whitespace().count();
        let taken = line.split_whitespace().take(n).last()?;
        let end = taken.as_ptr() as usize - line.as_ptr() as usize + taken.len();
        return stamp(&line[..end]).then(|| line[end..].strip_prefix([' ', '\t']).unwrap_or(&line[end..]));
    }
    // The prefix's last word, or its last two when that is one character
    // (a Kubernetes container log's `stdout F`).
    let last = words.rsplit(' ').next()?;
    let tag = match last.len() {
        1 => words[..words.len() - 1].trim_end().rfind(' ').map_or(words, |at| &words[at + 1..]),
        _ => last,
    };
    let tag = Some(tag).filter(|t| t.len() > 1)?;
    // What the prefix has after its tag (a space, or a space and a tab as
    // Linphone writes it) comes off each line too, so that a header line
    // is not taken for a folded one.
    let separator = prefix.rfind(tag).map_or(" ", |at| &prefix[at + tag.len()..]);
    let at = line.find(tag)?;
    line.get(at + tag.len()..).map(|rest| rest.strip_prefix(separator).or(rest.strip_prefix(' ')).unwrap_or(rest))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `text`, of a form read in parts, fed `lines` lines at a time as
    /// `input.rs` feeds it, each part followed by `between` (more text, or
    /// a live writer's silence): what a part holds back is fed again with
    /// the next.
    pub(crate) fn read_in_parts(
        text: &str,
        keys: &Arc<crate::KeyLog>,
        lines: usize,
        between: After,
    ) -> (Vec<SipRecord>, Vec<Problem>) {
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        let form = part_form(text).unwrap_or_else(|| panic!("not read in parts"));
        let (mut on_record, mut on_problem) = (|r| records.push(r), |p| problems.push(p));
        let mut reader = PartReader::new(form, keys, &mut on_record, &mut on_problem);
        let all: Vec<&str> = text.split_inclusive('\n').collect();
        let mut held = String::new();
        for part in all.chunks(lines) {
            held.push_str(&part.concat());
            let read = reader.feed(&held, between);
            held = held.split_inclusive('\n').skip(read).collect();
        }
        reader.feed(&held, After::End);
        reader.finish();
        (records, problems)
    }

    #[test]
    fn each_form_read_in_parts_gives_what_it_gives_whole() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let listed = std::fs::read_dir(data.join("dumps")).unwrap_or_else(|e| panic!("{e}"));
        let mut paths: Vec<_> = listed.map(|e| e.unwrap_or_else(|e| panic!("{e}")).path()).collect();
        paths.push(data.join("sip-over-tls10.tcpdump-x.txt"));
        let secrets = std::fs::read(data.join("sip-over-tls10.keys")).unwrap_or_else(|e| panic!("{e}"));
        let keys = Arc::new(crate::KeyLog::parse(&secrets));
        let mut forms = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let Some(form) = part_form(&text) else { continue };
            forms.push(std::mem::discriminant(&form));
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            read_log_with_keys(&text, &keys, |r| records.push(r), |p| problems.push(p));
            assert!(!records.is_empty(), "{}", path.display());
            // A writer that buffers what it prints falls silent after any line.
            for (lines, between) in
                [1, 2, 3, 5, 8, 13, 40, 1000].into_iter().flat_map(|n| [(n, After::More), (n, After::Silence)])
            {
                let (mut parts, lines_of) = (read_in_parts(&text, &keys, lines, between), form.numbers_lines());
                // Numbered as read whole.
                parts.0.iter_mut().filter(|_| lines_of).for_each(|r| r.frame = crate::frame_of_line(r.frame));
                parts.1.iter_mut().filter(|_| lines_of).for_each(|p| p.frame = crate::frame_of_line(p.frame));
                let says = format!("{}, {lines} lines at a time, then {between:?}", path.display());
                assert_eq!(parts, (records.clone(), problems.clone()), "{says}");
            }
        }
        // ngrep's, sngrep's and tcpdump -A's text, tcpdump -x's and tshark's
        // hex, tshark's details as text and as PDML, streams tshark followed.
        forms.sort_by_key(|f| format!("{f:?}"));
        forms.dedup();
        assert_eq!(forms.len(), 6, "{forms:?}");
    }

    #[test]
    fn words_are_cut_as_a_split_at_white_space_and_brackets_cuts_them() {
        let by_chars = |text: &str| -> Vec<String> {
            text.split(|c: char| c.is_whitespace() || ",()<>".contains(c)).map(String::from).collect()
        };
        // Every string of up to four of these, ASCII (each ASCII white space
        // among them) or not (a non-breaking space, an ideographic one, é).
        let alphabet = ["a", "1", ":", " ", "\t", "\u{b}", "\u{c}", "\r", ",", "(", ">", "\u{a0}", "\u{3000}", "é"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}"))).collect();
            for text in &texts {
                let words: Vec<String> = words(text).map(String::from).collect();
                assert_eq!(words, by_chars(text), "{text:?}");
            }
        }
    }

    /// Reads a log whole; for a plain one, checks first that read a part
    /// at a time, it gives the same.
    fn read(text: &str) -> (Vec<SipRecord>, Vec<Problem>) {
        let mut records = Vec::new();
        let mut problems = Vec::new();
        read_log(text, |r| records.push(r), |p| problems.push(p));
        if !other_form(text) {
            read_in_parts_as_whole(text, &records, &problems);
        }
        (records, problems)
    }

    /// Cut at line ends into parts of every number of lines, up to all of
    /// them, the text read a part at a time gives the records and problems
    /// it gives read whole.
    fn read_in_parts_as_whole(text: &str, records: &[SipRecord], problems: &[Problem]) {
        for size in 1..=text.split_inclusive('\n').count() {
            for silent in [false, true] {
                let (got, said) = read_plain_log_in_parts(text, size, silent).unwrap_or_default();
                assert_eq!(got, records, "{size} lines a part, silent {silent}");
                assert_eq!(said, problems, "{size} lines a part, silent {silent}");
            }
        }
    }

    const INVITE: &str = "INVITE sip:bob@example.com SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\nFrom: <sip:alice@example.com>;tag=a\nTo: <sip:bob@example.com>\nCall-ID: log-1\nCSeq: 1 INVITE\nContent-Type: application/sdp\nContent-Length: 10\n\nv=0\ns=-\n";
    const BUSY: &str = "SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\nFrom: <sip:alice@example.com>;tag=a\nTo: <sip:bob@example.com>;tag=b\nCall-ID: log-1\nCSeq: 1 INVITE\nContent-Length: 0\n";

    /// FreeSWITCH's `sofia global siptrace` of [`INVITE`] and [`BUSY`].
    fn siptrace() -> String {
        let rule = "-".repeat(72);
        format!(
            "recv 400 bytes from udp/[10.0.0.1]:5060 at 12:00:00.250000:\n{rule}\n{INVITE}{rule}\n\
             send 300 bytes to udp/[10.0.0.1]:5060 at 12:00:01.000000:\n{rule}\n{BUSY}\n{rule}\n"
        )
    }

    /// Between whom each record came, and what it says.
    fn untimed(records: &[SipRecord]) -> Vec<String> {
        let said =
            |r: &SipRecord| format!("{:?}", r.message().map(|m| (m.method(), m.status(), m.call_id(), m.body.len())));
        records.iter().map(|r| format!("{} {} {}", r.src, r.dst, said(r))).collect()
    }

    /// When each record came, and [`untimed`].
    fn seen(records: &[SipRecord]) -> Vec<String> {
        records.iter().zip(untimed(records)).map(|(r, rest)| format!("{} {rest}", r.time)).collect()
    }

    #[test]
    fn a_log_entry_whose_message_goes_on_in_indented_lines_is_read_whole() {
        // Kamailio logging each message through syslog, as journalctl prints
        // an entry of several lines: the lines after the first indented as
        // wide as the entry's prefix.
        let entry = |time: &str, message: &str| {
            let prefix = format!("Nov 28 {time} sbc1 kamailio[1234]: ");
            let mut lines = message.trim_end().lines();
            let first = lines.next().unwrap_or_default();
            let rest: String = lines.map(|l| format!("{:w$}{l}\n", "", w = prefix.len())).collect();
            format!("{prefix}INFO: <script>: message: {first}\n{rest}")
        };
        let log = entry("12:00:00", INVITE) + &entry("12:00:01", BUSY);
        let (records, none) = read(&log);
        assert!(none.is_empty(), "{none:?}");
        let (expected, _) = read(&format!("{INVITE}\n\n{BUSY}\n"));
        assert_eq!(untimed(&records), untimed(&expected));
        assert_eq!(records.iter().map(|r| r.time - records[0].time).collect::<Vec<_>>(), [0.0, 1.0]);
    }

    #[test]
    fn container_logs_are_read_as_the_output_they_hold() {
        // Asterisk's pjsip logger in a container: Docker's json-file (a JSON
        // object a line of output, CRLF or LF as the program wrote), and a
        // Kubernetes node's log (each line behind its time, stream and tag).
        let output = format!(
            "<--- Received SIP request (400 bytes) from UDP:10.0.0.1:5060 --->\n{INVITE}\n\
             <--- Transmitting SIP response (300 bytes) to UDP:10.0.0.1:5060 --->\n{BUSY}\n"
        );
        let (expected, none) = read(&output);
        assert!(expected.len() == 2 && none.is_empty(), "{none:?}");
        let time = |ms: usize| format!("2024-05-01T12:00:{:02}.{:09}Z", ms / 1000, ms % 1000 * 1_000_000);
        let lines: Vec<&str> = output.lines().collect();
        let docker = |end: &str| -> String {
            let line = |(n, l): (usize, &&str)| {
                let logged = serde_json::to_string(&format!("{l}{end}")).unwrap_or_default();
                format!("{{\"log\":{logged},\"stream\":\"stdout\",\"time\":\"{}\"}}\n", time(n * 70))
            };
            lines.iter().enumerate().map(line).collect()
        };
        let cri: String = lines.iter().enumerate().map(|(n, l)| format!("{} stdout F {l}\n", time(n * 70))).collect();
        // Each line read by what it holds, wherever a part begins: a line
        // of other text before the JSON ones changes nothing.
        let after_other = format!("docker logs follow\n{}", docker("\n"));
        for (log, before) in [(docker("\n"), 0), (docker("\r\n"), 0), (cri, 0), (after_other, 1)] {
            let (records, none) = read(&log);
            assert!(none.is_empty(), "{none:?}");
            let frames: Vec<u64> = records.iter().map(|r| r.frame - before).collect();
            assert_eq!(frames, expected.iter().map(|r| r.frame).collect::<Vec<_>>(), "{log}");
            assert_eq!(untimed(&records), untimed(&expected), "{log}");
            // Each message's time, its start line's (the line after the one announcing it).
            let times: Vec<f64> = records.iter().map(|r| r.time - records[0].time).collect();
            let starts: Vec<f64> = expected.iter().map(|r| (r.frame - expected[0].frame) as f64 * 0.07).collect();
            assert!(times.iter().zip(&starts).all(|(t, s)| (t - s).abs() < 1e-6), "{times:?} {starts:?}");
        }
        // A JSON body's lines in a plain log are the body's, not a log's.
        let body = "{\"message\":\"hello\",\"msg\":\"x\",\"log\":\"y\"}";
        let chat = format!(
            "MESSAGE sip:bob@example.com SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK2\nFrom: <sip:a@x>;tag=a\n\
             To: <sip:b@x>\nCall-ID: chat-1\nCSeq: 1 MESSAGE\nContent-Type: application/json\nContent-Length: {}\n\n{body}\n",
            body.len()
        );
        let (records, none) = read(&chat);
        assert!(none.is_empty(), "{none:?}");
        assert_eq!(
            records.iter().map(|r| r.message().map(|m| m.body.to_vec())).collect::<Vec<_>>(),
            [Some(body.as_bytes().to_vec())]
        );
        // journalctl -o json: a message logged whole, journald's time.
        let entry = |micros: u64, message: &str| {
            let logged = serde_json::to_string(&format!("RX: {}", message.replace('\n', "\r\n"))).unwrap_or_default();
            format!("{{\"__REALTIME_TIMESTAMP\":\"{micros}\",\"_HOSTNAME\":\"sbc\",\"MESSAGE\":{logged}}}\n")
        };
        let journal = entry(1_714_564_800_250_000, INVITE) + &entry(1_714_564_801_750_000, BUSY);
        let (records, none) = read(&journal);
        assert!(none.is_empty(), "{none:?}");
        assert_eq!(
            records.iter().map(|r| (r.frame, r.time)).collect::<Vec<_>>(),
            [(crate::frame_of_line(1), 1_714_564_800.25), (crate::frame_of_line(2), 1_714_564_801.75)]
        );
        let (raw, _) = read(&format!("{INVITE}\n\n{BUSY}\n"));
        assert_eq!(untimed(&records), untimed(&raw));
    }

    #[test]
    fn a_log_with_an_empty_line_after_each_of_its_lines_is_read_as_its_lines() {
        // CRLF turned into two line ends, as a console or a copy does: raw
        // messages, FreeSWITCH's siptrace, and logs whose every line has
        // its own prefix (syslog's, Linphone's on iOS).
        let prefixed = |prefix: &dyn Fn(usize) -> String| -> String {
            let lines = format!("{INVITE}\n{BUSY}").lines().map(str::to_owned).collect::<Vec<_>>();
            let mut log: String = lines.iter().enumerate().map(|(n, l)| format!("{}{l}\n", prefix(n))).collect();
            log.push_str(&format!("{}another entry\n", prefix(lines.len())));
            log
        };
        let syslog = prefixed(&|n| format!("May  1 12:00:{:02} sbc kamailio[42]: ", n % 60));
        let ios = prefixed(&|n| format!("2024-01-11 11:45:{:02}.449 app[1:2] [Message] \t", n % 60));
        for log in [format!("{INVITE}\n\n{BUSY}\n"), format!("{INVITE}\n\n\n{BUSY}\n\n"), siptrace(), syslog, ios] {
            let (expected, none) = read(&log);
            assert!(expected.len() == 2 && none.is_empty(), "{none:?}");
            let (records, none) = read(&log.replace('\n', "\n\n"));
            assert!(none.is_empty(), "{none:?}");
            assert_eq!(seen(&records), seen(&expected), "{log}");
        }
    }

    #[test]
    fn lines_ending_in_cr_cr_lf_or_blanks_after_the_version_are_read_as_plain_ones() {
        // FreeSWITCH's siptrace as a program in Windows' text mode writes
        // CRLF (CR CR LF), and as copied from a terminal (blanks after the
        // request line's version).
        let log = siptrace();
        let (expected, none) = read(&log);
        assert!(expected.len() == 2 && none.is_empty(), "{none:?}");
        assert_eq!(read(&log.replace('\n', "\r\r\n")), (expected.clone(), Vec::new()));
        // The blanks are kept as printed; the request is read all the same.
        let blanks = log.replace("SIP/2.0\n", "SIP/2.0  \t\n");
        assert_ne!(blanks, log);
        let (records, none) = read(&blanks);
        assert!(none.is_empty(), "{none:?}");
        assert_eq!(seen(&records), seen(&expected));
    }

    #[test]
    fn raw_messages_separated_by_blank_lines() {
        let (records, problems) = read(&format!("{INVITE}\n\n{BUSY}\n"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].message().and_then(|m| m.status()), Some(486));
        assert!(records[0].message().is_some_and(|m| m.body.starts_with(b"v=0")));
    }

    #[test]
    fn asterisk_pjsip_logger() {
        let text = format!(
            "[2024-05-01 12:00:00.250] VERBOSE[123] res_pjsip_logger.c: <--- Received SIP request (400 bytes) from UDP:10.0.0.1:5060 --->\n{INVITE}\n[2024-05-01 12:00:01.500] VERBOSE[123] res_pjsip_logger.c: <--- Transmitting SIP response (300 bytes) to UDP:10.0.0.1:5060 --->\n{BUSY}\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].src, "10.0.0.1:5060".parse().unwrap_or(UNKNOWN));
        assert_eq!(records[1].dst, "10.0.0.1:5060".parse().unwrap_or(UNKNOWN));
        assert!((records[1].time - records[0].time - 1.25).abs() < 1e-6, "timestamps kept");
    }

    #[test]
    fn asterisk_chan_sip_debug() {
        let text = format!(
            "[2024-05-01 12:00:00] VERBOSE[123][C-00000001] chan_sip.c: \n<--- SIP read from UDP:10.0.0.1:5060 --->\n{INVITE}\n<------------->\n\
[2024-05-01 12:00:02] VERBOSE[123][C-00000001] chan_sip.c: \n<--- Transmitting (NAT) to 10.0.0.1:5060 --->\n{BUSY}\n\n<------------>\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        assert_eq!((records[0].src, records[0].dst), ("10.0.0.1:5060".parse().unwrap_or(UNKNOWN), UNKNOWN));
        assert_eq!((records[1].src, records[1].dst), (UNKNOWN, "10.0.0.1:5060".parse().unwrap_or(UNKNOWN)));
        assert!((records[1].time - records[0].time - 2.0).abs() < 1e-6, "times from the lines before");
        assert_eq!(records[1].message().map(|m| m.body.len()), Some(0));
    }

    #[test]
    fn any_text_around_the_messages_is_read_without_fault() {
        // Found by fuzzing: a time looked for inside multi-byte characters.
        let text =
            format!("[2024-05-01 12:0):00.000] ünïcödé — 時間 received SIP from UDP:10.0.0.1:5060 é\n{INVITE}\n");
        let (records, _) = read(&text);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].src.port(), 5060);
        assert!(find_time("é2024-05-01 00:00:01").is_some_and(|t| (t - 1_714_521_601.0).abs() < 1e-6));
    }

    #[test]
    fn cisco_cucm_sdl_traces() {
        // The address and its port written apart, the time of day between
        // bars, a tag line between the line saying where and the message.
        let text = format!(
            "00012345.001 |10:03:10.736 |AppInfo  |SIPTcp - wait_SdlReadRsp: Incoming SIP TCP message from 10.10.10.1 on port 5060 index 1234 with 400 bytes:\n[123456,NET]\n{INVITE}\n\
00012347.001 |10:03:10.800 |AppInfo  |SIPTcp - wait_SdlSPISignal: Outgoing SIP TCP message to 2001:db8::1 on port 5061 index 1234\n[123457,NET]\n{BUSY}\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.dst.to_string(), r.time)).collect();
        let unknown = "0.0.0.0:0".to_owned();
        assert_eq!(
            seen,
            [
                ("10.10.10.1:5060".to_owned(), unknown.clone(), 36_190.736),
                (unknown, "[2001:db8::1]:5061".to_owned(), 36_190.8)
            ]
        );
        assert_eq!(port_written_apart("nothing on port here"), None);
    }

    #[test]
    fn every_line_prefixed_with_a_tab_after_the_tag() {
        // Linphone (liblinphone's log): each line of a message carries the
        // time, the program and a level, then a tab; the time has its UTC offset.
        let prefixed = |time: &str, message: &str| {
            message
                .lines()
                .chain([""])
                .map(|l| format!("2020-03-29 {time}+0530 linphone[68064:1643374] [Message] \t{l}\n"))
                .collect::<String>()
        };
        let text = format!(
            "2020-03-29 01:25:05.100000+0530 linphone[68064:1643374] [Message] channel [0x7fd1]: message sent to [UDP://pbx.example.com:5060], size: [420] bytes\n{}{}",
            prefixed("01:25:05.125615", INVITE),
            prefixed("01:25:06.000000", BUSY)
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let read: Vec<_> = records.iter().map(|r| r.message().and_then(|m| m.call_id().map(str::to_owned))).collect();
        assert_eq!(read, [Some("log-1".to_owned()), Some("log-1".to_owned())]);
        assert!(records[0].message().is_some_and(|m| m.body.starts_with(b"v=0")));
        // 01:25:05.125615 at UTC+05:30 is 19:55:05.125615 UTC the day before.
        let utc = days_from_civil(2020, 3, 28) as f64 * 86_400.0 + 19.0 * 3600.0 + 55.0 * 60.0 + 5.125_615;
        assert!((records[0].time - utc).abs() < 1e-6, "{}", records[0].time);
        assert!((records[1].time - records[0].time - 0.874_385).abs() < 1e-6);
    }

    #[test]
    fn a_line_that_names_no_sip_announces_each_message_it_is_right_before() {
        // Homer's and scripts' text exports: the line before every message,
        // not only the first, says where it went.
        for (head, back, sides) in [
            (
                "2020-05-01 12:00:00.123456 +0000 UDP 10.0.0.2:5060 -> 10.0.0.1:5060",
                "2020-05-01 12:00:01.500000 +0000 UDP 10.0.0.1:5060 -> 10.0.0.2:5060",
                ["10.0.0.2:5060 10.0.0.1:5060", "10.0.0.1:5060 10.0.0.2:5060"],
            ),
            (
                "received from udp:10.0.0.2:5060:",
                "received from udp:10.0.0.1:5060:",
                ["10.0.0.2:5060 0.0.0.0:0", "10.0.0.1:5060 0.0.0.0:0"],
            ),
        ] {
            let log = format!("{head}\n{INVITE}\n{back}\n{BUSY}\n");
            let records = invite_then_busy(&log, sides);
            assert!(records.iter().all(|r| r.transport == Transport::Udp), "{log}");
            read_in_parts_as_whole(&log, &records, &[]);
        }
    }

    #[test]
    fn a_line_with_an_arrow_between_two_addresses_gives_both() {
        // baresip's SIP trace (colours and all), and the reverse arrow.
        let text = format!(
            "\x1b[36;1m#\nUDP 10.0.0.2:5060 -> 10.0.0.1:5060 [0.000]\n{INVITE}\x1b[;m\n\n#\n10.0.0.2:5060 <- 10.0.0.1:5060\n{BUSY}\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let sides: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.dst.to_string())).collect();
        let (a, b) = ("10.0.0.2:5060".to_owned(), "10.0.0.1:5060".to_owned());
        assert_eq!(sides, [(a.clone(), b.clone()), (b, a)]);
        // An arrow with more than an address on either side says nothing.
        assert_eq!(arrow("call 10.0.0.2:5060 -> via proxy 10.0.0.1:5060"), None);
        assert_eq!(
            arrow("from 10.0.0.2:5060 and 10.0.0.3:5060 -> 10.0.0.1:5060").map(|(s, _)| s.to_string()),
            Some("10.0.0.3:5060".to_owned())
        );
    }

    #[test]
    fn offsets_from_utc_after_a_clock() {
        for (clock, offset) in [
            ("10:00:00.5+0530", 19_800.0),
            ("10:00:00-05:00", -18_000.0),
            ("10:00:00Z", 0.0),
            ("10:00:00 +0530", 0.0),
            ("10:00:00", 0.0),
            // A range of times, not an offset.
            ("10:00:00-10:05:00", 0.0),
            ("10:00:00-123456", 0.0),
        ] {
            assert_eq!(utc_offset(clock), offset, "{clock}");
        }
    }

    #[test]
    fn sipp_message_trace() {
        // `sipp -trace_msg`: a rule with the time, a line saying which way,
        // a blank line, the message.
        let text = format!(
            "\n----------------------------------------------- 2019-08-17 16:28:42.410001\nUDP message sent (400 bytes):\n\n{INVITE}\n\n----------------------------------------------- 2019-08-17 16:28:42.417383\nUDP message received [300] bytes :\n\n{BUSY}\n\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let day = days_from_civil(2019, 8, 17) as f64 * 86_400.0;
        let times: Vec<f64> = records.iter().map(|r| r.time - day).collect();
        assert_eq!(times.len(), 2);
        assert!((times[0] - 59_322.410_001).abs() < 1e-6 && (times[1] - 59_322.417_383).abs() < 1e-6, "{times:?}");
    }

    #[test]
    fn broadworks_and_sngrep_dates_are_read() {
        let on = |y, m, d, clock: f64| days_from_civil(y, m, d) as f64 * 86_400.0 + clock;
        for (text, expected) in [
            // BroadWorks XSLog: dots in the date, milliseconds after a colon.
            ("2016.11.09 10:03:10:736 EST | Info       | Sip", on(2016, 11, 9, 36_190.736)),
            ("2024/05/01 12:00:00.250000 10.0.0.1:5060 -> 10.0.0.2:5060", on(2024, 5, 1, 43_200.25)),
            ("2024-05-01T12:00:00,5", on(2024, 5, 1, 43_200.5)),
        ] {
            let time = find_time(text);
            assert!(time.is_some_and(|t| (t - expected).abs() < 1e-6), "{text}: {time:?}");
        }
        // A BroadWorks log: the time and the direction on the lines before each message.
        let text = format!(
            "2016.11.09 10:03:10:736 EST | Info       | Sip           | SipMediaServer | \n\tudp 400 Bytes IN from 192.168.1.10:5060\n{INVITE}\n\
2016.11.09 10:03:10:790 EST | Info       | Sip           | SipMediaServer | \n\tudp 300 Bytes OUT to 192.168.1.10:5060\n{BUSY}\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> = records.iter().map(|r| (r.src.port(), r.dst.port(), r.time)).collect();
        assert_eq!(seen, [(5060, 0, on(2016, 11, 9, 36_190.736)), (0, 5060, on(2016, 11, 9, 36_190.79))]);
    }

    #[test]
    fn dates_with_the_months_name_are_read_and_a_missing_year_is_the_latest_past_one() {
        // 2026-11-26 12:00:00 UTC.
        let now = || Some(days_from_civil(2026, 11, 26) as f64 * 86_400.0 + 43_200.0);
        let on = |y, m, d, clock: f64| days_from_civil(y, m, d) as f64 * 86_400.0 + clock;
        let cases = [
            // syslog (RFC 3164), Cisco IOS, Oracle's SBC: no year.
            ("Nov 26 10:52:27 sbc kamailio[7]: received from udp:10.0.0.1:5060", on(2026, 11, 26, 39_147.0)),
            ("*Nov  3 10:52:27.125: SIP: Received:", on(2026, 11, 3, 39_147.125)),
            ("Jan 21 14:04:18.527 On [5:0]192.168.1.10:5060", on(2026, 1, 21, 50_658.527)),
            // Tomorrow is within a day's grace; a later date is last year's.
            ("Nov 27 01:00:00 host", on(2026, 11, 27, 3_600.0)),
            ("Dec 24 18:00:00 host", on(2025, 12, 24, 64_800.0)),
            // With a year, before or after the clock.
            ("Arrival Time: Nov 25, 2026 21:30:34.918642000 UTC", on(2026, 11, 25, 77_434.918_642)),
            ("Thu Nov 26 10:52:27 2024 sent to 10.0.0.1:5060", on(2024, 11, 26, 39_147.0)),
            // JavaScript's (SIP.js, JsSIP): an offset from UTC after the clock.
            (
                "Thu Mar 21 2024 10:00:00 GMT+0100 (Central European Standard Time) | sip.Transport",
                on(2024, 3, 21, 32_400.0),
            ),
            ("Thu Mar 21 2024 10:00:00 GMT-0530 (x)", on(2024, 3, 21, 36_000.0 + 19_800.0)),
            ("Mar 21 10:00:00 +01:00 host", on(2026, 3, 21, 32_400.0)),
        ];
        for (text, expected) in cases {
            let time = month_name_time(text, now);
            assert!(time.is_some_and(|t| (t - expected).abs() < 1e-6), "{text}: {time:?}");
        }
        // Not dates: a month's name in a sentence, a day out of range, no clock.
        for text in ["May I help", "Nov 32 10:00:00 host", "Mar 3 host", "Jan"] {
            assert_eq!(month_name_time(text, now), None, "{text}");
        }
        // Without `now`, only a date with its year.
        assert_eq!(month_name_time("Nov 26 10:52:27 host", || None), None);
        // Android's logcat: the month's number, no year.
        let logcat = [
            ("02-04 08:37:30.051 19886 19928 D Baresip Lib: ua", Some(on(2026, 2, 4, 31_050.051))),
            ("11-27 01:00:00.000  1724  1724 I sip", Some(on(2026, 11, 27, 3_600.0))),
            ("12-24 18:00:00.5 1 2 I x", Some(on(2025, 12, 24, 64_800.5))),
            ("13-01 10:00:00.000 1 2 I x", None),
            ("10-20 rooms", None),
            ("x 02-04 08:37:30.051", None),
        ];
        for (text, expected) in logcat {
            let time = month_day_time(text, now);
            assert!(
                time == expected || time.zip(expected).is_some_and(|(t, e)| (t - e).abs() < 1e-6),
                "{text}: {time:?}"
            );
        }
        // In a log, the year is the one that puts the line in the last twelve months.
        let time = find_time("Nov 26 10:52:27 sbc kamailio[7]:").unwrap_or(0.0);
        let ago = now_seconds() - time;
        assert!((-86_400.0..366.0 * 86_400.0).contains(&ago), "{time}");
        assert!(((time % 86_400.0) - 39_147.0).abs() < 1e-6);
    }

    #[test]
    fn messages_on_one_line_with_escaped_line_ends() {
        // The lines opened from an escaped one are followed by the input's
        // next line, not by a blank one (found by fuzzing: read a part at a
        // time, the message ran to a blank line that is not in the input).
        let (records, _) = read("\nSIP/2.0 200\n\\r\\nI\nI");
        assert_eq!(records.len(), 1);
        let escape = |m: &str, with: &str| m.replace('\n', with);
        // rsyslog's #015#012, as Kamailio's xlog of $mb reaches syslog; what
        // the script says before the message gives the addresses.
        let syslog = format!(
            "May  1 12:00:00 sbc kamailio[42]: INFO: <script>: received from udp:10.0.0.1:5060: {}\n\
May  1 12:00:02 sbc kamailio[42]: INFO: <script>: sending to udp:10.0.0.1:5060: {}\n",
            escape(INVITE, "#015#012"),
            escape(BUSY, "#015#012")
        );
        let (records, problems) = read(&syslog);
        assert!(problems.is_empty(), "{problems:?}");
        let seen: Vec<_> = records.iter().map(|r| (crate::frame_number(r.frame), r.src.port(), r.dst.port())).collect();
        assert_eq!(seen, [(1, 5060, 0), (2, 0, 5060)], "the log's line numbers, and its addresses");
        assert!(records.iter().all(|r| crate::is_line(r.frame)), "numbered as lines");
        assert!((records[1].time - records[0].time - 2.0).abs() < 1e-6);
        assert!(records[0].message().is_some_and(|m| m.body.starts_with(b"v=0")));
        // \r\n as two characters each, in a JSON log whose time comes after
        // the whole message (its blank line included).
        let json = |m: &str, second: u8| {
            let message = escape(&format!("{m}\n"), "\\r\\n").replace('"', "\\\"");
            format!("{{\"log\":\"{message}\",\"time\":\"2024-05-01T12:00:0{second}.5Z\"}}\n")
        };
        let (records, problems) = read(&format!("{}{}", json(INVITE, 0), json(BUSY, 3)));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].message().and_then(|m| m.status()), Some(486));
        assert!((records[1].time - records[0].time - 3.0).abs() < 1e-6, "times from the JSON");
        assert_eq!(unescape_backslashes(r#"a\"b\\c\/d\qe\"#), "a\"b\\c/d\\qe\\");
    }

    #[test]
    fn a_line_naming_both_sides_gives_both() {
        let text = format!("2024-05-01 12:00:00 relayed from udp:10.0.0.1:5060 to udp:10.0.0.2:5080\n{INVITE}\n");
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!((records[0].src.port(), records[0].dst.port()), (5060, 5080));
    }

    #[test]
    fn cisco_and_audiocodes_debug_logs() {
        // Cisco IOS `debug ccsip messages`: the time on a line of its own,
        // then "Received:" or "Sent:", no addresses.
        let cisco = format!(
            "May  1 12:00:00.250: //-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:\nReceived: \n{INVITE}\n\
May  1 12:00:01.500: //55/8B4A7C9F8001/SIP/Msg/ccsipDisplayMsg:\nSent: \n{BUSY}\n"
        );
        let (records, problems) = read(&cisco);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        // May 1 of the latest year it is past: noon and a quarter second.
        assert!((records[0].time.rem_euclid(86_400.0) - 43_200.25).abs() < 1e-6, "{}", records[0].time);
        assert!((-86_400.0..366.0 * 86_400.0).contains(&(now_seconds() - records[0].time)), "{}", records[0].time);
        assert!((records[1].time - records[0].time - 1.25).abs() < 1e-6);
        // AudioCodes syslog: the address first, then where the message went
        // inside the device ("from ADDR to SIPInterface #0").
        let audiocodes = format!(
            "12:00:00.100  10.0.0.5  local0.notice  [S=1] ---- Incoming SIP Message from 10.0.0.1:5060 to SIPInterface #0 (SIPInterface_0) UDP TO.(#1)SIP-Message:\n{INVITE}\n\
12:00:00.200  10.0.0.5  local0.notice  [S=2] ---- Outgoing SIP Message to 10.0.0.1:5060 from SIPInterface #0 (SIPInterface_0) UDP TO.(#2)SIP-Message:\n{BUSY}\n"
        );
        let (records, problems) = read(&audiocodes);
        assert!(problems.is_empty(), "{problems:?}");
        let sides: Vec<_> = records.iter().map(|r| (r.src.port(), r.dst.port())).collect();
        assert_eq!(sides, [(5060, 0), (0, 5060)]);
    }

    #[test]
    fn oracle_sbc_sipmsg_log() {
        // sipmsg.log: the SBC's own interface tagged before its address, the
        // peer after "received from" or "sent to", a rule between messages.
        let rule = "----------------------------------------";
        let text = format!(
            "{rule}\nJan 21 14:04:18.527 On [5:0]192.168.1.10:5060 received from 192.168.1.20:5060\n{INVITE}\n\
{rule}\nJan 21 14:04:18.530 On [5:0]192.168.1.10:5060 sent to 192.168.1.20:5060\n{BUSY}\n"
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let sides: Vec<_> = records.iter().map(|r| (r.src.to_string(), r.dst.to_string())).collect();
        let (sbc, peer) = ("192.168.1.10:5060".to_owned(), "192.168.1.20:5060".to_owned());
        assert_eq!(sides, [(peer.clone(), sbc.clone()), (sbc, peer)]);
        assert!((records[1].time - records[0].time - 0.003).abs() < 1e-6);
    }

    #[test]
    fn freeswitch_siptrace() {
        let indent = |m: &str| m.lines().map(|l| format!("   {l}")).collect::<Vec<_>>().join("\n");
        let rule = "   ------------------------------------------------------------------------";
        let text = format!(
            "recv 400 bytes from udp/[10.0.0.1]:5060 at 12:00:00.250000:\n{rule}\n{}\n{rule}\nsend 300 bytes to udp/[10.0.0.1]:5060 at 12:00:01.000000:\n{rule}\n{}\n{rule}\n",
            indent(INVITE),
            indent(BUSY)
        );
        let (records, problems) = read(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].src.port(), 5060);
        assert!((records[1].time - records[0].time - 0.75).abs() < 1e-6);
    }

    #[test]
    fn the_transport_a_line_names_with_an_address_is_kept() {
        let transports = |introductions: &[&str]| -> Vec<Transport> {
            let text: String = introductions.iter().map(|line| format!("{line}\n{INVITE}\n\n")).collect();
            read(&text).0.iter().map(|r| r.transport).collect()
        };
        assert_eq!(
            transports(&[
                "<--- Received SIP request (400 bytes) from UDP:10.0.0.1:5060 --->",
                "<--- Received SIP request (400 bytes) from TLS:10.0.0.1:5061 --->",
                "<--- Transmitting SIP request (400 bytes) to WSS:[2001:db8::1]:8089 --->",
                "recv 400 bytes from tcp/[10.0.0.1]:5060 at 12:00:00.250000:",
                "RX 400 bytes Request msg INVITE/cseq=1 (rdata0x1) from TCP 10.0.0.1:5060:",
                "TX 400 bytes Request msg INVITE/cseq=1 (tdta0x1) to SCTP 10.0.0.1:5060:",
            ]),
            [Transport::Udp, Transport::Tls, Transport::Ws, Transport::Tcp, Transport::Tcp, Transport::Sctp]
        );
        // No transport named: as it was printed in a log.
        for line in [
            "<--- Transmitting (NAT) to 10.0.0.1:5060 --->",
            "2024-05-01 12:00:00 SIP 10.0.0.1:5060 -> 10.0.0.2:5060",
            "received SIP from [5:0]10.0.0.1:5060 over udpx",
        ] {
            assert_eq!(transports(&[line]), [Transport::Log], "{line}");
        }
    }

    #[test]
    fn syslog_prefixed_lines() {
        let prefixed: String = format!("{INVITE}\n")
            .lines()
            .enumerate()
            .map(|(n, l)| format!("May  1 12:00:0{} sbc kamailio[42]: {l}\n", n % 10))
            .collect();
        let (records, problems) = read(&prefixed);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].message().and_then(|m| m.call_id().map(str::to_owned)), Some("log-1".to_owned()));
    }

    /// The records of a log of [`INVITE`] then [`BUSY`], read without a
    /// problem, each between the `sides` given (`SRC DST`).
    fn invite_then_busy(log: &str, sides: [&str; 2]) -> Vec<SipRecord> {
        let (records, problems) = read(log);
        assert!(problems.is_empty(), "{problems:?}\n{log}");
        let expected = [
            format!("{} Some((Some(\"INVITE\"), None, Some(\"log-1\"), 10))", sides[0]),
            format!("{} Some((Some(\"INVITE\"), Some(486), Some(\"log-1\"), 0))", sides[1]),
        ];
        assert_eq!(untimed(&records), expected, "{log}");
        records
    }

    #[test]
    fn linphone_logs_on_every_platform() {
        let received = "channel [0x1]: received [400] new bytes from [UDP://10.0.0.1:5060]:";
        let sent = "channel [0x1]: message sent to [UDP://10.0.0.1:5060], size: [300] bytes";
        let after = "Changing [server] [INVITE] transaction [0x2], from state [PROCEEDING] to [COMPLETED]";
        // belle-sip writes a message's lines after its entry, then the next
        // entry right after the last header field when there is no body.
        let busy = BUSY.trim_end();
        let stamp = |ms: u32| format!("2024-01-11 11:45:33:{ms:03}");
        let desktop = format!(
            "{} belle-sip-message- {received}\n{INVITE}{} belle-sip-message- {sent}\n{busy}\n{} belle-sip-message- {after}\n",
            stamp(449),
            stamp(460),
            stamp(461)
        );
        // Each line an entry of its own: the iOS console, Android's
        // logcat (its time in seconds since 1970), Android Studio's
        // (the message's lines indented under the entry).
        let each_line = |prefix: &dyn Fn(u32) -> String, lines: &[(u32, &str)]| -> String {
            lines.iter().map(|(ms, text)| format!("{}{text}\n", prefix(*ms))).collect()
        };
        let in_lines = |ms: u32, entry: &'static str, message: &'static str| {
            std::iter::once((ms, entry)).chain(message.trim_end().lines().map(move |l| (ms + 1, l)))
        };
        let lines: Vec<(u32, &str)> =
            in_lines(449, received, INVITE).chain(in_lines(460, sent, BUSY)).chain([(462, after)]).collect();
        let ios =
            each_line(&|ms| format!("2024-01-11 18:45:33.{ms:03}000+0700 app[10737:1103557] [Message] \t"), &lines);
        let logcat = each_line(&|ms| format!("1704973533.{ms:03} 1724-1724/org.example.phone I/SIP: "), &lines);
        let studio_entry = |ms: u32| format!("{} 19583-19583 SIPModule    org.example.phone    I  ", stamp(ms));
        let studio = format!(
            "{}{received}\n{}{}{sent}\n{}{}{after}\n",
            studio_entry(449),
            INVITE.lines().map(|l| format!("{:60}{l}\n", "")).collect::<String>(),
            studio_entry(460),
            BUSY.lines().map(|l| format!("{:60}{l}\n", "")).collect::<String>(),
            studio_entry(462)
        );
        for log in [desktop, ios, logcat, studio] {
            let records = invite_then_busy(&log, ["10.0.0.1:5060 0.0.0.0:0", "0.0.0.0:0 10.0.0.1:5060"]);
            assert!(records.iter().all(|r| r.transport == Transport::Udp), "{log}");
            // 2024-01-11 11:45:33 UTC, to the millisecond the entry gives.
            let first = 1_704_973_533.449;
            assert!((records[0].time - first).abs() < 0.002, "{} {log}", records[0].time);
            assert!((records[1].time - records[0].time - 0.011).abs() < 0.0025, "{log}");
        }
    }

    #[test]
    fn a_message_timed_by_its_clock_alone_is_put_on_the_day_the_log_last_dated() {
        // fs_cli: the console's dated lines around siptrace's `at HH:MM:SS`.
        let rule = "-".repeat(72);
        let trace = |date: &str, before: &str, at: &str| {
            format!(
                "{date} {before} [NOTICE] switch_channel.c:1118 New Channel sofia/internal/1000@10.0.0.1\n\
                 recv 400 bytes from udp/[10.0.0.1]:5060 at {at}:\n{rule}\n{INVITE}{rule}\n"
            )
        };
        let day = |y, m, d| days_from_civil(y, m, d) as f64 * 86_400.0;
        let cases = [
            (trace("2021-05-23", "20:07:57.808015", "20:07:57.811303"), day(2021, 5, 23) + 72_477.811_303),
            // Past midnight, the last dated line still the day before.
            (trace("2021-05-23", "23:59:59.900000", "00:00:00.100000"), day(2021, 5, 24) + 0.1),
            // Asterisk's dates, with the month's name and the year.
            (trace("[May 23 2021", "20:07:57]", "20:07:58.000000"), day(2021, 5, 23) + 72_478.0),
            // No dated line: the clock alone, as before.
            (
                format!("recv 400 bytes from udp/[10.0.0.1]:5060 at 20:07:57.811303:\n{rule}\n{INVITE}{rule}\n"),
                72_477.811_303,
            ),
        ];
        for (log, expected) in cases {
            let (records, problems) = read(&log);
            assert!(problems.is_empty(), "{problems:?}");
            assert!((records[0].time - expected).abs() < 1e-6, "{} {expected}\n{log}", records[0].time);
        }
        assert_eq!(on_day_of(1_621_800_477.0, || Some(0.0)), 1_621_800_477.0, "a whole time stays");
        // A line begins with its date, not with a month's name in a sentence.
        for (line, dated) in [("May  1 12:00:00 host", true), ("[2021-05-23 20:07:57]", true), ("May I help", false)] {
            assert_eq!(date_head(line).is_some(), dated, "{line}");
        }
    }

    #[test]
    fn a_message_whose_entry_prefixes_only_its_first_line_or_each_with_a_time_alone() {
        // A program's logger given a message of several lines (Python's
        // logging, a Java or Go logger): the entry's prefix on the start line,
        // the message's other lines as they are, the next entry after them.
        let entry = |time: &str, message: &str| format!("2024-01-11 12:00:{time} INFO sip.app: {message}");
        let first_only = format!("{}\n{}\n", entry("00,123", INVITE), entry("00,200", BUSY));
        let bracketed = format!("[12:00:00.123] {INVITE}\n[12:00:00.200] {BUSY}\n");
        let with_body_then_entry =
            format!("{}{}\n{}", entry("00,123", INVITE), entry("00,150", "timer F started"), entry("00,200", BUSY));
        // `docker logs -t`: every line after a time of its own.
        let stamped = |at: u32, message: &str| -> String {
            message.lines().map(|l| format!("2024-01-11T12:00:00.{at:03}000000Z {l}\n")).collect()
        };
        let docker = format!("{}{}", stamped(123, INVITE), stamped(200, BUSY));
        for log in [first_only, bracketed, with_body_then_entry, docker] {
            let records = invite_then_busy(&log, ["0.0.0.0:0 0.0.0.0:0"; 2]);
            assert!((records[1].time - records[0].time - 0.077).abs() < 1e-6, "{log}");
        }
    }

    #[test]
    fn json_lines_of_a_programs_logger_give_their_time() {
        // pino and bunyan (milliseconds since 1970), zap (seconds), or a
        // date in the line: each message at its entry's time.
        let line = |time: &str, message: &str| {
            let text = serde_json::to_string(&message.replace('\n', "\r\n")).unwrap_or_default();
            format!("{{\"level\":30,{time},\"msg\":{text}}}\n")
        };
        for (first, second) in [
            ("\"time\":1704974400123", "\"time\":1704974400200"),
            ("\"ts\":1704974400.123", "\"ts\":1704974400.2"),
            ("\"time\":\"2024-01-11T12:00:00.123Z\"", "\"time\":\"2024-01-11T12:00:00.200Z\""),
        ] {
            let log = format!("{}{}", line(first, INVITE), line(second, BUSY));
            let (records, problems) = read(&log);
            assert!(problems.is_empty(), "{problems:?}");
            let times: Vec<f64> = records.iter().map(|r| r.time).collect();
            assert_eq!(times.len(), 2, "{log}");
            assert!(
                (times[0] - 1_704_974_400.123).abs() < 1e-6 && (times[1] - 1_704_974_400.2).abs() < 1e-6,
                "{times:?}"
            );
        }
    }

    #[test]
    fn a_body_that_begins_with_an_empty_line_is_read_to_its_length() {
        // A multipart body whose first delimiter comes after an empty line
        // (BroadWorks' SIPREC INVITE, in drachtio's log): the empty line
        // after the blank one is the body's, as its Content-Length says.
        let body = "\r\n--b\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n--b--\r\n";
        let invite = INVITE
            .replace(
                "application/sdp\nContent-Length: 10",
                &format!("multipart/mixed;boundary=b\nContent-Length: {}", body.len()),
            )
            .replace("v=0\ns=-\n", &body.replace("\r\n", "\n"));
        let log = format!("recv 400 bytes from udp/[10.0.0.1]:5060 at 12:00:00.250000:\n{invite}2021-09-07 12:00:00.300000 nta.c:1 next\n");
        let (records, problems) = read(&log);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].message().map(|m| m.body.to_vec()), Some(body.as_bytes().to_vec()), "{log}");
        // A length larger than the body does not take in the log's next entry.
        let short = log.replace(&format!("Content-Length: {}", body.len()), "Content-Length: 900");
        let (records, _) = read(&short.replace("--b--\n", "--b--\n\n"));
        let said = records[0].message().map(|m| String::from_utf8_lossy(m.body).into_owned()).unwrap_or_default();
        assert!(!said.contains("nta.c"), "{said}");
    }
}
