//! Departures from SIP's rules in a message the parser could still read.
//!
//! The parser is lenient on purpose (an analyzer must read what devices
//! send), so what a strict element would refuse with 400 is reported here
//! instead, each with the line it is on: the usual reason behind a 400 Bad
//! Request in a trace. Only clear violations are reported, not style.

use crate::sip::{Header, Message, StartLine};

/// One departure, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deviation {
    /// Stable id: `cseq-method`, `missing-header`, `repeated-header`,
    /// `scalar-range`, `version`, `request-uri`, `unclosed-quote`,
    /// `display-name`, `uri-space`, `name-addr`, `date`.
    pub kind: &'static str,
    /// Line of the message it is on (1 is the start line).
    pub line: usize,
    /// What exactly: the header name, the values that disagree.
    pub detail: String,
}

/// The header fields the checks look at, by their long names. Each header is
/// classified once, so the checks cost one pass over the fields.
const FIELDS: &[&str] = &[
    // Carried by every request and response (RFC 3261 §8.1.1, §8.2.6.2);
    // Max-Forwards is not required, as RFC 2543 elements omit it.
    "To",
    "From",
    "CSeq",
    "Call-ID",
    "Via",
    // Single-valued (RFC 3261 §7.3.1: only list fields may repeat).
    "Max-Forwards",
    "Content-Type",
    "Expires",
    // Checked for their own syntax.
    "Date",
    "Contact",
    "Reply-To",
    "P-Asserted-Identity",
    "Refer-To",
    "Referred-By",
];
const REQUIRED: std::ops::Range<usize> = 0..5;
const SINGLE: [usize; 7] = [0, 1, 2, 3, 5, 6, 7];
const ADDRESSES: [usize; 7] = [0, 1, 9, 10, 11, 12, 13];

/// For each class of [`crate::sip::KNOWN`], its place in [`FIELDS`] plus one,
/// built with the program.
const BY_CLASS: [u8; crate::sip::KNOWN.len() + 1] = {
    let mut table = [0u8; crate::sip::KNOWN.len() + 1];
    let mut i = 0;
    while i < FIELDS.len() {
        let class = crate::sip::known(FIELDS[i]);
        assert!(class != 0, "every checked field must be one of sip::KNOWN");
        table[class as usize] = i as u8 + 1;
        i += 1;
    }
    table
};

/// Which of [`FIELDS`] a header field is, by the class the parser gave it.
fn field(h: &Header<'_>) -> Option<usize> {
    BY_CLASS[usize::from(h.class())].checked_sub(1).map(usize::from)
}

/// The section behind each kind of deviation.
pub fn reference(kind: &str) -> &'static str {
    match kind {
        "cseq-method" => "RFC 3261 §8.1.1.5",
        "missing-header" => "RFC 3261 §8.1.1",
        "repeated-header" => "RFC 3261 §7.3.1",
        "scalar-range" => "RFC 3261 §25.1",
        "version" => "RFC 3261 §7.1",
        "request-uri" => "RFC 3261 §7.1",
        "date" => "RFC 3261 §20.17",
        "name-addr" => "RFC 3261 §20.10",
        _ => "RFC 3261 §25.1",
    }
}

/// At most this many deviations are kept per message.
const MAX_DEVIATIONS: usize = 8;

/// The departures of one message from RFC 3261's grammar and rules.
pub fn check(m: &Message<'_>) -> Vec<Deviation> {
    let mut out = Vec::new();
    let mut push = |kind: &'static str, line: usize, detail: String| {
        if out.len() < MAX_DEVIATIONS {
            out.push(Deviation { kind, line, detail });
        }
    };
    let version = match m.start {
        StartLine::Request { version, .. } | StartLine::Response { version, .. } => version,
    };
    if version != "SIP/2.0" {
        push("version", 1, version.to_owned());
    }
    let mut count = [0u8; 14];
    let mut second_line = [0usize; 14];
    let mut cseq_method = None;
    for h in &m.headers {
        let Some(i) = field(h) else { continue };
        count[i] = count[i].saturating_add(1);
        if count[i] == 2 {
            second_line[i] = h.line;
        }
        match i {
            2 => {
                // The sequence number is below 2**31 (RFC 3261 §8.1.1.5).
                let value = h.value();
                let mut words = value.split_whitespace();
                let number = words.next().map(|n| n.parse::<u64>());
                // Kept only when it differs from the request's method: said after the other checks.
                if let (Some(word), StartLine::Request { method, .. }) = (words.next(), m.start) {
                    if word != method {
                        cseq_method = Some((
                            format!("{} / {}", crate::sip::method_kept(method), crate::sip::method_kept(word)),
                            h.line,
                        ));
                    }
                }
                if matches!(number, Some(Ok(n)) if n >= 1 << 31) || matches!(number, Some(Err(_))) {
                    push("scalar-range", h.line, format!("CSeq: {value}"));
                }
            }
            // Max-Forwards is 0 to 255 (RFC 3261 §20.22).
            5 if h.value().trim().parse::<u8>().is_err() => {
                push("scalar-range", h.line, format!("Max-Forwards: {}", h.value()));
            }
            // Expires is delta-seconds, at most 2**32-1 (RFC 3261 §20.19, §25.1).
            7 if h.value().trim().parse::<u32>().is_err() => {
                push("scalar-range", h.line, format!("Expires: {}", h.value()));
            }
            // Date is an RFC 1123 date in GMT only (RFC 3261 §20.17).
            8 if !h.value().trim_end().ends_with("GMT") => {
                push("date", h.line, h.value().into_owned());
            }
            _ if ADDRESSES.contains(&i) => {
                let value = h.value();
                let name = FIELDS[i];
                // The first quote, `<` and `>`, found in one pass.
                let [quote, open, close] = crate::scan::first_of_each(value.as_bytes(), [b'"', b'<', b'>']);
                if quote.is_some() && !quotes_closed(&value) {
                    push("unclosed-quote", h.line, name.to_owned());
                } else if let (Some(open), Some(close)) = (open, close) {
                    // An unquoted display name is tokens and spaces; the URI
                    // inside <> has no spaces (RFC 3261 §25.1).
                    let display = value[..open].trim();
                    let quoted = display.starts_with('"') && display.ends_with('"');
                    if !display.is_empty() && !quoted && !display.split_whitespace().all(is_token) {
                        push("display-name", h.line, display.to_owned());
                    }
                    if open < close && has_whitespace(&value[open + 1..close]) {
                        push("uri-space", h.line, value[open..=close].to_owned());
                    }
                } else {
                    // A URI with a header part (or, in a single-valued field, a
                    // comma) must be enclosed in <>, or its parts are read as
                    // the field's (RFC 3261 §20.10).
                    let list = name == "Contact" || name == "P-Asserted-Identity";
                    let uri = find(&value, b';').map_or(&*value, |semicolon| &value[..semicolon]);
                    if has_headers(uri) || (!list && find(uri, b',').is_some()) {
                        push("name-addr", h.line, name.to_owned());
                    }
                }
            }
            _ => {}
        }
    }
    if let StartLine::Request { uri, .. } = m.start {
        // The Request-URI is a bare URI: no <>, no header part (RFC 3261
        // §7.1, §19.1.5).
        let sip = uri.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("sip:"))
            || uri.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("sips:"));
        if uri.starts_with('<') || uri.ends_with('>') || (sip && has_headers(uri)) {
            push("request-uri", 1, uri.to_owned());
        }
        if let Some((detail, line)) = cseq_method {
            push("cseq-method", line, detail);
        }
    }
    for i in REQUIRED {
        if count[i] == 0 {
            push("missing-header", 1, FIELDS[i].to_owned());
        }
    }
    for i in SINGLE {
        if count[i] >= 2 {
            push("repeated-header", second_line[i], FIELDS[i].to_owned());
        }
    }
    out
}

/// Whether a SIP URI has a header part (`?name=value` after the host; a
/// `?` in the user part is allowed, RFC 3261 §25.1).
fn has_headers(uri: &str) -> bool {
    let host_part = memchr::memrchr(b'@', uri.as_bytes()).map_or(uri, |at| &uri[at..]);
    find(host_part, b'?').is_some()
}

/// Where an ASCII character first is in text (these checks run on the
/// address fields of millions of messages).
fn find(text: &str, ascii: u8) -> Option<usize> {
    crate::scan::find_byte(text.as_bytes(), ascii)
}

/// Whether every quoted string is closed (a backslash escapes the next
/// character inside quotes, RFC 3261 §25.1). Only quotes and backslashes
/// are looked at, found many bytes at a time: display names are quoted in
/// From, To and P-Asserted-Identity of most calls through a carrier.
fn quotes_closed(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut quoted = false;
    // Where the byte a backslash escapes ends: a character after one may
    // be several bytes long, but none of its continuation bytes is a quote
    // or a backslash, so skipping one byte is enough.
    let mut escaped_until = 0;
    for at in memchr::memchr2_iter(b'"', b'\\', bytes) {
        if at < escaped_until {
            continue;
        }
        match bytes[at] {
            b'\\' if quoted => escaped_until = at + 2,
            b'"' => quoted = !quoted,
            _ => {}
        }
    }
    !quoted
}

/// Whether text has white space (Unicode's, as `char::is_whitespace`),
/// checked byte by byte when it is ASCII.
fn has_whitespace(text: &str) -> bool {
    // Sixteen bytes at a time: none at or below a space (ASCII's white
    // space is) and none past ASCII settles it for most URIs.
    let mut chunks = text.as_bytes().chunks_exact(16);
    let plain = chunks.all(|chunk| {
        let v = wide::u8x16::from(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
        let low = v.max(wide::u8x16::splat(0x20)).simd_eq(wide::u8x16::splat(0x20));
        let high = v.max(wide::u8x16::splat(0x7f)).simd_eq(wide::u8x16::splat(0x7f));
        low.to_bitmask() == 0 && high.to_bitmask() == 0xffff
    }) && chunks.remainder().iter().all(|&b| b > 0x20 && b < 0x80);
    if plain {
        return false;
    }
    if text.is_ascii() {
        text.bytes().any(|b| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
    } else {
        text.contains(char::is_whitespace)
    }
}

/// A token of RFC 3261 §25.1.
fn is_token(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sip::{parse, Framing, Parsed};

    fn kinds(text: &str) -> Vec<&'static str> {
        match parse(text.as_bytes(), Framing::Lenient) {
            Ok(Parsed::Complete(m)) => check(&m).into_iter().map(|d| d.kind).collect(),
            other => panic!("{other:?}"),
        }
    }

    const GOOD: &str = "OPTIONS sip:b@example.test SIP/2.0\r\nVia: SIP/2.0/UDP h.example.test;branch=z9hG4bK1\r\n\
Max-Forwards: 70\r\nTo: <sip:b@example.test>\r\nFrom: \"A\" <sip:a@example.test>;tag=1\r\nCall-ID: c1\r\n\
CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    #[test]
    fn quoted_strings_are_closed_or_not_as_rfc_3261_reads_them() {
        // The grammar read a character at a time: inside quotes a backslash
        // takes the next character whatever it is.
        fn closed_by_the_grammar(value: &str) -> bool {
            let (mut quoted, mut chars) = (false, value.chars());
            while let Some(c) = chars.next() {
                match c {
                    '\\' if quoted => {
                        chars.next();
                    }
                    '"' => quoted = !quoted,
                    _ => {}
                }
            }
            !quoted
        }
        for (value, closed) in [
            ("\"A\" <sip:a@h>", true),
            ("\"A <sip:a@h>", false),
            ("\"A\\\"\" <sip:a@h>", true),
            ("\"A\\\" <sip:a@h>", false),
            ("a\\\"b\"", true),
        ] {
            assert_eq!(quotes_closed(value), closed, "{value}");
        }
        // Every string of up to six of these characters, é being two bytes.
        let alphabet = ['"', '\\', 'a', 'é'];
        let mut values = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> =
                values.iter().flat_map(|v| alphabet.iter().map(move |c| format!("{v}{c}"))).collect();
            for value in &longer {
                assert_eq!(quotes_closed(value), closed_by_the_grammar(value), "{value:?}");
            }
            values = longer;
        }
    }

    #[test]
    fn white_space_is_found_as_char_is_whitespace_finds_it() {
        for b in 0u8..128 {
            let text = format!("sip:a{}b@h", b as char);
            assert_eq!(has_whitespace(&text), text.contains(char::is_whitespace), "byte {b}");
            // In every place of a URI longer than the sixteen bytes compared at once.
            for at in 0..40 {
                let mut long: Vec<char> = "sip:alice.example@host.example.test:5061".chars().collect();
                long[at] = b as char;
                let long: String = long.into_iter().collect();
                assert_eq!(has_whitespace(&long), long.contains(char::is_whitespace), "byte {b} at {at}");
            }
        }
        assert!(has_whitespace("sip:alice.example@host.example\u{2003}test"));
        assert!(has_whitespace("sip:a\u{a0}b@h"));
        assert!(!has_whitespace("sip:ação@h"));
    }

    #[test]
    fn a_proper_message_has_no_deviation() {
        assert!(kinds(GOOD).is_empty());
    }

    #[test]
    fn lists_of_plain_uris_are_fine() {
        let list = GOOD.replacen(
            "Content-Length: 0",
            "Contact: sip:a@h1.example.test, sip:a@h2.example.test\r\nContent-Length: 0",
            1,
        );
        assert!(kinds(&list).is_empty());
    }

    #[test]
    fn each_rule_is_named() {
        let swap = |from: &str, to: &str| GOOD.replacen(from, to, 1);
        assert_eq!(kinds(&swap("CSeq: 1 OPTIONS", "CSeq: 1 INVITE")), ["cseq-method"]);
        assert_eq!(kinds(&swap("Call-ID: c1\r\n", "")), ["missing-header"]);
        assert_eq!(kinds(&swap("Call-ID: c1\r\n", "Call-ID: c1\r\ni: c2\r\n")), ["repeated-header"]);
        assert_eq!(kinds(&swap("CSeq: 1 ", "CSeq: 36893488147419103232 ")), ["scalar-range"]);
        assert_eq!(kinds(&swap("Max-Forwards: 70", "Max-Forwards: 300")), ["scalar-range"]);
        assert_eq!(kinds(&swap("SIP/2.0\r\nVia", "SIP/7.0\r\nVia")), ["version"]);
        assert_eq!(kinds(&swap("OPTIONS sip:b@example.test", "OPTIONS <sip:b@example.test>")), ["request-uri"]);
        assert_eq!(kinds(&swap("From: \"A\" <", "From: \"A <")), ["unclosed-quote"]);
        assert_eq!(kinds(&swap("To: <sip:b@example.test>", "To: sip:b@example.test?Route=%3Csip:x%3E")), ["name-addr"]);
        assert_eq!(
            kinds(&swap("Content-Length: 0", "Date: Fri, 01 Jan 2010 16:00:00 EST\r\nContent-Length: 0")),
            ["date"]
        );
    }
}
