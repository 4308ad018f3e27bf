package app.affiche.embedding;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The encoders Affiche knows: the built-in manifest (the repo's {@code models/encoders.json}, packaged as a
 * class-path resource) merged with an optional {@code encoders.json} in the per-user models directory, whose
 * entries add encoders or replace built-in ones with the same id.
 */
public final class Manifest {
    public static final String FILE_NAME = "encoders.json";
    static final String RESOURCE = "/app/affiche/embedding/encoders.json";

    private final Map<String, EncoderSpec> byId;
    private final String defaultId;

    private Manifest(Map<String, EncoderSpec> byId, String defaultId) {
        this.byId = byId;
        this.defaultId = defaultId;
    }

    /** Built-in entries plus those in {@code modelsDir/encoders.json} when that file exists. */
    public static Manifest load(Path modelsDir) throws EncoderException {
        Manifest builtIn = builtIn();
        Path user = modelsDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(user)) return builtIn;
        try (Reader r = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
            return builtIn.mergedWith(parse(r, user.toString()));
        } catch (IOException e) {
            throw new EncoderException("Cannot read model manifest " + user + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code id} the default in {@code modelsDir/encoders.json}, keeping that file's own entries (written to a
     * temporary file, then moved over, so a crash leaves the old file or the new one).
     */
    public static void saveDefault(Path modelsDir, String id) throws EncoderException {
        load(modelsDir).require(id);
        Path user = modelsDir.resolve(FILE_NAME);
        try {
            com.google.gson.JsonObject json = Files.isRegularFile(user)
                    ? com.google.gson.JsonParser.parseString(Files.readString(user, StandardCharsets.UTF_8)).getAsJsonObject()
                    : new com.google.gson.JsonObject();
            json.addProperty("default", id);
            if (!json.has("encoders")) json.add("encoders", new com.google.gson.JsonArray());
            Files.createDirectories(modelsDir);
            Path tmp = Files.createTempFile(modelsDir, FILE_NAME, ".tmp");
            Files.writeString(tmp, new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, user, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new EncoderException("Cannot write model manifest " + user + ": " + e.getMessage(), e);
        }
    }

    public static Manifest builtIn() throws EncoderException {
        try (InputStream in = Manifest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new EncoderException("Built-in model manifest " + RESOURCE + " missing from the class path");
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in manifest");
        } catch (IOException e) {
            throw new EncoderException("Cannot read built-in model manifest: " + e.getMessage(), e);
        }
    }

    static Manifest parse(Reader reader, String origin) throws EncoderException {
        Json json;
        try {
            json = new Gson().fromJson(reader, Json.class);
        } catch (JsonParseException e) {
            throw new EncoderException("Model manifest " + origin + " is not valid JSON: " + e.getMessage(), e);
        }
        if (json == null || json.encoders == null) throw new EncoderException("Model manifest " + origin + " has no \"encoders\" list");
        Map<String, EncoderSpec> byId = new LinkedHashMap<>();
        for (EncoderSpec spec : json.encoders) {
            List<String> problems = spec.problems();
            if (!problems.isEmpty()) {
                throw new EncoderException("Model manifest " + origin + ", entry " + spec.id() + ": " + String.join("; ", problems));
            }
            byId.put(spec.id(), spec);
        }
        return new Manifest(byId, json.defaultId);
    }

    private Manifest mergedWith(Manifest user) {
        Map<String, EncoderSpec> merged = new LinkedHashMap<>(byId);
        merged.putAll(user.byId);
        return new Manifest(merged, user.defaultId != null ? user.defaultId : defaultId);
    }

    public Collection<EncoderSpec> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<EncoderSpec> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public EncoderSpec require(String id) throws EncoderException {
        return byId(id).orElseThrow(() -> new EncoderException(
                "Unknown encoder '" + id + "'. Known: " + String.join(", ", byId.keySet())));
    }

    public String defaultId() {
        return defaultId != null ? defaultId : byId.keySet().iterator().next();
    }

    /** Entries whose file name is {@code fileName}. */
    public List<EncoderSpec> byFileName(String fileName) {
        return byId.values().stream().filter(s -> s.file().equals(fileName)).toList();
    }

    /** The JSON shape of a manifest file. */
    private static final class Json {
        @com.google.gson.annotations.SerializedName("default")
        String defaultId;
        List<EncoderSpec> encoders;
    }
}
