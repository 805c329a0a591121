"""Tests: fast hashing, in-memory email, static files served from the finders."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="test-only-insecure-key")
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
CELERY_TASK_ALWAYS_EAGER = False
DEMO_ACCOUNTS_ENABLED = True
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405

# Tests run on a local-memory cache: publishing bumps a shared cache's content version only
# after the transaction commits, which tests inside a transaction never do. The tests of the
# shared cache and of the Redis reach buffer set Redis up themselves, each pytest-xdist
# worker on a database of its own, so that one worker's clean-up does not empty another's
# (the browser tests' live site keeps REDIS_URL as given, for its cache and buffer).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "campaign-site-tests",
    }
}
_worker = env("PYTEST_XDIST_WORKER", default="")
if REDIS_URL and _worker.removeprefix("gw").isdigit():  # noqa: F405
    from urllib.parse import urlsplit

    _database = 10 + int(_worker.removeprefix("gw")) % 6
    REDIS_URL = urlsplit(REDIS_URL)._replace(path=f"/{_database}").geturl()  # noqa: F405
