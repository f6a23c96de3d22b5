//! The HTML report: a call list, an SVG ladder per call whose arrows open the
//! message they stand for (CSS `:target`, no script), the findings with the
//! lines they rest on highlighted, and the registry's explanation of each
//! failure. [`html`] writes one self-contained file (styles inline, nothing
//! fetched); [`html_fragment`] is the same report for the website's layout.

use std::collections::HashMap;
use std::io;

use askama::Template;
use statusdoc_trace::{Analysis, Call, Kind, Redacted, SipRecord};

use statusdoc_core::Explanation;

use crate::{severity_id, state_id, Error, Filter, Words};

/// The report's stylesheet (inlined by [`html`], served by the website).
pub const REPORT_CSS: &str = include_str!("../assets/report.css");

/// How the report is written.
#[derive(Default)]
pub struct HtmlOptions<'a> {
    /// The inputs, as the user named them.
    pub inputs: Vec<String>,
    /// What was redacted, when it was.
    pub redacted: Option<Redacted>,
    /// Where a code's page is, when the report has a website to link to.
    pub code_href: Option<&'a dyn Fn(u16) -> String>,
    /// Which calls were kept, to say why none is shown.
    pub filter: Filter<'a>,
}

/// Headers (and SDP line prefixes) each kind of finding rests on, to be
/// highlighted in the messages it names.
const EVIDENCE: &[(&str, &[&str])] = &[
    ("retry-after", &["Retry-After"]),
    ("warning", &["Warning"]),
    ("reason", &["Reason"]),
    ("unsupported", &["Unsupported"]),
    ("require", &["Require", "Proxy-Require"]),
    ("min-expires", &["Min-Expires", "Expires", "Contact"]),
    ("min-se", &["Min-SE", "Session-Expires"]),
    ("allow", &["Allow"]),
    ("challenge", &["WWW-Authenticate", "Proxy-Authenticate"]),
    ("auth-rejected", &["WWW-Authenticate", "Proxy-Authenticate", "Authorization", "Proxy-Authorization"]),
    ("redirect", &["Contact"]),
    ("offer", &["m=", "a=rtpmap", "c="]),
    ("media-direction", &["a=sendonly", "a=recvonly", "a=inactive", "c="]),
    ("media-private-address", &["c=", "Contact", "Via"]),
    ("no-ack", &["Contact", "Record-Route"]),
    ("dialog-gone", &["Call-ID", "From", "To", "CSeq"]),
    ("ok-after-cancel", &["CSeq"]),
    ("unanswered", &["CSeq", "Via"]),
    ("retransmitted", &["CSeq", "Via"]),
    ("udp-size", &["Via"]),
    ("hops", &["Via", "Max-Forwards"]),
    ("glare", &["CSeq"]),
    ("prack", &["Require", "RSeq", "RAck"]),
    ("overlap", &["CSeq", "Retry-After"]),
    ("rejected-by", &["Call-Info"]),
];

/// Compact header forms (RFC 3261 §7.3.3 and later RFCs) of the headers above.
const COMPACT: &[(&str, &str)] = &[("m", "Contact"), ("i", "Call-ID"), ("f", "From"), ("t", "To"), ("v", "Via")];

struct Column {
    x: u32,
    label: String,
}

struct Arrow {
    y: u32,
    x1: u32,
    x2: u32,
    label_x: u32,
    head: String,
    label: String,
    time: String,
    href: String,
    class: &'static str,
}

struct Ladder {
    width: u32,
    height: u32,
    columns: Vec<Column>,
    arrows: Vec<Arrow>,
    title: String,
}

struct Line {
    text: String,
    marked: bool,
}

struct MessageView {
    id: String,
    title: String,
    lines: Vec<Line>,
}

struct FindingView {
    severity: String,
    class: &'static str,
    text: String,
    frames: Vec<(String, String)>,
    references: String,
}

struct FailureView {
    id: String,
    heading: String,
    summary: String,
    causes: Vec<String>,
    fixes: Vec<String>,
    href: Option<String>,
    /// The code that decided the call is shown open; others (a 401 before
    /// the 200, say) are one click away.
    open: bool,
}

/// What a call's section adds to its row in the table.
struct CallView {
    setup: String,
    duration: String,
    linked: String,
    ladder: Ladder,
    findings: Vec<FindingView>,
    failures: Vec<FailureView>,
    messages: Vec<MessageView>,
}

struct Labels {
    calls: String,
    call: String,
    method: String,
    outcome: String,
    setup: String,
    findings: String,
    problems: String,
    hint: String,
    back: String,
    causes: String,
    fixes: String,
    read_more: String,
    no_calls: String,
}

/// A call in the report's table.
struct CallRow {
    number: usize,
    id: String,
    call_id: String,
    method: String,
    outcome: String,
    state: &'static str,
    setup_seconds: String,
    finding_count: usize,
}

/// The report's opening: counts, the call table, the problems.
#[derive(Template)]
#[template(path = "report_head.html")]
struct Head<'a> {
    heading: &'a str,
    generated: &'a str,
    summary: &'a str,
    redacted: &'a str,
    labels: &'a Labels,
    calls: &'a [CallRow],
    problems: &'a [String],
}

/// One call's section.
#[derive(Template)]
#[template(path = "report_call.html")]
struct CallSection<'a> {
    row: &'a CallRow,
    c: &'a CallView,
    labels: &'a Labels,
}

/// The standalone file's head, up to `<main>`.
#[derive(Template)]
#[template(path = "report_page.html")]
struct PageHead<'a> {
    lang: &'a str,
    title: &'a str,
    css: &'a str,
}

/// Writes one self-contained HTML file: nothing is fetched, no script runs.
/// Calls are written one at a time, so only one call's view is in memory
/// beside the analysis.
pub fn write_html(
    words: Words,
    analysis: &Analysis,
    records: &[SipRecord],
    options: &HtmlOptions,
    out: &mut dyn io::Write,
) -> Result<(), Error> {
    let title = words.get("report-title", &[])?;
    PageHead { lang: words.locale, title: &title, css: REPORT_CSS }.write_into(out)?;
    write_report(words, analysis, records, options, true, out)?;
    out.write_all(b"</main>\n</body>\n</html>\n")?;
    Ok(())
}

/// [`write_html`] into a string.
pub fn html(words: Words, analysis: &Analysis, records: &[SipRecord], options: &HtmlOptions) -> Result<String, Error> {
    let mut out = Vec::new();
    write_html(words, analysis, records, options, &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The report without page head, for a layout that already has one (the
/// website links [`REPORT_CSS`] instead of inlining it).
pub fn html_fragment(
    words: Words,
    analysis: &Analysis,
    records: &[SipRecord],
    options: &HtmlOptions,
) -> Result<String, Error> {
    let mut out = Vec::new();
    write_report(words, analysis, records, options, false, &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The report; `standalone` when it is a file of its own (which then says
/// that it loads nothing).
fn write_report(
    words: Words,
    analysis: &Analysis,
    records: &[SipRecord],
    options: &HtmlOptions,
    standalone: bool,
    out: &mut dyn io::Write,
) -> Result<(), Error> {
    let summary = words.summary(&analysis.summary)?;
    let redacted = match &options.redacted {
        Some(r) => words.redacted(r)?,
        None => String::new(),
    };
    let generated = words.get(
        if standalone { "report-generated" } else { "report-generated-page" },
        &[("version", env!("CARGO_PKG_VERSION").to_owned()), ("inputs", options.inputs.join(", "))],
    )?;
    let labels = Labels {
        calls: words.get("report-calls", &[])?,
        call: words.get("report-col-call", &[])?,
        method: words.get("report-col-method", &[])?,
        outcome: words.get("report-col-outcome", &[])?,
        setup: words.get("report-col-setup", &[])?,
        findings: words.get("analyze-findings", &[])?,
        problems: words.get("analyze-problems", &[])?,
        hint: words.get("report-hint", &[])?,
        back: words.get("report-back", &[])?,
        causes: words.get("report-causes", &[])?,
        fixes: words.get("report-fixes", &[])?,
        read_more: words.get("report-read-more", &[])?,
        no_calls: words.no_calls(&analysis.summary, &options.filter)?,
    };
    let rows = analysis
        .calls
        .iter()
        .enumerate()
        .map(|(i, c)| {
            Ok(CallRow {
                number: i + 1,
                id: call_anchor(i + 1),
                call_id: c.call_id.clone(),
                method: c.method.clone(),
                outcome: words.outcome(&c.outcome)?,
                state: state_id(c.outcome.state),
                setup_seconds: c.setup_time.map(|s| format!("{s:.3} s")).unwrap_or_default(),
                finding_count: c.findings.len(),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let problems = analysis.errors.iter().map(|p| words.problem_line(p)).collect::<Result<Vec<_>, Error>>()?;
    let heading = words.get("report-title", &[])?;
    Head {
        heading: &heading,
        generated: &generated,
        summary: &summary,
        redacted: &redacted,
        labels: &labels,
        calls: &rows,
        problems: &problems,
    }
    .write_into(out)?;
    // A failure code is explained the same way in every call: once each.
    let mut explanations: HashMap<u16, Option<Explanation>> = HashMap::new();
    for (row, c) in rows.iter().zip(&analysis.calls) {
        let view = call_view(words, &row.id, c, records, options, &mut explanations)?;
        CallSection { row, c: &view, labels: &labels }.write_into(out)?;
    }
    out.write_all(b"</div>\n")?;
    Ok(())
}

fn call_anchor(number: usize) -> String {
    format!("call-{number}")
}

fn call_view(
    words: Words,
    id: &str,
    c: &Call,
    records: &[SipRecord],
    options: &HtmlOptions,
    explanations: &mut HashMap<u16, Option<Explanation>>,
) -> Result<CallView, Error> {
    // A message is named by its record, the one place every view of it shares.
    let message_id = |record: usize| format!("m-{record}");
    let record_of_frame: HashMap<u64, usize> = c.messages.iter().rev().map(|m| (m.frame, m.record)).collect();
    let frame_href =
        |frame: u64| record_of_frame.get(&frame).map(|r| format!("#{}", message_id(*r))).unwrap_or_default();

    // Which lines to highlight in which message.
    let mut marks: HashMap<usize, Vec<&str>> = HashMap::new();
    for f in &c.findings {
        let names = EVIDENCE.iter().find(|(kind, _)| *kind == f.kind).map(|(_, names)| *names).unwrap_or(&[]);
        for frame in &f.frames {
            if let Some(record) = record_of_frame.get(frame) {
                marks.entry(*record).or_default().extend_from_slice(names);
            }
        }
    }

    let findings = c
        .findings
        .iter()
        .map(|f| {
            Ok(FindingView {
                severity: words.severity(f.severity)?,
                class: severity_id(f.severity),
                text: words.finding(f)?,
                frames: f
                    .frames
                    .iter()
                    .map(|frame| Ok((words.frames(&[*frame])?, frame_href(*frame))))
                    .collect::<Result<_, Error>>()?,
                references: f.references.join("; "),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;

    let mut failures: Vec<FailureView> = Vec::new();
    for (code, m) in crate::failures(c) {
        let Some(e) = explanations.entry(code).or_insert_with(|| words.explanation(code)) else { continue };
        let reason = m.reason.clone().unwrap_or_default();
        failures.push(FailureView {
            id: format!("{id}-{code}"),
            heading: format!("{code} {reason}"),
            summary: e.summary.clone(),
            causes: e.when_you_see_it.clone(),
            fixes: e.how_to_fix.clone(),
            href: options.code_href.map(|href| href(code)),
            open: c.outcome.status == Some(code),
        });
    }

    let start = crate::start_time(c);
    let lanes = words.lanes(c)?;
    let messages = c
        .messages
        .iter()
        .zip(&lanes.arrows)
        .map(|(m, &(from, to))| {
            let title = words.get(
                "report-message",
                &[
                    ("frame", words.frames(&[m.frame])?),
                    ("line", statusdoc_trace::is_line(m.frame).to_string()),
                    ("time", crate::since(m, start).unwrap_or_else(|| "none".to_owned())),
                    ("src", lanes.names[from].clone()),
                    ("dst", lanes.names[to].clone()),
                    ("transport", format!("{:?}", m.transport).to_uppercase()),
                ],
            )?;
            let failure = m.kind == Kind::Response && m.status.is_some_and(|s| s >= 300);
            let wanted = marks.get(&m.record).map(Vec::as_slice).unwrap_or(&[]);
            let lines = records.get(m.record).map(|r| lines(&r.bytes, failure, wanted)).unwrap_or_default();
            Ok(MessageView { id: message_id(m.record), title, lines })
        })
        .collect::<Result<Vec<_>, Error>>()?;

    let ladder = ladder(words, c, lanes, start, &message_id)?;
    Ok(CallView {
        setup: match c.setup_time {
            Some(s) => words.get("analyze-setup", &[("seconds", format!("{s:.3}"))])?,
            None => String::new(),
        },
        duration: match c.duration {
            Some(s) => words.get("analyze-duration", &[("seconds", format!("{s:.3}"))])?,
            None => String::new(),
        },
        linked: if c.linked.is_empty() {
            String::new()
        } else {
            words.get("analyze-linked", &[("calls", c.linked.join(", "))])?
        },
        ladder,
        findings,
        failures,
        messages,
    })
}

/// The message as text lines, marking the start line of a failure and the
/// header (or SDP) lines the findings name.
fn lines(bytes: &[u8], failure: bool, wanted: &[&str]) -> Vec<Line> {
    let text = String::from_utf8_lossy(bytes);
    let mut in_body = false;
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let marked = if i == 0 {
            failure
        } else if line.is_empty() {
            in_body = true;
            false
        } else if in_body {
            wanted.iter().any(|w| w.contains('=') && line.starts_with(w))
        } else {
            let name = line.split(':').next().unwrap_or("").trim();
            let long = COMPACT.iter().find(|(short, _)| short.eq_ignore_ascii_case(name)).map_or(name, |(_, l)| l);
            wanted.iter().any(|w| !w.contains('=') && w.eq_ignore_ascii_case(long))
        };
        out.push(Line { text: line.to_owned(), marked });
    }
    while out.last().is_some_and(|l| l.text.is_empty()) {
        out.pop();
    }
    out
}

/// Geometry of the ladder: one column per lane ([`Words::lanes`]), one row per message.
fn ladder(
    words: Words,
    c: &Call,
    lanes: crate::Lanes,
    start: Option<f64>,
    message_id: &dyn Fn(usize) -> String,
) -> Result<Ladder, Error> {
    const LEFT: u32 = 70;
    const GAP: u32 = 230;
    const TOP: u32 = 44;
    const ROW: u32 = 30;
    // Columns as far apart as their names need (a long URI or IPv6
    // address): the ladder's 12 px monospace is about 7.2 px a character.
    let widest = lanes.names.iter().map(|n| n.chars().count()).max().unwrap_or(0) as u32;
    let name_px = widest * 15 / 2 + 20;
    let (first, gap) = ((LEFT + 40).max(name_px / 2), GAP.max(name_px));
    let x_of = |i: usize| first + i as u32 * gap;
    let lane_count = lanes.names.len();
    let columns: Vec<Column> =
        lanes.names.into_iter().enumerate().map(|(i, label)| Column { x: x_of(i), label }).collect();
    let retransmission = words.get("analyze-retransmission", &[])?;
    let mut arrows = Vec::with_capacity(c.messages.len());
    for (row, (m, &(from, to))) in c.messages.iter().zip(&lanes.arrows).enumerate() {
        let (x1, x2) = (x_of(from), x_of(to));
        let y = TOP + 30 + row as u32 * ROW;
        let label = crate::label(m, &retransmission);
        let class = match (m.kind, m.status) {
            (Kind::Request, _) => "request",
            (_, Some(s)) if s < 200 => "provisional",
            (_, Some(s)) if s < 300 => "success",
            (_, Some(s)) if s < 400 => "redirect",
            _ => "failure",
        };
        // The arrowhead: a small triangle at the receiving end.
        let head = if x2 >= x1 {
            format!("{},{} {},{} {},{}", x2, y, x2 - 8, y - 4, x2 - 8, y + 4)
        } else {
            format!("{},{} {},{} {},{}", x2, y, x2 + 8, y - 4, x2 + 8, y + 4)
        };
        arrows.push(Arrow {
            y,
            x1,
            x2,
            label_x: if x1 == x2 { x1 + 60 } else { (x1 + x2) / 2 },
            head,
            label,
            time: crate::since(m, start).unwrap_or_default(),
            href: format!("#{}", message_id(m.record)),
            class: if m.retransmission { "retransmission" } else { class },
        });
    }
    let width = x_of(lane_count.saturating_sub(1)) + 140.max(name_px / 2);
    let height = TOP + 30 + c.messages.len() as u32 * ROW + 10;
    let title = words.get("report-ladder", &[("call_id", c.call_id.clone())])?;
    Ok(Ladder { width, height, columns, arrows, title })
}
