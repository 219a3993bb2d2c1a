package org.newsgraph.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Silences a harmless error Jena logs under Spark: Spark's classpath brings another StAX parser
 * than the JDK's (Hadoop's shaded Woodstox), which refuses a property Jena sets on every XML
 * reader it makes, and Jena logs that as an error. newsgraph reads no RDF/XML. Spark logs through
 * log4j2; under another logging backend the lines stay.
 */
final class JenaNoise {
    private JenaNoise() {
    }

    /** Turns off the logger of Jena's XML input in this JVM. */
    static void silence() {
        try {
            Configurator.setLevel("org.apache.jena.util.JenaXMLInput", Level.OFF);
        } catch (LinkageError e) {
            // not log4j2: nothing to silence here
        }
    }
}
