"""Widgets of the main window: capture line, notes stream, inspector, search panel, preview, header."""
