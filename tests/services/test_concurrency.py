"""Four reviewers at once on one document, as four processes: every change the library
confirmed is there exactly once, and every change it refused was refused out loud."""

from __future__ import annotations

import json
import multiprocessing
from contextlib import closing
from pathlib import Path

from concurrency_worker import DOC, review

from reader.services.library import Library

REVIEWERS = 4
OPERATIONS = 30
BOUND = 240  # seconds for all of them; the loopback server or file only


def test_four_reviewers_at_once_lose_nothing_and_swallow_no_conflict(
    db_url: str, tmp_path: Path
) -> None:
    context = multiprocessing.get_context("spawn")
    logs = [tmp_path / f"r{n}.json" for n in range(REVIEWERS)]
    workers = [
        context.Process(target=review, args=(db_url, f"r{n}", OPERATIONS, str(log)))
        for n, log in enumerate(logs)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(BOUND)
        assert worker.exitcode == 0, "a reviewer failed (or was still working)"
    done = [json.loads(log.read_text("utf-8")) for log in logs]
    with closing(Library.open(db_url, seed=False)) as library:
        final = [a for a in library.annotations.for_document(DOC) if a.annotator]
    steps = sum(len(log[k]) for log in done for k in ("flagged", "changed", "deleted"))
    conflicts = sum(len(log["conflicts"]) for log in done)
    assert steps + conflicts == REVIEWERS * OPERATIONS  # each step confirmed or refused
    assert conflicts > 0  # they did get in each other's way
    # The confirmed changes of each annotation form one chain from its creation, each made
    # on the version the one before made: two made on one version would be a change lost
    # without a word. (An id SQLite gives out again starts a chain of its own.)
    changes = {(c[0], c[1]): (c[2], c[3]) for log in done for c in log["changed"]}
    assert len(changes) == sum(len(log["changed"]) for log in done)  # no two on one version
    deletions = {(d[0], d[1]) for log in done for d in log["deleted"]}
    assert len(deletions) == sum(len(log["deleted"]) for log in done)
    ends = set()
    for ann_id, version, comment in (f for log in done for f in log["flagged"]):
        while (ann_id, version) in changes:
            version, comment = changes.pop((ann_id, version))
        if (ann_id, version) in deletions:
            deletions.remove((ann_id, version))
        else:
            ends.add((ann_id, version, comment))
    assert not changes and not deletions  # every confirmed change is on some chain
    assert {(a.id, a.version, a.comment) for a in final} == ends  # and there exactly once
