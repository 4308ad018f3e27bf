package app.affiche.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a long inference command: the first one only asks the work to stop, and the
 * command returns as usual; a second one exits at once. A JVM shutdown hook cannot do this safely: ONNX Runtime
 * registers a hook of its own that frees its native environment, hooks run concurrently, and a batch still inside
 * {@code OrtSession.run} then crashed the JVM (SIGSEGV; the hs_err_pid20242.log of `embed --batch 4`).
 */
final class StopSignals implements AutoCloseable {
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private volatile boolean asked;

    /** Installs the handlers; {@code onStop} runs on the signal's thread, once. */
    StopSignals(Runnable onStop) {
        for (String name : new String[]{"INT", "TERM"}) {
            try {
                Signal s = new Signal(name);
                SignalHandler old = Signal.handle(s, sig -> {
                    if (asked) Runtime.getRuntime().halt(128 + sig.getNumber()); // asked twice: stop now
                    asked = true;
                    onStop.run();
                });
                signals.add(s);
                previous.add(old);
            } catch (IllegalArgumentException unsupported) {
                // no such signal here (Windows has no TERM), or the JVM keeps it (-Xrs): the defaults apply
            }
        }
    }

    boolean asked() {
        return asked;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) Signal.handle(signals.get(i), previous.get(i));
    }
}
