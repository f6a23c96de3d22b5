//! Search over codes: number, reason phrase, header names and prose, with
//! tolerance for a typo.

use serde::Serialize;

use crate::explain::Writer;
use crate::{Catalog, Error, Registry};

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// Protocol id.
    pub protocol: String,
    /// The code.
    pub code: u16,
    /// Its reason phrase.
    pub reason: String,
    /// Its one-line summary in the locale.
    pub summary: String,
    /// Relevance; higher is better. Only the order is meaningful.
    pub score: u32,
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// The words searched for, as given.
    pub query: String,
    /// Locale of the summaries.
    pub locale: String,
    /// Best first.
    pub hits: Vec<SearchHit>,
}

/// Longest query accepted, in bytes; longer input is cut at a word boundary.
pub const MAX_QUERY_LEN: usize = 200;

// Weights per field: a word in the reason phrase says more than one in the prose.
const CODE_EXACT: u32 = 1000;
const REASON: u32 = 40;
const HEADER: u32 = 30;
const SUMMARY: u32 = 12;
const PROSE: u32 = 4;

struct Field {
    weight: u32,
    text: String,
    words: Vec<String>,
}

impl Field {
    fn new(weight: u32, text: &str) -> Field {
        let text = fold(text);
        let words = words(&text);
        Field { weight, text, words }
    }
}

/// Lowercases and removes accents so that "informacao" finds "informação".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .flat_map(|w| {
            // "min-expires" is one word and also "min" and "expires".
            let mut parts = vec![w.to_owned()];
            if w.contains('-') {
                parts.extend(w.split('-').map(str::to_owned));
            }
            parts
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many edits a word of this length may be from a match.
fn tolerance(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Score of one query word against one field: full for a substring, half
/// for a word within typo distance.
fn score_word(word: &str, field: &Field) -> u32 {
    if field.text.contains(word) {
        return field.weight;
    }
    let allowed = tolerance(word);
    if allowed > 0
        && field
            .words
            .iter()
            // Typos rarely hit the first letter; requiring it keeps "identity" from matching "entity".
            .any(|candidate| {
                candidate.chars().next() == word.chars().next()
                    && strsim::damerau_levenshtein(word, candidate) <= allowed
            })
    {
        return field.weight / 2;
    }
    0
}

/// Searches every protocol's codes. Every query word must match somewhere
/// in a code for the code to be a hit.
pub fn search(catalog: &Catalog, query: &str, locale: &str) -> Result<SearchResults, Error> {
    let mut cut = query.trim();
    if cut.len() > MAX_QUERY_LEN {
        let mut end = MAX_QUERY_LEN;
        while !cut.is_char_boundary(end) {
            end -= 1;
        }
        cut = &cut[..end];
    }
    // A status line pasted from a trace (`SIP/2.0 438 …`): its version
    // token names the protocol to search, not words to find.
    let mut protocol = None;
    let mut words_typed = String::new();
    for token in cut.split_whitespace() {
        match catalog.version_protocol(token) {
            Some(named) => protocol = Some(named.ok().map(Registry::id)),
            None => {
                words_typed.push_str(token);
                words_typed.push(' ');
            }
        }
    }
    let folded = fold(&words_typed);
    let query_words: Vec<String> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if query_words.is_empty() {
        return Err(Error::EmptySearch);
    }
    let prose = catalog.prose();
    let mut hits = Vec::new();
    for registry in catalog.registries().iter().filter(|r| protocol.is_none_or(|named| named == Some(r.id()))) {
        let writer = Writer { catalog, registry, locale };
        for facts in registry.iter() {
            let prefix = format!("{}-{}", registry.id(), facts.code);
            let summary = writer.text(&format!("{prefix}-summary"))?;
            let mut long_text = writer.text(&format!("{prefix}-description"))?;
            for list in ["cause", "fix", "myth"] {
                for item in prose.format_list(locale, &format!("{prefix}-{list}"))? {
                    long_text.push(' ');
                    long_text.push_str(&item);
                }
            }
            let mut reasons = facts.reason.clone();
            for former in &facts.former {
                reasons.push(' ');
                reasons.push_str(&former.reason);
            }
            let headers: Vec<&str> = facts.headers.iter().map(|h| h.name.as_str()).collect();
            let fields = [
                Field::new(REASON, &reasons),
                Field::new(HEADER, &headers.join(" ")),
                Field::new(SUMMARY, &summary),
                Field::new(PROSE, &long_text),
            ];
            let code_text = facts.code.to_string();
            let mut total = 0;
            let mut all_matched = true;
            for word in &query_words {
                if *word == code_text {
                    total += CODE_EXACT;
                    continue;
                }
                let best = fields.iter().map(|f| score_word(word, f)).max().unwrap_or(0);
                if best == 0 {
                    all_matched = false;
                    break;
                }
                total += best;
            }
            if all_matched && total > 0 {
                hits.push(SearchHit {
                    protocol: registry.id().to_owned(),
                    code: facts.code,
                    reason: facts.reason.clone(),
                    summary,
                    score: total,
                });
            }
        }
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.code.cmp(&b.code)));
    Ok(SearchResults { query: cut.to_owned(), locale: locale.to_owned(), hits })
}
