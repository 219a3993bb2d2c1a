package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.Pipeline;

/**
 * Runs the real pipeline (gazetteer and rules of {@code data/}) over short self-written texts for
 * the extraction rule tests, and offers small look-ups over what it found.
 *
 * <pre>{@code
 * AnnotatedArticle a = ExtractionFixture.annotate("Turkey is a member of NATO.");
 * a.facts().relations();
 * }</pre>
 */
public final class ExtractionFixture {
    /** The publication date every test article has unless a test says otherwise (a Wednesday). */
    public static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);

    /** The rules alone, without the open data: what the shape rules find (the open data has its own tests). */
    private static final Pipeline PIPELINE = Pipeline.load(Path.of("data/gazetteer"), Path.of("data/rules"));

    private ExtractionFixture() {
    }

    /** Annotates {@code text} as a Reuters article of {@link #PUBLISHED}. */
    public static AnnotatedArticle annotate(String text) {
        return annotate(text, PUBLISHED, "Reuters");
    }

    /** Annotates {@code text} with the given date and publisher, either of which may be null. */
    public static AnnotatedArticle annotate(String text, LocalDate published, String publisher) {
        return PIPELINE.annotate(new Article("t1", "t1.txt", text,
                new ArticleMetadata(null, publisher, null, published, List.of())));
    }

    /** The entity found (not in the gazetteer) with this id, failing with the whole list when there is none. */
    public static Found found(AnnotatedArticle a, String id) {
        return a.found().stream().filter(f -> f.entity().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + id + " in " + a.found()));
    }

    /** The ids of the people found in the article that the gazetteer does not know. */
    public static Set<String> personIds(AnnotatedArticle a) {
        return a.persons().stream().map(p -> p.id()).collect(Collectors.toSet());
    }

    /** The entity id each mention's surface refers to, for the mentions whose surface is {@code surface}. */
    public static List<String> idsOf(AnnotatedArticle a, String surface) {
        return a.mentions().stream().filter(m -> m.surface().equals(surface)).map(Mention::entityId).toList();
    }

    /** The events of one kind. */
    public static List<Event> events(AnnotatedArticle a, EventKind kind) {
        return a.facts().events().stream().filter(e -> e.kind() == kind).toList();
    }

    /** The only element of {@code items}, failing with the whole list when there is not exactly one. */
    public static <T> T only(List<T> items) {
        assertEquals(1, items.size(), () -> "expected exactly one, found " + items);
        return items.get(0);
    }

    /** The only claim of the article. */
    public static Claim onlyClaim(AnnotatedArticle a) {
        return only(a.facts().claims());
    }

    /** Projects a list for compact assertions. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        return items.stream().map(f).toList();
    }
}
