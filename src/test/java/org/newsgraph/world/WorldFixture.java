package org.newsgraph.world;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.gazetteer.Coordinates;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;

/**
 * A small made-up world for the disambiguation tests: namesake places, people and parties. The Q-ids are
 * invented (Q9000001 …) and stand for nothing in Wikidata.
 */
final class WorldFixture {
    static final Lexicon LEXICON = Lexicon.load(Path.of("data/rules"));
    static final TitlePositions TITLES = TitlePositions.load(Path.of("data/rules/title-positions.csv"));

    private final List<WorldEntry> entries = new ArrayList<>();
    private final List<Office> offices = new ArrayList<>();
    private int next = 9_000_001;

    WorldFixture place(String id, Kind kind, String label, String country, String level, long population,
            IdQuality quality, String... aliases) {
        String qid = quality == IdQuality.NONE ? null : "Q" + next++;
        boolean link = qid != null && quality.linkable();
        entries.add(new WorldEntry(new Entity(id, kind, label, List.of(aliases), List.of(), List.of(), country,
                link ? qid : null, link ? "naturalearth:" + id : null, new Coordinates(1, 1)), qid, quality, level,
                population, List.of(country)));
        return this;
    }

    WorldFixture person(String id, String label, String country, String... aliases) {
        String qid = "Q" + next++;
        entries.add(new WorldEntry(new Entity(id, Kind.PERSON, label, List.of(aliases), List.of(), List.of(), country, qid,
                "every-politician-scrapers", null), qid, IdQuality.SINGLE, "", 0, List.of(country)));
        return this;
    }

    WorldFixture party(String id, String label, String country, String... aliases) {
        String qid = "Q" + next++;
        entries.add(new WorldEntry(new Entity(id, Kind.ORGANIZATION, label, List.of(aliases), List.of(), List.of(), country,
                qid, "partyfacts:1", null), qid, IdQuality.SINGLE, "", 0, List.of(country)));
        return this;
    }

    WorldFixture office(String person, String position, String country, String start, String end) {
        offices.add(new Office(person, position, "", country, start, end, "test"));
        return this;
    }

    WorldData build() {
        return new WorldData(entries, offices);
    }

    /** The standard made-up world of the tests. */
    static WorldData standard() {
        return new WorldFixture()
                .place("victoria-sc", Kind.SETTLEMENT, "Victoria", "seychelles", "capital", 26_000, IdQuality.CONFIRMED)
                .place("victoria-ca", Kind.SETTLEMENT, "Victoria", "canada", "admin1-capital", 90_000, IdQuality.CONFIRMED)
                .place("victoria-au", Kind.REGION, "Victoria", "australia", "admin1", 0, IdQuality.CONFIRMED)
                .place("santa-ana-sv", Kind.SETTLEMENT, "Santa Ana", "el-salvador", "town", 250_000, IdQuality.CONFIRMED)
                .place("santa-ana-sv-2", Kind.SETTLEMENT, "Santa Ana", "el-salvador", "town", 20_000, IdQuality.CONFIRMED)
                .place("santa-ana-cr", Kind.SETTLEMENT, "Santa Ana", "costa-rica", "town", 30_000, IdQuality.CONFIRMED)
                .place("san-jose-cr", Kind.SETTLEMENT, "San José", "costa-rica", "town", 12_000, IdQuality.CONFIRMED)
                .place("san-jose-ph", Kind.SETTLEMENT, "San José", "philippines", "town", 15_000, IdQuality.CONFIRMED)
                .place("ohrid-mk", Kind.SETTLEMENT, "Ohrid", "north-macedonia", "town", 38_000, IdQuality.CONFIRMED)
                .place("ohrid-region-mk", Kind.REGION, "Ohrid", "north-macedonia", "admin1", 0, IdQuality.CONFIRMED)
                .place("police-pl", Kind.SETTLEMENT, "Police", "poland", "town", 33_000, IdQuality.CONFIRMED)
                .place("split-hr", Kind.SETTLEMENT, "Split", "croatia", "admin1-capital", 178_000, IdQuality.CONFIRMED)
                .place("tarnopol-ua", Kind.SETTLEMENT, "Ternopil", "ukraine", "town", 20_000, IdQuality.SINGLE)
                .place("kryvo-ua", Kind.SETTLEMENT, "Kryvyi Rih", "ukraine", "town", 600_000, IdQuality.CONFLICT)
                .place("sumy-ua", Kind.SETTLEMENT, "Sumy", "ukraine", "admin1-capital", 265_000, IdQuality.CONFIRMED)
                .place("sumy-oblast-ua", Kind.REGION, "Sumy Oblast", "ukraine", "admin1", 0, IdQuality.CONFIRMED,
                        "Sumy oblast", "Sumy region", "Sumy Region")
                .person("ali-hassan-iq", "Ali Hassan", "iraq")
                .person("ali-hassan-jo", "Ali Hassan", "jordan")
                .person("maria-lopez", "Maria Lopez", "peru")
                .person("maria-lopez-2", "Maria Lopez", "peru")
                .person("ivan-petrov", "Ivan Petrov", "bulgaria")
                .person("dimitar-kovach", "Dimitar Kovach", "north-macedonia")
                .person("daniel-ortiz", "Daniel Ortiz", "nicaragua")
                .person("tomas-of-ruritania", "Tomas of Ruritania", "ruritania")
                .office("tomas-of-ruritania", "King of Ruritania", "ruritania", "2001", "2008")
                .office("ali-hassan-iq", "Minister of Foreign Affairs of Iraq", "iraq", "2019-05-01", "2022-10-27")
                .office("ali-hassan-jo", "Minister of Finance of Jordan", "jordan", "2015", "")
                .office("maria-lopez", "Prime Minister of Peru", "peru", "2010", "2011")
                .office("maria-lopez-2", "Deputy Minister of Foreign Affairs", "peru", "2012", "2014")
                .office("dimitar-kovach", "Prime Minister of North Macedonia", "north-macedonia", "2022-01-17", "")
                .office("daniel-ortiz", "President of Nicaragua", "nicaragua", "2007-01-10", "")
                .party("pp-es", "People's Party", "spain", "PP")
                .party("pp-ph", "People's Power", "philippines", "PP")
                .party("green-alliance-xk", "Green Alliance of Kosovo", "kosovo")
                .build();
    }
}
