from django.urls import path, register_converter

from samvirke.guide.views import assign, offline, reader, share, translate


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
    # Short links for posters (decision 0072): /g/<code> opens the activity in the reader's language.
    path("g/<slug:code>", share.short_link, name="short"),
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
    path("<slug:municipality>/guide/<guidelang:lang>/a/<slug:slug>/qr.svg", share.activity_qr, name="qr"),
    path(
        "<slug:municipality>/guide/<guidelang:lang>/need/<slug:need>/leaflet/", share.leaflet, name="leaflet"
    ),
    path(
        "<slug:municipality>/guide/<guidelang:lang>/need/<slug:need>/leaflet.pdf",
        share.leaflet_pdf,
        name="leaflet_pdf",
    ),
    # Offline and installable (decision 0070). The worker lives inside the language's guide: its scope.
    path("<slug:municipality>/guide/<guidelang:lang>/sw.js", offline.service_worker, name="service_worker"),
    path("<slug:municipality>/guide/<guidelang:lang>/offline.json", offline.bundle, name="offline_bundle"),
    path("<slug:municipality>/guide/<guidelang:lang>/offline/", offline.offline_page, name="offline"),
    path(
        "<slug:municipality>/guide/<guidelang:lang>/manifest.webmanifest", offline.manifest, name="manifest"
    ),
]
