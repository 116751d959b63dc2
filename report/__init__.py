"""Static review page of a release: one self-contained HTML file, no server, no network.

`write_report` renders a release folder (optionally checked against a gold
file) to HTML; `main` is the `benchclaims report` command.
"""

from .build import write_report
from .cli import main
from .load import NotARelease, ReleaseError

__all__ = ["NotARelease", "ReleaseError", "main", "write_report"]
