"""What every start does first (the command line and the wizard alike): put right what an earlier
run could not, because it was killed or was an older version. Cheap: a few stats and the listing
of a few small folders; nothing is made and nothing is read."""
from __future__ import annotations

import os

from assistant.io.paths import cache_dir, user_data_dir
from assistant.io.private_dirs import tighten_user_folders
from assistant.io.temporaries import remove_stale

# Where the program writes files of its own. The cache's parsed/ (possibly thousands of entries)
# holds no temporaries: they are made in the cache folder itself (parsed_cache.py). Any folder
# the person chose is swept by the next write into it (safe_write.py).
_WRITTEN_IN = ("", "drafts", "companies", "companies/policies")


def tidy_user_folders() -> None:
    """The program's folders owner-only again, and the temporaries a killed write left in them
    (personal data: a letter, a draft) removed."""
    tighten_user_folders()
    data = user_data_dir()
    for name in _WRITTEN_IN:
        remove_stale(data / name, once=False)
    remove_stale(cache_dir(), once=False)
    try:
        with os.scandir(data / "cases") as listing:  # one folder per tracked request
            folders = [entry.path for entry in listing if entry.is_dir(follow_symlinks=False)]
    except OSError:
        folders = []
    for folder in folders:
        remove_stale(folder, once=False)
