//! The shareable outputs of `statusdoc analyze`: the self-contained HTML
//! report, Mermaid and Markdown for tickets, and `--redact`, driven through
//! the real binary on the real captures in ../shared/captures.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;

mod common;
use common::{analyze_json, capture, statusdoc};

fn stdout_of(args: &[&str]) -> String {
    let output = statusdoc(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap_or_else(|e| panic!("{e}"))
}

fn temp_file(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("statusdoc-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir.join(name)
}

/// Writes the HTML report of `file` (with extra flags) and returns it.
fn html_report(file: &str, extra: &[&str]) -> String {
    let path = temp_file(&format!("{file}{}.html", extra.join("")));
    let path_text = path.display().to_string();
    let input = capture(file);
    let mut args = vec!["analyze", input.as_str(), "--html", path_text.as_str()];
    args.extend_from_slice(extra);
    stdout_of(&args);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The section of the report whose id is `id`.
fn section<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no element {id}"));
    let end = html[start..].find("</section>").map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// The section of the report showing the message of `frame`.
fn message_with_frame(html: &str, frame: u64) -> &str {
    let marker = format!("<h3>Frame {frame} ·");
    let at = html.find(&marker).unwrap_or_else(|| panic!("no message for frame {frame}"));
    let start = html[..at].rfind("<section class=\"message\"").unwrap_or(at);
    let end = html[at..].find("</section>").map_or(html.len(), |e| at + e);
    &html[start..end]
}

#[test]
fn html_report_is_one_offline_file_with_every_call_message_and_finding() {
    let v = analyze_json(&[&capture("sip-488-codec-reject.pcapng")]);
    let html = html_report("sip-488-codec-reject.pcapng", &[]);
    assert!(html.starts_with("<!doctype html>"));
    // Nothing is fetched: no script, no stylesheet link, no external source.
    for forbidden in ["<script", "<link", "src=\"http", "href=\"http", "url(http", "@import"] {
        assert!(!html.contains(forbidden), "the report loads something: {forbidden}");
    }
    let calls = v["calls"].as_array().unwrap_or_else(|| panic!("calls"));
    assert_eq!(html.matches("<svg class=\"ladder\"").count(), calls.len());
    for c in calls {
        let call_id = c["call_id"].as_str().unwrap_or_default();
        assert!(html.contains(call_id), "call {call_id} missing");
        for m in c["messages"].as_array().into_iter().flatten() {
            let frame = m["frame"].as_u64().unwrap_or_default();
            message_with_frame(&html, frame);
        }
        for f in c["findings"].as_array().into_iter().flatten() {
            let text = f["message"].as_str().unwrap_or_default();
            assert!(html.contains(&html_escape(text)), "finding {text:?} missing");
        }
    }
    // Every arrow of a ladder opens a message that exists.
    let targets: Vec<&str> = html
        .split("<a href=\"#m-")
        .skip(1)
        .filter(|s| s.contains("\" class=\"arrow") && s.find('"') == s.find("\" class=\"arrow"))
        .filter_map(|s| s.split('"').next())
        .collect();
    assert_eq!(targets.len(), v["summary"]["messages"].as_u64().unwrap_or_default() as usize);
    for target in targets {
        section(&html, &format!("m-{target}"));
    }
    assert!(html.contains("This file loads nothing from the network."));
    // The input is named by its file name, not by where it lives here.
    assert!(html.contains("sip-488-codec-reject.pcapng"));
    assert!(!html.contains("captures/sip-488"), "the local path leaked into the report");
    // The 488 is highlighted in its message, and explained from the registry.
    let refused = message_with_frame(&html, 12);
    assert!(refused.contains("<mark>SIP/2.0 488"), "{refused}");
    assert!(html.contains("488 Not Acceptable Here</strong>"), "no explanation of 488");
}

/// Text as the report's templates escape it.
fn html_escape(text: &str) -> String {
    text.replace('&', "&#38;").replace('"', "&#34;").replace('\'', "&#39;").replace('<', "&#60;").replace('>', "&#62;")
}

/// The text of every whole message in a report (its `<pre>` blocks).
fn message_texts(html: &str) -> String {
    html.split("<pre>").skip(1).filter_map(|s| s.split("</pre>").next()).collect::<Vec<_>>().join("\n")
}

#[test]
fn html_report_highlights_the_headers_a_finding_rests_on() {
    let html = html_report("sip-auth-failure.pcapng", &[]);
    // The challenge finding points at the 401 (frame 2); its
    // WWW-Authenticate line is marked there, and the Authorization of the
    // retry (frame 3) is marked because the refusal rests on it.
    let challenge = message_with_frame(&html, 2);
    assert!(challenge.contains("<mark>WWW-Authenticate:"), "{challenge}");
    let refusal = message_with_frame(&html, 4);
    assert!(refusal.contains("<mark>SIP/2.0 403"), "{refusal}");
    // A successful message has nothing marked.
    let request = message_with_frame(&html, 1);
    assert!(!request.contains("<mark>SIP/2.0"), "{request}");
}

#[test]
fn html_report_keeps_the_filters_and_the_stdout_answer() {
    let path = temp_file("failed-only.html");
    let path_text = path.display().to_string();
    let input = capture("b2bua-asterisk.pcapng");
    let json = stdout_of(&["analyze", &input, "--failed", "--format", "json", "--html", &path_text]);
    let v: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let failed = v["calls"].as_array().map_or(0, Vec::len);
    assert!(failed > 0);
    assert_eq!(html.matches("<svg class=\"ladder\"").count(), failed);
}

#[test]
fn an_html_report_that_cannot_be_written_is_an_error_naming_the_path() {
    let input = capture("sip_call.pcap");
    let output = statusdoc(&["analyze", &input, "--html", "/nonexistent-dir/report.html"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nonexistent-dir/report.html"), "{stderr}");
}

#[test]
fn mermaid_draws_one_sequence_diagram_per_call_with_every_message() {
    let input = capture("b2bua-asterisk.pcapng");
    let v = analyze_json(&[&input]);
    let text = stdout_of(&["analyze", &input, "--format", "mermaid"]);
    let diagrams: Vec<&str> = text.split("sequenceDiagram\n").skip(1).collect();
    let calls = v["calls"].as_array().unwrap_or_else(|| panic!("calls"));
    assert_eq!(diagrams.len(), calls.len());
    assert!(text.starts_with("sequenceDiagram\n"));
    for (diagram, call) in diagrams.iter().zip(calls) {
        let participants = call["participants"].as_array().map_or(0, Vec::len);
        assert_eq!(diagram.matches("    participant P").count(), participants);
        let messages = call["messages"].as_array().map_or(0, Vec::len);
        let arrows = diagram.lines().filter(|l| l.contains("->>")).count();
        assert_eq!(arrows, messages, "{diagram}");
        let notes = diagram.lines().filter(|l| l.trim_start().starts_with("Note over")).count();
        assert_eq!(notes, call["findings"].as_array().map_or(0, Vec::len));
        // Each arrow goes between declared participants, and no line holds
        // what Mermaid would read as a statement break.
        for line in diagram.lines().filter(|l| l.contains("->>")) {
            let (ends, _) = line.trim().split_once(':').unwrap_or_else(|| panic!("{line}"));
            for end in ends.split(['-', '>']).filter(|s| !s.is_empty()) {
                let n: usize = end.trim_start_matches('P').parse().unwrap_or_else(|_| panic!("{line}"));
                assert!((1..=participants).contains(&n), "{line}");
            }
            assert!(!line.contains(';') && !line.contains('#'), "{line}");
        }
    }
    // Mermaid is for analyze only.
    let output = statusdoc(&["--format", "mermaid", "486"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("analyze"));
}

#[test]
fn markdown_has_a_section_diagram_and_table_per_call() {
    let input = capture("sip-auth-failure.pcapng");
    let v = analyze_json(&[&input]);
    let text = stdout_of(&["analyze", &input, "--format", "markdown"]);
    let calls = v["calls"].as_array().unwrap_or_else(|| panic!("calls"));
    assert_eq!(text.matches("\n```mermaid\n").count() + usize::from(text.starts_with("```mermaid")), calls.len());
    for (i, c) in calls.iter().enumerate() {
        assert!(text.contains(&format!("## {}. Call `{}`", i + 1, c["call_id"].as_str().unwrap_or_default())));
        for m in c["messages"].as_array().into_iter().flatten() {
            let row =
                format!("| {} | {} | ", m["src"].as_str().unwrap_or_default(), m["dst"].as_str().unwrap_or_default());
            assert!(text.contains(&row), "no row {row}");
        }
    }
    assert!(text.contains("403 Forbidden**"), "the failure is explained");
    assert!(text.contains("8 SIP messages, 2 calls (2 failed)"), "{text}");
}

/// IP addresses written anywhere in a text (as whole words: the version in
/// `FPBX-14.0.13.4` is not one).
fn ipv4_addresses(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .filter(|t| t.parse::<std::net::Ipv4Addr>().is_ok())
        .map(str::to_owned)
        .collect()
}

/// User parts of `sip:user@` URIs in a text.
fn user_parts(text: &str) -> BTreeSet<String> {
    text.split("sip:")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(['@', '>', ';', ' ', '"', '<', '\n'])?;
            (rest.as_bytes().get(end) == Some(&b'@')).then(|| rest[..end].to_owned())
        })
        .collect()
}

#[test]
fn redact_replaces_every_address_and_user_but_keeps_the_analysis() {
    for file in ["b2bua-asterisk.pcapng", "sip-488-codec-reject.pcapng", "Asterisk_ZFONE_XLITE.pcap"] {
        let input = capture(file);
        let plain = analyze_json(&[&input]);
        let redacted = analyze_json(&[&input, "--redact"]);
        let plain_html = html_report(file, &[]);
        let redacted_html = html_report(file, &["--redact"]);

        // The same calls, messages, outcomes and findings.
        assert_eq!(plain["summary"], redacted["summary"], "{file}");
        let shape = |v: &Value| -> Vec<(Value, Vec<Value>, Vec<Value>)> {
            v["calls"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| {
                    let statuses =
                        c["messages"].as_array().into_iter().flatten().map(|m| m["status"].clone()).collect();
                    let kinds = c["findings"].as_array().into_iter().flatten().map(|f| f["kind"].clone()).collect();
                    (c["outcome"].clone(), statuses, kinds)
                })
                .collect()
        };
        assert_eq!(shape(&plain), shape(&redacted), "{file}");

        // No address or user part of the original is left anywhere, even in
        // the whole messages of the HTML report.
        let secrets: BTreeSet<String> = ipv4_addresses(&message_texts(&plain_html))
            .into_iter()
            .filter(|a| a != "0.0.0.0" && !a.starts_with("127."))
            .collect();
        assert!(!secrets.is_empty(), "{file}");
        let left: Vec<String> =
            ipv4_addresses(&message_texts(&redacted_html)).intersection(&secrets).cloned().collect();
        assert!(left.is_empty(), "{file}: addresses left: {left:?}");
        let users = user_parts(&message_texts(&plain_html));
        let users_left: Vec<String> =
            user_parts(&message_texts(&redacted_html)).intersection(&users).cloned().collect();
        assert!(users_left.is_empty(), "{file}: user parts left: {users_left:?}");
        let json_text = redacted.to_string();
        for secret in &secrets {
            assert!(!json_text.contains(secret.as_str()), "{file}: {secret} in JSON");
        }
        // What was redacted is said.
        assert!(redacted["redacted"]["addresses"].as_u64().unwrap_or_default() > 0, "{file}");
        assert!(redacted_html.contains("Redacted before analysis"), "{file}");
        assert!(plain.get("redacted").is_none());
    }
}

#[test]
fn redact_is_the_same_pseudonym_every_time() {
    let input = capture("b2bua-asterisk.pcapng");
    let first = stdout_of(&["analyze", &input, "--redact", "--format", "json"]);
    let second = stdout_of(&["analyze", &input, "--redact", "--format", "json"]);
    assert_eq!(first, second);
}

#[test]
fn the_ladders_columns_are_as_far_apart_as_their_names_are_long() {
    // Messages pasted without addresses, their sides named by long URIs.
    let message = |start: &str| {
        format!(
            "{start}\nVia: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\nFrom: <sip:+442071234567@pbx.headquarters.atlanta.example.com>;tag=a\nTo: <sip:+15551234567@sip.carrier-interconnect.example.net;user=phone>\nCall-ID: long-names\nCSeq: 1 INVITE\nContent-Length: 0\n\n"
        )
    };
    let input = temp_file("long-names.txt");
    let text = message("INVITE sip:+15551234567@sip.carrier-interconnect.example.net;user=phone SIP/2.0")
        + &message("SIP/2.0 404 Not Found");
    std::fs::write(&input, text).unwrap_or_else(|e| panic!("{e}"));
    let path = temp_file("long-names.html");
    let (input, path_text) = (input.display().to_string(), path.display().to_string());
    stdout_of(&["analyze", &input, "--html", &path_text]);
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    // Each column's x and name, as drawn.
    let columns: Vec<(f64, usize)> = html
        .split("<text class=\"participant\" x=\"")
        .skip(1)
        .filter_map(|rest| {
            let (x, rest) = rest.split_once('"')?;
            let name = rest.split_once('>')?.1.split_once('<')?.0;
            Some((x.parse().ok()?, name.chars().count()))
        })
        .collect();
    assert_eq!(columns.len(), 2, "{html}");
    // 12 px monospace: about 7.2 px a character, each name centred on its column.
    let half = |chars: usize| chars as f64 * 7.2 / 2.0;
    assert!(columns[0].0 >= half(columns[0].1), "the first name starts left of the picture: {columns:?}");
    assert!(columns[1].0 - columns[0].0 >= half(columns[0].1) + half(columns[1].1), "names overlap: {columns:?}");
    let width: f64 = html
        .split("<svg class=\"ladder\"")
        .nth(1)
        .and_then(|svg| svg.split("width=\"").nth(1))
        .and_then(|w| w.split('"').next())
        .and_then(|w| w.parse().ok())
        .unwrap_or(0.0);
    assert!(columns[1].0 + half(columns[1].1) <= width, "the last name ends past the picture: {columns:?} {width}");
}
