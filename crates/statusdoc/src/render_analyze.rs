//! `statusdoc analyze`: read captures with statusdoc-trace, name each failure
//! with the registry, and lay calls out as ladders or JSON.

use std::io::{self, Write};

use serde_json::Value;
use statusdoc_core::{explain, Catalog, Code, FluentArgs};
use statusdoc_trace::{analyze, Analysis, CaptureReader, Kind, Problem, ProblemKind, SipRecord};

use crate::render::Renderer;

/// Reads every file, merges records on one timeline and groups them into calls.
pub fn read(catalog: &Catalog, locale: &str, files: &[String], max_messages: u64) -> Result<Analysis, String> {
    let mut records: Vec<SipRecord> = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    let mut over_limit = false;
    for file in files {
        let cannot_open = |e: io::Error| {
            let mut args = FluentArgs::new();
            args.set("file", file.clone());
            args.set("reason", e.to_string());
            catalog.prose().format(locale, "analyze-cannot-open", Some(&args)).unwrap_or_else(|_| file.clone())
        };
        // "-" is standard input.
        let source: Box<dyn io::Read + Send> =
            if file == "-" { Box::new(io::stdin()) } else { Box::new(std::fs::File::open(file).map_err(cannot_open)?) };
        let mut input = io::BufReader::with_capacity(1 << 20, source);
        let head =
            io::BufRead::fill_buf(&mut input).map_err(cannot_open)?.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
        let is_capture = matches!(
            head.as_slice(),
            [0xd4, 0xc3, 0xb2, 0xa1]
                | [0xa1, 0xb2, 0xc3, 0xd4]
                | [0x4d, 0x3c, 0xb2, 0xa1]
                | [0xa1, 0xb2, 0x3c, 0x4d]
                | [0x0a, 0x0d, 0x0d, 0x0a]
                | [b'G', b'M', b'B', b'U']
        );
        let mut file_problems = Vec::new();
        let mut keep = |r: SipRecord| {
            if (records.len() as u64) < max_messages {
                records.push(r);
            } else {
                over_limit = true;
            }
        };
        if is_capture {
            CaptureReader::new(&mut keep, |p| file_problems.push(p)).read(input);
        } else {
            let mut bytes = Vec::new();
            io::Read::read_to_end(&mut io::Read::take(&mut input, statusdoc_trace::MAX_LOG_BYTES as u64), &mut bytes)
                .map_err(cannot_open)?;
            let text = String::from_utf8_lossy(&bytes);
            statusdoc_trace::read_log(&text, &mut keep, |p| file_problems.push(p));
            if bytes.is_empty() || (file_problems.is_empty() && !text.contains("SIP/2.0")) {
                file_problems.push(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: String::new() });
            }
        }
        problems.extend(file_problems);
    }
    if over_limit {
        problems.push(Problem {
            frame: 0,
            kind: ProblemKind::LimitReached,
            detail: format!("--max-messages {max_messages}"),
        });
    }
    records.sort_by(|a, b| a.time.total_cmp(&b.time));
    Ok(analyze(&records, problems))
}

fn t(r: &Renderer, id: &str, vars: &[(&str, String)]) -> io::Result<String> {
    let mut args = FluentArgs::new();
    for (name, value) in vars {
        args.set(*name, value.clone());
    }
    r.catalog.prose().format(r.locale, id, Some(&args)).map_err(io::Error::other)
}

fn problem_text(r: &Renderer, p: &Problem) -> io::Result<String> {
    t(r, &format!("analyze-problem-{}", p.kind.id()), &[("detail", p.detail.clone())]).map(|s| s.trim_end().to_owned())
}

fn selected<'a>(
    analysis: &'a Analysis,
    call: Option<&'a str>,
    failed_only: bool,
) -> impl Iterator<Item = &'a statusdoc_trace::Call> {
    analysis.calls.iter().filter(move |c| {
        call.is_none_or(|id| c.call_id == id) && (!failed_only || c.outcome.state == statusdoc_trace::State::Failed)
    })
}

/// The analysis as JSON (docs/json-contract.md, "analyze"), written call by
/// call rather than built whole in memory.
pub fn json(
    r: &Renderer,
    out: &mut impl Write,
    analysis: &Analysis,
    call: Option<&str>,
    failed_only: bool,
) -> io::Result<()> {
    let errors: Vec<Value> = analysis
        .errors
        .iter()
        .map(|p| {
            Ok(serde_json::json!({
                "frame": p.frame,
                "kind": p.kind.id(),
                "error": problem_text(r, p)?,
            }))
        })
        .collect::<io::Result<_>>()?;
    writeln!(out, "{{")?;
    writeln!(out, "  \"summary\": {},", serde_json::to_string(&analysis.summary).map_err(io::Error::other)?)?;
    writeln!(out, "  \"calls\": [")?;
    let mut first = true;
    for c in selected(analysis, call, failed_only) {
        if !first {
            writeln!(out, ",")?;
        }
        first = false;
        serde_json::to_writer(&mut *out, c).map_err(io::Error::other)?;
    }
    if !first {
        writeln!(out)?;
    }
    writeln!(out, "  ],")?;
    writeln!(out, "  \"errors\": {}", serde_json::to_string(&errors).map_err(io::Error::other)?)?;
    writeln!(out, "}}")
}

/// One meaning line for a failure code, from the registry, in the user's language.
fn meaning(r: &Renderer, code: u16) -> Option<String> {
    let sip = r.catalog.registry("sip").ok()?;
    explain(r.catalog, sip, Code::new(code), r.locale).ok().map(|e| e.summary)
}

/// Calls as terminal ladders: one column per address.
pub fn text(
    r: &Renderer,
    out: &mut impl Write,
    analysis: &Analysis,
    call: Option<&str>,
    failed_only: bool,
) -> io::Result<()> {
    let style = r.style;
    let s = analysis.summary;
    writeln!(
        out,
        "{}",
        t(
            r,
            "analyze-summary",
            &[
                ("messages", s.messages.to_string()),
                ("calls", s.calls.to_string()),
                ("failed", s.failed_calls.to_string()),
                ("errors", s.errors.to_string()),
            ]
        )?
    )?;
    let mut any = false;
    for c in selected(analysis, call, failed_only) {
        any = true;
        writeln!(out)?;
        let state = t(r, "analyze-outcome", &[("state", format!("{:?}", c.outcome.state).to_lowercase())])?;
        let status = c.outcome.status.map(|s| format!(" {s}")).unwrap_or_default();
        let mut head =
            format!("{} · {} · {state}{status}", t(r, "analyze-call", &[("call_id", c.call_id.clone())])?, c.method);
        if let Some(setup) = c.setup_time {
            head.push_str(&format!(" · {}", t(r, "analyze-setup", &[("seconds", format!("{setup:.3}"))])?));
        }
        if let Some(duration) = c.duration {
            head.push_str(&format!(" · {}", t(r, "analyze-duration", &[("seconds", format!("{duration:.3}"))])?));
        }
        let colour = c.outcome.status.unwrap_or(200);
        writeln!(out, "{}", style.code(colour, &head))?;
        if !c.linked.is_empty() {
            writeln!(out, "  {}", t(r, "analyze-linked", &[("calls", c.linked.join(", "))])?)?;
        }
        // Columns: one per participant.
        let names: Vec<String> = c.participants.iter().map(ToString::to_string).collect();
        let longest_label = c
            .messages
            .iter()
            .map(|m| match m.kind {
                Kind::Request => m.method.len(),
                Kind::Response => 4 + m.reason.as_ref().map_or(0, |r| r.chars().count()),
            })
            .max()
            .unwrap_or(0);
        let width = names.iter().map(|n| n.len()).max().unwrap_or(10).max(18).max(longest_label + 6) + 4;
        let origin = 11;
        let column = |i: usize| origin + i * width;
        let mut header = " ".repeat(origin);
        for name in &names {
            header.push_str(&format!("{name:<width$}"));
        }
        writeln!(out, "{}", header.trim_end())?;
        let start = c.messages.first().map_or(0.0, |m| m.time);
        for m in &c.messages {
            let from = c.participants.iter().position(|p| *p == m.src).unwrap_or(0);
            let to = c.participants.iter().position(|p| *p == m.dst).unwrap_or(0);
            let label = match m.kind {
                Kind::Request => m.method.clone(),
                Kind::Response => format!("{} {}", m.status.unwrap_or(0), m.reason.clone().unwrap_or_default()),
            };
            let mut line: Vec<char> = format!("{:>9.3}  ", m.time - start).chars().collect();
            let total = column(names.len().saturating_sub(1)) + 1;
            line.resize(total.max(line.len()), ' ');
            for i in 0..names.len() {
                line[column(i)] = '|';
            }
            let (left, right) = (column(from.min(to)), column(from.max(to)));
            if left < right {
                for cell in line.iter_mut().take(right).skip(left + 1) {
                    *cell = '-';
                }
                if to > from {
                    line[right - 1] = '>';
                } else {
                    line[left + 1] = '<';
                }
                let text: Vec<char> = format!(" {label} ").chars().collect();
                let span = right - left - 3;
                if text.len() <= span {
                    let at = left + 2 + (span - text.len()) / 2;
                    for (k, ch) in text.iter().enumerate() {
                        line[at + k] = *ch;
                    }
                    let rendered: String = line.iter().collect();
                    write!(out, "{}", rendered.trim_end())?;
                } else {
                    let rendered: String = line.iter().collect();
                    write!(out, "{} {label}", rendered.trim_end())?;
                }
            } else {
                let rendered: String = line.iter().collect();
                write!(out, "{} {label}", rendered.trim_end())?;
            }
            if m.retransmission {
                write!(out, "  ({})", t(r, "analyze-retransmission", &[])?)?;
            }
            writeln!(out, "  [{}]", t(r, "analyze-frame", &[("frame", m.frame.to_string())])?)?;
            if let (Kind::Response, Some(code)) = (m.kind, m.status) {
                if code >= 300 && !m.retransmission {
                    if let Some(summary) = meaning(r, code) {
                        let note = format!("{code} {}: {summary}", m.reason.clone().unwrap_or_default());
                        writeln!(out, "{}", style.wrap(&note, "             ", "           ⮡ "))?;
                    }
                }
            }
        }
    }
    if !any {
        writeln!(out, "{}", t(r, "analyze-no-calls", &[])?)?;
    }
    if !analysis.errors.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.heading(&t(r, "analyze-problems", &[])?))?;
        for p in &analysis.errors {
            let frame = if p.frame > 0 {
                format!("[{}] ", t(r, "analyze-frame", &[("frame", p.frame.to_string())])?)
            } else {
                String::new()
            };
            writeln!(out, "{}", style.wrap(&format!("{frame}{}", problem_text(r, p)?), "    ", "  • "))?;
        }
    }
    Ok(())
}
