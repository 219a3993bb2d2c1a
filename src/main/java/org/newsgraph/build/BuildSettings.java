package org.newsgraph.build;

import java.nio.file.Path;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;

/**
 * The options of one build, checked by {@link DatasetBuild.Builder}.
 *
 * @param data        the data folder with {@code gazetteer/}, {@code rules/} and {@code opendata/}
 * @param articles    the articles folder
 * @param reading     how the article files are read
 * @param links       the accepted Wikidata links file (missing: none)
 * @param shapes      the SHACL shapes every build must conform to
 * @param ontology    the ontology that must declare every term the data uses
 * @param out         the dataset folder, absolute
 * @param iris        the IRIs of the data
 * @param dumps       whether the TriG and N-Quads dumps are written
 * @param full        whether every article is converted anew
 * @param threads     threads that convert articles
 * @param validateAll whether every article is validated
 * @param progress    who hears how far the build got
 * @param loader      the bulk loader a large full build streams its quads into
 * @param profile     the graph profile: full provenance, or lean (no mention nodes)
 */
record BuildSettings(Path data, Path articles, ArticleLoader.Options reading, Path links, Path shapes, Path ontology,
        Path out, Iris iris, boolean dumps, boolean full, int threads, boolean validateAll, BuildProgress progress,
        DatabaseLoad.Loader loader, GraphProfile profile) {
}
