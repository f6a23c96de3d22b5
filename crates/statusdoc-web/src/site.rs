//! The site as a pure function: a request path (and query) in, a reply out.
//! Both `serve` and `export` go through [`Site::resolve`], so the exported
//! files are byte-identical to what the server answers.

use askama::Template;
use statusdoc_core::{compare, explain, search, Catalog, Code, Comparison, Explanation, Registry, DEFAULT_LOCALE};

use crate::api;
use crate::pages::*;
use crate::slug::{code_slug, leading_code, split_versus};
use crate::text::Text;

/// Longest path accepted, in bytes.
pub const MAX_PATH_LEN: usize = 512;
/// Longest query string accepted, in bytes.
pub const MAX_QUERY_LEN: usize = 1024;

/// How long clients and caches may keep a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cache {
    /// Pages and API answers: one hour.
    Page,
    /// Static assets: one day.
    Asset,
    /// Not-found and error replies: one minute.
    Short,
    /// Answers about an upload: never stored anywhere.
    NoStore,
}

/// A complete answer to a request, independent of any HTTP library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// For redirects: where to.
    pub location: Option<String>,
    /// Locale of the content, when it has one.
    pub content_language: Option<String>,
    pub cache: Cache,
    /// Whether the body depends on Accept-Language.
    pub vary_language: bool,
}

impl Reply {
    pub(crate) fn html(status: u16, body: String, locale: &str) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8",
            body: body.into_bytes(),
            location: None,
            content_language: Some(locale.to_owned()),
            cache: if status == 200 { Cache::Page } else { Cache::Short },
            vary_language: false,
        }
    }

    pub(crate) fn json(status: u16, body: String, locale: Option<&str>) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: body.into_bytes(),
            location: None,
            content_language: locale.map(str::to_owned),
            cache: if status == 200 { Cache::Page } else { Cache::Short },
            vary_language: false,
        }
    }

    /// 303 See Other: after a form's POST, the page to GET instead.
    pub(crate) fn see_other(location: String) -> Reply {
        Reply { status: 303, cache: Cache::NoStore, ..Reply::redirect(location) }
    }

    fn redirect(location: String) -> Reply {
        Reply {
            status: 308,
            content_type: "text/plain; charset=utf-8",
            body: Vec::new(),
            location: Some(location),
            content_language: None,
            cache: Cache::Page,
            vary_language: false,
        }
    }

    fn asset(content_type: &'static str, body: &str) -> Reply {
        Reply {
            status: 200,
            content_type,
            body: body.as_bytes().to_vec(),
            location: None,
            content_language: None,
            cache: Cache::Asset,
            vary_language: false,
        }
    }

    pub(crate) fn internal() -> Reply {
        Reply {
            status: 500,
            content_type: "text/plain; charset=utf-8",
            body: b"internal error".to_vec(),
            location: None,
            content_language: None,
            cache: Cache::Short,
            vary_language: false,
        }
    }
}

const STYLE: &str = include_str!("../assets/style.css");
const SCRIPT: &str = include_str!("../assets/app.js");
const ICON: &str = include_str!("../assets/icon.svg");

/// The whole website.
pub struct Site {
    catalog: &'static Catalog,
    base_url: String,
    /// Largest capture or log the "Analyze a trace" page accepts, in bytes.
    max_upload: usize,
}

/// Uploads to "Analyze a trace" are refused (413) above this many bytes,
/// unless the site is built with another limit.
pub const DEFAULT_MAX_UPLOAD: usize = 50 * 1024 * 1024;

/// Where a page of one locale lives: `""` for the default, `"/pt-br"` otherwise.
pub fn locale_prefix(locale: &str) -> String {
    if locale == DEFAULT_LOCALE {
        String::new()
    } else {
        format!("/{}", locale.to_ascii_lowercase())
    }
}

/// The kind of page a path names, before rendering.
enum Route {
    Home,
    About,
    Analyze,
    Search,
    Protocol(&'static Registry),
    Class(&'static Registry, u8),
    Picker(&'static Registry),
    Compare(&'static Registry, String),
    Code(&'static Registry, String),
    NotFound,
}

impl Site {
    /// A site whose canonical links start with `base_url` (no trailing slash).
    pub fn new(base_url: &str) -> Result<Site, statusdoc_core::Error> {
        Ok(Site {
            catalog: Catalog::embedded()?,
            base_url: base_url.trim_end_matches('/').to_owned(),
            max_upload: DEFAULT_MAX_UPLOAD,
        })
    }

    /// The same site accepting uploads up to `bytes`.
    pub fn with_max_upload(mut self, bytes: usize) -> Site {
        self.max_upload = bytes;
        self
    }

    /// Largest upload accepted, in bytes.
    pub fn max_upload(&self) -> usize {
        self.max_upload
    }

    pub fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    fn locales(&self) -> Vec<&'static str> {
        self.catalog.prose().locale_ids().collect()
    }

    /// Answers a GET for `path` (with its raw query string). `accept_language`
    /// only adds a discreet link to another language on the home page.
    pub fn resolve(&self, path: &str, query: &str, accept_language: Option<&str>) -> Reply {
        if path.len() > MAX_PATH_LEN || query.len() > MAX_QUERY_LEN {
            return self.not_found_reply(DEFAULT_LOCALE, path, 414);
        }
        if let Some(rest) = path.strip_prefix("/api/") {
            return api::resolve(self, rest, query, accept_language);
        }
        match path {
            "/assets/style.css" => return Reply::asset("text/css; charset=utf-8", STYLE),
            "/assets/report.css" => return Reply::asset("text/css; charset=utf-8", statusdoc_report::REPORT_CSS),
            "/assets/app.js" => return Reply::asset("text/javascript; charset=utf-8", SCRIPT),
            "/assets/icon.svg" | "/favicon.ico" => return Reply::asset("image/svg+xml", ICON),
            "/robots.txt" => return self.robots(),
            "/sitemap.xml" => return self.sitemap(),
            _ => {}
        }
        if let Some(n) =
            path.strip_prefix("/sitemap-").and_then(|p| p.strip_suffix(".xml")).and_then(|n| n.parse().ok())
        {
            if let Some(reply) = self.sitemap_part(n) {
                return reply;
            }
        }
        // A locale prefix, then the page path.
        let (locale, rest) = self.split_locale(path);
        if rest.len() > 1 && rest.ends_with('/') {
            let trimmed = rest.trim_end_matches('/');
            return Reply::redirect(format!("{}{}{}", locale_prefix(locale), trimmed, query_suffix(query)));
        }
        let route = self.route(rest);
        let result = match route {
            Route::Home => self.home(locale, accept_language),
            Route::About => self.about(locale),
            Route::Analyze => self.analyze_form(locale, "", 200),
            Route::Search => self.search_page(locale, &query_param(query, "q").unwrap_or_default()),
            Route::Protocol(registry) => self.protocol_page(locale, registry),
            Route::Class(registry, digit) => self.class_page(locale, registry, digit),
            Route::Picker(registry) => self.picker(locale, registry, query),
            Route::Compare(registry, segment) => self.compare_page(locale, registry, &segment),
            Route::Code(registry, segment) => self.code_page(locale, registry, &segment),
            Route::NotFound => Ok(self.not_found_reply(locale, rest, 404)),
        };
        result.unwrap_or_else(|err| {
            tracing::error!(%path, error = %err, "rendering failed");
            Reply::internal()
        })
    }

    pub(crate) fn split_locale<'p>(&self, path: &'p str) -> (&'static str, &'p str) {
        for locale in self.locales() {
            if locale == DEFAULT_LOCALE {
                continue;
            }
            let prefix = locale_prefix(locale);
            if let Some(rest) = path.strip_prefix(&prefix) {
                if rest.is_empty() {
                    return (locale, "/");
                }
                if rest.starts_with('/') {
                    return (locale, rest);
                }
            }
        }
        (DEFAULT_LOCALE, path)
    }

    fn route(&self, path: &str) -> Route {
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        match segments.as_slice() {
            [""] => Route::Home,
            ["about"] => Route::About,
            ["analyze"] => Route::Analyze,
            ["search"] => Route::Search,
            [protocol, rest @ ..] => {
                let Some(registry) = self.catalog.registries().iter().find(|r| r.id() == *protocol) else {
                    return Route::NotFound;
                };
                match rest {
                    [] => Route::Protocol(registry),
                    ["compare"] => Route::Picker(registry),
                    ["compare", segment] => Route::Compare(registry, (*segment).to_owned()),
                    [segment] => match class_digit(segment) {
                        Some(digit) if registry.classes().iter().any(|c| c.digit == digit) => {
                            Route::Class(registry, digit)
                        }
                        _ => Route::Code(registry, (*segment).to_owned()),
                    },
                    _ => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        }
    }

    // ---------------------------------------------------------------- URLs

    pub fn code_path(&self, locale: &str, registry: &Registry, code: u16) -> String {
        let reason = registry.get(code).map(|f| f.reason.as_str());
        format!("{}/{}/{}", locale_prefix(locale), registry.id(), code_slug(code, reason))
    }

    pub fn compare_path(&self, locale: &str, registry: &Registry, x: u16, y: u16) -> String {
        let (a, b) = if x < y { (x, y) } else { (y, x) };
        let name = |c: u16| code_slug(c, registry.get(c).map(|f| f.reason.as_str()));
        format!("{}/{}/compare/{}-vs-{}", locale_prefix(locale), registry.id(), name(a), name(b))
    }

    fn class_path(&self, locale: &str, registry: &Registry, digit: u8) -> String {
        format!("{}/{}/{digit}xx", locale_prefix(locale), registry.id())
    }

    fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.base_url, if path.is_empty() { "/" } else { path })
    }

    /// The same page in another locale: swap the prefix.
    fn path_in(&self, path_without_locale: &str, locale: &str) -> String {
        let prefix = locale_prefix(locale);
        if path_without_locale == "/" {
            if prefix.is_empty() {
                "/".to_owned()
            } else {
                prefix
            }
        } else {
            format!("{prefix}{path_without_locale}")
        }
    }

    // ---------------------------------------------------------------- layout

    pub(crate) fn layout(
        &self,
        t: &Text,
        page: &str,
        title: String,
        description: String,
        json_ld: serde_json::Value,
        query: &str,
    ) -> Layout {
        let locale = t.locale();
        let prefix = locale_prefix(locale);
        let alternates = self
            .locales()
            .into_iter()
            .map(|l| Alternate { hreflang: l.to_owned(), href: self.absolute(&self.path_in(page, l)) })
            .chain(std::iter::once(Alternate {
                hreflang: "x-default".to_owned(),
                href: self.absolute(&self.path_in(page, DEFAULT_LOCALE)),
            }))
            .collect();
        let languages = self
            .locales()
            .into_iter()
            .map(|l| LanguageLink {
                href: self.path_in(page, l),
                label: Text::new(self.catalog, l).get("locale-name"),
                hreflang: l.to_owned(),
                current: l == locale,
            })
            .collect();
        let sip = self.catalog.registries().first().map(|r| r.id()).unwrap_or("sip");
        Layout {
            lang: locale.to_owned(),
            locale: locale.to_owned(),
            og_locale: locale.replace('-', "_"),
            title,
            description,
            canonical: self.absolute(&self.path_in(page, locale)),
            alternates,
            json_ld: json_for_script(&json_ld),
            home: if prefix.is_empty() { "/".to_owned() } else { prefix.clone() },
            search_action: format!("{prefix}/search"),
            codes_href: format!("{prefix}/{sip}"),
            compare_href: format!("{prefix}/{sip}/compare"),
            about_href: format!("{prefix}/about"),
            analyze_href: format!("{prefix}/analyze"),
            query: query.to_owned(),
            languages,
            suggestion: None,
            skip: t.get("skip-to-content"),
            search_label: t.get("search-label"),
            search_placeholder: t.get("search-placeholder"),
            search_button: t.get("search-button"),
            nav_label: t.get("site-tagline"),
            nav_codes: t.get("nav-codes"),
            nav_compare: t.get("nav-compare"),
            nav_about: t.get("nav-about"),
            nav_analyze: t.get("nav-analyze"),
            language_label: t.get("language-label"),
            footer: t.get("footer-text"),
        }
    }

    pub(crate) fn finish(&self, t: &Text, status: u16, html: Result<String, askama::Error>) -> Result<Reply, String> {
        let html = html.map_err(|e| e.to_string())?;
        let errors = t.take_errors();
        if let Some(first) = errors.first() {
            return Err(first.clone());
        }
        Ok(Reply::html(status, html, t.locale()))
    }

    fn code_link(&self, locale: &str, registry: &Registry, code: u16) -> CodeLink {
        let facts = registry.get(code);
        CodeLink {
            href: self.code_path(locale, registry, code),
            code,
            class_digit: Code::new(code).class_digit(),
            reason: facts.map(|f| f.reason.clone()).unwrap_or_default(),
            summary: self
                .catalog
                .prose()
                .format(locale, &format!("{}-{code}-summary", registry.id()), None)
                .unwrap_or_default(),
        }
    }

    fn class_label(&self, t: &Text, registry: &Registry, digit: u8) -> String {
        format!("{digit}xx {}", t.get(&format!("{}-class-{digit}xx", registry.id())))
    }

    fn groups(&self, t: &Text, registry: &Registry, only: Option<u8>) -> Vec<ClassGroup> {
        registry
            .classes()
            .iter()
            .filter(|c| only.is_none_or(|d| d == c.digit))
            .map(|c| ClassGroup {
                href: self.class_path(t.locale(), registry, c.digit),
                label: self.class_label(t, registry, c.digit),
                codes: registry.by_class(c.digit).map(|f| self.code_link(t.locale(), registry, f.code)).collect(),
            })
            .collect()
    }

    fn picker_data(&self, t: &Text, registry: &Registry, a: u16, b: u16) -> Picker {
        Picker {
            action: format!("{}/{}/compare", locale_prefix(t.locale()), registry.id()),
            first_label: t.get("picker-first"),
            second_label: t.get("picker-second"),
            submit: t.get("picker-submit"),
            options: registry.iter().map(|f| PickerOption { code: f.code, reason: f.reason.clone() }).collect(),
            a,
            b,
        }
    }

    // ---------------------------------------------------------------- pages

    fn home(&self, locale: &str, accept_language: Option<&str>) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let registry = self.catalog.registries().first().ok_or("no protocol")?;
        let json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": "statusdoc",
            "url": self.absolute(&self.path_in("/", locale)),
            "inLanguage": locale,
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}{}/search?q={{query}}", self.base_url, locale_prefix(locale)),
                "query-input": "required name=query"
            }
        });
        let mut layout = self.layout(&t, "/", t.get("home-title"), t.get("home-description"), json_ld, "");
        // A discreet link when the browser prefers another language we have.
        if let Some(preferred) = accept_language.and_then(|h| self.preferred_locale(h)) {
            if preferred != locale {
                let other = Text::new(self.catalog, preferred);
                let label = other.with("language-suggestion", &[("language", other.get("locale-name"))]);
                layout.suggestion = Some(Link { href: self.path_in("/", preferred), label });
            }
        }
        let pairs = registry
            .curated_pairs()
            .iter()
            .map(|&(a, b)| Link {
                href: self.compare_path(locale, registry, a, b),
                label: format!("{a} {} vs {b} {}", reason(registry, a), reason(registry, b)),
            })
            .collect();
        let page = HomePage {
            heading: t.get("home-title"),
            intro: t.get("home-intro"),
            picker_heading: t.get("home-picker"),
            picker: self.picker_data(&t, registry, 486, 600),
            pairs_heading: t.get("home-confused"),
            pairs,
            classes_heading: t.get("home-classes"),
            classes: self.groups(&t, registry, None),
            layout,
        };
        let mut reply = self.finish(&t, 200, page.render())?;
        reply.vary_language = accept_language.is_some();
        Ok(reply)
    }

    /// The first supported locale in an Accept-Language header, by q-value.
    pub fn preferred_locale(&self, header: &str) -> Option<&'static str> {
        let mut choices: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, tag))
            })
            .collect();
        choices.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        choices.into_iter().find_map(|(_, tag)| self.catalog.prose().resolve_locale(tag))
    }

    fn about(&self, locale: &str) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let json_ld = serde_json::json!({"@context": "https://schema.org", "@type": "AboutPage", "name": t.get("about-title"), "inLanguage": locale});
        let layout = self.layout(&t, "/about", t.get("about-title"), t.get("about-description"), json_ld, "");
        let sections = [
            ("about-sources-heading", "about-sources"),
            ("about-method-heading", "about-method"),
            ("about-report-heading", "about-report"),
        ]
        .iter()
        .map(|(h, b)| AboutSection { heading: t.get(h), body: t.get(b) })
        .collect();
        let page = AboutPage { heading: t.get("about-title"), sections, offline: t.get("about-offline"), layout };
        self.finish(&t, 200, page.render())
    }

    fn list_page(
        &self,
        t: &Text,
        page_path: &str,
        heading: String,
        description: String,
        intro: Option<String>,
        classes: Vec<ClassGroup>,
    ) -> Result<Reply, String> {
        let json_ld = serde_json::json!({"@context": "https://schema.org", "@type": "CollectionPage", "name": heading, "inLanguage": t.locale()});
        let layout = self.layout(t, page_path, heading.clone(), description, json_ld, "");
        let page = ListPage {
            heading,
            intro,
            col_code: t.get("code-table-code"),
            col_reason: t.get("code-table-reason"),
            col_summary: t.get("code-table-summary"),
            classes,
            layout,
        };
        self.finish(t, 200, page.render())
    }

    fn protocol_page(&self, locale: &str, registry: &Registry) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let count = registry.iter().count().to_string();
        let heading = t.get("protocol-title");
        let description = t.with("protocol-description", &[("count", count)]);
        let classes = self.groups(&t, registry, None);
        self.list_page(&t, &format!("/{}", registry.id()), heading, description.clone(), Some(description), classes)
    }

    fn class_page(&self, locale: &str, registry: &Registry, digit: u8) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let vars = [("class", format!("{digit}xx")), ("name", t.get(&format!("{}-class-{digit}xx", registry.id())))];
        let heading = t.with("class-title", &vars);
        let description = t.with("class-description", &vars);
        let intro = t.get(&format!("{}-class-{digit}xx-meaning", registry.id()));
        let classes = self.groups(&t, registry, Some(digit));
        self.list_page(&t, &format!("/{}/{digit}xx", registry.id()), heading, description, Some(intro), classes)
    }

    fn picker(&self, locale: &str, registry: &Registry, query: &str) -> Result<Reply, String> {
        let a = query_param(query, "a");
        let b = query_param(query, "b");
        let t = Text::new(self.catalog, locale);
        let mut error = None;
        if let (Some(a), Some(b)) = (&a, &b) {
            match (registry.parse(a), registry.parse(b)) {
                (Ok(x), Ok(y)) if x != y && registry.get(x.get()).is_some() && registry.get(y.get()).is_some() => {
                    return Ok(Reply::redirect(self.compare_path(locale, registry, x.get(), y.get())));
                }
                _ => error = Some(t.get("picker-invalid")),
            }
        }
        let json_ld = serde_json::json!({"@context": "https://schema.org", "@type": "WebPage", "name": t.get("picker-title"), "inLanguage": locale});
        let layout = self.layout(
            &t,
            &format!("/{}/compare", registry.id()),
            t.get("picker-title"),
            t.get("picker-description"),
            json_ld,
            "",
        );
        let parse =
            |v: &Option<String>, default: u16| v.as_deref().and_then(|v| v.trim().parse().ok()).unwrap_or(default);
        let page = PickerPage {
            heading: t.get("picker-title"),
            error,
            picker: self.picker_data(&t, registry, parse(&a, 486), parse(&b, 600)),
            layout,
        };
        let status = if page.error.is_some() { 400 } else { 200 };
        self.finish(&t, status, page.render())
    }

    fn code_page(&self, locale: &str, registry: &Registry, segment: &str) -> Result<Reply, String> {
        let Some(digits) = leading_code(segment) else {
            return Ok(self.not_found_reply(locale, segment, 404));
        };
        let Ok(code) = registry.parse(digits) else {
            return Ok(self.not_found_reply(locale, segment, 404));
        };
        let Some(_) = registry.get(code.get()) else {
            return self.unregistered_page(locale, registry, code);
        };
        let canonical = self.code_path(locale, registry, code.get());
        let expected = canonical.rsplit('/').next().unwrap_or_default();
        if segment != expected {
            return Ok(Reply::redirect(canonical));
        }
        let e = explain(self.catalog, registry, code, locale).map_err(|e| e.to_string())?;
        self.render_code(locale, registry, &e)
    }

    fn render_code(&self, locale: &str, registry: &Registry, e: &Explanation) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let reason = e.reason.clone().unwrap_or_default();
        let page_path = format!("/{}/{}", registry.id(), code_slug(e.code, e.reason.as_deref()));
        let title = t.with("code-title", &[("code", e.code.to_string()), ("reason", reason.clone())]);
        let json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "DefinedTerm",
            "name": format!("{} {}", e.code, reason),
            "description": e.summary,
            "termCode": e.code.to_string(),
            "inLanguage": locale,
            "inDefinedTermSet": self.absolute(&format!("{}/{}", locale_prefix(locale), registry.id())),
        });
        let layout = self.layout(&t, &page_path, title, e.summary.clone(), json_ld, "");
        let mut lists = Vec::new();
        for (heading, items) in
            [("heading-when", &e.when_you_see_it), ("heading-fix", &e.how_to_fix), ("heading-myths", &e.misconceptions)]
        {
            if !items.is_empty() {
                lists.push(ListBlock { heading: t.get(heading), items: items.iter().map(|i| linkify(i)).collect() });
            }
        }
        let cite = |r: &statusdoc_core::ReferenceView| Some(Link { href: r.url.clone(), label: r.citation.clone() });
        let mut facts = vec![FactRow {
            label: t.get("fact-class"),
            value: format!(
                "{} {} · {}",
                e.class,
                e.class_name,
                if e.is_final { t.get("fact-final-response") } else { t.get("fact-provisional") }
            ),
            cite: None,
        }];
        if let Some(note) = &e.status_note {
            facts.push(FactRow { label: t.get("fact-status"), value: note.clone(), cite: None });
        }
        for former in &e.former_reasons {
            facts.push(FactRow {
                label: t.get("fact-former"),
                value: format!("{} ({})", former.reason, former.source),
                cite: None,
            });
        }
        facts.push(FactRow { label: t.get("fact-next"), value: e.next_step.text.clone(), cite: None });
        facts.push(FactRow { label: t.get("fact-scope"), value: e.scope.text.clone(), cite: None });
        let senders: Vec<&str> = e.senders.iter().map(|s| s.text.as_str()).collect();
        facts.push(FactRow { label: t.get("fact-senders"), value: senders.join("; "), cite: None });
        let methods = if e.methods.iter().any(|m| m == "*") { t.get("fact-methods-any") } else { e.methods.join(", ") };
        facts.push(FactRow { label: t.get("fact-methods"), value: methods, cite: None });
        for h in &e.headers {
            facts.push(FactRow {
                label: t.get("fact-headers"),
                value: format!("{}: {}", h.name, h.level_text),
                cite: cite(&h.reference),
            });
        }
        for (label, rule) in
            [("fact-ack", &e.ack), ("fact-early-dialog", &e.early_dialog), ("fact-mid-dialog", &e.mid_dialog)]
        {
            if let Some(rule) = rule {
                facts.push(FactRow { label: t.get(label), value: rule.text.clone(), cite: cite(&rule.reference) });
            }
        }
        for rule in &e.proxy {
            facts.push(FactRow { label: t.get("fact-proxy"), value: rule.text.clone(), cite: cite(&rule.reference) });
        }
        if let Some(q850) = &e.q850 {
            let q_ref = |s: &str| {
                s.parse::<statusdoc_core::Reference>().ok().map(|r| Link { href: r.url(), label: r.to_string() })
            };
            if !q850.from_isup.is_empty() {
                let causes: Vec<String> = q850.from_isup.iter().map(|c| format!("{} {}", c.cause, c.name)).collect();
                facts.push(FactRow {
                    label: t.get("fact-q850-from"),
                    value: causes.join("; "),
                    cite: q_ref("RFC 3398 §7.2.4.1"),
                });
            }
            if let Some(c) = &q850.to_isup {
                facts.push(FactRow {
                    label: t.get("fact-q850-to"),
                    value: format!("{} {}", c.cause, c.name),
                    cite: q_ref("RFC 3398 §8.2.6.1"),
                });
            }
        }
        let compare_with = e
            .related
            .iter()
            .map(|&other| Link {
                href: self.compare_path(locale, registry, e.code, other),
                label: format!("{} vs {} {}", e.code, other, reason_of(registry, other)),
            })
            .collect();
        let page = CodePage {
            class_href: self.class_path(locale, registry, Code::new(e.code).class_digit()),
            class_label: self.class_label(&t, registry, Code::new(e.code).class_digit()),
            class_digit: Code::new(e.code).class_digit(),
            code: e.code,
            reason,
            gloss: e.reason_gloss.clone(),
            summary: e.summary.clone(),
            h_description: t.get("heading-description"),
            description: linkify(&e.description),
            history: e.history.as_deref().map(linkify),
            lists,
            h_facts: t.get("heading-facts"),
            facts,
            h_compare: t.with("code-compare-with", &[("code", e.code.to_string())]),
            compare_with,
            h_related: t.get("heading-related"),
            related: e.related.iter().map(|&c| self.code_link(locale, registry, c)).collect(),
            h_references: t.get("heading-references"),
            references: e
                .references
                .iter()
                .map(|r| Citation { href: r.url.clone(), label: r.citation.clone(), title: r.title.clone() })
                .collect(),
            layout,
        };
        self.finish(&t, 200, page.render())
    }

    fn unregistered_page(&self, locale: &str, registry: &Registry, code: Code) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let e = explain(self.catalog, registry, code, locale).map_err(|e| e.to_string())?;
        let heading = t.with("notfound-unregistered-title", &[("code", code.to_string())]);
        let json_ld = serde_json::json!({"@context": "https://schema.org", "@type": "WebPage", "name": heading});
        let layout =
            self.layout(&t, &format!("/{}/{}", registry.id(), code), heading.clone(), e.summary.clone(), json_ld, "");
        let mut description = linkify(&e.description);
        if let Some(history) = &e.history {
            description = format!("{description} {}", linkify(history));
        }
        let page = NotFoundPage {
            heading,
            intro: String::new(),
            unregistered: Some(Unregistered {
                summary: e.summary.clone(),
                description,
                nearest_heading: t.get("heading-nearest"),
                nearest: e.nearest.iter().map(|&c| self.code_link(locale, registry, c)).collect(),
            }),
            suggestions: Vec::new(),
            codes_href: format!("{}/{}", locale_prefix(locale), registry.id()),
            codes_label: t.get("nav-codes"),
            layout,
        };
        self.finish(&t, 404, page.render())
    }

    fn compare_page(&self, locale: &str, registry: &Registry, segment: &str) -> Result<Reply, String> {
        let not_found = || Ok(self.not_found_reply(locale, segment, 404));
        let Some((x, y)) = split_versus(segment) else { return not_found() };
        let (Ok(x), Ok(y)) = (registry.parse(x), registry.parse(y)) else { return not_found() };
        if x == y || registry.get(x.get()).is_none() || registry.get(y.get()).is_none() {
            return not_found();
        }
        let canonical = self.compare_path(locale, registry, x.get(), y.get());
        if canonical.rsplit('/').next() != Some(segment) {
            return Ok(Reply::redirect(canonical));
        }
        let c = compare(self.catalog, registry, x, y, locale).map_err(|e| e.to_string())?;
        self.render_compare(locale, registry, &c)
    }

    fn render_compare(&self, locale: &str, registry: &Registry, c: &Comparison) -> Result<Reply, String> {
        let t = Text::new(self.catalog, locale);
        let (ra, rb) = (c.a.reason.clone().unwrap_or_default(), c.b.reason.clone().unwrap_or_default());
        let vars = [
            ("a", c.a.code.to_string()),
            ("b", c.b.code.to_string()),
            ("a-reason", ra.clone()),
            ("b-reason", rb.clone()),
        ];
        let title = t.with("compare-title", &vars);
        let description = t.with("compare-description", &vars);
        let page_path = format!(
            "/{}/compare/{}-vs-{}",
            registry.id(),
            code_slug(c.a.code, c.a.reason.as_deref()),
            code_slug(c.b.code, c.b.reason.as_deref())
        );
        let json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": title,
            "description": c.summary,
            "inLanguage": locale,
            "about": [format!("{} {}", c.a.code, ra), format!("{} {}", c.b.code, rb)],
        });
        let layout = self.layout(&t, &page_path, title, description, json_ld, "");
        let side = |e: &Explanation| Side {
            href: self.code_path(locale, registry, e.code),
            code: e.code,
            class_digit: Code::new(e.code).class_digit(),
            reason: e.reason.clone().unwrap_or_default(),
            gloss: e.reason_gloss.clone(),
            class_label: format!("{} {}", e.class, e.class_name),
            summary: e.summary.clone(),
            open_label: t.with("code-open-full", &[("code", e.code.to_string())]),
        };
        let view = |d: &statusdoc_core::Difference| DifferenceView {
            aspect: d.aspect_name.clone(),
            text: linkify(&d.text),
            cites: d.references.iter().map(|r| Link { href: r.url.clone(), label: r.citation.clone() }).collect(),
        };
        let mut heading_vars = vars.to_vec();
        heading_vars[0].1 = format!("{} {ra}", c.a.code);
        heading_vars[1].1 = format!("{} {rb}", c.b.code);
        let also = c
            .also_compare
            .iter()
            .map(|&other| {
                // Pair the suggestion with the side that lists it as related.
                let with = if registry.get(c.a.code).is_some_and(|f| f.related.contains(&other)) {
                    c.a.code
                } else {
                    c.b.code
                };
                Link {
                    href: self.compare_path(locale, registry, with, other),
                    label: format!(
                        "{} vs {} {}",
                        with.min(other),
                        with.max(other),
                        reason_of(registry, with.max(other))
                    ),
                }
            })
            .collect();
        let page = ComparePage {
            heading: t.with("heading-compare", &heading_vars),
            summary: linkify(&c.summary),
            curated: c.curated,
            curated_label: t.get("label-curated"),
            sides: vec![side(&c.a), side(&c.b)],
            h_differences: t.get("heading-differences"),
            differences: c.differences.iter().map(view).collect(),
            h_common: t.get("heading-in-common"),
            in_common: c.in_common.iter().map(view).collect(),
            h_which: t.get("heading-which"),
            which: c.which_applies.as_deref().map(linkify),
            h_also: t.get("heading-also-compare"),
            also,
            layout,
        };
        self.finish(&t, 200, page.render())
    }

    fn search_page(&self, locale: &str, query: &str) -> Result<Reply, String> {
        // A registered code, or its status line as a trace shows it: its page.
        if let Ok((registry, code)) = self.catalog.read_code(query, None) {
            if registry.get(code.get()).is_some() {
                return Ok(Reply::see_other(self.code_path(locale, registry, code.get())));
            }
        }
        let t = Text::new(self.catalog, locale);
        let trimmed = query.trim();
        let (heading, message, hits) = if trimmed.is_empty() {
            (t.get("search-title-empty"), Some(t.get("search-prompt")), Vec::new())
        } else {
            let results = search(self.catalog, trimmed, locale).map_err(|e| e.to_string())?;
            let hits: Vec<CodeLink> = results
                .hits
                .iter()
                .filter_map(|h| {
                    let registry = self.catalog.registry(&h.protocol).ok()?;
                    Some(self.code_link(locale, registry, h.code))
                })
                .collect();
            let count = hits.len();
            let message = if count == 0 {
                t.with("search-no-hits", &[("query", trimmed.to_owned())])
            } else {
                let mut args = statusdoc_core::FluentArgs::new();
                args.set("count", count);
                self.catalog.prose().format(locale, "search-hit-count", Some(&args)).map_err(|e| e.to_string())?
            };
            (t.with("search-title", &[("query", trimmed.to_owned())]), Some(message), hits)
        };
        let json_ld =
            serde_json::json!({"@context": "https://schema.org", "@type": "SearchResultsPage", "inLanguage": locale});
        let layout = self.layout(&t, "/search", heading.clone(), t.get("search-description"), json_ld, trimmed);
        let page = SearchPage { heading, message, hits, layout };
        self.finish(&t, 200, page.render())
    }

    /// A 404 page that helps: suggestions from the words of the path.
    pub fn not_found_reply(&self, locale: &str, path: &str, status: u16) -> Reply {
        let t = Text::new(self.catalog, locale);
        let words: String = path
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
            .collect::<String>()
            .split_whitespace()
            .filter(|w| !matches!(*w, "sip" | "compare" | "vs" | "api" | "v1"))
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        let suggestions = if words.is_empty() {
            Vec::new()
        } else {
            // Any single word may match; show the best few codes.
            let mut found: Vec<(u32, String, u16)> = Vec::new();
            for word in words.split_whitespace() {
                if let Ok(results) = search(self.catalog, word, locale) {
                    for hit in results.hits.into_iter().take(3) {
                        if !found.iter().any(|(_, p, c)| *p == hit.protocol && *c == hit.code) {
                            found.push((hit.score, hit.protocol, hit.code));
                        }
                    }
                }
            }
            found.sort_by_key(|entry| std::cmp::Reverse(entry.0));
            found
                .into_iter()
                .take(6)
                .filter_map(|(_, p, c)| Some(self.code_link(locale, self.catalog.registry(&p).ok()?, c)))
                .collect()
        };
        let json_ld =
            serde_json::json!({"@context": "https://schema.org", "@type": "WebPage", "name": t.get("notfound-title")});
        let sip = self.catalog.registries().first().map(|r| r.id()).unwrap_or("sip");
        let layout = self.layout(&t, "/", t.get("notfound-title"), t.get("notfound-description"), json_ld, &words);
        let page = NotFoundPage {
            heading: if status == 414 { t.get("http-error-too-long") } else { t.get("notfound-title") },
            intro: t.get("notfound-intro"),
            unregistered: None,
            suggestions,
            codes_href: format!("{}/{sip}", locale_prefix(locale)),
            codes_label: t.get("nav-codes"),
            layout,
        };
        match page.render() {
            Ok(html) => Reply::html(status, html, locale),
            Err(_) => Reply::internal(),
        }
    }

    // ---------------------------------------------------------------- robots, sitemap

    fn robots(&self) -> Reply {
        let body = format!("User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n", self.base_url);
        Reply {
            content_type: "text/plain; charset=utf-8",
            cache: Cache::Page,
            ..Reply::asset("text/plain; charset=utf-8", "")
        }
        .with_body(body)
    }

    /// Every page path of one locale, without the locale prefix.
    pub fn page_paths(&self) -> Vec<String> {
        let mut paths = vec!["/".to_owned(), "/about".to_owned(), "/analyze".to_owned(), "/search".to_owned()];
        for registry in self.catalog.registries() {
            paths.push(format!("/{}", registry.id()));
            paths.push(format!("/{}/compare", registry.id()));
            for class in registry.classes() {
                paths.push(format!("/{}/{}xx", registry.id(), class.digit));
            }
            let codes: Vec<u16> = registry.iter().map(|f| f.code).collect();
            for &code in &codes {
                paths.push(format!(
                    "/{}/{}",
                    registry.id(),
                    code_slug(code, registry.get(code).map(|f| f.reason.as_str()))
                ));
            }
            for (i, &a) in codes.iter().enumerate() {
                for &b in &codes[i + 1..] {
                    paths.push(self.compare_path(DEFAULT_LOCALE, registry, a, b));
                }
            }
        }
        paths
    }

    /// Every page of every locale, with the locale prefix.
    pub fn all_page_paths(&self) -> Vec<String> {
        let base = self.page_paths();
        self.locales().into_iter().flat_map(|l| base.iter().map(move |p| self.path_in(p, l))).collect()
    }

    /// Every sitemap entry: each page in each locale, with its alternates.
    fn sitemap_entries(&self) -> Vec<String> {
        let locales = self.locales();
        let mut entries = Vec::new();
        for path in self.page_paths().iter().filter(|p| p.as_str() != "/search") {
            for locale in &locales {
                let mut entry = format!("<url><loc>{}</loc>", escape(&self.absolute(&self.path_in(path, locale))));
                for other in &locales {
                    entry.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>",
                        escape(&self.absolute(&self.path_in(path, other)))
                    ));
                }
                entry.push_str("</url>\n");
                entries.push(entry);
            }
        }
        entries
    }

    /// `/sitemap.xml`: the URL set, or an index of `/sitemap-N.xml` files once
    /// the site passes the protocol's limit of URLs per file.
    fn sitemap(&self) -> Reply {
        let xml = sitemap_document(&self.base_url, &self.sitemap_entries(), SITEMAP_LIMIT, None);
        Reply::asset("application/xml; charset=utf-8", "").with_body(xml).with_cache(Cache::Page)
    }

    /// `/sitemap-N.xml`, one part of a split sitemap.
    fn sitemap_part(&self, part: usize) -> Option<Reply> {
        let entries = self.sitemap_entries();
        (entries.len() > SITEMAP_LIMIT && part < entries.len().div_ceil(SITEMAP_LIMIT)).then(|| {
            let xml = sitemap_document(&self.base_url, &entries, SITEMAP_LIMIT, Some(part));
            Reply::asset("application/xml; charset=utf-8", "").with_body(xml).with_cache(Cache::Page)
        })
    }

    /// The sitemap paths that exist (`/sitemap.xml`, and its parts when split).
    pub fn sitemap_paths(&self) -> Vec<String> {
        let count = self.sitemap_entries().len();
        let mut paths = vec!["/sitemap.xml".to_owned()];
        if count > SITEMAP_LIMIT {
            paths.extend((0..count.div_ceil(SITEMAP_LIMIT)).map(|n| format!("/sitemap-{n}.xml")));
        }
        paths
    }
}

/// URLs per sitemap file (sitemaps.org).
pub const SITEMAP_LIMIT: usize = 50_000;

/// A sitemap: the whole URL set, an index of parts (when `entries` passes
/// `limit` and `part` is `None`), or one part.
pub fn sitemap_document(base_url: &str, entries: &[String], limit: usize, part: Option<usize>) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let urlset = |xml: &mut String, slice: &[String]| {
        xml.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for entry in slice {
            xml.push_str(entry);
        }
        xml.push_str("</urlset>\n");
    };
    match part {
        Some(n) => urlset(&mut xml, entries.chunks(limit.max(1)).nth(n).unwrap_or_default()),
        None if entries.len() > limit => {
            xml.push_str("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for n in 0..entries.len().div_ceil(limit.max(1)) {
                xml.push_str(&format!("<sitemap><loc>{base_url}/sitemap-{n}.xml</loc></sitemap>\n"));
            }
            xml.push_str("</sitemapindex>\n");
        }
        None => urlset(&mut xml, entries),
    }
    xml
}

impl Reply {
    fn with_body(mut self, body: String) -> Reply {
        self.body = body.into_bytes();
        self
    }

    pub(crate) fn with_cache(mut self, cache: Cache) -> Reply {
        self.cache = cache;
        self
    }
}

fn reason(registry: &Registry, code: u16) -> String {
    reason_of(registry, code)
}

fn reason_of(registry: &Registry, code: u16) -> String {
    registry.get(code).map(|f| f.reason.clone()).unwrap_or_default()
}

fn class_digit(segment: &str) -> Option<u8> {
    let digit = segment.strip_suffix("xx")?;
    (digit.len() == 1).then(|| digit.parse().ok()).flatten()
}

fn query_suffix(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

/// The decoded value of one query parameter.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(key) == name).then(|| percent_decode(value))
    })
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// JSON for a `<script type="application/ld+json">` element: `<` escaped so
/// no value can close the element.
fn json_for_script(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sitemaps_split_into_an_index_past_the_limit() {
        let entries: Vec<String> = (0..5).map(|i| format!("<url><loc>https://x/{i}</loc></url>\n")).collect();
        let whole = sitemap_document("https://x", &entries, 10, None);
        assert!(whole.contains("<urlset") && whole.matches("<url>").count() == 5);
        let index = sitemap_document("https://x", &entries, 2, None);
        assert!(index.contains("<sitemapindex"));
        assert_eq!(index.matches("<sitemap>").count(), 3);
        assert!(index.contains("https://x/sitemap-2.xml"));
        let last = sitemap_document("https://x", &entries, 2, Some(2));
        assert_eq!(last.matches("<url>").count(), 1);
        assert!(last.contains("https://x/4"));
    }
}
