"""Turning built tables into a publishable release: card, Croissant, schemas, checksums."""

from .build import ReleaseCheckFailed, build_release
from .card import write_card
from .checksums import write_checksums
from .croissant import croissant_metadata, write_croissant
from .schemas import write_json_schemas

__all__ = [
    "ReleaseCheckFailed",
    "build_release",
    "croissant_metadata",
    "write_card",
    "write_checksums",
    "write_croissant",
    "write_json_schemas",
]
