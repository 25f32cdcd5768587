"""Scaling of ``warta batch``: articles/second and peak memory with 1 and 2 local workers.

For each worker count it starts a LocalCluster (processes, one thread each), loads the models on every
worker (a warm-up article), then times ``run_batch`` over the first ``--limit`` articles of the shared
id-indosum-devfolds corpus into a fresh output directory. Cluster start-up and model loading are reported
separately; scaling efficiency = rate(N workers) / (N x rate(1 worker)).

    python bench/batch_scaling.py                      # 300 articles, 1 and 2 workers, full pipeline
    python bench/batch_scaling.py --no-models --limit 300
    python bench/batch_scaling.py --model-dir /tmp/models   # <dir>/id_news as the model
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_throughput import find_data, sample  # noqa: E402


def _set_models_dir(path: str) -> None:
    import warta.nlp

    warta.nlp.MODELS_DIR = Path(path)


def _usage() -> tuple[float, int]:
    """(CPU seconds, peak RSS in MiB) of the calling worker process."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss // 1024


def measure(data: Path, workers: int, limit: int, shard_size: int, no_models: bool,
            model_dir: str | None) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from warta.batch.runner import Config, run_batch, warm_up

    config = Config(use_models=not no_models)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sample.jsonl"
        n, words = sample(data, limit, src)
        t0 = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None
            ) as cl,
            Client(cl) as client,
        ):
            t_start = time.perf_counter() - t0
            if model_dir:
                client.run(_set_models_dir, model_dir)
            t1 = time.perf_counter()
            models = set(client.run(warm_up, config).values())
            t_warm = time.perf_counter() - t1
            cpu0 = client.run(_usage)
            t2 = time.perf_counter()
            summary = run_batch([src], Path(tmp) / "out", shard_size=shard_size, config=config, client=client)
            t_run = time.perf_counter() - t2
            after = client.run(_usage)
        if summary.failed or summary.articles != n:
            raise SystemExit(f"batch run incomplete: {summary.to_dict()}")
    cpu = sum(after[w][0] - cpu0[w][0] for w in after)
    return {
        "workers": workers,
        "articles": n,
        "mean_words": round(words / n, 1),
        "models": sorted(models),
        "cluster_start_s": round(t_start, 2),
        "model_load_s": round(t_warm, 2),
        "run_s": round(t_run, 2),
        "articles_per_s": round(n / t_run, 1),
        "worker_cpu_s": round(cpu, 2),
        "articles_per_worker_cpu_s": round(n / cpu, 1),
        "peak_rss_mib_per_worker": max(v[1] for v in after.values()),
        "peak_rss_mib_total": sum(v[1] for v in after.values()),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="JSONL corpus (default: shared id-indosum-devfolds/articles.jsonl)")
    ap.add_argument("--limit", type=int, default=300, help="articles to process (default 300)")
    ap.add_argument("--shard-size", type=int, default=25, help="articles per shard (default 25)")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare (default 1,2)")
    ap.add_argument("--no-models", action="store_true", help="rule baselines only")
    ap.add_argument("--model-dir", help="directory of <lang>_news pipelines to use instead of warta/models")
    ap.add_argument("--json", action="store_true", help="print one JSON object per worker count")
    args = ap.parse_args()
    data = find_data(args.data)
    if data is None:
        print("skipped: id-indosum-devfolds/articles.jsonl not found (pass --data FILE)", file=sys.stderr)
        return 0
    results = []
    for w in (int(x) for x in args.workers.split(",")):
        r = measure(data, w, args.limit, args.shard_size, args.no_models, args.model_dir)
        results.append(r)
        base = results[0]
        r["speedup"] = round(r["articles_per_s"] / base["articles_per_s"], 2)
        r["efficiency"] = round(r["speedup"] / (w / base["workers"]), 2)
        if args.json:
            print(json.dumps(r))
        else:
            print(f"{w} worker(s): {r['articles_per_s']} articles/s ({r['articles']} articles, "
                  f"{r['run_s']} s; "
                  f"cluster start {r['cluster_start_s']} s, model load {r['model_load_s']} s), "
                  f"speedup {r['speedup']}x, efficiency {r['efficiency']:.0%}; "
                  f"{r['articles_per_worker_cpu_s']} articles per worker CPU-second; peak RSS "
                  f"{r['peak_rss_mib_per_worker']} MiB per worker, {r['peak_rss_mib_total']} MiB in all; "
                  f"models {', '.join(r['models'])}; load average {r['load_avg_1m']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
