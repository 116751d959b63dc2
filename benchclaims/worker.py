"""What an extraction worker runs: the claims of documents as plain tuples.

Importing this module imports the extractor and warms it up (one extraction compiles
its lazily built patterns): the forkserver of `benchclaims.processes` does that once
for all the workers it forks."""

from __future__ import annotations

from benchclaims.extract.extractor import extract_claims_safely
from benchclaims.schema import CLAIM_COLUMNS

from .processes import ClaimRow

_WARM_UP = (
    "On the COCO benchmark, our model achieves 45.3 mAP and a top-1 accuracy of 81.2% "
    "on ImageNet, outperforming ResNet-50 by 2.1 points; it improves BLEU from 27.3 to "
    "29.8 and is 3.5x faster, with scores of 71.2, 65.4 and 80.1 on MMLU, GSM8K and "
    "HumanEval, respectively."
)


def claim_rows(docs: list[tuple[str, str]]) -> list[ClaimRow]:
    """Claims of (doc_id, text) pairs as tuples. Tuples pickle small and fast, and a
    worker that builds no Arrow arrays never imports pandas (pyarrow does on first
    conversion: about 40 MB per process)."""
    return [
        tuple(getattr(c, key) for key in CLAIM_COLUMNS)
        for doc_id, text in docs
        for c in extract_claims_safely(doc_id, text)
    ]


claim_rows([("warm-up", _WARM_UP)])
