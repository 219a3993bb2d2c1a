package org.newsgraph.server;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.IterLib;

/**
 * ARQ's property function {@code apf:strSplit} ({@code ?part apf:strSplit ("text" "regex")}),
 * splitting over a {@link CancellableText}, so that a long match gives up when the query is
 * cancelled. The parts are trimmed, as ARQ's are.
 */
final class CancellableStrSplit extends strSplit {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) {
            return IterLib.noResults(execCxt);
        }
        String text = object.getArg(0).getLiteralLexicalForm();
        Pattern regex = Pattern.compile(object.getArg(1).getLiteralLexicalForm());
        List<String> parts = Arrays.stream(regex.split(CancellableText.of(text, execCxt.getCancelSignal())))
                .map(String::trim).toList();
        if (Var.isVar(subject)) {
            Var part = Var.alloc(subject);
            return QueryIterPlainWrapper.create(parts.stream()
                    .map(p -> BindingFactory.binding(binding, part, NodeFactory.createLiteralString(p))).iterator(), execCxt);
        }
        if (Util.isSimpleString(subject) && parts.contains(subject.getLiteralLexicalForm())) {
            return IterLib.result(binding, execCxt);
        }
        return IterLib.noResults(execCxt);
    }
}
