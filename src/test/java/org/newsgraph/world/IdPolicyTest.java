package org.newsgraph.world;

import org.newsgraph.gazetteer.IdQuality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The policy for ids by source quality, as data/rules/id-sources.csv states it. */
class IdPolicyTest {
    private final IdPolicy policy = IdPolicy.load(Path.of("data/rules/id-sources.csv"));

    @Test
    void confirmedIdsAreLinkedConflictingOnesNever() {
        assertTrue(policy.links(IdQuality.CONFIRMED, "dr5hn:cities/AM.json@7fda0af ; naturalearth:174875"));
        assertFalse(policy.links(IdQuality.CONFLICT, "naturalearth:1"));
        assertFalse(policy.links(IdQuality.NONE, "naturalearth:1"));
    }

    @Test
    void singleSourceIdsOnlyFromTrustedSources() {
        assertTrue(policy.links(IdQuality.SINGLE, "naturalearth:616052"));
        assertTrue(policy.links(IdQuality.SINGLE, "every-politician-scrapers (Wikidata query output, CC0)"));
        assertTrue(policy.links(IdQuality.SINGLE, "partyfacts:1234@764de89"));
        assertFalse(policy.links(IdQuality.SINGLE, "dr5hn:cities/AM.json@7fda0af"),
                "the spot check found a third of dr5hn's single-source ids wrong");
    }
}
