"""Action programmes: the public pages (progress at a glance, an action's timeline) and the editor's
pages (the programme's actions and statuses, CSV import and export)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from samvirke.core.selectors import get_municipality_or_404
from samvirke.policy import forms, rollup
from samvirke.policy.models import ActionProgramme
from samvirke.policy.selectors import actions_csv
from samvirke.policy.selectors import programmes as programme_selectors
from samvirke.policy.selectors import structure as structure_selectors
from samvirke.policy.services import programmes as programme_services
from samvirke.policy.views.access import csv_download, editor_place, may_edit
from samvirke.policy.views.editing import create_page, csv_import


def programme_list(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    programmes = list(programme_selectors.list_programmes(municipality=place))
    for programme in programmes:
        programme.progress = rollup.weighted_progress(programme.actions.all())
    return render(
        request,
        "policy/programmes.html",
        {"municipality": place, "programmes": programmes, "can_edit": may_edit(request, place)},
    )


def programme_detail(request, municipality: str, slug: str):
    """The programme's progress, per focus area and theme of its policy, and every action's status."""
    place = get_municipality_or_404(slug=municipality)
    programme = programme_selectors.get_programme_or_404(municipality=place, slug=slug)
    actions = list(programme.actions.all())
    progress = rollup.roll_up(actions)
    structure = structure_selectors.get_structure_for_progress(policy=programme.policy)
    outline = [
        area
        for area in structure_selectors.get_policy_outline(policy=structure, progress=progress)
        if area.progress.actions
    ]
    return render(
        request,
        "policy/programme.html",
        {
            "municipality": place,
            "programme": programme,
            "actions": actions,
            "progress": progress,
            "outline": outline,
            "statuses": programme_selectors.list_statuses(programme=programme),
            "can_edit": may_edit(request, place),
        },
    )


def action_detail(request, municipality: str, slug: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    programme = programme_selectors.get_programme_header_or_404(municipality=place, slug=slug)
    action = programme_selectors.get_action_or_404(programme=programme, pk=pk)
    return render(
        request,
        "policy/action.html",
        {
            "municipality": place,
            "programme": programme,
            "action": action,
            "can_edit": may_edit(request, place),
        },
    )


def actions_export(request, municipality: str, slug: str):
    """The programme's actions as CSV, in the format the import reads back."""
    place = get_municipality_or_404(slug=municipality)
    programme = programme_selectors.get_programme_header_or_404(municipality=place, slug=slug)
    return csv_download(actions_csv.get_actions_csv(programme=programme), f"{programme.slug}-actions.csv")


@login_required
def programme_create(request, municipality: str):
    place = editor_place(request, municipality)
    return create_page(
        request,
        place=place,
        form=forms.ProgrammeForm(
            request.POST or None, instance=ActionProgramme(municipality=place), municipality=place
        ),
        save=lambda form: programme_services.save_programme(
            municipality=place, programme=form.save(commit=False)
        ),
        title=_("New action programme"),
        done_message=_("The programme was created. Now add its statuses and actions."),
        done=lambda programme: reverse("policy:programme_edit", args=[place.slug, programme.slug]),
        cancel=reverse("policy:programmes", args=[place.slug]),
    )


@login_required
def programme_edit(request, municipality: str, slug: str):
    place = editor_place(request, municipality)
    programme = programme_selectors.get_programme_or_404(municipality=place, slug=slug)
    return render(
        request,
        "policy/edit/programme.html",
        {
            "municipality": place,
            "programme": programme,
            "actions": programme.actions.all(),
            "statuses": programme_selectors.list_statuses(programme=programme),
            "progress": rollup.weighted_progress(programme.actions.all()),
            "edit_scope": {"prefix": "programme_part", "args": [place.slug, programme.slug]},
        },
    )


@login_required
def actions_import(request, municipality: str, slug: str):
    place = editor_place(request, municipality)
    programme = programme_selectors.get_programme_header_or_404(municipality=place, slug=slug)
    return csv_import(
        request,
        place=place,
        parse=lambda content: actions_csv.get_actions_import_preview(programme=programme, content=content),
        write=programme_services.import_actions,
        salt=actions_csv.SALT,
        done=reverse("policy:programme", args=[place.slug, programme.slug]),
        context={
            "template": "policy/edit/actions_import.html",
            "programme": programme,
            "statuses": programme_selectors.list_statuses(programme=programme),
        },
    )
