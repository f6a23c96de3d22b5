//! Every finding kind can be said in every locale.

use statusdoc_core::Catalog;
use statusdoc_trace::KINDS;

#[test]
fn every_finding_kind_has_words_in_every_locale() {
    let catalog = Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    for locale in catalog.prose().locale_ids() {
        // (statusdoc-core's data tests format every message with its variables.)
        for kind in KINDS {
            let id = format!("finding-{kind}");
            assert!(catalog.prose().has(locale, &id), "{locale}: no {id}");
        }
    }
}
