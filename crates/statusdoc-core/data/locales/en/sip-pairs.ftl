## Hand-written notes for commonly confused pairs (listed in
## data/protocols/sip/pairs.toml): the real distinction, and which applies.

sip-pair-100-180-summary = 100 Trying is a hop-by-hop acknowledgement from the next element that it has taken charge of the INVITE; 180 Ringing comes from the callee's user agent and says its user is being alerted (RFC 3261 §21.1.1, RFC 3261 §21.1.2). 100 is never forwarded and never creates a dialog, while 180 travels back to the caller and creates an early dialog (RFC 3261 §16.7, RFC 3261 §12.1).
sip-pair-100-180-which = They are not alternatives but successive steps of one call: every hop sends 100 at once, and only the callee sends 180, when it is actually alerting. A call that stays at 100 has not reached a ringing device yet (RFC 3261 §21.1.1).

sip-pair-180-183-summary = 180 says the callee's device is alerting its user; 183 reports progress of another kind, almost always early media described by its SDP (RFC 3261 §21.1.2, RFC 3261 §21.1.5). Both are provisional and both may carry SDP, which is why they are confused: what the caller hears depends on the SDP in the response, not on the code (RFC 3261 §13.3.1.1).
sip-pair-180-183-which = Send 180 when the phone really rings. Send 183 with SDP when the far end must play tones or announcements itself, as PSTN gateways do. A caller receiving 180 without SDP generates ringback locally; with 183 and SDP it plays the media it receives (RFC 3261 §13.3.1.1).

sip-pair-181-302-summary = With 181 a server forwards the call itself and merely informs the caller; with 302 the server hands the new address back and the caller must send a new INVITE there (RFC 3261 §21.1.3, RFC 3261 §21.3.3).
sip-pair-181-302-which = A proxy or PBX that implements forwarding itself may send 181 and carries on; a redirect server, or a device that wants the caller's side to do the work, answers 302 with a Contact. Where callers may not follow redirects, forwarding (with or without 181) is the safer choice (RFC 3261 §8.1.3.4).

sip-pair-199-487-summary = 199 reports that one early dialog of a forked INVITE has ended while the INVITE goes on elsewhere; 487 is the final response that ends the whole INVITE transaction after it was cancelled (RFC 6228 §5, RFC 3261 §21.4.25).
sip-pair-199-487-which = They appear at different moments: 199 before any final response, on the branch that failed, and only if the caller sent Supported: 199; 487 at the very end of a cancelled INVITE, after the CANCEL (RFC 6228 §4, RFC 3261 §9.2).

sip-pair-200-202-summary = Both are successes; 202 Accepted added that the request had been accepted but not yet acted on. RFC 6665 deprecated 202 for SIP events, and a receiver must treat it exactly like 200 (RFC 6665 §4.2.1.1).
sip-pair-200-202-which = Send 200. Expect 202 from older notifiers and REFER recipients and handle it as 200; either way, the real outcome of a subscription or a transfer arrives later in NOTIFY (RFC 3515 §2.4.2).

sip-pair-202-204-summary = 202 was the old way to accept a subscription whose state would follow in NOTIFY; 204 accepts a conditional subscription refresh and says that no NOTIFY will follow, because the state has not changed (RFC 6665 §4.2.1.1, RFC 5839 §7.1).
sip-pair-202-204-which = A notifier sends 204 only to a SUBSCRIBE carrying Suppress-If-Match with the current entity tag; otherwise it sends 200 (not the deprecated 202), followed by NOTIFY (RFC 5839 §6.3).

sip-pair-300-302-summary = Both redirect. 302 gives the address to use for this request, possibly several Contacts to try in order; 300 says the address resolves to several distinct choices for the caller or its client to pick from (RFC 3261 §21.3.1, RFC 3261 §21.3.3).
sip-pair-300-302-which = Send 302 when the server knows where the user is right now; send 300 when several equally valid destinations exist and choosing among them is up to the caller (RFC 3261 §8.1.3.4).

sip-pair-301-302-summary = 301 says the user has moved for good: use the new address from now on and update stored addresses. 302 holds for this request, or until its expiry, and the original address remains the one to keep (RFC 3261 §21.3.2, RFC 3261 §21.3.3).
sip-pair-301-302-which = Use 301 for a permanent change of number or URI; use 302 for forwarding, load distribution and anything temporary (RFC 3261 §21.3.3).

sip-pair-301-410-summary = Both say that the user is no longer at this address, permanently; 301 knows the new address and gives it in Contact, 410 knows of none (RFC 3261 §21.3.2, RFC 3261 §21.4.10).
sip-pair-301-410-which = A server that knows where the user went sends 301; one that only knows the user is gone sends 410 (RFC 3261 §21.4.10).

sip-pair-302-305-summary = 302 gives a new address for the user; 305 keeps the same address but requires the request to pass through the proxy named in Contact (RFC 3261 §21.3.3, RFC 3261 §21.3.4).
sip-pair-302-305-which = Send 305 only when the resource can be reached solely through that proxy. Clients follow 305 with caution, since it lets whoever answers steer their traffic (RFC 3261 §8.1.3.4).

sip-pair-302-380-summary = 302 points to another address for the same service; 380 says the requested call failed but offers a different service, described in the body (RFC 3261 §21.3.3, RFC 3261 §21.3.5).
sip-pair-302-380-which = Use 302 when the user can be reached elsewhere; use 380 when the caller should be offered something else instead, such as voicemail or another medium (RFC 3261 §21.3.5).

sip-pair-400-420-summary = 400 says the request is malformed; 420 says it is well formed but requires an extension, an option tag in Require or Proxy-Require, that the server lacks, and its Unsupported header names the tag (RFC 3261 §21.4.1, RFC 3261 §21.4.15).
sip-pair-400-420-which = Send 420 whenever a required option tag is unknown and keep 400 for syntax errors and missing mandatory headers; a client can repair a 420 mechanically by dropping the tag (RFC 3261 §8.1.3.5).

sip-pair-401-403-summary = 401 asks for credentials and says how, in WWW-Authenticate; 403 refuses, and authenticating again will not change the answer (RFC 3261 §21.4.2, RFC 3261 §21.4.4).
sip-pair-401-403-which = Send 401 when valid credentials would make the request acceptable; send 403 when the user, authenticated or not, is simply not allowed. After repeated wrong credentials many servers switch from 401 to 403 to stop password guessing (RFC 3261 §22.2).

sip-pair-401-407-summary = Both are digest challenges. 401 comes from the destination itself (a UAS or a registrar) with WWW-Authenticate and is answered with Authorization; 407 comes from a proxy on the path with Proxy-Authenticate and is answered with Proxy-Authorization (RFC 3261 §22.2, RFC 3261 §22.3).
sip-pair-401-407-which = A registrar or user agent challenges with 401; a proxy must use 407. In practice a REGISTER is usually challenged with 401 and calls through a provider's proxy with 407 (RFC 3261 §21.4.8).

sip-pair-403-404-summary = 404 says the user does not exist in this domain; 403 says the request is refused, although its target may well exist (RFC 3261 §21.4.5, RFC 3261 §21.4.4).
sip-pair-403-404-which = By the RFC, unknown users get 404 and refusals get 403. Some servers answer 404 to everything they refuse so as not to reveal which users exist; when a 404 makes no sense, suspect that policy (RFC 3261 §21.4.4).

sip-pair-403-433-summary = 403 is a refusal for any policy reason; 433 is the specific refusal because the caller is anonymous, something the caller can remedy by revealing its identity (RFC 3261 §21.4.4, RFC 5079).
sip-pair-403-433-which = If anonymity is the only reason for the refusal, send 433 so that the caller knows what to change; otherwise send 403 (RFC 5079).

sip-pair-403-470-summary = 403 refuses by the server's own policy; 470 says that the target has not consented to receive requests from this sender through a relay, and names the missing permission (RFC 3261 §21.4.4, RFC 5360).
sip-pair-403-470-which = A relay such as a list server or a conference that lacks a recipient's permission sends 470; any other refusal by policy is 403 (RFC 5360).

sip-pair-403-603-summary = 403 is a server's policy refusal of this request; 603 is the called user's own decision not to take the call, valid for all of the user's devices (RFC 3261 §21.4.4, RFC 3261 §21.6.2).
sip-pair-403-603-which = Servers enforcing rules (barring, permissions) send 403; a user pressing decline, or a service deciding for the user everywhere, sends 603, which makes forking proxies cancel the other branches (RFC 3261 §16.7).

sip-pair-404-410-summary = 404 says the user is not known in this domain; 410 says the user used to be here and is permanently gone, with no forwarding address (RFC 3261 §21.4.5, RFC 3261 §21.4.10).
sip-pair-404-410-which = Send 410 only for addresses you know were valid and have been retired; anything unknown is 404 (RFC 3261 §21.4.10).

sip-pair-404-480-summary = 404 says the user does not exist here; 480 says the user exists but cannot be reached right now, for example because no device is registered (RFC 3261 §21.4.5, RFC 3261 §21.4.18).
sip-pair-404-480-which = A proxy whose location service knows the address but holds no current binding sends 480; for an unknown address it sends 404. Answering 404 for a merely unregistered user makes callers think the number is wrong (RFC 3261 §16.5).

sip-pair-404-484-summary = 404 means the address does not exist; 484 means it is incomplete, typically a number that needs more digits (RFC 3261 §21.4.5, RFC 3261 §21.4.22).
sip-pair-404-484-which = If the number could become valid with more digits (overlap dialling), send 484 so that the client can complete it; send 404 when it cannot exist at all (RFC 3261 §21.4.22).

sip-pair-404-604-summary = 404 speaks for the domain in the Request-URI; 604 claims authoritative knowledge that the user exists nowhere, and ends the search on every branch (RFC 3261 §21.4.5, RFC 3261 §21.6.3).
sip-pair-404-604-which = Send 404 unless you truly know that the user exists in no domain at all. A 604 makes forking proxies cancel every other branch, so a wrong 604 kills calls that would have succeeded elsewhere (RFC 3261 §16.7).

sip-pair-405-501-summary = 405 says the server knows the method but does not allow it for this address, and lists the allowed methods in Allow; 501 says the server does not implement the method for any address (RFC 3261 §21.4.6, RFC 3261 §21.5.2).
sip-pair-405-501-which = A server that implements the method but not for this target sends 405 with Allow; a stack that does not implement the method at all sends 501 (RFC 3261 §8.2.1).

sip-pair-406-415-summary = 406 concerns what the client is willing to receive back, as listed in its Accept header; 415 concerns what the client sent: the type, encoding or language of the request's body (RFC 3261 §21.4.7, RFC 3261 §21.4.13).
sip-pair-406-415-which = Send 415, with Accept, Accept-Encoding and Accept-Language, when you cannot read the request's body; send 406 when you could process the request but cannot produce any response body the client accepts (RFC 3261 §8.2.3).

sip-pair-406-488-summary = 406 is about the response formats listed in Accept; 488 is about the session description offered in SDP: codecs, media, transport or addresses (RFC 3261 §21.4.7, RFC 3261 §21.4.26).
sip-pair-406-488-which = A codec or media mismatch in an INVITE or UPDATE is 488, never 406; 406 belongs to content negotiation of other bodies (RFC 3261 §21.4.26).

sip-pair-408-480-summary = 408 says that no answer came in time; 480 says the user is known to be unreachable at the moment (RFC 3261 §21.4.9, RFC 3261 §21.4.18).
sip-pair-408-480-which = A proxy that knows the user has no registration answers 480 at once; one that tries a stale registration and hears nothing ends with 408 when its Timer C fires (RFC 3261 §16.5, RFC 3261 §16.8).

sip-pair-408-487-summary = 408 means no final answer came in time; 487 means the request was cancelled on purpose, usually because the caller hung up (RFC 3261 §21.4.9, RFC 3261 §21.4.25).
sip-pair-408-487-which = A UAS sends 487 after receiving a CANCEL; a proxy sends 408 when Timer C expires. Some PBXs cancel unanswered calls themselves after a ring timeout, which yields 487 where 408 would be expected, so check who sent the CANCEL (RFC 3261 §16.8, RFC 3261 §9.1).

sip-pair-408-504-summary = 408 says the destination did not answer in time; 504 says the server itself timed out while waiting for another server it depends on (RFC 3261 §21.4.9, RFC 3261 §21.5.5).
sip-pair-408-504-which = A proxy whose branch got no final response sends 408; a server whose database, ENUM or next-hop lookup timed out sends 504 (RFC 3261 §16.8).

sip-pair-413-513-summary = 413 refuses a request because its body is too large; 513 because the message as a whole is (RFC 3261 §21.4.11, RFC 3261 §21.5.7).
sip-pair-413-513-which = Use 413 for limits on bodies, with Retry-After if the limit is temporary, and 513 for limits on message size; the usual remedy for 513 is to send over TCP (RFC 3261 §18.1.1).

sip-pair-415-488-summary = 415 says the body's format itself is not supported; 488 says the SDP was understood but its content (codecs, media, transport) is not acceptable here (RFC 3261 §21.4.13, RFC 3261 §21.4.26).
sip-pair-415-488-which = If you cannot handle the body type, answer 415 with Accept; if you parsed the SDP offer and found nothing acceptable in it, answer 488 (RFC 3261 §8.2.3).

sip-pair-420-421-summary = They mirror each other: 420 says the client required an extension the server lacks, named in Unsupported; 421 says the server requires an extension the client did not list as supported, named in Require (RFC 3261 §21.4.15, RFC 3261 §21.4.16).
sip-pair-420-421-which = Send 420 when the request's Require or Proxy-Require names an unknown option tag; send 421 when your own policy insists on an option tag that is missing from the request's Supported (RFC 3261 §8.2.2.3).

sip-pair-421-494-summary = 421 asks for a SIP extension in general, named in Require; 494 specifically requires a security mechanism agreement before anything else, and lists the mechanisms in Security-Server (RFC 3261 §21.4.16, RFC 3329 §2.3.1).
sip-pair-421-494-which = Servers implementing sec-agree, notably IMS P-CSCFs, send 494; any other missing extension is 421 (RFC 3329 §2.3.1).

sip-pair-422-423-summary = Both reject a too-short interval and state the minimum. 422 concerns a call's session timer (Session-Expires, minimum in Min-SE); 423 the expiry of a registration, subscription or publication (Expires, minimum in Min-Expires) (RFC 4028 §6, RFC 3261 §21.4.17).
sip-pair-422-423-which = INVITE and UPDATE with too small a Session-Expires get 422; REGISTER, SUBSCRIBE and PUBLISH with too small an Expires get 423 (RFC 4028 §6, RFC 3261 §10.3).

sip-pair-428-438-summary = 428 says the request had no Identity header although the verifier's policy requires one; 438 says an Identity header was present but failed verification (RFC 8224 §6.2.2).
sip-pair-428-438-which = No Identity at all gives 428, and the fix lies at the originating side or at a hop that strips the header; an Identity that fails (bad signature, stale iat, claims not matching the request) gives 438 (RFC 8224 §6.2.2).

sip-pair-430-439-summary = Both belong to SIP Outbound: 430 says a registered flow to a device has died, 439 says a registration asked for outbound through a first hop that cannot support it (RFC 5626 §11, RFC 5626 §12).
sip-pair-430-439-which = 430 appears while a request is being delivered to a device over its flow; 439 appears when the device registers (RFC 5626 §5.3, RFC 5626 §6).

sip-pair-436-437-summary = Both concern the signer's credential: 436 means the verifier could not retrieve it from the reference in the Identity header, 437 that it retrieved the credential but cannot use or trust it (RFC 8224 §6.2.2).
sip-pair-436-437-which = An unreachable or malformed certificate URL gives 436; a certificate obtained but issued by an untrusted authority, expired, or of an unsupported type gives 437 (RFC 8224 §6.2.2).

sip-pair-436-438-summary = 436 fails before any signature can be checked, because the credential cannot be fetched; 438 fails the check itself, or the comparison of the signed claims with the request (RFC 8224 §6.2.2).
sip-pair-436-438-which = A verifier sends 436 when dereferencing the credential reference fails, and 438 when it holds a usable credential and the PASSporT still does not validate against the request (RFC 8224 §6.2.2).

sip-pair-440-483-summary = Both stop runaway requests: 483 limits the depth of a request's path (Max-Forwards reached zero), 440 its breadth (too many parallel forked branches) (RFC 3261 §21.4.21, RFC 5393).
sip-pair-440-483-which = A chain of hops that is too long or loops gets 483; a fork that would exceed the Max-Breadth budget gets 440 (RFC 5393).

sip-pair-469-489-summary = Both reject an unknown package: 469 an Info Package in an INFO request, with the acceptable ones in Recv-Info; 489 an event package in SUBSCRIBE, NOTIFY or PUBLISH, with the supported ones in Allow-Events (RFC 6086 §4.2.2, RFC 6665 §8.3.1).
sip-pair-469-489-which = They never compete for the same request: INFO gets 469, event subscriptions and publications get 489 (RFC 6086 §4.2.2).

sip-pair-480-486-summary = 486 says this device is busy; 480 says the user is unavailable for another reason, such as not being registered, do-not-disturb or not answering (RFC 3261 §21.4.24, RFC 3261 §21.4.18).
sip-pair-480-486-which = Busy with another call: 486, which gives callers a busy tone and triggers call-forward-on-busy. Anything else temporary: 480. Both may carry Retry-After (RFC 3261 §21.4.18).

sip-pair-480-503-summary = 480 is about the user, who cannot be reached for now; 503 is about the server, which cannot serve anyone for now (RFC 3261 §21.4.18, RFC 3261 §21.5.4).
sip-pair-480-503-which = Send 480 when the callee cannot be reached but the service works; send 503 when your own server or trunks are the problem. Clients react differently: 503 makes them fail over to another server (RFC 3261 §21.5.4).

sip-pair-481-487-summary = 481 says the request matches no dialog or transaction the server knows; 487 is the final response of an INVITE that was cancelled (RFC 3261 §21.4.19, RFC 3261 §21.4.25).
sip-pair-481-487-which = In a cancellation they can appear together: a CANCEL that matches the INVITE gets 200 and the INVITE gets 487, while a CANCEL that matches nothing (too late, wrong branch) is itself answered 481 (RFC 3261 §9.2).

sip-pair-482-483-summary = Both point at routing loops: 482 is found by a proxy that recognises its own earlier pass in the Via headers, 483 when Max-Forwards runs out, which also catches loops that change the request on every pass (RFC 3261 §16.3).
sip-pair-482-483-which = A proxy sends 482 when its loop detection finds a genuine loop; any element sends 483 when a request arrives with Max-Forwards at zero (RFC 3261 §16.3).

sip-pair-484-485-summary = 484 says the address is too short to identify anyone; 485 says it identifies more than one user (RFC 3261 §21.4.22, RFC 3261 §21.4.23).
sip-pair-484-485-which = Incomplete numbers (overlap dialling) get 484; names or short aliases matching several users get 485, optionally with the candidates in Contact (RFC 3261 §21.4.23).

sip-pair-486-600-summary = 486 says the callee is busy on this device, so other devices or a later attempt may work; 600 says the callee is busy and no destination will accept the call, so forking proxies stop every other branch (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-pair-486-600-which = A busy phone sends 486, which leaves the user's other devices and voicemail their chance. Send 600 only when you know the user is busy everywhere; otherwise it silently kills parallel ringing (RFC 3261 §16.7).

sip-pair-486-603-summary = 486 says the device is busy; 603 says the user has decided not to take the call, anywhere (RFC 3261 §21.4.24, RFC 3261 §21.6.2).
sip-pair-486-603-which = Phones differ in what a reject button sends: 486 lets the call try other devices and voicemail, 603 ends the attempt on every device. Use 486 for "not now, not on this phone" and 603 for "no" (RFC 3261 §21.6.2).

sip-pair-488-580-summary = 488 says the offered media are not acceptable; 580 says the media may be fine but a mandatory precondition, such as a resource reservation, cannot be met (RFC 3261 §21.4.26, RFC 3312).
sip-pair-488-580-which = Codec, transport or address problems call for 488; a failed QoS reservation or other unmet precondition calls for 580 (RFC 3312).

sip-pair-488-606-summary = Both reject the offered session description; 488 is this endpoint's answer, while 606 claims that no endpoint of the user would accept it, which ends the search (RFC 3261 §21.4.26, RFC 3261 §21.6.4).
sip-pair-488-606-which = An endpoint rejecting an offer it cannot handle sends 488, leaving other branches free to accept it; 606 is only for an offer that every destination of the user would refuse (RFC 3261 §16.7).

sip-pair-491-500-summary = Both can answer a re-INVITE that collides with another exchange: 491 when the UAS has its own offer pending (glare), 500 with Retry-After when it is still processing an earlier INVITE that it received (RFC 3261 §14.2).
sip-pair-491-500-which = Glare, where both sides sent a re-INVITE, gives 491 and a retry after a random delay; an incoming re-INVITE while the previous incoming INVITE is unfinished gives 500 with Retry-After (RFC 3261 §14.1).

sip-pair-500-503-summary = 500 reports an unexpected failure while processing; 503 a temporary inability, such as overload or maintenance, that clients should route around (RFC 3261 §21.5.1, RFC 3261 §21.5.4).
sip-pair-500-503-which = Overload and planned maintenance call for 503 with Retry-After, so that clients fail over; bugs and unexpected conditions call for 500. A proxy never forwards a 503 upstream: it turns it into 500 (RFC 3261 §16.7).

sip-pair-502-504-summary = Both come from an intermediary about the server behind it: 502 when that server answered with something invalid, 504 when it did not answer in time (RFC 3261 §21.5.3, RFC 3261 §21.5.5).
sip-pair-502-504-which = An invalid response from downstream gives 502; no response from a server being consulted gives 504 (RFC 3261 §21.5.5).

sip-pair-600-603-summary = Both end the attempt everywhere; 600 says the user is busy, 603 that the user declines (RFC 3261 §21.6.1, RFC 3261 §21.6.2).
sip-pair-600-603-which = Send 600 when all the user's lines are occupied and 603 when the user rejects the call; gateways map them to ISUP causes 17 (user busy) and 21 (call rejected) respectively (RFC 3398 §8.2.6.1).

sip-pair-603-607-summary = 603 is a plain decline; 607 declines and also tells the network that the call was unwanted, so that call analytics can learn from it (RFC 3261 §21.6.2, RFC 8197 §3).
sip-pair-603-607-which = Send 607 when the user marks the call as spam or a nuisance; send 603 for every other refusal (RFC 8197 §3).

sip-pair-607-608-summary = 607 is the called user's verdict that a call is unwanted; 608 is a rejection by an intermediary, typically a carrier's analytics, before the user ever sees the call, and it can name whom to contact in a Call-Info jCard (RFC 8197 §3, RFC 8688 §3).
sip-pair-607-608-which = When the user or the user's device decides, send 607; when a network filter decides, send 608, so that wrongly blocked callers have a path to redress (RFC 8688 §3.1).
