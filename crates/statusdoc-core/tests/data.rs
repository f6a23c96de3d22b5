//! Validates the embedded data: the registry is complete and consistent, and
//! every locale's prose is complete, cited and used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use statusdoc_core::{explain, Catalog, Code, Reference, Registry, DEFAULT_LOCALE};

fn catalog() -> &'static Catalog {
    Catalog::embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e}"))
}

fn sip() -> &'static Registry {
    catalog().registry("sip").unwrap_or_else(|e| panic!("{e}"))
}

/// IANA "Session Initiation Protocol (SIP) Parameters", Response Codes,
/// transcribed from the registry itself (not from our data).
const IANA_SIP: &[(u16, &str)] = &[
    (100, "Trying"),
    (180, "Ringing"),
    (181, "Call Is Being Forwarded"),
    (182, "Queued"),
    (183, "Session Progress"),
    (199, "Early Dialog Terminated"),
    (200, "OK"),
    (202, "Accepted"),
    (204, "No Notification"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Moved Temporarily"),
    (305, "Use Proxy"),
    (380, "Alternative Service"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Timeout"),
    (410, "Gone"),
    (412, "Conditional Request Failed"),
    (413, "Request Entity Too Large"),
    (414, "Request-URI Too Long"),
    (415, "Unsupported Media Type"),
    (416, "Unsupported URI Scheme"),
    (417, "Unknown Resource-Priority"),
    (420, "Bad Extension"),
    (421, "Extension Required"),
    (422, "Session Interval Too Small"),
    (423, "Interval Too Brief"),
    (424, "Bad Location Information"),
    (425, "Bad Alert Message"),
    (428, "Use Identity Header"),
    (429, "Provide Referrer Identity"),
    (430, "Flow Failed"),
    (433, "Anonymity Disallowed"),
    (436, "Bad Identity Info"),
    (437, "Unsupported Credential"),
    (438, "Invalid Identity Header"),
    (439, "First Hop Lacks Outbound Support"),
    (440, "Max-Breadth Exceeded"),
    (469, "Bad Info Package"),
    (470, "Consent Needed"),
    (480, "Temporarily Unavailable"),
    (481, "Call/Transaction Does Not Exist"),
    (482, "Loop Detected"),
    (483, "Too Many Hops"),
    (484, "Address Incomplete"),
    (485, "Ambiguous"),
    (486, "Busy Here"),
    (487, "Request Terminated"),
    (488, "Not Acceptable Here"),
    (489, "Bad Event"),
    (491, "Request Pending"),
    (493, "Undecipherable"),
    (494, "Security Agreement Required"),
    (500, "Server Internal Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Server Time-out"),
    (505, "Version Not Supported"),
    (513, "Message Too Large"),
    (555, "Push Notification Service Not Supported"),
    (580, "Precondition Failure"),
    (600, "Busy Everywhere"),
    (603, "Decline"),
    (604, "Does Not Exist Anywhere"),
    (606, "Not Acceptable"),
    (607, "Unwanted"),
    (608, "Rejected"),
];

#[test]
fn registry_matches_iana_exactly() {
    assert_eq!(IANA_SIP.len(), 75);
    let ours: Vec<(u16, &str)> = sip().iter().map(|f| (f.code, f.reason.as_str())).collect();
    assert_eq!(ours, IANA_SIP, "codes or reason phrases differ from IANA");
}

#[test]
fn facts_are_consistent() {
    let registry = sip();
    let vocabulary = registry.vocabulary();
    for facts in registry.iter() {
        let code = facts.code;
        assert!(registry.class(facts.code()).is_some(), "{code}: no class");
        assert!(!facts.related.is_empty(), "{code}: no related codes");
        for related in &facts.related {
            assert_ne!(*related, code, "{code} is related to itself");
            assert!(registry.get(*related).is_some(), "{code}: related {related} is not registered");
        }
        assert!(!facts.senders.is_empty() && !facts.methods.is_empty(), "{code}: senders/methods empty");
        for sender in &facts.senders {
            assert!(vocabulary.senders.contains(sender), "{code}: sender {sender:?} not in vocabulary");
        }
        assert!(vocabulary.next.contains(&facts.next), "{code}: next {:?}", facts.next);
        if let Some(scope) = &facts.scope {
            assert!(vocabulary.scopes.contains(scope), "{code}: scope {scope:?}");
        }
        for header in &facts.headers {
            assert!(vocabulary.header_levels.contains(&header.level), "{code}: level {:?}", header.level);
        }
        for kind in &facts.proxy {
            assert!(vocabulary.proxy.contains_key(kind), "{code}: proxy {kind:?}");
        }
        let class = facts.code().class_digit();
        match class {
            1 => assert!(
                facts.early_dialog.as_ref().is_some_and(|e| vocabulary.early_dialog.contains(e)),
                "{code}: 1xx needs early_dialog"
            ),
            3..=6 => assert!(
                facts.mid_dialog.as_ref().is_some_and(|m| vocabulary.mid_dialog.contains_key(m)) || class == 3,
                "{code}: failures need mid_dialog"
            ),
            _ => {}
        }
        if facts.status_ref.is_some() {
            assert_ne!(facts.status.id(), "current", "{code}: status_ref on a current code");
        } else {
            assert_eq!(facts.status.id(), "current", "{code}: deprecated/reserved needs status_ref");
        }
        for reference in facts.all_references() {
            assert!(registry.rfc_title(reference.rfc).is_some(), "{code}: RFC {} has no title", reference.rfc);
        }
    }
    // Related is symmetric enough to be useful: each code is somebody's related code.
    let all_related: BTreeSet<u16> = registry.iter().flat_map(|f| f.related.iter().copied()).collect();
    for facts in registry.iter() {
        assert!(all_related.contains(&facts.code) || facts.code == 100, "{} is nobody's related code", facts.code);
    }
}

/// Every section cited anywhere in the registry's facts.
fn known_references(registry: &Registry) -> BTreeSet<Reference> {
    let mut known: BTreeSet<Reference> = registry.iter().flat_map(|f| f.all_references()).collect();
    let vocabulary = registry.vocabulary();
    known.extend(vocabulary.mid_dialog.values().cloned());
    known.extend(vocabulary.proxy.values().cloned());
    known.extend(vocabulary.fact_refs.values().cloned());
    known.extend(registry.classes().iter().map(|c| c.reference.clone()));
    known.extend(registry.histories().map(|(_, h)| h.source.clone()));
    known
}

#[test]
fn every_prose_paragraph_cites_a_known_section() {
    let catalog = catalog();
    for registry in catalog.registries() {
        let known = known_references(registry);
        for locale in catalog.prose().locale_ids() {
            for id in catalog.prose().message_ids(locale) {
                let text = catalog.prose().format(locale, &id, None);
                let Ok(text) = text else { continue }; // messages with variables are checked by formatting tests
                for cited in Reference::find_all(&text) {
                    // A whole document may be named when the registry knows it; a
                    // section must be one the facts cite.
                    let ok = match cited.section {
                        Some(_) => known.contains(&cited),
                        None => registry.rfc_title(cited.rfc).is_some(),
                    };
                    assert!(ok, "{locale}:{id} cites {cited}, which no fact of the registry cites");
                }
                let paragraph =
                    ["-description", "-cause-", "-fix-", "-myth-", "-meaning"].iter().any(|p| id.contains(p));
                if paragraph && id.starts_with(&format!("{}-", registry.id())) {
                    assert!(!Reference::find_all(&text).is_empty(), "{locale}:{id} cites no RFC section");
                }
            }
        }
    }
}

#[test]
fn every_code_has_complete_prose_in_every_locale() {
    let catalog = catalog();
    let prose = catalog.prose();
    for registry in catalog.registries() {
        for facts in registry.iter() {
            for locale in prose.locale_ids() {
                for part in ["gloss", "summary", "description", "cause-1", "fix-1", "myth-1", "next", "use-when"] {
                    let id = format!("{}-{}-{part}", registry.id(), facts.code);
                    assert!(prose.has(locale, &id), "{locale}: missing {id}");
                }
                for list in ["cause", "fix", "myth"] {
                    // Numbered lists have no gaps: n+1 exists only if n does.
                    let ids = prose.message_ids(locale);
                    let prefix = format!("{}-{}-{list}-", registry.id(), facts.code);
                    let numbers: BTreeSet<u32> =
                        ids.iter().filter_map(|id| id.strip_prefix(&prefix)?.parse().ok()).collect();
                    let expected: BTreeSet<u32> = (1..=numbers.len() as u32).collect();
                    assert_eq!(numbers, expected, "{locale}: {prefix}N has gaps");
                }
            }
        }
    }
}

#[test]
fn locales_have_the_same_messages() {
    let prose = catalog().prose();
    let english = prose.message_ids(DEFAULT_LOCALE);
    for locale in prose.locale_ids() {
        let ids = prose.message_ids(locale);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{locale}: missing {missing:?}, extra {extra:?}");
    }
}

/// Reads every Rust source of the workspace, to find message ids named in code.
fn workspace_sources() -> String {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut text = String::new();
    let mut stack = vec![crates];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("target") {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    text
}

#[test]
fn every_message_is_used() {
    let catalog = catalog();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for registry in catalog.registries() {
        let p = registry.id();
        used.insert(format!("{p}-name"));
        let vocabulary = registry.vocabulary();
        for class in registry.classes() {
            used.insert(format!("{p}-class-{}xx", class.digit));
            used.insert(format!("{p}-class-{}xx-meaning", class.digit));
            used.insert(format!("{p}-ack-{}", class.ack));
        }
        let lists: [(&str, Vec<&String>); 7] = [
            ("sender", vocabulary.senders.iter().collect()),
            ("next", vocabulary.next.iter().collect()),
            ("next-short", vocabulary.next.iter().collect()),
            ("scope", vocabulary.scopes.iter().collect()),
            ("header-level", vocabulary.header_levels.iter().collect()),
            ("early-dialog", vocabulary.early_dialog.iter().collect()),
            ("mid-dialog", vocabulary.mid_dialog.keys().collect()),
        ];
        for (name, values) in lists {
            for value in values {
                used.insert(format!("{p}-{name}-{value}"));
            }
        }
        for kind in vocabulary.proxy.keys() {
            used.insert(format!("{p}-proxy-{kind}"));
        }
        for (a, b) in registry.curated_pairs() {
            used.insert(format!("{p}-pair-{a}-{b}-summary"));
            used.insert(format!("{p}-pair-{a}-{b}-which"));
        }
        for facts in registry.iter() {
            for cause in facts.q850_from.iter().chain(facts.q850_to.iter()) {
                used.insert(format!("q850-cause-{cause}"));
            }
        }
    }
    let sources = workspace_sources();
    let prose = catalog.prose();
    let mut unused = Vec::new();
    for id in prose.message_ids(DEFAULT_LOCALE) {
        if used.contains(&id) {
            continue;
        }
        // Per-code prose: sip-486-summary, sip-486-cause-2, …
        let per_code = catalog.registries().iter().any(|r| {
            id.strip_prefix(&format!("{}-", r.id()))
                .and_then(|rest| rest.split_once('-'))
                .and_then(|(code, _)| code.parse::<u16>().ok())
                .is_some_and(|code| r.get(code).is_some())
        });
        // Named literally in the code, or built from a literal prefix ("status-", "error-").
        let named = sources.contains(&format!("\"{id}\""))
            || id.match_indices('-').any(|(at, _)| {
                let (prefix, rest) = id.split_at(at + 1);
                sources.contains(&format!("\"{prefix}{{")) && sources.contains(&format!("\"{rest}\""))
            });
        if !per_code && !named {
            unused.push(id);
        }
    }
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

#[test]
fn every_code_from_100_to_699_explains_in_every_locale() {
    let catalog = catalog();
    let registry = sip();
    for locale in catalog.prose().locale_ids() {
        for number in 100..=699u16 {
            let code = Code::new(number);
            let e = explain(catalog, registry, code, locale).unwrap_or_else(|err| panic!("{locale} {number}: {err}"));
            assert_eq!(e.code, number);
            assert_eq!(e.registered, registry.get(number).is_some());
            assert!(!e.summary.is_empty() && !e.description.is_empty(), "{number}");
            assert!(!e.when_you_see_it.is_empty() && !e.how_to_fix.is_empty(), "{number}");
            assert!(!e.summary.contains('{') && !e.description.contains('{'), "{number}: placeholder left");
            if !e.registered {
                assert!(!e.nearest.is_empty(), "{number}: no nearest codes");
                assert!(e.nearest.iter().all(|n| n / 100 == number / 100), "{number}: nearest outside class");
            }
        }
    }
}

#[test]
fn unregistered_codes_follow_rfc_3261_8_1_3_2() {
    let catalog = catalog();
    let registry = sip();
    let e = explain(catalog, registry, Code::new(499), DEFAULT_LOCALE).unwrap_or_else(|err| panic!("{err}"));
    assert!(!e.registered);
    assert!(e.is_final);
    assert!(e.summary.contains("400"), "499 must be treated as 400: {}", e.summary);
    assert!(e.references.iter().any(|r| r.citation == "RFC 3261 §8.1.3.2"));
    let e = explain(catalog, registry, Code::new(409), DEFAULT_LOCALE).unwrap_or_else(|err| panic!("{err}"));
    let history = e.history.unwrap_or_default();
    assert!(history.contains("RFC 2543") && history.contains("Conflict"), "{history}");
    let e = explain(catalog, registry, Code::new(199 - 10), DEFAULT_LOCALE).unwrap_or_else(|err| panic!("{err}"));
    assert!(!e.is_final, "1xx codes are provisional even when unregistered");
}

#[test]
fn deprecated_and_reserved_codes_say_so() {
    let catalog = catalog();
    let registry = sip();
    let mut statuses = BTreeMap::new();
    for facts in registry.iter() {
        let e = explain(catalog, registry, facts.code(), DEFAULT_LOCALE).unwrap_or_else(|err| panic!("{err}"));
        statuses.insert(facts.code, e.status.clone());
        if e.status != "current" {
            assert!(e.status_note.is_some(), "{}: status note", facts.code);
        }
    }
    assert_eq!(statuses.get(&202).map(String::as_str), Some("deprecated"));
    assert_eq!(statuses.get(&402).map(String::as_str), Some("reserved"));
}

#[test]
fn curated_pairs_are_registered_ordered_and_written() {
    let catalog = catalog();
    let registry = sip();
    let pairs = registry.curated_pairs();
    assert!(pairs.len() >= 53, "the comparison issue asks for at least 53 notes");
    let mut seen = BTreeSet::new();
    for &(a, b) in pairs {
        assert!(a < b, "{a}/{b}: lower code first");
        assert!(registry.get(a).is_some() && registry.get(b).is_some(), "{a}/{b}: unregistered");
        assert!(seen.insert((a, b)), "{a}/{b} listed twice");
        for locale in catalog.prose().locale_ids() {
            for part in ["summary", "which"] {
                let id = format!("sip-pair-{a}-{b}-{part}");
                assert!(catalog.prose().has(locale, &id), "{locale}: missing {id}");
                let text = catalog.prose().format(locale, &id, None).unwrap_or_default();
                assert!(!Reference::find_all(&text).is_empty(), "{locale}:{id} cites nothing");
            }
        }
    }
    // Every written note belongs to a listed pair.
    for id in catalog.prose().message_ids(DEFAULT_LOCALE) {
        if let Some(rest) = id.strip_prefix("sip-pair-") {
            let mut parts = rest.splitn(3, '-');
            let a: u16 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            let b: u16 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            assert!(seen.contains(&(a, b)), "{id} is not listed in pairs.toml");
        }
    }
}

/// Messages that are protocol tokens or formats, identical in every language.
const SAME_IN_EVERY_LOCALE: &[&str] =
    &["sip-name", "compare-header", "heading-compare", "report-col-call", "analyze-text-placeholder"];
/// Words that are genuinely the same in a locale as in English.
const SAME_WORD: &[(&str, &str)] = &[("es", "sip-class-1xx"), ("es", "severity-error")];

#[test]
fn no_translation_is_left_in_english() {
    let prose = catalog().prose();
    let english_ids = prose.message_ids(DEFAULT_LOCALE);
    for locale in prose.locale_ids().filter(|l| *l != DEFAULT_LOCALE) {
        let mut leftovers = Vec::new();
        for id in &english_ids {
            if SAME_IN_EVERY_LOCALE.contains(&id.as_str()) || SAME_WORD.contains(&(locale, id.as_str())) {
                continue;
            }
            let (Ok(english), Ok(translated)) =
                (prose.format(DEFAULT_LOCALE, id, None), prose.format(locale, id, None))
            else {
                continue; // messages with variables are compared by their fixed parts below
            };
            if english == translated {
                leftovers.push(id.clone());
            }
        }
        assert!(leftovers.is_empty(), "{locale}: still English: {leftovers:?}");
    }
}

#[test]
fn nothing_counted_zero_is_said_as_one_in_any_locale() {
    // Brazilian Portuguese puts 0 in the plural category "one" (CLDR: i = 0..1):
    // a [one] variant worded "uma mensagem" said it of an empty capture.
    // Each count, set to 0, must be written as the number, as 7 is.
    let prose = catalog().prose();
    let counts = [
        ("analyze-summary", &["messages", "calls", "failed", "errors"][..]),
        ("report-redacted", &["addresses", "hosts", "users", "numbers", "names"][..]),
    ];
    let numbers = |text: &str, n: &str| text.split(|c: char| !c.is_ascii_digit()).filter(|t| *t == n).count();
    for locale in prose.locale_ids() {
        for (id, names) in counts {
            let with = |n: i64| {
                let mut args = statusdoc_core::FluentArgs::new();
                for name in names {
                    args.set(*name, n);
                }
                prose.format(locale, id, Some(&args)).unwrap_or_else(|e| panic!("{locale}:{id}: {e}"))
            };
            let (zero, seven) = (with(0), with(7));
            assert_eq!(numbers(&seven, "7"), names.len(), "{locale}:{id}: {seven}");
            // Zeros the text has anyway (an address 0.0.0.0) aside.
            assert_eq!(numbers(&zero, "0") - numbers(&seven, "0"), names.len(), "{locale}:{id}: {zero}");
        }
    }
}

#[test]
fn every_message_formats_in_every_locale_with_its_variables() {
    // Explanations, comparisons and pages format every message with the
    // variables they pass; here, messages with variables get plausible values
    // so that a locale whose selector or variable names drift fails.
    let prose = catalog().prose();
    let mut args = statusdoc_core::FluentArgs::new();
    for name in [
        "input",
        "known",
        "code",
        "candidates",
        "detail",
        "reference",
        "default",
        "class",
        "reason",
        "source",
        "query",
        "protocol",
        "url",
        "dir",
        "seconds",
        "megabytes",
        "pages",
        "files",
        "done",
        "total",
        "language",
        "name",
        "path",
        "a",
        "b",
        "a-reason",
        "b-reason",
        "init",
        "last",
        "a-when",
        "b-when",
        "a-class",
        "b-class",
        "a-class-name",
        "b-class-name",
        "a-scope",
        "b-scope",
        "a-next",
        "b-next",
        "kind",
        "a-senders",
        "b-senders",
        "a-methods",
        "b-methods",
        "a-headers",
        "b-headers",
        "level",
        "a-ack",
        "b-ack",
        "a-effect",
        "b-effect",
        "a-proxy",
        "b-proxy",
        "a-cause",
        "b-cause",
        "cause",
        "a-ref",
        "b-ref",
        "a-text",
        "b-text",
        "a-next-short",
        "b-next-short",
        "a-flow",
        "b-flow",
        "min",
        "max",
        "arg",
        "value",
        "valid",
        "messages",
        "calls",
        "failed",
        "errors",
        "call_id",
        "state",
        "frame",
        "file",
        "header",
        "realm",
        "algorithm",
        "stale",
        "seconds",
        "text",
        "protocol",
        "meaning",
        "value",
        "targets",
        "method",
        "count",
        "answer",
        "asked",
        "offered",
        "accepted",
        "common",
        "disabled",
        "direction",
        "address",
        "sender",
        "version",
        "limit",
        "form",
        "ppt",
        "alg",
        "attest",
        "orig",
        "dest",
        "iat",
        "x5u",
        "why",
        "claim",
        "claimed",
        "signalled",
        "against",
        "state",
        "carried",
        "known",
        "status",
        "retried",
        "late",
        "followed",
        "contact",
        "keying",
        "nonce",
        "line",
        "column",
        "what",
        "inputs",
        "frames",
        "time",
        "src",
        "dst",
        "transport",
        "addresses",
        "hosts",
        "users",
        "numbers",
        "names",
        "declared",
        "forwards",
        "repeated",
        "vias",
        "bytes",
        "crossed",
        "owner",
        "rseq",
        "pending",
        "offered",
        "from",
        "to",
    ] {
        args.set(name, "x");
    }
    args.set("count", 2);
    for (name, value) in [
        ("a-final", "yes"),
        ("b-final", "no"),
        ("same-kind", "yes"),
        ("same-next", "no"),
        ("same-family", "yes"),
        ("a-status", "deprecated"),
        ("b-status", "current"),
        ("a-mapped", "yes"),
        ("b-mapped", "no"),
    ] {
        args.set(name, value);
    }
    for locale in prose.locale_ids() {
        for id in prose.message_ids(locale) {
            let text = prose.format(locale, &id, Some(&args)).unwrap_or_else(|e| panic!("{locale}:{id}: {e}"));
            assert!(!text.trim().is_empty(), "{locale}:{id} is empty");
        }
    }
}

#[test]
fn no_message_repeats_a_word_by_accident() {
    let catalog = catalog();
    let prose = catalog.prose();
    for locale in prose.locale_ids() {
        for number in catalog.registries().iter().flat_map(|r| r.iter().map(|f| f.code())) {
            let registry = sip();
            let e = explain(catalog, registry, number, locale).unwrap_or_else(|err| panic!("{err}"));
            let mut texts = vec![e.summary.clone(), e.description.clone()];
            texts.extend(e.when_you_see_it.iter().chain(&e.how_to_fix).chain(&e.misconceptions).cloned());
            texts.push(e.next_step.text.clone());
            for text in texts {
                let words: Vec<String> = text
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| ",.;:()\"“”«»¿?!".contains(c)).to_lowercase())
                    .collect();
                if let Some(pair) =
                    words.windows(2).find(|w| !w[0].is_empty() && w[0] == w[1] && w[0].chars().all(char::is_alphabetic))
                {
                    panic!("{locale} {number}: doubled word {:?} in {text:?}", pair[0]);
                }
                assert!(!text.contains('{') && !text.contains('}'), "{locale} {number}: placeholder in {text:?}");
            }
        }
    }
}
