"""``{{ reason|describe }}``: a stored reason (matching.reasons.Reason) in words, in the active language."""

from django import template

from matching.reasons import Reason, describe

register = template.Library()


@register.filter(name="describe")
def describe_filter(reason: Reason) -> str:
    return describe(reason)
