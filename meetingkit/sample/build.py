"""Writing the built-in sample event (the Barcelona meeting) into a new event file."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from meetingkit.assistant.session import draft_session
from meetingkit.attach import attach_bytes
from meetingkit.core.errors import UserError
from meetingkit.core.model import Role
from meetingkit.core.quickentry import parse
from meetingkit.sample import assets
from meetingkit.sample.content import (
    SAMPLE_DAYS,
    SAMPLE_EVENT,
    SAMPLE_FOCUS_AREAS,
    SAMPLE_SESSIONS,
    SAMPLE_SLIDES,
    SampleSession,
)
from meetingkit.sample.people import SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE
from meetingkit.store.eventstore import EventStore


def _people(session: SampleSession) -> list[tuple[str, Role]]:
    people: list[tuple[str, Role]] = []
    if session.moderator:
        people.append((session.moderator, Role.MODERATOR))
    people += [(name, Role.SPEAKER) for name in session.speakers]
    if session.rapporteur:
        people.append((session.rapporteur, Role.RAPPORTEUR))
    return people


def _fill(store: EventStore) -> None:
    event = SAMPLE_EVENT
    store.update_event(
        subtitle=event.subtitle,
        venue=event.venue,
        city=event.city,
        organisers=event.organisers,
        languages=event.languages,
        description=event.description,
        conclusions=event.conclusions,
        timezone="Europe/Madrid",
    )
    days = store.days()
    for sample_day in SAMPLE_DAYS:
        store.update_day(
            days[sample_day.index - 1].id, theme=sample_day.theme, description=sample_day.description
        )
    for org in SAMPLE_ORGANISATIONS:
        store.add_organisation(org.name, kind=org.kind, country=org.country)
    for person in SAMPLE_PEOPLE:
        store.add_person(
            person.name, organisation=person.organisation, title=person.title, email=person.email
        )
    for area in SAMPLE_FOCUS_AREAS:
        store.add_focus_area(area)

    session_ids: dict[str, str] = {}
    organiser_author = store.author
    for sample in SAMPLE_SESSIONS:
        session = store.add_session(
            days[sample.day - 1].id,
            sample.title,
            start=sample.start_time,
            end=sample.end_time,
            room=sample.room,
            format=sample.format,
            questions=sample.questions,
            summary=sample.summary,
            people=_people(sample),
        )
        session_ids[sample.title] = session.id
        # Each session's notes are signed by its rapporteur, as they would be in real files.
        store.author = sample.rapporteur or organiser_author
        for sample_item in sample.items:
            entry = parse(sample_item.line)
            action = entry.action_fields()
            if action is not None:
                action = replace(action, status=sample_item.status)
            synergy = entry.synergy_fields()
            if synergy is not None and sample_item.theme:
                synergy = replace(synergy, theme=sample_item.theme)
            store.add_item(
                session.id,
                entry.text,
                tags=entry.tags,
                action=action,
                synergy=synergy,
                speaker=entry.speaker(),
                captured_at=sample.captured_at(sample_item),
            )
        store.author = organiser_author

    # Sessions the rapporteurs left without a summary get the assistant's draft, stored unreviewed.
    snapshot = store.snapshot()
    for session in snapshot.sessions:
        if not session.summary.strip():
            store.save_summary_draft(draft_session(snapshot, session))

    for spec, data in assets.make_photos():
        attach_bytes(
            store,
            data,
            spec.filename,
            session_id=session_ids.get(spec.session) if spec.session else None,
            caption=spec.caption,
            credit=spec.credit,
            selected=spec.selected,
            consent=spec.consent,
        )
    slides = SAMPLE_SLIDES
    attach_bytes(
        store,
        assets.make_slides_pdf(),
        slides.filename,
        session_id=session_ids.get(slides.session),
        caption=slides.caption,
        credit=slides.credit,
    )


def write_sample(path: Path, *, author: str | None = None) -> Path:
    """Write the sample event to `path` (refusing to overwrite); built aside and renamed when complete."""
    path = Path(path)
    if path.exists():
        raise UserError(f"{path.name} already exists; choose another name for the sample event.")
    if not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK):
        raise UserError(f"Cannot create {path.name}: its folder is read-only.")
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass  # os.access can be wrong (network shares, ACLs): EventStore.create then says why in one sentence
    store = EventStore.create(
        partial,
        title=SAMPLE_EVENT.title,
        start=SAMPLE_EVENT.start,
        end=SAMPLE_EVENT.end,
        author=author if author is not None else "Event secretariat",
    )
    try:
        with store.batch():
            _fill(store)
    except BaseException:
        store.close()
        partial.unlink(missing_ok=True)
        raise
    store.close()
    os.replace(partial, path)
    return path
