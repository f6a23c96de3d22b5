use std::fmt;

use crate::Error;

/// A status code: a small `Copy` value wrapping the number.
///
/// It is not an enum of the registered codes: an unregistered but well-formed
/// code (SIP 499) is a `Code` too, and is explained by its class.
///
/// ```
/// use statusdoc_core::Code;
/// let code = Code::parse("486", 100, 699).unwrap();
/// assert_eq!(code.get(), 486);
/// assert_eq!(code.class_digit(), 4);
/// assert_eq!(code.class_label(), "4xx");
/// assert!(Code::parse("4o4", 100, 699).is_err());
/// assert!(Code::parse("700", 100, 699).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(u16);

impl Code {
    /// Wraps a number without checking it against a protocol's range.
    pub const fn new(number: u16) -> Code {
        Code(number)
    }

    /// Parses user input: ASCII digits only, no sign, no leading zero, and
    /// within `min..=max`. Surrounding white space is ignored.
    pub fn parse(input: &str, min: u16, max: u16) -> Result<Code, Error> {
        let malformed = || Error::MalformedCode { input: input.to_owned(), min, max };
        let digits = input.trim();
        if digits.is_empty()
            || digits.len() > 5
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || (digits.len() > 1 && digits.starts_with('0'))
        {
            return Err(malformed());
        }
        let number: u16 = digits.parse().map_err(|_| malformed())?;
        if number < min || number > max {
            return Err(malformed());
        }
        Ok(Code(number))
    }

    /// The number.
    pub const fn get(self) -> u16 {
        self.0
    }

    /// The class digit: 4 for 486.
    pub const fn class_digit(self) -> u8 {
        (self.0 / 100) as u8
    }

    /// The class as people write it: `"4xx"`.
    pub fn class_label(self) -> String {
        format!("{}xx", self.class_digit())
    }

    /// The code a client treats an unknown code of this class as (x00),
    /// RFC 3261 §8.1.3.2.
    pub const fn class_default(self) -> Code {
        Code(self.0 / 100 * 100)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_round_trips_or_is_rejected() {
        for n in 0..=1000u16 {
            let parsed = Code::parse(&n.to_string(), 100, 699);
            assert_eq!(parsed.is_ok(), (100..=699).contains(&n), "{n}");
            if let Ok(code) = parsed {
                assert_eq!(code.to_string(), n.to_string());
            }
        }
    }

    #[test]
    fn rejects_malformed_input() {
        for bad in ["", " ", "abc", "99", "700", "4o4", "+486", "-486", "0486", "48 6", "486x", "4.86"] {
            assert!(Code::parse(bad, 100, 699).is_err(), "{bad:?}");
        }
        assert_eq!(Code::parse(" 486\n", 100, 699).map(Code::get), Ok(486));
    }
}
