package org.newsgraph.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Bundled;
import org.newsgraph.Locations;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph build}: articles in, dataset out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Converts the articles into RDF and writes the dataset: a TDB2 database, "
                + "dataset.trig, dataset.nq and fuseki.ttl in the output folder.",
            "The new dataset replaces the old one only when it is complete."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8", converter = CharsetConverter.class,
            description = "Encoding of the article files, e.g. windows-1252 (default: ${DEFAULT-VALUE}).")
    Charset charset;

    @Option(names = "--strict",
            description = "Fail on what is otherwise a warning: a file that is not an article, an article "
                    + "without words, an unusable date or address in a page, an unknown key in a batch.")
    boolean strict;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DatasetLayout.DEFAULT_DIR,
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--full",
            description = "Convert every article anew, even when the previous build could be updated with the "
                    + "changed articles only.")
    boolean full;

    @Option(names = "--no-dumps", negatable = true, defaultValue = "true",
            description = "Write dataset.trig and dataset.nq besides the database (default: yes); --no-dumps "
                    + "saves time and disk on large corpora (`export` writes them when needed).")
    boolean dumps;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "full",
            description = "The graph to write: full (every mention as a node with its sentence and offsets) or lean "
                    + "(the statements with their sentence provenance, no mention nodes: a smaller, faster graph; "
                    + "entities.rq and mentions.rq need full) (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--validate-all",
            description = "Validate every article's graph against the shapes; by default the first 500 articles "
                    + "are, then one in 100, and the entities graph.")
    boolean validateAll;

    @Option(names = "--shapes", paramLabel = "FILE", defaultValue = "bundled:ontology/shapes.ttl",
            description = "SHACL shapes the dataset must conform to (default: ${DEFAULT-VALUE}).")
    Path shapes;

    @Option(names = "--ontology", paramLabel = "FILE", defaultValue = "bundled:ontology/newsgraph.ttl",
            description = "Ontology that must declare every term the data uses (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Wikidata links accepted after `newsgraph link` (default: DATA/links/wikidata-links.csv, "
                    + "else the file `link` writes by default, " + Linker.DEFAULT_LINKS + ", when it exists).")
    Path links;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that convert articles (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        DatasetBuild.Builder builder = DatasetBuild.builder().data(corpus.data).articles(corpus.articles)
                .charset(charset).strict(strict).out(out).base(base).full(full).dumps(dumps).validateAll(validateAll).shapes(shapes).ontology(ontology).links(links());
        if (threads != null) {
            if (threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--threads must be 1 or more, not " + threads);
            }
            builder.threads(threads);
        }
        try {
            builder.profile(GraphProfile.of(profile));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
        ProgressPrinter printer = new ProgressPrinter(spec.commandLine().getErr(), System.console() != null);
        BuildSummary s;
        try {
            s = builder.progress(printer).build().run();
        } finally {
            printer.done();
        }
        String how = !s.incremental() ? "Built"
                : s.changed() + s.removed() == 0 ? "Up to date"
                : String.format("Updated (%d new or changed, %d removed articles)", s.changed(), s.removed());
        spec.commandLine().getOut().printf("%s %s: %d articles, %d entities, %d mentions, %d triples in %s s%n",
                how, Locations.describe(out), s.articles(), s.entities(), s.mentions(), s.quads(), s.seconds());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The links file: as given; else the data folder's; else, with the bundled data, the file
     * {@code newsgraph link} writes by default when it exists.
     */
    private Path links() {
        if (links != null) {
            return links;
        }
        Path own = corpus.data.resolve("links").resolve("wikidata-links.csv");
        Path written = Path.of(Linker.DEFAULT_LINKS);
        return Bundled.isBundled(corpus.data) && Files.isRegularFile(written) ? written : own;
    }

    /** Turns {@code --charset NAME} into a charset; an unknown name is a usage error. */
    static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new CommandLine.TypeConversionException("unknown charset \"" + name
                        + "\"; use a name such as " + StandardCharsets.UTF_8.name() + ", windows-1252 or ISO-8859-1");
            }
        }
    }
}
