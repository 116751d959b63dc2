"""The one place great-expectations is imported: analytics off, no progress bars.

Importing GX takes seconds, so the rest of the package imports this module only
inside the functions that validate; `benchclaims --help` stays fast."""

from __future__ import annotations

import os

os.environ["GX_ANALYTICS_ENABLED"] = "false"

import great_expectations as gx  # noqa: E402
import great_expectations.expectations as gxe  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402
from great_expectations.expectations.metadata_types import FailureSeverity  # noqa: E402

__all__ = ["FailureSeverity", "gx", "gxe", "new_context"]


def new_context() -> gx.data_context.AbstractDataContext:
    """A fresh in-memory context: nothing is written to disk, no state survives a run."""
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context
