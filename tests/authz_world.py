"""One Holstebro with one of everything, and a user for each role of docs/permissions.md.

The "owner" owns an organisation in Holstebro that is NOT responsible for the example entries (the
initiative, its organisation, its story, its volunteer need); the "other editor" edits a
municipality in another region. Used by the authorisation matrix and the XSS corpus tests.
"""

import datetime as dt
import uuid
from types import SimpleNamespace

from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from samvirke.accounts.models import JoinRequest
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.community.models import VolunteerBooking
from samvirke.community.services.stories import add_story_image
from samvirke.community.tests.factories import (
    ForumCategoryFactory,
    PostFactory,
    ShiftFactory,
    StoryFactory,
    ThreadFactory,
    VolunteerNeedFactory,
    VolunteerSignupFactory,
)
from samvirke.community.tokens import make_signup_token, make_unsubscribe_token
from samvirke.core.models import Country
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import ContactPersonFactory, LocationFactory, OrganisationFactory
from samvirke.editorial.models import Edition
from samvirke.editorial.services.freshness import make_verification_token
from samvirke.editorial.tests.factories import ChangeProposalFactory, EditionFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory, TargetGroupFactory
from samvirke.interop.models import ApiToken
from samvirke.policy import tokens
from samvirke.policy.models import EvaluationReport, ReportDocument
from samvirke.policy.tests.factories import (
    ActionFactory,
    FocusPointFactory,
    GoalFactory,
    IndicatorFactory,
    InvitationFactory,
    NarrativeSectionFactory,
    PolicyFactory,
    ProgrammeFactory,
    ReportFactory,
)

ROLES = ["anonymous", "practitioner", "owner", "other editor", "editor", "admin"]


def _png() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "PNG")
    return buffer.getvalue()


def build_world() -> SimpleNamespace:
    w = SimpleNamespace()
    w.region = RegionFactory(slug="midtjylland", name="Region Midtjylland", country=Country.DENMARK)
    w.holstebro = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune", region=w.region)
    far = RegionFactory(slug="syddanmark", name="Region Syddanmark", country=Country.DENMARK)
    w.vejle = MunicipalityFactory(slug="vejle", name="Vejle Kommune", region=far)

    w.organisation = OrganisationFactory(
        municipality=w.holstebro, name="Frivilligcenter", slug="frivilligcenter"
    )
    w.other_organisation = OrganisationFactory(
        municipality=w.holstebro, name="Boldklubben", slug="boldklubben"
    )
    w.initiative = InitiativeFactory(municipality=w.holstebro, title="Sprogcafé", slug="sprogcafe")
    InitiativeOrganiser.objects.create(initiative=w.initiative, organisation=w.organisation)
    w.location = LocationFactory(municipality=w.holstebro)
    w.initiative.locations.add(w.location)
    w.target_group = TargetGroupFactory(slug="nytilkomne", name="Nytilkomne")
    w.initiative.target_groups.add(w.target_group)
    w.contact = ContactPersonFactory(organisation=w.organisation, name="Anne Pedersen")

    w.users = {
        "practitioner": MembershipFactory(
            user=UserFactory(username="practitioner"),
            role="practitioner",
            organisation=w.other_organisation,
            municipality=w.holstebro,
        ).user,
        "owner": MembershipFactory(
            user=UserFactory(username="other-owner"),
            role="organisation_owner",
            organisation=w.other_organisation,
            municipality=w.holstebro,
        ).user,
        "other editor": MembershipFactory(
            user=UserFactory(username="other-editor"), municipality=w.vejle
        ).user,
        "editor": MembershipFactory(user=UserFactory(username="editor"), municipality=w.holstebro).user,
        "admin": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    w.tokens = {role: ApiToken.issue(user=user, name=role)[1] for role, user in w.users.items()}
    w.newcomer = UserFactory(username="newcomer")
    address = EmailAddress.objects.create(user=w.newcomer, email=w.newcomer.email, primary=True)
    w.email_confirmation_key = EmailConfirmationHMAC(address).key
    # Approvers see a request once its e-mail address is confirmed (and they were told).
    w.join_request = JoinRequest.objects.create(
        user=w.newcomer, organisation=w.organisation, approvers_notified_at=timezone.now()
    )

    # Editorial
    w.edition = EditionFactory(municipality=w.holstebro, number=1, pdf_status=Edition.PdfStatus.READY)
    w.edition.pdf.save("handbook.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    w.proposal = ChangeProposalFactory(initiative=w.initiative)
    w.verification_token = make_verification_token(entries=[w.initiative])

    # Community
    w.category = ForumCategoryFactory(municipality=w.holstebro)
    w.thread = ThreadFactory(category=w.category, author=w.users["practitioner"])
    w.post = PostFactory(thread=w.thread)
    w.unsubscribe_token = make_unsubscribe_token(user_id=w.users["practitioner"].pk)
    w.story = StoryFactory(municipality=w.holstebro, slug="god-historie", organisation=w.organisation)
    w.story_image = add_story_image(
        story_id=w.story.pk,
        user=w.users["admin"],
        upload=SimpleUploadedFile("x.png", _png(), content_type="image/png"),
        alt_text="Kaffe",
    )
    w.need = VolunteerNeedFactory(initiative=w.initiative)
    w.shift = ShiftFactory(need=w.need)
    w.signup = VolunteerSignupFactory(need=w.need)
    w.booking = VolunteerBooking.objects.create(
        signup=w.signup, shift=w.shift, status=VolunteerBooking.Status.CONFIRMED
    )
    w.signup_token = make_signup_token(signup=w.signup)

    # Policy, programmes, evaluation
    w.policy = PolicyFactory(municipality=w.holstebro, slug="integrationspolitik")
    w.focus_point = FocusPointFactory(focus_area__policy=w.policy)
    w.indicator = IndicatorFactory(criterion__policy=w.policy)
    w.goal = GoalFactory(policy=w.policy)
    w.programme = ProgrammeFactory(policy=w.policy, slug="handlingsprogram")
    w.action = ActionFactory(programme=w.programme)
    w.report = ReportFactory(policy=w.policy, status=EvaluationReport.Status.PUBLISHED)
    w.section = NarrativeSectionFactory(report=w.report)
    document = ReportDocument(report=w.report, version=1, status=ReportDocument.Status.READY)
    document.file.save("report.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    w.invitation = InvitationFactory(report=w.report, organisation=w.organisation)
    w.questionnaire_token = tokens.make_token(w.invitation)
    w.starts = timezone.now() + dt.timedelta(days=3)
    w.unknown_uuid = uuid.uuid4()
    return w
