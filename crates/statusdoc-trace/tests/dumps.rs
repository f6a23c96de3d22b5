//! Packet dumps printed as text by ngrep and tcpdump, as hex by tcpdump and
//! tshark, streams followed by tshark, and Wireshark's packet details printed or exported as JSON or XML (PDML) by tshark (tests/data/dumps, made from the captures
//! beside them by make-fixtures.sh): each is read as the same messages,
//! between the same addresses, at the same times, as the capture it was
//! printed from.

use std::path::{Path, PathBuf};

use statusdoc_trace::{read_input, Problem, SipRecord, Transport};

fn read(path: &Path) -> (Vec<SipRecord>, Vec<Problem>) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut records = Vec::new();
    let mut problems = Vec::new();
    read_input(std::io::BufReader::new(file), &std::sync::Arc::default(), &mut |r| records.push(r), &mut |p| {
        problems.push(p)
    })
    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (records, problems)
}

/// What a message is, as the analysis sees it (its transport too, but from
/// Wireshark's details, which rebuild the message, every one reads as a log's).
fn seen(r: &SipRecord, rebuilt: bool) -> (String, String, String, String) {
    let m = r.message().unwrap_or_else(|| panic!("frame {}: not a whole message", r.frame));
    let first = m.method().map_or_else(|| m.status().unwrap_or(0).to_string(), str::to_owned);
    let cseq = m.cseq().map(|(n, method)| format!("{n} {method}")).unwrap_or_default();
    let transport = if rebuilt { Transport::Log } else { r.transport };
    (format!("{} → {} {transport:?}", r.src, r.dst), first, cseq, String::from_utf8_lossy(m.body).into_owned())
}

/// A dump of TLS, printed as hex, read with the session secrets: the same
/// messages as its capture gives with them.
#[test]
fn a_hex_dump_of_tls_is_decrypted_with_the_key_log() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let keys = std::fs::read(data.join("sip-over-tls10.keys")).unwrap_or_else(|e| panic!("{e}"));
    let keys = std::sync::Arc::new(statusdoc_trace::KeyLog::parse(&keys));
    let read_with = |name: &str, keys: &std::sync::Arc<statusdoc_trace::KeyLog>| {
        let file = std::fs::File::open(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (mut records, mut problems) = (Vec::new(), Vec::new());
        read_input(std::io::BufReader::new(file), keys, &mut |r| records.push(r), &mut |p| problems.push(p))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        (records, problems)
    };
    let (expected, _) = read_with("sip-over-tls10.pcap", &keys);
    let (got, problems) = read_with("sip-over-tls10.tcpdump-x.txt", &keys);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(expected.len(), 15);
    let seen_all = |records: &[SipRecord]| records.iter().map(|r| seen(r, false)).collect::<Vec<_>>();
    assert_eq!(seen_all(&got), seen_all(&expected));
    // Without them, the dump's TLS is said to be there, unread.
    let (none, problems) = read_with("sip-over-tls10.tcpdump-x.txt", &std::sync::Arc::default());
    assert!(none.is_empty());
    assert!(problems.iter().any(|p| p.kind == statusdoc_trace::ProblemKind::Tls), "{problems:?}");
}

#[test]
fn each_dump_reads_as_the_capture_it_was_printed_from() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut dumps: Vec<PathBuf> = std::fs::read_dir(data.join("dumps"))
        .expect("tests/data/dumps")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    dumps.sort();
    assert!(dumps.len() >= 15, "{dumps:?}");
    for dump in dumps {
        let name = dump.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let capture = data.join(format!("{}.pcap", name.split('.').next().unwrap_or_default()));
        let (expected, _) = read(&capture);
        let (got, problems) = read(&dump);
        assert!(problems.is_empty(), "{name}: {problems:?}");
        // Wireshark's details rebuild each message; its hex dump (-x) and
        // PDML give the bytes. sngrep's export does not say the transport either.
        let rebuilt =
            (name.contains("tshark") && !name.contains("-x") && !name.contains("pdml")) || name.contains("sngrep");
        let seen_all = |records: &[SipRecord]| records.iter().map(|r| seen(r, rebuilt)).collect::<Vec<_>>();
        assert_eq!(seen_all(&got), seen_all(&expected), "{name}");
        if (rebuilt && !name.contains("sngrep")) || name.contains("pdml") {
            // Wireshark's own frame numbers.
            assert_eq!(
                got.iter().map(|r| r.frame).collect::<Vec<_>>(),
                expected.iter().map(|r| r.frame).collect::<Vec<_>>()
            );
            assert!(!got.iter().any(|r| statusdoc_trace::is_line(r.frame)), "{name}");
        } else {
            // The others' are the lines their packets begin at.
            assert!(got.iter().all(|r| statusdoc_trace::is_line(r.frame)), "{name}");
        }
        // ngrep -T and -TT, and tshark's summary line, give times relative
        // to the first packet; the others the time of day with the date (or
        // since 1970).
        if name.contains("follow") {
            continue; // a followed stream has no times
        }
        let origin = |records: &[SipRecord]| if name.contains("relative") { records[0].time } else { 0.0 };
        let (got_origin, expected_origin) = (origin(&got), origin(&expected));
        for (g, e) in got.iter().zip(&expected) {
            let (g_time, e_time) = (g.time - got_origin, e.time - expected_origin);
            assert!(
                (g_time - e_time).abs() < 2e-6,
                "{name}: line {} at {g_time}, frame {} at {e_time}",
                g.frame,
                e.frame
            );
        }
    }
}

/// `text` in UTF-16 with its byte order mark, in either byte order (what
/// Windows PowerShell 5's `>` and Notepad's "Unicode" write).
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let unit = if big_endian { u16::to_be_bytes } else { u16::to_le_bytes };
    let bom = if big_endian { [0xfe, 0xff] } else { [0xff, 0xfe] };
    bom.into_iter().chain(text.encode_utf16().flat_map(unit)).collect()
}

#[test]
fn each_dump_in_utf16_reads_as_it_does_in_utf8() {
    let dumps = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/dumps");
    let mut checked = 0;
    for dump in std::fs::read_dir(&dumps).expect("tests/data/dumps").filter_map(|e| e.ok().map(|e| e.path())) {
        let name = dump.display().to_string();
        let text = std::fs::read_to_string(&dump).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = read(&dump);
        assert!(!expected.0.is_empty(), "{name}");
        for big_endian in [false, true] {
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            let bytes = utf16(&text, big_endian);
            let result =
                read_input(&bytes[..], &std::sync::Arc::default(), &mut |r| records.push(r), &mut |p| problems.push(p));
            assert!(result.is_ok(), "{name}");
            assert!((&records, &problems) == (&expected.0, &expected.1), "{name}, big endian {big_endian}");
        }
        checked += 1;
    }
    assert!(checked >= 15, "{checked}");
}
