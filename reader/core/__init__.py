"""Pure-Python domain logic: documents, text, segmentation, alignment. No Qt, no SQLAlchemy."""
