"""Libraries the window's first uses need, imported on a pool thread at a pause after launch.

At launch they would delay the first window; at first use (a page, the first preview, a draft) they would
stall it. Only modules without Qt classes are imported off the window's thread.
"""

from __future__ import annotations

import importlib

# The pack and the documents (Outcomes), Pillow (Media), Markdown (previews, notes with emphasis), the
# assistant (Draft and Suggestions tabs), and the replication library: opening and reading an event do not
# import it, the first saved note does (its Yjs update; ~40 ms, anyio with it).
FIRST_USE_MODULES = (
    "pycrdt",
    "meetingkit.export.markdown_pipeline",
    "meetingkit.export.pack",
    "meetingkit.media.images",
    "meetingkit.assistant.session",
    "meetingkit.assistant.review",
    "meetingkit.assistant.suggestions",
)


def import_first_use_modules() -> int:
    """Import them (a no-op for those already imported); how many there are."""
    for name in FIRST_USE_MODULES:
        importlib.import_module(name)
    return len(FIRST_USE_MODULES)
