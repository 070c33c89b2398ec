"""Mechanical rename of the writer's descriptive flag ids onto the risk catalogue's rule ids (one-to-one where a rule
exists; reported otherwise). Output: answers_sealed13_mapped.yaml (split blind13)."""
import yaml
MAP = {
    "liability:no_cap": "uncapped_liability",
    "liability:data_loss_excluded_despite_backup_service": "data_loss_exclusion_with_backup",
    "penalties:uncapped": "uncapped_penalties",
    "penalties:sole_remedy": "penalties_sole_remedy",
    "sla:measured_only_by_provider": "sla_measured_by_provider",
    "duration_renewal:long_tacit_renewal": "tacit_renewal_long",
    "price_revision:unilateral_price_change": "unilateral_price_change",
    "termination:early_exit_all_remaining_fees": "early_termination_all_fees",
    "termination:immediate_for_non_payment": "suspension_without_notice",
    "reversibility:none": "no_reversibility",
    "reversibility:deletion_without_return": "no_reversibility",
    "subcontracting_assignment:provider_assigns_without_consent": "free_subcontracting_assignment",
    "data_protection:subprocessors_without_control": "free_subprocessors",
    "data_protection:personal_data_without_dpa": "personal_data_without_dpa",
    "data_protection:breach_notice_too_slow": "breach_notification_late",
    "force_majeure:cyberattack_as_force_majeure": "force_majeure_broad",
    "non_solicitation:excessive": "non_solicitation_heavy",
    "audit:no_audit_right": "audit_restricted",
    # no rule in the catalogue: reported, not scored as flags
    "price_revision:uncapped_indexation": None,   # (must-not-fire only)
    "data_protection:art28_elements_missing": None,  # scored through art28_present instead
    "sla:no_service_levels": None,                # (must-not-fire only)
}
d = yaml.safe_load(open("answers_sealed13.yaml"))
unmapped = []
for doc in d["documents"]:
    doc["split"] = "blind13"
    if doc.get("doc_type") == "master_agreement":
        doc["doc_type"] = "contract"
    for k in ("flags", "flags_client", "flags_msp", "flags_not"):
        if doc.get(k) is None:
            continue
        out = []
        for f in doc[k]:
            m = MAP[f]
            if m is None:
                unmapped.append((doc["file"], k, f))
            elif m not in out:
                out.append(m)
        doc[k] = out
yaml.safe_dump(d, open("answers_sealed13_mapped.yaml", "w"), allow_unicode=True, sort_keys=False, width=110)
for u in unmapped:
    print("unmapped:", *u)
