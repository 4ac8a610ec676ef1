"""Evaluation reports (HTML and versioned PDF) and the stakeholders' questionnaire."""

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from samvirke.core import private_files
from samvirke.core.selectors import get_municipality_or_404
from samvirke.policy import tokens
from samvirke.policy.forms import DateInput
from samvirke.policy.models import Policy
from samvirke.policy.selectors import evaluation
from samvirke.policy.services import evaluation as evaluation_services
from samvirke.policy.views.access import editor_place, may_edit
from samvirke.policy.views.editing import create_page


def report_list(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    return render(
        request,
        "policy/evaluation/list.html",
        {
            "municipality": place,
            "reports": evaluation.list_reports(municipality=place, user=request.user),
            "can_edit": may_edit(request, place),
        },
    )


def report_detail(request, municipality: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    report = evaluation.get_report_or_404(municipality=place, pk=pk, user=request.user)
    return render(
        request,
        "policy/evaluation/report.html",
        {
            "municipality": place,
            "report": report,
            "content": evaluation.get_report_content(report=report),
            "can_edit": may_edit(request, place),
        },
    )


def report_pdf(request, municipality: str, pk: int, version: int):
    place = get_municipality_or_404(slug=municipality)
    report = evaluation.get_report_or_404(municipality=place, pk=pk, user=request.user)
    document = evaluation.get_ready_document_or_404(report=report, version=version)
    return private_files.serve(
        file=document.file,
        content_type="application/pdf",
        filename=f"{place.slug}-evaluation-{report.pk}-v{version}.pdf",
        private=not report.is_published,
    )


class NewReportForm(django_forms.Form):
    policy = django_forms.ModelChoiceField(label=gettext_lazy("Policy"), queryset=Policy.objects.none())
    title = django_forms.CharField(label=gettext_lazy("Title"), max_length=300)
    period_start = django_forms.DateField(label=gettext_lazy("Period start"), widget=DateInput())
    period_end = django_forms.DateField(label=gettext_lazy("Period end"), widget=DateInput())

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy"].queryset = Policy.objects.for_municipality(municipality).order_by(
            "-period_start"
        )


@login_required
def report_create(request, municipality: str):
    place = editor_place(request, municipality)
    return create_page(
        request,
        place=place,
        form=NewReportForm(
            request.POST or None, municipality=place, initial={"policy": request.GET.get("policy")}
        ),
        save=lambda form: evaluation_services.create_report(
            municipality=place, created_by=request.user, **form.cleaned_data
        ),
        title=_("New evaluation report"),
        done_message=_("The report was created with a section per focus area. Write them here."),
        done=lambda report: reverse("policy:evaluation_edit", args=[place.slug, report.pk]),
        cancel=reverse("policy:evaluations", args=[place.slug]),
    )


@login_required
def report_edit(request, municipality: str, pk: int):
    place = editor_place(request, municipality)
    report = evaluation.get_report_or_404(municipality=place, pk=pk, user=request.user)
    content = evaluation.get_report_content(report=report)
    return render(
        request,
        "policy/edit/report.html",
        {
            "municipality": place,
            "report": report,
            "content": content,
            "edit_scope": {"prefix": "report_part", "args": [place.slug, report.pk]},
        },
    )


@login_required
@require_POST
def report_generate(request, municipality: str, pk: int):
    place = editor_place(request, municipality)
    report = evaluation.get_report_or_404(municipality=place, pk=pk, user=request.user)
    document = evaluation_services.request_report_pdf(report=report, user=request.user)
    messages.success(
        request,
        _("Version %(version)s of the PDF is being generated; it appears here in a moment.")
        % {"version": document.version},
    )
    return redirect("policy:evaluation_edit", place.slug, report.pk)


@login_required
def stakeholders(request, municipality: str, pk: int):
    """Invite the organisations involved; see who was invited, who answered, and their links."""
    place = editor_place(request, municipality)
    report = evaluation.get_report_or_404(municipality=place, pk=pk, user=request.user)
    invitations = list(evaluation.list_invitations(report=report))
    invited = {invitation.organisation_id for invitation in invitations}
    candidates = [o for o in evaluation.list_involved_organisations(report=report) if o.pk not in invited]
    error = None
    if request.method == "POST":
        try:
            created = evaluation_services.invite_stakeholders(
                report=report,
                organisation_ids=[int(v) for v in request.POST.getlist("organisation") if v.isdigit()],
                site_url=request.build_absolute_uri("/").rstrip("/"),
            )
        except ValidationError as problem:
            error = " ".join(problem.messages)
        else:
            messages.success(
                request, _("%(count)s organisations were invited by e-mail.") % {"count": len(created)}
            )
            return redirect("policy:stakeholders", place.slug, report.pk)
    for invitation in invitations:
        invitation.link = tokens.link_for(invitation, site_url=request.build_absolute_uri("/").rstrip("/"))
    return render(
        request,
        "policy/edit/stakeholders.html",
        {
            "municipality": place,
            "report": report,
            "invitations": invitations,
            "candidates": candidates,
            "chosen": {int(v) for v in request.POST.getlist("organisation") if v.isdigit()},
            "error": error,
        },
    )


@login_required
@require_POST
def withdraw(request, municipality: str, pk: int, invitation: int):
    place = editor_place(request, municipality)
    report = evaluation.get_report_or_404(municipality=place, pk=pk, user=request.user)
    item = get_object_or_404(evaluation.list_invitations(report=report), pk=invitation)
    evaluation_services.withdraw_invitation(invitation=item)
    messages.success(
        request, _("The link sent to %(name)s no longer works.") % {"name": item.organisation.name}
    )
    return redirect("policy:stakeholders", place.slug, report.pk)


@never_cache
@ratelimit(key="ip", rate="30/m", method="POST", block=True)
def questionnaire_form(request, municipality: str, token: str):
    """The questionnaire behind a signed link: no account. Answers per focus area, replaceable."""
    place = get_municipality_or_404(slug=municipality)
    try:
        invitation = evaluation.get_invitation_from_token(token=token)
    except tokens.LinkError as error:
        return render(
            request,
            "policy/evaluation/link_error.html",
            {"municipality": place, "message": str(error), "expired": error.expired},
            status=410 if error.expired else 404,
        )
    if invitation.report.municipality_id != place.pk:
        raise Http404("No such questionnaire")
    areas = list(invitation.report.policy.focus_areas.order_by("order", "pk"))
    existing = {answer.focus_area_id: answer for answer in invitation.answers.all()}
    error = None
    if request.method == "POST":
        answers = {
            area.pk: evaluation_services.AreaAnswer(
                worked=request.POST.get(f"worked-{area.pk}", "")[:5000],
                improve=request.POST.get(f"improve-{area.pk}", "")[:5000],
            )
            for area in areas
        }
        comment = request.POST.get("comment", "")[:5000]
        try:
            evaluation_services.submit_answers(
                invitation=invitation, answers=answers, general_comment=comment
            )
        except ValidationError as problem:
            error = " ".join(problem.messages)
            # Keep what was typed.
            for area in areas:
                area.worked, area.improve = answers[area.pk].worked, answers[area.pk].improve
            invitation.general_comment = comment
        else:
            return render(
                request,
                "policy/evaluation/questionnaire_done.html",
                {"municipality": place, "invitation": invitation},
            )
    else:
        for area in areas:
            answer = existing.get(area.pk)
            area.worked, area.improve = (answer.worked, answer.improve) if answer else ("", "")
    return render(
        request,
        "policy/evaluation/questionnaire.html",
        {
            "municipality": place,
            "invitation": invitation,
            "report": invitation.report,
            "areas": areas,
            "error": error,
        },
    )
