"""Schemathesis hooks for `answers_as_its_openapi_document_says` (api/tests/it/api.rs).

The OpenAPI document states a few rules of the `/v1` query parameters in words only, because
OpenAPI 3.1 can't relate one query parameter to another, or to what the store holds:

- `/v1/access`: `at` or `block`, not both; `block` at most the last stored block;
- `since` and `until`: `until` after `since`;
- `/v1/stats` and `/v1/organizations/{org}/activity`: at most 366 days from `since` to
  `until`, which default to now and to 30 days before `until`.

Schemathesis draws each parameter on its own, so a query it calls valid can break them, and
the server refuses it (400, as documented), which its `positive_data_acceptance` check would
count as valid input refused. This hook brings the positive cases within those rules, and
touches nothing else: negative cases, which check that the refusals happen, go as drawn.
"""

import calendar
import os
import time

import schemathesis

DAY = 24 * 60 * 60
# 9999-12-31T23:59:59Z, the last time the API takes.
LAST_TIME = 253_402_300_799
WIDEST_STATS_RANGE = 366 * DAY
DEFAULT_STATS_RANGE = 30 * DAY
STATS_PATHS = ("/v1/stats", "/v1/organizations/{org}/activity")
# The last block the store holds when Schemathesis starts, from the test.
LAST_BLOCK = int(os.environ["CONSENTRY_LAST_BLOCK"])


def seconds(value):
    """A documented time (unix seconds, or a UTC date or date-time) as unix seconds."""
    if value is None:
        return None
    text = str(value)
    if text.isdigit():
        return int(text)
    day = calendar.timegm(time.strptime(text[:10], "%Y-%m-%d"))
    if len(text) < 19:
        return day
    hours, minutes, secs = (int(part) for part in text[11:19].split(":"))
    # A leap second is taken as the one before it.
    return day + hours * 3600 + minutes * 60 + min(secs, 59)


def ordered(since, until):
    """`since` before `until`, both within the times the API takes."""
    since, until = sorted((since, until))
    if since == until:
        if until < LAST_TIME:
            until += 1
        else:
            since -= 1
    return since, until


def stats_range(since, until):
    """A statistics range: 1 second to 366 days, given in full when a default could break it."""
    if until is None:
        # Until defaults to now: keep `since` alone only if that makes a range.
        now = int(time.time())
        if now - WIDEST_STATS_RANGE + DAY <= since < now:
            return since, None
        until = min(since + DAY, LAST_TIME)
    if since is None:
        # Since defaults to 30 days before until (or 0).
        return None, max(until, 1)
    since, until = ordered(since, until)
    return max(since, until - WIDEST_STATS_RANGE), until


@schemathesis.hook
def map_case(context, case):
    meta = case.meta
    query = case.query
    if meta is None or not meta.generation.mode.is_positive or not query:
        return case
    path = case.operation.path
    if path == "/v1/access":
        if "at" in query and "block" in query:
            del query["block"]
        if "block" in query and int(query["block"]) > LAST_BLOCK:
            query["block"] = LAST_BLOCK
    if "since" in query or "until" in query:
        since, until = seconds(query.get("since")), seconds(query.get("until"))
        if path in STATS_PATHS:
            since, until = stats_range(since, until)
        elif since is not None and until is not None and since >= until:
            since, until = ordered(since, until)
        for name, value in (("since", since), ("until", until)):
            if value is None:
                query.pop(name, None)
            elif seconds(query.get(name)) != value:
                query[name] = value
    return case
