package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a gold {@code ID.relations.csv}, with the bracketed qualifiers of its object
 * already split off.
 *
 * <pre>{@code
 * GoldRelation r = GoldRelation.of("a1", "Armenia", Predicate.MEMBER_OF, "CSTO [negated]");
 * r.object().value();     // "CSTO"
 * r.object().negated();   // true
 * }</pre>
 *
 * @param article   the article id
 * @param file      the gold file, for messages ({@code null} in tests)
 * @param line      the line of the row
 * @param subject   the subject's canonical name, qualifiers removed
 * @param predicate the predicate
 * @param object    the object with its qualifiers
 * @param evidence  the evidence sentence, possibly ""
 */
public record GoldRelation(String article, Path file, long line, String subject, Predicate predicate,
        Qualified object, String evidence) {
    public GoldRelation {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        evidence = evidence == null ? "" : evidence;
    }

    /** A row without file, line or evidence, as tests write it. */
    public static GoldRelation of(String article, String subject, Predicate predicate, String object) {
        return new GoldRelation(article, null, 0, Qualified.parse(subject).value(), predicate,
                Qualified.parse(object), "");
    }

    /** For holdsPosition: the title, the part before {@code @}. */
    public String title() {
        String v = object.value();
        int at = v.indexOf('@');
        return (at < 0 ? v : v.substring(0, at)).strip();
    }

    /** For holdsPosition: the country or organisation, the part after {@code @} ("" when none). */
    public String holder() {
        String v = object.value();
        int at = v.indexOf('@');
        return at < 0 ? "" : v.substring(at + 1).strip();
    }

    /**
     * For occurredOn: the row it dates, read from the subject "A attacked B" or "A meetingBetween B"
     * (the object's qualifiers, such as {@code [per X]}, were cut off with the subject's); empty when
     * the subject names no such row.
     */
    public Optional<GoldRelation> event() {
        for (Predicate dated : new Predicate[] {Predicate.ATTACKED, Predicate.MEETING_BETWEEN}) {
            String infix = " " + dated.label() + " ";
            int at = subject.indexOf(infix);
            if (predicate == Predicate.OCCURRED_ON && at > 0) {
                return Optional.of(new GoldRelation(article, file, line, subject.substring(0, at).strip(), dated,
                        Qualified.parse(subject.substring(at + infix.length())), evidence));
            }
        }
        return Optional.empty();
    }

    /** One line for reports: the triple as written, file and line. */
    public String describe() {
        StringBuilder o = new StringBuilder(object.value());
        if (object.per() != null) {
            o.append(" [per ").append(object.per()).append(']');
        }
        if (object.notStated()) {
            o.append(" [not stated in text]");
        }
        if (object.negated()) {
            o.append(" [negated]");
        }
        object.others().forEach(q -> o.append(" [").append(q).append(']'));
        return subject + " " + predicate.label() + " " + o
                + (file == null ? "" : "  [" + file.getFileName() + " line " + line + "]");
    }
}
