#!/usr/bin/env python3
"""Writes BENCHMARKS.md from the sections the parts left in a results folder.

    report.py RESULTS_DIR OUTPUT.md COMMAND SECONDS PARTS BUILD_SECONDS

Each part writes one JSON section (see README.md here); this script only
formats them, with the machine, the date and the command that made them.
A part that failed leaves no section: its absence is said, not hidden.
"""
import datetime
import glob
import json
import os
import platform
import sys


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def number(value):
    if value is None:
        return "–"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def ratio(figure):
    base = figure.get("baseline_value")
    if base in (None, 0):
        return "–"
    return f"{figure['value'] / base:.2f}x"


def main():
    results, output, command, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    expected = sys.argv[5].split(",") if len(sys.argv) > 5 and sys.argv[5] else []
    building = float(sys.argv[6]) if len(sys.argv) > 6 else 0.0
    sections = []
    for path in sorted(glob.glob(os.path.join(results, "*.json"))):
        with open(path) as f:
            section = json.load(f)
        section["_name"] = os.path.splitext(os.path.basename(path))[0]
        sections.append(section)
    sections.sort(key=lambda s: (s["order"], s["_name"]))
    missing = [name for name in expected if name not in {s["_name"] for s in sections}]

    out = []
    out.append("# Benchmarks\n")
    out.append("Every figure beside a baseline measured in the same run, with the ratio "
               "and the goal. Written by a program, not by hand: do not edit; "
               f"regenerate with `{command}`.\n")
    out.append(f"- Machine: {os.cpu_count()} cores (`nproc`), {cpu_model()}, {platform.system()} {platform.release()}")
    out.append(f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    out.append(f"- Command: `{command}`: {seconds / 60:.1f} minutes for this run, of which "
               f"{building / 60:.1f} building what changed since the last build and "
               f"{(seconds - building) / 60:.1f} measuring")
    total = sum(len(s["figures"]) for s in sections)
    met = sum(1 for s in sections for fig in s["figures"] if fig["met"])
    out.append(f"- Goals met: {met} of {total}\n")
    if missing:
        out.append("**Parts that failed in this run and wrote no figures:** "
                   + ", ".join(missing) + " (see the command's output).\n")
    missed = [(s, fig) for s in sections for fig in s["figures"] if not fig["met"]]
    if missed:
        out.append("## Goals missed\n")
        for s, fig in missed:
            out.append(f"- {s['title']}: {fig['measure']}: {number(fig['value'])} {fig['unit']}, goal {fig['goal']}")
        out.append("\nEach section's notes say by how much and what would close it.\n")
    for s in sections:
        out.append(f"## {s['order']}. {s['title']}\n")
        out.append(s["method"].strip() + "\n")
        out.append(f"Reproduce: `{s['command']}`\n")
        out.append("| Measure | Value | Baseline | Baseline value | Ratio | Goal | Met |")
        out.append("|---|---:|---|---:|---:|---|:-:|")
        for fig in s["figures"]:
            out.append("| {} | {} {} | {} | {} | {} | {} | {} |".format(
                fig["measure"], number(fig["value"]), fig["unit"],
                fig.get("baseline") or "–", number(fig.get("baseline_value")),
                ratio(fig), fig["goal"], "yes" if fig["met"] else "**no**"))
        out.append("")
        for note in s.get("notes", []):
            out.append(f"- {note}")
        if s.get("notes"):
            out.append("")
    with open(output, "w") as f:
        f.write("\n".join(out))
    print(f"wrote {output}: {len(sections)} sections, {met}/{total} goals met"
          + (f"; no figures from {', '.join(missing)}" if missing else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
