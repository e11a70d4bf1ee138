"""`python -m assistant`: the same as the installed `disclosure-assistant` command."""
import sys

from assistant.launch import main

sys.exit(main())
