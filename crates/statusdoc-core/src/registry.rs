//! One protocol's registry of codes, read from `data/protocols/<id>/*.toml`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::{Code, Error, Reference};

/// Whether a code is in use today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In use.
    #[default]
    Current,
    /// Registered, but a later RFC says not to send it.
    Deprecated,
    /// Registered as reserved for future use; not to be sent.
    Reserved,
}

impl Status {
    /// The id used in data and in the JSON contract.
    pub fn id(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Deprecated => "deprecated",
            Status::Reserved => "reserved",
        }
    }
}

/// A reason phrase a code used to carry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerReason {
    /// The old phrase.
    pub reason: String,
    /// The document that used it.
    pub source: Reference,
}

/// A header field a response carries, with the strength of the rule.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderRule {
    /// Header field name as on the wire.
    pub name: String,
    /// `must`, `should`, `may` or `carries` (present in practice, no keyword).
    pub level: String,
    /// Where the rule is written.
    #[serde(rename = "ref")]
    pub reference: Reference,
}

/// The language-neutral facts about one registered code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeFacts {
    /// The number.
    pub code: u16,
    /// The reason phrase as registered today.
    pub reason: String,
    /// Earlier reason phrases.
    #[serde(default)]
    pub former: Vec<FormerReason>,
    /// Current, deprecated or reserved.
    #[serde(default)]
    pub status: Status,
    /// The section that deprecates or reserves it.
    pub status_ref: Option<Reference>,
    /// The section that defines it.
    pub defined: Reference,
    /// Other sections that govern its use.
    #[serde(default)]
    pub refs: Vec<Reference>,
    /// Who sends it (vocabulary `senders`).
    pub senders: Vec<String>,
    /// Methods it typically answers; `*` for any.
    pub methods: Vec<String>,
    /// Header fields it carries.
    #[serde(default)]
    pub headers: Vec<HeaderRule>,
    /// What the client does next (vocabulary `next`).
    pub next: String,
    /// Who the answer is about, when not the class default.
    pub scope: Option<String>,
    /// Effect of a provisional response on early dialogs.
    pub early_dialog: Option<String>,
    /// Effect of the response on a dialog when it answers a mid-dialog request.
    pub mid_dialog: Option<String>,
    /// How proxies treat it.
    #[serde(default)]
    pub proxy: Vec<String>,
    /// ISUP causes that map to this code (RFC 3398 §7.2.4.1).
    #[serde(default)]
    pub q850_from: Vec<u16>,
    /// ISUP cause this code maps to (RFC 3398 §8.2.6.1).
    pub q850_to: Option<u16>,
    /// Codes it is commonly confused with.
    pub related: Vec<u16>,
}

impl CodeFacts {
    /// The code as a value.
    pub fn code(&self) -> Code {
        Code::new(self.code)
    }

    /// Every reference: the definition first, then the others, then the
    /// ones for header rules and status, without duplicates.
    pub fn all_references(&self) -> Vec<Reference> {
        let mut seen = BTreeSet::new();
        let mut all = Vec::new();
        let candidates = std::iter::once(&self.defined)
            .chain(self.status_ref.iter())
            .chain(self.refs.iter())
            .chain(self.headers.iter().map(|h| &h.reference))
            .chain(self.former.iter().map(|f| &f.source));
        for reference in candidates {
            if seen.insert(reference.clone()) {
                all.push(reference.clone());
            }
        }
        all
    }
}

/// Facts shared by every code of a class.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassFacts {
    /// 1 for 1xx.
    pub digit: u8,
    /// Whether responses of this class end the transaction.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Default scope (vocabulary `scopes`).
    pub scope: String,
    /// How a final INVITE response of this class is acknowledged.
    pub ack: String,
    /// Where the class is defined.
    #[serde(rename = "ref")]
    pub reference: Reference,
}

/// A code that existed in an earlier specification and was dropped.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// The reason phrase it had.
    pub reason: String,
    /// The document that had it.
    pub source: Reference,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProtocolFile {
    id: String,
    min_code: u16,
    max_code: u16,
    source: String,
    class: Vec<ClassFacts>,
    fact_refs: BTreeMap<String, Reference>,
    senders: Vec<String>,
    next: Vec<String>,
    scopes: Vec<String>,
    header_levels: Vec<String>,
    early_dialog: Vec<String>,
    mid_dialog: BTreeMap<String, Reference>,
    proxy: BTreeMap<String, Reference>,
    rfc: BTreeMap<String, String>,
    #[serde(default)]
    history: BTreeMap<String, History>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodesFile {
    code: Vec<CodeFacts>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PairsFile {
    pairs: Vec<[u16; 2]>,
    #[serde(default)]
    not_alternatives: Vec<[u16; 2]>,
}

/// The vocabulary a protocol's facts may use; each value has a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    /// Who sends responses.
    pub senders: Vec<String>,
    /// What a client does next.
    pub next: Vec<String>,
    /// Who an answer is about.
    pub scopes: Vec<String>,
    /// Strengths of header rules.
    pub header_levels: Vec<String>,
    /// Effects on early dialogs.
    pub early_dialog: Vec<String>,
    /// Effects on dialogs, with the section that says so.
    pub mid_dialog: BTreeMap<String, Reference>,
    /// Proxy handling, with the section that says so.
    pub proxy: BTreeMap<String, Reference>,
    /// Other facts' references (`unknown-code`, `ack-*`, `early-dialog`).
    pub fact_refs: BTreeMap<String, Reference>,
}

/// One protocol's registry: every registered code with its facts.
///
/// ```
/// let catalog = statusdoc_core::Catalog::embedded().unwrap();
/// let sip = catalog.registry("sip").unwrap();
/// let busy = sip.get(486).unwrap();
/// assert_eq!(busy.reason, "Busy Here");
/// assert!(sip.is_final(busy.code()));
/// assert_eq!(sip.iter().count(), 75);
/// assert_eq!(sip.by_class(6).count(), 6);
/// ```
#[derive(Debug, Clone)]
pub struct Registry {
    id: String,
    min_code: u16,
    max_code: u16,
    source: String,
    classes: Vec<ClassFacts>,
    codes: BTreeMap<u16, CodeFacts>,
    vocabulary: Vocabulary,
    rfc_titles: BTreeMap<u32, String>,
    history: BTreeMap<u16, History>,
    curated_pairs: Vec<(u16, u16)>,
    not_alternatives: Vec<(u16, u16)>,
}

impl Registry {
    /// Builds a registry from the text of its `protocol.toml`, `codes.toml`
    /// and, when the protocol has curated comparisons, `pairs.toml`.
    pub fn from_toml(protocol: &str, codes: &str, pairs: Option<&str>) -> Result<Registry, Error> {
        let pairs: PairsFile = match pairs {
            Some(text) => toml::from_str(text).map_err(|e| Error::Data(format!("pairs.toml: {e}")))?,
            None => PairsFile::default(),
        };
        let protocol: ProtocolFile =
            toml::from_str(protocol).map_err(|e| Error::Data(format!("protocol.toml: {e}")))?;
        let codes: CodesFile = toml::from_str(codes).map_err(|e| Error::Data(format!("codes.toml: {e}")))?;
        let mut map = BTreeMap::new();
        for facts in codes.code {
            let number = facts.code;
            if map.insert(number, facts).is_some() {
                return Err(Error::Data(format!("{}: code {number} listed twice", protocol.id)));
            }
        }
        let mut rfc_titles = BTreeMap::new();
        for (number, title) in protocol.rfc {
            let number: u32 =
                number.parse().map_err(|_| Error::Data(format!("{}: RFC number {number:?}", protocol.id)))?;
            rfc_titles.insert(number, title);
        }
        let mut history = BTreeMap::new();
        for (number, entry) in protocol.history {
            let number: u16 =
                number.parse().map_err(|_| Error::Data(format!("{}: history code {number:?}", protocol.id)))?;
            history.insert(number, entry);
        }
        Ok(Registry {
            id: protocol.id,
            min_code: protocol.min_code,
            max_code: protocol.max_code,
            source: protocol.source,
            classes: protocol.class,
            codes: map,
            vocabulary: Vocabulary {
                senders: protocol.senders,
                next: protocol.next,
                scopes: protocol.scopes,
                header_levels: protocol.header_levels,
                early_dialog: protocol.early_dialog,
                mid_dialog: protocol.mid_dialog,
                proxy: protocol.proxy,
                fact_refs: protocol.fact_refs,
            },
            rfc_titles,
            history,
            curated_pairs: pairs.pairs.iter().map(|[a, b]| (*a, *b)).collect(),
            not_alternatives: pairs.not_alternatives.iter().map(|[a, b]| (*a, *b)).collect(),
        })
    }

    /// Whether the data says two codes never compete although their facts
    /// would allow it (lower code first).
    pub fn never_compete(&self, lower: u16, higher: u16) -> bool {
        self.not_alternatives.contains(&(lower, higher))
    }

    /// The pairs of codes that have a hand-written comparison note, as listed.
    pub fn curated_pairs(&self) -> &[(u16, u16)] {
        &self.curated_pairs
    }

    /// The protocol id, e.g. `"sip"`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The registry the data mirrors.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The facts of a registered code.
    pub fn get(&self, code: u16) -> Option<&CodeFacts> {
        self.codes.get(&code)
    }

    /// Parses user input as a well-formed code of this protocol.
    pub fn parse(&self, input: &str) -> Result<Code, Error> {
        Code::parse(input, self.min_code, self.max_code)
    }

    /// The lowest and highest well-formed codes.
    pub fn bounds(&self) -> (u16, u16) {
        (self.min_code, self.max_code)
    }

    /// Every registered code, in order.
    pub fn iter(&self) -> impl Iterator<Item = &CodeFacts> {
        self.codes.values()
    }

    /// The registered codes of one class (4 for 4xx), in order.
    pub fn by_class(&self, digit: u8) -> impl Iterator<Item = &CodeFacts> {
        self.codes.values().filter(move |f| f.code().class_digit() == digit)
    }

    /// The classes, in order.
    pub fn classes(&self) -> &[ClassFacts] {
        &self.classes
    }

    /// The facts of the class a code belongs to, if the protocol has it.
    pub fn class(&self, code: Code) -> Option<&ClassFacts> {
        self.classes.iter().find(|c| c.digit == code.class_digit())
    }

    /// Whether a code is a final response (false for unknown classes).
    pub fn is_final(&self, code: Code) -> bool {
        self.class(code).is_some_and(|c| c.is_final)
    }

    /// The vocabulary the facts use.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The title of an RFC the data cites.
    pub fn rfc_title(&self, rfc: u32) -> Option<&str> {
        self.rfc_titles.get(&rfc).map(String::as_str)
    }

    /// The RFCs the data cites, with their titles.
    pub fn rfc_titles(&self) -> &BTreeMap<u32, String> {
        &self.rfc_titles
    }

    /// What an earlier specification called an unregistered code.
    pub fn history(&self, code: u16) -> Option<&History> {
        self.history.get(&code)
    }

    /// All dropped codes with history.
    pub fn histories(&self) -> impl Iterator<Item = (u16, &History)> {
        self.history.iter().map(|(code, history)| (*code, history))
    }

    /// The registered codes nearest to `code` in its class, closest first,
    /// then the class's x00 code if it is registered.
    pub fn nearest(&self, code: Code, count: usize) -> Vec<u16> {
        let mut same_class: Vec<u16> =
            self.by_class(code.class_digit()).map(|f| f.code).filter(|&n| n != code.get()).collect();
        same_class.sort_by_key(|&n| (n.abs_diff(code.get()), n));
        let mut nearest: Vec<u16> = same_class.into_iter().take(count).collect();
        let default = code.class_default().get();
        if default != code.get() && !nearest.contains(&default) && self.get(default).is_some() {
            nearest.push(default);
        }
        nearest
    }

    /// The scope of a code: its own if set, else its class's.
    pub fn scope<'a>(&'a self, facts: &'a CodeFacts) -> Option<&'a str> {
        facts.scope.as_deref().or_else(|| self.class(facts.code()).map(|c| c.scope.as_str()))
    }
}
