package app.affiche.catalogue;

/** A curator's name as the catalogue records it beside his labels: the OS user name and the host. */
public final class Curator {
    private static final String CURRENT = System.getProperty("user.name", "unknown") + "@" + host();

    private Curator() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env;
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
