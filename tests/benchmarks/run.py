"""`make bench`: run every tests/benchmarks/bench_*.py, print a table, write var/bench.json.

Benchmarks run against their own database under var/bench/ (SQLite by default, or
DATABASE_URL when set), migrated and loaded with the demo content first. Each module has
`run(ctx) -> list[Result]`.
"""

import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / "var" / "bench"


def configure():
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaign_site.settings.dev")
    os.environ["DEBUG"] = "false"
    os.environ["DATA_DIR"] = str(BENCH_DIR)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo_content", "--if-empty", verbosity=0, stdout=quiet)


def main(argv):
    configure()
    from tests.benchmarks.common import BenchContext

    only = set(argv[1:])
    modules = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    ctx = BenchContext(root=ROOT, data_dir=BENCH_DIR)
    results, started = [], time.time()
    try:
        for name in modules:
            if only and name not in only:
                continue
            module = importlib.import_module(f"tests.benchmarks.{name}")
            print(f"-- {name}", flush=True)
            results.extend(module.run(ctx))
    finally:
        ctx.close()
    width = max((len(r.name) for r in results), default=10)
    print(f"\n{'benchmark':<{width}}  {'value':>12}  unit        target")
    for r in results:
        target = f"{r.target_op} {r.target}" if r.target is not None else ""
        flag = "" if r.passed is None else ("  ok" if r.passed else "  MISSED")
        print(f"{r.name:<{width}}  {r.value:>12.2f}  {r.unit:<10}  {target}{flag}")
    out = ROOT / "var" / "bench.json"
    out.write_text(
        json.dumps(
            {
                "machine": {
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                    "platform": platform.platform(),
                },
                "database": os.environ.get("DATABASE_URL", "sqlite (var/bench)").split("@")[-1],
                "seconds": round(time.time() - started, 1),
                "results": [r.as_dict() for r in results],
            },
            indent=2,
        )
    )
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 1 if any(r.passed is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
