//! Quality gates over every pair of registered codes, in every locale.

use std::collections::BTreeSet;

use statusdoc_core::{compare, Catalog, Code, Comparison, Error, Reference, Registry};

fn catalog() -> &'static Catalog {
    Catalog::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn sip() -> &'static Registry {
    catalog().registry("sip").unwrap_or_else(|e| panic!("{e}"))
}

fn known_references(registry: &Registry) -> BTreeSet<String> {
    let mut known: BTreeSet<String> = registry.iter().flat_map(|f| f.all_references()).map(|r| r.to_string()).collect();
    let v = registry.vocabulary();
    known.extend(v.mid_dialog.values().chain(v.proxy.values()).chain(v.fact_refs.values()).map(ToString::to_string));
    known.extend(registry.classes().iter().map(|c| c.reference.to_string()));
    known
}

/// Every sentence of the comparison's own text (not the embedded explanations).
fn sentences(c: &Comparison) -> Vec<String> {
    let mut texts = vec![c.summary.clone()];
    texts.extend(c.differences.iter().chain(&c.in_common).map(|d| d.text.clone()));
    texts.extend(c.which_applies.clone());
    texts
        .iter()
        .flat_map(|t| t.split(". ").map(|s| s.trim().trim_end_matches('.').to_owned()).collect::<Vec<_>>())
        .filter(|s| s.split_whitespace().count() >= 4)
        .collect()
}

fn doubled_word(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| ",.;:()\"“”«»¿?!".contains(c)).to_lowercase())
        .collect();
    words
        .windows(2)
        .find(|w| !w[0].is_empty() && w[0] == w[1] && w[0].chars().all(char::is_alphabetic))
        .map(|w| w[0].clone())
}

fn check_pair(c: &Comparison, known: &BTreeSet<String>) {
    let label = format!("{} {} vs {}", c.locale, c.a.code, c.b.code);
    assert!(c.a.code < c.b.code, "{label}: not in canonical order");
    assert!(!c.summary.trim().is_empty(), "{label}: empty summary");
    assert!(c.differences.len() >= 3, "{label}: only {} differences", c.differences.len());
    let mut all_text = vec![c.summary.clone()];
    all_text.extend(c.differences.iter().chain(&c.in_common).map(|d| d.text.clone()));
    all_text.extend(c.which_applies.clone());
    for text in &all_text {
        assert!(!text.contains('{') && !text.contains('}') && !text.contains('$'), "{label}: placeholder in {text:?}");
        if let Some(word) = doubled_word(text) {
            panic!("{label}: doubled word {word:?} in {text:?}");
        }
        for cited in Reference::find_all(text) {
            if cited.section.is_some() {
                assert!(known.contains(&cited.to_string()), "{label}: cites unknown {cited}");
            }
        }
    }
    for d in c.differences.iter().chain(&c.in_common) {
        assert!(!d.aspect_name.is_empty(), "{label}: aspect without a name");
        for r in &d.references {
            assert!(known.contains(&r.citation), "{label}: {} cites unknown {}", d.aspect, r.citation);
        }
    }
    let mut seen = BTreeSet::new();
    for sentence in sentences(c) {
        assert!(seen.insert(sentence.clone()), "{label}: sentence repeated: {sentence:?}");
    }
    assert!(c.which_applies.as_ref().is_some_and(|w| !w.is_empty()), "{label}: no which_applies");
    assert!(
        !c.also_compare.contains(&c.a.code) && !c.also_compare.contains(&c.b.code),
        "{label}: also_compare names the pair"
    );
}

#[test]
fn every_pair_passes_the_quality_gates_in_every_locale() {
    let catalog = catalog();
    let registry = sip();
    let known = known_references(registry);
    let codes: Vec<Code> = registry.iter().map(|f| f.code()).collect();
    let mut pairs = 0;
    for locale in catalog.prose().locale_ids() {
        for (i, &a) in codes.iter().enumerate() {
            for &b in &codes[i + 1..] {
                let c = compare(catalog, registry, a, b, locale).unwrap_or_else(|e| panic!("{a} vs {b}: {e}"));
                check_pair(&c, &known);
                pairs += 1;
            }
        }
    }
    assert_eq!(pairs, 2775 * catalog.prose().locale_ids().count());
}

#[test]
fn order_does_not_matter() {
    let catalog = catalog();
    let registry = sip();
    for (x, y) in [(486, 600), (202, 438), (100, 180), (199, 555), (607, 608)] {
        let forward = compare(catalog, registry, Code::new(x), Code::new(y), "en").unwrap_or_else(|e| panic!("{e}"));
        let backward = compare(catalog, registry, Code::new(y), Code::new(x), "en").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(forward, backward, "{x} vs {y}");
    }
}

#[test]
fn alternatives_and_non_alternatives_are_told_apart() {
    let catalog = catalog();
    let registry = sip();
    let c = compare(catalog, registry, Code::new(202), Code::new(438), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(!c.alternatives, "202 and 438 never compete");
    assert!(c.which_applies.unwrap_or_default().contains("not alternatives"));
    let c = compare(catalog, registry, Code::new(480), Code::new(486), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(c.alternatives, "480 and 486 both answer an INVITE the callee cannot take");
    let c = compare(catalog, registry, Code::new(100), Code::new(180), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(!c.alternatives, "100 and 180 are successive steps, as pairs.toml says");
    let c = compare(catalog, registry, Code::new(412), Code::new(422), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(!c.alternatives, "PUBLISH-only 412 never competes with INVITE/UPDATE-only 422");
}

#[test]
fn differences_follow_the_facts() {
    let catalog = catalog();
    let registry = sip();
    let aspects = |x: u16, y: u16| -> (Vec<String>, Vec<String>) {
        let c = compare(catalog, registry, Code::new(x), Code::new(y), "en").unwrap_or_else(|e| panic!("{e}"));
        (
            c.differences.iter().map(|d| d.aspect.clone()).collect(),
            c.in_common.iter().map(|d| d.aspect.clone()).collect(),
        )
    };
    let (differ, common) = aspects(401, 407);
    assert!(differ.contains(&"senders".to_owned()) && differ.contains(&"headers".to_owned()), "{differ:?}");
    assert!(common.contains(&"class".to_owned()), "{common:?}");
    let (differ, _) = aspects(486, 600);
    assert!(differ.contains(&"scope".to_owned()) && differ.contains(&"proxy".to_owned()), "{differ:?}");
    let (differ, _) = aspects(200, 202);
    assert!(differ.contains(&"status".to_owned()), "{differ:?}");
}

#[test]
fn the_isup_mapping_names_each_mapped_cause_and_only_those() {
    let catalog = catalog();
    let registry = sip();
    let codes: Vec<&statusdoc_core::CodeFacts> = registry.iter().collect();
    let mut one_sided = 0;
    for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            let ((Some(mapped), None) | (None, Some(mapped))) = (a.q850_to, b.q850_to) else { continue };
            one_sided += 1;
            for locale in catalog.prose().locale_ids() {
                let c = compare(catalog, registry, a.code(), b.code(), locale).unwrap_or_else(|e| panic!("{e}"));
                let Some(q850) = c.differences.iter().find(|d| d.aspect == "q850") else {
                    panic!("{locale}: {} vs {}: no ISUP difference", a.code, b.code)
                };
                let numbers: Vec<&str> =
                    q850.text.split(|ch: char| !ch.is_ascii_digit()).filter(|w| !w.is_empty()).collect();
                let cause = mapped.to_string();
                let (a_code, b_code) = (a.code.to_string(), b.code.to_string());
                // Both codes, the one cause, and otherwise only the RFC's numbers.
                assert!(numbers.contains(&a_code.as_str()) && numbers.contains(&b_code.as_str()), "{}", q850.text);
                assert!(numbers.contains(&cause.as_str()), "{locale}: {}", q850.text);
                // A gateway turns a code RFC 3398 leaves unmapped into nothing: say it has none.
                let unmapped = if a.q850_to.is_none() { &a_code } else { &b_code };
                assert!(locale != "en" || !q850.text.contains(&format!("turns {unmapped} into")), "{}", q850.text);
                assert!(
                    numbers.iter().all(|n| [
                        a_code.as_str(),
                        b_code.as_str(),
                        cause.as_str(),
                        "3398",
                        "8",
                        "2",
                        "6",
                        "1"
                    ]
                    .contains(n)),
                    "{locale}: {}",
                    q850.text
                );
            }
        }
    }
    assert!(one_sided > 100, "only {one_sided} pairs with one mapped code");
}

#[test]
fn unregistered_codes_compare_by_class_and_bad_input_is_an_error() {
    let catalog = catalog();
    let registry = sip();
    let c = compare(catalog, registry, Code::new(499), Code::new(486), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(!c.a.registered || !c.b.registered);
    assert!(c.summary.contains("400"), "{}", c.summary);
    let c = compare(catalog, registry, Code::new(499), Code::new(498), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(c.which_applies.unwrap_or_default().contains("x00"));
    let same = compare(catalog, registry, Code::new(486), Code::new(486), "en");
    assert!(matches!(same, Err(Error::SameCode { code: 486 })));
}

#[test]
fn curated_pairs_use_their_notes() {
    let catalog = catalog();
    let registry = sip();
    for &(a, b) in registry.curated_pairs() {
        let c = compare(catalog, registry, Code::new(b), Code::new(a), "en").unwrap_or_else(|e| panic!("{e}"));
        assert!(c.curated, "{a}/{b}");
        let expected = catalog.prose().format("en", &format!("sip-pair-{a}-{b}-summary"), None).unwrap_or_default();
        assert_eq!(c.summary, expected);
    }
    let c = compare(catalog, registry, Code::new(199), Code::new(555), "en").unwrap_or_else(|e| panic!("{e}"));
    assert!(!c.curated, "199/555 has no hand-written note");
}
