"""`make package`: build the data, freeze the app with PyInstaller (onedir), archive it, report sizes,
and run the bundle's own self-test in a bare environment (no Python, no network, read-only data).

    python build/package.py [--skip-self-test]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "work"
DIST = ROOT / "dist"
BUNDLE_LIMIT_MB = 120
ARCHIVE_LIMIT_MB = 50


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def write_version_resource(ver: str) -> None:
    parts = (ver.split(".") + ["0", "0", "0"])[:4]
    numbers = ", ".join(str(int(p)) if p.isdigit() else "0" for p in parts)
    (WORK / "version.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('080404b0', [
    StringStruct('ProductName', '惠企政策离线查询'), StringStruct('FileDescription', '惠企政策离线查询'),
    StringStruct('ProductVersion', '{ver}'), StringStruct('FileVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])])
""", encoding="utf-8")


def admin_self_test(exe: Path, env: dict) -> dict:
    """The maintainer's loop with the bundle's own admin command, in a bare environment: make a key
    (its passphrase given as a script gives it, in POLICY_BROWSER_PASSPHRASE: no terminal here), pack the
    bundled library with it, verify the pack as a workstation trusting that key would."""
    work = WORK / "admin-selftest"
    shutil.rmtree(work, ignore_errors=True)
    home = work / "home"
    env = {**env, "POLICY_BROWSER_HOME": str(home), "POLICY_BROWSER_PASSPHRASE": "程序包自检 package self-test"}
    steps = [["pack", "keygen", "--out", str(work / "key")],
             ["pack", "create", "-o", str(work / "test.pbpack"), "--key", str(work / "key" / "signing.key"),
              "--notes", "程序包自检", "--json"],
             ["pack", "verify", str(work / "test.pbpack"), "--json"]]
    report: dict = {"ok": False}
    for n, step in enumerate(steps):
        if n == 2:  # the workstation trusts the maintainer's public key
            (home / "trusted_keys").mkdir(parents=True, exist_ok=True)
            shutil.copy(work / "key" / "signing.pub", home / "trusted_keys" / "maintainer.pub")
        result = subprocess.run([str(exe), "admin", *step], env=env, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            report.update(failed=" ".join(step[:2]), stderr=result.stderr[-1500:])
            return report
    report.update(ok=True, pack_bytes=(work / "test.pbpack").stat().st_size)
    return report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-self-test", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    ver = version()
    WORK.mkdir(parents=True, exist_ok=True)
    data = WORK / "data"
    print("[1/4] 构建数据", flush=True)
    shutil.rmtree(data, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "index", "build", "--data", str(data)], cwd=ROOT, check=True)
    write_version_resource(ver)
    print("[2/4] PyInstaller", flush=True)
    env = {**os.environ, "PB_BUNDLE_DATA": str(data)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
                    str(ROOT / "build" / "policy-browser.spec")], cwd=ROOT, env=env, check=True)
    bundle = DIST / "policy-browser"
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's top-level links to Qt libraries the spec left out
    icu = None
    if sys.platform.startswith("linux"):
        from trim_icu import trim  # noqa: E402 - build/ is a folder of scripts, not a package

        libraries = sorted(bundle.rglob("libicudata.so.*"))
        libraries = [p for p in libraries if not p.is_symlink()]
        icu = trim(libraries[0]) if libraries else None
    system = {"darwin": "macos"}.get(sys.platform, platform.system().lower())
    arch = platform.machine().lower().replace("amd64", "x86_64")
    print("[3/4] 打包归档（tar.gz / zip，Debian 系再加 .deb）", flush=True)
    if sys.platform == "win32":
        archive = DIST / f"policy-browser-{ver}-{system}-{arch}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, path.relative_to(DIST))
    else:
        archive = DIST / f"policy-browser-{ver}-{system}-{arch}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tf:
            tf.add(bundle, arcname="policy-browser")
    deb = None
    if sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        from deb import make_deb  # noqa: E402 - build/ is a folder of scripts, not a package

        deb = make_deb(bundle, ver, DIST, WORK)
    bundle_mb, archive_mb = du(bundle) / 2**20, archive.stat().st_size / 2**20
    biggest = sorted(((du(p) if p.is_dir() else p.stat().st_size, p) for p in (bundle / "_internal").iterdir()),
                     reverse=True)[:12]
    report = {
        "version": ver, "bundle": str(bundle), "archive": str(archive),
        "bundle_mb": round(bundle_mb, 1), "bundle_limit_mb": BUNDLE_LIMIT_MB,
        "archive_mb": round(archive_mb, 1), "archive_limit_mb": ARCHIVE_LIMIT_MB,
        "deb": str(deb) if deb else "not built (needs dpkg-deb on Linux)",
        "deb_mb": round(deb.stat().st_size / 2**20, 1) if deb else None,
        "icu_data_mb": ({"before": round(icu[0] / 2**20, 1), "after": round(icu[1] / 2**20, 1)} if icu
                        else "not trimmed (needs icupkg from icu-devtools and a C compiler on Linux)"),
        "largest": {str(p.relative_to(bundle)): round(size / 2**20, 1) for size, p in biggest},
        "package_seconds": round(time.perf_counter() - started, 1),
    }
    print("[4/4] 自检", flush=True)
    # sizes are goals, reported (and flagged below); only a bundle that does not work fails the build
    report["size_goals_met"] = bundle_mb <= BUNDLE_LIMIT_MB and archive_mb <= ARCHIVE_LIMIT_MB
    ok = True
    if not args.skip_self_test:
        exe = bundle / ("policy-browser.exe" if sys.platform == "win32" else "policy-browser")
        env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(WORK / "home"), "TMPDIR": str(WORK / "tmp")}
        (WORK / "tmp").mkdir(exist_ok=True)
        if sys.platform == "win32":
            env.update(SYSTEMROOT=os.environ.get("SYSTEMROOT", r"C:\Windows"))
        shutil.rmtree(WORK / "home", ignore_errors=True)
        # a read-only install folder, as on a locked-down workstation
        for path in [bundle, *bundle.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode & ~0o222)
        try:
            result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300)
        finally:
            for path in [bundle, *bundle.rglob("*")]:
                if not path.is_symlink():
                    path.chmod(path.stat().st_mode | 0o200)
        line = (result.stdout.strip().splitlines() or [""])[-1]
        try:
            report["self_test"] = json.loads(line)
        except json.JSONDecodeError:
            report["self_test"] = {"ok": False, "stdout": result.stdout[-2000:], "stderr": result.stderr[-2000:]}
        ok = ok and result.returncode == 0 and report["self_test"].get("ok") is True
        report["admin_self_test"] = admin_self_test(exe, env)
        ok = ok and report["admin_self_test"].get("ok") is True
        # a bundle that would show Chinese as boxes, or hand out a PDF without Chinese glyphs, never ships
        if report["self_test"].get("cjk_font") is not True or report["self_test"].get("pdf_cjk_font") is not True:
            print("自检失败：程序包里没有可用的中文字体，或打印单PDF没有嵌入中文字体", file=sys.stderr)
            ok = False
    (DIST / "size-report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if bundle_mb > BUNDLE_LIMIT_MB or archive_mb > ARCHIVE_LIMIT_MB:
        print(f"体积超出目标：程序目录 {bundle_mb:.1f} MB（≤{BUNDLE_LIMIT_MB}），归档 {archive_mb:.1f} MB（≤{ARCHIVE_LIMIT_MB}）", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
