"""The checklist engine's entry point, kept at its old name: build_checklist and Options live in
checklist.build (one builder per section in checklist/sections/)."""
from .checklist.build import Options, build_checklist
from .checklist.context import long_date

__all__ = ["Options", "build_checklist", "long_date"]
