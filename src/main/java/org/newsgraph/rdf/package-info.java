/**
 * RDF output: the ontology's vocabulary, IRI minting, and the emitters that turn annotated
 * articles and gazetteer entities into quads on a Jena {@code StreamRDF} (a TDB2 load, a dump
 * file or an in-memory graph for tests alike). It never runs the pipeline: the build annotates the
 * articles, and what the entities graph is described from comes as {@code EntitySources}.
 */
package org.newsgraph.rdf;
