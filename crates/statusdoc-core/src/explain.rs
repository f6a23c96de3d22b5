//! The explanation of one code in one locale: the object behind
//! `statusdoc explain` and `GET /api/v1/<protocol>/codes/<code>`.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::{Catalog, Code, CodeFacts, Error, Reference, ReferenceView, Registry};

/// A fact with its id and its text in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Labelled {
    /// Stable, language-neutral id (`"retry-later"`).
    pub kind: String,
    /// What it means, localized.
    pub text: String,
}

/// A fact with the section that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable id.
    pub kind: String,
    /// Localized text.
    pub text: String,
    /// Where it is written.
    pub reference: ReferenceView,
}

/// A header field the response carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderView {
    /// Header name as on the wire.
    pub name: String,
    /// `must`, `should`, `may` or `carries`.
    pub level: String,
    /// The level in words.
    pub level_text: String,
    /// Where the rule is written.
    pub reference: ReferenceView,
}

/// An ISUP (Q.850) cause value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// Cause value.
    pub cause: u16,
    /// Its name.
    pub name: String,
}

/// The ISUP/Q.850 mapping of RFC 3398, both directions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Q850View {
    /// ISUP causes that a gateway turns into this code (RFC 3398 §7.2.4.1).
    pub from_isup: Vec<Cause>,
    /// The ISUP cause a gateway sends for this code (RFC 3398 §8.2.6.1).
    pub to_isup: Option<Cause>,
}

/// An earlier reason phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormerView {
    /// The phrase.
    pub reason: String,
    /// The document that used it.
    pub source: String,
}

/// Everything statusdoc says about one code, in one locale.
///
/// This is the JSON contract of `explain --format json` (see
/// `docs/json-contract.md`): field names and meanings are stable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// Protocol id, `"sip"`.
    pub protocol: String,
    /// Locale of the text.
    pub locale: String,
    /// The number.
    pub code: u16,
    /// Reason phrase as registered today; `None` when unregistered.
    pub reason: Option<String>,
    /// The reason phrase in plain words of the locale, when it differs from
    /// the registered phrase (`"cabeçalho Identity inválido"`).
    pub reason_gloss: Option<String>,
    /// `"4xx"`.
    pub class: String,
    /// The class's name.
    pub class_name: String,
    /// Whether IANA registers the code.
    pub registered: bool,
    /// Whether it is a final response.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// `current`, `deprecated`, `reserved`, or `unregistered`.
    pub status: String,
    /// What the status means here, with its source.
    pub status_note: Option<String>,
    /// Earlier reason phrases.
    pub former_reasons: Vec<FormerView>,
    /// One line.
    pub summary: String,
    /// A paragraph.
    pub description: String,
    /// Concrete causes.
    pub when_you_see_it: Vec<String>,
    /// Concrete steps.
    pub how_to_fix: Vec<String>,
    /// Common misconceptions.
    pub misconceptions: Vec<String>,
    /// What the client does next.
    pub next_step: Labelled,
    /// Who the answer is about.
    pub scope: Labelled,
    /// Who sends it.
    pub senders: Vec<Labelled>,
    /// Methods it typically answers (`*` for any).
    pub methods: Vec<String>,
    /// Header fields it carries.
    pub headers: Vec<HeaderView>,
    /// How an INVITE answered with it is acknowledged.
    pub ack: Option<Rule>,
    /// Effect on early dialogs (provisional responses).
    pub early_dialog: Option<Rule>,
    /// Effect on the dialog when it answers a request inside one.
    pub mid_dialog: Option<Rule>,
    /// How proxies treat it.
    pub proxy: Vec<Rule>,
    /// ISUP/Q.850 mapping, when RFC 3398 gives one.
    pub q850: Option<Q850View>,
    /// Every section cited.
    pub references: Vec<ReferenceView>,
    /// Codes it is commonly confused with.
    pub related: Vec<u16>,
    /// For unregistered codes: the nearest registered ones.
    pub nearest: Vec<u16>,
    /// For unregistered codes that an older specification defined.
    pub history: Option<String>,
}

/// Builds views from the catalog for one locale.
pub(crate) struct Writer<'a> {
    pub(crate) catalog: &'a Catalog,
    pub(crate) registry: &'a Registry,
    pub(crate) locale: &'a str,
}

impl<'a> Writer<'a> {
    pub(crate) fn text(&self, id: &str) -> Result<String, Error> {
        self.catalog.prose().format(self.locale, id, None)
    }

    pub(crate) fn text_with(&self, id: &str, args: &FluentArgs) -> Result<String, Error> {
        self.catalog.prose().format(self.locale, id, Some(args))
    }

    pub(crate) fn protocol_text(&self, suffix: &str) -> Result<String, Error> {
        self.text(&format!("{}-{suffix}", self.registry.id()))
    }

    pub(crate) fn labelled(&self, vocabulary: &str, kind: &str) -> Result<Labelled, Error> {
        Ok(Labelled { kind: kind.to_owned(), text: self.protocol_text(&format!("{vocabulary}-{kind}"))? })
    }

    pub(crate) fn reference(&self, reference: &Reference) -> ReferenceView {
        ReferenceView {
            rfc: reference.rfc,
            section: reference.section.clone().unwrap_or_default(),
            title: self.registry.rfc_title(reference.rfc).unwrap_or_default().to_owned(),
            url: reference.url(),
            citation: reference.to_string(),
        }
    }

    pub(crate) fn rule(&self, vocabulary: &str, kind: &str, reference: &Reference) -> Result<Rule, Error> {
        let labelled = self.labelled(vocabulary, kind)?;
        Ok(Rule { kind: labelled.kind, text: labelled.text, reference: self.reference(reference) })
    }

    fn fact_ref(&self, name: &str) -> Result<&'a Reference, Error> {
        self.registry
            .vocabulary()
            .fact_refs
            .get(name)
            .ok_or_else(|| Error::Data(format!("{}: no fact_refs.{name}", self.registry.id())))
    }

    pub(crate) fn class_name(&self, code: Code) -> Result<String, Error> {
        self.protocol_text(&format!("class-{}", code.class_label()))
    }

    fn cause(&self, cause: u16) -> Result<Cause, Error> {
        Ok(Cause { cause, name: self.text(&format!("q850-cause-{cause}"))? })
    }

    pub(crate) fn explain_registered(&self, facts: &CodeFacts) -> Result<Explanation, Error> {
        let registry = self.registry;
        let code = facts.code();
        let prefix = format!("{}-{}", registry.id(), code);
        let class =
            registry.class(code).ok_or_else(|| Error::Data(format!("{prefix}: no class {}", code.class_label())))?;
        let scope = registry.scope(facts).unwrap_or(&class.scope);
        let status_note = match &facts.status_ref {
            Some(reference) => {
                let mut args = FluentArgs::new();
                args.set("reference", reference.to_string());
                Some(self.text_with(&format!("status-{}", facts.status.id()), &args)?)
            }
            None => None,
        };
        let ack = if class.is_final && facts.methods.iter().any(|m| m == "INVITE" || m == "*") {
            Some(self.rule("ack", &class.ack, self.fact_ref(&format!("ack-{}", class.ack))?)?)
        } else {
            None
        };
        let early_dialog = match &facts.early_dialog {
            Some(kind) => Some(self.rule("early-dialog", kind, self.fact_ref("early-dialog")?)?),
            None => None,
        };
        let mid_dialog = match &facts.mid_dialog {
            Some(kind) => {
                let reference = registry
                    .vocabulary()
                    .mid_dialog
                    .get(kind)
                    .ok_or_else(|| Error::Data(format!("{prefix}: mid_dialog {kind:?}")))?;
                Some(self.rule("mid-dialog", kind, reference)?)
            }
            None => None,
        };
        let proxy = facts
            .proxy
            .iter()
            .map(|kind| {
                let reference = registry
                    .vocabulary()
                    .proxy
                    .get(kind)
                    .ok_or_else(|| Error::Data(format!("{prefix}: proxy {kind:?}")))?;
                self.rule("proxy", kind, reference)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let q850 = if facts.q850_from.is_empty() && facts.q850_to.is_none() {
            None
        } else {
            Some(Q850View {
                from_isup: facts.q850_from.iter().map(|&c| self.cause(c)).collect::<Result<_, _>>()?,
                to_isup: facts.q850_to.map(|c| self.cause(c)).transpose()?,
            })
        };
        let headers = facts
            .headers
            .iter()
            .map(|h| {
                Ok(HeaderView {
                    name: h.name.clone(),
                    level: h.level.clone(),
                    level_text: self.protocol_text(&format!("header-level-{}", h.level))?,
                    reference: self.reference(&h.reference),
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let prose = self.catalog.prose();
        Ok(Explanation {
            protocol: registry.id().to_owned(),
            locale: self.locale.to_owned(),
            code: facts.code,
            reason: Some(facts.reason.clone()),
            reason_gloss: self
                .catalog
                .prose()
                .format_optional(self.locale, &format!("{prefix}-gloss"), None)?
                .filter(|gloss| !gloss.eq_ignore_ascii_case(&facts.reason)),
            class: code.class_label(),
            class_name: self.class_name(code)?,
            registered: true,
            is_final: class.is_final,
            status: facts.status.id().to_owned(),
            status_note,
            former_reasons: facts
                .former
                .iter()
                .map(|f| FormerView { reason: f.reason.clone(), source: f.source.to_string() })
                .collect(),
            summary: self.text(&format!("{prefix}-summary"))?,
            description: self.text(&format!("{prefix}-description"))?,
            when_you_see_it: prose.format_list(self.locale, &format!("{prefix}-cause"))?,
            how_to_fix: prose.format_list(self.locale, &format!("{prefix}-fix"))?,
            misconceptions: prose.format_list(self.locale, &format!("{prefix}-myth"))?,
            next_step: Labelled { kind: facts.next.clone(), text: self.text(&format!("{prefix}-next"))? },
            scope: self.labelled("scope", scope)?,
            senders: facts.senders.iter().map(|s| self.labelled("sender", s)).collect::<Result<_, _>>()?,
            methods: facts.methods.clone(),
            headers,
            ack,
            early_dialog,
            mid_dialog,
            proxy,
            q850,
            references: facts.all_references().iter().map(|r| self.reference(r)).collect(),
            related: facts.related.clone(),
            nearest: Vec::new(),
            history: None,
        })
    }

    pub(crate) fn explain_unregistered(&self, code: Code) -> Result<Explanation, Error> {
        let registry = self.registry;
        let class = registry
            .class(code)
            .ok_or_else(|| Error::Data(format!("{}: no class {}", registry.id(), code.class_label())))?;
        let default = code.class_default();
        let unknown_ref = self.fact_ref("unknown-code")?;
        let base_args = || {
            let mut args = FluentArgs::new();
            args.set("code", code.get());
            args.set("class", code.class_label());
            args.set("default", default.get());
            args.set("reference", unknown_ref.to_string());
            args
        };
        let args = base_args();
        let history = match registry.history(code.get()) {
            Some(history) => {
                let mut args = base_args();
                args.set("reason", history.reason.clone());
                args.set("source", history.source.to_string());
                Some(self.text_with("unregistered-history", &args)?)
            }
            None => None,
        };
        let default_facts = registry.get(default.get());
        let next_step = match default_facts {
            Some(facts) => {
                Labelled { kind: facts.next.clone(), text: self.text(&format!("{}-{}-next", registry.id(), default))? }
            }
            None => self.labelled("next", if class.is_final { "stop-here" } else { "wait" })?,
        };
        let mut references = vec![self.reference(unknown_ref), self.reference(&class.reference)];
        if let Some(history) = registry.history(code.get()) {
            references.push(self.reference(&history.source));
        }
        Ok(Explanation {
            protocol: registry.id().to_owned(),
            locale: self.locale.to_owned(),
            code: code.get(),
            reason: None,
            reason_gloss: None,
            class: code.class_label(),
            class_name: self.class_name(code)?,
            registered: false,
            is_final: class.is_final,
            status: "unregistered".to_owned(),
            status_note: None,
            former_reasons: Vec::new(),
            summary: self.text_with("unregistered-summary", &args)?,
            description: format!(
                "{} {}",
                self.protocol_text(&format!("class-{}-meaning", code.class_label()))?,
                self.text_with("unregistered-description", &args)?
            ),
            when_you_see_it: vec![self.text_with("unregistered-cause", &args)?],
            how_to_fix: vec![self.text_with("unregistered-fix", &args)?],
            misconceptions: Vec::new(),
            next_step,
            scope: self.labelled("scope", &class.scope)?,
            senders: Vec::new(),
            methods: Vec::new(),
            headers: Vec::new(),
            ack: None,
            early_dialog: None,
            mid_dialog: None,
            proxy: Vec::new(),
            q850: None,
            references,
            related: Vec::new(),
            nearest: registry.nearest(code, 3),
            history,
        })
    }
}

/// Explains a code of a protocol in a locale: registered codes from their
/// facts and prose, other well-formed codes by their class (RFC 3261 §8.1.3.2).
///
/// ```
/// use statusdoc_core::{explain, Catalog};
/// let catalog = Catalog::embedded().unwrap();
/// let sip = catalog.registry("sip").unwrap();
/// let e = explain(catalog, sip, sip.parse("438").unwrap(), "en").unwrap();
/// assert_eq!(e.reason.as_deref(), Some("Invalid Identity Header"));
/// let e = explain(catalog, sip, sip.parse("499").unwrap(), "en").unwrap();
/// assert!(!e.registered);
/// ```
pub fn explain(catalog: &Catalog, registry: &Registry, code: Code, locale: &str) -> Result<Explanation, Error> {
    let writer = Writer { catalog, registry, locale };
    match registry.get(code.get()) {
        Some(facts) => writer.explain_registered(facts),
        None => writer.explain_unregistered(code),
    }
}
