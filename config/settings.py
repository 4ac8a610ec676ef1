"""Samvirke settings. Every value comes from the environment (see .env.example).

DJANGO_ENV=production switches on the hardened profile that passes `check --deploy`.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    DJANGO_ENV=(str, "development"),
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost", "[::1]", "testserver"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "Samvirke <noreply@example.org>"),
    REDIS_URL=(str, ""),
    TIME_ZONE=(str, "Europe/Copenhagen"),
    SQLITE_BUSY_TIMEOUT=(int, 20),
    SECURE_HSTS_SECONDS=(int, 31536000),
)
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DJANGO_ENV = env("DJANGO_ENV")
PRODUCTION = DJANGO_ENV == "production"

# A secret has no default in production: a missing one stops startup.
if PRODUCTION:
    SECRET_KEY = env("SECRET_KEY")
else:
    SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production-000000")
DEBUG = env("DEBUG") if "DEBUG" in env.ENVIRON else not PRODUCTION
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_htmx",
    "ninja",
    "csp",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "samvirke.core",
    "samvirke.accounts",  # before allauth: its templates restyle allauth's pages
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "samvirke.directory",
    "samvirke.initiatives",
    "samvirke.policy",
    "samvirke.insights",
    "samvirke.search",
    "samvirke.editorial",
    "samvirke.guide",
    "samvirke.community",
    "samvirke.interop",
    "samvirke.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the visitor's language is known, so a refusal speaks it; before anything reads the body
    # or looks the municipality up.
    "samvirke.core.middleware.RequestTooLargeMiddleware",
    "samvirke.core.middleware.RejectNulCharactersMiddleware",
    "samvirke.core.middleware.MunicipalityLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "samvirke.interop.middleware.OpenCorsForReads",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "samvirke.accounts.middleware.RequireTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "samvirke.core.middleware.DatabaseUnavailableMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "samvirke.core.context_processors.municipality_extensions",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------
# Default: an embedded SQLite file under var/. Production: DATABASE_URL=postgres://...
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'samvirke.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer writes; IMMEDIATE avoids upgrade deadlocks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": env("SQLITE_BUSY_TIMEOUT"),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Accounts (django-allauth; samvirke.accounts, decisions 0040-0042) ---------------------------------
# Practitioners sign up with e-mail and password, confirm the address, and ask to join an organisation;
# they can sign in once its owner or an editor has approved them (samvirke.accounts.stages).
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:home"
ACCOUNT_ADAPTER = "samvirke.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "samvirke.accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email", "username"}  # the demo logins are usernames
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Samvirke: "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_PREVENT_ENUMERATION = True
# Throttling (allauth's rate limits, counted in Django's cache): failed logins per IP and per account.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "10/m/ip,3/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Samvirke"
# TOTP is required for editors and site admins: on in production, off by default in development so
# the demo logins work without an authenticator app (decision 0041).
SAMVIRKE_REQUIRE_2FA = env.bool("SAMVIRKE_REQUIRE_2FA", default=PRODUCTION)
# Links in e-mails sent by background tasks and scheduled commands (no request to build them from).
SAMVIRKE_SITE_URL = env.str("SAMVIRKE_SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# --- Cache ------------------------------------------------------------------
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-ratelimit counts in the default cache. Without Redis that is per process: exact under the
# one-process development server, up to N x the limit under N production workers (decision 0008).
RATELIMIT_VIEW = "samvirke.core.views.rate_limited"
# Limits count per client: behind our proxies the client is read from X-Forwarded-For (core/clients.py).
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=["127.0.0.1", "::1"])
RATELIMIT_IP_META_KEY = "samvirke.core.clients.client_ip"
# allauth's login throttles ask the account adapter (samvirke.accounts.adapter), and the API's throttles
# samvirke.core.api.ClientRateThrottle: both use the same function (decision 0055).
if not env("REDIS_URL"):
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# Background work (edition PDFs, e-mail, embeddings) runs in `manage.py db_worker`, which `make run`
# and `make serve` start beside the web server. Tests run queued tasks with the `run_tasks` fixture.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The embedding model's OpenMP threads: one, as web workers are processes already (decision 0035).
# Batch embedding (reindex_search, the worker's task) runs this many batches at once on that
# model instead; 0 means one a core (decision 0052).
SEARCH_EMBEDDING_THREADS = env.int("SEARCH_EMBEDDING_THREADS", default=1)
SEARCH_EMBEDDING_BATCH_THREADS = env.int("SEARCH_EMBEDDING_BATCH_THREADS", default=0)

# Anonymous public pages are answered from memory before Django runs (samvirke/core/pagecache.py).
PAGE_CACHE = env.bool("PAGE_CACHE", default=PRODUCTION)
PAGE_CACHE_TTL = env.float("PAGE_CACHE_TTL", default=300.0)
# Bounded in bytes per worker (pages plus their gzip copies), and per page (decision 0056).
PAGE_CACHE_MAX_BYTES = env.int("PAGE_CACHE_MAX_BYTES", default=64 * 1024 * 1024)
PAGE_CACHE_MAX_ENTRY_BYTES = env.int("PAGE_CACHE_MAX_ENTRY_BYTES", default=1024 * 1024)

# --- Languages ----------------------------------------------------------------
LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Danish")), ("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE")

# --- Static and media -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# Files not everyone may read (draft evaluation reports, edition PDFs) live apart from MEDIA_ROOT, which
# the web server publishes, and are served by views that check permission (decision 0055). Behind
# nginx, set PRIVATE_MEDIA_ACCEL_REDIRECT to an `internal` location aliasing this folder (docs/deployment.md).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")
PRIVATE_MEDIA_ACCEL_REDIRECT = env.str("PRIVATE_MEDIA_ACCEL_REDIRECT", default="")
# Form and JSON bodies: Django's 2.5 MB (DATA_UPLOAD_MAX_MEMORY_SIZE). Uploads: up to the proxy's limit
# (nginx client_max_body_size, docs/deployment.md). Larger requests get 413 (core.middleware).
SAMVIRKE_MAX_UPLOAD_BYTES = env.int("SAMVIRKE_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- E-mail -----------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security -----------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    # TLS ends at the proxy in front; trust its X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# A strict Content-Security-Policy on every page: no inline script or style, no third parties.
# Templates keep JS and CSS in static files (see STYLE.md); the browser tests fail on violations.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env.str("LOG_LEVEL", default="INFO" if PRODUCTION else "WARNING"),
    },
}

# --- Samvirke ------------------------------------------------------------------
# Every erasure of a contact person is appended here (ids only), outside the database, and re-applied
# by every restore (decision 0055). Keep it on durable storage apart from the database and its backups.
ERASURE_LEDGER = env.path("ERASURE_LEDGER", default=BASE_DIR / "var" / "erasures.jsonl")
# Languages offered by initiatives are validated against ISO 639 (see samvirke.core.languages).
SAMVIRKE_DEMO_PASSWORD = env.str("SAMVIRKE_DEMO_PASSWORD", default="samvirke-demo")
# A banner on every page saying the people, places and activities are invented (off in production).
SAMVIRKE_DEMO_BANNER = env.bool("SAMVIRKE_DEMO_BANNER", default=not PRODUCTION)
# Our own page for a failed CSRF check, in the site's layout and the visitor's language.
CSRF_FAILURE_VIEW = "samvirke.core.errors.csrf_failure"

# --- Signals that keep the handbook true (samvirke.insights, docs/privacy.md) ---------------
# Counted searches and page views older than this are deleted by `manage.py delete_old_insights`.
INSIGHTS_RETENTION_DAYS = env.int("INSIGHTS_RETENTION_DAYS", default=396)  # 13 months
# A query that found nothing is shown to editors and translators once this many askers (different
# people a day, summed over days) asked it (decision 0075).
INSIGHTS_SEARCH_THRESHOLD = env.int("INSIGHTS_SEARCH_THRESHOLD", default=3)
# Page views are counted in memory and written at most this often per worker (decision 0077).
INSIGHTS_COUNT_PAGE_VIEWS = env.bool("INSIGHTS_COUNT_PAGE_VIEWS", default=True)
INSIGHTS_PAGE_VIEW_FLUSH_SECONDS = env.float("INSIGHTS_PAGE_VIEW_FLUSH_SECONDS", default=10.0)
# The link checker (decision 0078): seconds per answer, hosts at once, seconds between one host's links.
INSIGHTS_LINK_CHECK_TIMEOUT = env.float("INSIGHTS_LINK_CHECK_TIMEOUT", default=10.0)
INSIGHTS_LINK_CHECK_WORKERS = env.int("INSIGHTS_LINK_CHECK_WORKERS", default=4)
INSIGHTS_LINK_CHECK_PAUSE = env.float("INSIGHTS_LINK_CHECK_PAUSE", default=1.0)
INSIGHTS_LINK_CHECK_INTERVAL_HOURS = env.int("INSIGHTS_LINK_CHECK_INTERVAL_HOURS", default=24)
# Links to this machine's or a private network's addresses are reported, not fetched (tests allow them).
INSIGHTS_LINK_CHECK_PRIVATE_HOSTS = env.bool("INSIGHTS_LINK_CHECK_PRIVATE_HOSTS", default=False)

# --- The newcomers' guide (decisions 0030–0034) ------------------------------
# GUIDE_LANGUAGES: codes (or "code:name") in the order the picker shows them; default
# ar, uk, so, ti, fa, en, da, sv (samvirke.core.languages.guide_languages).
if env.list("GUIDE_LANGUAGES", default=[]):
    GUIDE_LANGUAGES = [
        tuple(item.split(":", 1)) if ":" in item else item for item in env.list("GUIDE_LANGUAGES")
    ]
# Machine translation is off unless a backend is named: "libretranslate" (URL, optional key) or "deepl" (key).
GUIDE_MT_BACKEND = env.str("GUIDE_MT_BACKEND", default="")
GUIDE_LIBRETRANSLATE_URL = env.str("GUIDE_LIBRETRANSLATE_URL", default="")
GUIDE_LIBRETRANSLATE_API_KEY = env.str("GUIDE_LIBRETRANSLATE_API_KEY", default="")
GUIDE_DEEPL_API_KEY = env.str("GUIDE_DEEPL_API_KEY", default="")
GUIDE_DEEPL_URL = env.str("GUIDE_DEEPL_URL", default="")  # default: DeepL's free or paid endpoint by the key
