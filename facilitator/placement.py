"""Is a session file in a place where SQLite's guarantees do not hold?

Cloud-synchronised folders (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud…) may upload a
half-written file or replace it under the app; network file systems may not honour locks. The app
warns and offers to work on a local copy."""
from __future__ import annotations

import os
from pathlib import Path

CLOUD_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "mon disque",
                 "my drive", "icloud", "icloud drive", "nextcloud", "owncloud", "box sync",
                 "pcloud", "mega", "sync.com", "creative cloud files")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afs", "sshfs",
              "fuse.sshfs", "9p", "davfs", "fuse.davfs2", "webdav", "ncpfs"}


def _mount_type(path: Path) -> str | None:
    """File system type of the mount holding path (Linux /proc/mounts)."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, kind = "", None
    target = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mount = parts[1].replace("\\040", " ")
            if (target == mount or target.startswith(mount.rstrip("/") + "/")) and \
                    len(mount) > len(best):
                best, kind = mount, parts[2]
    return kind


def risky_location(path: str | os.PathLike) -> str | None:
    """'cloud', 'network', or None when the folder is an ordinary local one."""
    p = Path(path).absolute()
    for part in p.parts[:-1]:
        low = part.lower()
        if any(low == m or low.startswith(m + " ") or low.startswith(m + "-") or
               low.startswith(m + "_") for m in CLOUD_MARKERS):
            return "cloud"
    if str(p).startswith("\\\\"):  # Windows UNC path
        return "network"
    kind = _mount_type(p.parent)
    if kind and kind.lower() in NETWORK_FS:
        return "network"
    return None
