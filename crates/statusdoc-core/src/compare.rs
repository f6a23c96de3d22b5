//! The comparison engine: what really separates two codes, derived from the
//! facts of the registry, plus hand-written notes for commonly confused pairs.
//!
//! Written here rather than taken from a crate because it is the product:
//! each aspect compares one kind of fact and, where the two codes differ,
//! formats a Fluent message with both values, citing the sections behind them.

use std::collections::BTreeSet;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::explain::{Explanation, Writer};
use crate::{Catalog, Code, CodeFacts, Error, Reference, ReferenceView, Registry};

/// One aspect in which two codes differ (or agree).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// Stable id of the aspect: `class`, `scope`, `next-step`, `senders`,
    /// `methods`, `headers`, `ack`, `early-dialog`, `mid-dialog`, `proxy`,
    /// `status`, `q850`, `definition`, `typical-cause`, `fix`.
    pub aspect: String,
    /// The aspect's name in the locale.
    pub aspect_name: String,
    /// The sentence.
    pub text: String,
    /// Sections it rests on.
    pub references: Vec<ReferenceView>,
}

/// Everything statusdoc says about the difference between two codes.
///
/// `a` is always the lower code: `compare(B, A)` equals `compare(A, B)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// Protocol id.
    pub protocol: String,
    /// Locale of the text.
    pub locale: String,
    /// The lower code, explained.
    pub a: Explanation,
    /// The higher code, explained.
    pub b: Explanation,
    /// The real distinction, in one to three sentences.
    pub summary: String,
    /// Whether the summary and `which_applies` were written by hand for this pair.
    pub curated: bool,
    /// Aspects in which the codes differ, most important first.
    pub differences: Vec<Difference>,
    /// Aspects in which they agree.
    pub in_common: Vec<Difference>,
    /// Whether the two codes are alternatives for the same situation.
    pub alternatives: bool,
    /// When each one is right, or where each appears if they are not alternatives.
    pub which_applies: Option<String>,
    /// Other comparisons worth reading, as codes (related to either side).
    pub also_compare: Vec<u16>,
}

/// The family a code belongs to for deciding whether two codes compete.
fn family(code: Code) -> u8 {
    match code.class_digit() {
        4..=6 => 4,
        other => other,
    }
}

fn methods_overlap(a: &CodeFacts, b: &CodeFacts) -> bool {
    a.methods.iter().any(|m| m == "*" || b.methods.contains(m)) || b.methods.iter().any(|m| m == "*")
}

struct Pair<'a> {
    writer: Writer<'a>,
    a: &'a CodeFacts,
    b: &'a CodeFacts,
    differences: Vec<Difference>,
    in_common: Vec<Difference>,
}

impl<'a> Pair<'a> {
    fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("a", self.a.code);
        args.set("b", self.b.code);
        args.set("a-reason", self.a.reason.clone());
        args.set("b-reason", self.b.reason.clone());
        args
    }

    fn push(&mut self, differs: bool, aspect: &str, args: &FluentArgs, refs: Vec<Reference>) -> Result<(), Error> {
        let id = if differs { format!("compare-diff-{aspect}") } else { format!("compare-common-{aspect}") };
        let text = self.writer.text_with(&id, args)?;
        let mut seen = BTreeSet::new();
        let references = refs.iter().filter(|r| seen.insert((*r).clone())).map(|r| self.writer.reference(r)).collect();
        let entry = Difference {
            aspect: aspect.to_owned(),
            aspect_name: self.writer.text(&format!("aspect-{aspect}"))?,
            text,
            references,
        };
        if differs {
            self.differences.push(entry);
        } else {
            self.in_common.push(entry);
        }
        Ok(())
    }

    fn p(&self, suffix: &str) -> Result<String, Error> {
        self.writer.protocol_text(suffix)
    }

    fn class_ref(&self, facts: &CodeFacts) -> Vec<Reference> {
        self.writer.registry.class(facts.code()).map(|c| vec![c.reference.clone()]).unwrap_or_default()
    }

    fn labels(&self, vocabulary: &str, values: &[String]) -> Result<String, Error> {
        let texts = values.iter().map(|v| self.p(&format!("{vocabulary}-{v}"))).collect::<Result<Vec<_>, _>>()?;
        self.join(&texts, "list-or")
    }

    fn join(&self, items: &[String], joiner: &str) -> Result<String, Error> {
        match items {
            [] => Ok(String::new()),
            [one] => Ok(one.clone()),
            [init @ .., last] => {
                let mut args = FluentArgs::new();
                args.set("init", init.join(", "));
                args.set("last", last.clone());
                self.writer.text_with(joiner, &args)
            }
        }
    }

    fn methods(&self, facts: &CodeFacts) -> Result<String, Error> {
        if facts.methods.iter().any(|m| m == "*") {
            self.writer.text("compare-any-method")
        } else {
            self.join(&facts.methods, "list-or")
        }
    }

    fn headers(&self, facts: &CodeFacts) -> Result<String, Error> {
        if facts.headers.is_empty() {
            return self.writer.text("compare-no-header");
        }
        let parts = facts
            .headers
            .iter()
            .map(|h| {
                let mut args = FluentArgs::new();
                args.set("name", h.name.clone());
                args.set("level", self.p(&format!("header-level-{}", h.level))?);
                self.writer.text_with("compare-header", &args)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        self.join(&parts, "list-and")
    }

    fn first_item(&self, facts: &CodeFacts, list: &str) -> Result<String, Error> {
        self.writer.text(&format!("{}-{}-{list}-1", self.writer.registry.id(), facts.code))
    }

    fn aspects(&mut self) -> Result<(), Error> {
        let (a, b) = (self.a, self.b);
        let registry = self.writer.registry;
        let (ca, cb) = (a.code(), b.code());

        // Class and finality.
        let mut args = self.args();
        args.set("a-class", ca.class_label());
        args.set("b-class", cb.class_label());
        args.set("a-class-name", self.writer.class_name(ca)?);
        args.set("b-class-name", self.writer.class_name(cb)?);
        args.set("a-final", if registry.is_final(ca) { "yes" } else { "no" });
        args.set("b-final", if registry.is_final(cb) { "yes" } else { "no" });
        let mut refs = self.class_ref(a);
        refs.extend(self.class_ref(b));
        self.push(ca.class_digit() != cb.class_digit(), "class", &args, refs)?;

        // Scope.
        let (sa, sb) = (registry.scope(a).unwrap_or_default(), registry.scope(b).unwrap_or_default());
        let mut args = self.args();
        args.set("a-scope", self.p(&format!("scope-{sa}"))?);
        args.set("b-scope", self.p(&format!("scope-{sb}"))?);
        let mut refs = self.class_ref(a);
        refs.extend(self.class_ref(b));
        self.push(sa != sb, "scope", &args, refs)?;

        // What the client does next: the kind, and the specific step.
        let mut args = self.args();
        args.set("a-next", self.writer.text(&format!("{}-{}-next", registry.id(), a.code))?);
        args.set("b-next", self.writer.text(&format!("{}-{}-next", registry.id(), b.code))?);
        args.set("same-kind", if a.next == b.next { "yes" } else { "no" });
        args.set("kind", self.p(&format!("next-{}", a.next))?);
        self.push(true, "next-step", &args, vec![a.defined.clone(), b.defined.clone()])?;

        // Who sends it.
        let mut args = self.args();
        args.set("a-senders", self.labels("sender", &a.senders)?);
        args.set("b-senders", self.labels("sender", &b.senders)?);
        let same: BTreeSet<&String> = a.senders.iter().collect();
        let differs = same != b.senders.iter().collect();
        self.push(differs, "senders", &args, vec![a.defined.clone(), b.defined.clone()])?;

        // Methods.
        let mut args = self.args();
        args.set("a-methods", self.methods(a)?);
        args.set("b-methods", self.methods(b)?);
        let differs = a.methods.iter().collect::<BTreeSet<_>>() != b.methods.iter().collect::<BTreeSet<_>>();
        self.push(differs, "methods", &args, vec![a.defined.clone(), b.defined.clone()])?;

        // Header fields.
        if !(a.headers.is_empty() && b.headers.is_empty()) {
            let mut args = self.args();
            args.set("a-headers", self.headers(a)?);
            args.set("b-headers", self.headers(b)?);
            let key =
                |f: &CodeFacts| f.headers.iter().map(|h| (h.name.clone(), h.level.clone())).collect::<BTreeSet<_>>();
            let refs = a.headers.iter().chain(&b.headers).map(|h| h.reference.clone()).collect();
            self.push(key(a) != key(b), "headers", &args, refs)?;
        }

        // Acknowledgement of an INVITE answered with it (finals only).
        let (class_a, class_b) = (registry.class(ca), registry.class(cb));
        if let (Some(class_a), Some(class_b)) = (class_a, class_b) {
            let answers_invite = |f: &CodeFacts| f.methods.iter().any(|m| m == "INVITE" || m == "*");
            if class_a.is_final
                && class_b.is_final
                && class_a.ack != class_b.ack
                && answers_invite(a)
                && answers_invite(b)
            {
                let mut args = self.args();
                args.set("a-ack", self.p(&format!("ack-{}", class_a.ack))?);
                args.set("b-ack", self.p(&format!("ack-{}", class_b.ack))?);
                let refs = [&class_a.ack, &class_b.ack]
                    .iter()
                    .filter_map(|k| registry.vocabulary().fact_refs.get(&format!("ack-{k}")).cloned())
                    .collect();
                self.push(true, "ack", &args, refs)?;
            }
        }

        // Early dialogs (provisional responses).
        if let (Some(ea), Some(eb)) = (&a.early_dialog, &b.early_dialog) {
            let mut args = self.args();
            args.set("a-effect", self.p(&format!("early-dialog-{ea}"))?);
            args.set("b-effect", self.p(&format!("early-dialog-{eb}"))?);
            let refs = registry.vocabulary().fact_refs.get("early-dialog").cloned().into_iter().collect();
            self.push(ea != eb, "early-dialog", &args, refs)?;
        }

        // Effect on a dialog when answering a mid-dialog request.
        if let (Some(ma), Some(mb)) = (&a.mid_dialog, &b.mid_dialog) {
            let mut args = self.args();
            args.set("a-effect", self.p(&format!("mid-dialog-{ma}"))?);
            args.set("b-effect", self.p(&format!("mid-dialog-{mb}"))?);
            let refs = [ma, mb].iter().filter_map(|k| registry.vocabulary().mid_dialog.get(*k).cloned()).collect();
            self.push(ma != mb, "mid-dialog", &args, refs)?;
        }

        // Proxy handling.
        if !(a.proxy.is_empty() && b.proxy.is_empty()) {
            let describe = |facts: &CodeFacts| -> Result<String, Error> {
                if facts.proxy.is_empty() {
                    return self.writer.text("compare-proxy-plain");
                }
                let texts = facts.proxy.iter().map(|k| self.p(&format!("proxy-{k}"))).collect::<Result<Vec<_>, _>>()?;
                Ok(texts.join(" "))
            };
            let mut args = self.args();
            args.set("a-proxy", describe(a)?);
            args.set("b-proxy", describe(b)?);
            let refs =
                a.proxy.iter().chain(&b.proxy).filter_map(|k| registry.vocabulary().proxy.get(k).cloned()).collect();
            let differs = a.proxy.iter().collect::<BTreeSet<_>>() != b.proxy.iter().collect::<BTreeSet<_>>();
            self.push(differs, "proxy", &args, refs)?;
        }

        // Status: current, deprecated, reserved.
        if a.status != b.status {
            let mut args = self.args();
            args.set("a-status", a.status.id());
            args.set("b-status", b.status.id());
            let refs = a.status_ref.iter().chain(b.status_ref.iter()).cloned().collect();
            self.push(true, "status", &args, refs)?;
        }

        // ISUP/Q.850 mapping towards the PSTN.
        if a.q850_to.is_some() || b.q850_to.is_some() {
            let mut args = self.args();
            for (side, mapped) in [("a", a.q850_to), ("b", b.q850_to)] {
                // A code RFC 3398 does not map is said so, not "turned into no cause".
                let cause = match mapped {
                    Some(c) => {
                        let mut cause_args = FluentArgs::new();
                        cause_args.set("cause", c);
                        cause_args.set("name", self.writer.text(&format!("q850-cause-{c}"))?);
                        self.writer.text_with("compare-cause", &cause_args)?
                    }
                    None => String::new(),
                };
                args.set(format!("{side}-cause"), cause);
                args.set(format!("{side}-mapped"), if mapped.is_some() { "yes" } else { "no" });
            }
            let refs = registry.vocabulary().fact_refs.get("q850-to").cloned().into_iter().collect();
            self.push(a.q850_to != b.q850_to, "q850", &args, refs)?;
        }

        // Where each is defined.
        let mut args = self.args();
        args.set("a-ref", a.defined.to_string());
        args.set("b-ref", b.defined.to_string());
        self.push(a.defined != b.defined, "definition", &args, vec![a.defined.clone(), b.defined.clone()])?;

        // The most typical cause, and the first fix.
        for (aspect, list) in [("typical-cause", "cause"), ("fix", "fix")] {
            let mut args = self.args();
            args.set("a-text", self.first_item(a, list)?);
            args.set("b-text", self.first_item(b, list)?);
            let refs = vec![a.defined.clone(), b.defined.clone()];
            self.push(true, aspect, &args, refs)?;
        }
        Ok(())
    }
}

/// Compares two codes of a protocol in a locale. The order of `x` and `y`
/// does not matter. Registered codes are compared fact by fact; a
/// well-formed unregistered code is compared through the code a client
/// treats it as (its class's x00, RFC 3261 §8.1.3.2).
///
/// ```
/// use statusdoc_core::{compare, Catalog};
/// let catalog = Catalog::embedded().unwrap();
/// let sip = catalog.registry("sip").unwrap();
/// let c = compare(catalog, sip, sip.parse("600").unwrap(), sip.parse("486").unwrap(), "en").unwrap();
/// assert_eq!((c.a.code, c.b.code), (486, 600));
/// assert!(c.differences.len() >= 3);
/// ```
pub fn compare(catalog: &Catalog, registry: &Registry, x: Code, y: Code, locale: &str) -> Result<Comparison, Error> {
    if x == y {
        return Err(Error::SameCode { code: x.get() });
    }
    let (lower, higher) = if x < y { (x, y) } else { (y, x) };
    let writer = Writer { catalog, registry, locale };
    let a_view = crate::explain(catalog, registry, lower, locale)?;
    let b_view = crate::explain(catalog, registry, higher, locale)?;
    // The facts each side is compared by: its own, or its class default's.
    let facts_of = |code: Code| registry.get(code.get()).or_else(|| registry.get(code.class_default().get()));
    let (Some(a), Some(b)) = (facts_of(lower), facts_of(higher)) else {
        return Err(Error::Data(format!("{}: no facts for class of {lower} or {higher}", registry.id())));
    };
    let mut pair = Pair { writer, a, b, differences: Vec::new(), in_common: Vec::new() };
    if a.code != b.code {
        pair.aspects()?;
    }
    let writer = Writer { catalog, registry, locale };
    let p = registry.id();
    let key = format!("{p}-pair-{}-{}", lower.get(), higher.get());
    let curated_summary = catalog.prose().format_optional(locale, &format!("{key}-summary"), None)?;
    let curated_which = catalog.prose().format_optional(locale, &format!("{key}-which"), None)?;
    let alternatives =
        family(lower) == family(higher) && methods_overlap(a, b) && !registry.never_compete(lower.get(), higher.get());

    let mut args = FluentArgs::new();
    args.set("a", lower.get());
    args.set("b", higher.get());
    args.set("a-reason", a_view.reason.clone().unwrap_or_default());
    args.set("b-reason", b_view.reason.clone().unwrap_or_default());
    args.set("a-when", writer.text(&format!("{p}-{}-use-when", a.code))?);
    args.set("b-when", writer.text(&format!("{p}-{}-use-when", b.code))?);
    args.set("a-next-short", writer.protocol_text(&format!("next-short-{}", a.next))?);
    args.set("b-next-short", writer.protocol_text(&format!("next-short-{}", b.next))?);
    args.set("same-next", if a.next == b.next { "yes" } else { "no" });
    args.set("a-class", lower.class_label());
    args.set("b-class", higher.class_label());

    let mut unregistered_notes = Vec::new();
    for (view, code) in [(&a_view, lower), (&b_view, higher)] {
        if !view.registered {
            let mut args = FluentArgs::new();
            args.set("code", code.get());
            args.set("default", code.class_default().get());
            unregistered_notes.push(writer.text_with("compare-unregistered", &args)?);
        }
    }
    let summary = match curated_summary {
        Some(text) => text,
        None => {
            let mut sentences = unregistered_notes.clone();
            if a.code != b.code {
                sentences.push(writer.text_with("compare-summary", &args)?);
            }
            sentences.join(" ")
        }
    };
    let which_applies = match curated_which {
        Some(text) => Some(text),
        None if a.code == b.code => Some(writer.text_with("compare-which-same-default", &args)?),
        None if alternatives => Some(writer.text_with("compare-which-alternatives", &args)?),
        None => {
            let flow = |code: Code| -> Result<String, Error> {
                let mut args = FluentArgs::new();
                args.set("code", code.get());
                writer.text_with(&format!("compare-flow-{}", family_label(code)), &args)
            };
            let methods = |facts: &CodeFacts| -> Result<String, Error> {
                if facts.methods.iter().any(|m| m == "*") {
                    writer.text("compare-any-method")
                } else {
                    Ok(facts.methods.join(", "))
                }
            };
            let mut args = FluentArgs::new();
            args.set("a-flow", flow(lower)?);
            args.set("b-flow", flow(higher)?);
            args.set("a", lower.get());
            args.set("b", higher.get());
            args.set("same-family", if family(lower) == family(higher) { "yes" } else { "no" });
            args.set("a-methods", methods(a)?);
            args.set("b-methods", methods(b)?);
            Some(writer.text_with("compare-which-not", &args)?)
        }
    };

    let mut also = Vec::new();
    for facts in [a, b] {
        for &related in &facts.related {
            if related != lower.get() && related != higher.get() && !also.contains(&related) {
                also.push(related);
            }
        }
    }
    also.truncate(8);
    Ok(Comparison {
        protocol: p.to_owned(),
        locale: locale.to_owned(),
        a: a_view,
        b: b_view,
        summary,
        curated: catalog.prose().has(locale, &format!("{key}-summary"))
            || catalog.prose().has(crate::DEFAULT_LOCALE, &format!("{key}-summary")),
        differences: pair.differences,
        in_common: pair.in_common,
        alternatives,
        which_applies,
        also_compare: also,
    })
}

fn family_label(code: Code) -> &'static str {
    match code.class_digit() {
        1 => "provisional",
        2 => "success",
        3 => "redirect",
        _ => "failure",
    }
}
