/**
 * Layout: the roles of an article's lines that are not story text, told from the text and its sentences
 * alone, before anything is recognised ({@link org.newsgraph.layout.Layout}): the headline, bullets and
 * section headers, as {@link org.newsgraph.model.SentenceRole}s by sentence index. The pipeline runs it as
 * the stage "layout" right after the split; the byline and credit lines join the roles in the stage
 * "persons", the dateline in the fact extractor, because telling them needs what those stages know.
 *
 * <pre>{@code
 * Map<Integer, SentenceRole> roles = Layout.roles(normalizedText, sentences);   // {1=HEADLINE, 2=BULLET}
 * }</pre>
 */
package org.newsgraph.layout;
