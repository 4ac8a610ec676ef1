from django.urls import path, register_converter

from samvirke.guide.views import assign, reader, translate


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
    # Translators' pages first: "translate" is no language code, but keep the order obvious.
    path("<slug:municipality>/guide/needs/", assign.assign_needs, name="assign_needs"),
    path("<slug:municipality>/guide/translate/", translate.languages, name="translate"),
    path(
        "<slug:municipality>/guide/translate/<guidelang:lang>/", translate.queue_view, name="translate_queue"
    ),
    path(
        "<slug:municipality>/guide/translate/<guidelang:lang>/export.po",
        translate.export,
        name="translate_export",
    ),
    path(
        "<slug:municipality>/guide/translate/<guidelang:lang>/import/",
        translate.import_view,
        name="translate_import",
    ),
    path(
        "<slug:municipality>/guide/translate/<guidelang:lang>/machine/",
        translate.machine,
        name="translate_machine",
    ),
    path(
        "<slug:municipality>/guide/translate/<guidelang:lang>/<slug:kind>/<int:pk>/",
        translate.edit,
        name="translate_edit",
    ),
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
