"""The words initiatives.schedules uses for days, repeated here so makemessages puts them in the
guide's catalogues: the guide shows schedules in eight languages, the site only in three."""

from django.utils.translation import gettext_noop as _
from django.utils.translation import ngettext_lazy

WORDS = [
    _("Mondays"),
    _("Tuesdays"),
    _("Wednesdays"),
    _("Thursdays"),
    _("Fridays"),
    _("Saturdays"),
    _("Sundays"),
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
    _("first"),
    _("second"),
    _("third"),
    _("fourth"),
    _("last"),
    _("%(first)s and %(last)s"),
    _("%(days)s, every %(n)s weeks"),
    _("the %(ordinal)s %(day)s"),
    _("%(days)s of the month"),
    _("monthly"),
    _("weekly"),
]
PLURALS = [ngettext_lazy("day %(days)s of the month", "days %(days)s of the month", 1)]
