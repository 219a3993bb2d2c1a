package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.InputException;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * Reads a gold folder: {@code ID.entities.csv} (header
 * {@code surface,type,canonical_name,wikidata_qid_if_known}) and {@code ID.relations.csv}
 * (header {@code subject,predicate,object,evidence_sentence}), where ID is the article id. Other
 * files are ignored. A bad row stops with its file and line.
 *
 * <pre>{@code
 * Gold gold = GoldLoader.load(Path.of("data/gold"));
 * }</pre>
 */
public final class GoldLoader {
    /** Suffix of gold entity files. */
    public static final String ENTITIES = ".entities.csv";
    /** Suffix of gold relation files. */
    public static final String RELATIONS = ".relations.csv";

    private static final List<String> ENTITY_COLUMNS = List.of("surface", "type", "canonical_name",
            "wikidata_qid_if_known");
    private static final List<String> RELATION_COLUMNS = List.of("subject", "predicate", "object",
            "evidence_sentence");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    private static final String WD_IRI = "http://www.wikidata.org/entity/";

    private GoldLoader() {
    }

    /** Reads every gold file in {@code dir}. */
    public static Gold load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such folder; pass the folder that holds the gold files with --gold");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        List<GoldEntity> entities = new ArrayList<>();
        List<GoldRelation> relations = new ArrayList<>();
        SortedSet<String> entityArticles = new TreeSet<>();
        SortedSet<String> relationArticles = new TreeSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(ENTITIES) && name.length() > ENTITIES.length()) {
                String article = name.substring(0, name.length() - ENTITIES.length());
                entityArticles.add(article);
                entities.addAll(readEntities(file, article));
            } else if (name.endsWith(RELATIONS) && name.length() > RELATIONS.length()) {
                String article = name.substring(0, name.length() - RELATIONS.length());
                relationArticles.add(article);
                relations.addAll(readRelations(file, article));
            }
        }
        if (entityArticles.isEmpty() && relationArticles.isEmpty()) {
            throw new InputException(dir, "no gold files; add ID" + ENTITIES + " or ID" + RELATIONS
                    + " files, where ID is the article id");
        }
        return new Gold(entities, relations, entityArticles, relationArticles);
    }

    /** The rows of one entities file. */
    public static List<GoldEntity> readEntities(Path file, String article) {
        return entities(CsvTable.read(file, ENTITY_COLUMNS, List.of()), article);
    }

    /** As {@link #readEntities}, over text in memory; {@code file} names it in errors. */
    public static List<GoldEntity> parseEntities(Path file, String text, String article) {
        return entities(CsvTable.parse(file, text, ENTITY_COLUMNS, List.of()), article);
    }

    /** The rows of one relations file. */
    public static List<GoldRelation> readRelations(Path file, String article) {
        return relations(CsvTable.read(file, RELATION_COLUMNS, List.of()), article);
    }

    /** As {@link #readRelations}, over text in memory; {@code file} names it in errors. */
    public static List<GoldRelation> parseRelations(Path file, String text, String article) {
        return relations(CsvTable.parse(file, text, RELATION_COLUMNS, List.of()), article);
    }

    private static List<GoldEntity> entities(List<CsvRow> rows, String article) {
        List<GoldEntity> out = new ArrayList<>();
        for (CsvRow row : rows) {
            String typeName = row.required("type");
            EntityType type = EntityType.parse(typeName).orElseThrow(() -> row.error(
                    "unknown type \"" + typeName + "\"; use one of " + EntityType.labels()));
            String canonical = row.required("canonical_name");
            out.add(new GoldEntity(article, row.file(), row.line(), row.list("surface"), type, canonical,
                    qid(row)));
        }
        return out;
    }

    private static String qid(CsvRow row) {
        String cell = row.get("wikidata_qid_if_known");
        String q = cell.startsWith(WD_IRI) ? cell.substring(WD_IRI.length())
                : cell.toLowerCase(Locale.ROOT).startsWith("wd:") ? cell.substring(3) : cell;
        if (!q.isEmpty() && !QID.matcher(q).matches()) {
            throw row.error("expected a Wikidata id like Q123 (or nothing) in wikidata_qid_if_known, found \""
                    + cell + "\"");
        }
        return q;
    }

    private static List<GoldRelation> relations(List<CsvRow> rows, String article) {
        List<GoldRelation> out = new ArrayList<>();
        for (CsvRow row : rows) {
            String subject = Qualified.parse(row.required("subject")).value();
            if (subject.isEmpty()) {
                throw row.error("the subject is only a bracketed qualifier; put the subject's canonical name first");
            }
            String predicateName = row.required("predicate");
            Predicate predicate = Predicate.parse(predicateName).orElseThrow(() -> row.error(
                    "unknown predicate \"" + predicateName + "\"; use one of " + Predicate.labels()));
            String objectCell = row.required("object");
            Qualified object = Qualified.parse(objectCell);
            if (predicate == Predicate.HOLDS_POSITION && !object.value().contains("@") && !object.notStated()) {
                throw row.error("a holdsPosition object is \"Title @ Country-or-Org\" (or \"Title @ ?\"), found \""
                        + objectCell + "\"");
            }
            if (predicate == Predicate.OCCURRED_ON && !DATE.matcher(object.value()).matches()) {
                throw row.error("an occurredOn object is an ISO date (2024-04-10, 2024-04 or 2024), found \""
                        + objectCell + "\"");
            }
            if (object.value().isEmpty() && !object.notStated()) {
                throw row.error("the object is only a bracketed qualifier; put the object before it");
            }
            GoldRelation relation = new GoldRelation(article, row.file(), row.line(), subject, predicate, object,
                    row.get("evidence_sentence"));
            if (predicate == Predicate.OCCURRED_ON && relation.event().isEmpty()) {
                throw row.error("the subject of an occurredOn row is the row it dates, \"A attacked B\" or "
                        + "\"A meetingBetween B\", found \"" + subject + "\"");
            }
            out.add(relation);
        }
        return out;
    }
}
