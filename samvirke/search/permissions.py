"""Who may keep the newcomer vocabulary of a guide language (decision 0036).

Built from the role facts in `samvirke.accounts.permissions` (decision 0067).
"""

from samvirke.accounts.permissions import is_editor_anywhere, translates_language


def can_edit_vocabulary(user, language: str) -> bool:
    """Site admins, editors of any municipality or region, and translators for that language (or for
    every language). The vocabulary is per language, not per municipality."""
    return is_editor_anywhere(user) or translates_language(user, language)
