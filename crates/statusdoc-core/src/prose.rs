//! Localized text: one Fluent bundle per locale, read from `data/locales/<locale>/*.ftl`.

use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::Error;

/// The locale every other locale is checked against and falls back to.
pub const DEFAULT_LOCALE: &str = "en";

struct LocaleText {
    id: String,
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
}

/// All localized text, every locale.
pub struct Prose {
    locales: Vec<LocaleText>,
}

impl std::fmt::Debug for Prose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prose").field("locales", &self.locale_ids().collect::<Vec<_>>()).finish()
    }
}

impl Prose {
    /// Builds the bundles from `(locale, file name, text)` triples.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> Result<Prose, Error> {
        let mut locales: Vec<LocaleText> = Vec::new();
        for (locale, name, text) in files {
            let langid: LanguageIdentifier =
                locale.parse().map_err(|_| Error::Data(format!("locale folder {locale:?} is not a language tag")))?;
            let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                Error::Data(format!("{locale}/{name}: {} syntax error(s), first: {:?}", errors.len(), errors.first()))
            })?;
            let index = match locales.iter().position(|l| l.id == locale) {
                Some(index) => index,
                None => {
                    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                    // Terminal and JSON output must not carry invisible isolation marks.
                    bundle.set_use_isolating(false);
                    locales.push(LocaleText { id: locale.to_owned(), bundle, ids: BTreeSet::new() });
                    locales.len() - 1
                }
            };
            let entry = &mut locales[index];
            for item in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = item {
                    entry.ids.insert(message.id.name.to_owned());
                }
            }
            entry
                .bundle
                .add_resource(resource)
                .map_err(|errors| Error::Data(format!("{locale}/{name}: {errors:?}")))?;
        }
        if !locales.iter().any(|l| l.id == DEFAULT_LOCALE) {
            return Err(Error::Data(format!("no {DEFAULT_LOCALE} locale")));
        }
        locales.sort_by(|a, b| (a.id != DEFAULT_LOCALE, &a.id).cmp(&(b.id != DEFAULT_LOCALE, &b.id)));
        Ok(Prose { locales })
    }

    /// Locale ids, the default first.
    pub fn locale_ids(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.id.as_str())
    }

    /// Finds the embedded locale for a tag as users and systems write it:
    /// `pt-BR`, `pt_br`, `pt_BR.UTF-8`, or a language alone (`pt`).
    pub fn resolve_locale(&self, tag: &str) -> Option<&str> {
        let cleaned = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if cleaned.is_empty() {
            return None;
        }
        if let Some(exact) = self.locales.iter().find(|l| l.id.eq_ignore_ascii_case(&cleaned)) {
            return Some(&exact.id);
        }
        let language = cleaned.split('-').next().unwrap_or("");
        self.locales
            .iter()
            .find(|l| l.id.split('-').next().is_some_and(|own| own.eq_ignore_ascii_case(language)))
            .map(|l| l.id.as_str())
    }

    /// Whether a locale has a message (without falling back).
    pub fn has(&self, locale: &str, id: &str) -> bool {
        self.find(locale).is_some_and(|l| l.ids.contains(id))
    }

    /// Every message id of a locale.
    pub fn message_ids(&self, locale: &str) -> BTreeSet<String> {
        self.find(locale).map(|l| l.ids.clone()).unwrap_or_default()
    }

    /// Formats a message, falling back to the default locale when the
    /// locale lacks it. Any Fluent error (missing variable, unknown
    /// reference) is an error: text must never be shown half-resolved.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Result<String, Error> {
        let text = self
            .find(locale)
            .filter(|l| l.ids.contains(id))
            .or_else(|| self.find(DEFAULT_LOCALE).filter(|l| l.ids.contains(id)))
            .ok_or_else(|| Error::Format(format!("no message {id:?} in {locale}")))?;
        let message =
            text.bundle.get_message(id).ok_or_else(|| Error::Format(format!("no message {id:?} in {}", text.id)))?;
        let pattern =
            message.value().ok_or_else(|| Error::Format(format!("message {id:?} in {} has no value", text.id)))?;
        let mut errors = Vec::new();
        let value = text.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(first) = errors.first() {
            return Err(Error::Format(format!("{}:{id}: {first:?}", text.id)));
        }
        Ok(value.into_owned())
    }

    /// Formats a message when it exists (in the locale or the default).
    pub fn format_optional(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Result<Option<String>, Error> {
        if self.has(locale, id) || self.has(DEFAULT_LOCALE, id) {
            self.format(locale, id, args).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Formats the numbered messages `{prefix}-1`, `{prefix}-2`, … until one is missing.
    pub fn format_list(&self, locale: &str, prefix: &str) -> Result<Vec<String>, Error> {
        let mut items = Vec::new();
        for n in 1.. {
            match self.format_optional(locale, &format!("{prefix}-{n}"), None)? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(items)
    }

    fn find(&self, locale: &str) -> Option<&LocaleText> {
        self.locales.iter().find(|l| l.id == locale)
    }
}
