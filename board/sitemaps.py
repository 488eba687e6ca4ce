from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from vacancies.models import Vacancy


class BoardSitemap(Sitemap):
    """The board's first page."""

    changefreq = "daily"

    def items(self):
        return ["board:list"]

    def location(self, item):
        return reverse(item)


class OpenVacancySitemap(Sitemap):
    """Every open vacancy's public page; closed and draft ones are not public."""

    changefreq = "weekly"

    def items(self):
        return Vacancy.objects.open().only("pk", "updated_at").order_by("pk")

    def location(self, item):
        return reverse("board:vacancy", args=[item.pk])

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {"board": BoardSitemap, "vacancies": OpenVacancySitemap}
