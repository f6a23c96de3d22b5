#!/usr/bin/env python3
"""Writes an Asterisk `pjsip set logger` log of many SIP messages, for
timing how fast logs are read.

Usage: python3 bench/gen_log.py OUT.log MESSAGES
Each message: a log line naming where it came from, then an INVITE of its
own call. Deterministic.
"""
import sys

out, count = sys.argv[1], int(sys.argv[2])
MESSAGE = (
    "INVITE sip:bob@10.0.0.2 SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK{n}\n"
    "From: <sip:a@10.0.0.1>;tag=a{n}\nTo: <sip:b@10.0.0.2>\nCall-ID: c{n}\nCSeq: 1 INVITE\n"
    "Content-Length: 0\n\n"
)
with open(out, "w") as f:
    for n in range(count):
        f.write("[2024-05-01 12:00:00.250] VERBOSE[1] res_pjsip_logger.c: <--- Received SIP request "
                "(300 bytes) from UDP:10.0.0.1:5060 --->\n")
        f.write(MESSAGE.format(n=n))
