"""Data files shipped with meetingkit (templates, icons, schema, translations), found via importlib.resources."""
