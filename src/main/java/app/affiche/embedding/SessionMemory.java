package app.affiche.embedding;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * How a CPU session holds its working memory. ONNX Runtime's memory pattern pre-plans one block per input shape
 * seen; with batches of several sizes (full, the last partial one, single posters) it kept a block for each: off,
 * it saved ~240 MiB of an embed run's peak RSS at the same CPU per poster (bench embed). The CPU arena stays on:
 * without it every tensor is malloc'ed and freed and inference took four times the CPU.
 * {@code -Daffiche.ort.pattern=on} and {@code -Daffiche.ort.arena=off} switch them, for comparisons.
 */
final class SessionMemory {
    private SessionMemory() {
    }

    static void configure(OrtSession.SessionOptions session) throws OrtException {
        session.setCPUArenaAllocator(!"off".equals(System.getProperty("affiche.ort.arena")));
        session.setMemoryPatternOptimization("on".equals(System.getProperty("affiche.ort.pattern")));
    }
}
