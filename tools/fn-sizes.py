#!/usr/bin/env python3
"""Lists the longest functions of the product code (models/, widgets/, app/), longest first.

Uses clang-tidy's readability-function-size (the same measure the CI threshold uses), so it
needs a build folder with compile_commands.json. Usage: tools/fn-sizes.py [BUILD] [MIN_LINES]
"""
import re
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
build = sys.argv[1] if len(sys.argv) > 1 else str(root / "build")
threshold = int(sys.argv[2]) if len(sys.argv) > 2 else 60
config = "{CheckOptions: [{key: readability-function-size.LineThreshold, value: %d}]}" % threshold
run = subprocess.run(
    ["run-clang-tidy-14", "-p", build, "-j", "2", "-quiet", "-checks=-*,readability-function-size",
     "-config=" + config, str(root) + "/(models|widgets|app)/"],
    capture_output=True, text=True)
ansi = re.compile(r"\x1b\[[0-9;]*m")
text = ansi.sub("", run.stdout + run.stderr)
found = {}
last = None
for line in text.splitlines():
    m = re.match(r"(\S+?):(\d+):\d+: warning: function '([^']+)' exceeds", line)
    if m:
        last = (str(Path(m.group(1)).relative_to(root)), int(m.group(2)), m.group(3))
        continue
    m = re.search(r"note: (\d+) lines including", line)
    if m and last:
        found[last] = int(m.group(1))
        last = None
for (path, line, name), n in sorted(found.items(), key=lambda kv: -kv[1]):
    print(f"{n:5d}  {path}:{line}  {name}")
