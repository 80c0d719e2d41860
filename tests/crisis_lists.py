#!/usr/bin/env python3
"""Crisis lists: every line of tests/data/crisis.jsonl must be flagged with its kind, and at
most 2% of tests/data/crisis_near_misses.jsonl may be flagged at all.

usage: crisis_lists.py ATTUNE_CLI DATA_DIR

suicide and self_harm count as one family (a person who cuts and wants to die is helped by
either reply). Prints every miss and false alarm; exit status 1 when a threshold is missed.
"""
import json
import subprocess
import sys

SUICIDAL = ("suicide", "self_harm")


def analyze(cli, rows):
    stdin = "".join(r["text"].replace("\n", " ") + "\n" for r in rows)
    p = subprocess.run([cli, "analyze", "--json"], input=stdin, capture_output=True,
                       text=True, timeout=300)
    outs = [json.loads(l).get("crisis") for l in p.stdout.splitlines() if l.strip()]
    if p.returncode != 0 or len(outs) != len(rows):
        sys.exit(f"attune analyze --json exited {p.returncode} with {len(outs)} lines "
                 f"for {len(rows)} inputs\n{p.stderr[-2000:]}")
    return outs


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    cli, data = sys.argv[1], sys.argv[2]
    crisis = load(f"{data}/crisis.jsonl")
    near = load(f"{data}/crisis_near_misses.jsonl")
    hits = 0
    for r, got in zip(crisis, analyze(cli, crisis)):
        want = r["crisis"]
        if got == want or (want in SUICIDAL and got in SUICIDAL):
            hits += 1
        else:
            print(f"MISS {r['id']}: want {want}, got {got}: {r['text']}")
    alarms = 0
    for r, got in zip(near, analyze(cli, near)):
        if got:
            alarms += 1
            print(f"FALSE ALARM {r['id']}: {got}: {r['text']}")
    recall = hits / len(crisis)
    fp = alarms / len(near)
    print(f"crisis recall {hits}/{len(crisis)} = {recall:.3f}; "
          f"false alarms {alarms}/{len(near)} = {fp:.3f}")
    return 0 if recall == 1.0 and fp <= 0.02 else 1


if __name__ == "__main__":
    sys.exit(main())
