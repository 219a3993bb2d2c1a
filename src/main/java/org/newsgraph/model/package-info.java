/**
 * The records the pipeline's stages hand to each other and to the graph: a {@link
 * org.newsgraph.model.Mention} of a known entity in the text, a {@link org.newsgraph.model.Found}
 * entity the gazetteer did not know (with the rule that found it and its link evidence), the
 * statements of an article ({@link org.newsgraph.model.Facts}, {@link org.newsgraph.model.ArticleFacts})
 * with their {@link org.newsgraph.model.Evidence}, and the whole {@link org.newsgraph.model.AnnotatedArticle}
 * that {@code rdf} turns into quads. Immutable values only: no stage logic lives here.
 *
 * <pre>{@code
 * AnnotatedArticle a = pipeline.annotate(article);
 * a.mentions().get(0).entityId();   // "armenia"
 * a.facts().claims().size();
 * }</pre>
 */
package org.newsgraph.model;
