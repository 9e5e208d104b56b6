"""A confirmed annotation is on disk: killing the program with SIGKILL loses none of them."""

import os
import signal
import subprocess
import sys
import textwrap

from reader.services.library import Library

# Flags annotations for ever, printing each id once `flag` has returned (committed).
WRITER = textwrap.dedent(
    """
    import sys
    from reader.services.library import Library

    library = Library.open(sys.argv[1], seed=False)
    notes = library.annotations
    anchor = notes.quote_anchor(1, "source", "purchase order")
    n = 0
    while True:
        n += 1
        flagged = notes.flag(1, "Other", "minor", [anchor], comment=f"note {n}")
        print(flagged.id, flush=True)
    """
)
CONFIRMED = 25


def test_kill_9_loses_no_confirmed_annotation(small_url: str) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, small_url], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    try:
        confirmed = [int(writer.stdout.readline()) for _ in range(CONFIRMED)]
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL  # killed mid-loop, not a clean exit
    library = Library.open(small_url, seed=False)
    stored = {a.id: a.comment for a in library.annotations.for_document(1)}
    library.close()
    assert len(stored) >= CONFIRMED
    for n, ann_id in enumerate(confirmed, start=1):
        assert stored[ann_id] == f"note {n}"
