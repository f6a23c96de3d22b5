//! # statusdoc-report
//!
//! Turns what statusdoc-trace read into something a person reads: findings,
//! problems and outcomes in the user's language ([`Words`]), one
//! self-contained HTML report ([`html`]), and Mermaid or Markdown to paste
//! into a ticket ([`mermaid`], [`markdown_call`]). The command line and the
//! website's "Analyze a trace" page both use it, so they say the same thing.
//!
//! All words come from the Fluent messages of statusdoc-core; this crate
//! only arranges them.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod html;
mod ticket;

use std::fmt;

use statusdoc_core::{explain, Catalog, Code, Explanation, FluentArgs, FluentValue};
use statusdoc_trace::{
    Call, CallMessage, Finding, Kind, Outcome, Problem, ProblemKind, Redacted, Severity, State, Summary,
};

pub use html::{html, html_fragment, write_html, HtmlOptions, REPORT_CSS};
pub use ticket::{markdown_call, markdown_summary, mermaid};

/// What can go wrong while writing a report.
#[derive(Debug)]
pub enum Error {
    /// A message of the locale could not be formatted.
    Prose(statusdoc_core::Error),
    /// The HTML template failed.
    Template(askama::Error),
    /// The report could not be written.
    Io(std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Prose(e) => write!(f, "{e}"),
            Error::Template(e) => write!(f, "report template: {e}"),
            Error::Io(e) => write!(f, "writing the report: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<statusdoc_core::Error> for Error {
    fn from(e: statusdoc_core::Error) -> Error {
        Error::Prose(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

impl From<askama::Error> for Error {
    fn from(e: askama::Error) -> Error {
        Error::Template(e)
    }
}

/// Which calls are shown (`--call`, `--failed`).
#[derive(Clone, Copy, Default)]
pub struct Filter<'a> {
    /// Only the call of this Call-ID, and the calls headers link to it,
    /// directly or through other calls (the other legs of a B2BUA, a
    /// transfer's): an engineer following one call wants all of it.
    pub call: Option<&'a str>,
    /// Only calls that failed.
    pub failed_only: bool,
}

impl Filter<'_> {
    /// Of all the calls of an analysis, those shown: with `--call`, the one
    /// asked for and every call linked to it, directly or through others
    /// (a B2BUA's other leg, then that leg's transfer); with `--failed`,
    /// of those, the failed ones.
    pub fn retain(&self, calls: &mut Vec<Call>) {
        // Every call is at hand already: none is let go.
        let mut following = Following { limit: usize::MAX, ..Following::new(self) };
        let mut shown = std::collections::HashSet::new();
        for call in calls.iter() {
            shown.extend(following.admit(call).into_iter().map(|c| c.call_id.clone()));
        }
        calls.retain(|c| shown.contains(&c.call_id));
    }
}

/// Most calls with links [`Following`] holds back, not yet known to be
/// linked to the call asked for; past it, the oldest is let go. A chain's
/// legs end within moments of each other, not thousands of calls apart.
pub const MAX_CALLS_HELD: usize = 10_000;

/// Most Call-IDs of calls let go that [`Following`] remembers, to say when
/// one turns out to have been linked to the call asked for.
const MAX_LET_GO_REMEMBERED: usize = 100_000;

/// [`Filter`] for calls that come one by one as they end (a capture read
/// as a stream): a call linked to the one asked for only through a call
/// that has not ended yet is held back until it has, so that a chain of
/// links is shown whole, whichever order its calls end in.
pub struct Following<C> {
    /// At most this many held ([`MAX_CALLS_HELD`]).
    limit: usize,
    failed_only: bool,
    /// The Call-IDs of the calls shown, and of those their headers name;
    /// empty when no call was asked for.
    wanted: std::collections::HashSet<String>,
    /// Calls with links, not (yet) linked to one wanted; oldest first.
    held: std::collections::VecDeque<C>,
    /// The Call-IDs of calls let go, oldest first, to tell when one was
    /// linked to the call asked for after all.
    let_go: std::collections::VecDeque<String>,
    let_go_ids: std::collections::HashSet<String>,
    /// Calls let go that were linked to the call asked for: not shown.
    lost: usize,
}

impl<C: std::borrow::Borrow<Call>> Following<C> {
    /// Follows the calls `filter` asks for.
    pub fn new(filter: &Filter) -> Following<C> {
        Following {
            limit: MAX_CALLS_HELD,
            failed_only: filter.failed_only,
            wanted: filter.call.map(str::to_owned).into_iter().collect(),
            held: std::collections::VecDeque::new(),
            let_go: std::collections::VecDeque::new(),
            let_go_ids: std::collections::HashSet::new(),
            lost: 0,
        }
    }

    /// How many calls linked to the one asked for were let go before
    /// that was known (past [`MAX_CALLS_HELD`]), and so not shown.
    pub fn lost(&self) -> usize {
        self.lost
    }

    /// Given one more call that ended, the calls to show now: it, if it is
    /// wanted, and the calls held back that it links to the one asked for.
    pub fn admit(&mut self, call: C) -> Vec<C> {
        if self.wanted.is_empty() {
            return if self.failed_wanted(call.borrow()) { vec![call] } else { Vec::new() };
        }
        if !self.reaches(call.borrow()) {
            if !call.borrow().linked.is_empty() {
                if self.held.len() >= self.limit {
                    if let Some(gone) = self.held.pop_front() {
                        self.remember_let_go(gone.borrow().call_id.clone());
                    }
                }
                self.held.push_back(call);
            }
            return Vec::new();
        }
        // The calls found, in the order they ended.
        let mut found = std::collections::VecDeque::from([call]);
        let mut shown = Vec::new();
        while let Some(call) = found.pop_front() {
            let c = call.borrow();
            for id in std::iter::once(&c.call_id).chain(&c.linked) {
                if self.wanted.insert(id.clone()) && self.let_go_ids.remove(id) {
                    self.lost += 1;
                }
            }
            // Held calls the new ones reach.
            let mut i = 0;
            while i < self.held.len() {
                if self.reaches(self.held[i].borrow()) {
                    found.extend(self.held.remove(i));
                } else {
                    i += 1;
                }
            }
            if self.failed_wanted(call.borrow()) {
                shown.push(call);
            }
        }
        shown
    }

    fn failed_wanted(&self, call: &Call) -> bool {
        !(self.failed_only && call.outcome.state != State::Failed)
    }

    fn remember_let_go(&mut self, call_id: String) {
        if self.let_go.len() >= MAX_LET_GO_REMEMBERED {
            if let Some(oldest) = self.let_go.pop_front() {
                self.let_go_ids.remove(&oldest);
            }
        }
        self.let_go_ids.insert(call_id.clone());
        self.let_go.push_back(call_id);
    }

    fn reaches(&self, call: &Call) -> bool {
        self.wanted.contains(&call.call_id) || call.linked.iter().any(|leg| self.wanted.contains(leg))
    }
}

/// A ladder's lanes ([`Words::lanes`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lanes {
    /// Each lane's name: an address, or a side a log without addresses implies.
    pub names: Vec<String>,
    /// Each message's lanes, `(from, to)`, in the call's order.
    pub arrows: Vec<(usize, usize)>,
}

/// The words of one locale for an analysis.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    /// The embedded registry and prose.
    pub catalog: &'a Catalog,
    /// Locale id (`en`, `pt-BR`, `es`).
    pub locale: &'a str,
    /// The names of the inputs, when several were read together: a frame
    /// is then shown with the input it is in.
    pub inputs: &'a [String],
}

impl<'a> Words<'a> {
    /// Words of `locale`.
    pub fn new(catalog: &'a Catalog, locale: &'a str) -> Words<'a> {
        Words { catalog, locale, inputs: &[] }
    }

    /// The same words, naming frames of several inputs by `inputs` (see
    /// [`Words::input_names`]).
    pub fn with_inputs(self, inputs: &'a [String]) -> Words<'a> {
        Words { inputs, ..self }
    }

    /// How inputs are named where their frames are shown, and in a report
    /// that is shared: by their file names, without the folders (a local
    /// path is nobody else's business), `-` as standard input; a name two
    /// inputs share gets the input's place (`capture.pcap (2)`).
    pub fn input_names<S: AsRef<str>>(&self, paths: &[S]) -> Vec<String> {
        let stdin = self.get("analyze-stdin", &[]).unwrap_or_else(|_| "-".to_owned());
        let names: Vec<String> = paths
            .iter()
            .map(|p| match p.as_ref() {
                "-" => stdin.clone(),
                path => std::path::Path::new(path)
                    .file_name()
                    .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned()),
            })
            .collect();
        let mut uses = std::collections::HashMap::new();
        for name in &names {
            *uses.entry(name.as_str()).or_insert(0usize) += 1;
        }
        let shared = |name: &String| uses.get(name.as_str()).is_some_and(|n| *n > 1);
        names.iter().enumerate().map(|(i, n)| if shared(n) { format!("{n} ({})", i + 1) } else { n.clone() }).collect()
    }

    /// The input a frame id names, when several were read.
    fn input_of(&self, frame: u64) -> Option<&'a str> {
        statusdoc_trace::frame_input(frame).and_then(|i| self.inputs.get(i)).map(String::as_str)
    }

    /// `frame 4`, or `frame 4 of ring_2.pcap` when several inputs were
    /// read; `line 4` of a log.
    pub fn frame(&self, frame: u64) -> Result<String, Error> {
        let number = statusdoc_trace::frame_number(frame).to_string();
        let line = statusdoc_trace::is_line(frame);
        match self.input_of(frame) {
            Some(input) => self.get(
                if line { "analyze-line-in" } else { "analyze-frame-in" },
                &[("frame", number), ("input", input.to_owned())],
            ),
            None => self.get(if line { "analyze-line" } else { "analyze-frame" }, &[("frame", number)]),
        }
    }

    /// What a frame's number counts, as a heading says it: `Frame`, or
    /// `Line` of a log (see [`statusdoc_trace::is_line`]).
    pub fn frame_heading(&self, frame: u64) -> Result<String, Error> {
        self.get(if statusdoc_trace::is_line(frame) { "report-col-line" } else { "report-col-frame" }, &[])
    }

    /// The frames a finding rests on: `1, 3`, or with several inputs
    /// `1, 3 of ring_1.pcap; 2 of ring_2.pcap`.
    pub fn frames(&self, frames: &[u64]) -> Result<String, Error> {
        let mut groups: Vec<(Option<&str>, Vec<String>)> = Vec::new();
        for &frame in frames {
            let (input, number) = (self.input_of(frame), statusdoc_trace::frame_number(frame).to_string());
            match groups.last_mut().filter(|(last, _)| *last == input) {
                Some((_, numbers)) => numbers.push(number),
                None => groups.push((input, vec![number])),
            }
        }
        let parts = groups
            .into_iter()
            .map(|(input, numbers)| match input {
                Some(input) => {
                    self.get("analyze-frames-in", &[("frames", numbers.join(", ")), ("input", input.to_owned())])
                }
                None => Ok(numbers.join(", ")),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(parts.join("; "))
    }

    /// A message with its variables. A value that is a plain whole number
    /// is passed as a number, parsed as Fluent parses a variant key, so that
    /// messages can choose plural forms and `[428]` variants; anything else
    /// (a `+` number, leading zeros, decimals, long digit strings) stays text
    /// and is shown exactly as read.
    pub fn get(&self, id: &str, vars: &[(&str, String)]) -> Result<String, Error> {
        let mut args = FluentArgs::new();
        for (name, value) in vars {
            if is_plain_integer(value) {
                args.set(*name, FluentValue::try_number(value.as_str()));
            } else {
                args.set(*name, value.clone());
            }
        }
        Ok(self.catalog.prose().format(self.locale, id, Some(&args))?)
    }

    /// A finding in one line.
    pub fn finding(&self, f: &Finding) -> Result<String, Error> {
        let mut vars: Vec<(&str, String)> = f.values.iter().map(|(k, v)| (*k, v.clone())).collect();
        if f.kind == "reason" {
            // A cause gets its name: Q.850 from the registry's cause list,
            // SIP from the registry of codes.
            let value = |key: &str| f.values.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str()).unwrap_or("");
            let name = if value("protocol").eq_ignore_ascii_case("Q.850") {
                let id = format!("q850-cause-{}", value("cause"));
                self.catalog.prose().format(self.locale, &id, None).ok().map(|n| format!("({n})"))
            } else if value("protocol").eq_ignore_ascii_case("SIP") {
                // A SIP cause is a status code: its registered phrase.
                value("cause")
                    .parse::<u16>()
                    .ok()
                    .and_then(|code| self.explanation(code))
                    .and_then(|e| e.reason.map(|r| format!("({} {r})", e.code)))
            } else {
                None
            };
            vars.push(("meaning", name.unwrap_or_default()));
        }
        let text = self.get(&format!("finding-{}", f.kind), &vars)?;
        Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// A problem met while reading.
    pub fn problem(&self, p: &Problem) -> Result<String, Error> {
        // An unparsable message's detail is `<parse error id> <line> <column>`.
        let detail = match (p.kind, p.detail.split(' ').collect::<Vec<_>>().as_slice()) {
            (ProblemKind::Unparsable, [id, line, column]) => self
                .get(&format!("parse-error-{id}"), &[("line", (*line).to_owned()), ("column", (*column).to_owned())])?,
            _ => p.detail.clone(),
        };
        let text = self.get(&format!("analyze-problem-{}", p.kind.id()), &[("detail", detail)])?;
        let text = text.trim_end().to_owned();
        // A response that belongs to no call (pasted alone, cut from its
        // headers) is still a code someone wants explained.
        let code = p.detail.strip_prefix("SIP/2.0 ").and_then(|rest| rest.get(..3)?.parse::<u16>().ok());
        match (p.kind, code.and_then(|code| Some((code, self.meaning(code)?)))) {
            (ProblemKind::NoCallId, Some((code, meaning))) => self.get(
                "analyze-problem-with-meaning",
                &[("text", text), ("code", code.to_string()), ("meaning", meaning)],
            ),
            _ => Ok(text),
        }
    }

    /// A problem with the frame it was met at, when it has one: `[frame 4] …`;
    /// of several inputs, with the input it is in: `[ring_2.pcap] …` when it
    /// concerns that whole input.
    pub fn problem_line(&self, p: &Problem) -> Result<String, Error> {
        let text = self.problem(p)?;
        match (statusdoc_trace::frame_number(p.frame), self.input_of(p.frame)) {
            (0, None) => Ok(text),
            (0, Some(input)) => Ok(format!("[{input}] {text}")),
            _ => Ok(format!("[{}] {text}", self.frame(p.frame)?)),
        }
    }

    /// An address as shown: the one a log does not give (0.0.0.0:0 in the
    /// data) is said to be missing rather than shown as an address.
    pub fn address(&self, a: &std::net::SocketAddr) -> Result<String, Error> {
        if not_given(a) {
            return self.get("analyze-address-unknown", &[]);
        }
        Ok(a.to_string())
    }

    /// The lanes of a call's ladder and, for each message, the lanes it
    /// goes from and to: one lane per address; a call a log gave without
    /// any address is drawn between the two sides its From tells apart
    /// rather than as messages going nowhere.
    pub fn lanes(&self, c: &Call) -> Result<Lanes, Error> {
        let addressless = c.participants.iter().all(not_given);
        if addressless && !c.messages.is_empty() {
            // Named by the URIs the first message names them by, when those
            // tell the two apart.
            let names = match &c.sides {
                Some([a, b]) if !a.is_empty() && !b.is_empty() && a != b => vec![lane_name(a), lane_name(b)],
                _ => vec![self.get("analyze-side-first", &[])?, self.get("analyze-side-other", &[])?],
            };
            let arrows = c.messages.iter().map(|m| if m.sent_by_first { (0, 1) } else { (1, 0) }).collect();
            return Ok(Lanes { names, arrows });
        }
        let lane = |a: &std::net::SocketAddr| c.participants.iter().position(|p| p == a).unwrap_or(0);
        Ok(Lanes {
            names: c.participants.iter().map(|p| self.address(p)).collect::<Result<_, _>>()?,
            arrows: c.messages.iter().map(|m| (lane(&m.src), lane(&m.dst))).collect(),
        })
    }

    /// `info`, `warning` or `error` in the locale.
    pub fn severity(&self, s: Severity) -> Result<String, Error> {
        self.get(&format!("severity-{}", severity_id(s)), &[])
    }

    /// `failed 486`, `answered`…
    pub fn outcome(&self, o: &Outcome) -> Result<String, Error> {
        let state = self.get("analyze-outcome", &[("state", state_id(o.state).to_owned())])?;
        Ok(match o.status {
            Some(status) => format!("{state} {status}"),
            None => state,
        })
    }

    /// The counts of an analysis, in one sentence.
    pub fn summary(&self, s: &Summary) -> Result<String, Error> {
        self.get(
            "analyze-summary",
            &[
                ("messages", s.messages.to_string()),
                ("calls", s.calls.to_string()),
                ("failed", s.failed_calls.to_string()),
                ("errors", s.errors.to_string()),
            ],
        )
    }

    /// What to say when no call is shown: none was read, or none of those
    /// read passed `filter`.
    pub fn no_calls(&self, s: &Summary, filter: &Filter) -> Result<String, Error> {
        let calls = ("calls", s.calls.to_string());
        match (filter.call, filter.failed_only) {
            _ if s.calls == 0 => self.get("analyze-no-calls", &[]),
            (Some(id), failed) => self.get(
                if failed { "analyze-no-failed-call-id" } else { "analyze-no-call-id" },
                &[("call_id", id.to_owned()), calls],
            ),
            (None, true) => self.get("analyze-no-failed-calls", &[calls]),
            (None, false) => self.get("analyze-no-calls", &[]),
        }
    }

    /// What was redacted, in one sentence.
    pub fn redacted(&self, r: &Redacted) -> Result<String, Error> {
        self.get(
            "report-redacted",
            &[
                ("addresses", r.addresses.to_string()),
                ("hosts", r.hosts.to_string()),
                ("users", r.users.to_string()),
                ("numbers", r.numbers.to_string()),
                ("names", r.names.to_string()),
            ],
        )
    }

    /// The registry's explanation of a SIP code.
    pub fn explanation(&self, code: u16) -> Option<Explanation> {
        let sip = self.catalog.registry("sip").ok()?;
        explain(self.catalog, sip, Code::new(code), self.locale).ok()
    }

    /// The registry's one-line meaning of a SIP code.
    pub fn meaning(&self, code: u16) -> Option<String> {
        self.explanation(code).map(|e| e.summary)
    }
}

/// A URI as a lane's name: whole up to [`LANE_NAME_CHARS`], else cut
/// there with an ellipsis, so that one long header does not widen every
/// row of a ladder.
fn lane_name(uri: &str) -> String {
    match uri.char_indices().nth(LANE_NAME_CHARS) {
        Some((cut, _)) => format!("{}…", &uri[..cut]),
        None => uri.to_owned(),
    }
}

/// The most characters of a URI a lane's name shows.
const LANE_NAME_CHARS: usize = 60;

/// An address the input did not give (0.0.0.0:0 in the data).
fn not_given(a: &std::net::SocketAddr) -> bool {
    a.ip().is_unspecified() && a.port() == 0
}

/// When a call's ladder starts: its first message's time; `None` when its
/// input gave it no time at all (every time 0: bare messages pasted from a
/// ticket), so that no time is shown rather than a false 0.000.
pub fn start_time(c: &Call) -> Option<f64> {
    let first = c.messages.first()?.time;
    c.messages.iter().any(|m| m.time != 0.0).then_some(first)
}

/// A message's time as a ladder shows it, seconds since `start` (`1.250`).
pub fn since(m: &CallMessage, start: Option<f64>) -> Option<String> {
    start.map(|start| format!("{:.3}", m.time - start))
}

/// A message's label, marked when it is a retransmission (`retransmission`
/// is that word in the locale).
pub(crate) fn label(m: &CallMessage, retransmission: &str) -> String {
    if m.retransmission {
        format!("{} ({retransmission})", m.label())
    } else {
        m.label()
    }
}

/// The failures a call's report explains: each code's first response of
/// 300 or more (retransmissions aside), in order.
pub fn failures(c: &Call) -> Vec<(u16, &CallMessage)> {
    let mut out: Vec<(u16, &CallMessage)> = Vec::new();
    for m in &c.messages {
        if let (Kind::Response, Some(code @ 300..), false) = (m.kind, m.status, m.retransmission) {
            if !out.iter().any(|(seen, _)| *seen == code) {
                out.push((code, m));
            }
        }
    }
    out
}

/// Digits only, no leading zero, at most 15 of them: a number Fluent shows
/// back exactly as written.
fn is_plain_integer(value: &str) -> bool {
    let digits = value.as_bytes();
    !digits.is_empty()
        && digits.len() <= 15
        && digits.iter().all(u8::is_ascii_digit)
        && (digits[0] != b'0' || digits.len() == 1)
}

/// The JSON and CSS id of a severity.
pub fn severity_id(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// The JSON and CSS id of a call's state.
pub fn state_id(s: State) -> &'static str {
    match s {
        State::Answered => "answered",
        State::Failed => "failed",
        State::Cancelled => "cancelled",
        State::Completed => "completed",
        State::Incomplete => "incomplete",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str, linked: &[&str], state: State) -> Call {
        Call {
            call_id: id.to_owned(),
            method: "INVITE".to_owned(),
            outcome: Outcome { state, status: None },
            participants: Vec::new(),
            setup_time: None,
            duration: None,
            linked: linked.iter().map(|l| (*l).to_owned()).collect(),
            messages: Vec::new(),
            findings: Vec::new(),
            sides: None,
        }
    }

    fn ids(calls: &[Call]) -> Vec<&str> {
        calls.iter().map(|c| c.call_id.as_str()).collect()
    }

    #[test]
    fn a_long_uri_names_its_lane_cut_with_an_ellipsis() {
        let long = format!("{}@example.com", "é".repeat(100));
        let name = lane_name(&long);
        assert_eq!(name.chars().count(), LANE_NAME_CHARS + 1);
        assert!(name.ends_with('…') && long.starts_with(name.trim_end_matches('…')));
        assert_eq!(lane_name("alice@example.com"), "alice@example.com");
    }

    #[test]
    fn a_chain_of_links_is_followed_in_whatever_order_its_calls_end() {
        // c–b–a: c names b, b names a; d names e, nothing to do with them.
        let chain = || {
            vec![
                call("c", &["b"], State::Answered),
                call("d", &["e"], State::Answered),
                call("a", &["b"], State::Failed),
                call("b", &["a", "c"], State::Answered),
                call("lone", &[], State::Failed),
            ]
        };
        for asked in ["a", "b", "c"] {
            let filter = Filter { call: Some(asked), failed_only: false };
            let mut calls = chain();
            filter.retain(&mut calls);
            assert_eq!(ids(&calls), ["c", "a", "b"], "{asked}");
            // Streamed: every end order gives the same calls.
            for rotation in 0..5 {
                let mut ended = chain();
                ended.rotate_left(rotation);
                let mut following = Following::new(&filter);
                let mut shown: Vec<Call> = ended.into_iter().flat_map(|c| following.admit(c)).collect();
                shown.sort_by(|x, y| x.call_id.cmp(&y.call_id));
                assert_eq!(ids(&shown), ["a", "b", "c"], "{asked} rotated {rotation}");
            }
        }
        // --failed: the chain goes through answered calls, which are not shown.
        let mut calls = chain();
        Filter { call: Some("c"), failed_only: true }.retain(&mut calls);
        assert_eq!(ids(&calls), ["a"]);
        let mut calls = chain();
        Filter { call: None, failed_only: true }.retain(&mut calls);
        assert_eq!(ids(&calls), ["a", "lone"]);
        let mut calls = chain();
        Filter { call: Some("d"), failed_only: false }.retain(&mut calls);
        assert_eq!(ids(&calls), ["d"]);
    }

    #[test]
    fn calls_held_back_are_bounded() {
        let filter = Filter { call: Some("a"), failed_only: false };
        let mut following = Following::new(&filter);
        // The first linked call, then more than can be held, none reaching "a".
        assert!(following.admit(call("first", &["b"], State::Answered)).is_empty());
        for i in 0..MAX_CALLS_HELD {
            assert!(following.admit(call(&format!("x{i}"), &[&format!("y{i}")], State::Answered)).is_empty());
        }
        assert_eq!(following.held.len(), MAX_CALLS_HELD);
        // "first" was let go: "b" reaching "a" no longer brings it, and
        // that is counted.
        assert_eq!(following.lost(), 0);
        let shown = following.admit(call("b", &["a", "first"], State::Answered));
        assert_eq!(ids(&shown), ["b"]);
        assert_eq!(following.lost(), 1);
        // The last held still comes.
        let last = format!("y{}", MAX_CALLS_HELD - 1);
        let shown = following.admit(call(&last, &["b"], State::Answered));
        assert_eq!(ids(&shown), [last.as_str(), &format!("x{}", MAX_CALLS_HELD - 1)]);
    }
}
