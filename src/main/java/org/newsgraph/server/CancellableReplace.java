package org.newsgraph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REPLACE(text, pattern, replacement [, flags])} as ARQ evaluates it, but matching
 * over a {@link CancellableText}, so that a long match gives up when the query is cancelled.
 *
 * <pre>{@code
 * Expr replace = new CancellableReplace(text, pattern, replacement, null, execCxt.getCancelSignal());
 * }</pre>
 */
final class CancellableReplace extends E_StrReplace {
    private final AtomicBoolean cancel;
    /** The compiled pattern when pattern and flags are constant strings, else {@code null}. */
    private final Pattern fixed;

    /**
     * @param flags  {@code null} for none
     * @param cancel the query's cancel signal; {@code null} never cancels
     */
    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags, AtomicBoolean cancel) {
        super(text, pattern, replacement, flags);
        this.cancel = cancel;
        this.fixed = isString(pattern) && (flags == null || isString(flags))
                ? RegexEngine.makePattern("REPLACE", pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    /** {@code REPLACE} with the arguments {@code args} (three or four). */
    static CancellableReplace of(List<Expr> args, AtomicBoolean cancel) {
        return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, cancel);
    }

    private static boolean isString(Expr expr) {
        return expr.isConstant() && expr.getConstant().isString();
    }

    /**
     * Not evaluated without an execution: ARQ's constant folding calls this while it plans the
     * query, which holds the lock the timeout needs, so a long match there could not be cancelled.
     * The expression stays as it is and is evaluated when the query runs.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated when the query runs, not while it is planned");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern pattern = fixed != null ? fixed
                : RegexEngine.makePattern("replace", lexicalForm(args.get(1)), args.size() > 3 ? lexicalForm(args.get(3)) : null);
        NodeValue original = args.get(0);
        String text = lexicalForm(original);
        String replaced = replaceAll(pattern.matcher(CancellableText.of(text, cancel)), lexicalForm(args.get(2)));
        if (replaced == null || replaced.equals(text)) {
            return original;
        }
        Node node = original.asNode();
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, node.getLiteralLanguage(), node.getLiteralDatatype()));
    }

    private static String lexicalForm(NodeValue value) {
        return NodeValueOps.checkAndGetStringLiteral("replace", value).getLiteralLexicalForm();
    }

    /**
     * Every match replaced, as ARQ does it: an empty match counts only where it is the first
     * match (F&O's {@code fn:replace} makes that an error; Java would replace it everywhere).
     * {@code null} when nothing matched.
     */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder out = null;
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
            }
            if (out == null) {
                return null;
            }
            matcher.appendTail(out);
            return out.toString();
        } catch (IndexOutOfBoundsException e) {
            throw new ExprEvalException("IndexOutOfBounds", e);
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(newArgs.getList(), cancel);
    }
}
