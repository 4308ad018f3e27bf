package app.affiche.cli;

import app.affiche.poster.AffichePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heads commands follow the manifest in force, so they read the embeddings `embed` wrote. */
class HeadsCliTest {
    @TempDir
    Path home;

    @Test
    void theEncoderIsTheOneAskedForElseTheDefaultOfTheManifestInForce() throws Exception {
        AffichePaths paths = new AffichePaths(home, home.resolve("catalogue.db"));
        assertEquals("mobilenetv2-fp32-style", HeadsCli.resolve(paths, null), "built-in default");
        assertEquals("mobilenetv2-int8", HeadsCli.resolve(paths, "mobilenetv2-int8"));
        Files.createDirectories(paths.models());
        Files.writeString(paths.models().resolve("encoders.json"), """
                {"default": "mobilenetv2-fp32", "encoders": []}
                """);
        assertEquals("mobilenetv2-fp32", HeadsCli.resolve(paths, null), "the user's encoders.json chose the fast one");
    }
}
