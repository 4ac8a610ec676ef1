import pytest
from django.core.management import CommandError, call_command

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import TargetGroupFactory

GOOD = """titel;arrangør;målgrupper;sprog;dage;fra;til;sted;adresse;postnummer;by;pris;status
Sprogcaféen;Frivilligcenter Holstebro;Kvinder,newcomers;da,ar;tirsdag;17:00;19:00;Biblioteket;Greve Schacks Gade 2;7500;Holstebro;gratis;i gang
Jobcaféen;Jobcenter Holstebro;;da;TH;13.00;15.30;;;;;;planlagt
"""
BAD = """title,organisation,languages,start_date,end_date,status
Sprogcaféen,Frivilligcenter,da,2026-05-01,2026-04-01,running
,Jobcenter,klingon,,,sometimes
"""


@pytest.fixture
def holstebro(db):
    TargetGroupFactory(slug="women", name="Women", labels={"da": "Kvinder"})
    TargetGroupFactory(slug="newcomers", name="Newcomers")
    return MunicipalityFactory(slug="holstebro")


def test_danish_headers_import_with_schedules_places_and_groups(tmp_path, holstebro):
    path = tmp_path / "haandbog.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import_csv", str(path), municipality="holstebro", verbosity=0)
    cafe = Initiative.objects.get(title="Sprogcaféen")
    assert {g.slug for g in cafe.target_groups.all()} == {"women", "newcomers"}
    assert cafe.language_codes == ["ar", "da"]
    assert str(cafe.schedules.get()) in ("Tuesdays 17:00–19:00", "Tirsdage 17:00–19:00")
    assert cafe.locations.get().postcode == "7500"
    assert Initiative.objects.get(title="Jobcaféen").status == "planned"
    # Importing the same file again updates, never duplicates.
    call_command("import_csv", str(path), municipality="holstebro", verbosity=0)
    assert Initiative.objects.count() == 2 and cafe.schedules.count() == 1


def test_two_bad_rows_are_both_named_and_nothing_is_written(tmp_path, holstebro, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_csv", str(path), municipality="holstebro", verbosity=0)
    errors = capsys.readouterr().err
    assert "row 2, column “end_date”" in errors
    assert "row 3, column “title”" in errors and "row 3, column “languages”" in errors
    assert "row 3, column “status”" in errors
    assert not Initiative.objects.exists()


def test_export_is_the_import_format(tmp_path, holstebro):
    source = tmp_path / "in.csv"
    source.write_text(GOOD, encoding="utf-8")
    call_command("import_csv", str(source), municipality="holstebro", verbosity=0)
    exported = tmp_path / "out.csv"
    call_command("export_csv", str(exported), municipality="holstebro", verbosity=0)
    other = MunicipalityFactory(slug="struer")
    call_command("import_csv", str(exported), municipality="struer", verbosity=0)
    assert sorted(Initiative.objects.filter(municipality=other).values_list("title", flat=True)) == [
        "Jobcaféen",
        "Sprogcaféen",
    ]


def test_xlsx_is_read_too(tmp_path, holstebro):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Organisation", "Days", "From", "To"])
    sheet.append(["Lektiehjælp", "Biblioteket", "MO,WE", "15:00", "17:00"])
    path = tmp_path / "haandbog.xlsx"
    book.save(path)
    call_command("import_csv", str(path), municipality="holstebro", verbosity=0)
    assert Initiative.objects.get(title="Lektiehjælp").schedules.get().byday == "MO,WE"


def test_editor_previews_problems_then_imports_all_rows(client, holstebro, django_user_model):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from samvirke.accounts.tests.factories import MembershipFactory

    editor = MembershipFactory(role="editor", municipality=holstebro).user
    client.force_login(editor)
    page = client.post("/holstebro/import/", {"file": SimpleUploadedFile("bad.csv", BAD.encode())})
    text = page.content.decode()
    assert page.status_code == 200 and "end_date" in text and not Initiative.objects.exists()
    page = client.post("/holstebro/import/", {"file": SimpleUploadedFile("good.csv", GOOD.encode())})
    payload = page.context["payload"]
    assert not Initiative.objects.exists()
    response = client.post("/holstebro/import/", {"payload": payload})
    assert response.status_code == 302 and Initiative.objects.count() == 2
    assert client.post("/holstebro/import/", {"payload": payload + "x"}).status_code == 302
    assert Initiative.objects.count() == 2


def test_only_the_municipalitys_editors_may_import(client, holstebro, django_user_model):
    from samvirke.accounts.tests.factories import MembershipFactory

    assert client.get("/holstebro/import/").status_code == 302  # to the login page
    client.force_login(django_user_model.objects.create_user("someone", "s@example.org", "x"))
    assert client.get("/holstebro/import/").status_code == 404
    other_editor = MembershipFactory(role="editor", municipality=MunicipalityFactory(slug="silkeborg")).user
    client.force_login(other_editor)
    assert client.get("/holstebro/import/").status_code == 404
    assert client.get("/holstebro/export.csv").status_code == 404
