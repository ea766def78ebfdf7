"""`python -m desktop [--data DIR] [--self-test | --bench-typing]`: start the window (or its smoke test, or the
typing-latency benchmark)."""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

from index.collector import tune_collector


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    multiprocessing.freeze_support()
    tune_collector()
    frozen = getattr(sys, "frozen", False)
    parser = argparse.ArgumentParser(
        prog="policy-browser" if frozen else "python -m desktop", description="惠企政策离线查询（桌面窗口）",
        epilog=("数据维护命令（导入文件、构建、检查、制作与校验数据包）："
                + ("policy-browser admin --help" if frozen else "python -m index --help")))
    parser.add_argument("--data", type=Path, help="数据目录（默认：用户数据目录下的 data）")
    parser.add_argument("--self-test", action="store_true", help="在后台跑一遍窗口的主要功能，输出一行JSON后退出")
    parser.add_argument("--bench-typing", action="store_true",
                        help="基准：逐字输入查询，测最后一键到结果显示的时间（毫秒），输出一行JSON后退出")
    parser.add_argument("--cooldown-ms", type=int, help=argparse.SUPPRESS)  # --bench-typing: compare a search cool-down
    args = parser.parse_args(argv)
    if args.bench_typing:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts
        from desktop.benchtyping import run_bench_typing

        return run_bench_typing(args.data, args.cooldown_ms)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts
        from desktop.selftest import run_self_test

        return run_self_test(args.data, started)
    from desktop.app import run
    from index.paths import default_data_dir

    return run(args.data or default_data_dir())


if __name__ == "__main__":
    sys.exit(main())
