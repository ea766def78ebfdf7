"""The workstation package for Debian-family systems (UOS, Kylin, Debian, Ubuntu): the frozen bundle
under /opt/policy-browser, the commands policy-browser and policy-browser-admin on PATH, a Chinese
launcher in the menu with the icon in the hicolor theme, and the system-wide trusted-keys folder
(/etc/policy-browser/trusted_keys) where IT puts the district's public key once for every user.

Removing the package removes every file it installed; user data (each user's app-data folder) and the
keys IT put into /etc/policy-browser/trusted_keys stay. Built with dpkg-deb (no debhelper needed).

    python build/deb.py DIST/policy-browser VERSION OUT_DIR   (build/package.py calls make_deb)
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "policy-browser"
# the district's own packaging contact, set when it builds its package; never invented here
MAINTAINER = os.environ.get("PB_DEB_MAINTAINER", "policy-browser maintainers <policy-browser@localhost>")
# what the Qt window needs from the system (xcb platform plugin); the rest travels in the bundle
DEPENDS = ("libc6 (>= 2.31), libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, "
           "libxcb-render-util0, libxkbcommon-x11-0, libfontconfig1")
RECOMMENDS = "libcups2, fcitx5-frontend-qt6 | ibus"

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Policy Browser
Name[zh_CN]=惠企政策离线查询
GenericName=Business relief policy search
GenericName[zh_CN]=惠企政策查询
Comment=Search Beijing business-relief measures offline
Comment[zh_CN]=离线检索北京市及各区惠企政策措施，资格自查，打印打印单
Exec=policy-browser %f
Icon=policy-browser
Terminal=false
Categories=Office;
Keywords=policy;relief;政策;惠企;
StartupNotify=true
"""

WRAPPER = """#!/bin/sh
# {what}
exec /opt/policy-browser/policy-browser {args}"$@"
"""

# Tags lintian raises on a frozen, self-contained application, each for what the bundle is, not a defect:
# its Python, Qt and libraries live in /opt as PyInstaller lays them out (libraries marked executable,
# found through $ORIGIN, some without NEEDED libc or version), the bootloader is built without PIE, the
# wrappers and the window have no manual page (`policy-browser --help`, `policy-browser admin --help`).
# The Maintainer address is the district's own (PB_DEB_MAINTAINER); none is made up, so the default
# names no mail host.
LINTIAN_OVERRIDES = """policy-browser: dir-or-file-in-opt *
policy-browser: shared-library-is-executable *
policy-browser: custom-library-search-path *
policy-browser: shared-library-lacks-prerequisites *
policy-browser: embedded-library *
policy-browser: library-not-linked-against-libc *
policy-browser: unstripped-binary-or-object *
policy-browser: hardening-no-pie *
policy-browser: executable-not-elf-or-script *
policy-browser: no-manual-page *
policy-browser: bogus-mail-host *
policy-browser: bogus-mail-host-in-debian-changelog *
policy-browser: package-contains-empty-directory *
"""


def deb_arch() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return out.stdout.strip() or {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _tree(root: Path) -> None:
    """Modes as Debian wants them: folders 0755, executables 0755, everything else 0644."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def stage(bundle: Path, version: str, staging: Path) -> Path:
    """The package's file tree in `staging` (emptied first); returns it."""
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    _write(staging / "usr" / "bin" / PACKAGE, WRAPPER.format(what="惠企政策离线查询（窗口）", args=""), 0o755)
    _write(staging / "usr" / "bin" / f"{PACKAGE}-admin",
           WRAPPER.format(what="惠企政策离线查询：数据维护命令（导入、构建、制作与校验数据包），同 python -m index", args="admin "), 0o755)
    _write(staging / "usr" / "share" / "applications" / f"{PACKAGE}.desktop", DESKTOP_ENTRY)
    icon = staging / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{PACKAGE}.png"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.png", icon)
    svg = ROOT / "resources" / "icons" / "app.svg"
    if svg.is_file():
        scalable = staging / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{PACKAGE}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(svg, scalable)
    keys = staging / "etc" / PACKAGE / "trusted_keys"
    keys.mkdir(parents=True)
    # empty: IT puts the district's public key here; a file of ours would be a conffile that removal keeps
    doc = staging / "usr" / "share" / "doc" / PACKAGE
    _write(doc / "copyright", copyright_text())
    doc.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as handle:
        handle.write(f"{PACKAGE} ({version}) stable; urgency=medium\n\n  * 版本 {version}。\n\n"
                     f" -- {MAINTAINER}  Fri, 04 Dec 2026 00:00:00 +0800\n".encode("utf-8"))
    _write(staging / "usr" / "share" / "lintian" / "overrides" / PACKAGE, LINTIAN_OVERRIDES)
    _tree(staging)
    control = staging / "DEBIAN"
    control.mkdir()
    size_kb = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    _write(control / "control", f"""Package: {PACKAGE}
Version: {version}
Architecture: {deb_arch()}
Maintainer: {MAINTAINER}
Installed-Size: {size_kb}
Depends: {DEPENDS}
Recommends: {RECOMMENDS}
Section: misc
Priority: optional
Homepage: https://localhost/policy-browser
Description: 惠企政策离线查询 — offline search of Beijing business-relief measures
 Desktop program for street-office enterprise service windows: search every
 measure of the city's and the districts' business-relief policies, filter by
 district, industry and benefit type, check a business's eligibility and print
 a summary for the visitor. Works offline; data packs are signed.
""")
    # the menu and icon caches learn of the launcher; nothing else is touched at install or removal
    for script in ("postinst", "postrm"):
        _write(control / script, """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
""", 0o755)
    return staging


def copyright_text() -> str:
    return f"""Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {PACKAGE}

Files: *
Copyright: 2026 {MAINTAINER}
License: proprietary
 This program is proprietary. The libraries it carries keep their own licences:
 Qt 6 and PySide6 (LGPL-3.0), whoosh-reloaded (BSD-2-Clause), jieba (MIT),
 sqlite-utils (Apache-2.0), python-docx (MIT), pypdf (BSD-3-Clause),
 lxml (BSD-3-Clause), PyNaCl (Apache-2.0), libsodium (ISC), filelock (Unlicense),
 tomlkit (MIT), pypinyin (MIT), orjson (Apache-2.0 or MIT), WenQuanYi Micro Hei (Apache-2.0): see
 /opt/{PACKAGE}/_internal/resources/fonts for the font's licence.
"""


def make_deb(bundle: Path, version: str, out_dir: Path, work: Path) -> Path:
    staging = stage(bundle, version, work / "deb-root")
    out = out_dir / f"{PACKAGE}_{version}_{deb_arch()}.deb"
    out.unlink(missing_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(staging), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(staging, ignore_errors=True)
    return out


if __name__ == "__main__":
    ver = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    bundle_arg = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / PACKAGE
    out_arg = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "dist"
    print(make_deb(bundle_arg, ver, out_arg, ROOT / "build" / "work"))
