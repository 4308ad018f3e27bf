package app.affiche.embedding;

/**
 * Nothing touches the network at run time. DJL reads these properties when its engine starts; by default it
 * may contact a cloud metadata address and download native libraries, so they must be set before any DJL
 * class loads. It lives with the encoders, whose factory calls it (the launcher too, earlier): in the root package it
 * made a cycle root → cli → embedding → root.
 */
public final class Offline {
    private Offline() {
    }

    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("offline", "true");
    }
}
