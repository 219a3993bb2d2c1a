package org.newsgraph.workbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven through its DevTools protocol over the JDK's WebSocket, with Jena's JSON:
 * one page, its network requests, console messages, exceptions and dialogs recorded as events.
 *
 * <pre>{@code
 * try (Chromium browser = Chromium.start(Chromium.find().orElseThrow(), tmp)) {
 *     browser.navigate("http://localhost:3030/workbench/");
 *     String h1 = browser.evaluate("document.querySelector('h1').textContent");
 * }
 * }</pre>
 */
final class Chromium implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    /** Every event received, in order. */
    final List<JsonObject> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The Chromium on the PATH ({@code chromium}, {@code chromium-browser}, {@code google-chrome}), if any. */
    static java.util.Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Starts {@code executable} headless at 1280×800 with a fresh profile under {@code work}, on a blank page. */
    static Chromium start(Path executable, Path work) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless=new", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check", "--disable-gpu",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--window-size=1280,800",
                "--force-device-scale-factor=1"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox (containers, CI)
        }
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium exited: " + String.join("\n", output)));
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        URI browser = URI.create(endpoint.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String page = JSON.parseAny(list).getAsArray().stream().map(JsonValue::getAsObject)
                .filter(t -> "page".equals(t.getString("type"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no page in " + list)).getString("webSocketDebuggerUrl");
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String message = text.toString();
                    text.setLength(0);
                    while (self[0] == null) {
                        Thread.onSpinWait();
                    }
                    self[0].receive(JSON.parse(message));
                }
                ws.request(1);
                return null;
            }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        self[0] = new Chromium(process, profile, socket);
        return self[0];
    }

    private void receive(JsonObject message) {
        if (message.hasKey("id")) {
            CompletableFuture<JsonObject> future = pending.remove(message.getNumber("id").longValue());
            if (future != null) {
                future.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /** Sends a command and returns its result; fails on a protocol error. */
    JsonObject send(String method, JsonObject params) throws Exception {
        long id = ids.incrementAndGet();
        JsonObject command = new JsonObject();
        command.put("id", id);
        command.put("method", method);
        command.put("params", params);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.toStringFlat(command), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonObject reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.hasKey("error")) {
            throw new IllegalStateException(method + ": " + JSON.toStringFlat(reply.get("error")));
        }
        return reply.getObj("result");
    }

    JsonObject send(String method) throws Exception {
        return send(method, new JsonObject());
    }

    /** Opens {@code url} and waits for its load event. */
    void navigate(String url) throws Exception {
        int before = events.size();
        JsonObject params = new JsonObject();
        params.put("url", url);
        JsonObject result = send("Page.navigate", params);
        if (result.hasKey("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + result.getString("errorText"));
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        // a snapshot: a sub-list of the live list fails when an event arrives while it is read
        while (List.copyOf(events).stream().skip(before).noneMatch(e -> "Page.loadEventFired".equals(e.getString("method")))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no load event for " + url);
            }
            Thread.sleep(20);
        }
    }

    /** The value of a JavaScript expression in the page (as JSON text for objects); fails on an exception. */
    String evaluate(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        JsonObject result = send("Runtime.evaluate", params);
        if (result.hasKey("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + JSON.toStringFlat(result.get("exceptionDetails")));
        }
        JsonValue value = result.getObj("result").get("value");
        if (value == null) {
            return null;
        }
        return value.isString() ? value.getAsString().value() : JSON.toStringFlat(value);
    }

    /** Writes a PNG of the viewport to {@code file}. */
    void screenshot(Path file) throws Exception {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        String data = send("Page.captureScreenshot", params).getString("data");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    /** The events of {@code method} received so far. */
    List<JsonObject> events(String method) {
        return events.stream().filter(e -> method.equals(e.getString("method"))).toList();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is killed below either way
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a profile left in the test's temporary folder is removed with it
        }
    }
}
