"""Login is required everywhere except the pages listed here: the one place that says what a visitor who is
not logged in may open. A view's own ``@login_not_required`` does not widen it."""

from django.contrib.auth import middleware

ANONYMOUS_ALLOWED = frozenset(
    {
        "home",
        "healthz",  # load balancers
        "privacy",
        "set_language",  # the language switcher, on every page
        "login",
        "password_reset",
        "password_reset_done",
        "password_reset_confirm",
        "password_reset_complete",
        "applicants:signup",
        "applicants:signup_done",  # "check your email", the same whether the address had an account or not
        "applicants:verify_email",  # the link in the email may be opened in another browser
        "admin:login",  # the admin's own log-in page; every other admin page needs a login
        # The public vacancy board: the open vacancies, for anyone and for search engines.
        "board:list",
        "board:vacancy",
        "sitemap",
        "robots_txt",
        # Job alerts of visitors: saving one, the link confirming the address, the link in every alert email.
        "board:alert_new",
        "board:alert_confirm",
        "board:unsubscribe",
    }
)


class LoginRequiredMiddleware(middleware.LoginRequiredMiddleware):
    """Django's, with the allow-list above in place of per-view markers."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.user.is_authenticated or request.resolver_match.view_name in ANONYMOUS_ALLOWED:
            return None
        return self.handle_no_permission(request, view_func)
