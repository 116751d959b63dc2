"""Write the review page of a release folder to a file."""

from __future__ import annotations

from pathlib import Path

from .gold import score
from .load import load_release
from .page import render_page


def write_report(release_dir: Path, out: Path | None = None, gold: Path | None = None) -> Path:
    """Render RELEASE_DIR's page (checked against GOLD if given) to OUT; return OUT.

    OUT defaults to RELEASE_DIR/report.html. The bytes depend only on the
    tables (UTF-8, '\\n' line ends, no dates, not even the folder's name), so
    the file can be committed with the release and rebuilt to check it.
    """
    release_dir = Path(release_dir)
    out = Path(out) if out is not None else release_dir / "report.html"
    release = load_release(release_dir)
    result = score(release, Path(gold)) if gold is not None else None
    html = render_page(release, result)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8", newline="\n")
    tmp.replace(out)
    return out
