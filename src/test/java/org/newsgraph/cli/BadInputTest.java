package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.DataRules;

/**
 * Every kind of bad input through {@code newsgraph build} and {@code query}: the exit code, and
 * one line naming the file (and line, where there is one) and saying how to fix it, without a
 * stack trace. Each test builds a small data folder: the project's rules, a tiny gazetteer and
 * one article.
 *
 * <pre>{@code
 * writePeople("x,Person,X,,,,,Q-12,somewhere");
 * CommandRun r = build();
 * failed(r, "people.csv line 3: expected a Wikidata id like Q123");
 * }</pre>
 */
class BadInputTest {
    private static final String HEADER = "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n";
    private static final String COUNTRIES = HEADER
            + "armenia,Country,Armenia,Republic of Armenia,Armenian | Armenians,Yerevan,,Q399,test source\n"
            + "azerbaijan,Country,Azerbaijan,,Azerbaijani | Azeris,Baku,,Q227,test source\n";
    private static final String PASHINYAN = "nikol-pashinyan,Person,Nikol Pashinyan,Pashinyan,,,armenia,,\n";
    private static final String ARTICLE = "YEREVAN, Sept 13 - Armenian Prime Minister Nikol Pashinyan said on "
            + "Tuesday that Azerbaijan had attacked Armenia.\n";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path tmp;

    private Path data;
    private Path gazetteer;
    private Path rules;
    private Path articles;
    private Path out;


    @BeforeEach
    void writeData() throws IOException {
        data = tmp.resolve("data");
        gazetteer = Files.createDirectories(data.resolve("gazetteer"));
        rules = Files.createDirectories(data.resolve("rules"));
        DataRules.copyTo(rules);
        Files.writeString(gazetteer.resolve("countries.csv"), COUNTRIES);
        Files.writeString(gazetteer.resolve("people.csv"), HEADER + PASHINYAN);
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), ARTICLE);
        out = tmp.resolve("out");
    }


    private CommandRun build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--articles",
                articles.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** Asserts exit 1 and one line, without a stack trace, holding every part. */
    private static void failed(CommandRun r, String... parts) {
        r.assertFailedInOneLine(parts);
        assertFalse(r.err().contains("unexpected error"), r.err());
        assertFalse(r.err().contains("Exception:"), "no exception class in the message:\n" + r.err());
    }

    /** Asserts exit 2 (wrong usage), without a stack trace, the error holding every part. */
    private static void usage(CommandRun r, String... parts) {
        assertEquals(2, r.code(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v:\n" + r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "expected \"" + part + "\" in:\n" + r.err());
        }
    }

    private void writePeople(String... rows) throws IOException {
        Files.writeString(gazetteer.resolve("people.csv"), HEADER + PASHINYAN + String.join("\n", rows) + "\n");
    }

    // Gazetteer

    @Test
    void gazetteerRowWithAMissingColumn() throws IOException {
        writePeople("levon-ter-petrosyan,Person,Levon Ter-Petrosyan,,,armenia,,");
        failed(build(), "people.csv line 3", "expected 9 columns", "found 8",
                "give every row one cell per column");
    }

    @Test
    void gazetteerRowWithAnExtraColumn() throws IOException {
        writePeople("levon-ter-petrosyan,Person,Levon Ter-Petrosyan,Ter-Petrosyan,,,armenia,,,extra");
        failed(build(), "people.csv line 3", "expected 9 columns", "found 10", "quote cells that contain commas");
    }

    @Test
    void gazetteerHeaderLackingAColumn() throws IOException {
        Files.writeString(gazetteer.resolve("people.csv"), "id,kind,label,aliases,demonyms,metonyms,country,wikidata\n"
                + "nikol-pashinyan,Person,Nikol Pashinyan,Pashinyan,,,armenia,\n");
        failed(build(), "people.csv line 1", "the header lacks column \"source\"", "expected " + HEADER.strip());
    }

    @Test
    void gazetteerUnknownColumn() throws IOException {
        Files.writeString(gazetteer.resolve("people.csv"), HEADER.strip() + ",born\n"
                + "nikol-pashinyan,Person,Nikol Pashinyan,Pashinyan,,,armenia,,,1975\n");
        failed(build(), "people.csv line 1", "unknown column \"born\"", "the columns are " + HEADER.strip());
    }

    @Test
    void gazetteerDuplicateIdInOneFile() throws IOException {
        writePeople("nikol-pashinyan,Person,Nikol Vovayi Pashinyan,,,,armenia,,");
        failed(build(), "people.csv line 3", "the id \"nikol-pashinyan\" is already used at",
                "people.csv line 2", "ids must be unique");
    }

    @Test
    void gazetteerDuplicateIdAcrossTwoFiles() throws IOException {
        writePeople("armenia,Person,Armen Armenyan,,,,armenia,,");
        failed(build(), "people.csv line 3", "the id \"armenia\" is already used at", "countries.csv line 2",
                "ids must be unique across the gazetteer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q-12", "q12", "12"})
    void gazetteerMalformedWikidataId(String qid) throws IOException {
        writePeople("ararat-mirzoyan,Person,Ararat Mirzoyan,Mirzoyan,,,armenia," + qid + ",a public source");
        failed(build(), "people.csv line 3", "expected a Wikidata id like Q123, found \"" + qid + "\"");
    }

    @Test
    void gazetteerWikidataIdWithoutASource() throws IOException {
        writePeople("ararat-mirzoyan,Person,Ararat Mirzoyan,Mirzoyan,,,armenia,Q4785830,");
        failed(build(), "people.csv line 3", "the Wikidata id Q4785830 has no source",
                "name the public source that confirms it in column source");
    }

    @Test
    void gazetteerUnknownKind() throws IOException {
        writePeople("ararat-mirzoyan,Human,Ararat Mirzoyan,Mirzoyan,,,armenia,,");
        failed(build(), "people.csv line 3", "unknown kind \"Human\"",
                "use one of Country, Person, Organization, Settlement, Region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ararat mirzoyan", "Ararat-Mirzoyan"})
    void gazetteerIdWithSpacesOrCapitals(String id) throws IOException {
        writePeople(id + ",Person,Ararat Mirzoyan,Mirzoyan,,,armenia,,");
        failed(build(), "people.csv line 3", "the id \"" + id + "\"",
                "must be lowercase letters, digits and single hyphens");
    }

    @Test
    void gazetteerCountryThatIsNotACountry() throws IOException {
        writePeople("ararat-mirzoyan,Person,Ararat Mirzoyan,Mirzoyan,,,nikol-pashinyan,,");
        failed(build(), "people.csv line 3", "the country \"nikol-pashinyan\" is not the id of a Country",
                "add that country or fix the id");
    }

    @Test
    void gazetteerAliasCollidingWithAnotherLabel() throws IOException {
        writePeople("ararat-mirzoyan,Person,Ararat Mirzoyan,Armenia,,,armenia,,");
        failed(build(), "people.csv line 3", "the name \"Armenia\" is also a name of \"armenia\"",
                "countries.csv line 2", "remove it from one of them");
    }

    @Test
    void gazetteerEmptyFile() throws IOException {
        Files.writeString(gazetteer.resolve("people.csv"), "");
        failed(build(), "people.csv: the file is empty", "it needs at least the header row " + HEADER.strip());
    }

    @Test
    void gazetteerInWindows1252() throws IOException {
        Files.write(gazetteer.resolve("people.csv"), (HEADER + PASHINYAN
                + "ilham-aliyev,Person,Ilham Aliy\u00e9v,Aliyev,,,azerbaijan,,\n").getBytes(WINDOWS_1252));
        failed(build(), "people.csv line 3", "not valid UTF-8 (byte 0xE9", "convert the file to UTF-8");
    }

    @Test
    void gazetteerMalformedQuote() throws IOException {
        writePeople("ararat-mirzoyan,Person,\"Ararat\" Mirzoyan,Mirzoyan,,,armenia,,");
        failed(build(), "people.csv line 3", "malformed CSV (text follows the closing quote of a cell)",
                "check the quotes on this line", "a quote inside it is written twice");
    }

    @Test
    void gazetteerUnclosedQuote() throws IOException {
        writePeople("ararat-mirzoyan,Person,\"Ararat Mirzoyan,Mirzoyan,,,armenia,,");
        failed(build(), "people.csv line 3", "malformed CSV (a quoted cell that starts here is never closed)",
                "check the quotes on this line");
    }

    // Rule files

    @Test
    void badRegularExpressionInNormalization() throws IOException {
        Files.writeString(rules.resolve("normalization.csv"),
                "name,pattern,replacement,description\nbroken,(unclosed,,a pattern that does not compile\n");
        failed(build(), "normalization.csv line 2", "the pattern is not a valid Java regular expression",
                "Unclosed group");
    }

    @Test
    void unknownSpeechVerbType() throws IOException {
        Files.writeString(rules.resolve("speech-verbs.csv"), "verb,type\nsaid,say\nshouted,shout\n");
        failed(build(), "speech-verbs.csv line 3", "unknown type \"shout\"", "use one of say, accuse, deny, urge");
    }

    @Test
    void missingRuleFile() throws IOException {
        Files.delete(rules.resolve("titles.csv"));
        failed(build(), "titles.csv: file not found", "index.csv line", "add the file or remove its row");
    }

    // Articles

    @Test
    void manifestRowNamingAMissingFile() throws IOException {
        Files.writeString(articles.resolve("articles.csv"), "id,file,title,publisher,url,published,author\n"
                + "a1,a1.txt,,,,2022-09-13,\n" + "a2,a2.txt,,,,2022-09-14,\n");
        failed(build(), "articles.csv line 3", "the file \"a2.txt\" is not in the articles folder",
                "add it or remove this row");
    }

    @Test
    void manifestWithABadDate() throws IOException {
        Files.writeString(articles.resolve("articles.csv"), "id,file,title,publisher,url,published,author\n"
                + "a1,a1.txt,,,,13/09/2022,\n");
        failed(build(), "articles.csv line 2", "the published date \"13/09/2022\"", "not a date like 2022-09-13");
    }

    @Test
    void manifestWithADuplicateId() throws IOException {
        Files.writeString(articles.resolve("a2.txt"), ARTICLE);
        Files.writeString(articles.resolve("articles.csv"), "id,file,title,publisher,url,published,author\n"
                + "a1,a1.txt,,,,,\n" + "a1,a2.txt,,,,,\n");
        failed(build(), "articles.csv line 3", "the id \"a1\" is used by an earlier row", "ids must be unique");
    }

    @Test
    void emptyArticle() throws IOException {
        Files.writeString(articles.resolve("a2.txt"), " \n");
        failed(build(), "a2.txt: the article is empty", "remove the file or give it its text");
    }

    @Test
    void binaryArticle() throws IOException {
        Files.write(articles.resolve("a2.txt"), new byte[] {'A', 'r', 'm', 'e', 'n', 'i', 'a', '\n', 'x', 0, 'y'});
        failed(build(), "a2.txt line 2", "binary file (it holds a NUL byte)", "convert it to UTF-8 text");
    }

    @Test
    void articleInWindows1252() throws IOException {
        Files.write(articles.resolve("a2.txt"), "Armenia\nThe caf\u00e9 in Yerevan was shelled.\n"
                .getBytes(WINDOWS_1252));
        failed(build(), "a2.txt line 2", "not valid UTF-8 (byte 0xE9", "convert the file to UTF-8");
    }

    @Test
    void articlesFolderWithoutArticles() throws IOException {
        Files.delete(articles.resolve("a1.txt"));
        Files.writeString(articles.resolve("notes.md"), "not an article\n");
        failed(build(), articles.getFileName() + ": the folder holds no .txt article",
                "put the articles there as UTF-8 .txt files");
    }

    @Test
    void articleFileNameWithSpacesAndAccentsBuilds() throws IOException {
        Files.move(articles.resolve("a1.txt"), articles.resolve("talks café 2.txt"));
        CommandRun r = build();
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Path nquads = out.resolve("dataset.nq");
        String text = Files.readString(nquads, StandardCharsets.UTF_8);
        assertTrue(text.contains("<https://w3id.org/newsgraph/id/article/talks%20caf%C3%A9%202>"), text);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(nquads.toString());
        List<String> bad = new ArrayList<>();
        int iris = 0;
        for (var it = dsg.find(); it.hasNext();) {
            Quad q = it.next();
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                    iris++;
                    if (!valid(n.getURI())) {
                        bad.add(n.getURI());
                    }
                }
            }
        }
        assertTrue(iris > 0, "the dataset holds IRIs");
        assertTrue(bad.isEmpty(), "invalid IRIs: " + bad);
    }

    private static boolean valid(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            return parsed.isReference() && !parsed.hasViolations();
        } catch (RuntimeException e) {
            return false;
        }
    }

    // Command line

    @Test
    void unknownFlag() {
        usage(build("--frobnicate"), "Unknown option: '--frobnicate'");
    }

    @Test
    void unknownSubcommand() {
        usage(CommandRun.of("frobnicate"), "Unmatched argument", "'frobnicate'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an iri", "http://x.org/with space/"})
    void unusableBase(String base) {
        failed(build("--base", base), "base IRI \"" + base + "\" is not usable (",
                "give --base an absolute IRI ending in /");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void portThatIsNotANumber() {
        usage(CommandRun.of("serve", "--db", out.toString(), "--port", "abc"), "--port", "'abc'");
    }

    // Output

    @Test
    void outInsideARegularFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "a file, not a folder\n");
        out = file.resolve("sub");
        failed(build(), Path.of("file", "sub").toString(), "choose a writable --out");
        assertEquals("a file, not a folder\n", Files.readString(file));
    }

    @Test
    void outThatIsAnotherFolderWithFiles() throws IOException {
        Files.createDirectories(out.resolve("notes"));
        Files.writeString(out.resolve("thesis.txt"), "keep me\n");
        Files.writeString(out.resolve("notes/n1.txt"), "me too\n");
        failed(build(), out.getFileName() + " exists and is not a newsgraph dataset", "choose another --out folder");
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(out, out.resolve("notes"), out.resolve("notes/n1.txt"), out.resolve("thesis.txt")),
                    files.sorted().toList());
        }
        assertEquals("keep me\n", Files.readString(out.resolve("thesis.txt")));
        assertEquals("me too\n", Files.readString(out.resolve("notes/n1.txt")));
    }

    // Queries

    @Test
    void missingQueryFile() {
        assertEquals(0, build().code());
        failed(CommandRun.of("query", "--db", out.toString(), tmp.resolve("nope.rq").toString()),
                "nope.rq: file not found", "check the path");
    }

    @Test
    void invalidSparql() throws IOException {
        assertEquals(0, build().code());
        Path query = Files.writeString(tmp.resolve("broken.rq"), "SELECT ?x WHERE {\n  ?x ?y }\n");
        failed(CommandRun.of("query", "--db", out.toString(), query.toString()),
                "broken.rq: not a valid SPARQL query line 2, column", "fix the query text");
    }
}
