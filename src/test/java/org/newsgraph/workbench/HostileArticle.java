package org.newsgraph.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.SampleDataset;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;

/**
 * A dataset built from one article whose text, title, publisher and author hold markup that would run
 * script if a page wrote it unescaped, for the injection tests.
 *
 * <pre>{@code
 * Path out = HostileArticle.build(tempDir);
 * }</pre>
 */
final class HostileArticle {
    static final String ID = "hostile";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String SVG = "'><svg onload=alert(1)>";

    private HostileArticle() {
    }

    /** Builds the dataset into {@code dir/out} and returns that folder. */
    static Path build(Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        String text = "Armenia accused Azerbaijan of shelling " + SCRIPT + " villages near the border on 13 September 2022, "
                + "the Armenian Defence Ministry said.\n"
                + "Azerbaijan accused Armenia of " + IMG + " provocations along the border, the Azerbaijani Foreign "
                + "Ministry said.\n"
                + "Prime Minister Nikol Pashinyan said " + SVG + " was not a solution, speaking in Yerevan.\n"
                + "Fighting between Armenia and Azerbaijan erupted near Jermuk " + SCRIPT + " on Tuesday.\n";
        String line = "{\"id\": \"" + ID + "\", \"title\": " + quote(SCRIPT + " Border " + IMG) + ", \"publisher\": "
                + quote("<b onmouseover=alert(1)>Wire</b>") + ", \"author\": " + quote("Jane " + IMG + " Doe")
                + ", \"date\": \"2022-09-13\", \"text\": " + quote(text) + "}\n";
        Files.writeString(articles.resolve("hostile.jsonl"), line, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        BuildSummary summary = DatasetBuild.builder().data(SampleDataset.DATA).articles(articles).out(out).build().run();
        if (summary.articles() != 1) {
            throw new IllegalStateException("the hostile article was not built: " + summary);
        }
        return out;
    }

    private static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
