"""The console seen from outside, in a real terminal (tmux), on one store.

    python3 Benchmarks/harness/console_terminal.py BIN WORK RENDER_FIGURES.json

WORK holds store.sqlite (Benchmarks/harness/console_store.sh made it) and
the simulator's environment is exported (DISCORD_*). Measures, in this order:
time to the first frame of `run` and of `demo` (against a trivial program's
first output in the same tmux: the harness's own floor); bytes written to
the terminal per key press and per incoming message (tmux pipe-pane counts
what the program sends), against the bytes of a full repaint of the same
screen; resident memory and idle CPU of `run` from /proc. Writes the
section for BENCHMARKS.md with the render figures ConsoleBench measured.
"""
import json
import os
import shlex
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request

BIN, WORK, RENDER = sys.argv[1], sys.argv[2], sys.argv[3]
STORE = os.path.join(WORK, "store.sqlite")
# A tmux server of its own per launch, so one being torn down never meets the next.
SOCKETS = [f"modconsole-bench-{os.getpid()}"]
SIZE = ("120", "40")
LAUNCHES = 5
IDLE_SETTLE, IDLE_WINDOW = 10, 30
KEYS = 20
MESSAGES = 8
TICKS = os.sysconf("SC_CLK_TCK")


# What would close a missed goal, by what the figure measures.
CLOSES = {
    "CPU": "Fewer wake-ups while nothing happens: the UI thread looks at its mailbox every 100 ms and the executor "
           "looks for due work every 500 ms.",
    "render": "Less work per frame: the detail pane's wrapping and each row's width measurement are most of what is left.",
    "key press": "Less work per frame: the detail pane's wrapping and each row's width measurement are most of what is left.",
    "first frame": "Before the first frame run the process's start (loading the Swift runtime and Foundation, about 35 ms), "
                   "the configuration and the store's open; the engine is already made behind it. Linking the Swift "
                   "runtime statically (-static-stdlib) and opening the store behind the first frame would close it.",
    "bytes": "Fewer colour changes per row (ncurses already writes only the cells that changed).",
    "memory": "Most of it is shared libraries' pages touched at start-up (the breakdown by mapping is in the notes, "
              "from /proc/PID/smaps): the Swift runtime and Foundation, ICU (which NSRegularExpression, used by the "
              "classifier's rules, runs on), and libcrypto and gnutls from libcurl's TLS start-up. Reading URLs without "
              "URLComponents was tried and moved it by 0.1 MB, so it was not kept. What would close it: the rules "
              "matched without NSRegularExpression (also what part 1 needs), so ICU is never mapped in.",
}


def closes(measure):
    return next((text for key, text in CLOSES.items() if key in measure), "")


def tmux(*args, check=True):
    done = subprocess.run(["tmux", "-L", SOCKETS[-1], *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        raise SystemExit(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "m", check=False)


def launch(command):
    """Starts `command` in a fresh tmux session; returns the launch time (ns)."""
    tmux("kill-server", check=False)
    SOCKETS.append(f"modconsole-bench-{os.getpid()}-{len(SOCKETS)}")
    started = time.monotonic_ns()
    tmux("new-session", "-d", "-s", "m", "-x", SIZE[0], "-y", SIZE[1],
         "env LANG=C.UTF-8 TERM=tmux-256color " + command)
    return started


def wait_for(predicate, timeout=30.0, step=0.005):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return time.monotonic_ns()
        time.sleep(step)
    raise SystemExit(f"timed out waiting; the screen shows:\n{screen()}")


def quit_console():
    """Quits the console with q and waits until the process is gone (it hands the store's lease back), then ends tmux."""
    pid = tmux("display", "-p", "-t", "m", "#{pane_pid}", check=False).strip()
    tmux("send-keys", "-t", "m", "q", check=False)
    deadline = time.monotonic() + 15
    while pid and os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
        time.sleep(0.05)
    tmux("kill-server", check=False)


def first_frame(command, console=True):
    """Milliseconds from launch to the first thing on screen, and to the status bar's mode (the store's data shown)."""
    started = launch(command)
    drawn = wait_for(lambda: screen().strip() != "")
    data = wait_for(lambda: "MANUAL" in screen(), timeout=60) if console else None
    if console:
        quit_console()
    tmux("kill-server", check=False)
    return (drawn - started) / 1e6, None if data is None else (data - started) / 1e6


def pane_pid():
    pid = int(tmux("display", "-p", "-t", "m", "#{pane_pid}").strip())
    with open(f"/proc/{pid}/comm") as f:
        name = f.read().strip()
    if name != "modconsole":
        raise SystemExit(f"the pane runs {name}, not modconsole")
    return pid


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def memory_kb(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def resident_by_mapping(pid, top=10):
    """The largest resident mappings of `pid` (file name, or [anon]/[heap]), in kB, from /proc/PID/smaps."""
    sizes, name = {}, "[anon]"
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
                name = os.path.basename(fields[5]) if len(fields) > 5 else "[anon]"
            elif fields[0] == "Rss:":
                sizes[name] = sizes.get(name, 0) + int(fields[1])
    return sorted(sizes.items(), key=lambda item: -item[1])[:top]


def counted(action, settle=0.5):
    """Bytes the program writes to the terminal while `action` runs (and `settle` s after)."""
    path = os.path.join(WORK, f"bytes-{time.monotonic_ns()}")
    open(path, "w").close()
    tmux("pipe-pane", "-o", "-t", "m", f"cat >> {shlex.quote(path)}")
    time.sleep(0.2)
    action()
    time.sleep(settle)
    tmux("pipe-pane", "-t", "m")
    time.sleep(0.1)
    return os.path.getsize(path)


def suggestions():
    """Suggestions in the store (read beside the console: the store is in WAL mode)."""
    with sqlite3.connect(f"file:{STORE}?mode=ro", uri=True) as db:
        return db.execute("SELECT COUNT(*) FROM suggestion").fetchone()[0]


def full_repaint():
    """Bytes of a full repaint of the screen as it is: a resize away and back makes the console draw every cell."""
    tmux("resize-window", "-t", "m", "-x", str(int(SIZE[0]) + 1), "-y", SIZE[1])
    time.sleep(1)
    return counted(lambda: tmux("resize-window", "-t", "m", "-x", SIZE[0], "-y", SIZE[1]), settle=1)


def figure(measure, value, unit, goal, met, baseline=None, baseline_value=None):
    f = {"measure": measure, "value": round(value, 3), "unit": unit, "goal": goal, "met": bool(met)}
    if baseline is not None:
        f.update(baseline=baseline, baseline_value=round(baseline_value, 3))
    return f


def main():
    with open(RENDER) as f:
        figures = json.load(f)
    notes = []
    run = f"{BIN} run --db {STORE}"
    demo_db = os.path.join(WORK, "demo.sqlite")

    # Time to the first frame: the median of LAUNCHES launches each (the first, a warm-up of the file cache, is not counted).
    floor = statistics.median(first_frame("sh -c 'printf modconsole; sleep 30'", console=False)[0] for _ in range(LAUNCHES))
    for name, command in (("run", run), ("demo", f"{BIN} demo --traffic-every 2.5 --db {demo_db}")):
        first_frame(command)
        times = []
        for _ in range(LAUNCHES):
            if name == "demo" and os.path.exists(demo_db):
                os.remove(demo_db)
            times.append(first_frame(command))
        drawn = statistics.median(t[0] for t in times)
        data = [t[1] for t in times if t[1] is not None]
        figures.append(figure(f"`{name}`: launch to first frame, median of {LAUNCHES}", drawn, "ms", "< 150 ms", drawn < 150,
                              "a program printing one word in the same tmux (the harness's floor)", floor))
        if data:
            notes.append(f"`{name}`: the store's data (status bar mode and queue) is on screen {statistics.median(data):.0f} ms "
                         "after launch (median), after the first frame.")

    # Idle: CPU and memory of `run` once the first poll and the first full read are done.
    launch(run)
    wait_for(lambda: "MANUAL" in screen(), timeout=60)
    pid = pane_pid()
    time.sleep(IDLE_SETTLE)
    before, load_before = cpu_seconds(pid), os.getloadavg()[0]
    time.sleep(IDLE_WINDOW)
    used, load_after = cpu_seconds(pid) - before, os.getloadavg()[0]
    memory = memory_kb(pid)
    notes.append("`run`'s largest resident mappings after the idle window: "
                 + ", ".join(f"{name} {kb / 1024:.1f} MB" for name, kb in resident_by_mapping(pid)) + ".")
    idle = 100 * used / IDLE_WINDOW
    figures.append(figure(f"`run` idle CPU over {IDLE_WINDOW} s (utime+stime, {IDLE_SETTLE} s after the first frame with data)",
                          idle, "% of a core", "< 0.5% of a core", idle < 0.5))
    figures.append(figure("`run` resident memory after the idle window (VmRSS)", memory["VmRSS"] / 1024, "MB", "< 50 MB",
                          memory["VmRSS"] / 1024 < 50))
    figures.append(figure("`run` peak resident memory (VmHWM)", memory["VmHWM"] / 1024, "MB", "< 50 MB", memory["VmHWM"] / 1024 < 50))
    notes.append(f"Machine load during the idle window: {load_before:.2f} -> {load_after:.2f} (other work makes the idle figure noisier).")

    # Bytes per key press, against a full repaint of the same screen.
    repaint = full_repaint()

    def press():
        for n in range(KEYS):
            tmux("send-keys", "-t", "m", "j" if n % 2 == 0 else "k")
            time.sleep(0.15)
    keys = counted(press) / KEYS
    figures.append(figure(f"bytes to the terminal per key press (j/k in turn, {KEYS} presses, clock updates included)", keys, "bytes",
                          "< 2 KB per update", keys < 2048, "a full repaint of the same screen (120x40)", repaint))
    quit_console()

    # Bytes per incoming message: `run` polling every 2 s while the simulator posts one message at a time.
    config = os.path.join(WORK, "poll-often.toml")
    with open(config, "w") as f:
        f.write("[engine]\npoll_interval_seconds = 2\n")
    launch(f"{BIN} run --config {config} --db {STORE}")
    wait_for(lambda: "MANUAL" in screen(), timeout=60)
    time.sleep(3)
    repaint = full_repaint()
    base = os.environ["DISCORD_API_BASE"].split("/api/")[0]
    start_count = suggestions()

    def arrive():
        for n in range(MESSAGES):
            body = json.dumps({"channel": "general", "author": "swiftlyjen",
                               "content": f"message {n} of the benchmark: has anyone tried the new Swift testing traits?"})
            request = urllib.request.Request(base + "/_sim/messages", data=body.encode(), method="POST",
                                             headers={"Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=10).read()
            target = start_count + n + 1
            wait_for(lambda: suggestions() >= target, timeout=30, step=0.2)
            time.sleep(0.4)  # the console shows it within its mailbox latency and frame cap
    total = counted(arrive)
    arrived = suggestions() - start_count
    per_message = total / max(arrived, 1)
    figures.append(figure(f"bytes to the terminal per incoming message ({arrived} messages, one per poll, clock updates included)",
                          per_message, "bytes", "< 2 KB per update", per_message < 2048,
                          "a full repaint of the same screen (120x40)", repaint))
    quit_console()

    for f in figures:
        if not f["met"]:
            limit = float("".join(c for c in f["goal"].split()[1] if c.isdigit() or c == "."))
            limit *= 1024 if f["goal"].endswith("KB per update") else 1
            notes.append(f"Missed: {f['measure']}: {f['value']:g} {f['unit']} against {f['goal']} "
                         f"({100 * (f['value'] / limit - 1):.0f}% over). {closes(f['measure'])}")
    section = {
        "order": 5,
        "title": "Console",
        "command": "scripts/benchmarks.sh console",
        "method": ("A store of 100,000 messages made honestly (the simulator's backlog polled by the binary, copied by SQL into 80 days "
                   "of settled history, the backlog polled in again). Frame times in process (ConsoleBench, pinned to one core, "
                   "warm-up excluded): the real overview read from that store, rendered by ConsoleUI's Renderer at 120x40. "
                   "Everything else in tmux at 120x40 against the simulated guild: first frame = the first output on screen "
                   f"(median of {LAUNCHES} launches after one warm-up), bytes counted by tmux pipe-pane, "
                   "memory and CPU (utime+stime) from /proc."),
        "figures": figures,
        "notes": notes,
    }
    out = os.environ.get("BENCH_OUT")
    text = json.dumps(section, indent=2)
    if out:
        with open(os.path.join(out, "console.json"), "w") as f:
            f.write(text + "\n")
        print(f"wrote {os.path.join(out, 'console.json')}", file=sys.stderr)
    else:
        print(text)


try:
    main()
finally:
    tmux("kill-server", check=False)
