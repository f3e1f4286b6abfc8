#!/usr/bin/env python3
"""te3score.py - TempEval-3 task A scorer for dateline's time stage.

Reads gold TimeML (.tml), strips the <TEXT> element to plain text, runs
`dateline extract --format timeml --date DCT` on it and compares the TIMEX3
tags it writes with the gold ones, as TempEval-3 task A defines it:
  strict match   same character extent
  relaxed match  extents overlap (each tag matched at most once)
  P = matches / system tags, R = matches / gold tags, F1 their harmonic mean
  type / value accuracy: share of relaxed matches with the same attribute
  type / value F1: attribute P and R count only relaxed matches whose
  attribute is also right (so value F1 = relaxed F1 x value accuracy).
Only the document text is scored; the DCT tag is an input, not an answer.

usage: te3score.py [--bin build/dateline] [--diff] [--quiet] DIR...
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
ENT = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape(s):
    return re.sub(r"&(amp|lt|gt|quot|apos);", lambda m: ENT[m.group(1)], s)


def strip_timeml(body):
    """Plain text of a TimeML fragment and its TIMEX3 tags as
    (start, end, type, value) in character offsets of that text."""
    out, timexes, stack, pos = [], [], [], 0
    length = 0
    for m in TAG.finditer(body):
        piece = unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs, selfclose = m.groups()
        if name != "TIMEX3":
            continue
        if closing:
            if stack:
                start, a = stack.pop()
                if length > start:
                    timexes.append((start, length, a.get("type", ""),
                                    a.get("value", "")))
        elif not selfclose:
            stack.append((length, dict(ATTR.findall(attrs))))
    out.append(unescape(body[pos:]))
    return "".join(out), timexes


def text_element(doc):
    m = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S)
    return m.group(1) if m else ""


def dct_of(doc):
    m = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", doc, re.S)
    return m.group(1) if m else None


def run_system(binary, text, dct):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                     encoding="utf-8") as f:
        f.write(text)
        name = f.name
    try:
        cmd = [binary, "extract", "--format", "timeml"]
        if dct:
            cmd += ["--date", dct]
        res = subprocess.run(cmd + [name], capture_output=True, text=True)
    finally:
        os.unlink(name)
    if res.returncode != 0:
        sys.stderr.write("dateline failed: %s\n" % res.stderr.strip())
        return []
    plain, tags = strip_timeml(text_element(res.stdout))
    if plain != text:
        sys.stderr.write("warning: system text differs from the input\n")
    return tags


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


class Score:
    def __init__(self):
        self.gold = self.sys = self.strict = self.relaxed = 0
        self.type_ok = self.value_ok = 0

    def add(self, gold, sys_tags, diff, name, text):
        self.gold += len(gold)
        self.sys += len(sys_tags)
        gold_exact = {(g[0], g[1]) for g in gold}
        self.strict += sum(1 for s in sys_tags if (s[0], s[1]) in gold_exact)
        used = set()
        matched = set()
        for si, s in enumerate(sys_tags):
            best = None
            for gi, g in enumerate(gold):
                if gi in used or not overlap(s, g):
                    continue
                if (g[0], g[1]) == (s[0], s[1]):
                    best = gi
                    break
                if best is None:
                    best = gi
            if best is None:
                if diff:
                    print("FP  %s  %-30r %s %s" % (name, text[s[0]:s[1]], s[2], s[3]))
                continue
            used.add(best)
            matched.add(si)
            g = gold[best]
            self.relaxed += 1
            tok = g[2].upper() == s[2].upper()
            vok = g[3].upper() == s[3].upper()
            self.type_ok += tok
            self.value_ok += vok
            if diff and ((g[0], g[1]) != (s[0], s[1]) or not tok or not vok):
                print("BAD %s  gold %-30r %s %s | sys %r %s %s" % (
                    name, text[g[0]:g[1]], g[2], g[3], text[s[0]:s[1]], s[2], s[3]))
        if diff:
            for gi, g in enumerate(gold):
                if gi not in used:
                    print("FN  %s  %-30r %s %s" % (name, text[g[0]:g[1]], g[2], g[3]))

    @staticmethod
    def f1(hit, sys_n, gold_n):
        p = hit / sys_n if sys_n else 0.0
        r = hit / gold_n if gold_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self, label):
        sp, sr, sf = self.f1(self.strict, self.sys, self.gold)
        rp, rr, rf = self.f1(self.relaxed, self.sys, self.gold)
        _, _, tf = self.f1(self.type_ok, self.sys, self.gold)
        _, _, vf = self.f1(self.value_ok, self.sys, self.gold)
        acc = lambda n: 100.0 * n / self.relaxed if self.relaxed else 0.0
        print("%-10s gold %4d sys %4d | strict P %5.2f R %5.2f F1 %5.2f | "
              "relaxed P %5.2f R %5.2f F1 %5.2f | type acc %5.2f F1 %5.2f | "
              "value acc %5.2f F1 %5.2f" % (
                  label, self.gold, self.sys, 100 * sp, 100 * sr, 100 * sf,
                  100 * rp, 100 * rr, 100 * rf, acc(self.type_ok), 100 * tf,
                  acc(self.value_ok), 100 * vf))


def score_dir(binary, path, diff):
    sc = Score()
    for fn in sorted(os.listdir(path)):
        if not fn.endswith(".tml"):
            continue
        with open(os.path.join(path, fn), encoding="utf-8") as f:
            doc = f.read()
        text, gold = strip_timeml(text_element(doc))
        sys_tags = run_system(binary, text, dct_of(doc))
        sc.add(gold, sys_tags, diff, fn, text)
    return sc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/dateline")
    ap.add_argument("--diff", action="store_true",
                    help="print every miss, false alarm and wrong value")
    ap.add_argument("--source", help="SOURCE.md with the published figures")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    scores = []
    for d in args.dirs:
        if not os.path.isdir(d):
            print("skip: %s not present" % d)
            continue
        scores.append((os.path.basename(d.rstrip("/")), score_dir(args.bin, d, args.diff)))
    for label, sc in scores:
        sc.report(label)
    if args.source:
        published(args.source)


def published(path):
    """The published TE3-Platinum figures quoted in SOURCE.md."""
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read()
    except OSError:
        return
    print("published on TE3-Platinum (from %s):" % path)
    for m in re.finditer(r"(HeidelTime[-\w]*|SUTime)\s+((?:\w+ F1 [\d.]+[,;.]?\s*)+)", src):
        figs = re.findall(r"(\w+) F1 ([\d]+(?:\.\d+)?)", m.group(2))
        print("  %-12s %s" % (m.group(1), "  ".join("%s F1 %s" % f for f in figs)))


if __name__ == "__main__":
    main()
