#!/usr/bin/env python3
"""Drives golem's REPL through a real pseudo-terminal, as a user would.

Usage: pty_session.py GOLEM

Checks what only a terminal shows: the prompts, libedit's line editing
(moving the cursor and inserting, recalling history with the up arrow), Tab
completion, continuation lines on the "... " prompt, the commands whose output
varies (:bytecode, :time), Ctrl-C abandoning a line being typed and
interrupting running code (the session keeps its state), Ctrl-D leaving,
and the terminal given back as it was. HOME is a fresh directory, so the history file it checks is
the session's own. Exits 0 when every check passes.
"""
import os
import pty
import select
import sys
import tempfile
import termios
import time

TIMEOUT = 10.0


class Session:
    def __init__(self, golem, home):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            env = dict(os.environ, HOME=home, TERM="xterm", GOMAXPROCS="2")
            os.execve(golem, [golem], env)
        self.buffer = b""
        self.transcript = b""  # everything golem wrote, for failure reports

    def send(self, data):
        os.write(self.fd, data.encode())

    def expect(self, text, what):
        """Reads until `text` appears after everything matched so far."""
        deadline = time.time() + TIMEOUT
        needle = text.encode()
        while needle not in self.buffer:
            remaining = deadline - time.time()
            if remaining <= 0:
                fail(what, "timed out waiting for %r; got %r\n--- transcript:\n%s" %
                     (text, self.buffer[-400:], self.transcript.decode(errors="replace")))
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                fail(what, "golem exited; got %r" % self.buffer[-400:])
            self.buffer += chunk
            self.transcript += chunk
        at = self.buffer.index(needle) + len(needle)
        seen = self.buffer[:at]
        self.buffer = self.buffer[at:]
        return seen.decode(errors="replace")

    def exit_status(self):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    self.buffer += os.read(self.fd, 4096)
                except OSError:
                    pass
        fail("Ctrl-D", "golem did not exit; got %r" % self.buffer[-400:])


def fail(what, detail):
    print("FAIL: %s: %s" % (what, detail))
    sys.exit(1)


def main():
    golem = os.path.abspath(sys.argv[1])
    home = tempfile.mkdtemp(prefix="golem-repl-")
    s = Session(golem, home)
    s.expect(":help", "banner")
    s.expect("> ", "first prompt")

    # A statement and an expression.
    s.send("x := 20\r")
    s.expect("> ", "prompt after a statement")
    s.send("x + 1\r")
    s.expect("21", "expression value")
    s.expect("> ", "prompt")

    # Line editing: type "x 2", go left twice (Ctrl-B), insert "*", run.
    s.send("x 2\x02\x02*\r")
    s.expect("40", "cursor movement and insertion")
    s.expect("> ", "prompt")

    # History: the up arrow recalls "x*2"; append "0".
    s.send("\x1b[A0\r")
    s.expect("400", "history recall")
    s.expect("> ", "prompt")

    # Continuation lines.
    s.send("func add(a, b int) int {\r")
    s.expect("... ", "continuation prompt after an open brace")
    s.send("return a +\r")
    s.expect("... ", "continuation prompt after a trailing operator")
    s.send("b }\r")
    s.expect("> ", "prompt after the function")
    s.send("add(2, 3)\r")
    s.expect("5", "function declared over three lines")
    s.expect("> ", "prompt")

    # Tab completion: a session name, then a package member.
    s.send("ad\t(1, 1)\r")
    s.expect("2", "completion of a session name")
    s.expect("> ", "prompt")
    s.send("strings.ToUp\t(\"go\")\r")
    s.expect("GO", "completion of a package member")
    s.expect("> ", "prompt")
    s.send(":he\t\r")
    s.expect(":bytecode", "completion of a command")
    s.expect("> ", "prompt")

    # The commands whose output varies: :bytecode and :time.
    s.send(":bytecode add\r")
    s.expect("RET", "bytecode of a session function")
    s.expect("> ", "prompt")
    s.send(":time on\r")
    s.expect("> ", "prompt")
    s.send("add(40, 2)\r")
    s.expect("42", "value with :time on")
    s.expect("compile ", "compile and run times")
    s.expect("> ", "prompt")
    s.send(":time off\r")
    s.expect("> ", "prompt")

    # Ctrl-C abandons the line being typed, and a pending continuation.
    s.send("y := 1 +\r")
    s.expect("... ", "continuation")
    s.send("\x03")
    s.expect("^C", "Ctrl-C while typing")
    s.expect("> ", "prompt after Ctrl-C")
    s.send("y\r")
    s.expect("undefined: y", "the abandoned input did not run")
    s.expect("> ", "prompt")

    # Ctrl-C interrupts running code; the session keeps its state.
    s.send("for { x++ }\r")
    time.sleep(0.3)
    s.send("\x03")
    s.expect("interrupted", "Ctrl-C while code runs")
    s.expect("> ", "prompt after the interrupt")
    s.send("x > 20\r")
    s.expect("true", "state kept after the interrupt")
    s.expect("> ", "prompt")

    # Ctrl-D leaves; the history file has the session's lines.
    s.send("\x04")
    status = s.exit_status()
    if status != 0:
        fail("Ctrl-D", "exit status %d" % status)
    # The terminal is given back as it was: cooked, Ctrl-C a signal.
    lflag = termios.tcgetattr(s.fd)[3]
    for flag in ("ISIG", "ICANON", "ECHO"):
        if not lflag & getattr(termios, flag):
            fail("terminal after exit", flag + " is off")
    # libedit's history file escapes spaces (\\040).
    history = open(os.path.join(home, ".golem_history"), errors="replace").read()
    if "add(2," not in history or "strings.ToUpper" not in history:
        fail("history file", "~/.golem_history lacks the session's lines: %r" % history[-300:])
    print("PASS: repl pty session")


if __name__ == "__main__":
    main()
