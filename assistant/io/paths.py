"""Where the program's own files and the user's files live."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "disclosure-request-assistant"

ROOT = Path(__file__).resolve().parents[2]  # assistant/io/paths.py → the repository
RESOURCES = ROOT / "resources"
COMPANIES_DIR = RESOURCES / "companies"
FONTS_DIR = RESOURCES / "fonts"
FORMS_DIR = ROOT / "forms"
# The policy texts live beside the repository (shared/policies), not inside it.
POLICIES_DIR = ROOT.parent / "shared" / "policies"


def forms_dir() -> Path:
    """The wording and labels: forms/, or the folder DRA_FORMS_DIR names (to try out a language)."""
    env = os.environ.get("DRA_FORMS_DIR")
    return Path(env) if env else FORMS_DIR


def user_data_dir() -> Path:
    """The user's data folder (drafts, settings, own company records); not created here."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_companies_dir() -> Path:
    """Company records the user adds or overrides."""
    return user_data_dir() / "companies"
