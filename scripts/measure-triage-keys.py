#!/usr/bin/env python3
"""Keys a moderator needs to clear 20 pending items in the demo, from start, no filter.

Runs `modconsole demo` in a tmux server of its own, waits until 20 items wait
for a decision, then decides on them one after another as a moderator would:
Enter on the selected item (the console selects the first waiting item and,
after each decision, the next one), `y` when a dialog asks. It waits for the
screen to settle between keys (the console ignores deciding keys for 300 ms
after the selection moves on its own), so no key is wasted on the hold-back,
and counts every key sent until the store's audit log holds 20 decisions by
this moderator. Also measures the bulk path: p (pending only), V (mark all),
Enter, y.

Usage: scripts/measure-triage-keys.py [path/to/modconsole]   (default .build/release/modconsole)
"""
import getpass, json, os, re, subprocess, sys, tempfile, time

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/modconsole")
SOCKET = f"modconsole-keys-{os.getpid()}"

def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True).stdout

def screen():
    return tmux("capture-pane", "-p", "-t", "demo")

def wait_for(what, condition, limit=90):
    deadline = time.time() + limit
    while time.time() < deadline:
        text = screen()
        if condition(text):
            return text
        time.sleep(0.1)
    sys.exit(f"timed out waiting for {what}; the screen was:\n{screen()}")

def pending(text):
    """The count in the queue pane's title ("Queue · 98 pending")."""
    for line in text.splitlines():
        match = re.search(r"Queue[^┐]*?(\d+) pending", line)
        if match:
            return int(match.group(1))
    return 0

def decisions(db):
    out = subprocess.run([BINARY, "audit", "--json", "--limit", "1000", "--db", db], capture_output=True, text=True).stdout
    return sum(1 for entry in json.loads(out or "[]") if entry.get("moderator") == moderator)

def run(mode):
    directory = tempfile.mkdtemp(prefix="modconsole-keys-")
    db = os.path.join(directory, "demo.sqlite")
    command = f"env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color {BINARY} demo --db {db} --traffic-every 0.3"
    tmux("new-session", "-d", "-s", "demo", "-x", "120", "-y", "40", command)
    try:
        wait_for("20 pending items", lambda t: pending(t) >= 20, limit=180)
        keys = 0
        def press(key):
            nonlocal keys
            keys += 1
            tmux("send-keys", "-t", "demo", key)
        if mode == "bulk":
            for key in ["p", "V", "Enter"]:
                press(key); time.sleep(0.5)
            wait_for("the bulk confirmation", lambda t: "[y] yes" in t)
            press("y")
            wait_for("20 decisions", lambda t: decisions(db) >= 20, limit=300)
            return keys
        while decisions(db) < 20:
            before = screen()
            if "[y] yes" in before:
                press("y")
            else:
                time.sleep(0.4)  # the item has been on screen past the hold-back, as a reader's would be
                press("Enter")
            deadline = time.time() + 10
            while screen() == before and time.time() < deadline:
                time.sleep(0.05)
            if "held back" in screen():
                sys.exit("a key landed in the hold-back; the measurement waits too little")
        return keys
    finally:
        tmux("kill-server")

moderator = None
if __name__ == "__main__":
    # The console records the moderator as $USER (plus the SSH address when there is one).
    moderator = os.environ.get("USER") or getpass.getuser()
    one = run("one-by-one")
    print(json.dumps({"pending_cleared": 20, "mode": "one by one (Enter, y when asked)", "keys": one}), flush=True)
    bulk = run("bulk")
    print(json.dumps({"pending_cleared": 20, "mode": "bulk (p, V, Enter, y)", "keys": bulk}), flush=True)
