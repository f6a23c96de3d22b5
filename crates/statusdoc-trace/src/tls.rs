//! SIP over TLS, read with the session secrets an endpoint logged.
//!
//! Many SIP stacks, softphones and SBCs write their TLS secrets in the NSS
//! key log format (what `SSLKEYLOGFILE` gives), and Wireshark can put them
//! in a pcapng file (a Decryption Secrets Block). With them, each TLS
//! connection is decrypted here: its records are read from the reassembled
//! TCP stream, and the plaintext is read as SIP over a stream.
//!
//! Decrypted: TLS 1.3 (RFC 8446, its three AEAD suites, key updates
//! included); TLS 1.2 with AES-GCM (RFC 5288, 5289), ChaCha20-Poly1305
//! (RFC 7905) or AES-CBC with HMAC (RFC 5246, encrypt-then-MAC of RFC 7366
//! included), renegotiations followed; TLS 1.1 and 1.0 with AES-CBC and
//! HMAC-SHA1 (RFC 4346, RFC 2246). SSL 3.0, other suites and connections
//! whose handshake was not captured are reported, not guessed at.

use std::collections::HashMap;

use ring::{aead, hkdf, hmac};

/// Most bytes of a key log read (a file, or a capture's secrets blocks).
pub const MAX_KEY_LOG_BYTES: usize = 64 * 1024 * 1024;

/// Most TLS sessions whose secrets are kept.
pub const MAX_SESSIONS: usize = 100_000;

/// The secrets of the TLS sessions a key log names, by client random.
#[derive(Debug, Default, Clone)]
pub struct KeyLog {
    sessions: HashMap<[u8; 32], Secrets, crate::model::Hashing>,
}

#[derive(Debug, Default, Clone)]
struct Secrets {
    /// TLS 1.2: `CLIENT_RANDOM`.
    master: Option<Vec<u8>>,
    /// TLS 1.3, by [`Label`].
    traffic: [Option<Vec<u8>>; 4],
}

/// The TLS 1.3 secrets a key log names, in the order a connection uses them.
#[derive(Debug, Clone, Copy)]
enum Label {
    ClientHandshake = 0,
    ServerHandshake = 1,
    ClientTraffic = 2,
    ServerTraffic = 3,
}

impl KeyLog {
    /// Reads a key log: `LABEL <client random> <secret>` per line, in hex.
    /// Comments, blank lines and labels that do not decrypt (exporter,
    /// early data) are passed over, as Wireshark passes them over.
    pub fn parse(text: &[u8]) -> KeyLog {
        let mut log = KeyLog::default();
        log.add(text);
        log
    }

    /// Whether text beginning with `head` is a key log: its first line
    /// that is neither empty nor a comment begins with a label of one.
    pub fn looks_like(head: &[u8]) -> bool {
        let mut lines = head.split(|&b| b == b'\n').map(<[u8]>::trim_ascii);
        lines.find(|line| !line.is_empty() && !line.starts_with(b"#")).is_some_and(|line| {
            let label = line.split(u8::is_ascii_whitespace).next().unwrap_or_default();
            KEY_LOG_LABELS.contains(&label)
        })
    }

    /// Adds the secrets of a file of `stored` bytes (compressed, in an
    /// archive), opened by `open` (once to tell it, once to read it), when
    /// it is a key log ([`KeyLog::looks_like`]) of at most
    /// [`MAX_KEY_LOG_BYTES`] that holds secrets; whether it was one. A file
    /// larger than a key log may be is not looked into.
    pub fn add_if_key_log<'r>(
        &mut self,
        stored: u64,
        open: impl Fn() -> std::io::Result<Box<dyn std::io::Read + 'r>>,
    ) -> bool {
        if stored > MAX_KEY_LOG_BYTES as u64 {
            return false;
        }
        let read = |limit: usize| {
            let mut text = Vec::new();
            open()
                .and_then(|file| {
                    std::io::Read::read_to_end(&mut std::io::Read::take(file, limit as u64 + 1), &mut text)
                })
                .map(|_| text)
                .ok()
        };
        let Some(head) = read(4095) else { return false };
        if !KeyLog::looks_like(&head) {
            return false;
        }
        let before = self.len();
        match read(MAX_KEY_LOG_BYTES) {
            Some(text) if text.len() <= MAX_KEY_LOG_BYTES => self.add(&text),
            _ => return false,
        }
        self.len() > before
    }

    /// Adds the sessions of another key log text.
    pub fn add(&mut self, text: &[u8]) {
        for line in text[..text.len().min(MAX_KEY_LOG_BYTES)].split(|&b| b == b'\n') {
            let mut words = line.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty());
            let (Some(label), Some(random), Some(secret)) = (words.next(), words.next(), words.next()) else {
                continue;
            };
            let label = match label {
                b"CLIENT_RANDOM" => None,
                b"CLIENT_HANDSHAKE_TRAFFIC_SECRET" => Some(Label::ClientHandshake),
                b"SERVER_HANDSHAKE_TRAFFIC_SECRET" => Some(Label::ServerHandshake),
                b"CLIENT_TRAFFIC_SECRET_0" => Some(Label::ClientTraffic),
                b"SERVER_TRAFFIC_SECRET_0" => Some(Label::ServerTraffic),
                _ => continue,
            };
            let (Some(random), Some(secret)) = (hex(random), hex(secret)) else { continue };
            let (Ok(random), 32..=64) = (<[u8; 32]>::try_from(random.as_slice()), secret.len()) else { continue };
            if !self.sessions.contains_key(&random) && self.sessions.len() >= MAX_SESSIONS {
                continue;
            }
            let session = self.sessions.entry(random).or_default();
            match label {
                None => session.master = Some(secret),
                Some(label) => session.traffic[label as usize] = Some(secret),
            }
        }
    }

    /// How many sessions it has secrets for.
    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    /// Whether it has no secrets at all.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }
}

/// The labels of a key log's lines (NSS format): TLS 1.2's, TLS 1.3's
/// and the others an endpoint may write beside them.
const KEY_LOG_LABELS: [&[u8]; 8] = [
    b"CLIENT_RANDOM",
    b"CLIENT_HANDSHAKE_TRAFFIC_SECRET",
    b"SERVER_HANDSHAKE_TRAFFIC_SECRET",
    b"CLIENT_TRAFFIC_SECRET_0",
    b"SERVER_TRAFFIC_SECRET_0",
    b"EXPORTER_SECRET",
    b"CLIENT_EARLY_TRAFFIC_SECRET",
    b"RSA",
];

/// Bytes from hex digits, two a byte (a key log's secrets, a PDML field's value).
pub(crate) fn hex(text: &[u8]) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    let digit = |b: u8| (b as char).to_digit(16);
    text.chunks_exact(2).map(|pair| Some((digit(pair[0])? * 16 + digit(pair[1])?) as u8)).collect()
}

/// What a TLS connection gave when its bytes were read.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    /// Decrypted application data of the direction read.
    Plain(Vec<u8>),
    /// The key log has no secrets for this connection.
    NoKeys,
    /// A version or cipher suite not decrypted here (its number).
    Unsupported(String),
    /// A record did not decrypt with the logged secrets (wrong secrets, or
    /// records missing from the capture); the direction is read no further.
    Undecryptable,
    /// Bytes after a loss passed over to the next record that opens (a
    /// record begun in the bytes lost, or, in TLS 1.0, the first after
    /// them, whose IV was in them): how many.
    Skipped(usize),
}

/// Largest TLS record: 2^14 bytes of plaintext plus what protection adds
/// (RFC 8446 §5.2; RFC 5246 §6.2.3 allows 2,048, and lenient peers send it).
const MAX_RECORD: usize = (1 << 14) + 2048;

/// Most records bytes the capture dropped may have held: after a loss,
/// the next record is opened with each sequence number up to this many
/// past the last one read (each record's protection covers its number).
const MAX_RECORDS_LOST: u64 = 256;

/// TLS 1.3: most key updates (RFC 8446 §4.6.3) the bytes lost may have
/// held, each a new generation of keys to try the next record with.
const MAX_KEY_UPDATES_LOST: usize = 4;

/// Most records tried after a loss before the direction is given up: what
/// looks like a record header inside ciphertext is tried too, and each try
/// is some thousand decryptions, so crafted input must not make it endless.
const MAX_RECORDS_TRIED: usize = 64;

/// One TLS connection: what its handshake said, and each direction's state.
#[derive(Debug, Default)]
pub struct Connection {
    client_random: Option<[u8; 32]>,
    server_random: Option<[u8; 32]>,
    /// What the ServerHello chose.
    chosen: Option<Chosen>,
    /// Sender of the ClientHello.
    client: Option<std::net::SocketAddr>,
    /// Client to server, then server to client.
    directions: [Direction; 2],
    /// Said once per connection: which failure ended the reading.
    reported: bool,
}

/// The version and cipher suite a ServerHello chose, and whether a CBC
/// suite's MAC covers the ciphertext (encrypt-then-MAC, RFC 7366).
#[derive(Debug, Clone, Copy)]
struct Chosen {
    version: u16,
    suite: u16,
    encrypt_then_mac: bool,
}

impl Chosen {
    fn tls13(self) -> bool {
        self.version == 0x0304
    }
}

#[derive(Debug, Default)]
struct Direction {
    /// Bytes of a record not yet whole.
    pending: Vec<u8>,
    /// Keys in use; `None` while records are in the clear.
    keys: Option<Keys>,
    /// Reading stopped (a record that did not decrypt, or an unsupported suite).
    stopped: bool,
    /// Bytes went missing before `pending` (the capture dropped them): the
    /// next whole record is looked for.
    lost: bool,
    /// Bytes passed over since, while it is looked for.
    skipped: usize,
    /// Records tried since (each with every sequence number and key update
    /// that may follow), at most [`MAX_RECORDS_TRIED`].
    tried: usize,
}

struct Keys {
    cipher: Cipher,
    sequence: u64,
    /// TLS 1.3: the secret to move to when a record does not open
    /// (application secrets after handshake ones, then key updates).
    next: Option<Vec<u8>>,
    suite: Suite,
}

impl Keys {
    /// Puts the keys at record `sequence`, and TLS 1.0's CBC at IV `chained`.
    fn at(&mut self, sequence: u64, chained: Option<[u8; 16]>) {
        self.sequence = sequence;
        if let (Cipher::Cbc { chained: iv @ Some(_), .. }, Some(block)) = (&mut self.cipher, chained) {
            *iv = Some(block);
        }
    }
}

/// How one direction's records are protected.
enum Cipher {
    /// TLS 1.3's AEAD: the IV XORed with the sequence number, the record's
    /// header authenticated.
    Aead13 { key: aead::LessSafeKey, iv: [u8; 12] },
    /// TLS 1.2's AEAD: AES-GCM's 4-byte salt and the nonce each record
    /// carries, or ChaCha20-Poly1305's IV XORed with the sequence number.
    Aead12 { key: aead::LessSafeKey, iv: [u8; 12], explicit_nonce: bool },
    /// CBC with an HMAC: from TLS 1.1 on, each record with its own IV; in
    /// TLS 1.0, the last ciphertext block of the record before (the first
    /// from the key block), which `chained` holds.
    Cbc { key: Vec<u8>, mac: hmac::Key, mac_len: usize, encrypt_then_mac: bool, chained: Option<[u8; 16]> },
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys").field("sequence", &self.sequence).finish_non_exhaustive()
    }
}

/// What a cipher suite needs.
#[derive(Debug, Clone, Copy)]
struct Suite {
    protection: Protection,
    /// The PRF's or HKDF's hash is SHA-384 (else SHA-256).
    sha384: bool,
}

#[derive(Debug, Clone, Copy)]
enum Protection {
    Aead(&'static aead::Algorithm),
    /// AES-CBC: its key length, and the MAC's hash and length.
    Cbc {
        key_len: usize,
        mac: hmac::Algorithm,
        mac_len: usize,
    },
}

fn suite(number: u16, tls13: bool) -> Option<Suite> {
    use Protection::{Aead, Cbc};
    let cbc = |key_len, mac, mac_len| Cbc { key_len, mac, mac_len };
    let sha1 = hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY;
    let (protection, sha384) = match (number, tls13) {
        (0x1301, true) => (Aead(&aead::AES_128_GCM), false),
        (0x1302, true) => (Aead(&aead::AES_256_GCM), true),
        (0x1303, true) => (Aead(&aead::CHACHA20_POLY1305), false),
        (_, true) => return None,
        // AES-GCM (RFC 5288, 5289, 5487, 8442): AES-128 with SHA-256, then
        // AES-256 with SHA-384, alternating.
        (0x009c..=0x00ad, _) if number % 2 == 0 => (Aead(&aead::AES_128_GCM), false),
        (0x009c..=0x00ad, _) => (Aead(&aead::AES_256_GCM), true),
        (0xc02b..=0xc032, _) if number % 2 == 1 => (Aead(&aead::AES_128_GCM), false),
        (0xc02b..=0xc032, _) => (Aead(&aead::AES_256_GCM), true),
        (0xd001, _) => (Aead(&aead::AES_128_GCM), false),
        (0xd002, _) => (Aead(&aead::AES_256_GCM), true),
        // ChaCha20-Poly1305 (RFC 7905).
        (0xcca8..=0xccae, _) => (Aead(&aead::CHACHA20_POLY1305), false),
        // AES-CBC with HMAC-SHA1 (RFC 5246 A.5, RFC 4492, RFC 5489).
        (0x002f | 0x0032 | 0x0033 | 0xc004 | 0xc009 | 0xc00e | 0xc013 | 0x008c | 0xc035, _) => {
            (cbc(16, sha1, 20), false)
        }
        (0x0035 | 0x0038 | 0x0039 | 0xc005 | 0xc00a | 0xc00f | 0xc014 | 0x008d | 0xc036, _) => {
            (cbc(32, sha1, 20), false)
        }
        // With HMAC-SHA256 and SHA384 (RFC 5246, RFC 5289).
        (0x003c | 0x0040 | 0x0067 | 0xc023 | 0xc025 | 0xc027 | 0xc029 | 0x00ae | 0xc037, _) => {
            (cbc(16, hmac::HMAC_SHA256, 32), false)
        }
        (0x003d | 0x006a | 0x006b, _) => (cbc(32, hmac::HMAC_SHA256, 32), false),
        (0xc024 | 0xc026 | 0xc028 | 0xc02a | 0x00af | 0xc038, _) => (cbc(32, hmac::HMAC_SHA384, 48), true),
        _ => return None,
    };
    Some(Suite { protection, sha384 })
}

/// Whether a TCP payload starts like a TLS handshake record (RFC 8446 §5.1).
pub fn starts_handshake(payload: &[u8]) -> bool {
    matches!(payload, [22, 3, 0..=4, _, _, 1, ..])
}

impl Connection {
    /// Bytes it holds: records not yet whole, each way.
    pub(crate) fn held(&self) -> usize {
        self.directions.iter().map(|d| d.pending.len()).sum()
    }

    /// Says that bytes `sender` sent went missing from the capture: a
    /// record begun before them cannot be finished, and reading goes on at
    /// the next whole record after them that opens (with a later sequence
    /// number: the records lost are not known).
    pub fn lost(&mut self, sender: std::net::SocketAddr) {
        let Some(client) = self.client else { return };
        let direction = &mut self.directions[usize::from(sender != client)];
        direction.pending.clear();
        direction.lost = true;
        direction.skipped = 0;
        direction.tried = 0;
    }

    /// Where the next whole record is in `bytes` (what a direction sent
    /// after a loss): `Ok(offset)` of one that opens with a sequence number
    /// of the last read or up to [`MAX_RECORDS_LOST`] past it, its keys
    /// left at that number (or of any record, before keys); `Err(Some(offset))`
    /// of what to keep until more bytes come (the first record not yet
    /// whole, or the last bytes, which may start a header); `Err(None)`
    /// when [`MAX_RECORDS_TRIED`] records did not open. A record that
    /// opens is one: a later one may be taken past an earlier that is not
    /// whole yet (its header was a ciphertext's bytes).
    fn next_record(&mut self, index: usize, bytes: &[u8]) -> Result<usize, Option<usize>> {
        let mut keep = bytes.len().saturating_sub(4);
        let mut from = 0;
        while let Some(found) =
            bytes.get(from..).and_then(|rest| rest.windows(3).position(|w| matches!(w, [20..=24, 3, 0..=4])))
        {
            let at = from + found;
            from = at + 1;
            let Some(header) = bytes.get(at..at + 5) else {
                keep = keep.min(at);
                break;
            };
            let length = usize::from(u16::from_be_bytes([header[3], header[4]]));
            if length > MAX_RECORD {
                continue;
            }
            let Some(record) = bytes.get(at..at + 5 + length) else {
                keep = keep.min(at);
                continue;
            };
            let direction = &mut self.directions[index];
            let Some(keys) = direction.keys.as_mut() else { return Ok(at) };
            if direction.tried == MAX_RECORDS_TRIED {
                return Err(None);
            }
            direction.tried += 1;
            // TLS 1.0's IV is the last block of the record before: the bytes before it.
            let before = match keys.cipher {
                Cipher::Cbc { chained: Some(_), .. } => match at.checked_sub(16).and_then(|b| bytes.get(b..at)) {
                    Some(block) => <[u8; 16]>::try_from(block).ok(),
                    None => continue,
                },
                _ => None,
            };
            let first = keys.sequence;
            if opens(keys, record, first, before) {
                return Ok(at);
            }
            keys.sequence = first;
            // TLS 1.3: key updates among the records lost.
            let mut secret = keys.next.clone();
            for _ in 0..MAX_KEY_UPDATES_LOST {
                let Some(next) = secret.take() else { break };
                let Some(mut moved) = derive_13(keys.suite, &next) else { break };
                let update = expand_label(keys.suite.sha384, &next, b"traffic upd", hash_len(keys.suite)).ok();
                moved.next = update.clone();
                if opens(&mut moved, record, 0, None) {
                    *keys = moved;
                    return Ok(at);
                }
                secret = update;
            }
        }
        Err(Some(keep))
    }

    /// Reads what `sender` sent on this connection: whole records are
    /// taken from `bytes` (the rest waits for more), handshake records are
    /// read for the randoms and the suite, and protected records are
    /// decrypted. What to say about the connection, if anything, comes
    /// with the plaintext.
    pub fn read(&mut self, sender: std::net::SocketAddr, bytes: &[u8], keys: &KeyLog) -> Vec<Read> {
        let client = *self.client.get_or_insert(sender);
        let index = usize::from(sender != client);
        let mut out = Vec::new();
        let mut plain = Vec::new();
        let mut pending = std::mem::take(&mut self.directions[index].pending);
        pending.extend_from_slice(bytes);
        let mut at = 0;
        let mut skipped = None;
        while !self.directions[index].stopped {
            if self.directions[index].lost {
                match self.next_record(index, &pending[at..]) {
                    Ok(offset) => {
                        at += offset;
                        let direction = &mut self.directions[index];
                        direction.lost = false;
                        skipped = Some(std::mem::take(&mut direction.skipped) + offset).filter(|&n| n > 0);
                    }
                    Err(Some(offset)) => {
                        at += offset;
                        self.directions[index].skipped += offset;
                        break;
                    }
                    Err(None) => {
                        self.directions[index].stopped = true;
                        out.push(Read::Undecryptable);
                        break;
                    }
                }
            }
            let Some(header) = pending.get(at..at + 5) else { break };
            let (kind, length) = (header[0], usize::from(u16::from_be_bytes([header[3], header[4]])));
            if !(20..=24).contains(&kind) || header[1] != 3 || length > MAX_RECORD {
                self.directions[index].stopped = true;
                out.push(Read::Undecryptable);
                break;
            }
            let Some(record) = pending.get(at..at + 5 + length) else { break };
            at += 5 + length;
            match self.record(index, record, keys) {
                Ok(Some(data)) => plain.extend_from_slice(&data),
                Ok(None) => {}
                Err(problem) => {
                    self.directions[index].stopped = true;
                    out.push(problem);
                }
            }
        }
        pending.drain(..at.min(pending.len()));
        if !self.directions[index].stopped {
            self.directions[index].pending = pending;
        }
        // A failure is said once for the connection, not per direction or record.
        if self.reported {
            out.clear();
        } else if !out.is_empty() {
            self.reported = true;
            out.truncate(1);
        }
        if !plain.is_empty() {
            out.insert(0, Read::Plain(plain));
        }
        out.extend(skipped.map(Read::Skipped));
        out
    }

    /// One record: its application data, if any, once decrypted.
    fn record(&mut self, index: usize, record: &[u8], log: &KeyLog) -> Result<Option<Vec<u8>>, Read> {
        let kind = record[0];
        let tls13 = self.chosen.is_some_and(Chosen::tls13);
        if kind == 20 {
            if !tls13 {
                // Up to TLS 1.2, what this side sends next is protected with
                // the keys of the handshake just read: the first, or a
                // renegotiation's, whose hellos were read decrypted (RFC
                // 5246 §7.1, §7.4.1.1).
                self.keys_12(index, log)?;
            }
            return Ok(None); // TLS 1.3 compatibility mode (RFC 8446 §D.4)
        }
        if self.directions[index].keys.is_none() {
            match kind {
                22 => {
                    self.hello(index, &record[5..]);
                    return Ok(None);
                }
                // TLS 1.3: everything after the ServerHello is (RFC 8446 §2).
                23 if tls13 => self.keys_13(log)?,
                // Alerts in the clear.
                _ => return Ok(None),
            }
        }
        let Some(keys) = self.directions[index].keys.as_mut() else { return Ok(None) };
        let (content, data) = match decrypt(keys, record) {
            Some(opened) => opened,
            None => {
                // TLS 1.3: the first record under the next secret (the
                // handshake's end, or a key update) fails under the one before.
                let Some(next) = keys.next.take() else { return Err(Read::Undecryptable) };
                let suite = keys.suite;
                let mut moved = derive_13(suite, &next).ok_or(Read::Undecryptable)?;
                moved.next = Some(expand_label(suite.sha384, &next, b"traffic upd", hash_len(suite))?);
                *keys = moved;
                decrypt(keys, record).ok_or(Read::Undecryptable)?
            }
        };
        if content == 22 && !tls13 {
            // A renegotiation's hello, under the keys before (a Finished or
            // anything else is passed over there).
            self.hello(index, &data);
        }
        Ok((content == 23).then_some(data))
    }

    /// A ClientHello's or ServerHello's random, and what the ServerHello chose.
    fn hello(&mut self, index: usize, fragment: &[u8]) {
        // Handshake header (type, 24-bit length), then version and random.
        let Some(random) = fragment.get(6..38).and_then(|r| <[u8; 32]>::try_from(r).ok()) else { return };
        match (fragment[0], index) {
            (1, 0) => self.client_random = Some(random),
            (2, 1) => {
                self.server_random = Some(random);
                let mut version = u16::from_be_bytes([fragment[4], fragment[5]]);
                let body = &fragment[38..];
                let Some(&session_id) = body.first() else { return };
                let rest = body.get(1 + usize::from(session_id)..).unwrap_or_default();
                let Some(suite) = rest.get(..2).map(|n| u16::from_be_bytes([n[0], n[1]])) else { return };
                // The compression byte, then extensions: supported_versions
                // (43) says 1.3 (RFC 8446 §4.2.1); encrypt_then_mac (22) is RFC 7366.
                let mut encrypt_then_mac = false;
                let mut extensions = rest.get(5..).unwrap_or_default();
                while let [a, b, c, d, rest @ ..] = extensions {
                    let (kind, len) = (u16::from_be_bytes([*a, *b]), usize::from(u16::from_be_bytes([*c, *d])));
                    let Some(value) = rest.get(..len) else { break };
                    match (kind, value) {
                        (43, [major, minor]) => version = u16::from_be_bytes([*major, *minor]),
                        (22, _) => encrypt_then_mac = true,
                        _ => {}
                    }
                    extensions = &rest[len..];
                }
                self.chosen = Some(Chosen { version, suite, encrypt_then_mac });
            }
            _ => {}
        }
    }

    fn secrets<'k>(&self, log: &'k KeyLog) -> Result<(&'k Secrets, Suite, Chosen), Read> {
        let chosen = self.chosen.ok_or(Read::Undecryptable)?;
        let found = self.client_random.and_then(|random| log.sessions.get(&random)).ok_or(Read::NoKeys)?;
        let version = match chosen.version {
            0x0304 => "TLS 1.3".to_owned(),
            0x0303 => "TLS 1.2".to_owned(),
            0x0302 => "TLS 1.1".to_owned(),
            0x0301 => "TLS 1.0".to_owned(),
            0x0300 => "SSL 3.0".to_owned(),
            other => format!("0x{other:04x}"),
        };
        let unsupported = || Read::Unsupported(format!("{version}, 0x{:04x}", chosen.suite));
        let suite = suite(chosen.suite, chosen.tls13()).ok_or_else(unsupported)?;
        // TLS 1.0 and 1.1 have only the suites with SHA-1's HMAC of these
        // (AEAD and SHA-256 came with TLS 1.2); SSL 3.0 is not read.
        match (chosen.version, suite.protection) {
            (0x0303 | 0x0304, _) | (0x0301 | 0x0302, Protection::Cbc { mac_len: 20, .. }) => Ok((found, suite, chosen)),
            _ => Err(unsupported()),
        }
    }

    /// TLS 1.0 to 1.2: this direction's keys from the master secret (RFC
    /// 5246 §6.3, RFC 4346 §6.3, RFC 2246 §6.3).
    fn keys_12(&mut self, index: usize, log: &KeyLog) -> Result<(), Read> {
        let (secrets, suite, chosen) = self.secrets(log)?;
        let master = secrets.master.as_deref().ok_or(Read::NoKeys)?;
        let (Some(client_random), Some(server_random)) = (self.client_random, self.server_random) else {
            return Err(Read::Undecryptable);
        };
        let seed = [server_random.as_slice(), client_random.as_slice()].concat();
        // The key block: MAC keys (CBC), then keys, then IVs (AEAD's
        // implicit part; TLS 1.0's first CBC IV).
        let tls10 = chosen.version == 0x0301;
        let (mac_len, key_len, iv_len) = match suite.protection {
            Protection::Aead(algorithm) if std::ptr::eq(algorithm, &aead::CHACHA20_POLY1305) => (0, 32, 12),
            Protection::Aead(algorithm) => (0, algorithm.key_len(), 4),
            Protection::Cbc { key_len, mac_len, .. } => (mac_len, key_len, if tls10 { 16 } else { 0 }),
        };
        let len = 2 * (mac_len + key_len + iv_len);
        let block = match chosen.version {
            0x0303 => prf(suite.sha384, master, b"key expansion", &seed, len),
            _ => prf_10(master, b"key expansion", &seed, len),
        };
        let part = |offset: usize, len: usize| &block[offset + index * len..offset + (index + 1) * len];
        let (mac_key, key, iv) = (part(0, mac_len), part(2 * mac_len, key_len), part(2 * (mac_len + key_len), iv_len));
        let cipher = match suite.protection {
            Protection::Aead(algorithm) => {
                let key = aead::UnboundKey::new(algorithm, key).map_err(|_| Read::Undecryptable)?;
                let mut nonce = [0u8; 12];
                nonce[..iv_len].copy_from_slice(iv);
                Cipher::Aead12 { key: aead::LessSafeKey::new(key), iv: nonce, explicit_nonce: iv_len == 4 }
            }
            Protection::Cbc { mac, mac_len, .. } => Cipher::Cbc {
                key: key.to_vec(),
                mac: hmac::Key::new(mac, mac_key),
                mac_len,
                encrypt_then_mac: chosen.encrypt_then_mac,
                chained: iv.try_into().ok(),
            },
        };
        self.directions[index].keys = Some(Keys { cipher, sequence: 0, next: None, suite });
        Ok(())
    }

    /// TLS 1.3: both directions' handshake keys, with the application
    /// secrets to move to (RFC 8446 §7.1, §7.3).
    fn keys_13(&mut self, log: &KeyLog) -> Result<(), Read> {
        let (secrets, suite, _) = self.secrets(log)?;
        for (index, (handshake, traffic)) in
            [(Label::ClientHandshake, Label::ClientTraffic), (Label::ServerHandshake, Label::ServerTraffic)]
                .into_iter()
                .enumerate()
        {
            if self.directions[index].keys.is_some() {
                continue;
            }
            let handshake = secrets.traffic[handshake as usize].as_deref().ok_or(Read::NoKeys)?;
            let mut keys = derive_13(suite, handshake).ok_or(Read::Undecryptable)?;
            keys.next = secrets.traffic[traffic as usize].clone();
            self.directions[index].keys = Some(keys);
        }
        Ok(())
    }
}

fn hash_len(suite: Suite) -> usize {
    if suite.sha384 {
        48
    } else {
        32
    }
}

/// A record's key and IV from a TLS 1.3 traffic secret.
fn derive_13(suite: Suite, secret: &[u8]) -> Option<Keys> {
    let Protection::Aead(algorithm) = suite.protection else { return None };
    let key = expand_label(suite.sha384, secret, b"key", algorithm.key_len()).ok()?;
    let iv = expand_label(suite.sha384, secret, b"iv", 12).ok()?;
    let key = aead::UnboundKey::new(algorithm, &key).ok()?;
    let cipher = Cipher::Aead13 { key: aead::LessSafeKey::new(key), iv: iv.try_into().ok()? };
    Some(Keys { cipher, sequence: 0, next: None, suite })
}

/// HKDF-Expand-Label (RFC 8446 §7.1) with an empty context.
fn expand_label(sha384: bool, secret: &[u8], label: &[u8], len: usize) -> Result<Vec<u8>, Read> {
    struct Len(usize);
    impl hkdf::KeyType for Len {
        fn len(&self) -> usize {
            self.0
        }
    }
    let algorithm = if sha384 { hkdf::HKDF_SHA384 } else { hkdf::HKDF_SHA256 };
    let prk = hkdf::Prk::new_less_safe(algorithm, secret);
    let length = (len as u16).to_be_bytes();
    let label_len = [(6 + label.len()) as u8];
    let info = [&length[..], &label_len, b"tls13 ", label, &[0]];
    let mut out = vec![0u8; len];
    prk.expand(&info, Len(len)).and_then(|okm| okm.fill(&mut out)).map_err(|_| Read::Undecryptable)?;
    Ok(out)
}

/// P_hash (RFC 5246 §5): `hmac` (keyed with the secret, given its input in
/// parts) of A(1) + seed, A(2) + seed… where A(1) = hmac(seed) and
/// A(i + 1) = hmac(A(i)), cut to `len` bytes.
fn p_hash(hmac: impl Fn(&[&[u8]]) -> Vec<u8>, seed: &[u8], len: usize) -> Vec<u8> {
    let mut a = hmac(&[seed]);
    let mut out = Vec::with_capacity(len + 64);
    while out.len() < len && !a.is_empty() {
        out.extend_from_slice(&hmac(&[&a, seed]));
        a = hmac(&[&a]);
    }
    out.resize(len, 0);
    out
}

/// ring's HMAC with this key, as [`p_hash`] calls it.
fn ring_hmac(key: hmac::Key) -> impl Fn(&[&[u8]]) -> Vec<u8> {
    move |parts| {
        let mut context = hmac::Context::with_key(&key);
        parts.iter().for_each(|part| context.update(part));
        context.sign().as_ref().to_vec()
    }
}

/// TLS 1.2's PRF (RFC 5246 §5): P_SHA256 or P_SHA384 of label and seed.
fn prf(sha384: bool, secret: &[u8], label: &[u8], seed: &[u8], len: usize) -> Vec<u8> {
    let key = hmac::Key::new(if sha384 { hmac::HMAC_SHA384 } else { hmac::HMAC_SHA256 }, secret);
    p_hash(ring_hmac(key), &[label, seed].concat(), len)
}

/// The PRF of TLS 1.0 and 1.1 (RFC 2246 §5): P_MD5 of the secret's first
/// half XORed with P_SHA1 of its second (the halves share a middle byte
/// when its length is odd).
fn prf_10(secret: &[u8], label: &[u8], seed: &[u8], len: usize) -> Vec<u8> {
    use hmac_md5::Mac;
    let half = secret.len().div_ceil(2);
    let (first, second) = (&secret[..half], &secret[secret.len() - half..]);
    let seed = [label, seed].concat();
    // HMAC takes a key of any length: this never fails, and if it did the
    // empty output would give keys that open nothing.
    let keyed = <hmac_md5::Hmac<md5::Md5> as Mac>::new_from_slice(first).ok();
    let md5 = |parts: &[&[u8]]| {
        keyed.clone().map_or_else(Vec::new, |mut mac| {
            parts.iter().for_each(|part| mac.update(part));
            mac.finalize().into_bytes().to_vec()
        })
    };
    let mut out = p_hash(md5, &seed, len);
    let sha1 = p_hash(ring_hmac(hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, second)), &seed, len);
    out.iter_mut().zip(sha1).for_each(|(o, s)| *o ^= s);
    out
}

/// Whether `record` opens with `keys` at a sequence number from `first`
/// to [`MAX_RECORDS_LOST`] past it (and TLS 1.0's IV `before`); the keys
/// are left at that number, for the record to be opened where it is read.
fn opens(keys: &mut Keys, record: &[u8], first: u64, before: Option<[u8; 16]>) -> bool {
    for sequence in first..=first + MAX_RECORDS_LOST {
        keys.at(sequence, before);
        if decrypt(keys, record).is_some() {
            keys.at(sequence, before);
            return true;
        }
    }
    false
}

/// A protected record opened: its real content type and its data.
fn decrypt(keys: &mut Keys, record: &[u8]) -> Option<(u8, Vec<u8>)> {
    let (header, body) = (&record[..5], &record[5..]);
    let sequence = keys.sequence.to_be_bytes();
    // TLS 1.2 authenticates the sequence number and the plaintext's header
    // (RFC 5246 §6.2.3): type, version, then a length.
    let aad_12 = |len: usize| [&sequence[..], &header[..3], &(len as u16).to_be_bytes()].concat();
    let xor_sequence = |iv: &[u8; 12]| {
        let mut nonce = *iv;
        nonce[4..].iter_mut().zip(sequence).for_each(|(n, s)| *n ^= s);
        nonce
    };
    let opened = match &mut keys.cipher {
        Cipher::Aead13 { key, iv } => {
            // The record's header is authenticated (RFC 8446 §5.2).
            let mut data = open(key, xor_sequence(iv), header, body)?;
            // The content type is the last byte not zero (RFC 8446 §5.4).
            let end = data.iter().rposition(|&b| b != 0)?;
            let content = data[end];
            data.truncate(end);
            (content, data)
        }
        Cipher::Aead12 { key, iv, explicit_nonce } => {
            let (nonce, sealed) = if *explicit_nonce {
                let mut nonce = *iv;
                nonce[4..].copy_from_slice(body.get(..8)?);
                (nonce, &body[8..])
            } else {
                (xor_sequence(iv), body)
            };
            let len = sealed.len().checked_sub(key.algorithm().tag_len())?;
            (header[0], open(key, nonce, &aad_12(len), sealed)?)
        }
        Cipher::Cbc { key, mac, mac_len, encrypt_then_mac, chained } => {
            let mac_len = *mac_len;
            let data = if *encrypt_then_mac {
                // RFC 7366: the MAC covers the IV and ciphertext, and follows them.
                let (sealed, tag) = body.split_at(body.len().checked_sub(mac_len)?);
                let expected = hmac::sign(mac, &[&aad_12(sealed.len())[..], sealed].concat());
                (expected.as_ref() == tag).then_some(())?;
                let mut data = cbc_decrypt(key, chained, sealed)?;
                let padding = usize::from(*data.last()?) + 1;
                data.truncate(data.len().checked_sub(padding)?);
                data
            } else {
                // MAC, then padding, under the encryption (RFC 5246 §6.2.3.2).
                let mut data = cbc_decrypt(key, chained, body)?;
                let padding = usize::from(*data.last()?) + 1;
                let len = data.len().checked_sub(padding + mac_len)?;
                let expected = hmac::sign(mac, &[&aad_12(len)[..], &data[..len]].concat());
                (expected.as_ref() == &data[len..len + mac_len]).then_some(())?;
                data.truncate(len);
                data
            };
            (header[0], data)
        }
    };
    keys.sequence += 1;
    Some(opened)
}

/// An AEAD's plaintext, if the record opens with this nonce and additional data.
fn open(key: &aead::LessSafeKey, nonce: [u8; 12], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    let mut data = sealed.to_vec();
    let len = key.open_in_place(aead::Nonce::assume_unique_for_key(nonce), aead::Aad::from(aad), &mut data).ok()?.len();
    data.truncate(len);
    Some(data)
}

/// AES-CBC of a record. From TLS 1.1 on its first block is the IV (RFC
/// 5246 §6.2.3.2); in TLS 1.0 the IV is `chained`, which then becomes the
/// record's last block, the next record's IV (RFC 2246 §6.2.3.2).
fn cbc_decrypt(key: &[u8], chained: &mut Option<[u8; 16]>, sealed: &[u8]) -> Option<Vec<u8>> {
    use aes::cipher::{BlockDecrypt, KeyInit};
    fn blocks<C: BlockDecrypt + KeyInit>(key: &[u8], iv: &[u8], data: &mut [u8]) -> Option<()> {
        let cipher = C::new_from_slice(key).ok()?;
        let mut previous: [u8; 16] = iv.try_into().ok()?;
        for block in data.chunks_exact_mut(16) {
            let sealed: [u8; 16] = (&*block).try_into().ok()?;
            cipher.decrypt_block(block.into());
            block.iter_mut().zip(previous).for_each(|(b, p)| *b ^= p);
            previous = sealed;
        }
        Some(())
    }
    let (iv, rest) = match chained {
        Some(iv) if !sealed.is_empty() && sealed.len() % 16 == 0 => (&iv[..], sealed),
        None if sealed.len() >= 32 && sealed.len() % 16 == 0 => sealed.split_at(16),
        _ => return None,
    };
    let mut data = rest.to_vec();
    match key.len() {
        16 => blocks::<aes::Aes128>(key, iv, &mut data)?,
        _ => blocks::<aes::Aes256>(key, iv, &mut data)?,
    }
    if let Some(iv) = chained.as_mut() {
        iv.copy_from_slice(&sealed[sealed.len() - 16..]);
    }
    Some(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_log_is_told_by_its_first_line_of_secrets() {
        let random = "ab".repeat(32);
        for log in [
            format!("CLIENT_RANDOM {random} 01\n"),
            format!(
                "# SSL/TLS secrets log file, generated by NSS\r\n\r\nSERVER_HANDSHAKE_TRAFFIC_SECRET {random} 02\r\n"
            ),
        ] {
            assert!(KeyLog::looks_like(log.as_bytes()), "{log}");
        }
        for other in ["", "# only a comment\n", "INVITE sip:a@b SIP/2.0\r\n", "CLIENT_RANDOMS x y\n", "\u{feff}x"] {
            assert!(!KeyLog::looks_like(other.as_bytes()), "{other}");
        }
    }

    #[test]
    fn a_file_is_added_only_when_it_is_a_key_log_with_secrets() {
        let random = "ab".repeat(32);
        let log = format!("# from the SBC\nCLIENT_RANDOM {random} {}\n", "01".repeat(48));
        let bad = format!("CLIENT_RANDOM {random} zz\n");
        let mut keys = KeyLog::default();
        let file = |text: &str| {
            let bytes = text.as_bytes().to_vec();
            move || Ok(Box::new(std::io::Cursor::new(bytes.clone())) as Box<dyn std::io::Read>)
        };
        assert!(!keys.add_if_key_log(64, file("INVITE sip:a@b SIP/2.0\r\n")));
        assert!(!keys.add_if_key_log(64, file(&bad)), "looks like one, holds no secret");
        assert!(!keys.add_if_key_log(0, || Err(std::io::ErrorKind::NotFound.into())));
        assert!(!keys.add_if_key_log(MAX_KEY_LOG_BYTES as u64 + 1, file(&log)), "larger than a key log may be");
        assert!(keys.is_empty());
        assert!(keys.add_if_key_log(64, file(&log)));
        assert_eq!(keys.len(), 1);
    }

    #[test]
    fn a_key_log_keeps_what_decrypts_and_passes_over_the_rest() {
        let random = "ab".repeat(32);
        let text = format!(
            "# comment\n\nCLIENT_RANDOM {random} {}\nEXPORTER_SECRET {random} {}\nCLIENT_TRAFFIC_SECRET_0 {random} {}\n\
             CLIENT_RANDOM zz {}\nCLIENT_RANDOM {random}\n",
            "01".repeat(48),
            "02".repeat(32),
            "03".repeat(32),
            "04".repeat(48),
        );
        let log = KeyLog::parse(text.as_bytes());
        assert_eq!(log.len(), 1);
        let secrets = &log.sessions[&[0xab; 32]];
        assert_eq!(secrets.master.as_deref(), Some(&[1u8; 48][..]));
        assert_eq!(secrets.traffic[Label::ClientTraffic as usize].as_deref(), Some(&[3u8; 32][..]));
        assert!(KeyLog::parse(b"-----BEGIN PRIVATE KEY-----\nMIIE\n").is_empty());
    }

    /// RFC 8448 §3 (a simple 1-RTT handshake): the server's handshake
    /// traffic secret gives its key and IV.
    #[test]
    fn tls13_keys_are_derived_as_rfc_8448_shows() {
        let secret = hex(b"b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38").unwrap_or_default();
        let key = expand_label(false, &secret, b"key", 16).ok();
        let iv = expand_label(false, &secret, b"iv", 12).ok();
        assert_eq!(key, hex(b"3fce516009c21727d0f2e4e86ee403bc"));
        assert_eq!(iv, hex(b"5d313eb2671276ee13000b30"));
    }

    /// What TLS 1.0 and 1.1 do not have, and SSL 3.0, are named, not tried.
    #[test]
    fn versions_and_suites_not_read_are_named() {
        let random = [0xab; 32];
        let log = KeyLog::parse(format!("CLIENT_RANDOM {} {}\n", "ab".repeat(32), "01".repeat(48)).as_bytes());
        let said = |version: u16, suite: u16| {
            let chosen = Some(Chosen { version, suite, encrypt_then_mac: false });
            let connection = Connection { client_random: Some(random), chosen, ..Connection::default() };
            match connection.secrets(&log) {
                Ok(_) => "read".to_owned(),
                Err(Read::Unsupported(what)) => what,
                Err(other) => format!("{other:?}"),
            }
        };
        assert_eq!(said(0x0301, 0x002f), "read"); // AES-128-CBC with HMAC-SHA1
        assert_eq!(said(0x0302, 0xc014), "read");
        assert_eq!(said(0x0303, 0xc02f), "read");
        assert_eq!(said(0x0300, 0x002f), "SSL 3.0, 0x002f");
        // AES-GCM and HMAC-SHA256 came with TLS 1.2.
        assert_eq!(said(0x0301, 0xc02f), "TLS 1.0, 0xc02f");
        assert_eq!(said(0x0302, 0x003c), "TLS 1.1, 0x003c");
        assert_eq!(said(0x0303, 0x000a), "TLS 1.2, 0x000a"); // 3DES
    }

    #[test]
    fn after_a_loss_records_that_do_not_open_are_tried_a_bounded_number_of_times() {
        let (client, server): (std::net::SocketAddr, std::net::SocketAddr) =
            (([192, 0, 2, 1], 40000).into(), ([192, 0, 2, 2], 5061).into());
        let mut connection = Connection { client: Some(client), ..Connection::default() };
        let unbound = aead::UnboundKey::new(&aead::AES_128_GCM, &[7; 16]).unwrap_or_else(|e| panic!("{e}"));
        let cipher = Cipher::Aead12 { key: aead::LessSafeKey::new(unbound), iv: [0; 12], explicit_nonce: true };
        let suite = Suite { protection: Protection::Aead(&aead::AES_128_GCM), sha384: false };
        connection.directions[1].keys = Some(Keys { cipher, sequence: 0, next: None, suite });
        connection.lost(server);
        // A hundred thousand whole records after the loss, none of which
        // opens: given up after the first MAX_RECORDS_TRIED, said once.
        let record: Vec<u8> = [23, 3, 3, 0, 40].into_iter().chain([0; 40]).collect();
        let read = connection.read(server, &record.repeat(100_000), &KeyLog::default());
        assert_eq!(read, [Read::Undecryptable]);
        assert!(connection.directions[1].stopped);
        assert_eq!(connection.directions[1].tried, MAX_RECORDS_TRIED);
    }

    /// Arbitrary bytes never panic, and what is held stays bounded.
    #[test]
    fn arbitrary_bytes_are_refused_not_trusted() {
        let log = KeyLog::default();
        let client: std::net::SocketAddr = ([192, 0, 2, 1], 5061).into();
        let mut connection = Connection::default();
        let mut seed = 1u32;
        for _ in 0..2_000 {
            let bytes: Vec<u8> = (0..seed % 300)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    [22, 3, 1, 0, 5, 23, 20, 2, 1, (seed >> 16) as u8][(seed >> 8) as usize % 10]
                })
                .collect();
            let _ = connection.read(client, &bytes, &log);
            assert!(connection.directions.iter().all(|d| d.pending.len() <= MAX_RECORD + 5 + 300));
        }
    }
}
