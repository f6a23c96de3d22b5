//! Where the tests' captures are.

use std::path::PathBuf;

/// `../shared/captures` beside the project, or where STATUSDOC_CAPTURES says.
pub fn shared_captures() -> PathBuf {
    std::env::var_os("STATUSDOC_CAPTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/captures"))
}
