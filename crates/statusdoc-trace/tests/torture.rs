//! The cases of RFC 4475 ("SIP Torture Test Messages"), one test per case,
//! named by its section. The messages are written here for this project,
//! each exercising what its section describes (the RFC's own messages are
//! not copied): the well-formed ones parse with the right values and no
//! deviation; the malformed ones yield a specific diagnostic — a parse error
//! of a named kind with its line, or a named deviation from
//! `check_conformance` when the parser can still read the message (an
//! analyzer must read what a strict element would refuse with 400).

use statusdoc_trace::{check_conformance, parse, Framing, LengthDefect, Message, ParseErrorKind, Parsed};

/// The message, which must parse.
fn parsed(text: &str) -> Message<'_> {
    match parse(text.as_bytes(), Framing::Datagram) {
        Ok(Parsed::Complete(m)) => m,
        other => panic!("{other:?}\n{text}"),
    }
}

/// A well-formed message: parses, with nothing to report.
fn valid(text: &str) -> Message<'_> {
    let m = parsed(text);
    let deviations = check_conformance(&m);
    assert!(deviations.is_empty(), "{deviations:?}\n{text}");
    m
}

/// The deviations found in a message that still parses.
fn deviations(text: &str) -> Vec<&'static str> {
    check_conformance(&parsed(text)).into_iter().map(|d| d.kind).collect()
}

/// The parse error of a message that cannot be read.
fn error(text: &str) -> (ParseErrorKind, usize) {
    match parse(text.as_bytes(), Framing::Datagram) {
        Err(e) => (e.kind, e.line),
        other => panic!("expected an error, got {other:?}\n{text}"),
    }
}

/// A body of `len` bytes and a Content-Length that says so.
fn with_body(head: &str, body: &str) -> String {
    format!("{head}Content-Length: {}\r\n\r\n{body}", body.len())
}

// ------------------------------------------------ 3.1.1 valid messages

#[test]
fn s3_1_1_1_a_short_tortuous_invite() {
    // Odd case and spacing in names, compact forms, folding with tabs and
    // spaces, leading zeros, escaped quotes, a comma-separated Via list.
    let head = "INVITE sip:vivekg@chair-dnrc.example.test;unknownparam SIP/2.0\r\n\
TO :\r\n sip:vivekg@chair-dnrc.example.test ;   tag    = 1918181833n\r\n\
from   : \"J Rosenberg \\\\\\\"\"       <sip:jdrosen@example.test>\r\n  ;\r\n  tag = 98asjd8\r\n\
MaX-fOrWaRdS: 0068\r\n\
Call-ID: wsinv.ndaksdj@192.0.2.1\r\n\
Content-Length   : 150\r\n\
cseq: 0009\r\n  INVITE\r\n\
Via  : SIP  /   2.0\r\n /UDP\r\n    192.0.2.2;branch=390skdjuw\r\n\
s :\r\n\
NewFangledHeader:   newfangled value\r\n continued newfangled value\r\n\
UnknownHeaderWithUnusualValue: ;;,,;;,;\r\n\
Content-Type: application/sdp\r\n\
Route:\r\n <sip:services.example.test;lr;unknownwith=value;unknown-no-value>\r\n\
v:  SIP  / 2.0  / TCP     spindle.example.test   ;\r\n  branch  =   z9hG4bK9ikj8  ,\r\n SIP  /    2.0   / UDP  192.168.255.111   ; branch=\r\n z9hG4bK30239\r\n\
m:\"Quoted string \\\"\\\"\" <sip:jdrosen@example.test> ; newparam =\r\n      newvalue ;\r\n  secondparam ; q = 0.33\r\n\r\n";
    let body = "v=0\r\no=mhandley 29739 7272939 IN IP4 192.0.2.3\r\ns=-\r\nc=IN IP4 192.0.2.4\r\nt=0 0\r\nm=audio 49217 RTP/AVP 0 12\r\nm=video 3227 RTP/AVP 31\r\na=rtpmap:31 LPC\r\n";
    let text =
        format!("{}{body}", head.replace("Content-Length   : 150", &format!("Content-Length   : {}", body.len())));
    let m = valid(&text);
    assert_eq!(m.method(), Some("INVITE"));
    assert_eq!(m.call_id(), Some("wsinv.ndaksdj@192.0.2.1"));
    assert_eq!(m.cseq(), Some((9, "INVITE")), "folded CSeq with leading zeros");
    assert_eq!(m.header_all("Via").count(), 2, "Via and its compact form v");
    assert_eq!(m.header("Contact").map(|c| c.contains("secondparam")), Some(true), "m is Contact, folded");
    assert_eq!(m.header("Subject").as_deref(), Some(""), "s is Subject, empty");
    assert_eq!(m.body.len(), body.len());
}

#[test]
fn s3_1_1_2_wide_range_of_valid_characters() {
    let method = "!interesting-Method0123456789_*+`.%indeed'~";
    let text = format!(
        "{method} sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.test SIP/2.0\r\n\
Via: SIP/2.0/TCP host1.example.test;branch=z9hG4bK-.!%66*_+`'~\r\n\
To: \"BEL:\\\x07 NUL:\\\x00 DEL:\\\x7f\" <sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.test>\r\n\
From: token1~` token2'+_ token3*%!.- <sip:mundane@example.test>;fromParam''~+*_!.-%=\"\u{440}\u{430}\u{431}\u{43e}\u{442}\u{430}\u{44e}\u{449}\u{438}\u{439}\";tag=_token~1'+`*%!-.\r\n\
Call-ID: intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}}{{\r\n\
CSeq: 139122385 {method}\r\n\
Max-Forwards: 255\r\n\
extensionHeader-!.%*+_`'~:\u{feff}\u{5927}\u{505c}\u{96fb}\r\n\
Content-Length: 0\r\n\r\n"
    );
    let m = valid(&text);
    assert_eq!(m.method(), Some(method));
    assert_eq!(m.cseq(), Some((139_122_385, method)));
    assert!(m.headers.iter().any(|h| h.name == "extensionHeader-!.%*+_`'~"));
}

#[test]
fn s3_1_1_3_valid_use_of_the_percent_escaping_mechanism() {
    let m = valid(
        "INVITE sip:sips%3Auser%40example.test@example.net SIP/2.0\r\n\
To: sip:%75se%72@example.test\r\n\
From: <sip:I%20have%20spaces@example.net>;tag=938\r\n\
Max-Forwards: 87\r\n\
i: esc01.239409asdfakjkn23onasd0-3234\r\n\
CSeq: 234234 INVITE\r\n\
Via: SIP/2.0/UDP host5.example.net;branch=z9hG4bKkdjuw\r\n\
C: application/sdp\r\n\
Contact:\r\n  <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>\r\n\
Content-Length: 0\r\n\r\n",
    );
    assert_eq!(m.header("Content-Type").as_deref(), Some("application/sdp"), "c is Content-Type");
}

#[test]
fn s3_1_1_4_escaped_nulls_in_uris() {
    let m = valid(
        "REGISTER sip:example.test SIP/2.0\r\nTo: sip:null-%00-null@example.test\r\nFrom: sip:null-%00-null@example.test;tag=839923423\r\n\
Max-Forwards: 70\r\nCall-ID: escnull.39203ndfvkjdasfkq3w4otrq0adsfdfnavd\r\nCSeq: 14398234 REGISTER\r\n\
Via: SIP/2.0/UDP host5.example.test;branch=z9hG4bKkdjuw\r\nContact: <sip:%00@host5.example.test>\r\n\
Contact: <sip:%00%00@host5.example.test>\r\nL:0\r\n\r\n",
    );
    assert_eq!(m.header_all("Contact").count(), 2);
}

#[test]
fn s3_1_1_5_percent_when_it_is_not_an_escape() {
    let m = valid(
        "RE%47IST%45R sip:registrar.example.test SIP/2.0\r\nTo: \"%Z%45\" <sip:resource@example.test>\r\n\
From: \"%Z%45\" <sip:resource@example.test>;tag=f232jadfj23\r\nCall-ID: esc02.asdfnqwo34rq23i34jrjasdcnl23nrlknsdf\r\n\
Via: SIP/2.0/TCP host.example.test;branch=z9hG4bK209%fzsnel234\r\nCSeq: 29344 RE%47IST%45R\r\nMax-Forwards: 70\r\n\
Contact: <sip:alias1@host1.example.test>\r\nC%6Fntact: <sip:alias2@host2.example.test>\r\nl: 0\r\n\r\n",
    );
    assert_eq!(m.method(), Some("RE%47IST%45R"), "an escape means nothing in a method");
    assert!(m.headers.iter().any(|h| h.name == "C%6Fntact"), "nor in a header name");
}

#[test]
fn s3_1_1_6_no_space_between_display_name_and_angle_bracket() {
    let m = valid(
        "OPTIONS sip:user@example.test SIP/2.0\r\nTo: sip:user@example.test\r\nFrom: caller<sip:caller@example.test>;tag=323\r\n\
Max-Forwards: 70\r\nCall-ID: lwsdisp.1234abcd@funky.example.test\r\nCSeq: 60 OPTIONS\r\nVia: SIP/2.0/UDP funky.example.test;branch=z9hG4bKkdjuw\r\nl: 0\r\n\r\n",
    );
    assert_eq!(m.from_tag(), Some("323"));
}

#[test]
fn s3_1_1_7_long_values_in_header_fields() {
    let long = "very".repeat(400);
    let vias: String =
        (0..30).map(|i| format!("Via: SIP/2.0/TCP sip{i}.example.test;branch=z9hG4bK{long}{i}\r\n")).collect();
    let text = format!(
        "INVITE sip:user@example.test SIP/2.0\r\nTo: \"I have a user name of {long} long\" <sip:{long}@example.test>\r\n\
From: sip:caller@example.net;tag={long}\r\nCall-ID: longreq.{long}\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\n{vias}\
Unknown-{long}-Header: {long}\r\nContent-Length: 0\r\n\r\n"
    );
    let m = valid(&text);
    assert_eq!(m.header_all("Via").count(), 30);
    assert!(text.len() > 50_000, "{} bytes", text.len());
}

#[test]
fn s3_1_1_8_extra_trailing_octets_in_a_udp_datagram() {
    // A REGISTER, then bytes of a second message in the same datagram: the
    // first message ends where its Content-Length says.
    let first = "REGISTER sip:example.test SIP/2.0\r\nTo: sip:j.user@example.test\r\nFrom: sip:j.user@example.test;tag=43251j3j324\r\n\
Max-Forwards: 8\r\nI: dblreg.0ha0isndaksdj99sdfafnl3lk233412\r\nContact: sip:j.user@host.example.test\r\nCSeq: 8 REGISTER\r\n\
Via: SIP/2.0/UDP 192.0.2.125;branch=z9hG4bKkdjuw23492\r\nContent-Length: 0\r\n\r\n";
    let datagram = format!("{first}INVITE sip:joe@example.test SIP/2.0\r\nt: sip:joe@example.test\r\n\r\n");
    match parse(datagram.as_bytes(), Framing::Datagram) {
        Ok(Parsed::Complete(m)) => {
            assert_eq!(m.method(), Some("REGISTER"));
            assert_eq!(m.consumed, first.len(), "the trailing octets are not part of it");
            assert!(check_conformance(&m).is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn s3_1_1_9_semicolons_in_the_user_part() {
    let m = valid(
        "OPTIONS sip:user;par=u%40example.net@example.test SIP/2.0\r\nTo: sip:j_user@example.test\r\nFrom: sip:caller@example.org;tag=33242\r\n\
Max-Forwards: 3\r\nCall-ID: semiuri.0ha0isndaksdj\r\nCSeq: 8 OPTIONS\r\nAccept: application/sdp, application/pkcs7-mime,\r\n multipart/mixed, multipart/signed,\r\n message/sip, message/sipfrag\r\n\
Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKkdjuw\r\nl: 0\r\n\r\n",
    );
    let crate_uri = match m.start {
        statusdoc_trace::StartLine::Request { uri, .. } => uri,
        statusdoc_trace::StartLine::Response { .. } => "",
    };
    assert_eq!(crate_uri, "sip:user;par=u%40example.net@example.test");
}

#[test]
fn s3_1_1_10_varied_and_unknown_transport_types() {
    let m = valid(
        "OPTIONS sip:user@example.test SIP/2.0\r\nTo: sip:user@example.test\r\nFrom: <sip:caller@example.test>;tag=323\r\nMax-Forwards: 70\r\n\
Call-ID: transports.kijh4akdnaqjkwendsasfdj\r\nAccept: application/sdp\r\nCSeq: 60 OPTIONS\r\n\
Via: SIP/2.0/UDP t1.example.test;branch=z9hG4bKkdjuw\r\nVia: SIP/2.0/SCTP t2.example.test;branch=z9hG4bKklasjdhf\r\n\
Via: SIP/2.0/TLS t3.example.test;branch=z9hG4bK2980unddj\r\nVia: SIP/2.0/UNKNOWN t4.example.test;branch=z9hG4bKasd0f3en\r\n\
Via: SIP/2.0/TCP t5.example.test;branch=z9hG4bK0a9idfnee\r\nl: 0\r\n\r\n",
    );
    assert_eq!(m.header_all("Via").count(), 5);
}

#[test]
fn s3_1_1_11_multipart_mime_message() {
    let body = "--boundary42\r\nContent-Type: application/sdp\r\n\r\nv=0\r\no=jennifer 2890844526 2890842807 IN IP4 198.51.100.1\r\ns=-\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n\r\n\
--boundary42\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIBUgYJKoZIhvcNAQcCoIIBQzCCAT8CAQExCTAHBgUrDgMCGjALBgkqhkiG9w0BBwExggEgMIIBHAIBATB8\r\n--boundary42--\r\n";
    let text = with_body(
        "MESSAGE sip:kumiko@example.test SIP/2.0\r\nTo: <sip:kumiko@example.test>\r\nFrom: <sip:fluffy@example.test>;tag=1234567890\r\n\
Max-Forwards: 70\r\nCall-ID: mpart01.1234567890\r\nCSeq: 1 MESSAGE\r\nVia: SIP/2.0/UDP 192.0.2.10;branch=z9hG4bKasd9a\r\n\
Content-Type: multipart/signed;protocol=\"application/pkcs7-signature\";micalg=sha1;boundary=boundary42\r\n",
        body,
    );
    let m = valid(&text);
    assert_eq!(m.body.len(), body.len());
    assert!(m.body.ends_with(b"--boundary42--\r\n"));
}

#[test]
fn s3_1_1_12_unusual_reason_phrase() {
    let reason = "= 2**3 * 5**2 \u{43d}\u{43e} \u{441}\u{442}\u{43e} \u{434}\u{435}\u{432}\u{44f}\u{43d}\u{43e}\u{441}\u{442}\u{43e}";
    let text = format!(
        "SIP/2.0 200 {reason}\r\nVia: SIP/2.0/UDP 192.0.2.198;branch=z9hG4bK1324923\r\nCall-ID: unreason.1234ksdfak3j2erwedfsASdf\r\n\
CSeq: 35 INVITE\r\nFrom: sip:user@example.test;tag=11141343\r\nTo: sip:user@example.test;tag=2229\r\nContent-Length: 0\r\n\r\n"
    );
    let m = valid(&text);
    assert_eq!(m.status(), Some(200));
    match m.start {
        statusdoc_trace::StartLine::Response { reason: got, .. } => assert_eq!(got, reason),
        statusdoc_trace::StartLine::Request { .. } => panic!("a response"),
    }
}

#[test]
fn s3_1_1_13_empty_reason_phrase() {
    let m = valid(
        "SIP/2.0 100 \r\nVia: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe\r\nCall-ID: noreason.asndj203insdf99223ndf\r\nCSeq: 35 INVITE\r\n\
From: <sip:user@example.test>;tag=39ansfi3\r\nTo: <sip:user@example.test>;tag=902jndnke3\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(m.status(), Some(100));
}

// ------------------------------------------------ 3.1.2 invalid messages

const HEAD: &str = "Via: SIP/2.0/UDP 192.0.2.15;branch=z9hG4bKkdjuw380234\r\nTo: <sip:user@example.test>\r\n\
From: <sip:caller@example.net>;tag=134161461246\r\nMax-Forwards: 7\r\nCall-ID: torture.1\r\nCSeq: 8 OPTIONS\r\n";

#[test]
fn s3_1_2_1_extraneous_header_field_separators_are_read() {
    // Empty parameters and list elements: a lenient reader keeps going, and
    // the fields that matter are still found.
    let text = format!(
        "OPTIONS sip:user@example.test SIP/2.0\r\n{HEAD}Contact: \"Joe\" <sip:joe@example.test>;;;;\r\nUnknown: ;;,,;;\r\nContent-Length: 0\r\n\r\n"
    );
    let m = parsed(&text);
    assert_eq!(m.cseq(), Some((8, "OPTIONS")));
}

#[test]
fn s3_1_2_2_content_length_larger_than_the_message() {
    let text = format!(
        "INVITE sip:user@example.test SIP/2.0\r\n{}Content-Length: 9999\r\n\r\nv=0\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    // A datagram is one message: read, its body what it carries, and the
    // length said wrong (a receiver answers 400, RFC 3261 §18.3).
    let m = parsed(&text);
    assert_eq!(m.length_defect, Some(LengthDefect::Short { line: 8, declared: 9999 }));
    assert_eq!(m.body, b"v=0\r\n");
}

#[test]
fn s3_1_2_3_negative_content_length() {
    let text = format!(
        "INVITE sip:user@example.test SIP/2.0\r\n{}Content-Length: -999\r\n\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    assert_eq!(parsed(&text).length_defect, Some(LengthDefect::Invalid { line: 8 }));
    // Over a stream, where nothing else frames it, it cannot be read.
    assert!(matches!(parse(text.as_bytes(), Framing::Stream), Err(e) if e.kind == ParseErrorKind::BadContentLength));
}

#[test]
fn s3_1_2_4_request_scalar_fields_with_overlarge_values() {
    let text = format!(
        "REGISTER sip:example.test SIP/2.0\r\n{}Expires: 10000000000000000000000\r\nContent-Length: 0\r\n\r\n",
        HEAD.replace("CSeq: 8 OPTIONS", "CSeq: 36893488147419103232 REGISTER")
            .replace("Max-Forwards: 7", "Max-Forwards: 300")
    );
    assert_eq!(deviations(&text), ["scalar-range", "scalar-range", "scalar-range"]);
}

#[test]
fn s3_1_2_5_response_scalar_fields_with_overlarge_values() {
    let text = "SIP/2.0 503 Service Unavailable\r\nVia: SIP/2.0/TCP host129.example.test;branch=z9hG4bKzzxdiwo34sw\r\n\
To: <sip:user@example.test>\r\nFrom: <sip:other@example.net>;tag=2easdjfejw\r\nCSeq: 9292394834772304023312 OPTIONS\r\n\
Call-ID: scalarlg.noase0of0234hn2qofoaf0232aewf2394r\r\nRetry-After: 949302838503028349304023988\r\nWarning: 1812 overture \"In Progress\"\r\n\
Content-Length: 0\r\n\r\n";
    assert_eq!(deviations(text), ["scalar-range"]);
}

#[test]
fn s3_1_2_6_unterminated_quoted_string_in_display_name() {
    let text = format!(
        "INVITE sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("To: <sip:user@example.test>", "To: \"Mr. J. User <sip:j.user@example.test>")
            .replace("OPTIONS", "INVITE")
    );
    assert_eq!(deviations(&text), ["unclosed-quote"]);
}

#[test]
fn s3_1_2_7_angle_brackets_around_the_request_uri() {
    let text = format!(
        "INVITE <sip:user@example.test> SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    assert_eq!(deviations(&text), ["request-uri"]);
}

#[test]
fn s3_1_2_8_spaces_inside_the_request_uri() {
    let text = format!(
        "INVITE sip:user@example.test; lr SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    assert_eq!(error(&text), (ParseErrorKind::SpaceInRequestLine, 1));
}

#[test]
fn s3_1_2_9_several_spaces_between_request_line_elements() {
    let text = format!(
        "INVITE  sip:user@example.test  SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    assert_eq!(error(&text), (ParseErrorKind::SpaceInRequestLine, 1));
}

#[test]
fn s3_1_2_10_space_at_the_end_of_the_request_line_is_tolerated() {
    // Trailing whitespace is read leniently: the line's three parts are intact.
    let text = format!("OPTIONS sip:user@example.test SIP/2.0 \r\n{HEAD}Content-Length: 0\r\n\r\n");
    assert_eq!(parsed(&text).method(), Some("OPTIONS"));
}

#[test]
fn s3_1_2_11_escaped_headers_in_the_request_uri() {
    let text = format!(
        "INVITE sip:user@example.test?Route=%3Csip:example.test%3E SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    assert_eq!(deviations(&text), ["request-uri"]);
}

#[test]
fn s3_1_2_12_invalid_time_zone_in_date() {
    let text = format!("OPTIONS sip:user@example.test SIP/2.0\r\n{HEAD}Date: Fri, 01 Jan 2010 16:00:00 EST\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(deviations(&text), ["date"]);
}

#[test]
fn s3_1_2_13_name_addr_uri_not_enclosed_in_angle_brackets() {
    let text = format!(
        "REGISTER sip:example.test SIP/2.0\r\n{}Contact: sip:user@example.test?Route=%3Csip:sip.example.test%3E\r\nContent-Length: 0\r\n\r\n",
        HEAD.replace("OPTIONS", "REGISTER")
    );
    assert_eq!(deviations(&text), ["name-addr"]);
}

#[test]
fn s3_1_2_14_spaces_within_the_addr_spec() {
    let text = format!(
        "OPTIONS sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("To: <sip:user@example.test>", "To: \"Watson, Thomas\" < sip:t.watson@example.test >")
    );
    assert_eq!(deviations(&text), ["uri-space"]);
}

#[test]
fn s3_1_2_15_characters_that_need_quotes_in_a_display_name() {
    let text = format!(
        "OPTIONS sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("From: <sip:caller@example.net>", "From: Bell, Alexander <sip:a.g.bell@example.net>")
    );
    assert_eq!(deviations(&text), ["display-name"]);
}

#[test]
fn s3_1_2_16_unknown_protocol_version() {
    let text = format!("OPTIONS sip:user@example.test SIP/7.0\r\n{HEAD}Content-Length: 0\r\n\r\n");
    assert_eq!(deviations(&text), ["version"]);
    // Something that is no version at all cannot be read.
    let text = format!("OPTIONS sip:user@example.test HTTP/1.1\r\n{HEAD}Content-Length: 0\r\n\r\n");
    assert_eq!(error(&text), (ParseErrorKind::BadVersion, 1));
}

#[test]
fn s3_1_2_17_start_line_and_cseq_method_differ() {
    let text = format!(
        "OPTIONS sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("CSeq: 8 OPTIONS", "CSeq: 8 INVITE")
    );
    let found = check_conformance(&parsed(&text));
    assert_eq!(found.iter().map(|d| (d.kind, d.line)).collect::<Vec<_>>(), [("cseq-method", 7)]);
}

#[test]
fn s3_1_2_18_unknown_method_and_cseq_method_differ() {
    let text = format!(
        "NEWMETHOD sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("CSeq: 8 OPTIONS", "CSeq: 8 INVITE")
    );
    assert_eq!(deviations(&text), ["cseq-method"]);
}

#[test]
fn s3_1_2_19_overlarge_response_code() {
    let text = "SIP/2.0 4294967301 better not break the receiver\r\nVia: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe\r\n\
Call-ID: bigcode.asdof3uj203asdnf3429uasdhfas3ehjasdfas9i\r\nCSeq: 353494 INVITE\r\nFrom: <sip:user@example.test>;tag=39ansfi3\r\n\
To: <sip:user@example.test>;tag=902jndnke3\r\nContent-Length: 0\r\n\r\n";
    assert_eq!(error(text), (ParseErrorKind::BadStatusCode, 1));
}

// ------------------------------------------------ 3.2 transaction layer

#[test]
fn s3_2_1_missing_transaction_identifier() {
    // A branch without the magic cookie is an RFC 2543 element, not an error.
    let text = format!(
        "OPTIONS sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
        HEAD.replace("branch=z9hG4bKkdjuw380234", "branch=kdjuw380234")
    );
    assert_eq!(valid(&text).via_branch(), Some("kdjuw380234"));
}

// ------------------------------------------------ 3.3 application layer

#[test]
fn s3_3_1_missing_required_header_fields() {
    let text = "INVITE sip:user@example.test SIP/2.0\r\nCSeq: 193942 INVITE\r\nVia: SIP/2.0/UDP 192.0.2.95;branch=z9hG4bKkdj.insuf\r\n\
Content-Length: 0\r\n\r\n";
    let found: Vec<String> =
        check_conformance(&parsed(text)).into_iter().map(|d| format!("{} {}", d.kind, d.detail)).collect();
    assert_eq!(found, ["missing-header To", "missing-header From", "missing-header Call-ID"]);
}

#[test]
fn s3_3_2_to_4_unknown_and_unusual_uri_schemes_are_read() {
    for uri in ["nobodyKnowsThisScheme:totallyopaquecontent", "soap.beep://192.0.2.103:3002", "sip:user@example.test"] {
        let text = format!(
            "OPTIONS {uri} SIP/2.0\r\n{}Content-Length: 0\r\n\r\n",
            HEAD.replace("To: <sip:user@example.test>", "To: <nobodyKnowsThisScheme:totallyopaquecontent>")
        );
        valid(&text);
    }
}

#[test]
fn s3_3_5_to_7_unknown_extensions_content_types_and_auth_schemes_are_read() {
    let text = with_body(
        &format!(
            "INVITE sip:user@example.test SIP/2.0\r\n{}Require: nothingSupportsThis, nothingSupportsThisEither\r\n\
Proxy-Require: noProxiesSupportThis\r\nAuthorization: NoOneKnowsThisScheme opaque-data=here\r\nContent-Type: application/unknownformat\r\n",
            HEAD.replace("OPTIONS", "INVITE")
        ),
        "<audio> <pcmu port=\"443\"/> </audio>\r\n",
    );
    assert_eq!(valid(&text).header("Content-Type").as_deref(), Some("application/unknownformat"));
}

#[test]
fn s3_3_8_multiple_values_in_single_value_fields() {
    let text = format!(
        "INVITE sip:user@example.test SIP/2.0\r\n{}To: <sip:other@example.test>\r\nCall-ID: torture.2\r\nContent-Length: 0\r\n\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    assert_eq!(deviations(&text), ["repeated-header", "repeated-header"]);
}

#[test]
fn s3_3_9_multiple_content_length_values() {
    let text = format!(
        "INVITE sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\nContent-Length: 4\r\n\r\nv=0\r\n",
        HEAD.replace("OPTIONS", "INVITE")
    );
    // Over UDP: read, and the second, disagreeing length said.
    assert_eq!(parsed(&text).length_defect, Some(LengthDefect::Invalid { line: 9 }));
    assert!(matches!(parse(text.as_bytes(), Framing::Stream), Err(e) if e.kind == ParseErrorKind::BadContentLength));
}

#[test]
fn s3_3_10_to_14_unusual_but_valid_values_are_read() {
    // A broadcast Via address, Max-Forwards of zero, Contact parameters and
    // an escaped header inside <> are all well-formed.
    let texts = [
        "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 255.255.255.255;branch=z9hG4bK1saber23\r\nCall-ID: bcast.0384840201234ksdfak3j2erwedfsASdf\r\n\
CSeq: 35 INVITE\r\nFrom: sip:user@example.test;tag=11141343\r\nTo: sip:user@example.test;tag=2229\r\nContent-Length: 0\r\n\r\n"
            .to_owned(),
        format!("OPTIONS sip:user@example.test SIP/2.0\r\n{}Content-Length: 0\r\n\r\n", HEAD.replace("Max-Forwards: 7", "Max-Forwards: 0")),
        format!(
            "REGISTER sip:example.test SIP/2.0\r\n{}Contact: <sip:user@host.example.test;user=phone>;expires=300;q=0.5, \"Bob\" <sip:bob@host.example.test?Route=%3Csip:sip.example.test%3E>\r\nContent-Length: 0\r\n\r\n",
            HEAD.replace("OPTIONS", "REGISTER")
        ),
    ];
    for text in &texts {
        valid(text);
    }
}

#[test]
fn s3_4_1_invite_in_rfc_2543_syntax() {
    // No branch cookie, no Max-Forwards: an RFC 2543 element, still read.
    let m = valid(
        "INVITE sip:UserB@example.test SIP/2.0\r\nVia: SIP/2.0/UDP iftgw.example.test\r\nFrom: <sip:+13035551111@ift.client.example.net;user=phone>\r\n\
Record-Route: <sip:UserB@example.test;maddr=ss1.example.test>\r\nTo: sip:+16505552222@ss1.example.net;user=phone\r\n\
Call-ID: inv2543.1717@ift.client.example.test\r\nCSeq: 56 INVITE\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(m.via_branch(), None);
}
