"""Turning built tables into a publishable release: card, Croissant, schemas, checksums."""

from .card import write_card
from .checksums import write_checksums
from .croissant import croissant_metadata, write_croissant
from .schemas import write_json_schemas

__all__ = [
    "croissant_metadata",
    "write_card",
    "write_checksums",
    "write_croissant",
    "write_json_schemas",
]
