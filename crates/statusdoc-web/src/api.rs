//! The JSON API: the same objects as the CLI's `--format json`.

use serde::Serialize;
use statusdoc_core::{compare, explain, search, Error, Registry, DEFAULT_LOCALE};

use crate::site::{query_param, Reply, Site};
use crate::text::Text;

#[derive(Serialize)]
struct ApiError {
    error: String,
    status: u16,
}

fn error(site: &Site, locale: &str, status: u16, id: &str, vars: &[(&str, String)]) -> Reply {
    let text = Text::new(site.catalog(), locale).with(id, vars);
    let body = serde_json::to_string(&ApiError { error: text, status }).unwrap_or_default();
    Reply::json(status, body, Some(locale))
}

fn ok<T: Serialize>(value: &T, locale: Option<&str>) -> Reply {
    match serde_json::to_string(value) {
        Ok(body) => Reply::json(200, body, locale),
        Err(_) => Reply::json(500, "{\"error\":\"internal error\",\"status\":500}".to_owned(), None),
    }
}

/// `?lang=`, else Accept-Language, else English. An unknown `lang` is an error.
fn pick_locale(site: &Site, query: &str, accept_language: Option<&str>) -> Result<&'static str, String> {
    if let Some(lang) = query_param(query, "lang") {
        return site.catalog().prose().resolve_locale(&lang).ok_or(lang);
    }
    Ok(accept_language.and_then(|h| site.preferred_locale(h)).unwrap_or(DEFAULT_LOCALE))
}

fn user_error(site: &Site, locale: &str, err: &Error, input: &str) -> Reply {
    match err {
        Error::SameCode { code } => error(site, locale, 400, "api-error-same-code", &[("code", code.to_string())]),
        Error::EmptySearch => error(site, locale, 400, "api-error-empty-search", &[]),
        _ => error(site, locale, 400, "api-error-bad-code", &[("input", input.to_owned())]),
    }
}

/// A code from a path segment: 400 for malformed input.
fn code_of(site: &Site, registry: &Registry, locale: &str, input: &str) -> Result<statusdoc_core::Code, Reply> {
    registry.parse(input).map_err(|err| user_error(site, locale, &err, input))
}

/// One entry of `GET /api/v1/<protocol>/codes`.
#[derive(Serialize)]
struct CodeEntry {
    protocol: String,
    code: u16,
    reason: String,
    class: String,
    #[serde(rename = "final")]
    is_final: bool,
    status: String,
    summary: String,
    url: String,
}

pub fn resolve(site: &Site, rest: &str, query: &str, accept_language: Option<&str>) -> Reply {
    if rest == "openapi.json" {
        return ok(&openapi(site), None);
    }
    let locale = match pick_locale(site, query, accept_language) {
        Ok(locale) => locale,
        Err(input) => return error(site, DEFAULT_LOCALE, 400, "api-error-unknown-locale", &[("input", input)]),
    };
    let segments: Vec<&str> = rest.split('/').collect();
    let not_found = || error(site, locale, 404, "api-error-not-found", &[("path", format!("/api/{rest}"))]);
    let result = match segments.as_slice() {
        ["v1", "search"] => {
            let q = query_param(query, "q").unwrap_or_default();
            match search(site.catalog(), &q, locale) {
                Ok(results) => ok(&results, Some(locale)),
                Err(err) if err.is_user_error() => user_error(site, locale, &err, &q),
                Err(_) => Reply::json(500, "{\"error\":\"internal error\",\"status\":500}".to_owned(), None),
            }
        }
        ["v1", protocol, tail @ ..] => {
            let Ok(registry) = site.catalog().registry(protocol) else { return not_found() };
            if registry.id() != *protocol {
                return not_found();
            }
            match tail {
                ["codes"] => {
                    let entries: Vec<CodeEntry> = registry
                        .iter()
                        .map(|f| CodeEntry {
                            protocol: registry.id().to_owned(),
                            code: f.code,
                            reason: f.reason.clone(),
                            class: f.code().class_label(),
                            is_final: registry.is_final(f.code()),
                            status: f.status.id().to_owned(),
                            summary: Text::new(site.catalog(), locale).get(&format!(
                                "{}-{}-summary",
                                registry.id(),
                                f.code
                            )),
                            url: format!("{}{}", site.base_url(), site.code_path(locale, registry, f.code)),
                        })
                        .collect();
                    ok(&entries, Some(locale))
                }
                ["codes", code] => match code_of(site, registry, locale, code) {
                    Ok(code) => match explain(site.catalog(), registry, code, locale) {
                        Ok(e) => ok(&e, Some(locale)),
                        Err(_) => Reply::json(500, "{\"error\":\"internal error\",\"status\":500}".to_owned(), None),
                    },
                    Err(reply) => reply,
                },
                ["compare", a, b] => {
                    let codes =
                        code_of(site, registry, locale, a).and_then(|a| Ok((a, code_of(site, registry, locale, b)?)));
                    match codes {
                        Ok((x, y)) => match compare(site.catalog(), registry, x, y, locale) {
                            Ok(c) => ok(&c, Some(locale)),
                            Err(err) if err.is_user_error() => user_error(site, locale, &err, a),
                            Err(_) => {
                                Reply::json(500, "{\"error\":\"internal error\",\"status\":500}".to_owned(), None)
                            }
                        },
                        Err(reply) => reply,
                    }
                }
                _ => not_found(),
            }
        }
        _ => not_found(),
    };
    result
}

/// The OpenAPI 3.1 document, built from the same route table `resolve` serves.
pub fn openapi(site: &Site) -> serde_json::Value {
    use serde_json::json;
    let locales: Vec<&str> = site.catalog().prose().locale_ids().collect();
    let lang = json!({"name": "lang", "in": "query", "required": false, "schema": {"type": "string", "enum": locales},
        "description": "Language of the text; default from Accept-Language, else en. The Content-Language header says which was used."});
    let error = json!({"description": "Bad input or unknown resource", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    let mut paths = serde_json::Map::new();
    for registry in site.catalog().registries() {
        let p = registry.id();
        let (min, max) = registry.bounds();
        let code_param = |name: &str| json!({"name": name, "in": "path", "required": true, "schema": {"type": "integer", "minimum": min, "maximum": max}});
        paths.insert(format!("/api/v1/{p}/codes"), json!({"get": {
            "summary": format!("Every registered {p} code"), "parameters": [lang],
            "responses": {"200": {"description": "The codes", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/CodeEntry"}}}}}}}}));
        paths.insert(format!("/api/v1/{p}/codes/{{code}}"), json!({"get": {
            "summary": format!("Explain one {p} code (unregistered codes by class)"), "parameters": [code_param("code"), lang],
            "responses": {"200": {"description": "The explanation", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Explanation"}}}}, "400": error}}}));
        paths.insert(format!("/api/v1/{p}/compare/{{a}}/{{b}}"), json!({"get": {
            "summary": format!("Compare two {p} codes; the lower is always a"), "parameters": [code_param("a"), code_param("b"), lang],
            "responses": {"200": {"description": "The comparison", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Comparison"}}}}, "400": error}}}));
    }
    paths.insert("/api/v1/search".to_owned(), json!({"get": {
        "summary": "Search codes by number, words or header name",
        "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": statusdoc_core::MAX_QUERY_LEN}}, lang],
        "responses": {"200": {"description": "Hits, best first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}}, "400": error}}}));
    let reference = json!({"type": "object", "required": ["rfc", "section", "title", "url", "citation"], "properties": {
        "rfc": {"type": "integer"}, "section": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}, "citation": {"type": "string"}}});
    let labelled = json!({"type": "object", "required": ["kind", "text"], "properties": {"kind": {"type": "string"}, "text": {"type": "string"}}});
    let rule = json!({"type": "object", "required": ["kind", "text", "reference"], "properties": {"kind": {"type": "string"}, "text": {"type": "string"}, "reference": {"$ref": "#/components/schemas/Reference"}}});
    let strings = json!({"type": "array", "items": {"type": "string"}});
    let numbers = json!({"type": "array", "items": {"type": "integer"}});
    let explanation = json!({"type": "object",
    "required": ["protocol", "locale", "code", "reason", "class", "class_name", "registered", "final", "status", "summary", "description", "when_you_see_it", "how_to_fix", "misconceptions", "next_step", "scope", "senders", "methods", "headers", "proxy", "references", "related", "nearest"],
    "properties": {
        "protocol": {"type": "string"}, "locale": {"type": "string"}, "code": {"type": "integer"},
        "reason": {"type": ["string", "null"]}, "class": {"type": "string"}, "class_name": {"type": "string"},
        "registered": {"type": "boolean"}, "final": {"type": "boolean"},
        "status": {"type": "string", "enum": ["current", "deprecated", "reserved", "unregistered"]},
        "status_note": {"type": ["string", "null"]},
        "former_reasons": {"type": "array", "items": {"type": "object", "properties": {"reason": {"type": "string"}, "source": {"type": "string"}}}},
        "summary": {"type": "string"}, "description": {"type": "string"},
        "when_you_see_it": strings, "how_to_fix": strings, "misconceptions": strings,
        "next_step": labelled, "scope": labelled, "senders": {"type": "array", "items": labelled},
        "methods": strings,
        "headers": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "level": {"type": "string"}, "level_text": {"type": "string"}, "reference": {"$ref": "#/components/schemas/Reference"}}}},
        "ack": {"oneOf": [rule, {"type": "null"}]}, "early_dialog": {"oneOf": [rule, {"type": "null"}]}, "mid_dialog": {"oneOf": [rule, {"type": "null"}]},
        "proxy": {"type": "array", "items": rule},
        "q850": {"type": ["object", "null"]},
        "references": {"type": "array", "items": {"$ref": "#/components/schemas/Reference"}},
        "related": numbers, "nearest": numbers, "history": {"type": ["string", "null"]}
    }});
    let difference = json!({"type": "object", "required": ["aspect", "aspect_name", "text", "references"], "properties": {
        "aspect": {"type": "string"}, "aspect_name": {"type": "string"}, "text": {"type": "string"},
        "references": {"type": "array", "items": {"$ref": "#/components/schemas/Reference"}}}});
    json!({
        "openapi": "3.1.0",
        "info": {"title": "statusdoc API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Protocol status codes explained and compared, with RFC references. Read-only; CORS open for GET."},
        "servers": [{"url": site.base_url()}],
        "paths": paths,
        "components": {"schemas": {
            "Reference": reference,
            "Explanation": explanation,
            "Difference": difference,
            "Comparison": {"type": "object", "required": ["protocol", "locale", "a", "b", "summary", "curated", "differences", "in_common", "alternatives", "which_applies", "also_compare"], "properties": {
                "protocol": {"type": "string"}, "locale": {"type": "string"},
                "a": {"$ref": "#/components/schemas/Explanation"}, "b": {"$ref": "#/components/schemas/Explanation"},
                "summary": {"type": "string"}, "curated": {"type": "boolean"},
                "differences": {"type": "array", "items": {"$ref": "#/components/schemas/Difference"}},
                "in_common": {"type": "array", "items": {"$ref": "#/components/schemas/Difference"}},
                "alternatives": {"type": "boolean"}, "which_applies": {"type": ["string", "null"]}, "also_compare": numbers}},
            "SearchResults": {"type": "object", "required": ["query", "locale", "hits"], "properties": {
                "query": {"type": "string"}, "locale": {"type": "string"},
                "hits": {"type": "array", "items": {"type": "object", "properties": {"protocol": {"type": "string"}, "code": {"type": "integer"}, "reason": {"type": "string"}, "summary": {"type": "string"}, "score": {"type": "integer"}}}}}},
            "CodeEntry": {"type": "object", "properties": {"protocol": {"type": "string"}, "code": {"type": "integer"}, "reason": {"type": "string"}, "class": {"type": "string"}, "final": {"type": "boolean"}, "status": {"type": "string"}, "summary": {"type": "string"}, "url": {"type": "string"}}},
            "Error": {"type": "object", "required": ["error", "status"], "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}}
        }}
    })
}
