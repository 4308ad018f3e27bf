package app.affiche.imaging;

/** What a file's header says, read before any pixel is decoded. {@code format} is e.g. "JPEG", "PNG", "TIFF". */
public record ImageInfo(String format, int width, int height) {
    public long pixels() {
        return (long) width * height;
    }
}
