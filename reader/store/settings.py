"""Settings of the whole library (the setting table); every function works inside a caller's
transaction."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy.orm import Session

from reader.core import mqm
from reader.store.models import Setting

WEIGHTS_KEY = "mqm_weights"


def mqm_weights(session: Session) -> mqm.Weights:
    """The library's MQM weights; WMT's until a reader sets others."""
    row = session.get(Setting, WEIGHTS_KEY)
    if row is None or not isinstance(row.value, dict):
        return mqm.WMT_WEIGHTS
    known = {f.name for f in fields(mqm.Weights)}
    return mqm.Weights(**{k: float(v) for k, v in row.value.items() if k in known})


def set_mqm_weights(session: Session, weights: mqm.Weights) -> None:
    row = session.get(Setting, WEIGHTS_KEY)
    if row is None:
        session.add(Setting(key=WEIGHTS_KEY, value=asdict(weights)))
    else:
        row.value = asdict(weights)
