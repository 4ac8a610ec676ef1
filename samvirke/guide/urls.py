from django.urls import path, register_converter

from samvirke.guide.views import reader


class LanguageConverter:
    # A language code ("ar", "prs", "pt-br"); the view checks it is a guide language.
    regex = "[a-z]{2,3}(?:-[a-z]{2,4})?"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(LanguageConverter, "guidelang")

app_name = "guide"
urlpatterns = [
    path("<slug:municipality>/guide/", reader.home, name="home"),
    path("<slug:municipality>/guide/<guidelang:lang>/", reader.needs, name="needs"),
    path("<slug:municipality>/guide/<guidelang:lang>/search/", reader.search, name="search"),
    path("<slug:municipality>/guide/<guidelang:lang>/need/<slug:need>/", reader.need, name="need"),
    path("<slug:municipality>/guide/<guidelang:lang>/a/<slug:slug>/", reader.activity, name="activity"),
    path(
        "<slug:municipality>/guide/<guidelang:lang>/a/<slug:slug>/print/", reader.activity_print, name="print"
    ),
    path(
        "<slug:municipality>/guide/<guidelang:lang>/a/<slug:slug>/calendar.ics",
        reader.activity_calendar,
        name="calendar",
    ),
]
