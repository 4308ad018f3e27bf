package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.Decade;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.Set;

/** The poster filter options `list` and `accept` share, and their check against the catalogue's vocabulary. */
final class PosterFilterOptions {
    @Option(names = "--genre", paramLabel = "G", description = "Only posters with this confirmed genre.")
    String genre;

    @Option(names = "--decade", paramLabel = "D", converter = DecadeConverter.class,
            description = "Only posters of this decade, e.g. 1950s.")
    Decade decade;

    @Option(names = "--unlabelled", description = "Only posters without confirmed genres.")
    boolean unlabelled;

    @Option(names = "--limit", defaultValue = "2147483647", description = "At most this many posters.")
    int limit;

    /** A bad decade is refused while the command line is read, before the catalogue is opened. */
    static final class DecadeConverter implements CommandLine.ITypeConverter<Decade> {
        @Override
        public Decade convert(String value) {
            try {
                return Decade.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage() + " (expected e.g. 1950s)");
            }
        }
    }

    /** The filter; a or a genre not in the vocabulary is a usage error naming what is known. */
    PosterFilter filter(Catalogue catalogue) {
        if (genre != null && !catalogue.unknownGenres(Set.of(genre)).isEmpty()) {
            throw new IllegalArgumentException("unknown genre '" + genre + "'; known: "
                    + String.join(", ", catalogue.genreVocabulary()));
        }
        return new PosterFilter(genre, decade, unlabelled ? Boolean.TRUE : null, null, limit, 0);
    }
}
