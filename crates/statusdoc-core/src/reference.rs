use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize};

use crate::Error;

/// A citation: an RFC and, usually, one of its sections.
///
/// Written in the data files exactly as users read it, `RFC 3261 §21.4.24`,
/// or `RFC 5079` for a whole document.
///
/// ```
/// use statusdoc_core::Reference;
/// let r: Reference = "RFC 3261 §21.4.24".parse().unwrap();
/// assert_eq!(r.rfc, 3261);
/// assert_eq!(r.section.as_deref(), Some("21.4.24"));
/// assert_eq!(r.to_string(), "RFC 3261 §21.4.24");
/// assert_eq!(r.url(), "https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    /// The RFC number.
    pub rfc: u32,
    /// The section number (`"21.4.24"`), or `None` for the whole document.
    pub section: Option<String>,
}

impl Reference {
    /// The address of the cited text.
    pub fn url(&self) -> String {
        match &self.section {
            Some(section) => format!("https://www.rfc-editor.org/rfc/rfc{}#section-{section}", self.rfc),
            None => format!("https://www.rfc-editor.org/rfc/rfc{}", self.rfc),
        }
    }

    /// Every citation written in `text` in the `RFC n §s` form.
    pub fn find_all(text: &str) -> Vec<Reference> {
        let mut found = Vec::new();
        let mut rest = text;
        while let Some(at) = rest.find("RFC ") {
            let after = &rest[at + 4..];
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let mut candidate = format!("RFC {digits}");
            let tail = &after[digits.len()..];
            if let Some(section) = tail.strip_prefix(" §") {
                let section: String = section.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
                let section = section.trim_end_matches('.');
                if !section.is_empty() {
                    candidate = format!("{candidate} §{section}");
                }
            }
            if let Ok(reference) = candidate.parse() {
                found.push(reference);
            }
            rest = after;
        }
        found
    }
}

impl FromStr for Reference {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let bad = || Error::Data(format!("malformed RFC reference {text:?}"));
        let rest = text.strip_prefix("RFC ").ok_or_else(bad)?;
        let (number, section) = match rest.split_once(" §") {
            Some((number, section)) => (number, Some(section)),
            None => (rest, None),
        };
        let rfc: u32 = number.parse().map_err(|_| bad())?;
        if rfc == 0 || number.starts_with('0') {
            return Err(bad());
        }
        let section = match section {
            Some(section) => {
                let well_formed = !section.is_empty()
                    && section.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
                if !well_formed {
                    return Err(bad());
                }
                Some(section.to_owned())
            }
            None => None,
        };
        Ok(Reference { rfc, section })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.section {
            Some(section) => write!(f, "RFC {} §{section}", self.rfc),
            None => write!(f, "RFC {}", self.rfc),
        }
    }
}

impl<'de> Deserialize<'de> for Reference {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A reference as the JSON contract shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReferenceView {
    /// RFC number.
    pub rfc: u32,
    /// Section number; empty when the whole RFC is cited.
    pub section: String,
    /// The RFC's title.
    pub title: String,
    /// Where to read it.
    pub url: String,
    /// `RFC 3261 §21.4.24`, as shown to users.
    pub citation: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert!("RFC 3261".parse::<Reference>().is_ok());
        for bad in ["RFC", "rfc 3261", "RFC 3261 §", "RFC 3261 §2..1", "RFC x §1", "RFC 0", "RFC 3261 §1a"] {
            assert!(bad.parse::<Reference>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn finds_citations_in_prose() {
        let found = Reference::find_all("See RFC 3261 §21.4.24. Also (RFC 5079) and RFC 8224 §6.2.2, done.");
        let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["RFC 3261 §21.4.24", "RFC 5079", "RFC 8224 §6.2.2"]);
    }
}
