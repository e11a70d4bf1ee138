"""Disclosure Request Assistant from a source checkout: with no arguments opens the wizard,
otherwise runs a CLI command (the same as the installed `disclosure-assistant`)."""
import sys

from assistant.launch import main

if __name__ == "__main__":
    sys.exit(main())
