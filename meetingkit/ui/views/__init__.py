"""The organiser and staff views: actions register, synergies, roadmap, participants, media library, outcomes."""
