//! # statusdoc-core
//!
//! The registry of protocol status codes (SIP first), their prose in every
//! locale, and the answers built from them. This crate does no I/O: all data
//! is embedded at build time from `data/`.
//!
//! - [`Catalog`]: every protocol's [`Registry`] and all localized [`Prose`].
//! - [`Registry`]: one protocol's codes; [`CodeFacts`] are the facts of one code.
//! - [`Code`]: a status code as a small `Copy` value, registered or not.
//! - [`explain`] → [`Explanation`]; [`search`] → [`SearchResults`]: the
//!   objects of the JSON contract.
//!
//! ```
//! use statusdoc_core::{explain, Catalog};
//!
//! let catalog = Catalog::embedded()?;
//! let sip = catalog.registry("sip")?;
//! let answer = explain(catalog, sip, sip.parse("486")?, "en")?;
//! assert_eq!(answer.reason.as_deref(), Some("Busy Here"));
//! assert!(answer.is_final);
//! # Ok::<(), statusdoc_core::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod catalog;
mod code;
mod compare;
mod error;
mod explain;
mod prose;
mod reference;
mod registry;
mod search;

pub use catalog::{embedded_files, Catalog};
pub use code::Code;
pub use compare::{compare, Comparison, Difference};
pub use error::Error;
pub use explain::{explain, Cause, Explanation, FormerView, HeaderView, Labelled, Q850View, Rule};
pub use prose::{Prose, DEFAULT_LOCALE};
pub use reference::{Reference, ReferenceView};
pub use registry::{ClassFacts, CodeFacts, FormerReason, HeaderRule, History, Registry, Status, Vocabulary};
pub use search::{search, SearchHit, SearchResults, MAX_QUERY_LEN};

/// Re-exported so callers can pass variables to [`Prose::format`].
pub use fluent_bundle::{FluentArgs, FluentValue};
