package org.newsgraph;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a server could not be reached, in a few words for a one-line message: the most telling
 * cause of a chain of exceptions from {@code java.net.http} or Jena's HTTP code, with the class
 * named so a search finds it. Never the request's URL, which may carry a long query.
 *
 * <pre>{@code
 * NetworkFailures.reason(e, "query.wikidata.org");
 * // "no network, or no such host query.wikidata.org (UnknownHostException)"
 * }</pre>
 */
public final class NetworkFailures {
    private static final int LONGEST = 160;

    private NetworkFailures() {
    }

    /** The cause of {@code e}, for a message about {@code host}. */
    public static String reason(Throwable e, String host) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "no network, or no such host " + host + " (" + t.getClass().getSimpleName() + ")";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connecting timed out (" + t.getClass().getSimpleName() + ")";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "timed out (" + t.getClass().getSimpleName() + ")";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host " + host + " (NoRouteToHostException)";
            }
            if (t instanceof SSLException) {
                return "the TLS handshake failed (" + t.getClass().getSimpleName() + ": " + shorten(t.getMessage()) + ")";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (ConnectException)";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + shorten(t.getMessage()));
            }
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage()));
    }

    /** The first line of {@code m}, at most a short line long, without any URL query. */
    static String shorten(String m) {
        String s = String.valueOf(m);
        int nl = s.indexOf('\n');
        s = (nl < 0 ? s : s.substring(0, nl)).strip();
        s = s.replaceAll("\\?\\S*", "?…");
        return s.length() <= LONGEST ? s : s.substring(0, LONGEST) + "…";
    }
}
