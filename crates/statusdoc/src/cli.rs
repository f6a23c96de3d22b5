//! The command-line definition. Every help string comes from the locale's
//! Fluent messages, so help, completions and parsing share one definition.

use clap::{Arg, ArgAction, Command};
use statusdoc_core::Prose;

/// Output formats every answering command takes.
pub const FORMATS: [&str; 4] = ["text", "json", "markdown", "mermaid"];
/// Shells `completions` can write for.
pub const SHELLS: [&str; 3] = ["bash", "zsh", "fish"];

/// Builds the command line with help text in `locale`.
pub fn command(prose: &Prose, locale: &str) -> Command {
    let t = |id: &str| prose.format(locale, id, None).unwrap_or_else(|_| id.to_owned());
    let format = Arg::new("format")
        .long("format")
        .short('f')
        .global(true)
        .value_parser(FORMATS)
        .default_value("text")
        .help(t("cli-format"));
    let lang = Arg::new("lang").long("lang").global(true).value_name("LOCALE").help(t("cli-lang"));
    Command::new("statusdoc")
        .version(env!("CARGO_PKG_VERSION"))
        .about(t("cli-about"))
        .after_help(t("cli-after-help"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(Arg::new("help").long("help").short('h').action(ArgAction::Help).global(true).help(t("cli-help")))
        .arg(Arg::new("version").long("version").short('V').action(ArgAction::Version).help(t("cli-version")))
        .arg(format)
        .arg(lang)
        .subcommand_required(false)
        .arg_required_else_help(true)
        .disable_help_subcommand(true)
        .subcommand(Command::new("explain").about(t("cli-explain-about")).allow_negative_numbers(true).arg(
            Arg::new("args").num_args(1..).required(true).value_name("[PROTOCOL] CODE").help(t("cli-explain-args")),
        ))
        .subcommand(
            Command::new("list")
                .about(t("cli-list-about"))
                .arg(Arg::new("protocol").value_name("PROTOCOL").help(t("cli-list-protocol")))
                .arg(Arg::new("class").long("class").short('c').value_name("CLASS").help(t("cli-list-class"))),
        )
        .subcommand(
            Command::new("search")
                .about(t("cli-search-about"))
                .arg(Arg::new("words").num_args(1..).required(true).value_name("WORDS").help(t("cli-search-words"))),
        )
        .subcommand(Command::new("compare").about(t("cli-compare-about")).allow_negative_numbers(true).arg(
            Arg::new("args").num_args(2..=3).required(true).value_name("[PROTOCOL] A B").help(t("cli-compare-args")),
        ))
        .subcommand(
            Command::new("analyze")
                .about(t("cli-analyze-about"))
                .arg(Arg::new("files").num_args(1..).required(true).value_name("FILE").help(t("cli-analyze-files")))
                .arg(Arg::new("call").long("call").value_name("CALL-ID").help(t("cli-analyze-call")))
                .arg(Arg::new("failed").long("failed").action(ArgAction::SetTrue).help(t("cli-analyze-failed")))
                .arg(Arg::new("html").long("html").value_name("FILE").help(t("cli-analyze-html")))
                .arg(Arg::new("redact").long("redact").action(ArgAction::SetTrue).help(t("cli-analyze-redact")))
                .arg(
                    Arg::new("tls-keys")
                        .long("tls-keys")
                        .value_name("FILE")
                        .action(ArgAction::Append)
                        .help(t("cli-analyze-tls-keys")),
                )
                .arg(
                    Arg::new("max-messages")
                        .long("max-messages")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u64).range(1..))
                        .default_value("5000000")
                        .help(t("cli-analyze-max-messages")),
                )
                .arg(
                    Arg::new("max-open-calls")
                        .long("max-open-calls")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u64).range(1..))
                        .default_value("100000")
                        .help(t("cli-analyze-max-open-calls")),
                ),
        )
        .subcommand(
            Command::new("serve")
                .about(t("cli-serve-about"))
                .arg(
                    Arg::new("addr")
                        .long("addr")
                        .value_name("ADDR")
                        .default_value("127.0.0.1:8080")
                        .help(t("cli-serve-addr")),
                )
                .arg(Arg::new("base-url").long("base-url").value_name("URL").help(t("cli-serve-base-url")))
                .arg(
                    Arg::new("max-upload")
                        .long("max-upload")
                        .value_name("MB")
                        .value_parser(clap::value_parser!(u64).range(1..=4096))
                        .default_value("50")
                        .help(t("cli-serve-max-upload")),
                ),
        )
        .subcommand(
            Command::new("export")
                .about(t("cli-export-about"))
                .arg(Arg::new("dir").required(true).value_name("DIR").help(t("cli-export-dir")))
                .arg(
                    Arg::new("base-url")
                        .long("base-url")
                        .value_name("URL")
                        .default_value("http://127.0.0.1:8080")
                        .help(t("cli-export-base-url")),
                ),
        )
        .subcommand(
            Command::new("completions")
                .about(t("cli-completions-about"))
                .arg(Arg::new("shell").required(true).value_parser(SHELLS).help(t("cli-completions-shell"))),
        )
}

/// Subcommand names, to tell `statusdoc 438` (a shortcut) from a command.
pub fn is_subcommand(word: &str) -> bool {
    matches!(word, "explain" | "list" | "search" | "compare" | "completions" | "serve" | "export" | "analyze")
}
