//! Drives the real `statusdoc` binary.

use std::io::Read;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn statusdoc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NO_COLOR")
        .output()
        .unwrap_or_else(|e| panic!("cannot run statusdoc: {e}"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(args: &[&str]) -> Value {
    let output = statusdoc(args);
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
}

fn registered_codes() -> Vec<u64> {
    let list = json(&["list", "--format", "json"]);
    list.as_array()
        .unwrap_or_else(|| panic!("list is not an array"))
        .iter()
        .filter_map(|e| e["code"].as_u64())
        .collect()
}

#[test]
fn every_registered_code_explains_with_the_contract_keys() {
    let codes = registered_codes();
    assert_eq!(codes.len(), 75);
    for code in codes {
        let e = json(&["explain", &code.to_string(), "--format", "json"]);
        for key in [
            "protocol",
            "code",
            "reason",
            "class",
            "registered",
            "final",
            "references",
            "summary",
            "description",
            "when_you_see_it",
            "how_to_fix",
            "related",
        ] {
            assert!(e.get(key).is_some(), "{code}: missing key {key}");
        }
        assert_eq!(e["protocol"], "sip");
        assert_eq!(e["code"].as_u64(), Some(code));
        assert_eq!(e["registered"], true);
        assert_eq!(e["class"].as_str(), Some(format!("{}xx", code / 100).as_str()));
        assert_eq!(e["final"], code >= 200, "{code}");
        assert!(e["reason"].as_str().is_some_and(|r| !r.is_empty()));
        let refs = e["references"].as_array().unwrap_or_else(|| panic!("{code}: references"));
        assert!(!refs.is_empty(), "{code}: no reference");
        for r in refs {
            assert!(r["rfc"].as_u64().is_some() && r["section"].is_string(), "{code}: bad reference {r}");
        }
        assert!(e["when_you_see_it"].as_array().is_some_and(|a| !a.is_empty()), "{code}");
        assert!(e["how_to_fix"].as_array().is_some_and(|a| !a.is_empty()), "{code}");
        assert!(e["related"].as_array().is_some_and(|a| a.iter().all(Value::is_u64)), "{code}");
    }
}

#[test]
fn shortcut_and_protocol_forms_give_the_same_answer() {
    let plain = statusdoc(&["438"]);
    let explain = statusdoc(&["explain", "438"]);
    let named = statusdoc(&["explain", "sip", "438"]);
    let upper = statusdoc(&["explain", "SIP", "438"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert_eq!(stdout(&plain), stdout(&explain));
    assert_eq!(stdout(&plain), stdout(&named));
    assert_eq!(stdout(&plain), stdout(&upper));
    assert!(stdout(&plain).contains("Invalid Identity Header"));
    let flags_first = statusdoc(&["--format", "json", "438"]);
    assert_eq!(
        serde_json::from_slice::<Value>(&flags_first.stdout).ok().map(|v| v["code"].clone()),
        Some(Value::from(438))
    );
}

#[test]
fn a_status_line_pasted_from_a_trace_is_explained() {
    let plain = stdout(&statusdoc(&["438"]));
    for pasted in [
        &["SIP/2.0 438 Invalid Identity Header"][..],
        &["SIP/2.0", "438", "Invalid", "Identity", "Header"],
        &["explain", "  SIP/2.0 438 Invalid Identity Header\r\n"],
        &["438 Invalid Identity Header"],
        &["sip/2.0 438"],
    ] {
        let output = statusdoc(pasted);
        assert!(output.status.success(), "{pasted:?}: {}", stderr(&output));
        assert_eq!(stdout(&output), plain, "{pasted:?}");
    }
    // The reason phrase is the sender's wording; the code alone decides.
    let vendor = statusdoc(&["SIP/2.0 480 Temporarily not available"]);
    assert_eq!(stdout(&vendor), stdout(&statusdoc(&["480"])));
    let lines = statusdoc(&["compare", "SIP/2.0 486 Busy Here", "SIP/2.0 600 Busy Everywhere", "--format", "json"]);
    assert_eq!(stdout(&lines), stdout(&statusdoc(&["compare", "486", "600", "--format", "json"])));
    // A protocol the registry lacks is named, as `explain http 404` names it.
    let http = statusdoc(&["HTTP/1.1 404 Not Found"]);
    assert_eq!(http.status.code(), Some(2));
    assert!(stderr(&http).contains("HTTP") && stderr(&http).contains("sip"), "{}", stderr(&http));
    for not_one_code in [&["SIP/2.0"][..], &["SIP/2.0 48 6"], &["explain", "486", "600"]] {
        let output = statusdoc(not_one_code);
        assert_eq!(output.status.code(), Some(2), "{not_one_code:?}");
        assert!(stdout(&output).is_empty());
    }
    let found = json(&["search", "--format", "json", "SIP/2.0 438 Invalid Identity Header"]);
    assert_eq!(found["hits"][0]["code"], 438, "{found}");
}

#[test]
fn unregistered_codes_are_explained_by_class() {
    let e = json(&["499", "--format", "json"]);
    assert_eq!(e["registered"], false);
    assert_eq!(e["reason"], Value::Null);
    assert_eq!(e["class"], "4xx");
    assert!(e["summary"].as_str().is_some_and(|s| s.contains("400")));
    let nearest: Vec<u64> =
        e["nearest"].as_array().map(|a| a.iter().filter_map(Value::as_u64).collect()).unwrap_or_default();
    assert!(nearest.contains(&494) && nearest.contains(&400), "{nearest:?}");
    let e = json(&["411", "--format", "json"]);
    assert!(e["history"].as_str().is_some_and(|h| h.contains("Length Required")));
    let text = statusdoc(&["150"]);
    assert!(text.status.success());
    assert!(stdout(&text).contains("100"), "a 1xx is treated as 100");
}

#[test]
fn malformed_input_is_a_clear_error_with_status_2() {
    for bad in ["abc", "99", "700", "4o4", "-5", "1000", "48 6", ""] {
        let output = statusdoc(&["explain", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(stdout(&output).is_empty(), "{bad:?} printed to stdout");
        let message = stderr(&output);
        assert!(
            message.contains(&format!("“{bad}”")) && message.contains("100") && message.contains("699"),
            "{bad:?}: {message}"
        );
    }
    let output = statusdoc(&["4o4"]);
    assert_eq!(output.status.code(), Some(2));
    let output = statusdoc(&["explain", "http", "404"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("http") && stderr(&output).contains("sip"));
    let output = statusdoc(&["--lang", "xx", "486"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("xx"));
    let output = statusdoc(&["explain", "486", "600"]);
    assert_eq!(output.status.code(), Some(2), "two codes to explain is a usage error");
    // A missing or lacking argument is named once, as its help shows it.
    for (args, named) in [(&["compare", "486"][..], "<[PROTOCOL] A B>"), (&["analyze"], "<FILE>")] {
        let output = statusdoc(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert_eq!(message.matches(named).count(), 1, "{message}");
        assert!(!message.contains("..."), "{message}");
    }
    let output = statusdoc(&["--format", "yaml", "486"]);
    assert_eq!(output.status.code(), Some(2));
    // A number out of range, or not a number, names the value and the option.
    for (option, value) in [("--max-messages", "0"), ("--max-open-calls", "many")] {
        let output = statusdoc(&["analyze", "x.pcap", option, value]);
        assert_eq!(output.status.code(), Some(2));
        let message = stderr(&output);
        assert!(message.contains(value) && message.contains(option), "{message}");
    }
}

#[test]
fn search_finds_codes_by_words_headers_and_typos() {
    let codes = |words: &[&str]| -> Vec<u64> {
        let mut args = vec!["search", "--format", "json"];
        args.extend_from_slice(words);
        let results = json(&args);
        results["hits"].as_array().map(|h| h.iter().filter_map(|x| x["code"].as_u64()).collect()).unwrap_or_default()
    };
    let identity = codes(&["identity"]);
    for code in [428, 436, 437, 438] {
        assert!(identity.iter().take(6).any(|&c| c == code), "identity: {code} not near the top of {identity:?}");
    }
    assert_eq!(codes(&["min-expires"]).first(), Some(&423));
    assert_eq!(codes(&["Min-SE"]).first(), Some(&422));
    assert!(codes(&["identiy"]).iter().take(6).any(|&c| c == 438), "one typo must still find 438");
    assert!(codes(&["busy", "everywhere"]).first() == Some(&600));
    assert_eq!(codes(&["486"]).first(), Some(&486));
    let none = statusdoc(&["search", "xylophone"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(stdout(&none).contains("xylophone"));
}

#[test]
fn list_filters_by_class() {
    let list = json(&["list", "--class", "4xx", "--format", "json"]);
    let entries = list.as_array().unwrap_or_else(|| panic!("not an array"));
    assert_eq!(entries.len(), 46);
    assert!(entries.iter().all(|e| e["class"] == "4xx"));
    assert_eq!(json(&["list", "sip", "--class", "6", "--format", "json"]).as_array().map(Vec::len), Some(6));
    let bad = statusdoc(&["list", "--class", "9x"]);
    assert_eq!(bad.status.code(), Some(2));
    // A class SIP does not have is an error, not an empty list.
    let none = statusdoc(&["list", "--class", "7xx"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("7xx") && stdout(&none).is_empty(), "{}", stderr(&none));
    let text = statusdoc(&["list"]);
    assert!(stdout(&text).contains("486 Busy Here") && stdout(&text).contains("75"));
}

#[test]
fn formats_text_markdown_and_no_color_off_a_terminal() {
    let text = statusdoc(&["486"]);
    assert!(!stdout(&text).contains('\x1b'), "no colour when stdout is not a terminal");
    assert!(stdout(&text).lines().all(|l| l.chars().count() <= 80 || !l.contains(' ')), "wrapped to 80 columns");
    let markdown = statusdoc(&["486", "--format", "markdown"]);
    let md = stdout(&markdown);
    assert!(md.starts_with("## SIP 486 Busy Here"), "{md}");
    assert!(md.contains("](https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24)"));
    let wide = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["486"])
        .env("COLUMNS", "120")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(String::from_utf8_lossy(&wide.stdout).lines().any(|l| l.chars().count() > 80), "COLUMNS widens the text");
}

#[test]
fn compare_answers_in_every_format() {
    let c = json(&["compare", "600", "486", "--format", "json"]);
    for key in ["a", "b", "summary", "differences", "in_common", "which_applies", "also_compare"] {
        assert!(c.get(key).is_some(), "missing {key}");
    }
    assert_eq!(c["a"]["code"], 486);
    assert_eq!(c["b"]["code"], 600);
    assert_eq!(c, json(&["compare", "sip", "486", "600", "--format", "json"]));
    let differences = c["differences"].as_array().unwrap_or_else(|| panic!("differences"));
    assert!(differences.len() >= 3);
    for d in differences {
        assert!(d["aspect"].is_string() && d["text"].is_string() && d["references"].is_array(), "{d}");
    }
    let text = statusdoc(&["compare", "486", "600"]);
    assert!(text.status.success());
    assert!(stdout(&text).contains("486 Busy Here") && stdout(&text).contains("600 Busy Everywhere"));
    let markdown = statusdoc(&["compare", "486", "600", "--format", "markdown"]);
    assert!(stdout(&markdown).starts_with("## SIP"));
    let same = statusdoc(&["compare", "486", "486"]);
    assert_eq!(same.status.code(), Some(2));
    let bad = statusdoc(&["compare", "486", "4o4"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("4o4"));
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let output = statusdoc(&["completions", shell]);
        assert!(output.status.success(), "{shell}");
        let script = stdout(&output);
        assert!(script.contains("statusdoc") && script.contains("compare"), "{shell}");
    }
    assert_eq!(statusdoc(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn help_shows_examples_and_locale_comes_from_the_environment() {
    let help = statusdoc(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("statusdoc compare 486 600"));
    let env_locale = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["486", "--format", "json"])
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(env_locale.status.success(), "an unsupported system locale falls back to English");
    let v: Value = serde_json::from_slice(&env_locale.stdout).unwrap_or(Value::Null);
    assert_eq!(v["locale"], "en");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut first = [0u8; 16];
    if let Some(mut out) = child.stdout.take() {
        let _ = out.read(&mut first);
        drop(out);
    }
    let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    assert!(status.success() || status.code() == Some(0), "status {status:?}, stderr {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn language_comes_from_the_flag_then_the_environment() {
    let run = |args: &[&str], lang: Option<&str>| -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_statusdoc"));
        command.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
        if let Some(lang) = lang {
            command.env("LANG", lang);
        }
        command.output().unwrap_or_else(|e| panic!("{e}"))
    };
    let pt = run(&["438"], Some("pt_BR.UTF-8"));
    let text = stdout(&pt);
    assert!(text.contains("O que significa") && text.contains("cabeçalho Identity inválido"), "{text}");
    assert!(text.contains("Invalid Identity Header"), "the registered phrase stays as on the wire");
    let es = run(&["compare", "486", "600"], Some("es_ES.UTF-8"));
    assert!(stdout(&es).contains("Diferencias clave"));
    let flag = run(&["--lang", "es", "438"], Some("pt_BR.UTF-8"));
    assert!(stdout(&flag).contains("Qué significa"), "--lang wins over LANG");
    let json: Value = serde_json::from_slice(&run(&["--lang", "pt-br", "486", "--format", "json"], None).stdout)
        .unwrap_or(Value::Null);
    assert_eq!(json["locale"], "pt-BR");
    let error = run(&["explain", "4o4"], Some("es_ES.UTF-8"));
    assert_eq!(error.status.code(), Some(2));
    assert!(stderr(&error).contains("no es un código de estado"), "errors are translated: {}", stderr(&error));
    let unknown = run(&["--bogus", "486"], Some("pt_BR.UTF-8"));
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("Opção desconhecida --bogus"),
        "usage errors are translated: {}",
        stderr(&unknown)
    );
    let bad_format = run(&["486", "--format", "yaml"], Some("es_ES.UTF-8"));
    assert!(stderr(&bad_format).contains("yaml no es un valor válido"), "{}", stderr(&bad_format));
    let help = run(&["--help"], Some("pt_BR.UTF-8"));
    assert!(stdout(&help).contains("Exemplos"), "help is translated");
}
