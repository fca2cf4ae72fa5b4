"""The desktop app (PySide6). The only part of PeerReady that imports Qt."""
