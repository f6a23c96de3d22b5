//! Pseudonyms for what identifies people and networks, so a capture can be
//! shared with a vendor: IP addresses, host names, user parts, phone numbers
//! and display names. The same input always gets the same pseudonym (within
//! one run, in order of first appearance), so calls, dialogs and transactions
//! still match up, and an address keeps its kind (private, shared, public,
//! link-local) so findings about NAT still hold. Loopback and unspecified
//! addresses (`0.0.0.0` in SDP means "hold") are kept.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde::Serialize;

use crate::record::SipRecord;

/// How many distinct values of each kind were replaced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Redacted {
    /// IP addresses.
    pub addresses: usize,
    /// Host names.
    pub hosts: usize,
    /// User parts and digest user names that are not numbers.
    pub users: usize,
    /// Phone numbers (numeric user parts, `tel:` URIs).
    pub numbers: usize,
    /// Display names.
    pub names: usize,
}

/// Replaces identifying values with consistent pseudonyms.
#[derive(Debug, Default)]
pub struct Redactor {
    addresses: HashMap<IpAddr, IpAddr>,
    hosts: HashMap<String, String>,
    users: HashMap<String, String>,
    numbers: HashMap<String, String>,
    names: HashMap<String, String>,
    /// Pseudonyms handed out per kind of address.
    next_address: [u32; 7],
}

/// Headers whose value may start with a display name.
const NAME_HEADERS: &[&str] = &[
    "from",
    "f",
    "to",
    "t",
    "contact",
    "m",
    "p-asserted-identity",
    "p-preferred-identity",
    "remote-party-id",
    "refer-to",
    "r",
    "referred-by",
    "b",
    "diversion",
    "reply-to",
];

impl Redactor {
    /// A redactor that has replaced nothing yet.
    pub fn new() -> Redactor {
        Redactor::default()
    }

    /// What has been replaced so far.
    pub fn summary(&self) -> Redacted {
        Redacted {
            addresses: self.addresses.iter().filter(|(from, to)| from != to).count(),
            hosts: self.hosts.len(),
            users: self.users.len(),
            numbers: self.numbers.len(),
            names: self.names.len(),
        }
    }

    /// The record with its addresses and message redacted; a changed body
    /// gets a Content-Length that matches it.
    pub fn record(&mut self, record: SipRecord) -> SipRecord {
        let src = self.socket(record.src);
        let dst = self.socket(record.dst);
        let bytes = self.message(&record.bytes);
        SipRecord { src, dst, bytes, ..record }
    }

    /// Problems met while reading, with the addresses and host names of
    /// their details replaced.
    pub fn problems(&mut self, problems: &mut [crate::Problem]) {
        for p in problems {
            p.detail = self.text(&p.detail);
        }
    }

    /// Free text with addresses and host names replaced.
    pub fn text(&mut self, text: &str) -> String {
        String::from_utf8_lossy(&self.tokens(text.as_bytes())).into_owned()
    }

    fn socket(&mut self, addr: SocketAddr) -> SocketAddr {
        SocketAddr::new(self.address(addr.ip()), addr.port())
    }

    /// The pseudonym of an address, of the same kind.
    pub fn address(&mut self, ip: IpAddr) -> IpAddr {
        if ip.is_loopback() || ip.is_unspecified() {
            return ip;
        }
        if let Some(known) = self.addresses.get(&ip) {
            return *known;
        }
        let pseudonym = match ip {
            IpAddr::V4(v4) => {
                let [a, b, ..] = v4.octets();
                let (kind, base): (usize, u32) = if v4.is_private() {
                    (0, u32::from(Ipv4Addr::new(10, 0, 0, 0)))
                } else if a == 100 && (64..128).contains(&b) {
                    (1, u32::from(Ipv4Addr::new(100, 64, 0, 0)))
                } else if v4.is_link_local() {
                    (2, u32::from(Ipv4Addr::new(169, 254, 0, 0)))
                } else {
                    (3, 0)
                };
                self.next_address[kind] += 1;
                let n = self.next_address[kind];
                if kind < 3 {
                    IpAddr::V4(Ipv4Addr::from(base + n))
                } else {
                    // Public addresses become documentation addresses
                    // (RFC 5737), then addresses reserved for future use.
                    let documentation = [[203, 0, 113], [198, 51, 100], [192, 0, 2]];
                    match documentation.get(((n - 1) / 254) as usize) {
                        Some(&[x, y, z]) => IpAddr::V4(Ipv4Addr::new(x, y, z, ((n - 1) % 254 + 1) as u8)),
                        _ => IpAddr::V4(Ipv4Addr::from(u32::from(Ipv4Addr::new(240, 0, 0, 0)) + n)),
                    }
                }
            }
            IpAddr::V6(v6) => {
                let first = v6.segments()[0];
                let (kind, prefix) = if first & 0xfe00 == 0xfc00 {
                    (4, 0xfd00)
                } else if first & 0xffc0 == 0xfe80 {
                    (5, 0xfe80)
                } else {
                    // Documentation prefix (RFC 3849).
                    (6, 0x2001)
                };
                self.next_address[kind] += 1;
                let n = self.next_address[kind];
                let second = if prefix == 0x2001 { 0x0db8 } else { 0 };
                IpAddr::V6(Ipv6Addr::new(prefix, second, 0, 0, 0, 0, (n >> 16) as u16, n as u16))
            }
        };
        self.addresses.insert(ip, pseudonym);
        pseudonym
    }

    fn host(&mut self, host: &str) -> String {
        let next = self.hosts.len() + 1;
        self.hosts.entry(host.to_ascii_lowercase()).or_insert_with(|| format!("host-{next}.invalid")).clone()
    }

    fn user(&mut self, user: &str) -> String {
        let is_number = !user.is_empty()
            && user.bytes().any(|b| b.is_ascii_digit())
            && user.bytes().all(|b| b.is_ascii_digit() || b"+-.()*#".contains(&b));
        if is_number {
            let next = self.numbers.len() + 1;
            let plus = if user.starts_with('+') { "+" } else { "" };
            self.numbers.entry(user.to_owned()).or_insert_with(|| format!("{plus}555{next:04}")).clone()
        } else {
            let next = self.users.len() + 1;
            self.users.entry(user.to_owned()).or_insert_with(|| format!("user-{next}")).clone()
        }
    }

    fn name(&mut self, name: &str) -> String {
        let next = self.names.len() + 1;
        self.names.entry(name.to_owned()).or_insert_with(|| format!("name-{next}")).clone()
    }

    /// A whole message: display names and digest user names in the headers,
    /// then URIs, addresses and hosts everywhere; then Content-Length.
    fn message(&mut self, bytes: &[u8]) -> Vec<u8> {
        let (head, body) = split_head(bytes);
        let mut lines: Vec<Vec<u8>> = Vec::new();
        for line in head.split_inclusive(|&b| b == b'\n') {
            lines.push(self.header_line(line));
        }
        let mut out: Vec<u8> = self.tokens(&lines.concat());
        let tokens = self.tokens(body);
        let body = self.sdp_origin(&tokens);
        if body.len() != bytes.len() - head.len() {
            out = set_content_length(&out, body.len());
        }
        out.extend_from_slice(&body);
        out
    }

    /// An SDP origin line names the user who made the session
    /// (`o=alice 2890844526 …`, RFC 4566 §5.2); `-` means none.
    fn sdp_origin(&mut self, body: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(body.len());
        for line in body.split_inclusive(|&b| b == b'\n') {
            match line.strip_prefix(b"o=") {
                Some(rest) => {
                    let end = rest.iter().position(|&b| b == b' ').unwrap_or(rest.len());
                    let user = String::from_utf8_lossy(&rest[..end]).into_owned();
                    out.extend_from_slice(b"o=");
                    if user == "-" || user.is_empty() {
                        out.extend_from_slice(&rest[..end]);
                    } else {
                        out.extend_from_slice(self.user(&user).as_bytes());
                    }
                    out.extend_from_slice(&rest[end..]);
                }
                None => out.extend_from_slice(line),
            }
        }
        out
    }

    fn header_line(&mut self, line: &[u8]) -> Vec<u8> {
        let Some(colon) = line.iter().position(|&b| b == b':') else { return line.to_vec() };
        let name = String::from_utf8_lossy(&line[..colon]).trim().to_ascii_lowercase();
        if NAME_HEADERS.contains(&name.as_str()) {
            // `"Alice" <sip:…>` or `Alice <sip:…>`: everything before `<`.
            let value = &line[colon + 1..];
            if let Some(angle) = value.iter().position(|&b| b == b'<') {
                let display = String::from_utf8_lossy(&value[..angle]).trim().to_owned();
                if !display.is_empty() && display != "\"\"" {
                    let pseudonym = self.name(display.trim_matches('"'));
                    let mut out = line[..=colon].to_vec();
                    out.extend_from_slice(format!(" \"{pseudonym}\" ").as_bytes());
                    out.extend_from_slice(&value[angle..]);
                    return out;
                }
            }
        } else if name == "authorization" || name == "proxy-authorization" {
            let text = String::from_utf8_lossy(line);
            let lower = text.to_ascii_lowercase();
            if let Some(at) = lower.find("username=\"") {
                let start = at + "username=\"".len();
                if let Some(len) = text[start..].find('"') {
                    let pseudonym = self.user(&text[start..start + len]);
                    return format!("{}{pseudonym}{}", &text[..start], &text[start + len..]).into_bytes();
                }
            }
        }
        line.to_vec()
    }

    /// URIs' user parts, IP addresses and host names in running text.
    fn tokens(&mut self, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(input.len() + 16);
        let mut i = 0;
        while i < input.len() {
            let boundary = i == 0 || !is_token_byte(input[i - 1]);
            if boundary {
                if let Some(scheme) = uri_scheme(&input[i..]) {
                    out.extend_from_slice(&input[i..i + scheme.len()]);
                    i += scheme.len();
                    if scheme.eq_ignore_ascii_case("tel:") {
                        let end = i + input[i..]
                            .iter()
                            .position(|b| !(b.is_ascii_alphanumeric() || b"+-.()*#".contains(b)))
                            .unwrap_or(input.len() - i);
                        let number = String::from_utf8_lossy(&input[i..end]).into_owned();
                        if !number.is_empty() {
                            out.extend_from_slice(self.user(&number).as_bytes());
                        }
                        i = end;
                    } else if let Some(at) = userinfo_end(&input[i..]) {
                        let userinfo = String::from_utf8_lossy(&input[i..i + at]).into_owned();
                        // A password (`user:secret@`) is dropped.
                        let user = userinfo.split(':').next().unwrap_or_default();
                        out.extend_from_slice(self.user(user).as_bytes());
                        out.push(b'@');
                        i += at + 1;
                    }
                    continue;
                }
                if input[i].is_ascii_alphanumeric() {
                    let end = i + input[i..].iter().position(|&b| !is_token_byte(b)).unwrap_or(input.len() - i);
                    let hex_end = i + input[i..]
                        .iter()
                        .position(|&b| !(b.is_ascii_hexdigit() || b == b':' || b == b'.'))
                        .unwrap_or(input.len() - i);
                    let hex = std::str::from_utf8(&input[i..hex_end]).unwrap_or_default();
                    if hex.matches(':').count() >= 2 {
                        if let Ok(v6) = hex.parse::<Ipv6Addr>() {
                            out.extend_from_slice(self.address(IpAddr::V6(v6)).to_string().as_bytes());
                            i = hex_end;
                            continue;
                        }
                    }
                    let token = std::str::from_utf8(&input[i..end]).unwrap_or_default();
                    if let Ok(v4) = token.parse::<Ipv4Addr>() {
                        out.extend_from_slice(self.address(IpAddr::V4(v4)).to_string().as_bytes());
                    } else if is_host(token, i.checked_sub(1).map(|p| input[p]), input.get(end).copied()) {
                        out.extend_from_slice(self.host(token).as_bytes());
                    } else {
                        out.extend_from_slice(&input[i..end]);
                    }
                    i = end;
                    continue;
                }
            }
            out.push(input[i]);
            i += 1;
        }
        out
    }
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_'
}

fn uri_scheme(input: &[u8]) -> Option<&'static str> {
    ["sips:", "sip:", "tel:"]
        .into_iter()
        .find(|s| input.len() >= s.len() && input[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
}

/// Where the user part of a SIP URI ends (its `@`), if it has one.
fn userinfo_end(rest: &[u8]) -> Option<usize> {
    let end = rest.iter().position(|b| b"@>;, \t\r\n?\"<".contains(b))?;
    (rest[end] == b'@' && end > 0).then_some(end)
}

/// A host name: a dotted name whose last label is a word (`pbx.example.com`,
/// not `1.10.7` or `rev.5324`), or any name right after `@`. Not a branch
/// (`z9hG4bK…`), a `+sip.instance` feature tag, or a parameter name.
fn is_host(token: &str, before: Option<u8>, after: Option<u8>) -> bool {
    if token.len() < 2 || token.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("z9hG4bK")) {
        return false;
    }
    if before == Some(b'@') {
        return true;
    }
    if before == Some(b'+') || after == Some(b'=') || !token.contains('.') {
        return false;
    }
    let labels: Vec<&str> = token.split('.').collect();
    labels.iter().all(|l| !l.is_empty())
        && labels.last().is_some_and(|l| l.len() >= 2 && l.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// The header section (with its blank line) and the body.
fn split_head(bytes: &[u8]) -> (&[u8], &[u8]) {
    for (sep, len) in [(&b"\r\n\r\n"[..], 4), (&b"\n\n"[..], 2)] {
        if let Some(at) = bytes.windows(len).position(|w| w == sep) {
            return bytes.split_at(at + len);
        }
    }
    (bytes, &[])
}

/// The header section with Content-Length (or `l`) set to `length`.
fn set_content_length(head: &[u8], length: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(head.len() + 4);
    for line in head.split_inclusive(|&b| b == b'\n') {
        let name = line
            .iter()
            .position(|&b| b == b':')
            .map(|c| String::from_utf8_lossy(&line[..c]).trim().to_ascii_lowercase());
        if matches!(name.as_deref(), Some("content-length" | "l")) {
            let colon = line.iter().position(|&b| b == b':').unwrap_or(0);
            let ending: &[u8] = if line.ends_with(b"\r\n") { b"\r\n" } else { b"\n" };
            out.extend_from_slice(&line[..=colon]);
            out.extend_from_slice(format!(" {length}").as_bytes());
            out.extend_from_slice(ending);
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Transport;

    fn record(text: &str) -> SipRecord {
        SipRecord {
            frame: 1,
            time: 0.0,
            src: "198.18.7.9:5060".parse().unwrap(),
            dst: "192.168.1.20:5062".parse().unwrap(),
            transport: Transport::Udp,
            bytes: text.as_bytes().to_vec(),
            cut: false,
        }
    }

    const INVITE: &str = "INVITE sip:+4930123456@carrier.example.net SIP/2.0\r\n\
Via: SIP/2.0/UDP 192.168.1.20:5062;branch=z9hG4bK.abc.def\r\n\
From: \"Alice Liddell\" <sip:alice@pbx.corp.example.com>;tag=1\r\n\
To: <sip:+4930123456@carrier.example.net>\r\n\
Call-ID: 8f3a@192.168.1.20\r\n\
CSeq: 1 INVITE\r\n\
Contact: <sip:alice@192.168.1.20:5062;transport=udp>;+sip.instance=\"<urn:uuid:1>\"\r\n\
Proxy-Authorization: Digest username=\"alice\", realm=\"carrier.example.net\", uri=\"sip:+4930123456@carrier.example.net\"\r\n\
User-Agent: Phone/1.10.7-release rev.5324\r\n\
Content-Type: application/sdp\r\n\
Content-Length: 87\r\n\
\r\n\
v=0\r\n\
o=- 1 1 IN IP4 192.168.1.20\r\n\
s=-\r\n\
c=IN IP4 192.168.1.20\r\n\
t=0 0\r\n\
m=audio 4000 RTP/AVP 0\r\n";

    #[test]
    fn identifying_values_are_replaced_consistently_and_the_rest_is_kept() {
        let mut redactor = Redactor::new();
        let out = redactor.record(record(INVITE));
        let text = String::from_utf8(out.bytes.clone()).unwrap();
        for secret in ["Alice", "alice", "4930123456", "192.168.1.20", "198.18.7.9", "carrier.example", "corp.example"]
        {
            assert!(!text.contains(secret), "{secret} left in:\n{text}");
        }
        // Structure that findings and matching depend on survives.
        for kept in ["z9hG4bK.abc.def", "+sip.instance", "1.10.7-release", "rev.5324", "RTP/AVP 0", "transport=udp"] {
            assert!(text.contains(kept), "{kept} lost:\n{text}");
        }
        // One address, one pseudonym, of the same kind.
        assert_eq!(out.dst.ip().to_string(), "10.0.0.1");
        assert_eq!(text.matches("10.0.0.1").count(), 5, "{text}");
        assert_eq!(out.src.ip().to_string(), "203.0.113.1");
        assert!(text.contains("sip:+5550001@host-1.invalid"), "{text}");
        assert!(text.contains("username=\"user-1\""), "{text}");
        assert!(text.contains("sip:user-1@host-2.invalid"), "{text}");
        assert!(text.contains("\"name-1\" <sip:"), "{text}");
        // The body changed length, so Content-Length follows it.
        let message = out.message().expect("still a SIP message");
        assert_eq!(message.body.len().to_string(), message.header("Content-Length").unwrap().trim());
        let summary = redactor.summary();
        assert_eq!((summary.addresses, summary.hosts, summary.users, summary.numbers, summary.names), (2, 2, 1, 1, 1));
    }

    #[test]
    fn the_sdp_origin_user_is_replaced() {
        let text = INVITE.replace("o=- 1 1", "o=alice 1 1");
        let out = Redactor::new().record(record(&text));
        let body = String::from_utf8(out.bytes).unwrap();
        assert!(body.contains("o=user-1 1 1 IN IP4 10.0.0.1"), "{body}");
    }

    #[test]
    fn kinds_of_address_are_kept_and_special_ones_untouched() {
        let mut redactor = Redactor::new();
        assert_eq!(redactor.address("100.70.1.2".parse().unwrap()).to_string(), "100.64.0.1");
        assert_eq!(redactor.address("0.0.0.0".parse().unwrap()).to_string(), "0.0.0.0");
        assert_eq!(redactor.address("127.0.0.1".parse().unwrap()).to_string(), "127.0.0.1");
        assert_eq!(redactor.address("2a00:1450::5".parse().unwrap()).to_string(), "2001:db8::1");
        assert_eq!(
            redactor.text("c=IN IP6 2a00:1450::5 and [fd12::1]:5060"),
            "c=IN IP6 2001:db8::1 and [fd00::1]:5060"
        );
        for n in 0..300u32 {
            redactor.address(IpAddr::V4(Ipv4Addr::from(0x0808_0000 + n)));
        }
        assert_eq!(redactor.address("8.8.1.43".parse().unwrap()).to_string(), "198.51.100.46");
    }
}
