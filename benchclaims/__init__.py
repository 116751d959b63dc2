"""benchclaims: quantitative benchmark claims from ML paper abstracts."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("benchclaims")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
