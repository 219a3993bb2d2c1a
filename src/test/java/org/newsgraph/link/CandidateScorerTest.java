package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Kind;

/** The scoring formula of {@link CandidateScorer}, case by case, including where it must not accept. */
class CandidateScorerTest {
    private static final UnlinkedEntity SMITH_US = new UnlinkedEntity("john-smith", Kind.PERSON, "John Smith", "Q30");

    private static Candidate human(String qid, boolean byLabel, String... countries) {
        return new Candidate(qid, "John Smith", byLabel, Set.of("Q5"), Set.of(countries), false);
    }

    @Test
    void uniqueExactMatchInTheRightCountryScoresOne() {
        List<CandidateScorer.Scored> s = new CandidateScorer(0.8).score(SMITH_US, List.of(human("Q1", true, "Q30")));
        assertEquals(1.0, s.get(0).score(), 1e-9);
        assertTrue(s.get(0).accepted());
    }

    @Test
    void candidateWithoutCountryIsDiscounted() {
        List<CandidateScorer.Scored> s = new CandidateScorer(0.8).score(SMITH_US, List.of(human("Q1", true)));
        assertEquals(0.75, s.get(0).score(), 1e-9);
        assertFalse(s.get(0).accepted(), "0.75 is below 0.8");
        assertTrue(new CandidateScorer(0.7).score(SMITH_US, List.of(human("Q1", true))).get(0).accepted());
    }

    @Test
    void aliasMatchScoresPointEight() {
        List<CandidateScorer.Scored> s = new CandidateScorer(0.8).score(SMITH_US, List.of(human("Q1", false, "Q30")));
        assertEquals(0.8, s.get(0).score(), 1e-9);
        assertTrue(s.get(0).accepted(), "at the threshold is accepted");
    }

    @Test
    void equallyGoodCandidatesShareTheScoreAndNoneIsAccepted() {
        List<CandidateScorer.Scored> s = new CandidateScorer(0.3).score(SMITH_US,
                List.of(human("Q2", true, "Q30"), human("Q1", true, "Q30"), human("Q3", true, "Q145")));
        assertEquals(List.of("Q1", "Q2", "Q3"), s.stream().map(c -> c.candidate().qid()).toList());
        assertEquals(0.5, s.get(0).score(), 1e-9);
        assertEquals(0.5, s.get(1).score(), 1e-9);
        assertEquals(0.25, s.get(2).score(), 1e-9);
        assertTrue(s.stream().noneMatch(CandidateScorer.Scored::accepted), "a tie is never accepted");
    }

    @Test
    void wrongKindScoresZeroAndDoesNotCountAsARival() {
        Candidate city = new Candidate("Q10", "Springfield", true, Set.of("Q1549591"), Set.of("Q30"), true);
        Candidate person = new Candidate("Q11", "Springfield", true, Set.of("Q5"), Set.of("Q30"), false);
        UnlinkedEntity springfield = new UnlinkedEntity("springfield", Kind.SETTLEMENT, "Springfield", "Q30");
        List<CandidateScorer.Scored> s = new CandidateScorer(0.8).score(springfield, List.of(person, city));
        assertEquals("Q10", s.get(0).candidate().qid());
        assertEquals(1.0, s.get(0).score(), 1e-9);
        assertTrue(s.get(0).accepted());
        assertEquals(0.0, s.get(1).score(), 1e-9);
        assertFalse(s.get(1).accepted());
    }

    @Test
    void kindsAreCheckedByInstanceOf() {
        Candidate state = new Candidate("Q1", "X", true, Set.of("Q3624078"), Set.of(), false);
        Candidate human = new Candidate("Q2", "X", true, Set.of("Q5"), Set.of(), false);
        Candidate party = new Candidate("Q3", "X", true, Set.of("Q7278"), Set.of(), false);
        assertTrue(CandidateScorer.fits(Kind.COUNTRY, state));
        assertFalse(CandidateScorer.fits(Kind.COUNTRY, party));
        assertTrue(CandidateScorer.fits(Kind.PERSON, human));
        assertFalse(CandidateScorer.fits(Kind.PERSON, state));
        assertTrue(CandidateScorer.fits(Kind.ORGANIZATION, party));
        assertFalse(CandidateScorer.fits(Kind.ORGANIZATION, human));
        assertFalse(CandidateScorer.fits(Kind.REGION, human));
        assertFalse(CandidateScorer.fits(Kind.SETTLEMENT, party));
    }

    @Test
    void noCandidatesNoLink() {
        assertTrue(new CandidateScorer(0.8).score(SMITH_US, List.of()).isEmpty());
    }

    @Test
    void thresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CandidateScorer(0));
        assertThrows(IllegalArgumentException.class, () -> new CandidateScorer(1.01));
        assertThrows(IllegalArgumentException.class, () -> new CandidateScorer(Double.NaN));
    }
}
