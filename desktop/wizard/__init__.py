"""The eligibility wizard (资格自查): dialog (the QWizard, save/load of a profile), pages (the question
pages), profile (answers ↔ the contract's profile, the engine's structured questions as the wizard asks
them) and results (the four groups and their cards). The rules themselves live in index.facts.eligibility."""
from __future__ import annotations

from desktop.wizard.dialog import EligibilityWizard, PageId, run_self_check

__all__ = ["EligibilityWizard", "PageId", "run_self_check"]
