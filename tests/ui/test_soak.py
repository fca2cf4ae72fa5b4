"""A day of workshops in one sitting: the app must still be alive, and no bigger, at the end.

Three structures, a full-version session each (management answers together, ten team members
each in turn), then the results and the plan opened fifty times and worked on, all with the
keyboard through the real pages. Measured after a warm-up workshop: the calls made into Qt,
the references to None (issue 9: a binding that takes them away aborts Python) and the memory
the process holds.
"""

import sys
import time

import pytest

from tests.ui.workday import (
    NONE_IS_IMMORTAL,
    QtCallCounter,
    Workday,
    keep_none_alive,
    none_references,
    resident_bytes,
)

STRUCTURES = ("CHRS Les Tilleuls", "Accueil de jour Le Phare", "Pension de famille Les Mouettes")
PEOPLE = 10
VISITS = 50
MINIMUM_CALLS = 100_000
#: References to None the pages may legitimately take or give back over the day.
TOLERANCE = 30
LOST = (
    "None lost {0} references over {1} Qt calls: Python aborts (none_dealloc) once it has none left; "
    "this test only got this far thanks to the margin it holds"
)
#: Memory may grow this much after the warm-up (the store's cache, Qt's font and style caches).
GROWTH = 0.20


def test_the_counter_counts_calls_into_the_binding(qapp):
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    label, font = QLabel(), QFont()
    with QtCallCounter() as counter:
        for _ in range(100):
            label.setText("x")  # a method of a Qt object
            font.setBold(True)
            QDate.currentDate()  # a static method of a Qt class
            len("not Qt")
            "not Qt".upper()
    assert counter.calls == 300


def work_a_day(day: Workday, structures, people: int, visits: int, short: bool, log) -> None:
    for structure in structures:
        day.new_structure(structure)
        day.prepare_session(short=short)
        day.answer_together(len(day.structures))
        for person in range(people):
            day.answer_person(person)
        day.close_collection()
        day.browse_results(0)
        log(f"{structure}: collection closed")
    for visit in range(visits):
        day.open_results(structures[visit % len(structures)])
        day.browse_results(visit)
        day.open_plan()
        day.edit_plan(visit)
        if visit % 20 == 0:
            day.print_plan()
        day.back_to_results()
        if visit % 10 == 9:
            day.change_text_size()
            log(f"results and plan opened {visit + 1} times")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_day_of_workshops(qtbot, monkeypatch, tmp_path, no_real_dialogs, capsys, record_property):
    started = time.monotonic()

    def say(text: str) -> None:
        with capsys.disabled():  # the figures belong in the CI log, with or without -s
            print(f"\n[soak {time.monotonic() - started:6.1f} s] {text}", end="", flush=True)

    keep_none_alive()  # a leaking binding fails this test with its figures instead of aborting the run
    day = Workday(qtbot, monkeypatch, no_real_dialogs, tmp_path)
    day.open_window()
    # Warm-up: a short workshop, so that every page, cache and lazily loaded module is in place.
    work_a_day(day, ("Structure d’essai",), people=2, visits=6, short=True, log=lambda text: None)

    rss_start = resident_bytes()
    none_before = none_references()
    clock = time.monotonic()

    def log(text: str) -> None:
        drift = none_references() - none_before
        rss = resident_bytes()
        none = "None immortal" if NONE_IS_IMMORTAL else f"None {drift:+d}"
        say(f"{text}; {counter.calls} Qt calls, {none}" + (f", RSS {rss / 2**20:.0f} MiB" if rss else ""))
        if not NONE_IS_IMMORTAL and drift < -TOLERANCE:  # stop before even the margin is gone
            pytest.fail(f"{LOST.format(-drift, counter.calls)} ({text})")

    with QtCallCounter() as counter:
        work_a_day(day, STRUCTURES, people=PEOPLE, visits=VISITS, short=False, log=log)
    minutes = (time.monotonic() - clock) / 60
    none_drift = none_references() - none_before
    rss_end = resident_bytes()
    day.close_window()

    figures = {
        "qt_calls": counter.calls,
        "minutes": round(minutes, 2),
        "rss_start_mib": round(rss_start / 2**20, 1) if rss_start else None,
        "rss_end_mib": round(rss_end / 2**20, 1) if rss_end else None,
        "none_refcount_delta": None if NONE_IS_IMMORTAL else none_drift,
        "python": sys.version.split()[0],
    }
    for name, value in figures.items():
        record_property(name, value)
    say("figures: " + ", ".join(f"{name} {value}" for name, value in figures.items()) + "\n")

    assert counter.calls >= MINIMUM_CALLS, f"the day made only {counter.calls} Qt calls"
    if not NONE_IS_IMMORTAL:
        assert none_drift >= -TOLERANCE, LOST.format(-none_drift, counter.calls)
    if rss_start and rss_end:
        assert rss_end <= rss_start * (1 + GROWTH), (
            f"memory grew from {rss_start / 2**20:.0f} MiB to {rss_end / 2**20:.0f} MiB over the day"
        )
