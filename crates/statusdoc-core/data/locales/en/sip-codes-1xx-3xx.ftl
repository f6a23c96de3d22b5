## SIP codes 1xx to 3xx: summary, description, causes, fixes, misconceptions,
## next step and "use when" (a clause: when this code is the right answer).

## 100 Trying
sip-100-summary = The next hop has received the request and is working on it; this stops the sender's retransmissions but says nothing about the callee.
sip-100-description = 100 Trying is a hop-by-hop acknowledgement of an INVITE. A proxy or user agent server sends it quickly, before it has any real answer, so that the previous hop stops retransmitting the request over UDP (RFC 3261 §21.1.1). Unlike other provisional responses it is never forwarded by a proxy and never creates a dialog (RFC 3261 §16.7).
sip-100-cause-1 = Every INVITE that reaches a stateful proxy: the proxy answers 100 itself as soon as it starts processing, typically within milliseconds (RFC 3261 §16.2).
sip-100-cause-2 = A user agent server that expects to take longer than 200 ms to answer an INVITE sends 100 to quiet the client transaction (RFC 3261 §8.2.6.1).
sip-100-cause-3 = On a non-INVITE request, a server may send 100 to stop a late-response storm when its final answer is slow (RFC 4320 §4.1).
sip-100-fix-1 = Nothing to fix: 100 is normal. If retransmissions of the INVITE continue after it, check that the 100 actually reaches the sender (NAT, firewall or a wrong Via) (RFC 3261 §17.1.1.2).
sip-100-fix-2 = If the call stays at 100 for a long time, the problem is downstream: look at the next hop's leg in the capture for the missing 180/183 or final response (RFC 3261 §21.1.1).
sip-100-myth-1 = A 100 does not mean the phone is ringing or that the callee was found; it only means the next hop took charge of the request (RFC 3261 §21.1.1).
sip-100-myth-2 = A 100 you see at the caller was not sent by the callee: proxies absorb the callee's 100 and generate their own (RFC 3261 §16.7).
sip-100-next = Keep waiting for a provisional or final response; stop retransmitting the INVITE.
sip-100-use-when = a hop has just taken charge of an INVITE and has no answer from the callee yet

## 180 Ringing
sip-180-summary = The callee's device has been found and is alerting the user.
sip-180-description = 180 Ringing tells the caller that the user agent has received the INVITE and is alerting the user, for example by ringing (RFC 3261 §21.1.2). Sent with a To tag it creates an early dialog; it may carry an SDP answer, and whether the caller plays local ringback or early media depends on that body and on reliability (RFC 3261 §13.3.1.1, RFC 3262 §3).
sip-180-cause-1 = The called phone is ringing; each forked branch that rings sends its own 180 with its own To tag, so the caller may see several (RFC 3261 §13.3.1.1).
sip-180-cause-2 = A PBX or B2BUA relays the ringing of the extension it is calling on its own leg (RFC 3261 §21.1.2).
sip-180-fix-1 = If the caller hears silence after 180, check whether the 180 carried SDP: with SDP the caller expects early media from the callee's side, without it the caller must generate ringback locally (RFC 3261 §13.3.1.1).
sip-180-fix-2 = If 180 is retransmitted many times, the callee asked for reliable provisional responses and never received a PRACK: check Require/Supported: 100rel and the PRACK path (RFC 3262 §3).
sip-180-myth-1 = 180 is not a promise that the call will be answered; the final response can still be any failure (RFC 3261 §21.1.2).
sip-180-next = Keep waiting; present ringback to the caller (locally, or from early media if the response carried SDP).
sip-180-use-when = the callee's device is alerting its user

## 181 Call Is Being Forwarded
sip-181-summary = A server on the path is forwarding the call to a different destination.
sip-181-description = 181 Call Is Being Forwarded is a provisional response that a server (usually a proxy or B2BUA running a forwarding service) may send to tell the caller that the call is being redirected to another set of destinations (RFC 3261 §21.1.3). The server does the forwarding itself; the caller has nothing to do.
sip-181-cause-1 = The callee has call forwarding (unconditional, on busy or on no answer) and a server on the path is now calling the new target (RFC 3261 §21.1.3).
sip-181-cause-2 = A hunt group or follow-me service moves the call from one device to the next (RFC 3261 §21.1.3).
sip-181-fix-1 = Nothing to fix. If the forwarding was not expected, look at the forwarding rules of the callee's account on the server that sent the 181 (RFC 3261 §21.1.3).
sip-181-myth-1 = 181 is not a redirect like 302: with 181 the server forwards the call itself and the caller keeps waiting; with 302 the caller must send a new INVITE (RFC 3261 §21.1.3, RFC 3261 §21.3.3).
sip-181-next = Keep waiting; the server is trying the new destination on your behalf.
sip-181-use-when = a server is forwarding the call itself and wants the caller to know

## 182 Queued
sip-182-summary = The callee is temporarily unavailable and the call has been put in a queue.
sip-182-description = 182 Queued says that the called party is temporarily unavailable but the server has decided to queue the call rather than reject it (RFC 3261 §21.1.4). The reason phrase may say more, such as the number of calls ahead. The server may send several 182 responses as the queue moves.
sip-182-cause-1 = A call-centre queue or an ACD holds the call until an agent is free (RFC 3261 §21.1.4).
sip-182-cause-2 = A callee with call waiting disabled and a queuing service configured (RFC 3261 §21.1.4).
sip-182-fix-1 = Nothing to fix. If calls wait too long, the issue is the queue's capacity; callers whose INVITE has an Expires header may be dropped when it runs out (RFC 3261 §21.1.4).
sip-182-myth-1 = 182 is not a busy signal: the callee is busy, but the call is kept alive instead of being rejected with 486 (RFC 3261 §21.1.4).
sip-182-next = Keep waiting: the call is held in a queue until it can be delivered.
sip-182-use-when = the callee cannot take the call now and the server keeps it waiting in a queue instead of rejecting it

## 183 Session Progress
sip-183-summary = The call is progressing; the response usually carries SDP so that the caller can hear early media (tones or announcements).
sip-183-description = 183 Session Progress conveys information about the progress of the call that no other provisional code covers (RFC 3261 §21.1.5). In practice it almost always carries an SDP answer so that the far end, often a gateway to the telephone network, can play ringback tones or announcements before the call is answered (RFC 3261 §13.3.1.1).
sip-183-cause-1 = A PSTN gateway opens early media to pass on the network's ringback tone or an announcement such as "the number you have dialled is not in service" (RFC 3261 §21.1.5).
sip-183-cause-2 = A PBX or IVR plays a message or music before answering (RFC 3261 §21.1.5).
sip-183-cause-3 = With preconditions or reliable provisional responses, 183 carries the SDP exchange that reserves resources before the phone rings (RFC 3262 §3).
sip-183-fix-1 = If the caller hears nothing, check that the 183's SDP connection address and port are reachable from the caller (NAT, SBC media anchoring) and that the caller plays early media at all (RFC 3261 §13.3.1.1).
sip-183-fix-2 = If 183 is retransmitted, it was sent reliably (Require: 100rel) and the PRACK did not arrive (RFC 3262 §3).
sip-183-myth-1 = 183 does not mean the phone is ringing; that is 180. A call can go straight from 183 to a failure without ever ringing (RFC 3261 §21.1.5).
sip-183-next = Keep waiting; play the early media described by the SDP, if any.
sip-183-use-when = the far end has progress to report, typically early media (tones, announcements) described by SDP

## 199 Early Dialog Terminated
sip-199-summary = One early dialog created by a forked INVITE has ended, while the INVITE is still pending on other branches.
sip-199-description = 199 Early Dialog Terminated lets a forking proxy or a user agent server tell the caller, before the final response, that a particular early dialog is gone, typically because that branch failed (RFC 6228 §5, RFC 6228 §6). The caller can then release resources such as the media it had set up for that branch. It is sent only if the caller indicated support with the option tag 199 (RFC 6228 §4).
sip-199-cause-1 = A forked INVITE where one branch answered 180 or 183 and then failed (for example 486); the proxy sends 199 on that branch's dialog while other branches still ring (RFC 6228 §6).
sip-199-cause-2 = A UAS that created several early dialogs terminates one of them before its final response (RFC 6228 §5).
sip-199-fix-1 = Nothing to fix: release media and state for the early dialog it names (To tag), keep the others (RFC 6228 §4).
sip-199-fix-2 = If your UA never sees 199, it probably does not send Supported: 199; without it, servers do not send the code (RFC 6228 §4).
sip-199-myth-1 = 199 is not a final response and does not end the call attempt; only the early dialog whose To tag it carries is over (RFC 6228 §5).
sip-199-next = Keep waiting for the final response; release the resources of the early dialog identified by the To tag.
sip-199-use-when = a forked branch's early dialog has ended while the INVITE is still pending elsewhere

## 200 OK
sip-200-summary = The request succeeded.
sip-200-description = 200 OK means the request has succeeded (RFC 3261 §21.2.1). To an INVITE it answers the call: it carries the callee's SDP answer (or offer), establishes the dialog, and the caller must acknowledge it with an ACK sent end to end (RFC 3261 §13.2.2.4). To REGISTER it lists the bindings now in force (RFC 3261 §10.3).
sip-200-cause-1 = A call is answered: the 200 to INVITE is retransmitted by the callee until its ACK arrives (RFC 3261 §13.3.1.4).
sip-200-cause-2 = A registration, subscription, BYE, CANCEL, OPTIONS or any other request is accepted (RFC 3261 §21.2.1).
sip-200-fix-1 = If a 200 to INVITE is retransmitted repeatedly and the call drops after about 32 seconds, the ACK never reaches the callee: check the Contact and Record-Route of the 200 (NAT, private addresses, missing SBC rewriting) (RFC 3261 §13.3.1.4).
sip-200-fix-2 = For REGISTER, compare the Contact bindings and expiry returned in the 200 with what you asked for: the registrar may shorten the interval (RFC 3261 §10.3).
sip-200-myth-1 = A 200 to CANCEL does not mean the call was cancelled; it only acknowledges the CANCEL. The INVITE itself then ends with 487, or with 200 if the callee answered first (RFC 3261 §9.2).
sip-200-next = Proceed; for an INVITE send the ACK end to end at once.
sip-200-use-when = a request has succeeded (a call answered, a registration accepted, and so on)

## 202 Accepted
sip-202-summary = Deprecated: the request was accepted for processing but not yet completed; modern event notification uses 200 instead.
sip-202-description = 202 Accepted was defined by the original event framework for SUBSCRIBE (and used for REFER) to say that a request was understood and accepted but its outcome was not yet known (RFC 3265 §7.3.1, RFC 3515 §2.4.2). RFC 6665, which replaced RFC 3265, deprecates it: notifiers send 200, and a subscriber must treat a 202 it receives exactly like a 200 (RFC 6665 §4.2.1.1).
sip-202-cause-1 = An older implementation answers REFER with 202 to say the transfer will be attempted; the result arrives later in NOTIFY with a sipfrag body (RFC 3515 §2.4.2).
sip-202-cause-2 = A notifier built on RFC 3265 answers SUBSCRIBE with 202 when authorization is still pending (RFC 3265 §7.3.1).
sip-202-fix-1 = As a receiver, handle 202 exactly like 200 and wait for the NOTIFY that carries the real state (RFC 6665 §4.2.1.1).
sip-202-fix-2 = As a sender, send 200 instead; keep accepting 202 from peers for compatibility (RFC 6665 §4.2.1.1).
sip-202-myth-1 = A 202 to REFER does not mean the transfer worked; only the NOTIFY that follows reports whether the referred call succeeded (RFC 3515 §2.4.2).
sip-202-next = Treat it as 200 and wait for NOTIFY to learn the actual state.
sip-202-use-when = an older event notifier or REFER recipient accepted the request without knowing its outcome yet

## 204 No Notification
sip-204-summary = The subscription refresh succeeded, and the notifier will not send a NOTIFY because the subscriber's state is already up to date.
sip-204-description = 204 No Notification answers a SUBSCRIBE that carried a Suppress-If-Match header with the entity tag of the state the subscriber already holds: the subscription is accepted or refreshed, and the NOTIFY that would normally follow is suppressed because nothing changed (RFC 5839 §7.1, RFC 5839 §6.3).
sip-204-cause-1 = A presence or dialog-event client refreshes its subscription with Suppress-If-Match and the resource has not changed (RFC 5839 §6.3).
sip-204-fix-1 = Nothing to fix: keep the cached state. If you expected a NOTIFY, check the entity tag your client sent in Suppress-If-Match (RFC 5839 §6.3).
sip-204-myth-1 = 204 is a success, not an error and not an empty response: the subscription is active (RFC 5839 §7.1).
sip-204-next = Proceed with the state you already have; the subscription is active and no NOTIFY is coming for this refresh.
sip-204-use-when = a conditional subscription refresh succeeded and the state has not changed

## 300 Multiple Choices
sip-300-summary = The address resolves to several locations; the caller may choose one and retry there.
sip-300-description = 300 Multiple Choices says the address in the request resolved to several choices, each with its own address, listed in Contact; the user or the client picks one and sends the request again there (RFC 3261 §21.3.1). Contact parameters such as q-values and feature tags help the choice (RFC 3261 §8.1.3.4).
sip-300-cause-1 = A redirect server or a user agent with several registered devices returns them all instead of forking the call itself (RFC 3261 §21.3.1).
sip-300-fix-1 = Retry at one or more Contact addresses, in q-value order; if the client cannot redirect, have the server proxy (fork) instead (RFC 3261 §8.1.3.4).
sip-300-myth-1 = 300 is not a failure: the user exists, and the call can go on at one of the listed addresses (RFC 3261 §21.3.1).
sip-300-next = Choose one of the Contact addresses (by q-value or by asking the user) and send a new request there.
sip-300-use-when = the address maps to several locations and the caller should choose among them

## 301 Moved Permanently
sip-301-summary = The user is no longer at this address; use the address in Contact from now on.
sip-301-description = 301 Moved Permanently says the user can no longer be found at the Request-URI, and the client should retry at the Contact address and update any local directories or speed dials with it (RFC 3261 §21.3.2).
sip-301-cause-1 = A number or SIP URI has changed for good, and the service redirects to the new one (RFC 3261 §21.3.2).
sip-301-cause-2 = A gateway maps ISUP cause 22 "number changed" with a new number to 301 (RFC 3398 §7.2.4.1).
sip-301-fix-1 = Retry at the Contact address and replace the stored address with it (RFC 3261 §8.1.3.4).
sip-301-myth-1 = 301 is not 410: with 301 the user has a new address and the response gives it; with 410 the user is gone and no new address is known (RFC 3261 §21.3.2, RFC 3261 §21.4.10).
sip-301-next = Retry at the Contact address and update stored addresses to it.
sip-301-use-when = the user has moved to a new address for good and that address is known

## 302 Moved Temporarily
sip-302-summary = The user is temporarily at another address, given in Contact; retry there, but keep the original address.
sip-302-description = 302 Moved Temporarily tells the client to retry the request at the address or addresses in Contact. The new address is valid for this request, or until the Expires header or Contact expires parameter says; the original address stays the right one to store (RFC 3261 §21.3.3).
sip-302-cause-1 = Call forwarding implemented as a redirect: the callee's server tells the caller where to go instead of forwarding itself (RFC 3261 §21.3.3).
sip-302-cause-2 = A redirect server in front of a cluster, or a routing service (number portability, least-cost routing) that answers with the next hop (RFC 3261 §8.1.3.4).
sip-302-fix-1 = Follow the redirect: send a new INVITE to the Contact address. Many SBCs and PBXs must be configured to follow 3xx; otherwise the call fails at the 302 (RFC 3261 §8.1.3.4).
sip-302-fix-2 = If the redirected call fails, check that the Contact URI is reachable and routable from the client (RFC 3261 §21.3.3).
sip-302-myth-1 = 302 is not a failure of the call: a caller that cannot follow redirects turns a working forward into a failed call (RFC 3261 §8.1.3.4).
sip-302-next = Send a new request to the Contact address, keeping the original address for future calls.
sip-302-use-when = the user is temporarily reachable at another address and the caller should go there itself

## 305 Use Proxy
sip-305-summary = The resource must be reached through the proxy named in Contact.
sip-305-description = 305 Use Proxy tells the client to send the request again through the proxy given in Contact (RFC 3261 §21.3.4). Because it lets any responder steer a client's traffic, clients handle it with care and many refuse to follow it from untrusted sources (RFC 3261 §8.1.3.4).
sip-305-cause-1 = A server that only accepts requests arriving through a specific proxy, for example for policy or accounting (RFC 3261 §21.3.4).
sip-305-fix-1 = Retry through the proxy in Contact if you trust the sender; otherwise reject and log it (RFC 3261 §8.1.3.4).
sip-305-myth-1 = 305 does not give a new address for the user; it gives the proxy to use for the same address (RFC 3261 §21.3.4).
sip-305-next = Resend the same request through the proxy given in Contact (if you trust the sender).
sip-305-use-when = the request must pass through a particular proxy to be served

## 380 Alternative Service
sip-380-summary = The call failed, but alternative services are possible; the body describes them.
sip-380-description = 380 Alternative Service says the call was not successful but that alternative services are possible, described in the message body (RFC 3261 §21.3.5). It is a redirection in the sense that the caller is pointed to something else instead of the service it asked for.
sip-380-cause-1 = A server offers voicemail, a web callback or another service in place of the requested call, described in the body (RFC 3261 §21.3.5).
sip-380-fix-1 = Read the body to see the alternative offered; a client that does not understand it treats the response as a failed call (RFC 3261 §21.3.5).
sip-380-myth-1 = 380 does not point to another address for the same service, as 302 does; it offers a different service (RFC 3261 §21.3.5).
sip-380-next = Read the body for the alternative services offered and use one if possible.
sip-380-use-when = the requested service failed but the server can offer a different one, described in the body
