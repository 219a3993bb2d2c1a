package org.newsgraph.pipeline;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a {@link Stage} needs from an {@link Annotation} and what it adds to it: one layer of what
 * the pipeline knows about an article.
 *
 * <pre>{@code
 * stage.requires();   // [SENTENCES, MENTIONS]
 * stage.provides();   // [PERSONS, FOUND]
 * }</pre>
 */
public enum Layer {
    /** The normalised text, with its offsets back to the article as read. */
    TEXT,
    /** The sentences of the normalised text, each with its tokens. */
    SENTENCES,
    /**
     * The roles of the sentences that are not story text, by sentence index: headline, bullets and
     * sections from the layout, then (refined by the person finder) the byline and credit lines.
     */
    ROLES,
    /** The entities named in the text, in text order. */
    MENTIONS,
    /** What the person finder found: its people, their mentions and the byline and credit lines. */
    PERSONS,
    /** The entities the gazetteer does not know, found in the article, by id. */
    FOUND,
    /** The entities of the article's metadata: publisher and authors. */
    BYLINE,
    /**
     * The organisations, places and events found by the shape of their names (a refinement of
     * MENTIONS and FOUND).
     */
    SHAPES,
    /** The mentions and found entities linked to the open data (a refinement of MENTIONS and FOUND). */
    LINKS,
    /** What the article says about its entities. */
    FACTS;

    /**
     * The layers a pipeline must provide to make an {@link org.newsgraph.model.AnnotatedArticle}:
     * {@link Stages} checks it when a pipeline is built.
     */
    public static final Set<Layer> FINISHED = Collections.unmodifiableSet(EnumSet.of(TEXT, SENTENCES, MENTIONS, FOUND,
            BYLINE, FACTS));
}
