package org.newsgraph.server;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.FN_Matches;
import org.apache.jena.sparql.function.library.FN_StrReplace;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.Context;

/**
 * Makes every regular expression a query can run give up when the query is cancelled, by
 * setting up a context (an endpoint's) so that ARQ evaluates them with {@link CancellableRegex},
 * {@link CancellableReplace} and {@link CancellableStrSplit}:
 * <ul>
 * <li>the keywords {@code REGEX} and {@code REPLACE}: the optimizer first rewrites them in the
 * algebra, before its constant folding (which evaluates {@code REGEX("…", "…")} while planning);
 * <li>the functions {@code fn:matches}, {@code fn:replace}, {@code sparql:regex},
 * {@code sparql:replace}, under whatever IRI names their class ({@code <java:…FN_Matches>}): a
 * function registry that hands out the cancellable ones;
 * <li>the property function {@code apf:strSplit}: a property function registry likewise.
 * </ul>
 * Java's matcher never checks for cancellation itself; without this, one match with catastrophic
 * backtracking keeps a thread busy long after the query timed out.
 *
 * <pre>{@code
 * Context endpoint = new Context();
 * CancellableRegexes.install(endpoint);
 * }</pre>
 */
final class CancellableRegexes {
    private static final String SPARQL_REGEX = ARQConstants.sparqlPrefix + "regex";
    private static final String SPARQL_REPLACE = ARQConstants.sparqlPrefix + "replace";

    private CancellableRegexes() {
    }

    /** Sets up {@code context}; the global registries as they are now are the starting point. */
    static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, optimizer(Optimize.getFactory()));
        FunctionRegistry.set(context, new Functions(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, new PropertyFunctions(PropertyFunctionRegistry.get()));
    }

    /** {@code standard}'s optimizer, after a rewrite of the algebra's regex keywords to cancellable ones. */
    static RewriteFactory optimizer(RewriteFactory standard) {
        return context -> {
            Rewrite optimize = standard.create(context);
            AtomicBoolean cancel = Context.getCancelSignal(context);
            return op -> optimize.rewrite(cancellable(op, cancel));
        };
    }

    /** {@code op} with every {@code REGEX} and {@code REPLACE} checking {@code cancel}. */
    static Op cancellable(Op op, AtomicBoolean cancel) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                    return CancellableRegex.of(args.getList(), cancel);
                }
                if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                    return CancellableReplace.of(args.getList(), cancel);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext execCxt ? execCxt.getCancelSignal() : Context.getCancelSignal(env.getContext());
    }

    /** A copy of a function registry that hands out cancellable regex functions. */
    private static final class Functions extends FunctionRegistry {
        Functions(FunctionRegistry base) {
            for (Iterator<String> uris = base.keys(); uris.hasNext(); ) {
                String uri = uris.next();
                put(uri, base.get(uri));
            }
        }

        /** Synchronized: a lookup may load and register a class, and requests run in parallel. */
        @Override
        public synchronized FunctionFactory get(String uri) {
            FunctionFactory factory = super.get(uri);
            if (factory == null) {
                return null;
            }
            if (uri.equals(SPARQL_REGEX) || uri.equals(SPARQL_REPLACE)) {
                return u -> new Cancellable(uri.equals(SPARQL_REGEX));
            }
            Function probe;
            try {
                probe = factory.create(uri);
            } catch (RuntimeException e) {
                return factory; // fails again, as it would anyway, when the query binds it
            }
            boolean matches = probe instanceof FN_Matches;
            if (matches || probe instanceof FN_StrReplace) {
                return u -> new Cancellable(matches);
            }
            return factory;
        }

        @Override
        public synchronized boolean isRegistered(String uri) {
            return super.isRegistered(uri);
        }
    }

    /** A regex function ({@code fn:matches}) or a replace function ({@code fn:replace}) that is cancellable. */
    private static final class Cancellable implements Function {
        private final boolean regex;
        private Expr expr;

        Cancellable(boolean regex) {
            this.regex = regex;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            int min = regex ? 2 : 3;
            if (args.size() != min && args.size() != min + 1) {
                throw new ExprEvalException(uri + ": wrong number of arguments: wanted " + min + " or " + (min + 1)
                        + ", got " + args.size());
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            if (expr == null) {
                AtomicBoolean cancel = cancelSignal(env);
                expr = regex ? CancellableRegex.of(args.getList(), cancel) : CancellableReplace.of(args.getList(), cancel);
            }
            return expr.eval(binding, env);
        }
    }

    /** A copy of a property function registry that hands out a cancellable {@code apf:strSplit}. */
    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        PropertyFunctions(PropertyFunctionRegistry base) {
            for (Iterator<String> uris = base.keys(); uris.hasNext(); ) {
                String uri = uris.next();
                put(uri, base.get(uri));
            }
        }

        @Override
        public synchronized PropertyFunctionFactory get(String uri) {
            PropertyFunctionFactory factory = super.get(uri);
            if (factory == null) {
                return null;
            }
            PropertyFunction probe;
            try {
                probe = factory.create(uri);
            } catch (RuntimeException e) {
                return factory;
            }
            return probe instanceof strSplit && !(probe instanceof CancellableStrSplit) ? u -> new CancellableStrSplit() : factory;
        }

        @Override
        public synchronized boolean manages(String uri) {
            return super.manages(uri);
        }

        @Override
        public synchronized boolean isRegistered(String uri) {
            return super.isRegistered(uri);
        }
    }
}
