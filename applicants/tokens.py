"""One-use links that prove an applicant can read the email address they signed up with."""

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class EmailVerificationTokenGenerator(PasswordResetTokenGenerator):
    """Like a password reset token, but keyed on ``email_verified_at`` and the address.

    Verifying sets ``email_verified_at``, which changes the hash: a used link stops working, and so
    does a link sent to an address the user has since changed.
    """

    key_salt = "applicants.tokens.EmailVerificationTokenGenerator"

    def _make_hash_value(self, user, timestamp: int) -> str:
        verified_at = (
            user.email_verified_at.replace(microsecond=0, tzinfo=None) if user.email_verified_at else ""
        )
        return f"{user.pk}{user.email}{verified_at}{timestamp}"


email_verification_token = EmailVerificationTokenGenerator()
