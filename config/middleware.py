"""Middleware of the project itself (settings.MIDDLEWARE)."""

from django.middleware.security import SecurityMiddleware


class SecurityHeadersOnEveryResponse(SecurityMiddleware):
    """SecurityMiddleware's response headers (nosniff, referrer policy, cross-origin opener policy, HSTS),
    set again by the outermost middleware: Django turns an exception raised inside a middleware (a bad Host
    header when SecurityMiddleware redirects to HTTPS) into a response that the middleware itself and those
    inside it never see. Its request half (the redirect) stays with SecurityMiddleware."""

    def process_request(self, request):
        return None
