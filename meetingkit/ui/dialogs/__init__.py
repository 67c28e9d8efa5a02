"""Dialogs: new event, session details, keyboard shortcuts."""
