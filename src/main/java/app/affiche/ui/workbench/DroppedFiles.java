package app.affiche.ui.workbench;

import app.affiche.pipeline.FileWalker;
import app.affiche.poster.FileNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drop, as a request record: the files and folders the user let go. {@link #expand} walks them with the command
 * line's {@link FileWalker} (background thread: it is file I/O), so a drop takes what `affiche import` takes: in
 * folders, recursively and through linked folders, the image extensions (.jfif and .jpe too); a file dropped by
 * itself is always tried. What cannot be an image (an unreadable subfolder, a link loop) is a failure with its
 * reason, and the rest of the drop goes on.
 */
public record DroppedFiles(List<Path> roots) {
    public DroppedFiles {
        roots = List.copyOf(roots);
    }

    /** The files to import (each folder's in name order) and the failures met walking. */
    public FileWalker.Walk expand() {
        app.affiche.ui.common.FxGuard.requireBackground("walking dropped folders");
        List<Path> files = new ArrayList<>();
        Map<Path, String> failures = new LinkedHashMap<>();
        for (Path dropped : roots) {
            // a name that is not valid UTF-8 reaches the drop with its bytes lost: find the file it means
            Path root = FileNames.locate(dropped).toAbsolutePath();
            FileWalker.Walk w = FileWalker.collect(List.of(root), () -> false);
            w.files().stream().map(Path::toAbsolutePath).sorted().forEach(files::add);
            failures.putAll(w.failures());
        }
        return new FileWalker.Walk(files, failures);
    }
}
