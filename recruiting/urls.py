from django.urls import path

from . import views

app_name = "recruiting"

urlpatterns = [
    path("", views.vacancies, name="vacancies"),
    path("<int:pk>/", views.shortlist, name="shortlist"),
    path("<int:pk>/progress/", views.progress, name="progress"),
    path("<int:pk>/candidates/<int:candidate_id>/", views.candidate, name="candidate"),
    path(
        "<int:pk>/candidates/<int:candidate_id>/documents/<int:document_id>/", views.document, name="document"
    ),
    path("<int:pk>/candidates/<int:candidate_id>/stage/", views.stage, name="stage"),
    path("<int:pk>/candidates/<int:candidate_id>/invite/", views.invite, name="invite"),
    path("<int:pk>/candidates/<int:candidate_id>/notes/", views.note, name="note"),
    path("<int:pk>/candidates/<int:candidate_id>/rating/", views.rating, name="rating"),
    path("<int:pk>/candidates/<int:candidate_id>/essentials/", views.essential, name="essential"),
    path("<int:pk>/bulk/", views.bulk, name="bulk"),
    path("<int:pk>/compare/", views.compare, name="compare"),
    path("<int:pk>/blind-review/", views.blind_review, name="blind_review"),
    path("<int:pk>/weights/", views.weights, name="weights"),
    path("<int:pk>/applicant-emails/", views.applicant_emails, name="applicant_emails"),
    path("<int:pk>/export.csv", views.export, {"fmt": "csv"}, name="export_csv"),
    path("<int:pk>/export.xlsx", views.export, {"fmt": "xlsx"}, name="export_xlsx"),
]
