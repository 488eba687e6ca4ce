from django.urls import path

from . import views

app_name = "vacancies"

urlpatterns = [
    path("", views.vacancy_list, name="list"),
    path("new/", views.vacancy_new, name="new"),
    path("rungs/", views.rungs, name="rungs"),
    path("<int:pk>/", views.vacancy_review, name="review"),
    path("<int:pk>/fields/<slug:name>/", views.field_display, name="field"),
    path("<int:pk>/fields/<slug:name>/edit/", views.field_edit, name="field-edit"),
    path("<int:pk>/publish/", views.vacancy_publish, name="publish"),
    path("<int:pk>/close/", views.vacancy_close, name="close"),
]
