package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.EvalRun;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval}: scores the pipeline and the queries against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Builds the articles into a temporary dataset, runs the queries on it and prints "
                + "precision, recall and F1 per entity type and per relation predicate against the gold files "
                + "ID.entities.csv (surface,type,canonical_name,wikidata_qid_if_known) and ID.relations.csv "
                + "(subject,predicate,object,evidence_sentence). Only articles with gold files are scored.",
            "",
            "Matching rules:",
            "- Names match when their Names.key (case, accents, punctuation spacing ignored) equals the key of the "
                + "predicted label or of any alias, demonym or metonym. Trailing [qualifiers] are stripped first.",
            "- Entities: same article and type (City = Settlement); the gold canonical name or any surface must match, "
                + "or, failing that, gold and prediction carry the same Wikidata id. "
                + "A Wikidata link is wrong when the gold QID differs or is empty.",
            "- [per X] must match the claimant (attacked) or reportedBy (killedCount) when the prediction has one; "
                + "[negated] must agree with the prediction (memberOf from notMemberOf); "
                + "[not stated in text] is ignored.",
            "- holdsPosition: person and title match (case-insensitive; spokesman/spokeswoman = Spokesperson, "
                + "Defense Minister = Defence Minister, Minister of Foreign Affairs = Foreign Minister, Advisor = Adviser, "
                + "Secretary of Defense = Defense Secretary = Defence Secretary, Premier = Prime Minister), and the "
                + "part after @ matches, is \"?\", or is [not stated in text] with none predicted.",
            "- statedThat, quoted: letters and digits only, lower case; one text contains the other or word-set "
                + "Jaccard >= 0.5. A quotation with no speaker (a press question) is no quoted prediction.",
            "- killedCount: the same number; meetingBetween: the pair in either order.",
            "- occurredOn (subject \"A attacked B\" or \"A meetingBetween B\", object an ISO date): that event "
                + "matches and its date is the same text; reported as \"event dates\", outside \"all relations\", "
                + "only for gold that has occurredOn rows.",
            "- Each gold row and each prediction counts at most once. Precision, recall or F1 with a zero "
                + "denominator is 0.",
            "Exit code 0 whatever the scores."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", required = true,
            description = "Folder of .txt articles and articles.csv.")
    Path articles;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of ID.entities.csv and ID.relations.csv gold files.")
    Path gold;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bundled:data",
            description = "Folder with gazetteer/ and rules/ (default: ${DEFAULT-VALUE}, the copy inside newsgraph.jar).")
    Path data;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "bundled:queries",
            description = "Folder of the .rq queries (default: ${DEFAULT-VALUE}); a missing file means "
                    + "no predictions for its predicates.")
    Path queries;

    @Option(names = "--details", description = "List, per article, every missed gold row and every unmatched "
            + "prediction.")
    boolean details;

    @Override
    public Integer call() {
        Evaluation ev = EvalRun.builder().data(data).articles(articles).gold(gold).queries(queries).build().run();
        spec.commandLine().getOut().print(EvaluationReport.format(ev, details));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
