package app.affiche.ui.training;

/** A field head's outcome in the summary: the report `train --field` prints, or the reason it could not train. */
public record FieldHeadLine(String field, String report, String refusal) {
    public boolean trained() {
        return refusal == null;
    }

    public String text() {
        return trained() ? report.strip() : "field " + field + ": not trained — " + refusal;
    }
}
