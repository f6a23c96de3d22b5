## SIP codes 430 to 494.

## 430 Flow Failed
sip-430-summary = The outbound connection (flow) to the registered device has failed; the proxy cannot deliver over it.
sip-430-description = 430 Flow Failed is sent by a SIP Outbound edge proxy when the flow (the connection a device registered through) that a request must use has failed; the authoritative proxy that receives it treats that registration binding as invalid and tries the device's other flows (RFC 5626 §11, RFC 5626 §5.3).
sip-430-cause-1 = A device registered with outbound over TCP or TLS, and its connection to the edge proxy broke (network change, NAT timeout) before it re-registered (RFC 5626 §5.3).
sip-430-fix-1 = On the device, detect flow failure with keep-alives (CRLF or STUN) and re-register over a new flow; on the proxy, try the other registered flows (RFC 5626 §5.3).
sip-430-myth-1 = A client should rarely see 430: it is meant for the hop between edge and authoritative proxy, which usually turns it into another branch or a 480 (RFC 5626 §11).
sip-430-next = Try the device's other registered flows; the device itself must re-register over a new connection.
sip-430-use-when = the registered connection (flow) to a device is dead

## 433 Anonymity Disallowed
sip-433-summary = The server refuses anonymous requests; the caller hid its identity.
sip-433-description = 433 Anonymity Disallowed rejects a request because the caller chose to be anonymous (an anonymous From, Privacy: id or similar) and the callee or its server does not accept anonymous calls (RFC 5079).
sip-433-cause-1 = Anonymous call rejection enabled for the callee, and the caller withheld its number (RFC 5079).
sip-433-fix-1 = Call again with the identity presented (remove Privacy: id or the anonymous From), if the caller agrees (RFC 5079).
sip-433-myth-1 = 433 is not a general 403: it says precisely that anonymity is the reason, so the caller can choose to reveal the identity (RFC 5079).
sip-433-next = Resend without anonymity, if the caller is willing to reveal the identity.
sip-433-use-when = the request was refused only because the caller is anonymous

## 436 Bad Identity Info
sip-436-summary = The verification service could not use the credential reference of the Identity header: the certificate URI could not be dereferenced.
sip-436-description = 436 Bad Identity Info says the verification service could not obtain the signer's credential from the reference the Identity header gives (the info parameter, matching the PASSporT x5u): the URI is malformed, unreachable, or returns nothing usable (RFC 8224 §6.2.2). Under RFC 4474 the code was called Bad Identity-Info, after the separate header that then carried the reference.
sip-436-cause-1 = The certificate repository URL in the info parameter is down, unreachable from the verifier, or uses a scheme the verifier does not support (RFC 8224 §6.2.2).
sip-436-cause-2 = The info parameter is missing or malformed (RFC 8224 §6.2.2).
sip-436-fix-1 = As the signer, publish the certificate at a stable HTTPS URL reachable by verifiers and put it in both the info parameter and x5u (RFC 8224 §6.2.2).
sip-436-myth-1 = 436 is not a bad signature (438) nor an untrusted certificate (437): the verifier could not even fetch the credential (RFC 8224 §6.2.2).
sip-436-next = Give up with this signature; the signer must fix the credential reference before calls verify.
sip-436-use-when = the credential referenced by the Identity header cannot be retrieved

## 437 Unsupported Credential
sip-437-summary = The STIR verification service fetched the credential referenced by the Identity header but cannot validate it (untrusted issuer, unsupported type).
sip-437-description = 437 Unsupported Credential says the verifier obtained the credential referenced by the Identity header but does not support or trust it: an unknown certification authority, an expired or revoked certificate, or an unsupported credential type (RFC 8224 §6.2.2). RFC 4474 called it Unsupported Certificate.
sip-437-cause-1 = A STIR/SHAKEN certificate issued by a CA that is not on the verifier's trust list, or an expired certificate (RFC 8224 §6.2.2).
sip-437-cause-2 = A certificate whose chain cannot be completed by the verifier (RFC 8224 §6.2.2).
sip-437-fix-1 = As the signer, use a certificate from an authority the terminating carriers trust, with a complete chain and valid dates (RFC 8224 §6.2.2).
sip-437-myth-1 = 437 does not mean the signature failed to verify; the verifier never got that far because it could not trust the credential (RFC 8224 §6.2.2).
sip-437-next = Give up with this signature; the signer must use a credential the verifier trusts.
sip-437-use-when = the signer's credential was obtained but is not trusted or not supported

## 438 Invalid Identity Header
sip-438-summary = The Identity header failed verification: the signature does not validate, the PASSporT is malformed or stale, or its claims do not match the request.
sip-438-description = 438 Invalid Identity Header says the verifier obtained a credential it trusts but the Identity header is not valid: the PASSporT signature does not verify, its claims disagree with the request (the calling number in orig against From or P-Asserted-Identity, dest against To), or its iat is too old (RFC 8224 §6.2.2). Later work lets a verifier report such failures in a Reason header instead of rejecting the call (RFC 9410).
sip-438-cause-1 = An intermediary changed the From or To number (normalization, prefix added) after the call was signed, so orig or dest no longer match (RFC 8224 §6.2.2).
sip-438-cause-2 = The iat claim is older than the verifier's freshness window, often because of clock drift or because the signed INVITE was replayed (RFC 8224 §6.2.2).
sip-438-cause-3 = The signature was made with a key that does not match the certificate, or the token was corrupted in transit (RFC 8224 §6.2.2).
sip-438-fix-1 = Decode the PASSporT (it is a JWT) and compare orig, dest and iat with the request as it arrived; make every hop after signing leave those fields alone (RFC 8224 §6.2.2).
sip-438-fix-2 = Check the signing service's clock (NTP) and key configuration (RFC 8224 §6.2.2).
sip-438-myth-1 = Defined by RFC 8224, not by the old RFC 4474 mechanism: there is no Identity-Info header any more; the credential reference is the info parameter of Identity (RFC 8224 §6.2.2).
sip-438-next = Do not resend the same signed request; the signer or the hops between must be fixed.
sip-438-use-when = an Identity header is present but fails verification

## 439 First Hop Lacks Outbound Support
sip-439-summary = The registrar supports SIP Outbound, but the first hop (edge proxy) the device registered through does not.
sip-439-description = 439 First Hop Lacks Outbound Support is sent by a registrar that supports outbound when a REGISTER asks for outbound (reg-id and instance in Contact) but the path shows that the first-hop edge proxy does not support it (RFC 5626 §12, RFC 5626 §6).
sip-439-cause-1 = A device configured for outbound registers through an edge proxy that does not add an outbound Path (RFC 5626 §6).
sip-439-fix-1 = Enable outbound on the edge proxy, or register without the reg-id parameter (RFC 5626 §6).
sip-439-myth-1 = 439 does not reject the device's outbound support; the gap is in the proxy in front of the registrar (RFC 5626 §12).
sip-439-next = Register without outbound (no reg-id), or through an edge proxy that supports outbound.
sip-439-use-when = an outbound registration passes through a first hop that cannot support it

## 440 Max-Breadth Exceeded
sip-440-summary = Forking the request would exceed the Max-Breadth limit of parallel branches.
sip-440-description = 440 Max-Breadth Exceeded is sent by a proxy when it cannot fork the request further because the Max-Breadth budget of concurrent branches is used up; the limit protects against amplification attacks that multiply one request into many (RFC 5393).
sip-440-cause-1 = Many devices registered on one address, or chains of forking proxies, so that the breadth budget is exhausted (RFC 5393).
sip-440-fix-1 = Reduce fan-out: fewer parallel targets per user or fewer forking hops; raise Max-Breadth where policy allows (RFC 5393).
sip-440-myth-1 = 440 is not about the number of hops (that is 483) but about the number of parallel branches (RFC 5393).
sip-440-next = Do not resend unchanged; reduce forking or the number of targets.
sip-440-use-when = a proxy cannot fork further without exceeding the allowed number of parallel branches

## 469 Bad Info Package
sip-469-summary = The INFO request used an Info Package the recipient has not declared it accepts (Recv-Info).
sip-469-description = 469 Bad Info Package answers an INFO whose Info-Package header names a package the recipient did not indicate it is willing to receive in its Recv-Info header for this dialog (RFC 6086 §4.2.2). The response tells which packages are acceptable in Recv-Info.
sip-469-cause-1 = DTMF sent as INFO with a package (dtmf, for example) that the far end never listed in Recv-Info during call setup (RFC 6086 §4.2.2).
sip-469-fix-1 = Send only packages the peer listed in Recv-Info, or negotiate DTMF another way, such as RTP telephone-events (RFC 6086 §4.2.2).
sip-469-myth-1 = 469 does not mean INFO itself is unsupported (that is 405 or 501); only the package is not accepted (RFC 6086 §4.2.2).
sip-469-next = Resend with an Info Package the peer listed in Recv-Info, or use another mechanism.
sip-469-use-when = an INFO uses an Info Package the peer has not agreed to receive

## 470 Consent Needed
sip-470-summary = A relay will not forward the request to the target because the target has not consented to receive requests from this sender.
sip-470-description = 470 Consent Needed is sent by a relay (such as a server that expands a list of recipients) when a target has not given permission to receive requests from the sender; the response names the targets in Permission-Missing, so the sender can ask for consent (RFC 5360).
sip-470-cause-1 = An URI-list server or conference that would send to a recipient who has not authorized the sender (RFC 5360).
sip-470-fix-1 = Ask the recipients listed in Permission-Missing for permission (the consent framework uses a MESSAGE with a permission document), then retry (RFC 5360).
sip-470-myth-1 = 470 is not an authentication failure; the sender may be fully authenticated, yet the recipient has not agreed (RFC 5360).
sip-470-next = Obtain the recipient's consent first; resending unchanged fails again.
sip-470-use-when = the recipient has not consented to receive requests relayed from this sender

## 480 Temporarily Unavailable
sip-480-summary = The callee exists but cannot be reached at the moment (not registered, do-not-disturb, no answer).
sip-480-description = 480 Temporarily Unavailable says the callee's end system was contacted successfully, or the user is known, but the callee is currently unavailable: the user is not logged in, is in a state that excludes communication, or has do-not-disturb on. Retry-After may say when to try again (RFC 3261 §21.4.18). A proxy sends it when the location service knows the user but has no current binding (RFC 3261 §16.5).
sip-480-cause-1 = The user exists but no device is registered now: the phone is off, has lost network, or its registration expired (RFC 3261 §16.5).
sip-480-cause-2 = Do-not-disturb, or a device that rejects calls in its current state (RFC 3261 §21.4.18).
sip-480-cause-3 = A gateway maps ISUP causes 19 (no answer), 20 (subscriber absent) or 31 (normal, unspecified) to 480 (RFC 3398 §7.2.4.1).
sip-480-fix-1 = Check whether the callee's device is registered (and its NAT keep-alives), then retry later or honour Retry-After (RFC 3261 §21.4.18).
sip-480-fix-2 = If a provider sends 480 for every call, look at the reason phrase and any Reason header: many use 480 as a catch-all for routing failures (RFC 3261 §21.4.18).
sip-480-myth-1 = 480 is not 404: the user exists; only reachability is temporary (RFC 3261 §21.4.18).
sip-480-myth-2 = 480 is not a busy signal: a busy callee answers 486 (RFC 3261 §21.4.24).
sip-480-next = Try again later (after Retry-After if given) or divert the call, for example to voicemail.
sip-480-use-when = the user exists but cannot be reached right now

## 481 Call/Transaction Does Not Exist
sip-481-summary = The request refers to a dialog or transaction that the server does not know.
sip-481-description = 481 Call/Transaction Does Not Exist says the UAS received a request that does not match any dialog or transaction it has (RFC 3261 §21.4.19): a mid-dialog request whose Call-ID and tags match no dialog (RFC 3261 §12.2.2), or a CANCEL that matches no pending transaction (RFC 3261 §9.2). A client that receives 481 to a mid-dialog request should consider the dialog gone (RFC 3261 §12.2.1.2).
sip-481-cause-1 = A BYE or re-INVITE for a call that the far end already considers over, for example after it restarted, timed the call out, or never received the ACK (RFC 3261 §12.2.2).
sip-481-cause-2 = A CANCEL sent after the INVITE transaction has ended, or one that does not match the INVITE's Via branch, Request-URI or CSeq number (RFC 3261 §9.2).
sip-481-cause-3 = An SBC or B2BUA that rewrote tags or Call-ID inconsistently between requests of the same dialog (RFC 3261 §12.2.2).
sip-481-fix-1 = Compare Call-ID, From tag and To tag of the failing request with those of the dialog-creating response; any difference points at the element that changed them (RFC 3261 §12.2.2).
sip-481-fix-2 = For CANCEL, check that it copies the INVITE's Request-URI, Call-ID, From, To (without a new tag), CSeq number and top Via branch (RFC 3261 §9.1).
sip-481-myth-1 = A 481 to a CANCEL does not stop the call: the INVITE continues unless it ends on its own (RFC 3261 §9.2).
sip-481-next = Treat the dialog or transaction as gone: clean up local state, do not resend.
sip-481-use-when = a request refers to a dialog or transaction the server does not have

## 482 Loop Detected
sip-482-summary = A proxy found that the request looped back to it.
sip-482-description = 482 Loop Detected says the server received a request that had already passed through it in the same form: its loop detection, based on the Via headers and the branch parameter, found a spiral that does not progress (RFC 3261 §21.4.20, RFC 3261 §16.3). A UAS also answers 482 to a second copy of a request that arrived by another path after forking (merged request) (RFC 3261 §8.2.2.2).
sip-482-cause-1 = A routing loop between proxies or a proxy and a PBX: each forwards the call to the other because of a misconfigured route or dial plan (RFC 3261 §16.3).
sip-482-cause-2 = A forked INVITE that reaches the same UAS twice along different paths; the second copy is rejected as merged (RFC 3261 §8.2.2.2).
sip-482-fix-1 = Read the Via headers of the rejected request: the repeated hosts show the loop; fix the routes so each hop moves the request forward (RFC 3261 §16.3).
sip-482-myth-1 = 482 and 483 are not the same: 482 is found by inspecting Via, 483 only by Max-Forwards running out (RFC 3261 §21.4.20, RFC 3261 §21.4.21).
sip-482-next = Do not resend; fix the routing that sends the request around in a loop.
sip-482-use-when = a request comes back to a server it has already passed through, unchanged

## 483 Too Many Hops
sip-483-summary = The request's Max-Forwards reached zero before it got to its destination.
sip-483-description = 483 Too Many Hops says the request arrived with Max-Forwards at zero, so it may not be forwarded further (RFC 3261 §21.4.21, RFC 3261 §16.3). Clients set Max-Forwards to 70 (RFC 3261 §8.1.1.6); reaching zero usually means a loop that loop detection did not catch, or a very long chain.
sip-483-cause-1 = A routing loop that changes the request on each pass (new branch, new Request-URI), so Via-based loop detection misses it until Max-Forwards runs out (RFC 3261 §16.3).
sip-483-cause-2 = A client or B2BUA that starts with a very small Max-Forwards, or a B2BUA that copies a decremented value to each new leg (RFC 3261 §8.1.1.6).
sip-483-fix-1 = Look at Max-Forwards at each hop and at the Via list of the request: find where it loops or where the value starts too low (RFC 3261 §20.22).
sip-483-myth-1 = 483 does not mean the network path has too many IP routers; it counts SIP elements only (RFC 3261 §21.4.21).
sip-483-next = Do not resend unchanged; fix the loop or the initial Max-Forwards value.
sip-483-use-when = the Max-Forwards budget of the request is exhausted

## 484 Address Incomplete
sip-484-summary = The dialled address is incomplete; more digits are needed.
sip-484-description = 484 Address Incomplete says the Request-URI is incomplete, typically a telephone number with too few digits (RFC 3261 §21.4.22). It enables overlap dialling: the client can send a new INVITE with more digits. When a proxy forks, it prefers 484 among 4xx responses because it tells the caller how to proceed (RFC 3261 §16.7).
sip-484-cause-1 = A phone sends the INVITE before the user has finished dialling (a dial-plan timeout or a wrong digit map) (RFC 3261 §21.4.22).
sip-484-cause-2 = A number without its area or country code, sent to a server that will not guess it (RFC 3261 §21.4.22).
sip-484-cause-3 = A gateway maps ISUP cause 28 (invalid number format) to 484 (RFC 3398 §7.2.4.1).
sip-484-fix-1 = Complete the number (country and area codes, all digits) and retry; adjust the phone's digit map so it waits for complete numbers (RFC 3261 §8.1.3.5).
sip-484-myth-1 = 484 is not 404: the number is not wrong, only too short to route (RFC 3261 §21.4.22).
sip-484-next = Resend with the complete address (more digits).
sip-484-use-when = the dialled address is too short to route

## 485 Ambiguous
sip-485-summary = The address matches several users; Contact may list the possibilities.
sip-485-description = 485 Ambiguous says the Request-URI was ambiguous: it matches several users. The response may list the possible unambiguous addresses in Contact (RFC 3261 §21.4.23), though revealing them can be a privacy concern.
sip-485-cause-1 = A call by name or by a short alias (sip:john@example.com) matching several directory entries (RFC 3261 §21.4.23).
sip-485-fix-1 = Use a full, unique address; pick one from Contact if the response lists them (RFC 3261 §21.4.23).
sip-485-myth-1 = 485 is not 300: 300 lists locations of one user; 485 says several different users match (RFC 3261 §21.4.23).
sip-485-next = Resend with an unambiguous address, for example one listed in Contact.
sip-485-use-when = the address matches more than one user

## 486 Busy Here
sip-486-summary = The callee's device is busy; the user may be reachable elsewhere or later.
sip-486-description = 486 Busy Here says the callee's end system was contacted successfully but is not willing or able to take another call at this end system (RFC 3261 §21.4.24). Retry-After may say when to call back. Because it is a 4xx response, it concerns this device only: other forked branches may still succeed, and voicemail or another device can take the call.
sip-486-cause-1 = The callee is on another call and has call waiting disabled, or has reached the device's line limit (RFC 3261 §21.4.24).
sip-486-cause-2 = The user pressed "reject" on a phone configured to send 486 for a rejected call (RFC 3261 §21.4.24).
sip-486-cause-3 = A gateway maps ISUP cause 17 (user busy) to 486 (RFC 3398 §7.2.4.1).
sip-486-fix-1 = Nothing is broken: call again later, after Retry-After if given, or divert (voicemail, call forwarding on busy) (RFC 3261 §21.4.24).
sip-486-fix-2 = If a device answers 486 while idle, check its line or call limit and call-waiting settings (RFC 3261 §21.4.24).
sip-486-myth-1 = 486 is not "busy everywhere": a forking proxy keeps trying other devices after a 486; only 600 stops the search (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-486-next = Try later (Retry-After), try the user's other devices, or divert the call.
sip-486-use-when = this device is busy, while the user may be reachable elsewhere or later

## 487 Request Terminated
sip-487-summary = The request was cancelled (by CANCEL or BYE) before it completed; this is the normal end of a cancelled INVITE.
sip-487-description = 487 Request Terminated is the final response a UAS sends to the original INVITE after it receives a CANCEL for it, or a BYE that ends it early (RFC 3261 §21.4.25, RFC 3261 §9.2). It is the expected outcome of a call the caller abandoned before answer, and of the losing branches when a forking proxy cancels them.
sip-487-cause-1 = The caller hung up while the phone was ringing: the caller sends CANCEL, gets 200 for the CANCEL, then 487 for the INVITE (RFC 3261 §9.1).
sip-487-cause-2 = Parallel ringing: another device answered, and the forking proxy cancelled the other branches, which each answer 487 (RFC 3261 §9.2).
sip-487-fix-1 = Usually nothing to fix. If calls end with 487 that nobody cancelled, look for who sent the CANCEL: a timer on a PBX or SBC (no-answer timeout) often does (RFC 3261 §9.1).
sip-487-myth-1 = 487 is not an error on the callee's side: it confirms the cancellation the caller's side asked for (RFC 3261 §21.4.25).
sip-487-next = Nothing to do: acknowledge it (ACK) and treat the attempt as cancelled.
sip-487-use-when = a pending INVITE has been cancelled before it completed

## 488 Not Acceptable Here
sip-488-summary = The session description (SDP) offer is not acceptable at this endpoint: no common codec, media type, transport or address family.
sip-488-description = 488 Not Acceptable Here says some aspect of the session description, such as the media types, codecs, bandwidth or addressing, is not acceptable to this endpoint (RFC 3261 §21.4.26). The response may carry a Warning header naming the problem and a body describing what the endpoint supports. To a re-INVITE it leaves the existing session unchanged (RFC 3261 §14.2).
sip-488-cause-1 = No codec in common: the offer has only G.729 or Opus and the callee accepts only G.711, for example (RFC 3261 §13.3.1).
sip-488-cause-2 = Secure media mismatch: one side offers RTP/SAVP or requires SRTP, the other accepts only RTP/AVP, or the reverse (RFC 3261 §21.4.26).
sip-488-cause-3 = Wrong address family or transport in SDP (IPv6 offered to an IPv4-only endpoint), or a media line (video, T.38) the endpoint refuses (RFC 3261 §21.4.26).
sip-488-fix-1 = Put the offer and the callee's capabilities side by side (the Warning header, a body in the 488, or an OPTIONS answer) and add a common codec or profile to the offer (RFC 3261 §21.4.26, RFC 3261 §20.43).
sip-488-fix-2 = Check what SBCs and transcoders on the path do to the SDP: many 488s come from an SDP rewritten on the way (RFC 3261 §13.3.1).
sip-488-myth-1 = 488 is not 415: the SDP format itself is understood; its content is not acceptable (RFC 3261 §21.4.26, RFC 3261 §21.4.13).
sip-488-myth-2 = 488 concerns this endpoint; other branches may accept the same offer. A refusal valid for every endpoint is 606 (RFC 3261 §21.6.4).
sip-488-next = Resend with a session description the endpoint can accept (add a common codec, profile or address family).
sip-488-use-when = this endpoint cannot accept the offered session description

## 489 Bad Event
sip-489-summary = The event package named in the Event header is not supported by the server.
sip-489-description = 489 Bad Event says the server does not understand the event package named in the Event header of a SUBSCRIBE or PUBLISH, or a subscriber receives a NOTIFY for a package it did not subscribe to (RFC 6665 §8.3.1, RFC 6665 §4.1.3, RFC 3903 §6). The response may list supported packages in Allow-Events.
sip-489-cause-1 = A phone subscribes to message-summary (voicemail indication), presence or dialog on a server that does not offer that package (RFC 6665 §8.3.1).
sip-489-cause-2 = A PUBLISH for an event package the event state compositor does not handle (RFC 3903 §6).
sip-489-cause-3 = An unsolicited NOTIFY, such as check-sync or message-summary, sent to a device that did not subscribe to it (RFC 6665 §4.1.3).
sip-489-fix-1 = Look at Allow-Events in the response and subscribe only to packages the server supports, or enable the package on the server (RFC 6665 §8.3.1).
sip-489-myth-1 = 489 does not mean SUBSCRIBE is unsupported; the method works, but the package is unknown (RFC 6665 §8.3.1).
sip-489-next = Use an event package listed in Allow-Events, or stop subscribing to this one.
sip-489-use-when = the event package of a subscription, publication or notification is not supported

## 491 Request Pending
sip-491-summary = Another offer/answer exchange is already in progress in this dialog (glare); retry after a random delay.
sip-491-description = 491 Request Pending answers a re-INVITE or UPDATE received while the UAS has its own offer/answer transaction pending in the same dialog (RFC 3261 §21.4.27, RFC 3261 §14.2, RFC 3311 §5.2). Both sides usually get a 491; each waits a random time and retries: the side that owns the Call-ID waits 2.1 to 4 seconds, the other 0 to 2 seconds (RFC 3261 §14.1).
sip-491-cause-1 = Both ends send a re-INVITE at the same moment, for example for hold and a session-timer refresh (glare) (RFC 3261 §14.1).
sip-491-cause-2 = An UPDATE or re-INVITE sent before the previous one got its final response (RFC 3311 §5.2).
sip-491-fix-1 = Retry after the random delay of RFC 3261; if the peer never recovers, check that it applies the back-off and does not retry at once (RFC 3261 §14.1).
sip-491-myth-1 = 491 does not reject the change; it asks to try again once the other exchange has finished (RFC 3261 §21.4.27).
sip-491-next = Retry the re-INVITE or UPDATE after a random delay (2.1–4 s if you own the Call-ID, else 0–2 s).
sip-491-use-when = an offer/answer exchange is already pending in the same dialog

## 493 Undecipherable
sip-493-summary = The request contained an encrypted (S/MIME) body the server cannot decrypt.
sip-493-description = 493 Undecipherable says the UAS received a request with an encrypted MIME body for which it does not have or provide the right decryption key (RFC 3261 §21.4.28, RFC 3261 §23.2). The response may carry a body with a suitable public key.
sip-493-cause-1 = An S/MIME-encrypted SDP or MESSAGE for which the recipient lacks the private key, or encrypted with the wrong certificate (RFC 3261 §23.2).
sip-493-fix-1 = Encrypt with the recipient's current certificate, or send unencrypted where policy allows (RFC 3261 §23.2).
sip-493-myth-1 = 493 has nothing to do with TLS between hops; it concerns end-to-end S/MIME bodies (RFC 3261 §21.4.28).
sip-493-next = Resend with a body encrypted for the recipient's key, or unencrypted.
sip-493-use-when = the request's encrypted body cannot be decrypted by the recipient

## 494 Security Agreement Required
sip-494-summary = The server requires a security mechanism agreement (sec-agree) before processing the request; Security-Server lists the mechanisms.
sip-494-description = 494 Security Agreement Required is sent by a server that requires the client to negotiate a security mechanism, for example IPsec or TLS in IMS, before it processes the request; the response lists the mechanisms it supports in Security-Server, and the client picks one, sets it up and retries (RFC 3329 §2.3.1).
sip-494-cause-1 = An IMS device registers with the P-CSCF without the expected Security-Client and sec-agree headers (RFC 3329 §2.3.1).
sip-494-fix-1 = Include Security-Client and Require: sec-agree, then set up the mechanism offered in Security-Server and resend with Security-Verify (RFC 3329 §2.3.1).
sip-494-myth-1 = 494 is not an authentication challenge; credentials come afterwards, over the negotiated mechanism (RFC 3329 §2.3.1).
sip-494-next = Negotiate one of the mechanisms in Security-Server and resend over it.
sip-494-use-when = the server requires a negotiated security mechanism before processing the request
