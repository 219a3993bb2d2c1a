package org.newsgraph.pipeline;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ConfigurationException;
import org.newsgraph.article.Article;
import org.newsgraph.model.AnnotatedArticle;

/**
 * The stages of a pipeline in order, checked when built: every layer a stage requires or refines
 * is provided by an earlier stage, no two stages provide the same layer (a later one declares it
 * in {@link Stage#refines()} instead), and the stages together provide what an
 * {@link AnnotatedArticle} holds ({@link Layer#FINISHED}). An article goes through them
 * as an {@link Annotation} folded from one stage to the next.
 *
 * <pre>{@code
 * Stages stages = Stages.of(new NormalizeStage(normalizer), new SplitStage(splitter), ...);
 * AnnotatedArticle a = stages.annotate(article);
 * }</pre>
 *
 * @param list the stages, in the order they run
 */
public record Stages(List<Stage> list) {
    public Stages {
        list = List.copyOf(list);
        check(list);
    }

    /** The stages, checked. */
    public static Stages of(Stage... stages) {
        return new Stages(List.of(stages));
    }

    /** Runs every stage over one article. */
    public AnnotatedArticle annotate(Article article) {
        Annotation annotation = Annotation.of(article);
        for (Stage stage : list) {
            Annotation next = stage.apply(annotation);
            if (!next.layers().containsAll(stage.provides())) {
                throw new IllegalStateException("stage \"" + stage.name() + "\" declares " + stage.provides()
                        + " but gave only " + next.layers());
            }
            annotation = next;
        }
        return annotation.toArticle();
    }

    /** The stage of a type, the first if there are several. */
    public <S extends Stage> S find(Class<S> type) {
        return list.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " in " + names()));
    }

    /** The stages' names, in order. */
    public List<String> names() {
        return list.stream().map(Stage::name).toList();
    }

    private static void check(List<Stage> stages) {
        Map<Layer, String> providers = new EnumMap<>(Layer.class);
        for (int k = 0; k < stages.size(); k++) {
            Stage stage = stages.get(k);
            String where = "pipeline stage " + (k + 1) + " \"" + stage.name() + "\"";
            for (Layer needed : union(stage.requires(), stage.refines())) {
                if (!providers.containsKey(needed)) {
                    throw new ConfigurationException(where + " " + (stage.requires().contains(needed) ? "requires"
                            : "refines") + " the layer " + needed + ", which no earlier stage provides; put a stage "
                            + "that provides " + needed + " before it");
                }
            }
            for (Layer added : stage.provides()) {
                String earlier = providers.putIfAbsent(added, stage.name());
                if (earlier != null) {
                    throw new ConfigurationException(where + " provides the layer " + added + ", which stage \""
                            + earlier + "\" already provides; declare " + added + " in its refines() if it rewrites "
                            + "the layer, or remove one of the two stages");
                }
            }
        }
        Set<Layer> missing = EnumSet.copyOf(Layer.FINISHED);
        missing.removeAll(providers.keySet());
        if (!missing.isEmpty()) {
            throw new ConfigurationException("pipeline " + stages.stream().map(Stage::name).toList()
                    + " provides no " + missing + ", which an annotated article needs; add a stage that provides "
                    + (missing.size() == 1 ? "it" : "them"));
        }
    }

    private static Set<Layer> union(Set<Layer> a, Set<Layer> b) {
        Set<Layer> all = EnumSet.noneOf(Layer.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
