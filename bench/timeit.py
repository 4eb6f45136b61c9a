#!/usr/bin/env python3
"""Wall time of a whole command, for commands that take a few
milliseconds, where `date +%s%N` around a shell call (a fork and exec of
`date` each side) would be as large as what it measures.

Usage: timeit.py RUNS COMMAND [ARGS...]
Runs COMMAND RUNS times with posix_spawn (output to /dev/null), after one
untimed warm-up run, and prints the median in milliseconds with one
decimal. Exits non-zero if any run failed, so a broken command can't pass
for a fast one.
"""

import os
import statistics
import sys
import time


def once(argv, devnull):
    t0 = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ,
                          file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                        (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status = os.waitpid(pid, 0)
    elapsed = (time.perf_counter() - t0) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed")
    return elapsed


def main():
    runs = int(sys.argv[1])
    argv = sys.argv[2:]
    devnull = os.open(os.devnull, os.O_WRONLY)
    once(argv, devnull)
    times = [once(argv, devnull) for _ in range(runs)]
    print(f"{statistics.median(times):.1f}")


main()
