//! Every finding and problem kind can be said in every locale.

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

#[test]
fn every_problem_kind_has_words_in_every_locale() {
    let catalog = Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    for locale in catalog.prose().locale_ids() {
        for kind in statusdoc_trace::ProblemKind::ALL {
            let id = format!("analyze-problem-{}", kind.id());
            assert!(catalog.prose().has(locale, &id), "{locale}: no {id}");
        }
    }
}

#[test]
fn numbers_select_their_variant() {
    let catalog = Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    let words = statusdoc_report::Words::new(catalog, "en");
    let text = words.get("finding-identity-missing", &[("code", "428".to_owned())]).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("requires one"), "{text}");
    let vars = [("status", "180".to_owned()), ("seconds", "3.5".to_owned())];
    let text = words.get("finding-post-dial-delay", &vars).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("first ringing"), "{text}");
}

#[test]
fn reason_causes_are_named() {
    let catalog = Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    let words = statusdoc_report::Words::new(catalog, "en");
    let reason = |protocol: &str, cause: &str| statusdoc_trace::Finding {
        kind: "reason",
        severity: statusdoc_trace::Severity::Info,
        frames: vec![1],
        references: vec!["RFC 3326 §2"],
        values: vec![("protocol", protocol.to_owned()), ("cause", cause.to_owned()), ("text", String::new())],
    };
    let sip = words.finding(&reason("SIP", "600")).unwrap_or_else(|e| panic!("{e}"));
    assert!(sip.contains("(600 Busy Everywhere)"), "{sip}");
    let q850 = words.finding(&reason("Q.850", "17")).unwrap_or_else(|e| panic!("{e}"));
    assert!(q850.contains("cause 17 ("), "{q850}");
}

/// A count of one is said in the singular, in every locale: the text for
/// one is not the text for two with its digit changed.
#[test]
fn counts_of_one_are_singular() {
    let catalog = Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    let cases: [(&str, &[(&str, &str)]); 4] = [
        ("finding-unanswered", &[("method", "CANCEL")]),
        ("finding-no-ack", &[]),
        ("finding-unreachable", &[("reason", "host"), ("address", "192.0.2.1:5060"), ("mtu", "0")]),
        ("finding-unreachable", &[("reason", "port"), ("address", "192.0.2.1:5060"), ("mtu", "0")]),
    ];
    for locale in catalog.prose().locale_ids() {
        let words = statusdoc_report::Words::new(catalog, locale);
        for (id, vars) in cases {
            let say = |count: &str| {
                let mut all: Vec<(&str, String)> = vars.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
                all.push(("count", count.to_owned()));
                words.get(id, &all).unwrap_or_else(|e| panic!("{locale} {id}: {e}"))
            };
            let (one, two) = (say("1"), say("2"));
            assert_ne!(one.replace(" 1 ", " 2 ").replace("(1 ", "(2 "), two, "{locale} {id}: {one}");
        }
    }
}

#[test]
fn frames_of_several_inputs_are_named_by_file() {
    use statusdoc_trace::frame_of_input;
    let catalog = Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    let one = statusdoc_report::Words::new(catalog, "en");
    let names = one.input_names(&["/var/tmp/ring_1.pcap", "ring_2.pcap"]);
    assert_eq!(names, ["ring_1.pcap", "ring_2.pcap"]);
    let several = one.with_inputs(&names);
    let frame = |words: statusdoc_report::Words, id| words.frame(id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(frame(one, 7), "frame 7");
    assert_eq!(frame(several, frame_of_input(7, 1)), "frame 7 of ring_2.pcap");
    // A log's messages are numbered by their lines.
    let line = statusdoc_trace::frame_of_line(7);
    assert_eq!(frame(one, line), "line 7");
    assert_eq!(frame(several, frame_of_input(line, 1)), "line 7 of ring_2.pcap");
    let frames = several
        .frames(&[frame_of_input(1, 0), frame_of_input(3, 0), frame_of_input(2, 1)])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(frames, "1, 3 of ring_1.pcap; 2 of ring_2.pcap");
    assert_eq!(one.frames(&[1, 3]).unwrap_or_else(|e| panic!("{e}")), "1, 3");
    // One name for two files: each gets its place, and no folder is shown;
    // `-` is standard input, in the user's language.
    assert_eq!(
        one.input_names(&["a/x.pcap", "b/x.pcap", "y.log", "-"]),
        ["x.pcap (1)", "x.pcap (2)", "y.log", "standard input"]
    );
    let spanish = statusdoc_report::Words::new(catalog, "es");
    assert_eq!(spanish.input_names(&["-", "a.pcap"]), ["entrada estándar", "a.pcap"]);
    let portuguese = statusdoc_report::Words::new(catalog, "pt-BR").with_inputs(&names);
    assert_eq!(frame(portuguese, frame_of_input(7, 0)), "quadro 7 de ring_1.pcap");
}
