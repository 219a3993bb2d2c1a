/**
 * Checks a built dataset against its contract: the SHACL shapes of {@code ontology/shapes.ttl}
 * (what every entity, article, sentence, mention and statement must have) and the ontology
 * {@code ontology/newsgraph.ttl} (every {@code ng:} term the data uses is declared). Both give a
 * {@link org.newsgraph.validate.ValidationReport} that a person can read.
 */
package org.newsgraph.validate;
