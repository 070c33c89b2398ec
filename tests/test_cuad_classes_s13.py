"""Classes of reading errors seen on real US service contracts (issue 13), on passages written here.

- the frame of a text export (page numbers, a running footer repeated on every page) is not a heading,
  and a footer repeated with a short paragraph under it is not a table of contents that blanks it;
- cross-references that open a line ("Clause 12 (Fees)…", "SECTION 4 OF THE AGREEMENT.") do not make a
  document "article-styled" (which would turn its "8. INSURANCE" headings into list items);
- a numbered sentence in prose is a clause with a body, not a title with nothing under it;
- the layout's runs of spaces and broken lines do not hide a cue;
- wording families: the chosen law, a right to stop the service, an early-termination penalty,
  liquidated damages as the full measure of damages.
"""

from __future__ import annotations

from assistant.legal.review.classify import cue_scores, label_clause
from assistant.legal.review.layout import blank_frame
from assistant.legal.review.segmentation import Clause, segment


def _clause_with(clauses: list[Clause], words: str) -> Clause:
    found = [c for c in clauses if words in " ".join(c.text.split())]
    assert found, f"no clause holds {words!r}: {[c.heading for c in clauses]}"
    return found[0]


def _topics(text: str, heading: str = "") -> tuple[str, ...]:
    return label_clause(Clause(heading=heading, text=text, start=0)).topics


# -- the frame of a text export ------------------------------------------------------------------
FOOTER = "Filed with: ORBIT HOLDINGS CORP., FORM 10-Q, 3/14/2011"
EXPORT = f"""1. Hosting Services. Vendor shall host the portal on its servers and keep it running.

2. Fees. Client pays the monthly hosting charge within thirty days of each invoice.

{FOOTER}

                                   2

3. Limits. The aggregate liability of either party for any claim shall be capped at the fees paid.

{FOOTER}

(b) NEITHER PARTY'S TOTAL LIABILITY WILL GO BEYOND THE AMOUNTS RECEIVED IN THE PRIOR YEAR.

4. Term. This agreement runs for two years from signature.

{FOOTER}

                                   PAGE 4

5. Law. The laws of the State of Oregon govern this agreement.
"""


def test_running_footer_and_page_numbers_are_blanked_in_place():
    out = blank_frame(EXPORT)
    assert len(out) == len(EXPORT)
    assert FOOTER not in out and "PAGE 4" not in out
    assert "Vendor shall host the portal" in out


def test_running_footer_is_not_a_heading_and_does_not_swallow_the_paragraph_under_it():
    clauses = segment(EXPORT)
    assert not any("ORBIT" in c.heading or "PAGE" in c.heading for c in clauses)
    limits = _clause_with(clauses, "NEITHER PARTY'S TOTAL LIABILITY")
    assert limits.number == "3."
    assert "liability" in label_clause(limits).topics


def test_a_line_repeated_as_a_list_item_or_a_label_is_kept():
    text = "Signed for Alpha\nBy:\nName:\nSigned for Beta\nBy:\nName:\nSigned for Gamma\nBy:\nName:\n"
    assert blank_frame(text) == text


# -- cross-references at a line start --------------------------------------------------------------
XREF = """1. SCOPE
Supplier repairs the customer's units in its workshop and ships them back, as set out in
Clause 12 (“Charges”), and subject to
SECTION 4 OF THE MASTER TERMS.
Clause 9.2 (iii),
2. CHARGES
Each repair is invoiced at the rates of the price list in force on the order date.
3. INSURANCE
3.1 Throughout the term the Supplier shall keep in force, with reputable insurers, cover
for damage to the units in its custody.
4. GOVERNING LAW
This contract is subject to the laws of Delaware.
"""


def test_cross_references_opening_a_line_do_not_hide_numbered_headings():
    clauses = segment(XREF)
    cover = _clause_with(clauses, "reputable insurers")
    assert cover.parent and "INSURANCE" in cover.parent
    assert "insurance" in label_clause(cover).topics


# -- a numbered sentence is a clause, not an empty title ---------------------------------------------
PROSE = """4. Deliverables
4.1 Vendor shall build the reporting module by the agreed date.
4.2 The customer grants the vendor a worldwide, royalty-free right to use its logo on the portal.
5. Acceptance
5.1 The customer tests each deliverable within ten days of delivery and reports defects.
"""


def test_a_numbered_sentence_in_prose_keeps_its_words_as_a_body():
    clauses = segment(PROSE)
    grant = _clause_with(clauses, "royalty-free right to use its logo")
    assert grant.number == "4.2"
    assert "intellectual_property" in label_clause(grant).topics


def test_a_title_in_title_case_stays_a_title():
    clauses = segment("7. Limitation of Liability and Exclusion of Indirect Damages.\n"
                      "Neither party owes damages for lost profits; each party's liability is capped at the fees.\n")
    assert clauses[0].heading.startswith("7. Limitation of Liability")
    assert "lost profits" in clauses[0].text


# -- the layout's gaps -------------------------------------------------------------------------------
def test_runs_of_spaces_and_broken_lines_do_not_hide_a_cue():
    spread = ("Upon expiry of this Agreement for any reason, the Host                    shall at the                "
              "customer's option\n   return all content or transfer it to a successor host.")
    assert "reversibility" in _topics(spread)
    law = "This Agreement is to be read,   performed and in every respect governed by\n    and in accordance with the laws in the Province of Ontario."
    assert "disputes" in _topics(law)


# -- wording families --------------------------------------------------------------------------------
def test_the_chosen_law_in_its_usual_orders():
    for text in ("The internal laws of the State of Vermont shall govern this contract and any dispute about it.",
                 "This Agreement will be interpreted under the laws of England and Wales.",
                 "Le présent contrat est régi par le droit français, y compris pour son exécution."):
        assert "disputes" in _topics(text), text


def test_a_bare_mention_of_law_is_not_a_choice_of_law():
    assert "disputes" not in _topics("Each party complies with the laws that apply to its own business and staff.")


def test_a_right_to_stop_providing_the_service_is_read_as_termination():
    for text in ("The provider may, at its discretion and at any time, discontinue offering the mailbox service.",
                 "Le prestataire se réserve le droit de cesser à tout moment de fournir le service d'hébergement."):
        assert "termination" in _topics(text), text
    assert "termination" not in _topics("The provider shall continue providing the service during the holidays.")


def test_an_early_termination_penalty_is_a_penalty():
    text = ("If the client ends the order before its third anniversary, it owes an early termination penalty equal "
            "to the charges of the remaining months, due on the date the order ends.")
    assert "penalties" in _topics(text)


def test_liquidated_damages_as_the_whole_measure_are_a_liability_limit():
    en = ("The parties agree that the sum stated in the schedule is the full and liquidated damages owed for a missed "
          "milestone, and not a penalty.")
    fr = "L'indemnité prévue ci-dessus est forfaitaire et définitive ; elle constitue la seule indemnisation due au client."
    assert "liability" in _topics(en)
    assert "liability" in _topics(fr)
    assert "liability" in cue_scores("", fr)


# -- a heading kept at the end of the previous paragraph's line ---------------------------------------------
def test_a_title_closing_a_long_line_opens_the_next_clause():
    para = ("Either party may ask the other to replace a member of its team who breaches the site rules, and the "
            "replacement joins within ten business days with the same skills and seniority, at no extra charge to "
            "the customer, unless the customer asked for a different profile in writing before the change.")
    text = (f"6. Staff\n6.1 Replacement Of Staff\n{para}   6.2 Restraint On Hiring - Each Other's Staff\n"
            "Neither party shall solicit or hire an employee of the other party during the term and for one year "
            "after it ends.\n")
    clauses = segment(text)
    hire = _clause_with(clauses, "Neither party shall solicit")
    assert hire.number == "6.2"
    assert "non_solicitation" not in label_clause(_clause_with(clauses, "replacement joins within")).topics
    assert "non_solicitation" in label_clause(hire).topics


# -- words with several legal senses ------------------------------------------------------------------------
def test_an_audit_log_is_not_an_audit_right():
    assert "audit" not in _topics("The platform keeps an audit trail of every login and of each change to customer "
                                  "records for twelve months.", heading="Logging")
    assert "audit" not in _topics("Audit logs of the administrators' actions are exported to the client's SIEM daily.")
    assert "audit" in _topics("Customer may audit the provider's books and records once a year on thirty days' notice.")


def test_insurance_as_the_client_business_is_not_a_duty_to_be_insured():
    assert "insurance" not in _topics("Vendor handles the first notice of loss and keys each file into the carrier's "
                                      "system within two days.", heading="Insurance Claims Administration")
    assert "insurance" in _topics("Vendor keeps professional liability insurance of two million dollars per claim "
                                  "and sends a certificate on request.", heading="Insurance")


def test_a_lead_in_and_its_items_on_the_lines_below_read_as_one_sentence():
    text = ("When this contract ends for any reason, the Host shall, at the Customer's option:\n\n"
            "      (i) return every file of the Customer in an open format; or\n\n"
            "      (ii) transfer the files to the successor host named by the Customer.")
    assert "reversibility" in _topics(text)


def test_a_heading_after_a_wide_gap_on_a_short_line_opens_the_next_clause():
    text = ("7. Staff\n7.1 Replacement\nThe customer may ask for a new technician once a quarter.   7.2 No Poaching\n\n"
            "Neither party will recruit the other's engineers during the term.\n")
    clauses = segment(text)
    assert _clause_with(clauses, "recruit the other's engineers").number == "7.2"
    # one space after a sentence is ordinary prose: no cut
    prose = "8. Fees\n8.1 Rates\nRates are in the schedule. 8.2 percent of the fee is withheld as tax.\n"
    assert [c.number for c in segment(prose)] == ["8.1"]


def test_an_insurance_heading_reads_a_cover_kept_with_insurers_fr_and_en():
    assert "insurance" in _topics("Le Prestataire maintient, auprès d'assureurs notoirement solvables, les garanties "
                                  "couvrant les dommages causés au Client pendant toute la durée du contrat.",
                                  heading="Article 8 – Assurances")
    assert "insurance" not in _topics("No insurer of either party acquires any right under the indemnities above.",
                                      heading="Insurers and Third Parties")


def test_a_body_with_a_running_line_blanked_keeps_its_place_in_the_document():
    """The running line is blanked inside the clause (offsets kept, words not): the body is still located in the
    document, so evidence spans point at the document's own words (our own text)."""
    from assistant.legal.review.facts.extract import body_start

    footer = "Acme Hosting Ltd - Service Terms - confidential"
    bodies = [("Backups", "The provider keeps the nightly copies for thirty days and", "restores any of them on request."),
              ("Support", "Tickets are answered during business hours from Monday to", "Friday, public holidays excepted."),
              ("Fees", "The customer pays the monthly fee in advance by bank", "transfer within fifteen days of invoice."),
              ("Term", "This agreement runs for one year from signature and ends", "unless both parties agree to extend it.")]
    parts = []
    for n, (title, one, two) in enumerate(bodies, 1):
        parts.append(f"{n}. {title}\n{one}\n{footer}\n{two}\n")
    text = "\n".join(parts)
    clauses = segment(text)
    assert len(clauses) >= 4
    for c in clauses:
        at = body_start(text, c)
        assert at >= 0
        first = c.text.split("\n", 1)[0]
        assert text[at:at + len(first)] == first
