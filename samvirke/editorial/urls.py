from django.urls import path

from samvirke.editorial.views import edit, editors, gdpr, history, public

app_name = "editorial"
urlpatterns = [
    # Public: no account needed.
    path(
        "<slug:municipality>/suggest/activity/<slug:slug>/",
        public.suggest_initiative,
        name="suggest_initiative",
    ),
    path(
        "<slug:municipality>/suggest/organisation/<slug:slug>/",
        public.suggest_organisation,
        name="suggest_organisation",
    ),
    path(
        "<slug:municipality>/suggest/contact/", public.suggest_contact_choose, name="suggest_contact_choose"
    ),
    path(
        "<slug:municipality>/suggest/contact/<uuid:contact>/", public.suggest_contact, name="suggest_contact"
    ),
    path(
        "<slug:municipality>/suggest/new-activity/",
        public.suggest_new_initiative,
        name="suggest_new_initiative",
    ),
    path(
        "<slug:municipality>/suggest/new-organisation/",
        public.suggest_new_organisation,
        name="suggest_new_organisation",
    ),
    path("<slug:municipality>/suggest/thanks/", public.suggest_thanks, name="suggest_thanks"),
    path("<slug:municipality>/editions/", public.edition_list, name="editions"),
    path("<slug:municipality>/editions/<int:number>/", public.edition_detail, name="edition"),
    path("<slug:municipality>/editions/<int:number>/handbook.pdf", public.edition_pdf, name="edition_pdf"),
    path(
        "<slug:municipality>/editions/<int:number>/status.json", public.edition_status, name="edition_status"
    ),
    path("<slug:municipality>/verify/<str:token>/", public.verify, name="verify"),
    # The editors' area (organisation owners see their own entries there).
    path("<slug:municipality>/editorial/", editors.area, name="area"),
    path("<slug:municipality>/editorial/proposals/", editors.proposal_queue, name="proposals"),
    path("<slug:municipality>/editorial/proposals/<int:pk>/", editors.proposal_detail, name="proposal"),
    path("<slug:municipality>/editorial/freshness/", editors.freshness, name="freshness"),
    path(
        "<slug:municipality>/editorial/freshness/page-views.csv",
        editors.page_views_csv,
        name="page_views_csv",
    ),
    path("<slug:municipality>/editorial/publish/", editors.publish, name="publish"),
    path("<slug:municipality>/editorial/settings/", editors.settings_view, name="settings"),
    path("<slug:municipality>/editorial/new/activity/", edit.create_initiative, name="create_initiative"),
    path(
        "<slug:municipality>/editorial/new/organisation/",
        edit.create_organisation,
        name="create_organisation",
    ),
    path(
        "<slug:municipality>/editorial/edit/activity/<slug:slug>/",
        edit.edit_initiative,
        name="edit_initiative",
    ),
    path(
        "<slug:municipality>/editorial/edit/organisation/<slug:slug>/",
        edit.edit_organisation,
        name="edit_organisation",
    ),
    path(
        "<slug:municipality>/editorial/edit/contact/<uuid:contact>/", edit.edit_contact, name="edit_contact"
    ),
    path(
        "<slug:municipality>/editorial/verify/<str:kind>/<int:pk>/",
        edit.verify_entry_view,
        name="verify_entry",
    ),
    path("<slug:municipality>/editorial/history/<str:kind>/<int:pk>/", history.history, name="history"),
    path("<slug:municipality>/editorial/history/<str:kind>/<int:pk>/revert/", history.revert, name="revert"),
    path("<slug:municipality>/editorial/contacts/", gdpr.contact_list, name="contacts"),
    path("<slug:municipality>/editorial/contacts/<uuid:contact>/", gdpr.contact_record, name="contact"),
    path(
        "<slug:municipality>/editorial/contacts/<uuid:contact>/export.json",
        gdpr.contact_export,
        name="contact_export",
    ),
    path(
        "<slug:municipality>/editorial/contacts/<uuid:contact>/erase/",
        gdpr.contact_erase,
        name="contact_erase",
    ),
]
