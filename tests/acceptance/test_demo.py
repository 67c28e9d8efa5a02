"""`meetingkit demo` writes the Barcelona meeting faithfully, and its JSON round-trips identically."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import Run, assert_user_error


def test_demo_check_export_import_round_trip(run: Run, tmp_path: Path) -> None:
    run("demo", "x.meeting")
    report = run("check", "x.meeting").stdout
    assert report.strip().endswith("OK")
    run("export", "x.meeting", "--to", "json", "-o", "x.json")
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))

    event = data["event"]
    assert event["title"] == "UCLG and Metropolis: Connecting with a world of learners"
    assert (event["start_date"], event["end_date"]) == ("2017-09-12", "2017-09-14")
    assert event["organisers"] == ["UCLG", "Metropolis"]
    assert len(data["days"]) == 3
    assert 55 <= len(data["people"]) <= 65
    titles = {s["title"] for s in data["sessions"]}
    assert {
        "How are networks and cities learning?",
        "What is being learned?",
        "Who needs to learn?",
        "Smart Cities and beyond",
    } <= titles
    texts = " ".join(i["text"] for i in data["items"]).lower()
    assert "clouds of trust" in texts and "opening and partnering with others" in texts
    focus = {i["focus_area"] for i in data["items"] if "action" in i["tags"] and i["horizon"]}
    assert {
        "Facilitate peer learning",
        "Communication and visibility",
        "Knowledge management",
        "Brokering/Intermediation",
        "Research: Monitor and evaluate learning outcomes",
        "Joint efforts for resource mobilization",
    } <= focus
    synergies = [i for i in data["items"] if "synergy" in i["tags"]]
    assert any({"UCLG", "Metropolis"} <= set(s["parties"]) for s in synergies)
    kinds = [a["kind"] for a in data["attachments"]]
    assert kinds.count("photo") >= 8 and "presentation" in kinds
    assert any(a["selected"] for a in data["attachments"])

    run("import", "copy.meeting", "x.json")
    run("export", "copy.meeting", "--to", "json", "-o", "y.json")
    again = json.loads((tmp_path / "y.json").read_text(encoding="utf-8"))
    assert again == data


def test_demo_refuses_to_overwrite(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.meeting").write_text("precious", encoding="utf-8")
    assert_user_error(run("demo", "x.meeting", check=False), "already exists")
    assert (tmp_path / "x.meeting").read_text(encoding="utf-8") == "precious"
