package org.newsgraph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REGEX(text, pattern [, flags])} as ARQ evaluates it with Java's regular
 * expressions, but matching over a {@link CancellableText}: when the query is cancelled (its
 * timeout, an abort) a long match gives up instead of running on.
 *
 * <pre>{@code
 * Expr regex = new CancellableRegex(text, pattern, flags, execCxt.getCancelSignal());
 * }</pre>
 */
final class CancellableRegex extends E_Regex {
    private static final String FLAGS = "smixq";

    private final AtomicBoolean cancel;
    /** The compiled pattern when pattern and flags are constants, else {@code null}. */
    private final Pattern fixed;

    /**
     * @param flags  {@code null} for none
     * @param cancel the query's cancel signal; {@code null} never cancels
     */
    CancellableRegex(Expr text, Expr pattern, Expr flags, AtomicBoolean cancel) {
        super(text, pattern, flags);
        this.cancel = cancel;
        boolean constant = pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant());
        this.fixed = constant ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    /** {@code REGEX} with the arguments {@code args} (two or three). */
    static CancellableRegex of(List<Expr> args, AtomicBoolean cancel) {
        return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, cancel);
    }

    /**
     * Not evaluated without an execution: ARQ's constant folding calls this while it plans the
     * query, which holds the lock the timeout needs, so a long match there could not be cancelled.
     * The expression stays as it is and is evaluated when the query runs.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs, not while it is planned");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = fixed != null ? fixed : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(CancellableText.of(text, cancel)).find());
    }

    /** The pattern as ARQ's Java regular expressions compile it, with the same checks. */
    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: Pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: Pattern flags are not a string: " + flags);
        }
        String flagText = flags == null ? null : flags.getString();
        if (flagText != null && !flagText.chars().allMatch(c -> FLAGS.indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: Only '" + FLAGS + "' are legal as pattern flags: got \"" + flagText + "\"");
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), flagText);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(newArgs.getList(), cancel);
    }
}
