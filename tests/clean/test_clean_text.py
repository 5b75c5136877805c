"""The text-level cleaner: paragraphs, repeats, trailers, spacing, titles."""

from __future__ import annotations

from vigie.clean import clean_text, guess_title, split_paragraphs

BODY = [
    "Des manifestants ont défilé samedi dans le centre de la capitale pour réclamer la libération des détenus.",
    "La police a dispersé le rassemblement à coups de gaz lacrymogène, selon des témoins cités par l'agence.",
    "Le ministère de l'Intérieur a annoncé l'ouverture d'une enquête sur les violences de la journée.",
]


def cleaned(*paragraphs: str) -> tuple[list[str], list[tuple[str, str]]]:
    result = clean_text("\n\n".join(paragraphs))
    return result.paragraphs, [(r.reason, r.text) for r in result.removed]


def test_split_on_blank_lines_or_lines() -> None:
    assert split_paragraphs("Un.\n\nDeux\ntrois.\n \n\nQuatre.") == ["Un.", "Deux\ntrois.", "Quatre."]
    assert split_paragraphs("Un.\nDeux.\r\nTrois.") == ["Un.", "Deux.", "Trois."]


def test_spacing_is_collapsed() -> None:
    assert split_paragraphs("  Le\u00a0 mot\t«\u202fIran\u202f»  \u200bici.  ") == ["Le mot « Iran » ici."]


def test_repeated_caption_kept_once() -> None:
    caption = "Des soldats supervisent la formation au camp. (Photo par X / AFP via Getty Images)"
    kept, removed = cleaned(BODY[0], caption, caption, BODY[1])
    assert kept == [BODY[0], caption, BODY[1]]
    assert removed == [("duplicate paragraph", caption)]


def test_long_repeat_far_apart_removed_short_one_kept() -> None:
    signature = "— Yazeed (@Yzd8) August 23, 2013"
    kept, removed = cleaned(BODY[0], signature, BODY[1], signature, BODY[2], BODY[0].upper())
    assert kept == [BODY[0], signature, BODY[1], signature, BODY[2]]
    assert removed == [("duplicate paragraph", BODY[0].upper())]


def test_french_trailer_block() -> None:
    trailer = [
        "Vous aimez cet article ? Partagez-le avec un ami !",
        "*****************",
        "Vous pouvez lire l’article original ici",
        "Abonnez-vous à notre newsletter ➡️ ICI",
        "Soutenez-nous : faites un don via Paypal.",
        "ICI",
    ]
    kept, removed = cleaned(*BODY, *trailer)
    assert kept == BODY
    assert [reason for reason, _ in removed] == [
        "trailer: share",
        "trailer: separator",
        "trailer: original-link",
        "trailer: newsletter",
        "trailer: donation",
        "trailer: junk",
    ]


def test_english_trailer_block() -> None:
    body = [
        "Protesters marched through the capital on Saturday to demand the release of detainees.",
        "Police fired tear gas to disperse the crowd, witnesses told the agency.",
    ]
    trailer = [
        "Share this article",
        "Sign up for our free daily newsletter.",
        "Support us: your support is vital to independent journalism. Donate today.",
        "This article was originally published on Example News.",
        "All rights reserved.",
    ]
    kept, removed = cleaned(*body, *trailer)
    assert kept == body
    assert [r for r, _ in removed] == [
        "trailer: share",
        "trailer: newsletter",
        "trailer: donation",
        "trailer: original-link",
        "trailer: copyright",
    ]


def test_trailer_words_mid_article_are_kept() -> None:
    middle = [
        "Abonnez-vous à notre newsletter, lançait le parti sur ses affiches avant son interdiction.",
        "***",
        "Le groupe, qui collectait des dons via Paypal, affirme que votre soutien est essentiel.",
    ]
    kept, removed = cleaned(BODY[0], *middle, BODY[1])
    assert kept == [BODY[0], *middle, BODY[1]] and removed == []


def test_news_ending_that_mentions_a_newsletter_is_kept() -> None:
    ending = (
        "Le ministère a lancé une newsletter hebdomadaire consacrée aux réfugiés, a précisé son porte-parole."
    )
    kept, removed = cleaned(*BODY, ending)
    assert kept == [*BODY, ending] and removed == []
    ending = "Pour conclure, le militant partage cette vidéo de la manifestation de Hama après le discours."
    assert cleaned(*BODY, ending)[1] == []


def test_trailer_needs_a_real_trailer_not_just_short_lines() -> None:
    kept, removed = cleaned(*BODY, "Mise à jour", "Photo : AFP")
    assert removed == [] and len(kept) == 5


def test_credit_cut_only_inside_a_trailer_block() -> None:
    credit = "Photo de drapeaux de Samuele Ghilardi, sous licence Creative Commons CC BY-NC-ND 2.0."
    assert cleaned(*BODY, credit)[1] == []
    series = "Ce billet fait partie du dossier spécial de Global Voices sur le soulèvement en Syrie 2011."
    kept, removed = cleaned(series, *BODY, series, credit)
    assert kept == BODY
    assert removed == [("header: series", series), ("trailer: series", series), ("trailer: credit", credit)]


def test_single_paragraph_is_never_cut() -> None:
    assert cleaned("Partagez cet article !")[0] == ["Partagez cet article !"]


def test_guess_title() -> None:
    assert guess_title(["Iran watches from the wings as US and Iraq confirm plans", *BODY]) is not None
    assert guess_title(["Une phrase qui finit par un point.", *BODY]) is None
    assert guess_title(["Il a déclaré :", *BODY]) is None
    assert guess_title(["Deux\nlignes", *BODY]) is None
    assert guess_title(["x" * 250, *BODY]) is None
    assert guess_title(["Seul paragraphe sans point"]) is None
