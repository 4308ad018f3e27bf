package app.affiche.archfixture;

/** The other half of {@link app.affiche.ArchCycleFixture}'s cycle (the shape Offline had: root → … → root). */
public final class CycleBack {
    private CycleBack() {
    }

    public static int value() {
        return app.affiche.ArchCycleFixture.here() + 1;
    }
}
