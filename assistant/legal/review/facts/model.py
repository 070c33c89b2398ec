"""Typed facts read from contract clauses, each with the quoted span that proves it.

A fact says what a clause does ("the provider's liability is capped at one month of fees",
"the processor must delete or return the data at the end, at the controller's choice"), not
which words it uses. Every fact carries `Evidence`: the exact quote and its character span
in the document text, so a finding can show it and a model's fact can be checked against it.

The same models are the structured-output schema a chat model fills (`facts.llm`).
"""

from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, Field

Party = Literal["provider", "client", "either", "none", "unknown"]
Modal = Literal["must", "may", "must_not", "need_not", "states"]


class Evidence(BaseModel):
    quote: str = Field(description="exact words of the clause that prove the fact")
    start: int = Field(-1, description="offset of the quote in the document text (-1: not located yet)")
    end: int = -1


class _Fact(BaseModel):
    evidence: Evidence
    clause: int = Field(-1, description="index of the clause in the document")

    def where(self) -> tuple[int, int]:
        return self.evidence.start, self.evidence.end


# -- liability --------------------------------------------------------------------------------
CapBasis = Literal["fees_months", "fees_paid_period", "contract_value", "fixed_amount", "invoice", "insurance",
                   "other"]
Damage = Literal["indirect", "data_loss", "backups", "hosted_content", "lost_profit", "business_interruption",
                 "any", "other"]
CarveOut = Literal["gross_negligence", "wilful_misconduct", "bodily_injury", "confidentiality", "data_protection",
                   "ip_infringement", "fraud", "indemnities", "referenced_clause"]
# carve-outs that name a category of obligations or claims (the contract's choice, what CUAD's lawyers call uncapped
# liability), unlike the faults and injuries the law itself keeps outside any cap (gross negligence, wilful misconduct,
# fraud, bodily injury: C. civ. art. 1231-3, and the usual common-law carve-outs)
OBLIGATION_CARVE_OUTS = frozenset({"confidentiality", "data_protection", "ip_infringement", "indemnities",
                                   "referenced_clause"})


class LiabilityCap(_Fact):
    kind: Literal["liability_cap"] = "liability_cap"
    party: Party = "provider"
    basis: CapBasis = "other"
    months: Optional[float] = Field(None, description="months of fees the cap equals, when expressed so")
    amount: Optional[float] = Field(None, description="fixed amount, when one is given")
    currency: Optional[str] = None


class LiabilityUnlimited(_Fact):
    kind: Literal["liability_unlimited"] = "liability_unlimited"
    party: Party = "provider"


class LiabilityExclusion(_Fact):
    kind: Literal["liability_exclusion"] = "liability_exclusion"
    party: Party = "provider"
    damages: list[Damage] = Field(default_factory=list)
    limited_to_client_fault: bool = Field(False, description="only losses the client itself caused")
    limited_to_unplanned_data: bool = Field(False, description="only data left out of the backup plan")


class CarveOuts(_Fact):
    kind: Literal["carve_outs"] = "carve_outs"
    items: list[CarveOut] = Field(default_factory=list)
    excluded_from_limit: bool = Field(True, description="True: the limit does not apply to them (balanced); "
                                                        "False: the limit applies even to them")


class ExclusiveRemedy(_Fact):
    kind: Literal["exclusive_remedy"] = "exclusive_remedy"
    subject: Literal["penalties", "credits", "other"] = "penalties"  # other: e.g. repair or replacement only
    exclusive: bool = True


# -- penalties and service levels ----------------------------------------------------------------
class Penalty(_Fact):
    kind: Literal["penalty"] = "penalty"
    rate_percent: Optional[float] = None
    capped: bool = False
    cap_percent: Optional[float] = None


class SlaMeasure(_Fact):
    kind: Literal["sla_measure"] = "sla_measure"
    measured_by: Literal["provider_alone", "tool_or_report", "joint", "client"] = "tool_or_report"


# -- term, renewal, termination -----------------------------------------------------------------
class Renewal(_Fact):
    kind: Literal["renewal"] = "renewal"
    tacit: bool = True
    term_months: Optional[float] = None
    renewal_months: Optional[float] = None
    notice_months: Optional[float] = None
    price_at_renewal: Optional[Literal["list_price", "unchanged", "indexed"]] = None
    # a renewal one party may choose ("has the option to renew for two more years"): not tacit, no lock-in
    option: bool = False
    # each renewed period as long as the first term, whose length another part of the document states ("renews for
    # further periods equal to the Initial Term shown in your order")
    same_as_first: bool = False


class ContractTerm(_Fact):
    """How long the contract runs, when it says it has no end: "for an indefinite period", "continues until terminated by
    either party", "conclu pour une durée indéterminée" (C. civ. art. 1210-1211: no perpetual commitment, each party may
    end a contract of indefinite duration on reasonable notice)."""
    kind: Literal["contract_term"] = "contract_term"
    indefinite: bool = True
    # the first (initial, minimum, firm) term the contract states, in months ("Initial Term ...... 36 months", "durée
    # initiale de trente-six mois", "conclu pour une durée de trois ans"): indefinite is then False
    months: Optional[float] = None


class Termination(_Fact):
    kind: Literal["termination"] = "termination"
    party: Party = "unknown"
    for_convenience: bool = False
    immediate: bool = False
    ground: Optional[Literal["non_payment", "breach", "insolvency", "convenience", "other"]] = None
    notice_days: Optional[float] = None
    compensated: bool = False
    # the exit takes effect only with the other party's consent ("n'est valable qu'avec l'accord écrit du Titulaire")
    needs_consent: bool = False
    # for cause: the days the breach must last, or stay uncured, before the exit ("not remedied within 30 days",
    # "unpaid for seven days"); 0 for an immediate exit
    cure_days: Optional[float] = None
    # an exit for convenience from a plan without a minimum term (a month at a time, "sans engagement")
    no_commitment: bool = False
    # the exit opens only once a committed first period has run ("after the first twelve months", "à l'issue de la
    # période ferme"): the other side keeps that period's revenue
    after_commitment: bool = False


class TerminationFees(_Fact):
    kind: Literal["termination_fees"] = "termination_fees"
    all_remaining: bool = True


class Suspension(_Fact):
    kind: Literal["suspension"] = "suspension"
    ground: Literal["non_payment", "other"] = "non_payment"
    without_notice: bool = True


# -- assignment, price ----------------------------------------------------------------------------
class Assignment(_Fact):
    kind: Literal["assignment"] = "assignment"
    party: Party = "provider"
    what: Literal["assign", "subcontract"] = "assign"
    consent: Literal["required", "not_required", "notice_only", "unknown"] = "unknown"
    client_exit: bool = Field(False, description="the client may terminate at no cost when it happens")
    objection: bool = Field(False, description="the client has a say: told beforehand it may object, or each "
                                               "subcontractor is presented for its acceptance")
    data_terms_elsewhere: bool = Field(False, description="the personal data the subcontractor would handle is left to "
                                                          "the processor terms (an annex, the data-protection clause)")


class PriceChange(_Fact):
    kind: Literal["price_change"] = "price_change"
    party: Party = "provider"
    unilateral: bool = True
    index: Optional[str] = None
    cap_percent: Optional[float] = None
    pass_through: bool = False
    client_exit: bool = Field(False, description="the client who refuses the new price may leave at no cost before it "
                                                "applies")


# -- data -------------------------------------------------------------------------------------------
class Backups(_Fact):
    kind: Literal["backups"] = "backups"
    provided: bool = True
    frequency_hours: Optional[float] = None


class Reversibility(_Fact):
    kind: Literal["reversibility"] = "reversibility"
    provided: bool = True
    return_window_days: Optional[float] = None
    assistance: bool = False
    deletion_without_return: bool = False
    includes_backups: bool = False


class Subprocessing(_Fact):
    kind: Literal["subprocessing"] = "subprocessing"
    authorisation: Literal["specific", "general", "none_needed", "unknown"] = "unknown"
    notice: bool = False
    objection: bool = False
    flow_down: bool = False
    liable: bool = False
    # the work subcontracted with no word on the data, on sub-processors or on any freedom, consent, notice or objection
    # ("may subcontract the service desk to third parties, remaining responsible"): a subcontracting of the services
    services_only: bool = False
    # the sentence says no word of the data or of sub-processors, whatever freedom it gives ("may subcontract any of the
    # Support Services, without notice"): the work is what is handed on
    no_word_on_data: bool = False


class Obligation(_Fact):
    """One Art. 28 element stated as a duty: who must do what."""
    kind: Literal["obligation"] = "obligation"
    element: str = Field(description="taxonomy id of the Art. 28 element, e.g. art28_3a_documented_instructions")
    actor: Literal["processor", "controller", "either", "unknown"] = "processor"
    modal: Modal = "must"


class ProcessingRole(_Fact):
    kind: Literal["processing_role"] = "processing_role"
    role: Literal["processor", "controller_own", "no_personal_data"] = "processor"
    # "access": the provider's staff reach the client's records about people (open, read, correct them) in the course
    # of the services, typically in remote maintenance sessions, without hosting them (GDPR art. 4(2))
    basis: Literal["stated", "hosting", "administration", "access", "other"] = "other"


class BreachNotice(_Fact):
    kind: Literal["breach_notice"] = "breach_notice"
    hours: Optional[float] = None
    deferred: bool = False  # no deadline: the notice waits for the processor's own investigation (cause, extent)
    personal: bool = False  # the notice is of a personal data breach by name, not of any security incident


class Audit(_Fact):
    kind: Literal["audit"] = "audit"
    onsite: bool = False
    restricted: bool = False


# -- other terms ---------------------------------------------------------------------------------------
class SecurityPromise(_Fact):
    kind: Literal["security_promise"] = "security_promise"
    result: bool = True


class ForceMajeure(_Fact):
    kind: Literal["force_majeure"] = "force_majeure"
    controllable_events: list[str] = Field(default_factory=list)


class NonSolicitation(_Fact):
    kind: Literal["non_solicitation"] = "non_solicitation"
    months: Optional[float] = None
    indemnity_months: Optional[float] = None
    annual_salary_multiple: Optional[float] = None
    bound: Party = Field("unknown", description="who may not hire the other's staff (either: both)")


class Jurisdiction(_Fact):
    kind: Literal["jurisdiction"] = "jurisdiction"
    favours: Literal["provider", "client", "neutral", "unknown"] = "unknown"
    court: Optional[str] = None
    reserved_choice: bool = False


class GoverningLaw(_Fact):
    """The law the contract is governed by: French law (Code civil, art. 1170 on clauses emptying an essential
    obligation…) or another one."""
    kind: Literal["governing_law"] = "governing_law"
    law: Literal["french", "other"] = "other"
    name: Optional[str] = None
    place: Optional[str] = Field(None, description="the place whose law it is, as written ('New York', 'England and "
                                                   "Wales', 'France'); several joined by '; '")


class ServiceModel(_Fact):
    """What the provider does (facts.service_model): advises or audits (a consulting mission), runs the client's
    systems, or (denied) says a service level is not attached to the services."""
    kind: Literal["service_model"] = "service_model"
    mode: Literal["advice", "operations", "service_levels"] = "advice"
    denied: bool = Field(False, description="the sentence excludes it: no operations, no service level attached")


class ProcessorTerms(_Fact):
    """The processor terms stated to be in another document that is part of the contract ("régis par l'Annexe 5
    (accord de sous-traitance au sens de l'article 28 du RGPD)", "the Data Processing Addendum at Exhibit C… forms an
    integral part of this Agreement")."""
    kind: Literal["processor_terms"] = "processor_terms"
    document: Optional[str] = Field(None, description="the annex or document named")
    art28: bool = Field(False, description="that document is said to meet Art. 28 (named, or its (3) duties listed)")
    prevails: bool = Field(False, description="that document is said to prevail over the contract on personal data")
    outranked: bool = Field(False, description="the contract's order of precedence ranks this document above that one")


class ClientDuty(_Fact):
    """A duty the client bears for the service (facts.client_duties): it designates a contact, gives access, supplies,
    informs, keeps or refrains from something - however the document names the client and whatever the heading."""
    kind: Literal["client_duty"] = "client_duty"


Fact = Union[LiabilityCap, LiabilityUnlimited, LiabilityExclusion, CarveOuts, ExclusiveRemedy, Penalty, SlaMeasure,
             Renewal, ContractTerm, Termination, TerminationFees, Suspension, Assignment, PriceChange, Backups, Reversibility,
             Subprocessing, Obligation, ProcessingRole, BreachNotice, Audit, SecurityPromise, ForceMajeure,
             NonSolicitation, Jurisdiction, GoverningLaw, ProcessorTerms, ServiceModel, ClientDuty]
FACT_TYPES = {t.model_fields["kind"].default: t for t in Fact.__args__}  # type: ignore[attr-defined]


class ClauseFacts(BaseModel):
    """The facts of one clause, with the clause's own number, heading and body span."""
    index: int
    number: Optional[str] = None
    heading: str = ""
    start: int = 0
    end: int = 0
    facts: list[Fact] = Field(default_factory=list)
    binding: bool = True  # False: the clause sits in a part declared not binding (facts/binding.py), no facts read


class DocumentFacts(BaseModel):
    clauses: list[ClauseFacts] = Field(default_factory=list)

    def all(self, kind: str | None = None) -> list[Fact]:
        return [f for c in self.clauses for f in c.facts if kind is None or f.kind == kind]

    def first(self, kind: str):
        return next(iter(self.all(kind)), None)

    def clause_of(self, fact) -> ClauseFacts | None:
        return self.clauses[fact.clause] if 0 <= fact.clause < len(self.clauses) else None

    def to_json(self) -> list[dict]:
        return [c.model_dump() for c in self.clauses if c.facts]
