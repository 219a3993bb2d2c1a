package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.InputException;

/** Results come out in the order of the items, whatever the threads; a failure reaches the caller. */
class OrderedParallelTest {
    @Test
    void resultsKeepTheOrderOfTheItems() {
        List<Integer> results = new ArrayList<>();
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(4, i -> {
            // later items finish first
            sleep((1000 - i) % 7);
            return i * 2;
        }, results::add)) {
            IntStream.range(0, 1000).forEach(p::submit);
            p.finish();
        }
        assertEquals(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList(), results);
    }

    @Test
    void aFailureOnAWorkerReachesTheCaller() {
        List<Integer> results = new ArrayList<>();
        InputException e = assertThrows(InputException.class, () -> {
            try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, i -> {
                if (i == 50) {
                    throw new InputException(java.nio.file.Path.of("article-50.txt"), "broken");
                }
                return i;
            }, results::add)) {
                IntStream.range(0, 200).forEach(p::submit);
                p.finish();
            }
        });
        assertEquals(true, e.getMessage().contains("article-50.txt"), e.getMessage());
        assertEquals(IntStream.range(0, 50).boxed().toList(), results, "results before the failure were passed on");
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
