package app.affiche.catalogue.team;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims on a real PostgreSQL server: concurrent workers, leases that run out, a worker killed with kill -9. */
class WorkClaimsTest {
    private static final Duration LONG = Duration.ofMinutes(5);

    private static WorkClaims worker(TeamFixture db, String name, Duration lease) throws Exception {
        return new WorkClaims(db.connect(), new WorkerId(name, 1, java.time.Instant.EPOCH), WorkTask.EMBED, "enc", lease);
    }

    @Test
    void concurrentWorkersClaimEveryPosterExactlyOnce() throws Exception {
        int posters = 400;
        TeamFixture db = new TeamFixture(posters);
        ConcurrentHashMap<Long, String> claimedBy = new ConcurrentHashMap<>();
        AtomicInteger twice = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            String name = "w" + w;
            done.add(pool.submit(() -> {
                int mine = 0;
                try (WorkClaims claims = worker(db, name, LONG); Connection c = db.connect()) {
                    for (List<Claim> got; !(got = claims.claim(7)).isEmpty(); ) {
                        for (Claim cl : got) {
                            if (claimedBy.putIfAbsent(cl.posterId(), name) != null) twice.incrementAndGet();
                            db.embedded(c, cl.posterId());
                            mine++;
                        }
                        claims.finished(got.stream().map(Claim::posterId).toList(), got.size(), 0);
                    }
                }
                return mine;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) total += f.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(0, twice.get(), "a poster was claimed by two workers");
        assertEquals(posters, total);
        assertEquals(posters, claimedBy.size());
        try (WorkClaims after = worker(db, "after", LONG)) {
            assertEquals(0, after.remaining());
        }
        long workersThatWorked = claimedBy.values().stream().distinct().count();
        System.out.println("8 workers over " + posters + " posters: " + workersThatWorked + " of them got some");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndARenewedOneIsNot() throws Exception {
        TeamFixture db = new TeamFixture(30);
        try (WorkClaims slow = worker(db, "slow", Duration.ofMillis(800));
             WorkClaims alive = worker(db, "alive", Duration.ofMillis(800));
             WorkClaims other = worker(db, "other", LONG)) {
            Set<Long> slowOnes = ids(slow.claim(10));
            Set<Long> aliveOnes = ids(alive.claim(10));
            assertEquals(10, slowOnes.size());
            assertEquals(10, aliveOnes.size());
            Set<Long> rest = ids(other.claim(100));
            assertEquals(10, rest.size(), "only the 10 nobody holds");
            assertTrue(other.claim(100).isEmpty());
            for (int i = 0; i < 8; i++) { // 1.6 s: "slow" never renews, "alive" does
                Thread.sleep(200);
                alive.heartbeat();
            }
            Set<Long> takenOver = ids(other.claim(100));
            assertEquals(slowOnes, takenOver, "exactly the lapsed claims are taken over");
            assertEquals(20, other.remaining() - 10, "done counts nothing yet: 30 remain, 10 of them held by alive");
        }
    }

    @Test
    void aWorkerKilledWithSigkillLeavesItsClaimsToOthersAfterTheLease() throws Exception {
        TeamFixture db = new TeamFixture(20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ClaimChild.class.getName(), "claim", db.jdbcUrl, "12", "1500").redirectErrorStream(true).start();
        Set<Long> childOnes;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("CLAIMED "), "child said: " + line);
            childOnes = Arrays.stream(line.substring(8).split(" ")).map(Long::parseLong)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(12, childOnes.size());
            try (WorkClaims other = worker(db, "other", LONG)) {
                assertEquals(8, other.claim(100).size());
                Thread.sleep(2000); // longer than the lease: the living child keeps renewing it
                assertTrue(other.claim(100).isEmpty(), "a live worker's claims stay its own");
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no release
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                assertEquals(137, child.exitValue(), "killed by SIGKILL");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                Set<Long> takenOver = new TreeSet<>();
                while (takenOver.size() < 12 && System.nanoTime() < deadline) {
                    takenOver.addAll(ids(other.claim(100)));
                    Thread.sleep(100);
                }
                assertEquals(childOnes, takenOver);
                assertEquals(LongStream.rangeClosed(1, 20).count(), other.remaining());
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void statusShowsLiveAndLostWorkersAndTheCounts() throws Exception {
        TeamFixture db = new TeamFixture(20);
        try (WorkClaims lost = worker(db, "lost", Duration.ofMillis(500));
             WorkClaims busy = worker(db, "busy", LONG);
             Connection c = db.connect()) {
            assertEquals(3, lost.claim(3).size());
            List<Claim> two = busy.claim(2);
            for (Claim cl : two) db.embedded(c, cl.posterId());
            busy.finished(two.stream().map(Claim::posterId).toList(), 2, 0);
            assertEquals(4, busy.claim(4).size());
            Thread.sleep(800);
            List<WorkerStatus> workers = WorkerStatus.all(c);
            WorkerStatus l = workers.stream().filter(w -> w.host().equals("lost")).findFirst().orElseThrow();
            WorkerStatus b = workers.stream().filter(w -> w.host().equals("busy")).findFirst().orElseThrow();
            assertEquals(false, l.alive());
            assertEquals(0, l.claims(), "its lease has passed");
            assertEquals(true, b.alive());
            assertEquals(2, b.done());
            assertEquals(4, b.claims());
            WorkCounts embed = WorkCounts.of(c, "enc", true).getFirst();
            assertEquals(new WorkCounts("embed", "enc", 2, 18, 0, 4), embed);
        }
    }

    private static Set<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::posterId).collect(Collectors.toCollection(TreeSet::new));
    }
}
