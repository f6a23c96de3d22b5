//! From SIP records to calls: transactions, retransmissions, outcomes, and
//! legs linked by the headers that say so.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::net::SocketAddr;

use serde::Serialize;

use crate::record::{Problem, SipRecord, Transport};

/// Request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A request.
    Request,
    /// A response.
    Response,
}

/// One message of a call, as the JSON contract shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallMessage {
    /// Frame (or log line) it came from.
    pub frame: u64,
    /// Seconds since the Unix epoch.
    pub time: f64,
    /// Sender, `address:port`.
    pub src: SocketAddr,
    /// Receiver.
    pub dst: SocketAddr,
    /// How it travelled.
    pub transport: Transport,
    /// Request or response.
    pub kind: Kind,
    /// Request method, or the CSeq method of a response.
    pub method: String,
    /// Status code of a response.
    pub status: Option<u16>,
    /// Reason phrase of a response.
    pub reason: Option<String>,
    /// CSeq, as written (`"1 INVITE"`).
    pub cseq: String,
    /// Whether the same message was already seen in this call.
    pub retransmission: bool,
    /// Index of the record in the input (to show the message whole).
    #[serde(skip)]
    pub record: usize,
}

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// An INVITE was answered with 2xx.
    Answered,
    /// The last request got a final failure response.
    Failed,
    /// The INVITE was cancelled (CANCEL, then 487).
    Cancelled,
    /// A non-INVITE exchange succeeded (REGISTER, OPTIONS, SUBSCRIBE…).
    Completed,
    /// No final response was seen.
    Incomplete,
}

/// The outcome of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// How it ended.
    pub state: State,
    /// The final status that decided it, if any.
    pub status: Option<u16>,
}

/// All messages sharing a Call-ID.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    /// The Call-ID.
    pub call_id: String,
    /// The method that started it.
    pub method: String,
    /// How it ended.
    pub outcome: Outcome,
    /// Addresses in order of first appearance.
    pub participants: Vec<SocketAddr>,
    /// Seconds from the first INVITE to its final response.
    pub setup_time: Option<f64>,
    /// Seconds from the 2xx to the BYE.
    pub duration: Option<f64>,
    /// Other Call-IDs that headers link to this one (Replaces, X-Call-ID/X-CID,
    /// P-Charging-Vector icid).
    pub linked: Vec<String>,
    /// Messages in capture order.
    pub messages: Vec<CallMessage>,
}

/// Everything read from the inputs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Counts.
    pub summary: Summary,
    /// Calls in order of their first message.
    pub calls: Vec<Call>,
    /// What could not be read.
    pub errors: Vec<Problem>,
}

/// The counts of an analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// SIP messages read.
    pub messages: usize,
    /// Calls (distinct Call-IDs).
    pub calls: usize,
    /// Calls whose outcome is `failed`.
    pub failed_calls: usize,
    /// Problems reported.
    pub errors: usize,
}

/// FNV-1a: the keys here are short and not attacker-chosen in a way that
/// matters for a one-shot analysis, and SipHash dominated the profile.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Groups records into calls. Records must be in time order.
pub fn analyze(records: &[SipRecord], mut problems: Vec<Problem>) -> Analysis {
    let mut by_call: BTreeMap<usize, (String, Vec<CallMessage>)> = BTreeMap::new();
    let mut index_of: FastMap<String, usize> = FastMap::default();
    // Retransmission detection keeps a 64-bit digest of each message's identity.
    let mut seen: FastSet<u64> = FastSet::default();
    let mut links: Vec<(String, String)> = Vec::new();
    let mut icid_first: FastMap<String, String> = FastMap::default();
    let mut messages = 0;
    for (i, record) in records.iter().enumerate() {
        let Some(m) = record.message() else { continue };
        messages += 1;
        let Some(call_id) = m.call_id().map(str::to_owned).or_else(|| m.header("Call-ID").map(|c| c.into_owned()))
        else {
            let line = String::from_utf8_lossy(record.bytes.split(|&b| b == b'\n').next().unwrap_or_default())
                .trim()
                .to_owned();
            problems.push(Problem { frame: record.frame, kind: crate::ProblemKind::NoCallId, detail: line });
            continue;
        };
        let first_line =
            String::from_utf8_lossy(record.bytes.split(|&b| b == b'\n').next().unwrap_or_default()).trim().to_owned();
        let cseq = m.header("CSeq").map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
        let branch = m.via_branch().unwrap_or_default().to_owned();
        let to_tag = m.to_tag().unwrap_or_default().to_owned();
        let digest = {
            let mut h = Fnv::default();
            std::hash::Hash::hash(&(&call_id, record.src, record.dst, &first_line, &cseq, &branch, &to_tag), &mut h);
            h.finish()
        };
        let retransmission = !seen.insert(digest);
        // Headers that link legs.
        for name in ["X-Call-ID", "X-CID"] {
            if let Some(other) = m.header(name) {
                links.push((call_id.clone(), other.trim().to_owned()));
            }
        }
        if let Some(replaces) = m.header("Replaces") {
            if let Some(other) = replaces.split(';').next() {
                links.push((call_id.clone(), other.trim().to_owned()));
            }
        }
        if let Some(icid) = m.header("P-Charging-Vector").and_then(|v| {
            v.split(';').find_map(|p| p.trim().strip_prefix("icid-value=").map(|s| s.trim_matches('"').to_owned()))
        }) {
            let first = icid_first.entry(icid).or_insert_with(|| call_id.clone()).clone();
            if first != call_id {
                links.push((call_id.clone(), first));
            }
        }
        let next_index = index_of.len();
        let index = *index_of.entry(call_id.clone()).or_insert(next_index);
        let (status, reason) = match m.start {
            crate::StartLine::Response { code, reason, .. } => (Some(code), Some(reason.to_owned())),
            crate::StartLine::Request { .. } => (None, None),
        };
        let entry = by_call.entry(index).or_insert_with(|| (call_id.clone(), Vec::new()));
        entry.1.push(CallMessage {
            frame: record.frame,
            time: record.time,
            src: record.src,
            dst: record.dst,
            transport: record.transport,
            kind: if m.is_request() { Kind::Request } else { Kind::Response },
            method: m.method().unwrap_or_default().to_owned(),
            status,
            reason,
            cseq,
            retransmission,
            record: i,
        });
    }
    let mut calls: Vec<Call> = by_call
        .into_values()
        .map(|(call_id, messages)| {
            let mut participants = Vec::new();
            for m in &messages {
                for addr in [m.src, m.dst] {
                    if !participants.contains(&addr) {
                        participants.push(addr);
                    }
                }
            }
            let method =
                messages.iter().find(|m| m.kind == Kind::Request).map(|m| m.method.clone()).unwrap_or_default();
            let (outcome, setup_time, duration) = outcome(&messages);
            Call { call_id, method, outcome, participants, setup_time, duration, linked: Vec::new(), messages }
        })
        .collect();
    let known: HashSet<String> = calls.iter().map(|c| c.call_id.clone()).collect();
    for call in &mut calls {
        for (a, b) in &links {
            let other = if *a == call.call_id {
                b
            } else if *b == call.call_id {
                a
            } else {
                continue;
            };
            if other != &call.call_id && known.contains(other) && !call.linked.contains(other) {
                call.linked.push(other.clone());
            }
        }
    }
    let failed_calls = calls.iter().filter(|c| c.outcome.state == State::Failed).count();
    Analysis {
        summary: Summary { messages, calls: calls.len(), failed_calls, errors: problems.len() },
        calls,
        errors: problems,
    }
}

fn cseq_number(cseq: &str) -> u32 {
    cseq.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

fn outcome(messages: &[CallMessage]) -> (Outcome, Option<f64>, Option<f64>) {
    let first_invite = messages.iter().find(|m| m.kind == Kind::Request && m.method == "INVITE");
    let finals = |method: &str| -> Vec<&CallMessage> {
        messages
            .iter()
            .filter(|m| m.kind == Kind::Response && m.method == method && m.status.is_some_and(|s| s >= 200))
            .collect()
    };
    if let Some(invite) = first_invite {
        let invite_finals = finals("INVITE");
        let answer = invite_finals.iter().find(|m| m.status.is_some_and(|s| (200..300).contains(&s)));
        let setup = invite_finals.first().map(|f| f.time - invite.time);
        if let Some(answer) = answer {
            let bye = messages.iter().find(|m| m.kind == Kind::Request && m.method == "BYE" && m.time >= answer.time);
            return (
                Outcome { state: State::Answered, status: answer.status },
                setup,
                bye.map(|b| b.time - answer.time),
            );
        }
        let cancelled = messages.iter().any(|m| m.kind == Kind::Request && m.method == "CANCEL");
        if cancelled && invite_finals.iter().any(|m| m.status == Some(487)) {
            return (Outcome { state: State::Cancelled, status: Some(487) }, setup, None);
        }
        // The final response to the INVITE with the highest CSeq decides
        // (a 401 followed by an authenticated INVITE is not the outcome).
        let last = invite_finals.iter().filter(|m| !m.retransmission).max_by_key(|m| (cseq_number(&m.cseq), m.frame));
        return match last {
            Some(last) => (Outcome { state: State::Failed, status: last.status }, setup, None),
            None => (Outcome { state: State::Incomplete, status: None }, None, None),
        };
    }
    let last_request = messages.iter().filter(|m| m.kind == Kind::Request).max_by_key(|m| cseq_number(&m.cseq));
    let Some(request) = last_request else {
        return (Outcome { state: State::Incomplete, status: None }, None, None);
    };
    let final_response = messages
        .iter()
        .rev()
        .find(|m| m.kind == Kind::Response && m.cseq == request.cseq && m.status.is_some_and(|s| s >= 200));
    match final_response {
        Some(r) if r.status.is_some_and(|s| s < 300) => {
            (Outcome { state: State::Completed, status: r.status }, None, None)
        }
        Some(r) => (Outcome { state: State::Failed, status: r.status }, None, None),
        None => (Outcome { state: State::Incomplete, status: None }, None, None),
    }
}
