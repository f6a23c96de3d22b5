## SIP: classes and the vocabulary of facts (see data/protocols/sip/protocol.toml).

sip-name = SIP

sip-class-1xx = Provisional
sip-class-2xx = Success
sip-class-3xx = Redirection
sip-class-4xx = Request failure
sip-class-5xx = Server failure
sip-class-6xx = Global failure

sip-class-1xx-meaning = A 1xx response says the request was received and is being processed; it is not an answer, and the client keeps waiting for a final response (RFC 3261 §21.1).
sip-class-2xx-meaning = A 2xx response says the request succeeded (RFC 3261 §21.2).
sip-class-3xx-meaning = A 3xx response says where the user can be reached instead; the client may retry at the addresses it gives (RFC 3261 §21.3).
sip-class-4xx-meaning = A 4xx response is a definite failure from this particular server: the request as sent cannot be served here, but the same request may succeed at another server or once modified (RFC 3261 §21.4).
sip-class-5xx-meaning = A 5xx response says the server itself failed to process a request that was apparently valid (RFC 3261 §21.5).
sip-class-6xx-meaning = A 6xx response says the server has definitive information about the user, not just this instance: the request will fail wherever it is sent (RFC 3261 §21.6).

sip-sender-uas = the user agent server (the called phone, PBX or application)
sip-sender-proxy = a proxy on the path
sip-sender-registrar = a registrar
sip-sender-redirect-server = a redirect server
sip-sender-b2bua = a B2BUA (PBX, SBC or application server acting for the callee)
sip-sender-gateway = a gateway to another network (for example the PSTN)
sip-sender-notifier = a notifier (the server of an event subscription)
sip-sender-verifier = a STIR verification service
sip-sender-client-local = the client itself, when no response arrives in time or the transport fails

sip-next-wait = Keep waiting: a final response is still to come.
sip-next-proceed = Proceed: the request succeeded.
sip-next-follow-contact = Retry at the address or addresses given in Contact.
sip-next-authenticate = Resend the request with credentials for the challenge.
sip-next-modify-and-retry = Change the request as the response indicates, then send it again.
sip-next-retry-later = Try again later, after Retry-After when given, or try another way to reach the user.
sip-next-try-elsewhere = Send the request to another server, or to the same one after Retry-After.
sip-next-stop-here = Do not resend the same request to this destination; another destination may still succeed.
sip-next-stop-everywhere = Stop: do not try this user at any other destination.
sip-next-nothing = Nothing to retry: the response reports a state the client should take note of.

sip-scope-progress = Not an outcome: it reports progress of a request still pending.
sip-scope-success = The request succeeded.
sip-scope-redirect = The user is elsewhere: the answer is about this address, not the user.
sip-scope-request = This request at this server: other servers, other branches or a changed request may succeed.
sip-scope-server = This server: it failed, while the request itself may be fine elsewhere.
sip-scope-everywhere = The user everywhere: no other branch or destination will do better.

sip-header-level-must = MUST be present
sip-header-level-should = SHOULD be present
sip-header-level-may = MAY be present
sip-header-level-carries = carried when the sender has it, with no MUST, SHOULD or MAY

sip-ack-none = A provisional response is never acknowledged; it only stops INVITE retransmissions over UDP.
sip-ack-end-to-end = The client acknowledges a 2xx to INVITE with an ACK in a new transaction, sent end to end through the dialog's route set.
sip-ack-hop-by-hop = The client transaction acknowledges a final non-2xx response to INVITE with an ACK that stays within the same transaction, hop by hop.

sip-early-dialog-creates = Carrying a To tag, it creates an early dialog (one per forked branch that answers).
sip-early-dialog-terminates = It reports that one early dialog has ended while the INVITE transaction goes on.
sip-early-dialog-none = It never creates a dialog: it is hop by hop and carries no To tag of the callee.

sip-mid-dialog-dialog = Sent to a request inside a dialog, it ends the whole dialog and every usage in it.
sip-mid-dialog-usage = Sent to a request inside a dialog, it ends the usage that request belonged to (the call or the subscription), not necessarily the whole dialog.
sip-mid-dialog-transaction = Sent to a request inside a dialog, it fails only that transaction: the dialog and the session carry on unchanged.

sip-proxy-not-forwarded = A proxy does not forward it upstream: it only concerns the hop that received it.
sip-proxy-forward-immediately = A proxy forwards it upstream at once.
sip-proxy-may-recurse = A proxy may recurse: try the Contact addresses itself instead of forwarding the redirect.
sip-proxy-cancels-branches = A forking proxy cancels every other pending branch and forwards it: no other branch can do better.
sip-proxy-preferred = When choosing the best of several 4xx responses, a forking proxy prefers this one because it tells the client how to fix the request.
sip-proxy-aggregate-challenges = A forking proxy merges the challenges of every branch into the one response it forwards.
sip-proxy-becomes-500 = A proxy must not forward it upstream: when it is the best response it has, it sends 500 instead, so that clients upstream do not take the proxy itself for overloaded.
sip-proxy-timer-c = A proxy sends it upstream when its Timer C fires on an INVITE branch that never got a final response.
sip-proxy-loop-check = A proxy sends it when its loop check finds the request has already passed through it with the same parameters.
sip-proxy-max-forwards-check = A proxy sends it when Max-Forwards has reached zero.
sip-proxy-proxy-require-check = A proxy sends it when Proxy-Require lists an extension it does not support.
sip-proxy-uri-scheme-check = A proxy sends it when the Request-URI scheme is one it cannot route.

## Short forms of sip-next-*, used inside sentences ("after 486 it will …").
sip-next-short-wait = keep waiting for the final response
sip-next-short-proceed = carry on, as the request succeeded
sip-next-short-follow-contact = retry at the address in Contact
sip-next-short-authenticate = resend the request with credentials
sip-next-short-modify-and-retry = change the request and send it again
sip-next-short-retry-later = try again later or another way
sip-next-short-try-elsewhere = try another server
sip-next-short-stop-here = give up on this destination only
sip-next-short-stop-everywhere = give up on the user everywhere
sip-next-short-nothing = just take note, as there is nothing to retry
