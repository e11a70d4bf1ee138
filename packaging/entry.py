"""The packaged app's entry (PyInstaller starts here): the same as `disclosure-assistant`."""
import sys

from assistant.launch import main

if __name__ == "__main__":
    sys.exit(main())
