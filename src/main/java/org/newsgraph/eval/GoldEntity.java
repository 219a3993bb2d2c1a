package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One row of a gold {@code ID.entities.csv}: an entity the article mentions.
 *
 * <pre>{@code
 * new GoldEntity("003_a97cd004bbf5f12d", file, 2, List.of("Armenia", "Yerevan"),
 *         EntityType.COUNTRY, "Armenia", "Q399");
 * }</pre>
 *
 * @param article   the article id
 * @param file      the gold file, for messages
 * @param line      the line of the row
 * @param surfaces  the surface forms
 * @param type      the entity type
 * @param canonical the canonical name
 * @param qid       the Wikidata id like {@code Q399}, or "" when not known
 */
public record GoldEntity(String article, Path file, long line, List<String> surfaces, EntityType type,
        String canonical, String qid) {
    public GoldEntity {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        surfaces = List.copyOf(surfaces);
        qid = qid == null ? "" : qid;
    }

    /** The canonical name and every surface form. */
    public List<String> names() {
        return Stream.concat(Stream.of(canonical), surfaces.stream()).toList();
    }

    /** One line for reports: type, name, QID, file and line. */
    public String describe() {
        return type.label() + " " + canonical + (qid.isEmpty() ? "" : " (" + qid + ")")
                + "  [" + (file == null ? "?" : file.getFileName()) + " line " + line + "]";
    }
}
