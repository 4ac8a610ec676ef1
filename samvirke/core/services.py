"""Writes every app shares."""


def apply_changes(obj, values: dict) -> list[str]:
    """Set the fields of `obj` whose values differ from `values`; their names (empty: nothing to save).
    Imports and the demo loader use it so that an unchanged row is neither saved nor counted."""
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    return changed
