/**
 * newsgraph: news articles in, a Wikidata-linked RDF dataset out. This package holds only the
 * error types shared by every feature package; the pipeline lives in {@code article} →
 * {@code text} → {@code recognize} → {@code rdf} → {@code store}, driven by {@code pipeline}, served
 * by {@code server} and {@code query}, and used through {@code cli}.
 */
package org.newsgraph;
