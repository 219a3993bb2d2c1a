/**
 * Evaluation of the pipeline against hand-made gold files: {@code newsgraph eval} builds the
 * articles, runs the queries, and reports precision, recall and F1 per entity type and per
 * relation predicate.
 *
 * <p>The core ({@link org.newsgraph.eval.Scorer}, {@link org.newsgraph.eval.RelationMatcher})
 * works on plain records ({@link org.newsgraph.eval.GoldEntity}, {@link org.newsgraph.eval.GoldRelation},
 * {@link org.newsgraph.eval.PredictedEntity}, {@link org.newsgraph.eval.PredictedRelation}) and
 * knows nothing of RDF; {@link org.newsgraph.eval.PredictionLoader} makes those records from
 * the query results.
 *
 * <p>Matching rules:
 * <ul>
 * <li>Names: a gold name matches a predicted entity when its {@code Names.key} equals the key of
 *     the predicted label or of any of the entity's names ({@code rdfs:label}, {@code skos:altLabel},
 *     {@code ng:demonym}, {@code ng:metonym}). Bracketed qualifiers at the end of a gold value are
 *     stripped first.</li>
 * <li>Qualifiers: {@code [per X]} must match the prediction's claimant only where the prediction
 *     has one (attacked: the claimant; killedCount: reportedBy); {@code [not stated in text]} is
 *     ignored except as below; {@code [negated]} must agree with the prediction's negation
 *     (memberOf from a {@code notMemberOf} row).</li>
 * <li>Entities: per article and type (gold City is predicted Settlement; Event has no
 *     predictions), a gold row is found by a prediction whose names match its canonical name or
 *     any of its surfaces. A matched pair has a wrong Wikidata link when the prediction is
 *     linked and the gold QID differs or is empty.</li>
 * <li>holdsPosition: the person matches, the titles are equal ignoring case after the synonyms
 *     spokesman/spokeswoman/spokesperson, Defense/Defence Minister, Minister of Foreign Affairs =
 *     Foreign Minister, Advisor/Adviser, Secretary of Defense = Defence Secretary, Premier = Prime Minister, and the country or organisation matches: gold {@code ?}, matching names,
 *     or gold {@code [not stated in text]} with no predicted one.</li>
 * <li>statedThat, quoted: texts lower-cased to letters and digits match when one contains the
 *     other or their word sets have Jaccard similarity at least 0.5. A predicted quotation with no
 *     speaker (a press question in a transcript, an unattributed quote) is no quoted prediction: the
 *     gold's quoted rows all name their speaker.</li>
 * <li>killedCount: victims match and the numbers are equal ("unknown" only with "unknown").</li>
 * <li>meetingBetween: the two participants in either order.</li>
 * <li>occurredOn: the row dated ("A attacked B", "A meetingBetween B" in the subject) matches by
 *     these rules and the ISO dates are the same text; scored on a line of its own ("event
 *     dates"), not in the relations' total.</li>
 * <li>Each gold row and each prediction is matched at most once, greedily in gold-file order.</li>
 * </ul>
 */
package org.newsgraph.eval;
