"""Small integers for what decides a criterion, so that the scorer's per-vacancy caches are looked
up by an int, not by hashing a nested tuple once per pair.

Pure: no Django. ``case_id`` numbers signatures (a degree, a set of language levels); equal
signatures get the same id while it is remembered, and an id is never given to another signature,
so forgetting only costs a cache miss later. ``competency_code`` writes rungs in unary, one 8-bit
slot per competency, so that ``claimed & required`` is min(claimed, required) for every competency
at once (see ``competency_code`` for an example).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Hashable, Iterable, Mapping

# Distinct signatures remembered before starting again (a long-running worker sees new ones forever).
CASE_ID_LIMIT = 200_000
# Bits per competency slot: rungs above this are written as this (no ladder has more than 7 rungs).
RUNG_BITS = 8
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


def competency_code(rungs: Mapping[str, int]) -> int | None:
    """Each competency's rung in unary in its own slot; None when a rung is not a whole number >= 0
    or a competency gets no slot.

    Unary turns min into AND: rung 3 is 0b111, rung 5 is 0b11111, and 0b111 & 0b11111 is rung 3.

    >>> code = competency_code({"Teamwork": 3})
    >>> claimed_rungs(code & required_code([("Teamwork", 2)]), [("Teamwork", 2)])
    (2,)
    """
    code = 0
    for name, rung in rungs.items():
        slot = _slot(name)
        if slot is None or type(rung) is not int or rung < 0:
            return None
        code |= ((1 << min(rung, RUNG_BITS)) - 1) << (slot * RUNG_BITS)
    return code


def required_code(competencies: Iterable[tuple[str, int]]) -> int | None:
    """A vacancy's (name, rung) in unary; None when a rung is not a whole number from 1 to RUNG_BITS
    or a competency gets no slot."""
    code = 0
    for name, rung in competencies:
        slot = _slot(name)
        if slot is None or type(rung) is not int or not 1 <= rung <= RUNG_BITS:
            return None
        code |= ((1 << rung) - 1) << (slot * RUNG_BITS)
    return code


def claimed_rungs(code: int, competencies: Iterable[tuple[str, int]]) -> tuple[int, ...]:
    """Per (name, rung required): min(rung claimed, rung required), read from claimed & required
    (``required_code`` gave every name a slot)."""
    # min() again: a name listed twice with two rungs shares one slot, written with the higher rung.
    return tuple(
        [
            min(((code >> _slots[name] * RUNG_BITS) & _RUNG_MASK).bit_count(), rung)
            for name, rung in competencies
        ]
    )
