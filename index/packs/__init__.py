"""Data packs: one signed, versioned file that carries a whole library (every source document, the
reviewed corrections, the maintainer's tables) from the maintainer to every workstation.

keys (Ed25519 key pairs and the trusted keys) · archive (make a pack, read and verify one: hostile input
until verified) · changes (what applying it would change) · install (apply and roll back, atomically)."""
