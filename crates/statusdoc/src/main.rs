//! `statusdoc`: the command line. Glue only: it parses arguments, asks
//! `statusdoc-core` and prints the answer as text, JSON or Markdown.

#![forbid(unsafe_code)]

/// mimalloc: calls are built on one thread and freed on another, which glibc
/// malloc answers with lock contention between its arenas.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod render;
mod render_analyze;
mod render_compare;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::ArgMatches;
use statusdoc_core::{explain, search, Catalog, Code, Error, Registry, DEFAULT_LOCALE};

use crate::render::{Format, Style};

/// Exit status for bad input and usage errors.
const EXIT_USAGE: u8 = 2;
/// Exit status for a search that found nothing (as grep does).
const EXIT_NO_MATCH: u8 = 1;

fn main() -> ExitCode {
    let args: Vec<String> = match std::env::args_os().map(|a| a.into_string()).collect::<Result<_, _>>() {
        Ok(args) => args,
        Err(bad) => {
            eprintln!("statusdoc: argument {bad:?} is not valid UTF-8");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (statusdoc list | head) is not an error.
            if err.chain().any(|e| e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("statusdoc: {err:#}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// The locale for messages: `--lang`, else the environment, else English.
/// An explicit `--lang` that names no locale is an error; an environment
/// locale we lack (`C`, `de_DE.UTF-8`) quietly means English.
fn pick_locale<'a>(catalog: &'a Catalog, args: &[String]) -> Result<&'a str, Error> {
    let mut explicit = None;
    for (i, arg) in args.iter().enumerate() {
        if arg == "--lang" {
            explicit = args.get(i + 1).cloned();
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            explicit = Some(value.to_owned());
        }
    }
    if let Some(tag) = explicit {
        return catalog.locale(&tag);
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var) {
            if !value.is_empty() {
                return Ok(catalog.prose().resolve_locale(&value).unwrap_or(DEFAULT_LOCALE));
            }
        }
    }
    Ok(DEFAULT_LOCALE)
}

/// `statusdoc 438 …` is short for `statusdoc explain 438 …`.
fn insert_explain(mut args: Vec<String>) -> Vec<String> {
    let mut i = 1;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--format" || arg == "-f" || arg == "--lang" {
            i += 2;
            continue;
        }
        if arg.starts_with('-') {
            i += 1;
            continue;
        }
        if !cli::is_subcommand(arg) {
            args.insert(i, "explain".to_owned());
        }
        break;
    }
    args
}

fn localized(catalog: &Catalog, locale: &str, err: &Error) -> String {
    let mut args = statusdoc_core::FluentArgs::new();
    for (name, value) in err.args() {
        args.set(name, value);
    }
    catalog.prose().format(locale, err.message_id(), Some(&args)).unwrap_or_else(|_| err.to_string())
}

fn run(args: Vec<String>) -> anyhow::Result<ExitCode> {
    let catalog = Catalog::embedded().context("loading the embedded data")?;
    let locale = match pick_locale(catalog, &args) {
        Ok(locale) => locale,
        Err(err) => {
            eprintln!("statusdoc: {}", localized(catalog, DEFAULT_LOCALE, &err));
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let matches = match cli::command(catalog.prose(), locale).try_get_matches_from(insert_explain(args)) {
        Ok(matches) => matches,
        Err(err) => {
            use clap::error::ErrorKind;
            let code = err.exit_code();
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                err.print().context("printing usage")?;
            } else {
                eprintln!("statusdoc: {}", usage_error(catalog, locale, &err));
            }
            return Ok(ExitCode::from(u8::try_from(code).unwrap_or(EXIT_USAGE)));
        }
    };
    let format = Format::parse(matches.get_one::<String>("format").map(String::as_str).unwrap_or("text"));
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let style = Style::detect(terminal);
    // Off a terminal, writes as large as a pipe holds: a large capture's
    // answer is a few KiB per call, and a write per call or two is a
    // system call per call or two.
    let capacity = if terminal { 8 * 1024 } else { 64 * 1024 };
    let mut out = io::BufWriter::with_capacity(capacity, stdout.lock());
    let outcome = answer(catalog, locale, format, &style, &matches, &mut out);
    match outcome {
        Ok(code) => {
            out.flush().context("writing the answer")?;
            Ok(code)
        }
        Err(Failure::Input(err)) => {
            out.flush().context("writing the answer")?;
            eprintln!("statusdoc: {}", localized(catalog, locale, &err));
            Ok(ExitCode::from(EXIT_USAGE))
        }
        Err(Failure::Message(text)) => {
            out.flush().context("writing the answer")?;
            eprintln!("statusdoc: {text}");
            Ok(ExitCode::from(EXIT_USAGE))
        }
        Err(Failure::Other(err)) => Err(err),
    }
}

/// Why a command failed: bad input (exit 2, localized) or anything else.
enum Failure {
    Input(Error),
    /// Bad input already put into words (for example a file that cannot be opened).
    Message(String),
    Other(anyhow::Error),
}

impl From<Error> for Failure {
    fn from(err: Error) -> Failure {
        if err.is_user_error() {
            Failure::Input(err)
        } else {
            Failure::Other(err.into())
        }
    }
}

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Failure {
        Failure::Other(err.into())
    }
}

impl From<serde_json::Error> for Failure {
    fn from(err: serde_json::Error) -> Failure {
        Failure::Other(err.into())
    }
}

/// The codes of `compare [PROTOCOL] A B`, each typed as a number or pasted
/// as a status line; B is read in A's protocol unless it names its own.
fn codes_to_compare<'c>(catalog: &'c Catalog, args: &[String]) -> Result<(&'c Registry, Code, Code), Error> {
    let (named, a, b) = match args {
        [protocol, a, b] => (Some(catalog.registry(protocol)?), a, b),
        [a, b, ..] => (None, a, b),
        _ => {
            // clap asks for two or three; say so in the words of a bad code all the same.
            let (min, max) = catalog.registries().first().map(Registry::bounds).unwrap_or_default();
            return Err(Error::MalformedCode { input: args.join(" "), min, max });
        }
    };
    let (registry, a) = catalog.read_code(a, named)?;
    let (_, b) = catalog.read_code(b, Some(registry))?;
    Ok((registry, a, b))
}

fn answer(
    catalog: &Catalog,
    locale: &str,
    format: Format,
    style: &Style,
    matches: &ArgMatches,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let words = |m: &ArgMatches, name: &str| -> Vec<String> {
        m.get_many::<String>(name).map(|v| v.cloned().collect()).unwrap_or_default()
    };
    let renderer = render::Renderer { catalog, locale, style };
    if format == Format::Mermaid && !matches!(matches.subcommand(), Some(("analyze", _))) {
        let text = catalog.prose().format(locale, "error-mermaid-analyze-only", None)?;
        return Err(Failure::Message(text));
    }
    match matches.subcommand() {
        Some(("explain", sub)) => {
            let (registry, code) = catalog.read_code(&words(sub, "args").join(" "), None)?;
            let explanation = explain(catalog, registry, code, locale)?;
            match format {
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&explanation)?)?,
                Format::Markdown => renderer.explanation_markdown(out, &explanation)?,
                Format::Text | Format::Mermaid => renderer.explanation_text(out, &explanation)?,
            }
        }
        Some(("compare", sub)) => {
            let (registry, a, b) = codes_to_compare(catalog, &words(sub, "args"))?;
            let comparison = statusdoc_core::compare(catalog, registry, a, b, locale)?;
            match format {
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&comparison)?)?,
                Format::Markdown => renderer.comparison_markdown(out, &comparison)?,
                Format::Text | Format::Mermaid => renderer.comparison_text(out, &comparison)?,
            }
        }
        Some(("list", sub)) => {
            let registries: Vec<&Registry> = match sub.get_one::<String>("protocol") {
                Some(name) => vec![catalog.registry(name)?],
                None => catalog.registries().iter().collect(),
            };
            let class = match sub.get_one::<String>("class") {
                Some(text) => Some(parse_class(text, &registries)?),
                None => None,
            };
            let list = render::list(catalog, &registries, class, locale)?;
            match format {
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?,
                Format::Markdown => renderer.list_markdown(out, &list)?,
                Format::Text | Format::Mermaid => renderer.list_text(out, &list)?,
            }
        }
        Some(("search", sub)) => {
            let query = words(sub, "words").join(" ");
            let results = search(catalog, &query, locale)?;
            match format {
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&results)?)?,
                Format::Markdown => renderer.search_markdown(out, &results)?,
                Format::Text | Format::Mermaid => renderer.search_text(out, &results)?,
            }
            if results.hits.is_empty() {
                return Ok(ExitCode::from(EXIT_NO_MATCH));
            }
        }
        Some(("analyze", sub)) => {
            let files = words(sub, "files");
            let call = sub.get_one::<String>("call").cloned();
            let tls_keys: Vec<&str> =
                sub.get_many::<String>("tls-keys").map(|files| files.map(String::as_str).collect()).unwrap_or_default();
            let options = render_analyze::Options {
                format,
                call: call.as_deref(),
                failed_only: sub.get_flag("failed"),
                max_messages: sub.get_one::<u64>("max-messages").copied().unwrap_or(5_000_000),
                max_open_calls: sub
                    .get_one::<u64>("max-open-calls")
                    .map_or(100_000, |&n| usize::try_from(n).unwrap_or(usize::MAX)),
                html: sub.get_one::<String>("html").map(String::as_str),
                redact: sub.get_flag("redact"),
                tls_keys: &tls_keys,
                live: render_analyze::reads_a_pipe(&files),
            };
            render_analyze::stop_reading_on_interrupt();
            let summary = match render_analyze::run(&renderer, out, &files, &options) {
                Ok(summary) => summary,
                Err(render_analyze::AnalyzeError::Open(text)) => return Err(Failure::Message(text)),
                Err(render_analyze::AnalyzeError::Io(e)) => return Err(Failure::Other(e.into())),
            };
            // Nothing read and something wrong: the input itself is the problem.
            if summary.messages == 0 && summary.errors > 0 {
                return Ok(ExitCode::from(EXIT_USAGE));
            }
        }
        Some(("serve", sub)) => {
            let addr_text = sub.get_one::<String>("addr").map(String::as_str).unwrap_or("127.0.0.1:8080");
            let addr: std::net::SocketAddr = match addr_text.parse() {
                Ok(addr) => addr,
                Err(_) => {
                    return Err(Failure::Other(anyhow::anyhow!(
                        "--addr {addr_text:?} is not an address such as 127.0.0.1:8080"
                    )))
                }
            };
            let max_upload = sub.get_one::<u64>("max-upload").copied().unwrap_or(50) as usize * 1024 * 1024;
            serve(catalog, locale, addr, sub.get_one::<String>("base-url").cloned(), max_upload)
                .map_err(Failure::Other)?;
        }
        Some(("export", sub)) => {
            let dir = sub.get_one::<String>("dir").cloned().unwrap_or_default();
            let base_url = sub.get_one::<String>("base-url").cloned().unwrap_or_default();
            export(catalog, locale, std::path::Path::new(&dir), &base_url).map_err(Failure::Other)?;
        }
        Some(("completions", sub)) => {
            let shell = sub.get_one::<String>("shell").map(String::as_str).unwrap_or("bash");
            let mut command = cli::command(catalog.prose(), locale);
            let shell = match shell {
                "zsh" => clap_complete::Shell::Zsh,
                "fish" => clap_complete::Shell::Fish,
                _ => clap_complete::Shell::Bash,
            };
            clap_complete::generate(shell, &mut command, "statusdoc", out);
        }
        _ => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// A class as typed (`4xx`, `4XX` or `4` → 4), one the protocols listed have.
fn parse_class(text: &str, registries: &[&Registry]) -> Result<u8, Error> {
    let trimmed = text.trim();
    let digit = trimmed.strip_suffix("xx").or_else(|| trimmed.strip_suffix("XX")).unwrap_or(trimmed);
    match digit.parse::<u8>() {
        Ok(d) if digit.len() == 1 && registries.iter().any(|r| r.classes().iter().any(|c| c.digit == d)) => Ok(d),
        _ => Err(Error::MalformedClass { input: text.to_owned() }),
    }
}

fn message(catalog: &Catalog, locale: &str, id: &str, vars: &[(&str, String)]) -> String {
    let mut args = statusdoc_core::FluentArgs::new();
    for (name, value) in vars {
        args.set(*name, value.clone());
    }
    catalog.prose().format(locale, id, Some(&args)).unwrap_or_else(|_| id.to_owned())
}

/// `statusdoc serve`: runs until Ctrl-C or SIGTERM, one access-log line per request on stderr.
/// `statusdoc serve`: the website until Ctrl-C; uploads up to `max_upload` bytes.
fn serve(
    catalog: &Catalog,
    locale: &str,
    addr: std::net::SocketAddr,
    base_url: Option<String>,
    max_upload: usize,
) -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(io::stderr)
        .with_ansi(io::stderr().is_terminal())
        .with_target(false)
        .try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(async {
        let base = base_url.unwrap_or_else(|| format!("http://{addr}"));
        let site = statusdoc_web::Site::new(&base).context("loading the site")?.with_max_upload(max_upload);
        // The address to open locally is the bound one (port 0 picks a free port).
        statusdoc_web::serve(site, addr, |bound| {
            eprintln!("{}", message(catalog, locale, "cli-serve-listening", &[("url", format!("http://{bound}"))]));
        })
        .await
        .with_context(|| format!("serving on {addr}"))
    })
}

/// `statusdoc export DIR`: the whole site as files, with a progress line on a terminal.
fn export(catalog: &Catalog, locale: &str, dir: &std::path::Path, base_url: &str) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let site = statusdoc_web::Site::new(base_url).context("loading the site")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let tty = io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if tty {
            let line = message(
                catalog,
                locale,
                "cli-export-progress",
                &[("done", done.to_string()), ("total", total.to_string())],
            );
            let width = 30;
            let filled = done * width / total.max(1);
            eprint!("\r[{}{}] {line}", "#".repeat(filled), " ".repeat(width - filled));
        }
    };
    let summary =
        statusdoc_web::export(&site, dir, &progress).with_context(|| format!("exporting to {}", dir.display()))?;
    if tty {
        eprintln!();
    }
    let seconds = format!("{:.2}", started.elapsed().as_secs_f64());
    let megabytes = format!("{:.1}", summary.bytes as f64 / 1_000_000.0);
    println!(
        "{}",
        message(
            catalog,
            locale,
            "cli-export-done",
            &[
                ("pages", summary.pages.to_string()),
                ("files", summary.files.to_string()),
                ("megabytes", megabytes),
                ("dir", dir.display().to_string()),
                ("seconds", seconds),
            ],
        )
    );
    Ok(())
}

/// A command-line usage error in the user's language. clap's own text is
/// English, so only the kind of error and the offending words are taken from it.
fn usage_error(catalog: &Catalog, locale: &str, err: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind: ContextKind| -> String {
        match err.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    };
    // clap names an argument of several values once per value, then "..."
    // (`<A B> <A B>...`, `<FILE>...`): once is enough.
    let named_once = || {
        let arg = context(ContextKind::InvalidArg);
        match arg.find('>') {
            Some(end) if arg.starts_with('<') => arg[..=end].to_owned(),
            _ => arg,
        }
    };
    let (id, vars): (&str, Vec<(&str, String)>) = match err.kind() {
        ErrorKind::UnknownArgument => ("cli-error-unknown-argument", vec![("arg", context(ContextKind::InvalidArg))]),
        ErrorKind::InvalidSubcommand => {
            ("cli-error-unknown-command", vec![("arg", context(ContextKind::InvalidSubcommand))])
        }
        ErrorKind::InvalidValue => (
            "cli-error-invalid-value",
            vec![
                ("value", context(ContextKind::InvalidValue)),
                ("arg", context(ContextKind::InvalidArg)),
                ("valid", context(ContextKind::ValidValue)),
            ],
        ),
        // A number out of its range, or not a number: clap's reason is in English.
        ErrorKind::ValueValidation => (
            "cli-error-bad-value",
            vec![("value", context(ContextKind::InvalidValue)), ("arg", context(ContextKind::InvalidArg))],
        ),
        ErrorKind::MissingRequiredArgument => ("cli-error-missing-argument", vec![("arg", named_once())]),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            ("cli-error-wrong-count", vec![("arg", named_once())])
        }
        _ => ("cli-error-usage", vec![]),
    };
    message(catalog, locale, id, &vars)
}
