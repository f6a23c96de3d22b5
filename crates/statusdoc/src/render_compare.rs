//! Text and Markdown layouts of a comparison.

use std::io::{self, Write};

use statusdoc_core::{Comparison, FluentArgs};

use crate::render::Renderer;

fn heading(r: &Renderer, c: &Comparison) -> io::Result<String> {
    let mut args = FluentArgs::new();
    args.set("a", format!("{} {}", c.a.code, c.a.reason.clone().unwrap_or_default()).trim().to_owned());
    args.set("b", format!("{} {}", c.b.code, c.b.reason.clone().unwrap_or_default()).trim().to_owned());
    r.catalog.prose().format(r.locale, "heading-compare", Some(&args)).map_err(io::Error::other)
}

fn t(r: &Renderer, id: &str) -> io::Result<String> {
    r.catalog.prose().format(r.locale, id, None).map_err(io::Error::other)
}

fn citations(d: &statusdoc_core::Difference) -> String {
    let cited: Vec<&str> = d.references.iter().map(|r| r.citation.as_str()).collect();
    if cited.is_empty() {
        String::new()
    } else {
        format!(" [{}]", cited.join("; "))
    }
}

pub fn text(r: &Renderer, out: &mut impl Write, c: &Comparison) -> io::Result<()> {
    let style = r.style;
    let protocol = t(r, &format!("{}-name", c.protocol))?;
    writeln!(out, "{}", style.heading(&format!("{protocol} {}", heading(r, c)?)))?;
    writeln!(out, "{}", style.wrap(&c.summary, "", ""))?;
    if c.curated {
        writeln!(out, "  ({})", t(r, "label-curated")?)?;
    }
    writeln!(out)?;
    // Both codes side by side where the terminal is wide enough, else stacked.
    let side_by_side = style.width >= 90;
    let column = if side_by_side { (style.width.saturating_sub(3)) / 2 } else { style.width };
    let side = |e: &statusdoc_core::Explanation| -> Vec<String> {
        let head = format!("{} {} ({} {})", e.code, e.reason.clone().unwrap_or_default(), e.class, e.class_name);
        let mut lines = vec![head];
        lines.extend(textwrap::wrap(&e.summary, column).into_iter().map(|l| l.into_owned()));
        lines
    };
    let (left, right) = (side(&c.a), side(&c.b));
    if side_by_side {
        for i in 0..left.len().max(right.len()) {
            let l = left.get(i).map(String::as_str).unwrap_or("");
            let rr = right.get(i).map(String::as_str).unwrap_or("");
            let painted_l = if i == 0 { style.code(c.a.code, l) } else { l.to_owned() };
            let painted_r = if i == 0 { style.code(c.b.code, rr) } else { rr.to_owned() };
            let pad = column.saturating_sub(l.chars().count());
            writeln!(out, "{painted_l}{} │ {painted_r}", " ".repeat(pad))?;
        }
    } else {
        for (code, lines) in [(c.a.code, &left), (c.b.code, &right)] {
            for (i, line) in lines.iter().enumerate() {
                writeln!(out, "{}", if i == 0 { style.code(code, line) } else { line.clone() })?;
            }
            writeln!(out)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", style.heading(&t(r, "heading-differences")?))?;
    for d in &c.differences {
        let first = format!("  • {}: ", d.aspect_name);
        writeln!(out, "{}", style.wrap(&format!("{}{}", d.text, citations(d)), "    ", &first))?;
    }
    if !c.in_common.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&t(r, "heading-in-common")?))?;
        for d in &c.in_common {
            let first = format!("  • {}: ", d.aspect_name);
            writeln!(out, "{}", style.wrap(&format!("{}{}", d.text, citations(d)), "    ", &first))?;
        }
    }
    if let Some(which) = &c.which_applies {
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&t(r, "heading-which")?))?;
        writeln!(out, "{}", style.wrap(which, "  ", "  "))?;
    }
    if !c.also_compare.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&t(r, "heading-also-compare")?))?;
        let codes: Vec<String> = c.also_compare.iter().map(u16::to_string).collect();
        writeln!(out, "{}", style.wrap(&codes.join(", "), "  ", "  "))?;
    }
    Ok(())
}

pub fn markdown(r: &Renderer, out: &mut impl Write, c: &Comparison) -> io::Result<()> {
    let protocol = t(r, &format!("{}-name", c.protocol))?;
    writeln!(out, "## {protocol} {}\n", heading(r, c)?)?;
    writeln!(out, "{}\n", c.summary)?;
    if c.curated {
        writeln!(out, "*{}*\n", t(r, "label-curated")?)?;
    }
    writeln!(out, "| {} | {} |\n|---|---|", c.a.code, c.b.code)?;
    writeln!(out, "| {} | {} |\n", c.a.summary.replace('|', "\\|"), c.b.summary.replace('|', "\\|"))?;
    writeln!(out, "### {}\n", t(r, "heading-differences")?)?;
    for d in &c.differences {
        writeln!(out, "- **{}**: {}{}", d.aspect_name, d.text, citations(d))?;
    }
    if !c.in_common.is_empty() {
        writeln!(out, "\n### {}\n", t(r, "heading-in-common")?)?;
        for d in &c.in_common {
            writeln!(out, "- **{}**: {}{}", d.aspect_name, d.text, citations(d))?;
        }
    }
    if let Some(which) = &c.which_applies {
        writeln!(out, "\n### {}\n\n{which}", t(r, "heading-which")?)?;
    }
    if !c.also_compare.is_empty() {
        let codes: Vec<String> = c.also_compare.iter().map(u16::to_string).collect();
        writeln!(out, "\n### {}\n\n{}", t(r, "heading-also-compare")?, codes.join(", "))?;
    }
    Ok(())
}
