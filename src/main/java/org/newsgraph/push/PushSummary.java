package org.newsgraph.push;

import java.nio.file.Path;

/**
 * What a push did (or, for a dry run, would do).
 *
 * <pre>{@code
 * PushSummary s = pusher.push();
 * s.replaced();   // graphs sent because they are new or changed
 * }</pre>
 *
 * @param graphs    named graphs in the dataset
 * @param replaced  graphs sent with PUT (new or changed since the last push, or missing at the endpoint)
 * @param deleted   graphs deleted at the endpoint (pushed before, gone from the dataset)
 * @param unchanged graphs left alone (the endpoint holds them as they are)
 * @param missing   graphs recorded as pushed and unchanged that the endpoint no longer held, sent again
 *                  (counted in {@code replaced}); always 0 for a dry run, which does not ask the endpoint
 * @param record    the push record of the endpoint
 * @param dryRun    whether nothing was sent
 */
public record PushSummary(int graphs, int replaced, int deleted, int unchanged, int missing, Path record, boolean dryRun) {
}
