"""Small integers for what decides a criterion, so that the scorer's per-vacancy caches are looked
up by an int, not by hashing a nested tuple once per pair.

Pure: no Django. ``case_id`` numbers signatures (a degree, a set of language levels); equal
signatures get the same id while it is remembered, and an id is never given to another signature,
so forgetting only costs a cache miss later. ``competency_code`` writes rungs in unary, one 16-bit
slot per competency (the rung claimed, then the rung backed by evidence: matching.claims), so that
``claimed & required`` is min(claimed, required) for every competency at once (see
``competency_code`` for an example).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Hashable, Iterable, Mapping

# Distinct signatures remembered before starting again (a long-running worker sees new ones forever).
CASE_ID_LIMIT = 200_000
# Bits per rung in a competency slot: rungs above this are written as this (no ladder has more than 7
# rungs). A slot holds two: the rung claimed, then the rung backed by evidence.
RUNG_BITS = 8
SLOT_BITS = 2 * RUNG_BITS
_RUNG_MASK = (1 << RUNG_BITS) - 1
# Competencies given a slot. Imports may name any competency: a code naming one more is None.
SLOTS_LIMIT = 256

_case_ids: dict[Hashable, int] = {}
_next_case_id = itertools.count()
# Competency name -> slot. Never forgotten: a slot must mean the same competency in every code.
_slots: dict[str, int] = {}
_slots_lock = threading.Lock()


def case_id(signature: Hashable) -> int:
    """The id of a signature: the same for equal signatures, never reused for another one."""
    found = _case_ids.get(signature)
    if found is None:
        if len(_case_ids) >= CASE_ID_LIMIT:
            _case_ids.clear()
        # next() on a count is atomic, so two threads never get the same id.
        found = _case_ids.setdefault(signature, next(_next_case_id))
    return found


def _slot(name: str) -> int | None:
    found = _slots.get(name)
    if found is None:
        with _slots_lock:
            if name not in _slots and len(_slots) < SLOTS_LIMIT:
                _slots[name] = len(_slots)
            found = _slots.get(name)
    return found


def competency_code(rungs: Mapping[str, int], backed: Mapping[str, int] | None = None) -> int | None:
    """Each competency's rung claimed, and the rung backed by evidence (0 when not in ``backed``), in
    unary in its own slot; None when a rung is not a whole number >= 0 or a competency gets no slot.

    Unary turns min into AND: rung 3 is 0b111, rung 5 is 0b11111, and 0b111 & 0b11111 is rung 3.

    >>> required = [("Teamwork", 2)]
    >>> claimed_and_backed(competency_code({"Teamwork": 3}, {"Teamwork": 1}) & required_code(required), required)
    [(2, 1)]
    """
    backed = backed or {}
    code = 0
    for name, rung in rungs.items():
        slot = _slots.get(name)
        if slot is None:
            slot = _slot(name)
        shown = backed.get(name, 0)
        if slot is None or type(rung) is not int or rung < 0 or type(shown) is not int or shown < 0:
            return None
        unary = ((1 << min(rung, RUNG_BITS)) - 1) | ((1 << min(shown, RUNG_BITS)) - 1) << RUNG_BITS
        code |= unary << (slot * SLOT_BITS)
    return code


def required_code(competencies: Iterable[tuple[str, int]]) -> int | None:
    """A vacancy's (name, rung) in unary, in both halves of the slot; None when a rung is not a whole
    number from 1 to RUNG_BITS or a competency gets no slot."""
    code = 0
    for name, rung in competencies:
        slot = _slot(name)
        if slot is None or type(rung) is not int or not 1 <= rung <= RUNG_BITS:
            return None
        code |= ((1 << rung) - 1) * (1 | 1 << RUNG_BITS) << (slot * SLOT_BITS)
    return code


def claimed_and_backed(code: int, competencies: Iterable[tuple[str, int]]) -> list[tuple[int, int]]:
    """Per (name, rung required): (min(rung claimed, rung required), min(rung backed, rung required)),
    read from claimed & required (``required_code`` gave every name a slot)."""
    found = []
    for name, rung in competencies:
        slot = code >> _slots[name] * SLOT_BITS
        # min() again: a name listed twice with two rungs shares one slot, written with the higher rung.
        have, shown = (slot & _RUNG_MASK).bit_count(), (slot >> RUNG_BITS & _RUNG_MASK).bit_count()
        found.append((have if have < rung else rung, shown if shown < rung else rung))
    return found
