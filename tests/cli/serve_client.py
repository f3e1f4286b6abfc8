#!/usr/bin/env python3
"""serve_client.py - checks of a running `dateline serve` (tests/cli/serve.sh).

usage: serve_client.py BASE_URL MODE
MODE rw: a writable server with an empty archive (--max-body 64K);
     ro: the same archive served read-only, after rw;
     none: a server without an archive.
Prints "ok serve: ..." or "FAIL serve: ..." per check.
"""
import csv
import io
import json
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

BASE, MODE = sys.argv[1], sys.argv[2]

MINISTRY = (
    "MINISTRY OF INTERIOR\n"
    "Press release\n\n"
    "KHARTOUM, 14 March 2023 - Armed men attacked the market of Nyala on "
    "Sunday, killing 23 civilians and wounding at least 40 others, the "
    "ministry said. Police arrested 6 suspects the following day.\n").encode()
MONITORS = (
    "DARFUR MONITORING NETWORK\n"
    "Statement\n\n"
    "NAIROBI, 16 March 2023 - Our field team confirmed that gunmen attacked "
    "the market in Nyala on 12 March 2023. At least 31 people were killed "
    "and about 60 injured, survivors told us.\n").encode()


def report(cond, what):
    print(("ok" if cond else "FAIL") + " serve: " + MODE + ": " + what)
    sys.stdout.flush()


def call(method, path, body=None, args=None):
    """(status, headers, bytes) of a request; HTTP errors are answers too."""
    url = BASE + path + ("?" + urllib.parse.urlencode(args) if args else "")
    req = urllib.request.Request(url, data=body, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def call_json(method, path, body=None, args=None):
    status, headers, data = call(method, path, body, args)
    try:
        return status, json.loads(data)
    except ValueError:
        return status, None


def error_is(answer, status, code, want_status):
    return (status == want_status and answer and
            answer.get("error", {}).get("status") == code)


def check_extract():
    status, rec = call_json("POST", "/v1/extract", MINISTRY)
    report(status == 200 and rec["schema"] == "dateline/1",
           "POST /v1/extract answers the record")
    kinds = sorted((f["kind"], f["value"]) for f in rec["figures"])
    report(("killed", 23) in kinds and ("arrested", 6) in kinds,
           "the record has the statement's figures: %s" % kinds)
    report(rec["document"]["dateline"]["place"] == "KHARTOUM" and
           rec["document"]["date"] == "2023-03-14",
           "the record has the dateline")
    status, rec = call_json("POST", "/v1/extract", b"Two people died on Monday.",
                            {"date": "2021-06-10"})
    report(status == 200 and rec["times"][0]["value"] == "2021-06-07",
           "?date anchors the text's relative times")
    status, headers, data = call("POST", "/v1/extract", MINISTRY,
                                 {"format": "csv"})
    rows = list(csv.reader(io.StringIO(data.decode())))
    report(status == 200 and headers["Content-Type"].startswith("text/csv") and
           len(rows) >= 2 and rows[0][0] == "event_id" and
           all(len(row) == len(rows[0]) for row in rows[1:]),
           "?format=csv answers a header and rows of its width")
    status, headers, data = call("POST", "/v1/extract", MINISTRY,
                                 {"format": "timeml"})
    report(status == 200 and b"<TIMEX3" in data and
           headers["Content-Type"].startswith("application/xml"),
           "?format=timeml answers TimeML")
    status, ans = call_json("POST", "/v1/extract", MINISTRY, {"format": "yaml"})
    report(error_is(ans, status, "usage", 400), "an unknown format is a 400")
    status, ans = call_json("POST", "/v1/extract", MINISTRY,
                            {"date": "2023-02-30"})
    report(error_is(ans, status, "usage", 400), "an impossible ?date is a 400")


def check_bad_input():
    bad = b"Troops entered the city.\n\xff\xfe killed 3.\n"
    status, ans = call_json("POST", "/v1/extract", bad)
    report(error_is(ans, status, "input", 400) and ans["error"]["offset"] == 25,
           "invalid UTF-8 is a 400 naming the byte offset: %s" % ans)
    status, rec = call_json("POST", "/v1/extract", bad, {"lossy": "1"})
    report(status == 200 and rec is not None, "?lossy=1 reads it anyway")
    status, ans = call_json("POST", "/v1/extract", b"x" * (64 * 1024 + 1))
    report(error_is(ans, status, "limit", 413), "a body over --max-body is a 413")
    status, ans = call_json("POST", "/v1/extract", b"x" * (64 * 1024))
    report(status == 200, "a body of exactly --max-body is read")


def check_routes():
    status, ans = call_json("GET", "/v1/health")
    report(status == 200 and ans["status"] == "ok" and
           ans["archive"] == (MODE != "none") and
           ans["writable"] == (MODE == "rw"), "GET /v1/health: %s" % ans)
    status, ans = call_json("GET", "/v1")
    report(status == 200 and any(r["path"] == "/v1/search"
                                 for r in ans["routes"]),
           "GET /v1 lists the addresses")
    status, ans = call_json("GET", "/v1/nothing")
    report(error_is(ans, status, "notfound", 404), "an unknown address is a 404")
    status, headers, _ = call("GET", "/v1/extract")
    report(status == 405 and headers["Allow"] == "POST",
           "a wrong method is a 405 with Allow")


def check_add():
    for body, source in ((MINISTRY, "ministry"), (MONITORS, "monitors")):
        status, ans = call_json("POST", "/v1/documents", body,
                                {"source": source,
                                 "url": "https://example.org/" + source})
        report(status == 201 and ans["added"] is True and ans["events"] >= 1,
               "POST /v1/documents archives %s: %s" % (source, ans))
    status, ans = call_json("POST", "/v1/documents", MINISTRY)
    report(status == 200 and ans["added"] is False,
           "the same text again is not archived twice")
    status, ans = call_json("POST", "/v1/documents", b"\xc3\x28 bad")
    report(error_is(ans, status, "input", 400), "bad text is not archived")


def check_read():
    status, ans = call_json("GET", "/v1/stats")
    report(status == 200 and ans["documents"] == 2, "GET /v1/stats: %s" % ans)
    status, ans = call_json("GET", "/v1/search", args={"q": "killed>=20"})
    sources = sorted(h["source"] for h in ans["hits"])
    report(status == 200 and sources == ["ministry", "monitors"],
           "search by figure finds both sources' events: %s" % sources)
    status, ans = call_json("GET", "/v1/search",
                            args={"q": "market", "limit": "1"})
    report(status == 200 and ans["count"] == 1 and ans["more"] is True,
           "?limit cuts the hits and says there are more")
    status, ans = call_json("GET", "/v1/search", args={"q": "date:2023-13"})
    report(error_is(ans, status, "query", 400) and "offset" in ans["error"],
           "a malformed query is a 400 with its offset: %s" % ans)
    status, ans = call_json("GET", "/v1/search")
    report(error_is(ans, status, "usage", 400), "a search without ?q is a 400")
    status, ans = call_json("GET", "/v1/timeline")
    dates = [h["start"] for h in ans["hits"]]
    report(status == 200 and dates == sorted(d for d in dates if d) + [None] *
           dates.count(None), "GET /v1/timeline lists events by date: %s" % dates)
    status, ans = call_json("GET", "/v1/claims")
    group = ans["groups"][0] if ans and ans["groups"] else {}
    figs = sorted(f["value"] for c in group.get("claims", [])
                  for f in c["figures"] if f["kind"] == "killed")
    report(status == 200 and group.get("sources") == 2 and figs == [23, 31],
           "GET /v1/claims puts the two sources' tolls side by side: %s" % figs)
    status, ans = call_json("GET", "/v1/claims", args={"by": "week"})
    report(error_is(ans, status, "usage", 400), "a bad ?by is a 400")
    status, ans = call_json("GET", "/v1/claims", args={"group": "sides", "all": "1"})
    sides = [g.get("sides") for g in ans["groups"]] if ans and "groups" in ans else []
    report(status == 200 and sides and all(isinstance(x, list) for x in sides),
           "GET /v1/claims?group=sides names each group's sides: %s" % sides)
    status, ans = call_json("GET", "/v1/claims", args={"group": "side"})
    report(error_is(ans, status, "usage", 400), "a bad ?group is a 400")
    status, hits = call_json("GET", "/v1/search", args={"q": "source:monitors"})
    doc = hits["hits"][0]["doc"] if hits and hits["hits"] else "none"
    status, rec = call_json("GET", "/v1/documents/" + doc[:12])
    report(status == 200 and rec["document"]["id"] == doc,
           "GET /v1/documents/ID-PREFIX answers the archived record")
    status, headers, data = call("GET", "/v1/documents/" + doc,
                                 args={"format": "text"})
    report(status == 200 and b"events" in data, "?format=text for a document")
    status, ans = call_json("GET", "/v1/documents/" + "0" * 64)
    report(error_is(ans, status, "notfound", 404), "an unknown id is a 404")


def check_parallel():
    results = []

    def one():
        results.append(call_json("POST", "/v1/extract", MONITORS))

    threads = [threading.Thread(target=one) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first = results[0][1]
    report(len(results) == 16 and all(s == 200 and r == first
                                      for s, r in results),
           "16 parallel extractions all answer the same record")


check_routes()
check_extract()
check_bad_input()
check_parallel()
if MODE == "rw":
    check_add()
if MODE in ("rw", "ro"):
    check_read()
if MODE == "ro":
    status, ans = call_json("POST", "/v1/documents", MONITORS)
    report(error_is(ans, status, "readonly", 403),
           "a read-only server refuses POST /v1/documents")
if MODE == "none":
    status, ans = call_json("GET", "/v1/search", args={"q": "killed"})
    report(error_is(ans, status, "archive", 503),
           "archive addresses are a 503 without an archive")
