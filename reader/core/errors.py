"""Errors the domain raises for bad input; interfaces turn them into messages and exit codes."""


class InputError(ValueError):
    """The user gave input that cannot be used (missing, empty, binary, undecodable...).

    Its message is one line, whatever a parser underneath said across several."""

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))


class AlreadyImported(InputError):
    """The library holds this text already, as one document."""

    def __init__(self, document_id: int, title: str) -> None:
        super().__init__(f"this text is in the library already, as document {document_id}: {title}")
        self.document_id, self.title = document_id, title


class Conflict(InputError):
    """Someone else changed (or deleted) what an edit was made on, since it was read: the edit
    is refused, and `theirs` is their version (None: they deleted it)."""

    def __init__(self, what: str, theirs: object | None) -> None:
        done = "changed by someone else" if theirs is not None else "deleted by someone else"
        super().__init__(f"{what} was {done} since you read it; nothing was saved")
        self.theirs = theirs


class Cancelled(Exception):
    """The user stopped a long piece of work; raised from its progress callback, it undoes
    whatever the work had done (an import saves nothing)."""


class DatabaseError(Exception):
    """The database cannot do what was asked (locked, read-only, full, damaged, made by a
    newer version): one line for the user, saying what to do, and no data."""
