package org.newsgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class as slow: it starts other JVMs or servers, kills processes or waits on
 * timeouts. {@code mvn test} (surefire, the fast loop) leaves these classes out; {@code mvn verify}
 * runs them with failsafe after the fast tests. The JUnit tag is {@value #TAG}.
 *
 * <pre>{@code
 * @Slow
 * class BuildKillTest { ... }
 * }</pre>
 *
 * Run one slow class alone with {@code mvn test-compile failsafe:integration-test failsafe:verify -Dit.test=BuildKillTest}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
    /** The JUnit tag, as the pom's surefire {@code excludedGroups} and failsafe {@code groups} name it. */
    String TAG = "slow";
}
