#!/bin/sh
# `cortege publish` of the four samples into Radicale and Xandikos, then a no-change publish, beside the python
# caldav client uploading the same objects (Benchmarks/README.md, "Publish benchmark").
set -e
cd "$(dirname "$0")/../.."
swift build --product cortege
python3 Benchmarks/publish/publish.py
