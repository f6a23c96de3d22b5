#!/usr/bin/env python3
"""Writes an Ethernet pcap's packets as Endace ERF records, as a DAG card
or an Endace probe records them: Ethernet records (type 2, with their
2 bytes of padding) aligned to 8 bytes, the first with an extension header
(type 0x80 bit), a provenance metadata record (type 27) before them, and
the packets after the first half as raw IPv4 records (type 22). tshark
reads the result; this machine's Wireshark cannot write Ethernet as ERF.

    pcap-to-erf.py IN.pcap OUT.erf
"""
import struct
import sys

source, target = sys.argv[1:3]
data = open(source, "rb").read()
magic = struct.unpack("<I", data[:4])[0]
assert magic == 0xA1B2C3D4 and struct.unpack("<I", data[20:24])[0] == 1, "a microsecond Ethernet pcap"
packets = []
at = 24
while at + 16 <= len(data):
    seconds, micros, caplen, origlen = struct.unpack("<IIII", data[at : at + 16])
    packets.append((seconds, micros, data[at + 16 : at + 16 + caplen]))
    at += 16 + caplen


def record(kind, seconds, micros, body, wire, extension=b""):
    padded = len(body) + (-len(body)) % 8
    stamp = (seconds << 32) | (micros * (1 << 32) // 1_000_000)
    header = struct.pack("<Q", stamp) + struct.pack(">BBHHH", kind, 0x04, 16 + len(extension) + padded, 0, wire)
    return header + extension + body + bytes(padded - len(body))


out = bytearray()
first = packets[0]
out += record(27, first[0], first[1], b"\x00\x00\x00\x00", 0)
for i, (seconds, micros, frame) in enumerate(packets):
    if i < len(packets) // 2:
        extension = struct.pack(">BBHI", 0x03, 0, 0, 1) if i == 0 else b""
        kind = 2 | 0x80 if extension else 2
        out += record(kind, seconds, micros, b"\x00\x00" + frame, len(frame), extension)
    else:
        ip = frame[14:]  # the Ethernet header off: raw IPv4
        out += record(22, seconds, micros, ip, len(ip))
open(target, "wb").write(out)
