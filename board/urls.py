from django.urls import path

from . import views

app_name = "board"

urlpatterns = [
    path("", views.vacancy_list, name="list"),
    path("<int:pk>/", views.vacancy_detail, name="vacancy"),
    path("alerts/", views.alerts, name="alerts"),
    path("alerts/new/", views.alert_new, name="alert_new"),
    path("alerts/confirm/<str:token>/", views.alert_confirm, name="alert_confirm"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
