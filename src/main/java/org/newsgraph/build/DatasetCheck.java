package org.newsgraph.build;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.StoreException;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.validate.OntologyCheck;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.validate.ValidationReport;

/**
 * What a build must pass before it is published: the SHACL shapes and the ontology's terms.
 * Article graphs are validated as they are made (all of the first {@value #VALIDATE_ALL}, then one
 * in {@value #VALIDATE_ONE_IN}, or all), the entities graph always; an invalid build is refused and
 * the previous dataset stays in use.
 */
final class DatasetCheck {
    /** Articles of a build that are all validated. */
    static final int VALIDATE_ALL = 500;
    /** After those, one article in this many is validated. */
    static final int VALIDATE_ONE_IN = 100;

    private final ShapeValidator validator;
    private final OntologyCheck terms;
    private final boolean validateAll;

    DatasetCheck(ShapeValidator validator, OntologyCheck terms, boolean validateAll) {
        this.validator = validator;
        this.terms = terms;
        this.validateAll = validateAll;
    }

    /**
     * Whether the article at {@code index} (from 0, in corpus order) is validated against the
     * shapes: every one of the first {@link #VALIDATE_ALL} articles, then one in
     * {@link #VALIDATE_ONE_IN} (SHACL costs more than converting an article, and every article is
     * made by the same code), unless {@code --validate-all}.
     */
    boolean validated(long index) {
        return validateAll || index < VALIDATE_ALL || index % VALIDATE_ONE_IN == 0;
    }

    /** The changed graphs and the new entities graph must conform before anything is written. */
    void validate(List<ArticleGraph> graphs, List<Quad> described) {
        DatasetGraph changes = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(changes, () -> {
            graphs.forEach(g -> g.quads().forEach(changes::add));
            described.forEach(changes::add);
        });
        Txn.executeRead(changes, () -> requireValid(changes));
    }

    private void requireValid(DatasetGraph dsg) {
        for (ValidationReport report : List.of(validator.validate(dsg), terms.check(dsg))) {
            if (!report.conforms()) {
                throw new StoreException("the built dataset is not valid, so it was not put in place ("
                        + report.summary() + "); the previous dataset is unchanged. Report:\n" + report.text());
            }
        }
    }
}
