"""Files in and out: where things live (paths), reading YAML and files safely, atomic writes.

Imports only the standard library, PyYAML and platformdirs; nothing else of the program.
"""
