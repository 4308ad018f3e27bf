#!/usr/bin/env python3
"""The peer `affiche bench embed` measures itself against: the same posters through the same ONNX model with
onnxruntime + Pillow + numpy, preprocessed as Affiche does (views: the whole poster, the squares at its top and
bottom; each padded to a black square, Pillow BICUBIC to the input size, /255, (x - mean) / std, NCHW float32),
the pooled print statistics (per-channel mean and spread, Gram matrix) computed as Affiche's PooledFeature does.

    python3 src/bench/python-peer.py --model FILE.onnx --list FILES.txt [--batch 32] [--threads N] [--outputs a,b,c]

FILES.txt holds one image path per line. Prints one line of JSON last:
{"posters": N, "seconds": S, "peak_rss_mib": M, ...}. Exits 3, saying why, when onnxruntime, Pillow or numpy is
missing (bench embed then says so and skips the comparison).
"""
import argparse
import json
import resource
import sys
import time

try:
    import numpy as np
    import onnxruntime as ort
    from PIL import Image
except ImportError as e:  # bench embed prints this line as the reason it skips the peer
    print(f"python peer unavailable: {e} (pip install onnxruntime pillow numpy)", flush=True)
    sys.exit(3)

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32).reshape(3, 1, 1)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32).reshape(3, 1, 1)


def views(img, names):
    w, h = img.size
    s, room = min(w, h), max(w, h) - min(w, h)
    for name in names:
        if name == "whole":
            yield img
            continue
        along = {"top": 0, "middle": room // 2, "bottom": room}[name]
        x, y = (along, 0) if w >= h else (0, along)
        yield img.crop((x, y, x + s, y + s))


def tensor(view, side):
    w, h = view.size
    n = max(w, h)
    square = Image.new("RGB", (n, n))
    square.paste(view, ((n - w) // 2, (n - h) // 2))
    square = square.resize((side, side), Image.BICUBIC)
    a = np.asarray(square, dtype=np.float32).transpose(2, 0, 1) / 255.0
    return (a - MEAN) / STD


def unit(v):
    norm = np.linalg.norm(v)
    return v / norm if norm > 0 else v


def pooled(maps, pools):
    """One view's vector: the feature, then each pooled block, each scaled to unit length (as Affiche)."""
    blocks = [unit(maps[0])] if pools else [maps[0]]
    for (name, pool), m in zip(pools, maps[1:]):
        m = m.reshape(m.shape[0], -1).astype(np.float64)
        if pool == "mean":
            blocks.append(unit(m.mean(axis=1)))
        elif pool == "std":
            blocks.append(unit(np.sqrt(np.maximum(0, (m * m).mean(axis=1) - m.mean(axis=1) ** 2))))
        else:
            g = m @ m.T / m.shape[1]
            blocks.append(unit(g[np.triu_indices(m.shape[0])]))
    return np.concatenate(blocks).astype(np.float32)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--list", required=True)
    p.add_argument("--batch", type=int, default=32, help="images (views) per session run")
    p.add_argument("--threads", type=int, default=0, help="intra-op threads, 0 = onnxruntime's default")
    p.add_argument("--side", type=int, default=224)
    p.add_argument("--views", default="whole,top,bottom")
    p.add_argument("--output", default="embedding")
    p.add_argument("--no-arena", action="store_true", help="onnxruntime's CPU memory arena off (as Affiche runs it)")
    p.add_argument("--pooled", default="", help="tensor:pool,... e.g. 426:mean,426:std,365:gram")
    a = p.parse_args()
    files = [line.rstrip("\n") for line in open(a.list, encoding="utf-8") if line.strip()]
    names = a.views.split(",")
    pools = [tuple(x.split(":")) for x in a.pooled.split(",") if x]
    outputs = [a.output] + [t for t, _ in pools]
    options = ort.SessionOptions()
    if a.no_arena:
        options.enable_cpu_mem_arena = False
    if a.threads > 0:
        options.intra_op_num_threads = a.threads
    t0 = time.perf_counter()
    session = ort.InferenceSession(a.model, options, providers=["CPUExecutionProvider"])
    input_name = session.get_inputs()[0].name
    per_batch = max(1, a.batch // len(names))
    t1 = time.perf_counter()
    done, vectors = 0, 0
    for start in range(0, len(files), per_batch):
        chunk = []
        for f in files[start:start + per_batch]:
            img = Image.open(f)
            img.draft("RGB", (a.side, a.side))  # DCT-scaled decode for big JPEGs, as libjpeg-turbo does in Affiche
            img = img.convert("RGB")
            chunk.extend(tensor(v, a.side) for v in views(img, names))
        maps = session.run(outputs, {input_name: np.stack(chunk)})
        for i in range(0, len(chunk), len(names)):
            per_view = [pooled([m[j] for m in maps], pools) for j in range(i, i + len(names))]
            np.mean(per_view, axis=0)
            vectors += 1
        done += len(chunk) // len(names)
    t2 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"posters": done, "seconds": round(t2 - t1, 3), "load_seconds": round(t1 - t0, 3),
                      "peak_rss_mib": round(peak), "onnxruntime": ort.__version__, "batch": a.batch,
                      "views": len(names), "vectors": vectors}), flush=True)


if __name__ == "__main__":
    main()
