"""The databases tests run on: SQLite always, PostgreSQL when a server is named."""

from __future__ import annotations

import os
import time
from uuid import uuid4

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError

# A PostgreSQL server the tests may create databases on, e.g.
# postgresql+psycopg://reader:reader@localhost/postgres (.ci/run starts one and sets this).
POSTGRES_ENV = "READER_TEST_POSTGRES"
DROP_ATTEMPTS = 50


def backends() -> list[str]:
    """The databases a parametrised test runs on: SQLite always, PostgreSQL when one is named."""
    return ["sqlite", "postgresql"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


class PostgresServer:
    """Throwaway databases on the server POSTGRES_ENV names, each dropped after its test."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")

    def create(self, template: str | None = None) -> str:
        name = f"reader_test_{uuid4().hex[:12]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        # FORCE may not end a connection of another role: an autovacuum worker that has just
        # started on the new database. It finishes within moments; try again until it has.
        for attempt in range(DROP_ATTEMPTS):
            try:
                with self.admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except ProgrammingError as error:
                if "pg_signal_backend" not in str(error) or attempt == DROP_ATTEMPTS - 1:
                    raise
                time.sleep(0.2)
