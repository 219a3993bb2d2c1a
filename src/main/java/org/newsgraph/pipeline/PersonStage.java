package org.newsgraph.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newsgraph.discover.PersonFinder;
import org.newsgraph.model.Found;
import org.newsgraph.model.SentenceRole;

/**
 * The stage "persons": the people the gazetteer does not know, found by the shape of their names;
 * their mentions join the gazetteer's and they are the first entities found. The byline and credit lines
 * whose names it read join the roles of the sentences (over a role their shape gave).
 *
 * @param finder the person finder
 * @param kinds  the kinds of the gazetteer's entities
 */
public record PersonStage(PersonFinder finder, EntityKinds kinds) implements Stage {
    @Override
    public String name() {
        return "persons";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PERSONS, Layer.FOUND);
    }

    @Override
    public Set<Layer> refines() {
        return Set.of(Layer.MENTIONS, Layer.ROLES);
    }

    @Override
    public Annotation apply(Annotation a) {
        PersonFinder.Discovery discovery = finder.find(a.sentences(), a.mentions(), kinds.gazetteerKinds());
        Map<String, Found> found = new LinkedHashMap<>();
        discovery.found().forEach(f -> found.put(f.entity().id(), f));
        Map<Integer, SentenceRole> roles = new HashMap<>(a.roles());
        roles.putAll(discovery.lines());
        return a.withPersons(discovery).withMentions(discovery.mentions()).withFound(found).withRoles(roles);
    }
}
