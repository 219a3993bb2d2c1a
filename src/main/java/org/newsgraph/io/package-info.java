/**
 * Foundations for reading files: {@link org.newsgraph.io.TextFiles} reads a text file as UTF-8 (a byte-order mark
 * dropped, a malformed byte named with its offset). Every other package may use it; it uses none of them.
 */
package org.newsgraph.io;
