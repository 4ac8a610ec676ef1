from django.core.management.commands import shell


class Command(shell.Command):
    """Django's shell, without auto-importing simple-history's Historical* twins (they clash by name)."""

    def get_auto_imports(self):
        return [path for path in super().get_auto_imports() if ".Historical" not in path]
