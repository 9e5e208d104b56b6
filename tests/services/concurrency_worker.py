"""One reviewer of the concurrency test: flags, edits, resolves and deletes annotations of one
document at random, and writes down what the library confirmed (with the version each change
was made on and the one it made) and what it refused."""

from __future__ import annotations

import json
import random
import time
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from reader.core.errors import Conflict
from reader.services.library import Library

DOC = 1
PARAGRAPHS = 10  # of the translation, flagged whole
THINKING = 0.02  # seconds at most between seeing an annotation and changing it


def review(url: str, name: str, operations: int, out: str) -> None:
    log: dict[str, list] = {"flagged": [], "changed": [], "deleted": [], "conflicts": []}
    rng = random.Random(name)
    with closing(Library.open(url, seed=False)) as library:
        notes = library.annotations
        for step in range(operations):
            shown = notes.for_document(DOC)  # what this reviewer's window shows now
            if not shown or rng.random() < 0.3:
                anchor = notes.span_anchor(DOC, "target", rng.randrange(PARAGRAPHS))
                tag = f"{name}-{step}"
                made = notes.flag(DOC, "Other", "minor", (anchor,), comment=tag, annotator=name)
                log["flagged"].append([made.id, made.version, tag])
                continue
            target = rng.choice(shown)
            time.sleep(rng.random() * THINKING)  # the reviewer reads, then acts
            try:
                _change(library, rng, name, step, target, log)
            except Conflict:
                log["conflicts"].append([target.id, step])
    Path(out).write_text(json.dumps(log), "utf-8")


def _change(library: Library, rng: random.Random, name: str, step: int, target, log) -> None:
    notes = library.annotations
    kind = rng.choice(("edit", "edit", "resolve", "delete"))
    if kind == "delete":
        gone = notes.delete(target.id, target.version)
        log["deleted"].append([target.id, target.version, gone.version])
    elif kind == "resolve":
        done = notes.resolve(target.id, target.version)
        log["changed"].append([target.id, target.version, done.version, target.comment])
    else:
        comment = f"{name}-{step}"
        done = notes.update(replace(target, comment=comment))
        log["changed"].append([target.id, target.version, done.version, comment])
