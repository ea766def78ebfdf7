"""CI's check of the workstation package (as root): lintian without errors, install it with dpkg, run
`policy-browser --self-test` and `policy-browser-admin` from PATH as a user who is not root, remove it,
and find none of its files left behind. Prints one JSON line; exits non-zero when a step fails.

    python build/deb_check.py dist/policy-browser_<version>_<arch>.deb
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = "policy-browser"
USER = "nobody"


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def as_user(command: list[str], home: Path) -> subprocess.CompletedProcess:
    env = ["env", "-i", f"HOME={home}", "PATH=/usr/local/bin:/usr/bin:/bin", "QT_QPA_PLATFORM=offscreen", "LANG=C.UTF-8"]
    if shutil.which("runuser"):
        return run(["runuser", "-u", USER, "--", *env, *command], timeout=600)
    return run(["su", "-s", "/bin/sh", USER, "-c", " ".join(env + command)], timeout=600)


def main() -> int:
    deb = Path(sys.argv[1]).resolve()
    report: dict = {"deb": str(deb), "deb_mb": round(deb.stat().st_size / 2**20, 1)}
    ok = True
    if shutil.which("lintian"):
        lint = run(["lintian", "--no-tag-display-limit", str(deb)], timeout=1200)
        errors = [line for line in lint.stdout.splitlines() if line.startswith("E:")]
        report["lintian_errors"] = errors
        report["lintian_warnings"] = sum(1 for line in lint.stdout.splitlines() if line.startswith("W:"))
        ok = ok and not errors
    else:
        report["lintian"] = "not installed"
    installed = run(["dpkg", "-i", str(deb)])
    if installed.returncode != 0:
        report.update(ok=False, install=installed.stderr[-2000:])
        print(json.dumps(report, ensure_ascii=False))
        return 1
    files = [Path(p) for p in run(["dpkg", "-L", PACKAGE]).stdout.splitlines() if p.strip()]
    report["files"] = len(files)
    home = Path(tempfile.mkdtemp(prefix="pb-user-"))
    shutil.chown(home, USER)
    try:
        report["on_path"] = shutil.which(PACKAGE) == f"/usr/bin/{PACKAGE}" and bool(shutil.which(f"{PACKAGE}-admin"))
        test = as_user([PACKAGE, "--self-test"], home)
        line = (test.stdout.strip().splitlines() or [""])[-1]
        try:
            report["self_test_ok"] = test.returncode == 0 and json.loads(line).get("ok") is True
        except json.JSONDecodeError:
            report["self_test_ok"] = False
        if not report["self_test_ok"]:
            report["self_test_output"] = (test.stdout[-1500:], test.stderr[-1500:])
        admin = as_user(["POLICY_BROWSER_PASSPHRASE=deb-check-passphrase", f"{PACKAGE}-admin", "pack", "keygen", "--out",
                         str(home / "key")], home)  # a key is never written without a passphrase
        report["admin_ok"] = admin.returncode == 0 and (home / "key" / "signing.pub").is_file()
        if not report["admin_ok"]:
            report["admin_output"] = admin.stderr[-1500:]
        report["desktop_entry"] = Path(f"/usr/share/applications/{PACKAGE}.desktop").is_file()
        report["system_keys_folder"] = Path(f"/etc/{PACKAGE}/trusted_keys").is_dir()
        ok = ok and all(report[k] for k in ("on_path", "self_test_ok", "admin_ok", "desktop_entry", "system_keys_folder"))
    finally:
        removed = run(["dpkg", "--remove", PACKAGE])  # removal, not purge: nothing of ours may stay even so
        shutil.rmtree(home, ignore_errors=True)
    left = [str(p) for p in files if (p.exists() or p.is_symlink()) and not p.is_dir()]
    left_dirs = [str(p) for p in files if p.is_dir() and (str(p).startswith(f"/opt/{PACKAGE}") or str(p).startswith(f"/etc/{PACKAGE}"))]
    report.update(removed=removed.returncode == 0, files_left=left + left_dirs)
    ok = ok and removed.returncode == 0 and not left and not left_dirs
    run(["dpkg", "--purge", PACKAGE])
    report["ok"] = ok
    print(json.dumps(report, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    if os.geteuid() != 0:  # this script is Linux CI only
        print("需要以 root 运行（dpkg -i）", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
