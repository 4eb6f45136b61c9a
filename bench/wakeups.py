#!/usr/bin/env python3
"""Wake-ups per minute of a whole process tree: every thread of PID and of
every process under it (WebKit's web and network processes included).

Usage: wakeups.py PID SECONDS

A thread's context switches (voluntary and not, /proc/P/task/T/status)
count the times it woke or was made to give its core back. The tree is
sampled once a second: threads and processes come and go (thread pools,
a closed window's web process), so each thread counts from its first
sample (or from zero, if it was born during the time) to its last, and
one that ends between samples loses at most that second.
"""

import os
import sys
import time


def tree(root):
    """ROOT and every process under it, whichever thread started it."""
    parent = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                # The command name may hold spaces: fields follow its ")".
                parent[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    pids, i = [root], 0
    while i < len(pids):
        pids.extend(p for p, pp in parent.items() if pp == pids[i])
        i += 1
    return pids


def switches(root):
    seen = {}
    for pid in tree(root):
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/status") as f:
                    n = sum(int(line.split()[1]) for line in f if "ctxt_switches:" in line)
            except (OSError, ValueError, IndexError):
                continue
            seen[(pid, tid)] = n
    return seen


def main():
    root, seconds = int(sys.argv[1]), float(sys.argv[2])
    first = switches(root)
    last = dict(first)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(min(1.0, max(0.0, end - time.monotonic())))
        last.update(switches(root))
    woke = sum(n - first.get(key, 0) for key, n in last.items())
    print(f"{woke * 60 / seconds:.1f}")


if __name__ == "__main__":
    main()
