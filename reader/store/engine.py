"""Database location, engine set-up and schema migration."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from reader.core.errors import DatabaseError
from reader.store.backup import backup_if_due, make_backup
from reader.store.models import Base

try:
    import fcntl
except ImportError:  # Windows: no POSIX file locks
    fcntl = None  # type: ignore[assignment]

ENV_VAR = "READER_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision; a test holds it to Alembic's head. A database already there
# opens without loading Alembic, which would double the command line's start-up.
HEAD = "0009"
LOCK_KEY = 0x7265616465  # "reade": the advisory lock PostgreSQL openers take for set-up


def default_url() -> str:
    from platformdirs import user_data_path

    folder = user_data_path("reader", appauthor=False, ensure_exists=True)
    return f"sqlite:///{folder / 'reader.db'}"


def resolve_url(url: str | None) -> str:
    """An explicit URL wins, then $READER_DB, then a SQLite file in the user data folder."""
    return url or os.environ.get(ENV_VAR) or default_url()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _ensure_sqlite_folder(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def _ensure_sqlite_folder(url: str) -> None:
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another dialect."""
    path = url.removeprefix("sqlite:///")
    if not path or path == url or path.startswith(":memory:"):
        return None
    return Path(path).expanduser()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # SQLAlchemy, not the driver, begins each transaction (_begin_immediate)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL keeps every committed change on disk and lets a reader run beside the writer.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin_immediate(connection) -> None:
    """Each transaction takes SQLite's write lock when it begins, so that one that reads and
    then writes waits for another process's writer instead of failing on a stale snapshot:
    reviewers on one file write one after another, none refused."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    if _revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def database_faults() -> Iterator[None]:
    """A fault of the database itself as DatabaseError: one line saying what is wrong and what
    to do, never the statement or its parameters (a reviewer's comment, a name)."""
    try:
        yield
    except DBAPIError as error:
        raise DatabaseError(_described(error)) from None


# What the database's own words mean, and what to do about it.
_FAULTS = (
    ("locked", "the database is busy: another program is writing to it; try again shortly"),
    ("readonly", "the database cannot be written (a read-only file): check its permissions"),
    ("read-only", "the database cannot be written (read-only): check its permissions"),
    ("disk is full", "the disk is full: make room, then try again"),
    ("unable to open", "the database file cannot be opened: check that its folder exists"),
    ("malformed", "the database file is damaged: `reader restore` puts back its last backup"),
    ("not a database", "the file is not a database reader can open"),
    ("could not connect", "the database server cannot be reached: is it running?"),
    ("connection refused", "the database server cannot be reached: is it running?"),
    ("password authentication", "the database server refused the name or password"),
)


def _described(error: DBAPIError) -> str:
    said = str(error.orig).lower()
    meaning = next((text for words, text in _FAULTS if words in said), None)
    return meaning or f"the database refused the work ({type(error.orig).__name__})"


def _check_openable(engine: Engine, revision: str | None) -> None:
    """Refuse another program's database, and one a newer reader has migrated."""
    if revision is None:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
        if tables:
            raise DatabaseError(
                "the database holds another program's tables and no reader library: "
                "give reader a file or database of its own"
            )
        return
    known = {p.name.split("_")[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}
    if revision not in known:
        raise DatabaseError(
            f"the database was made by a newer version of reader (schema {revision}; this "
            f"version knows up to {HEAD}): update reader to open it"
        )


def _check_tables(engine: Engine) -> None:
    """Refuse a database whose tables are not those its revision says (edited by hand, or
    half-restored), before anything reads or writes them."""
    with engine.connect() as connection:
        present = set(inspect(connection).get_table_names())
    missing = sorted(set(Base.metadata.tables) - present)
    if missing:
        raise DatabaseError(
            f"the database lacks tables its schema {HEAD} has ({', '.join(missing)}): "
            "`reader restore` puts back its last backup"
        )


def _revision(engine: Engine) -> str | None:
    """The database's Alembic revision, or None before the first migration."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


class Store:
    """An engine and its session factory; every unit of work is one transaction."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        with database_faults():
            if _revision(self.engine) == HEAD:
                _check_tables(self.engine)
            else:
                # Several processes may open a new database at once: one sets it up.
                with self.exclusive():
                    revision = _revision(self.engine)  # as the one before may have left it
                    if revision != HEAD:
                        _check_openable(self.engine, revision)
                        if revision is not None and self.sqlite_path is not None:
                            make_backup(self.sqlite_path, "before_migration")
                        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite; None for a server or an in-memory database."""
        return sqlite_file(self.url)

    def check_integrity(self) -> None:
        """Refuse a damaged SQLite file before anything is written to it."""
        if self.sqlite_path is None:
            return
        with database_faults(), self.engine.connect() as connection:
            verdict = connection.execute(text("PRAGMA quick_check")).scalar()
        if verdict != "ok":
            raise DatabaseError(
                f"the database file is damaged ({verdict}): `reader restore` puts back the "
                "last good backup"
            )

    def backup_if_due(self) -> Path | None:
        """The day's backup, if none was made today (SQLite only)."""
        if self.sqlite_path is None or not self.sqlite_path.exists():
            return None
        with database_faults():
            return backup_if_due(self.sqlite_path)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """One process at a time, for work every opener would otherwise do at once (creating
        the schema, seeding the corpus): the others wait, then find it done."""
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as connection:
                connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
                try:
                    yield
                finally:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                    connection.commit()
            return
        path = sqlite_file(self.url)
        if path is None or fcntl is None:  # in memory, or no POSIX locks: one process only
            yield
            return
        with open(f"{path}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll back everything on any error: nothing is half-written."""
        with database_faults(), self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
