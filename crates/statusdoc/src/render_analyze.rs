//! `statusdoc analyze`: read captures and logs with statusdoc-trace, name
//! each failure with the registry, and write calls as ladders or JSON as they
//! finish, so memory holds only the calls still in progress.

use std::io::{self, Write};

use serde_json::Value;
use statusdoc_core::{explain, Code, FluentArgs};
use statusdoc_trace::{
    Analyzer, Call, CallMessage, CaptureReader, Finding, Kind, Outcome, Problem, ProblemKind, Severity, SipRecord,
    State, Summary, CALL_IDLE_TIMEOUT,
};

use crate::render::Renderer;

/// Why analyze stopped.
pub enum AnalyzeError {
    /// An input could not be opened (already in the user's language).
    Open(String),
    /// Writing the answer failed.
    Io(io::Error),
}

impl From<io::Error> for AnalyzeError {
    fn from(err: io::Error) -> AnalyzeError {
        AnalyzeError::Io(err)
    }
}

/// What to write and which calls.
pub struct Options<'a> {
    pub json: bool,
    pub call: Option<&'a str>,
    pub failed_only: bool,
    pub max_messages: u64,
}

/// Writes calls as they finish.
struct Emitter<'o, 'r> {
    r: &'r Renderer<'r>,
    out: &'o mut dyn Write,
    json: bool,
    call: Option<String>,
    failed_only: bool,
    written: usize,
    error: Option<io::Error>,
}

impl Emitter<'_, '_> {
    fn emit(&mut self, c: &Call) {
        if self.error.is_some()
            || self.call.as_deref().is_some_and(|id| c.call_id != id)
            || (self.failed_only && c.outcome.state != State::Failed)
        {
            return;
        }
        let result = if self.json {
            let separator = if self.written == 0 { "\n" } else { ",\n" };
            call_json(self.r, c).and_then(|value| {
                write!(self.out, "{separator}    ")?;
                serde_json::to_writer(&mut *self.out, &value).map_err(io::Error::other)
            })
        } else {
            ladder(self.r, self.out, c)
        };
        self.written += 1;
        if let Err(e) = result {
            self.error = Some(e);
        }
    }
}

fn open(r: &Renderer, file: &str) -> Result<io::BufReader<Box<dyn io::Read + Send>>, AnalyzeError> {
    let source: Box<dyn io::Read + Send> = if file == "-" {
        Box::new(io::stdin())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(f),
            Err(e) => {
                let mut args = FluentArgs::new();
                args.set("file", file.to_owned());
                args.set("reason", e.to_string());
                let text = r
                    .catalog
                    .prose()
                    .format(r.locale, "analyze-cannot-open", Some(&args))
                    .unwrap_or_else(|_| file.to_owned());
                return Err(AnalyzeError::Open(text));
            }
        }
    };
    Ok(io::BufReader::with_capacity(1 << 20, source))
}

/// Reads one input (capture or log), handing each record to `keep`.
fn read_input(
    r: &Renderer,
    file: &str,
    keep: &mut dyn FnMut(SipRecord),
    problems: &mut Vec<Problem>,
) -> Result<(), AnalyzeError> {
    let mut input = open(r, file)?;
    let head = io::BufRead::fill_buf(&mut input)?.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    let is_capture = matches!(
        head.as_slice(),
        [0xd4, 0xc3, 0xb2, 0xa1]
            | [0xa1, 0xb2, 0xc3, 0xd4]
            | [0x4d, 0x3c, 0xb2, 0xa1]
            | [0xa1, 0xb2, 0x3c, 0x4d]
            | [0x0a, 0x0d, 0x0d, 0x0a]
            | [b'G', b'M', b'B', b'U']
    );
    if is_capture {
        CaptureReader::new(keep, |p| problems.push(p)).read(input);
    } else {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::Read::take(&mut input, statusdoc_trace::MAX_LOG_BYTES as u64), &mut bytes)?;
        let text = String::from_utf8_lossy(&bytes);
        let before = problems.len();
        statusdoc_trace::read_log(&text, keep, |p| problems.push(p));
        if bytes.is_empty() || (problems.len() == before && !text.contains("SIP/2.0")) {
            problems.push(Problem { frame: 0, kind: ProblemKind::UnknownFormat, detail: String::new() });
        }
    }
    Ok(())
}

/// Reads the inputs and writes the answer. One input is analysed as it is
/// read; several are first merged on one timeline (their records are held).
pub fn run(r: &Renderer, out: &mut dyn Write, files: &[String], options: &Options) -> Result<Summary, AnalyzeError> {
    let idle = if files.len() == 1 { CALL_IDLE_TIMEOUT } else { f64::INFINITY };
    let mut analyzer = Analyzer::new(idle);
    let mut problems: Vec<Problem> = Vec::new();
    let mut emitter = Emitter {
        r,
        out: &mut *out,
        json: options.json,
        call: options.call.map(str::to_owned),
        failed_only: options.failed_only,
        written: 0,
        error: None,
    };
    if emitter.json {
        write!(emitter.out, "{{\n  \"calls\": [")?;
    }
    let mut count: u64 = 0;
    let mut over_limit = false;
    if files.len() == 1 {
        let mut index = 0usize;
        let mut keep = |record: SipRecord| {
            if count >= options.max_messages {
                over_limit = true;
                return;
            }
            count += 1;
            for call in analyzer.push(index, &record) {
                emitter.emit(&call);
            }
            index += 1;
        };
        read_input(r, &files[0], &mut keep, &mut problems)?;
    } else {
        let mut records: Vec<SipRecord> = Vec::new();
        for file in files {
            let mut keep = |record: SipRecord| {
                if count >= options.max_messages {
                    over_limit = true;
                    return;
                }
                count += 1;
                records.push(record);
            };
            read_input(r, file, &mut keep, &mut problems)?;
        }
        records.sort_by(|a, b| a.time.total_cmp(&b.time));
        for (i, record) in records.iter().enumerate() {
            for call in analyzer.push(i, record) {
                emitter.emit(&call);
            }
        }
    }
    if over_limit {
        problems.push(Problem {
            frame: 0,
            kind: ProblemKind::LimitReached,
            detail: format!("--max-messages {}", options.max_messages),
        });
    }
    for p in problems {
        analyzer.problem(p);
    }
    let (rest, summary, errors) = analyzer.finish();
    for call in &rest {
        emitter.emit(call);
    }
    if let Some(e) = emitter.error.take() {
        return Err(AnalyzeError::Io(e));
    }
    let written = emitter.written;
    if options.json {
        let errors: Vec<Value> = errors
            .iter()
            .map(|p| Ok(serde_json::json!({"frame": p.frame, "kind": p.kind.id(), "error": problem_text(r, p)?})))
            .collect::<io::Result<_>>()?;
        let close = if written == 0 { "" } else { "\n  " };
        writeln!(out, "{close}],")?;
        writeln!(out, "  \"summary\": {},", serde_json::to_string(&summary).map_err(io::Error::other)?)?;
        writeln!(out, "  \"errors\": {}", serde_json::to_string(&errors).map_err(io::Error::other)?)?;
        writeln!(out, "}}")?;
    } else {
        if written == 0 {
            writeln!(out, "{}", t(r, "analyze-no-calls", &[])?)?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            t(
                r,
                "analyze-summary",
                &[
                    ("messages", summary.messages.to_string()),
                    ("calls", summary.calls.to_string()),
                    ("failed", summary.failed_calls.to_string()),
                    ("errors", summary.errors.to_string()),
                ]
            )?
        )?;
        if !errors.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", r.style.heading(&t(r, "analyze-problems", &[])?))?;
            for p in &errors {
                let frame = if p.frame > 0 {
                    format!("[{}] ", t(r, "analyze-frame", &[("frame", p.frame.to_string())])?)
                } else {
                    String::new()
                };
                writeln!(out, "{}", r.style.wrap(&format!("{frame}{}", problem_text(r, p)?), "    ", "  • "))?;
            }
        }
    }
    Ok(summary)
}

fn t(r: &Renderer, id: &str, vars: &[(&str, String)]) -> io::Result<String> {
    let mut args = FluentArgs::new();
    for (name, value) in vars {
        // Counts pass as numbers so that messages can pick plural forms.
        match value.parse::<u64>() {
            Ok(n) if *name == "count" => args.set(*name, n),
            _ => args.set(*name, value.clone()),
        }
    }
    r.catalog.prose().format(r.locale, id, Some(&args)).map_err(io::Error::other)
}

fn problem_text(r: &Renderer, p: &Problem) -> io::Result<String> {
    t(r, &format!("analyze-problem-{}", p.kind.id()), &[("detail", p.detail.clone())]).map(|s| s.trim_end().to_owned())
}

/// A call as the JSON contract shows it: findings carry their message in the
/// user's language. Serialized straight to the output (no `Value` tree: this
/// runs once per call of captures with millions of them).
#[derive(serde::Serialize)]
struct CallJson<'c> {
    call_id: &'c str,
    method: &'c str,
    outcome: &'c Outcome,
    participants: &'c [std::net::SocketAddr],
    setup_time: Option<f64>,
    duration: Option<f64>,
    linked: &'c [String],
    messages: &'c [CallMessage],
    findings: Vec<FindingJson<'c>>,
}

#[derive(serde::Serialize)]
struct FindingJson<'f> {
    kind: &'f str,
    severity: Severity,
    message: String,
    frames: &'f [u64],
    references: &'f [&'static str],
}

fn call_json<'c>(r: &Renderer, c: &'c Call) -> io::Result<CallJson<'c>> {
    let findings = c
        .findings
        .iter()
        .map(|f| {
            Ok(FindingJson {
                kind: f.kind,
                severity: f.severity,
                message: finding_text(r, f)?,
                frames: &f.frames,
                references: &f.references,
            })
        })
        .collect::<io::Result<Vec<_>>>()?;
    Ok(CallJson {
        call_id: &c.call_id,
        method: &c.method,
        outcome: &c.outcome,
        participants: &c.participants,
        setup_time: c.setup_time,
        duration: c.duration,
        linked: &c.linked,
        messages: &c.messages,
        findings,
    })
}

/// A finding in words.
fn finding_text(r: &Renderer, f: &Finding) -> io::Result<String> {
    let mut vars: Vec<(&str, String)> = f.values.iter().map(|(k, v)| (*k, v.clone())).collect();
    if f.kind == "reason" {
        // A Q.850 cause gets its name from the registry's cause list.
        let protocol = f.values.iter().find(|(k, _)| *k == "protocol").map(|(_, v)| v.as_str()).unwrap_or("");
        let cause = f.values.iter().find(|(k, _)| *k == "cause").map(|(_, v)| v.as_str()).unwrap_or("");
        let name = if protocol.eq_ignore_ascii_case("Q.850") {
            r.catalog.prose().format(r.locale, &format!("q850-cause-{cause}"), None).ok().map(|n| format!("({n})"))
        } else {
            None
        };
        vars.push(("meaning", name.unwrap_or_default()));
    }
    t(r, &format!("finding-{}", f.kind), &vars).map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// One meaning line for a failure code, from the registry, in the user's language.
fn meaning(r: &Renderer, code: u16) -> Option<String> {
    let sip = r.catalog.registry("sip").ok()?;
    explain(r.catalog, sip, Code::new(code), r.locale).ok().map(|e| e.summary)
}

/// One call as a terminal ladder: one column per address.
fn ladder(r: &Renderer, out: &mut dyn Write, c: &Call) -> io::Result<()> {
    let style = r.style;
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
    if !c.findings.is_empty() {
        writeln!(out, "  {}", style.heading(&t(r, "analyze-findings", &[])?))?;
        for f in &c.findings {
            let severity = t(
                r,
                &format!(
                    "severity-{}",
                    serde_json::to_value(f.severity)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default()
                ),
                &[],
            )?;
            let frames: Vec<String> = f.frames.iter().map(u64::to_string).collect();
            let line =
                format!("[{severity}] {} [{}] ({})", finding_text(r, f)?, frames.join(", "), f.references.join("; "));
            writeln!(out, "{}", style.wrap(&line, "      ", "    • "))?;
        }
    }
    Ok(())
}
