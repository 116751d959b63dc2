"""Row-wise rules GX has no built-in expectation for, computed once per table into
derived columns that plain GX expectations then check (see suite.py).

Each function returns a copy of a table with extra columns; where a row cannot be
judged because another check already fails it (an orphan claim has no text to slice),
the derived value is left missing, so that only that other check fails."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from benchclaims.read.records import doc_id_of

from .numbers import check_value
from .sources import SourceFiles, decode_slice


def _int(value: Any) -> int | None:
    """An offset as int, or None for a missing one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)


def _doc_texts(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> text; the first row wins when an id is duplicated (its own check fails)."""
    texts: dict[str, str] = {}
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if isinstance(doc_id, str) and isinstance(text, str):
            texts.setdefault(doc_id, text)
    return texts


def derive_documents(documents: pd.DataFrame, occurrences: pd.DataFrame,
                     claims: pd.DataFrame) -> pd.DataFrame:
    """doc_id recomputed from the text; occurrence and claim counts per document."""
    out = documents.copy()
    out["doc_id_from_text"] = [
        doc_id_of(t) if isinstance(t, str) else None for t in documents["text"]
    ]
    occ = occurrences["doc_id"].value_counts()
    cla = claims["doc_id"].value_counts()
    out["occurrence_count"] = documents["doc_id"].map(occ).fillna(0).astype("int64")
    out["claim_count"] = documents["doc_id"].map(cla).fillna(0).astype("int64")
    out["has_claims"] = (out["claim_count"] > 0).astype("int64")
    return out


def _span_status(text: str | None, start: int | None, end: int | None, value: Any,
                 high: Any) -> tuple[str | None, str | None, float | None]:
    """(span text, status, number read) of one value span; Nones when it cannot be judged."""
    if text is None or start is None or end is None or not 0 <= start < end <= len(text):
        return None, None, None
    if value is None or not math.isfinite(value):
        return text[start:end], None, None
    high_f = None if high is None or math.isnan(high) else float(high)
    before = text[start - 1] if start > 0 else ""
    reading = check_value(text[start:end], before, float(value), high_f)
    return text[start:end], reading.status, reading.value


def derive_claims(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Document membership and length, the claim and value spans as sliced from the
    document text, and whether the value spans read as the claim's numbers."""
    texts = _doc_texts(documents)
    out = claims.copy()
    doc_text = [texts.get(d) if isinstance(d, str) else None for d in claims["doc_id"]]
    out["doc_id_in_documents"] = [t is not None for t in doc_text]
    out["text_length"] = pd.Series([len(t) if t else None for t in doc_text], dtype="float64",
                                   index=claims.index)
    span_text = []
    value_cols: dict[str, list[Any]] = {k: [] for k in
                                        ("value_text", "value_check", "value_read")}
    from_cols: dict[str, list[Any]] = {k: [] for k in ("from_text", "from_check", "from_read")}
    rows = zip(doc_text, claims["span_start"], claims["span_end"], claims["value_start"],
               claims["value_end"], claims["value"], claims["value_high"],
               claims["from_start"], claims["from_end"], claims["from_value"], strict=True)
    for text, s0, s1, v0, v1, value, high, f0, f1, from_value in rows:
        a, b = _int(s0), _int(s1)
        ok = text is not None and a is not None and b is not None and 0 <= a <= b
        span_text.append(text[a:b] if ok else None)  # type: ignore[index]
        for cols, got in ((value_cols, _span_status(text, _int(v0), _int(v1), value, high)),
                          (from_cols, _span_status(text, _int(f0), _int(f1), from_value, None))):
            for key, item in zip(cols, got, strict=True):
                cols[key].append(item)
    out["span_text"] = pd.array(span_text, dtype="object")
    for cols in (value_cols, from_cols):
        for key, values in cols.items():
            out[key] = pd.Series(values, dtype="float64" if key.endswith("read") else "object",
                                 index=claims.index)
    return out


def _difference(found: str | None, want: str | None) -> str | None:
    """Where two texts first differ, shortly, for the report."""
    if found is None or want is None or found == want:
        return None
    at = next((i for i, (x, y) in enumerate(zip(found, want, strict=False)) if x != y),
              min(len(found), len(want)))
    return (f"at char {at}: source {found[max(0, at - 10): at + 20]!r}, "
            f"document {want[max(0, at - 10): at + 20]!r}")


def derive_occurrences(occurrences: pd.DataFrame, documents: pd.DataFrame,
                       sources: SourceFiles | None) -> pd.DataFrame:
    """Document membership, and (with sources) the source file's hash and the document
    text as read back from the file at the occurrence's offsets."""
    texts = _doc_texts(documents)
    out = occurrences.copy()
    doc_text = [texts.get(d) if isinstance(d, str) else None for d in occurrences["doc_id"]]
    out["doc_id_in_documents"] = [t is not None for t in doc_text]
    out["document_text"] = pd.array(doc_text, dtype="object")
    if sources is None:
        return out
    names = [s if isinstance(s, str) else None for s in occurrences["source"]]
    out["source_found"] = [n is not None and sources.text(n) is not None for n in names]
    out["source_sha256_found"] = pd.array(
        [sources.sha256(n) if n else None for n in names], dtype="object")
    read_back: list[str | None] = []
    for name, a, b, enc in zip(names, occurrences["char_start"], occurrences["char_end"],
                               occurrences["encoding"], strict=True):
        file_text = sources.text(name) if name else None
        start, end = _int(a), _int(b)
        if (file_text is None or start is None or end is None or not 0 <= start <= end
                or enc not in ("raw", "json")):
            read_back.append(None)  # judged by source.found, non_negative, ordered, in_domain
            continue
        piece = decode_slice(file_text[start:end], enc)
        read_back.append(piece if piece is not None else f"<not a {enc} string>")
    out["source_text"] = pd.array(read_back, dtype="object")
    out["text_difference"] = [_difference(f, w) for f, w in zip(read_back, doc_text, strict=True)]
    return out


def derive_rejects(rejects: pd.DataFrame, sources: SourceFiles | None) -> pd.DataFrame:
    """The source file's hash, where the source can be found."""
    out = rejects.copy()
    if sources is not None:
        out["source_sha256_found"] = pd.array(
            [sources.sha256(s) if isinstance(s, str) else None for s in rejects["source"]],
            dtype="object")
    return out
