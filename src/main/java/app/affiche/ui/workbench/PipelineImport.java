package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.xmp.SidecarLabels;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.EncoderImages;
import app.affiche.pipeline.ImportBatch;
import app.affiche.pipeline.ImportItem;
import app.affiche.pipeline.ImportListener;
import app.affiche.ui.common.FxGuard;

import java.nio.file.Path;
import java.util.List;

/**
 * {@link ImportStage} over the pipeline's {@link ImportBatch} (one batch per run; duplicates are reported as such).
 * A new poster's XMP sidecar, if it has one, gives its import labels, stored with it (as {@code affiche import}).
 */
public final class PipelineImport implements ImportStage {
    private final Catalogue catalogue;
    private final int workers;
    private final EncoderImages forEncoder;
    private volatile ImportBatch current;
    private volatile boolean cancelRequested;

    public PipelineImport(Catalogue catalogue, int workers) {
        this(catalogue, workers, null);
    }

    /** @param forEncoder where each new poster's encoder input goes (the tagger takes it: one decode); may be null */
    public PipelineImport(Catalogue catalogue, int workers, EncoderImages forEncoder) {
        this.catalogue = catalogue;
        this.workers = workers;
        this.forEncoder = forEncoder;
    }

    @Override
    public void run(List<Path> files, Sink sink) {
        FxGuard.requireBackground("import");
        cancelRequested = false;
        ImportBatch batch = new ImportBatch(catalogue, new PosterDecoder(), new PaletteExtractor(), workers,
                new ImportListener() {
                    @Override
                    public void itemChanged(ImportItem item) {
                        switch (item.state()) {
                            case DONE -> sink.imported(Path.of(item.path()), item.posterId(), false);
                            case SKIPPED_DUPLICATE -> sink.imported(Path.of(item.path()), item.posterId(), true);
                            case FAILED -> sink.failed(Path.of(item.path()), item.reason());
                            default -> { }
                        }
                    }
                }, new SidecarLabels(catalogue.genreVocabulary()), forEncoder);
        current = batch;
        if (cancelRequested) batch.cancel();
        try {
            batch.run(files);
        } finally {
            current = null;
        }
    }

    @Override
    public void cancel() {
        cancelRequested = true;
        ImportBatch batch = current;
        if (batch != null) batch.cancel();
    }
}
