#!/usr/bin/env python3
"""Draws the Affiche icon (a poster with a bold "A" above three palette swatches) and writes
assets/icons/affiche-<size>.png for 16..512 px, affiche.ico (Windows) and affiche.icns (macOS).

Pure python3 + numpy, no image library: shapes are rasterised with 4x supersampling, PNG, ICO and ICNS
are written by hand (ICO and ICNS simply embed PNGs), so the output is the same on every machine.
Run: python3 assets/make_icons.py
"""
import pathlib
import struct
import zlib

import numpy as np

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SS = 4  # supersampling factor

INK_TOP, INK_BOTTOM = (0x2a, 0x2f, 0x48), (0x15, 0x18, 0x26)
PAPER = (0xf6, 0xef, 0xe2)
AMBER, VERMILLION, TEAL = (0xf4, 0xb9, 0x42), (0xe0, 0x49, 0x3a), (0x2a, 0x9d, 0x8f)


def grid(n):
    c = (np.arange(n) + 0.5) / n
    return np.meshgrid(c, c)  # x, y in 0..1, y downwards


def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = np.clip(x, x0 + r, x1 - r)
    cy = np.clip(y, y0 + r, y1 - r)
    return (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1) & ((x - cx) ** 2 + (y - cy) ** 2 <= r * r)


def triangle(x, y, a, b, c):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
    s1, s2, s3 = side(a, b), side(b, c), side(c, a)
    return ((s1 >= 0) & (s2 >= 0) & (s3 >= 0)) | ((s1 <= 0) & (s2 <= 0) & (s3 <= 0))


def gradient(y, top, bottom, y0, y1):
    t = np.clip((y - y0) / (y1 - y0), 0, 1)[..., None]
    return (1 - t) * np.array(top, float) + t * np.array(bottom, float)


def paint(rgba, mask, colour):
    col = np.broadcast_to(np.asarray(colour, float), rgba[..., :3].shape)
    rgba[mask, :3] = col[mask]
    rgba[mask, 3] = 255


def draw(size):
    n = size * SS
    x, y = grid(n)
    rgba = np.zeros((n, n, 4))
    small = size <= 32  # tiny sizes: bigger poster, no swatches, so the shape still reads
    paint(rgba, rounded_rect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2), gradient(y, INK_TOP, INK_BOTTOM, 0, 1))
    px0, py0, px1, py1 = (0.22, 0.1, 0.78, 0.9) if small else (0.27, 0.1, 0.73, 0.79)
    paint(rgba, rounded_rect(x, y, px0, py0, px1, py1, 0.025), PAPER)
    m = 0.03 if small else 0.035
    art = rounded_rect(x, y, px0 + m, py0 + m, px1 - m, py1 - m, 0.012)
    paint(rgba, art, gradient(y, AMBER, VERMILLION, py0, py1))
    # The "A": outer triangle, minus the counter, plus the crossbar.
    cx, top, base = 0.5, py0 + 0.1 * (py1 - py0), py1 - 0.14 * (py1 - py0)
    half = 0.36 * (px1 - px0)
    outer = triangle(x, y, (cx, top), (cx - half, base), (cx + half, base))
    inner_top = top + 0.36 * (base - top)
    inner = triangle(x, y, (cx, inner_top), (cx - half * 0.5, base), (cx + half * 0.5, base))
    bar = (y >= top + 0.64 * (base - top)) & (y <= top + 0.76 * (base - top))
    paint(rgba, outer & (~inner | bar), INK_BOTTOM)
    if not small:
        for sx, colour in ((0.38, AMBER), (0.5, VERMILLION), (0.62, TEAL)):
            paint(rgba, (x - sx) ** 2 + (y - 0.875) ** 2 <= 0.04 ** 2, colour)
    # Box-filter down: average colour weighted by coverage, alpha is coverage.
    blocks = rgba.reshape(size, SS, size, SS, 4)
    alpha = blocks[..., 3].mean(axis=(1, 3))
    weight = blocks[..., 3:4]
    rgb = (blocks[..., :3] * weight).sum(axis=(1, 3)) / np.maximum(weight.sum(axis=(1, 3)), 1e-9)
    return np.dstack([rgb, alpha]).round().clip(0, 255).astype(np.uint8)


def png(pixels):
    h, w, _ = pixels.shape
    raw = b"".join(b"\x00" + pixels[r].tobytes() for r in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(pngs):
    """ICO with PNG-compressed entries (Vista and later)."""
    entries = sorted((s, d) for s, d in pngs.items() if s in (16, 24, 32, 48, 64, 128, 256))
    out, offset = [struct.pack("<HHH", 0, 1, len(entries))], 6 + 16 * len(entries)
    for s, d in entries:
        out.append(struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset))
        offset += len(d)
    return b"".join(out) + b"".join(d for _, d in entries)


def icns(pngs):
    """ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512."""
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(t + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s, t in types.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    out = pathlib.Path(__file__).resolve().parent / "icons"
    out.mkdir(exist_ok=True)
    pngs = {s: png(draw(s)) for s in SIZES}
    for s, data in pngs.items():
        (out / f"affiche-{s}.png").write_bytes(data)
    (out / "affiche.ico").write_bytes(ico(pngs))
    (out / "affiche.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs, affiche.ico and affiche.icns to {out}")


if __name__ == "__main__":
    main()
