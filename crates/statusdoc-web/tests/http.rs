//! The real server on a loopback port, driven over raw HTTP/1.1.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;
use statusdoc_trace::test_support::{gzip, pcap_of, pcap_records, shifted_pcap, zip_of};

/// Serves `site` on a loopback port from a thread of its own.
fn start(site: impl FnOnce() -> Option<statusdoc_web::Site> + Send + 'static) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build();
        let Ok(runtime) = runtime else { return };
        runtime.block_on(async move {
            let Some(site) = site() else { return };
            let _ = statusdoc_web::serve(site, ([127, 0, 0, 1], 0).into(), |bound| {
                let _ = tx.send(bound);
            })
            .await;
        });
    });
    rx.recv_timeout(Duration::from_secs(20)).unwrap_or_else(|e| panic!("server did not start: {e}"))
}

/// One server for the whole test binary.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| start(|| statusdoc_web::Site::new("https://statusdoc.test").ok()))
}

struct Response {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> &str {
        self.headers.get(&name.to_ascii_lowercase()).map(String::as_str).unwrap_or("")
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

fn request(method: &str, target: &str, extra: &[(&str, &str)]) -> Response {
    let mut stream = TcpStream::connect(server()).unwrap_or_else(|e| panic!("{e}"));
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap_or_else(|e| panic!("{e}"));
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap_or_else(|e| panic!("{e}"));
    response(&raw)
}

/// A raw HTTP/1.1 answer: status, headers (lower-case names), body (dechunked).
fn response(raw: &[u8]) -> Response {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| panic!("no header end"));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.lines();
    let status: u16 = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers: BTreeMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    if headers.get("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        body = dechunk(&body);
    }
    Response { status, headers, body }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..line_end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
    out
}

fn get(target: &str) -> Response {
    request("GET", target, &[])
}

fn codes() -> Vec<(u16, String)> {
    let list = get("/api/v1/sip/codes").json();
    list.as_array()
        .unwrap_or_else(|| panic!("codes"))
        .iter()
        .map(|e| (e["code"].as_u64().unwrap_or(0) as u16, e["url"].as_str().unwrap_or("").to_owned()))
        .collect()
}

fn path_of(url: &str) -> String {
    url.strip_prefix("https://statusdoc.test").unwrap_or(url).to_owned()
}

#[test]
fn every_code_page_and_class_page_answers() {
    let codes = codes();
    assert_eq!(codes.len(), 75);
    for (code, url) in &codes {
        let path = path_of(url);
        let page = get(&path);
        assert_eq!(page.status, 200, "{path}");
        let html = page.text();
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")), "{path}: canonical");
        assert!(html.contains("<html lang=\"en\">"), "{path}");
        assert!(html.contains(&format!(">{code}</span>")), "{path}: code shown");
        assert!(html.contains("hreflang=\"x-default\""), "{path}: x-default");
        // The short form redirects to the canonical one.
        let short = get(&format!("/sip/{code}"));
        assert_eq!(short.status, 308, "/sip/{code}");
        assert_eq!(short.header("location"), path);
    }
    for class in 1..=6 {
        assert_eq!(get(&format!("/sip/{class}xx")).status, 200);
    }
    for path in [
        "/",
        "/sip",
        "/about",
        "/sip/compare",
        "/search",
        "/search?q=busy",
        "/robots.txt",
        "/sitemap.xml",
        "/assets/style.css",
        "/assets/app.js",
    ] {
        assert_eq!(get(path).status, 200, "{path}");
    }
}

#[test]
fn comparison_urls_redirect_to_one_canonical_form() {
    let canonical = "/sip/compare/202-accepted-vs-438-invalid-identity-header";
    assert_eq!(get(canonical).status, 200);
    for variant in [
        "/sip/compare/438-vs-202",
        "/sip/compare/202-vs-438",
        "/sip/compare/438-invalid-identity-header-vs-202-accepted",
        "/sip/compare/202-acepted-vs-438-invalid-identity",
        "/sip/compare?a=438&b=202",
        "/sip/compare/202-accepted-vs-438-invalid-identity-header/",
    ] {
        let r = get(variant);
        assert_eq!(r.status, 308, "{variant}");
        assert_eq!(r.header("location"), canonical, "{variant}");
    }
    for bad in [
        "/sip/compare/486-vs-486",
        "/sip/compare/486-vs-499",
        "/sip/compare/4o4-vs-486",
        "/sip/compare/486",
        "/sip/compare/486-600",
    ] {
        assert_eq!(get(bad).status, 404, "{bad}");
    }
    let invalid_picker = get("/sip/compare?a=486&b=486");
    assert_eq!(invalid_picker.status, 400);
    let page = get("/sip/compare/486-busy-here-vs-600-busy-everywhere").text();
    assert!(page.contains("486") && page.contains("600 Busy Everywhere"));
    assert!(page.contains("rfc3261#section-21.6.1"), "differences link their sections");
}

#[test]
fn every_curated_comparison_renders() {
    let home = get("/").text();
    let links: Vec<&str> = home
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| h.starts_with("/sip/compare/"))
        .collect();
    assert!(links.len() >= 53, "home lists the confused pairs ({})", links.len());
    for link in links {
        let r = get(link);
        assert_eq!(r.status, 200, "{link}");
    }
}

#[test]
fn unregistered_and_malformed_codes_get_helpful_404s() {
    let r = get("/sip/499");
    assert_eq!(r.status, 404);
    let html = r.text();
    assert!(html.contains("400"), "explains the class default");
    assert!(html.contains("/sip/494-security-agreement-required"), "links nearest codes");
    for bad in ["/sip/4o4", "/sip/700", "/sip/99", "/sip/abc", "/nope/438", "/sip/438/extra"] {
        let r = get(bad);
        assert_eq!(r.status, 404, "{bad}");
        assert!(r.text().contains("<form class=\"search\""), "{bad}: a 404 page with search");
    }
    let suggest = get("/sip/busy-here").text();
    assert!(suggest.contains("/sip/486-busy-here"), "404 suggests codes from the path's words");
}

#[test]
fn headers_caching_compression_and_methods() {
    let path = "/sip/486-busy-here";
    let r = get(path);
    let csp = r.header("content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(r.header("x-content-type-options"), "nosniff");
    assert!(!r.header("referrer-policy").is_empty());
    assert!(r.header("cache-control").contains("max-age"));
    assert_eq!(r.header("content-language"), "en");
    let etag = r.header("etag").to_owned();
    assert!(etag.starts_with('"'));
    let again = request("GET", path, &[("If-None-Match", &etag)]);
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    let gz = request("GET", path, &[("Accept-Encoding", "gzip")]);
    assert_eq!(gz.header("content-encoding"), "gzip");
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(&gz.body[..]).read_to_end(&mut plain).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plain, r.body);
    let br = request("GET", path, &[("Accept-Encoding", "gzip, br")]);
    assert_eq!(br.header("content-encoding"), "br");
    let mut plain = Vec::new();
    brotli::Decompressor::new(&br.body[..], 4096).read_to_end(&mut plain).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plain, r.body);
    let head = request("HEAD", path, &[]);
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("content-length"), r.body.len().to_string());
    for method in ["POST", "PUT", "DELETE"] {
        let r = request(method, path, &[("Content-Length", "0")]);
        assert_eq!(r.status, 405, "{method}");
        assert!(r.header("allow").contains("GET"), "{method}");
    }
    let long = format!("/sip/{}", "a".repeat(600));
    assert_eq!(get(&long).status, 414);
    let long_query = format!("/search?q={}", "b".repeat(1100));
    assert_eq!(get(&long_query).status, 414);
}

#[test]
fn user_input_is_escaped_everywhere() {
    let attacks = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'onmouseover='alert(1)"];
    for attack in attacks {
        let encoded: String = attack.bytes().map(|b| format!("%{b:02X}")).collect();
        for target in [format!("/search?q={encoded}"), format!("/sip/{encoded}"), format!("/{encoded}")] {
            let r = get(&target);
            let html = r.text();
            assert!(!html.contains(attack), "{target} echoes input unescaped");
            assert!(!html.contains("<script>alert") && !html.contains("<img src=x"), "{target}");
        }
    }
    let api = get("/api/v1/sip/codes/%3Cscript%3E");
    assert_eq!(api.status, 400);
    assert_eq!(api.header("content-type"), "application/json");
}

#[test]
fn api_answers_the_contract_and_json_errors() {
    let e = get("/api/v1/sip/codes/438").json();
    assert_eq!(e["code"], 438);
    assert_eq!(e["protocol"], "sip");
    let c = get("/api/v1/sip/compare/600/486");
    assert_eq!(c.header("access-control-allow-origin"), "*");
    assert_eq!(c.header("content-language"), "en");
    let c = c.json();
    assert_eq!((c["a"]["code"].as_u64(), c["b"]["code"].as_u64()), (Some(486), Some(600)));
    assert!(c["differences"].as_array().is_some_and(|d| d.len() >= 3));
    let s = get("/api/v1/search?q=identity").json();
    assert!(s["hits"].as_array().is_some_and(|h| h.iter().any(|x| x["code"] == 438)));
    let unregistered = get("/api/v1/sip/codes/499").json();
    assert_eq!(unregistered["registered"], false);
    for (target, status) in [
        ("/api/v1/sip/codes/4o4", 400),
        ("/api/v1/sip/codes/700", 400),
        ("/api/v1/sip/compare/486/486", 400),
        ("/api/v1/search?q=", 400),
        ("/api/v1/sip/codes/438?lang=xx", 400),
        ("/api/v1/http/codes", 404),
        ("/api/v2/sip/codes", 404),
    ] {
        let r = get(target);
        assert_eq!(r.status, status, "{target}");
        let body = r.json();
        assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()), "{target}");
    }
}

#[test]
fn openapi_document_is_valid_and_matches_the_routes() {
    let doc = get("/api/openapi.json").json();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap_or_else(|| panic!("paths"));
    assert!(paths.len() >= 4);
    let schemas = doc["components"]["schemas"].as_object().unwrap_or_else(|| panic!("schemas"));
    // Every $ref resolves.
    let text = doc.to_string();
    for piece in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = piece.split('"').next().unwrap_or("");
        assert!(schemas.contains_key(name), "dangling $ref {name}");
    }
    // Every documented path answers with its example values.
    for path in paths.keys() {
        let target = path.replace("{code}", "438").replace("{a}", "486").replace("{b}", "600");
        let target = if target.ends_with("/search") { format!("{target}?q=busy") } else { target };
        let r = get(&target);
        assert_eq!(r.status, 200, "{target}");
        // Required properties of the documented schema are present.
        let schema = &paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        if let Some(name) = schema["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
            let body = r.json();
            for key in schemas[name]["required"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                assert!(body.get(key).is_some(), "{target}: missing {key}");
            }
        }
    }
}

#[test]
fn sitemap_robots_and_structured_data() {
    let sitemap = get("/sitemap.xml").text();
    assert!(sitemap.starts_with("<?xml"));
    assert!(sitemap.contains("<loc>https://statusdoc.test/sip/438-invalid-identity-header</loc>"));
    assert!(sitemap.contains("hreflang=\"en\""));
    assert_eq!(sitemap.matches("<url>").count(), sitemap.matches("</url>").count());
    let robots = get("/robots.txt").text();
    assert!(robots.contains("Sitemap: https://statusdoc.test/sitemap.xml"));
    let page = get("/sip/438-invalid-identity-header").text();
    let ld = page
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .unwrap_or("");
    let ld: Value = serde_json::from_str(ld).unwrap_or_else(|e| panic!("JSON-LD: {e}"));
    assert_eq!(ld["@type"], "DefinedTerm");
    assert!(page.contains("<meta property=\"og:title\""));
    assert!(page.contains("<meta name=\"description\""));
}

#[test]
fn every_locale_has_its_own_prefixed_pages() {
    let canonical = "/sip/compare/202-accepted-vs-438-invalid-identity-header";
    for (prefix, lang, word) in [("/pt-br", "pt-BR", "Principais diferenças"), ("/es", "es", "Diferencias clave")] {
        let r = get(&format!("{prefix}{canonical}"));
        assert_eq!(r.status, 200, "{prefix}");
        assert_eq!(r.header("content-language"), lang);
        let html = r.text();
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{prefix}: html lang");
        assert!(html.contains(word), "{prefix}: page is not translated");
        assert!(!html.contains("Key differences"), "{prefix}: English heading left");
        // hreflang alternates for every locale and x-default, in every language.
        for alt in ["hreflang=\"en\"", "hreflang=\"pt-BR\"", "hreflang=\"es\"", "hreflang=\"x-default\""] {
            assert!(html.contains(alt), "{prefix}: missing {alt}");
        }
        assert!(html.contains(&format!("href=\"https://statusdoc.test{prefix}{canonical}\"")), "{prefix}: canonical");
        // Redirects keep the locale.
        let short = get(&format!("{prefix}/sip/438"));
        assert_eq!(short.status, 308);
        assert_eq!(short.header("location"), format!("{prefix}/sip/438-invalid-identity-header"));
        let picked = get(&format!("{prefix}/sip/compare?a=438&b=202"));
        assert_eq!(picked.header("location"), format!("{prefix}{canonical}"));
        // The home page of the locale and its search work.
        assert_eq!(get(prefix).status, 200);
        assert_eq!(get(&format!("{prefix}/search?q=ocupado")).status, 200);
    }
    // The language switcher on an English page links to the same page elsewhere.
    let en = get(canonical).text();
    assert!(en.contains(&format!("href=\"/pt-br{canonical}\"")) && en.contains(&format!("href=\"/es{canonical}\"")));
}

#[test]
fn home_offers_a_discreet_link_to_the_preferred_language() {
    let r = request("GET", "/", &[("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.5")]);
    assert_eq!(r.status, 200, "no redirect, ever");
    assert_eq!(r.header("content-language"), "en");
    assert!(r.text().contains("class=\"suggestion\"><a href=\"/pt-br\""), "suggests the Portuguese home");
    let plain = request("GET", "/", &[("Accept-Language", "en-US,en;q=0.9")]);
    assert!(!plain.text().contains("class=\"suggestion\""));
}

#[test]
fn api_language_comes_from_lang_then_accept_language() {
    let r = get("/api/v1/sip/codes/486?lang=pt-BR");
    assert_eq!(r.header("content-language"), "pt-BR");
    assert_eq!(r.json()["locale"], "pt-BR");
    let r = request("GET", "/api/v1/sip/codes/486", &[("Accept-Language", "es-ES,es;q=0.9")]);
    assert_eq!(r.header("content-language"), "es");
    assert!(r.json()["summary"].as_str().is_some_and(|s| s.contains("ocupado")));
    let r = request("GET", "/api/v1/sip/codes/486?lang=en", &[("Accept-Language", "es")]);
    assert_eq!(r.header("content-language"), "en", "?lang wins over Accept-Language");
    let r = get("/api/v1/sip/codes/4o4?lang=es");
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].as_str().is_some_and(|e| e.contains("no es un código")), "errors are translated too");
}

// ---------------------------------------------------------------- Analyze a trace

/// A fixture capture made with SIPp (see statusdoc-trace/tests/data).
fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A second server whose uploads are limited to 64 KiB.
fn small_server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        start(|| statusdoc_web::Site::new("https://statusdoc.test").ok().map(|site| site.with_max_upload(64 * 1024)))
    })
}

/// POSTs `body` to `target` on `addr`.
fn post_to(addr: SocketAddr, target: &str, content_type: &str, body: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("{e}"));
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap_or_else(|e| panic!("{e}"));
    let head = format!(
        "POST {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    // The server may answer 413 before reading everything: a refused write is fine.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    response(&raw)
}

/// A multipart form as a browser sends it.
fn form(fields: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----statusdoc-test-boundary-7d3f";
    let mut body = Vec::new();
    for (name, file_name, value) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file_name {
            Some(file) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[test]
fn analyze_page_offers_the_form_in_every_locale() {
    for (path, lang) in [("/analyze", "en"), ("/pt-br/analyze", "pt-BR"), ("/es/analyze", "es")] {
        let page = get(path);
        assert_eq!(page.status, 200, "{path}");
        let html = page.text();
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{path}");
        assert!(html.contains(&format!("action=\"{path}\"")), "{path}: the form posts back to its own locale");
        assert!(html.contains("enctype=\"multipart/form-data\""));
        assert!(html.contains("type=\"file\"") && html.contains("<textarea"));
        assert!(html.contains("50 MB"), "{path}: the limit is stated");
    }
    // Every page's navigation links to it.
    assert!(get("/sip/486-busy-here").text().contains("href=\"/analyze\""));
    assert!(get("/es/sip").text().contains("href=\"/es/analyze\""));
}

#[test]
fn an_uploaded_capture_gets_the_report_and_is_not_stored() {
    let capture = fixture("reject-503.pcap");
    let (content_type, body) = form(&[("capture", Some("reject-503.pcap"), &capture), ("text", None, b"")]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.header("cache-control"), "no-store");
    let html = answer.text();
    assert!(html.contains("<svg class=\"ladder\""), "no ladder");
    assert!(html.contains("503 Service Unavailable"));
    assert!(html.contains("Retry-After"), "the Retry-After finding is shown");
    assert!(html.contains("/assets/report.css"));
    // Each failure links to the code's page of the same locale.
    assert!(html.contains("href=\"/sip/503-service-unavailable\""), "no link to the 503 page");
    assert!(html.contains("reject-503.pcap"), "the report names its input");
    assert!(html.contains("not kept") && !html.contains("loads nothing"), "a page, not an offline file");
    // The stylesheet it links to exists.
    let css = get("/assets/report.css");
    assert_eq!(css.status, 200);
    assert!(css.text().contains(".ladder"));

    // In Portuguese, and from pasted log text instead of a file.
    let log = b"SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>;tag=2\r\nCall-ID: paste-1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
    let (content_type, body) = form(&[("capture", Some(""), b""), ("text", None, log)]);
    let answer = post_to(server(), "/pt-br/analyze", &content_type, &body);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let html = answer.text();
    assert!(html.contains("<html lang=\"pt-BR\">"));
    assert!(html.contains("paste-1") && html.contains("486 Busy Here"));
    assert!(html.contains("href=\"/pt-br/sip/486-busy-here\""));
}

#[test]
fn sip_over_tls_is_read_with_the_key_log_sent_beside_it() {
    let capture = fixture("sip-over-tls.pcap");
    let keys = fixture("sip-over-tls.keys");
    let (content_type, body) =
        form(&[("capture", Some("sip-over-tls.pcap"), &capture), ("tls_keys", Some("keys.txt"), &keys)]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let html = answer.text();
    assert!(html.contains("tls-call-1@127.0.0.1") && html.contains("486 Busy Here"), "the call is read");
    // Or in one ZIP with the capture: the same report, the key log not an input.
    let zip = zip_of(&[("call.pcap", &capture), ("sslkeylog.txt", &keys)]);
    let bundled = post_to(server(), "/analyze", "application/zip", &zip);
    assert_eq!(bundled.status, 200, "{}", bundled.text());
    let bundled = bundled.text();
    assert!(bundled.contains("tls-call-1@127.0.0.1") && bundled.contains("486 Busy Here"), "{bundled}");
    assert!(!bundled.contains("sslkeylog.txt") && !bundled.contains("neither a capture"), "{bundled}");
    // Without it, the capture holds nothing readable; the problem says where the key log goes.
    let (content_type, body) = form(&[("capture", Some("sip-over-tls.pcap"), &capture)]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 422);
    assert!(answer.text().contains("key log field"), "{}", answer.text());
    // A file that is not a key log is refused, with why.
    let (content_type, body) = form(&[
        ("capture", Some("sip-over-tls.pcap"), &capture),
        ("tls_keys", Some("cert.pem"), b"-----BEGIN CERTIFICATE-----\nMIIB\n"),
    ]);
    let answer = post_to(server(), "/es/analyze", &content_type, &body);
    assert_eq!(answer.status, 400);
    assert!(answer.text().contains("CLIENT_RANDOM") && answer.text().contains("<form"), "{}", answer.text());
}

#[test]
fn a_pasted_packet_dump_gets_the_report_of_its_capture() {
    // ngrep's output, as an engineer pastes it: the same call as its capture.
    let dump = fixture("dumps/basic-call.ngrep-byline.txt");
    let (content_type, body) = form(&[("capture", Some(""), b""), ("text", None, &dump)]);
    let pasted = post_to(server(), "/analyze", &content_type, &body);
    let captured = post_to(server(), "/analyze", "application/octet-stream", &fixture("basic-call.pcap"));
    assert_eq!((pasted.status, captured.status), (200, 200), "{}", pasted.text());
    let summary = |html: &str| html.split("SIP messages").next().and_then(|s| s.rsplit('>').next()).map(str::to_owned);
    assert_eq!(summary(&pasted.text()), summary(&captured.text()));
    assert!(pasted.text().contains("1-30390@127.0.0.1") && pasted.text().contains("answered 200"));
}

#[test]
fn a_status_line_pasted_into_the_trace_form_leads_to_its_codes_page() {
    for (target, pasted, page) in [
        ("/analyze", "SIP/2.0 438 Invalid Identity Header\r\n", "/sip/438-invalid-identity-header"),
        ("/es/analyze", "  486 ", "/es/sip/486-busy-here"),
    ] {
        let (content_type, body) = form(&[("capture", Some(""), b""), ("text", None, pasted.as_bytes())]);
        let answer = post_to(server(), target, &content_type, &body);
        assert_eq!((answer.status, answer.header("location")), (303, page), "{pasted:?}: {}", answer.text());
        assert_eq!(get(page).status, 200, "{page}");
    }
    // Searched for, a registered code or its status line is its page too;
    // words, and a code nobody registered, get the results page.
    for (target, page) in [
        ("/search?q=486", "/sip/486-busy-here"),
        ("/pt-br/search?q=SIP%2F2.0+438+Invalid+Identity+Header", "/pt-br/sip/438-invalid-identity-header"),
    ] {
        let answer = get(target);
        assert_eq!((answer.status, answer.header("location")), (303, page), "{target}");
    }
    for target in ["/search?q=busy", "/search?q=499", "/search?q=486+600"] {
        assert_eq!(get(target).status, 200, "{target}");
    }
    // A status line within a trace is still the trace's.
    let (content_type, body) =
        form(&[("capture", Some(""), b""), ("text", None, b"SIP/2.0 438 Invalid\r\nCSeq: 1 INVITE\r\n")]);
    assert_ne!(post_to(server(), "/analyze", &content_type, &body).status, 303);
}

#[test]
fn a_compressed_capture_gets_the_same_report() {
    let capture = fixture("reject-503.pcap");
    let plain = post_to(server(), "/analyze", "application/octet-stream", &capture);
    let compressed = post_to(server(), "/analyze", "application/gzip", &gzip(&capture));
    assert_eq!((plain.status, compressed.status), (200, 200));
    assert!(compressed.text().contains("503 Service Unavailable"));
    assert_eq!(plain.text(), compressed.text());
}

#[test]
fn an_uploaded_archive_is_read_as_its_files() {
    // A ticket's attachment: two captures and a note in a ZIP.
    let (busy, unavailable) = (fixture("reject-486.pcap"), fixture("reject-503.pcap"));
    let zip = zip_of(&[("sbc/busy.pcap", &busy), ("NOTE.txt", b"from the SBC\n"), ("sbc/down.pcap", &unavailable)]);
    let (content_type, body) = form(&[("capture", Some("ticket-4711.zip"), &zip)]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 200);
    let html = answer.text();
    // Both captures' calls, each frame named by its file; the note said not to be SIP.
    for said in ["486 Busy Here", "503 Service Unavailable", "busy.pcap", "down.pcap", "NOTE.txt", "neither a capture"]
    {
        assert!(html.contains(said), "{said}: {html}");
    }
    let alone = post_to(server(), "/analyze", "application/octet-stream", &busy);
    let calls = |html: &str| html.matches("486 Busy Here").count();
    assert_eq!(calls(&html), calls(&alone.text()), "the busy call once, as alone");
    // Deflated, what counts is the size once inflated: 200 KiB of zeros
    // is a few hundred bytes in a ZIP.
    let bomb = zip_of(&[("big.pcap", &vec![0u8; 200 * 1024])]);
    assert!(bomb.len() < 64 * 1024);
    assert_eq!(post_to(small_server(), "/analyze", "application/zip", &bomb).status, 413);
    // Cut short before its directory (an upload of a download that
    // stopped): the files before the cut are read, the damage said.
    let directory = zip.windows(4).position(|w| w == b"PK\x01\x02").unwrap_or_else(|| panic!("no directory"));
    let (content_type, body) = form(&[("capture", Some("ticket-4711.zip"), &zip[..directory])]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let cut = answer.text();
    for said in ["486 Busy Here", "503 Service Unavailable", "cut short or damaged"] {
        assert!(cut.contains(said), "{said}: {cut}");
    }
}

#[test]
fn several_files_chosen_at_once_are_merged() {
    // Two captures chosen together in the form (captures of two places),
    // and a TLS call with its key log chosen beside it.
    let (busy, unavailable) = (fixture("reject-486.pcap"), fixture("reject-503.pcap"));
    let (tls, keys) = (fixture("sip-over-tls.pcap"), fixture("sip-over-tls.keys"));
    let (content_type, body) = form(&[
        ("capture", Some("busy.pcap"), &busy),
        ("capture", Some("down.pcap"), &unavailable),
        ("capture", Some("tls.pcap"), &tls),
        ("capture", Some("keys.txt"), &keys),
    ]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let html = answer.text();
    for said in ["486 Busy Here", "503 Service Unavailable", "tls-call-1@127.0.0.1", "busy.pcap", "down.pcap"] {
        assert!(html.contains(said), "{said}: {html}");
    }
    assert!(!html.contains("keys.txt") && !html.contains("neither a capture"), "the key log is no input: {html}");
    // The page offers to choose several.
    assert!(get("/analyze").text().contains("name=\"capture\" multiple"));
    // Together, past the limit: 413.
    let half = vec![b'x'; 40 * 1024];
    let (content_type, body) = form(&[("capture", Some("a.log"), &half), ("capture", Some("b.log"), &half)]);
    assert_eq!(post_to(small_server(), "/analyze", &content_type, &body).status, 413);
}

#[test]
fn a_logs_messages_are_shown_by_the_lines_they_begin_at() {
    // A proxy's log: each message after a line that says where it went.
    let message = |start: &str, to_tag: &str| {
        format!(
            "{start}\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\nFrom: <sip:a@example.com>;tag=a\n\
             To: <sip:b@example.com>{to_tag}\nCall-ID: lines@example.com\nCSeq: 1 INVITE\nContent-Length: 0\n\n"
        )
    };
    let log = format!(
        "2026-11-28 10:00:00.100 [12] NOTICE: received from udp:10.0.0.1:5060\n{}\
         2026-11-28 10:00:00.200 [12] NOTICE: sending to udp:10.0.0.1:5060\n{}",
        message("INVITE sip:b@example.com SIP/2.0", ""),
        message("SIP/2.0 486 Busy Here", ";tag=b")
    );
    let starts: Vec<usize> = log
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("SIP/2.0") && !l.starts_with("Via"))
        .map(|(n, _)| n + 1)
        .collect();
    assert_eq!(starts.len(), 2);
    let (content_type, body) = form(&[("capture", Some("proxy.log"), log.as_bytes())]);
    let answer = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let html = answer.text();
    let headings: Vec<&str> = html.split("<h3>").skip(1).map(|rest| rest.split(" · ").next().unwrap_or("")).collect();
    let wanted: Vec<String> = starts.iter().map(|n| format!("Line {n}")).collect();
    assert_eq!(headings, wanted, "{html}");
    // A capture's are its frames.
    let capture = fixture("reject-486.pcap");
    let (content_type, body) = form(&[("capture", Some("busy.pcap"), &capture)]);
    let html = post_to(server(), "/analyze", &content_type, &body).text();
    assert!(html.contains("<h3>Frame 1 · ") && !html.contains("<h3>Line "), "{html}");
}

/// The report's messages as its ladders draw them (each arrow's text, in
/// order), and the problems it lists.
fn ladder(html: &str) -> (Vec<String>, Vec<String>) {
    let text_after =
        |rest: &str, end: &str| rest.split_once('>').map(|(_, r)| r.split(end).next().unwrap_or("").to_owned());
    let arrows = html.split("class=\"label\"").skip(1).filter_map(|rest| text_after(rest, "<"));
    let problems = html.split("<ul class=\"problems\">").nth(1).unwrap_or("").split("</ul>").next().unwrap_or("");
    (arrows.collect(), problems.split("<li>").skip(1).map(|li| li.replace("</li>", "")).collect())
}

#[test]
fn a_ring_buffers_files_uploaded_are_read_in_turn_as_one_capture() {
    // SIP over TLS captured by a ring buffer of five packets a file: each
    // session's handshake in one file and its records in the next ones.
    // Sent in a ZIP, newest first, with the key log: every message is
    // decrypted as from the capture whole.
    let (tls, keys) = (fixture("sip-over-tls12.pcap"), fixture("sip-over-tls12.keys"));
    let records = pcap_records(&tls);
    let files: Vec<(String, Vec<u8>)> =
        records.chunks(5).enumerate().map(|(i, chunk)| (format!("ring_{i:05}.pcap"), pcap_of(chunk))).rev().collect();
    assert!(files.len() > 3);
    let mut members: Vec<(&str, &[u8])> = files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())).collect();
    members.push(("sslkeys.log", &keys));
    let ring = post_to(server(), "/analyze", "application/zip", &zip_of(&members));
    let (content_type, body) = form(&[("capture", Some("whole.pcap"), &tls), ("tls_keys", Some("keys.txt"), &keys)]);
    let whole = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!((ring.status, whole.status), (200, 200), "{}", ring.text());
    let (ring, whole) = (ladder(&ring.text()), ladder(&whole.text()));
    assert!(whole.0.len() > 20 && whole.1.is_empty(), "{whole:?}");
    assert_eq!(ring, whole);
}

#[test]
fn captures_of_two_places_uploaded_have_their_clocks_lined_up() {
    // A refused call captured where it was sent and where it was received,
    // the callee's clock 5 s ahead: its times are moved back, and the pair
    // reads as with synchronised clocks, the offset said.
    let (caller, callee) = (fixture("both-ends-caller.pcap"), fixture("both-ends-callee.pcap"));
    let ahead = shifted_pcap(&callee, 5_000_000);
    let upload = |callee: &[u8]| {
        let (content_type, body) =
            form(&[("capture", Some("caller.pcap"), &caller), ("capture", Some("callee.pcap"), callee)]);
        let answer = post_to(server(), "/analyze", &content_type, &body);
        assert_eq!(answer.status, 200, "{}", answer.text());
        answer.text()
    };
    let (synchronised, skewed) = (upload(&callee), upload(&ahead));
    assert_eq!(ladder(&skewed).0, ladder(&synchronised).0);
    assert!(ladder(&synchronised).0.len() == 4, "{synchronised}");
    assert!(skewed.contains("clock reads +5.000 s off") && !synchronised.contains("clock reads"), "{skewed}");
}

#[test]
fn a_raw_upload_with_redact_hides_the_addresses() {
    let capture = fixture("reject-486.pcap");
    let plain = post_to(server(), "/analyze", "application/octet-stream", &capture);
    assert_eq!(plain.status, 200);
    assert!(plain.text().contains("127.0.0.1"), "SIPp ran on loopback");
    let redacted = post_to(server(), "/analyze?redact=1", "application/vnd.tcpdump.pcap", &capture);
    assert_eq!(redacted.status, 200);
    let html = redacted.text();
    assert!(html.contains("class=\"redacted\""), "the report says what was redacted");
    // SIPp's user parts are replaced; loopback addresses are kept on purpose.
    assert!(!html.contains("sip:service@"), "user part left");
}

#[test]
fn bad_uploads_get_the_form_back_with_the_right_status() {
    // Nothing sent.
    let (content_type, body) = form(&[("capture", Some(""), b""), ("text", None, b"  \r\n")]);
    let empty = post_to(server(), "/analyze", &content_type, &body);
    assert_eq!(empty.status, 400);
    assert!(empty.text().contains("role=\"alert\"") && empty.text().contains("<form"));
    let empty_raw = post_to(server(), "/es/analyze", "application/octet-stream", b"");
    assert_eq!(empty_raw.status, 400);
    assert!(empty_raw.text().contains("<html lang=\"es\">"));
    // Not a capture and no SIP in it: 422, and the report says why.
    let junk = post_to(server(), "/analyze", "application/octet-stream", b"hello, this is not a capture");
    assert_eq!(junk.status, 422);
    assert!(junk.text().contains("neither a capture"), "{}", junk.text());
    // A broken form.
    let broken = post_to(server(), "/analyze", "multipart/form-data; boundary=x", b"--y\r\nnonsense");
    assert_eq!(broken.status, 400);
    // Above the limit: 413, whether declared or sent in a form.
    let big = vec![b'x'; 200 * 1024];
    let raw = post_to(small_server(), "/analyze", "application/octet-stream", &big);
    assert_eq!(raw.status, 413);
    let (content_type, body) = form(&[("capture", Some("big.pcap"), &big)]);
    let in_form = post_to(small_server(), "/pt-br/analyze", &content_type, &body);
    assert_eq!(in_form.status, 413);
    assert!(in_form.text().contains("<form"), "the form comes back");
    // The limit is stated in the error and on that server's page.
    assert!(in_form.text().contains("0.06 MB"), "{}", in_form.text());
    // Compressed, what counts is the size once decompressed: 200 KiB of
    // gzip'd zeros is a few hundred bytes on the wire.
    let bomb = gzip(&big);
    assert!(bomb.len() < 64 * 1024);
    assert_eq!(post_to(small_server(), "/analyze", "application/gzip", &bomb).status, 413);
    // Other methods are refused, POST is listed.
    let put = request("PUT", "/analyze", &[]);
    assert_eq!(put.status, 405);
    assert!(put.header("allow").contains("POST"));
    assert!(!request("PUT", "/about", &[]).header("allow").contains("POST"));
}

#[test]
fn concurrent_uploads_all_get_their_report() {
    // More uploads at once than are analysed at a time: the others wait
    // their turn, none is dropped or mixed up with another.
    let uploads: Vec<_> =
        ["reject-486.pcap", "reject-404.pcap", "reject-503.pcap", "reject-401.pcap", "basic-call.pcap"]
            .into_iter()
            .map(|name| {
                std::thread::spawn(move || {
                    let (content_type, body) = form(&[("capture", Some(name), &fixture(name))]);
                    (name, post_to(server(), "/analyze", &content_type, &body))
                })
            })
            .collect();
    for upload in uploads {
        let (name, answer) = upload.join().unwrap_or_else(|_| panic!("upload thread"));
        assert_eq!(answer.status, 200, "{name}");
        assert!(answer.text().contains(name), "{name}: its own report");
    }
}
