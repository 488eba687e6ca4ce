"""The demo data: its pipeline is history, so starting the app emails nobody about it."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from applications.models import StageChange

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_demo_pipeline_emails_nobody(settings):
    # Found trying `make run` again: the worker's first act was to email alice a receipt and "Under review" for
    # the demo's own history, before anyone had done anything.
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    call_command("load_demo", "--candidates", "12", "--password", "demo-password-2026", stdout=io.StringIO())
    assert StageChange.objects.filter(application__candidate__user__email="alice@example.org").exists()
    assert mail.outbox == []
    assert not StageChange.objects.to_email().exists()
