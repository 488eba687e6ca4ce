from django.urls import path

from . import views

app_name = "applicants"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("verify/", views.verification, name="verification"),
    path("verify/resend/", views.resend_verification, name="resend_verification"),
    path("verify/<uidb64>/<token>/", views.verify_email, name="verify_email"),
    path("matches/", views.matches, name="matches"),
    path("vacancies/<int:pk>/", views.vacancy_detail, name="vacancy"),
    path("vacancies/<int:pk>/apply/", views.apply, name="apply"),
    path("applications/", views.applications, name="applications"),
    path("applications/<int:pk>/withdraw/", views.withdraw_application, name="withdraw"),
]
