"""Typed facts checked on values (session 27, issue 13): the place of the governing law, the length of a renewed
period and the notice that stops it, and parties named without a company form. Our own wording, EN and FR."""

from __future__ import annotations

import pytest

from assistant.legal.review.facts import extract_facts
from assistant.legal.review.facts.parties import party_names
from assistant.legal.review.segmentation import segment


def facts(text: str, kind: str):
    doc = extract_facts(segment(text), text)
    found = doc.all(kind)
    for f in found:  # every fact is proven by the document's own words at its span
        assert text[f.evidence.start:f.evidence.end] == f.evidence.quote
    return found


def place(text: str) -> str | None:
    got = facts(text, "governing_law")
    return got[0].place if got else None


# -- governing law as a place -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("This Agreement is governed by the laws of the State of New York, without regard to its conflict of laws rules.",
     "New York"),
    ("This Agreement shall be interpreted and enforced under, and governed by, the internal laws of the State of Oregon "
     "applicable to contracts made and wholly performed there.", "Oregon"),
    ("THIS AGREEMENT SHALL BE INTERPRETED ACCORDING TO AND GOVERNED BY THE SUBSTANTIVE LAWS OF THE STATE OF VERMONT, "
     "EXCLUDING ITS CHOICE OF LAW PRINCIPLES.", "Vermont"),
    ("The parties agree that this contract is to be read in accordance with Scottish law.", None),
    ("The parties agree that this contract shall be construed in accordance with Scottish law.", "Scotland"),
    ("The laws of the Province of Manitoba shall govern every question arising under this contract.", "Manitoba"),
    ("This contract is made in the State of Ohio and shall be construed under the laws of that State.", "Ohio"),
    ("This Agreement shall be governed by the laws of England and Wales.", "England and Wales"),
    ("Questions about this Agreement are governed by Delaware law.", "Delaware"),
    ("Le présent contrat est régi par le droit luxembourgeois.", "Luxembourg"),
    ("Le contrat est soumis au droit de la République de Côte d'Ivoire.", "Côte d'Ivoire"),
])
def test_governing_law_place_in_usual_orders(sentence, expected):
    text = f"14. Applicable law\n{sentence}\n"
    assert place(text) == expected


def test_state_law_beside_federal_law_names_the_state():
    text = ("9. Law\nThis Agreement is governed by the laws of the United States of America and of the Commonwealth of "
            "Kentucky as applied to agreements performed within Kentucky.\n")
    got = facts(text, "governing_law")
    assert got and got[0].place == "Kentucky" and got[0].law == "other"


def test_french_law_keeps_its_weight_and_a_mere_compliance_duty_is_no_governing_law():
    got = facts("Article 20 – Droit applicable\nLe présent accord est régi par la loi française.\n", "governing_law")
    assert got and got[0].law == "french" and got[0].place == "France"
    assert facts("7. Compliance\nThe Supplier shall comply with all laws of the State of Utah on export.\n",
                 "governing_law") == []


# -- renewal: the renewed period and the notice that stops it -----------------------------------------------------
def renewal(text: str):
    got = [f for f in facts(text, "renewal") if f.tacit or f.option]
    return got[0] if got else None


def test_successive_periods_and_their_notice_read_as_values():
    r = renewal("3. Term\nThis Agreement shall automatically renew for successive one (1) year periods unless either "
                "party gives ninety (90) days' prior written notice of non-renewal.\n")
    assert r and r.tacit and r.renewal_months == 12 and r.notice_months == 3


@pytest.mark.parametrize("sentence, months", [
    ("After the first term this Agreement continues from year to year unless a party ends it by two months' notice.", 12),
    ("The subscription renews automatically for consecutive monthly periods unless cancelled in the portal.", 1),
    ("Ensuite, le contrat se renouvelle tacitement de trimestre en trimestre, par périodes trimestrielles.", 3),
    ("Le contrat est ensuite reconduit tacitement d'année en année, sauf dénonciation.", 12),
])
def test_period_words_give_the_renewed_length(sentence, months):
    r = renewal(f"5. Duration\n{sentence}\n")
    assert r and r.tacit and r.renewal_months == months


def test_renewal_in_its_own_article_apart_from_the_term():
    text = ("Article 3 – Durée\nLe contrat est conclu pour une durée initiale de trois ans à compter de sa signature.\n"
            "Article 4 – Reconduction\nÀ l'expiration de la durée initiale, le contrat est reconduit tacitement par "
            "périodes successives de deux ans, sauf dénonciation par lettre recommandée reçue quatre mois avant "
            "l'échéance.\n")
    r = renewal(text)
    assert r and r.tacit and r.renewal_months == 24 and r.notice_months == 4


def test_an_option_to_renew_is_a_renewal_but_not_a_tacit_one():
    r = renewal("7. Term\nThe Customer has the option to renew this Agreement for another three years on the same "
                "terms.\n")
    assert r and r.option and not r.tacit and r.renewal_months == 36
    text = ("7. Term\nThe Customer has the option to renew this Agreement for another five years.\n"
            "8. Fees\nFees are payable monthly.\n")
    from assistant.legal.review.report import review_text
    assert "tacit_renewal_long" not in {f.rule for f in review_text(text, role="client").flags}


def test_the_notice_said_with_the_renewal_wins_over_another_notice_of_the_article():
    text = ("2. Term and renewal\nThis Agreement renews automatically for additional one-year terms unless the Client "
            "objects in writing forty-five (45) days before the anniversary date. Either party may end this Agreement "
            "at any time for convenience on one hundred and twenty (120) days' written notice.\n")
    r = renewal(text)
    assert r and r.notice_months == 1.5


def test_a_notice_to_leave_at_any_time_is_no_renewal_notice():
    text = ("2. Term\nThis Agreement will automatically renew for additional one-year terms unless earlier terminated "
            "under its provisions. Either party may terminate it at any time for convenience on sixty (60) days' "
            "written notice.\n")
    r = renewal(text)
    assert r and r.renewal_months == 12 and r.notice_months is None


@pytest.mark.parametrize("sentence", [
    "If an arbitration delays a step, that time limit shall automatically be extended by the number of days it lasted.",
    "The first term begins on the signature date and shall continue until 31 March 2031, unless terminated as provided "
    "herein.",
])
def test_a_time_limit_pushed_back_or_a_first_term_running_out_is_no_renewal(sentence):
    assert renewal(f"6. Term\n{sentence}\n") is None


# -- parties named without a company form --------------------------------------------------------------------------
def names(text: str) -> set[str]:
    provider, client = party_names(text)
    return set(provider) | set(client)


def test_a_cooperative_is_a_party():
    text = ("ENTRE\nLa Coopérative laitière du Ségala, dont le siège est à Rodez, ci-après dénommée « la Coopérative »,\n"
            "ET\nOrbe Infogérance SAS, ci-après « Orbe »,\nOrbe assure l'exploitation des serveurs de la Coopérative. "
            "La Coopérative paie la redevance mensuelle.\n")
    provider, client = party_names(text)
    assert "cooperative" in client and "orbe" in provider


def test_a_foundation_and_a_family_trust_are_parties():
    fr = ("Entre la Fondation Vernier pour la lecture, ci-après « la Fondation », et Nacre Systèmes SARL, ci-après "
          "« Nacre ». Nacre fournit l'assistance ; la Fondation paie les factures.\n")
    assert {"fondation", "nacre"} <= names(fr)
    en = ('This agreement is made between the Smith Family Trust ("the Trust") and Keel Hosting Ltd ("Keel"). Keel '
          "shall host the Trust's archive. The Trust shall pay the monthly fee.\n")
    provider, client = party_names(en)
    assert "trust" in client and "keel" in provider


def test_a_person_and_a_party_with_two_defined_names():
    text = ('This consulting agreement is between MARIA OKAFOR, an individual residing in Leeds ("Advisor"), and '
            'BRIGHTWELL ANALYTICS LIMITED ("Company", "Brightwell"). Advisor shall provide the advice. The Company '
            "shall pay the fees.\n")
    assert {"advisor", "brightwell", "company"} <= names(text)


def test_a_defined_term_is_still_no_party():
    text = ('Keel Hosting Ltd ("Keel") provides the services from the Effective Date (the "Start Date") for the fees '
            '(the "Charges").\n')
    assert names(text) & {"start date", "charges"} == set()


@pytest.mark.parametrize("text, expected", [
    # the verb on one line, the law after a blank line the layout left: the conflict-of-laws proviso says which it is
    ("11. Law\nThis Agreement shall be read under, and be governed by, the\n\n\n\nlaws of the State of Idaho, without "
     "regard to the conflict of laws rules of that state.\n", "Idaho"),
    ("11. LAW\nTHE PARTIES' DUTIES SHALL BE GOVERNED BY THE LAWS, OTHER THAN CHOICE OF LAW RULES, OF THE STATE OF "
     "MONTANA.\n", "Montana"),
])
def test_governing_law_across_a_layout_break_or_an_aside(text, expected):
    assert place(text) == expected


# -- termination for convenience: a notice after "at any time" is how, not why ----------------------------------------
@pytest.mark.parametrize("sentence, party", [
    ("The Customer may terminate this Agreement at any time upon sixty (60) calendar days' written notice to the Supplier.",
     "client"),
    ("Either party may end this Agreement at any time upon three months' written notice.", "either"),
])
def test_an_exit_at_any_time_on_notice_is_for_convenience(sentence, party):
    got = [t for t in facts(f"12. Termination\n{sentence}\n", "termination") if t.for_convenience]
    assert got and got[0].party == party


def test_at_any_time_upon_a_breach_is_still_for_cause():
    text = "12. Termination\nThe Customer may terminate this Agreement at any time upon a material breach by the Supplier.\n"
    assert not [t for t in facts(text, "termination") if t.for_convenience]


# -- carve-outs from a limit of liability, not indemnities or insurance covers ---------------------------------------
def carves(text: str):
    return [c for c in facts(text, "carve_outs") if c.excluded_from_limit]


@pytest.mark.parametrize("sentence", [
    "The Supplier shall indemnify and hold harmless the Customer from all losses and liabilities arising from death or "
    "bodily injury caused by its staff.",
    "The Supplier shall keep public liability insurance with a limit of at least two million euros per event for bodily "
    "injury and property damage.",
    "Le Prestataire garantit le Client contre toute réclamation d'un tiers pour dommages corporels causés par son "
    "personnel.",
    "Bodily injury and property damage indemnity",
])
def test_an_indemnity_or_an_insurance_cover_is_no_carve_out(sentence):
    assert carves(f"10. Indemnity and insurance\n{sentence}\n") == []


def test_a_carve_out_from_the_limit_is_still_read():
    got = carves("9. Liability\nThe limitations of this Section shall not apply to liability for death or personal "
                 "injury caused by negligence, or for gross negligence.\n")
    assert got and {"gross_negligence", "bodily_injury"} <= set(got[0].items)


@pytest.mark.parametrize("sentence, item", [
    ("Except for claims under Section 11, the total liability of either party shall not exceed the fees paid in the "
     "twelve months before the claim.", "referenced_clause"),
    ("Except with respect to its indemnification obligations, in no event shall either party be liable for indirect or "
     "consequential damages.", "indemnities"),
    ("Sauf en cas d'atteinte à la confidentialité, la responsabilité totale du Prestataire ne pourra excéder le montant "
     "annuel des redevances.", "confidentiality"),
])
def test_a_carve_out_named_by_clause_or_obligation(sentence, item):
    got = carves(f"9. Liability\n{sentence}\n")
    assert got and item in got[0].items


# -- assignment: a denied subject with "without consent" needs consent ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Neither party shall transfer or assign this Agreement without the prior written consent of the other party.",
    "No Party shall have the right to assign its rights under this Agreement without the consent of the other Parties.",
    "Neither of the parties may hand this Agreement over to a successor without the written approval of the other.",
])
def test_neither_party_may_assign_without_consent(sentence):
    got = facts(f"15. Assignment\n{sentence}\n", "assignment")
    assert got and got[0].what == "assign" and got[0].consent == "required"


def test_assignment_freely_is_still_free():
    got = facts("15. Assignment\nThe Supplier may assign this Agreement to any affiliate without the consent of the "
                "Customer.\n", "assignment")
    assert got and got[0].consent == "not_required"


@pytest.mark.parametrize("text, expected", [
    ("THIS AGREEMENT is dated 1 May 2026\nBETWEEN: (1) HARROW DATA LIMITED (registered number 0456) whose registered "
     "office is at 2 Mill Lane, Leeds (the Company) (2) PRIYA NAIR (the Adviser).\nThe Adviser shall advise the "
     "Company.\n", {"company", "adviser"}),
    ('CORVID TOOLING B.V., KANAALWEG 3, UTRECHT (HEREAFTER "CORVID") and LARK SYSTEMS, INC., 12 ELM ROAD, AUSTIN '
     '(HEREAFTER "LARK").\nLark shall host the platform.\n', {"corvid", "lark"}),
    ('Quarry Holdings, L.L.C. ("Quarry") and Fenwick Media, L.L.C. ("Fenwick") enter into this Agreement.\nFenwick '
     "shall operate the station.\n", {"quarry", "fenwick"}),
])
def test_parties_in_british_layout_hereafter_and_dotted_forms(text, expected):
    assert expected <= names(text)


def test_a_defined_name_that_begins_like_an_article_keeps_its_letters():
    text = ('Theta Cloud Ltd ("Theta") and Lemon Retail SAS ("Lemon") agree as follows. Theta shall host the shop. '
            "Lemon shall pay the fees.\n")
    provider, client = party_names(text)
    assert "theta" in provider and "lemon" in client


def test_an_extension_a_party_elects_is_an_option_not_a_tacit_renewal():
    r = renewal("4. Term\nIf the Customer elects to extend this Agreement for a further period of one year, the "
                "other terms shall continue during that further period.\n")
    assert r and r.option and not r.tacit


@pytest.mark.parametrize("sentence", [
    "If either party fails to cure a material breach within thirty (30) days of notice, the non-breaching party may "
    "terminate this Agreement at any time by written notice.",
    "En cas de manquement grave non réparé sous trente jours, la partie non défaillante peut résilier le contrat à tout "
    "moment par lettre recommandée.",
    "If the support services are terminated by the Supplier for any reason whatsoever, the Customer may ask for them "
    "again on payment of the fees.",
])
def test_an_exit_after_the_others_breach_or_a_termination_as_a_condition_is_not_for_convenience(sentence):
    assert not [t for t in facts(f"12. Termination\n{sentence}\n", "termination") if t.for_convenience]


def test_defined_things_named_with_a_role_word_are_no_parties():
    text = ('Keel Hosting Ltd ("Keel") and Orme Retail Inc. ("Customer") agree as follows. Keel shall host the servers '
            'of Customer (the "Customer Equipment") and the shop (the "Customer Website") for the fees (the "Service '
            'Fees"), through its staff (the "Provider Representatives").\n')
    provider, client = party_names(text)
    assert "customer" in client and "keel" in provider
    assert not {"customer equipment", "customer website", "service fees", "provider representatives"} & (
        set(provider) | set(client))


@pytest.mark.parametrize("sentence, party", [
    ("This Agreement may be terminated by the Customer by written notice to the Supplier (i) at any time upon three (3) "
     "months' prior written notice, or (ii) if the Supplier is in breach.", "client"),
    ("This Agreement may be ended (a) by mutual written agreement of the parties or (b) by either party upon ten days' "
     "written notice to the other party.", "either"),
    ("Either party may terminate this Agreement after the Initial Term upon at least three (3) months' prior written "
     "notice to the other party.", "either"),
])
def test_an_exit_on_notice_in_a_list_or_after_the_first_term_is_for_convenience(sentence, party):
    got = [t for t in facts(f"12. Termination\n{sentence}\n", "termination") if t.for_convenience]
    assert got and got[0].party == party


def test_a_list_of_grounds_only_is_no_exit_for_convenience():
    text = ("12. Termination\nThis Agreement may be terminated by the Customer (a) if the Supplier becomes insolvent, or "
            "(b) upon a material breach by the Supplier not cured within thirty days.\n")
    assert not [t for t in facts(text, "termination") if t.for_convenience]


# -- a contract with no end date ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "This Agreement takes effect on signature and is concluded for an indefinite period.",
    "The term of this Agreement starts on the Effective Date and continues thereafter indefinitely until terminated "
    "under Section 9.",
    "This Agreement shall remain in effect until terminated by either party.",
    "Le présent contrat est conclu pour une durée indéterminée à compter de sa signature.",
    "This Agreement and the support it provides shall remain in force perpetually as long as the fees are paid.",
])
def test_a_contract_without_an_end_date(sentence):
    got = facts(f"3. Term\n{sentence}\n", "contract_term")
    assert got and got[0].indefinite


@pytest.mark.parametrize("sentence", [
    "The Supplier grants the Customer a perpetual, irrevocable licence to use the reports.",
    "This Agreement is concluded for three years and then renews automatically for successive one-year periods until "
    "terminated by either party.",
    "Le contrat n'est pas conclu pour une durée indéterminée.",
])
def test_a_perpetual_licence_a_renewal_or_a_denial_is_no_contract_without_end(sentence):
    assert facts(f"3. Term\n{sentence}\n", "contract_term") == []


def test_no_end_date_read_past_a_condition_and_not_from_a_licence_grant():
    got = facts("17. Term\n(a) This Agreement and the rights it gives shall remain in effect perpetually as long as the fees "
                "are paid and the Agreement is not otherwise terminated under this Section.\n", "contract_term")
    assert got
    assert facts("5. Licence\nThe Vendor grants the Customer a perpetual and irrevocable, non-exclusive, non-transferable "
                 "(except under Section 14 of this Agreement) right and licence to use the software.\n",
                 "contract_term") == []


@pytest.mark.parametrize("text, months, notice", [
    ("The Initial Term is three (3) years. Thereafter this Agreement will automatically renew for periods equal to the "
     "Initial Term unless a party gives notice of non-renewal at least six months before expiry.", 36, 6),
    ("This Agreement shall continue in effect for an initial term of five years and shall thereafter be renewed for "
     "successive five (5) year terms unless terminated by either party upon twelve (12) months written notice prior to "
     "the expiration of the then current term.", 60, 12),
    ("Le contrat, conclu pour deux ans, est ensuite reconduit tacitement pour des périodes d'une durée égale à la "
     "période initiale, sauf dénonciation trois mois avant l'échéance.", 24, 3),
])
def test_renewed_length_said_by_reference_or_after_the_first_term(text, months, notice):
    r = renewal(f"3. Term\n{text}\n")
    assert r and r.tacit and r.renewal_months == months and r.notice_months == notice


@pytest.mark.parametrize("sentence, months", [
    ("The Agreement renews each year on its anniversary for another year, unless the Customer cancels it at least two "
     "(2) months before that date.", 12),
    ("L'abonnement est reconduit tacitement chaque mois, sauf résiliation par le Client avant la fin du mois en cours.", 1),
])
def test_renewal_said_as_each_year_or_another_year(sentence, months):
    r = renewal(f"3. Term\n{sentence}\n")
    assert r and r.tacit and r.renewal_months == months
