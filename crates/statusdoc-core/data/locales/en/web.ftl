## The website: layout, pages and API errors.

site-tagline = Protocol status codes, explained and compared, with the RFC section for every claim.
skip-to-content = Skip to content
nav-compare = Compare
nav-about = About
nav-codes = All codes
search-label = Search codes
search-placeholder = Code, words or header (e.g. 438, busy, Min-Expires)
search-button = Search
language-label = Language
language-suggestion = This page is also available in { $language }.
locale-name = English
footer-text = statusdoc explains protocol status codes from the RFCs. Every statement cites the section it rests on; report an error from the About page.

home-title = SIP response codes explained and compared
home-description = Every SIP response code: what it means, why you see it, how to fix it, and how it differs from the code it is confused with, with the RFC section for each claim.
home-intro = Look up any SIP response code, or compare two of them. Each answer cites the RFC section it comes from.
home-classes = Codes by class
home-confused = Most confused pairs
home-picker = Compare two codes

picker-title = Compare two SIP codes
picker-description = Pick any two SIP response codes to see what really separates them.
picker-first = First code
picker-second = Second code
picker-submit = Compare
picker-invalid = Choose two different registered codes.

class-title = SIP { $class } responses: { $name }
class-description = All registered SIP { $class } response codes ({ $name }), each with its meaning and RFC reference.
protocol-title = All SIP response codes
protocol-description = The { $count } response codes of IANA's SIP registry, by class, each with its meaning and RFC reference.

code-title = SIP { $code } { $reason }: meaning, causes and fixes
code-compare-with = Compare { $code } with
code-open-full = Full explanation of { $code }
code-table-code = Code
code-table-reason = Reason phrase
code-table-summary = Meaning

compare-title = SIP { $a } vs { $b }: the difference
compare-description = { $a } { $a-reason } versus { $b } { $b-reason }: the real distinction, key differences with RFC references, and which one applies.

search-title = Search: { $query }
search-title-empty = Search SIP codes
search-description = Search SIP response codes by number, reason phrase, header name or words.
search-prompt = Type a code, words or a header name.

about-title = About statusdoc and its method
about-description = Where statusdoc's facts come from, how comparisons are built, and how to report an error.
about-sources-heading = Sources
about-sources = The registry mirrors IANA's Session Initiation Protocol (SIP) Parameters, Response Codes. Facts and prose are written from the RFCs themselves, chiefly RFC 3261 and the RFCs that define or change each code; every paragraph names the section it rests on, and the references link to the RFC Editor's copy of that section.
about-method-heading = How comparisons are made
about-method = A comparison puts the facts of both codes side by side: class and finality, scope, what the client does next, who sends it, the requests it answers, required header fields, effects on transactions and dialogs, proxy handling, status and the ISUP/Q.850 mapping. Only aspects where the two codes really differ are listed as differences, each with its references. For pairs that engineers commonly confuse, a note written by hand states the real distinction and when to send which.
about-report-heading = Report an error
about-report = If a statement is wrong or outdated, open an issue in the project's tracker quoting the page address, the sentence and the RFC section that contradicts it.
about-offline = This site runs from one program with all its data embedded; it loads nothing from other sites.

notfound-title = Page not found
notfound-description = The page does not exist. Search the codes or start from the list.
notfound-intro = There is no page at this address. Perhaps one of these helps:
notfound-unregistered-title = SIP { $code } is not a registered code

api-error-not-found = No such API resource: { $path }
api-error-bad-code = “{ $input }” is not a SIP status code (expected 100 to 699).
api-error-same-code = Compare { $code } with a different code.
api-error-empty-search = Give at least one word or number in the q parameter.
api-error-unknown-locale = Unknown language “{ $input }”.
http-error-method = Method not allowed; use GET or HEAD.
http-error-too-long = The request address is too long.

## "Analyze a trace": upload a capture or paste a log.
nav-analyze = Analyze a trace
analyze-page-title = Analyze a SIP trace
analyze-page-description = Upload a capture (pcap, pcapng) or paste a SIP log or an ngrep / tcpdump -A dump: every call drawn as a ladder, every failure explained from its own headers.
analyze-page-lead = Upload a capture or paste log text: you get each call's ladder, the whole messages, and for every failure what its headers say and what to do.
analyze-file-label = Capture file (pcap, pcapng, Network Monitor, Endace ERF, snoop; compressed too: gzip, zstd, xz, bzip2, lz4) or log file (also ngrep or tcpdump -A output), or a ZIP or tar archive of them; several files chosen at once are merged on one timeline
analyze-text-label = Or paste SIP messages or log lines (Kamailio, OpenSIPS, Asterisk, FreeSWITCH)
analyze-text-placeholder = SIP/2.0 486 Busy Here …
analyze-redact-label = Redact first: replace IP addresses, host names, users, phone numbers and display names with pseudonyms
analyze-keys-label = TLS key log (optional): SIP over TLS in the capture is decrypted with the session secrets it holds (SSLKEYLOGFILE, NSS format)
analyze-submit = Analyze
analyze-privacy = Uploads of up to { $limit } MB are read in memory, answered, and dropped: nothing is stored or logged.
analyze-cli-hint = The same report from the command line, without uploading anything: statusdoc analyze FILE --html report.html
analyze-again = Analyze another trace
analyze-error-empty = Nothing was sent: choose a file or paste some text.
analyze-error-too-large = The upload is larger than the limit of { $limit } MB. Cut the capture to the calls you need (for example with editcap or tshark -Y sip -w), or run statusdoc analyze on your own machine, which has no such limit.
analyze-error-form = The form could not be read: { $detail }
