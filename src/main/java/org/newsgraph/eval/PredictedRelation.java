package org.newsgraph.eval;

import java.util.Objects;

/**
 * One relation the queries predict, already mapped to a gold predicate.
 *
 * <pre>{@code
 * new PredictedRelation("a1", Predicate.HOLDS_POSITION, PredictedValue.text("Nikol Pashinyan"),
 *         PredictedValue.text("Armenia"), "Prime Minister", null, false);
 * }</pre>
 *
 * @param article   the article id
 * @param predicate the gold predicate it is scored under
 * @param subject   the subject
 * @param object    the object (an entity, a text, or for killedCount "at least 49" / "unknown");
 *                  {@code null} only for a holdsPosition whose country or organisation is unbound
 * @param title     for holdsPosition the title, otherwise ""
 * @param claimant  who reports it (attacked: the claimant; killedCount: reportedBy), or {@code null}
 * @param negated   whether it states the opposite (memberOf from notMemberOf)
 * @param event     for occurredOn the attacked or meetingBetween relation dated (the object is the
 *                  date, the subject the event's first party); otherwise {@code null}
 */
public record PredictedRelation(String article, Predicate predicate, PredictedValue subject,
        PredictedValue object, String title, PredictedValue claimant, boolean negated, PredictedRelation event) {
    public PredictedRelation {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(subject, "subject");
        if (object == null && predicate != Predicate.HOLDS_POSITION) {
            throw new IllegalArgumentException("only holdsPosition may lack an object");
        }
        if ((event != null) != (predicate == Predicate.OCCURRED_ON)) {
            throw new IllegalArgumentException("occurredOn, and only occurredOn, dates an event relation");
        }
        title = title == null ? "" : title;
    }

    /** A relation that dates no event. */
    public PredictedRelation(String article, Predicate predicate, PredictedValue subject, PredictedValue object,
            String title, PredictedValue claimant, boolean negated) {
        this(article, predicate, subject, object, title, claimant, negated, null);
    }

    /** The date ({@code 2024-04-10}, {@code 2024-04}) the article gives {@code event} (attacked or meetingBetween). */
    public static PredictedRelation dated(PredictedRelation event, String date) {
        return new PredictedRelation(event.article(), Predicate.OCCURRED_ON, event.subject(),
                PredictedValue.text(date), "", null, false, event);
    }

    /** A relation between two values with no title, claimant or negation. */
    public static PredictedRelation of(String article, Predicate predicate, PredictedValue subject,
            PredictedValue object) {
        return new PredictedRelation(article, predicate, subject, object, "", null, false);
    }

    /** One line for reports, written like a gold row. */
    public String describe() {
        if (event != null) {
            return event.describe() + " " + predicate.label() + " " + object.label();
        }
        String o = predicate == Predicate.HOLDS_POSITION
                ? title + " @ " + (object == null ? "?" : object.label())
                : object.label();
        return subject.label() + " " + predicate.label() + " " + o
                + (claimant == null ? "" : " [per " + claimant.label() + "]")
                + (negated ? " [negated]" : "");
    }
}
