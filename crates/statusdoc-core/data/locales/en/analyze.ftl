## statusdoc analyze: help, labels and capture problems.

cli-analyze-about = Read captures (pcap, pcapng, Network Monitor, Endace ERF, snoop; compressed too: gzip, zstd, xz, bzip2, lz4) or SIP logs, ngrep / tcpdump dumps and Wireshark’s exports (packet details as text, JSON or PDML; hex dumps), or directories, ZIP and tar archives of them (“-” for standard input) and show every SIP call: ladder, outcome, and the meaning of each failure
cli-analyze-files = Captures or logs to read (“-” for standard input); several are merged on one timeline, each frame shown with its file, and the files of a ring buffer are read in turn as one capture (a TCP or TLS connection goes on from one to the next)
cli-analyze-call = Only the call with this Call-ID, and the calls headers link it to, directly or through other calls (other legs, a transfer)
cli-analyze-failed = Only calls that failed
cli-analyze-max-messages = Stop reading after this many SIP messages (the rest is reported, not silently dropped)
cli-analyze-max-open-calls = Most calls open at once; past it, the longest idle are written early (memory stays bounded during a flood of new calls)

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
# An address a log does not give (the side that wrote it, usually).
analyze-address-unknown = (not in the log)
# A call a log gave without any address is drawn between two lanes: the side
# that sent its first request (named in that request's From) and the other,
# named so when the URIs of its first message do not tell them apart.
analyze-side-first = (From side)
analyze-side-other = (To side)
analyze-frame = frame { $frame }
analyze-frame-in = frame { $frame } of { $input }
analyze-frames-in = { $frames } of { $input }
analyze-line = line { $frame }
analyze-line-in = line { $frame } of { $input }
analyze-stdin = standard input
analyze-stdin-terminal = Reading from the terminal: paste SIP messages or log lines, then press Ctrl-D on a line of its own.
analyze-too-many-inputs = { $count } inputs given; at most { $limit } are read together.
analyze-too-many-files = The inputs given hold more than { $limit } files (a directory or an archive counts as the files in it); at most { $limit } are read together.
analyze-directory-empty = { $dir } holds no file to read (hidden files, whose names begin with a dot, are left out).
analyze-problems = Problems in the input
analyze-no-calls = No SIP call found.
analyze-no-call-id = No call has the Call-ID “{ $call_id }” ({ $calls ->
    [one] one call read
   *[other] { $calls } calls read
}); --call takes a whole Call-ID, as the ladder's heading shows it.
analyze-no-failed-call-id = No failed call has the Call-ID “{ $call_id }” ({ $calls ->
    [one] one call read
   *[other] { $calls } calls read
}).
analyze-no-failed-calls = { $calls ->
    [one] The one call read did not fail.
   *[other] None of the { $calls } calls read failed.
}
analyze-cannot-open = Cannot open { $file }: { $reason }
analyze-tls-keys-none = { $file } holds no TLS session secrets: a key log has lines such as CLIENT_RANDOM or CLIENT_TRAFFIC_SECRET_0, each with a client random and a secret in hex (NSS key log format, as SSLKEYLOGFILE writes)
analyze-only-tls-keys = The inputs given hold TLS session secrets (a key log) but no capture or log: give the capture whose SIP over TLS they decrypt too.

analyze-problem-unknown-format = { $detail ->
    [empty] the input is empty: there is nothing to read
    [zip] a ZIP archive on standard input or inside another archive: give it as a file of its own, whose captures and logs are then read one by one, or extract them first
    [tar] a tar archive on standard input or inside another archive: give it as a file of its own, whose captures and logs are then read one by one, or extract them first
    [sevenzip] a 7-Zip archive: extract the capture or log from it first
    [rar] a RAR archive: extract the capture or log from it first
    [archive-encrypted] a file of the archive that is encrypted: extract it with its password first
    [archive-method] a file of the archive compressed in a way not read here (only stored and deflated files of a ZIP, and the regular files of a tar, are): extract it first
    [archive-damaged] an archive cut short or damaged: its directory or the header of its next file cannot be read, so the files after it are not read (the files before it are)
    [archive-too-many] an archive of more than 10,000 entries: extract the files wanted from it first
    [archive-empty] an archive that holds no file (directories alone)
   *[other] neither a capture this tool reads (pcap, pcapng, Network Monitor 2.x, Endace ERF, snoop) nor a log or text packet dump (ngrep, tcpdump -A or -X, Wireshark’s packet details, hex dump or followed stream) with whole SIP messages { $detail }
}
analyze-problem-damaged-file = the file ends inside a block or is damaged { $detail }
analyze-problem-unsupported-link-type = link type { $detail } has no decoder; its packets were skipped
analyze-problem-truncated = packet cut by the capture's snap length ({ $detail } bytes kept)
analyze-problem-incomplete-fragments = fragments (IP, or of an SCTP message) whose other parts never arrived ({ $detail })
analyze-problem-bad-fragment = an IP fragment that does not fit with the others of its datagram ({ $detail }): a length that is not a multiple of 8 though more fragments follow, a datagram past 65,535 bytes, or an end other than another fragment gave; the datagram cannot be put together and is not read
analyze-problem-tcp-gap = bytes missing from a TCP stream ({ $detail }); messages across the gap are lost
analyze-problem-sctp-gap = DATA chunks missing from an SCTP association (sender → receiver, how many: { $detail }); the messages they carried are lost
analyze-problem-tcp-incomplete = a TCP stream ended inside a SIP message ({ $detail })
analyze-problem-tls = TLS on a SIP port ({ $detail }): its SIP cannot be read without the session secrets. Give the key log an endpoint wrote (SSLKEYLOGFILE, NSS format): with --tls-keys FILE, in the web page's key log field, or inside a pcapng file (editcap --inject-secrets tls,FILE); the capture must hold the connection's handshake
analyze-problem-tls-unsupported = TLS that is not decrypted here ({ $detail }): TLS 1.3 and 1.2 are, with AES-GCM, ChaCha20-Poly1305 or AES-CBC, and TLS 1.1 and 1.0 with AES-CBC; Wireshark can decrypt this one with the same key log and export its SIP (File › Export PDUs to File…, "OSI layer 7"): analyze that file
analyze-problem-tls-undecryptable = TLS records that do not decrypt with the session secrets given ({ $detail }): the key log holds other secrets for this session, or records are missing from the capture; what follows in that direction is not read
analyze-problem-tls-no-handshake = TLS on a SIP port whose handshake is not in the capture ({ $detail }): the connection opened before the capture began, and the key log is looked up by the random its handshake sent, so its SIP cannot be read even with the secrets. Capture from before the connection opens (a SIP trunk opens a new one when it is restarted), or give the files of a ring buffer together, so that the one holding the handshake is read first
analyze-problem-tls-no-secrets = TLS on a SIP port whose session secrets the key log given does not hold ({ $detail }): the handshake was read, but no secrets are logged for its random, so its SIP cannot be read. Give the key log written while this connection opened (an endpoint writes one line per session, SSLKEYLOGFILE): a log of an earlier or later run, or of another endpoint that did not take part, does not hold them
analyze-problem-unparsable = looks like SIP but cannot be parsed: { $detail }
analyze-problem-not-sip = a datagram on a SIP port that is not SIP ({ $detail })
analyze-problem-limit-reached = a limit was reached ({ $detail }); what follows was not read
analyze-problem-held-calls-limit = { $detail } calls linked to the call asked for (--call) are not shown: each ended long before the call that links it to the one asked for (more than 10,000 other linked calls ended in between), and was no longer held; analyze a shorter stretch of the capture, or ask for the call that links them
analyze-problem-more-problems = { $detail } more problems were found and not listed, so that memory stays bounded
analyze-problem-open-calls-limit = more than { $detail } calls were open at once: those idle longest were ended early, and a later message of one of them starts a new call
analyze-problem-call-messages-limit = a call reached { $detail } messages: it was written there, and its later messages make another call with the same Call-ID
analyze-problem-connections-limit = TCP connections held more than { $detail } at once: those idle longest were forgotten early (what they left unfinished is reported), and a later segment of one of them is read from the next message it starts
analyze-problem-websocket-compressed = a SIP over WebSocket message compressed with permessage-deflate (RFC 7692) ({ $detail }) that could not be decompressed: the capture began after the earlier messages its compression refers back to
analyze-problem-websocket-frame = a WebSocket frame that RFC 6455 §5 does not allow ({ $detail }): skipped, and reading goes on from the next frame
analyze-problem-websocket-not-sip = a message that is not SIP on a WebSocket connection opened for SIP ({ $detail })
analyze-problem-websocket-too-large = a WebSocket message larger than a SIP message may be ({ $detail }): skipped, and reading goes on after it
analyze-problem-icmp-unreachable = an ICMP error says a SIP datagram ({ $detail }) could not be delivered, but its call is not in this input: the datagram it quotes was not captured
analyze-problem-wlan-protected = 802.11 data frames encrypted on the air (WPA or WEP) cannot be read here ({ $detail } in this capture): capture on the wired side of the access point, or decrypt them in Wireshark and export the packets
analyze-problem-esp-encrypted = IPsec ESP packets whose content is encrypted cannot be read here ({ $detail } in this capture): with NULL encryption (as IMS test networks set up between the phone and the P-CSCF) they are read; otherwise capture where the traffic is in the clear, or decrypt them in Wireshark with the security associations and export the packets
analyze-problem-no-call-id = a SIP message without Call-ID ({ $detail }): it belongs to no call
analyze-problem-with-meaning = { $text }. { $code }: { $meaning }

## Findings: what a call's own messages say. $frames lists frame numbers.
analyze-findings = Findings
severity-info = info
severity-warning = warning
severity-error = error
finding-retry-after = The response asks to wait { $seconds } s before trying again (Retry-After).
finding-warning = Warning { $code }: “{ $text }”.
finding-reason = Reason header: { $protocol } cause { $cause } { $meaning } “{ $text }”.
finding-unsupported = The server does not support the option tags { $value } (Unsupported).
finding-require = The server requires the option tags { $value } (Require).
finding-min-expires = The shortest expiration this server accepts is { $value } s (Min-Expires){ $asked ->
    [none] .
   *[other] ; the request asked for { $asked } s, so send it again with at least { $value }.
}
finding-min-se = The shortest session interval accepted is { $value } s (Min-SE){ $asked ->
    [none] .
   *[other] ; the request offered { $asked } s, so send it again with Session-Expires of at least { $value }.
}
finding-allow = Methods allowed here: { $value } (Allow).
finding-challenge = { $header } challenge: realm “{ $realm }”, algorithm { $algorithm }, nonce “{ $nonce }”{ $stale ->
    [true] , stale=true: the credentials were right but the nonce had expired, so retrying with the new nonce is enough.
   *[other] .
}
finding-redirect = Redirected to { $targets }.
finding-rejected-by = { $contact ->
    [none] The intermediary that rejected the call names no one to contact about it (no Call-Info with purpose=jwscard): ask the called side's carrier which filter blocked the calling number.
   *[other] The intermediary that rejected the call names whom to contact to dispute it: { $contact } (Call-Info with purpose=jwscard, a jCard).
}
finding-offer = The offer proposed { $offered }; the refusing side lists { $accepted ->
    [none] no formats of its own
   *[other] { $accepted }, in common: { $common ->
        [none] none
       *[other] { $common }
    }
}. { $disabled ->
    [yes] Every media stream in the offer has port 0, which means offered but not to be used, so there was nothing to accept: give the streams real ports.
   *[other] Offer a format both ends support (codec, ptime, transport or encryption may also be what was refused; see the Warning header).
}
finding-media-direction = { $direction ->
    [sendonly] This side will only send media (a=sendonly): usually a call put on hold; if not, the audio flows one way only.
    [recvonly] This side will only receive media (a=recvonly): unless that is meant, the audio flows one way only.
    [inactive] Media is inactive both ways (a=inactive): the call is on hold or its media paused.
   *[other] The media address is 0.0.0.0, the old way of putting a call on hold: no media is to be sent to this side.
}
finding-media-private-address = The SDP asks for media at { $address }, a private address, but the message came from { $sender }: a NAT sits in between, and media sent to that address will not arrive (one-way or no audio) unless an SBC or the far end corrects it (symmetric RTP, ICE).
finding-no-ack = The 2xx to the INVITE was never acknowledged ({ $count ->
    [one] one copy seen
   *[other] { $count } copies seen
}): the ACK did not reach the callee, which usually means a wrong Contact or Record-Route, or NAT on the way back; the callee ends the call after about 32 s.
finding-unanswered = { $method } got no response at all ({ $count ->
    [one] one transmission seen
   *[other] { $count } transmissions seen
}); capture next to the receiving side to see whether it arrives.
finding-retransmitted = { $method } was sent { $count ->
    [one] once more
   *[other] { $count } more times
} before the first response came, { $seconds } s after the first copy: a copy was lost on the way, or the server answers too slowly (over UDP it should answer an INVITE with 100 Trying within 200 ms).
finding-udp-size = { $method } was { $bytes } bytes long and went over UDP, { $answer ->
    [too-large] and the server refused it as too large (513)
    [none] and got no response
   *[resent] and had to be sent again before any response came
}. A request larger than 1300 bytes, when the path MTU is not known, must go over a congestion-controlled transport such as TCP: over UDP, a datagram that size can exceed the MTU of a link on the way (VPNs and tunnels have smaller ones) and be split into IP fragments, which firewalls, NATs and SBCs often drop. Send it over TCP, or make it smaller (compact header names, fewer codecs in the SDP).
finding-hops = { $status ->
    [482] A server found that this request had come back to it (482 Loop Detected).
   *[other] The request ran out of hops (483 Too Many Hops): its Max-Forwards reached 0 before it reached its destination.
} Where it was captured it carried { $vias ->
    [one] one Via entry (its sender's: no proxy had forwarded it yet)
   *[other] { $vias } Via entries (its sender's, and one for each proxy that forwarded it)
}{ $repeated ->
    [none] {""}
   *[other], naming some servers more than once ({ $repeated })
}{ $forwards ->
    [none] {""}
   *[other], with Max-Forwards at { $forwards } (its sender sets it to 70)
}. A route that leads back to where the request came from (a trunk routed back to the PBX, two proxies each the other's default route) makes a loop: check the routing of the servers in its Via list. Going through the same server twice with a different Request-URI each time (a spiral) is allowed; with the same one, it is a loop.
finding-glare = { $crossed ->
    [yes] Both sides sent an offer at the same time (glare): this { $method } was refused with 491 Request Pending while the other side's own request, captured here, was still in progress.
   *[no] This { $method } was refused with 491 Request Pending: the side that refused it says it had an offer of its own in progress, which this capture does not show (sent elsewhere, or in a PRACK).
} { $retried ->
    [early] Its sender tried again { $seconds } s after the 491, sooner than the { $from } to { $to } s asked of { $owner ->
        [yes] the side that chose the Call-ID (it sent the first INVITE)
       *[other] the side that did not choose the Call-ID
    }: when both sides try again that soon, they can collide again.
    [in-window] Its sender tried again { $seconds } s after the 491, within the { $from } to { $to } s asked of { $owner ->
        [yes] the side that chose the Call-ID (it sent the first INVITE)
       *[other] the side that did not choose the Call-ID
    }, as glare is meant to be resolved.
    [later] Its sender tried again { $seconds } s after the 491, later than the { $from } to { $to } s asked of { $owner ->
        [yes] the side that chose the Call-ID (it sent the first INVITE)
       *[other] the side that did not choose the Call-ID
    }: allowed, but what it asked for (a hold, a transfer, a codec change) waited that long.
    [unknown] Its sender tried again; the log gives no times to compare with the { $from } to { $to } s it should wait.
   *[none] Its sender did not try again while the capture ran, so what it asked for (a hold, a transfer, a codec change) did not happen then. After a 491 a side waits a random time, { $from } to { $to } s for { $owner ->
        [yes] the side that chose the Call-ID (it sent the first INVITE)
       *[other] the side that did not choose the Call-ID
    }, and then tries again if it still needs to.
}
finding-prack = The callee sent its { $status } reliably (RSeq { $rseq }), which asks the caller to confirm it with a PRACK, and had to send it { $count ->
    [one] once more
   *[other] { $count } more times
}: no PRACK for it reached the callee, and none was captured{ $answer ->
    [none] {""}
   *[other]; it then ended the INVITE with { $answer }
}. { $offered ->
    [no] Its INVITE did not offer them (no 100rel in Supported or Require), so the callee should not have sent it reliably: a caller that does not know 100rel never sends a PRACK. Have the callee send reliably only when the INVITE offers it, or enable 100rel on the caller.
    [yes] Either the caller does not handle reliable provisional responses although its INVITE offered them (100rel in Supported or Require), or its PRACK is lost on the way (sent to the wrong place from the response's Contact or Record-Route, or dropped by a NAT or SBC).
   *[other] Either the caller does not handle reliable provisional responses, or its PRACK is lost on the way (sent to the wrong place from the response's Contact or Record-Route, or dropped by a NAT or SBC).
} A callee that gets no PRACK within 32 s (64 × T1) rejects the INVITE with a 5xx.
finding-overlap = This INVITE was refused with 500, sent while the same side's earlier INVITE ({ $pending }) had no final response yet: no side may start an INVITE transaction in a dialog while another is in progress, and the receiver of a second one refuses it so, with a Retry-After of up to 10 s. Send the next re-INVITE only once the previous one has its final response.
finding-ok-after-cancel = The callee answered with 2xx after the CANCEL: the answer crossed the cancellation, so the caller must end the call with BYE.
finding-auth-rejected = { $answer ->
    [forbidden] { $method } was refused with 403 when sent with the credentials the challenge asked for: the server rejects them (wrong user name, password or realm) or does not let this account do this.
   *[other] { $method } was challenged again when sent with the credentials ({ $count } challenges in a row, same realm): the server refused them; check the user name, password and realm set for this account.
}
finding-supported = The server supports these option tags: { $value } (Supported); use only those, or ask for what you need with Supported rather than Require.
finding-accept = The server accepts these body types: { $value } (Accept); send the body in one of them.
finding-accept-encoding = The server accepts these content encodings: { $value } (Accept-Encoding); send the body uncompressed or in one of them.
finding-accept-language = The server accepts these languages: { $value } (Accept-Language).
finding-security-server = The server offers these security mechanisms: { $value } (Security-Server); choose one and send it back in Security-Verify (RFC 3329).
finding-allow-events = The server supports these event packages: { $value } (Allow-Events){ $asked ->
    [none] ; subscribe to one of them.
   *[other] ; the request asked for “{ $asked }” (Event), so subscribe to one of those instead, or enable “{ $asked }” on the server.
}
finding-event = The request asked for the event package “{ $asked }” (Event), which the server does not support; the response does not say which ones it does (no Allow-Events). Check the package name, or enable it on the server.
finding-recv-info = The receiver accepts INFO only for these packages: { $value } (Recv-Info); the INFO used another one, or none was negotiated.
finding-geolocation-error = The server explains the location problem: { $value } (Geolocation-Error).
finding-alertmsg-error = The server explains the alerting problem: { $value } (AlertMsg-Error).
finding-offer-transport = { $accepted ->
    [none] The refused offer asked for encrypted media only ({ $offered }; keying: { $keying }): a peer without SRTP support has to refuse it; offer plain RTP/AVP as well, or enable SRTP on the far end.
   *[other] The offer used { $offered } (keying: { $keying }), the refusing side lists { $accepted }: they share no transport profile or address family, so no codec could help; align RTP/AVP versus RTP/SAVP(F), or IPv4 versus IPv6.
}
finding-preconditions = { $value ->
    [none] The refused offer listed no preconditions (no a=des, a=curr or a=conf lines): the 580 is about a precondition this side requires and the offer did not set up; offer it (RFC 3312), or remove the requirement.
   *[other] The offer asked for these preconditions: { $value }. The far end cannot meet them (for example no resource reservation on its side); relax the desired strength (optional instead of mandatory) or make sure both sides can reserve.
}
finding-malformed = Line { $line } breaks SIP's rules: { $what ->
    [cseq-method] the CSeq method is not the request's method ({ $detail })
    [missing-header] the { $detail } header field, which every message carries, is missing
    [repeated-header] { $detail } appears more than once, but it may appear only once
    [scalar-range] a number is out of its range ({ $detail })
    [version] the protocol version is { $detail }, not SIP/2.0
    [request-uri] the Request-URI ({ $detail }) is enclosed in <> or carries headers
    [date] the Date ({ $detail }) is not in GMT
    [unclosed-quote] a quoted display name in { $detail } is never closed
    [display-name] the display name { $detail } has characters that need quotes
    [uri-space] the URI { $detail } has spaces inside <>
    [name-addr] a URI in { $detail } has a comma or a header part but no <> around it
   *[other] { $detail }
}. A strict element refuses such a message with 400 Bad Request; fix the sender.
finding-identity = Identity header ({ $form ->
    [compact] compact form: the claims are rebuilt from the request, so none are shown
   *[other] full form
}): PASSporT { $ppt }, algorithm { $alg }, attestation { $attest }, orig { $orig }, dest { $dest }, issued { $iat }, certificate { $x5u }. The signature itself can only be checked against that certificate.
finding-identity-missing = { $code ->
    [428] The INVITE carried no Identity header, and this server requires one: have the call signed (a STIR/SHAKEN authentication service) before it reaches this hop.
   *[other] The INVITE carried no Identity header that this { $code } could be about: the header was removed or never added on the way; capture closer to the caller.
}
finding-identity-undecodable = The Identity header cannot be decoded: { $why ->
    [parts] it is not three dot-separated parts (header, claims, signature)
    [base64] a part is not valid base64url
   *[other] a part does not decode to a JSON object
}. A verifier must reject it (438); check what the signing service or a proxy on the way did to it.
finding-identity-mismatch = The PASSporT's { $claim ->
    [orig] caller (orig) is { $claimed }, but the request is from { $signalled } (From or P-Asserted-Identity)
   *[other] destination (dest) is { $claimed }, but the request is for { $signalled } (To or Request-URI)
}: the signature does not cover this call, so a verifier rejects it; a number was changed after signing (translation, forwarding) — sign after the change.
finding-identity-stale = The PASSporT was issued { $seconds } s away from { $against ->
    [date] the request's Date header
   *[other] the time the request was captured
}, beyond the sixty seconds a verifier is recommended to allow: check the clocks (NTP) of the signer and the verifier, and whether the INVITE was delayed or replayed.
finding-post-dial-delay = { $seconds } s passed between the INVITE and { $status ->
    [180] the first ringing (180)
    [183] the first early media (183)
   *[other] its final response ({ $status }), with no ringing before
}: the caller hears silence all that time; look at the hops that took long (DNS, routing, retransmissions).
finding-auth-not-sent = { $retried ->
    [yes] { $method } was sent again after the challenge without any credentials (no Authorization or Proxy-Authorization): the client ignores the challenge; give it a user name and password for the realm.
   *[other] { $method } was challenged and never sent again with credentials in this capture: the client has no credentials for the realm, or gave up.
}
finding-registration-lapsed = The registration was granted for { $seconds } s, but the next REGISTER came { $late } s after it had run out: in between, calls to this user find no binding; refresh earlier (well before the expiry).
finding-redirect-followed = { $followed ->
    [yes] The client followed the redirect: a new request went to { $targets }.
   *[other] No request to { $targets } followed the redirect in this call: the client did not follow it, or placed the new call under another Call-ID.
}
finding-dialog-gone = { $method } was answered 481: { $state ->
    [same] its tags ({ $carried }) are those of the dialog set up earlier, so the far end has forgotten a dialog that still exists here (restarted, timed out, or ended it first).
    [different] its tags ({ $carried }) are not those of the dialog set up earlier ({ $known }): the sender used wrong or stale tags, or a B2BUA in between changed them.
   *[other] the capture does not show the dialog being set up; compare the request's Call-ID and tags ({ $carried }) with the dialog's first messages.
}

## Reports: --html, --format mermaid and markdown, --redact.
cli-analyze-html = Also write one self-contained HTML report to this file (ladders, whole messages, findings, explanations); it keeps every message in memory
cli-analyze-redact = Replace IP addresses, host names, user parts, phone numbers and display names with consistent pseudonyms before anything is shown
cli-analyze-tls-keys = A TLS key log (NSS format, as SSLKEYLOGFILE writes): SIP over TLS whose session secrets it holds is decrypted and read (may be given several times; a pcapng file's own secrets are always used)
error-mermaid-analyze-only = Only “statusdoc analyze” draws Mermaid diagrams; use text, json or markdown here.
report-title = SIP trace analysis
report-generated = Written by statusdoc { $version } from { $inputs }. This file loads nothing from the network.
report-generated-page = Analysis of { $inputs } by statusdoc { $version }, made in memory and not kept.
report-calls = Calls
report-col-call = Call-ID
report-col-method = Method
report-col-outcome = Outcome
report-col-setup = Setup
report-col-time = Time (s)
report-col-from = From
report-col-to = To
report-col-message = Message
report-col-frame = Frame
report-col-line = Line
report-hint = Select a message in the ladder to read it whole; the lines a finding rests on are highlighted.
report-back = Back to the call
report-causes = Why it is sent
report-fixes = What to do
report-read-more = Full explanation of this code
# $time is "none" for a message its input gave no time.
report-message = { $line ->
        [true] Line
       *[other] Frame
    } { $frame } · { $time ->
        [none] { $src } → { $dst } · { $transport }
       *[other] +{ $time } s · { $src } → { $dst } · { $transport }
    }
report-ladder = Ladder of call { $call_id }
report-redacted = Redacted before analysis, each value always replaced by the same pseudonym: { $addresses ->
    [one] one IP address
   *[other] { $addresses } IP addresses
}, { $hosts ->
    [one] one host name
   *[other] { $hosts } host names
}, { $users ->
    [one] one user name
   *[other] { $users } user names
}, { $numbers ->
    [one] one phone number
   *[other] { $numbers } phone numbers
}, { $names ->
    [one] one display name
   *[other] { $names } display names
}. Loopback and 0.0.0.0 addresses are kept.

## Why a message could not be parsed ($line and $column where it went wrong).
parse-error-bad-start-line = line { $line }, column { $column }: the start line is neither a request line nor a status line
parse-error-bad-version = line { $line }, column { $column }: the protocol version is not SIP/ and a number
parse-error-bad-status-code = line { $line }, column { $column }: the status code is not three digits from 100 to 699
parse-error-missing-colon = line { $line }, column { $column }: a header line has no colon
parse-error-bad-header-name = line { $line }, column { $column }: a header name is empty or has characters a name cannot have
parse-error-fold-without-header = line { $line }, column { $column }: a continuation line comes before any header field
parse-error-bad-content-length = line { $line }, column { $column }: Content-Length is not a number (or negative), or two Content-Length fields disagree
parse-error-missing-blank-line = line { $line }, column { $column }: no blank line ends the header fields
parse-error-too-large = line { $line }, column { $column }: the message is larger than the limits (64 KiB of headers, 512 fields, 4 MiB of body)
parse-error-space-in-request-line = line { $line }, column { $column }: the request line has extra spaces, between its three parts or inside the Request-URI (exactly one space separates method, URI and version)
finding-unreachable = { $reason ->
    [port] Nothing listens for SIP at { $address }: its host answered { $count ->
        [one] the datagram
       *[other] { $count } datagrams
    } with ICMP "port unreachable". The SIP element there is down, or listens on another port or transport; the address it was sent to (Contact, Route, DNS) may be stale.
    [host] { $address } could not be reached: ICMP "host unreachable" came back ({ $count ->
        [one] once
       *[other] { $count } times
    }). The host is down or no longer at that address (a stale registration or Contact).
    [network] There is no route to { $address }: ICMP "network unreachable" came back ({ $count ->
        [one] once
       *[other] { $count } times
    }). The address or the routing towards it is wrong.
    [prohibited] A firewall or a policy on the way refused the datagram to { $address }: ICMP "administratively prohibited" came back ({ $count ->
        [one] once
       *[other] { $count } times
    }). Open UDP to that port, or send over another path.
    [protocol] The host at { $address } does not take UDP: ICMP "protocol unreachable" came back ({ $count ->
        [one] once
       *[other] { $count } times
    }). Use the transport it offers (TCP or TLS).
    [too-big] The message is too big for a link on the way to { $address } (MTU { $mtu }) and may not be fragmented. A request larger than 1300 bytes, or within 200 bytes of the path's MTU, must go over TCP (RFC 3261 §18.1.1); trim headers or SDP, or use TCP.
   *[other] ICMP says the datagram to { $address } could not be delivered ({ $count ->
        [one] once
       *[other] { $count } times
    }).
} The sender should take an ICMP error as a transport failure, as if answered 503, and try the next address instead of retransmitting until it times out.
finding-truncated = The capture cut these messages short (its snap length was smaller than the packets): each is shown from the lines it kept, and only what those lines say was read (a failure response's header fields); what came after the cut is unknown, so nothing was concluded from what is missing. Capture whole packets (tcpdump -s 0) to see them entire.
finding-content-length = { $form ->
    [short] Content-Length (line { $line }) says the body has { $declared } bytes, but only { $carried } follow the header fields
   *[other] Content-Length (line { $line }) is “{ $value }”: not a single number of bytes
}, so the receiver cannot trust where the body ends: { $kind ->
    [request] it should refuse the request with 400 Bad Request
   *[other] it must discard the response as if it had never arrived; a 2xx to an INVITE discarded so is never acknowledged, and the call ends after about 32 s
}. { $form ->
    [short] The usual cause is a body rewritten on the way without its length corrected (a router's SIP ALG changing the SDP): turn the ALG off, or fix the sender.
   *[other] Fix the sender.
}
analyze-problem-captured-twice = { $detail } SIP packets were captured twice, as a capture on several interfaces sees one crossing a bridge or VLAN interface (the same IP packet within 10 ms: by its IPv4 identification, or by all its bytes when it has none, as over IPv6): each was read once, so that a copy is not taken for a retransmission
analyze-problem-interrupted = Reading was stopped by an interrupt (Ctrl-C): what the input held after that point was not read; the calls before it were analysed and written
analyze-problem-seen-in-two-inputs = { $detail } SIP messages were seen in two inputs less than 200 ms apart: the same message captured at two places (both ends of a link), each shown once, where it was seen first, so that a copy is not taken for a retransmission
analyze-problem-clock-offset = this capture's clock reads { $detail } s off the first input's, told by the messages it shares with the first input or with another input already lined up: its times were moved by as much, so that they line up
