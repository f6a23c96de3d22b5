## The command line: help text of every command and flag.

cli-about = Explain, search and compare protocol status codes (SIP first), offline and cited.
cli-after-help = Examples:
    statusdoc 486                     explain SIP 486 Busy Here
    statusdoc explain sip 438         name the protocol explicitly
    statusdoc compare 486 600         the real difference between two codes
    statusdoc search identity         find codes by words, headers or numbers
    statusdoc list --class 4xx        every registered 4xx code
    statusdoc 438 --format json       the same answer as JSON (see docs/json-contract.md)
cli-format = Output format
cli-lang = Language of the answer (default: from LC_ALL, LC_MESSAGES or LANG, else English)
cli-explain-about = Explain one status code: meaning, causes, fixes, facts and RFC references
cli-explain-args = Protocol (optional, e.g. sip) and code, e.g. 438, "sip 438", or a status line as a trace shows it, "SIP/2.0 438 Invalid Identity Header"
cli-list-about = List the registered codes of a protocol
cli-list-protocol = Protocol (default: every protocol)
cli-list-class = Only this class, e.g. 4xx or 4
cli-search-about = Search codes by number, reason phrase, header name or words of the explanation
cli-search-words = Words to search for
cli-compare-about = Compare two status codes: summary, key differences and which one applies
cli-compare-args = Protocol (optional) and two codes, e.g. 486 600, "sip 486 600", or two status lines pasted from a trace
cli-completions-about = Print a shell completion script
cli-completions-shell = Shell to complete for
cli-help = Print help
cli-version = Print version
cli-serve-about = Serve the website and JSON API (everything embedded, no configuration)
cli-serve-addr = Address to listen on
cli-serve-base-url = Public address of the site, for canonical links (default: http:// and the listening address)
cli-serve-max-upload = Largest capture or log the “Analyze a trace” page accepts, in megabytes (larger uploads get 413)
cli-serve-listening = statusdoc is serving on { $url } (Ctrl-C to stop)
cli-export-about = Write the whole site as static files, identical to what serve answers
cli-export-dir = Folder to write into (created if missing)
cli-export-base-url = Public address of the site, for canonical links
cli-export-progress = { $done } of { $total } files
cli-export-done = Exported { $pages } pages in { $files } files ({ $megabytes } MB) to { $dir } in { $seconds } s.
cli-error-unknown-argument = Unknown option { $arg }. Run “statusdoc --help” for the options.
cli-error-unknown-command = Unknown command { $arg }. Run “statusdoc --help” for the commands.
cli-error-invalid-value = { $value } is not a valid value for { $arg }; accepted: { $valid }.
cli-error-bad-value = { $value } is not a valid value for { $arg }. Run “statusdoc --help” for what it accepts.
cli-error-missing-argument = Something is missing: { $arg }. Run “statusdoc --help” for examples.
cli-error-wrong-count = Wrong number of values for { $arg }. Run “statusdoc --help” for examples.
cli-error-usage = The command line could not be understood. Run “statusdoc --help” for examples.
