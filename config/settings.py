"""Vacancy Matcher settings: one file, driven by environment variables (see the README)."""

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


TRUE_WORDS, FALSE_WORDS = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    word = value.strip().lower()
    if word not in TRUE_WORDS | FALSE_WORDS:
        # A typo ("Ture") must not silently turn a setting off.
        raise ImproperlyConfigured(
            f"{name}={value!r} is neither true nor false: use one of true/false, yes/no, on/off, 1/0."
        )
    return word in TRUE_WORDS


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def env_rate(name: str, default: str) -> str:
    """A rate limit such as "10/h" (10 per hour) or "5/10m" (5 per 10 minutes)."""
    value = env(name, default).strip()
    if not re.fullmatch(r"[0-9]+/[0-9]*[smhd]", value):
        raise ImproperlyConfigured(f"{name}={value!r} is not a rate limit such as 10/h, 5/10m or 100/d.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# Core
# DEBUG defaults to on so that a fresh clone runs with zero setup; production sets DEBUG=False.
DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG=False.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The address links in emails start with. Unset, it follows PORT, the port `make run` serves on, so that the
# links of a local run reach it.
SITE_URL = env("SITE_URL", f"http://127.0.0.1:{env('PORT', '8000')}")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",  # its widget templates, for FORM_RENDERER below
    "django_htmx",
    "axes",
    "django_ratelimit",
    "csp",
    "template_partials",
    "config",
    "accounts",
    "reference",
    "vacancies",
    "candidates",
    "matching",
    "applications",
    "recruiting",
    "applicants",
    "board",
    "audit",
    "access",  # no models: installed for its catalogue (access/locale), the refusals people read
    "documents",  # likewise (documents/locale)
]

MIDDLEWARE = [
    # Outermost, so that every response carries the security headers, also the 400 Django answers for a bad
    # Host header from whichever middleware meets it first (config.middleware).
    "csp.middleware.CSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.SecurityHeadersOnEveryResponse",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language of each request: the switcher's cookie, else the browser's Accept-Language, else English
    # (after the sessions, before CommonMiddleware, as Django asks).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Everything needs a login except the pages in access.middleware.ANONYMOUS_ALLOWED.
    "access.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # A request past its rate limit gets the 429 page (access.ratelimits).
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes asks: it turns locked-out logins into a clear "too many attempts" answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

# Widgets render through TEMPLATES, so that templates/ can override one: the admin's date and time inputs get
# labels (templates/admin/widgets/split_datetime.html).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.navigation",
            ],
        },
    },
]

# Database
DATABASE_URL = env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")
# Health checks: a persistent connection broken by a database restart is replaced, not used for an error.
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    (BASE_DIR / "var").mkdir(exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: each process's own memory. It holds only what can be recomputed and is keyed by the state it was
# computed from (rendered shortlist rows, chart figures), so processes never need to agree on it; nothing
# that must be shared or invalidated (sessions, locks) lives here. Room for a few busy shortlists.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20_000)},
    },
    # Rate-limit counters must be shared by every process and machine: they live in the database, which
    # every process has (Redis may be missing in development). Room for many addresses before culling.
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "ratelimit_cache",  # config.models.RateLimitCounter creates it
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
}
# Answers kept per generation of a vacancy (the shortlist's table, page, counts and charts; My vacancies,
# recruiting.generations.kept) are also shared by the web processes when this names a Redis database (a
# cache apart from the broker's, e.g. redis://host:6379/2): each is then rendered once per generation in all
# of them, not once in each, which matters most while a rescoring runs (issue 16, point 10).
SHARED_CACHE_URL = env("SHARED_CACHE_URL", "")
if SHARED_CACHE_URL:
    CACHES["shared"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": SHARED_CACHE_URL,
        "KEY_PREFIX": "answers",
        # Unreachable, it is a miss (and a line in the log) after at most these seconds, not an error page.
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.5},
    }

# Accounts
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
# Database sessions that record who is logged in, so that erasing an account finds its sessions directly.
SESSION_ENGINE = "accounts.sessions"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # login throttling against password guessing
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"  # the login form's field, which holds the email
# Failures count against the email as the log-in looks it up, whatever its case or surrounding spaces.
AXES_USERNAME_CALLABLE = "accounts.throttling.login_identity"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", 0) or None
# Log-in records (who logged in or failed to, from where, when) are deleted this many days later (beat).
LOGIN_RECORD_DAYS = env_int("LOGIN_RECORD_DAYS", 90)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Rate limits (access.ratelimits): requests per person, or per address when not logged in; past the
# limit the request answers 429. Each is "N/period": 10/h, 5/10m, 100/d.
RATE_LIMITS = {
    "signup": env_rate("RATE_LIMIT_SIGNUP", "10/h"),  # per address
    "resend_verification": env_rate("RATE_LIMIT_RESEND_VERIFICATION", "5/h"),
    "cv_upload": env_rate("RATE_LIMIT_CV_UPLOAD", "20/h"),
    "document_upload": env_rate("RATE_LIMIT_DOCUMENT_UPLOAD", "30/h"),
    "notice_upload": env_rate("RATE_LIMIT_NOTICE_UPLOAD", "60/h"),
    "export": env_rate("RATE_LIMIT_EXPORT", "60/h"),
    "job_alert": env_rate("RATE_LIMIT_JOB_ALERT", "10/h"),  # each visitor's alert emails a confirmation
}
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_VIEW = "config.views.rate_limited"
RATELIMIT_IP_META_KEY = "access.ratelimits.client_ip"
SILENCED_SYSTEM_CHECKS = [
    # django-ratelimit wants memcached or django-redis. The database cache is shared by every process too;
    # its increments are not atomic, so requests arriving at the very same moment may pass a limit by a few.
    "django_ratelimit.E003",
    "django_ratelimit.W001",
]

# Internationalisation: English and French (README, "English and French"). The page templates' strings are in
# locale/, each app's Python strings in its own <app>/locale/; `make messages` extracts both.
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# 24-hour times in English as in French, the admin included (config/formats/en_GB/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
# The switcher's choice, for a year; signed-in people's is kept on their account too (accounts.User).
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
TIME_ZONE = env("TIME_ZONE", "Europe/Brussels")
USE_I18N = True
USE_TZ = True

# Static and uploaded files
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads live outside the static root and are only served through views that check access.
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Documents applicants attach to applications: a folder no URL serves, read only by views that check who
# asks (applications.attachments). Keep it out of MEDIA_ROOT and STATIC_ROOT, and back it up with the database.
DOCUMENTS_ROOT = Path(env("DOCUMENTS_ROOT", str(BASE_DIR / "var" / "documents")))
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 5 * 1024 * 1024)
# Characters of text a notice or CV sent through a page may hold (pasted or read from its file): the parse
# runs in the request, and is quick up to this (real notices hold under 20,000).
UPLOAD_MAX_TEXT_CHARS = env_int("UPLOAD_MAX_TEXT_CHARS", 100_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES
# A bulk import of candidates (JSON Lines, admin) is bigger than one document: 10,000 profiles are ~20 MB.
CANDIDATE_IMPORT_MAX_BYTES = env_int("CANDIDATE_IMPORT_MAX_BYTES", 50 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FILES = 3

# Email (console by default; SMTP when EMAIL_HOST is set)
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Vacancy Matcher <no-reply@localhost>")

# Security: on whenever DEBUG is off; the proxy header only when a TLS proxy sets it.
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_REFERRER_POLICY = "same-origin"
if env_bool("USE_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content security policy: our own static files only; no inline script. Inline style attributes
# (bar widths) are allowed, inline <style> and any other origin are not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Celery
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# No work is lost: a task is acknowledged only once done, and requeued if its worker dies.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A worker turns what is printed (the console email backend's emails) into log lines; `make run` keeps them
# printed, in the console where the web server prints its own (scripts/run_dev.sh).
CELERY_WORKER_REDIRECT_STDOUTS = env_bool("CELERY_WORKER_REDIRECT_STDOUTS", True)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240)
# Redis redelivers an unacknowledged task after this long: longer than any task may run.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 900)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_TASK_DEFAULT_QUEUE = "default"
# The reconciler goes to "default", never behind the chunks it looks after (an exact name wins over a glob).
CELERY_TASK_ROUTES = {
    "matching.tasks.reconcile_scoring_runs": {"queue": "default"},
    "matching.tasks.*": {"queue": "scoring"},
}
# A run about one candidate (a profile saved, an application, a decision on one pair) is sent to a queue of
# its own, never behind bulk work. Every scoring worker takes from it too, unless SCORING_URGENT_WORKER says
# that a worker of its own does (`-Q scoring-now` with WORKER_NICENESS=0: a person waits for it, so it runs
# at the web's priority rather than in the cycles left; README, "Running in production").
SCORING_URGENT_QUEUE = "scoring-now"
SCORING_URGENT_WORKER = env_bool("SCORING_URGENT_WORKER", False)
SCORING_RECONCILE_SECONDS = float(env_int("SCORING_RECONCILE_SECONDS", 15))
# The relevance criterion weighs a notice's terms by how few candidates use them (matching.pool), counted in a
# snapshot of the pool; a new one is taken (and everything rescored) once the pool has changed by this share.
TERM_POOL_REFRESH_SHARE = float(os.environ.get("TERM_POOL_REFRESH_SHARE", "0.2"))
CELERY_BEAT_SCHEDULE = {
    "close-expired-vacancies": {"task": "vacancies.tasks.close_expired_vacancies", "schedule": 3600.0},
    # Often, so that chunks in flight when a worker dies or Redis restarts empty go again within a minute;
    # a round not taken within its interval is dropped, not piled up behind a stopped worker.
    "reconcile-scoring-runs": {
        "task": "matching.tasks.reconcile_scoring_runs",
        "schedule": SCORING_RECONCILE_SECONDS,
        "options": {"expires": SCORING_RECONCILE_SECONDS},
    },
    "apply-retention": {"task": "accounts.tasks.apply_retention", "schedule": 24 * 3600.0},
    "refresh-term-pool": {"task": "matching.rescoring.refresh_term_pool_when_due", "schedule": 24 * 3600.0},
    "expire-login-records": {"task": "accounts.tasks.expire_login_records", "schedule": 24 * 3600.0},
    "forget-unconfirmed-job-alerts": {
        "task": "board.tasks.forget_unconfirmed_alerts",
        "schedule": 24 * 3600.0,
    },
    "send-missed-stage-emails": {
        "task": "applications.tasks.send_missed_stage_change_emails",
        "schedule": 300.0,
    },
}
# Workers' CPU priority, 0 (as the web) to 19 (lowest): pages first, background work in the cycles left.
WORKER_NICENESS = env_int("WORKER_NICENESS", 19)
# On Linux, workers also run in the idle scheduling class (SCHED_IDLE): the CPU only when no page wants it.
WORKER_SCHED_IDLE = env_bool("WORKER_SCHED_IDLE", True)
# While a scoring run writes a vacancy's results, its shortlist shows them about this many seconds late, at most
# twice that when no chunk follows (recruiting.generations; a person's own writes show at once, and a run's end
# at once too).
SHORTLIST_SCORES_REFRESH = env_int("SHORTLIST_SCORES_REFRESH", 5)
# Forced on at start-up in DEBUG when Redis cannot be reached (config.celery, see the README).
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True

# Applications
# The undo window of a stage change: the applicant is emailed once the stage has stayed the same this long.
# Tasks run in-process have no worker to send it later: then at once.
STAGE_EMAIL_DELAY_SECONDS = env_int("STAGE_EMAIL_DELAY_SECONDS", 0 if CELERY_TASK_ALWAYS_EAGER else 120)

# Public vacancy board: how long shared caches may keep a page a visitor (not logged in) reads.
BOARD_CACHE_SECONDS = env_int("BOARD_CACHE_SECONDS", 300)

# Matching
# Pairs a scoring task scores and writes in one transaction: about a second of a worker's time, so reading the
# chunk's vacancies, its commit and its task cost little a pair (bench/pipeline.py, issue 18).
SCORING_CHUNK_SIZE = env_int("SCORING_CHUNK_SIZE", 10000)
# A chunk's lease (matching.leases): renewed every third of it while a worker scores the chunk, so a dead
# worker's chunk is sent again within this plus a reconciler round.
SCORING_LEASE_SECONDS = env_int("SCORING_LEASE_SECONDS", 20)
RETENTION_DAYS = env_int("RETENTION_DAYS", 180)

# Logging: to the console, so that gunicorn and the workers' logs collect it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # A refused request (4xx) is one line, without the traceback of the exception that refused it.
    "filters": {"no_client_error_tracebacks": {"()": "config.log_filters.NoTracebackForClientErrors"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_client_error_tracebacks"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
