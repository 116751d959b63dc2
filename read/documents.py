"""Source records to documents and occurrences: one document per distinct text."""

from __future__ import annotations

from benchclaims.schema import Document, Occurrence

from .records import SourceRecord, doc_id_of

_META_FIELDS = ("title", "authors", "organisation", "published", "upvotes")
_BITS = {key: 1 << i for i, key in enumerate(_META_FIELDS)}


class DocumentCollector:
    """Deduplicates records by text; the first occurrence defines the document, and
    fields it lacks are filled from later occurrences (kept as patches, so documents
    can be written out as soon as they are first seen)."""

    def __init__(self) -> None:
        self._known: dict[str, int] = {}  # doc_id -> bit mask of the fields it has
        self.patches: dict[str, dict[str, object]] = {}

    def add(self, rec: SourceRecord) -> tuple[Document | None, Occurrence]:
        """The occurrence of a record, and its document if this is the first sighting."""
        doc_id = doc_id_of(rec.text)
        fields = {"title": rec.title, **rec.meta}
        occurrence = Occurrence(
            doc_id=doc_id,
            source=rec.source,
            source_sha256=rec.source_sha256,
            record=rec.record,
            record_id=rec.record_id,
            char_start=rec.char_start,
            char_end=rec.char_end,
            encoding=rec.encoding,
        )
        present = {k: v for k, v in fields.items() if v is not None and k in _BITS}
        mask = 0
        for key in present:
            mask |= _BITS[key]
        known = self._known.get(doc_id)
        if known is None:
            self._known[doc_id] = mask
            return Document(doc_id=doc_id, text=rec.text, **present), occurrence  # type: ignore[arg-type]
        if mask & ~known:
            self._known[doc_id] = known | mask
            for i, key in enumerate(_META_FIELDS):
                if mask & ~known & (1 << i):
                    self.patches.setdefault(doc_id, {})[key] = present[key]
        return None, occurrence
