package app.affiche.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident memory as the OS counts it (heap, native libraries, ONNX Runtime's arena, direct buffers). */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** Peak resident set size in MiB (Linux VmHWM), or -1 where the OS does not say. */
    static long peakRssMebibytes() {
        return field("VmHWM:");
    }

    static long rssMebibytes() {
        return field("VmRSS:");
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) >> 10;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
