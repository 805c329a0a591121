"""Settings shared by every environment, read from environment variables.

Every variable read here is listed in the README's environment table.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
# Local data of the embedded defaults: SQLite database, filesystem broker, mail files.
VAR_DIR = Path(env("DATA_DIR", default=str(BASE_DIR / "var")))

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, []),
    CSRF_TRUSTED_ORIGINS=(list, []),
    SECRET_KEY=(str, ""),
    DATABASE_URL=(str, f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
    CELERY_BROKER_URL=(str, "filesystem://"),
    REDIS_URL=(str, ""),
    EMAIL_URL=(str, ""),
    DEFAULT_FROM_EMAIL=(str, "Campaign platform <no-reply@localhost>"),
    SITE_URL=(str, "http://127.0.0.1:8000"),
    HEALTHZ_BEAT_MAX_AGE=(int, 300),
    PAGE_CACHE_SECONDS=(int, 3600),
    UNVERIFIED_ACCOUNT_INACTIVE_DAYS=(int, 180),
    UNVERIFIED_ACCOUNT_NOTICE_DAYS=(int, 14),
    TIME_ZONE=(str, "UTC"),
    REACH_BUFFER=(str, ""),
    REACH_EVENT_RETENTION_DAYS=(int, 30),
    REACH_RATE_LIMIT_PER_MINUTE=(int, 120),
    REACH_CLIENT_IP_HEADER=(str, ""),
    REACH_COUNTRY_HEADER=(str, ""),
    REACH_SMALL_CELL_THRESHOLD=(int, 5),
    EMAIL_TIMEOUT=(int, 30),
    REMINDER_LOCAL_HOUR=(int, 8),
    REMINDER_SEND_WINDOW_HOURS=(int, 10),
    REMINDER_INACTIVITY_DAYS=(int, 7),
    REMINDER_MAX_INACTIVITY_REMINDERS=(int, 3),
    REMINDER_DIGEST_WEEKDAY=(int, 1),
    REMINDER_SMTP_MAX_ATTEMPTS=(int, 8),
    REMINDER_SMTP_RETRY_SECONDS=(int, 60),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL").rstrip("/")

INSTALLED_APPS = [
    # Project apps first so their templates override library ones.
    "campaign_site.accounts",
    "campaign_site.ops",
    "campaign_site.languages",
    "campaign_site.reach",
    "campaign_site.dashboards",
    "home",
    "courses",
    # Wagtail and translation
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    # Scheduling
    "django_celery_beat",
    "django_countries",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "campaign_site.ops.middleware.ContentSecurityPolicyMiddleware",
    # Serves anonymous visitors' public pages from the cache; before sessions on purpose.
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "campaign_site.accounts.middleware.MFARequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "campaign_site.urls"
WSGI_APPLICATION = "campaign_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "campaign_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite under var/ by default, in WAL mode with a busy timeout because the web
# server, the Celery worker and beat all write at once.
DATABASES = {"default": env.db_url_config(env("DATABASE_URL"))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
# Connections are kept between requests: opening one (and, on SQLite, running the pragmas
# above) costs more than answering a beacon.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default, Redis when REDIS_URL is set.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "campaign",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "campaign-site",
        }
    }

# Email: one file per message under var/mail/ by default, anything django-environ parses
# (smtp://, smtp+tls://, consolemail://) when EMAIL_URL is set.
if env("EMAIL_URL"):
    vars().update(env.email_url_config(env("EMAIL_URL")))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
# Seconds before a silent mail server counts as a temporary failure (reminders retry).
EMAIL_TIMEOUT = env("EMAIL_TIMEOUT")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Training coordinators reach the admin for their dashboard (campaign_site.dashboards).
    "campaign_site.dashboards.access.CoordinatorAdminAccessBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {
        "NAME": "campaign_site.accounts.password_validation.MaximumLengthValidator",
        "OPTIONS": {"max_length": 128},
    },
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "campaign_site.accounts.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "campaign_site.accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
# One address per account; changing it keeps the old one until the new one is confirmed.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# Per IP address and per account ("key"); failed logins lock an address out for a while.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_TOTP_ISSUER = "Protect children online"
MFA_TOTP_TOLERANCE = 1
MFA_ADAPTER = "campaign_site.accounts.adapters.MFAAdapter"
USERSESSIONS_TRACK_ACTIVITY = True
# Staff and coordinators without a second factor are sent to set one up before these paths
# (campaign_site.accounts.middleware); views elsewhere use accounts.decorators.mfa_required.
MFA_REQUIRED_PATH_PREFIXES = ["/admin/"]
# Every sign-in goes through allauth (with its second-factor step), never Wagtail's own form.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# Admin avatars never come from Gravatar: that would send a hash of staff addresses elsewhere.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Unverified accounts unused this many days are warned, then deleted this many days later
# if still unused (campaign_site.accounts.tasks.clean_up_inactive_unverified_accounts).
UNVERIFIED_ACCOUNT_INACTIVE_DAYS = env("UNVERIFIED_ACCOUNT_INACTIVE_DAYS")
UNVERIFIED_ACCOUNT_NOTICE_DAYS = env("UNVERIFIED_ACCOUNT_NOTICE_DAYS")

# Internationalisation. The interface ships in these languages; see the README for how to
# add one. Every public URL carries the language prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt-br", "Português (Brasil)"),
    ("ar", "العربية"),
    ("zh-hans", "简体中文"),
    ("ru", "Русский"),
    ("vi", "Tiếng Việt"),
    ("sq", "Shqip"),
    ("sr-latn", "Srpski (latinica)"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE")

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "campaign_site" / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # plotly.js from the installed plotly package, for the admin dashboards (never a CDN).
    "campaign_site.dashboards.staticfiles.PlotlyJSFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Wagtail
WAGTAIL_SITE_NAME = "Protect children online"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILLOCALIZE_ENABLE_MACHINE_TRANSLATION = False

# Security baseline. The public site runs no inline script and loads nothing from another
# origin; the Wagtail admin gets a relaxed policy in ContentSecurityPolicyMiddleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Celery: JSON only, time limits on every task, late acknowledgement so a killed worker's
# task is delivered again, and the schedule kept in the database (django-celery-beat).
CELERY_BROKER_URL = env("CELERY_BROKER_URL")
CELERY_BROKER_TRANSPORT_OPTIONS = {}
if CELERY_BROKER_URL.startswith("filesystem://"):
    _queue_dir = VAR_DIR / "celery" / "queue"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(VAR_DIR / "celery" / "processed"),
        "store_processed": False,
        "control_folder": str(VAR_DIR / "celery" / "control"),
    }
    (VAR_DIR / "celery" / "control").mkdir(parents=True, exist_ok=True)
    _queue_dir.mkdir(parents=True, exist_ok=True)
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "UTC"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

HEALTHZ_BEAT_MAX_AGE = env("HEALTHZ_BEAT_MAX_AGE")

# Full-page cache of the public awareness pages for visitors without a session; any publish
# makes it stale (home.page_cache). 0 turns it off.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")

# Reach ledger. The buffer is "redis" (counters and HyperLogLog, flushed every minute) or
# "database" (one row per visit, rolled up by Celery); empty picks Redis when REDIS_URL is set.
REACH_BUFFER = env("REACH_BUFFER") or ("redis" if REDIS_URL else "database")
REACH_EVENT_RETENTION_DAYS = env("REACH_EVENT_RETENTION_DAYS")
REACH_RATE_LIMIT_PER_MINUTE = env("REACH_RATE_LIMIT_PER_MINUTE")
# Headers set by the trusted reverse proxy: the client's address (the last one is used when
# the header lists several) and the visitor's country (ISO 3166 alpha-2). Empty: not trusted.
REACH_CLIENT_IP_HEADER = env("REACH_CLIENT_IP_HEADER")
REACH_COUNTRY_HEADER = env("REACH_COUNTRY_HEADER")
REACH_SMALL_CELL_THRESHOLD = env("REACH_SMALL_CELL_THRESHOLD")

# Reminders and digests (courses.reminders). They go out from REMINDER_LOCAL_HOUR in each
# recipient's time zone, and only within the following REMINDER_SEND_WINDOW_HOURS (a beat
# missed at 08:00 catches up at 09:00, never at night). Inactivity defaults apply to courses
# without their own reminder settings. Temporary mail-server failures are retried
# REMINDER_SMTP_MAX_ATTEMPTS times, waiting REMINDER_SMTP_RETRY_SECONDS, then twice as long
# each time. The weekly digests go out from REMINDER_DIGEST_WEEKDAY (1 = Monday).
REMINDER_LOCAL_HOUR = env("REMINDER_LOCAL_HOUR")
REMINDER_SEND_WINDOW_HOURS = env("REMINDER_SEND_WINDOW_HOURS")
REMINDER_INACTIVITY_DAYS = env("REMINDER_INACTIVITY_DAYS")
REMINDER_MAX_INACTIVITY_REMINDERS = env("REMINDER_MAX_INACTIVITY_REMINDERS")
REMINDER_DIGEST_WEEKDAY = env("REMINDER_DIGEST_WEEKDAY")
REMINDER_SMTP_MAX_ATTEMPTS = env("REMINDER_SMTP_MAX_ATTEMPTS")
REMINDER_SMTP_RETRY_SECONDS = env("REMINDER_SMTP_RETRY_SECONDS")

# Demo content (accounts with known passwords) is only ever created where this is on.
DEMO_ACCOUNTS_ENABLED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
