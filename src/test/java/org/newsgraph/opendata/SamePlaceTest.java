package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamePlaceTest {
    private static SamePlace.Spot spot(String name, double lat, double lon) {
        return new SamePlace.Spot(List.of(name), lat, lon);
    }

    @Test
    void theSameNameNearbyIsOnePlace() {
        assertTrue(SamePlace.same(spot("Changsha", 28.2, 112.97), spot("Changsha Shi", 28.4, 113.4)));
    }

    @Test
    void aSpellingVariantCloseByIsOnePlace() {
        assertTrue(SamePlace.same(spot("Kunduz", 36.73, 68.87), spot("Kondoz", 36.72, 68.86)));
    }

    @Test
    void aNeighbouringNameFromDr5hnsShiftedIdsIsAnotherPlace() {
        assertFalse(SamePlace.same(spot("Aknashen", 40.09551, 44.28604), spot("Akner", 39.53491, 46.30732)));
        assertFalse(SamePlace.same(spot("Falmouth", 18.49, -77.65), spot("Flagstaff", 18.45, -77.6)));
    }

    @Test
    void theSameNameFarAwayIsAnotherPlace() {
        assertFalse(SamePlace.same(spot("Florida", 18.36, -66.56), spot("Florida", 27.8, -81.7)));
    }

    @Test
    void aShortWordInsideAnotherNameIsNoMatch() {
        assertFalse(SamePlace.same(spot("San", 13.0, -3.0), spot("San Pablo", 13.1, -3.1)));
    }
}
