//! Localized strings for templates. Formatting errors are collected, not
//! swallowed: a page whose text failed to format is an error.

use std::cell::RefCell;

use statusdoc_core::{Catalog, FluentArgs};

/// Strings of one locale, for one page.
pub struct Text<'a> {
    catalog: &'a Catalog,
    locale: &'a str,
    errors: RefCell<Vec<String>>,
}

impl<'a> Text<'a> {
    pub fn new(catalog: &'a Catalog, locale: &'a str) -> Text<'a> {
        Text { catalog, locale, errors: RefCell::new(Vec::new()) }
    }

    pub fn locale(&self) -> &'a str {
        self.locale
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with string variables.
    pub fn with(&self, id: &str, vars: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in vars {
            args.set(*name, value.clone());
        }
        self.format(id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        match self.catalog.prose().format(self.locale, id, args) {
            Ok(text) => text,
            Err(err) => {
                self.errors.borrow_mut().push(err.to_string());
                String::new()
            }
        }
    }

    /// The errors met so far.
    pub fn take_errors(&self) -> Vec<String> {
        std::mem::take(&mut self.errors.borrow_mut())
    }
}
