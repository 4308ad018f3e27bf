package app.affiche;

import app.affiche.archfixture.CycleBack;

/** A root-package class in a cycle through another package: what {@link ArchitectureTest} must catch. */
public final class ArchCycleFixture {
    private ArchCycleFixture() {
    }

    static int back() {
        return CycleBack.value(); // a call, not a constant the compiler would inline away
    }

    public static int here() {
        return 1;
    }
}
