#!/usr/bin/env python3
"""Makes a corpus COPIES times the size of corpus/docs, for the scaling benchmark.

    bench/gen_corpus.py --copies 100 -o /tmp/corpus100 [--docs corpus/docs]

Copy 0 of each document is the document itself. Copy k > 0 gets its own id
(`<id>_c<k>`) and title, and every fifth lower-case word of four letters or more
in its text takes a suffix made for that copy ("partner" -> "partnerqb"), so the
vocabulary and the postings grow as a real corpus's would instead of repeating
the same rows; four words in five are unchanged, so queries still find every
copy. Front matter, headings, tag comments, list markers and sentence
boundaries are left alone, so each file stays valid corpus Markdown
(corpus/README.md).
"""
import argparse
import pathlib
import re
import sys

WORD = re.compile(r"(?<![\w'’])([a-z]{4,})(?![\w'’])")


def suffix(k):
    """A letters-only suffix unique to copy k: 1 -> 'qb', 2 -> 'qc', ..."""
    letters = ""
    while True:
        letters = "bcdfghjklmnpqrstvwxz"[k % 20] + letters
        k //= 20
        if k == 0:
            return "q" + letters


def vary_line(line, tag):
    count = 0

    def replace(match):
        nonlocal count
        count += 1
        return match.group(1) + tag if count % 5 == 0 else match.group(1)

    return WORD.sub(replace, line)


def copy_document(text, k):
    lines = text.split("\n")
    if lines[0] != "---":
        sys.exit("not corpus Markdown (no front matter)")
    end = lines.index("---", 1)
    out = []
    for line in lines[1:end]:
        key, _, value = line.partition(": ")
        if key == "id":
            value = f"{value}_c{k}"
        elif key == "title":
            value = f"{value} (copy {k})"
        out.append(f"{key}: {value}")
    tag = suffix(k)
    body = []
    for line in lines[end + 1:]:
        if line.startswith("#") or line.startswith("<!--"):
            body.append(line)
        else:
            body.append(vary_line(line, tag))
    return "\n".join(["---"] + out + ["---"] + body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, required=True)
    parser.add_argument("-o", "--out", required=True)
    parser.add_argument("--docs", default=str(pathlib.Path(__file__).parent.parent / "corpus" / "docs"))
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.md"):
        old.unlink()
    for path in sorted(pathlib.Path(args.docs).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        (out / path.name).write_text(text, encoding="utf-8")
        for k in range(1, args.copies):
            name = f"{path.stem}_c{k:04d}.md"
            (out / name).write_text(copy_document(text, k), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
