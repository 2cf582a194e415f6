"""The portal's URLs plus `/bench/hello/`: Django's floor on the same gunicorn, middleware and settings."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("bench/hello/", hello), *portal_urlpatterns]
