//! Text to paste into a ticket: a Mermaid sequence diagram per call, and
//! Markdown (the diagram, a table of messages, the findings, the meaning of
//! each failure). Both are written call by call, so they stream.

use std::fmt::Write as _;

use statusdoc_trace::{Call, Kind, Problem, Redacted, Summary};

use crate::{Error, Words};

/// Mermaid text must not contain what its grammar reads as syntax.
fn mermaid_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            ';' => ',',
            '#' => '№',
            '\n' | '\r' => ' ',
            c => c,
        })
        .collect()
}

/// A Markdown table cell: pipes and line breaks would end it.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// One call as a Mermaid `sequenceDiagram`, findings as notes.
pub fn mermaid(words: Words, c: &Call) -> Result<String, Error> {
    let mut out = String::new();
    let outcome = words.outcome(&c.outcome)?;
    let title = words.get("analyze-call", &[("call_id", c.call_id.clone())])?;
    let _ = writeln!(out, "sequenceDiagram");
    let _ = writeln!(out, "    %% {} · {} · {}", mermaid_text(&title), c.method, mermaid_text(&outcome));
    let lanes = words.lanes(c)?;
    for (i, name) in lanes.names.iter().enumerate() {
        let _ = writeln!(out, "    participant P{} as {}", i + 1, mermaid_text(name));
    }
    let retransmission = words.get("analyze-retransmission", &[])?;
    let start = crate::start_time(c);
    let last = lanes.names.len();
    for (m, &(from, to)) in c.messages.iter().zip(&lanes.arrows) {
        let (from, to) = (from + 1, to + 1);
        let arrow = if m.kind == Kind::Request { "->>" } else { "-->>" };
        let label = crate::label(m, &retransmission);
        let frame = words.frame(m.frame)?;
        let when = crate::since(m, start).map(|t| format!(", +{t} s")).unwrap_or_default();
        let _ = writeln!(out, "    P{from}{arrow}P{to}: {} [{frame}{when}]", mermaid_text(&label));
    }
    if last > 0 {
        for f in &c.findings {
            let severity = words.severity(f.severity)?;
            let frames = words.frames(&f.frames)?;
            let span = if last > 1 { format!("P1,P{last}") } else { "P1".to_owned() };
            let _ = writeln!(
                out,
                "    Note over {span}: {}",
                mermaid_text(&format!("[{severity}] {} [{frames}]", words.finding(f)?))
            );
        }
    }
    Ok(out)
}

/// One call in Markdown: heading, outcome, diagram, messages, findings, and
/// what each failure code means.
pub fn markdown_call(words: Words, number: usize, c: &Call) -> Result<String, Error> {
    let mut out = String::new();
    let title = words.get("analyze-call", &[("call_id", format!("`{}`", c.call_id.replace('`', "'")))])?;
    let _ = writeln!(out, "## {number}. {title}\n");
    let mut facts = vec![c.method.clone(), format!("**{}**", words.outcome(&c.outcome)?)];
    if let Some(s) = c.setup_time {
        facts.push(words.get("analyze-setup", &[("seconds", format!("{s:.3}"))])?);
    }
    if let Some(s) = c.duration {
        facts.push(words.get("analyze-duration", &[("seconds", format!("{s:.3}"))])?);
    }
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if !c.linked.is_empty() {
        let _ = writeln!(out, "{}\n", words.get("analyze-linked", &[("calls", c.linked.join(", "))])?);
    }
    let _ = writeln!(out, "```mermaid\n{}```\n", mermaid(words, c)?);
    let head = [
        words.get("report-col-time", &[])?,
        words.get("report-col-from", &[])?,
        words.get("report-col-to", &[])?,
        words.get("report-col-message", &[])?,
        // A log's messages are numbered by their lines.
        match c.messages.iter().all(|m| statusdoc_trace::is_line(m.frame)) && !c.messages.is_empty() {
            true => words.get("report-col-line", &[])?,
            false => words.get("report-col-frame", &[])?,
        },
    ];
    let _ = writeln!(out, "| {} |\n|---:|---|---|---|---:|", head.join(" | "));
    let start = crate::start_time(c);
    let retransmission = words.get("analyze-retransmission", &[])?;
    let lanes = words.lanes(c)?;
    for (m, &(from, to)) in c.messages.iter().zip(&lanes.arrows) {
        let label = crate::label(m, &retransmission);
        let (src, dst) = (&lanes.names[from], &lanes.names[to]);
        let frame = cell(&words.frames(&[m.frame])?);
        let time = crate::since(m, start).unwrap_or_default();
        let _ = writeln!(out, "| {time} | {src} | {dst} | {} | {frame} |", cell(&label));
    }
    out.push('\n');
    if !c.findings.is_empty() {
        let _ = writeln!(out, "### {}\n", words.get("analyze-findings", &[])?);
        for f in &c.findings {
            let heading =
                f.frames.first().map_or_else(|| words.get("report-col-frame", &[]), |&f| words.frame_heading(f))?;
            let mut cited = format!("{heading}: {}", words.frames(&f.frames)?);
            if !f.references.is_empty() {
                cited.push_str(&format!("; {}", f.references.join("; ")));
            }
            let _ = writeln!(out, "- **{}** {} ({cited})", words.severity(f.severity)?, words.finding(f)?);
        }
        out.push('\n');
    }
    for (code, m) in crate::failures(c) {
        if let Some(e) = words.explanation(code) {
            let _ = writeln!(out, "> **{code} {}**: {}\n", m.reason.clone().unwrap_or_default(), e.summary);
            for fix in e.how_to_fix.iter().take(3) {
                let _ = writeln!(out, "> - {fix}");
            }
            if !e.how_to_fix.is_empty() {
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// The closing part of a Markdown report: counts, redaction, problems.
pub fn markdown_summary(
    words: Words,
    summary: &Summary,
    problems: &[Problem],
    redacted: Option<&Redacted>,
) -> Result<String, Error> {
    let mut out = String::new();
    let counts = words.summary(summary)?;
    let _ = writeln!(out, "{counts}\n");
    if let Some(r) = redacted {
        let _ = writeln!(out, "{}\n", words.redacted(r)?);
    }
    if !problems.is_empty() {
        let _ = writeln!(out, "## {}\n", words.get("analyze-problems", &[])?);
        for p in problems {
            let _ = writeln!(out, "- {}", words.problem_line(p)?);
        }
        out.push('\n');
    }
    Ok(out)
}
