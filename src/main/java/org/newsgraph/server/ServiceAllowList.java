package org.newsgraph.server;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a query's {@code SERVICE} only when it names one of the allowed endpoints, exactly; any
 * other (an internal address, a file, a variable bound to either) is refused before a request is
 * made, with {@link QueryDeniedException} (Fuseki answers 422 with the message), or skipped
 * with a warning under {@code SERVICE SILENT}.
 *
 * <pre>{@code
 * ServiceExecutorRegistry registry = ServiceAllowList.registry(List.of("https://query.wikidata.org/sparql"));
 * ServiceExecutorRegistry.set(context, registry);
 * }</pre>
 */
final class ServiceAllowList implements ServiceExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceAllowList.class);

    private final Set<String> endpoints;

    private ServiceAllowList(List<String> endpoints) {
        this.endpoints = Set.copyOf(endpoints);
    }

    /** A registry whose only executor is an allow-list of {@code endpoints} in front of ARQ's HTTP one. */
    static ServiceExecutorRegistry registry(List<String> endpoints) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new ServiceAllowList(endpoints));
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt) {
        Node service = opExecute.getService();
        if (service.isURI() && endpoints.contains(service.getURI())) {
            return ServiceExecutorRegistry.httpService.createExecution(opExecute, opOriginal, binding, execCxt);
        }
        String message = refusal(service);
        if (opExecute.getSilent()) {
            LOG.warn("SERVICE SILENT skipped: {}", message);
            return QueryIterSingleton.create(binding, execCxt);
        }
        throw new QueryDeniedException(message);
    }

    private String refusal(Node service) {
        String named = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
        if (endpoints.isEmpty()) {
            return "SERVICE " + named + " refused: this server calls no other endpoint";
        }
        return "SERVICE " + named + " refused: this server calls only "
                + endpoints.stream().sorted().map(e -> "<" + e + ">").collect(Collectors.joining(", "));
    }
}
