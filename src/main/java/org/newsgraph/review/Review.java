package org.newsgraph.review;

import java.util.List;

/**
 * The result of a review: the unknown entities of a corpus, sorted by count (descending) then
 * id, and notes on what was left out so the gazetteer stays loadable.
 *
 * <pre>{@code
 * Review review = ReviewRun.builder().data(Path.of("data")).build().run();
 * review.rows().forEach(r -> System.out.println(r.entity().id() + " " + r.count()));
 * }</pre>
 *
 * @param articles the number of articles reviewed
 * @param rows     the unknown entities, sorted
 * @param notes    one line per row or alias left out, saying why
 */
public record Review(int articles, List<ReviewRow> rows, List<String> notes) {
    public Review {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
