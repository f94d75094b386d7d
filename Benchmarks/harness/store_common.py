"""What parts 3 and 4 (engine.sh, store.sh) share: writing a section."""
import json
import os


def write_section(name, section):
    """Writes `section` to $BENCH_OUT/NAME.json, or prints it when BENCH_OUT is unset."""
    text = json.dumps(section, indent=2, ensure_ascii=False)
    out = os.environ.get("BENCH_OUT")
    if not out:
        print(text)
        return
    path = os.path.join(out, f"{name}.json")
    with open(path, "w") as f:
        f.write(text)
    print(f"wrote {path}")
