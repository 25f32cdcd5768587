"""Single-process throughput of ``warta extract`` over the shared Indonesian corpus.

Times the CLI in a child process on the first ``--limit`` articles of id-indosum-devfolds and prints
articles/second (end to end, and steady state with the start-up cost of a one-article run subtracted),
words/second, CPU seconds (user+sys: the figure to trust on a busy machine) and the child's peak memory
(max RSS from ``os.wait4``).

    python bench/extract_throughput.py                 # 300 articles, full pipeline
    python bench/extract_throughput.py --no-models     # rule baselines only
    python bench/extract_throughput.py --model-dir /tmp/models   # use <dir>/id_news as the model
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [
    ROOT.parent / "shared" / "data" / "id-indosum-devfolds" / "articles.jsonl",
    Path("/work/shared/data/id-indosum-devfolds/articles.jsonl"),
]

# Runs the CLI in the child; optionally points warta at another models directory (a stand-in model) and
# profiles the run with cProfile.
BOOT = (
    "import sys, pathlib\n"
    "model_dir, profile = sys.argv[1], sys.argv[2]\n"
    "if model_dir:\n"
    "    import warta.nlp; warta.nlp.MODELS_DIR = pathlib.Path(model_dir)\n"
    "sys.argv = ['warta', *sys.argv[3:]]\n"
    "from warta.cli import app\n"
    "if profile:\n"
    "    import cProfile; prof = cProfile.Profile(); prof.enable()\n"
    "try:\n"
    "    app()\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "else:\n"
    "    code = 0\n"
    "if profile:\n"
    "    prof.disable(); prof.dump_stats(profile)\n"
    "sys.exit(code)\n"
)


def find_data(explicit: str | None) -> Path | None:
    if explicit:
        p = Path(explicit)
        return p if p.exists() else None
    return next((p for p in CANDIDATES if p.exists()), None)


def sample(src: Path, limit: int, dest: Path) -> tuple[int, int]:
    """Copy the first ``limit`` articles; return (articles, words)."""
    n = words = 0
    with open(src, encoding="utf-8") as fh, open(dest, "w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            out.write(line)
            words += len(json.loads(line).get("text", "").split())
            n += 1
            if n >= limit:
                break
    return n, words


def run_child(args: list[str], model_dir: str, profile: str = "") -> tuple[float, float, int, int]:
    """Run ``warta ARGS`` in a child; (wall seconds, CPU seconds, peak RSS in MiB, exit status)."""
    t0 = time.perf_counter()
    cmd = [sys.executable, "-c", BOOT, model_dir, profile, *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss // 1024, proc.returncode  # ru_maxrss is in KiB on Linux


def _models_label(no_models: bool, model_dir: str | None) -> str:
    if no_models:
        return "off (--no-models)"
    path = Path(model_dir) / "id_news" if model_dir else ROOT / "warta" / "models" / "id_news"
    return str(path) if (path / "config.cfg").is_file() else f"none ({path} not built: rule baselines)"


def measure(
    data: Path, limit: int, no_models: bool, model_dir: str | None, profile: str = ""
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one.jsonl", Path(tmp) / "many.jsonl"
        sample(data, 1, one)
        n, words = sample(data, limit, many)
        flags = ["--no-models"] if no_models else []
        t1, c1, _, s1 = run_child(["extract", str(one), "-o", os.devnull, *flags], model_dir or "")
        tn, cn, rss, status = run_child(
            ["extract", str(many), "-o", os.devnull, *flags], model_dir or "", profile
        )
    if status != 0 or s1 != 0:
        raise SystemExit(f"warta extract failed (exit status {status or s1}); see the messages above")
    steady = max(tn - t1, 1e-9)
    steady_cpu = max(cn - c1, 1e-9)
    return {
        "articles": n,
        "mean_words": round(words / n, 1),
        "models": _models_label(no_models, model_dir),
        "startup_s": round(t1, 2),
        "total_s": round(tn, 2),
        "articles_per_s": round(n / tn, 1),
        "steady_articles_per_s": round((n - 1) / steady, 1),
        "steady_words_per_s": round((words * (n - 1) / n) / steady),
        "steady_500w_articles_per_s": round((words * (n - 1) / n) / steady / 500, 1),
        "cpu_s": round(cn, 2),
        "steady_articles_per_cpu_s": round((n - 1) / steady_cpu, 1),
        "steady_500w_articles_per_cpu_s": round((words * (n - 1) / n) / steady_cpu / 500, 1),
        "peak_rss_mib": rss,
        "exit_status": status,
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="JSONL corpus (default: shared id-indosum-devfolds/articles.jsonl)")
    ap.add_argument("--limit", type=int, default=300, help="articles to process (default 300)")
    ap.add_argument("--no-models", action="store_true", help="rule baselines only")
    ap.add_argument("--model-dir", help="directory of <lang>_news pipelines to use instead of warta/models")
    ap.add_argument("--profile", metavar="FILE",
                    help="cProfile the timed run into FILE and print the top functions (inflates timings)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    data = find_data(args.data)
    if data is None:
        print("skipped: id-indosum-devfolds/articles.jsonl not found (pass --data FILE)", file=sys.stderr)
        return 0
    r = measure(data, args.limit, args.no_models, args.model_dir, args.profile or "")
    if args.json:
        print(json.dumps(r))
    else:
        print(f"warta extract, {r['articles']} articles ({r['mean_words']} words on average), "
              f"models: {r['models']}")
        print(f"  end to end : {r['articles_per_s']} articles/s ({r['total_s']} s, "
              f"start-up {r['startup_s']} s)")
        print(f"  steady     : {r['steady_articles_per_s']} articles/s, {r['steady_words_per_s']} words/s "
              f"(= {r['steady_500w_articles_per_s']} 500-word articles/s)")
        print(f"  CPU time   : {r['cpu_s']} s; steady {r['steady_articles_per_cpu_s']} articles "
              f"per CPU-second (= {r['steady_500w_articles_per_cpu_s']} 500-word articles per CPU-second)")
        print(f"  peak RSS   : {r['peak_rss_mib']} MiB   (1-min load average {r['load_avg_1m']})")
    if args.profile:
        import pstats

        print(f"\nprofile written to {args.profile}; top functions by cumulative time:")
        stats = pstats.Stats(args.profile).sort_stats("cumulative")
        stats.print_stats(r"warta/|spacy/(language|tokenizer)", 30)
    return 0 if r["exit_status"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
