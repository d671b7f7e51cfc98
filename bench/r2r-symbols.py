#!/usr/bin/env python3
"""Names the ReadyToRun methods in a `perf` profile of the released build.

`perf` names the methods the runtime compiles (with DOTNET_PerfMapEnabled=1), not the code
compiled ahead of time into the assemblies of a ReadyToRun publish: those frames show as
offsets in the .dll. Publish with -p:PublishReadyToRunEmitSymbols=true and crossgen writes a
map of each assembly's methods next to it (NAME.ni.r2rmap: relative address, size, name); this
script reads `perf script` output and puts the method's name on every frame it can find there.

    dotnet publish src/Explainer.Cli -c Release -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -p:PublishReadyToRunEmitSymbols=true -o /tmp/xp
    perf record -F 1999 -g -o perf.data /tmp/xp/explainer build --input ... --output ...
    perf script -i perf.data --show-mmap-events -F ip,sym,dso | bench/r2r-symbols.py > named.txt

The .NET libraries of the shared framework have no such map here; their frames stay unnamed.
"""
import bisect
import os
import re
import struct
import sys

# An address perf printed relative to its file (the frames it could not name) is below this.
FILE_RELATIVE = 0x10000000

MMAP = re.compile(r"PERF_RECORD_MMAP2? \S+ \[0x([0-9a-f]+)\(0x([0-9a-f]+)\) @ 0x?([0-9a-f]+) .*\]: \S+ (\S+\.dll)$")
FRAME = re.compile(r"^(\s+)([0-9a-f]+) (.*) \((\S+\.dll)\)$")


class Assembly:
    """An assembly's sections (file offset to relative address) and its crossgen method map."""

    def __init__(self, path, map_path):
        image = open(path, "rb").read()
        pe = struct.unpack_from("<I", image, 0x3C)[0]
        sections = struct.unpack_from("<H", image, pe + 6)[0]
        optional = struct.unpack_from("<H", image, pe + 20)[0]
        self.sections = []
        for i in range(sections):
            _, _, address, raw_size, raw_offset = struct.unpack_from("<8sIIII", image, pe + 24 + optional + 40 * i)
            self.sections.append((raw_offset, raw_size, address))
        methods = []
        for line in open(map_path, encoding="utf-8"):
            address, size, name = line.rstrip("\n").split(" ", 2)
            address = int(address, 16)
            if address < 0xFFFFFF00:  # the first lines are the map's own header
                methods.append((address, int(size, 16), name))
        methods.sort()
        self.starts = [m[0] for m in methods]
        self.methods = methods

    def name(self, offset):
        for raw_offset, raw_size, address in self.sections:
            if raw_offset <= offset < raw_offset + raw_size:
                relative = offset - raw_offset + address
                i = bisect.bisect_right(self.starts, relative) - 1
                if i >= 0 and relative < self.methods[i][0] + self.methods[i][1]:
                    return self.methods[i][2]
                return None
        return None


def main():
    assemblies = {}
    mappings = {}

    def assembly(path):
        if path not in assemblies:
            map_path = path[:-len(".dll")] + ".ni.r2rmap"
            assemblies[path] = Assembly(path, map_path) if os.path.exists(path) and os.path.exists(map_path) else None
        return assemblies[path]

    def file_offset(path, ip):
        if ip < FILE_RELATIVE:
            return ip
        for start, end, page_offset in mappings.get(path, []):
            if start <= ip < end:
                return ip - start + page_offset
        return None

    for line in sys.stdin:
        mmap = MMAP.search(line)
        if mmap:
            start = int(mmap.group(1), 16)
            mappings.setdefault(mmap.group(4), []).append((start, start + int(mmap.group(2), 16), int(mmap.group(3), 16)))
            continue
        if "PERF_RECORD" in line:
            continue
        frame = FRAME.match(line)
        if frame and (found := assembly(frame.group(4))):
            offset = file_offset(frame.group(4), int(frame.group(2), 16))
            name = found.name(offset) if offset is not None else None
            if name:
                short = os.path.basename(frame.group(4))[:-len(".dll")]
                line = f"{frame.group(1)}{frame.group(2)} [{short}] {name} ({frame.group(4)})\n"
        sys.stdout.write(line)


if __name__ == "__main__":
    main()
