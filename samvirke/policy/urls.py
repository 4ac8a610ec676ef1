from django.urls import path

from samvirke.policy.views import editing, evaluation, gaps, programmes, public

app_name = "policy"

M = "<slug:municipality>"
POLICY = f"{M}/policy/<slug:slug>"
PROGRAMME = f"{M}/programmes/<slug:slug>"
REPORT = f"{M}/evaluations/<int:pk>"


def _parts(prefix: str, scope: str, name: str) -> list:
    """The generic editor's four addresses for one scope (policy, programme or report)."""
    return [
        path(f"{prefix}/edit/<slug:kind>/add/", editing.part_form, {"scope": scope}, name=f"{name}_add"),
        path(
            f"{prefix}/edit/<slug:kind>/<int:part>/",
            editing.part_form,
            {"scope": scope},
            name=f"{name}_change",
        ),
        path(
            f"{prefix}/edit/<slug:kind>/<int:part>/delete/",
            editing.part_delete,
            {"scope": scope},
            name=f"{name}_delete",
        ),
        path(
            f"{prefix}/edit/<slug:kind>/<int:part>/move/",
            editing.part_move,
            {"scope": scope},
            name=f"{name}_move",
        ),
    ]


urlpatterns = [
    # Policies
    path(f"{M}/policy/", public.policy_index, name="index"),
    path(f"{M}/policy/new/", editing.policy_create, name="create"),
    path(f"{POLICY}/", public.policy_detail, name="detail"),
    path(f"{POLICY}/focus-points/<int:pk>/", public.focus_point_detail, name="focus_point"),
    path(f"{POLICY}/results/", public.results, name="results"),
    path(f"{POLICY}/indicators/<int:pk>/", public.indicator_detail, name="indicator"),
    path(f"{POLICY}/measurements.csv", public.measurements_export, name="measurements_export"),
    path(f"{POLICY}/measurements/import/", editing.measurements_import, name="measurements_import"),
    path(f"{POLICY}/edit/", editing.policy_edit, name="edit"),
    path(f"{POLICY}/edit/renumber/", editing.renumber, name="renumber"),
    path(f"{POLICY}/history/", editing.change_list, name="history"),
    *_parts(POLICY, "policy", "part"),
    # Action programmes
    path(f"{M}/programmes/", programmes.programme_list, name="programmes"),
    path(f"{M}/programmes/new/", programmes.programme_create, name="programme_create"),
    path(f"{PROGRAMME}/", programmes.programme_detail, name="programme"),
    path(f"{PROGRAMME}/actions/<int:pk>/", programmes.action_detail, name="action"),
    path(f"{PROGRAMME}/actions.csv", programmes.actions_export, name="actions_export"),
    path(f"{PROGRAMME}/import/", programmes.actions_import, name="actions_import"),
    path(f"{PROGRAMME}/edit/", programmes.programme_edit, name="programme_edit"),
    *_parts(PROGRAMME, "programme", "programme_part"),
    # Evaluation
    path(f"{M}/evaluations/", evaluation.report_list, name="evaluations"),
    path(f"{M}/evaluations/new/", evaluation.report_create, name="evaluation_create"),
    path(f"{M}/evaluations/answer/<str:token>/", evaluation.questionnaire_form, name="questionnaire"),
    path(f"{REPORT}/", evaluation.report_detail, name="evaluation"),
    path(f"{REPORT}/v<int:version>.pdf", evaluation.report_pdf, name="evaluation_pdf"),
    path(f"{REPORT}/edit/", evaluation.report_edit, name="evaluation_edit"),
    path(f"{REPORT}/generate/", evaluation.report_generate, name="evaluation_generate"),
    path(f"{REPORT}/stakeholders/", evaluation.stakeholders, name="stakeholders"),
    path(f"{REPORT}/stakeholders/<int:invitation>/withdraw/", evaluation.withdraw, name="withdraw"),
    *_parts(REPORT, "report", "report_part"),
    # Gap analysis
    path(f"{M}/gaps/", gaps.municipality_gaps, name="gaps"),
    path("r/<slug:region>/gaps/", gaps.region_gaps, name="region_gaps"),
]
