"""benchclaims."""
