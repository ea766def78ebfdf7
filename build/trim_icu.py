"""Trim ICU's data library in a Linux bundle: QtCore links libicudata (31 MB, every locale of the
world); this app needs Chinese and English locale data, collation, normalisation and a few code
pages. Rebuilds the library with only those items, under the same symbol and soname.

Needs `icupkg` (Debian: icu-devtools) and a C compiler; without them the bundle keeps the full
library and the size report says so. Verified by the bundle's self-test, which checks Chinese
collation and the GB18030/GBK decoders (desktop/selftest.py icu_check).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# kept in every per-locale tree: the root, Chinese and English, and the trees' own indexes
_KEEP_LOCALE = re.compile(r"^(root|zh(_.*)?|en|en_US|en_US_POSIX|pool|res_index)\.res$")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
_LOCALE_TREES = {"curr", "zone", "lang", "region", "unit", "rbnf", "translit", "coll"}
_KEEP_CONVERTERS = {"gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "ibm-5348_P100-1997.cnv",
                    "ibm-1252_P100-2000.cnv", "icu-internal-25546.cnv", "ibm-943_P15A-2003.cnv"}
_NOT_LOCALES = {"supplementalData.res", "metaZones.res", "timezoneTypes.res", "windowsZones.res", "keyTypeData.res",
                "numberingSystems.res", "plurals.res", "dayPeriods.res", "genderList.res", "grammaticalFeatures.res",
                "pluralRanges.res", "units.res", "likelySubtags.res", "metadata.res", "icuver.res", "icustd.res",
                "zoneinfo64.res", "currencyNumericCodes.res", "langInfo.res", "tzdbNames.res"}


def removable(item: str) -> bool:
    folder, _, name = item.rpartition("/")
    if folder in _LOCALE_TREES:
        return not _KEEP_LOCALE.match(name) and name != "ucadata.icu"
    if folder == "brkitr":
        return name.endswith(".dict")
    if folder == "":
        if name.endswith(".cnv"):
            return name not in _KEEP_CONVERTERS
        return bool(_LOCALE.match(name)) and not _KEEP_LOCALE.match(name) and name not in _NOT_LOCALES
    return False


def trim(library: Path) -> tuple[int, int] | None:
    """Replace `library` (libicudata.so.NN) by a trimmed one; (old size, new size), or None if the
    tools are missing or the library is not what we expect."""
    if not (shutil.which("icupkg") and shutil.which("cc") and shutil.which("objcopy") and shutil.which("nm")):
        return None
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True).stdout
    match = re.search(r"\b(icudt(\d+)_dat)\b", symbols)
    if not match:
        return None
    symbol, version = match.group(1), match.group(2)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"icudt{version}l.dat"  # the file name is the package name inside the data
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(package)], check=True)
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True, check=True).stdout.split()
        remove = [i for i in items if removable(i)]
        original = package.read_bytes()
        for _ in range(10):  # put back what a kept item depends on, until nothing is missing
            package.write_bytes(original)
            (work / "remove.txt").write_text("\n".join(remove) + "\n", encoding="utf-8")
            out = subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(package)], capture_output=True, text=True)
            missing = set(re.findall(r"missing item (\S+)", out.stdout + out.stderr))
            if not missing:
                if out.returncode != 0:
                    return None  # icupkg failed for another reason: keep the full library
                break
            remove = [i for i in remove if i not in missing]
        else:
            return None
        asm = work / "data.S"
        asm.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
            f'.incbin "{package}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
        built = work / library.name
        subprocess.run(["cc", "-shared", "-nostdlib", "-o", str(built), f"-Wl,-soname,{library.name}", str(asm)], check=True)
        before = library.stat().st_size
        shutil.copyfile(built, library)
        return before, library.stat().st_size
