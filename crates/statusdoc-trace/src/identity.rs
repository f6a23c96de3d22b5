//! The Identity header field (RFC 8224 §4): a PASSporT (RFC 8225) — a
//! base64url JSON header, a base64url JSON payload and a signature, joined by
//! dots — with `;info=` and other parameters. Decoded here to show what a
//! verifier saw when it answered 428, 436, 437 or 438; the signature is not
//! checked (that needs the certificate behind `x5u`, fetched over the network).

use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use serde_json::Value;

/// Base64url, with or without padding (RFC 7515 §2 omits it; some signers add it).
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// What a PASSporT says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Passport {
    /// The compact form (RFC 8225 §7): header and claims left out, to be
    /// rebuilt from the SIP request by the verifier.
    pub compact: bool,
    /// Signing algorithm (`ES256`).
    pub alg: String,
    /// PASSporT extension (`shaken`), if any.
    pub ppt: String,
    /// Where the signing certificate is (`x5u`).
    pub x5u: String,
    /// SHAKEN attestation level (`A`, `B`, `C`; RFC 8588).
    pub attest: String,
    /// Originating telephone number or URI.
    pub orig: String,
    /// Destination telephone numbers or URIs.
    pub dest: Vec<String>,
    /// Issued at, seconds since the Unix epoch.
    pub iat: Option<i64>,
}

/// Why an Identity header could not be read; the id selects the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undecodable {
    /// Not three dot-separated parts.
    Parts,
    /// A part is not base64url.
    Base64,
    /// A part is not a JSON object.
    Json,
}

impl Undecodable {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Undecodable::Parts => "parts",
            Undecodable::Base64 => "base64",
            Undecodable::Json => "json",
        }
    }
}

/// At most this much of an Identity header is decoded.
const MAX_IDENTITY: usize = 8 * 1024;

/// Decodes the PASSporT of an Identity header field value.
pub fn decode(value: &str) -> Result<Passport, Undecodable> {
    let token = value.split(';').next().unwrap_or("").trim().trim_matches('"');
    if token.len() > MAX_IDENTITY {
        return Err(Undecodable::Parts);
    }
    let parts: Vec<&str> = token.split('.').collect();
    let [header, payload, signature] = parts.as_slice() else { return Err(Undecodable::Parts) };
    if signature.is_empty() {
        return Err(Undecodable::Parts);
    }
    if header.is_empty() && payload.is_empty() {
        let param = |name: &str| crate::sip::param(value, name).unwrap_or("").trim_matches('"').to_owned();
        return Ok(Passport {
            compact: true,
            alg: param("alg"),
            ppt: param("ppt"),
            x5u: param("info").trim_matches(['<', '>']).to_owned(),
            ..Passport::default()
        });
    }
    let json = |part: &str| -> Result<Value, Undecodable> {
        let bytes = BASE64URL.decode(part).map_err(|_| Undecodable::Base64)?;
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(v @ Value::Object(_)) => Ok(v),
            _ => Err(Undecodable::Json),
        }
    };
    let header = json(header)?;
    let payload = json(payload)?;
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    // `orig` and `dest` name a telephone number (`tn`) or a URI (`uri`);
    // `dest` holds arrays of them (RFC 8225 §5.2.1).
    let identities = |v: &Value| -> Vec<String> {
        ["tn", "uri"]
            .iter()
            .flat_map(|key| match &v[key] {
                Value::Array(items) => items.iter().map(text).collect(),
                Value::Null => Vec::new(),
                one => vec![text(one)],
            })
            .filter(|s| !s.is_empty())
            .collect()
    };
    Ok(Passport {
        compact: false,
        alg: text(&header["alg"]),
        ppt: text(&header["ppt"]),
        x5u: text(&header["x5u"]),
        attest: text(&payload["attest"]),
        orig: identities(&payload["orig"]).into_iter().next().unwrap_or_default(),
        dest: identities(&payload["dest"]),
        iat: payload["iat"].as_i64().or_else(|| payload["iat"].as_f64().map(|f| f as i64)),
    })
}

/// The digits of a telephone number as written in a URI's user part or a
/// `tn` claim, without visual separators or `+` (RFC 8224 §8.3); `None`
/// when it is not a number.
pub fn digits(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let only_number = number.chars().all(|c| c.is_ascii_digit() || "+-.() ".contains(c));
    (only_number && digits.len() >= 3).then_some(digits)
}

/// The user part of the first SIP or tel URI in a header field value.
pub fn uri_user(value: &str) -> Option<&str> {
    let lower = value.to_ascii_lowercase();
    if let Some(at) = lower.find("tel:") {
        let rest = &value[at + 4..];
        return Some(rest.split([';', '>', ' ', '?']).next().unwrap_or(rest));
    }
    let at = lower.find("sip:").or_else(|| lower.find("sips:"))?;
    let rest = &value[at..];
    let rest = &rest[rest.find(':')? + 1..];
    let user_end = rest.find('@')?;
    let user = &rest[..user_end];
    (!user.contains(['>', ' ', ','])).then(|| user.split(';').next().unwrap_or(user))
}

/// Whether two numbers are the same, allowing one to be written nationally
/// and the other internationally (the shorter, of at least 7 digits, ends
/// the longer).
pub fn same_number(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.len() >= 7 && long.ends_with(short))
}

/// Seconds since the Unix epoch of an RFC 1123 date as the Date header
/// writes it (`Sat, 13 Nov 2010 23:29:00 GMT`).
pub fn http_date(value: &str) -> Option<i64> {
    let words: Vec<&str> = value.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let [_, day, month, year, time, ..] = words.as_slice() else { return None };
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let month = MONTHS.iter().position(|m| month.eq_ignore_ascii_case(m))? as i64 + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [h, m, s] = hms.as_slice() else { return None };
    let days = crate::log::days_from_civil(year, month, day);
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

/// A Unix time as `2026-11-25 22:40:19 UTC`.
pub fn utc(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC", rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(json: &str) -> String {
        BASE64URL.encode(json)
    }

    #[test]
    fn a_full_passport_is_decoded() {
        let header = b64(r#"{"alg":"ES256","ppt":"shaken","typ":"passport","x5u":"https://cert.example.org/sp.pem"}"#);
        let payload = b64(
            r#"{"attest":"A","dest":{"tn":["12155550131"]},"iat":1443208345,"orig":{"tn":"12155550121"},"origid":"x"}"#,
        );
        let value =
            format!("{header}.{payload}.c2lnbmF0dXJl;info=<https://cert.example.org/sp.pem>;alg=ES256;ppt=shaken");
        let p = decode(&value).unwrap();
        assert!(!p.compact);
        assert_eq!((p.alg.as_str(), p.ppt.as_str(), p.attest.as_str()), ("ES256", "shaken", "A"));
        assert_eq!(p.orig, "12155550121");
        assert_eq!(p.dest, vec!["12155550131".to_owned()]);
        assert_eq!(p.iat, Some(1_443_208_345));
        assert_eq!(p.x5u, "https://cert.example.org/sp.pem");
    }

    #[test]
    fn compact_and_broken_forms_are_told_apart() {
        let compact = decode("..c2ln;info=<https://cert.example.org/a.cer>;alg=ES256;ppt=\"shaken\"").unwrap();
        assert!(compact.compact);
        assert_eq!(compact.ppt, "shaken");
        assert_eq!(compact.x5u, "https://cert.example.org/a.cer");
        assert_eq!(decode("abc;info=<x>"), Err(Undecodable::Parts));
        assert_eq!(decode("a.b.;info=<x>"), Err(Undecodable::Parts));
        assert_eq!(decode("@@@.e30.c2ln"), Err(Undecodable::Base64));
        assert_eq!(decode(&format!("{}.{}.c2ln", b64("[1]"), b64("{}"))), Err(Undecodable::Json));
    }

    #[test]
    fn numbers_users_and_dates() {
        assert_eq!(uri_user("\"Alice\" <sip:+1-215-555-0121@example.com;user=phone>;tag=1"), Some("+1-215-555-0121"));
        assert_eq!(uri_user("<tel:+12155550121;npdi>"), Some("+12155550121"));
        assert_eq!(uri_user("<sip:example.com>"), None);
        assert_eq!(digits("+1-215-555-0121").as_deref(), Some("12155550121"));
        assert_eq!(digits("alice"), None);
        assert!(same_number("12155550121", "2155550121"));
        assert!(!same_number("12155550121", "12155550199"));
        assert_eq!(http_date("Sat, 13 Nov 2010 23:29:00 GMT"), Some(1_289_690_940));
        assert_eq!(utc(1_289_690_940), "2010-11-13 23:29:00 UTC");
        assert_eq!(http_date("yesterday"), None);
    }
}
