package org.newsgraph.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.Folders;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;

/**
 * Loads a dataset's quads made elsewhere, such as the shards of the build on Spark, into a new
 * build of a dataset folder with Jena's TDB2 bulk loader ({@link DatabaseLoad.Loader#CHOSEN}), and
 * puts it in use as a build does: {@code query}, {@code serve}, {@code validate}, {@code push} and
 * {@code export} read it, and the next {@code build} of the same articles with the same data and
 * newsgraph updates it when the folder held a {@value #STATE} whose fingerprint is that build's.
 * The folder's {@code *.nq} and {@code *.nq.gz} files (its subfolders' too, hidden ones left out)
 * are loaded in name order.
 *
 * <pre>{@code
 * BuildSummary s = ShardLoad.load(Path.of("spark-out"), Path.of("out"), new Iris(Iris.DEFAULT_BASE), GraphProfile.FULL);
 * }</pre>
 */
public final class ShardLoad {
    /** The build state beside the quads, as a build writes it. */
    public static final String STATE = "state.csv";

    private ShardLoad() {
    }

    /** Loads the quads of {@code from} into a new build of the dataset {@code out}; returns what it holds. */
    public static BuildSummary load(Path from, Path out, Iris iris, GraphProfile profile) {
        long started = System.nanoTime();
        List<Path> files = files(from);
        DatasetLayout layout = new DatasetLayout(out.toAbsolutePath().normalize());
        Publication.prepare(layout);
        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = Publication.lock(channel, layout);
            try {
                return load(files, from.resolve(STATE), layout, iris, profile, started);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new StoreException(Locations.describe(out) + ": cannot write the dataset (" + e.getMessage()
                    + "); choose a writable --out", e);
        }
    }

    private static BuildSummary load(List<Path> files, Path state, DatasetLayout layout, Iris iris,
            GraphProfile profile, long started) throws IOException {
        DatasetLayout.Build build = new DatasetLayout.Build(Publication.createBuildFolder(layout));
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(build.tdb2()));
        try {
            DataLoader loader = DatabaseLoad.Loader.CHOSEN.create(dsg);
            loader.startBulk();
            try {
                files.forEach(f -> loader.load(f.toString()));
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
            int entities = Txn.calculateRead(dsg, () -> described(dsg, iris));
            long[] articles = {0, 0};
            if (Files.isRegularFile(state)) {
                BuildState read = BuildState.read(state).orElseThrow(() -> new InputException(state,
                        "cannot read the build state; remove it to load the quads without it"));
                articles[0] = read.articles().size();
                articles[1] = read.articles().values().stream().mapToLong(BuildState.ArticleState::mentions).sum();
                Files.copy(state, build.state(), StandardCopyOption.REPLACE_EXISTING);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            BuildSummary summary = new BuildSummary(Math.toIntExact(articles[0]), entities, articles[1], quads, elapsed,
                    0, 0, false, Duration.ZERO, elapsed);
            Publication.writeBuildInfo(build.buildInfo(), iris, false, profile, summary);
            TDBInternal.expel(dsg);
            Publication.switchTo(layout, build);
            return summary;
        } catch (RuntimeException | IOException e) {
            TDBInternal.expel(dsg);
            Folders.deleteQuietly(build.dir());
            throw e;
        }
    }

    /** The entities the entities graph describes: its typed subjects that are entities' IRIs. */
    private static int described(DatasetGraph dsg, Iris iris) {
        Set<Node> subjects = new HashSet<>();
        dsg.find(iris.entitiesGraph(), Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (iris.entityId(q.getSubject()).isPresent()) {
                subjects.add(q.getSubject());
            }
        });
        return subjects.size();
    }

    /** The N-Quads files under {@code from}, in name order. */
    private static List<Path> files(Path from) {
        if (!Files.isDirectory(from)) {
            throw new InputException(from, "no such folder; pass the folder that holds the N-Quads files with --from");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !from.relativize(f).toString().startsWith(".") && !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().endsWith(".nq") || f.getFileName().toString().endsWith(".nq.gz"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException(from, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new InputException(from, "the folder holds no .nq or .nq.gz file; pass the output folder of "
                    + "newsgraph-spark or a folder of N-Quads files");
        }
        return files;
    }
}
