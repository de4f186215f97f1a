#!/usr/bin/env python3
"""Reads a YAML file with PyYAML's safe loader and prints it as JSON, so that a Qt test can
assert the structure a real YAML parser sees (not what a text search finds).

PyYAML follows YAML 1.1, where a bare `on` is the boolean true: GitHub's `on:` key comes
out as the JSON key "true". Keys that are not strings are written with json's own rules.

    yaml_to_json.py FILE   -> exit 0 and the JSON on stdout, or exit 1 and the parse error
"""
import json
import sys

import yaml


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: yaml_to_json.py FILE", file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        print(f"{sys.argv[1]}: {error}", file=sys.stderr)
        return 1
    json.dump(document, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
