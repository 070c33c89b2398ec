"""Small review documents for the class tests: two parties, one article, then the clause under test."""

from __future__ import annotations

import re

FR_PARTIES = ("Entre la société Gamma Services, 8 quai Perrache, 69002 Lyon, ci-après « le Prestataire », et la société "
              "Delta Négoce, 1 rue Crébillon, 44000 Nantes, ci-après « le Client ».\n"
              "Article 1 – Objet\nLe Prestataire administre le parc informatique du Client.\n")
EN_PARTIES = ("This Agreement is made between Kappa IT Ltd, 2 Mill Lane, York YO1 7HH, England (\"Supplier\"), and "
              "Lambda Foods Ltd, 9 Dock Road, Hull HU1 2AA, England (\"Customer\").\n"
              "1. Services\nThe Supplier shall administer the Customer's computers.\n")


def fr(heading: str, *sentences: str) -> str:
    return FR_PARTIES + f"{heading}\n" + " ".join(sentences) + "\n"


def en(heading: str, *sentences: str) -> str:
    return EN_PARTIES + f"{heading}\n" + " ".join(sentences) + "\n"


def bare(lang: str, text: str) -> str:
    """The clause with its number inline and no title ("5.1 The Supplier will…")."""
    return (FR_PARTIES if lang == "fr" else EN_PARTIES) + text + "\n"


# a managed-services contract that hosts the client's data: its exit is an essential term
FR_HOSTING = ("Article 2 – Hébergement et sauvegardes\nLe Prestataire héberge dans son centre de données les serveurs "
              "et les données du Client et les sauvegarde chaque nuit.\n")
EN_HOSTING = ("2. Hosting and backups\nThe Supplier hosts the Customer's servers and data in its own data centre and "
              "backs them up every night.\n")


def managed(lang: str, heading: str, *sentences: str) -> str:
    """Parties, a hosting article, then the clause under test."""
    return (FR_PARTIES + FR_HOSTING if lang == "fr" else EN_PARTIES + EN_HOSTING) + f"{heading}\n" + \
        " ".join(sentences) + "\n"


def conditions(title: str, *, parties: bool = True, signed_by: tuple[str, ...] = ("Client", "Prestataire"),
               figures: bool = True) -> str:
    """French conditions titled `title`: the parties named or not, signed by whom, the deal's figures or not."""
    head = f"{title}\n\n"
    if parties:
        head += ("Entre la société Orme Informatique, SAS, 3 rue des Tanneurs, 67000 Strasbourg, ci-après « le "
                 "Prestataire », et l'association Les Ateliers du Rhin, 12 place Kléber, 67000 Strasbourg, ci-après « le "
                 "Client ».\n\n")
    body = ("Article 1 – Objet\nLes présentes conditions complètent les conditions générales du Prestataire et "
            "décrivent la maintenance des postes de travail et l'hébergement d'une application de gestion.\n\n"
            "Article 2 – Prix\n" + ("La redevance est de 1 480 € HT par mois pour 30 postes et deux serveurs virtuels.\n\n"
                                  if figures else "La redevance suit le barème publié par le Prestataire.\n\n") +
            "Article 3 – Durée\nLe contrat est conclu pour une durée de trente-six mois.\n\n")
    sign = ""
    if signed_by:
        sign = "Fait à Strasbourg, en deux exemplaires originaux.\n\n" + "".join(
            f"Pour le {who} :\nNom, qualité et signature\n\n" for who in signed_by)
    return head + body + sign


def case_id(case: tuple[str, bool, str]) -> str:
    """A readable test id for a (rule, fires, text) class case."""
    rule, fires, text = case
    return f"{rule}-{'fires' if fires else 'quiet'}-{text.splitlines()[-1][:40]}"


def check_rule(rule: str, fires: bool, text: str, *, spans: bool = False) -> None:
    """The rule fires on the text (or stays quiet), for the client's reading; with `spans`, a flag proven by a fact
    also points at that fact's own words in the document."""
    from assistant.legal.review.report import review_text

    flags = review_text(text, role="client").flags
    found = {f.rule for f in flags}
    assert (rule in found) is fires, f"{rule} {'missed' if fires else 'raised'}: {text!r} -> {sorted(found)}"
    if spans:
        for f in flags:
            if f.rule == rule and f.span is not None and f.facts:
                assert text[f.span[0]:f.span[1]] == f.facts[0]["evidence"]["quote"]


# -- the blind paraphrase batches (test_review_paraphrases_blind8/9): one clause in a small document --------------
_PROVIDERS = {"fr": ["Prestataire", "Titulaire", "Société", "Infogéreur", "Fournisseur"],
              "en": ["Service Provider", "Supplier", "Provider", "Contractor", "MSP", "Processor"]}
_CLIENTS = {"fr": ["Client"], "en": ["Customer", "Client", "Controller"]}


def _role(text: str, lang: str, names: dict[str, list[str]]) -> str:
    found = [(text.lower().find(n.lower()), n) for n in names[lang] if re.search(rf"\b{n}\b", text, re.I)]
    return min(found)[1] if found else names[lang][0]


def _fr_article(name: str) -> str:
    return f"l'{name}" if name[0] in "AEIOUÉÈH" else ("la " if name == "Société" else "le ") + name


def document(lang: str, text: str) -> str:
    provider, client = _role(text, lang, _PROVIDERS), _role(text, lang, _CLIENTS)
    m = re.match(r"(?:Article|Clause|Section|Paragraph)?\s*(\d+)[.\s–-]", text)
    number = max(int(m.group(1)) - 1, 1) if m else 1
    if lang == "fr":
        p, c = _fr_article(provider), _fr_article(client)
        de_c = "de " + c if not c.startswith("le ") else "du " + c[3:]
        return (f"Entre la société Alpha Infogérance, 12 rue des Tanneurs, 69003 Lyon, ci-après « {p} », et la société "
                f"Beta Conseil, 3 place Royale, 44000 Nantes, ci-après « {c} ».\n"
                f"Article {number} – Objet\n{p[0].upper() + p[1:]} assure l'exploitation et la supervision des "
                f"serveurs {de_c} et le support aux utilisateurs.\n{text}\n")
    return (f"This Agreement is made between Orion Managed Services Ltd, 10 King Street, Leeds LS1 2HL, England "
            f"(\"{provider}\"), and Castor Retail plc, 5 Queen Street, Bristol BS1 4DJ, England (\"{client}\").\n"
            f"{number}. Services\nThe {provider} shall operate and monitor the {client}'s servers and provide user "
            f"support.\n{text}\n")



def paraphrase_params(cases: list[tuple], still_wrong: dict[str, str]) -> list:
    """The batch's cases as pytest params, those still wrong as strict expected failures with their reason."""
    import pytest

    return [pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason=still_wrong[c[0]])]
                         if c[0] in still_wrong else []) for c in cases]


def check_paraphrase(rule: str, fires: bool, lang: str, text: str, why: str) -> None:
    """The whole review on the case's document: the rule fires as the writer said, its span is its fact's quote."""
    from assistant.legal.review.report import review_text

    doc = document(lang, text)
    flags = review_text(doc, role="client").flags
    found = {f.rule for f in flags}
    assert (rule in found) is fires, f"{rule} {'missed' if fires else 'raised'} ({why}): {text!r} -> {sorted(found)}"
    for f in flags:  # a flag proven by a fact points at that fact's own words in the document
        if f.rule == rule and f.span is not None and f.facts:
            assert doc[f.span[0]:f.span[1]] == f.facts[0]["evidence"]["quote"]


# -- documents for the class tests (test_review_classes11/12): personal data processed, backups sold --------------
FR_PD = ("Article 2 – Données personnelles\nLe Prestataire traite, pour le compte du Client et en qualité de "
         "sous-traitant, les données personnelles des salariés du Client.\n")
EN_PD = ("2. Personal data\nThe Supplier processes the personal data of the Customer's employees on the Customer's "
         "behalf, as its processor.\n")


def fr_dpa(heading: str, *lines: str) -> str:
    return FR_PARTIES + FR_PD + heading + "\n" + "\n".join(lines) + "\n"


def en_dpa(heading: str, *lines: str) -> str:
    return EN_PARTIES + EN_PD + heading + "\n" + "\n".join(lines) + "\n"


def backed_up(lang: str, heading: str, sentence: str) -> str:
    """Parties, a backup service sold, then the liability clause under test."""
    if lang == "fr":
        return (FR_PARTIES + "Article 2 – Sauvegardes\nLe Prestataire sauvegarde chaque nuit les serveurs du Client.\n"
                + heading + "\n" + sentence + "\n")
    return (EN_PARTIES + "2. Backups\nThe Supplier backs up the Customer's servers every night.\n" + heading + "\n"
            + sentence + "\n")
