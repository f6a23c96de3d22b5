//! `statusdoc analyze` on the real captures in ../shared/captures.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

mod common;
use common::{analyze_json, analyze_json_output, analyze_json_piped, capture, statusdoc, with_stdin};
use statusdoc_trace::test_support::{gzip, pcap_header, pcap_of, pcap_records, shifted_pcap, tar_of, zip_of};

/// A file's bytes.
fn bytes_of(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The frame of every message of every call, in the order written.
fn message_frames(v: &Value) -> Vec<u64> {
    v["calls"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["messages"].as_array().into_iter().flatten())
        .filter_map(|m| m["frame"].as_u64())
        .collect()
}

/// Every finding of one kind, over all the calls of an analysis.
fn findings_of_kind<'v>(v: &'v Value, kind: &str) -> Vec<&'v Value> {
    v["calls"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["findings"].as_array().into_iter().flatten())
        .filter(|f| f["kind"] == kind)
        .collect()
}

const CAPTURES: &[&str] = &[
    "Asterisk_ZFONE_XLITE.pcap",
    "DTMFsipinfo.pcap",
    "SIP_CALL_RTP_G711",
    "SIP_DTMF2.cap",
    "b2bua-asterisk.pcapng",
    "codec-negotiation.pcap",
    "invite-opus-bye.pcap",
    "metasploit-sip-invite-spoof.pcap",
    "register-invite-reinvite-bye.pcap",
    "sip-488-codec-reject.pcapng",
    "sip-auth-failure.pcapng",
    "sip-over-tcp.pcap",
    "sip-proxy.pcap",
    "sip-register.pcap",
    "sip-routing-error.pcapng",
    "sip-rtp-g711.pcap",
    "sip-sdp-example.pcap",
    "sip_call.pcap",
    "udp_5060.pcap",
];

#[test]
fn every_capture_gives_the_json_contract() {
    for name in CAPTURES {
        let v = analyze_json(&[&capture(name)]);
        for key in ["messages", "calls", "failed_calls", "errors"] {
            assert!(v["summary"][key].is_u64(), "{name}: summary.{key}");
        }
        let calls = v["calls"].as_array().unwrap_or_else(|| panic!("{name}: calls"));
        // Messages without Call-ID belong to no call and are reported instead.
        let mut total = v["errors"].as_array().into_iter().flatten().filter(|e| e["kind"] == "no-call-id").count();
        for call in calls {
            assert!(call["call_id"].is_string() && call["outcome"]["state"].is_string(), "{name}: {call}");
            for m in call["messages"].as_array().into_iter().flatten() {
                total += 1;
                for key in
                    ["frame", "time", "src", "dst", "transport", "kind", "method", "status", "cseq", "retransmission"]
                {
                    assert!(m.get(key).is_some(), "{name}: message lacks {key}");
                }
                assert!(m["kind"] == "request" || m["kind"] == "response");
            }
        }
        assert_eq!(
            Some(total as u64),
            v["summary"]["messages"].as_u64(),
            "{name}: every message is in a call or reported"
        );
        assert!(!calls.is_empty() || total > 0, "{name}: nothing found");
        assert!(v["errors"]
            .as_array()
            .is_some_and(|e| e.iter().all(|e| e["frame"].is_u64() && e["error"].is_string())));
    }
}

#[test]
fn failures_are_found_and_explained_from_the_registry() {
    let path = capture("sip-488-codec-reject.pcapng");
    let v = analyze_json(&[&path, "--failed"]);
    let calls = v["calls"].as_array().unwrap_or_else(|| panic!("calls"));
    assert_eq!(calls.len(), 1, "one failed call");
    assert_eq!(calls[0]["outcome"]["state"], "failed");
    assert_eq!(calls[0]["outcome"]["status"], 488);
    let call_id = calls[0]["call_id"].as_str().unwrap_or_default().to_owned();
    // The 488 is set against the offer its INVITE made.
    let refusal = calls[0]["messages"].as_array().into_iter().flatten().find(|m| m["status"] == 488);
    let refusal_frame = refusal.map(|m| m["frame"].clone()).unwrap_or(Value::Null);
    let offer = calls[0]["findings"].as_array().into_iter().flatten().find(|f| f["kind"] == "offer");
    let offer = offer.unwrap_or_else(|| panic!("{}", calls[0]));
    assert_eq!(offer["frames"][0], refusal_frame);
    assert!(offer["message"].as_str().is_some_and(|m| m.contains("PCMU")), "the INVITE offers G.711 µ-law: {offer}");
    // The text ladder carries the registry's own one-line meaning of 488.
    let meaning: Value =
        serde_json::from_slice(&statusdoc(&["explain", "488", "--format", "json"]).stdout).unwrap_or(Value::Null);
    let summary = meaning["summary"].as_str().unwrap_or("?").to_owned();
    let text = String::from_utf8_lossy(&statusdoc(&["analyze", &path, "--call", &call_id, "--lang", "en"]).stdout)
        .into_owned();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&summary.split_whitespace().collect::<Vec<_>>().join(" ")), "{text}");
    assert!(text.contains("INVITE") && text.contains("488 Not Acceptable Here"));
    // In Portuguese, the same explanation comes in Portuguese.
    let pt =
        String::from_utf8_lossy(&statusdoc(&["analyze", &path, "--failed", "--lang", "pt-BR"]).stdout).into_owned();
    assert!(pt.contains("falhou") && pt.contains("ponto final"), "{pt}");
}

#[test]
fn a_filter_that_keeps_no_call_says_so_instead_of_no_call_found() {
    let answered = capture("sip_call.pcap");
    let read = analyze_json(&[&answered])["summary"]["calls"].as_u64().unwrap_or(0);
    assert!(read > 0);
    // What an input without any SIP call gets, for comparison.
    let empty = std::env::temp_dir().join(format!("statusdoc-no-sip-{}.txt", std::process::id()));
    let _ = std::fs::write(&empty, "nothing here\n");
    let empty_path = empty.display().to_string();
    let first_line = |args: &[&str]| {
        let output = statusdoc(args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8_lossy(&output.stdout).lines().next().unwrap_or_default().to_owned()
    };
    for lang in ["en", "es", "pt-BR"] {
        // (Reading nothing at all is an error, status 2.)
        let nothing = statusdoc(&["analyze", &empty_path, "--lang", lang]);
        let nothing = String::from_utf8_lossy(&nothing.stdout).lines().next().unwrap_or_default().to_owned();
        // A Call-ID the capture does not have: named, with how many calls were read.
        let unknown = first_line(&["analyze", &answered, "--call", "no-such-call@example", "--lang", lang]);
        assert!(unknown.contains("no-such-call@example") && unknown != nothing, "{lang}: {unknown}");
        // No failed call among answered ones: not "no call found".
        let none_failed = first_line(&["analyze", &answered, "--failed", "--lang", lang]);
        assert!(none_failed != nothing && none_failed != unknown, "{lang}: {none_failed}");
        let markdown = first_line(&["analyze", &answered, "--failed", "--format", "markdown", "--lang", lang]);
        assert_eq!(markdown, none_failed, "{lang}");
    }
    // Several calls read: the count is given.
    let several = capture("b2bua-asterisk.pcapng");
    let calls = analyze_json(&[&several])["summary"]["calls"].as_u64().unwrap_or(0);
    assert!(calls > 1);
    let unknown = first_line(&["analyze", &several, "--call", "x", "--failed", "--lang", "en"]);
    assert!(unknown.contains(&format!("{calls} ")) && unknown.contains("“x”"), "{unknown}");
    // The HTML report says the same.
    let report = std::env::temp_dir().join(format!("statusdoc-no-failed-{}.html", std::process::id()));
    let report_path = report.display().to_string();
    let none_failed = first_line(&["analyze", &answered, "--failed", "--lang", "en"]);
    let _ = first_line(&["analyze", &answered, "--failed", "--lang", "en", "--html", &report_path]);
    let html = std::fs::read_to_string(&report).unwrap_or_default();
    assert!(html.contains(&format!("<p>{none_failed}</p>")), "{html}");
    let _ = std::fs::remove_file(&report);
    let _ = std::fs::remove_file(&empty);
}

#[test]
fn a_call_asked_for_comes_with_the_legs_its_headers_link_to_it_directly_or_through_others() {
    // A B2BUA's two legs (the outgoing one names the incoming one in
    // X-CID) and a third call that has nothing to do with them.
    let invite = |call_id: &str, extra: &str| {
        format!(
            "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK{call_id}\r\n\
             From: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\nCall-ID: {call_id}\r\n\
             CSeq: 1 INVITE\r\n{extra}Content-Length: 0\r\n\r\n"
        )
    };
    // And a transfer of the outgoing leg, which names only that leg and
    // ends first: linked to the incoming leg through the outgoing one.
    let log = [
        invite("transfer@pbx", "Replaces: leg-out@pbx;to-tag=2;from-tag=1\r\n"),
        invite("leg-in@pbx", ""),
        invite("leg-out@pbx", "X-CID: leg-in@pbx\r\n"),
        invite("other@pbx", ""),
    ]
    .join("\r\n");
    let path = std::env::temp_dir().join(format!("statusdoc-linked-{}.txt", std::process::id()));
    std::fs::write(&path, log).unwrap_or_else(|e| panic!("{e}"));
    let path = path.display().to_string();
    let shown = |id: &str| -> Vec<String> {
        let output = statusdoc(&["analyze", &path, "--call", id, "--format", "json"]);
        let v: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
        let calls = v["calls"].as_array().into_iter().flatten();
        let mut ids: Vec<String> = calls.map(|c| c["call_id"].as_str().unwrap_or_default().to_owned()).collect();
        ids.sort();
        ids
    };
    assert_eq!(analyze_json(&[&path])["summary"]["calls"], 4);
    let all = ["leg-in@pbx", "leg-out@pbx", "transfer@pbx"];
    assert_eq!(shown("leg-in@pbx"), all);
    assert_eq!(shown("leg-out@pbx"), all);
    assert_eq!(shown("transfer@pbx"), all);
    assert_eq!(shown("other@pbx"), ["other@pbx"]);
    // As pasted from a trace: the header line, spaces around.
    assert_eq!(shown(" Call-ID: other@pbx\r\n"), ["other@pbx"]);
    assert_eq!(shown("i: other@pbx"), ["other@pbx"]);
    // The HTML report, which holds every call, shows the same ones.
    let report = std::env::temp_dir().join(format!("statusdoc-linked-{}.html", std::process::id()));
    let report_path = report.display().to_string();
    let output = statusdoc(&["analyze", &path, "--call", "leg-in@pbx", "--html", &report_path, "--format", "json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = std::fs::read_to_string(&report).unwrap_or_default();
    assert!(all.iter().all(|id| html.contains(id)) && !html.contains("other@pbx"), "{html}");
    let _ = std::fs::remove_file(&report);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_long_reason_phrase_is_written_after_its_row_not_across_the_ladder() {
    let reason = "Service Unavailable because every trunk of the route to this destination is busy";
    let message = |first: &str, to_tag: &str| {
        format!(
            "{first}\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\nFrom: <sip:a@10.0.0.1>;tag=a\r\n\
             To: <sip:b@10.0.0.2>{to_tag}\r\nCall-ID: long@pbx\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
        )
    };
    let messages = [
        message("INVITE sip:b@10.0.0.2 SIP/2.0", ""),
        message("SIP/2.0 100 Trying", ""),
        message(&format!("SIP/2.0 503 {reason}"), ";tag=b"),
    ];
    let mut capture = pcap_header();
    for message in &messages {
        capture.extend(pcap_record(1, message.as_bytes()));
    }
    let path = std::env::temp_dir().join(format!("statusdoc-long-reason-{}.pcap", std::process::id()));
    std::fs::write(&path, capture).unwrap_or_else(|e| panic!("{e}"));
    let output = statusdoc(&["analyze", &path.display().to_string(), "--lang", "en"]);
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("[frame")).collect();
    assert_eq!(rows.len(), 3, "{text}");
    // The short labels sit between the columns, as narrow as they need.
    assert!(rows[0].contains("- INVITE -") && rows[1].contains("- 100 Trying -"), "{text}");
    assert!(rows[0].chars().count() < 80, "{text}");
    // The long one follows its arrow, whole.
    let arrow_end = rows[2].find('|').and_then(|first| rows[2][first + 1..].find('|').map(|at| first + 1 + at));
    let after = arrow_end.map(|at| &rows[2][at + 1..]).unwrap_or_default();
    assert!(after.trim_start().starts_with(&format!("503 {reason}")), "{text}");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn refused_credentials_are_diagnosed_in_the_users_language() {
    // The README of the shared captures: a REGISTER and a SUBSCRIBE, each
    // challenged with 401 and then refused with 403 on the retry.
    let path = capture("sip-auth-failure.pcapng");
    let v = analyze_json(&[&path]);
    let rejected: Vec<&Value> = findings_of_kind(&v, "auth-rejected");
    assert_eq!(rejected.len(), 2, "{v}");
    for f in &rejected {
        assert_eq!(f["severity"], "error");
        assert_eq!(f["frames"].as_array().map(Vec::len), Some(2), "the challenge and the 403: {f}");
        assert!(f["references"].as_array().into_iter().flatten().any(|r| r == "RFC 3261 §22.2"), "{f}");
    }
    for (lang, word) in [("en", "credentials"), ("pt-BR", "credenciais"), ("es", "credenciales")] {
        let text = String::from_utf8_lossy(&statusdoc(&["analyze", &path, "--lang", lang]).stdout).into_owned();
        assert!(text.contains(word) && text.contains("§22.2"), "{lang}: {text}");
    }
    // Challenges whose retry then succeeds, or fails for another reason
    // (404, 489), are not refused credentials.
    let other = analyze_json(&[&capture("b2bua-asterisk.pcapng")]);
    let text = other.to_string();
    assert!(text.contains("\"challenge\"") && !text.contains("auth-rejected"), "{other}");
}

#[test]
fn one_way_media_is_read_from_the_sdp() {
    // In sip-rtp-g711.pcap the INVITE offers a=recvonly (frame 1) and the
    // 200 answers a=sendonly (frame 4), as tshark's sdp.media_attr shows.
    let v = analyze_json(&[&capture("sip-rtp-g711.pcap")]);
    let frames: Vec<u64> = v["calls"][0]["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["kind"] == "media-direction")
        .filter_map(|f| f["frames"][0].as_u64())
        .collect();
    assert_eq!(frames, [1, 4], "{v}");
    let text =
        String::from_utf8_lossy(&statusdoc(&["analyze", &capture("sip-rtp-g711.pcap"), "--lang", "pt-BR"]).stdout)
            .into_owned();
    assert!(text.contains("a=sendonly") && text.contains("só vai"), "{text}");
    // A two-way call (a=sendrecv both ways, private addresses on a private
    // network) says nothing of its media.
    let plain = analyze_json(&[&capture("sip-sdp-example.pcap")]).to_string();
    assert!(!plain.contains("media-"), "{plain}");
}

#[test]
fn a_request_sent_again_before_its_answer_is_noticed() {
    // In b2bua-asterisk.pcapng the INVITE with CSeq 102 (frame 24, 12.042 s)
    // is sent again at 12.542 s (frame 25, T1 later) and first answered by
    // 100 Trying at 12.678 s (frame 26), as tshark shows.
    let v = analyze_json(&[&capture("b2bua-asterisk.pcapng")]);
    let resent: Vec<&Value> = findings_of_kind(&v, "retransmitted");
    assert_eq!(resent.len(), 1, "{resent:?}");
    assert_eq!(resent[0]["frames"], serde_json::json!([24, 26]));
    assert!(
        resent[0]["message"].as_str().is_some_and(|m| m.contains("once more") && m.contains("0.6 s")),
        "{}",
        resent[0]
    );
}

#[test]
fn outcomes_follow_the_flows() {
    let states = |name: &str| -> BTreeMap<String, usize> {
        let v = analyze_json(&[&capture(name)]);
        let mut counts = BTreeMap::new();
        for call in v["calls"].as_array().into_iter().flatten() {
            *counts.entry(call["outcome"]["state"].as_str().unwrap_or("").to_owned()).or_default() += 1;
        }
        counts
    };
    assert_eq!(states("sip-over-tcp.pcap").get("answered"), Some(&1), "a TCP call that was answered");
    let auth = states("sip-auth-failure.pcapng");
    assert!(auth.get("failed").copied().unwrap_or(0) >= 1, "{auth:?}");
    let dtmf = states("SIP_DTMF2.cap");
    assert!(dtmf.contains_key("failed") || dtmf.contains_key("answered"), "{dtmf:?}");
}

#[test]
fn several_captures_merge_on_one_timeline() {
    let a = capture("sip_call.pcap");
    let b = capture("sip-register.pcap");
    let v = analyze_json(&[&a, &b]);
    let one = analyze_json(&[&a]);
    let two = analyze_json(&[&b]);
    assert_eq!(
        v["summary"]["messages"].as_u64(),
        Some(one["summary"]["messages"].as_u64().unwrap_or(0) + two["summary"]["messages"].as_u64().unwrap_or(0))
    );
}

/// Writes the packets of a little-endian pcap into files named `names` in
/// `dir`, packet `n` (from 0) into `names[which(n)]`; their paths.
fn split_pcap_into(path: &str, dir: &std::path::Path, names: &[&str], which: impl Fn(usize) -> usize) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bytes[..4], [0xd4, 0xc3, 0xb2, 0xa1], "a little-endian pcap");
    let mut parts = vec![bytes[..24].to_vec(); names.len()];
    let mut at = 24;
    let mut n = 0;
    while at + 16 <= bytes.len() {
        let len = u32::from_le_bytes([bytes[at + 8], bytes[at + 9], bytes[at + 10], bytes[at + 11]]) as usize;
        parts[which(n)].extend_from_slice(&bytes[at..at + 16 + len]);
        at += 16 + len;
        n += 1;
    }
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    names
        .iter()
        .zip(&parts)
        .map(|(name, part)| {
            let path = dir.join(name);
            std::fs::write(&path, part).unwrap_or_else(|e| panic!("{e}"));
            path.display().to_string()
        })
        .collect()
}

/// Writes the packets of a little-endian pcap alternately into two files.
fn split_pcap(path: &str, dir: &std::path::Path) -> (String, String) {
    let paths = split_pcap_into(path, dir, &["odd.pcap", "even.pcap"], |n| n % 2);
    (paths[0].clone(), paths[1].clone())
}

/// How many packets a pcap holds.
fn pcap_packets(path: &str) -> usize {
    pcap_records(&std::fs::read(path).unwrap_or_else(|e| panic!("{e}"))).len()
}

#[test]
fn the_files_of_a_ring_buffer_name_each_frame_by_its_file() {
    // A capture cut in two as `tcpdump -C`/`dumpcap -b` rotate files: each
    // file numbers its frames from 1, so a frame is its file and its number.
    let whole = capture("Asterisk_ZFONE_XLITE.pcap");
    let half = pcap_packets(&whole) / 2;
    let dir = std::env::temp_dir().join(format!("statusdoc-ring-{}", std::process::id()));
    let ring = split_pcap_into(&whole, &dir, &["ring_00001.pcap", "ring_00002.pcap"], |n| usize::from(n >= half));
    let merged = analyze_json(&[&ring[0], &ring[1]]);
    let original = analyze_json(&[&whole]);
    assert_eq!(merged["inputs"], serde_json::json!(ring));
    assert_eq!(original["inputs"], serde_json::json!([whole]));
    // Back in the whole capture, (input, frame) is the frame the same message had there.
    let in_whole = |input: &Value, frame: &Value| -> u64 {
        let offset = match input.as_u64() {
            Some(0) => 0,
            Some(1) => half as u64,
            other => panic!("input {other:?}"),
        };
        frame.as_u64().unwrap_or(0) + offset
    };
    let (calls, whole_calls) = (merged["calls"].as_array().unwrap(), original["calls"].as_array().unwrap());
    assert_eq!(calls.len(), whole_calls.len());
    let mut spanning = 0;
    for (call, whole_call) in calls.iter().zip(whole_calls) {
        let (messages, whole_messages) =
            (call["messages"].as_array().unwrap(), whole_call["messages"].as_array().unwrap());
        assert_eq!(messages.len(), whole_messages.len(), "{}", call["call_id"]);
        for (m, w) in messages.iter().zip(whole_messages) {
            assert_eq!(in_whole(&m["input"], &m["frame"]), w["frame"].as_u64().unwrap(), "{m}");
            assert!(w.get("input").is_none(), "one input is not named: {w}");
        }
        spanning += usize::from(messages.iter().any(|m| m["input"] == 0) && messages.iter().any(|m| m["input"] == 1));
        let (findings, whole_findings) =
            (call["findings"].as_array().unwrap(), whole_call["findings"].as_array().unwrap());
        assert_eq!(findings.len(), whole_findings.len());
        for (f, w) in findings.iter().zip(whole_findings) {
            let (frames, inputs) = (f["frames"].as_array().unwrap(), f["frame_inputs"].as_array().unwrap());
            assert_eq!(frames.len(), inputs.len(), "{f}");
            let mapped: Vec<u64> = frames.iter().zip(inputs).map(|(frame, input)| in_whole(input, frame)).collect();
            assert_eq!(serde_json::json!(mapped), w["frames"], "{f}");
            assert!(w.get("frame_inputs").is_none(), "{w}");
        }
    }
    assert!(spanning > 0, "a call runs from one file into the next");
    let _ = std::fs::remove_dir_all(&dir);
}

/// An analysis with each input its messages and findings name (`input`,
/// `frame_inputs`) replaced by `map` of it.
fn map_inputs(v: &mut Value, map: impl Fn(u64) -> u64) {
    let mapped = |input: &mut Value| *input = map(input.as_u64().unwrap_or(0)).into();
    for call in v["calls"].as_array_mut().into_iter().flatten() {
        call["messages"].as_array_mut().into_iter().flatten().for_each(|m| mapped(&mut m["input"]));
        for f in call["findings"].as_array_mut().into_iter().flatten() {
            f["frame_inputs"].as_array_mut().into_iter().flatten().for_each(mapped);
        }
    }
}

#[test]
fn an_archive_is_read_as_its_files() {
    // A ring buffer's two files sent as a ZIP (with what macOS adds to
    // one, and a note) and as a tar.gz: read as the files themselves are,
    // each frame named by its file; the note said not to be SIP, by name.
    let whole = capture("Asterisk_ZFONE_XLITE.pcap");
    let half = pcap_packets(&whole) / 2;
    let dir = std::env::temp_dir().join(format!("statusdoc-archive-{}", std::process::id()));
    let ring = split_pcap_into(&whole, &dir, &["ring_00001.pcap", "ring_00002.pcap"], |n| usize::from(n >= half));
    let read = |path: &String| std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
    let (first, second) = (read(&ring[0]), read(&ring[1]));
    let note = b"Captured on the SBC, 2020-05-01.\n".as_slice();
    let mut files = analyze_json(&[&ring[0], &ring[1]]);
    assert!(files["calls"].as_array().is_some_and(|c| !c.is_empty()));
    let zip = dir.join("traces.zip");
    let zip_bytes = zip_of(&[
        ("traces/ring_00001.pcap", &first),
        ("__MACOSX/traces/._ring_00001.pcap", b"\0\x05\x16\x07"),
        ("traces/NOTE.txt", note),
        ("traces/ring_00002.pcap", &second),
    ]);
    std::fs::write(&zip, zip_bytes).unwrap_or_else(|e| panic!("{e}"));
    let tgz = dir.join("traces.tar.gz");
    std::fs::write(&tgz, gzip(&tar_of(&[("ring_00002.pcap", &second), ("ring_00001.pcap", &first)])))
        .unwrap_or_else(|e| panic!("{e}"));
    let zip = zip.display().to_string();
    let (output, mut from_zip) = analyze_json_output(&[&zip]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        from_zip["inputs"],
        serde_json::json!([
            format!("{zip}/traces/ring_00001.pcap"),
            format!("{zip}/traces/NOTE.txt"),
            format!("{zip}/traces/ring_00002.pcap")
        ])
    );
    // The note is the second input: said to be neither a capture nor a log.
    let errors = from_zip["errors"].as_array().cloned().unwrap_or_default();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (&errors[0]["input"], &errors[0]["kind"]),
        (&serde_json::json!(1), &serde_json::json!("unknown-format"))
    );
    // Its calls are the files' with the ring's second file as the third input.
    map_inputs(&mut from_zip, |input| if input == 2 { 1 } else { input });
    assert_eq!(from_zip["calls"], files["calls"]);
    // The tar.gz lists the second file first: read in the order they were taken all the same.
    let tgz = tgz.display().to_string();
    let from_tgz = analyze_json(&[&tgz]);
    assert_eq!(
        from_tgz["inputs"],
        serde_json::json!([format!("{tgz}/ring_00002.pcap"), format!("{tgz}/ring_00001.pcap")])
    );
    map_inputs(&mut files, |input| 1 - input);
    assert_eq!(from_tgz["calls"], files["calls"]);
    assert_eq!(from_tgz["errors"], serde_json::json!([]));
    // Text names each frame by its file in the archive.
    let text = statusdoc(&["analyze", &zip]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("of ring_00002.pcap]") && text.contains("[NOTE.txt]"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_directory_is_read_as_the_files_under_it() {
    // A support bundle extracted: a ring buffer's files in a subdirectory,
    // a ZIP beside them, and what macOS leaves (hidden, not read).
    let dir = std::env::temp_dir().join(format!("statusdoc-bundle-{}", std::process::id()));
    let whole = capture("Asterisk_ZFONE_XLITE.pcap");
    let half = pcap_packets(&whole) / 2;
    let ring =
        split_pcap_into(&whole, &dir.join("sbc"), &["ring_00001.pcap", "ring_00002.pcap"], |n| usize::from(n >= half));
    let other = capture("sip-routing-error.pcapng");
    let bytes = std::fs::read(&other).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("pbx.zip"), zip_of(&[("pbx.pcapng", &bytes)])).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join(".DS_Store"), b"\0\0\0\x01Bud1").unwrap_or_else(|e| panic!("{e}"));
    let zip = dir.join("pbx.zip").display().to_string();
    let given = analyze_json(&[&zip, &ring[0], &ring[1]]);
    let bundle = dir.display().to_string();
    let from_dir = analyze_json(&[&bundle]);
    // In the order of their names, the subdirectory's in its place.
    assert_eq!(from_dir["inputs"], serde_json::json!([format!("{zip}/pbx.pcapng"), ring[0], ring[1]]));
    assert_eq!(from_dir["errors"], serde_json::json!([]));
    assert_eq!(from_dir["calls"], given["calls"]);
    assert!(from_dir["calls"].as_array().is_some_and(|c| c.len() > 1));
    // Past 1,000 files in all, nothing is read: said, with the limit.
    let many = dir.join("many");
    std::fs::create_dir_all(&many).unwrap_or_else(|e| panic!("{e}"));
    for n in 0..1_000 {
        std::fs::write(many.join(format!("{n:04}.log")), b"").unwrap_or_else(|e| panic!("{e}"));
    }
    let output = statusdoc(&["analyze", &bundle]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("more than 1000 files"), "{output:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_archive_that_cannot_be_read_whole_says_what_and_reads_the_rest() {
    let dir = std::env::temp_dir().join(format!("statusdoc-archive-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let capture_bytes = std::fs::read(capture("sip-routing-error.pcapng")).unwrap_or_else(|e| panic!("{e}"));
    let alone = analyze_json(&[&capture("sip-routing-error.pcapng")]);
    // The second file encrypted (bit 0 of its flags, in its local header and in the directory).
    let mut zip = zip_of(&[("a.pcapng", &capture_bytes), ("b.pcapng", &capture_bytes)]);
    let second_local = zip.windows(4).rposition(|w| w == b"PK\x03\x04").unwrap_or_else(|| panic!("no header"));
    zip[second_local + 6] |= 1;
    let second_central = zip.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap_or_else(|| panic!("no entry"));
    zip[second_central + 8] |= 1;
    let path = dir.join("locked.zip");
    std::fs::write(&path, &zip).unwrap_or_else(|e| panic!("{e}"));
    let path = path.display().to_string();
    let (_, v) = analyze_json_output(&[&path]);
    assert_eq!(v["summary"]["messages"], alone["summary"]["messages"]);
    let errors = v["errors"].as_array().cloned().unwrap_or_default();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (&errors[0]["input"], &errors[0]["kind"]),
        (&serde_json::json!(1), &serde_json::json!("unknown-format"))
    );
    assert!(errors[0]["error"].as_str().is_some_and(|e| e.contains("encrypted")), "{errors:?}");
    // Cut short, as a download that stopped: its directory, at the end, is
    // gone. The files before the cut are found by their own headers and
    // read; the archive is said to be damaged.
    let cut = dir.join("cut.zip");
    std::fs::write(&cut, &zip[..zip.len() - 30]).unwrap_or_else(|e| panic!("{e}"));
    let cut = cut.display().to_string();
    let (output, v) = analyze_json_output(&[&cut]);
    assert_eq!(output.status.code(), Some(0), "{v}");
    assert_eq!(v["summary"]["messages"], alone["summary"]["messages"]);
    let inputs: Vec<String> = ["a.pcapng", "b.pcapng"].iter().map(|m| format!("{cut}/{m}")).collect();
    assert_eq!(v["inputs"], serde_json::json!([inputs[0], inputs[1], cut]));
    let said: Vec<(&Value, &str)> = v["errors"]
        .as_array()
        .map(|e| e.iter().map(|e| (&e["input"], e["error"].as_str().unwrap_or_default())).collect())
        .unwrap_or_default();
    assert!(said.len() == 2 && said[0].0 == 1 && said[0].1.contains("encrypted"), "{v}");
    assert!(said[1].0 == 2 && said[1].1.contains("damaged"), "{v}");
    // Cut before its first file's bytes end: nothing whole to read, said.
    std::fs::write(dir.join("cut.zip"), &zip[..200]).unwrap_or_else(|e| panic!("{e}"));
    let (output, v) = analyze_json_output(&[&cut]);
    assert_eq!(output.status.code(), Some(2), "{v}");
    let errors = v["errors"].as_array().cloned().unwrap_or_default();
    assert!(errors.iter().any(|e| e["error"].as_str().is_some_and(|e| e.contains("damaged"))), "{v}");
    // Piped in, an archive cannot be read file by file: said, as how to give it.
    let output = analyze_json_piped(&zip);
    let v: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert!(v["errors"][0]["error"].as_str().is_some_and(|e| e.contains("as a file of its own")), "{v}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn captures_of_both_ends_show_each_message_once() {
    // A refused call captured where it was sent and where it was received
    // (make-fixtures.sh, both_ends): merged, each message once, from the
    // capture of the side that sent it (which saw it first), none a
    // retransmission, and the copies counted. Also a time-shifted copy of
    // one capture, 1 ms later, as from a second tap (its clock off, its
    // capture running meanwhile: the two overlap in time, as captures of
    // one exchange at two places do, and unlike the files of a ring buffer,
    // one after the other).
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let [caller, callee] =
        ["both-ends-caller.pcap", "both-ends-callee.pcap"].map(|f| data.join(f).display().to_string());
    let shown = |v: &Value| -> Vec<(Value, Value, Value)> {
        v["calls"][0]["messages"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| (m["input"].clone(), m["status"].clone(), m["retransmission"].clone()))
            .collect()
    };
    let copies = |v: &Value| -> Vec<(Value, Value)> {
        v["errors"].as_array().into_iter().flatten().map(|e| (e["kind"].clone(), e["input"].clone())).collect()
    };
    let both = analyze_json(&[&caller, &callee]);
    assert_eq!(both["summary"]["messages"], 4);
    let no = Value::Bool(false);
    assert_eq!(
        shown(&both),
        [
            (Value::from(0), Value::Null, no.clone()),
            (Value::from(1), Value::from(100), no.clone()),
            (Value::from(1), Value::from(486), no.clone()),
            (Value::from(0), Value::Null, no.clone()),
        ]
    );
    assert_eq!(copies(&both), [(Value::from("seen-in-two-inputs"), Value::from(1))]);
    assert!(both["errors"][0]["error"].as_str().unwrap_or("").starts_with("4 SIP messages"), "{}", both["errors"]);

    let dir = std::env::temp_dir().join(format!("statusdoc-both-ends-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let tap = dir.join("tap.pcap");
    std::fs::write(&tap, shifted_pcap(&bytes_of(&caller), 1_000)).unwrap_or_else(|e| panic!("{e}"));
    let with_tap = analyze_json(&[&caller, &tap.display().to_string()]);
    assert!(shown(&with_tap).iter().all(|(input, _, again)| *input == 0 && *again == no), "{with_tap}");
    assert_eq!(copies(&with_tap), [(Value::from("seen-in-two-inputs"), Value::from(1))]);
    // The callee's clock 5 s ahead (not synchronised): told by the messages
    // both captured, its times are moved back, and the pair reads as it
    // does with synchronised clocks.
    let ahead = dir.join("callee-ahead.pcap");
    std::fs::write(&ahead, shifted_pcap(&bytes_of(&callee), 5_000_000)).unwrap_or_else(|e| panic!("{e}"));
    let skewed = analyze_json(&[&caller, &ahead.display().to_string()]);
    assert_eq!(shown(&skewed), shown(&both), "{skewed}");
    assert_eq!(
        copies(&skewed),
        [(Value::from("clock-offset"), Value::from(1)), (Value::from("seen-in-two-inputs"), Value::from(1))]
    );
    let offset = skewed["errors"][0]["error"].as_str().unwrap_or_default().to_owned();
    assert!(offset.contains("+5.0"), "{offset}");
    // The other way round, the caller's capture holding another call too
    // (a PBX's, say, joined with `cat`): its clock reads 5 s behind.
    let pbx = dir.join("pbx.pcap");
    let other = std::fs::read(data.join("reject-486.pcap")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&pbx, [std::fs::read(&caller).unwrap_or_else(|e| panic!("{e}")), other].concat())
        .unwrap_or_else(|e| panic!("{e}"));
    let behind = analyze_json(&[&ahead.display().to_string(), &pbx.display().to_string()]);
    let said = &behind["errors"][0];
    assert_eq!((&said["kind"], &said["input"]), (&Value::from("clock-offset"), &Value::from(1)), "{behind}");
    assert!(said["error"].as_str().is_some_and(|e| e.contains("-5.0")), "{said}");

    // A chain: the caller's capture; a B2BUA's, 5 s ahead, holding the
    // callee's side of that call and another call; and a capture of the
    // other call only, 8 s ahead, which shares nothing with the caller's
    // (each file in time order: the other call came first).
    // Each is lined up through the one it shares messages with, and reads
    // as the same three captures with synchronised clocks.
    let read = |path: &str| std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
    let reject = data.join("reject-486.pcap").display().to_string();
    let write = |name: &str, bytes: Vec<u8>| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    };
    let b2bua = write(
        "b2bua.pcap",
        [shifted_pcap(&bytes_of(&reject), 5_000_000), shifted_pcap(&bytes_of(&callee), 5_000_000)].concat(),
    );
    let far = write("far.pcap", shifted_pcap(&bytes_of(&reject), 8_000_000));
    let b2bua_synced = write("b2bua-synced.pcap", [read(&reject), read(&callee)].concat());
    let every_message = |v: &Value| -> Vec<(String, Value, Value, Value, i64)> {
        let calls = v["calls"].as_array().into_iter().flatten();
        calls
            .flat_map(|c| c["messages"].as_array().into_iter().flatten().map(move |m| (c, m)))
            .map(|(c, m)| {
                let millis = (m["time"].as_f64().unwrap_or(f64::NAN) * 1000.0).round() as i64;
                (c["call_id"].to_string(), m["input"].clone(), m["status"].clone(), m["retransmission"].clone(), millis)
            })
            .collect()
    };
    let synced = analyze_json(&[&caller, &b2bua_synced, &reject]);
    let chained = analyze_json(&[&caller, &b2bua, &far]);
    assert_eq!(every_message(&chained), every_message(&synced), "{chained}");
    for count in ["messages", "calls", "failed_calls"] {
        assert_eq!(chained["summary"][count], synced["summary"][count], "{count}");
    }
    let kinds = |v: &Value| -> Vec<Value> {
        let errors = v["errors"].as_array().into_iter().flatten();
        errors.map(|e| e["kind"].clone()).filter(|kind| kind != "clock-offset").collect()
    };
    assert_eq!(kinds(&chained), kinds(&synced));
    let offsets: Vec<(Value, String)> = chained["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "clock-offset")
        .map(|e| (e["input"].clone(), e["error"].as_str().unwrap_or_default().to_owned()))
        .collect();
    assert_eq!(offsets.len(), 2, "{offsets:?}");
    assert!(offsets[0].0 == 1 && offsets[0].1.contains("+5.0"), "{offsets:?}");
    assert!(offsets[1].0 == 2 && offsets[1].1.contains("+8.0"), "{offsets:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_files_of_a_ring_buffer_are_one_capture_though_their_calls_look_alike() {
    // A device that gives every request the same branch: its calls differ
    // in their Call-IDs only. Two files of one capture, a call every 10 s,
    // share no message, and nothing moves their times.
    let call = |n: u32| {
        ["INVITE sip:b@10.0.0.2 SIP/2.0", "SIP/2.0 100 Trying", "SIP/2.0 180 Ringing", "SIP/2.0 486 Busy Here"].map(
            |first| {
                format!(
                    "{first}\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKsame\r\nFrom: <sip:a@10.0.0.1>;tag=a\r\n\
                     To: <sip:b@10.0.0.2>\r\nCall-ID: {n}@alike\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
                )
            },
        )
    };
    let file = |calls: std::ops::Range<u32>| {
        let mut capture = pcap_header();
        for n in calls {
            for message in call(n) {
                capture.extend(pcap_record(1_700_000_000 + 10 * n, message.as_bytes()));
            }
        }
        capture
    };
    let dir = std::env::temp_dir().join(format!("statusdoc-ring-alike-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let paths = [("ring_00001.pcap", file(0..3)), ("ring_00002.pcap", file(3..6))].map(|(name, bytes)| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    });
    let v = analyze_json(&[&paths[0], &paths[1]]);
    assert_eq!(v["summary"]["calls"], 6, "{v}");
    // The file rotated between a response and its retransmission 100 ms
    // later (a UA answers each retransmitted request again): the next
    // file's copy is a retransmission, not the same message captured at
    // another place, as in the capture whole.
    let [invite, _, _, busy] = call(9);
    let before =
        [pcap_header(), pcap_record(1_700_000_090, invite.as_bytes()), pcap_record(1_700_000_090, busy.as_bytes())];
    let after = [pcap_header(), pcap_record_at(1_700_000_090, 100_000, busy.as_bytes())];
    let whole = [before.concat(), after[1].clone()].concat();
    let [first, second, all] = [("ring_a.pcap", before.concat()), ("ring_b.pcap", after.concat()), ("all.pcap", whole)]
        .map(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
            path.display().to_string()
        });
    let marks = |v: &Value| -> Vec<Value> {
        let calls = v["calls"].as_array().cloned().unwrap_or_default();
        let call = calls.iter().find(|c| c["call_id"] == "9@alike").cloned().unwrap_or_default();
        let messages = call["messages"].as_array().cloned().unwrap_or_default();
        messages.iter().map(|m| m["retransmission"].clone()).collect()
    };
    let (ring, one) = (analyze_json(&[&first, &second]), analyze_json(&[&all]));
    assert_eq!(marks(&one), [Value::from(false), Value::from(false), Value::from(true)], "{one}");
    assert_eq!(marks(&ring), marks(&one), "{ring}");
    assert!(ring["errors"].as_array().is_some_and(Vec::is_empty), "{}", ring["errors"]);
    // The same with a packet of another interface, written last in the
    // first file though taken 300 ms later (times a little out of order
    // across the rotation, as a capture on several interfaces writes them),
    // the file having begun 10 s before.
    let ([early, ..], [late, ..]) = (call(8), call(10));
    let interleaved = [
        pcap_header(),
        pcap_record(1_700_000_080, early.as_bytes()),
        before[1..].concat(),
        pcap_record_at(1_700_000_090, 300_000, late.as_bytes()),
    ]
    .concat();
    std::fs::write(&first, interleaved).unwrap_or_else(|e| panic!("{e}"));
    let ring = analyze_json(&[&first, &second]);
    assert_eq!(marks(&ring), marks(&one), "{ring}");
    assert!(ring["errors"].as_array().is_some_and(Vec::is_empty), "{}", ring["errors"]);
    assert!(v["errors"].as_array().is_some_and(Vec::is_empty), "{}", v["errors"]);
    for c in v["calls"].as_array().into_iter().flatten() {
        let n: f64 = c["call_id"].as_str().and_then(|id| id.split('@').next()?.parse().ok()).unwrap_or(f64::NAN);
        let times = c["messages"].as_array().into_iter().flatten().map(|m| m["time"].as_f64());
        assert!(times.into_iter().all(|t| t == Some(1_700_000_000.0 + 10.0 * n)), "{c}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn more_inputs_than_are_read_together_are_refused_before_any_is_read() {
    let one = fixtures().into_iter().find(|f| f.ends_with("reject-486.pcap")).unwrap();
    let mut args = vec!["analyze"];
    args.extend(std::iter::repeat_n(one.as_str(), 1_001));
    let output = statusdoc(&args);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("1001 inputs given; at most 1000"), "{said}");
    // At the limit, read: the same file a thousand times is one call.
    args.pop();
    let v = analyze_json(&args[1..]);
    assert_eq!((v["summary"]["calls"].as_u64(), v["inputs"].as_array().map(Vec::len)), (Some(1), Some(1_000)));
}

#[test]
fn several_inputs_show_which_one_a_frame_or_a_problem_is_in() {
    // The 486 of a call whose capture rotated after its 100 Trying.
    let whole = fixtures().into_iter().find(|f| f.ends_with("reject-486.pcap")).unwrap();
    let dir = std::env::temp_dir().join(format!("statusdoc-ring-486-{}", std::process::id()));
    let ring = split_pcap_into(&whole, &dir, &["ring_1.pcap", "ring_2.pcap"], |n| usize::from(n >= 2));
    let junk = dir.join("junk.bin");
    std::fs::write(&junk, b"not a capture, not a log\n".repeat(20)).unwrap();
    let junk = junk.display().to_string();
    let text = |args: &[&str]| {
        let mut all = vec!["analyze", "--lang", "en"];
        all.extend_from_slice(args);
        String::from_utf8_lossy(&statusdoc(&all).stdout).into_owned()
    };
    let alone = text(&[&whole]);
    assert!(alone.contains("486 Busy Here ----|  [frame 3]"), "{alone}");
    assert!(!alone.contains(" of "), "{alone}");
    let ring_text = text(&[&ring[0], &ring[1], &junk]);
    let line = |needle: &str| ring_text.lines().find(|l| l.contains(needle)).unwrap_or_default().to_owned();
    assert!(line("- INVITE -").ends_with("[frame 1 of ring_1.pcap]"), "{ring_text}");
    assert!(line("486 Busy Here --").ends_with("[frame 1 of ring_2.pcap]"), "{ring_text}");
    assert!(line("- ACK -").ends_with("[frame 2 of ring_2.pcap]"), "{ring_text}");
    let unwrapped = ring_text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(unwrapped.contains("(Retry-After). [1 of ring_2.pcap] (RFC 3261 §20.33)"), "{ring_text}");
    assert!(ring_text.contains("• [junk.bin] "), "{ring_text}");
    let spanish =
        String::from_utf8_lossy(&statusdoc(&["analyze", "--lang", "es", &ring[0], &ring[1]]).stdout).into_owned();
    assert!(spanish.contains("[trama 1 de ring_2.pcap]"), "{spanish}");
    let markdown = text(&[&ring[0], &ring[1], "--format", "markdown"]);
    assert!(markdown.contains("| 486 Busy Here | 1 of ring_2.pcap |"), "{markdown}");
    let report = dir.join("report.html");
    let report_path = report.display().to_string();
    assert!(statusdoc(&["analyze", &ring[0], &ring[1], "--html", &report_path]).status.success());
    let html = std::fs::read_to_string(&report).unwrap_or_default();
    assert!(html.contains("Frame 1 of ring_2.pcap") && html.contains("Frame 2 of ring_1.pcap"), "{html}");
    let (_, json) = analyze_json_output(&[&ring[0], &ring[1], &junk]);
    let error = &json["errors"][0];
    assert_eq!(
        (error["input"].as_u64(), error["frame"].as_u64(), error["kind"].as_str()),
        (Some(2), Some(0), Some("unknown-format"))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn interleaved_inputs_are_read_as_one_capture() {
    // Every other packet in each file: merged on one timeline, the calls are
    // those of the whole capture, message for message.
    let whole = capture("Asterisk_ZFONE_XLITE.pcap");
    let dir = std::env::temp_dir().join(format!("statusdoc-split-{}", std::process::id()));
    let (odd, even) = split_pcap(&whole, &dir);
    let shape = |v: &Value| -> Vec<(String, Vec<String>, Value)> {
        v["calls"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                let messages = c["messages"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|m| format!("{} {} {}", m["time"], m["method"], m["status"]))
                    .collect();
                (c["call_id"].as_str().unwrap_or("").to_owned(), messages, c["outcome"].clone())
            })
            .collect()
    };
    let merged = analyze_json(&[&even, &odd]);
    let original = analyze_json(&[&whole]);
    assert_eq!(merged["summary"], original["summary"]);
    assert_eq!(shape(&merged), shape(&original));
}

#[test]
fn a_response_that_belongs_to_no_call_is_still_explained() {
    // A response pasted from a ticket without its Call-ID: no call, but
    // its code's meaning, as `explain` gives it, in the user's language.
    let lone = b"SIP/2.0 486 Busy Here\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:b@x>;tag=2\r\nCSeq: 1 INVITE\r\n\r\n";
    for lang in ["en", "es"] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_statusdoc"));
        command.args(["analyze", "-", "--format", "json", "--lang", lang]);
        let v: Value =
            serde_json::from_slice(&common::with_stdin(&mut command, lone).stdout).unwrap_or_else(|e| panic!("{e}"));
        let explained: Value =
            serde_json::from_slice(&statusdoc(&["explain", "486", "--format", "json", "--lang", lang]).stdout)
                .unwrap_or_else(|e| panic!("{e}"));
        let summary = explained["summary"].as_str().unwrap_or_else(|| panic!("{explained}"));
        assert_eq!(v["errors"][0]["kind"], "no-call-id");
        let error = v["errors"][0]["error"].as_str().unwrap_or_default();
        assert!(error.contains("SIP/2.0 486 Busy Here") && error.contains(summary), "{lang}: {error}");
    }
}

#[test]
fn bad_input_is_reported_with_status_2() {
    let missing = statusdoc(&["analyze", "/nonexistent/capture.pcap"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/capture.pcap"));
    // A directory holding no file is named (it opens, and would fail only when read).
    let directory = std::env::temp_dir().join(format!("statusdoc-empty-dir-{}", std::process::id()));
    std::fs::create_dir_all(directory.join("sub")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(directory.join(".DS_Store"), b"\0\0\0\x01Bud1").unwrap_or_else(|e| panic!("{e}"));
    let directory = directory.display().to_string();
    let output = statusdoc(&["analyze", &directory]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(&directory), "{output:?}");
    let _ = std::fs::remove_dir_all(&directory);
    let not_a_capture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let output = statusdoc(&["analyze", &not_a_capture.display().to_string(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(2), "nothing readable is an error");
    let v: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    assert_eq!(v["errors"][0]["kind"], "unknown-format");
}

#[test]
fn output_that_cannot_be_written_ends_the_analysis() {
    use std::io::Read;
    use std::process::Stdio;
    let run = || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_statusdoc"));
        command.args(["analyze", &capture("sipp-branch-scenario.pcapng"), "--format", "json"]).env("LANG", "C");
        command
    };
    // A full disk: status 2 and the reason, not a hang or a panic.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap_or_else(|e| panic!("{e}"));
    let output = run().stdout(full).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("No space left"), "{output:?}");
    // A reader that goes away, as `| head` does: a quiet success.
    let mut child = run().stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap_or_else(|e| panic!("{e}"));
    let mut start = [0u8; 16];
    child.stdout.take().map(|mut out| out.read_exact(&mut start)).transpose().unwrap_or_else(|e| panic!("{e}"));
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(&start[..10], b"{\n  \"calls");
}

/// A classic pcap record: Ethernet, IPv4 and UDP around a SIP message.
fn pcap_record(seconds: u32, payload: &[u8]) -> Vec<u8> {
    pcap_record_at(seconds, 0, payload)
}

/// [`pcap_record`] at `seconds` and `micros`.
fn pcap_record_at(seconds: u32, micros: u32, payload: &[u8]) -> Vec<u8> {
    let udp_len = 8 + payload.len() as u16;
    let mut frame = vec![0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0x08, 0x00];
    frame.extend_from_slice(&[0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
    frame[16..18].copy_from_slice(&(20 + udp_len).to_be_bytes());
    frame.extend_from_slice(&[0x13, 0xc4, 0x13, 0xc4]);
    frame.extend_from_slice(&udp_len.to_be_bytes());
    frame.extend_from_slice(&[0, 0]);
    frame.extend_from_slice(payload);
    let mut record = Vec::new();
    for field in [seconds, micros, frame.len() as u32, frame.len() as u32] {
        record.extend_from_slice(&field.to_le_bytes());
    }
    record.extend_from_slice(&frame);
    record
}

/// Call number `call`, refused: its INVITE and the 486 that answers it.
fn busy_call(call: u32) -> [String; 2] {
    ["INVITE sip:b@10.0.0.2 SIP/2.0", "SIP/2.0 486 Busy Here"].map(|first| {
        format!(
            "{first}\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK{call}\r\nFrom: <sip:a@10.0.0.1>;tag=a\r\n\
             To: <sip:b@10.0.0.2>\r\nCall-ID: {call}@busy\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
        )
    })
}

/// `statusdoc analyze FILE --format json ARGS` on a capture written for the
/// test: its exit status and its JSON.
fn analyze_capture(name: &str, capture: &[u8], args: &[&str]) -> (Option<i32>, Value) {
    let dir = std::env::temp_dir().join(format!("statusdoc-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(format!("{name}.pcap"));
    std::fs::write(&path, capture).unwrap_or_else(|e| panic!("{e}"));
    let output = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["analyze", &path.to_string_lossy(), "--format", "json"])
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_dir_all(&dir);
    let json = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {output:?}"));
    (output.status.code(), json)
}

#[test]
fn a_capture_full_of_problems_lists_ten_thousand_and_counts_the_rest() {
    // Datagrams on the SIP port that are not SIP: each one a problem.
    let mut capture = pcap_header();
    for n in 0..10_050u32 {
        capture.extend(pcap_record(n, format!("not SIP at all, datagram {n}").as_bytes()));
    }
    let (status, v) = analyze_capture("problems", &capture, &[]);
    assert_eq!(status, Some(2), "nothing read and something wrong");
    let errors = v["errors"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(errors.len(), 10_001);
    assert!(errors[..10_000].iter().all(|e| e["kind"] == "not-sip"));
    let more: Vec<&Value> = errors.iter().filter(|e| e["kind"] == "more-problems").collect();
    assert_eq!(more.len(), 1);
    assert!(more[0]["error"].as_str().is_some_and(|text| text.contains("50 more problems")), "{}", more[0]);
    assert_eq!(v["summary"]["errors"], 10_050);
}

#[test]
fn a_flood_of_new_calls_is_bounded_by_the_open_calls_limit_and_says_so() {
    // A thousand calls in ten seconds, each an INVITE answered 486: all
    // open at once as far as the idle timeout goes.
    let mut capture = pcap_header();
    for call in 0..1_000u32 {
        for message in busy_call(call) {
            capture.extend(pcap_record(call / 100, message.as_bytes()));
        }
    }
    let (status, limited) = analyze_capture("flood", &capture, &["--max-open-calls", "100"]);
    assert_eq!(status, Some(0));
    let (_, unlimited) = analyze_capture("flood", &capture, &[]);
    let limits =
        |v: &Value| v["errors"].as_array().into_iter().flatten().filter(|e| e["kind"] == "open-calls-limit").count();
    assert_eq!(limits(&limited), 1, "{}", limited["errors"]);
    assert_eq!(limits(&unlimited), 0, "{}", unlimited["errors"]);
    // Nothing is lost: every call, whole, with its outcome.
    for v in [&limited, &unlimited] {
        assert_eq!(v["summary"]["messages"], 2_000);
        assert_eq!(v["summary"]["calls"], 1_000);
        assert_eq!(v["summary"]["failed_calls"], 1_000);
        let calls = v["calls"].as_array().unwrap_or_else(|| panic!("{v}"));
        assert!(calls.iter().all(|c| c["messages"].as_array().map(Vec::len) == Some(2)));
    }
}

#[test]
fn a_long_call_is_one_call_however_busy_the_capture() {
    // A call that rings 150 s, then talks 47 minutes without a message,
    // among a busy capture's refused calls (four messages a second): idle
    // calls are looked for while it is silent, and written meanwhile.
    let long = [
        (0, "INVITE sip:b@10.0.0.2 SIP/2.0", "1 INVITE"),
        (0, "SIP/2.0 180 Ringing", "1 INVITE"),
        (150, "SIP/2.0 200 OK", "1 INVITE"),
        (150, "ACK sip:b@10.0.0.2 SIP/2.0", "1 ACK"),
        (3_000, "BYE sip:b@10.0.0.2 SIP/2.0", "2 BYE"),
        (3_000, "SIP/2.0 200 OK", "2 BYE"),
    ];
    let mut capture = pcap_header();
    let mut filler = 0;
    for second in 0..3_100u32 {
        for (_, first, cseq) in long.iter().filter(|(at, _, _)| *at == second) {
            let message = format!(
                "{first}\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK{cseq}\r\nFrom: <sip:a@10.0.0.1>;tag=a\r\n\
                 To: <sip:b@10.0.0.2>;tag=b\r\nCall-ID: long@call\r\nCSeq: {cseq}\r\nContent-Length: 0\r\n\r\n"
            );
            capture.extend(pcap_record(second, message.as_bytes()));
        }
        for _ in 0..2 {
            for message in busy_call(filler) {
                capture.extend(pcap_record(second, message.as_bytes()));
            }
            filler += 1;
        }
    }
    let (status, v) = analyze_capture("long-call", &capture, &[]);
    assert_eq!(status, Some(0));
    let calls = v["calls"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(v["summary"]["calls"], filler + 1);
    let long: Vec<(usize, &Value)> = calls.iter().enumerate().filter(|(_, c)| c["call_id"] == "long@call").collect();
    assert_eq!(long.len(), 1, "split: {long:?}");
    let (written, call) = long[0];
    assert_eq!(call["messages"].as_array().map(Vec::len), Some(6), "{call}");
    assert_eq!(call["outcome"]["state"], "answered");
    assert_eq!(call["duration"].as_f64().map(f64::round), Some(2_850.0), "{call}");
    // Calls begun after it and done were written before it: memory did
    // not hold them while it lasted.
    assert!(written > 1_000, "written {written}th");
}

#[test]
fn compressed_captures_are_read_from_files_and_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let name = "sip-routing-error.pcapng";
    let plain = std::fs::read(capture(name)).unwrap_or_else(|e| panic!("{e}"));
    let written = |mut encoder: Box<dyn Write>| encoder.write_all(&plain).unwrap_or_else(|e| panic!("{e}"));
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    written(Box::new(&mut gzip));
    let mut xz = xz2::write::XzEncoder::new(Vec::new(), 6);
    written(Box::new(&mut xz));
    let mut bzip2 = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    written(Box::new(&mut bzip2));
    let mut lz4 = lz4_flex::frame::FrameEncoder::new(Vec::new());
    written(Box::new(&mut lz4));
    let zstd = ruzstd::encoding::compress_to_vec(&plain[..], ruzstd::encoding::CompressionLevel::Fastest);
    let mut expected = analyze_json(&[&capture(name)]);
    assert!(expected["summary"]["messages"].as_u64() > Some(0));
    // The same analysis but for the name of its input.
    let take_inputs = |v: &mut Value| v.as_object_mut().and_then(|o| o.remove("inputs"));
    take_inputs(&mut expected);
    for (format, compressed) in [
        ("gzip", gzip.finish().unwrap_or_else(|e| panic!("{e}"))),
        ("zstd", zstd),
        ("xz", xz.finish().unwrap_or_else(|e| panic!("{e}"))),
        ("bzip2", bzip2.finish().unwrap_or_else(|e| panic!("{e}"))),
        ("lz4", lz4.finish().unwrap_or_else(|e| panic!("{e}"))),
    ] {
        let (code, mut from_file) = analyze_capture(format, &compressed, &[]);
        assert!(take_inputs(&mut from_file).is_some_and(|i| i[0].as_str().is_some_and(|f| f.ends_with(".pcap"))));
        assert_eq!((code, &from_file), (Some(0), &expected), "{format}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
            .args(["analyze", "-", "--format", "json"])
            .env("LANG", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        let mut input = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
        let feeder = std::thread::spawn(move || input.write_all(&compressed));
        let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        assert!(feeder.join().is_ok_and(|r| r.is_ok()));
        let mut from_stdin: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(take_inputs(&mut from_stdin), Some(serde_json::json!(["-"])));
        // Piped in, each call is written once it ends (as a live capture's
        // are): the same calls, in the order they ended.
        assert_eq!(by_first_frame(from_stdin), by_first_frame(expected.clone()), "{format}");
    }
}

/// An analysis with its calls in the order of their first message's frame.
fn by_first_frame(mut v: Value) -> Value {
    if let Some(calls) = v["calls"].as_array_mut() {
        calls.sort_by_key(|c| c["messages"][0]["frame"].as_u64());
    }
    v
}

/// `statusdoc analyze - ARGS` (run by `command`) fed a capture that never ends: one failed
/// call a second, whose calls end (and are written) as the capture's clock
/// passes their idle timeout. The thread says how many calls it wrote
/// before the analyser stopped reading.
fn analyze_endless_capture(mut command: Command, args: &[&str]) -> (std::process::Child, std::thread::JoinHandle<u32>) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = command
        .args(["analyze", "-"])
        .args(args)
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut input = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    let writer = std::thread::spawn(move || {
        if input.write_all(&pcap_header()).is_err() {
            return 0;
        }
        for call in 0u32.. {
            for message in busy_call(call) {
                if input.write_all(&pcap_record(call, message.as_bytes())).is_err() {
                    return call; // the analyser has gone
                }
            }
        }
        u32::MAX
    });
    (child, writer)
}

/// Waits for a process that must end by itself. Not a timing: were it to
/// keep reading, it would never end; the deadline is generous for slow machines.
fn ends_by_itself(child: &mut std::process::Child) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("still reading an input it has no more use for");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The binary, to be given its arguments.
fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_statusdoc"))
}

/// The binary run on one core (`taskset`, util-linux), the first this
/// process may use: statusdoc then reads, analyses and writes on one thread.
fn binary_on_one_core() -> Command {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_else(|e| panic!("{e}"));
    let allowed = status
        .lines()
        .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
        .unwrap_or_else(|| panic!("no Cpus_allowed_list in /proc/self/status"));
    let first = allowed.trim().split([',', '-']).next().unwrap_or("0").to_owned();
    let mut command = Command::new("taskset");
    command.args(["-c", &first, env!("CARGO_BIN_EXE_statusdoc")]);
    command
}

#[test]
fn an_endless_capture_is_no_longer_read_once_nobody_reads_the_output() {
    for command in [binary(), binary_on_one_core()] {
        an_endless_capture_is_left_once_nobody_reads(command);
    }
}

fn an_endless_capture_is_left_once_nobody_reads(command: Command) {
    // `tcpdump -w - | statusdoc analyze - | head`: once head has gone, the
    // input is left unread and the process ends, though the input does not.
    use std::io::Read;
    let (mut child, writer) = analyze_endless_capture(command, &["--format", "json"]);
    let mut output = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut start = [0u8; 16];
    output.read_exact(&mut start).unwrap_or_else(|e| panic!("{e}"));
    drop(output);
    let status = ends_by_itself(&mut child);
    assert!(status.success(), "{status:?}");
    let calls_written = writer.join().unwrap_or_else(|_| panic!("writer panicked"));
    assert!(calls_written > 64, "the output must have been cut while calls were written: {calls_written}");
    assert_eq!(&start[..10], b"{\n  \"calls");
}

#[test]
fn reading_stops_at_the_message_limit_and_says_so() {
    for command in [binary(), binary_on_one_core()] {
        reading_stops_at_the_limit(command);
    }
}

fn reading_stops_at_the_limit(command: Command) {
    use std::io::Read;
    let (mut child, writer) = analyze_endless_capture(command, &["--format", "json", "--max-messages", "1000"]);
    let mut output = String::new();
    let mut stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    stdout.read_to_string(&mut output).unwrap_or_else(|e| panic!("{e}"));
    assert!(ends_by_itself(&mut child).success());
    assert!(writer.join().unwrap_or_else(|_| panic!("writer panicked")) >= 500);
    let v: Value = serde_json::from_str(&output).unwrap_or_else(|e| panic!("{e}: {output}"));
    assert_eq!(v["summary"]["messages"], 1000, "{}", v["summary"]);
    assert_eq!(v["calls"].as_array().map(Vec::len), Some(500));
    let limits = v["errors"].as_array().into_iter().flatten().filter(|e| e["kind"] == "limit-reached").count();
    assert_eq!(limits, 1, "{}", v["errors"]);
}

#[test]
fn one_core_gives_what_two_give() {
    // On one core the records are read, analysed and written on one thread
    // instead of three: the same answer, limits and redaction included.
    let mut inputs = fixtures();
    inputs.extend(CAPTURES.iter().map(|name| capture(name)));
    let variants: [&[&str]; 5] = [
        &["--format", "json"],
        &["--format", "text"],
        &["--format", "json", "--failed"],
        &["--format", "json", "--max-messages", "5"],
        &["--format", "json", "--redact"],
    ];
    for input in &inputs {
        for args in variants {
            let run = |mut command: Command| {
                command
                    .arg("analyze")
                    .arg(input)
                    .args(args)
                    .env("LANG", "C")
                    .output()
                    .unwrap_or_else(|e| panic!("{e} (taskset, from util-linux, runs statusdoc on one core)"))
            };
            let (two, one) = (run(binary()), run(binary_on_one_core()));
            assert_eq!(two.status.code(), one.status.code(), "{input} {args:?}");
            assert!(!two.stdout.is_empty(), "{input} {args:?}");
            assert!(two.stdout == one.stdout, "{input} {args:?}: the outputs differ");
        }
    }
    // And several inputs, merged, which are read on threads of their own.
    let (a, b) = (capture("sip_call.pcap"), capture("udp_5060.pcap"));
    let merged = |mut command: Command| {
        command.args(["analyze", "--format", "json", &a, &b]).output().unwrap_or_else(|e| panic!("{e}"))
    };
    assert_eq!(merged(binary()).stdout, merged(binary_on_one_core()).stdout);
}

/// tshark's view of a capture: SIP frames' Call-IDs and status codes.
fn tshark(path: &str) -> Option<(BTreeMap<String, usize>, BTreeMap<u16, usize>)> {
    tshark_with(path, &[])
}

/// [`tshark`] with more options (such as TLS keys).
fn tshark_with(path: &str, options: &[&str]) -> Option<(BTreeMap<String, usize>, BTreeMap<u16, usize>)> {
    // tshark also shows the SIP an ICMP error quotes: statusdoc makes that
    // a finding of the call, not a message.
    tshark_where(path, options, "sip && !icmp && !icmpv6")
}

/// [`tshark_with`], of the messages `filter` keeps.
fn tshark_where(path: &str, options: &[&str], filter: &str) -> Option<(BTreeMap<String, usize>, BTreeMap<u16, usize>)> {
    let output = Command::new("tshark")
        .args(options)
        .args([
            "-r",
            path,
            "-Y",
            filter,
            "-T",
            "fields",
            "-E",
            "occurrence=a",
            "-E",
            "aggregator=|",
            "-e",
            "sip.Call-ID",
            "-e",
            "sip.Status-Code",
        ])
        .output()
        .ok()?;
    let mut calls = BTreeMap::new();
    let mut statuses = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let mut fields = line.split('\t');
        let ids = fields.next().unwrap_or("");
        let codes = fields.next().unwrap_or("");
        for id in ids.split('|').filter(|s| !s.is_empty()) {
            *calls.entry(id.to_owned()).or_default() += 1;
        }
        for code in codes.split('|').filter_map(|c| c.parse::<u16>().ok()) {
            *statuses.entry(code).or_default() += 1;
        }
    }
    Some((calls, statuses))
}

/// The SIPp fixtures of statusdoc-trace (tests/data/make-fixtures.sh).
fn fixtures() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| ["pcap", "erf", "snoop"].iter().any(|e| x == *e)))
        // tshark 4.0 has no HEP dissector: statusdoc-trace's fixtures test
        // checks those captures against the one they were made from.
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("hep")))
        // tshark 4.0 does not put a compressed WebSocket message sent in two
        // frames back together (it misses that capture's 486): statusdoc-trace's
        // fixtures test checks it against the same peers uncompressed.
        .filter(|p| !p.ends_with("websocket-deflate.pcap"))
        // tshark 4.0 reads a TLS peek an AudioCodes device recorded as one
        // more message, and does not join a message recorded in two parts:
        // statusdoc-trace's fixtures test checks that capture against the
        // call it carries.
        .filter(|p| !p.ends_with("acdr-tls-recording.pcap"))
        // Nothing to compare without the keys (statusdoc exits 2: no SIP);
        // the test below compares it decrypted.
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("sip-over-tls") && n.ends_with(".pcap"))
        })
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    files
}

/// statusdoc's view of a capture, as [`tshark`] gives it: messages per
/// Call-ID and status codes (those of messages without Call-ID included).
fn ours(path: &str) -> (BTreeMap<String, usize>, BTreeMap<u16, usize>) {
    ours_with(&[path])
}

/// [`ours`] with more arguments (the TLS keys).
fn ours_with(args: &[&str]) -> (BTreeMap<String, usize>, BTreeMap<u16, usize>) {
    let v = analyze_json(args);
    let mut ours_calls = BTreeMap::new();
    let mut ours_statuses: BTreeMap<u16, usize> = BTreeMap::new();
    // Messages without Call-ID are reported, with their start line, instead of joining a call.
    for e in v["errors"].as_array().into_iter().flatten().filter(|e| e["kind"] == "no-call-id") {
        if let Some(code) = e["error"]
            .as_str()
            .and_then(|t| t.split("SIP/2.0 ").nth(1))
            .and_then(|r| r.get(..3))
            .and_then(|c| c.parse().ok())
        {
            *ours_statuses.entry(code).or_default() += 1;
        }
    }
    for call in v["calls"].as_array().into_iter().flatten() {
        let id = call["call_id"].as_str().unwrap_or("").to_owned();
        for m in call["messages"].as_array().into_iter().flatten() {
            *ours_calls.entry(id.clone()).or_default() += 1;
            if let Some(code) = m["status"].as_u64() {
                *ours_statuses.entry(code as u16).or_default() += 1;
            }
        }
    }
    (ours_calls, ours_statuses)
}

#[test]
#[ignore = "needs tshark; run by .ci/run with --ignored"]
fn sip_that_wireshark_exports_from_tls_agrees_with_tshark_decrypting_it() {
    // tshark decrypts the TLS capture with the caller's keys; statusdoc reads
    // what Wireshark exported from it (statusdoc-trace's tests/data).
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let capture = data.join("sip-over-tls.pcap").display().to_string();
    let keys = format!("tls.keylog_file:{}", data.join("sip-over-tls.keys").display());
    let Some(decrypted) = tshark_with(&capture, &["-o", &keys]) else { panic!("tshark failed") };
    assert_eq!(decrypted.0.values().sum::<usize>(), 5, "tshark decrypts the five messages: {decrypted:?}");
    assert_eq!(ours(&data.join("sip-over-tls-exported.pcapng").display().to_string()), decrypted);
}

#[test]
#[ignore = "needs tshark; run by .ci/run with --ignored"]
fn tls_decrypted_with_the_key_log_agrees_with_tshark_decrypting_it() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let path = |name: &str| data.join(name).display().to_string();
    for (capture, keys) in [
        ("sip-over-tls.pcap", "sip-over-tls.keys"),
        ("sip-over-tls12.pcap", "sip-over-tls12.keys"),
        ("sip-over-tls10.pcap", "sip-over-tls10.keys"),
        ("sip-over-tls12-renegotiate.pcap", "sip-over-tls12-renegotiate.keys"),
        ("sip-over-tls13-key-update.pcap", "sip-over-tls13-key-update.keys"),
    ] {
        let option = format!("tls.keylog_file:{}", path(keys));
        let Some(decrypted) = tshark_with(&path(capture), &["-o", &option]) else { panic!("tshark failed") };
        assert!(decrypted.0.values().sum::<usize>() >= 3, "{capture}: tshark decrypts: {decrypted:?}");
        assert_eq!(ours_with(&[&path(capture), "--tls-keys", &path(keys)]), decrypted, "{capture}");
        // Each message in the frame tshark shows it in.
        let output = Command::new("tshark")
            .args(["-o", &option, "-r", &path(capture), "-Y", "sip"])
            .args(["-T", "fields", "-e", "frame.number"])
            .output()
            .unwrap_or_else(|e| panic!("tshark: {e}"));
        let theirs: Vec<u64> =
            String::from_utf8_lossy(&output.stdout).lines().filter_map(|l| l.trim().parse().ok()).collect();
        let v = analyze_json(&[&path(capture), "--tls-keys", &path(keys)]);
        let mut frames = message_frames(&v);
        frames.sort_unstable();
        assert_eq!(frames, theirs, "{capture}: frames");
    }
    // Secrets carried in the capture itself.
    let option = format!("tls.keylog_file:{}", path("sip-over-tls.keys"));
    let decrypted = tshark_with(&path("sip-over-tls.pcap"), &["-o", &option]);
    assert_eq!(Some(ours(&path("sip-over-tls-secrets.pcapng"))), decrypted);
}

/// The kinds of an analysis's problems.
fn problem_kinds(v: &Value) -> Vec<String> {
    v["errors"].as_array().into_iter().flatten().map(|e| e["kind"].as_str().unwrap_or("").to_owned()).collect()
}

#[test]
fn sip_over_tls_is_decrypted_with_the_session_secrets() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let path = |name: &str| data.join(name).display().to_string();
    // What Wireshark decrypted and exported is what statusdoc decrypts, over
    // TLS (the export numbers its frames anew).
    let exported = analyze_json(&[&path("sip-over-tls-exported.pcapng")]);
    let messages = |v: &Value| -> Vec<(Value, Value, Value, Value)> {
        v["calls"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|c| c["messages"].as_array().into_iter().flatten())
            .map(|m| (m["src"].clone(), m["dst"].clone(), m["method"].clone(), m["status"].clone()))
            .collect()
    };
    let with_keys = analyze_json(&[&path("sip-over-tls.pcap"), "--tls-keys", &path("sip-over-tls.keys")]);
    let from_file = analyze_json(&[&path("sip-over-tls-secrets.pcapng")]);
    for v in [&with_keys, &from_file] {
        assert_eq!(messages(v).len(), 5);
        assert_eq!(messages(v), messages(&exported));
        assert!(problem_kinds(v).is_empty(), "{v}");
        let transports: Vec<&Value> =
            v["calls"][0]["messages"].as_array().into_iter().flatten().map(|m| &m["transport"]).collect();
        assert!(transports.iter().all(|t| *t == "tls"), "{transports:?}");
        assert_eq!(v["calls"][0]["outcome"]["status"], 486);
    }
    // Given beside the capture as an input, or in its ZIP, the key log is
    // used as --tls-keys is, and is not an input itself.
    let beside = analyze_json(&[&path("sip-over-tls.keys"), &path("sip-over-tls.pcap")]);
    assert_eq!(beside["calls"], with_keys["calls"]);
    assert_eq!(beside["inputs"], serde_json::json!([path("sip-over-tls.pcap")]));
    let read = |name: &str| std::fs::read(path(name)).unwrap_or_else(|e| panic!("{e}"));
    let (capture_bytes, keys_bytes) = (read("sip-over-tls.pcap"), read("sip-over-tls.keys"));
    let zip = std::env::temp_dir().join(format!("statusdoc-tls-bundle-{}.zip", std::process::id()));
    std::fs::write(&zip, zip_of(&[("call.pcap", &capture_bytes), ("sslkeylog.txt", &keys_bytes)]))
        .unwrap_or_else(|e| panic!("{e}"));
    let zip = zip.display().to_string();
    let bundled = analyze_json(&[&zip]);
    assert_eq!(bundled["calls"], with_keys["calls"]);
    assert_eq!(bundled["inputs"], serde_json::json!([format!("{zip}/call.pcap")]));
    assert_eq!(bundled["errors"], serde_json::json!([]));
    // Secrets alone: said, with what is missing.
    let alone = statusdoc(&["analyze", &path("sip-over-tls.keys")]);
    assert_eq!(alone.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&alone.stderr).contains("no capture"), "{alone:?}");
    let _ = std::fs::remove_file(&zip);
    // Without them, or with another session's: said, not guessed.
    let (_, without) = analyze_json_output(&[&path("sip-over-tls.pcap")]);
    // (one problem per direction, as before secrets could be given)
    assert_eq!(problem_kinds(&without), ["tls", "tls"]);
    let (_, others) = analyze_json_output(&[&path("sip-over-tls.pcap"), "--tls-keys", &path("sip-over-tls12.keys")]);
    assert_eq!(problem_kinds(&others), ["tls-no-secrets"]);
    // TLS 1.2: AEAD and CBC suites read (and a TLS 1.1 call).
    let v = analyze_json(&[&path("sip-over-tls12.pcap"), "--tls-keys", &path("sip-over-tls12.keys")]);
    let ids: Vec<&str> = v["calls"].as_array().into_iter().flatten().filter_map(|c| c["call_id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "tls-ECDHE-RSA-AES128-GCM-SHA256@127.0.0.1",
            "tls-ECDHE-RSA-AES256-GCM-SHA384@127.0.0.1",
            "tls-ECDHE-RSA-CHACHA20-POLY1305@127.0.0.1",
            "tls-ECDHE-RSA-AES128-SHA256@127.0.0.1",
            "tls-ECDHE-RSA-AES256-SHA@127.0.0.1",
            "tls-tls11@127.0.0.1",
        ]
    );
    assert_eq!(v["summary"]["messages"], 30);
    assert!(problem_kinds(&v).is_empty(), "{v}");
    // TLS 1.0 (each record's IV the last block of the one before) and 1.1,
    // with encrypt-then-MAC and without: every message of every call.
    let v = analyze_json(&[&path("sip-over-tls10.pcap"), "--tls-keys", &path("sip-over-tls10.keys")]);
    let calls: Vec<(&str, usize, &Value)> = v["calls"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            (c["call_id"].as_str().unwrap_or(""), c["messages"].as_array().map_or(0, Vec::len), &c["outcome"]["status"])
        })
        .collect();
    let expected = ["tls-tls10@127.0.0.1", "tls-tls10-no-etm@127.0.0.1", "tls-tls11-no-etm@127.0.0.1"];
    assert_eq!(calls.iter().map(|c| c.0).collect::<Vec<_>>(), expected);
    assert!(calls.iter().all(|c| c.1 == 5 && *c.2 == 486), "{calls:?}");
    assert!(problem_kinds(&v).is_empty(), "{v}");
    // TLS 1.2 renegotiated: the CANCEL follows the second handshake, whose
    // hellos were under the first one's keys.
    let v = analyze_json(&[
        &path("sip-over-tls12-renegotiate.pcap"),
        "--tls-keys",
        &path("sip-over-tls12-renegotiate.keys"),
    ]);
    let seen: Vec<(&str, Option<u64>)> = v["calls"][0]["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| (m["method"].as_str().unwrap_or(""), m["status"].as_u64()))
        .collect();
    assert_eq!(seen, [("INVITE", None), ("INVITE", Some(100)), ("CANCEL", None)]);
    assert!(problem_kinds(&v).is_empty(), "{v}");
    // TLS 1.3 with ChaCha20-Poly1305: the CANCEL follows a key update.
    let v =
        analyze_json(&[&path("sip-over-tls13-key-update.pcap"), "--tls-keys", &path("sip-over-tls13-key-update.keys")]);
    let methods: Vec<&str> = v["calls"][0]["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["kind"] == "request")
        .filter_map(|m| m["method"].as_str())
        .collect();
    assert_eq!(methods, ["INVITE", "CANCEL"], "{v}");
    assert!(problem_kinds(&v).is_empty(), "{v}");
}

#[test]
fn secrets_that_do_not_open_the_records_are_reported() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let dir = std::env::temp_dir().join(format!("statusdoc-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let keys = std::fs::read_to_string(data.join("sip-over-tls.keys")).unwrap_or_default();
    // Every secret's last digit changed: the right session, the wrong secrets.
    let wrong: String = keys
        .lines()
        .map(|line| match line.rsplit_once(' ') {
            Some((head, secret)) if !line.starts_with('#') => {
                let last = if secret.ends_with('0') { '1' } else { '0' };
                format!("{head} {}{last}\n", &secret[..secret.len() - 1])
            }
            _ => format!("{line}\n"),
        })
        .collect();
    let wrong_file = dir.join("wrong.keys");
    std::fs::write(&wrong_file, wrong).unwrap_or_else(|e| panic!("{e}"));
    let capture = data.join("sip-over-tls.pcap").display().to_string();
    let (_, v) = analyze_json_output(&[&capture, "--tls-keys", &wrong_file.display().to_string()]);
    assert_eq!(problem_kinds(&v), ["tls-undecryptable"], "{v}");
    // A file that is not a key log stops the run, naming the file.
    let not_keys = dir.join("key.pem");
    std::fs::write(&not_keys, "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let output = statusdoc(&["analyze", &capture, "--tls-keys", &not_keys.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("key.pem") && stderr.contains("CLIENT_RANDOM"), "{stderr}");
    let missing = statusdoc(&["analyze", &capture, "--tls-keys", "/nonexistent/keys.log"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/keys.log"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "needs tshark; run by .ci/run with --ignored"]
fn every_capture_agrees_with_tshark() {
    assert!(
        Command::new("tshark").arg("--version").output().is_ok(),
        "tshark is missing: install Debian's tshark (bash .ci/run does)"
    );
    let fixtures = fixtures();
    assert!(fixtures.len() >= 9, "the SIPp fixtures are part of the comparison");
    let all: Vec<String> = CAPTURES.iter().map(|n| capture(n)).chain(fixtures).collect();
    for path in &all {
        let name = path.rsplit('/').next().unwrap_or(path);
        let Some((mut calls, mut statuses)) = tshark(path) else { panic!("tshark failed on {name}") };
        if name == "bridged-ipv6.pcap" {
            // Captured on a bridge and the veth it holds: tshark shows each
            // packet twice, statusdoc reads it once and counts the copies
            // (the test below).
            calls.values_mut().chain(statuses.values_mut()).for_each(|n| *n /= 2);
        }
        let (ours_calls, ours_statuses) = ours(path);
        assert_eq!(ours_calls, calls, "{name}: messages per Call-ID differ from tshark");
        assert_eq!(ours_statuses, statuses, "{name}: status codes differ from tshark");
    }
}

#[test]
fn logs_are_read_from_files_and_standard_input() {
    let invite = "INVITE sip:bob@example.com SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\nFrom: <sip:alice@example.com>;tag=a\nTo: <sip:bob@example.com>\nCall-ID: from-a-log\nCSeq: 1 INVITE\nContent-Length: 0\n";
    let busy = "SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\nFrom: <sip:alice@example.com>;tag=a\nTo: <sip:bob@example.com>;tag=b\nCall-ID: from-a-log\nCSeq: 1 INVITE\nContent-Length: 0\n";
    let log = format!(
        "[2024-05-01 12:00:00.000] VERBOSE[1] res_pjsip_logger.c: <--- Received SIP request (300 bytes) from UDP:10.0.0.1:5060 --->\n{invite}\n[2024-05-01 12:00:02.000] VERBOSE[1] res_pjsip_logger.c: <--- Transmitting SIP response (300 bytes) to UDP:10.0.0.1:5060 --->\n{busy}\n"
    );
    let output = analyze_json_piped(log.as_bytes());
    assert!(output.status.success());
    let v: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let call = &v["calls"][0];
    assert_eq!(call["call_id"], "from-a-log");
    assert_eq!(call["outcome"]["state"], "failed");
    assert_eq!(call["outcome"]["status"], 486);
    assert_eq!(call["messages"][0]["src"], "10.0.0.1:5060");
    assert_eq!(call["messages"][0]["transport"], "udp", "the transport the log names");
    let setup = call["setup_time"].as_f64().unwrap_or(0.0);
    assert!((setup - 2.0).abs() < 1e-6, "timestamps from the log: {setup}");
    // The side the log does not name (its writer's) is 0.0.0.0:0 in the
    // data and said to be missing where people read it, in their language.
    assert_eq!(call["messages"][0]["dst"], "0.0.0.0:0");
    let path = std::env::temp_dir().join(format!("statusdoc-log-{}.log", std::process::id()));
    std::fs::write(&path, &log).unwrap_or_else(|e| panic!("{e}"));
    for (lang, format, missing) in
        [("C", "text", "(not in the log)"), ("es_ES.UTF-8", "markdown", "| (no consta en el log) |")]
    {
        let output = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
            .args(["analyze", &path.to_string_lossy(), "--format", format])
            .env("LANG", lang)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains(missing) && !text.contains("0.0.0.0"), "{format}: {text}");
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn messages_pasted_without_addresses_or_times_are_drawn_between_the_two_sides_their_from_tells() {
    // Raw messages as people paste them into a ticket: no log line, so no
    // address. Alice calls Bob; Bob hangs up (his BYE's From is Bob).
    let message = |start: &str, from: &str, to: &str, cseq: &str| {
        format!("{start}\nVia: SIP/2.0/UDP host.example.com;branch=z9hG4bK{cseq}\nFrom: {from}\nTo: {to}\nCall-ID: pasted\nCSeq: {cseq}\nContent-Length: 0\n\n")
    };
    let (alice, bob) = ("<sip:alice@example.com>;tag=a", "<sip:bob@example.com>;tag=b");
    let bob_untagged = "<sip:bob@example.com>";
    // (message, true when it goes from Alice's side to Bob's)
    let call = [
        (message("INVITE sip:bob@example.com SIP/2.0", alice, bob_untagged, "1 INVITE"), true),
        (message("SIP/2.0 100 Trying", alice, bob_untagged, "1 INVITE"), false),
        (message("SIP/2.0 180 Ringing", alice, bob, "1 INVITE"), false),
        (message("SIP/2.0 200 OK", alice, bob, "1 INVITE"), false),
        (message("ACK sip:bob@example.com SIP/2.0", alice, bob, "1 ACK"), true),
        (message("BYE sip:alice@example.com SIP/2.0", bob, alice, "7 BYE"), false),
        (message("SIP/2.0 200 OK", bob, alice, "7 BYE"), true),
    ];
    // The same call as a log that begins after the INVITE: its first
    // message a response, which goes towards its From.
    for (name, messages) in [("whole", &call[..]), ("begun-late", &call[3..])] {
        let path = std::env::temp_dir().join(format!("statusdoc-pasted-{name}-{}.txt", std::process::id()));
        let text: String = messages.iter().map(|(m, _)| m.as_str()).collect();
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        let file = path.to_string_lossy().into_owned();
        let ladder = String::from_utf8_lossy(&statusdoc(&["analyze", &file]).stdout).into_owned();
        let rows: Vec<&str> = ladder.lines().filter(|l| l.contains("[line")).collect();
        assert_eq!(rows.len(), messages.len(), "{name}: {ladder}");
        let mermaid = String::from_utf8_lossy(&statusdoc(&["analyze", &file, "-f", "mermaid"]).stdout).into_owned();
        let arrows: Vec<&str> = mermaid.lines().filter(|l| l.contains("[line")).collect();
        assert_eq!(arrows.len(), messages.len(), "{name}: {mermaid}");
        // Each message is numbered by the line of the text its start line is on.
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let starts = text.lines().enumerate().filter(|(_, l)| l.starts_with("SIP/2.0 ") || l.ends_with(" SIP/2.0"));
        for ((row, arrow), (line, _)) in rows.iter().zip(&arrows).zip(starts) {
            let said = format!("[line {}", line + 1);
            assert!(row.contains(&format!("{said}]")) && arrow.contains(&said), "{name}: {row} / {arrow}");
        }
        // No time in the input: none shown, and no setup time or duration
        // made of it (the call was answered and hung up).
        let v = analyze_json(&[&file]);
        assert_eq!(v["calls"][0]["outcome"]["state"], "answered", "{name}: {v}");
        assert_eq!((&v["calls"][0]["setup_time"], &v["calls"][0]["duration"]), (&Value::Null, &Value::Null), "{name}");
        assert!(rows.iter().all(|row| !row.contains("0.000")), "{name}: {ladder}");
        assert!(arrows.iter().all(|arrow| !arrow.contains(" s]")), "{name}: {mermaid}");
        // The lanes are named by the URIs the first message gives the two sides.
        let head = ladder.lines().find(|l| l.contains("alice@example.com")).unwrap_or_default();
        assert!(head.find("alice@example.com") < head.find("bob@example.com"), "{name}: {ladder}");
        assert!(mermaid.contains("participant P1 as alice@example.com"), "{name}: {mermaid}");
        for ((row, arrow), (_, rightwards)) in rows.iter().zip(&arrows).zip(messages) {
            // Two lanes, one arrow between them, pointing the way it went.
            assert_eq!(row.matches('|').count(), 2, "{name}: {row}");
            assert_eq!(row.contains("->|"), *rightwards, "{name}: {row}\n{ladder}");
            assert_eq!(row.contains("|<-"), !*rightwards, "{name}: {row}\n{ladder}");
            let forward = arrow.trim_start().starts_with("P1-") && arrow.contains(">>P2");
            let back = arrow.trim_start().starts_with("P2-") && arrow.contains(">>P1");
            assert!(forward == *rightwards && back != *rightwards, "{name}: {arrow}");
        }
        let _ = std::fs::remove_file(&path);
    }
    // A request to the URI its own From names (a keep-alive to oneself):
    // the sides are told apart by From tags all the same, and named as such.
    let path = std::env::temp_dir().join(format!("statusdoc-pasted-self-{}.txt", std::process::id()));
    let ping = message("OPTIONS sip:alice@example.com SIP/2.0", alice, "<sip:alice@example.com>", "1 OPTIONS");
    let pong = message("SIP/2.0 200 OK", alice, "<sip:alice@example.com>;tag=c", "1 OPTIONS");
    std::fs::write(&path, format!("{ping}{pong}")).unwrap_or_else(|e| panic!("{e}"));
    let ladder = String::from_utf8_lossy(&statusdoc(&["analyze", &path.to_string_lossy()]).stdout).into_owned();
    let _ = std::fs::remove_file(&path);
    let head = ladder.lines().find(|l| l.contains("(From side)")).unwrap_or_default();
    assert!(head.contains("(To side)") && !head.contains("alice@"), "{ladder}");
    let rows: Vec<&str> = ladder.lines().filter(|l| l.contains("[line")).collect();
    assert!(rows.len() == 2 && rows[0].contains("->|") && rows[1].contains("|<-"), "{ladder}");
}

#[test]
fn messages_pasted_at_a_terminal_are_asked_for_and_read() {
    // `script` (util-linux) gives the binary a terminal for its standard
    // input; what is written to it is what a person pastes, then Ctrl-D.
    let message = |start: &str| {
        format!("{start}\nVia: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\nFrom: <sip:a@example.com>;tag=a\nTo: <sip:b@example.com>\nCall-ID: typed\nCSeq: 1 INVITE\nContent-Length: 0\n\n")
    };
    let pasted = message("INVITE sip:b@example.com SIP/2.0") + &message("SIP/2.0 486 Busy Here") + "\u{4}";
    let command = format!("{} analyze - --format json", env!("CARGO_BIN_EXE_statusdoc"));
    let output =
        with_stdin(Command::new("script").args(["-qfec", &command, "/dev/null"]).env("LANG", "C"), pasted.as_bytes());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Ctrl-D"), "no word on how to end what is pasted (script from util-linux needed): {text}");
    assert!(text.contains("\"call_id\":\"typed\"") && text.contains("\"status\":486"), "{text}");
    // From a pipe, nobody is typing: nothing is asked.
    let piped =
        with_stdin(binary().args(["analyze", "-", "--format", "json"]), pasted.trim_end_matches('\u{4}').as_bytes());
    assert!(String::from_utf8_lossy(&piped.stdout).contains("\"status\":486"));
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("Ctrl-D"), "{}", String::from_utf8_lossy(&piped.stderr));
}

#[test]
fn a_log_larger_than_the_parts_it_is_read_in_is_read_whole() {
    use std::fmt::Write as _;
    use std::io::Write as _;
    // 16,000 calls of an INVITE and its 486, each message after Asterisk's
    // line naming where it went: about 9 MB, three of the 4 MiB parts a
    // log is read in, so that messages fall across their ends. Where each
    // start line is written is noted as the log is written.
    let calls = 16_000;
    let (mut log, mut line, mut starts) = (String::new(), 1u64, Vec::new());
    for n in 0..calls {
        for (direction, start, to_tag) in [
            ("Received SIP request (300 bytes) from", "INVITE sip:bob@example.com SIP/2.0", ""),
            ("Transmitting SIP response (300 bytes) to", "SIP/2.0 486 Busy Here", ";tag=b"),
        ] {
            let (seconds, millis) = (n / 1000, n % 1000);
            let _ = write!(
                log,
                "[2024-05-01 12:{:02}:{:02}.{millis:03}] VERBOSE[7] res_pjsip_logger.c: <--- {direction} UDP:10.0.0.1:5060 --->\n\
                 {start}\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK{n}\nFrom: <sip:alice@example.com>;tag=a{n}\n\
                 To: <sip:bob@example.com>{to_tag}\nCall-ID: big-log-{n}\nCSeq: 1 INVITE\nContent-Length: 0\n\n",
                seconds / 60,
                seconds % 60
            );
            starts.push(line + 1);
            line += 9;
        }
    }
    assert!(log.len() > 8 * 1024 * 1024, "{} bytes", log.len());
    let path = std::env::temp_dir().join(format!("statusdoc-big-log-{}.log", std::process::id()));
    std::fs::write(&path, &log).unwrap_or_else(|e| panic!("{e}"));
    let from_file = analyze_json(&[&path.to_string_lossy(), "--max-messages", "100000000"]);
    let _ = std::fs::remove_file(&path);
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["analyze", "-", "--format", "json", "--max-messages", "100000000"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut stdin = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    let writer = std::thread::spawn(move || stdin.write_all(log.as_bytes()));
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let _ = writer.join();
    let from_stdin: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    for v in [&from_file, &from_stdin] {
        assert_eq!(v["summary"]["messages"], 2 * calls, "{}", v["summary"]);
        assert_eq!(v["summary"]["calls"], calls);
        assert_eq!(v["summary"]["failed_calls"], calls);
        assert_eq!(v["errors"].as_array().map(Vec::len), Some(0), "{}", v["errors"]);
        assert_eq!(message_frames(v), starts, "each message at the line of its start line");
        let last = &v["calls"][calls - 1];
        assert_eq!(last["call_id"], format!("big-log-{}", calls - 1));
        assert_eq!(last["outcome"]["status"], 486);
    }
}

#[test]
fn a_packet_dump_pasted_as_text_gives_the_calls_of_its_capture() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    // What a call is, without the frame numbers (a dump's are its lines),
    // times from the first message (tshark's summary line gives no date),
    // and, for Wireshark's details, which rebuild each message, without the
    // transport (read as a log's).
    let calls = |v: &Value, rebuilt: bool| -> Vec<Value> {
        let mut calls: Vec<Value> = v["calls"].as_array().cloned().unwrap_or_default();
        let first = calls.first().map_or(0.0, |c| c["messages"][0]["time"].as_f64().unwrap_or_default());
        for call in &mut calls {
            for m in call["messages"].as_array_mut().into_iter().flatten() {
                m["frame"] = Value::Null;
                let time = m["time"].as_f64().unwrap_or_default() - first;
                m["time"] = serde_json::json!((time * 1e5).round() / 1e5);
                if rebuilt {
                    m["transport"] = Value::Null;
                }
            }
            for f in call["findings"].as_array_mut().into_iter().flatten() {
                f["frames"] = Value::Null;
            }
            for key in ["setup_time", "duration"] {
                if let Some(t) = call[key].as_f64() {
                    call[key] = serde_json::json!((t * 1e4).round() / 1e4);
                }
            }
        }
        calls
    };
    for (dump, capture) in [
        ("dumps/basic-call-tcp.ngrep-byline.txt", "basic-call-tcp.pcap"),
        ("dumps/fragmented-invite.tcpdump.txt", "fragmented-invite.pcap"),
        ("dumps/diag-nat.tshark-P-Osip-relative.txt", "diag-nat.pcap"),
    ] {
        let from_dump = analyze_json(&[&data.join(dump).display().to_string()]);
        let from_capture = analyze_json(&[&data.join(capture).display().to_string()]);
        assert_eq!(from_dump["errors"], serde_json::json!([]), "{dump}");
        let rebuilt = dump.contains("tshark");
        let expected = calls(&from_capture, rebuilt);
        assert!(!expected.is_empty());
        assert_eq!(calls(&from_dump, rebuilt), expected, "{dump}");
    }
    // The NAT diagnosis rests on the SDP, rebuilt from Wireshark's lines.
    let nat = analyze_json(&[&data.join("dumps/diag-nat.tshark-P-Osip-relative.txt").display().to_string()]);
    assert_eq!(findings_of_kind(&nat, "media-private-address").len(), 1, "{nat}");
}

#[test]
fn text_that_names_sip_without_a_readable_message_says_where() {
    let dir = std::env::temp_dir().join(format!("statusdoc-dump-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_default();
    let path = dir.join("wireshark-summary.txt");
    let text = "No.  Time  Source  Destination  Protocol Info\n1 0.000 10.0.0.1 10.0.0.2 SIP/SDP Request: INVITE sip:b@x | SIP/2.0\n";
    std::fs::write(&path, text).unwrap_or_default();
    let output = statusdoc(&["analyze", &path.display().to_string(), "--format", "json"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let v: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    assert_eq!(
        (v["errors"][0]["kind"].as_str(), v["errors"][0]["frame"].as_u64()),
        (Some("unknown-format"), Some(2)),
        "{v}"
    );
}

/// A classic pcap (either byte order) with every packet cut to its first
/// `snap` bytes, as `tcpdump -s SNAP` writes it, and the frames that were cut.
/// Whether a microsecond pcap's records, read with the standard 16-byte
/// headers, end where the file does (not so in patched tcpdump builds' files).
fn standard_records(pcap: &[u8]) -> bool {
    let little = pcap.starts_with(&[0xd4, 0xc3, 0xb2, 0xa1]);
    let mut at = 24;
    while let Some(header) = pcap.get(at..at + 16) {
        let four = [header[8], header[9], header[10], header[11]];
        let included = if little { u32::from_le_bytes(four) } else { u32::from_be_bytes(four) };
        at += 16 + included as usize;
    }
    at == pcap.len()
}

fn cut_to(pcap: &[u8], snap: usize) -> (Vec<u8>, Vec<u64>) {
    let little = pcap.starts_with(&[0xd4, 0xc3, 0xb2, 0xa1]);
    let field = |bytes: &[u8], at: usize| {
        let four = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
        (if little { u32::from_le_bytes(four) } else { u32::from_be_bytes(four) }) as usize
    };
    let put = |value: usize| if little { (value as u32).to_le_bytes() } else { (value as u32).to_be_bytes() };
    let mut out = pcap[..24].to_vec();
    out[16..20].copy_from_slice(&put(snap));
    let (mut at, mut frame, mut cut) = (24, 0, Vec::new());
    while at + 16 <= pcap.len() {
        let included = field(pcap, at + 8);
        frame += 1;
        let kept = included.min(snap);
        if kept < field(pcap, at + 12) {
            cut.push(frame);
        }
        out.extend_from_slice(&pcap[at..at + 8]);
        out.extend_from_slice(&put(kept));
        out.extend_from_slice(&pcap[at + 12..at + 16]);
        out.extend_from_slice(&pcap[at + 16..at + 16 + kept]);
        at += 16 + included;
    }
    (out, cut)
}

/// A call in short: its Call-ID, outcome, and messages (frame, method, status, cseq).
type CallInShort = (Value, Value, Vec<(Value, Value, Value, Value)>);

/// Each call in short.
fn calls_in_short(v: &Value) -> Vec<CallInShort> {
    v["calls"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let messages = c["messages"].as_array().into_iter().flatten();
            let messages =
                messages.map(|m| (m["frame"].clone(), m["method"].clone(), m["status"].clone(), m["cseq"].clone()));
            (c["call_id"].clone(), c["outcome"].clone(), messages.collect())
        })
        .collect()
}

#[test]
fn a_capture_cut_by_its_snap_length_still_shows_every_call() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let dir = std::env::temp_dir().join(format!("statusdoc-snap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    // 400 bytes keep these SIPp messages' Call-ID and CSeq, but not their SDP.
    for name in [
        "basic-call.pcap",
        "basic-call-tcp.pcap",
        "reject-486.pcap",
        "reject-401.pcap",
        "reject-cancel.pcap",
        "diag-488-srtp.pcap",
        "diag-nat.pcap",
        "diag-oneway.pcap",
    ] {
        let whole = std::fs::read(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (cut, frames) = cut_to(&whole, 400);
        assert!(!frames.is_empty(), "{name}: nothing cut at 400 bytes");
        let path = dir.join(name);
        std::fs::write(&path, &cut).unwrap_or_else(|e| panic!("{e}"));
        let uncut = analyze_json(&[&data.join(name).display().to_string()]);
        let v = analyze_json(&[&path.display().to_string()]);
        // The same calls, messages and outcomes as the whole capture.
        assert_eq!(calls_in_short(&v), calls_in_short(&uncut), "{name}");
        assert_eq!(v["summary"]["messages"], uncut["summary"]["messages"], "{name}");
        // Each cut said once where it happened, and in its call.
        let said: Vec<u64> = v["errors"].as_array().into_iter().flatten().filter_map(|e| e["frame"].as_u64()).collect();
        assert_eq!(said, frames, "{name}: {}", v["errors"]);
        assert!(problem_kinds(&v).iter().all(|k| k == "truncated"), "{name}: {}", v["errors"]);
        let mut noted: Vec<u64> = findings_of_kind(&v, "truncated")
            .iter()
            .flat_map(|f| f["frames"].as_array().into_iter().flatten().filter_map(Value::as_u64))
            .collect();
        noted.sort_unstable();
        assert_eq!(noted, frames, "{name}");
        // Nothing read from what the cut took: no finding about a grammar
        // or an SDP the capture did not keep.
        for kind in ["malformed", "offer", "offer-transport", "media-direction", "media-private-address"] {
            let about_cut = findings_of_kind(&v, kind).into_iter().filter(|f| {
                f["frames"].as_array().into_iter().flatten().filter_map(Value::as_u64).any(|n| frames.contains(&n))
            });
            assert_eq!(about_cut.count(), 0, "{name}: {kind}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "needs tshark; run by .ci/run with --ignored"]
fn a_capture_cut_by_its_snap_length_agrees_with_tshark() {
    let dir = std::env::temp_dir().join(format!("statusdoc-snap-tshark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let mut compared = 0;
    for path in fixtures().iter().filter(|p| p.ends_with(".pcap")) {
        let whole = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        if !whole.starts_with(&[0xd4, 0xc3, 0xb2, 0xa1]) && !whole.starts_with(&[0xa1, 0xb2, 0xc3, 0xd4]) {
            continue; // nanosecond pcaps are cut the same way; these are enough
        }
        if !standard_records(&whole) {
            continue; // a patched tcpdump build's longer record headers: cut_to reads the standard's
        }
        let (cut, frames) = cut_to(&whole, 400);
        let name = PathBuf::from(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if frames.is_empty() {
            continue;
        }
        let cut_path = dir.join(&name).display().to_string();
        std::fs::write(&cut_path, &cut).unwrap_or_else(|e| panic!("{e}"));
        // Of the messages whose Call-ID the cut left: one cut before it
        // (diag-482's INVITE and 482, six Via entries long) is in no call,
        // and statusdoc says the cut instead; tshark counts its status.
        let Some(mut theirs) = tshark_where(&cut_path, &[], "sip && sip.Call-ID && !icmp && !icmpv6") else {
            panic!("tshark failed")
        };
        if name == "bridged-ipv6.pcap" {
            // Each packet captured twice: tshark shows both copies, statusdoc
            // reads a whole one once (and a cut one twice, since what the
            // cut took may differ).
            theirs.0.values_mut().chain(theirs.1.values_mut()).for_each(|n| *n /= 2);
        }
        // Every message tshark reads a Call-ID or status from, statusdoc
        // reads too. It may read more: tshark gives no field of a message
        // whose cut it met before dissecting it (a Call-ID kept whole, in
        // diag-nat's INVITE; a VXLAN packet's SIP).
        let (calls, statuses) = ours(&cut_path);
        for (id, count) in &theirs.0 {
            assert!(calls.get(id).is_some_and(|ours| ours >= count), "{name}: {id}: {calls:?} against {theirs:?}");
        }
        for (code, count) in &theirs.1 {
            assert!(
                statuses.get(code).is_some_and(|ours| ours >= count),
                "{name}: {code}: {statuses:?} against {theirs:?}"
            );
        }
        compared += 1;
    }
    assert!(compared >= 10, "only {compared} fixtures had packets past 400 bytes");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_fragmented_datagram_captured_twice_is_read_once_and_leaves_no_fragment_behind() {
    // Each fragment of the INVITE twice: the first copy of the last one
    // completes the datagram, and its second copy must not begin another
    // that "never ends".
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let name = "fragmented-invite.pcap";
    let whole = std::fs::read(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = std::env::temp_dir().join(format!("statusdoc-twice-fragments-{}.pcap", std::process::id()));
    std::fs::write(&path, doubled(&whole).0).unwrap_or_else(|e| panic!("{e}"));
    let once = analyze_json(&[&data.join(name).display().to_string()]);
    let v = analyze_json(&[&path.display().to_string()]);
    let _ = std::fs::remove_file(&path);
    let renumbered: Vec<u64> = message_frames(&once).iter().map(|f| 2 * f - 1).collect();
    assert_eq!(message_frames(&v), renumbered);
    let kinds: Vec<&Value> = v["errors"].as_array().into_iter().flatten().map(|e| &e["kind"]).collect();
    assert_eq!(kinds, [&Value::from("captured-twice")], "{}", v["errors"]);
}

/// A classic microsecond pcap with every packet captured twice, the copy
/// 20 µs after, as a capture on two interfaces sees a packet crossing a
/// bridge; and how many packets it had.
fn doubled(pcap: &[u8]) -> (Vec<u8>, usize) {
    let little = pcap.starts_with(&[0xd4, 0xc3, 0xb2, 0xa1]);
    let field = |bytes: &[u8], at: usize| {
        let four = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
        if little {
            u32::from_le_bytes(four)
        } else {
            u32::from_be_bytes(four)
        }
    };
    let put = |value: u32| if little { value.to_le_bytes() } else { value.to_be_bytes() };
    let mut out = pcap[..24].to_vec();
    let (mut at, mut packets) = (24, 0);
    while at + 16 <= pcap.len() {
        let end = at + 16 + field(pcap, at + 8) as usize;
        out.extend_from_slice(&pcap[at..end]);
        let micros = field(pcap, at + 4) + 20;
        out.extend_from_slice(&put(field(pcap, at) + micros / 1_000_000));
        out.extend_from_slice(&put(micros % 1_000_000));
        out.extend_from_slice(&pcap[at + 8..end]);
        at = end;
        packets += 1;
    }
    (out, packets)
}

#[test]
fn a_capture_on_a_bridge_over_ipv6_reads_each_packet_once() {
    // tcpdump -i any on a host whose address is on a bridge: each datagram
    // on the veth and again on the bridge, microseconds apart. IPv6 has no
    // identification: a copy is told by its bytes and its time.
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let v = analyze_json(&[&data.join("bridged-ipv6.pcap").display().to_string()]);
    assert_eq!(message_frames(&v), [1, 3, 5, 7, 9, 11]);
    let call = &v["calls"][0];
    assert_eq!(call["outcome"]["state"], "answered");
    let resent: Vec<&Value> =
        call["messages"].as_array().into_iter().flatten().filter(|m| m["retransmission"] != false).collect();
    assert!(resent.is_empty(), "a copy taken for a retransmission: {resent:?}");
    let said: Vec<(&Value, &Value)> =
        v["errors"].as_array().into_iter().flatten().map(|e| (&e["kind"], &e["frame"])).collect();
    assert_eq!(said, [(&Value::from("captured-twice"), &Value::from(2))]);
    assert!(v["errors"][0]["error"].as_str().unwrap_or("").starts_with("6 "), "{}", v["errors"]);
}

#[test]
fn packets_captured_twice_are_read_once() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let dir = std::env::temp_dir().join(format!("statusdoc-twice-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    // diag-slow: an INVITE resent after 500 ms, a real retransmission.
    for name in ["basic-call.pcap", "diag-slow.pcap", "reject-cancel.pcap"] {
        let whole = std::fs::read(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (twice, packets) = doubled(&whole);
        let path = dir.join(name);
        std::fs::write(&path, &twice).unwrap_or_else(|e| panic!("{e}"));
        let once = analyze_json(&[&data.join(name).display().to_string()]);
        let v = analyze_json(&[&path.display().to_string()]);
        // The same calls, messages (by their first copy's frame, odd in
        // the doubled capture), outcomes and findings as captured once.
        let renumbered: Vec<u64> = message_frames(&once).iter().map(|f| 2 * f - 1).collect();
        assert_eq!(message_frames(&v), renumbered, "{name}");
        let outline = |v: &Value| -> Vec<(Value, Value, Vec<Value>)> {
            let calls = v["calls"].as_array().into_iter().flatten();
            calls
                .map(|c| {
                    let kinds = c["findings"].as_array().into_iter().flatten().map(|f| f["kind"].clone());
                    (c["call_id"].clone(), c["outcome"].clone(), kinds.collect())
                })
                .collect()
        };
        assert_eq!(outline(&v), outline(&once), "{name}");
        // The copies said once, counted.
        let said: Vec<(&Value, &Value)> =
            v["errors"].as_array().into_iter().flatten().map(|e| (&e["kind"], &e["frame"])).collect();
        assert_eq!(said, [(&Value::from("captured-twice"), &Value::from(2))], "{name}");
        let count = v["errors"][0]["error"].as_str().unwrap_or("");
        assert!(count.starts_with(&packets.to_string()), "{name}: {count}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Waits until process `pid` catches SIGINT (Linux: /proc/PID/status),
/// so that a Ctrl-C sent then is its own to handle, not the default end.
#[cfg(unix)]
fn catches_ctrl_c(pid: u32) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let caught = status
            .lines()
            .find_map(|l| l.strip_prefix("SigCgt:"))
            .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
            .is_some_and(|mask| mask & (1 << (2 - 1)) != 0);
        if caught {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "process {pid} never caught SIGINT");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// `command` (the binary) run as `analyze - --format json`, its standard
/// input a pipe that `bytes` were written to and that stays open.
fn piped(command: Command, bytes: &[u8]) -> (std::process::Child, std::process::ChildStdin) {
    use std::io::Write;
    let mut child = { command }
        .args(["analyze", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut stdin = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    stdin.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
    stdin.flush().unwrap_or_else(|e| panic!("{e}"));
    (child, stdin)
}

#[cfg(unix)]
#[test]
fn ctrl_c_on_a_capture_piped_in_writes_the_calls_read_so_far() {
    // `tcpdump -w - | statusdoc analyze -`: the capture never ends by
    // itself, and Ctrl-C is how its user stops it. Here the pipe stays
    // open and silent after it: reading must stop all the same.
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let first = std::fs::read(data.join("reject-486.pcap")).unwrap_or_else(|e| panic!("{e}"));
    let (mut child, stdin) = piped(binary(), &first);
    // Time for the process to read what was written.
    catches_ctrl_c(child.id());
    std::thread::sleep(std::time::Duration::from_millis(500));
    let interrupt = |pid: u32| {
        let status = Command::new("kill").args(["-INT", &pid.to_string()]).status();
        assert!(status.is_ok_and(|s| s.success()), "kill -INT");
    };
    interrupt(child.id());
    let mut stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let status = ends_by_itself(&mut child);
    drop(stdin);
    assert!(status.success(), "{status:?}");
    let mut output = Vec::new();
    std::io::Read::read_to_end(&mut stdout, &mut output).unwrap_or_else(|e| panic!("{e}"));
    let v: Value = serde_json::from_slice(&output).unwrap_or_else(|e| panic!("{e}"));
    let first_call = &v["calls"][0];
    assert_eq!(first_call["outcome"]["status"], 486, "{v}");
    let kinds: Vec<&Value> = v["errors"].as_array().into_iter().flatten().map(|e| &e["kind"]).collect();
    assert!(kinds.contains(&&Value::from("interrupted")), "{}", v["errors"]);
    // A second Ctrl-C ends it at once, while what the first asked for
    // cannot finish: here the output is not read, and the writing waits.
    let (mut child, writer) = analyze_endless_capture(binary(), &["--format", "json"]);
    catches_ctrl_c(child.id());
    std::thread::sleep(std::time::Duration::from_millis(500));
    interrupt(child.id());
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(child.try_wait().is_ok_and(|s| s.is_none()), "its output unread, it cannot have ended");
    interrupt(child.id());
    let status = ends_by_itself(&mut child);
    assert_eq!(status.code(), Some(130));
    drop(child);
    assert!(writer.join().is_ok());
}

#[test]
fn a_quiet_live_capture_piped_in_writes_each_call_once_it_is_over() {
    // One refused call at second 0, then an OPTIONS ping every 20 s of
    // capture time, on its own Call-ID: a few messages, far fewer than the
    // thousands after which a file's calls are looked through. The call is
    // over 64 s after its last message, and must be written while the
    // capture goes on, not at its end.
    for command in [binary(), binary_on_one_core()] {
        let mut capture = capture_of_busy_call(7);
        for n in 1..=5u32 {
            let ping = options_ping("ping@live", n);
            capture.extend(pcap_record(20 * n, ping.as_bytes()));
        }
        let (child, stdin) = piped(command, &capture);
        let (written_while_open, seen) = shown_while_open(child, stdin, "7@busy");
        assert!(written_while_open, "not written while the capture went on: {seen}");
    }
}

#[test]
fn a_live_capture_that_falls_silent_writes_its_ended_call_all_the_same() {
    // A refused call at second 0, an OPTIONS at second 60, then nothing:
    // the line is quiet. The call is over at second 64; with no packet to
    // say so, the time the capture stays silent does, and it is written
    // about ten seconds later, the pipe still open.
    for command in [binary(), binary_on_one_core()] {
        let mut capture = capture_of_busy_call(5);
        let ping = options_ping("ping@quiet", 1);
        capture.extend(pcap_record(60, ping.as_bytes()));
        let (child, stdin) = piped(command, &capture);
        let began = std::time::Instant::now();
        let (written_while_open, seen) = shown_while_open(child, stdin, "5@busy");
        assert!(written_while_open, "not written while the line was silent: {seen}");
        assert!(began.elapsed() >= std::time::Duration::from_secs(3), "written before it was over");
        assert!(!seen.contains("ping@quiet"), "the OPTIONS is not over yet: {seen}");
    }
}

/// Reads what `child` writes, its input `stdin` still open, until `needle`
/// shows (within a minute); then closes the input. Whether it showed so,
/// and what was written.
fn shown_while_open(mut child: std::process::Child, stdin: std::process::ChildStdin, needle: &str) -> (bool, String) {
    use std::io::Read;
    let mut stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let needle = needle.to_owned();
    let reader = std::thread::spawn(move || {
        let (mut seen, mut chunk) = (Vec::new(), [0u8; 4096]);
        while !String::from_utf8_lossy(&seen).contains(&needle) {
            match stdout.read(&mut chunk) {
                Ok(0) | Err(_) => return (false, seen),
                Ok(n) => seen.extend_from_slice(&chunk[..n]),
            }
        }
        (true, seen)
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !reader.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let written_while_open = reader.is_finished();
    drop(stdin); // the input ends: the process ends, and the reader with it
    let (shown, seen) = reader.join().unwrap_or_else(|_| panic!("reader"));
    let _ = child.wait();
    (written_while_open && shown, String::from_utf8_lossy(&seen).into_owned())
}

#[test]
fn a_quiet_live_log_piped_in_writes_each_call_once_it_is_over() {
    // `tail -f /var/log/asterisk/full | statusdoc analyze -`: a refused
    // call, then an OPTIONS ping every 20 s, each an entry of Asterisk's
    // pjsip logger — a few kilobytes, where telling a log's form and
    // reading it were done a megabyte at a time. The call must be written
    // while the log goes on.
    for command in [binary(), binary_on_one_core()] {
        let mut log = asterisk_log_of_busy_call(9);
        for n in 1..=7u32 {
            let ping = options_ping("ping@live", n);
            log.push_str(&asterisk_entry(20 * n, &ping));
        }
        assert!(log.len() < 8 * 1024);
        let (child, stdin) = piped(command, log.as_bytes());
        let (written_while_open, seen) = shown_while_open(child, stdin, "9@busy");
        assert!(written_while_open, "not written while the log went on: {seen}");
        assert!(seen.contains("\"status\":486"), "{seen}");
    }
}

#[test]
fn a_quiet_live_ngrep_piped_in_writes_each_call_once_it_is_over() {
    // `ngrep -l -W byline port 5060 | statusdoc analyze -`: a refused call,
    // then an OPTIONS ping every 20 s. Each packet is read once the next
    // packet's line comes (its payload lines end there), and the call must
    // be written while the dump goes on, not when it ends.
    for command in [binary(), binary_on_one_core()] {
        let mut dump = ngrep_of_busy_call(8);
        for n in 1..=7u32 {
            dump.push_str(&ngrep_packet(20 * n, "10.0.0.1:5060 -> 10.0.0.2:5060", &options_ping("ping@live", n)));
        }
        let (child, stdin) = piped(command, dump.as_bytes());
        let (written_while_open, seen) = shown_while_open(child, stdin, "8@busy");
        assert!(written_while_open, "not written while the dump went on: {seen}");
        assert!(seen.contains("\"status\":486"), "{seen}");
    }
}

#[test]
fn a_live_ngrep_that_falls_silent_reads_its_last_packet_all_the_same() {
    // A refused call at second 0, an OPTIONS at second 60, then nothing: the
    // OPTIONS, the last packet, could have more lines to come and waits for
    // the next packet's line; it is read once the pipe has been silent a
    // second, and the silence after it says the call is over (at second 64).
    for command in [binary(), binary_on_one_core()] {
        let mut dump = ngrep_of_busy_call(4);
        dump.push_str(&ngrep_packet(60, "10.0.0.1:5060 -> 10.0.0.2:5060", &options_ping("ping@quiet", 1)));
        let (child, stdin) = piped(command, dump.as_bytes());
        let (written_while_open, seen) = shown_while_open(child, stdin, "4@busy");
        assert!(written_while_open, "not written while the dump was silent: {seen}");
        assert!(!seen.contains("ping@quiet"), "the OPTIONS is not over yet: {seen}");
    }
}

#[test]
fn a_live_sipdump_that_falls_silent_reads_its_last_record_all_the_same() {
    // `tail -f` of Kamailio's sipdump file: a refused call at second 0, an
    // OPTIONS at second 60, then nothing. The OPTIONS, the last record, is
    // read once the pipe has been silent a second, and the silence after it
    // says the call is over (at second 64), the pipe still open.
    for command in [binary(), binary_on_one_core()] {
        let [invite, busy] = busy_call(3);
        let mut dump = sipdump_record(0, "10.0.0.1", "10.0.0.2", &invite);
        dump.push_str(&sipdump_record(0, "10.0.0.2", "10.0.0.1", &busy));
        dump.push_str(&sipdump_record(60, "10.0.0.1", "10.0.0.2", &options_ping("ping@quiet", 1)));
        let (child, stdin) = piped(command, dump.as_bytes());
        let (written_while_open, seen) = shown_while_open(child, stdin, "3@busy");
        assert!(written_while_open, "not written while the file was silent: {seen}");
        assert!(!seen.contains("ping@quiet"), "the OPTIONS is not over yet: {seen}");
    }
}

#[test]
fn a_live_dump_or_log_whose_writer_buffers_its_output_is_read_as_the_whole_is() {
    // `ngrep -W byline port 5060 | statusdoc analyze -` without `-l`,
    // `tcpdump -X` without it, `tail -f full | grep -v DEBUG | statusdoc
    // analyze -`: the writer fills a buffer and writes it whole, wherever a
    // packet's or a message's lines stand, then may be silent for long. What
    // is cut there waits for its rest; nothing is read cut short.
    let dumps = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data/dumps");
    let mut texts: Vec<(String, Vec<u8>)> =
        ["basic-call.ngrep-byline.txt", "fragmented-invite.tcpdump-X.txt", "basic-call-tcp.tcpdump-v.txt"]
            .iter()
            .map(|name| (name.to_string(), std::fs::read(dumps.join(name)).unwrap_or_else(|e| panic!("{e}"))))
            .collect();
    let mut log = asterisk_log_of_busy_call(6);
    for n in 1..=3u32 {
        log.push_str(&asterisk_entry(n, &options_ping("ping@log", n)));
    }
    texts.push(("an Asterisk log".into(), log.into_bytes()));
    let read = |parts: &[&[u8]]| {
        let (mut child, mut stdin) = piped(binary(), parts[0]);
        for part in &parts[1..] {
            std::thread::sleep(std::time::Duration::from_millis(1300));
            std::io::Write::write_all(&mut stdin, part).unwrap_or_else(|e| panic!("{e}"));
        }
        drop(stdin);
        let mut stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut output = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut output).unwrap_or_else(|e| panic!("{e}"));
        assert!(ends_by_itself(&mut child).success());
        serde_json::from_slice::<Value>(&output).unwrap_or_else(|e| panic!("{e}"))
    };
    for (name, text) in &texts {
        let whole = read(&[text]);
        assert!(whole["summary"]["messages"].as_u64() > Some(1), "{name}: {whole}");
        // Cut in the middle of lines and of packets or messages.
        let (a, b) = (text.len() / 3 + 7, text.len() * 2 / 3 + 5);
        let in_parts = read(&[&text[..a], &text[a..b], &text[b..]]);
        assert_eq!(in_parts, whole, "{name}, written in three parts with silences between");
    }
}

/// `message` as a record of Kamailio's sipdump file, `second` seconds after
/// 2024-05-01 noon.
fn sipdump_record(second: u32, src: &str, dst: &str, message: &str) -> String {
    format!(
        "====================\ntag: rcv\npid: 4242\nprocess: 1\ntime: {}.000000\nproto: udp ipv4\nsrcip: {src}\n\
         srcport: 5060\ndstip: {dst}\ndstport: 5060\n~~~~~~~~~~~~~~~~~~~~\n{message}||||||||||||||||||||\n",
        1_714_564_800 + second
    )
}

/// ngrep's `-W byline` dump of the refused call `busy_call(n)` at noon, as
/// it begins (its header lines, then the packets).
fn ngrep_of_busy_call(n: u32) -> String {
    let [invite, busy] = busy_call(n);
    let mut dump = String::from(
        "interface: eth0 (10.0.0.0/255.255.255.0)\nfilter: ( port 5060 ) and ((ip || ip6) || (vlan && (ip || ip6)))\n",
    );
    dump.push_str(&ngrep_packet(0, "10.0.0.1:5060 -> 10.0.0.2:5060", &invite));
    dump.push_str(&ngrep_packet(0, "10.0.0.2:5060 -> 10.0.0.1:5060", &busy));
    dump
}

/// A UDP packet carrying `message` as ngrep `-t -W byline` prints it (each
/// CR as `.`), `second` seconds after noon.
fn ngrep_packet(second: u32, way: &str, message: &str) -> String {
    let (m, s) = (second / 60, second % 60);
    format!("\nU 2024/05/01 12:{m:02}:{s:02}.000000 {way} #1\n{}\n", message.replace("\r\n", ".\n"))
}

/// A capture from its start: the refused call `busy_call(n)` at second 0.
fn capture_of_busy_call(n: u32) -> Vec<u8> {
    let mut capture = pcap_header();
    for message in busy_call(n) {
        capture.extend(pcap_record(0, message.as_bytes()));
    }
    capture
}

/// An Asterisk log from its start: the refused call `busy_call(n)` at noon.
fn asterisk_log_of_busy_call(n: u32) -> String {
    let mut log = String::from("[2024-05-01 11:59:59.000] VERBOSE[1] asterisk.c: Asterisk Ready.\n");
    for message in busy_call(n) {
        log.push_str(&asterisk_entry(0, &message));
    }
    log
}

/// An OPTIONS ping of Call-ID `call_id`, its CSeq `n`.
fn options_ping(call_id: &str, n: u32) -> String {
    format!(
        "OPTIONS sip:b@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKping{n}\r\n\
         From: <sip:a@10.0.0.1>;tag=p\r\nTo: <sip:b@10.0.0.2>\r\nCall-ID: {call_id}\r\nCSeq: {n} OPTIONS\r\n\
         Content-Length: 0\r\n\r\n"
    )
}

/// `message` as an entry of Asterisk's pjsip logger, `second` seconds after noon.
fn asterisk_entry(second: u32, message: &str) -> String {
    let (h, m, s) = (12 + second / 3600, second / 60 % 60, second % 60);
    format!(
        "[2024-05-01 {h:02}:{m:02}:{s:02}.000] VERBOSE[77] res_pjsip_logger.c: <--- Received SIP message \
         (300 bytes) from UDP:10.0.0.1:5060 --->\n{}\n",
        message.replace("\r\n", "\n")
    )
}

#[test]
fn a_live_log_that_falls_silent_writes_its_ended_call_all_the_same() {
    // `tail -f` of a quiet Asterisk log: a refused call at second 0, an
    // OPTIONS at second 60, then nothing. The OPTIONS is the last entry,
    // which could go on and so waited for the next; it is read once the
    // pipe has been silent a second, and the silence after it says the
    // call is over (at second 64), the pipe still open.
    for command in [binary(), binary_on_one_core()] {
        let mut log = asterisk_log_of_busy_call(6);
        let ping = options_ping("ping@quiet", 1);
        log.push_str(&asterisk_entry(60, &ping));
        let (child, stdin) = piped(command, log.as_bytes());
        let began = std::time::Instant::now();
        let (written_while_open, seen) = shown_while_open(child, stdin, "6@busy");
        assert!(written_while_open, "not written while the log was silent: {seen}");
        assert!(began.elapsed() >= std::time::Duration::from_secs(3), "written before it was over");
        assert!(seen.contains("\"status\":486") && !seen.contains("ping@quiet"), "{seen}");
    }
}

/// An Ethernet frame of IPv4 and TCP cut in two after `at` bytes of its
/// payload: two segments, the second's sequence number moved on.
fn split_segment(frame: &[u8], at: usize) -> [Vec<u8>; 2] {
    let ip = 14;
    let tcp = ip + usize::from(frame[ip] & 0x0f) * 4;
    let payload = tcp + usize::from(frame[tcp + 12] >> 4) * 4;
    let segment = |data: &[u8], seq: u32| {
        let mut f = frame[..payload].to_vec();
        f.extend_from_slice(data);
        let ip_len = (f.len() - ip) as u16;
        f[ip + 2..ip + 4].copy_from_slice(&ip_len.to_be_bytes());
        f[tcp + 4..tcp + 8].copy_from_slice(&seq.to_be_bytes());
        f
    };
    let seq = u32::from_be_bytes([frame[tcp + 4], frame[tcp + 5], frame[tcp + 6], frame[tcp + 7]]);
    [segment(&frame[payload..payload + at], seq), segment(&frame[payload + at..], seq + at as u32)]
}

#[test]
fn a_ring_buffers_files_are_read_as_one_capture_connections_going_on_from_file_to_file() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let path = |name: &str| data.join(name).display().to_string();
    let dir = std::env::temp_dir().join(format!("statusdoc-ring-in-turn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    // Written as a ring buffer writes them, each file once the one before
    // is full; given in any order (a shell sorts file10 before file2).
    let ring = |path: &str, name: &str, per_file: usize| -> Vec<String> {
        let files = pcap_packets(path).div_ceil(per_file);
        let names: Vec<String> = (0..files).map(|i| format!("{name}{i}.pcap")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut files = split_pcap_into(path, &dir, &names, |n| n / per_file);
        files.reverse();
        files
    };
    let messages = |v: &Value| -> Vec<(String, Value, Value, i64)> {
        let calls = v["calls"].as_array().into_iter().flatten();
        let mut all: Vec<_> = calls
            .flat_map(|c| c["messages"].as_array().into_iter().flatten().map(move |m| (c, m)))
            .map(|(c, m)| {
                let micros = (m["time"].as_f64().unwrap_or(f64::NAN) * 1e6).round() as i64;
                (c["call_id"].to_string(), m["method"].clone(), m["status"].clone(), micros)
            })
            .collect();
        all.sort_by_key(|m| m.3);
        all
    };
    // SIP over TLS: each session's handshake in one file, its records in
    // the next ones; every message decrypted as from the capture whole.
    let (tls, keys) = (path("sip-over-tls12.pcap"), path("sip-over-tls12.keys"));
    let whole = analyze_json(&[&tls, "--tls-keys", &keys]);
    let mut files = ring(&tls, "tls", 5);
    // The newest file, just begun: its header, no packet yet.
    let newest = dir.join("tls-newest.pcap");
    std::fs::write(&newest, pcap_header()).unwrap_or_else(|e| panic!("{e}"));
    files.push(newest.display().to_string());
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.extend(["--tls-keys", &keys]);
    let v = analyze_json(&args);
    assert!(whole["summary"]["messages"].as_u64() > Some(20), "{whole}");
    assert_eq!(messages(&v), messages(&whole), "{v}");
    assert!(v["errors"].as_array().is_some_and(Vec::is_empty), "{}", v["errors"]);
    // Each frame is named in its own file: the INVITE of the first session
    // is the capture's frame 10, the fifth of the second file.
    let invite = &v["calls"].as_array().into_iter().flatten().find_map(|c| {
        c["messages"].as_array()?.iter().find(|m| m["method"] == "INVITE" && m["kind"] == "request").cloned()
    });
    let first_invite = whole["calls"][0]["messages"][0]["frame"].as_u64().unwrap_or_default() as usize;
    let (file, frame) = (first_invite.div_ceil(5) - 1, (first_invite - 1) % 5 + 1);
    let named =
        invite.as_ref().map(|m| (v["inputs"][m["input"].as_u64().unwrap_or(99) as usize].clone(), m["frame"].clone()));
    assert_eq!(
        named,
        Some((Value::from(dir.join(format!("tls{file}.pcap")).display().to_string()), Value::from(frame)))
    );
    // The same files compressed, as rotated files often are.
    let compressed: Vec<String> = files
        .iter()
        .map(|file| {
            let gz = format!("{file}.gz");
            std::fs::write(&gz, gzip(&bytes_of(file))).unwrap_or_else(|e| panic!("{e}"));
            gz
        })
        .collect();
    let mut args: Vec<&str> = compressed.iter().map(String::as_str).collect();
    args.extend(["--tls-keys", &keys]);
    let v = analyze_json(&args);
    assert_eq!(messages(&v), messages(&whole), "{v}");
    assert!(v["errors"].as_array().is_some_and(Vec::is_empty), "{}", v["errors"]);

    // SIP over TCP: the INVITE's segment cut in two by the rotation.
    let tcp = path("basic-call-tcp.pcap");
    let whole = analyze_json(&[&tcp]);
    let mut records = pcap_records(&std::fs::read(&tcp).unwrap_or_else(|e| panic!("{e}")));
    let at = records.iter().position(|(_, _, f)| f.windows(6).any(|w| w == b"INVITE")).unwrap_or(0);
    let (seconds, micros, frame) = records.remove(at);
    let [head, tail] = split_segment(&frame, 100);
    records.insert(at, (seconds, micros, tail));
    records.insert(at, (seconds, micros, head));
    let cut = dir.join("cut.pcap").display().to_string();
    std::fs::write(&cut, pcap_of(&records)).unwrap_or_else(|e| panic!("{e}"));
    let files = ring(&cut, "tcp", at + 1);
    let v = analyze_json(&files.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(messages(&v), messages(&whole), "{v}");
    assert!(v["errors"].as_array().is_some_and(Vec::is_empty), "{}", v["errors"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_call_linked_to_the_one_asked_for_but_let_go_is_said_not_shown() {
    // Call "c" names "b"; then more than the calls held back of other
    // linked pairs; then "a", and "b", which names "a". They end in the
    // order they began: "c" is held back, let go before "b" links it to
    // "a", which is said.
    let options = |call_id: &str, headers: &str| {
        format!(
            "OPTIONS sip:b@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK{call_id}\r\n\
             From: <sip:a@10.0.0.1>;tag=a\r\nTo: <sip:b@10.0.0.2>\r\nCall-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\n\
             {headers}Content-Length: 0\r\n\r\n"
        )
    };
    let at = |micros: u64, message: String| {
        pcap_record_at(1_700_000_000 + (micros / 1_000_000) as u32, (micros % 1_000_000) as u32, message.as_bytes())
    };
    let mut capture = pcap_header();
    capture.extend(at(0, options("c", "X-Call-ID: b\r\n")));
    for pair in 0..10_050u64 {
        let micros = 500_000 + pair * 4_000;
        capture.extend(at(micros, options(&format!("p{pair}"), "")));
        capture.extend(at(micros, options(&format!("q{pair}"), &format!("X-Call-ID: p{pair}\r\n"))));
    }
    // Within the idle timeout of the header naming "b": the link is kept.
    capture.extend(at(50_000_000, options("a", "")));
    capture.extend(at(50_000_000, options("b", "X-Call-ID: a\r\n")));
    let (status, v) = analyze_capture("held-calls", &capture, &["--call", "a"]);
    assert_eq!(status, Some(0), "{}", v["errors"]);
    let shown: Vec<&str> = v["calls"].as_array().into_iter().flatten().filter_map(|c| c["call_id"].as_str()).collect();
    assert_eq!(shown, ["a", "b"], "{}", v["errors"]);
    let said: Vec<(&str, &str)> = v["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (e["kind"].as_str().unwrap_or_default(), e["error"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, "held-calls-limit");
    assert!(said[0].1.starts_with("1 calls linked to the call asked for"), "{said:?}");
    assert_eq!(v["summary"]["errors"], 1);
}

#[test]
fn a_named_pipe_among_the_inputs_is_read_once() {
    // Whether files were taken one after the other is found by reading
    // them once more first: never a pipe, whose bytes that would take.
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let dir = std::env::temp_dir().join(format!("statusdoc-fifo-{}", std::process::id()));
    let tcp = data.join("basic-call-tcp.pcap").display().to_string();
    let half = pcap_packets(&tcp) / 2;
    let parts = split_pcap_into(&tcp, &dir, &["first.pcap", "second.pcap"], |n| usize::from(n >= half));
    let fifo = dir.join("second.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap_or_else(|e| panic!("mkfifo: {e}"));
    assert!(made.success());
    let second = std::fs::read(&parts[1]).unwrap_or_else(|e| panic!("{e}"));
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(&fifo, second).unwrap_or_else(|e| panic!("{e}")))
    };
    // Read twice, the pipe would be empty the second time and its reader
    // wait for a writer that never comes: given 30 s at most.
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["analyze", "--format", "json", &parts[0], &fifo.display().to_string()])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let started = std::time::Instant::now();
    while child.try_wait().ok().flatten().is_none() && started.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    // Not waited for: had the pipe never been opened, it would wait on.
    drop(writer);
    let v: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let whole = analyze_json(&[&tcp]);
    assert_eq!(v["summary"]["messages"], whole["summary"]["messages"], "{v}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_sofia_sip_transport_dump_is_read_with_its_dates_and_its_stream_reads_joined() {
    // sofia-tport.dump: what sofia-sip (Debian's sip-options) wrote to the
    // file TPORT_DUMP names while it sent an OPTIONS over UDP, then one over
    // TCP, each refused by SIPp with 404 (make-fixtures.sh).
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data");
    let path = data.join("sofia-tport.dump");
    let (output, json) = analyze_json_output(&[&path.display().to_string()]);
    assert!(output.status.success(), "{json}");
    let flows = |json: &serde_json::Value| -> Vec<Vec<(String, String, String)>> {
        let calls = json["calls"].as_array().into_iter().flatten();
        calls
            .map(|call| {
                let messages = call["messages"].as_array().into_iter().flatten();
                messages
                    .map(|m| {
                        let what =
                            if m["status"].is_null() { m["method"].to_string() } else { m["status"].to_string() };
                        (what, m["transport"].to_string(), format!("{} → {}", m["src"], m["dst"]))
                    })
                    .collect()
            })
            .collect()
    };
    let seen = flows(&json);
    let flow = |transport: &str, peer: &str| {
        let (out, back) = (format!("\"0.0.0.0:0\" → \"{peer}\""), format!("\"{peer}\" → \"0.0.0.0:0\""));
        vec![
            ("\"OPTIONS\"".to_owned(), format!("\"{transport}\""), out),
            ("404".to_owned(), format!("\"{transport}\""), back),
        ]
    };
    assert_eq!(seen, [flow("udp", "127.0.0.1:5070"), flow("tcp", "127.0.0.1:5071")]);
    assert_eq!(json["errors"].as_array().map(Vec::len), Some(0), "{json}");
    // The first frame's time of day (21:57:57.452396, UTC) on the date the
    // dump began (Fri Nov 27 2026): 20,784 days after 1970-01-01.
    let first = json["calls"][0]["messages"][0]["time"].as_f64().unwrap_or(0.0);
    assert!((first - (20_784.0 * 86_400.0 + 79_077.452_396)).abs() < 1e-6, "{first}");

    // The TCP OPTIONS as two reads, and the 404 in a read of its own with
    // the start of nothing after it: the same messages.
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let stamp = "sent 303 bytes to tcp/[127.0.0.1]:5071 at 21:57:58.466571:\n";
    let at = text.find(stamp).unwrap_or_else(|| panic!("no TCP OPTIONS in the fixture"));
    let body = &text[at + stamp.len()..at + stamp.len() + 303];
    assert!(text[at + stamp.len() + 303..].starts_with("\u{b}\n"));
    let split = format!(
        "{}sent 100 bytes to tcp/[127.0.0.1]:5071 at 21:57:58.466571:\n{}\u{b}\nsent 203 bytes to tcp/[127.0.0.1]:5071 at 21:57:58.466580:\n{}{}",
        &text[..at],
        &body[..100],
        &body[100..],
        &text[at + stamp.len() + 303..]
    );
    let split_path = std::env::temp_dir().join(format!("statusdoc-sofia-split-{}.dump", std::process::id()));
    std::fs::write(&split_path, split).unwrap_or_else(|e| panic!("{e}"));
    let (_, split_json) = analyze_json_output(&[&split_path.display().to_string()]);
    let _ = std::fs::remove_file(&split_path);
    assert_eq!(flows(&split_json), seen, "{split_json}");
    assert_eq!(split_json["errors"].as_array().map(Vec::len), Some(0), "{split_json}");

    // Piped in as it is written (`tail -f`): read a frame at a time, the same.
    let output = analyze_json_piped(text.as_bytes());
    let piped: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(flows(&piped), seen, "{piped}");
    assert_eq!(piped["errors"].as_array().map(Vec::len), Some(0), "{piped}");
}

#[test]
#[ignore = "needs tshark; run by .ci/run with --ignored"]
fn every_capture_exported_as_pdml_reads_as_the_capture() {
    // Wireshark's dissections as XML give each field's bytes: the messages
    // put back from them make the calls the capture makes, frame for frame.
    let dir = std::env::temp_dir().join(format!("statusdoc-pdml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let all: Vec<String> = CAPTURES.iter().map(|n| capture(n)).chain(fixtures()).collect();
    for path in &all {
        let name = path.rsplit('/').next().unwrap_or(path);
        if name == "bridged-ipv6.pcap" {
            // Each packet captured twice: the capture's reader reads one
            // copy, Wireshark's export holds both.
            continue;
        }
        let output = Command::new("tshark")
            .args(["-r", path, "-T", "pdml"])
            .output()
            .unwrap_or_else(|e| panic!("tshark is missing ({e}): install Debian's tshark (bash .ci/run does)"));
        assert!(output.status.success(), "tshark failed on {name}");
        let pdml = dir.join(format!("{name}.pdml"));
        std::fs::write(&pdml, &output.stdout).unwrap_or_else(|e| panic!("{e}"));
        let (from_capture, from_pdml) = (analyze_json(&[path]), analyze_json(&[&pdml.display().to_string()]));
        assert!(from_capture["summary"]["messages"].as_u64().unwrap_or(0) > 0, "{name}");
        assert_eq!(from_pdml["summary"]["messages"], from_capture["summary"]["messages"], "{name}");
        assert_eq!(from_pdml["calls"], from_capture["calls"], "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_method_name_longer_than_any_real_one_is_cut_where_it_is_shown() {
    // A fuzzer's request (the PROTOS suite sends 1,000-character methods):
    // refused, and with a CSeq method that is not its own.
    let method = "X".repeat(400);
    let kept = statusdoc_trace::METHOD_CHARS;
    let text = format!(
        "{method} sip:b@example.com SIP/2.0\nVia: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\nFrom: <sip:a@example.com>;tag=f\n\
         To: <sip:b@example.com>\nCall-ID: fuzzed\nCSeq: 1 INVITE\nContent-Length: 0\n\n\
         SIP/2.0 405 Method Not Allowed\nVia: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\nFrom: <sip:a@example.com>;tag=f\n\
         To: <sip:b@example.com>;tag=t\nCall-ID: fuzzed\nCSeq: 1 INVITE\nAllow: INVITE, ACK, BYE\nContent-Length: 0\n\n"
    );
    let path = std::env::temp_dir().join(format!("statusdoc-long-method-{}.txt", std::process::id()));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let file = path.to_string_lossy().into_owned();
    let v = analyze_json(&[&file]);
    let said = v["calls"][0]["messages"][0]["method"].as_str().unwrap_or_default().to_owned();
    assert_eq!(said.chars().count(), kept, "{said}");
    assert!(said.starts_with(&method[..kept - 1]) && said.ends_with('…'), "{said}");
    assert_eq!(v["calls"][0]["method"], said.as_str(), "{v}");
    // In the text: the heading, the ladder and the findings (the CSeq
    // method's, here) all show it cut, none whole.
    for format in ["text", "markdown", "mermaid"] {
        let out = String::from_utf8_lossy(&statusdoc(&["analyze", &file, "-f", format]).stdout).into_owned();
        assert!(out.contains(&said), "{format}: {out}");
        assert!(!out.contains(&method[..kept]), "{format}: {out}");
    }
    let _ = std::fs::remove_file(&path);
}
