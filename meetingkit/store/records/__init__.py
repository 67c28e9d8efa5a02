"""The records of an event, one mixin of EventStore per kind of record (see eventstore.py)."""
