"""At the venue: a relay on the organiser's laptop that rapporteurs' copies sync with, live (issue 17)."""
