package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.Locations;
import org.newsgraph.query.ServerClient;
import org.newsgraph.store.DatasetAccess;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.validate.OntologyCheck;
import org.newsgraph.validate.RdfLoader;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph validate}: checks the built dataset against the SHACL shapes and the
 * ontology. Exit 0 when it conforms; 1 when it does not (the report on standard output, a
 * one-line summary on standard error) or when the dataset, shapes or ontology cannot be read.
 * While a {@code newsgraph serve} holds the dataset, it checks what that server serves, fetched
 * from it.
 *
 * <pre>{@code
 * java -jar target/newsgraph.jar validate --db out
 * java -jar target/newsgraph.jar validate --db out/dataset.trig --shapes ontology/shapes.ttl
 * }</pre>
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the dataset against SHACL shapes (over the union of its graphs) and checks that "
                + "every ng: term it uses is declared in the ontology.",
            "While a `newsgraph serve` holds the dataset, it checks the dataset that server serves."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DatasetLayout.DEFAULT_DIR,
            description = "The folder `build --out` wrote, or a dump (.trig, .nq, .ttl) (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--shapes", paramLabel = "FILE", defaultValue = "bundled:ontology/shapes.ttl",
            description = "The SHACL shapes, Turtle (default: ${DEFAULT-VALUE}).")
    Path shapes;

    @Option(names = "--ontology", paramLabel = "FILE", defaultValue = "bundled:ontology/newsgraph.ttl",
            description = "The ontology, Turtle (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Override
    public Integer call() {
        ShapeValidator validator = ShapeValidator.load(shapes);
        OntologyCheck check = OntologyCheck.load(ontology);
        List<ValidationReport> reports = new ArrayList<>();
        if (Files.isRegularFile(db)) {
            DatasetGraph dsg = RdfLoader.dataset(db);
            reports.add(validator.validate(dsg));
            reports.add(check.check(dsg));
        } else {
            try (DatasetAccess access = DatasetAccess.open(db)) {
                DatasetGraph dsg = access instanceof DatasetAccess.Local local ? local.store().dataset().asDatasetGraph()
                        : ServerClient.dataset(((DatasetAccess.Served) access).server());
                reports.add(validator.validate(dsg));
                reports.add(check.check(dsg));
            }
        }
        ValidationReport shaped = reports.get(0);
        ValidationReport declared = reports.get(1);
        PrintWriter out = spec.commandLine().getOut();
        out.println(shaped.text());
        out.println(declared.text());
        out.flush();
        if (shaped.conforms() && declared.conforms()) {
            return 0;
        }
        List<String> problems = new ArrayList<>();
        if (!shaped.conforms()) {
            problems.add(shaped.problems() + (shaped.problems() == 1 ? " violation" : " violations")
                    + " of " + Locations.describe(shapes));
        }
        if (!declared.conforms()) {
            problems.add(declared.problems() + " ng: " + (declared.problems() == 1 ? "term" : "terms")
                    + " not declared in " + Locations.describe(ontology));
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph: " + Locations.describe(db) + " does not conform: " + String.join(", ", problems)
                + " (report above)");
        err.flush();
        return Main.FAILED;
    }
}
