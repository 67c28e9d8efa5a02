"""Qt item models: thin adapters over store queries, kept in step with the document's signals."""
