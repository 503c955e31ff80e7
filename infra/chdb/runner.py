"""Runs SQL on chDB (the ClickHouse engine in-process) for the Node tests.

Reads one JSON object on stdin: {"queries": [sql, ...], "path": folder-or-null, "format": "JSONEachRow"}.
Runs the queries in order in one session (tables under `path` persist there) and prints
{"results": [text, ...]} on stdout. On an error, prints the failing statement and chDB's message on stderr
and exits 1.
"""
import json
import sys
import tempfile

from chdb import session as chs


def main() -> int:
    request = json.load(sys.stdin)
    path = request.get("path") or tempfile.mkdtemp(prefix="ht-chdb-")
    fmt = request.get("format") or "JSONEachRow"
    sess = chs.Session(path)
    results = []
    try:
        for index, sql in enumerate(request["queries"]):
            try:
                result = sess.query(sql, fmt)
            except Exception as error:  # chDB raises its own error types; report them all the same way
                print(f"statement {index + 1} failed: {error}\n--- statement ---\n{sql}", file=sys.stderr)
                return 1
            results.append(result.bytes().decode("utf-8") if result is not None else "")
    finally:
        sess.close()
    json.dump({"results": results}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
