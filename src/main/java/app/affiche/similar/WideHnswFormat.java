package app.affiche.similar;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

import java.io.IOException;

/**
 * Lucene's HNSW vectors format with a higher dimension limit: Lucene caps vectors at 1,024 dimensions by default
 * and the encoders here give 1,280 (MobileNetV2's feature) to about 3,300 (with the print-style statistics). The
 * files are the stock format's; only the limit differs. Registered under {@value #NAME} as a service
 * (META-INF/services) so a reader finds it by the name each segment records.
 */
public final class WideHnswFormat extends KnnVectorsFormat {
    static final String NAME = "AfficheWideHnsw";
    static final int MAX_DIMENSIONS = 8192;
    /** Graph links per node and the build beam: Lucene's defaults (16, 100) gave recall@10 above 0.95 in the bench. */
    static final int MAX_CONN = 16, BEAM_WIDTH = 100;

    private final KnnVectorsFormat delegate;

    public WideHnswFormat() {
        super(NAME);
        this.delegate = new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH);
    }


    @Override
    public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
        return delegate.fieldsWriter(state);
    }

    @Override
    public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
        return delegate.fieldsReader(state);
    }

    @Override
    public int getMaxDimensions(String fieldName) {
        return MAX_DIMENSIONS;
    }

    /** Our HNSW format (no 1,024-dimension cap) for the vector field; everything else Lucene's default. */
    static Codec codec() {
        KnnVectorsFormat wide = new WideHnswFormat();
        PerFieldKnnVectorsFormat perField = new PerFieldKnnVectorsFormat() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return wide;
            }
        };
        return new FilterCodec(Codec.getDefault().getName(), Codec.getDefault()) {
            @Override
            public KnnVectorsFormat knnVectorsFormat() {
                return perField;
            }
        };
    }
}
