//! Page templates (askama) and the view data they are filled with.

use askama::Template;

/// A plain link.
pub struct Link {
    pub href: String,
    pub label: String,
}

/// An hreflang alternate.
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// An entry of the language switcher.
pub struct LanguageLink {
    pub href: String,
    pub label: String,
    pub hreflang: String,
    pub current: bool,
}

/// A code in a list.
pub struct CodeLink {
    pub href: String,
    pub code: u16,
    pub class_digit: u8,
    pub reason: String,
    pub summary: String,
}

/// A group of codes.
pub struct ClassGroup {
    pub href: String,
    pub label: String,
    pub codes: Vec<CodeLink>,
}

/// What every page shares: head, header, footer.
pub struct Layout {
    pub lang: String,
    pub locale: String,
    pub og_locale: String,
    pub title: String,
    pub description: String,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    pub json_ld: String,
    pub home: String,
    pub search_action: String,
    pub codes_href: String,
    pub compare_href: String,
    pub about_href: String,
    pub analyze_href: String,
    pub query: String,
    pub languages: Vec<LanguageLink>,
    pub suggestion: Option<Link>,
    pub skip: String,
    pub search_label: String,
    pub search_placeholder: String,
    pub search_button: String,
    pub nav_label: String,
    pub nav_codes: String,
    pub nav_compare: String,
    pub nav_about: String,
    pub nav_analyze: String,
    pub language_label: String,
    pub footer: String,
}

pub struct PickerOption {
    pub code: u16,
    pub reason: String,
}

pub struct Picker {
    pub action: String,
    pub first_label: String,
    pub second_label: String,
    pub submit: String,
    pub options: Vec<PickerOption>,
    pub a: u16,
    pub b: u16,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub layout: Layout,
    pub heading: String,
    pub intro: String,
    pub picker_heading: String,
    pub picker: Picker,
    pub pairs_heading: String,
    pub pairs: Vec<Link>,
    pub classes_heading: String,
    pub classes: Vec<ClassGroup>,
}

#[derive(Template)]
#[template(path = "picker.html")]
pub struct PickerPage {
    pub layout: Layout,
    pub heading: String,
    pub error: Option<String>,
    pub picker: Picker,
}

#[derive(Template)]
#[template(path = "list.html")]
pub struct ListPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: Option<String>,
    pub col_code: String,
    pub col_reason: String,
    pub col_summary: String,
    pub classes: Vec<ClassGroup>,
}

pub struct FactRow {
    pub label: String,
    pub value: String,
    pub cite: Option<Link>,
}

pub struct ListBlock {
    pub heading: String,
    pub items: Vec<String>,
}

pub struct Citation {
    pub href: String,
    pub label: String,
    pub title: String,
}

#[derive(Template)]
#[template(path = "code.html")]
pub struct CodePage {
    pub layout: Layout,
    pub class_href: String,
    pub class_label: String,
    pub class_digit: u8,
    pub code: u16,
    pub reason: String,
    pub gloss: Option<String>,
    pub summary: String,
    pub h_description: String,
    pub description: String,
    pub history: Option<String>,
    pub lists: Vec<ListBlock>,
    pub h_facts: String,
    pub facts: Vec<FactRow>,
    pub h_compare: String,
    pub compare_with: Vec<Link>,
    pub h_related: String,
    pub related: Vec<CodeLink>,
    pub h_references: String,
    pub references: Vec<Citation>,
}

pub struct Side {
    pub href: String,
    pub code: u16,
    pub class_digit: u8,
    pub reason: String,
    pub gloss: Option<String>,
    pub class_label: String,
    pub summary: String,
    pub open_label: String,
}

pub struct DifferenceView {
    pub aspect: String,
    pub text: String,
    pub cites: Vec<Link>,
}

#[derive(Template)]
#[template(path = "compare.html")]
pub struct ComparePage {
    pub layout: Layout,
    pub heading: String,
    pub summary: String,
    pub curated: bool,
    pub curated_label: String,
    pub sides: Vec<Side>,
    pub h_differences: String,
    pub differences: Vec<DifferenceView>,
    pub h_common: String,
    pub in_common: Vec<DifferenceView>,
    pub h_which: String,
    pub which: Option<String>,
    pub h_also: String,
    pub also: Vec<Link>,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub layout: Layout,
    pub heading: String,
    pub message: Option<String>,
    pub hits: Vec<CodeLink>,
}

pub struct AboutSection {
    pub heading: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub layout: Layout,
    pub heading: String,
    pub sections: Vec<AboutSection>,
    pub offline: String,
}

pub struct Unregistered {
    pub summary: String,
    pub description: String,
    pub nearest_heading: String,
    pub nearest: Vec<CodeLink>,
}

#[derive(Template)]
#[template(path = "notfound.html")]
pub struct NotFoundPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: String,
    pub unregistered: Option<Unregistered>,
    pub suggestions: Vec<CodeLink>,
    pub codes_href: String,
    pub codes_label: String,
}

/// Escapes text for HTML and turns every RFC citation into a link to it.
pub fn linkify(text: &str) -> String {
    let escaped = escape(text);
    let mut out = String::with_capacity(escaped.len() + 64);
    let mut rest = escaped.as_str();
    while let Some(at) = rest.find("RFC ") {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        let found = statusdoc_core::Reference::find_all(candidate).into_iter().next();
        match found {
            Some(reference) if candidate.starts_with(&reference.to_string()) => {
                let shown = reference.to_string();
                out.push_str(&format!(
                    "<a class=\"cite\" href=\"{}\">{}</a>",
                    escape(&reference.url()),
                    escape(&shown)
                ));
                rest = &candidate[shown.len()..];
            }
            _ => {
                out.push_str("RFC ");
                rest = &candidate[4..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Minimal HTML escaping for text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linkify_escapes_and_links() {
        let html = linkify("a <b> (RFC 3261 §21.4.24) & RFC 5079.");
        assert!(html.contains("&lt;b&gt;"));
        assert!(html.contains(
            "<a class=\"cite\" href=\"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24\">RFC 3261 §21.4.24</a>"
        ));
        assert!(html.contains("rfc5079\">RFC 5079</a>."));
        assert!(html.contains("&amp;"));
    }
}

#[derive(Template)]
#[template(path = "analyze.html")]
pub struct AnalyzePage {
    pub layout: Layout,
    pub heading: String,
    pub lead: String,
    pub error: String,
    pub action: String,
    pub file_label: String,
    pub text_label: String,
    pub text_placeholder: String,
    pub redact_label: String,
    pub keys_label: String,
    pub submit: String,
    pub privacy: String,
    pub cli_hint: String,
}

#[derive(Template)]
#[template(path = "analysis.html")]
pub struct AnalysisPage {
    pub layout: Layout,
    pub again_href: String,
    pub again: String,
    /// The report, already escaped by its own template.
    pub report: String,
}
