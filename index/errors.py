"""Errors whose message a data maintainer can act on (which file, which line, what to do)."""
from __future__ import annotations


class PolicyDataError(Exception):
    """A problem with input data or stored data, worded for the person who must fix it."""
