from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils.translation import gettext_lazy as _


def normalise_email(email: str) -> str:
    """The one spelling of an email address that log-in, sign-up and login throttling all use.

    >>> normalise_email(" Victim@Example.ORG ")
    'victim@example.org'
    """
    return email.strip().lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalise_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields):
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields):
        fields.update(is_staff=True, is_superuser=True, role=User.Role.ADMIN)
        return self._create_user(email, password, **fields)

    def get_by_natural_key(self, username):
        # Emails are stored normalised (User.save), so every spelling finds the one account.
        return self.get(email=normalise_email(username))


class User(AbstractUser):
    """A person who logs in by email: an applicant, a recruiter or an admin."""

    class Role(models.TextChoices):
        APPLICANT = "applicant", _("Applicant")
        RECRUITER = "recruiter", _("Recruiter")
        ADMIN = "admin", _("Admin")

    username = None
    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.APPLICANT)
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)
    # The language switcher's last choice ("" before any): the pages after logging in, and every email.
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    def save(self, *args, **kwargs) -> None:
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @classmethod
    def normalize_username(cls, username: str) -> str:
        # Forms (the admin's) validate uniqueness on the normalised spelling: no "Ana@x.org" beside "ana@x.org".
        return normalise_email(super().normalize_username(username))

    @property
    def email_language(self) -> str:
        """The language emails to this person are written in: their choice, else the site's default."""
        return self.preferred_language or settings.LANGUAGE_CODE

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return (self.full_name.split() or [self.email])[0]

    @property
    def is_applicant(self) -> bool:
        return self.role == self.Role.APPLICANT and not self.is_staff

    @property
    def is_recruiter(self) -> bool:
        return self.role == self.Role.RECRUITER

    @property
    def is_admin(self) -> bool:
        return self.is_staff


class Session(AbstractBaseSession):
    """A session with the id of the person logged in to it (Django's database sessions plus ``user``), so
    that a person's sessions are found by an index, not by decoding every session (erasure)."""

    # No database constraint: a request may still save the session of an account deleted meanwhile. Deleting
    # a user deletes their sessions all the same (Django's cascade).
    user = models.ForeignKey(
        User,
        verbose_name=_("user"),
        null=True,
        on_delete=models.CASCADE,
        db_constraint=False,
        related_name="sessions",
    )

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    @classmethod
    def get_session_store_class(cls):
        from .sessions import SessionStore

        return SessionStore
