"""What the document's service model calls for (issue 15: a commitment is listed only when the scope calls for it),
read from the typed facts of `facts.service_model`, never from raw text.

A consulting-only mission (the provider advises, audits, assesses, recommends, sits on committees, and runs nothing of
the client's: no operations stated, no backups sold, no data hosted) calls for no service levels, no penalties or
credits and no service hours: their absence is no missing essential and no "no SLA measurement" finding. Where the
provider neither hosts data nor runs systems there is nothing to hand back either (reversibility: data return and
transition of a run service). A clause that says no service level is attached to the services is no service-level
clause (`levels_denied_in`)."""

from __future__ import annotations

from assistant.legal.review.risk.model import Context, Unit

# the essential topics only a run service calls for
RUN_ONLY = ("sla", "penalties", "support_hours")


def holds_data_or_operations(ctx: Context) -> bool:
    """The provider hosts the client's data or runs its systems: there is something to hand back at the end
    (not so for a copier-maintenance contract or on-premise support where the client keeps everything)."""
    return any(f.role == "processor" and f.basis in ("hosting", "stated") for f in ctx.facts_of("processing_role")) \
        or any(f.provided for f in ctx.facts_of("backups"))


def consulting_only(ctx: Context) -> bool:
    """The services are advice (consulting, audit, assessment, AMOA, a DPO's mission) and the provider runs nothing:
    no operation stated anywhere in the set, no backups sold, no data hosted."""
    model = ctx.facts_of("service_model")
    if not any(f.mode == "advice" for f in model):
        return False
    if any(f.mode == "operations" and not f.denied for f in ctx.facts_of("service_model", whole_set=True)):
        return False
    if any(f.provided for f in ctx.facts_of("backups", whole_set=True)):
        return False
    return not any(f.role == "processor" and f.basis == "hosting" for f in ctx.facts_of("processing_role"))


def not_called_for(ctx: Context) -> set[str]:
    """Essential topics the document's service model does not call for (empty for a run service)."""
    if not consulting_only(ctx):
        return set()
    return set(RUN_ONLY) | (set() if holds_data_or_operations(ctx) else {"reversibility"})


def levels_denied_in(ctx: Context, unit: Unit) -> bool:
    """The clause says no service level is attached to the services ("Aucun niveau de service … n'est attaché", "No
    service level applies to this engagement")."""
    index = ctx.units.index(unit)
    return any(f.mode == "service_levels" and f.denied and f.clause == index for f in ctx.facts_of("service_model"))
