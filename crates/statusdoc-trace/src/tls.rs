//! SIP over TLS, read with the session secrets an endpoint logged.
//!
//! Many SIP stacks, softphones and SBCs write their TLS secrets in the NSS
//! key log format (what `SSLKEYLOGFILE` gives), and Wireshark can put them
//! in a pcapng file (a Decryption Secrets Block). With them, each TLS
//! connection is decrypted here: its records are read from the reassembled
//! TCP stream, and the plaintext is read as SIP over a stream.
//!
//! Decrypted: TLS 1.3 (RFC 8446, its three AEAD suites, key updates
//! included) and TLS 1.2 with an AEAD suite (AES-GCM, RFC 5288 and 5289;
//! ChaCha20-Poly1305, RFC 7905). CBC suites, compression and connections
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

fn hex(text: &[u8]) -> Option<Vec<u8>> {
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
}

/// Largest TLS record: 2^14 bytes of plaintext plus what protection adds
/// (RFC 8446 §5.2; RFC 5246 §6.2.3 allows 2,048, and lenient peers send it).
const MAX_RECORD: usize = (1 << 14) + 2048;

/// One TLS connection: what its handshake said, and each direction's state.
#[derive(Debug, Default)]
pub struct Connection {
    client_random: Option<[u8; 32]>,
    server_random: Option<[u8; 32]>,
    /// The cipher suite and whether the version is 1.3, from the ServerHello.
    suite: Option<(u16, bool)>,
    /// Sender of the ClientHello.
    client: Option<std::net::SocketAddr>,
    /// Client to server, then server to client.
    directions: [Direction; 2],
    /// Said once per connection: which failure ended the reading.
    reported: bool,
}

#[derive(Debug, Default)]
struct Direction {
    /// Bytes of a record not yet whole.
    pending: Vec<u8>,
    /// Keys in use; `None` while records are in the clear.
    keys: Option<Keys>,
    /// Reading stopped (a record that did not decrypt, or an unsupported suite).
    stopped: bool,
}

struct Keys {
    key: aead::LessSafeKey,
    iv: [u8; 12],
    /// TLS 1.2 AES-GCM: the IV is a 4-byte salt, the rest sent with each record.
    explicit_nonce: bool,
    sequence: u64,
    /// TLS 1.3 (its nonce and additional data differ from 1.2's).
    tls13: bool,
    /// TLS 1.3: the secret to move to when a record does not open
    /// (application secrets after handshake ones, then key updates).
    next: Option<Vec<u8>>,
    suite: Suite,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys").field("sequence", &self.sequence).finish_non_exhaustive()
    }
}

/// What a cipher suite needs: its AEAD and hash.
#[derive(Debug, Clone, Copy)]
struct Suite {
    aead: &'static aead::Algorithm,
    sha384: bool,
    /// TLS 1.2 AES-GCM: 4-byte implicit IV and 8-byte explicit nonce.
    gcm12: bool,
}

fn suite(number: u16, tls13: bool) -> Option<Suite> {
    let (aead, sha384) = match (number, tls13) {
        (0x1301, true) => (&aead::AES_128_GCM, false),
        (0x1302, true) => (&aead::AES_256_GCM, true),
        (0x1303, true) => (&aead::CHACHA20_POLY1305, false),
        // AES-GCM (RFC 5288, 5289, 5487, 8442): AES-128 with SHA-256, then
        // AES-256 with SHA-384, alternating.
        (0x009c..=0x00ad, false) if number % 2 == 0 => (&aead::AES_128_GCM, false),
        (0x009c..=0x00ad, false) => (&aead::AES_256_GCM, true),
        (0xc02b..=0xc032, false) if number % 2 == 1 => (&aead::AES_128_GCM, false),
        (0xc02b..=0xc032, false) => (&aead::AES_256_GCM, true),
        (0xd001, false) => (&aead::AES_128_GCM, false),
        (0xd002, false) => (&aead::AES_256_GCM, true),
        // ChaCha20-Poly1305 (RFC 7905).
        (0xcca8..=0xccae, false) => (&aead::CHACHA20_POLY1305, false),
        _ => return None,
    };
    let gcm12 = !tls13 && !std::ptr::eq(aead, &aead::CHACHA20_POLY1305);
    Some(Suite { aead, sha384, gcm12 })
}

/// Whether a TCP payload starts like a TLS handshake record (RFC 8446 §5.1).
pub fn starts_handshake(payload: &[u8]) -> bool {
    matches!(payload, [22, 3, 0..=4, _, _, 1, ..])
}

impl Connection {
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
        while !self.directions[index].stopped {
            let Some(header) = pending.get(at..at + 5) else { break };
            let (kind, length) = (header[0], usize::from(u16::from_be_bytes([header[3], header[4]])));
            if !(20..=24).contains(&kind) || header[1] != 3 || length > MAX_RECORD {
                self.directions[index].stopped = true;
                out.push(Read::Undecryptable);
                break;
            }
            let Some(record) = pending.get(at..at + 5 + length) else { break };
            let record = record.to_vec();
            at += 5 + length;
            match self.record(index, &record, keys) {
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
        out
    }

    /// One record: its application data, if any, once decrypted.
    fn record(&mut self, index: usize, record: &[u8], log: &KeyLog) -> Result<Option<Vec<u8>>, Read> {
        let kind = record[0];
        let tls13 = self.suite.is_some_and(|(_, tls13)| tls13);
        if self.directions[index].keys.is_none() {
            match kind {
                22 => {
                    self.hello(index, &record[5..]);
                    return Ok(None);
                }
                // TLS 1.2: what this side sends next is protected.
                20 if !tls13 => {
                    self.keys_12(index, log)?;
                    return Ok(None);
                }
                // TLS 1.3: everything after the ServerHello is (RFC 8446 §2).
                23 if tls13 => self.keys_13(log)?,
                // Alerts in the clear; TLS 1.3's compatibility ChangeCipherSpec.
                _ => return Ok(None),
            }
        }
        if kind == 20 {
            return Ok(None); // TLS 1.3 compatibility mode (RFC 8446 §D.4)
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
        Ok((content == 23).then_some(data))
    }

    /// A ClientHello's or ServerHello's random, and the ServerHello's suite
    /// and version.
    fn hello(&mut self, index: usize, fragment: &[u8]) {
        // Handshake header (type, 24-bit length), then version and random.
        let Some(random) = fragment.get(6..38).and_then(|r| <[u8; 32]>::try_from(r).ok()) else { return };
        match (fragment[0], index) {
            (1, 0) => self.client_random = Some(random),
            (2, 1) => {
                self.server_random = Some(random);
                let body = &fragment[38..];
                let Some(&session_id) = body.first() else { return };
                let rest = body.get(1 + usize::from(session_id)..).unwrap_or_default();
                let Some(number) = rest.get(..2).map(|n| u16::from_be_bytes([n[0], n[1]])) else { return };
                // Compression byte, then extensions: supported_versions (43)
                // says 1.3 (RFC 8446 §4.2.1).
                let mut tls13 = false;
                let mut extensions = rest.get(5..).unwrap_or_default();
                while let [a, b, c, d, rest @ ..] = extensions {
                    let (kind, len) = (u16::from_be_bytes([*a, *b]), usize::from(u16::from_be_bytes([*c, *d])));
                    let Some(value) = rest.get(..len) else { break };
                    tls13 |= kind == 43 && value == [3, 4];
                    extensions = &rest[len..];
                }
                self.suite = Some((number, tls13));
            }
            _ => {}
        }
    }

    fn secrets<'k>(&self, log: &'k KeyLog) -> Result<(&'k Secrets, Suite, bool), Read> {
        let Some((number, tls13)) = self.suite else { return Err(Read::Undecryptable) };
        let found = self.client_random.and_then(|random| log.sessions.get(&random)).ok_or(Read::NoKeys)?;
        let version = if tls13 { "TLS 1.3" } else { "TLS 1.2" };
        let suite = suite(number, tls13).ok_or_else(|| Read::Unsupported(format!("{version}, 0x{number:04x}")))?;
        Ok((found, suite, tls13))
    }

    /// TLS 1.2: both directions' keys from the master secret (RFC 5246 §6.3).
    fn keys_12(&mut self, index: usize, log: &KeyLog) -> Result<(), Read> {
        let (secrets, suite, _) = self.secrets(log)?;
        let master = secrets.master.as_deref().ok_or(Read::NoKeys)?;
        let (Some(client_random), Some(server_random)) = (self.client_random, self.server_random) else {
            return Err(Read::Undecryptable);
        };
        let key_len = suite.aead.key_len();
        let iv_len = if suite.gcm12 { 4 } else { 12 };
        let seed = [server_random.as_slice(), client_random.as_slice()].concat();
        let block = prf(suite.sha384, master, b"key expansion", &seed, 2 * (key_len + iv_len));
        let (key, iv) = if index == 0 {
            (&block[..key_len], &block[2 * key_len..2 * key_len + iv_len])
        } else {
            (&block[key_len..2 * key_len], &block[2 * key_len + iv_len..])
        };
        let key = aead::UnboundKey::new(suite.aead, key).map_err(|_| Read::Undecryptable)?;
        let mut nonce = [0u8; 12];
        nonce[..iv.len()].copy_from_slice(iv);
        self.directions[index].keys = Some(Keys {
            key: aead::LessSafeKey::new(key),
            iv: nonce,
            explicit_nonce: suite.gcm12,
            sequence: 0,
            tls13: false,
            next: None,
            suite,
        });
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
    let key = expand_label(suite.sha384, secret, b"key", suite.aead.key_len()).ok()?;
    let iv = expand_label(suite.sha384, secret, b"iv", 12).ok()?;
    let key = aead::UnboundKey::new(suite.aead, &key).ok()?;
    Some(Keys {
        key: aead::LessSafeKey::new(key),
        iv: iv.try_into().ok()?,
        explicit_nonce: false,
        sequence: 0,
        tls13: true,
        next: None,
        suite,
    })
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

/// TLS 1.2's PRF (RFC 5246 §5): P_SHA256 or P_SHA384 of label and seed.
fn prf(sha384: bool, secret: &[u8], label: &[u8], seed: &[u8], len: usize) -> Vec<u8> {
    let key = hmac::Key::new(if sha384 { hmac::HMAC_SHA384 } else { hmac::HMAC_SHA256 }, secret);
    let seed = [label, seed].concat();
    let mut a = hmac::sign(&key, &seed);
    let mut out = Vec::with_capacity(len + 48);
    while out.len() < len {
        out.extend_from_slice(hmac::sign(&key, &[a.as_ref(), &seed].concat()).as_ref());
        a = hmac::sign(&key, a.as_ref());
    }
    out.truncate(len);
    out
}

/// A protected record opened: its real content type and its data.
fn decrypt(keys: &mut Keys, record: &[u8]) -> Option<(u8, Vec<u8>)> {
    let tag = keys.key.algorithm().tag_len();
    let mut nonce = keys.iv;
    let (header, mut body) = (&record[..5], &record[5..]);
    if keys.explicit_nonce {
        nonce[4..].copy_from_slice(body.get(..8)?);
        body = &body[8..];
    } else {
        for (n, s) in nonce[4..].iter_mut().zip(keys.sequence.to_be_bytes()) {
            *n ^= s;
        }
    }
    let plain_len = body.len().checked_sub(tag)?;
    // TLS 1.2 authenticates the sequence number and the plaintext's header
    // (RFC 5246 §6.2.3.3); TLS 1.3 the record's header (RFC 8446 §5.2).
    let mut aad = Vec::with_capacity(13);
    if !keys.tls13 {
        aad.extend_from_slice(&keys.sequence.to_be_bytes());
        aad.extend_from_slice(&header[..3]);
        aad.extend_from_slice(&(plain_len as u16).to_be_bytes());
    } else {
        aad.extend_from_slice(header);
    }
    let mut data = body.to_vec();
    let opened =
        keys.key.open_in_place(aead::Nonce::assume_unique_for_key(nonce), aead::Aad::from(&aad), &mut data).ok()?.len();
    data.truncate(opened);
    keys.sequence += 1;
    if !keys.tls13 {
        return Some((record[0], data));
    }
    // TLS 1.3: the content type is the last byte not zero (RFC 8446 §5.4).
    let end = data.iter().rposition(|&b| b != 0)?;
    let content = data[end];
    data.truncate(end);
    Some((content, data))
}

#[cfg(test)]
mod tests {
    use super::*;

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
