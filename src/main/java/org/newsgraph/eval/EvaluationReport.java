package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes an {@link Evaluation} as an aligned text table, and with details the misses and
 * unmatched predictions per article. It returns text; the command line prints it.
 *
 * <pre>{@code
 * String text = EvaluationReport.format(evaluation, true);
 * }</pre>
 */
public final class EvaluationReport {
    private static final String ROW = "%-16s %4s %4s %4s %10s %7s %6s%n";

    private EvaluationReport() {
    }

    /** The report; {@code details} adds the misses and unmatched predictions. */
    public static String format(Evaluation ev, boolean details) {
        StringBuilder out = new StringBuilder();
        ev.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
        out.append("Articles evaluated: ").append(ev.articles().isEmpty() ? "none" : String.join(", ", ev.articles()))
                .append('\n');
        if (!ev.entityArticles().equals(ev.relationArticles())) {
            out.append("  entities: ").append(list(ev.entityArticles())).append("; relations: ")
                    .append(list(ev.relationArticles())).append('\n');
        }
        out.append('\n');
        table(out, "ENTITIES", ev.entities(), EntityType::label, "all entities", ev.entitiesTotal());
        Evaluation.WikidataCheck w = ev.wikidata();
        out.append(String.format(Locale.ROOT,
                "Wikidata links: %d checked, %d wrong (%d differ from gold, %d where gold has no QID); "
                        + "%d gold QIDs not linked%n%n",
                w.checked(), w.wrong(), w.differing(), w.unconfirmed(), w.missing()));
        Map<Predicate, Score> relations = new EnumMap<>(ev.relations());
        Score dates = relations.remove(Predicate.OCCURRED_ON);
        table(out, "RELATIONS", relations, Predicate::label, "all relations", ev.relationsTotal());
        if (dates != null && dates.tp() + dates.fp() + dates.fn() > 0) {
            row(out, "event dates", dates);
        }
        if (details) {
            details(out, ev);
        }
        return out.toString();
    }

    private static <K> void table(StringBuilder out, String title, Map<K, Score> scores, Function<K, String> label,
            String totalLabel, Score total) {
        out.append(String.format(Locale.ROOT, ROW, title, "TP", "FP", "FN", "precision", "recall", "F1"));
        scores.forEach((k, s) -> row(out, label.apply(k), s));
        row(out, totalLabel, total);
    }

    private static void row(StringBuilder out, String label, Score s) {
        out.append(String.format(Locale.ROOT, ROW, label, s.tp(), s.fp(), s.fn(), num(s.precision()),
                num(s.recall()), num(s.f1())));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String list(Collection<String> articles) {
        return articles.isEmpty() ? "none" : String.join(", ", articles);
    }

    private static void details(StringBuilder out, Evaluation ev) {
        for (String article : ev.articles()) {
            List<String> lines = new ArrayList<>();
            ev.missedEntities().stream().filter(g -> g.article().equals(article))
                    .forEach(g -> lines.add("  missed entity:      " + g.describe()));
            ev.spuriousEntities().stream().filter(p -> p.article().equals(article))
                    .forEach(p -> lines.add("  unmatched entity:   " + p.describe()));
            ev.wrongLinks().stream().filter(l -> l.gold().article().equals(article))
                    .forEach(l -> lines.add("  wrong link:         " + l.describe()));
            ev.missedRelations().stream().filter(g -> g.article().equals(article))
                    .forEach(g -> lines.add("  missed relation:    " + g.describe()));
            ev.spuriousRelations().stream().filter(p -> p.article().equals(article))
                    .forEach(p -> lines.add("  unmatched relation: " + p.describe()));
            out.append('\n').append("DETAILS ").append(article).append(lines.isEmpty() ? ": all matched" : "")
                    .append('\n');
            lines.forEach(l -> out.append(l).append('\n'));
        }
    }
}
