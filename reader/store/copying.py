"""A whole library copied into an empty database (SQLite or PostgreSQL, either way): every
table row for row with its ids, then counted and every annotation checksummed on both sides,
so that a copy that lost or changed anything says so."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, func, select, text

from reader.core.errors import InputError
from reader.store.engine import Store, database_faults
from reader.store.models import Annotation, AnnotationSpan, Base

CHUNK = 2_000  # rows read and written at a time
MIGRATED = frozenset({"counter"})  # tables the migrations fill: the source's rows replace them


@dataclass(frozen=True)
class CopyReport:
    counts: tuple[tuple[str, int, int], ...]  # table, rows in the source, rows in the copy
    source_checksum: str  # of every annotation with its spans
    copy_checksum: str

    @property
    def faithful(self) -> bool:
        same_counts = all(here == there for _, here, there in self.counts)
        return same_counts and self.source_checksum == self.copy_checksum


def copy_library(
    source: Store, target: Store, progress: Callable[[float], None] | None = None
) -> CopyReport:
    """Copy every row of `source` into `target`, which must hold nothing yet, in one
    transaction of the target's; raises InputError if it is not empty."""
    tables = Base.metadata.sorted_tables  # parents before children
    with database_faults(), source.engine.connect() as reading, target.engine.begin() as writing:
        filled = [t.name for t in tables if t.name not in MIGRATED and _count(writing, t)]
        if filled:
            raise InputError(
                f"the target library is not empty (it has rows in {', '.join(filled)}): "
                "copy into a new database"
            )
        for n, table in enumerate(tables):
            if table.name in MIGRATED:
                writing.execute(table.delete())
            _copy_table(reading, writing, table)
            if progress is not None:
                progress((n + 1) / len(tables))
        _advance_sequences(writing, tables)
    with database_faults(), source.engine.connect() as one, target.engine.connect() as other:
        counts = tuple((t.name, _count(one, t), _count(other, t)) for t in tables)
        return CopyReport(counts, annotation_checksum(one), annotation_checksum(other))


def _copy_table(reading: Connection, writing: Connection, table: Table) -> None:
    rows = reading.execute(select(table).order_by(*table.primary_key.columns))
    while chunk := rows.fetchmany(CHUNK):
        writing.execute(table.insert(), [_zoned(row._mapping) for row in chunk])


def _advance_sequences(writing: Connection, tables: list[Table]) -> None:
    """PostgreSQL hands out ids from a sequence that copied rows did not use: move it on."""
    if writing.dialect.name != "postgresql":
        return
    for table in tables:
        for column in table.primary_key.columns:
            if not column.autoincrement or column.type.python_type is not int:
                continue
            sequence = writing.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar()
            if sequence:
                highest = writing.execute(select(func.max(column))).scalar() or 0
                writing.execute(
                    text("SELECT setval(:sequence, :next, false)"),
                    {"sequence": sequence, "next": highest + 1},
                )


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def annotation_checksum(connection: Connection) -> str:
    """SHA-256 over every annotation and its spans, in id order, each field as JSON; the same
    library gives the same sum on any back end."""
    digest = hashlib.sha256()
    spans: dict[int, list[dict[str, object]]] = {}
    for row in connection.execute(select(AnnotationSpan).order_by(AnnotationSpan.id)):
        spans.setdefault(row.annotation_id, []).append(_plain(row._mapping))
    for row in connection.execute(select(Annotation).order_by(Annotation.id)):
        record = {**_plain(row._mapping), "spans": spans.get(row.id, [])}
        digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def _plain(row: Mapping[str, object]) -> dict[str, object]:
    """A row's fields as JSON takes them, times in UTC."""
    return {
        key: value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value
        for key, value in _zoned(row).items()
    }


def _zoned(row: Mapping[str, object]) -> dict[str, object]:
    """A row with its times in UTC: SQLite gives them back without their zone, which
    PostgreSQL would otherwise read in the server's."""
    return {
        key: value.replace(tzinfo=UTC)
        if isinstance(value, datetime) and value.tzinfo is None
        else value
        for key, value in row.items()
    }
