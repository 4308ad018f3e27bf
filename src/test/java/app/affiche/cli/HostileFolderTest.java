package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.TestPosters;
import app.affiche.pipeline.ImagingAvailable;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/** A folder of hostile files: each fails alone with a clear reason, the good ones are imported, exit code 1. */
class HostileFolderTest {
    @TempDir
    Path dir;

    @Test
    void eachHostileFileFailsAloneAndTheRestImports() throws Exception {
        ImagingAvailable.assume();
        Path in = Files.createDirectories(dir.resolve("hostile"));
        TestPosters.writeJpeg(in.resolve("good-1.jpg"), 1);
        TestPosters.writeJpeg(in.resolve("sub/good-2.jpg"), 2);
        Files.write(in.resolve("empty.jpg"), new byte[0]);
        byte[] jpeg = TestPosters.jpeg(3, 400, 600);
        Files.write(in.resolve("truncated.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 3));
        byte[] noise = new byte[5000];
        new java.util.Random(9).nextBytes(noise);
        Files.write(in.resolve("random.jpg"), noise);
        Files.write(in.resolve("bomb.png"), pngHeader(50_000, 50_000));
        Files.createDirectories(in.resolve("folder.jpg"));
        Files.createSymbolicLink(in.resolve("sub/loop"), in);
        Files.writeString(in.resolve("notes.txt"), "not an image, ignored");
        boolean unreadable = !"root".equals(System.getProperty("user.name"));
        Path locked = TestPosters.writeJpeg(in.resolve("unreadable.jpg"), 4);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        unreadable &= !Files.isReadable(locked);
        boolean oddName = nonUtf8Name(in);

        CliRun run = CliRun.of("--catalogue", dir.resolve("catalogue.db").toString(), "import", in.toString(), "--json");
        assertEquals(1, run.exitCode(), run.err() + run.out());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        Map<String, String> failures = new TreeMap<>();
        for (JsonElement f : json.getAsJsonArray("failures")) {
            JsonObject o = f.getAsJsonObject();
            failures.put(in.relativize(Path.of(o.get("path").getAsString())).toString(), o.get("reason").getAsString());
        }
        for (var f : failures.entrySet()) {
            assertTrue(run.err().contains(f.getValue()), "each failure named on stderr: " + f);
            assertFalse(f.getValue().isBlank());
        }
        for (String name : new String[]{"empty.jpg", "truncated.jpg", "random.jpg", "bomb.png", "folder.jpg", "sub/loop"}) {
            assertTrue(failures.containsKey(name), name + " must fail: " + failures);
        }
        assertEquals(unreadable, failures.containsKey("unreadable.jpg"), failures.toString());
        int expectedFailures = 6 + (unreadable ? 1 : 0);
        long oddFailures = failures.entrySet().stream().filter(e -> e.getKey().startsWith("caf")
                && e.getValue().startsWith("file name is not valid")).count();
        assertEquals(oddName ? 1 : 0, oddFailures, "a non-UTF-8 name fails alone, clearly: " + failures);
        assertEquals(expectedFailures + oddFailures, failures.size(), failures.toString());
        long imported = 2 + (unreadable ? 0 : 1);
        assertEquals(imported, json.get("imported").getAsInt(), run.out());
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            assertEquals(imported, c.count(PosterFilter.ALL));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A PNG whose header claims width x height pixels, followed by a tiny IDAT: a decompression bomb by header. */
    static byte[] pngHeader(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[]{8, 2, 0, 0, 0});
        chunk(data, "IHDR", ihdr.toByteArray());
        chunk(data, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws Exception {
        out.writeInt(body.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    /** Copies good-1.jpg to a name with a raw Latin-1 byte (not UTF-8), through the shell; false if that fails. */
    private static boolean nonUtf8Name(Path in) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "cp good-1.jpg \"$(printf 'caf\\351.jpg')\"")
                .directory(in.toFile()).redirectErrorStream(true).start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
