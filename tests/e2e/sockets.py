#!/usr/bin/env python3
"""Watches the app's process tree during the whole e2e run and records
every inet/inet6 socket it holds (tcp, udp, raw).

Runs beside the node suite (started by session.sh): every 0.2 s it finds
the processes whose executable is the app binary, and all their
descendants (WebKit's web and network processes), reads the socket inodes
from /proc/PID/fd and looks them up in /proc/PID/net/{tcp,udp,raw}{,6}.

Usage: sockets.py APP_BINARY REPORT_FILE STOP_FILE
Writes to REPORT_FILE one line per socket seen (pid, process, protocol,
local and remote address), and a last line `samples N pids M`, so an empty
result can be told from a watcher that never saw the app. Exits when
STOP_FILE exists.
"""

import os
import socket
import struct
import sys
import time

PROTOCOLS = ["tcp", "tcp6", "udp", "udp6", "raw", "raw6"]


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def parents():
    """pid -> parent pid, for every process."""
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            stat = read(f"/proc/{name}/stat")
            # The command name is in parentheses and may hold spaces.
            rest = stat.rsplit(")", 1)[-1].split()
            if len(rest) > 1:
                out[int(name)] = int(rest[1])
    return out


def app_tree(binary):
    tree = set()
    for pid in parents():
        try:
            if os.path.realpath(f"/proc/{pid}/exe") == binary:
                tree.add(pid)
        except OSError:
            pass
    grew = True
    while grew:
        grew = False
        for pid, parent in parents().items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def address(hex_addr):
    host, port = hex_addr.split(":")
    raw = bytes.fromhex(host)
    if len(raw) == 4:
        ip = socket.inet_ntop(socket.AF_INET, raw[::-1])
    else:
        words = struct.unpack("<4I", raw)
        ip = socket.inet_ntop(socket.AF_INET6, struct.pack(">4I", *words))
    return f"{ip}:{int(port, 16)}"


def inet_sockets(pid):
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if link.startswith("socket:["):
                inodes.add(link[8:-1])
    except OSError:
        return []
    found = []
    for proto in PROTOCOLS:
        for line in read(f"/proc/{pid}/net/{proto}").splitlines()[1:]:
            cols = line.split()
            if len(cols) > 9 and cols[9] in inodes:
                found.append((proto, address(cols[1]), address(cols[2])))
    return found


def main():
    binary, report, stop = os.path.realpath(sys.argv[1]), sys.argv[2], sys.argv[3]
    seen, samples, pids = set(), 0, set()
    while not os.path.exists(stop):
        tree = app_tree(binary)
        if tree:
            samples += 1
            pids |= tree
        for pid in tree:
            comm = read(f"/proc/{pid}/comm").strip()
            for proto, local, remote in inet_sockets(pid):
                seen.add(f"{pid} {comm} {proto} {local} -> {remote}")
        time.sleep(0.2)
    with open(report, "w") as f:
        for line in sorted(seen):
            f.write(line + "\n")
        f.write(f"samples {samples} pids {len(pids)}\n")


if __name__ == "__main__":
    main()
