package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.StoreException;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;

/**
 * Writes a benchmark corpus: articles of news-agency length and structure (dateline, lead, a body
 * of short paragraphs with claims, denials, quotations, casualty counts, meetings, memberships and
 * ceasefires) built from the sentence patterns of {@code patterns.txt} and the whole gazetteer:
 * every article has its own cast of three countries, their cities, organisations and three people,
 * most of them names the gazetteer does not know. Deterministic: the same seed and index always
 * give the same article, whatever the corpus size, so any corpus is a prefix of a larger one.
 *
 * <pre>{@code
 * CorpusGenerator generator = CorpusGenerator.of(gazetteer, 42);
 * generator.write(Path.of("bench-work/articles"), 10_000);
 * }</pre>
 */
public final class CorpusGenerator {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)(?:-([a-z]+))?}");
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private final Map<String, List<String>> sections;
    private final List<Entity> countries;
    private final List<Entity> organisations;
    private final Map<String, List<Entity>> placesByCountry;
    private final Map<String, List<Entity>> peopleByCountry;
    private final long seed;

    private CorpusGenerator(Map<String, List<String>> sections, Gazetteer gazetteer, long seed) {
        this.sections = sections;
        this.seed = seed;
        this.countries = gazetteer.entities().stream().filter(e -> e.kind() == Kind.COUNTRY).toList();
        this.organisations = gazetteer.entities().stream().filter(e -> e.kind() == Kind.ORGANIZATION).toList();
        this.placesByCountry = new HashMap<>();
        this.peopleByCountry = new HashMap<>();
        for (Entity e : gazetteer.entities()) {
            if (e.country() == null) {
                continue;
            }
            if (e.kind() == Kind.SETTLEMENT || e.kind() == Kind.REGION) {
                placesByCountry.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e);
            } else if (e.kind() == Kind.PERSON) {
                peopleByCountry.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e);
            }
        }
        if (countries.size() < 3 || organisations.size() < 2) {
            throw new IllegalArgumentException("the gazetteer needs at least three countries and two organisations");
        }
    }

    /** The generator of the patterns shipped with newsgraph over {@code gazetteer}. */
    public static CorpusGenerator of(Gazetteer gazetteer, long seed) {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("patterns.txt")) {
            Objects.requireNonNull(in, "patterns.txt is missing from the jar");
            return new CorpusGenerator(sections(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))),
                    gazetteer, seed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the benchmark patterns", e);
        }
    }

    private static Map<String, List<String>> sections(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return sections;
    }

    /** One generated article. */
    public record GeneratedArticle(String id, String title, String publisher, LocalDate published, String text) {
    }

    /** Article number {@code index} of the corpus. */
    public GeneratedArticle article(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Cast cast = cast(random);
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1800));
        String publisher = pick(random, section("publishers"));
        Map<String, String> fixed = Map.of("MONTH", date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                "DATE", Integer.toString(date.getDayOfMonth()), "PUBLISHER", publisher);
        StringBuilder text = new StringBuilder();
        text.append(fill(pick(random, section("lead")), cast, fixed, random)).append('\n');
        List<String> body = new ArrayList<>(section("body"));
        int sentences = Math.min(body.size(), 20 + random.nextInt(12));
        for (int i = 0; i < sentences; i++) {
            // each pattern at most once an article, in a random order
            Collections.swap(body, i, i + random.nextInt(body.size() - i));
            text.append(fill(body.get(i), cast, fixed, random));
            text.append(random.nextInt(3) == 0 ? ' ' : '\n');
        }
        String title = cast.countries.get(0).label() + " and " + cast.countries.get(1).label() + " trade blame after "
                + (random.nextBoolean() ? "border clashes" : "deadly fighting");
        return new GeneratedArticle(String.format(Locale.ROOT, "bench-%07d", index), title, publisher, date,
                text.toString().strip() + "\n");
    }

    /**
     * Writes articles {@code 0 … count-1} into {@code dir} as {@code .txt} files with the manifest
     * {@code articles.csv}; returns the bytes of text written.
     */
    public long write(Path dir, int count) {
        long bytes = 0;
        try {
            Files.createDirectories(dir);
            try (Writer manifest = Files.newBufferedWriter(dir.resolve("articles.csv"), StandardCharsets.UTF_8);
                    CSVPrinter rows = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                            .setHeader("id", "file", "title", "publisher", "published").get().print(manifest)) {
                for (int i = 0; i < count; i++) {
                    GeneratedArticle a = article(i);
                    String file = a.id() + ".txt";
                    byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
                    Files.write(dir.resolve(file), text);
                    bytes += text.length;
                    rows.printRecord(a.id(), file, a.title(), a.publisher(), a.published());
                }
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write the benchmark corpus (" + e.getMessage() + ")", e);
        }
        return bytes;
    }

    private List<String> section(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("patterns.txt has no [" + name + "] section");
        }
        return lines;
    }

    /** The people, countries and organisations one article is about. */
    private static final class Cast {
        final List<Entity> countries = new ArrayList<>();
        final List<String> people = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<String> surnames = new ArrayList<>();
        final boolean[] introduced = new boolean[3];
        final List<Entity> organisations = new ArrayList<>();
    }

    private Cast cast(SplittableRandom random) {
        Cast cast = new Cast();
        while (cast.countries.size() < 3) {
            Entity c = pick(random, countries);
            if (!cast.countries.contains(c)) {
                cast.countries.add(c);
            }
        }
        while (cast.organisations.size() < 2) {
            Entity o = pick(random, organisations);
            if (!cast.organisations.contains(o)) {
                cast.organisations.add(o);
            }
        }
        for (int i = 0; i < 3; i++) {
            List<Entity> known = peopleByCountry.getOrDefault(cast.countries.get(i).id(), List.of());
            String name;
            if (!known.isEmpty() && random.nextInt(3) == 0) {
                name = pick(random, known).label();
            } else {
                name = pick(random, section("first-names")) + " " + pick(random, section("last-names"));
            }
            cast.people.add(name);
            cast.surnames.add(name.substring(name.lastIndexOf(' ') + 1));
            cast.titles.add(pick(random, section("titles")));
        }
        return cast;
    }

    private String fill(String pattern, Cast cast, Map<String, String> fixed, SplittableRandom random) {
        Matcher m = SLOT.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(slot(m.group(1), m.group(2), cast, fixed, random)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String slot(String name, String part, Cast cast, Map<String, String> fixed, SplittableRandom random) {
        if (fixed.containsKey(name)) {
            return fixed.get(name);
        }
        switch (name) {
            case "A", "B", "C" -> {
                Entity c = cast.countries.get(name.charAt(0) - 'A');
                if (part == null) {
                    return c.label();
                }
                return switch (part) {
                    case "adj" -> c.demonyms().isEmpty() ? c.label() : c.demonyms().get(0);
                    case "cap" -> place(c, random);
                    default -> throw new IllegalStateException("unknown slot part " + part);
                };
            }
            case "P1", "P2", "P3" -> {
                int i = name.charAt(1) - '1';
                if ("title".equals(part)) {
                    return cast.titles.get(i);
                }
                if ("last".equals(part) && cast.introduced[i]) {
                    return cast.surnames.get(i);
                }
                boolean first = !cast.introduced[i];
                cast.introduced[i] = true;
                return "last".equals(part) && first ? cast.titles.get(i) + " " + cast.people.get(i) : cast.people.get(i);
            }
            case "ORG" -> {
                return cast.organisations.get(0).label();
            }
            case "ORG2" -> {
                return cast.organisations.get(1).label();
            }
            case "PLACE" -> {
                return place(cast.countries.get(0), random);
            }
            case "N" -> {
                return Integer.toString(2 + random.nextInt(60));
            }
            case "M" -> {
                return Integer.toString(10 + random.nextInt(300));
            }
            case "DAY" -> {
                return WEEKDAYS[random.nextInt(WEEKDAYS.length)];
            }
            case "YEAR" -> {
                return Integer.toString(1990 + random.nextInt(30));
            }
            case "QUOTE" -> {
                return pick(random, section("quotes"));
            }
            case "SAY" -> {
                return random.nextBoolean() ? "said" : "told reporters";
            }
            default -> throw new IllegalStateException("unknown slot {" + name + "} in patterns.txt");
        }
    }

    private String place(Entity country, SplittableRandom random) {
        List<Entity> places = placesByCountry.getOrDefault(country.id(), List.of());
        return places.isEmpty() ? country.label() : pick(random, places).label();
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
