from django import forms
from django.utils.translation import gettext_lazy as _

from samvirke.search.models import VocabularyEntry


class VocabularyEntryForm(forms.ModelForm):
    class Meta:
        model = VocabularyEntry
        fields = ["key", "need", "words", "danish", "swedish"]
        widgets = {"words": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["words"].widget.attrs.update(lang=self.instance.language, dir="auto")
        self.fields["danish"].widget.attrs.update(lang="da")
        self.fields["swedish"].widget.attrs.update(lang="sv")

    def clean_words(self):
        words = [line.strip() for line in self.cleaned_data["words"].splitlines() if line.strip()]
        if not words:
            raise forms.ValidationError(_("Write at least one word or phrase."))
        if len(words) > 50 or any(len(word) > 60 for word in words):
            raise forms.ValidationError(_("At most 50 lines of at most 60 characters each."))
        return "\n".join(words)

    def clean_key(self):
        key = self.cleaned_data["key"]
        taken = VocabularyEntry.objects.filter(language=self.instance.language, key=key)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("This language already has an entry with this key."))
        return key
