#!/usr/bin/env python3
"""The benchmarks leave nothing running: on success, on failure, on Ctrl-C and on kill.

    cleanup_test.py SCRIPT [SCRIPT ARGS...]

Runs SCRIPT (a benchmark script on a tiny estate: run-benchmarks.sh --tiny, or
env APIM_BENCH_ESTATE="4 5" startup/run.sh BUILD 1) four times, each with a
unique marker in its environment, which every process it starts inherits (azure-sim,
Azurite, the benchmark clients; setsid does not clear it):
  - to its end, which must succeed;
  - Ctrl-C: SIGINT to its whole process group once an azure-sim of it runs;
  - kill: SIGTERM to the script alone once an azure-sim of it runs;
  - failure: a benchmark client of it killed (SIGKILL), so that the script fails.
After each, no process with the marker may be left.
"""
import os
import signal
import subprocess
import sys
import time
import uuid

MARKER = "APIM_BENCH_CLEANUP_MARK"


def marked(mark):
    """(pid, command name) of every process whose environment holds the marker."""
    found = []
    needle = f"{MARKER}={mark}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                if needle not in f.read().split(b"\0"):
                    continue
            with open(f"/proc/{entry}/comm") as f:
                found.append((int(entry), f.read().strip()))
        except OSError:
            continue  # gone meanwhile, or not ours
    return found


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def start(command, mark):
    env = dict(os.environ, **{MARKER: mark})
    # Its own session and process group, SIGINT as a terminal delivers it (not ignored, as
    # it would be in a background job of a non-interactive shell).
    return subprocess.Popen(command, env=env, start_new_session=True, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def finish(process, seconds):
    try:
        output, _ = process.communicate(timeout=seconds)
        return process.returncode, output.decode(errors="replace")
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        return None, output.decode(errors="replace")


def leftovers(mark):
    """What is still running once the script has ended; gives stragglers a moment to exit."""
    wait_for(lambda: not marked(mark), 5)
    left = marked(mark)
    for pid, _ in left:  # ours: stop them so that one failure does not leak into the next runs
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return left


def case(name, command, action):
    mark = uuid.uuid4().hex
    process = start(command, mark)
    problem = action(process, mark)
    code, output = finish(process, 600)
    left = leftovers(mark)
    failures = []
    if problem:
        failures.append(problem)
    if code is None:
        failures.append("the script did not end")
    if left:
        failures.append("still running after it ended: " + ", ".join(f"{comm} ({pid})" for pid, comm in left))
    return name, code, failures, output


def has(mark, *names):
    return any(comm in names for _, comm in marked(mark))


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command = sys.argv[1:]

    def to_end(process, mark):
        return None

    def ctrl_c(process, mark):
        if not wait_for(lambda: has(mark, "azure-sim") or process.poll() is not None, 120):
            return "no azure-sim started within 2 minutes"
        time.sleep(0.5)
        os.killpg(process.pid, signal.SIGINT)
        return None

    def kill(process, mark):
        if not wait_for(lambda: has(mark, "azure-sim") or process.poll() is not None, 120):
            return "no azure-sim started within 2 minutes"
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        return None

    def failure(process, mark):
        # Names as /proc/PID/comm gives them (15 characters at most).
        clients = ("bench_inventory", "bench_readiness", "apim-backup-cli", "apim-backup", "bench_startup_b",
                   "bench_startup_s")
        if not wait_for(lambda: has(mark, *clients) or process.poll() is not None, 180):
            return "no benchmark client started within 3 minutes"
        for pid, comm in marked(mark):
            if comm in clients:
                os.kill(pid, signal.SIGKILL)
        return None

    results = [case("success", command, to_end), case("Ctrl-C", command, ctrl_c),
               case("kill", command, kill), case("failure", command, failure)]
    failed = False
    for name, code, failures, output in results:
        if name == "success" and code != 0:
            failures.append(f"exit code {code}")
        if name != "success" and code == 0:
            failures.append("exit code 0: the script did not notice")
        print(f"{name}: exit code {code}: {'; '.join(failures) if failures else 'nothing left running'}")
        if failures:
            failed = True
            print(output[-3000:])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
