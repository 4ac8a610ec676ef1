from samvirke.core.slugs import make_slug, unique_slug


def test_danish_letters_are_written_out_and_swedish_ones_decomposed():
    assert make_slug("Sprogcafé på Ærø") == "sprogcafe-pa-aeroe"
    assert make_slug("Søndagsmøde i Næstved") == "soendagsmoede-i-naestved"
    assert make_slug("Språkcafé i Västerås") == "sprakcafe-i-vasteras"


def test_a_name_without_letters_gets_the_fallback_and_a_long_one_is_cut():
    assert make_slug("!!!", fallback="story") == "story"
    assert len(make_slug("ø" * 300)) <= 180


def test_a_taken_slug_is_numbered():
    taken = {"sprogcafe", "sprogcafe-2"}
    assert unique_slug("Sprogcafé", taken=taken.__contains__) == "sprogcafe-3"
