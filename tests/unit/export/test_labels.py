"""Fixed labels exist in every language and dates come out the way each language writes them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from support.dates import assert_same_range

from meetingkit.core.errors import UserError
from meetingkit.core.model import ActionStatus, Horizon, Role
from meetingkit.export.labels import LANGUAGES, labels_for


def test_every_language_fills_every_label() -> None:
    for language in LANGUAGES:
        labels = labels_for(language)
        for f in dataclasses.fields(labels):
            assert getattr(labels, f.name), f"{language}: {f.name} is empty"


def test_french_and_spanish_are_translated_not_copied() -> None:
    en, fr, es = (labels_for(x) for x in ("en", "fr", "es"))
    differing = [f.name for f in dataclasses.fields(en) if getattr(en, f.name) != getattr(fr, f.name)]
    assert {"contents", "roadmap", "conclusions", "key_points"} <= set(differing)
    assert (fr.roadmap, es.roadmap) == ("Feuille de route", "Hoja de ruta")
    assert (fr.horizon_name(Horizon.SHORT), es.horizon_name(Horizon.LONG)) == ("Court terme", "Largo plazo")
    assert es.status_name(ActionStatus.DONE) == "Realizada"
    assert fr.role_name(Role.SPEAKER, 2) == "Intervenants"


@pytest.mark.parametrize(
    ("language", "same_month", "two_months", "two_years"),
    [
        ("en", "12–14 September 2024", "30 September – 2 October 2024", "30 December 2024 – 2 January 2025"),
        ("fr", "12–14 septembre 2024", "30 septembre – 2 octobre 2024", "30 décembre 2024 – 2 janvier 2025"),
        (
            "es",
            "12–14 de septiembre de 2024",
            "30 de septiembre – 2 de octubre de 2024",
            "30 de diciembre de 2024 – 2 de enero de 2025",
        ),
    ],
)
def test_date_ranges_spell_months_out(
    language: str, same_month: str, two_months: str, two_years: str
) -> None:
    labels = labels_for(language)
    assert_same_range(labels.date_range(dt.date(2024, 9, 12), dt.date(2024, 9, 14)), same_month)
    assert_same_range(labels.date_range(dt.date(2024, 9, 30), dt.date(2024, 10, 2)), two_months)
    assert_same_range(labels.date_range(dt.date(2024, 12, 30), dt.date(2025, 1, 2)), two_years)


def test_one_day_event_is_one_date() -> None:
    assert labels_for("fr").date_range(dt.date(2024, 9, 12), dt.date(2024, 9, 12)) == "12 septembre 2024"


def test_day_lines_carry_a_capitalised_weekday() -> None:
    assert labels_for("fr").date_full(dt.date(2024, 9, 12)) == "Jeudi 12 septembre 2024"
    assert labels_for("es").date_full(dt.date(2024, 9, 12)) == "Jueves, 12 de septiembre de 2024"


def test_lists_are_joined_in_the_language() -> None:
    assert labels_for("en").join(["A", "B", "C"]) == "A, B and C"
    assert labels_for("es").join(["A", "B"]) == "A y B"


def test_regional_variants_fall_back_to_the_base_language() -> None:
    assert labels_for("fr-CA").language == "fr"
    assert labels_for("es_MX").language == "es"


def test_unknown_language_lists_the_available_ones() -> None:
    with pytest.raises(UserError) as error:
        labels_for("de")
    assert "'de'" in str(error.value) and "en, fr, es" in str(error.value)
