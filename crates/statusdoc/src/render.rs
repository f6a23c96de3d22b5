//! Text and Markdown layouts of the core's answers. JSON needs no layout:
//! it is the serde form of the same objects.

use std::io::{self, Write};

use serde::Serialize;
use statusdoc_core::{Catalog, Comparison, Error, Explanation, FluentArgs, Registry, SearchResults};

/// The output format asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    /// A Mermaid sequence diagram (analyze only).
    Mermaid,
}

impl Format {
    pub fn parse(text: &str) -> Format {
        match text {
            "json" => Format::Json,
            "markdown" => Format::Markdown,
            "mermaid" => Format::Mermaid,
            _ => Format::Text,
        }
    }
}

/// Terminal capabilities: colour and width.
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// Colour only on a terminal and only without `NO_COLOR`; width from the
    /// terminal, else `COLUMNS`, else 80.
    pub fn detect(is_terminal: bool) -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let width = terminal_size::terminal_size()
            .filter(|_| is_terminal)
            .map(|(w, _)| usize::from(w.0))
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
            .unwrap_or(80)
            .clamp(40, 160);
        Style { color: is_terminal && !no_color, width }
    }

    fn paint(&self, sgr: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn heading(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn code(&self, code: u16, text: &str) -> String {
        let sgr = match code / 100 {
            1 => "1;36",
            2 => "1;32",
            3 => "1;34",
            4 => "1;33",
            5 => "1;35",
            _ => "1;31",
        };
        self.paint(sgr, text)
    }

    /// Wraps to the width, never inside a URL or a citation ("RFC 3261 §8.1").
    pub fn wrap(&self, text: &str, indent: &str, first: &str) -> String {
        const KEEP: char = '\u{a0}';
        let glued = text.replace("RFC ", &format!("RFC{KEEP}")).replace(" §", &format!("{KEEP}§"));
        let options = textwrap::Options::new(self.width)
            .initial_indent(first)
            .subsequent_indent(indent)
            .break_words(false)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(&glued, options).replace(KEEP, " ")
    }
}

/// One line of `statusdoc list`.
#[derive(Debug, Serialize)]
pub struct ListEntry {
    pub protocol: String,
    pub code: u16,
    pub reason: String,
    pub class: String,
    #[serde(rename = "final")]
    pub is_final: bool,
    pub status: String,
    pub summary: String,
}

/// Every registered code of the registries, optionally of one class.
pub fn list(
    catalog: &Catalog,
    registries: &[&Registry],
    class: Option<u8>,
    locale: &str,
) -> Result<Vec<ListEntry>, Error> {
    let mut entries = Vec::new();
    for registry in registries {
        for facts in registry.iter().filter(|f| class.is_none_or(|c| f.code().class_digit() == c)) {
            let summary = catalog.prose().format(locale, &format!("{}-{}-summary", registry.id(), facts.code), None)?;
            entries.push(ListEntry {
                protocol: registry.id().to_owned(),
                code: facts.code,
                reason: facts.reason.clone(),
                class: facts.code().class_label(),
                is_final: registry.is_final(facts.code()),
                status: facts.status.id().to_owned(),
                summary,
            });
        }
    }
    Ok(entries)
}

pub struct Renderer<'a> {
    pub catalog: &'a Catalog,
    pub locale: &'a str,
    pub style: &'a Style,
}

impl Renderer<'_> {
    fn t(&self, id: &str) -> io::Result<String> {
        self.catalog.prose().format(self.locale, id, None).map_err(io::Error::other)
    }

    fn t_with(&self, id: &str, args: &FluentArgs) -> io::Result<String> {
        self.catalog.prose().format(self.locale, id, Some(args)).map_err(io::Error::other)
    }

    fn protocol_name(&self, protocol: &str) -> io::Result<String> {
        self.t(&format!("{protocol}-name"))
    }

    fn reason_of(&self, protocol: &str, code: u16) -> String {
        self.catalog.registry(protocol).ok().and_then(|r| r.get(code)).map(|f| f.reason.clone()).unwrap_or_default()
    }

    fn code_line(&self, e: &Explanation) -> io::Result<String> {
        let reason = e.reason.clone().unwrap_or_else(|| "—".to_owned());
        let gloss = e.reason_gloss.as_ref().map(|g| format!(" — {g}")).unwrap_or_default();
        Ok(format!("{} {} {}{gloss}", self.protocol_name(&e.protocol)?, e.code, reason))
    }

    fn facts(&self, e: &Explanation) -> io::Result<Vec<(String, String)>> {
        let mut rows = Vec::new();
        let kind = if e.is_final { self.t("fact-final-response")? } else { self.t("fact-provisional")? };
        rows.push((self.t("fact-class")?, format!("{} {} · {kind}", e.class, e.class_name)));
        let status = match &e.status_note {
            Some(note) => note.clone(),
            None if e.registered => self.t("fact-registered")?,
            None => self.t("fact-unregistered")?,
        };
        rows.push((self.t("fact-status")?, status));
        for former in &e.former_reasons {
            rows.push((self.t("fact-former")?, format!("{} ({})", former.reason, former.source)));
        }
        rows.push((self.t("fact-next")?, e.next_step.text.clone()));
        rows.push((self.t("fact-scope")?, e.scope.text.clone()));
        if !e.senders.is_empty() {
            let senders: Vec<&str> = e.senders.iter().map(|s| s.text.as_str()).collect();
            rows.push((self.t("fact-senders")?, senders.join("; ")));
        }
        if !e.methods.is_empty() {
            let methods =
                if e.methods.iter().any(|m| m == "*") { self.t("fact-methods-any")? } else { e.methods.join(", ") };
            rows.push((self.t("fact-methods")?, methods));
        }
        for header in &e.headers {
            rows.push((
                self.t("fact-headers")?,
                format!("{}: {} ({})", header.name, header.level_text, header.reference.citation),
            ));
        }
        if let Some(rule) = &e.ack {
            rows.push((self.t("fact-ack")?, format!("{} ({})", rule.text, rule.reference.citation)));
        }
        if let Some(rule) = &e.early_dialog {
            rows.push((self.t("fact-early-dialog")?, format!("{} ({})", rule.text, rule.reference.citation)));
        }
        if let Some(rule) = &e.mid_dialog {
            rows.push((self.t("fact-mid-dialog")?, format!("{} ({})", rule.text, rule.reference.citation)));
        }
        for rule in &e.proxy {
            rows.push((self.t("fact-proxy")?, format!("{} ({})", rule.text, rule.reference.citation)));
        }
        if let Some(q850) = &e.q850 {
            if !q850.from_isup.is_empty() {
                let causes: Vec<String> = q850.from_isup.iter().map(|c| format!("{} {}", c.cause, c.name)).collect();
                rows.push((self.t("fact-q850-from")?, format!("{} (RFC 3398 §7.2.4.1)", causes.join("; "))));
            }
            if let Some(cause) = &q850.to_isup {
                rows.push((self.t("fact-q850-to")?, format!("{} {} (RFC 3398 §8.2.6.1)", cause.cause, cause.name)));
            }
        }
        Ok(rows)
    }

    fn code_list(&self, protocol: &str, codes: &[u16]) -> String {
        codes
            .iter()
            .map(|&c| {
                let reason = self.reason_of(protocol, c);
                if reason.is_empty() {
                    c.to_string()
                } else {
                    format!("{c} {reason}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn explanation_text(&self, out: &mut impl Write, e: &Explanation) -> io::Result<()> {
        let style = self.style;
        writeln!(out, "{}", style.code(e.code, &self.code_line(e)?))?;
        writeln!(out, "{}", style.wrap(&e.summary, "", ""))?;
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&self.t("heading-description")?))?;
        writeln!(out, "{}", style.wrap(&e.description, "  ", "  "))?;
        if let Some(history) = &e.history {
            writeln!(out)?;
            writeln!(out, "{}", style.heading(&self.t("heading-history")?))?;
            writeln!(out, "{}", style.wrap(history, "  ", "  "))?;
        }
        for (heading, items) in
            [("heading-when", &e.when_you_see_it), ("heading-fix", &e.how_to_fix), ("heading-myths", &e.misconceptions)]
        {
            if items.is_empty() {
                continue;
            }
            writeln!(out)?;
            writeln!(out, "{}", style.heading(&self.t(heading)?))?;
            for item in items {
                writeln!(out, "{}", style.wrap(item, "    ", "  • "))?;
            }
        }
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&self.t("heading-facts")?))?;
        let rows = self.facts(e)?;
        let label_width = rows.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0) + 2;
        let indent = " ".repeat(label_width + 2);
        for (label, value) in rows {
            let first = format!("  {label:<label_width$}");
            writeln!(out, "{}", style.wrap(&value, &indent, &first))?;
        }
        let (heading, codes) =
            if e.registered { ("heading-related", &e.related) } else { ("heading-nearest", &e.nearest) };
        if !codes.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", style.heading(&self.t(heading)?))?;
            writeln!(out, "{}", style.wrap(&self.code_list(&e.protocol, codes), "  ", "  "))?;
        }
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&self.t("heading-references")?))?;
        for r in &e.references {
            let line = if r.title.is_empty() {
                format!("{} <{}>", r.citation, r.url)
            } else {
                format!("{} — {} <{}>", r.citation, r.title, r.url)
            };
            writeln!(out, "{}", style.wrap(&line, "    ", "  "))?;
        }
        Ok(())
    }

    pub fn explanation_markdown(&self, out: &mut impl Write, e: &Explanation) -> io::Result<()> {
        writeln!(out, "## {}\n", self.code_line(e)?)?;
        writeln!(out, "{}\n", e.summary)?;
        writeln!(out, "### {}\n\n{}\n", self.t("heading-description")?, e.description)?;
        if let Some(history) = &e.history {
            writeln!(out, "### {}\n\n{}\n", self.t("heading-history")?, history)?;
        }
        for (heading, items) in
            [("heading-when", &e.when_you_see_it), ("heading-fix", &e.how_to_fix), ("heading-myths", &e.misconceptions)]
        {
            if items.is_empty() {
                continue;
            }
            writeln!(out, "### {}\n", self.t(heading)?)?;
            for item in items {
                writeln!(out, "- {item}")?;
            }
            writeln!(out)?;
        }
        writeln!(out, "### {}\n", self.t("heading-facts")?)?;
        writeln!(out, "| | |\n|---|---|")?;
        for (label, value) in self.facts(e)? {
            writeln!(out, "| {} | {} |", md_cell(&label), md_cell(&value))?;
        }
        writeln!(out)?;
        let (heading, codes) =
            if e.registered { ("heading-related", &e.related) } else { ("heading-nearest", &e.nearest) };
        if !codes.is_empty() {
            writeln!(out, "### {}\n\n{}\n", self.t(heading)?, self.code_list(&e.protocol, codes))?;
        }
        writeln!(out, "### {}\n", self.t("heading-references")?)?;
        for r in &e.references {
            if r.title.is_empty() {
                writeln!(out, "- [{}]({})", r.citation, r.url)?;
            } else {
                writeln!(out, "- [{}]({}) — {}", r.citation, r.url, r.title)?;
            }
        }
        Ok(())
    }

    pub fn list_text(&self, out: &mut impl Write, list: &[ListEntry]) -> io::Result<()> {
        let mut args = FluentArgs::new();
        args.set("count", list.len());
        let mut current = String::new();
        for entry in list {
            if entry.protocol != current {
                current = entry.protocol.clone();
                let mut heading = FluentArgs::new();
                heading.set("protocol", self.protocol_name(&entry.protocol)?);
                writeln!(out, "{}", self.style.heading(&self.t_with("heading-list", &heading)?))?;
            }
            let head = format!("{} {}", entry.code, entry.reason);
            let reason_width = 42.min(self.style.width / 2);
            let first = format!("  {}  ", pad(&self.style.code(entry.code, &head), head.chars().count(), reason_width));
            let indent = " ".repeat(reason_width + 4);
            let summary = truncate(&entry.summary, self.style.width.saturating_sub(reason_width + 4).max(20));
            writeln!(out, "{first}{summary}")?;
            let _ = &indent;
        }
        writeln!(out, "{}", self.t_with("list-count", &args)?)?;
        Ok(())
    }

    pub fn list_markdown(&self, out: &mut impl Write, list: &[ListEntry]) -> io::Result<()> {
        writeln!(out, "| | | |\n|---|---|---|")?;
        for entry in list {
            writeln!(out, "| {} | {} | {} |", entry.code, md_cell(&entry.reason), md_cell(&entry.summary))?;
        }
        Ok(())
    }

    pub fn search_text(&self, out: &mut impl Write, results: &SearchResults) -> io::Result<()> {
        let mut args = FluentArgs::new();
        args.set("query", results.query.clone());
        if results.hits.is_empty() {
            writeln!(out, "{}", self.style.wrap(&self.t_with("search-no-hits", &args)?, "", ""))?;
            return Ok(());
        }
        writeln!(out, "{}", self.style.heading(&self.t_with("heading-search", &args)?))?;
        for hit in &results.hits {
            let head = format!("{} {} {}", self.protocol_name(&hit.protocol)?, hit.code, hit.reason);
            writeln!(out, "  {}", self.style.code(hit.code, &head))?;
            writeln!(out, "{}", self.style.wrap(&hit.summary, "    ", "    "))?;
        }
        let mut count = FluentArgs::new();
        count.set("count", results.hits.len());
        writeln!(out, "{}", self.t_with("search-hit-count", &count)?)?;
        Ok(())
    }

    pub fn search_markdown(&self, out: &mut impl Write, results: &SearchResults) -> io::Result<()> {
        let mut args = FluentArgs::new();
        args.set("query", results.query.clone());
        if results.hits.is_empty() {
            return writeln!(out, "{}", self.t_with("search-no-hits", &args)?);
        }
        writeln!(out, "## {}\n", self.t_with("heading-search", &args)?)?;
        for hit in &results.hits {
            writeln!(out, "- **{} {}**: {}", hit.code, hit.reason, hit.summary)?;
        }
        Ok(())
    }

    pub fn comparison_text(&self, out: &mut impl Write, c: &Comparison) -> io::Result<()> {
        crate::render_compare::text(self, out, c)
    }

    pub fn comparison_markdown(&self, out: &mut impl Write, c: &Comparison) -> io::Result<()> {
        crate::render_compare::markdown(self, out, c)
    }
}

fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn pad(painted: &str, visible: usize, width: usize) -> String {
    format!("{painted}{}", " ".repeat(width.saturating_sub(visible)))
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
