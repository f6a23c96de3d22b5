#!/usr/bin/env python3
"""Prints how many packets a classic little-endian pcap holds (the
benchmarks' captures), read from its record headers."""
import struct
import sys

with open(sys.argv[1], "rb") as f:
    f.read(24)
    count = 0
    while len(header := f.read(16)) == 16:
        count += 1
        f.seek(struct.unpack("<IIII", header)[2], 1)
print(count)
