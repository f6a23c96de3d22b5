use std::sync::OnceLock;

use crate::{Code, Error, Prose, Registry};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Every embedded data file as `(path under data/, contents)`.
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

/// Everything statusdoc knows: each protocol's registry and all localized text.
///
/// The data is embedded in the binary at build time; [`Catalog::embedded`]
/// parses it once per process.
#[derive(Debug)]
pub struct Catalog {
    registries: Vec<Registry>,
    prose: Prose,
}

impl Catalog {
    /// The catalog built from the embedded data files, parsed on first use.
    pub fn embedded() -> Result<&'static Catalog, Error> {
        static CATALOG: OnceLock<Result<Catalog, Error>> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::from_files(embedded::FILES.iter().copied())).as_ref().map_err(Clone::clone)
    }

    /// Builds a catalog from `(path under data/, contents)` pairs:
    /// `protocols/<id>/protocol.toml`, `protocols/<id>/codes.toml` and
    /// `locales/<locale>/<name>.ftl`.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Catalog, Error> {
        let files: Vec<(&str, &str)> = files.into_iter().collect();
        let mut registries = Vec::new();
        for (path, text) in &files {
            let Some(protocol) = path.strip_prefix("protocols/").and_then(|p| p.strip_suffix("/protocol.toml")) else {
                continue;
            };
            let codes_path = format!("protocols/{protocol}/codes.toml");
            let codes = files
                .iter()
                .find(|(p, _)| *p == codes_path)
                .map(|(_, t)| *t)
                .ok_or_else(|| Error::Data(format!("{codes_path} is missing")))?;
            let pairs_path = format!("protocols/{protocol}/pairs.toml");
            let pairs = files.iter().find(|(p, _)| *p == pairs_path).map(|(_, t)| *t);
            let registry = Registry::from_toml(text, codes, pairs)?;
            if registry.id() != protocol {
                return Err(Error::Data(format!("{path} declares id {:?}", registry.id())));
            }
            registries.push(registry);
        }
        let prose_files = files.iter().filter_map(|(path, text)| {
            let rest = path.strip_prefix("locales/")?;
            let (locale, name) = rest.split_once('/')?;
            name.ends_with(".ftl").then_some((locale, name, *text))
        });
        let prose = Prose::from_files(prose_files)?;
        if registries.is_empty() {
            return Err(Error::Data("no protocol in the data".into()));
        }
        Ok(Catalog { registries, prose })
    }

    /// Every protocol's registry.
    pub fn registries(&self) -> &[Registry] {
        &self.registries
    }

    /// The registry of a protocol, by id (case-insensitive).
    pub fn registry(&self, id: &str) -> Result<&Registry, Error> {
        self.registries
            .iter()
            .find(|r| r.id().eq_ignore_ascii_case(id))
            .ok_or_else(|| Error::UnknownProtocol { input: id.to_owned(), known: self.protocol_list() })
    }

    /// The protocol a version token as a start line writes it names:
    /// `SIP/2.0` names SIP. `None` when the token is no `NAME/DIGITS.DIGITS`;
    /// an error when it is one but no protocol of that name is known
    /// (`HTTP/1.1` while only SIP is registered).
    pub fn version_protocol(&self, token: &str) -> Option<Result<&Registry, Error>> {
        let (name, version) = token.split_once('/')?;
        let (major, minor) = version.split_once('.')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let named = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphabetic());
        (named && digits(major) && digits(minor)).then(|| self.registry(name))
    }

    /// Reads a code as people type or paste it: `438`, `sip 438`, or a
    /// status line from a trace, `SIP/2.0 438 Invalid Identity Header`
    /// (`438 Invalid Identity Header` too). The reason phrase is not
    /// looked at: only the code carries meaning (RFC 3261 §7.2), and
    /// vendors word their phrases freely. `within` is the protocol to read
    /// the code in when the text names none (else it is inferred).
    ///
    /// ```
    /// use statusdoc_core::Catalog;
    /// let catalog = Catalog::embedded().unwrap();
    /// for pasted in ["438", "sip 438", "SIP/2.0 438 Invalid Identity Header\r\n", "438 Bad Identity"] {
    ///     let (registry, code) = catalog.read_code(pasted, None).unwrap();
    ///     assert_eq!((registry.id(), code.get()), ("sip", 438));
    /// }
    /// for not_one_code in ["486 600", "HTTP/1.1 404 Not Found", "SIP/2.0 486 Busy\r\nCSeq: 1 INVITE"] {
    ///     assert!(catalog.read_code(not_one_code, None).is_err());
    /// }
    /// ```
    pub fn read_code<'r>(&'r self, text: &str, within: Option<&'r Registry>) -> Result<(&'r Registry, Code), Error> {
        let tokens: Vec<&str> = text.split_whitespace().collect();
        let (named, rest) = match tokens.split_first() {
            Some((first, rest)) => match self.version_protocol(first) {
                Some(registry) => (Some(registry?), rest),
                // `sip 438`: a first word that is no number names the protocol.
                None if !rest.is_empty() && !first.starts_with(|c: char| c.is_ascii_digit()) => {
                    (Some(self.registry(first)?), rest)
                }
                None => (None, tokens.as_slice()),
            },
            None => (None, tokens.as_slice()),
        };
        // A status line is one line (text of several is a message), and
        // after its code a reason phrase begins with a letter: anything else
        // (`486 600`, `48 6`) is no single code.
        let code_text = match rest {
            _ if text.trim().contains('\n') => text.trim(),
            [code] => *code,
            [code, reason, ..] if reason.starts_with(char::is_alphabetic) => *code,
            _ => text.trim(),
        };
        let registry = match named.or(within) {
            Some(registry) => registry,
            None => self.infer(code_text)?,
        };
        Ok((registry, registry.parse(code_text)?))
    }

    /// Finds the protocol a bare code belongs to: the one that registers
    /// it, else the one whose range it fits. Several candidates is an error
    /// that asks the user to name the protocol.
    pub fn infer(&self, input: &str) -> Result<&Registry, Error> {
        let parsed: Vec<&Registry> = self.registries.iter().filter(|r| r.parse(input).is_ok()).collect();
        let registered: Vec<&Registry> =
            parsed.iter().copied().filter(|r| r.parse(input).is_ok_and(|code| r.get(code.get()).is_some())).collect();
        let candidates = if registered.is_empty() { parsed } else { registered };
        match candidates.as_slice() {
            [only] => Ok(only),
            [] => {
                // Report the bounds of the first protocol: with one protocol
                // this is exact, with several the message lists them anyway.
                let (min, max) = self.registries.first().map(Registry::bounds).unwrap_or((0, 0));
                Err(Error::MalformedCode { input: input.to_owned(), min, max })
            }
            many => Err(Error::AmbiguousProtocol {
                code: input.trim().parse().unwrap_or_default(),
                candidates: many.iter().map(|r| r.id()).collect::<Vec<_>>().join(", "),
            }),
        }
    }

    /// The localized text.
    pub fn prose(&self) -> &Prose {
        &self.prose
    }

    /// Resolves a user's locale tag to an embedded locale.
    pub fn locale(&self, tag: &str) -> Result<&str, Error> {
        self.prose.resolve_locale(tag).ok_or_else(|| Error::UnknownLocale {
            input: tag.to_owned(),
            known: self.prose.locale_ids().collect::<Vec<_>>().join(", "),
        })
    }

    fn protocol_list(&self) -> String {
        self.registries.iter().map(Registry::id).collect::<Vec<_>>().join(", ")
    }
}
