## SIP codes 400 to 429.

## 400 Bad Request
sip-400-summary = The request was malformed: its syntax is wrong or a mandatory header is missing.
sip-400-description = 400 Bad Request says the request could not be understood because of malformed syntax (RFC 3261 §21.4.1). The reason phrase should name the problem, for example "Missing Call-ID Header". A UAS sends it when basic validation fails, and so does a proxy whose request validation fails (RFC 3261 §8.2.2, RFC 3261 §16.3).
sip-400-cause-1 = A mandatory header is missing or unparsable: To, From, Call-ID, CSeq, Via or Max-Forwards (RFC 3261 §8.2.2).
sip-400-cause-2 = A malformed header value: an unescaped space in a URI, a bad quoting of a display name, a Content-Length that does not match the body (RFC 3261 §21.4.1).
sip-400-cause-3 = Header manipulation on an SBC or a script (Kamailio, OpenSIPS) that produced an invalid message (RFC 3261 §21.4.1).
sip-400-fix-1 = Read the reason phrase and any Warning header of the 400: most servers name the offending header there (RFC 3261 §21.4.1, RFC 3261 §20.43).
sip-400-fix-2 = Capture the request as it left the last hop and check it against the grammar; fix the element that built or rewrote it (RFC 3261 §21.4.1).
sip-400-myth-1 = 400 is not about permission or routing: the server rejects the message itself, before looking at who sent it or where it goes (RFC 3261 §21.4.1).
sip-400-next = Correct the malformed part of the request, named in the reason phrase or Warning, and send it again.
sip-400-use-when = the request is syntactically malformed or lacks a mandatory header

## 401 Unauthorized
sip-401-summary = The user agent server or registrar requires the request to be authenticated; retry with credentials for the challenge in WWW-Authenticate.
sip-401-description = 401 Unauthorized is a challenge from the destination itself, a user agent server or a registrar: it carries a WWW-Authenticate header with realm and nonce, and the client answers by sending the request again with an Authorization header (RFC 3261 §21.4.2, RFC 3261 §22.2). Its proxy counterpart is 407.
sip-401-cause-1 = The first REGISTER of a device: registrars normally challenge every registration, so a 401 followed by a 200 is the expected flow (RFC 3261 §22.4).
sip-401-cause-2 = Credentials sent but rejected: wrong password or user name, a realm mismatch, or a nonce the server considers stale (stale=true in the new challenge) (RFC 3261 §22.4).
sip-401-cause-3 = A client that ignores the challenge and never retries, or retries without Authorization (RFC 3261 §8.1.3.5).
sip-401-fix-1 = Retry with an Authorization header computed for the realm and nonce of this challenge; reuse the Call-ID and raise the CSeq by one (RFC 3261 §22.2).
sip-401-fix-2 = If every retry is challenged again, check the user name (authentication user may differ from the extension), the password and the realm; if the new challenge has stale=true, just retry with the new nonce (RFC 3261 §22.4).
sip-401-myth-1 = 401 does not mean access is denied; it asks for credentials. A refusal is 403 (RFC 3261 §21.4.2, RFC 3261 §21.4.4).
sip-401-myth-2 = A single 401 in a trace is not an error: it is how digest authentication starts (RFC 3261 §22.4).
sip-401-next = Resend the request with an Authorization header answering the WWW-Authenticate challenge.
sip-401-use-when = the destination itself (a user agent or registrar) needs the client to authenticate

## 402 Payment Required
sip-402-summary = Reserved for future use; no specification defines when to send it.
sip-402-description = 402 Payment Required is registered but reserved for future use (RFC 3261 §21.4.3). No standard behaviour is attached to it; where it appears, it is a vendor's choice, usually for an account without credit.
sip-402-cause-1 = A prepaid or billing platform that rejects calls from an account with no balance, using 402 against the standard's advice (RFC 3261 §21.4.3).
sip-402-fix-1 = Check the account's balance or billing status with the operator that sent it; treat it as a generic 4xx (RFC 3261 §21.4.3).
sip-402-fix-2 = As a sender, use 403 with an explanatory reason phrase instead (RFC 3261 §21.4.4).
sip-402-myth-1 = 402 has no defined payment mechanism in SIP; clients cannot act on it beyond giving up (RFC 3261 §21.4.3).
sip-402-next = Give up; settle the account issue with the operator out of band.
sip-402-use-when = a vendor signals an unpaid or exhausted account (the code is only reserved)

## 403 Forbidden
sip-403-summary = The server understood the request and refuses to fulfil it; authenticating will not help.
sip-403-description = 403 Forbidden says the server understood the request and refuses it, and that authorization will not help (RFC 3261 §21.4.4). It is the general answer of policy: the caller is not allowed to do this, here. A registrar also sends it when the authenticated user may not register the address in To (RFC 3261 §10.3).
sip-403-cause-1 = A call to a destination the account may not reach: international or premium numbers barred, a trunk without permission for that route (RFC 3261 §21.4.4).
sip-403-cause-2 = Registration refused: the authenticated user is not allowed to bind the To address, the account is disabled, or the source IP is not on the allow list (RFC 3261 §10.3).
sip-403-cause-3 = After failed authentication, some servers answer 403 instead of another challenge, to stop password guessing (RFC 3261 §22.2).
sip-403-fix-1 = Read the reason phrase and Warning: carriers usually state the policy ("Calling party not allowed", "Invalid source"); then fix the account's permissions or the calling number format (RFC 3261 §21.4.4).
sip-403-fix-2 = For trunks authenticated by IP, check that the request comes from the registered address and port (RFC 3261 §21.4.4).
sip-403-myth-1 = Resending with credentials does not help: the server already decided; a request that needs credentials gets 401 or 407 (RFC 3261 §21.4.4).
sip-403-next = Do not resend the same request here; change the account's rights or the request (number, source), then try again.
sip-403-use-when = the server refuses by policy, and authenticating would not change its answer

## 404 Not Found
sip-404-summary = The user does not exist in the domain of the Request-URI.
sip-404-description = 404 Not Found is definitive information that the user does not exist in the domain named in the Request-URI (RFC 3261 §21.4.5). A proxy or registrar sends it when the location service has no such user; it is also the answer when the domain in the Request-URI is not one the recipient handles (RFC 3261 §8.2.2.1, RFC 3261 §16.5).
sip-404-cause-1 = A dialled number that is not assigned, or a typing error in the user part (RFC 3261 §21.4.5).
sip-404-cause-2 = The number is right but the format is not what the server expects: missing country code, a + it does not strip, an unexpected prefix (RFC 3261 §21.4.5).
sip-404-cause-3 = A request sent to the wrong domain or server, which does not know the user (RFC 3261 §8.2.2.1).
sip-404-fix-1 = Check the Request-URI as it arrived at the server that answered: dial plan, number normalization and domain (RFC 3261 §21.4.5).
sip-404-fix-2 = If the user does exist but is not registered at the moment, the server should answer 480 instead; ask its operator to fix the mapping (RFC 3261 §21.4.18).
sip-404-myth-1 = 404 does not mean the device is offline; a known user who is merely unreachable gets 480 (RFC 3261 §21.4.5, RFC 3261 §21.4.18).
sip-404-next = Do not retry the same address at this server; correct the number or address first.
sip-404-use-when = the user does not exist in the domain that was asked

## 405 Method Not Allowed
sip-405-summary = The method is understood but not allowed for this address; the Allow header lists the methods that are.
sip-405-description = 405 Method Not Allowed says the server understands the method but does not allow it for the address in the Request-URI; the response must carry an Allow header listing the methods it does accept (RFC 3261 §21.4.6, RFC 3261 §8.2.1).
sip-405-cause-1 = A device that does not accept MESSAGE, SUBSCRIBE, INFO or REFER for the target (RFC 3261 §8.2.1).
sip-405-cause-2 = REGISTER sent to a plain user agent or to a proxy that is not a registrar (RFC 3261 §21.4.6).
sip-405-fix-1 = Read Allow in the response and use one of those methods, or send this method to another element (RFC 3261 §20.5).
sip-405-myth-1 = 405 is not 501: with 405 the method is known but refused for this address; with 501 the server does not implement it at all (RFC 3261 §21.4.6, RFC 3261 §21.5.2).
sip-405-next = Use one of the methods in Allow, or send this method elsewhere.
sip-405-use-when = the server knows the method but does not allow it for this address

## 406 Not Acceptable
sip-406-summary = The server can only produce responses whose content the request's Accept header does not allow.
sip-406-description = 406 Not Acceptable says that the resource can only generate responses with content characteristics that are not acceptable according to the Accept header of the request (RFC 3261 §21.4.7). It is about the response body the client asked for, not the body the client sent.
sip-406-cause-1 = A SUBSCRIBE whose Accept lists only formats the notifier cannot produce, for example a presence format it does not support (RFC 3261 §20.1).
sip-406-cause-2 = An OPTIONS or INVITE whose Accept is too narrow for what the server must send back (RFC 3261 §21.4.7).
sip-406-fix-1 = Widen the Accept header of the request to include a format the server can produce (RFC 3261 §20.1).
sip-406-myth-1 = 406 is not 415: 406 rejects what the client is willing to receive; 415 rejects what the client sent (RFC 3261 §21.4.7, RFC 3261 §21.4.13).
sip-406-next = Resend with an Accept header that includes a format the server can produce.
sip-406-use-when = the server cannot produce any body format the request's Accept header allows

## 407 Proxy Authentication Required
sip-407-summary = A proxy on the path requires the client to authenticate; retry with credentials for the challenge in Proxy-Authenticate.
sip-407-description = 407 Proxy Authentication Required is the proxy's version of 401: a proxy on the path challenges the client with a Proxy-Authenticate header, and the client retries with Proxy-Authorization (RFC 3261 §21.4.8, RFC 3261 §22.3). Several proxies may each challenge, so one request can collect several credentials.
sip-407-cause-1 = The first INVITE of a call through a provider's outbound proxy: providers usually challenge every call, so 407 then a new INVITE is the expected flow (RFC 3261 §22.3).
sip-407-cause-2 = Wrong credentials, a realm mismatch, or a stale nonce (stale=true) on the retry (RFC 3261 §22.3).
sip-407-cause-3 = A device that handles 401 but not 407, or sends credentials in Authorization instead of Proxy-Authorization (RFC 3261 §8.1.3.5).
sip-407-fix-1 = Retry with a Proxy-Authorization header for the realm and nonce in Proxy-Authenticate; keep the Call-ID and raise the CSeq by one (RFC 3261 §22.3).
sip-407-fix-2 = If the challenge repeats, check the account's user name, password and realm on the proxy (RFC 3261 §22.3).
sip-407-myth-1 = 407 does not come from the callee: it comes from a proxy, usually your own provider's, before the call reaches anyone (RFC 3261 §21.4.8).
sip-407-next = Resend the request with a Proxy-Authorization header answering the Proxy-Authenticate challenge.
sip-407-use-when = a proxy on the path needs the client to authenticate before it forwards the request

## 408 Request Timeout
sip-408-summary = No final response was produced in time: the server or proxy gave up waiting, or the client's own transaction timed out.
sip-408-description = 408 Request Timeout says the server could not produce a response within a suitable time, for example because it could not determine the user's location in time (RFC 3261 §21.4.9). A proxy sends it when Timer C expires on an INVITE branch that got no final response (RFC 3261 §16.8), and a client generates it internally when its own transaction times out with no response at all (RFC 3261 §8.1.3.1).
sip-408-cause-1 = The callee's phone never answered the INVITE: it is offline behind a stale registration, or a NAT binding expired, so the proxy's branch times out (RFC 3261 §16.8).
sip-408-cause-2 = No response whatsoever to the request: network loss, a firewall dropping the packets, or the wrong address or port. The "408" then exists only inside the client (RFC 3261 §8.1.3.1).
sip-408-cause-3 = Inside a dialog, a re-INVITE, BYE or NOTIFY that times out; the client should then end the dialog (RFC 3261 §12.2.1.2).
sip-408-fix-1 = Look in the capture for the request arriving at the next hop and for any response coming back; no response at all points at network, NAT or firewall (RFC 3261 §8.1.3.1).
sip-408-fix-2 = For calls to registered devices, check the registration's freshness and NAT keep-alives on the callee's side (RFC 3261 §21.4.9).
sip-408-myth-1 = A 408 in your logs was not necessarily sent by anyone: SIP stacks log their own transaction timeouts as 408 (RFC 3261 §8.1.3.1).
sip-408-myth-2 = A proxy should not send 408 to a non-INVITE request; it lets the client's transaction time out instead (RFC 4320 §4.2).
sip-408-next = Retry later, or try another route; first find out which hop stopped answering.
sip-408-use-when = no final response could be obtained in time

## 410 Gone
sip-410-summary = The user existed here but is no longer available, and no forwarding address is known.
sip-410-description = 410 Gone says the requested resource is no longer available at the server and no forwarding address is known; the condition is expected to be permanent (RFC 3261 §21.4.10). A server that knows the user has moved to a new address sends 301 instead.
sip-410-cause-1 = A number or account that was disconnected or ported away, and the server keeps a record of it (RFC 3261 §21.4.10).
sip-410-cause-2 = A gateway maps ISUP cause 22 (number changed, without a new number) or 23 to 410 (RFC 3398 §7.2.4.1).
sip-410-fix-1 = Stop calling the address and remove it from directories; find the user's new address out of band (RFC 3261 §21.4.10).
sip-410-myth-1 = 410 is not a temporary condition: unlike 480, retrying later is pointless (RFC 3261 §21.4.10).
sip-410-next = Stop using this address; there is no new address to try.
sip-410-use-when = the user used to exist at this address and is permanently gone, with no known new address

## 412 Conditional Request Failed
sip-412-summary = A conditional PUBLISH named an entity tag the server no longer holds; the publication to refresh or modify does not exist.
sip-412-description = 412 Conditional Request Failed answers a PUBLISH whose SIP-If-Match header names an entity tag that does not match any publication the event state compositor holds, for example because it expired (RFC 3903 §6).
sip-412-cause-1 = A publication expired (the client refreshed too late) and the refresh still carries the old entity tag (RFC 3903 §6).
sip-412-cause-2 = The presence server restarted or failed over and lost its publications (RFC 3903 §6).
sip-412-fix-1 = Send a new initial PUBLISH with the full state and no SIP-If-Match, then use the new SIP-ETag it returns (RFC 3903 §6).
sip-412-myth-1 = 412 is not a generic precondition error like in HTTP; in SIP it concerns only the entity tag of event publication (RFC 3903 §6).
sip-412-next = Publish the full state again without SIP-If-Match and keep the new entity tag.
sip-412-use-when = a PUBLISH refers to a publication (entity tag) that no longer exists

## 413 Request Entity Too Large
sip-413-summary = The request's body is larger than the server is willing to process.
sip-413-description = 413 Request Entity Too Large says the server refuses the request because its body is larger than it is willing or able to process; if the condition is temporary it may say when to retry in Retry-After (RFC 3261 §21.4.11). The client may then retry with a smaller body (RFC 3261 §8.1.3.5).
sip-413-cause-1 = A very large SDP (many codecs, ICE candidates and crypto lines) or a multipart body with attachments (RFC 3261 §21.4.11).
sip-413-cause-2 = A MESSAGE with a large payload sent to a server with a small limit (RFC 3261 §21.4.11).
sip-413-fix-1 = Shrink the body: offer fewer codecs and candidates, remove unneeded parts; honour Retry-After if present (RFC 3261 §21.4.11).
sip-413-myth-1 = 413 is not 513: 413 refuses the size of the body; 513 refuses the size of the whole message (RFC 3261 §21.4.11, RFC 3261 §21.5.7).
sip-413-next = Send the request again with a smaller body (or after Retry-After if the server says the limit is temporary).
sip-413-use-when = the body of the request is too large for the server

## 414 Request-URI Too Long
sip-414-summary = The Request-URI is longer than the server is willing to interpret.
sip-414-description = 414 Request-URI Too Long says the server refuses the request because the Request-URI is longer than it is willing to interpret (RFC 3261 §21.4.12).
sip-414-cause-1 = Many URI parameters or escaped headers added by applications or SBCs to the Request-URI (RFC 3261 §21.4.12).
sip-414-cause-2 = A routing loop that keeps appending parameters on every pass (RFC 3261 §21.4.12).
sip-414-fix-1 = Remove unnecessary URI parameters and embedded headers; find the element that grows the URI (RFC 3261 §21.4.12).
sip-414-myth-1 = 414 is about the Request-URI only; a long To or From header does not cause it (RFC 3261 §21.4.12).
sip-414-next = Shorten the Request-URI and send the request again.
sip-414-use-when = the Request-URI is too long for the server

## 415 Unsupported Media Type
sip-415-summary = The server does not support the format, encoding or language of the request's body; Accept, Accept-Encoding and Accept-Language list what it does support.
sip-415-description = 415 Unsupported Media Type says the body of the request is in a format the server does not support for this method; the server must list what it accepts in Accept, Accept-Encoding or Accept-Language (RFC 3261 §21.4.13, RFC 3261 §8.2.3). The client may retry with a body it supports (RFC 3261 §8.1.3.5).
sip-415-cause-1 = An INVITE with a body type the server does not handle: multipart/mixed with ISUP, application/vnd.* or SDP wrapped in a way it cannot parse (RFC 3261 §8.2.3).
sip-415-cause-2 = A compressed body (Content-Encoding: gzip) or a MESSAGE content type that the recipient does not support (RFC 3261 §8.2.3).
sip-415-fix-1 = Read Accept, Accept-Encoding and Accept-Language in the response and resend with a body that fits them (RFC 3261 §21.4.13).
sip-415-myth-1 = 415 does not reject the codecs in your SDP; codec or media mismatch is 488. 415 means the body type itself is not supported (RFC 3261 §21.4.13, RFC 3261 §21.4.26).
sip-415-next = Resend with a body type, encoding and language listed in the Accept headers of the response.
sip-415-use-when = the server cannot handle the type, encoding or language of the request's body

## 416 Unsupported URI Scheme
sip-416-summary = The Request-URI uses a scheme the server does not know (neither sip, sips nor one it supports).
sip-416-description = 416 Unsupported URI Scheme says the server cannot process the request because it does not know the scheme of the Request-URI (RFC 3261 §21.4.14). Both user agents and proxies check the scheme (RFC 3261 §8.2.2.1, RFC 3261 §16.3).
sip-416-cause-1 = A tel: URI sent to a server that only routes sip: and sips: (RFC 3261 §21.4.14).
sip-416-cause-2 = A sips: URI sent to a server with no TLS support, or an im:, pres: or urn: URI to a plain proxy (RFC 3261 §16.3).
sip-416-fix-1 = Convert the Request-URI to a scheme the server supports, usually sip: with user=phone for telephone numbers (RFC 3261 §8.1.3.5).
sip-416-myth-1 = 416 is not a malformed URI (that is 400); the URI is valid but its scheme is not supported (RFC 3261 §21.4.14).
sip-416-next = Resend with a Request-URI in a scheme the server supports (usually sip:).
sip-416-use-when = the Request-URI's scheme is one the server cannot handle

## 417 Unknown Resource-Priority
sip-417-summary = The request's Resource-Priority header uses a namespace or value the server does not understand.
sip-417-description = 417 Unknown Resource-Priority says the server did not understand the namespace or the priority value in the Resource-Priority header and the request required it to (RFC 4412). The response lists what it does accept in Accept-Resource-Priority, so the client can retry with a supported value.
sip-417-cause-1 = A priority call (emergency services, government priority schemes) with a namespace the server is not configured for (RFC 4412).
sip-417-fix-1 = Retry with a namespace and value from Accept-Resource-Priority, or without priority if policy allows (RFC 4412).
sip-417-myth-1 = 417 does not reject priority calls in general; only the namespace or value in Resource-Priority is unknown to this server (RFC 4412).
sip-417-next = Resend with a Resource-Priority value the server lists in Accept-Resource-Priority.
sip-417-use-when = the Resource-Priority namespace or value is unknown to the server

## 420 Bad Extension
sip-420-summary = The request requires an extension (option tag) that the server does not support; Unsupported names it.
sip-420-description = 420 Bad Extension says the server does not understand an extension listed in the request's Require header (or, for a proxy, in Proxy-Require); the response must list the unsupported option tags in an Unsupported header (RFC 3261 §21.4.15, RFC 3261 §8.2.2.3). The client may retry without relying on them (RFC 3261 §8.1.3.5).
sip-420-cause-1 = A client sends Require: 100rel, timer, precondition or replaces to a server that lacks the feature (RFC 3261 §8.2.2.3).
sip-420-cause-2 = Proxy-Require names an extension the proxy does not implement (RFC 3261 §16.3).
sip-420-fix-1 = Read Unsupported in the response; move that option tag from Require to Supported, or disable the feature for this destination, and retry (RFC 3261 §8.1.3.5).
sip-420-myth-1 = 420 is not 421: 420 is the server lacking an extension the client requires; 421 is the server requiring an extension the client lacks (RFC 3261 §21.4.15, RFC 3261 §21.4.16).
sip-420-next = Resend without requiring the option tags listed in Unsupported.
sip-420-use-when = the client required an extension the server does not support

## 421 Extension Required
sip-421-summary = The server needs an extension that the client did not offer in Supported; Require names it.
sip-421-description = 421 Extension Required says the user agent server needs a particular extension to process the request, but the client did not list it in Supported; the response lists the required option tags in Require (RFC 3261 §21.4.16, RFC 3261 §20.32). Servers should use it sparingly, since it blocks interoperation with simpler clients.
sip-421-cause-1 = A UAS configured to insist on reliable provisional responses (100rel), session timers or preconditions calls a client that does not advertise them (RFC 3262 §3).
sip-421-fix-1 = Enable the extension named in Require on the client and retry, or relax the server's requirement (RFC 3261 §21.4.16).
sip-421-myth-1 = 421 does not mean the client sent something wrong; it is missing support for something the server insists on (RFC 3261 §21.4.16).
sip-421-next = Resend with the option tags listed in Require in your Supported header, if you implement them.
sip-421-use-when = the server insists on an extension the client did not list as supported

## 422 Session Interval Too Small
sip-422-summary = The session timer interval (Session-Expires) is below the minimum the server accepts; Min-SE gives the minimum.
sip-422-description = 422 Session Interval Too Small rejects an INVITE or UPDATE whose Session-Expires is lower than the minimum a proxy or the UAS accepts; the response must carry Min-SE with that minimum (RFC 4028 §6). The client retries with a Session-Expires at least as large, and adds a Min-SE header of its own (RFC 4028 §7.4).
sip-422-cause-1 = A client sends Session-Expires: 60 or 90 to a server that demands more, often 1800 seconds (RFC 4028 §5).
sip-422-cause-2 = A proxy on the path has a higher minimum than the UAS (RFC 4028 §8).
sip-422-fix-1 = Raise Session-Expires to at least Min-SE of the response, include a Min-SE header in the retry, and send it again (RFC 4028 §7.4).
sip-422-myth-1 = 422 is about session timers, not registrations: a too short REGISTER or SUBSCRIBE interval gets 423 (RFC 4028 §6, RFC 3261 §21.4.17).
sip-422-next = Resend with Session-Expires (and Min-SE) at least as large as the Min-SE in the response.
sip-422-use-when = the session refresh interval asked by an INVITE or UPDATE is too small

## 423 Interval Too Brief
sip-423-summary = The expiration time asked for a registration, subscription or publication is shorter than the server allows; Min-Expires gives the minimum.
sip-423-description = 423 Interval Too Brief says the server rejects the request because the expiration time of the resource it refreshes is too short; the response must carry Min-Expires with the minimum (RFC 3261 §21.4.17, RFC 3261 §10.3). Registrars send it for REGISTER, and the same rule applies to SUBSCRIBE and PUBLISH (RFC 3903 §6).
sip-423-cause-1 = A phone registers with Expires: 30 or 60 to keep a NAT binding open, and the registrar's minimum is higher (RFC 3261 §10.3).
sip-423-cause-2 = A presence client publishes or subscribes with too short an Expires (RFC 3903 §6).
sip-423-fix-1 = Retry with Expires at least Min-Expires (RFC 3261 §10.2.8).
sip-423-fix-2 = To keep NAT bindings alive, use keep-alives (CRLF, OPTIONS) instead of very short registrations (RFC 3261 §10.2.8).
sip-423-myth-1 = 423 is not a rate limit on registrations; only the Expires value is too short (RFC 3261 §21.4.17).
sip-423-next = Resend with an expiration at least as long as Min-Expires.
sip-423-use-when = a registration, subscription or publication asks for too short an expiration time

## 424 Bad Location Information
sip-424-summary = The location information conveyed in the request (Geolocation) was malformed or unsatisfactory; Geolocation-Error says why.
sip-424-description = 424 Bad Location Information rejects a request whose location information, conveyed by the Geolocation header (by value in the body or by reference), could not be used: it was malformed, could not be dereferenced, or was not good enough for routing (RFC 6442). The response carries a Geolocation-Error header with a code explaining which.
sip-424-cause-1 = An emergency call whose PIDF-LO body is malformed, or whose location URI the server cannot dereference (RFC 6442).
sip-424-cause-2 = Location too imprecise for the routing decision the server must make (RFC 6442).
sip-424-fix-1 = Read Geolocation-Error, fix or refresh the location (body or reference) and retry (RFC 6442).
sip-424-myth-1 = 424 does not mean the user is in the wrong place; it means the location data itself could not be used (RFC 6442).
sip-424-next = Correct or refresh the location information, as Geolocation-Error indicates, and resend.
sip-424-use-when = the location information conveyed in the request cannot be used

## 425 Bad Alert Message
sip-425-summary = The alert message (for example a non-interactive emergency alert) in the request was malformed or unsupported; AlertMsg-Error says why.
sip-425-description = 425 Bad Alert Message rejects a request carrying an alert body, as used for non-interactive emergency calls from sensors and vehicles, because the alert content could not be processed; the response carries an AlertMsg-Error header that describes the problem (RFC 8876).
sip-425-cause-1 = A CAP (Common Alerting Protocol) body that is malformed or uses elements the recipient does not support (RFC 8876).
sip-425-fix-1 = Read AlertMsg-Error, correct the alert body and resend (RFC 8876).
sip-425-myth-1 = 425 in SIP has nothing to do with HTTP's 425 Too Early; it is only about alert message bodies (RFC 8876).
sip-425-next = Correct the alert body as AlertMsg-Error describes and resend.
sip-425-use-when = the alert message body of a request cannot be processed

## 428 Use Identity Header
sip-428-summary = The verification service requires a signed Identity header (STIR/SHAKEN) and the request had none.
sip-428-description = 428 Use Identity Header is sent by a STIR verification service whose policy requires a signed identity and which received a request with no Identity header (RFC 8224 §6.2.2). RFC 4474 defined the code for the original identity mechanism, now obsolete; RFC 8224 keeps it with the PASSporT-based Identity header.
sip-428-cause-1 = A carrier interconnect requires STIR/SHAKEN signing and the originating provider did not sign the call (RFC 8224 §6.2.2).
sip-428-cause-2 = The Identity header was stripped on the way, for example by an SBC or a transit carrier that does not pass it (RFC 8224 §6.2.2).
sip-428-fix-1 = Sign the call at the originating authentication service, and make sure every hop forwards the Identity header unchanged (RFC 8224 §6.2.2).
sip-428-myth-1 = 428 does not say the signature was bad (that is 438); it says there was no signature at all (RFC 8224 §6.2.2).
sip-428-next = Resend with a valid Identity header from an authentication service.
sip-428-use-when = a signed identity is required and the request carried no Identity header

## 429 Provide Referrer Identity
sip-429-summary = The recipient of a REFER requires a valid Referred-By token identifying the referrer.
sip-429-description = 429 Provide Referrer Identity is sent by a REFER recipient (or the party it would contact) that requires a signed Referred-By token proving who asked for the referral, and did not get one (RFC 3892).
sip-429-cause-1 = A call transfer where the transferee's policy demands an authenticated referrer, and the REFER carried a plain Referred-By or none (RFC 3892).
sip-429-fix-1 = Resend the REFER with a Referred-By header and a valid signed token (RFC 3892).
sip-429-myth-1 = 429 is not about rate limiting as in HTTP; it concerns only the identity of the referrer (RFC 3892).
sip-429-next = Resend the REFER with a Referred-By token that proves the referrer's identity.
sip-429-use-when = a referral requires proof of who the referrer is
