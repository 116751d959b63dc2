"""The dataset card (README.md with Hugging Face YAML front matter), generated from the
models, the built tables and the measured evaluation figures."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from benchclaims.schema import SCHEMA_VERSION, SCHEMAS, TABLES

from .metadata import CITATION, DESCRIPTION, LICENSE, PRETTY_NAME

_ORDER = ("claims", "documents", "occurrences", "rejects")


def _size_category(n: int) -> str:
    for limit, label in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < limit:
            return label
    return "n>10M"


def _front_matter(n_docs: int) -> str:
    lines = [
        "---",
        f'pretty_name: "{PRETTY_NAME}"',
        f"license: {LICENSE}",
        "language:",
        "- en",
        "task_categories:",
        "- token-classification",
        "tags:",
        "- information-extraction",
        "- scientific-text",
        "- benchmarks",
        "- provenance",
        "size_categories:",
        f"- {_size_category(n_docs)}",
        "configs:",
    ]
    for name in _ORDER:
        lines += [f"- config_name: {name}", f"  data_files: {name}.parquet"]
        if name == "claims":
            lines.append("  default: true")
    lines.append("---")
    return "\n".join(lines)


def _allowed(annotation: Any) -> str:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    for arg in [annotation, *args]:
        if typing.get_origin(arg) is typing.Literal:
            return ", ".join(f"`{v}`" for v in typing.get_args(arg))
    return ""


def column_dictionary() -> str:
    """One Markdown table per table: column, Arrow type, nullable, meaning."""
    parts = []
    for name in _ORDER:
        model, schema = TABLES[name], SCHEMAS[name]
        parts += [f"### `{name}`", "", "| column | type | null | meaning |", "|---|---|---|---|"]
        for field in schema:
            info = model.model_fields[field.name]
            allowed = _allowed(info.annotation)
            meaning = (info.description or "") + (f" One of {allowed}." if allowed else "")
            null = "yes" if field.nullable else "no"
            parts.append(f"| `{field.name}` | {field.type} | {null} | {meaning} |")
        parts.append("")
    return "\n".join(parts)


def _counts(folder: Path) -> dict[str, Any]:
    claims = pq.read_table(folder / "claims.parquet", columns=["claim_type", "doc_id"])
    by_type: dict[str, int] = {}
    for value in claims.column("claim_type").to_pylist():
        by_type[value] = by_type.get(value, 0) + 1
    return {
        "documents": pq.read_metadata(folder / "documents.parquet").num_rows,
        "occurrences": pq.read_metadata(folder / "occurrences.parquet").num_rows,
        "rejects": pq.read_metadata(folder / "rejects.parquet").num_rows,
        "claims": claims.num_rows,
        "by_type": dict(sorted(by_type.items())),
        "docs_with_claims": len(set(claims.column("doc_id").to_pylist())),
    }


def _figures(dev: dict[str, float], leaderboard: dict[str, float]) -> str:
    rows = [
        ("detection precision", dev["precision"]),
        ("detection recall", dev["recall"]),
        ("detection F1", dev["f1"]),
        ("value accuracy", dev["values"]),
    ]
    rows += [
        (f"{k} accuracy", dev[k])
        for k in (
            "type",
            "unit",
            "qualifier",
            "direction",
            "metric",
            "dataset",
            "subject",
            "baseline",
        )
    ]
    table = "\n".join(f"| {name} | {value:.3f} |" for name, value in rows)
    return (
        "On the development gold set (`data/gold/dev.jsonl`, scored as `ANNOTATION.md` "
        "defines; reproduce with `benchclaims eval --gold data/gold/dev.jsonl`):\n\n"
        "| measure | value |\n|---|---|\n" + table + "\n\n"
        f"Outside check: of {int(leaderboard['tuples']):,} Papers with Code leaderboard scores "
        f"stated in 594 arXiv abstracts (CLEF 2024 SimpleText SOTA?), "
        f"{leaderboard['found']:.1%} are extracted as claims with the right value; for "
        f"{leaderboard['dataset_and_metric']:.1%} of those the claim's dataset and metric also "
        "match the leaderboard's canonical names (token F1 ≥ 0.5), where the best any "
        "attachment from the score's own sentence could do is "
        f"{leaderboard['sentence_ceiling']:.1%} (the names are often not in it). Reproduce with "
        "`benchclaims eval --leaderboard data/eval/sota/leaderboard_scores_in_abstracts.jsonl`."
    )


_BODY = """
# {pretty}

{description}

Schema version {schema_version}, extractor version {version}.

## What a claim is

A claim is a number in an abstract that reports an outcome measured by the work: a
score, an improvement, a reduction, a speed-up, an error rate, a cost. Each row of
`claims` is keyed by the span of its primary number (`value_start`, `value_end`) in
`documents.text`, and has a type:

- `change`: a quantity moves from one value to another ("from 71.66 % to 76.94 %";
  `from_value` holds the old one);
- `delta`: a difference ("outperforms DPO by a clear margin of 15%");
- `result`: a level reached ("68.2% ImageNet-1K top-1 accuracy");
- `ratio`: a factor ("a geometric mean speedup of 1.84x"; "two orders of magnitude" = 100).

Set-up numbers (dataset and model sizes, hyper-parameters, counts of tasks), numbers in
names (GPT-4, CIFAR-10), years, citations and list markers are not claims. Every claim
carries `metric`, `dataset`, `subject` and `baseline` as written in its sentence, or null.

## How it was built

{counts_line}

1. The daily-papers listing dumps in `data/raw/` were read: one file with one abstract per
   line, four copied listing pages (title, abstract and a metadata block per paper).
2. Identical abstracts are one document (`doc_id` = first 16 hex digits of the SHA-1 of
   the verbatim text); every place an abstract stands is a row of `occurrences`, with the
   source file's SHA-256 and the character offsets of the text in it.
3. Claims were extracted by the rules of `benchclaims` {version}: a number grammar, claim
   rules with their own positive and negative examples, and attachment of metric, dataset,
   subject and baseline from the sentence. Offsets are Python character offsets into the
   verbatim `documents.text`; `text[span_start:span_end] == claim_text`.
4. The tables were checked with a Great Expectations suite (`validation/` holds the
   report) and written as zstd-compressed Parquet with the schema and extractor versions
   in their key-value metadata. `SHA256SUMS` lists every file; `schema/` holds the JSON
   Schema of each table; `croissant.json` describes the tables in MLCommons Croissant;
   `report.html` shows every claim highlighted in its abstract.

Rebuild byte for byte with `make build` (or `benchclaims build`) from the project.

## Evaluation

{figures}

## Columns

{columns}
## Loading

DuckDB:

```python
import duckdb

duckdb.sql(
    "SELECT claim_type, count(*) AS n FROM 'data/release/claims.parquet' "
    "GROUP BY claim_type ORDER BY n DESC"
).show()
```

pandas (claims with their abstracts):

```python
import pandas as pd

claims = pd.read_parquet("data/release/claims.parquet")
docs = pd.read_parquet("data/release/documents.parquet")
merged = claims.merge(docs[["doc_id", "title", "text"]], on="doc_id")
print(merged[["title", "claim_text", "value", "unit", "metric", "dataset"]].head())
```

Hugging Face `datasets` (one config per table):

```python
from datasets import load_dataset

claims = load_dataset("parquet", data_files="data/release/claims.parquet", split="train")
print(claims[0]["claim_text"], claims[0]["value"])
```

## Known limitations

- Rules, not a learned model: wording outside the patterns is missed, and field
  attachment (metric, dataset, subject, baseline) looks only at the claim's sentence, so a
  dataset named in the previous sentence is not attached.
- Values are as written: no unit conversion, and an error rate and an accuracy are both
  plain `%` values; `direction` follows the wording ("improves FID from 2.77 to 2.68" is
  `up`), not whether the number went up.
- The development gold set is small ({gold_claims} claims); the figures above have wide
  error bars. Model sizes ("5.3M parameters") are never claims, by definition.
- Abstracts are quoted verbatim, including their typos and LaTeX remnants.

## Citation

```bibtex
{citation}
```
"""


def write_card(
    folder: Path,
    version: str,
    dev: dict[str, float],
    leaderboard: dict[str, float],
    gold_claims: int,
) -> Path:
    """README.md of the release folder."""
    counts = _counts(folder)
    types = ", ".join(f"{n:,} {t}" for t, n in counts["by_type"].items())
    counts_line = (
        f"{counts['documents']:,} distinct abstracts in {counts['occurrences']:,} occurrences "
        f"({counts['rejects']:,} rejected records); {counts['claims']:,} claims ({types}) in "
        f"{counts['docs_with_claims']:,} documents."
    )
    body = _BODY.format(
        pretty=PRETTY_NAME,
        description=DESCRIPTION,
        schema_version=SCHEMA_VERSION,
        version=version,
        counts_line=counts_line,
        figures=_figures(dev, leaderboard),
        columns=column_dictionary(),
        citation=CITATION,
        gold_claims=gold_claims,
    )
    path = folder / "README.md"
    path.write_text(_front_matter(counts["documents"]) + "\n" + body, encoding="utf-8")
    return path
