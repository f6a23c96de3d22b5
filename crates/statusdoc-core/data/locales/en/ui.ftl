## Generic text: errors, labels and headings shared by every protocol.

## Errors shown to users.
error-malformed-code = “{ $input }” is not a status code: expected a number from { $min } to { $max }, written with digits only (for example 486).
error-unknown-protocol = There is no protocol called “{ $input }”. Known protocols: { $known }.
error-ambiguous-protocol = { $code } exists in more than one protocol ({ $candidates }); name the protocol, for example “statusdoc explain sip { $code }”.
error-unknown-locale = There is no translation for “{ $input }”. Available: { $known }.
error-malformed-class = “{ $input }” is not a class: write it as 1xx to 6xx (or just the digit).
error-empty-search = Give at least one word or number to search for.
error-internal-data = Internal error in the embedded data: { $detail }. Please report it.
error-internal-format = Internal error while writing text: { $detail }. Please report it.
## Status of a registered code.
status-deprecated = Deprecated: do not send it; a receiver still understands it ({ $reference }).
status-reserved = Reserved: registered but with no defined use, so it must not be sent ({ $reference }).

## Well-formed codes that no registry entry describes.
unregistered-summary = { $code } is not a registered code. A client that receives it must treat it as { $default }, the generic code of class { $class } ({ $reference }).
unregistered-description = Nothing defines { $code } itself: IANA's registry does not list it, so its exact meaning is whatever the sender's vendor intended. The protocol still gives it a meaning through its class: any element that does not know the code behaves as if it had received { $default } ({ $reference }).
unregistered-cause = A vendor-specific or experimental response, or a typing error in a log or a ticket. Read the reason phrase and any Warning or Reason header in the actual response: they carry the sender's own explanation ({ $reference }).
unregistered-fix = Handle it exactly like { $default }; ask the sender's vendor what they meant, and prefer a registered code of the same class when you control the sender ({ $reference }).
unregistered-history = { $code } existed in { $source } as “{ $reason }” and was dropped when RFC 3261 replaced it. Old equipment may still send it; treat it as { $default } ({ $reference }).

## Headings of an explanation.
heading-description = What it means
heading-when = When you see it
heading-fix = How to fix it
heading-myths = Common misconceptions
heading-facts = Facts
heading-references = References
heading-related = Often confused with
heading-nearest = Nearest registered codes
heading-history = History
heading-search = Results for “{ $query }”
heading-list = { $protocol } codes

## Facts table labels.
fact-class = Class
fact-provisional = Provisional response
fact-final-response = Final response
fact-status = Status
fact-registered = Registered
fact-unregistered = Not registered
fact-former = Formerly
fact-next = Client's next step
fact-scope = Scope
fact-senders = Sent by
fact-methods = Typically answers
fact-methods-any = any method
fact-headers = Header fields
fact-ack = Acknowledgement
fact-early-dialog = Early dialog
fact-mid-dialog = Inside a dialog
fact-proxy = Proxies
fact-q850-from = From ISUP causes
fact-q850-to = To ISUP cause
search-no-hits = No code matches “{ $query }”. Try fewer or different words, a header name or a code number.
search-hit-count = { $count ->
    [one] One code matches.
   *[other] { $count } codes match.
}
list-count = { $count ->
    [one] One registered code.
   *[other] { $count } registered codes.
}

## ISUP / Q.850 cause values (ITU-T Q.850 names).
q850-cause-1 = Unallocated (unassigned) number
q850-cause-2 = No route to specified transit network
q850-cause-3 = No route to destination
q850-cause-17 = User busy
q850-cause-18 = No user responding
q850-cause-19 = No answer from user (user alerted)
q850-cause-20 = Subscriber absent
q850-cause-21 = Call rejected
q850-cause-22 = Number changed
q850-cause-23 = Redirection to new destination
q850-cause-25 = Exchange routing error
q850-cause-26 = Non-selected user clearing
q850-cause-27 = Destination out of order
q850-cause-28 = Invalid number format (address incomplete)
q850-cause-29 = Facility rejected
q850-cause-31 = Normal, unspecified
q850-cause-34 = No circuit/channel available
q850-cause-38 = Network out of order
q850-cause-41 = Temporary failure
q850-cause-42 = Switching equipment congestion
q850-cause-47 = Resource unavailable, unspecified
q850-cause-55 = Incoming calls barred within closed user group
q850-cause-57 = Bearer capability not authorized
q850-cause-58 = Bearer capability not presently available
q850-cause-63 = Service or option not available, unspecified
q850-cause-65 = Bearer capability not implemented
q850-cause-70 = Only restricted digital information bearer capability is available
q850-cause-79 = Service or option not implemented, unspecified
q850-cause-87 = User not member of closed user group
q850-cause-88 = Incompatible destination
q850-cause-102 = Recovery on timer expiry
q850-cause-111 = Protocol error, unspecified
q850-cause-127 = Interworking, unspecified
