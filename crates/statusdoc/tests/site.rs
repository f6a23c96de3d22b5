//! `statusdoc export` and `statusdoc serve` as whole processes.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("statusdoc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Where a site URL lives in the export (the documented mapping).
fn exported(dir: &Path, url: &str) -> PathBuf {
    dir.join(statusdoc_web::file_for(url))
}

fn http_get(addr: &str, path: &str) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("{e}"));
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(raw.len());
    let status =
        String::from_utf8_lossy(&raw[..split]).split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut body = raw.get(split + 4..).unwrap_or_default().to_vec();
    if head.contains("transfer-encoding: chunked") {
        let mut out = Vec::new();
        let mut data = &body[..];
        while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
            let size = usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16).unwrap_or(0);
            if size == 0 {
                break;
            }
            out.extend_from_slice(&data[end + 2..end + 2 + size]);
            data = &data[end + 2 + size + 2..];
        }
        body = out;
    }
    (status, body)
}

struct Server {
    child: std::process::Child,
    addr: String,
}

impl Server {
    fn start(base_url: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
            .args(["serve", "--addr", "127.0.0.1:0", "--base-url", base_url])
            .env("LANG", "C")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(at) = line.find("http://") {
                    let url = line[at + 7..].split_whitespace().next().unwrap_or("").to_owned();
                    let _ = tx.send(url);
                }
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_else(|e| panic!("server did not start: {e}"));
        Server { child, addr }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn export_writes_every_page_with_no_broken_link_and_matches_serve() {
    let dir = temp_dir("export");
    let base = "https://docs.example";
    let output = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["export", dir.to_str().unwrap_or_default(), "--base-url", base])
        .env("LANG", "C")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.contains("pages"), "{summary}");
    let files = files_under(&dir);
    let html: Vec<&PathBuf> = files.iter().filter(|p| p.extension().is_some_and(|e| e == "html")).collect();
    // 75 codes + 2,775 comparisons + home, about, protocol, picker, 6 classes, 404, per locale.
    assert!(html.len() >= 75 + 2775 + 10, "only {} pages", html.len());
    assert!(exported(&dir, "/sip/compare/202-accepted-vs-438-invalid-identity-header").exists());
    assert!(exported(&dir, "/api/v1/sip/compare/486/600").exists());
    assert!(exported(&dir, "/api/openapi.json").exists());

    // Link checker: every internal link and every hreflang target exists.
    let mut checked = BTreeSet::new();
    for page in &html {
        let text = std::fs::read_to_string(page).unwrap_or_default();
        for piece in text.split("href=\"").skip(1) {
            let href = piece.split('"').next().unwrap_or("");
            let target = if let Some(rest) = href.strip_prefix(base) {
                if rest.is_empty() {
                    "/".to_owned()
                } else {
                    rest.to_owned()
                }
            } else if href.starts_with('/') {
                href.to_owned()
            } else {
                continue; // external (RFC links)
            };
            let path = target.split(['?', '#']).next().unwrap_or("").to_owned();
            if checked.insert(path.clone()) {
                assert!(exported(&dir, &path).exists(), "{} links to {href}, which the export lacks", page.display());
            }
        }
    }
    assert!(checked.len() > 2800, "the checker followed {} links", checked.len());

    // Byte-identical to what serve answers.
    let server = Server::start(base);
    for url in [
        "/",
        "/sip/486-busy-here",
        "/sip/compare/486-busy-here-vs-600-busy-everywhere",
        "/sip/4xx",
        "/sitemap.xml",
        "/api/v1/sip/codes/438",
        "/assets/style.css",
    ] {
        let (status, body) = http_get(&server.addr, url);
        assert_eq!(status, 200, "{url}");
        let file = std::fs::read(exported(&dir, url)).unwrap_or_default();
        assert!(file == body, "{url}: exported file differs from the served page");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    let mut server = Server::start("http://127.0.0.1");
    let (status, _) = http_get(&server.addr, "/");
    assert_eq!(status, 200);
    let pid = server.child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap_or_else(|e| panic!("{e}"));
    assert!(killed.success());
    let started = Instant::now();
    loop {
        if let Some(status) = server.child.try_wait().unwrap_or(None) {
            assert!(status.success(), "exit status after SIGTERM: {status:?}");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still running 10 s after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serve_rejects_a_bad_address() {
    let output = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(["serve", "--addr", "not-an-address"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not-an-address"));
}
