"""How many key presses a complete review of the seed group takes, typed into the real app.

Runs `reviewer` in tmux (80x24 by default) on the seeds with an empty annotation folder, and
types a review one key at a time: every row gets a status, every finding is either recorded
as an MQM error (category and severity from the form's suggestion) or dismissed as a false
alarm. Which findings are errors is a policy, not a judgment of the seeds: major findings are
recorded, minor and info ones dismissed (`--record all|major|none`). Whatever the policy, an
error costs `a enter` (enter saves and moves on) and a dismissal `d` plus the row's `space`,
so the count is rows + findings (+1 per further finding in a row that has several).

Then it quits with `q` (which saves), reads the annotation file, and checks that the review is
complete: every row has a status, every recorded finding has its error, every other one is
dismissed. Prints the keys typed, the count and the ratio to the number of rows.

    python bench/review_keys.py                  # 80x24, major findings recorded
    python bench/review_keys.py --size 200x50 --record all
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "reviewer" / "seeds"
GROUP = "g-000_459abd048ae6a802"


def plan(rows: list[dict], record: str) -> list[str]:
    """The keys that review `rows` (from `reviewer check --format json`) from the first row."""
    keys: list[str] = []
    for row in rows:
        findings = row["findings"]
        recorded = 0  # errors already recorded in this row (their findings stay listed)
        moved = False
        for number, finding in enumerate(findings):
            is_error = record == "all" or (record == "major" and finding["severity"] == "major")
            if not is_error:
                keys.append("d")  # the next finding becomes the one under the cursor
            elif number == len(findings) - 1:
                keys += ["a", "Enter"]  # saves and moves to the next row
                moved = True
            else:  # saves, moves on: come back and skip the findings recorded so far
                recorded += 1
                keys += ["a", "Enter", "k", *(["n"] * recorded)]
        if not moved:
            keys.append("Space")  # ok (a row with an error stays issue), then the next row
    return keys


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="80x24")
    parser.add_argument("--record", choices=("major", "all", "none"), default="major")
    parser.add_argument("--delay", type=float, default=0.3, help="seconds between keys")
    args = parser.parse_args()
    width, height = args.size.split("x")
    folder = Path(tempfile.mkdtemp(prefix="review-keys-"))
    report = subprocess.run(
        [
            sys.executable,
            "-m",
            "reviewer",
            "check",
            str(SEEDS),
            "--format",
            "json",
            "--annotations",
            str(folder),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    group = next(g for g in json.loads(report.stdout)["groups"] if g["id"] == GROUP)
    keys = plan(group["rows"], args.record)
    session = f"review-keys-{int(time.time())}"
    command = (
        f"cd {shlex.quote(str(ROOT))} && {shlex.quote(sys.executable)} -m reviewer "
        f"{shlex.quote(str(SEEDS))} --annotations {shlex.quote(str(folder))} --reviewer keys"
    )
    tmux("new-session", "-d", "-s", session, "-x", width, "-y", height, command)
    try:
        deadline = time.time() + 30
        while "row 1/" not in tmux("capture-pane", "-p", "-t", session):
            if time.time() > deadline:
                raise SystemExit("the app did not start")
            time.sleep(0.3)
        time.sleep(1)  # the first screen is drawn a moment before the keys are bound
        for key in keys:
            tmux("send-keys", "-t", session, key)
            time.sleep(args.delay)
        screen = tmux("capture-pane", "-p", "-t", session)
        tmux("send-keys", "-t", session, "q")
        time.sleep(2)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    data = tomllib.loads(next(folder.glob("*.toml")).read_text(encoding="utf-8"))
    annotations = data.get("annotation", [])
    dismissed = data.get("dismissed", [])
    findings = [f for row in group["rows"] for f in row["findings"]]
    errors = [e for a in annotations for e in a.get("error", [])]
    to_record = [
        f
        for f in findings
        if args.record == "all" or (args.record == "major" and f["severity"] == "major")
    ]
    print(screen.rstrip().splitlines()[-2])
    print(" ".join(keys))
    rows = len(group["rows"])
    print(
        f"{len(keys)} keys for {rows} rows ({len(keys) / rows:.2f} x rows): "
        f"{len(annotations)} rows with a status, {len(errors)} errors recorded, "
        f"{len(dismissed)} findings dismissed, of {len(findings)} findings"
    )
    complete = (
        len(annotations) == rows
        and all(e["category"] and e["severity"] for e in errors)
        and sorted(e["lang"] for e in errors) == sorted(f["lang"] for f in to_record)
        and len(dismissed) == len(findings) - len(to_record)
    )
    print("review complete" if complete else "review NOT complete")
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
