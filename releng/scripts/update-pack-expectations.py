#!/usr/bin/env python3
"""Rewrites a pack's golden expectations from what the engine does now.

Run it only after a deliberate change to the engine's rules or to a case, then read the diff of the expected/ files
before committing: the golden tests exist to catch changes nobody meant to make.

    releng/scripts/update-pack-expectations.py <rogatory launcher> <pack plug-in folder> <expected folder>

Each transcripts/<case>/<name>.json is played with `rogatory --headless play`; the debrief's verdicts, end reason,
evidence secured and lost, and weighted total (kept as a range of +/-0.01) go to expected/<case>/<name>.json.
"""
import json
import pathlib
import re
import subprocess
import sys


def parse(debrief):
    verdicts = re.findall(r"^ *\d+\. \[[^\]]+\] .*: (COMPLIANT_WEAKER|NON_COMPLIANT|COMPLIANT)$", debrief, re.M)
    end = re.search(r"^Ended: ([A-Z_]+),", debrief, re.M).group(1)

    def names(label):
        value = re.search(r"^%s: (.*)$" % label, debrief, re.M).group(1).strip()
        return [] if value == "none" else [n.strip() for n in value.split(", ")]

    total = float(re.search(r"^ *Total \(weighted\) +(-?[0-9.]+)$", debrief, re.M).group(1))
    return {
        "verdicts": verdicts,
        "endReason": end,
        "evidenceSecured": names("Evidence secured"),
        "evidenceLost": names("Evidence lost"),
        "total": {"min": round(total - 0.01, 2), "max": round(total + 0.01, 2)},
    }


def main(launcher, plugin, expected):
    plugin, expected = pathlib.Path(plugin), pathlib.Path(expected)
    for transcript in sorted(plugin.glob("transcripts/*/*.json")):
        case = transcript.parent.name
        scenario = plugin / "pack" / (case + ".rogatory")
        run = subprocess.run([launcher, "--headless", "play", str(scenario), "--transcript", str(transcript)],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit("%s: rogatory play failed (%d): %s" % (transcript, run.returncode, run.stderr or run.stdout))
        target = expected / case / (transcript.stem + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(parse(run.stdout), indent=2) + "\n", encoding="utf-8")
        print("%s/%s: %s" % (case, transcript.stem, parse(run.stdout)["total"]))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
