"""Vocabulary files of the extractors (data, not code)."""
