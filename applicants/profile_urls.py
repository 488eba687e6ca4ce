from django.urls import path, register_converter

from . import profile_views as views


class SectionConverter:
    regex = "|".join(views.SECTIONS)

    def to_python(self, value: str) -> views.Section:
        return views.SECTIONS[value]

    def to_url(self, value) -> str:
        return value.name if isinstance(value, views.Section) else str(value)


register_converter(SectionConverter, "section")

# Under /profile/, in the applicants' namespace (applicants/urls.py).
urlpatterns = [
    path("", views.profile, name="profile"),
    path("meter/", views.meter, name="meter"),
    path("personal/", views.personal, name="personal"),
    path("consent/", views.consent, name="consent"),
    path("preview/", views.preview, name="preview"),
    path("rungs/", views.rungs, name="rungs"),
    path("cv/", views.cv_upload, name="cv-upload"),
    path("cv/review/", views.cv_review, name="cv-review"),
    path("<section:section>/add/", views.row_add, name="row-add"),
    path("<section:section>/<int:pk>/", views.row_detail, name="row"),
    path("<section:section>/<int:pk>/edit/", views.row_edit, name="row-edit"),
    path("<section:section>/<int:pk>/delete/", views.row_delete, name="row-delete"),
]
