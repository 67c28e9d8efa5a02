"""The summary assistant: drafts of session summaries, day syntheses and event conclusions from the notes.

Offline and deterministic; extractive and rule-based. Every drafted sentence carries the ids of the notes
it came from (`meetingkit.core.drafts`), and `faithfulness.unsupported` checks its words against them.
"""
