//! `statusdoc export`: the whole site as static files, byte-identical to
//! what `serve` answers for the same URLs.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use statusdoc_core::DEFAULT_LOCALE;

use crate::site::Site;

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary {
    /// HTML pages.
    pub pages: usize,
    /// All files, pages included.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
}

/// The file an URL path is exported to: `/` → `index.html`, API paths →
/// `….json`, paths whose last segment has an extension as they are, and
/// every other page → `….html` (`/sip/486-busy-here` → `sip/486-busy-here.html`,
/// `/pt-br` → `pt-br.html`), the mapping static hosts apply by default.
pub fn file_for(url_path: &str) -> PathBuf {
    let trimmed = url_path.trim_start_matches('/');
    if trimmed.is_empty() {
        PathBuf::from("index.html")
    } else if trimmed.starts_with("api/v1/") {
        PathBuf::from(format!("{trimmed}.json"))
    } else if trimmed.rsplit('/').next().is_some_and(|last| last.contains('.')) {
        PathBuf::from(trimmed)
    } else {
        PathBuf::from(format!("{trimmed}.html"))
    }
}

/// Every URL the export writes, with the file it goes to.
pub fn urls(site: &Site) -> Vec<String> {
    let mut urls = site.all_page_paths();
    urls.retain(|p| !p.ends_with("/search"));
    for fixed in [
        "/assets/style.css",
        "/assets/app.js",
        "/assets/icon.svg",
        "/favicon.ico",
        "/robots.txt",
        "/sitemap.xml",
        "/api/openapi.json",
    ] {
        urls.push(fixed.to_owned());
    }
    for registry in site.catalog().registries() {
        let p = registry.id();
        urls.push(format!("/api/v1/{p}/codes"));
        let codes: Vec<u16> = registry.iter().map(|f| f.code).collect();
        for &code in &codes {
            urls.push(format!("/api/v1/{p}/codes/{code}"));
        }
        for (i, &a) in codes.iter().enumerate() {
            for &b in &codes[i + 1..] {
                urls.push(format!("/api/v1/{p}/compare/{a}/{b}"));
            }
        }
    }
    urls
}

/// Writes the whole site under `dir`, on all cores; `progress(done, total)`
/// is called as files are written.
pub fn export(site: &Site, dir: &Path, progress: &(dyn Fn(usize, usize) + Sync)) -> io::Result<ExportSummary> {
    let urls = urls(site);
    let total = urls.len() + 1;
    let done = AtomicUsize::new(0);
    let bytes = AtomicUsize::new(0);
    let pages = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let chunk = urls.len().div_ceil(threads).max(1);
    let write = |url: &str, body: &[u8]| -> io::Result<()> {
        let path = dir.join(file_for(url));
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, body)?;
        bytes.fetch_add(body.len(), Ordering::Relaxed);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n % 200 == 0 || n == total {
            progress(n, total);
        }
        Ok(())
    };
    std::thread::scope(|scope| -> io::Result<()> {
        let handles: Vec<_> = urls
            .chunks(chunk)
            .map(|part| {
                let write = &write;
                let pages = &pages;
                scope.spawn(move || -> io::Result<()> {
                    for url in part {
                        let (path, query) = url.split_once('?').unwrap_or((url, ""));
                        let reply = site.resolve(path, query, None);
                        if reply.status != 200 {
                            return Err(io::Error::other(format!("{url} answered {}", reply.status)));
                        }
                        if reply.content_type.starts_with("text/html") {
                            pages.fetch_add(1, Ordering::Relaxed);
                        }
                        write(url, &reply.body)?;
                    }
                    Ok(())
                })
            })
            .collect();
        for handle in handles {
            handle.join().map_err(|_| io::Error::other("export thread panicked"))??;
        }
        Ok(())
    })?;
    // The page a static host shows for unknown paths.
    let not_found = site.not_found_reply(DEFAULT_LOCALE, "/", 404);
    write("/404.html", &not_found.body)?;
    Ok(ExportSummary {
        pages: pages.load(Ordering::Relaxed),
        files: done.load(Ordering::Relaxed),
        bytes: bytes.load(Ordering::Relaxed) as u64,
    })
}
