from django.urls import include, path

from . import document_views, profile_urls, views

app_name = "applicants"

# Every page an applicant uses: the profile under /profile/, the rest under /me/.
me_urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_done, name="signup_done"),
    path("verify/", views.verification, name="verification"),
    path("verify/resend/", views.resend_verification, name="resend_verification"),
    path("verify/<uidb64>/<token>/", views.verify_email, name="verify_email"),
    path("matches/", views.matches, name="matches"),
    path("vacancies/<int:pk>/", views.vacancy_detail, name="vacancy"),
    path("vacancies/<int:pk>/apply/", views.apply, name="apply"),
    path("applications/", views.applications, name="applications"),
    path("applications/<int:pk>/withdraw/", views.withdraw_application, name="withdraw"),
    path("applications/<int:pk>/documents/", document_views.documents, name="documents"),
    path("applications/<int:pk>/documents/<int:document_id>/", document_views.document, name="document"),
    path(
        "applications/<int:pk>/documents/<int:document_id>/remove/",
        document_views.remove_document,
        name="remove_document",
    ),
]

urlpatterns = [
    path("me/", include(me_urlpatterns)),
    path("profile/", include(profile_urls.urlpatterns)),
]
