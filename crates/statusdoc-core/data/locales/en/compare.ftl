## Comparisons: generated sentences. Variables: $a and $b are the codes
## (lower first), $a-reason/$b-reason their reason phrases; each message
## documents the others it takes.

error-same-code = Compare { $code } with a different code.

list-and = { $init } and { $last }
list-or = { $init } or { $last }

aspect-class = Class and finality
aspect-scope = Scope
aspect-next-step = Client's next step
aspect-senders = Who sends it
aspect-methods = Requests it answers
aspect-headers = Header fields
aspect-ack = Acknowledgement
aspect-early-dialog = Early dialogs
aspect-mid-dialog = Inside a dialog
aspect-proxy = Proxy handling
aspect-status = Status
aspect-q850 = ISUP/Q.850 mapping
aspect-definition = Definition
aspect-typical-cause = Typical cause
aspect-fix = How to resolve it

heading-compare = { $a } vs { $b }
heading-differences = Key differences
heading-in-common = In common
heading-which = Which one applies
heading-also-compare = Also compare
label-curated = Hand-written note for this pair

# $a-when, $b-when: clauses from sip-NNN-use-when.
compare-summary = { $a } { $a-reason } means that { $a-when }, whereas { $b } { $b-reason } means that { $b-when }.

# $code, $default: an unregistered code and the code it is treated as.
compare-unregistered = { $code } is not a registered code: a client treats it as { $default } (RFC 3261 §8.1.3.2), so the facts compared are those of { $default }.

# $a-final, $b-final: yes or no; $a-class, $a-class-name: "4xx", "Request failure".
compare-diff-class = { $a } is a { $a-final ->
    [yes] final
   *[no] provisional
} response of class { $a-class } ({ $a-class-name }); { $b } is a { $b-final ->
    [yes] final
   *[no] provisional
} response of class { $b-class } ({ $b-class-name }).
compare-common-class = Both are { $a-final ->
    [yes] final
   *[no] provisional
} responses of class { $a-class } ({ $a-class-name }).

# $a-scope, $b-scope: sentences from sip-scope-*.
compare-diff-scope = They speak for different things. { $a }: { $a-scope } { $b }: { $b-scope }
compare-common-scope = Same scope for both. { $a-scope }

# $a-next, $b-next: sentences from sip-NNN-next; $same-kind: yes or no.
compare-diff-next-step = { $same-kind ->
    [yes] Both call for the same kind of step, but not the same step. After { $a }: { $a-next } After { $b }: { $b-next }
   *[no] The client does something different next. After { $a }: { $a-next } After { $b }: { $b-next }
}

# $a-senders, $b-senders: lists of sip-sender-* phrases.
compare-diff-senders = { $a } is sent by { $a-senders }; { $b } is sent by { $b-senders }.
compare-common-senders = Both are sent by { $a-senders }.

# $a-methods, $b-methods: method names or compare-any-method.
compare-diff-methods = { $a } typically answers { $a-methods }; { $b } typically answers { $b-methods }.
compare-common-methods = Both typically answer { $a-methods }.
compare-any-method = any method

# $a-headers, $b-headers: lists of compare-header or compare-no-header.
compare-diff-headers = { $a } carries { $a-headers }; { $b } carries { $b-headers }.
compare-common-headers = Both carry { $a-headers }.
compare-header = { $name } ({ $level })
compare-no-header = no header field specific to it

# $a-ack, $b-ack: sentences from sip-ack-*.
compare-diff-ack = When they answer an INVITE, they are acknowledged differently. { $a }: { $a-ack } { $b }: { $b-ack }

# $a-effect, $b-effect: sentences from sip-early-dialog-* or sip-mid-dialog-*.
compare-diff-early-dialog = Their effect on early dialogs differs. { $a }: { $a-effect } { $b }: { $b-effect }
compare-common-early-dialog = Same effect on early dialogs: { $a-effect }
compare-diff-mid-dialog = Answering a request inside an established dialog, they do not have the same effect. { $a }: { $a-effect } { $b }: { $b-effect }
compare-common-mid-dialog = Same effect inside an established dialog: { $a-effect }

# $a-proxy, $b-proxy: sentences from sip-proxy-* or compare-proxy-plain.
compare-diff-proxy = Proxies treat them differently. { $a }: { $a-proxy } { $b }: { $b-proxy }
compare-common-proxy = Proxies treat both alike: { $a-proxy }
compare-proxy-plain = A proxy handles it like any other response of its class, with no special rule.

# $a-status, $b-status: current, deprecated or reserved.
compare-diff-status = { $a } is { $a-status ->
    [deprecated] deprecated
    [reserved] only reserved, never to be sent
   *[current] in current use
}, while { $b } is { $b-status ->
    [deprecated] deprecated
    [reserved] only reserved, never to be sent
   *[current] in current use
}.

# $a-cause, $b-cause: compare-cause, empty when $a-mapped / $b-mapped is "no"
# (RFC 3398 maps that code to no cause; never both).
compare-diff-q850 = { $a-mapped ->
        [no] RFC 3398 names no ISUP cause for { $a }; towards the telephone network, a gateway turns { $b } into { $b-cause } (RFC 3398 §8.2.6.1).
       *[yes] { $b-mapped ->
            [no] Towards the telephone network, a gateway turns { $a } into { $a-cause }; RFC 3398 names no ISUP cause for { $b } (RFC 3398 §8.2.6.1).
           *[yes] Towards the telephone network, a gateway turns { $a } into { $a-cause } and { $b } into { $b-cause } (RFC 3398 §8.2.6.1).
        }
    }
compare-common-q850 = Towards the telephone network, a gateway turns both into { $a-cause } (RFC 3398 §8.2.6.1).
compare-cause = ISUP cause { $cause } ({ $name })

# $a-ref, $b-ref: citations.
compare-diff-definition = { $a } is defined in { $a-ref }, { $b } in { $b-ref }.
compare-common-definition = Both are defined in the same section, { $a-ref }.

# $a-text, $b-text: first items of sip-NNN-cause-N and sip-NNN-fix-N.
compare-diff-typical-cause = Typical cause of { $a }: { $a-text } Typical cause of { $b }: { $b-text }
compare-diff-fix = To resolve { $a }: { $a-text } To resolve { $b }: { $b-text }

# $same-next: yes or no; $a-next-short, $b-next-short: phrases from sip-next-short-*.
compare-which-alternatives = { $same-next ->
    [yes] { $a } and { $b } can answer the same request and both lead the client to { $a-next-short }. Send the one whose meaning matches what the server actually knows: the precise code is what the engineer reading the trace relies on.
   *[no] { $a } and { $b } can answer the same request, and the choice matters because the client reacts differently: after { $a } it will { $a-next-short }, after { $b } it will { $b-next-short }. Send the one whose meaning matches what the server actually knows.
}

# $a-flow, $b-flow: sentences from compare-flow-*; $same-family: yes or no; $a-methods, $b-methods.
compare-which-not = { $same-family ->
    [yes] { $a } and { $b } are not alternatives: they answer different requests ({ $a }: { $a-methods }; { $b }: { $b-methods }), so they never compete for the same one.
   *[no] { $a } and { $b } are not alternatives and never compete for the same request. { $a-flow } { $b-flow }
}
compare-flow-provisional = { $code } arrives while an INVITE is still pending, before its final response.
compare-flow-success = { $code } ends a transaction with success.
compare-flow-redirect = { $code } ends a transaction by sending the client to another address.
compare-flow-failure = { $code } ends a transaction with a failure.

compare-which-same-default = Any standard element treats { $a } and { $b } alike, because an unregistered code counts as the x00 code of its class (RFC 3261 §8.1.3.2); only the sender's own intent, which the reason phrase may reveal, sets them apart.
