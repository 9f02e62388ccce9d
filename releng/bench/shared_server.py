#!/usr/bin/env python3
"""Officers at once on a shared server (driven by releng/bench/shared-server.sh, which prepares the server).

Every simulated officer is one `jiedao-cli shell` process signed in as its own Jiedao user, so its own database
login role: the same code path as an officer's desktop, minus the window. Each officer works without pause through a
mix of actions (register a petition 40 %, list or filter 30 %, a workflow step 20 %, import 100 rows 5 %, the
dashboard 5 %); the driver times each command from sending it to the shell's '# exit N' line.

    shared_server.py CLI DATA OFFICERS_FILE MINUTES OUT_DIR
OFFICERS_FILE: one 'user<TAB>community code<TAB>community name' line per officer (password in JIEDAO_BENCH_PASSWORD).
Prints the report and writes OUT_DIR/shared-server.txt; the registrations it made go to OUT_DIR/registered.tsv
(officer, marker) for the checks that follow.
"""
import os
import random
import statistics
import subprocess
import sys
import threading
import time

cli, data, officers_file, minutes, out_dir = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]
password = os.environ["JIEDAO_BENCH_PASSWORD"]
officers = [line.rstrip("\n").split("\t") for line in open(officers_file, encoding="utf-8") if line.strip()]
MIX = [("register", 40), ("list", 30), ("step", 20), ("import100", 5), ("dashboard", 5)]


class Shell:
    """One officer's jiedao-cli shell."""

    def __init__(self, user):
        env = dict(os.environ, JIEDAO_USER=user, JIEDAO_PASSWORD=password)
        self.proc = subprocess.Popen([cli, "--data", data, "--lang", "en", "shell", "--keep-going"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True, bufsize=1)

    def run(self, command):
        """Runs one line; returns (exit code, output lines, seconds)."""
        start = time.perf_counter()
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        lines = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return 99, lines, time.perf_counter() - start
            if line.startswith("# exit "):
                return int(line.split()[2]), lines, time.perf_counter() - start
            lines.append(line.rstrip("\n"))

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=60)
        except Exception:
            self.proc.kill()


timings = {name: [] for name, _ in MIX}
failures = {name: 0 for name, _ in MIX}
conflicts = {"step": 0}
registered = []
errors = []
lock = threading.Lock()


def write_petitions(path, user, community, markers):
    with open(path, "w", encoding="utf-8") as f:
        f.write("received_on,channel,kind,community,category,urgency,petitioner,phone,content\n")
        for marker in markers:
            f.write(f"2026-12-01,letter,request,{community},,,,,{marker} 楼道照明坏了，请尽快修理\n")


def officer(index, user, community, deadline, ready):
    rnd = random.Random(index)
    shell = Shell(user)
    work = os.path.join(out_dir, f"work-{index}")
    os.makedirs(work, exist_ok=True)
    # the first command signs in and opens the database: not timed
    code, lines, _ = shell.run("petitions list --limit 1 --format tsv")
    if code != 0:
        with lock:
            errors.append(f"{user}: cannot start: {' '.join(lines)[:300]}")
        shell.close()
        ready.release()
        return
    ready.release()
    while time.time() < start_at[0]:
        time.sleep(0.05)
    n = 0
    while time.time() < deadline[0]:
        action = rnd.choices([m[0] for m in MIX], weights=[m[1] for m in MIX])[0]
        n += 1
        if action == "register":
            marker = f"bench-{user}-{n}"
            path = os.path.join(work, "one.csv")
            write_petitions(path, user, community, [marker])
            code, lines, seconds = shell.run(f"import petitions {path}")
            if code == 0:
                with lock:
                    registered.append((user, marker))
        elif action == "import100":
            markers = [f"bench-{user}-{n}-{i}" for i in range(100)]
            path = os.path.join(work, "hundred.csv")
            write_petitions(path, user, community, markers)
            code, lines, seconds = shell.run(f"import petitions {path}")
            if code == 0:
                with lock:
                    registered.extend((user, m) for m in markers)
        elif action == "list":
            status = rnd.choice(["", " --status registered", " --status in-progress", " --overdue"])
            code, lines, seconds = shell.run(f"petitions list --limit 50{status} --format tsv")
        elif action == "dashboard":
            code, lines, seconds = shell.run("dashboard")
        else:
            # a workflow step on a petition of the community (not timed: finding one): start an assigned one, else
            # assign a registered one to the community
            command = None
            for status, step in (("assigned", "start {}"), ("registered", "assign {} --to " + community)):
                c, found, _ = shell.run(f"petitions list --status {status} --limit 20 --format tsv")
                ids = [l.split("\t")[0] for l in found[1:] if l and l.split("\t")[0].isdigit()]
                if ids:
                    command = "petitions " + step.format(rnd.choice(ids))
                    break
            if command is None:
                continue
            code, lines, seconds = shell.run(command)
            if code == 3:
                # another officer took the petition first (changed meanwhile, or no longer in the status listed)
                with lock:
                    conflicts["step"] += 1
                continue
        with lock:
            timings[action].append(seconds)
            if code != 0:
                failures[action] += 1
                if len(errors) < 20:
                    errors.append(f"{user} {action}: exit {code}: {' '.join(lines)[:300]}")
    shell.close()


def pct(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1))
    return values[k]


ready = threading.Semaphore(0)
start_at = [float("inf")]
deadline = [float("inf")]
threads = [threading.Thread(target=officer, args=(i, o[0], o[1], deadline, ready), daemon=True) for i, o in enumerate(officers)]
t0 = time.time()
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print(f"{len(officers)} officers signed in and ready in {time.time() - t0:.0f} s; working for {minutes:g} min", flush=True)
start_at[0] = time.time()
deadline[0] = start_at[0] + minutes * 60
for t in threads:
    t.join()
elapsed = time.time() - start_at[0]

lines = [f"officers: {len(officers)}, minutes: {elapsed / 60:.1f}",
         f"{'action':<12}{'count':>8}{'per s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'failed':>8}"]
total = 0
for name, _ in MIX:
    v = timings[name]
    total += len(v)
    lines.append(f"{name:<12}{len(v):>8}{len(v) / elapsed:>8.1f}{pct(v, 50) * 1000:>9.0f}{pct(v, 95) * 1000:>9.0f}"
                 f"{pct(v, 99) * 1000:>9.0f}{failures[name]:>8}")
lines.append(f"all actions: {total} in {elapsed:.0f} s = {total / elapsed:.1f} per s; workflow conflicts (another officer "
             f"took the petition first, exit 3): {conflicts['step']}; petitions registered: {len(registered)}")
report = "\n".join(lines)
print(report)
for e in errors:
    print("  error:", e)
with open(os.path.join(out_dir, "shared-server.txt"), "w", encoding="utf-8") as f:
    f.write(report + "\n")
with open(os.path.join(out_dir, "registered.tsv"), "w", encoding="utf-8") as f:
    for user, marker in registered:
        f.write(f"{user}\t{marker}\n")
sys.exit(1 if errors and total == 0 else 0)
