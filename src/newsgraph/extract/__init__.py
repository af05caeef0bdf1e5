"""Extraction stages, one module each; ``registry`` imports a module when a pipeline names its stage.

spaCy ``Doc`` objects never leave this package: stages return model records.
"""

from __future__ import annotations

# Every built-in stage module, in pipeline order.
STAGE_MODULES = ("entities", "dates", "places", "actors", "events", "quotes", "claims", "tone")
