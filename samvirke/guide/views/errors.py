"""The guide's own error pages: in the guide's layout and the reader's language (decision 0061)."""

from samvirke.core.languages import guide_languages
from samvirke.core.selectors import get_municipality_of_path
from samvirke.guide.views.common import render_in


def guide_error_page(request, *, status: int, title, message):
    """The error page for an address under /<municipality>/guide/<lang>/, or None for any other."""
    parts = request.path_info.strip("/").split("/")
    if len(parts) < 3 or parts[1] != "guide" or parts[2] not in guide_languages():
        return None
    municipality, _region = get_municipality_of_path(path=request.path_info)
    if municipality is None:
        return None
    context = {"municipality": municipality, "title": title, "message": message, "status": status}
    return render_in(request, parts[2], "guide/error.html", context, status=status)
