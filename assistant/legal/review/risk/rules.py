"""The risk-flag rules (ids are stable API: evaluations and answer keys use them).

Each check reads the typed facts of the review context (`ctx.facts`, `review.facts.model`),
the document type (`ctx.doc_type`) and the facts of the other documents of a set
(`ctx.other_docs`) - never the raw text - and returns a `Hit` proven by the fact's quoted
span, or None. `catalogue.py` pairs each check with its reason (FR/EN), legal basis and what
to ask for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from assistant.legal.review.risk.model import PARTIAL_TYPES, Context, Hit
from assistant.legal.review.risk.service_model import consulting_only, holds_data_or_operations, levels_denied_in
from assistant.legal.review.risk.rules_data import (  # noqa: F401 - re-exported: the catalogue reads every check here
    audit_restricted, breach_notification_late, data_loss_exclusion, foreign_law, free_subprocessors,
    personal_data_without_dpa, security_result)


@dataclass(frozen=True)
class Rule:
    id: str
    topic: str
    severity: dict
    issue: dict
    basis: str
    ask: dict
    check: Callable[[Context], Hit | None]


CLIENT_HIGH = {"client": "high", "msp": "low"}
CLIENT_MEDIUM = {"client": "medium", "msp": "low"}
MSP_HIGH = {"client": "low", "msp": "high"}

SERVICE_TOPICS = {"scope", "service_delivery", "sla", "pricing_payment", "support_hours"}
GRACE_DAYS = 30  # days an invoice stays unpaid past its due date before an exit: a month's arrears is a warning given


def service_contract(ctx: Context) -> bool:
    """A services agreement (not a bare DPA, SLA annex or NDA): absence rules only make sense there."""
    if ctx.doc_type in PARTIAL_TYPES:
        return False
    return len(ctx.topics & SERVICE_TOPICS) >= 2


# -- price, renewal, termination ---------------------------------------------------------------------
def unilateral_price_change(ctx: Context) -> Hit | None:
    # (a change the client may refuse by leaving at no cost before it applies binds only a client who stays)
    change = next((f for f in ctx.facts_of("price_change") if f.unilateral and not f.client_exit
                   and f.party in ("provider", "unknown")), None)
    if change:
        return Hit.of(ctx, change)
    renewal = next((f for f in ctx.facts_of("renewal") if f.price_at_renewal == "list_price"), None)
    return Hit.of(ctx, renewal) if renewal else None


def tacit_renewal_long(ctx: Context) -> Hit | None:
    facts = ctx.facts_of("renewal")
    # the renewed period the contract states ("renews for successive periods of twelve months"): a sentence that only
    # names the renewal ("the Charges for each Renewal Term…") renews for that period, not for the first term
    stated = [f.renewal_months for f in facts if f.tacit and f.renewal_months]
    # the first term another part of the set states ("Initial Term ...... 36 months" on the order), for a renewal
    # "for further periods equal to the Initial Term"
    first = max((t.months for t in ctx.facts_of("contract_term", whole_set=True) if t.months), default=None)
    for f in facts:
        if not f.tacit:
            continue
        # each renewed period when the renewal states it; a long first term is not a renewal lock-in
        length = f.renewal_months or (max(stated) if stated else None) or (first if f.same_as_first else None)
        term, notice = length or f.term_months or 0, f.notice_months or 0
        if term >= 36 or notice > 3:
            high = term >= 48 or notice >= 6
            return Hit.of(ctx, f, severity={"client": "high" if high else "medium", "msp": "low"},
                          detail={"term": round(term), "notice": round(notice)})
    return None


def early_termination_all_fees(ctx: Context) -> Hit | None:
    fee = next((f for f in ctx.facts_of("termination_fees") if f.all_remaining), None)
    return Hit.of(ctx, fee) if fee else None


def asymmetric_termination(ctx: Context) -> Hit | None:
    # the client's exit valid only with the provider's consent: whatever the wording of reciprocity, only the provider
    # may leave (and the provider's exit gated by the client is the mirror case)
    gated = {f.party: f for f in ctx.facts_of("termination") if f.needs_consent}
    if "client" in gated and "provider" not in gated:
        return Hit.of(ctx, gated["client"], severity={"client": "high", "msp": "low"})
    conv = [f for f in ctx.facts_of("termination") if f.for_convenience]
    # no exit for convenience, but grounds for cause far apart: the provider leaves at once (or within days) while the
    # client may leave only after a long cure period ("immediately if unpaid for seven days" against "only after ninety
    # days without remedy")
    cause = [f for f in ctx.facts_of("termination") if f.cure_days is not None and not f.for_convenience]
    prov_fast = [f for f in cause if f.party == "provider" and f.cure_days <= 15]
    cli_cause = [f for f in cause if f.party in ("client", "either")]
    if not conv and prov_fast and cli_cause and all(f.party == "client" and f.cure_days >= max(60, 4 * prov_fast[0].cure_days)
                                                    for f in cli_cause):
        return Hit.of(ctx, cli_cause[0], *prov_fast[:1], severity={"client": "medium", "msp": "low"})
    sides = {f.party for f in conv}
    if "either" in sides:
        return None
    prov = next((f for f in conv if f.party == "provider"), None)
    cli = next((f for f in conv if f.party == "client"), None)
    if prov and not cli:
        return Hit.of(ctx, prov, severity={"client": "medium" if prov.compensated else "high", "msp": "low"})
    # the same exit with a far longer notice for the client ("thirty days where given by the Supplier and twelve months
    # where given by the Customer")
    if prov and cli and prov.notice_days and cli.notice_days and cli.notice_days >= max(2 * prov.notice_days, 90):
        return Hit.of(ctx, prov, severity={"client": "medium", "msp": "low"})
    # both may leave, the client only against a price (an indemnity, every remaining fee) and the provider for nothing
    if prov and cli and cli.compensated and not prov.compensated:
        return Hit.of(ctx, cli, prov, severity={"client": "medium", "msp": "low"})
    # a client's exit paid for by a termination fee leaves no imbalance, also when the fee sits in another clause or a
    # definition ("subject to Section 1.01(e)", "moyennant l'indemnité de l'article 12")
    paid = cli is not None and (cli.compensated or any(f.all_remaining for f in ctx.facts_of("termination_fees")))
    # the client's exit from a plan bound a month at a time ends no commitment, and one that opens only after a committed
    # first period leaves the provider that period: no imbalance for the provider
    if cli and not prov and not paid and not cli.no_commitment and not cli.after_commitment:
        return Hit.of(ctx, cli, severity={"client": "low", "msp": "high"})
    return None


def suspension_without_notice(ctx: Context) -> Hit | None:
    cut = next((f for f in ctx.facts_of("suspension") if f.without_notice), None)
    if cut:
        return Hit.of(ctx, cut)
    # an exit "immediately" for an invoice left unpaid a month or more past its due date is no cut at the first late
    # payment: the arrears the same words require are the warning ("terminate immediately if an invoice remains unpaid
    # 45 days after its due date", "résilier de plein droit toute facture impayée soixante jours après l'échéance")
    grace = {f.evidence.start for f in ctx.facts_of("termination") if f.ground == "non_payment"
             and f.cure_days is not None and f.cure_days >= GRACE_DAYS}
    end = next((f for f in ctx.facts_of("termination") if f.immediate and f.ground == "non_payment"
                and f.party in ("provider", "unknown") and f.evidence.start not in grace), None)
    return Hit.of(ctx, end) if end else None


# -- liability and penalties -----------------------------------------------------------------------------
def _faults_left_outside(ctx: Context) -> bool:
    """The contract itself takes gross negligence or wilful misconduct out of its cap, and no clause keeps the cap for
    them."""
    carves = ctx.facts_of("carve_outs")
    return any(c.excluded_from_limit and {"gross_negligence", "wilful_misconduct"} & set(c.items) for c in carves) and \
        not any(not c.excluded_from_limit for c in carves)


def derisory_liability_cap(ctx: Context) -> Hit | None:
    outside = _faults_left_outside(ctx)
    for cap in ctx.facts_of("liability_cap"):
        if cap.party not in ("provider", "unknown", "either"):  # a mutual cap binds the provider too
            continue
        # the cap read with its basis and its carve-outs (prompts/review_policy.yaml): more than a month's fees, the
        # heaviest faults left outside it, keeps a real counterpart to the essential obligation (art. 1170, Faurecia)
        if outside and cap.basis != "invoice" and cap.months is not None and cap.months > 1:
            continue
        small_amount = cap.basis == "fixed_amount" and cap.amount is not None and cap.amount < 10000
        if cap.basis == "invoice" or (cap.months is not None and cap.months <= 3) or small_amount:
            high = cap.basis == "invoice" or (cap.months is not None and cap.months <= 1) or small_amount
            # under French law (art. 1170) a cap that empties the essential obligation is struck out: the provider cannot
            # rely on it either; elsewhere it is the provider's gain
            return Hit.of(ctx, cap, severity={"client": "high" if high else "medium",
                                              "msp": "low" if foreign_law(ctx) else "medium"})
    return None


def uncapped_liability(ctx: Context) -> Hit | None:
    # the provider's liability (an indemnity the client gives outside the cap is no cap lifted on the provider)
    unlimited = [f for f in ctx.facts_of("liability_unlimited") if f.party in ("provider", "unknown", "either")]
    if unlimited:
        return Hit.of(ctx, unlimited[0])
    if not service_contract(ctx):
        return None
    # a cap that protects the client only ("la responsabilité du Client … est limitée à") leaves the provider's open
    if any(c.party in ("provider", "unknown", "either") for c in ctx.facts_of("liability_cap", whole_set=True)) or any(
            f.exclusive for f in ctx.facts_of("exclusive_remedy", whole_set=True)):
        return None  # a cap, or credits as the only compensation (an exclusive remedy is itself a limit)
    if any(set(f.damages) & {"any", "indirect", "lost_profit"} for f in ctx.facts_of("liability_exclusion")
           if f.party in ("provider", "unknown", "either")):
        return None  # whole heads of damage excluded: a limitation, even without an amount (CUAD reads it so)
    return Hit(unit=None, evidence=None)


def uncapped_penalties(ctx: Context) -> Hit | None:
    pens = ctx.facts_of("penalty")
    if not pens:
        return None
    stated = next((p for p in pens if p.cap_percent == -1.0), None)
    if stated:
        return Hit.of(ctx, stated)
    if any(p.capped for p in ctx.facts_of("penalty", whole_set=True)):
        return None
    return Hit.of(ctx, pens[0])


def penalties_sole_remedy(ctx: Context) -> Hit | None:
    sole = next((f for f in ctx.facts_of("exclusive_remedy") if f.exclusive and f.subject != "other"), None)
    return Hit.of(ctx, sole) if sole else None


def gross_negligence_exclusion(ctx: Context) -> Hit | None:
    bad = next((f for f in ctx.facts_of("carve_outs") if not f.excluded_from_limit), None)
    return Hit.of(ctx, bad) if bad else None


# -- exit, assignment, people, courts ---------------------------------------------------------------------
def exit_refused(ctx: Context):
    """The fact that shows the document excludes the exit ("ne comprennent pas d'obligation de réversibilité", "the
    Services do not include any exit assistance") when nothing in it provides one: the reversibility topic is then
    written about but absent, and counts as a missing essential clause. None otherwise."""
    facts = ctx.facts_of("reversibility")
    if any(f.provided for f in facts):
        return None
    return next((f for f in facts if not f.provided and not f.deletion_without_return), None)


def no_reversibility(ctx: Context) -> Hit | None:
    facts = ctx.facts_of("reversibility")
    refused_here = any(not f.provided and not f.deletion_without_return for f in facts) and not any(f.provided for f in facts)
    # another document of the contract organises the exit; a processor annex's return of the personal data (Art.
    # 28(3)(g)) does not answer a contract that refuses any reversibility (operations, documentation, a successor)
    if any(f.provided for o in ctx.other_docs if not (refused_here and o.doc_type == "dpa")
           for f in o.facts.all("reversibility")):
        return None
    refused = next((f for f in facts if not f.provided and not f.deletion_without_return), None)
    if refused:  # stated: "ne comprennent pas d'obligation de réversibilité", "no transition assistance"
        return Hit.of(ctx, refused)
    if any(f.provided for f in facts):
        return None  # a return or export is organised: a deletion once its window is over is its normal end
    deleted = next((f for f in facts if f.deletion_without_return), None)
    if deleted:  # everything deleted at the end with no return offered
        return Hit.of(ctx, deleted)
    if not service_contract(ctx) or not holds_data_or_operations(ctx):
        return None
    return Hit(unit=None, evidence=None)


def data_clause_only(ctx: Context, fact) -> bool:
    """The fact sits in a data-protection clause that is not also the subcontracting clause (sub-processors)."""
    unit = ctx.unit_of(fact)
    return unit is not None and "data_protection" in unit.topics and "subcontracting_assignment" not in unit.topics


def free_subcontracting(ctx: Context) -> Hit | None:
    free = [f for f in ctx.facts_of("assignment") if f.party in ("provider", "unknown")
            and f.consent in ("not_required", "notice_only") and not f.client_exit and not f.objection]
    # sub-processors named in the data-protection clause are an Art. 28 question when the subcontracting clause itself
    # requires the client's consent for the services (that clause governs subcontracting; free_subprocessors the data)
    if any(f.party == "provider" and f.what == "subcontract" and f.consent == "required" and not data_clause_only(ctx, f)
           for f in ctx.facts_of("assignment")):
        free = [f for f in free if not (f.what == "subcontract" and data_clause_only(ctx, f))]
    return Hit.of(ctx, free[0]) if free else None


def non_solicitation_heavy(ctx: Context) -> Hit | None:
    for f in ctx.facts_of("non_solicitation"):
        tenure, salary, annual = f.months or 0, f.indemnity_months or 0, f.annual_salary_multiple
        if tenure >= 24 or salary >= 12 or annual:
            heavy = tenure >= 36 or salary >= 24 or bool(annual and annual >= 2)
            if f.bound == "provider":  # the provider alone may not hire the client's staff: its burden, not the client's
                return Hit.of(ctx, f, severity={"client": "low", "msp": "high" if heavy else "medium"})
            return Hit.of(ctx, f, severity={"client": "high" if heavy else "medium", "msp": "low"})
    return None


def one_sided_jurisdiction(ctx: Context) -> Hit | None:
    for f in ctx.facts_of("jurisdiction"):
        if f.favours == "provider":
            return Hit.of(ctx, f)
    for f in ctx.facts_of("jurisdiction"):
        if f.favours == "client":
            return Hit.of(ctx, f, severity={"client": "low", "msp": "medium"})
    return None


# -- service levels, force majeure ------------------------------------------------------------------------
def no_sla_measurement(ctx: Context) -> Hit | None:
    if ctx.doc_type == "dpa":
        return None
    # (a consulting-only mission calls for no service level; a clause saying none is attached is no level to measure)
    units = [u for u in ctx.with_topic("sla", "penalties") if not levels_denied_in(ctx, u)]
    if not units or ctx.facts_of("sla_measure", whole_set=True) or consulting_only(ctx):
        return None
    return Hit(unit=units[0], evidence=None)


def sla_measured_by_provider(ctx: Context) -> Hit | None:
    by = next((f for f in ctx.facts_of("sla_measure") if f.measured_by == "provider_alone"), None)
    return Hit.of(ctx, by) if by else None


def force_majeure_broad(ctx: Context) -> Hit | None:
    fm = ctx.facts_of("force_majeure")
    return Hit.of(ctx, fm[0]) if fm else None
