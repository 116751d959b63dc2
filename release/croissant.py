"""MLCommons Croissant 1.0 metadata of the release, derived from the Arrow schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from benchclaims.schema import SCHEMA_VERSION, SCHEMAS

from .checksums import sha256_file
from .metadata import CITATION, DATE_PUBLISHED, DESCRIPTION, LICENSE_URL, NAME, URL

_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
_KEYS = {"documents": "doc_id", "claims": "claim_id"}


def _data_type(dtype: pa.DataType) -> str:
    if pa.types.is_floating(dtype):
        return "sc:Float"
    if pa.types.is_integer(dtype):
        return "sc:Integer"
    if pa.types.is_boolean(dtype):
        return "sc:Boolean"
    return "sc:Text"


def croissant_metadata(folder: Path, version: str) -> dict[str, Any]:
    """The Croissant JSON-LD of the tables in folder."""
    distribution = []
    record_sets = []
    for table, schema in SCHEMAS.items():
        file_id = f"{table}.parquet"
        distribution.append(
            {
                "@type": "cr:FileObject",
                "@id": file_id,
                "name": file_id,
                "contentUrl": file_id,
                "encodingFormat": "application/x-parquet",
                "sha256": sha256_file(folder / file_id),
            }
        )
        fields = []
        for field in schema:
            description = (field.metadata or {}).get(b"description", b"").decode()
            fields.append(
                {
                    "@type": "cr:Field",
                    "@id": f"{table}/{field.name}",
                    "name": field.name,
                    "description": description,
                    "dataType": _data_type(field.type),
                    "source": {"fileObject": {"@id": file_id}, "extract": {"column": field.name}},
                }
            )
            if table in ("claims", "occurrences") and field.name == "doc_id":
                fields[-1]["references"] = {"field": {"@id": "documents/doc_id"}}
        record_set: dict[str, Any] = {
            "@type": "cr:RecordSet",
            "@id": table,
            "name": table,
            "field": fields,
        }
        if table in _KEYS:
            record_set["key"] = {"@id": f"{table}/{_KEYS[table]}"}
        record_sets.append(record_set)
    return {
        "@context": _CONTEXT,
        "@type": "sc:Dataset",
        "name": NAME,
        "description": DESCRIPTION,
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "citeAs": CITATION,
        "license": LICENSE_URL,
        "url": URL,
        "version": version,
        "datePublished": DATE_PUBLISHED,
        "keywords": ["benchmarks", "information extraction", "scientific text", "provenance"],
        "isAccessibleForFree": True,
        "schemaVersion": SCHEMA_VERSION,
        "distribution": distribution,
        "recordSet": record_sets,
    }


def write_croissant(folder: Path, version: str) -> Path:
    path = folder / "croissant.json"
    path.write_text(json.dumps(croissant_metadata(folder, version), indent=2) + "\n")
    return path
