package org.newsgraph.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.newsgraph.ConfigurationException;

/**
 * The checks of the addresses a {@link NewsgraphServer.Builder} is given: the host to listen on
 * and the endpoints {@code SERVICE} may call, each refused with a message that says how to fix it.
 */
final class ServerAddresses {
    /** A host name as RFC 1123 allows: dot-separated labels of letters, digits and inner hyphens. */
    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    private ServerAddresses() {
    }

    /** Fails unless {@code endpoint} is an http(s) URL with a host. */
    static void checkEndpoint(String endpoint) {
        String problem = null;
        try {
            URI uri = new URI(endpoint);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                problem = "not an http(s) URL";
            }
        } catch (URISyntaxException e) {
            problem = "not a URL (" + e.getReason() + ")";
        }
        if (problem != null) {
            throw new ConfigurationException("--service-allow \"" + endpoint + "\": " + problem
                    + "; give a SPARQL endpoint's full URL, such as " + NewsgraphServer.WIKIDATA_ENDPOINT);
        }
    }

    /** The address to listen on, checked before any lookup so that a malformed name never reaches DNS. */
    static InetAddress resolve(String host) {
        String hint = "; give an IP address such as 127.0.0.1, or a name this machine resolves";
        if (!host.contains(":") && !HOST_NAME.matcher(host).matches()) {
            throw new ConfigurationException("--host \"" + host + "\": unknown host, not an IP address or host name" + hint);
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigurationException("--host \"" + host + "\": unknown host" + hint);
        }
    }
}
