package org.newsgraph.recognize;

import java.util.List;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 3: finds the entities a sentence names.
 *
 * <p>Needs: a sentence of the normalised text. Adds: its mentions, left to right, never
 * overlapping.
 *
 * <pre>{@code
 * List<Mention> mentions = recognizer.recognize(sentence);
 * }</pre>
 */
@FunctionalInterface
public interface Recognizer {
    /** The mentions in {@code sentence}; offsets are in the article's normalised text. */
    List<Mention> recognize(Sentence sentence);
}
