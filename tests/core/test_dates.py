"""Dates typed the way people write them, in French or English."""
from __future__ import annotations

import datetime as dt

import pytest

from facilitator.dates import parse_date

TODAY = dt.date(2026, 11, 30)
JUNE_30 = dt.date(2027, 6, 30)


@pytest.mark.parametrize("text", [
    "2027-06-30", "2027/06/30", "30/06/2027", "30-06-2027", "30.06.2027", "30/6/27",
    "30 juin 2027", "30 JUIN 2027", "le 30 juin 2027", "mercredi 30 juin 2027",
    "June 30 2027", "June 30, 2027", "30 June 2027", "Jun 30 2027", "Wednesday, June 30, 2027",
    " 30 juin, 2027 ", "06/30/2027"])
def test_usual_forms(text):
    assert parse_date(text, TODAY) == JUNE_30


def test_french_ordinals_abbreviations_and_no_year():
    assert parse_date("1er juillet 2027", TODAY) == dt.date(2027, 7, 1)
    assert parse_date("3 févr. 2027", TODAY) == dt.date(2027, 2, 3)
    assert parse_date("3 fevrier 2027", TODAY) == dt.date(2027, 2, 3)
    assert parse_date("15 déc.", TODAY) == dt.date(2026, 12, 15)      # this year, still ahead
    assert parse_date("15 janvier", TODAY) == dt.date(2027, 1, 15)    # already past: next year
    assert parse_date("Aug 1st 2027", TODAY) == dt.date(2027, 8, 1)


@pytest.mark.parametrize("text", ["", "   ", "31 juin 2027", "2027-13-01", "demain peut-être",
                                  "30/30/2027", "juin", "99999"])
def test_what_is_not_a_date(text):
    assert parse_date(text, TODAY) is None
