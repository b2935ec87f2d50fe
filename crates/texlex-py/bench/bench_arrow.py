"""Lex + to_arrow() against the Rust lex alone, medians of N runs.

    python crates/texlex-py/bench/bench_arrow.py [FILE] [--runs N] [--trivia]

The Rust figure is `texlex._texlex._lex_only(bytes)`: the same lex (tracking
with verbatim, LuaTeX) with the GIL released, returning only the token count.
The target is a ratio of at most 5.

The figure depends on the C allocator: glibc gives the columns' pages back
to the system after each run and takes page faults to get them again
(about half of the time here); `MALLOC_MMAP_THRESHOLD_=1000000000
MALLOC_TRIM_THRESHOLD_=1000000000` in the environment shows the figure
without that.
"""

import argparse
import pathlib
import statistics
import time

import texlex
from texlex import _texlex

DEFAULT = "/work/shared/corpus/perf/perf_smoke_big.tex"


def median_time(f, runs, warmup=3):
    for _ in range(warmup):
        f()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=DEFAULT)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--trivia", action="store_true", help="to_arrow(trivia=True)")
    args = ap.parse_args()
    data = pathlib.Path(args.file).read_bytes()
    n = _texlex._lex_only(data)
    rust = median_time(lambda: _texlex._lex_only(data), args.runs)
    full = median_time(lambda: texlex.lex(data).to_arrow(trivia=args.trivia), args.runs)
    batch = texlex.lex(data).to_arrow(trivia=args.trivia)
    mb = len(data) / 1e6
    print(f"{args.file}: {len(data)} bytes, {n} tokens, {batch.num_rows} rows")
    print(f"rust lex alone      : {rust * 1e3:8.2f} ms  ({mb / rust:7.1f} MB/s)")
    print(f"lex + to_arrow()    : {full * 1e3:8.2f} ms  ({mb / full:7.1f} MB/s)")
    print(f"ratio               : {full / rust:8.2f}x  (target <= 5x)")


if __name__ == "__main__":
    main()
