"""The web article reads like the news piece organisers post: lead facts, a paragraph a day, roadmap, links."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from meetingkit.core.model import ActionFields, ActionStatus, AttachmentKind, EventSnapshot
from meetingkit.export.article import (
    Article,
    article_html,
    article_markdown,
    build_article,
    first_sentence,
    write_article,
)
from meetingkit.export.outline import ExportOptions

from .conftest import build_snapshot, item
from .test_html_writer import Page
from .test_markdown_safe import live_links_are_safe


def pack_links(attachment: object) -> str:
    return "presentations/" + getattr(attachment, "filename", "")


@pytest.fixture
def article(snapshot: EventSnapshot) -> Article:
    return build_article(
        snapshot,
        ExportOptions(link_for=pack_links),
        summaries_href="full-written-summaries.docx",
        photos_href="photos/",
    )


def test_lead_says_who_what_where_when_and_how_many(article: Article) -> None:
    assert article.title == "UCLG and Metropolis: Connecting with a world of learners"
    assert article.lead == (
        "UCLG and Metropolis organised “UCLG and Metropolis: Connecting with a world of learners” at "
        "Casa Llotja de Mar, Barcelona, from 12 to 14 September 2024. "
        "The meeting brought together 6 participants."
    )
    assert article.context == "City leaders, partners and networks met to plan their agendas on learning."


def test_one_paragraph_per_day_from_themes_and_the_days_synthesis(article: Article) -> None:
    assert len(article.days) == 3
    day1, day2, day3 = article.days
    assert day1.startswith(
        "On Thursday, 12 September 2024, day 1 focused on “How are networks and cities learning?”"
    )
    # The day's key issues, ranked by the summary assistant from the notes, cleaned of their Markdown.
    assert "Peer learning works best with small groups." in day1
    assert "Plain note with code and a list: one; nested; two." in day1
    assert "**" not in day1 and "](" not in day1 and "`" not in day1
    # A single speaker is named with the session title (the keynote of day 2).
    assert "Tim Campbell presented “Smart Cities and beyond”." in day2
    assert day3.startswith("On Saturday, 14 September 2024, day 3 focused on “Synergies and next steps”.")


def test_a_day_without_theme_or_summaries_lists_its_sessions() -> None:
    snap = build_snapshot()
    days = tuple(dataclasses.replace(d, theme="") for d in snap.days)
    sessions = tuple(dataclasses.replace(s, summary="", people=()) for s in snap.sessions)
    bare = dataclasses.replace(snap, days=days, sessions=sessions)
    article = build_article(bare)
    assert article.days[1] == (
        "Day 2 took place on Friday, 13 September 2024. "
        "The programme included “Smart Cities and beyond” and “Building the roadmap”."
    )


def test_without_conclusions_the_step_forward_lists_the_open_actions() -> None:
    # Strategic actions (with a horizon) are the roadmap's; the step forward is the other open actions.
    circulate = item(
        "i11",
        "s4",
        3,
        "Circulate the **calendar**",
        "action",
        action=ActionFields("UCLG", dt.date(2024, 10, 1)),
    )
    done = item("i12", "s4", 4, "Book the rooms", "action", action=ActionFields(status=ActionStatus.DONE))
    snap = build_snapshot(conclusions="")
    article = build_article(dataclasses.replace(snap, items=(*snap.items, circulate, done)))
    assert article.conclusions == ""
    assert article.step_forward == ("Circulate the calendar (owner: UCLG; due: 1 October 2024).",)
    text = article_markdown(article)
    assert (
        "As a step forward, the sessions noted these next steps:\n\n- Circulate the calendar (owner" in text
    )
    # Organisers' own conclusions replace the drafted step forward.
    assert build_article(build_snapshot()).step_forward == ()


def test_roadmap_is_a_short_list_of_focus_areas_by_horizon(article: Article) -> None:
    assert [(g.horizon, g.entries) for g in article.roadmap] == [
        ("Short term", ("Facilitate peer learning", "Communication and visibility")),
        ("Long term", ("Research",)),
    ]


def test_roadmap_is_not_repeated_when_the_conclusions_already_set_it_out() -> None:
    snap = build_snapshot(
        conclusions="Short term: Facilitate peer learning, Communication and visibility. Later: Research."
    )
    assert build_article(snap).roadmap == ()


def test_more_information_links_to_the_outcomes(article: Article) -> None:
    assert [(link.text, link.href) for link in article.links] == [
        ("Full written summaries of all the sessions", "full-written-summaries.docx"),
        ("Selected photos", "photos/"),
        (
            "Tim Campbell’s presentation on “Smart Cities and beyond”",
            "presentations/Smart Cities and beyond.pdf",
        ),
    ]


def test_markdown_has_the_shape_of_the_seed_text(article: Article) -> None:
    text = article_markdown(article)
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "# UCLG and Metropolis: Connecting with a world of learners"
    assert blocks[1] == article.lead
    assert blocks[3:6] == list(article.days)
    assert "**Short term**\n\n- Facilitate peer learning\n- Communication and visibility" in text
    assert "Both organisations agreed to:\n\n- precise the learning strategy\n- involve more partners" in text
    assert blocks[-2] == "For more information, find the outcomes of the meeting here:"
    assert blocks[-1].split("\n") == [
        "- [Full written summaries of all the sessions](full-written-summaries.docx)",
        "- [Selected photos](photos/)",
        "- [Tim Campbell’s presentation on “Smart Cities and beyond”](presentations/Smart%20Cities%20and%20beyond.pdf)",
    ]


def test_html_page_and_fragment(article: Article) -> None:
    page = Page(article_html(article))
    assert page.texts("h1") == [article.title]
    paragraphs = page.texts("p")
    assert paragraphs[0] == article.lead
    assert all(day in paragraphs for day in article.days)
    assert [a["href"] for a in page.attrs("a")][:2] == ["full-written-summaries.docx", "photos/"]
    assert not {t for t, _ in page.tags} & {"script", "img"}
    fragment = article_html(article, standalone=False)
    assert fragment.startswith('<article lang="en">') and "<html" not in fragment


def test_without_pack_links_the_outcomes_are_listed_as_text(snapshot: EventSnapshot) -> None:
    article = build_article(snapshot)
    assert all(link.href == "" for link in article.links)
    assert "](" not in article_markdown(article).split("For more information")[1]


def test_french_and_spanish_articles(snapshot: EventSnapshot) -> None:
    fr = build_article(snapshot, ExportOptions(language="fr"))
    assert fr.lead.startswith("UCLG et Metropolis ont organisé «\u00a0UCLG and Metropolis")
    assert "du 12 au 14 septembre 2024." in fr.lead and "La rencontre a réuni 6 participants." in fr.lead
    assert fr.days[0].startswith("Le jeudi 12 septembre 2024, le jour 1 a porté sur")
    assert fr.roadmap[0].horizon == "Court terme"
    assert fr.links[1].text == "Sélection de photos"
    es = build_article(snapshot, ExportOptions(language="es"))
    assert "del 12 al 14 de septiembre de 2024." in es.lead
    assert "El encuentro reunió a 6 participantes." in es.lead
    assert es.days[1].startswith("El viernes, 13 de septiembre de 2024, el día 2 se centró en")


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    snap = build_snapshot(
        title="<script>alert(1)</script>",
        description="<img src=x onerror=alert(1)> [x](javascript:alert(1)). Second.",
        conclusions="[click](javascript:alert(2)) <iframe src=x>",
    )
    article = build_article(snap)
    live_links_are_safe(article_html(article, standalone=False))
    md_path = write_article(article, tmp_path / "article.md")
    html_path = write_article(article, tmp_path / "article.html")
    assert md_path.read_text(encoding="utf-8").startswith("# &lt;script>alert(1)&lt;/script>")
    assert Page(html_path.read_text(encoding="utf-8")).texts("h1") == ["<script>alert(1)</script>"]


def test_first_sentence() -> None:
    assert first_sentence("Dr. Smith spoke first. Then others.") == "Dr. Smith spoke first."
    assert first_sentence("Networks met (e.g. Rosario). Next day.") == "Networks met (e.g. Rosario)."
    assert first_sentence("Only one") == "Only one"
    long = "word " * 200
    assert len(first_sentence(long)) <= 321 and first_sentence(long).endswith("…")


def test_presentations_without_a_single_speaker_use_their_file_name() -> None:
    snap = build_snapshot()
    attachments = tuple(
        dataclasses.replace(a, session_id=None) if a.kind is AttachmentKind.PRESENTATION else a
        for a in snap.attachments
    )
    article = build_article(dataclasses.replace(snap, attachments=attachments))
    assert article.links[-1].text == "Presentation: “Smart Cities and beyond”"
