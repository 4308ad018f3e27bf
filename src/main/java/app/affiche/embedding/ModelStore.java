package app.affiche.embedding;

import app.affiche.poster.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-user model directory: installs files named in the manifest after checking their SHA-256, and
 * verifies what is there. Never downloads anything: models come from a file or folder the user names.
 */
public final class ModelStore {
    public static final String NO_ENCODER = "No encoder installed. Install one with: affiche models install <dir-with-mobilenetv2-12-fp32.onnx>";

    /** Set by the installers' launcher to the app's own models folder ($APPDIR/models), read-only. */
    public static final String BUNDLED_PROPERTY = "affiche.bundled.models";

    private final Path dir;
    private final Manifest manifest;
    private final Path bundled;

    /** The store for a models folder, with the built-in manifest plus that folder's own encoders.json. */
    public static ModelStore open(Path dir) throws EncoderException {
        return new ModelStore(dir, Manifest.load(dir));
    }

    public ModelStore(Path dir, Manifest manifest) {
        this(dir, manifest, bundledDir());
    }

    /** {@code bundled}: where an installed app ships encoders; used when the per-user folder lacks one; may be null. */
    ModelStore(Path dir, Manifest manifest, Path bundled) {
        this.dir = dir;
        this.manifest = manifest;
        this.bundled = bundled;
    }

    private static Path bundledDir() {
        String value = System.getProperty(BUNDLED_PROPERTY);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    public Path dir() {
        return dir;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The per-user copy of the encoder's file, else the one the installed app ships, else where it would go. */
    public Path fileOf(EncoderSpec spec) {
        Path own = dir.resolve(spec.file());
        if (bundled == null || Files.isRegularFile(own)) return own;
        Path shipped = bundled.resolve(spec.file());
        return Files.isRegularFile(shipped) ? shipped : own;
    }

    public boolean isInstalled(EncoderSpec spec) {
        return Files.isRegularFile(fileOf(spec));
    }

    /** The requested encoder, or the default one, or else the first installed; fails plainly when none is. */
    public EncoderSpec choose(String requestedId) throws EncoderException {
        if (requestedId != null) {
            EncoderSpec spec = manifest.require(requestedId);
            if (!isInstalled(spec)) {
                throw new NoEncoderException("Encoder " + spec.id() + " is not installed (" + fileOf(spec) + " missing). "
                        + "Install it with: affiche models install <dir-with-" + spec.file() + ">");
            }
            return spec;
        }
        Optional<EncoderSpec> preferred = manifest.byId(manifest.defaultId()).filter(this::isInstalled);
        if (preferred.isPresent()) return preferred.get();
        return manifest.all().stream().filter(this::isInstalled).findFirst()
                .orElseThrow(() -> new NoEncoderException(NO_ENCODER));
    }

    /** What install did with one file. */
    public record Installed(EncoderSpec spec, Path file) {
    }

    /**
     * Installs {@code source}: a folder (every manifest file found in it) or one file (matched by its name, or
     * by {@code id} when given). Refuses a file whose SHA-256 differs from the manifest's.
     */
    public List<Installed> install(Path source, String id) throws EncoderException {
        if (Files.isDirectory(source)) {
            if (id != null) return List.of(installFile(source.resolve(manifest.require(id).file()), manifest.require(id)));
            List<Installed> done = new ArrayList<>();
            Map<String, Path> copied = new HashMap<>(); // entries sharing a file (views of one model) copy it once
            for (EncoderSpec spec : manifest.all()) {
                Path candidate = source.resolve(spec.file());
                if (!Files.isRegularFile(candidate)) continue;
                Path already = copied.get(spec.file() + "\0" + spec.sha256());
                Installed one = already != null ? new Installed(spec, already) : installFile(candidate, spec);
                copied.put(spec.file() + "\0" + spec.sha256(), one.file());
                done.add(one);
            }
            if (done.isEmpty()) {
                throw new EncoderException("No known model file in " + source + " (looked for: "
                        + String.join(", ", manifest.all().stream().map(EncoderSpec::file).toList()) + ")");
            }
            return done;
        }
        if (!Files.isRegularFile(source)) throw new EncoderException("Model file not found: " + source);
        EncoderSpec spec = id != null ? manifest.require(id) : specForFileName(source);
        return List.of(installFile(source, spec));
    }

    private EncoderSpec specForFileName(Path source) throws EncoderException {
        List<EncoderSpec> specs = manifest.byFileName(source.getFileName().toString());
        if (specs.isEmpty()) {
            throw new EncoderException("File " + source + " is not named in the model manifest; say which encoder it is with --id");
        }
        return specs.getFirst();
    }

    private Installed installFile(Path source, EncoderSpec spec) throws EncoderException {
        checkSha(source, spec);
        Path target = dir.resolve(spec.file());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, spec.file(), ".part");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EncoderException("Cannot copy " + source + " to " + target + ": " + e.getMessage(), e);
        }
        return new Installed(spec, target);
    }

    /** Throws when {@code file}'s SHA-256 is not the manifest's, naming the file, the expected and the actual value. */
    public static void checkSha(Path file, EncoderSpec spec) throws EncoderException {
        requirePresent(file, spec);
        try {
            compare(file, spec, Sha256.of(file), Files.size(file));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The file's bytes, read once and checked as {@link #checkSha} does: what is loaded is what was verified. */
    static byte[] readVerified(Path file, EncoderSpec spec) throws EncoderException {
        requirePresent(file, spec);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        compare(file, spec, Sha256.of(bytes), bytes.length);
        return bytes;
    }

    private static void requirePresent(Path file, EncoderSpec spec) throws NoEncoderException {
        if (!Files.isRegularFile(file)) {
            throw new NoEncoderException("Model file missing: " + file + " (encoder " + spec.id() + ")");
        }
    }

    private static EncoderException unreadable(Path file, IOException e) {
        return new EncoderException("Cannot read model file " + file + ": " + e.getMessage(), e);
    }

    private static void compare(Path file, EncoderSpec spec, String actual, long size) throws EncoderException {
        String expected = spec.sha256().toLowerCase(Locale.ROOT);
        if (!actual.equals(expected)) {
            String sizes = spec.bytes() > 0 && spec.bytes() != size ? " (" + size + " bytes, expected " + spec.bytes() + ")" : "";
            throw new EncoderException("Model file " + file + " does not match encoder " + spec.id()
                    + ": SHA-256 expected " + expected + ", actual " + actual + sizes + ". Refusing it.");
        }
    }

    /** What verifying one manifest entry found: not installed, intact ({@code problem} null), or why it is refused. */
    public record Check(EncoderSpec spec, Path file, boolean installed, String problem) {
        public boolean damaged() {
            return installed && problem != null;
        }

        /** "id: OK file", "id: BAD reason" or "id: not installed". */
        public String line() {
            if (!installed) return spec.id() + ": not installed";
            return spec.id() + (problem == null ? ": OK " + file : ": BAD " + problem);
        }
    }

    /** Every manifest entry's file checked against its SHA-256; a file several entries share is read once. */
    public List<Check> check() {
        Map<String, String> problems = new HashMap<>(); // file + expected SHA-256 -> problem, "" when intact
        List<Check> checks = new ArrayList<>();
        for (EncoderSpec spec : manifest.all()) {
            Path file = fileOf(spec);
            if (!isInstalled(spec)) {
                checks.add(new Check(spec, file, false, null));
                continue;
            }
            String problem = problems.computeIfAbsent(file + "\0" + spec.sha256().toLowerCase(Locale.ROOT), key -> {
                try {
                    checkSha(file, spec);
                    return "";
                } catch (EncoderException e) {
                    return e.getMessage();
                }
            });
            checks.add(new Check(spec, file, true, problem.isEmpty() ? null : problem));
        }
        return checks;
    }

    /** One line per manifest entry: installed and intact, damaged, or not installed. */
    public List<String> verify() {
        return check().stream().map(Check::line).toList();
    }

    /** True when every installed file matches the manifest. */
    public boolean allInstalledIntact() {
        return check().stream().noneMatch(Check::damaged);
    }
}
