#!/usr/bin/env python3
"""Signals on a running program, as a Go 1.19 program takes them.

Usage: tests/signals/signals.py GOLEM

SIGQUIT: golem prints "SIGQUIT: quit", then every goroutine's header and
frames in Go's traceback format, on stderr, and exits with status 2
(vm/sigquit.h). The program (blocked.go) has goroutines blocked on channels,
one sleeping and one spinning; the dump must show each with its state.

SIGINT: the default action, as in Go: the process dies by the signal (a
shell reports status 130).

Exits 0 when every check passes; prints each failure and exits 1 otherwise.
"""
import os
import re
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM = os.path.join(HERE, "blocked.go")
STARTUP_SECONDS = 1.5


def start(golem):
    """Starts the program and waits until its goroutines are blocked. golem
    buffers stdout on a pipe (it is flushed at exit), so "ready" cannot be
    awaited: a generous delay stands in for it, and "ready" is checked at
    the end."""
    proc = subprocess.Popen([golem, "run", PROGRAM], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(STARTUP_SECONDS)
    return proc


def check_sigquit(golem, failures):
    proc = start(golem)
    proc.send_signal(signal.SIGQUIT)
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        failures.append("SIGQUIT: the process did not exit within 20 s")
        return
    text = err.decode("utf-8", "replace")
    if out != b"ready\n":
        failures.append("SIGQUIT: stdout is %r, expected 'ready' (flushed before the dump)" % out[:200])
    if proc.returncode != 2:
        failures.append("SIGQUIT: exit status %d, expected 2" % proc.returncode)
    if not text.startswith("SIGQUIT: quit\n"):
        failures.append("SIGQUIT: stderr does not start with 'SIGQUIT: quit'")
    # Each goroutine: its header, then its innermost frame "pkg.func(...)"
    # and the file line, as Go prints them.
    entries = re.findall(r"\ngoroutine (\d+) \[([^\]]+)\]:\n([\w.]+)\(.*\)\n\t(\S+):(\d+) \+0x[0-9a-f]+\n", text)
    by_func = {}
    for goid, state, func, path, line in entries:
        by_func.setdefault(func, []).append((int(goid), state, path))
    want = [
        ("main.main", "chan receive", 1),
        ("main.worker", "chan receive", 2),
        ("time.Sleep", None, 1),
        ("main.spin", "running|runnable", 1),
    ]
    for func, state, count in want:
        got = by_func.get(func, [])
        if func == "time.Sleep" and not got:
            got = by_func.get("main.sleeper", [])
        if len(got) != count:
            failures.append("SIGQUIT: %d goroutine(s) in %s, expected %d" % (len(got), func, count))
            continue
        for goid, st, path in got:
            if state and not re.fullmatch(state, st):
                failures.append("SIGQUIT: goroutine %d in %s is [%s], expected [%s]" % (goid, func, st, state))
    if by_func.get("main.main") and by_func["main.main"][0][0] != 1:
        failures.append("SIGQUIT: main.main is not goroutine 1")
    if "created by main.main" not in text:
        failures.append("SIGQUIT: no 'created by main.main' line")
    if failures:
        sys.stdout.write("--- stderr of the SIGQUIT run:\n" + text[:3000] + "\n")


def check_sigint(golem, failures):
    proc = start(golem)
    proc.send_signal(signal.SIGINT)
    try:
        proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        failures.append("SIGINT: the process did not exit within 20 s")
        return
    if proc.returncode != -signal.SIGINT:
        failures.append("SIGINT: returncode %d, expected death by SIGINT (%d)" % (proc.returncode, -signal.SIGINT))


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: signals.py GOLEM")
    golem = sys.argv[1]
    failures = []
    check_sigquit(golem, failures)
    check_sigint(golem, failures)
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print("PASS: SIGQUIT dump and SIGINT")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
