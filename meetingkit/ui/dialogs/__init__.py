"""Dialogs: new event, session details, keyboard shortcuts, CSV imports, event settings, preferences."""
