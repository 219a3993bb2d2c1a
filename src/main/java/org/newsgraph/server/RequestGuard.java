package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A servlet filter in front of everything the server serves, refusing with 403 and a one-line
 * plain-text reason what a web page the user visits could send it:
 * <ul>
 * <li>a {@code Host} that does not name this server (with its port): DNS rebinding, a foreign
 * name resolving to this machine so that a page may read the answers;
 * <li>an {@code Origin} other than the server's own ({@code http://} one of its names and its
 * port): a page of another site, or {@code null} from a sandbox or a file;
 * <li>what the browser marks as made by another site's page ({@code Sec-Fetch-Site}), but for
 * following a link ({@code Sec-Fetch-Mode: navigate}) to GET an answer;
 * <li>without {@code Origin}, a request other than GET, HEAD and OPTIONS whose {@code Referer} is
 * another site's page;
 * <li>JSONP ({@code ?callback=}), which any page could read with a {@code <script>} element;
 * <li>unless admin operations are on, anything but GET, HEAD and OPTIONS under {@code /$/}.
 * </ul>
 * Clients that are not browsers (curl, SPARQL libraries) send no {@code Origin} and are served;
 * so are the server's own pages (the web UI). There is no CORS: other sites' pages get nothing,
 * and may not show the server's pages in a frame. A request it lets through is served as a
 * {@linkplain JsonLdContexts#serving() serving thread}.
 *
 * <pre>{@code
 * builder.addFilter("/*", RequestGuard.forServer(null, null, false));   // loopback, admin off
 * }</pre>
 */
final class RequestGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int HTTP_PORT = 80;

    /** Host names (lower case) that name this server; IP addresses are checked against the connection's. */
    private final Set<String> names;
    private final boolean admin;

    private RequestGuard(Set<String> names, boolean admin) {
        this.names = Set.copyOf(names);
        this.admin = admin;
    }

    /**
     * The guard of a server listening on {@code address} (given as {@code host}), or on loopback
     * when both are {@code null}.
     *
     * @param admin whether Fuseki's admin operations (POST and DELETE under {@code /$/}) are on
     */
    static RequestGuard forServer(String host, InetAddress address, boolean admin) {
        Set<String> names = new HashSet<>();
        if (address == null || address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            names.add("localhost");
        }
        if (host != null && !host.contains(":")) {
            names.add(hostName(host));
        }
        if (address != null && address.isAnyLocalAddress()) {
            try {
                names.add(hostName(InetAddress.getLocalHost().getHostName()));
            } catch (UnknownHostException e) {
                LOG.debug("this machine's name is unknown: {}", e.getMessage());
            }
        }
        return new RequestGuard(names, admin);
    }

    private static String hostName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String refusal = request instanceof HttpServletRequest http ? refusal(http) : null;
        if (refusal == null) {
            if (response instanceof HttpServletResponse answer) {
                // No page of another site may show this server's pages in a frame (clickjacking).
                answer.setHeader("X-Frame-Options", "SAMEORIGIN");
                answer.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
            }
            JsonLdContexts.Serving serving = JsonLdContexts.serving();
            try {
                chain.doFilter(request, response);
            } finally {
                serving.close();
            }
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        LOG.warn("refused {} {} from {}: {}", http.getMethod(), http.getRequestURI(), http.getRemoteAddr(), refusal);
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
        answer.setContentType("text/plain;charset=utf-8");
        answer.getWriter().println(refusal);
    }

    /** Why the request is refused, or {@code null} to serve it. */
    String refusal(HttpServletRequest request) {
        int port = request.getLocalPort();
        InetAddress local = ipLiteral(request.getLocalAddr());
        String host = request.getHeader("Host");
        String serverName = request.getServerName();
        if (serverName.contains(":") && !serverName.startsWith("[")) {
            serverName = "[" + serverName + "]";
        }
        String authority = serverName + ":" + request.getServerPort();
        for (String named : host == null ? new String[] {authority} : new String[] {host, authority}) {
            if (!namesThisServer(Authority.parse(named), port, local)) {
                return "Host \"" + named + "\" does not name this server (as a DNS-rebinding page's request would); "
                        + "use the address or name it listens on, with port " + port;
            }
        }
        String method = request.getMethod();
        boolean safe = SAFE_METHODS.contains(method);
        String site = request.getHeader("Sec-Fetch-Site");
        boolean otherSite = "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site);
        if (otherSite && !"navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"))) {
            return "requests made by another site's page (a script, an image, a fetch) are refused";
        }
        if (safe && request.getParameter("callback") != null) {
            return "JSONP (?callback=) is not served: it would let any web page read the answers";
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            if (!isOwnPage(origin, port, local)) {
                return "requests from pages of " + origin + " are refused: this server answers its own pages "
                        + "and clients that are not browsers";
            }
        } else if (!safe) {
            if (otherSite) {
                return method + " from another site's page is refused";
            }
            String referer = request.getHeader("Referer");
            if (referer != null && !isOwnPage(referer, port, local)) {
                return method + " from the page " + referer + " is refused: this server answers its own pages "
                        + "and clients that are not browsers";
            }
        }
        if (!admin && !safe && isAdminPath(request)) {
            return method + " " + request.getRequestURI() + " refused: Fuseki's admin operations are off "
                    + "(`newsgraph serve --update --admin` turns them on, on loopback)";
        }
        return null;
    }

    /** Whether {@code url} (an Origin or a Referer) is a page of this server: http, one of its names, its port. */
    private boolean isOwnPage(String url, int port, InetAddress local) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        return namesThisServer(new Authority(unbracketed(uri.getHost()), uri.getPort() < 0 ? HTTP_PORT : uri.getPort()),
                port, local);
    }

    /**
     * Whether {@code authority} names this server, as reached on {@code port} at {@code local}:
     * one of its names, or the address the request came to (any loopback address when that is
     * one), with the port.
     */
    private boolean namesThisServer(Authority authority, int port, InetAddress local) {
        if (authority == null || authority.port() != port) {
            return false;
        }
        String host = hostName(authority.host());
        if (names.contains(host)) {
            return true;
        }
        InetAddress address = ipLiteral(host);
        return address != null && local != null
                && (address.equals(local) || address.isLoopbackAddress() && local.isLoopbackAddress());
    }

    /** Whether the request is for Fuseki's admin area, {@code /$/…} (in the decoded path). */
    private static boolean isAdminPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String raw = request.getRequestURI().toLowerCase(Locale.ROOT);
        return path.startsWith("/$/") || path.equals("/$") || raw.startsWith("/$") || raw.startsWith("/%24");
    }

    /**
     * The address {@code text} is as an IP literal (IPv4 dotted decimal, or IPv6 with or without
     * brackets), or {@code null}. Never a DNS lookup: {@code text} comes from the client.
     */
    static InetAddress ipLiteral(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String bare = unbracketed(text);
        try {
            if (bare.contains(":")) {
                // Bracketed, InetAddress takes it as an IPv6 literal or fails; it never looks it up.
                return InetAddress.getByName("[" + bare + "]");
            }
            String[] parts = bare.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                    return null;
                }
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** A {@code host[:port]} as a Host header gives it; the port is 80 when absent. */
    record Authority(String host, int port) {
        /** {@code value} parsed, or {@code null} when malformed. */
        static Authority parse(String value) {
            String text = value.strip();
            String host;
            String port;
            if (text.startsWith("[")) {
                int end = text.indexOf(']');
                if (end < 0) {
                    return null;
                }
                host = text.substring(1, end);
                String rest = text.substring(end + 1);
                if (!rest.isEmpty() && !rest.startsWith(":")) {
                    return null;
                }
                port = rest.isEmpty() ? null : rest.substring(1);
            } else {
                int colon = text.indexOf(':');
                if (colon != text.lastIndexOf(':')) {
                    return null;
                }
                host = colon < 0 ? text : text.substring(0, colon);
                port = colon < 0 ? null : text.substring(colon + 1);
            }
            if (host.isEmpty() || port != null && !port.matches("\\d{1,5}")) {
                return null;
            }
            return new Authority(host, port == null ? HTTP_PORT : Integer.parseInt(port));
        }
    }
}
