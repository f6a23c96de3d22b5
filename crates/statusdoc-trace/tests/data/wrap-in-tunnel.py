#!/usr/bin/env python3
"""Wraps every packet of a capture in a tunnel, as mirrored traffic arrives
from routers and switches: GRE (RFC 2784/2890), ERSPAN type II and III
(GRE 0x88BE / 0x22EB), IP-in-IP (RFC 2003), MPLS labels (RFC 3032) over
IP or an Ethernet pseudowire (RFC 4448), TZSP (MikroTik's packet sniffer
streaming to a collector), GTP-U (a mobile packet core's user plane); or puts them on the air, as a Wi-Fi capture
(radiotap and 802.11) has them; or sends each SIP message to a
collector in HEP3, as Kamailio's siptrace and Homer's agents do (over UDP,
or over one TCP connection: two packets in one segment, one across two); or carries
each SIP message over SCTP instead of UDP (RFC 4168), the first one in two
fragments, a SACK of what the other side sent bundled before the others
(but one); or sends what an AudioCodes SBC
handles to a debug recording collector (ACDR, UDP port 925): the packets
with headers of each version, one message with its ends in the header and
a media packet among them, or (acdr-tls) each message as the plaintext of
a TLS connection, one of them in two records, one repeated by a peek;
or writes them as a Juniper router captures its Ethernet interface. Used where this machine's kernel
has no such tunnel (nor SCTP) to capture from (make-fixtures.sh captures
VXLAN for real).

    wrap-in-tunnel.py IN.pcap OUT.pcap gre|erspan2|erspan3|ipip|mpls|mpls-pw|tzsp|gtpu|radiotap|hep3|hep3-tcp|sctp|acdr|acdr-tls|juniper
"""
import struct
import sys

source, target, kind = sys.argv[1:4]
OUTER = (bytes([10, 99, 0, 1]), bytes([10, 99, 0, 2]))


def checksum(header):
    total = sum(struct.unpack("!%dH" % (len(header) // 2), header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return (~total) & 0xFFFF


def ipv4(protocol, payload, forward, ident):
    src, dst = OUTER if forward else OUTER[::-1]
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0x4000, 64, protocol, 0, src, dst)
    header = header[:10] + struct.pack("!H", checksum(header)) + header[12:]
    return header + payload


def udp(src_port, dst_port, payload, forward, ident):
    datagram = struct.pack("!HHHH", src_port, dst_port, 8 + len(payload), 0) + payload
    return ipv4(17, datagram, forward, ident)


def chunk(kind, value):
    return struct.pack("!HHH", 0, kind, 6 + len(value)) + value


def hep3(inner_ip, sec, usec):
    """The message of a UDP packet, with where and when it was seen."""
    header_len = (inner_ip[0] & 0x0F) * 4
    src_port, dst_port = struct.unpack("!HH", inner_ip[header_len : header_len + 4])
    chunks = b"".join([
        chunk(1, b"\x02"),  # IPv4
        chunk(2, b"\x11"),  # UDP
        chunk(3, inner_ip[12:16]),
        chunk(4, inner_ip[16:20]),
        chunk(7, struct.pack("!H", src_port)),
        chunk(8, struct.pack("!H", dst_port)),
        chunk(9, struct.pack("!I", sec)),
        chunk(10, struct.pack("!I", usec)),
        chunk(11, b"\x01"),  # SIP
        chunk(12, struct.pack("!I", 2001)),
        chunk(15, inner_ip[header_len + 8 :]),
    ])
    return b"HEP3" + struct.pack("!H", 6 + len(chunks)) + chunks


def crc32c(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


SCTP_TSN = {}


def sctp(inner_ip, seq):
    """The UDP packet's message over SCTP: a list of packets (RFC 9260 §3).
    Each direction numbers its DATA chunks on from 100 and has its own
    verification tag."""
    header_len = (inner_ip[0] & 0x0F) * 4
    src_port, dst_port = struct.unpack("!HH", inner_ip[header_len : header_len + 4])
    message = inner_ip[header_len + 8 :]
    tag = 0x5D0C if src_port < dst_port else 0x7A11

    def next_tsn():
        tsn = SCTP_TSN.get((src_port, dst_port), 100)
        SCTP_TSN[(src_port, dst_port)] = tsn + 1
        return tsn

    def data_chunk(flags, part, tsn):
        value = struct.pack("!IHHI", tsn, 0, seq, 0) + part
        chunk = struct.pack("!BBH", 0, flags, 4 + len(value)) + value
        return chunk + bytes(-len(chunk) % 4)

    def packet(chunks):
        common = struct.pack("!HHII", src_port, dst_port, tag, 0) + b"".join(chunks)
        common = common[:8] + struct.pack("<I", crc32c(common)) + common[12:]
        header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(common), seq, 0x4000, 64, 132, 0,
                             inner_ip[12:16], inner_ip[16:20])
        header = header[:10] + struct.pack("!H", checksum(header)) + header[12:]
        return bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]) + b"\x08\x00" + header + common

    if seq == 1:
        half = len(message) // 2
        first, second = next_tsn(), next_tsn()
        return [packet([data_chunk(2, message[:half], first)]), packet([data_chunk(1, message[half:], second)])]
    tsn = next_tsn()
    # A SACK bundled before the message, of all the other direction sent
    # so far (its cumulative TSN ack), but in the 200 to the INVITE.
    received = SCTP_TSN.get((dst_port, src_port), 100) - 1
    if seq == 3 or received < 100:
        return [packet([data_chunk(3, message, tsn)])]
    sack = struct.pack("!BBHIIHH", 3, 0, 16, received, 65535, 0, 0)
    return [packet([sack, data_chunk(3, message, tsn)])]


def acdr(version, extra, trace_point, media, extension, payload):
    """A debug recording datagram as a device of header `version` sends it
    (Wireshark's acdr dissector describes the header)."""
    minor = version & 0x0F
    header = bytes([version])
    header += struct.pack("!IH", 0, 1234) if minor <= 3 else struct.pack("!I", 1234)
    header += struct.pack("!H", 7) if minor >= 4 else b""
    header += struct.pack("!ii", -1, 12) if minor >= 9 else struct.pack("!hh", -1, 12)
    header += bytes([extra, trace_point, media, len(extension) if minor >= 5 else 0])
    header += bytes({5: 4, 6: 4, 7: 8}.get(minor, 9 if minor >= 8 else 0))
    return udp(40000, 925, header + (extension if minor >= 5 else b"") + payload, True, 0)


def acdr_packets(inner_ip, seq):
    """The packet (or its message) as an SBC records it, from its host."""
    ihl = (inner_ip[0] & 0x0F) * 4
    src_port, dst_port = struct.unpack("!HH", inner_ip[ihl : ihl + 4])
    message = inner_ip[ihl + 8 :]
    ends = (src_port, dst_port, inner_ip[12:16], inner_ip[16:20])
    if kind == "acdr-tls":
        # Media type 33 (TLS data), application 3 (SIP).
        extension = struct.pack("!HH4s4sB", *ends, 3)
        records = [message[:100], message[100:]] if seq == 1 else [message]
        packets = [acdr(0x09, 0, 5, 33, extension, part) for part in records]
        if seq == 2:
            packets.insert(0, acdr(0x09, 0, 5, 34, extension, message))  # a peek: read again next
        return packets
    if seq == 3:
        # Trace point 6 (system): the message alone, its ends in the extension.
        extension = struct.pack("!4s4sHHBB", inner_ip[12:16], inner_ip[16:20], src_port, dst_port, 17, 1)
        return [acdr(0x07, 0, 6, 10, extension, message)]
    version = [0x02, 0x04, 0x05, 0x07, 0x08, 0x09][(seq - 1) % 6]
    # Header added (0x08): the IP packet whole; trace point 4 or 5 (network to host, host to network).
    packets = [acdr(version, 0x08, 4 + seq % 2, 10, b"", inner_ip)]
    if seq == 1:
        rtp = udp(10000, 20000, bytes([0x80, 0]) + bytes(170), False, 0)
        packets.append(acdr(0x09, 0x08, 4, 1, b"", rtp))  # media type 1: RTP
    return packets


def wrap(frame, seq, sec, usec):
    inner_ip = frame[14:]
    # The caller (SIPp's UAC) sends from port 5071: that way is "forward".
    forward = struct.unpack("!H", inner_ip[20:22])[0] == 5071
    if kind == "gre":
        tunnel = ipv4(47, struct.pack("!HH", 0, 0x0800) + inner_ip, forward, seq)
    elif kind == "erspan2":
        gre = struct.pack("!HHI", 0x1000, 0x88BE, seq)
        # Version 1 (type II), VLAN 0; CoS 0, En 3, T 0, session 7; index 3.
        erspan = struct.pack("!HHI", 0x1000, (3 << 11) | 7, 3)
        tunnel = ipv4(47, gre + erspan + frame, forward, seq)
    elif kind == "erspan3":
        gre = struct.pack("!HHI", 0x1000, 0x22EB, seq)
        # Version 2 (type III), session 7, a timestamp, no optional subheader.
        erspan = struct.pack("!HHIHH", 0x2000, 7, 1000 + seq, 0, 0)
        tunnel = ipv4(47, gre + erspan + frame, forward, seq)
    elif kind == "sctp":
        return sctp(inner_ip, seq)
    elif kind == "ipip":
        tunnel = ipv4(4, inner_ip, forward, seq)
    elif kind == "tzsp":
        # TZSP as MikroTik's sniffer streams it: version 1, type 0 (received),
        # Ethernet (1), the end tag, the frame; to UDP port 37008.
        tunnel = udp(40000, 37008, struct.pack("!BBHB", 1, 0, 1, 1) + frame, True, seq)
    elif kind == "gtpu":
        # GTP-U as a packet core carries a phone's packets (S1-U, N3): a
        # G-PDU to port 2152, its tunnel endpoint id; every other packet
        # with a sequence number and a PDU session container extension.
        if seq % 2:
            flags, optional = 0x36, struct.pack("!HBB", seq, 0, 0x85) + bytes([1, 0x10, 9, 0])
        else:
            flags, optional = 0x30, b""
        gtp = struct.pack("!BBHI", flags, 255, len(optional) + len(inner_ip), 0x1000 + forward) + optional
        tunnel = udp(2152, 2152, gtp + inner_ip, forward, seq)
    elif kind == "juniper":
        # A Juniper router's capture of its Ethernet interface (link type
        # 178): "MGC", flags (0x01: received), every other packet with an
        # extension (a TLV of its interface index) after their total length.
        flags = 0x01 if forward else 0x00
        if seq % 2:
            return b"MGC" + bytes([0x80 | flags]) + struct.pack("!HBBI", 6, 1, 4, 42) + frame
        return b"MGC" + bytes([flags]) + frame
    elif kind in ("acdr", "acdr-tls"):
        eth = bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]) + b"\x08\x00"
        return [eth + packet for packet in acdr_packets(inner_ip, seq)]
    elif kind == "radiotap":
        return radiotap(inner_ip, seq, protected=False)
    elif kind == "hep3":
        tunnel = udp(40000, 9060, hep3(inner_ip, sec, usec), True, seq)
    elif kind in ("mpls", "mpls-pw"):
        # Two labels (the second at the bottom of the stack), TTL 64.
        labels = struct.pack("!II", (100 << 12) | 64, (200 << 12) | 0x100 | 64)
        if kind == "mpls":
            return bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]) + b"\x88\x47" + labels + inner_ip
        return bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]) + b"\x88\x47" + labels + bytes(4) + frame
    else:
        sys.exit("unknown tunnel: " + kind)
    outer_eth = bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]) + b"\x08\x00"
    return outer_eth + tunnel


def radiotap(inner_ip, seq, protected):
    """A Wi-Fi frame as captured on the air: a radiotap header with no
    fields, a QoS data frame to the access point, LLC/SNAP, the IP packet;
    or, protected, what WPA leaves of it to a capture without the keys."""
    station, access_point = bytes([2, 0, 0, 0, 0, 1]), bytes([2, 0, 0, 0, 0, 2])
    flags = 0x41 if protected else 0x01  # to the DS; protected
    dot11 = struct.pack("<BBH", 0x88, flags, 0) + access_point + station + access_point
    dot11 += struct.pack("<HH", seq << 4, 0)
    body = bytes(8) + bytes(len(inner_ip)) if protected else b"\xaa\xaa\x03\x00\x00\x00\x08\x00" + inner_ip
    return struct.pack("<BBHI", 0, 0, 8, 0) + dot11 + body


def hep3_over_tcp(packets):
    """The HEP3 packets of (sec, usec, inner_ip) on one TCP connection from
    an agent to its collector, as segments of (sec, usec, frame)."""
    messages = [(sec + 1, usec, hep3(ip, sec, usec)) for sec, usec, ip in packets]
    # Segment boundaries: the second and third packets share a segment, the
    # fourth is cut in two.
    pieces = [messages[0], (messages[2][0], messages[2][1], messages[1][2] + messages[2][2])]
    half = len(messages[3][2]) // 2
    pieces += [(messages[3][0], messages[3][1], messages[3][2][:half]), (messages[3][0], messages[3][1], messages[3][2][half:])]
    pieces += messages[4:]
    seq, segments = 1000, []
    for sec, usec, payload in pieces:
        tcp = struct.pack("!HHIIBBHHH", 40000, 9060, seq, 1, 5 << 4, 0x18, 65535, 0, 0) + payload
        seq += len(payload)
        eth = bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]) + b"\x08\x00"
        segments.append((sec, usec, eth + ipv4(6, tcp, True, len(segments))))
    return segments


data = open(source, "rb").read()
out = bytearray(data[:24])
if kind == "hep3-tcp":
    at, packets = 24, []
    while at + 16 <= len(data):
        sec, usec, incl, _ = struct.unpack("<IIII", data[at : at + 16])
        packets.append((sec, usec, data[at + 16 + 14 : at + 16 + incl]))
        at += 16 + incl
    for sec, usec, frame in hep3_over_tcp(packets):
        out += struct.pack("<IIII", sec, usec, len(frame), len(frame)) + frame
    open(target, "wb").write(out)
    sys.exit(0)
at, seq = 24, 0
while at + 16 <= len(data):
    sec, usec, incl, orig = struct.unpack("<IIII", data[at : at + 16])
    frame = data[at + 16 : at + 16 + incl]
    at += 16 + incl
    seq += 1
    wrapped = wrap(frame, seq, sec, usec)
    # A HEP agent sends what it saw a moment later: the time in HEP is kept.
    sent = sec + 1 if kind == "hep3" else sec
    for packet in wrapped if isinstance(wrapped, list) else [wrapped]:
        out += struct.pack("<IIII", sent, usec, len(packet), len(packet)) + packet
if kind == "juniper":
    out[20:24] = struct.pack("<I", 178)
if kind == "radiotap":
    # Link type 127, and last a frame of another station, encrypted.
    out[20:24] = struct.pack("<I", 127)
    packet = radiotap(frame[14:], seq + 1, protected=True)
    out += struct.pack("<IIII", sec, usec, len(packet), len(packet)) + packet
open(target, "wb").write(out)
