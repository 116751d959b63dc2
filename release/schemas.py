"""The JSON Schema of each table's rows, derived from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from benchclaims.schema import TABLES, json_schema

FOLDER = "schema"


def write_json_schemas(folder: Path) -> list[Path]:
    """schema/<table>.schema.json for every table."""
    out_dir = folder / FOLDER
    out_dir.mkdir(exist_ok=True)
    written = []
    for name, model in TABLES.items():
        path = out_dir / f"{name}.schema.json"
        path.write_text(json.dumps(json_schema(model), indent=2, sort_keys=True) + "\n")
        written.append(path)
    return written
