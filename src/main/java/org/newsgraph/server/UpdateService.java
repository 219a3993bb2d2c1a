package org.newsgraph.server;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.UpdateExecDatasetBuilder;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update operation, registered for {@code Operation.Update}, run in the
 * endpoint's context (its timeout, cancellable regular expressions and {@code SERVICE}
 * allow-list: Fuseki's own runs updates in the global context, without them) and refusing
 * {@code LOAD}, which would make the server read any file or URL a client names. The whole
 * request is parsed and checked before any of it runs.
 *
 * <pre>{@code
 * FusekiServer.create().registerOperation(Operation.Update, new UpdateService()) ...
 * }</pre>
 */
final class UpdateService extends SPARQL_Update {
    private static final IRIxResolver RESOLVER =
            IRIxResolver.create().base(Fuseki.BaseParserSPARQL).resolve(true).allowRelative(false).build();

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request = parse(action, input);
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateLoad load) {
                ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "LOAD <" + load.getSource()
                        + "> refused: this server reads no file or URL for a client. Send the data itself to the "
                        + "Graph Store endpoint instead: POST it to /newsgraph/data?graph=IRI with its Content-Type.");
            }
        }
        action.beginWrite();
        try {
            UpdateExecDatasetBuilder exec = UpdateExecDatasetBuilder.create().dataset(action.getActiveDSG())
                    .update(request).context(action.getContext());
            Timeouts.Timeout timeout = Timeouts.extractUpdateTimeout(action.getContext());
            if (timeout.hasOverallTimeout()) {
                exec.timeout(timeout.overallTimeoutMillis(), TimeUnit.MILLISECONDS);
            }
            exec.build().execute();
            action.commit();
        } catch (QueryCancelledException e) {
            fail(action, HttpSC.SERVICE_UNAVAILABLE_503, "Update timed out");
        } catch (QueryDeniedException e) {
            fail(action, HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage());
        } catch (QueryParseException | QueryBuildException | QueryExceptionHTTP e) {
            fail(action, HttpSC.BAD_REQUEST_400, SPARQLProtocol.messageForException(e));
        } catch (OperationDeniedException e) {
            action.abortSilent();
            throw e;
        } catch (ActionErrorException e) {
            action.abortSilent();
            throw e;
        } catch (RuntimeException e) {
            action.log.warn("[{}] update failed: {}", action.id, e.toString());
            fail(action, HttpSC.INTERNAL_SERVER_ERROR_500, e.getMessage());
        } finally {
            action.endWrite();
        }
    }

    /** The request with the protocol's {@code using-graph-uri} and {@code using-named-graph-uri}; a 400 when it does not parse. */
    private static UpdateRequest parse(HttpAction action, InputStream input) {
        try {
            return UpdateFactory.read(usingList(action), input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        throw new IllegalStateException("unreachable: ServletOps reports errors by throwing");
    }

    private static UsingList usingList(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues(HttpNames.paramUsingGraphURI);
        String[] namedGraphs = action.getRequest().getParameterValues(HttpNames.paramUsingNamedGraphURI);
        for (String graph : graphs == null ? new String[0] : graphs) {
            using.addUsing(NodeFactory.createURI(resolve(graph)));
        }
        for (String graph : namedGraphs == null ? new String[0] : namedGraphs) {
            using.addUsingNamed(NodeFactory.createURI(resolve(graph)));
        }
        return using;
    }

    private static String resolve(String iri) {
        try {
            return RESOLVER.resolve(iri).str();
        } catch (RuntimeException e) {
            ServletOps.errorBadRequest("SPARQL Update: bad IRI: " + iri);
            throw e;
        }
    }

    private static void fail(HttpAction action, int status, String message) {
        ActionLib.consumeBody(action);
        action.abortSilent();
        ServletOps.error(status, message);
    }
}
