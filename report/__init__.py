"""Static review page of a release."""
