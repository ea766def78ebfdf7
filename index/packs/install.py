"""Apply a verified pack (build its library beside the data in use, then switch atomically, keeping the
previous version) and roll back to that previous version."""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from index.build import Progress, build
from index.errors import PolicyDataError, storage_error
from index.inputs import one_line, shown
from index.packs.archive import VerifiedPack, verify_pack
from index.packs.changes import library_changes
from index.paths import refuse_linked_out
from index.store import active_store, pack_info, rollback_store


class Staged:
    """A pack verified and unpacked into a private folder of the data folder (removed on exit)."""

    def __init__(self, pack: Path, data_dir: Path):
        refuse_linked_out(data_dir, "数据文件夹")
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=".pack-", dir=data_dir))
        except OSError as exc:
            raise storage_error(exc, data_dir, "写入数据目录") from exc
        try:
            self.verified: VerifiedPack = verify_pack(pack, extract_to=self.folder)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "Staged":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def installed_pack(data_dir: Path) -> dict | None:
    store = active_store(data_dir)
    return pack_info(store) if store is not None else None


def pack_diff(pack: Path, data_dir: Path, progress: Progress | None = None) -> dict:
    with Staged(pack, data_dir) as staged:
        changes = library_changes(staged.folder, data_dir, progress)
        return {"pack": describe(staged.verified), "installed": installed_pack(data_dir), **changes}


def describe(verified: VerifiedPack) -> dict:
    """What a verified pack is, for display and for its store's pack.json. A trusted key may still
    sign text with control characters: they are written visibly (see inputs.one_line), never printed."""
    m = verified.manifest
    return {"pack_version": one_line(m["pack_version"], 64), "key_id": one_line(verified.key_id, 64),
            "signer": one_line(verified.signer.name), "created_at": one_line(m.get("created_at") or "", 64) or None,
            "notes": one_line(m.get("notes") or "", 2000), "app_version": one_line(m.get("app_version") or "", 64) or None,
            "documents": len(m.get("documents", [])), "measures": m.get("measures")}


def apply_pack(pack: Path, data_dir: Path, *, allow_downgrade: bool = False, progress: Progress | None = None) -> dict:
    """Verify, build beside the data in use, switch; the data in use is untouched when anything fails.
    The version in use is compared once the data folder is held for the build (another apply, build
    or import may have changed it while this one waited)."""
    with Staged(pack, data_dir) as staged:
        new = describe(staged.verified)
        seen: dict = {}

        def check() -> None:
            current = seen["current"] = installed_pack(data_dir)
            if current is not None:
                in_use = str(current.get("pack_version") or "")
                if new["pack_version"] == in_use:
                    raise PolicyDataError(f"数据包版本 {shown(new['pack_version'])} 正在使用中，无需更新。")
                if new["pack_version"] < in_use and not allow_downgrade:
                    raise PolicyDataError(f"数据包版本 {shown(new['pack_version'])} 比正在使用的 {shown(in_use)} 旧，已拒绝，"
                                          "当前数据未改动。要回到上一版本，请用“恢复上一版本”。")

        result = build(data_dir, progress, resources=staged.folder, check=check,
                       pack={**new, "applied_at": time.strftime("%Y-%m-%dT%H:%M:%S")})
    return {"pack": new, "previous": seen.get("current"), "store": str(result.store), "documents": result.documents,
            "measures": result.measures, "warnings": result.warnings, "seconds": round(result.seconds, 2)}


def rollback(data_dir: Path) -> dict:
    refuse_linked_out(data_dir, "数据文件夹")
    store = rollback_store(data_dir)
    return {"store": str(store), "pack": pack_info(store)}
