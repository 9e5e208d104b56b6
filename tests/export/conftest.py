import pytest

from reader.export.model import ExportDocument
from tests.export.sample import sample_document


@pytest.fixture
def doc() -> ExportDocument:
    return sample_document()
