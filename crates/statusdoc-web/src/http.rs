//! The HTTP layer: axum glue around [`Site::resolve`], with caching of
//! rendered and compressed bodies, ETags, security headers and access logs.

use std::collections::HashMap;
use std::io::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;

use crate::analyze::{Upload, UploadError};
use crate::site::{Cache, Reply, Site};

/// How long a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How long an upload to "Analyze a trace" may take, sending included.
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(120);
/// How many uploads are read and analysed at the same time.
pub const CONCURRENT_UPLOADS: usize = 2;
/// Room for the multipart framing and the form's small fields around an upload.
const FORM_OVERHEAD: usize = 64 * 1024;
/// Bodies kept in memory, rendered and compressed, at most this many bytes.
pub const CACHE_BYTES: usize = 48 * 1024 * 1024;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// A reply with its validators and lazily compressed bodies.
struct Cached {
    reply: Reply,
    etag: String,
    gzip: OnceLock<Vec<u8>>,
    brotli: OnceLock<Vec<u8>>,
}

impl Cached {
    fn new(reply: Reply) -> Cached {
        let etag = format!("\"{:016x}\"", fnv1a(&reply.body));
        Cached { reply, etag, gzip: OnceLock::new(), brotli: OnceLock::new() }
    }

    fn compressible(&self) -> bool {
        self.reply.body.len() > 512
            && (self.reply.content_type.starts_with("text/")
                || self.reply.content_type.starts_with("application/json")
                || self.reply.content_type.starts_with("application/xml"))
    }

    fn body(&self, encoding: Encoding) -> &[u8] {
        match encoding {
            Encoding::Identity => &self.reply.body,
            Encoding::Gzip => self.gzip.get_or_init(|| {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
                let _ = encoder.write_all(&self.reply.body);
                encoder.finish().unwrap_or_default()
            }),
            Encoding::Brotli => self.brotli.get_or_init(|| {
                let mut out = Vec::new();
                {
                    let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                    let _ = writer.write_all(&self.reply.body);
                }
                out
            }),
        }
    }

    fn size(&self) -> usize {
        self.reply.body.len() + self.gzip.get().map_or(0, Vec::len) + self.brotli.get().map_or(0, Vec::len)
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

fn negotiate(headers: &HeaderMap) -> Encoding {
    let accepted = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
    let allows = |name: &str| {
        accepted.split(',').any(|part| {
            let mut pieces = part.trim().split(';');
            pieces.next().is_some_and(|n| n.trim().eq_ignore_ascii_case(name))
                && !pieces.any(|p| p.trim().replace(' ', "") == "q=0")
        })
    };
    if allows("br") {
        Encoding::Brotli
    } else if allows("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// Shared server state.
#[derive(Clone)]
pub struct AppState {
    site: Arc<Site>,
    cache: Arc<Mutex<HashMap<String, Arc<Cached>>>>,
    /// Uploads read and analysed at once; the others wait their turn
    /// (unread), so memory holds at most this many uploads.
    uploads: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    pub fn new(site: Site) -> AppState {
        AppState {
            site: Arc::new(site),
            cache: Arc::new(Mutex::new(HashMap::new())),
            uploads: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_UPLOADS)),
        }
    }

    fn lookup(&self, key: &str, render: impl FnOnce() -> Reply) -> Arc<Cached> {
        if let Ok(cache) = self.cache.lock() {
            if let Some(hit) = cache.get(key) {
                return Arc::clone(hit);
            }
        }
        let cached = Arc::new(Cached::new(render()));
        if cached.reply.status == 200 && !cached.reply.vary_language {
            if let Ok(mut cache) = self.cache.lock() {
                let used: usize = cache.values().map(|c| c.size()).sum();
                if used > CACHE_BYTES {
                    cache.clear();
                }
                cache.insert(key.to_owned(), Arc::clone(&cached));
            }
        }
        cached
    }
}

/// The router: every path goes through the site; wrong methods get 405.
pub fn app(site: Site) -> Router {
    let body_limit = site.max_upload() + FORM_OVERHEAD;
    Router::new()
        .fallback(handle)
        .with_state(AppState::new(site))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn(deadline))
        .layer(middleware::from_fn(access_log))
}

/// Pages must be answered within [`REQUEST_TIMEOUT`]; uploads get
/// [`UPLOAD_TIMEOUT`], since sending them takes time.
async fn deadline(request: Request, next: Next) -> Response {
    let limit = if request.method() == Method::POST { UPLOAD_TIMEOUT } else { REQUEST_TIMEOUT };
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => plain(StatusCode::REQUEST_TIMEOUT, ""),
    }
}

async fn access_log(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    tracing::info!(
        target: "access",
        %method,
        path = %path.chars().take(200).collect::<String>(),
        status = response.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
    );
    response
}

fn security_headers(headers: &mut HeaderMap) {
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

fn plain(status: StatusCode, text: &str) -> Response {
    let mut response = Response::new(Body::from(text.to_owned()));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

async fn handle(State(state): State<AppState>, method: Method, request: Request) -> Response {
    let uri = request.uri().clone();
    let headers = request.headers().clone();
    let path = uri.path().to_owned();
    let is_api = path.starts_with("/api/");
    let mut response = match method {
        Method::GET | Method::HEAD => {
            let query = uri.query().unwrap_or("");
            let accept_language = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_owned);
            // Pages that use Accept-Language are rendered per request; the rest are cached by path.
            let uses_language = is_api || path == "/";
            let key = if uses_language {
                format!(
                    "{path}?{query}#{}",
                    accept_language.as_deref().and_then(|h| state.site.preferred_locale(h)).unwrap_or("-")
                )
            } else {
                format!("{path}?{query}")
            };
            let site = Arc::clone(&state.site);
            let render_language = accept_language.clone();
            let cached = state.lookup(&key, move || site.resolve(&path, query, render_language.as_deref()));
            respond(&cached, &headers, method == Method::HEAD)
        }
        Method::POST if state.site.is_analyze_path(&path) => upload(&state, &path, request).await,
        Method::OPTIONS => {
            let mut response = plain(StatusCode::NO_CONTENT, "");
            response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD, OPTIONS"));
            response
        }
        _ => {
            let text =
                crate::text::Text::new(state.site.catalog(), statusdoc_core::DEFAULT_LOCALE).get("http-error-method");
            let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, &text);
            let allow =
                if state.site.is_analyze_path(&path) { "GET, HEAD, POST, OPTIONS" } else { "GET, HEAD, OPTIONS" };
            response.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
            response
        }
    };
    let headers_out = response.headers_mut();
    security_headers(headers_out);
    if is_api {
        headers_out.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        headers_out.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, HEAD, OPTIONS"));
    }
    response
}

/// A capture or log sent to "Analyze a trace": from the form
/// (`multipart/form-data`: one or several files `capture`, or pasted
/// `text`, and `redact`)
/// or as the raw body (`?redact=1`). Analysed off the async threads; the
/// bytes are dropped with the answer.
async fn upload(state: &AppState, path: &str, request: Request) -> Response {
    let site = Arc::clone(&state.site);
    let limit = site.max_upload();
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    // Waiting here, before the body is read, keeps waiting uploads out of memory.
    let _turn = state.uploads.acquire().await;
    let result = if declared.is_some_and(|n| n > limit + FORM_OVERHEAD) {
        Err(UploadError::TooLarge)
    } else {
        read_upload(request, limit).await
    };
    let path = path.to_owned();
    let reply = match result {
        Ok(upload) => {
            let site = Arc::clone(&site);
            tokio::task::spawn_blocking(move || site.analyze_upload(&path, upload)).await.unwrap_or_else(|err| {
                tracing::error!(error = %err, "analysis task failed");
                Reply::html(500, String::new(), statusdoc_core::DEFAULT_LOCALE)
            })
        }
        Err(error) => site.upload_error(&path, &error),
    };
    let cached = Cached::new(reply);
    respond(&cached, &HeaderMap::new(), false)
}

async fn read_upload(request: Request, limit: usize) -> Result<Upload, UploadError> {
    let too_large_or = |status: StatusCode, detail: String| {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            UploadError::TooLarge
        } else {
            UploadError::Form(detail)
        }
    };
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if !is_form {
        let redact =
            request.uri().query().and_then(|q| crate::site::query_param(q, "redact")).is_some_and(|v| v == "1");
        let bytes = axum::body::to_bytes(request.into_body(), limit).await.map_err(|_| UploadError::TooLarge)?;
        if bytes.is_empty() {
            return Err(UploadError::Empty);
        }
        return Ok(Upload { files: vec![("upload".to_owned(), bytes.to_vec())], redact, tls_keys: None });
    }
    let mut form = Multipart::from_request(request, &()).await.map_err(|e| UploadError::Form(e.body_text()))?;
    let (mut files, mut text, mut redact, mut tls_keys) = (Vec::new(), None, false, None);
    while let Some(field) = form.next_field().await.map_err(|e| too_large_or(e.status(), e.body_text()))? {
        match field.name() {
            Some("capture") => {
                let name = field.file_name().unwrap_or("upload").to_owned();
                let bytes = field.bytes().await.map_err(|e| too_large_or(e.status(), e.body_text()))?;
                // Several files may be chosen at once (captures of two places).
                if !bytes.is_empty() {
                    files.push((name, bytes.to_vec()));
                }
            }
            Some("text") => {
                let bytes = field.bytes().await.map_err(|e| too_large_or(e.status(), e.body_text()))?;
                if !bytes.iter().all(u8::is_ascii_whitespace) {
                    text = Some(bytes);
                }
            }
            Some("redact") => redact = true,
            Some("tls_keys") => {
                let name = field.file_name().unwrap_or("tls_keys").to_owned();
                let bytes = field.bytes().await.map_err(|e| too_large_or(e.status(), e.body_text()))?;
                if bytes.len() > statusdoc_trace::MAX_KEY_LOG_BYTES {
                    return Err(UploadError::TooLarge);
                }
                // A form sends an empty part for a file field left empty.
                if !bytes.iter().all(u8::is_ascii_whitespace) {
                    tls_keys = Some((name, bytes.to_vec()));
                }
            }
            _ => {}
        }
    }
    match text {
        Some(bytes) if files.is_empty() => files.push(("text".to_owned(), bytes.to_vec())),
        _ if files.is_empty() => return Err(UploadError::Empty),
        _ => {}
    }
    if files.iter().map(|(_, bytes)| bytes.len()).sum::<usize>() > limit {
        return Err(UploadError::TooLarge);
    }
    Ok(Upload { files, redact, tls_keys })
}

fn respond(cached: &Cached, request_headers: &HeaderMap, head: bool) -> Response {
    let reply = &cached.reply;
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let not_modified = status == StatusCode::OK
        && request_headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|tag| tag.trim() == cached.etag || tag.trim() == "*"));
    let encoding = if cached.compressible() { negotiate(request_headers) } else { Encoding::Identity };
    let body: Vec<u8> = if head || not_modified { Vec::new() } else { cached.body(encoding).to_vec() };
    let length = if head { cached.body(encoding).len() } else { body.len() };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = if not_modified { StatusCode::NOT_MODIFIED } else { status };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    if let Ok(v) = HeaderValue::from_str(&cached.etag) {
        h.insert(header::ETAG, v);
    }
    let cache_control = match reply.cache {
        Cache::Page => "public, max-age=3600",
        Cache::Asset => "public, max-age=86400",
        Cache::Short => "public, max-age=60",
        Cache::NoStore => "no-store",
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control));
    let mut vary = vec!["Accept-Encoding"];
    if reply.vary_language || reply.content_type.starts_with("application/json") {
        vary.push("Accept-Language");
    }
    if let Ok(v) = HeaderValue::from_str(&vary.join(", ")) {
        h.insert(header::VARY, v);
    }
    match encoding {
        Encoding::Gzip => {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        Encoding::Brotli => {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        }
        Encoding::Identity => {}
    }
    if head {
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    }
    if let Some(language) = &reply.content_language {
        if let Ok(v) = HeaderValue::from_str(language) {
            h.insert(header::CONTENT_LANGUAGE, v);
        }
    }
    if let Some(location) = &reply.location {
        if let Ok(v) = HeaderValue::from_str(location) {
            h.insert(header::LOCATION, v);
        }
    }
    response
}

/// Serves the site on `addr` until Ctrl-C or SIGTERM; `ready` is told the
/// bound address (useful with port 0).
pub async fn serve(site: Site, addr: SocketAddr, ready: impl FnOnce(SocketAddr)) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    ready(listener.local_addr()?);
    axum::serve(listener, app(site)).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
