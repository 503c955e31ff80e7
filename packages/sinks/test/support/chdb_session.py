"""A long-lived chDB session for the @ht/sinks tests: one ClickHouse 26 engine in-process, tables under
the path given as the first argument. Reads one JSON request per stdin line: {"sql": "...", "format":
"JSONEachRow"}; writes one JSON line per request: {"ok": true, "out": "..."} or {"ok": false, "error":
"..."}. Exits when stdin closes. (infra/chdb/runner.py starts a process per call; the conformance suite
issues hundreds of statements, so it keeps one session open instead.)
"""
import json
import sys

from chdb import session as chs


def main() -> int:
    sess = chs.Session(sys.argv[1])
    try:
        for line in sys.stdin:
            if not line.strip():
                continue
            request = json.loads(line)
            try:
                result = sess.query(request["sql"], request.get("format") or "JSONEachRow")
                out = result.bytes().decode("utf-8") if result is not None else ""
                reply = {"ok": True, "out": out}
            except Exception as error:  # chDB raises its own error types; report them all the same way
                reply = {"ok": False, "error": str(error)}
            sys.stdout.write(json.dumps(reply) + "\n")
            sys.stdout.flush()
    finally:
        sess.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
