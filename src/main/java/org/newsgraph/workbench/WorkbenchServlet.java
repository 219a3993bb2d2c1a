package org.newsgraph.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's pages, at {@code /workbench/…} of the server that mounts it: {@code /workbench/}
 * (search), {@code entity?iri=}, {@code article?id=}, {@code disagreements[?offset=&page=]}, {@code timeline[?iri=]},
 * {@code map}, {@code graph?iri=} and the stylesheet under {@code static/}. Read-only (GET and HEAD);
 * every answer carries {@link #CONTENT_SECURITY_POLICY} and {@code X-Content-Type-Options: nosniff}.
 * The dataset is asked for at each request, so a server that switches builds is followed.
 *
 * <pre>{@code
 * builder.addServlet(WorkbenchServlet.PATH, new WorkbenchServlet(() -> currentDatasetGraph(), 30));
 * }</pre>
 */
public final class WorkbenchServlet extends HttpServlet {
    /** Where a server mounts it. */
    public static final String PATH = "/workbench/*";
    /** The workbench's address on a server, relative to the server's base URL. */
    public static final String HOME = "workbench/";
    /** No script at all, nothing from another origin, no frames, no plugins. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServlet.class);
    private static final Map<String, String> STATIC = Map.of("workbench.css", "text/css;charset=utf-8");

    private final transient WorkbenchQueries queries;

    /**
     * The workbench over the dataset {@code dataset} gives at each request, each query stopped after
     * {@code timeoutSeconds} (a page whose queries take longer answers 503).
     */
    public WorkbenchServlet(Supplier<DatasetGraph> dataset, long timeoutSeconds) {
        this.queries = new WorkbenchQueries(dataset, timeoutSeconds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.sendRedirect(Links.HOME);
            return;
        }
        if (path.startsWith("/static/")) {
            serveStatic(path.substring("/static/".length()), response);
            return;
        }
        String page;
        try {
            page = page(path, request);
        } catch (QueryCancelledException e) {
            LOG.warn("workbench page {} took too long: {}", path, e.getMessage());
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("Too slow",
                    "The queries of this page took too long on this dataset."));
            return;
        } catch (RuntimeException e) {
            // answered here, not by Jetty's error page, so that the answer keeps the headers above
            LOG.warn("workbench page {} failed", path, e);
            send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, error("Error",
                    "This page could not be made: " + e.getMessage()));
            return;
        }
        if (page == null) {
            send(response, HttpServletResponse.SC_NOT_FOUND, error("Not found", "Nothing here: " + path));
            return;
        }
        send(response, HttpServletResponse.SC_OK, page);
    }

    private String page(String path, HttpServletRequest request) {
        String iri = request.getParameter("iri");
        String q = request.getParameter("q");
        String id = request.getParameter("id");
        if (iri != null && !Iris.plausible(iri)) {
            return null;
        }
        return switch (path) {
            case "/article" -> id == null ? null : ArticlePage.render(queries, id);
            case "/" -> SearchPage.render(queries, q == null ? "" : q.strip());
            case "/entity" -> iri == null ? null : EntityPage.render(queries, iri);
            case "/disagreements" -> DisagreementsPage.render(queries, request.getParameter("offset"),
                    request.getParameter("page"));
            case "/timeline" -> TimelinePage.render(queries, iri == null || iri.isEmpty() ? null : iri,
                    Paging.of(request.getParameter("page")));
            case "/map" -> MapPage.render(queries);
            case "/graph" -> iri == null ? null : GraphPage.render(queries, iri);
            default -> null;
        };
    }

    private static String error(String title, String message) {
        return Layout.page(title, html -> html.element("h1", title).element("p", message)
                .open("p").link(Links.HOME, "Back to the search").close());
    }

    private static void send(HttpServletResponse response, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void serveStatic(String name, HttpServletResponse response) throws IOException {
        String type = STATIC.get(name);
        InputStream in = type == null ? null : WorkbenchServlet.class.getClassLoader().getResourceAsStream("workbench/static/" + name);
        if (in == null) {
            send(response, HttpServletResponse.SC_NOT_FOUND, error("Not found", "No such file: " + name));
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            response.setContentType(type);
            response.setHeader("Cache-Control", "max-age=300");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
