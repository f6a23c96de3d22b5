## statusdoc analyze: help, labels and capture problems.

cli-analyze-about = Read captures (pcap, pcapng, Network Monitor) or SIP logs (“-” for standard input) and show every SIP call: ladder, outcome, and the meaning of each failure
cli-analyze-files = Capture files to read; several are merged on one timeline
cli-analyze-call = Only the call with this Call-ID
cli-analyze-failed = Only calls that failed
cli-analyze-max-messages = Stop reading after this many SIP messages (the rest is reported, not silently dropped)

analyze-summary = { $messages ->
    [one] One SIP message
   *[other] { $messages } SIP messages
}, { $calls ->
    [one] one call
   *[other] { $calls } calls
} ({ $failed } failed), { $errors ->
    [one] one problem
   *[other] { $errors } problems
}.
analyze-call = Call { $call_id }
analyze-outcome = { $state ->
    [answered] answered
    [failed] failed
    [cancelled] cancelled
    [completed] completed
   *[incomplete] incomplete
}
analyze-setup = setup { $seconds } s
analyze-duration = duration { $seconds } s
analyze-linked = linked legs: { $calls }
analyze-retransmission = retransmission
analyze-frame = frame { $frame }
analyze-problems = Problems in the input
analyze-no-calls = No SIP call found.
analyze-cannot-open = Cannot open { $file }: { $reason }

analyze-problem-unknown-format = neither a capture this tool reads (pcap, pcapng, Network Monitor 2.x) nor a log with SIP messages { $detail }
analyze-problem-damaged-file = the file ends inside a block or is damaged { $detail }
analyze-problem-unsupported-link-type = link type { $detail } has no decoder; its packets were skipped
analyze-problem-truncated = packet cut by the capture's snap length ({ $detail } bytes kept)
analyze-problem-incomplete-fragments = IP fragments whose other parts never arrived ({ $detail })
analyze-problem-tcp-gap = bytes missing from a TCP stream ({ $detail }); messages across the gap are lost
analyze-problem-tcp-incomplete = a TCP stream ended inside a SIP message ({ $detail })
analyze-problem-tls = TLS on a SIP port ({ $detail }): its SIP cannot be read from a capture
analyze-problem-unparsable = looks like SIP but cannot be parsed: { $detail }
analyze-problem-not-sip = a datagram on a SIP port that is not SIP ({ $detail })
analyze-problem-limit-reached = a limit was reached ({ $detail }); what follows was not read
analyze-problem-no-call-id = a SIP message without Call-ID ({ $detail }): it belongs to no call
