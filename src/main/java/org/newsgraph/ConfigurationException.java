package org.newsgraph;

/**
 * A setting that cannot work: an unusable base IRI, a port out of range, an output folder that
 * cannot be written.
 *
 * <pre>{@code
 * throw new ConfigurationException("--base \"x y\": not an absolute IRI; use e.g. https://example.org/news/");
 * }</pre>
 */
public class ConfigurationException extends NewsgraphException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
