package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SampleDataset;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.DatasetLayout;

/**
 * {@code ontology/newsgraph.ttl} against the data the pipeline writes: every ng: term used is
 * declared, every term has a label and a comment, every class specialises a schema.org class.
 */
class OntologyTest {
    static final String SCHEMA = "https://schema.org/";

    static Model ontology;
    static DatasetGraph data;

    @BeforeAll
    static void load() {
        ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, "ontology/newsgraph.ttl");
        data = RDFDataMgr.loadDatasetGraph(new DatasetLayout(SampleDataset.shared()).nquads().toString());
    }

    @Test
    void everyTermUsedInTheDataIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        data.stream().forEach(q -> {
            check(q.getPredicate(), undeclared);
            if (q.getPredicate().equals(RDF.type.asNode())) {
                check(q.getObject(), undeclared);
            }
        });
        assertTrue(undeclared.isEmpty(), "used in the data but not declared in the ontology: " + undeclared);
    }

    private static void check(Node term, Set<String> undeclared) {
        if (term.isURI() && term.getURI().startsWith(NG.NS)
                && !ontology.contains(ontology.createResource(term.getURI()), RDF.type)) {
            undeclared.add(term.getURI());
        }
    }

    @Test
    void everyTermHasALabelAndAComment() {
        Set<String> bare = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS)
                    && !(s.hasProperty(RDFS.label) && s.hasProperty(RDFS.comment))) {
                bare.add(s.getURI());
            }
        });
        assertTrue(bare.isEmpty(), "terms without rdfs:label and rdfs:comment: " + bare);
    }

    @Test
    void everyClassSpecialisesASchemaOrgClass() {
        Set<String> unaligned = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEach(c -> {
            if (c.getURI().startsWith(NG.NS) && !reachesSchema(c, new java.util.HashSet<>())) {
                unaligned.add(c.getURI());
            }
        });
        assertTrue(unaligned.isEmpty(), "classes with no schema.org superclass: " + unaligned);
    }

    private static boolean reachesSchema(Resource c, Set<Resource> seen) {
        if (!seen.add(c)) {
            return false;
        }
        return c.listProperties(RDFS.subClassOf).toList().stream().map(st -> st.getResource())
                .anyMatch(sup -> sup.getURI().startsWith(SCHEMA) || reachesSchema(sup, seen));
    }
}
