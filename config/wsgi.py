import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# Only a web server imports this module (gunicorn, runserver; not the tests or other commands): it builds the
# CV reader's patterns in the background, so that the first CV uploaded is read as fast as the next ones.
from candidates.cv.warmup import warm_up_in_background  # noqa: E402

cv_reader_warm_up = warm_up_in_background()
