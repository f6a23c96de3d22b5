//! # statusdoc-web
//!
//! The website and JSON API. [`Site`] turns a path into a [`Reply`] — a pure
//! function of the embedded data — and both the HTTP server ([`app`],
//! [`serve`]) and the static [`export`] are thin layers over it, so an
//! exported file is byte-identical to the served page.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let site = statusdoc_web::Site::new("http://127.0.0.1:8080").map_err(std::io::Error::other)?;
//! statusdoc_web::serve(site, "127.0.0.1:8080".parse().map_err(std::io::Error::other)?, |addr| println!("{addr}")).await
//! # }
//! ```

#![forbid(unsafe_code)]

mod analyze;
mod api;
mod export;
mod http;
mod pages;
mod site;
mod slug;
mod text;

pub use analyze::{Upload, UploadError};
pub use export::{export, file_for, urls, ExportSummary};
pub use http::{app, serve, CACHE_BYTES, REQUEST_TIMEOUT};
pub use http::{CONCURRENT_UPLOADS, UPLOAD_TIMEOUT};
pub use site::{locale_prefix, Cache, Reply, Site, DEFAULT_MAX_UPLOAD, MAX_PATH_LEN, MAX_QUERY_LEN};
pub use slug::slug;
