package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a predicted relation matches a gold row, and when it must not. */
class RelationMatcherTest {
    private static final String A = "a1";
    private static final PredictedValue PASHINYAN = PredictedValue.entity("e:pashinyan", "Nikol Pashinyan",
            List.of("Nikol Pashinyan", "Pashinyan"));
    private static final PredictedValue ALIYEV = PredictedValue.entity("e:aliyev", "Ilham Aliyev",
            List.of("Aliyev"));
    private static final PredictedValue ARMENIA = PredictedValue.entity("e:armenia", "Armenia",
            List.of("Armenia", "Republic of Armenia", "Armenian", "Yerevan"));
    private static final PredictedValue AZERBAIJAN = PredictedValue.entity("e:azerbaijan", "Azerbaijan",
            List.of("Azerbaijani", "Baku"));
    private static final PredictedValue CSTO = PredictedValue.entity("e:csto",
            "Collective Security Treaty Organization", List.of("CSTO"));

    private static PredictedRelation position(PredictedValue person, String title, PredictedValue of) {
        return new PredictedRelation(A, Predicate.HOLDS_POSITION, person, of, title, null, false);
    }

    @Test
    void holdsPositionMatchesWithSynonymsAndOtherNames() {
        GoldRelation g = GoldRelation.of(A, "Pashinyan", Predicate.HOLDS_POSITION, "Prime Minister @ Republic of Armenia");
        assertTrue(RelationMatcher.matches(g, position(PASHINYAN, "prime minister", ARMENIA)));
        GoldRelation spokes = GoldRelation.of(A, "Nikol Pashinyan", Predicate.HOLDS_POSITION, "Spokesman @ Armenia");
        assertTrue(RelationMatcher.matches(spokes, position(PASHINYAN, "Spokesperson", ARMENIA)));
    }

    @Test
    void holdsPositionDoesNotMatchAnotherPersonTitleOrHolder() {
        GoldRelation g = GoldRelation.of(A, "Nikol Pashinyan", Predicate.HOLDS_POSITION, "Prime Minister @ Armenia");
        assertFalse(RelationMatcher.matches(g, position(ALIYEV, "Prime Minister", ARMENIA)), "different person");
        assertFalse(RelationMatcher.matches(g, position(PASHINYAN, "President", ARMENIA)), "different title");
        assertFalse(RelationMatcher.matches(g, position(PASHINYAN, "Prime Minister", AZERBAIJAN)), "other country");
        assertFalse(RelationMatcher.matches(g, position(PASHINYAN, "Prime Minister", null)),
                "gold names the country, the prediction has none");
        GoldRelation other = GoldRelation.of("a2", "Nikol Pashinyan", Predicate.HOLDS_POSITION,
                "Prime Minister @ Armenia");
        assertFalse(RelationMatcher.matches(other, position(PASHINYAN, "Prime Minister", ARMENIA)), "other article");
    }

    @Test
    void holdsPositionHolderWildcards() {
        GoldRelation any = GoldRelation.of(A, "Nikol Pashinyan", Predicate.HOLDS_POSITION, "Prime Minister @ ?");
        assertTrue(RelationMatcher.matches(any, position(PASHINYAN, "Prime Minister", AZERBAIJAN)));
        assertTrue(RelationMatcher.matches(any, position(PASHINYAN, "Prime Minister", null)));
        GoldRelation notStated = GoldRelation.of(A, "Nikol Pashinyan", Predicate.HOLDS_POSITION,
                "Prime Minister @ [not stated in text]");
        assertTrue(RelationMatcher.matches(notStated, position(PASHINYAN, "Prime Minister", null)));
        assertFalse(RelationMatcher.matches(notStated, position(PASHINYAN, "Prime Minister", ARMENIA)));
    }

    @Test
    void negationMustAgree() {
        GoldRelation negated = GoldRelation.of(A, "Armenia", Predicate.MEMBER_OF, "CSTO [negated]");
        GoldRelation positive = GoldRelation.of(A, "Armenia", Predicate.MEMBER_OF, "CSTO");
        PredictedRelation member = PredictedRelation.of(A, Predicate.MEMBER_OF, ARMENIA, CSTO);
        PredictedRelation notMember = new PredictedRelation(A, Predicate.MEMBER_OF, ARMENIA, CSTO, "", null, true);
        assertTrue(RelationMatcher.matches(positive, member));
        assertTrue(RelationMatcher.matches(negated, notMember));
        assertFalse(RelationMatcher.matches(negated, member));
        assertFalse(RelationMatcher.matches(positive, notMember));
    }

    @Test
    void perQualifierChecksTheClaimantOnlyWhenThereIsOne() {
        GoldRelation g = GoldRelation.of(A, "Azerbaijan", Predicate.ATTACKED, "Armenia [per Armenia]");
        PredictedRelation byArmenia = new PredictedRelation(A, Predicate.ATTACKED, AZERBAIJAN, ARMENIA, "", ARMENIA,
                false);
        PredictedRelation byAzerbaijan = new PredictedRelation(A, Predicate.ATTACKED, AZERBAIJAN, ARMENIA, "",
                AZERBAIJAN, false);
        PredictedRelation unclaimed = PredictedRelation.of(A, Predicate.ATTACKED, AZERBAIJAN, ARMENIA);
        assertTrue(RelationMatcher.matches(g, byArmenia));
        assertTrue(RelationMatcher.matches(g, unclaimed));
        assertFalse(RelationMatcher.matches(g, byAzerbaijan));
        assertFalse(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.ATTACKED, ARMENIA, AZERBAIJAN)),
                "attacker and target are not interchangeable");
    }

    @Test
    void killedCountComparesVictimsNumbersAndReporter() {
        GoldRelation g = GoldRelation.of(A, "Armenia", Predicate.KILLED_COUNT, "at least 49 [per Armenia]");
        assertTrue(RelationMatcher.matches(g, new PredictedRelation(A, Predicate.KILLED_COUNT, ARMENIA,
                PredictedValue.text("at least 49"), "", ARMENIA, false)));
        assertFalse(RelationMatcher.matches(g, new PredictedRelation(A, Predicate.KILLED_COUNT, ARMENIA,
                PredictedValue.text("at least 50"), "", ARMENIA, false)));
        assertFalse(RelationMatcher.matches(g, new PredictedRelation(A, Predicate.KILLED_COUNT, ARMENIA,
                PredictedValue.text("at least 49"), "", AZERBAIJAN, false)));
    }

    @Test
    void textObjectsUseSimilarity() {
        GoldRelation g = GoldRelation.of(A, "Nikol Pashinyan", Predicate.QUOTED, "We will not leave this unanswered");
        assertTrue(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.QUOTED, PASHINYAN,
                PredictedValue.text("\"We will not leave this unanswered,\" Pashinyan told parliament."))));
        assertFalse(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.QUOTED, PASHINYAN,
                PredictedValue.text("The talks in Brussels will continue next month."))), "below the threshold");
        assertFalse(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.QUOTED, ALIYEV,
                PredictedValue.text("We will not leave this unanswered"))), "different speaker");
        assertFalse(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.STATED_THAT, PASHINYAN,
                PredictedValue.text("We will not leave this unanswered"))), "different predicate");
    }

    @Test
    void meetingsMatchInEitherOrder() {
        GoldRelation g = GoldRelation.of(A, "Ilham Aliyev", Predicate.MEETING_BETWEEN, "Nikol Pashinyan");
        assertTrue(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.MEETING_BETWEEN, PASHINYAN, ALIYEV)));
        assertTrue(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.MEETING_BETWEEN, ALIYEV, PASHINYAN)));
        assertFalse(RelationMatcher.matches(g, PredictedRelation.of(A, Predicate.MEETING_BETWEEN, ALIYEV, ARMENIA)));
    }

    @Test
    void occurredOnMatchesTheDatedEventWithTheSameDate() {
        PredictedRelation meeting = PredictedRelation.of(A, Predicate.MEETING_BETWEEN, ALIYEV, PASHINYAN);
        GoldRelation g = GoldRelation.of(A, "Nikol Pashinyan meetingBetween Ilham Aliyev", Predicate.OCCURRED_ON,
                "2022-10-06");
        assertTrue(RelationMatcher.matches(g, PredictedRelation.dated(meeting, "2022-10-06")));
        assertFalse(RelationMatcher.matches(g, PredictedRelation.dated(meeting, "2022-10-05")), "another day");
        assertFalse(RelationMatcher.matches(g, PredictedRelation.dated(meeting, "2022-10")), "only the month");
        PredictedRelation other = PredictedRelation.of(A, Predicate.MEETING_BETWEEN, ALIYEV, ARMENIA);
        assertFalse(RelationMatcher.matches(g, PredictedRelation.dated(other, "2022-10-06")), "another meeting");
        PredictedRelation attack = new PredictedRelation(A, Predicate.ATTACKED, AZERBAIJAN, ARMENIA, "", ARMENIA,
                false);
        GoldRelation attacked = GoldRelation.of(A, "Azerbaijan attacked Armenia [per Armenia]",
                Predicate.OCCURRED_ON, "2022-09");
        assertTrue(RelationMatcher.matches(attacked, PredictedRelation.dated(attack, "2022-09")));
        assertFalse(RelationMatcher.matches(attacked, PredictedRelation.dated(meeting, "2022-09")),
                "a meeting does not date an attack");
    }
}
