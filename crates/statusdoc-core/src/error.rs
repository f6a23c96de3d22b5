use std::fmt;

/// Everything that can go wrong in `statusdoc-core`.
///
/// Errors caused by user input (`MalformedCode`, `UnknownProtocol`, …) carry
/// what the user typed; [`Error::message_id`] and [`Error::args`] name the
/// Fluent message that explains them in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is not a well-formed status code of the protocol.
    MalformedCode {
        /// What the user typed.
        input: String,
        /// Lowest well-formed code.
        min: u16,
        /// Highest well-formed code.
        max: u16,
    },
    /// No protocol of that name is in the registry.
    UnknownProtocol {
        /// What the user typed.
        input: String,
        /// The protocols that exist.
        known: String,
    },
    /// The code is registered in several protocols; the user must name one.
    AmbiguousProtocol {
        /// The code.
        code: u16,
        /// The candidate protocols.
        candidates: String,
    },
    /// No locale of that name is embedded.
    UnknownLocale {
        /// What the user asked for.
        input: String,
        /// The locales that exist.
        known: String,
    },
    /// A class filter such as `4xx` that does not name a class.
    MalformedClass {
        /// What the user typed.
        input: String,
    },
    /// A search with no words in it.
    EmptySearch,
    /// A comparison of a code with itself.
    SameCode {
        /// The code.
        code: u16,
    },
    /// The embedded data is inconsistent (a bug caught by the data tests).
    Data(String),
    /// A Fluent message is missing or failed to format (a bug caught by tests).
    Format(String),
}

impl Error {
    /// The Fluent message id that explains this error to a user.
    pub fn message_id(&self) -> &'static str {
        match self {
            Error::MalformedCode { .. } => "error-malformed-code",
            Error::UnknownProtocol { .. } => "error-unknown-protocol",
            Error::AmbiguousProtocol { .. } => "error-ambiguous-protocol",
            Error::UnknownLocale { .. } => "error-unknown-locale",
            Error::MalformedClass { .. } => "error-malformed-class",
            Error::EmptySearch => "error-empty-search",
            Error::SameCode { .. } => "error-same-code",
            Error::Data(_) => "error-internal-data",
            Error::Format(_) => "error-internal-format",
        }
    }

    /// The variables the Fluent message for this error takes.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::MalformedCode { input, min, max } => {
                vec![("input", input.clone()), ("min", min.to_string()), ("max", max.to_string())]
            }
            Error::UnknownProtocol { input, known } => {
                vec![("input", input.clone()), ("known", known.clone())]
            }
            Error::AmbiguousProtocol { code, candidates } => {
                vec![("code", code.to_string()), ("candidates", candidates.clone())]
            }
            Error::UnknownLocale { input, known } => {
                vec![("input", input.clone()), ("known", known.clone())]
            }
            Error::MalformedClass { input } => vec![("input", input.clone())],
            Error::EmptySearch => vec![],
            Error::SameCode { code } => vec![("code", code.to_string())],
            Error::Data(detail) | Error::Format(detail) => vec![("detail", detail.clone())],
        }
    }

    /// Whether the error comes from what the user asked (as opposed to a bug).
    pub fn is_user_error(&self) -> bool {
        !matches!(self, Error::Data(_) | Error::Format(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Developer-facing; users see the localized message instead.
        write!(f, "{}", self.message_id())?;
        for (name, value) in self.args() {
            write!(f, " {name}={value:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
