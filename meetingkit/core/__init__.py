"""The domain: plain dataclasses, enums, validation, the quick-entry parser, text sanitising. Pure Python."""
