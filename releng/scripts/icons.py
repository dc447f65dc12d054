#!/usr/bin/env python3
"""Draws the views' icons as PNG files: 16 x 16 and 32 x 32 (the @2x form SWT picks on high-resolution screens).

Every view needs an icon of its own: a view without one gets the platform's default view icon, an SVG, and rasterizing
it at start-up loads an SVG library and Java2D into the workbench (BENCHMARKS.md, "Workbench benchmarks"). The icons
are drawn here from simple shapes so they can be changed in one place and re-made exactly:

    python3 releng/scripts/icons.py            # writes the icons into the bundles' icons/ folders
    python3 releng/scripts/icons.py --check    # fails if a committed icon differs from what this script draws

Only the standard library is used (zlib for PNG compression). Shapes are drawn on a grid 8 times finer than 16 x 16
and averaged down, which gives smooth edges at both sizes.
"""
import math
import os
import struct
import sys
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
FINE = 8  # fine pixels per 16 x 16 unit at the base size

INK = (53, 80, 107)        # slate blue outlines
PAPER = (250, 250, 246)
LINE = (138, 150, 163)
ACCENT = (31, 122, 140)    # teal
WARM = (214, 137, 16)      # amber
ALERT = (192, 57, 43)      # red
GOOD = (39, 174, 96)       # green
CORK = (205, 170, 125)


class Canvas:
    """A square RGBA canvas in 16-unit coordinates, drawn FINE times finer than the smallest icon."""

    def __init__(self):
        self.size = 16 * FINE
        self.px = [[(0, 0, 0, 0)] * self.size for _ in range(self.size)]

    def _plot(self, x, y, colour, alpha=255):
        if 0 <= x < self.size and 0 <= y < self.size:
            self.px[y][x] = colour + (alpha,)

    def fill(self, inside, colour, box=(0, 0, 16, 16)):
        """Fills every fine pixel whose centre satisfies inside(u, v), u and v in icon units."""
        lo_x = max(0, int(math.floor(box[0] * FINE)))
        lo_y = max(0, int(math.floor(box[1] * FINE)))
        hi_x = min(self.size, int(math.ceil(box[2] * FINE)))
        hi_y = min(self.size, int(math.ceil(box[3] * FINE)))
        for y in range(lo_y, hi_y):
            for x in range(lo_x, hi_x):
                if inside((x + 0.5) / FINE, (y + 0.5) / FINE):
                    self._plot(x, y, colour)

    def rect(self, x0, y0, x1, y1, colour):
        self.fill(lambda u, v: x0 <= u < x1 and y0 <= v < y1, colour, (x0, y0, x1, y1))

    def frame(self, x0, y0, x1, y1, colour, width=1.0):
        self.fill(lambda u, v: x0 <= u < x1 and y0 <= v < y1
                  and not (x0 + width <= u < x1 - width and y0 + width <= v < y1 - width), colour, (x0, y0, x1, y1))

    def disc(self, cx, cy, r, colour):
        self.fill(lambda u, v: (u - cx) ** 2 + (v - cy) ** 2 <= r * r, colour, (cx - r, cy - r, cx + r, cy + r))

    def ring(self, cx, cy, r, colour, width=1.0):
        self.fill(lambda u, v: (r - width) ** 2 <= (u - cx) ** 2 + (v - cy) ** 2 <= r * r, colour,
                  (cx - r, cy - r, cx + r, cy + r))

    def line(self, x0, y0, x1, y1, colour, width=1.0):
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy

        def inside(u, v):
            t = max(0.0, min(1.0, ((u - x0) * dx + (v - y0) * dy) / length2))
            return (u - x0 - t * dx) ** 2 + (v - y0 - t * dy) ** 2 <= (width / 2) ** 2

        pad = width
        self.fill(inside, colour, (min(x0, x1) - pad, min(y0, y1) - pad, max(x0, x1) + pad, max(y0, y1) + pad))

    def polygon(self, points, colour):
        def inside(u, v):
            crossings = False
            for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
                if (ay > v) != (by > v) and u < ax + (v - ay) * (bx - ax) / (by - ay):
                    crossings = not crossings
            return crossings

        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self.fill(inside, colour, (min(xs), min(ys), max(xs), max(ys)))

    def scaled(self, size):
        """Averages the fine pixels down to size x size, weighting colour by coverage."""
        step = self.size // size
        out = []
        for y in range(size):
            row = []
            for x in range(size):
                r = g = b = a = 0
                for yy in range(y * step, (y + 1) * step):
                    for xx in range(x * step, (x + 1) * step):
                        pr, pg, pb, pa = self.px[yy][xx]
                        r += pr * pa
                        g += pg * pa
                        b += pb * pa
                        a += pa
                if a == 0:
                    row.append((0, 0, 0, 0))
                else:
                    row.append((round(r / a), round(g / a), round(b / a), round(a / (step * step))))
            out.append(row)
        return out


def png(pixels):
    """Encodes rows of RGBA tuples as a PNG file (8-bit RGBA, no interlace, fixed compression for stable bytes)."""
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


# The icons, one function each, drawn in 16 x 16 units.

def case_library(c):
    c.rect(1, 14, 15, 15, INK)                      # shelf
    c.rect(2, 3, 5, 14, ACCENT)
    c.rect(5.5, 2, 8.5, 14, WARM)
    c.rect(9, 4, 12, 14, INK)
    c.polygon([(12, 5), (14.5, 4.2), (15, 13.6), (12.6, 14)], ALERT)   # a leaning book
    for x in (2, 5.5, 9):
        c.rect(x + 0.6, 5, x + 2.4, 6, PAPER)


def briefing(c):
    c.rect(3, 1, 13, 15, PAPER)
    c.frame(3, 1, 13, 15, INK)
    for y in (4, 6.5, 9, 11.5):
        c.rect(5, y, 11 if y < 11 else 9, y + 1, LINE)
    c.rect(5, 4, 8, 5, ACCENT)


def evidence_board(c):
    c.rect(1, 2, 15, 14, CORK)
    c.frame(1, 2, 15, 14, INK)
    c.rect(3, 4, 8, 8, PAPER)
    c.rect(9, 5, 13, 9.5, PAPER)
    c.rect(4.5, 9, 9.5, 12.5, PAPER)
    c.disc(5.5, 4.6, 1, ALERT)
    c.disc(11, 5.6, 1, ACCENT)
    c.disc(7, 9.6, 1, WARM)


def states(c):
    c.disc(8, 8, 7, (214, 234, 248))
    c.ring(8, 8, 7, INK)
    c.fill(lambda u, v: abs(((u - 8) / 3.2) ** 2 + ((v - 8) / 7) ** 2 - 1) <= 0.28, INK, (4, 1, 12, 15))
    c.rect(1.5, 7.5, 14.5, 8.5, INK)
    c.line(2.5, 4.5, 13.5, 4.5, INK, 0.8)
    c.line(2.5, 11.5, 13.5, 11.5, INK, 0.8)


def action_composer(c):
    c.polygon([(1, 8), (15, 1.5), (10, 14.5), (7.5, 9.5)], ACCENT)
    c.polygon([(7.5, 9.5), (15, 1.5), (9, 11)], INK)
    c.line(1, 8, 15, 1.5, INK, 0.8)
    c.line(15, 1.5, 10, 14.5, INK, 0.8)


def timeline(c):
    c.disc(8, 8, 7, PAPER)
    c.ring(8, 8, 7, INK, 1.3)
    for k in range(12):
        a = k * math.pi / 6
        c.line(8 + 5.1 * math.cos(a), 8 + 5.1 * math.sin(a), 8 + 5.6 * math.cos(a), 8 + 5.6 * math.sin(a), LINE, 0.8)
    c.line(8, 8, 8, 3.6, INK, 1.3)
    c.line(8, 8, 11.2, 9.8, ALERT, 1.1)
    c.disc(8, 8, 1, INK)


def feedback(c):
    c.polygon([(1, 2), (15, 2), (15, 11), (7, 11), (3.5, 14.5), (4, 11), (1, 11)], INK)
    c.polygon([(2, 3), (14, 3), (14, 10), (6.6, 10), (4.9, 11.8), (5.1, 10), (2, 10)], PAPER)
    c.line(4.8, 6.6, 7, 8.6, GOOD, 1.6)
    c.line(7, 8.6, 11.4, 4.2, GOOD, 1.6)


def treaty_browser(c):
    c.polygon([(1, 3), (7.5, 4), (7.5, 14.5), (1, 13.5)], PAPER)
    c.polygon([(8.5, 4), (15, 3), (15, 13.5), (8.5, 14.5)], PAPER)
    c.polygon([(1, 3), (7.5, 4), (7.5, 14.5), (1, 13.5)], INK)
    c.polygon([(1.9, 4), (7, 4.8), (7, 13.4), (1.9, 12.6)], PAPER)
    c.polygon([(8.5, 4), (15, 3), (15, 13.5), (8.5, 14.5)], INK)
    c.polygon([(9, 4.8), (14.1, 4), (14.1, 12.6), (9, 13.4)], PAPER)
    for y in (6.5, 8.5, 10.5):
        c.line(3, y, 6, y + 0.4, LINE, 0.8)
        c.line(10, y + 0.4, 13, y, LINE, 0.8)
    c.rect(7.5, 2, 8.5, 15, ACCENT)


def debrief(c):
    c.rect(1, 14, 15, 15, INK)
    c.rect(1, 1, 2, 15, INK)
    c.rect(3.5, 9, 6, 14, ACCENT)
    c.rect(7.5, 5, 10, 14, GOOD)
    c.rect(11.5, 2.5, 14, 14, WARM)


def pack_explorer(c):
    c.polygon([(8, 1), (15, 4.5), (8, 8), (1, 4.5)], (233, 196, 134))
    c.polygon([(1, 4.5), (8, 8), (8, 15), (1, 11.5)], WARM)
    c.polygon([(8, 8), (15, 4.5), (15, 11.5), (8, 15)], (176, 110, 12))
    c.line(4.5, 2.75, 11.5, 6.25, INK, 0.9)
    c.line(8, 8, 8, 15, INK, 0.6)


def problems(c):
    c.polygon([(8, 1), (15.2, 14.5), (0.8, 14.5)], INK)
    c.polygon([(8, 3), (13.6, 13.5), (2.4, 13.5)], (241, 196, 15))
    c.rect(7.2, 6, 8.8, 10.5, INK)
    c.rect(7.2, 11.3, 8.8, 12.8, INK)


def scenario_map(c):
    c.line(3.5, 3.5, 12.5, 6, INK, 1.1)
    c.line(3.5, 3.5, 5, 12.5, INK, 1.1)
    c.line(5, 12.5, 12.5, 6, INK, 1.1)
    c.line(12.5, 6, 12.5, 13, INK, 1.1)
    for (x, y, colour) in ((3.5, 3.5, GOOD), (12.5, 6, ACCENT), (5, 12.5, ACCENT), (12.5, 13, ALERT)):
        c.disc(x, y, 2.3, INK)
        c.disc(x, y, 1.5, colour)


ICONS = {
    "bundles/org.rogatory.ui/icons/case-library": case_library,
    "bundles/org.rogatory.ui/icons/briefing": briefing,
    "bundles/org.rogatory.ui/icons/evidence-board": evidence_board,
    "bundles/org.rogatory.ui/icons/states": states,
    "bundles/org.rogatory.ui/icons/action-composer": action_composer,
    "bundles/org.rogatory.ui/icons/timeline": timeline,
    "bundles/org.rogatory.ui/icons/feedback": feedback,
    "bundles/org.rogatory.ui/icons/treaty-browser": treaty_browser,
    "bundles/org.rogatory.ui/icons/debrief": debrief,
    "bundles/org.rogatory.editor/icons/pack-explorer": pack_explorer,
    "bundles/org.rogatory.editor/icons/problems": problems,
    "bundles/org.rogatory.editor/icons/scenario-map": scenario_map,
}


def main(argv):
    check = "--check" in argv
    stale = []
    for stem, draw in sorted(ICONS.items()):
        canvas = Canvas()
        draw(canvas)
        for size, suffix in ((16, ""), (32, "@2x")):
            path = os.path.join(ROOT, stem + suffix + ".png")
            data = png(canvas.scaled(size))
            if check:
                if not os.path.exists(path) or open(path, "rb").read() != data:
                    stale.append(os.path.relpath(path, ROOT))
            else:
                with open(path, "wb") as out:
                    out.write(data)
    if stale:
        print("icons differ from releng/scripts/icons.py (run it and commit): " + ", ".join(stale), file=sys.stderr)
        return 1
    if not check:
        print("wrote %d icons in two sizes" % len(ICONS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
