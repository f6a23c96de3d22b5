## SIP codes 5xx and 6xx.

## 500 Server Internal Error
sip-500-summary = The server hit an unexpected condition and could not fulfil the request.
sip-500-description = 500 Server Internal Error says the server encountered an unexpected condition that prevented it from fulfilling the request; the client may show the condition to the user and may retry after the seconds given in Retry-After (RFC 3261 §21.5.1). Two other uses are defined: a UAS answers a re-INVITE with 500 and Retry-After when it is still processing an earlier INVITE it received (RFC 3261 §14.2), and a proxy whose only answer is 503 forwards 500 instead (RFC 3261 §16.7).
sip-500-cause-1 = A software fault, a failed database or script lookup, or a crash on a PBX or application server while handling the request (RFC 3261 §21.5.1).
sip-500-cause-2 = A re-INVITE that arrives while the UAS is still processing an earlier INVITE of its own dialog (RFC 3261 §14.2).
sip-500-cause-3 = A proxy whose downstream targets all answered 503: it converts the 503 to 500 (RFC 3261 §16.7).
sip-500-fix-1 = Read the reason phrase and Warning, then the server's own logs at the time of the request; honour Retry-After (RFC 3261 §21.5.1).
sip-500-fix-2 = If 500 answers a re-INVITE with Retry-After, simply retry after that delay (RFC 3261 §14.2).
sip-500-myth-1 = 500 says nothing about the request's validity; the same request may work at another server (RFC 3261 §21.5.1).
sip-500-next = Try another server, or retry after Retry-After; investigate the server's logs.
sip-500-use-when = the server failed unexpectedly while processing a valid request

## 501 Not Implemented
sip-501-summary = The server does not implement the method of the request at all.
sip-501-description = 501 Not Implemented says the server does not support the functionality required to fulfil the request, that is, it does not recognize the method for any user (RFC 3261 §21.5.2). Compare 405, where the method is known but not allowed for this address (RFC 3261 §8.2.1).
sip-501-cause-1 = A request with a method the server never implemented: UPDATE, PRACK, INFO, MESSAGE, REFER or PUBLISH to an old or minimal stack (RFC 3261 §21.5.2).
sip-501-cause-2 = A gateway maps ISUP causes 29 (facility rejected) or 79 (service not implemented) to 501 (RFC 3398 §7.2.4.1).
sip-501-fix-1 = Check the server's Allow header (from an OPTIONS request) and use a method it implements; or upgrade it (RFC 3261 §21.5.2).
sip-501-myth-1 = 501 is not a server crash; it is a deliberate, permanent answer about a missing feature (RFC 3261 §21.5.2).
sip-501-next = Do not resend the same method to this server; use a method it implements.
sip-501-use-when = the server does not implement the request's method at all

## 502 Bad Gateway
sip-502-summary = A gateway or proxy received an invalid response from the next server it contacted.
sip-502-description = 502 Bad Gateway says the server, acting as a gateway or proxy, received an invalid response from the downstream server it contacted to fulfil the request (RFC 3261 §21.5.3). Inside a dialog it ends the dialog (RFC 5057 §5.1).
sip-502-cause-1 = A downstream server answers with a malformed or unusable response, for example after an SBC mangled it (RFC 3261 §21.5.3).
sip-502-cause-2 = A gateway maps ISUP cause 27 (destination out of order) to 502 (RFC 3398 §7.2.4.1).
sip-502-cause-3 = Some proxies use 502 when DNS resolution of the next hop fails or yields an unusable target (RFC 3261 §21.5.3).
sip-502-fix-1 = Look at the leg behind the gateway: what the next server actually answered, and whether it could be parsed (RFC 3261 §21.5.3).
sip-502-myth-1 = 502 does not come from the callee; it is an intermediary reporting a problem with the hop after it (RFC 3261 §21.5.3).
sip-502-next = Try another route or gateway; fix the downstream server's responses.
sip-502-use-when = an intermediary got an invalid response from the next server

## 503 Service Unavailable
sip-503-summary = The server is temporarily unable to process the request (overload, maintenance); try another server or retry after Retry-After.
sip-503-description = 503 Service Unavailable says the server is temporarily unable to process the request because of temporary overload or maintenance; it may give Retry-After, and a client should then avoid this server for that long and may try another (RFC 3261 §21.5.4). A client also treats a transport failure as a 503 (RFC 3261 §8.1.3.1). A proxy must not forward a 503 upstream: if it is the best response, the proxy sends 500 (RFC 3261 §16.7).
sip-503-cause-1 = The server is overloaded, out of licences or channels (no circuit available on a PSTN trunk), or in maintenance (RFC 3261 §21.5.4).
sip-503-cause-2 = No route to the next hop: a proxy whose gateways or trunks are all down, often with a vendor reason phrase (RFC 3261 §21.5.4).
sip-503-cause-3 = The client could not send the request at all (connection refused, ICMP unreachable): its stack reports a 503 locally (RFC 3261 §8.1.3.1).
sip-503-cause-4 = A gateway maps ISUP congestion and resource causes (34, 38, 41, 42, 47, 58, 88) to 503 (RFC 3398 §7.2.4.1).
sip-503-fix-1 = Honour Retry-After and fail over to another server from DNS SRV or your route list (RFC 3261 §21.5.4).
sip-503-fix-2 = Find which element generated the 503 (Server or User-Agent header, Via) and check its capacity, trunks and routes (RFC 3261 §21.5.4).
sip-503-myth-1 = A 503 with no Retry-After is still temporary; it does not mean the destination is wrong (RFC 3261 §21.5.4).
sip-503-myth-2 = Seeing 503 from a proxy breaks the rule that proxies convert 503 to 500 when forwarding; it usually means the proxy itself, not a server behind it, is the one unavailable (RFC 3261 §16.7).
sip-503-next = Try another server now, or this one after Retry-After.
sip-503-use-when = the server is temporarily overloaded or in maintenance

## 504 Server Time-out
sip-504-summary = A gateway or proxy got no timely response from a server it contacted (for example another proxy or a location server).
sip-504-description = 504 Server Time-out says the server did not receive a timely response from an external server it accessed to process the request, such as a location server or the next hop (RFC 3261 §21.5.5). 408 is the other way around: the failure to answer in time is the destination's.
sip-504-cause-1 = A proxy's query to a database, ENUM or routing engine timed out (RFC 3261 §21.5.5).
sip-504-cause-2 = A gateway maps ISUP cause 102 (recovery on timer expiry) to 504 (RFC 3398 §7.2.4.1).
sip-504-fix-1 = Check the service the sender depends on (database, routing engine, next-hop server) and its latency (RFC 3261 §21.5.5).
sip-504-myth-1 = 504 is not a network timeout between you and the server; the server answered you to report its own upstream timeout (RFC 3261 §21.5.5).
sip-504-next = Try another server or route; investigate the dependency that timed out.
sip-504-use-when = an intermediary timed out waiting for a server it depends on

## 505 Version Not Supported
sip-505-summary = The server does not support the SIP version of the request.
sip-505-description = 505 Version Not Supported says the server does not support, or refuses to support, the SIP protocol version used in the request, which today always means something other than SIP/2.0 (RFC 3261 §21.5.6, RFC 3261 §8.2).
sip-505-cause-1 = A malformed request line (SIP/2.1, SIP/1.0, lowercase or garbled version), often from a fuzzer, a scanner or a broken header manipulation (RFC 3261 §21.5.6).
sip-505-fix-1 = Send SIP/2.0 in the request line; find the element that corrupts it (RFC 3261 §21.5.6).
sip-505-myth-1 = 505 is not about TLS, transport or codec versions; only the SIP version in the request line (RFC 3261 §21.5.6).
sip-505-next = Resend with SIP/2.0 in the request line.
sip-505-use-when = the request line carries a SIP version other than the one the server supports

## 513 Message Too Large
sip-513-summary = The message is larger than the server is able to process.
sip-513-description = 513 Message Too Large says the server was unable to process the request because the whole message exceeds what it can handle (RFC 3261 §21.5.7). Large messages should travel over a congestion-controlled transport such as TCP: RFC 3261 asks clients to switch from UDP when a request is within 200 bytes of the path MTU, or larger than 1300 bytes if the MTU is unknown (RFC 3261 §18.1.1).
sip-513-cause-1 = A large INVITE (big SDP with ICE candidates, many headers, multipart bodies) sent over UDP and arriving fragmented or beyond the server's buffer (RFC 3261 §18.1.1).
sip-513-fix-1 = Send large requests over TCP or TLS, and trim headers and SDP (RFC 3261 §18.1.1).
sip-513-myth-1 = 513 is not the same as 413: 413 refuses the body's size, 513 the entire message (RFC 3261 §21.5.7).
sip-513-next = Resend a smaller message, or over TCP/TLS.
sip-513-use-when = the whole message is too large for the server

## 555 Push Notification Service Not Supported
sip-555-summary = The server does not support the push notification service named in the REGISTER (pn-provider).
sip-555-description = 555 Push Notification Service Not Supported is sent by a proxy or registrar that supports SIP push notifications but not the push service (pn-provider) the device asked for in its REGISTER's Contact parameters (RFC 8599).
sip-555-cause-1 = A mobile client registers with pn-provider=apns or fcm to a server configured for a different push service, or for none (RFC 8599).
sip-555-fix-1 = Register with a push provider the server supports (check its documentation or the Feature-Caps of responses), or without push parameters (RFC 8599).
sip-555-myth-1 = 555 is not a general server error; only the push notification service requested is unsupported (RFC 8599).
sip-555-next = Register again with a push provider the server supports, or without push.
sip-555-use-when = the push notification service requested at registration is not supported

## 580 Precondition Failure
sip-580-summary = The session could not be established because a mandatory precondition (for example a QoS reservation) could not be met.
sip-580-description = 580 Precondition Failure says the UAS could not meet a mandatory precondition of the session, typically a quality-of-service resource reservation requested with SDP precondition attributes (RFC 3312).
sip-580-cause-1 = IMS or cable network calls where the required bandwidth reservation (QoS) fails on the access network (RFC 3312).
sip-580-cause-2 = A precondition type or direction the callee cannot satisfy (RFC 3312).
sip-580-fix-1 = Check the resource reservation on both access networks; make the precondition optional if policy allows (RFC 3312).
sip-580-myth-1 = 580 is not a codec problem; the media are acceptable but the network resources could not be secured (RFC 3312).
sip-580-next = Do not resend unchanged; resolve the resource reservation problem or make the precondition optional.
sip-580-use-when = a mandatory precondition of the session (such as a resource reservation) could not be met

## 600 Busy Everywhere
sip-600-summary = The callee is busy and knows that no other device or destination will accept the call.
sip-600-description = 600 Busy Everywhere says the callee's end system was contacted and the callee is busy, and the response has definitive information that the user does not wish to take the call anywhere, so other devices should not be tried (RFC 3261 §21.6.1). A forking proxy that receives it cancels all other branches (RFC 3261 §16.7).
sip-600-cause-1 = A user's device or service that controls all the user's devices (a busy-lamp or presence-aware service) rejects the call as busy for all of them (RFC 3261 §21.6.1).
sip-600-cause-2 = A PBX configured to turn "user busy" into 600 so that no other branch keeps ringing (RFC 3261 §21.6.1).
sip-600-fix-1 = Do not try other destinations for this user; call back later, after Retry-After if present (RFC 3261 §21.6.1).
sip-600-fix-2 = If calls that should hunt to other devices stop at 600, change the device or PBX to send 486 instead (RFC 3261 §21.4.24).
sip-600-myth-1 = 600 is not a stronger 486; the difference is scope: 486 is this device, 600 is every destination of the user (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-600-next = Stop trying other destinations; call back later (Retry-After).
sip-600-use-when = the user is busy and no other destination will do better

## 603 Decline
sip-603-summary = The callee explicitly declined the call, and no other destination should be tried.
sip-603-description = 603 Decline says the callee's machine was contacted successfully but the user explicitly does not wish to, or cannot, participate (RFC 3261 §21.6.2). Retry-After may say when to call back. As a 6xx response it stops the search: a forking proxy cancels the other branches (RFC 3261 §16.7).
sip-603-cause-1 = The user pressed "decline" or "reject" on a phone or softphone configured to send 603 (RFC 3261 §21.6.2).
sip-603-cause-2 = Call screening or a do-not-disturb service that rejects the caller for all of the user's devices (RFC 3261 §21.6.2).
sip-603-fix-1 = Respect the decision; call back later if Retry-After suggests a time (RFC 3261 §21.6.2).
sip-603-fix-2 = If the rejection comes from a spam filter rather than the user, 607 or 608 would say so; check the callee's provider (RFC 8197 §3, RFC 8688 §3).
sip-603-myth-1 = 603 does not say why the callee declined; it is a decision, not a fault report (RFC 3261 §21.6.2).
sip-603-next = Stop: do not try the user's other destinations; call back later if Retry-After invites it.
sip-603-use-when = the user explicitly declines the call for every destination

## 604 Does Not Exist Anywhere
sip-604-summary = The server has authoritative information that the user does not exist anywhere.
sip-604-description = 604 Does Not Exist Anywhere says the server has authoritative information that the user indicated in the Request-URI does not exist anywhere (RFC 3261 §21.6.3). Unlike 404, which is about one domain, it ends the search globally.
sip-604-cause-1 = A number portability or central directory lookup that confirms the number is unassigned in every network (RFC 3261 §21.6.3).
sip-604-fix-1 = Do not retry this address anywhere; check the number or address with the caller (RFC 3261 §21.6.3).
sip-604-myth-1 = 604 is not just a stricter 404; it claims knowledge of every domain, so forking proxies cancel their other branches (RFC 3261 §16.7).
sip-604-next = Stop: the address exists nowhere; check the number with the caller.
sip-604-use-when = authoritative information says the user exists nowhere

## 606 Not Acceptable
sip-606-summary = The user was reached but some aspect of the session (media, bandwidth, addressing) is not acceptable to any of the user's endpoints.
sip-606-description = 606 Not Acceptable says the user's agent was contacted but some aspects of the session description, such as media type, bandwidth or addressing style, are not acceptable; a Warning header may say why, and the answer holds for every destination of the user (RFC 3261 §21.6.4). A forking proxy cancels the other branches (RFC 3261 §16.7).
sip-606-cause-1 = A user whose every device supports only video or only voice receives an offer without that medium (RFC 3261 §21.6.4).
sip-606-cause-2 = A policy server that knows no endpoint of the user will accept the offered bandwidth or codec (RFC 3261 §21.6.4).
sip-606-fix-1 = Read the Warning header and change the offer (media, codec, bandwidth) before calling again (RFC 3261 §20.43).
sip-606-myth-1 = 606 is not 406: 406 concerns the Accept header of a request, 606 the session description of a call (RFC 3261 §21.4.7, RFC 3261 §21.6.4).
sip-606-next = Change the session description (media, codec, bandwidth) before trying the user again; other destinations will refuse it too.
sip-606-use-when = the offered session is unacceptable to every destination of the user

## 607 Unwanted
sip-607-summary = The called party does not want this call and marks it as unwanted (spam, robocall), so that the network can learn from it.
sip-607-description = 607 Unwanted lets the callee, or a service acting for them, reject a call and say that the call was unwanted, typically a nuisance or robocall; the network can use the signal to improve its call-analytics and blocking (RFC 8197 §3). As a 6xx response it ends the search for the user.
sip-607-cause-1 = The user pressed a "report spam" or "block" button on the phone or app (RFC 8197 §3).
sip-607-cause-2 = The callee's device or service has the caller on its block list (RFC 8197 §3).
sip-607-fix-1 = As a caller: stop calling this user. As a legitimate business affected by false positives, check your STIR/SHAKEN attestation and calling number reputation with the terminating carrier (RFC 8197 §3).
sip-607-myth-1 = 607 is decided by the called user; a rejection decided by an intermediary's analytics is 608 (RFC 8197 §3, RFC 8688 §3).
sip-607-next = Stop: do not call again, at this or other destinations of the user.
sip-607-use-when = the called user rejects the call as unwanted

## 608 Rejected
sip-608-summary = An intermediary (call analytics, carrier filtering) rejected the call, not the called user; the response can say whom to contact about it.
sip-608-description = 608 Rejected is sent by an intermediary, such as a carrier's call-analytics engine, that rejects a call it judges unwanted before it reaches the user (RFC 8688 §3). It may carry a Call-Info header with a jCard identifying the rejecting party, so that a legitimate caller wrongly blocked can seek redress (RFC 8688 §3.1).
sip-608-cause-1 = A carrier's robocall or fraud filter blocks the calling number, for example because of low attestation or a bad reputation (RFC 8688 §3).
sip-608-fix-1 = Read Call-Info in the response: the jCard names who to contact to dispute the block; meanwhile check your number's attestation and calling patterns (RFC 8688 §3.1).
sip-608-myth-1 = 608 is not the callee's decision: the called user never saw the call. A user's rejection is 603 or 607 (RFC 8688 §3).
sip-608-next = Stop calling; contact the rejecting party named in Call-Info if the block is a mistake.
sip-608-use-when = an intermediary, not the called user, rejects the call as unwanted
