package org.newsgraph.server;

import java.util.List;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;

/**
 * The routing of a {@link NewsgraphServer}: the endpoints of the dataset's service and the Fuseki
 * modules it runs.
 */
final class ServerRoutes {
    private ServerRoutes() {
    }

    /** Fuseki's admin module (with its UI) only when admin operations are asked for; the UI alone is {@link WebUi}. */
    static FusekiModules fusekiModules(boolean admin, boolean ui) {
        if (!admin) {
            return FusekiModules.empty();
        }
        return ui ? FusekiModules.create(FMod_Admin.create(), FMod_UI.create()) : FusekiModules.create(FMod_Admin.create());
    }

    /**
     * The endpoints, each with the {@link EndpointContext} (timeouts, cancellable regular
     * expressions, the {@code SERVICE} allow-list) that Fuseki merges into every request's.
     * Read-only: query at {@code sparql} and {@code query}, Graph Store reads at {@code get};
     * with updates also SPARQL Update at {@code update} and Graph Store writes at {@code data}.
     * The dataset URL itself takes the same operations.
     */
    static DataService dataService(Dataset dataset, long timeoutSeconds, List<String> serviceEndpoints,
            boolean update) {
        Context context = EndpointContext.create(timeoutSeconds * 1000L, serviceEndpoints);
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph());
        for (String name : new String[] {"sparql", "query", ""}) {
            service.addEndpoint(endpoint(Operation.Query, name, context));
        }
        service.addEndpoint(endpoint(Operation.GSP_R, "get", context));
        service.addEndpoint(endpoint(update ? Operation.GSP_RW : Operation.GSP_R, "", context));
        if (update) {
            service.addEndpoint(endpoint(Operation.Update, "update", context));
            service.addEndpoint(endpoint(Operation.Update, "", context));
            service.addEndpoint(endpoint(Operation.GSP_RW, "data", context));
        }
        return service.build();
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }
}
