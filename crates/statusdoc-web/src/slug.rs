//! URL slugs: `438-invalid-identity-header`, `202-accepted-vs-438-invalid-identity-header`.

/// Lowercase ASCII words of a reason phrase joined by hyphens.
pub fn slug(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len());
    for c in reason.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The slug of a code page: `438-invalid-identity-header`, or `499` unregistered.
pub fn code_slug(code: u16, reason: Option<&str>) -> String {
    match reason {
        Some(reason) => format!("{code}-{}", slug(reason)),
        None => code.to_string(),
    }
}

/// The leading digits of a path segment: `438` from `438-whatever`.
pub fn leading_code(segment: &str) -> Option<&str> {
    let end = segment.find(|c: char| !c.is_ascii_digit()).unwrap_or(segment.len());
    let digits = &segment[..end];
    let rest = &segment[end..];
    (!digits.is_empty() && (rest.is_empty() || rest.starts_with('-'))).then_some(digits)
}

/// Splits `A…-vs-B…` into the two code parts.
pub fn split_versus(segment: &str) -> Option<(&str, &str)> {
    let (a, b) = segment.split_once("-vs-")?;
    Some((leading_code(a)?, leading_code(b)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Invalid Identity Header"), "invalid-identity-header");
        assert_eq!(slug("Call/Transaction Does Not Exist"), "call-transaction-does-not-exist");
        assert_eq!(slug("Request-URI Too Long"), "request-uri-too-long");
        assert_eq!(code_slug(200, Some("OK")), "200-ok");
        assert_eq!(leading_code("438-invalid"), Some("438"));
        assert_eq!(leading_code("438"), Some("438"));
        assert_eq!(leading_code("43x"), None);
        assert_eq!(split_versus("438-vs-202"), Some(("438", "202")));
        assert_eq!(split_versus("202-accepted-vs-438-invalid-identity-header"), Some(("202", "438")));
        assert_eq!(split_versus("202-438"), None);
    }
}
