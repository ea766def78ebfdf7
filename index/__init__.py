"""Qt-free core of policy-browser: parsing, store, search, taxonomy and eligibility."""
from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
