//! Browser tests in headless Chromium over WebDriver (chromedriver).
//!
//! Ignored by plain `cargo test`; `.ci/run` installs Debian's `chromium` and
//! `chromium-driver` and runs them with `--ignored`. They never skip: a
//! missing browser is a failure.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or_else(|e| panic!("{e}"))
}

struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_driver() -> Driver {
    for tool in [CHROMIUM, CHROMEDRIVER] {
        assert!(
            std::path::Path::new(tool).exists(),
            "{tool} is missing: install Debian's chromium and chromium-driver (bash .ci/run does)"
        );
    }
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start chromedriver: {e}"));
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not listen");
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver { child, port }
}

async fn start_site() -> SocketAddr {
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let Ok(site) = statusdoc_web::Site::new("http://127.0.0.1") else { return };
        let _ = statusdoc_web::serve(site, ([127, 0, 0, 1], 0).into(), move |addr| {
            let _ = tx.send(addr);
        })
        .await;
    });
    rx.await.unwrap_or_else(|e| panic!("site did not start: {e}"))
}

async fn browser(driver: &Driver, javascript: bool) -> Client {
    let profile = std::env::temp_dir().join(format!("statusdoc-chromium-{}-{javascript}", std::process::id()));
    let mut prefs = json!({});
    if !javascript {
        prefs = json!({"profile.managed_default_content_settings.javascript": 2});
    }
    let caps = json!({
        "browserName": "chrome",
        "goog:loggingPrefs": {"browser": "ALL"},
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": prefs,
        }
    });
    let Value::Object(caps) = caps else { panic!("capabilities") };
    ClientBuilder::rustls()
        .unwrap_or_else(|e| panic!("{e}"))
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .unwrap_or_else(|e| panic!("cannot open a browser session: {e}"))
}

/// A test's chromedriver, site, and browser session on it.
struct Run {
    /// Kept alive for the test: dropped, it stops chromedriver.
    driver: Driver,
    client: Client,
    /// The session's id, for its console messages.
    session: String,
    /// The site's address, `http://127.0.0.1:PORT`.
    base: String,
}

/// Starts chromedriver and the site, and opens a browser (`javascript` or not).
async fn start(javascript: bool) -> Run {
    let driver = start_driver();
    let site = start_site().await;
    let client = browser(&driver, javascript).await;
    let session = client.session_id().await.ok().flatten().unwrap_or_default();
    Run { driver, client, session, base: format!("http://{site}") }
}

/// Chromium's console messages since the last call (chromedriver's log endpoint).
fn console(driver: &Driver, session: &str) -> Vec<Value> {
    let body = r#"{"type":"browser"}"#;
    let mut stream = TcpStream::connect(("127.0.0.1", driver.port)).unwrap_or_else(|e| panic!("{e}"));
    let request = format!(
        "POST /session/{session}/se/log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    // chromedriver keeps the connection open: read the head, then Content-Length bytes.
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    let (head_end, length) = loop {
        let n = stream.read(&mut buf).unwrap_or(0);
        assert!(n > 0, "chromedriver closed the log request");
        raw.extend_from_slice(&buf[..n]);
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:").and_then(|v| v.trim().parse::<usize>().ok()))
                .unwrap_or(0);
            break (end + 4, length);
        }
    };
    while raw.len() < head_end + length {
        let n = stream.read(&mut buf).unwrap_or(0);
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
    }
    let value: Value = serde_json::from_slice(&raw[head_end..]).unwrap_or(Value::Null);
    value["value"].as_array().cloned().unwrap_or_default()
}

fn assert_no_console_errors(driver: &Driver, session: &str, page: &str) {
    let errors: Vec<Value> = console(driver, session).into_iter().filter(|m| m["level"] == "SEVERE").collect();
    assert!(errors.is_empty(), "{page}: console errors {errors:?}");
}

async fn screenshot(client: &Client, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    let _ = std::fs::create_dir_all(&dir);
    if let Ok(png) = client.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium; run by .ci/run with --ignored"]
async fn search_open_a_code_and_compare_it() {
    let Run { driver, client, session, base } = start(true).await;

    client.goto(&format!("{base}/")).await.unwrap_or_else(|e| panic!("{e}"));
    let lang =
        client.find(Locator::Css("html")).await.unwrap_or_else(|e| panic!("{e}")).attr("lang").await.ok().flatten();
    assert_eq!(lang.as_deref(), Some("en"));
    screenshot(&client, "home").await;
    assert_no_console_errors(&driver, &session, "home");

    let input = client.find(Locator::Id("q")).await.unwrap_or_else(|e| panic!("search box: {e}"));
    input.send_keys("identity").await.unwrap_or_else(|e| panic!("{e}"));
    // Search as you type shows suggestions from the API…
    let started = Instant::now();
    loop {
        let shown = client.find_all(Locator::Css("#suggestions li a")).await.map(|v| v.len()).unwrap_or(0);
        if shown > 0 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "no search suggestions appeared");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    screenshot(&client, "suggestions").await;
    // …and submitting goes to the results page.
    client
        .find(Locator::Css("form.search button"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    client.wait().for_url(&url_with(&base, "/search?q=identity")).await.unwrap_or_else(|e| panic!("results page: {e}"));
    let results = client.source().await.unwrap_or_default();
    for code in ["428", "436", "437", "438"] {
        assert!(results.contains(&format!(">{code}</span>")), "results lack {code}");
    }
    screenshot(&client, "results").await;
    assert_no_console_errors(&driver, &session, "results");

    client
        .find(Locator::Css("ol.results a[href='/sip/438-invalid-identity-header']"))
        .await
        .unwrap_or_else(|e| panic!("link to 438: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let heading =
        client.find(Locator::Css("h1")).await.unwrap_or_else(|e| panic!("{e}")).text().await.unwrap_or_default();
    assert!(heading.contains("438") && heading.contains("Invalid Identity Header"), "{heading}");
    screenshot(&client, "code-438").await;
    assert_no_console_errors(&driver, &session, "438");

    client
        .find(Locator::Css("a[href='/sip/compare/436-bad-identity-info-vs-438-invalid-identity-header']"))
        .await
        .unwrap_or_else(|e| panic!("compare with 436: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let sides = client.find_all(Locator::Css(".sides .side h2")).await.unwrap_or_default();
    let mut shown = Vec::new();
    for side in sides {
        shown.push(side.text().await.unwrap_or_default());
    }
    assert!(shown.iter().any(|s| s.contains("436")) && shown.iter().any(|s| s.contains("438")), "{shown:?}");
    let differences = client.find_all(Locator::Css("dl.differences dt")).await.unwrap_or_default();
    assert!(differences.len() >= 3, "comparison lists its differences");
    screenshot(&client, "compare-436-438").await;
    assert_no_console_errors(&driver, &session, "compare");
    let _ = client.close().await;
}

fn url_with(base: &str, path: &str) -> url::Url {
    url::Url::parse(&format!("{base}{path}")).unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium; run by .ci/run with --ignored"]
async fn picker_works_without_javascript() {
    let Run { driver, client, session, base } = start(false).await;
    client.goto(&format!("{base}/sip/compare")).await.unwrap_or_else(|e| panic!("{e}"));
    let first = client.find(Locator::Id("pick-a")).await.unwrap_or_else(|e| panic!("{e}"));
    first.select_by_value("438").await.unwrap_or_else(|e| panic!("{e}"));
    let second = client.find(Locator::Id("pick-b")).await.unwrap_or_else(|e| panic!("{e}"));
    second.select_by_value("202").await.unwrap_or_else(|e| panic!("{e}"));
    client
        .find(Locator::Css("form.picker button"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    client
        .wait()
        .for_url(&url_with(&base, "/sip/compare/202-accepted-vs-438-invalid-identity-header"))
        .await
        .unwrap_or_else(|e| panic!("picker did not land on the canonical comparison: {e}"));
    let heading =
        client.find(Locator::Css("h1")).await.unwrap_or_else(|e| panic!("{e}")).text().await.unwrap_or_default();
    assert!(heading.contains("202") && heading.contains("438"), "{heading}");
    let noscript_search = client.find(Locator::Id("suggestions")).await.is_ok();
    assert!(noscript_search, "the page still has its search form");
    screenshot(&client, "picker-no-js").await;
    assert_no_console_errors(&driver, &session, "picker");
    let _ = client.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium; run by .ci/run with --ignored"]
async fn pages_read_well_on_a_phone() {
    let Run { driver: _driver, client, base, .. } = start(true).await;
    client.set_window_size(390, 844).await.unwrap_or_else(|e| panic!("{e}"));
    for (name, path) in [
        ("phone-code", "/sip/486-busy-here"),
        ("phone-compare", "/sip/compare/486-busy-here-vs-600-busy-everywhere"),
        ("phone-home", "/"),
    ] {
        client.goto(&format!("{base}{path}")).await.unwrap_or_else(|e| panic!("{e}"));
        let overflow = client
            .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
            .await
            .unwrap_or(Value::Null);
        assert!(overflow.as_i64().unwrap_or(0) <= 0, "{path}: page scrolls sideways on a phone ({overflow})");
        screenshot(&client, name).await;
    }
    let _ = client.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium; run by .ci/run with --ignored"]
async fn portuguese_comparison_reads_in_portuguese() {
    let Run { driver, client, session, base } = start(true).await;
    client
        .goto(&format!("{base}/pt-br/sip/compare/202-accepted-vs-438-invalid-identity-header"))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let lang =
        client.find(Locator::Css("html")).await.unwrap_or_else(|e| panic!("{e}")).attr("lang").await.ok().flatten();
    assert_eq!(lang.as_deref(), Some("pt-BR"));
    let body =
        client.find(Locator::Css("main")).await.unwrap_or_else(|e| panic!("{e}")).text().await.unwrap_or_default();
    for portuguese in ["Principais diferenças", "Qual se aplica", "não são alternativas"] {
        assert!(body.contains(portuguese), "missing {portuguese:?} in the Portuguese page");
    }
    for english in ["Key differences", "Which one applies", "When you see it"] {
        assert!(!body.contains(english), "English {english:?} left on the Portuguese page");
    }
    screenshot(&client, "compare-pt-br").await;
    assert_no_console_errors(&driver, &session, "pt-BR compare");
    let _ = client.close().await;
}

/// The fixtures made with SIPp (statusdoc-trace/tests/data).
fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../statusdoc-trace/tests/data").join(name)
}

/// Clicks the label of the first arrow of class `class` and checks that the
/// message it stands for opens, with its status line highlighted.
async fn open_message(client: &Client, class: &str, status_line: &str) {
    client
        .find(Locator::Css(&format!("svg.ladder a.arrow.{class} text.label")))
        .await
        .unwrap_or_else(|e| panic!("{class} arrow: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let opened = client
        .wait()
        .for_element(Locator::Css("section.message:target"))
        .await
        .unwrap_or_else(|e| panic!("no message opened: {e}"));
    assert!(opened.is_displayed().await.unwrap_or(false), "the message is not shown");
    let marked = opened.find(Locator::Css("mark")).await.unwrap_or_else(|e| panic!("nothing highlighted: {e}"));
    let text = marked.text().await.unwrap_or_default();
    assert!(text.starts_with(status_line), "highlighted {text:?}");
    // Messages not chosen stay hidden.
    let hidden = client.find_all(Locator::Css("section.message:not(:target)")).await.unwrap_or_default();
    assert!(!hidden.is_empty());
    for section in hidden.iter().take(3) {
        assert!(!section.is_displayed().await.unwrap_or(true), "an unchosen message is shown");
    }
}

/// Chooses the fixtures `names` in the "Analyze a trace" form at `base`
/// (ChromeDriver takes several files as their paths, one a line), a
/// screenshot named `shot` of the form then if asked, sends it and waits
/// for the report's first ladder.
async fn upload(client: &Client, base: &str, names: &[&str], shot: &str) {
    client.goto(&format!("{base}/analyze")).await.unwrap_or_else(|e| panic!("{e}"));
    let paths: Vec<String> = names
        .iter()
        .map(|name| {
            let path = fixture_path(name);
            path.canonicalize().unwrap_or(path).display().to_string()
        })
        .collect();
    client
        .find(Locator::Css("input#capture"))
        .await
        .unwrap_or_else(|e| panic!("file input: {e}"))
        .send_keys(&paths.join("\n"))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    if !shot.is_empty() {
        screenshot(client, shot).await;
    }
    client
        .find(Locator::Css("form.upload button[type=submit]"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    client.wait().for_element(Locator::Css("svg.ladder")).await.unwrap_or_else(|e| panic!("no ladder: {e}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium; run by .ci/run with --ignored"]
async fn upload_two_captures_chosen_at_once() {
    let Run { driver: _driver, client, base, .. } = start(true).await;
    // The file field takes several files.
    upload(&client, &base, &["reject-486.pcap", "reject-503.pcap"], "").await;
    let ladders = client.find_all(Locator::Css("svg.ladder")).await.unwrap_or_default();
    assert_eq!(ladders.len(), 2, "a call from each capture");
    let failures = client.find_all(Locator::Css("details.failure summary")).await.unwrap_or_default();
    let mut said = Vec::new();
    for failure in failures {
        said.push(failure.text().await.unwrap_or_default());
    }
    assert!(said.iter().any(|s| s.starts_with("486 Busy Here")), "{said:?}");
    assert!(said.iter().any(|s| s.starts_with("503 Service Unavailable")), "{said:?}");
    let _ = client.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium; run by .ci/run with --ignored"]
async fn upload_a_capture_and_read_the_diagnosis() {
    let Run { driver, client, session, base } = start(true).await;

    upload(&client, &base, &["reject-503.pcap"], "analyze-form").await;
    let findings = client
        .find(Locator::Css("ul.findings"))
        .await
        .unwrap_or_else(|e| panic!("no findings: {e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(findings.contains("Retry-After"), "findings: {findings}");
    let failure = client
        .find(Locator::Css("details.failure[open] summary"))
        .await
        .unwrap_or_else(|e| panic!("the failure is not explained: {e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(failure.starts_with("503 Service Unavailable"), "{failure}");
    screenshot(&client, "analyze-report").await;
    open_message(&client, "failure", "SIP/2.0 503").await;
    screenshot(&client, "analyze-message").await;
    assert_no_console_errors(&driver, &session, "analysis");

    // The offline report file works the same, from disk, with no server.
    let records = {
        let mut records = Vec::new();
        let file = std::fs::File::open(fixture_path("reject-486.pcap")).unwrap_or_else(|e| panic!("{e}"));
        statusdoc_trace::CaptureReader::new(|r| records.push(r), |_| {}).read(std::io::BufReader::new(file));
        records
    };
    let analysis = statusdoc_trace::analyze(&records, Vec::new());
    let catalog = statusdoc_core::Catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    let html = statusdoc_report::html(
        statusdoc_report::Words::new(catalog, "es"),
        &analysis,
        &records,
        &statusdoc_report::HtmlOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let path = std::env::temp_dir().join(format!("statusdoc-offline-{}.html", std::process::id()));
    std::fs::write(&path, html).unwrap_or_else(|e| panic!("{e}"));
    client.goto(&format!("file://{}", path.display())).await.unwrap_or_else(|e| panic!("{e}"));
    let lang =
        client.find(Locator::Css("html")).await.unwrap_or_else(|e| panic!("{e}")).attr("lang").await.ok().flatten();
    assert_eq!(lang.as_deref(), Some("es"));
    open_message(&client, "failure", "SIP/2.0 486").await;
    screenshot(&client, "offline-report").await;
    assert_no_console_errors(&driver, &session, "offline report");
    let _ = client.close().await;
}
