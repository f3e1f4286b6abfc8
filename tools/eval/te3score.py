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
  mod accuracy (not a TempEval-3 measure): the share of relaxed matches
  whose TIMEX3 mod (START, END, APPROX, MORE_THAN ...) is the same, no mod
  on both sides counting as the same.
Only the document text is scored; the DCT tag is an input, not an answer.

--categories prints only counts of error categories (type and value shapes,
boundary differences by word class), never the text: the way to look at a
held-out set without reading its sentences.

usage: te3score.py [--bin build/dateline] [--diff] [--categories] DIR...
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
    (start, end, type, value, mod) in character offsets of that text."""
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
                                    a.get("value", ""), a.get("mod", "")))
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


CLOSED = {
    "the": "DET", "a": "DET", "an": "DET", "this": "DEM", "that": "DEM",
    "these": "DEM", "those": "DEM", "its": "POSS", "their": "POSS",
    "his": "POSS", "her": "POSS", "our": "POSS",
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX",
    "almost": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "more": "CMP", "less": "CMP", "than": "CMP",
    "least": "CMP", "over": "PREP", "at": "PREP", "in": "PREP", "on": "PREP",
    "for": "PREP", "within": "PREP", "since": "PREP", "until": "PREP",
    "from": "PREP", "to": "PREP", "by": "PREP", "of": "PREP",
    "during": "PREP", "after": "PREP", "before": "PREP",
    "ago": "AGO", "earlier": "REL", "later": "REL", "last": "REL",
    "next": "REL", "past": "REL", "previous": "REL", "coming": "REL",
    "early": "MOD", "late": "MOD", "mid": "MOD", "end": "MOD",
    "and": "CONJ", "or": "CONJ",
}
MONTHS = set("january february march april may june july august september "
             "october november december jan feb mar apr jun jul aug sep "
             "sept oct nov dec".split())
DAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
UNITS = set("second minute hour day week month quarter year decade "
            "century weekend".split())
PARTS = set("morning afternoon evening night tonight overnight dawn dusk "
            "noon midnight".split())
DEICTIC = set("today yesterday tomorrow now currently recently current "
              "recent".split())


def word_class(w):
    """A coarse class for one word, so categories never show the text."""
    lw = w.lower().strip(".,'")
    if not lw:
        return "PUNCT"
    if re.fullmatch(r"[\d/:.,-]+", lw):
        return "NUM"
    if lw in CLOSED:
        return CLOSED[lw]
    if lw in MONTHS:
        return "MONTH"
    if lw in DAYS:
        return "WEEKDAY"
    if lw.rstrip("s") in UNITS or lw in UNITS:
        return "UNIT"
    if lw.rstrip("s") in PARTS or lw in PARTS:
        return "PART"
    if lw in DEICTIC:
        return "DEICTIC"
    return "OTHER"


def shape(v):
    """A value's shape: digits become 9 (1990-Q3 -> 9999-Q9)."""
    return re.sub(r"\d", "9", v) if v else "-"


def day_delta(g, s):
    """gold - sys in days when both name a day, else None."""
    import datetime
    try:
        a = datetime.date.fromisoformat(g[:10])
        b = datetime.date.fromisoformat(s[:10])
    except ValueError:
        return None
    return (a - b).days


def week_delta(g, s):
    """gold - sys in weeks when both name a week ("1998-W9", "1998-W09")."""
    a = re.match(r"^(\d{4})-W(\d{1,2})$", g or "")
    b = re.match(r"^(\d{4})-W(\d{1,2})$", s or "")
    if not (a and b) or a.group(1) != b.group(1):
        return None
    return int(a.group(2)) - int(b.group(2))


def value_category(g, s):
    weeks = week_delta(g, s)
    if weeks is not None:
        return "%s -> %s: gold-sys %+d weeks" % (shape(g), shape(s), weeks)
    if shape(g) != shape(s):
        return "%s -> %s" % (shape(g), shape(s))
    delta = day_delta(g, s)
    if delta is not None:
        return "%s: gold-sys %+d days" % (shape(g), delta)
    gp, sp = re.split(r"[-T]", g), re.split(r"[-T]", s)
    names = ["year", "part2", "part3", "part4", "part5"]
    for i, (a, b) in enumerate(zip(gp, sp)):
        if a != b:
            return "%s: %s differs" % (shape(g), names[min(i, 4)])
    return "%s: same" % shape(g)


def boundary_category(text, g, s):
    out = []
    for side, (a0, a1, b0, b1) in (("left", (s[0], g[0], g[0], s[0])),
                                   ("right", (g[1], s[1], s[1], g[1]))):
        if a0 < a1:
            out.append("sys+%s[%s]" % (side, " ".join(
                word_class(w) for w in text[a0:a1].split())))
        elif b0 < b1:
            out.append("sys-%s[%s]" % (side, " ".join(
                word_class(w) for w in text[b0:b1].split())))
    return " ".join(out)


class Score:
    def __init__(self):
        self.gold = self.sys = self.strict = self.relaxed = 0
        self.type_ok = self.value_ok = self.mod_ok = 0
        self.cats = {}

    def cat(self, kind, label):
        key = (kind, label)
        self.cats[key] = self.cats.get(key, 0) + 1

    def print_categories(self, label):
        print("== %s error categories (count, kind, category)" % label)
        for (kind, lab), n in sorted(self.cats.items(),
                                     key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            print("%4d  %-9s %s" % (n, kind, lab))

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
                self.cat("FP", "%s %s [%s]" % (s[2], shape(s[3]), " ".join(
                    word_class(w) for w in text[s[0]:s[1]].split())))
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
            mok = g[4].upper() == s[4].upper()
            self.mod_ok += mok
            if (g[0], g[1]) != (s[0], s[1]):
                self.cat("BOUNDARY", boundary_category(text, g, s))
            words = " ".join(word_class(w) for w in text[g[0]:g[1]].split())
            if not tok:
                self.cat("TYPE", "%s -> %s [%s]" % (g[2], s[2], words))
            if not vok:
                self.cat("VALUE", "%s %s [%s]" % (g[2], value_category(g[3], s[3]),
                                                  words))
            if not mok:
                self.cat("MOD", "%s -> %s [%s]" % (g[4] or "-", s[4] or "-", words))
            if diff and ((g[0], g[1]) != (s[0], s[1]) or not tok or not vok or not mok):
                print("BAD %s  gold %-30r %s %s %s | sys %r %s %s %s" % (
                    name, text[g[0]:g[1]], g[2], g[3], g[4] or "-",
                    text[s[0]:s[1]], s[2], s[3], s[4] or "-"))
        for gi, g in enumerate(gold):
            if gi not in used:
                self.cat("FN", "%s %s [%s]" % (g[2], shape(g[3]), " ".join(
                    word_class(w) for w in text[g[0]:g[1]].split())))
                if diff:
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
              "value acc %5.2f F1 %5.2f | mod acc %5.2f" % (
                  label, self.gold, self.sys, 100 * sp, 100 * sr, 100 * sf,
                  100 * rp, 100 * rr, 100 * rf, acc(self.type_ok), 100 * tf,
                  acc(self.value_ok), 100 * vf, acc(self.mod_ok)))


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
    ap.add_argument("--categories", action="store_true",
                    help="print counts of error categories (no text)")
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
    if args.categories:
        for label, sc in scores:
            sc.print_categories(label)
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
