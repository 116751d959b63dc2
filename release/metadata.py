"""Facts about the published dataset, stated once for the card and the Croissant file."""

NAME = "benchclaims"
PRETTY_NAME = "benchclaims: quantitative benchmark claims from ML abstracts"
DESCRIPTION = (
    "Quantitative claims (scores, improvements, reductions, speed-ups) extracted by rules "
    "from machine-learning paper abstracts, each with a provenance span back to the exact "
    "characters of its source text."
)
URL = "https://github.com/benchclaims/benchclaims"
LICENSE = "cc-by-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
CITATION = (
    "@misc{benchclaims, title={benchclaims: quantitative benchmark claims from ML abstracts}, "
    "howpublished={\\url{https://github.com/benchclaims/benchclaims}}}"
)
DATE_PUBLISHED = "2026-11-22"
"""Date of the first release; set it when publishing a new one (kept fixed so that
rebuilding a release gives the same bytes)."""
