from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.http import require_safe

from accounts import views as account_views
from board.sitemaps import SITEMAPS

from . import views as config_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", config_views.healthz, name="healthz"),
    path("sitemap.xml", require_safe(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", config_views.robots_txt, name="robots_txt"),
    path("accounts/privacy/", account_views.privacy_page, name="privacy"),
    path("accounts/my-data/", account_views.my_data, name="my_data"),
    path("accounts/delete/", account_views.delete_account, name="delete_account"),
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),  # before Django's own
    path(
        "accounts/password_reset/",
        auth_views.PasswordResetView.as_view(form_class=account_views.RecipientLanguagePasswordResetForm),
        name="password_reset",
    ),
    path("language/", account_views.set_language, name="set_language"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("jobs/", include("board.urls")),
    path("vacancies/", include("vacancies.urls")),
    path("recruiting/", include("recruiting.urls")),
    path("", include("applicants.urls")),
    path("admin/", admin.site.urls),
]

handler500 = "config.views.server_error"
