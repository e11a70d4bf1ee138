"""Files in and out: where things live (paths), reading YAML and files safely, atomic writes;
and UserError (user_errors), the base of the errors whose message says what to do.

Imports only the standard library, PyYAML and platformdirs; nothing else of the program.
"""
