package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.Recognizer;
import org.newsgraph.text.Sentence;

/**
 * The stage "recognise": the gazetteer's entities each sentence names, in text order.
 *
 * @param recognizer the recogniser of the gazetteer's names
 */
public record RecognizeStage(Recognizer recognizer) implements Stage {
    @Override
    public String name() {
        return "recognise";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Annotation apply(Annotation a) {
        List<Mention> known = new ArrayList<>();
        for (Sentence sentence : a.sentences()) {
            known.addAll(recognizer.recognize(sentence));
        }
        return a.withMentions(known);
    }
}
