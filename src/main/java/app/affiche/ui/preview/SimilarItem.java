package app.affiche.ui.preview;

import app.affiche.pipeline.PreviewSimilarPoster;
import app.affiche.similar.Rating;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Locale;

/** One suggested similar poster and the designer's rating of it (null until rated; rated once). */
public final class SimilarItem {
    private final PreviewSimilarPoster similar;
    private final ReadOnlyObjectWrapper<Rating> rating = new ReadOnlyObjectWrapper<>();

    SimilarItem(PreviewSimilarPoster similar) {
        this.similar = similar;
    }

    public PreviewSimilarPoster similar() {
        return similar;
    }

    public String caption() {
        String title = similar.poster().title() == null ? "(untitled)" : similar.poster().title();
        return similar.poster().year() == null ? title : title + " (" + similar.poster().year() + ")";
    }

    public String distanceText() {
        String d = String.format(Locale.ROOT, "%s distance %.3f", similar.metric().label(), similar.distance());
        return similar.copy() ? "copy of this art · " + d : d; // the same poster again, not merely a similar one
    }

    public ReadOnlyObjectProperty<Rating> ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    public Rating rating() {
        return rating.get();
    }

    void rated(Rating r) {
        rating.set(r);
    }
}
