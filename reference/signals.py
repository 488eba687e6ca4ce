"""What this app tells the apps above it, which it must not import (README.md, "Layout")."""

from django.dispatch import Signal

# Reference data changed (language levels, competency ladders, member nations, default weights): parser
# and matcher read it, so matching.rescoring marks every open vacancy's scores stale and rescores them.
reference_changed = Signal()
