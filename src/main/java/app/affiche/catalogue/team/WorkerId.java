package app.affiche.catalogue.team;

import java.time.Instant;

/** A worker process: host, pid and start time, so a restarted process on the same pid is another worker. */
public record WorkerId(String host, long pid, Instant started) {
    public static WorkerId current() {
        ProcessHandle self = ProcessHandle.current();
        Instant start = self.info().startInstant().orElse(Instant.now());
        return new WorkerId(hostName(), self.pid(), start);
    }

    /** What the {@code workers} table and the claims are keyed by. */
    public String id() {
        return host + ":" + pid + ":" + started.toEpochMilli();
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env;
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
