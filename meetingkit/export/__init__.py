"""Writers of the full written summaries (DOCX, Markdown, HTML) and the outline they share."""
