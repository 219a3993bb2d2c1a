package org.newsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request over a plain socket, for the headers {@code java.net.http} will not send
 * (a forged {@code Host}), as a DNS-rebinding page's browser would send them.
 *
 * <pre>{@code
 * RawHttp.Response r = RawHttp.get("127.0.0.1", port, "/newsgraph/sparql?query=ASK%7B%7D", "evil.example:" + port);
 * assertEquals(403, r.status());
 * }</pre>
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** A status code and the whole response (head and body) as text. */
    record Response(int status, String text) {
    }

    /** {@code GET path} to {@code address:port}, with {@code host} as the Host header. */
    static Response get(String address, int port, String path, String host) throws IOException {
        return send(address, port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    /** {@code POST path} of a form body to {@code address:port}, with {@code host} as the Host header. */
    static Response postForm(String address, int port, String path, String host, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(address, port, "POST " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static Response send(String address, int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            // "HTTP/1.1 403 Forbidden"
            String[] statusLine = text.lines().findFirst().orElse("").split(" ");
            if (statusLine.length < 2) {
                throw new IOException("no HTTP status line in: " + text);
            }
            return new Response(Integer.parseInt(statusLine[1]), text);
        }
    }
}
