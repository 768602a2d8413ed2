#!/usr/bin/env python3
"""Mirror the public record of the Kazakhstan Human Rights Monitor through its REST changes feed.

Standard library only (Python 3.8+). The first run reads the changes feed from the start (the
seeded record and every publish since are in it); later runs read only what changed since the
cursor saved in the mirror file. The endpoints are read from /api/v1 itself, so a new kind of
record is mirrored without changing this script.

    API_URL=http://localhost:3000 MIRROR_FILE=mirror.json python3 examples/mirror.py

Prints one JSON line: {"changes": …, "fetched": …, "removed": …, "cursor": …, "counts": {…}}.
"""
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

API_URL = os.environ.get("API_URL", "http://localhost:3000").rstrip("/")
MIRROR_FILE = os.environ.get("MIRROR_FILE", "mirror.json")
PAGE_SIZE = 500
RETRIES = 5


def get(path, params=None):
    """GET a REST path as JSON; None on 404; waits out a 429 (Retry-After) a few times."""
    query = "?" + urllib.parse.urlencode(params) if params else ""
    url = API_URL + path + query
    for attempt in range(RETRIES + 1):
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return None
            if error.code in (429, 503) and attempt < RETRIES:
                time.sleep(int(error.headers.get("Retry-After", "1")))
                continue
            body = error.read().decode("utf-8", "replace")
            raise SystemExit(f"GET {url} answered {error.code}: {body}")
    raise SystemExit(f"GET {url}: still refused after {RETRIES} retries")


def endpoints():
    """The REST path of each procedure, from /api/v1: {"event.bySlug": "/api/v1/events/{slug}", …}."""
    index = get("/api/v1")
    return {e["procedure"]: e["path"] for e in index["endpoints"]}


def load_state():
    if os.path.exists(MIRROR_FILE):
        with open(MIRROR_FILE, encoding="utf-8") as f:
            return json.load(f)
    return {"cursor": "0", "records": {}, "ratings": {}}


def save_state(state):
    temporary = MIRROR_FILE + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(state, f, ensure_ascii=False, indent=1, sort_keys=True)
    os.replace(temporary, MIRROR_FILE)


def sync(state):
    paths = endpoints()
    # Read the feed to its end, keeping the last change of each record.
    latest = {}
    cursor = state["cursor"]
    changes = 0
    while True:
        page = get(paths["changes.since"], {"cursor": cursor, "limit": PAGE_SIZE})
        for item in page["items"]:
            key = (item["entityType"], item["id"])
            latest.pop(key, None)
            latest[key] = item
        changes += len(page["items"])
        cursor = page["nextCursor"]
        if not page["hasMore"]:
            break

    fetched = removed = 0
    series = set()
    for (kind, record_id), item in latest.items():
        if kind == "rating":
            # A rating's slug is "<series slug>-<year>": ratings are read a series at a time.
            series.add(re.sub(r"-\d+$", "", item["slug"]))
            continue
        table = state["records"].setdefault(kind, {})
        if item["change"] in ("unpublished", "deleted"):
            if table.pop(record_id, None) is not None:
                removed += 1
            continue
        path = paths[kind + ".bySlug"].replace("{slug}", urllib.parse.quote(item["slug"], safe=""))
        record = get(path)
        if record is None:
            # Gone again since this change: a later item of the feed says so.
            table.pop(record_id, None)
        else:
            table[record_id] = record
            fetched += 1
    for slug in sorted(series):
        ratings = get(paths["rating.list"], {"series": slug})
        if ratings and ratings.get("items"):
            state["ratings"][slug] = ratings
        else:
            state["ratings"].pop(slug, None)
        fetched += 1

    # The cursor moves only once everything is applied: a failed run can simply be run again.
    state["cursor"] = cursor
    return {"changes": changes, "fetched": fetched, "removed": removed, "cursor": cursor}


def main():
    state = load_state()
    report = sync(state)
    save_state(state)
    report["counts"] = {kind: len(table) for kind, table in sorted(state["records"].items())}
    report["counts"]["rating series"] = len(state["ratings"])
    print(json.dumps(report))


if __name__ == "__main__":
    sys.exit(main())
