"""US service-agreement reading classes (issue 13, measured on CUAD): paragraphs printed in capitals,
liability limits worded the US way, duties that run after the end of the contract, restrictions on hiring
the other side's people, audit and insurance read from the commitment. Texts written here, in the style of
such agreements; no sentence comes from a real contract."""

from __future__ import annotations

from assistant.legal.review.classify import label_clause, label_clauses
from assistant.legal.review.facts import extract_facts
from assistant.legal.review.report import review_text
from assistant.legal.review.segmentation import Clause, segment


def facts(text: str, kind: str):
    found = extract_facts(segment(text), text).all(kind)
    for f in found:  # each fact quotes the document at its span
        assert text[f.evidence.start:f.evidence.end] == f.evidence.quote
    return found


def topics(heading: str, body: str) -> tuple[str, ...]:
    return label_clause(Clause(heading=heading, text=body, start=0)).topics


SERVICES = ("1. Services. Harbor Systems Inc. (\"Vendor\") shall operate and monitor the servers of Delta Foods LLC "
            "(\"Customer\") and answer support tickets during business hours.\n"
            "2. Fees. Customer shall pay the monthly fee set out in the order form within thirty days of invoice.\n")

CAPS_LIMIT = ("3. Warranty. Vendor warrants that the services will be performed in a workmanlike manner.\n"
              "4. LIMITATION OF LIABILITY. SAVE FOR CLAIMS UNDER SECTION 7, THE\n"
              "     TOTAL LIABILITY OF EITHER PARTY UNDER THIS AGREEMENT SHALL NOT EXCEED\n"
              "     THE AMOUNTS PAID BY CUSTOMER IN THE SIX MONTHS BEFORE THE CLAIM. IN NO\n"
              "     EVENT WILL VENDOR BE LIABLE FOR LOST REVENUE OR FOR ANY INDIRECT OR\n"
              "     PUNITIVE DAMAGES.\n"
              "5. Notices. Notices shall be sent by registered mail to the addresses above.\n")


# -- segmentation: capitals are not always headings ----------------------------------------------------
def test_paragraph_in_capitals_stays_in_its_clause():
    clauses = segment(CAPS_LIMIT)
    heads = [c.heading for c in clauses]
    assert heads == ["3. Warranty", "4. LIMITATION OF LIABILITY", "5. Notices"]
    body = clauses[1].text
    assert "SHALL NOT EXCEED" in body and "PUNITIVE DAMAGES" in body


def test_short_title_in_capitals_above_a_paragraph_in_capitals_is_kept():
    text = ("Exclusions\nThe customer keeps its own copies of its files.\n\n"
            "DISCLAIMER OF WARRANTIES\n"
            "EXCEPT AS STATED IN THIS AGREEMENT, VENDOR MAKES NO OTHER WARRANTY AND ALL\n"
            "IMPLIED WARRANTIES ARE EXCLUDED TO THE EXTENT THE LAW ALLOWS.\n")
    clauses = segment(text)
    disclaimer = [c for c in clauses if c.heading == "DISCLAIMER OF WARRANTIES"]
    assert disclaimer and "IMPLIED WARRANTIES ARE EXCLUDED" in disclaimer[0].text
    assert not any(c.heading.startswith(("EXCEPT AS", "IMPLIED")) for c in clauses)


def test_two_line_heading_in_capitals_without_a_verb_is_still_one_heading():
    text = ("12. REPRESENTATIONS AND\nWARRANTIES OF THE PARTIES\n"
            "Each party states that it may enter into this agreement.\n")
    clauses = segment(text)
    assert clauses[0].heading == "12. REPRESENTATIONS AND WARRANTIES OF THE PARTIES"


def test_bracketed_section_title():
    text = ("Section 4.01  [Service Levels]. Vendor shall restore the service within four hours.\n"
            "Section 4.02  [Reports]. Vendor shall send a monthly availability report.\n")
    heads = [c.heading for c in segment(text)]
    assert len(heads) == 2 and heads[1].startswith("Section 4.02")


# -- liability facts: caps written the US way ---------------------------------------------------------------
def test_cap_in_capitals_is_read_and_no_cap_flag_does_not_fire():
    text = SERVICES + CAPS_LIMIT
    caps = facts(text, "liability_cap")
    assert caps and caps[0].basis == "fees_paid_period"
    assert "uncapped_liability" not in {f.rule for f in review_text(text, role="client").flags}


def test_cap_stated_by_reference_to_another_document():
    text = SERVICES + ("3. Trust Instrument. Customer acknowledges the limitation of liability set forth in the "
                       "Vendor's charter documents, which applies to every claim under this agreement.\n")
    assert facts(text, "liability_cap")
    assert "uncapped_liability" not in {f.rule for f in review_text(text, role="client").flags}


def test_cap_whose_sentence_leaves_liability_to_the_heading():
    text = ("7. Limitation of Remedies. Vendor answers only for direct harm. The sums owed on that account "
            "shall not exceed the fees paid in the twelve months before the claim.\n")
    caps = facts(text, "liability_cap")
    assert caps and caps[0].months == 12


def test_neither_party_liable_across_a_long_list_of_persons():
    text = SERVICES + ("3. Standard of Care. Neither the Vendor nor its officers, directors, employees, agents, "
                       "subcontractors, successors or affiliates of any of them (together, the \"Vendor Group\") "
                       "shall be subject to any liability for any loss suffered by Customer in connection with the "
                       "services, except for losses caused by wilful misconduct or gross negligence.\n")
    exclusions = facts(text, "liability_exclusion")
    assert exclusions and "any" in exclusions[0].damages
    assert "uncapped_liability" not in {f.rule for f in review_text(text, role="client").flags}


def test_to_the_maximum_extent_permitted_is_not_a_cap():
    text = ("6. Liability. To the maximum extent permitted by law, Vendor shall not be liable for indirect damages.\n")
    assert facts(text, "liability_cap") == []


# -- topics: liability, penalties and reversibility read from what the sentence does -------------------------
def test_sole_remedy_and_limitation_period_are_liability():
    assert "liability" in topics("5.2 Remedy", "If a deliverable fails its acceptance test, Vendor shall fix it; "
                                 "this is Customer's sole and exclusive remedy for such a failure.")
    assert "liability" in topics("14.3 Time for Claims", "Any claim arising from this agreement must be brought "
                                 "within one year after the facts giving rise to it became known.")


def test_early_termination_fee_is_penalties():
    assert "penalties" in topics("11. Early Exit", "Customer may end this agreement before the third anniversary "
                                 "by paying an early termination fee equal to two months of fees.")


def test_duties_after_the_end_are_reversibility():
    body = ("Upon expiration or termination of this agreement, Vendor shall return every copy of Customer's "
            "files and shall, at Customer's option, go on hosting them for ninety days.")
    assert "reversibility" in topics("15. General", body)
    assert "reversibility" in topics("16.4 Effect of Termination", "Each party keeps the rights that accrued before.")
    body = ("If this agreement ends for any reason, the license granted in Section 3 shall continue for the "
            "remaining units already installed.")
    assert "reversibility" in topics("16. Miscellaneous", body)


def test_distinctive_phrase_labels_a_long_clause():
    filler = "Vendor shall keep the equipment clean and in good working order at all times. " * 30
    body = filler + "Customer shall have the right to audit the records of Vendor once a year on reasonable notice."
    assert "audit" in topics("4. Operations", body)


# -- one-to-one topics: the commitment, not the word ----------------------------------------------------------
def test_hiring_restriction_is_non_solicitation_but_a_duty_to_hire_is_not():
    assert "non_solicitation" in topics("9. Staff", "During the term and for one year after it, neither party "
                                        "shall solicit any employee of the other party to leave that employment.")
    lead_in = ("The Consultant undertakes that he will not during the twelve months after the end of this "
               "engagement:\n(a) work for a competitor of the Company;\n(b) solicit or entice away any manager "
               "or engineer employed by the Company.")
    assert "non_solicitation" in topics("14. Covenants", lead_in)
    assert "non_solicitation" not in topics("10. Transferred Staff", "On the start date the Buyer shall offer "
                                            "employment to the employees of the Seller listed in Exhibit C.")
    assert "non_solicitation" not in topics("19. Ethics", "Vendor shall not give any gift, loan or inducement to "
                                            "Customer's employees.")


def test_audit_words_that_are_not_audit_rights():
    assert "audit" not in topics("3. Recitals", "The reserve may need revision as a result of audit adjustments "
                                 "made by the regulator.")
    assert "audit" not in topics("4.1 Forfeiture", "If the manager causes a set of audited accounts to be "
                                 "materially misstated, the bonus is forfeited.")
    assert "audit" in topics("7. Records", "Vendor's books and records for the services shall be available for "
                             "examination and audit by Customer's regulators.")


def test_insurance_heading_over_a_body_without_insurance_duty():
    assert "insurance" not in topics("7.3 Insurance and Third Parties", "No insurer or other third party gains "
                                     "any benefit from the indemnities given above.")
    assert "insurance" in topics("8. Insurance", "Vendor shall keep in force a general liability insurance policy "
                                 "of at least one million dollars.")
    assert "insurance" in topics("8.2 Tools", "Customer agrees to insure the tools it lends to Vendor.")


def test_a_whole_agreement_keeps_its_caps_and_topics():
    labelled = label_clauses(segment(SERVICES + CAPS_LIMIT))
    limit = next(x for x in labelled if x.clause.heading.startswith("4."))
    assert "liability" in limit.topics


def test_ownership_transfer_and_licence_grant_are_intellectual_property():
    assert "intellectual_property" in topics("6. Completion", "When the final invoice is paid, Vendor hereby assigns "
                                             "to Customer all right, title and interest in the unfinished designs.")
    assert "intellectual_property" in topics("3. Access", "Vendor grants Customer a non-exclusive, royalty-free "
                                             "right to use the reporting portal during the term.")


def test_sum_owed_for_each_breach_is_penalties():
    assert "penalties" in topics("12.2 Staff", "In case of breach of this section, the breaching party shall pay "
                                 "the other party six months of the gross salary of the person concerned.")


def test_assignment_restriction_in_a_long_general_clause():
    filler = "Headings are for convenience only and do not change the meaning of any provision. " * 30
    body = filler + "Neither party may assign this agreement without the written consent of the other party."
    assert "subcontracting_assignment" in topics("20. General", body)
