package app.affiche.catalogue.team;

import java.sql.DriverManager;
import java.time.Duration;

/**
 * Run as its own JVM by {@link WorkClaimsTest}: "claim JDBC-URL N LEASE-MS" claims N posters for embedding, prints
 * CLAIMED and their ids, then heartbeats until it is killed (as a worker busy on them would).
 */
public final class ClaimChild {
    private ClaimChild() {
    }

    public static void main(String[] args) throws Exception {
        WorkClaims claims = new WorkClaims(DriverManager.getConnection(args[1]), WorkerId.current(), WorkTask.EMBED,
                "enc", Duration.ofMillis(Long.parseLong(args[3])));
        StringBuilder ids = new StringBuilder("CLAIMED");
        for (Claim c : claims.claim(Integer.parseInt(args[2]))) ids.append(' ').append(c.posterId());
        System.out.println(ids);
        System.out.flush();
        while (true) {
            Thread.sleep(Long.parseLong(args[3]) / 4);
            claims.heartbeat();
        }
    }
}
