package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.layout.Layout;

/**
 * The stage "layout": the roles of the sentences that stand alone on their line (headline, bullets,
 * section headers), told by the shape of the lines alone. The stage "persons" adds the byline and credit
 * lines to the roles, whose names only it can read; the fact extractor adds the dateline.
 */
public record LayoutStage() implements Stage {
    @Override
    public String name() {
        return "layout";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ROLES);
    }

    @Override
    public Annotation apply(Annotation a) {
        return a.withRoles(Layout.roles(a.normalized().text(), a.sentences()));
    }
}
