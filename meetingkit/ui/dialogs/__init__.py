"""Dialogs: programme and participants import, event settings, preferences."""
