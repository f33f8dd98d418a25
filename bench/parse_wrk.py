"""Reads wrk --latency output files and prints: requests/s, p50 ms, p99 ms (one line per file)."""
import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def latency(text, percent):
    match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", text, re.MULTILINE)
    return float(match.group(1)) * UNITS[match.group(2)]


for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    print(f"{rps:.0f} {latency(text, 50):.3f} {latency(text, 99):.3f} {errors.group(1) if errors else 0}")
