"""Language identification: analysable languages win when the identifier hesitates; foreign text stays foreign."""

from __future__ import annotations

from vigie.clean.language import detect_language


def test_english_about_nigeria_is_english():
    """py3langid ranks Nigerian Pidgin first on this sentence; English, a close second, is preferred."""
    assert (
        detect_language("Nigerian police in Abuja said the gunmen kidnapped the traders on Friday.")[0]
        == "en"
    )


def test_arabic_stays_arabic():
    """A clear foreign text is not pulled towards an analysed language."""
    text = "قال مسؤولون إن مسلحين هاجموا مركزا للشرطة في المدينة يوم الاثنين وقتلوا ثلاثة من عناصرها."
    assert detect_language(text)[0] == "ar"


def test_french_is_french():
    """French news is French."""
    assert (
        detect_language("Des soldats ont été tués lors d'une attaque à la roquette contre une base.")[0]
        == "fr"
    )
