#!/usr/bin/env python3
"""Draws x1apply's icon — a form with a red official seal — and writes resources/windows/x1apply.ico.

Pure Python (no imaging library): each size is drawn from the same shapes with 4×4 samples per
pixel, stored as PNG images inside the .ico (Windows Vista and later read them at every size).
Run it again after changing a shape; the output is byte-for-byte reproducible.
"""
import math
import struct
import sys
import zlib
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
SAMPLES = 4

PAPER = (255, 255, 255, 255)
EDGE = (70, 80, 95, 255)
FOLD = (214, 220, 228, 255)
LINE = (74, 111, 165, 255)
SEAL = (200, 16, 46, 255)


def inside_polygon(x, y, points):
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def distance_to_segment(x, y, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - ax - t * dx, y - ay - t * dy)


PAGE = [(0.16, 0.05), (0.64, 0.05), (0.82, 0.23), (0.82, 0.95), (0.16, 0.95)]
FOLD_TRIANGLE = [(0.64, 0.05), (0.64, 0.23), (0.82, 0.23)]
TEXT_LINES = [(0.27, 0.33, 0.70), (0.27, 0.43, 0.70), (0.27, 0.53, 0.62), (0.27, 0.63, 0.48)]
SEAL_CENTRE, SEAL_RADIUS, SEAL_RING = (0.67, 0.75), 0.215, 0.05


def star(cx, cy, outer, inner):
    points = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        radius = outer if k % 2 == 0 else inner
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


SEAL_STAR = star(SEAL_CENTRE[0], SEAL_CENTRE[1] + 0.005, 0.105, 0.042)


def colour_at(x, y, size):
    """The colour of the topmost shape at (x, y) in the unit square, or None."""
    # Outlines stay at least about one pixel wide at 16×16.
    edge = max(0.018, 0.9 / size)
    colour = None
    if inside_polygon(x, y, PAGE):
        colour = PAPER
        if inside_polygon(x, y, FOLD_TRIANGLE):
            colour = FOLD
        for left, top, right in TEXT_LINES:
            if left <= x <= right and top <= y <= top + max(0.045, 1.0 / size):
                colour = LINE
    for i in range(len(PAGE)):
        if distance_to_segment(x, y, PAGE[i], PAGE[(i + 1) % len(PAGE)]) <= edge / 2:
            colour = EDGE
    if distance_to_segment(x, y, FOLD_TRIANGLE[0], FOLD_TRIANGLE[1]) <= edge / 2 or \
            distance_to_segment(x, y, FOLD_TRIANGLE[1], FOLD_TRIANGLE[2]) <= edge / 2:
        colour = EDGE
    r = math.hypot(x - SEAL_CENTRE[0], y - SEAL_CENTRE[1])
    if SEAL_RADIUS - max(SEAL_RING, 1.2 / size) <= r <= SEAL_RADIUS:
        colour = SEAL
    if size >= 24 and inside_polygon(x, y, SEAL_STAR):
        colour = SEAL
    if size < 24 and r <= SEAL_RADIUS * 0.45:  # a star would be a blur: a dot instead
        colour = SEAL
    return colour


def draw(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size)
                    if c:
                        for k in range(3):
                            total[k] += c[k] * c[3]
                        total[3] += c[3]
            n = SAMPLES * SAMPLES
            alpha = total[3] / n
            if alpha:
                row += bytes(round(total[k] / total[3]) for k in range(3)) + bytes([round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(images):
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        dimension = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


def main():
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources/windows/x1apply.ico"
    images = [(size, draw(size)) for size in SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico(images))
    print(f"{target}: {', '.join(str(s) for s in SIZES)} px, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
