package org.newsgraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.Pipeline;

/**
 * The curation loop of the README: review a corpus, save the rows in gazetteer format in the
 * gazetteer folder, rebuild the pipeline; the reviewed person is then a gazetteer entity,
 * recognised by label and alias in a new article, and the next review no longer lists it.
 */
class CurationLoopTest {
    @TempDir
    Path tmp;

    @Test
    void reviewedNamesBecomeGazetteerEntities() throws IOException {
        Path data = ReviewFixture.copyData(tmp);
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Prime Minister Albin Kurti said the border would stay open.\n\n"
                + "Kurti spoke to reporters in Pristina on Monday.\n");
        Files.writeString(articles.resolve("a2.txt"), "Albin Kurti, the prime minister, met officials on Tuesday.\n\n"
                + "Mark Taylor said the talks would go on.\n");
        Path reviewed = data.resolve("gazetteer/reviewed.csv");

        CommandRun review = CommandRun.of("review", "--data", data.toString(), "--articles", articles.toString(),
                "--gazetteer-format", "--out", reviewed.toString());
        assertEquals(0, review.code(), review.err());

        Gazetteer gazetteer = GazetteerLoader.load(data.resolve("gazetteer"));
        Entity kurti = gazetteer.get("albin-kurti").orElseThrow();
        assertEquals(Kind.PERSON, kurti.kind());
        assertEquals("Albin Kurti", kurti.label());
        assertEquals(List.of("Kurti"), kurti.aliases());
        assertTrue(gazetteer.get("mark-taylor").isPresent());
        for (Entity e : gazetteer.entities()) {
            assertTrue(Entity.ID.matcher(e.id()).matches(), e::id);
        }

        Pipeline rebuilt = Pipeline.load(data);
        AnnotatedArticle later = rebuilt.annotate(ReviewFixture.article("a3",
                "On Friday Kurti met officials in Brussels.\n\nAlbin Kurti left on Saturday.\n"));
        List<Mention> mentions = later.mentions().stream().filter(m -> m.entityId().equals("albin-kurti")).toList();
        assertEquals(List.of("Kurti", "Albin Kurti"), mentions.stream().map(Mention::surface).toList());
        assertEquals(List.of(MatchType.ALIAS, MatchType.LABEL), mentions.stream().map(Mention::matchType).toList());
        assertTrue(later.persons().isEmpty(), () -> later.persons().toString());

        CommandRun again = CommandRun.of("review", "--data", data.toString(), "--articles", articles.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(String.join(",", ReviewWriter.columns(false)) + "\n", again.out());
        assertFalse(again.err().contains("albin-kurti"), again.err());
    }
}
