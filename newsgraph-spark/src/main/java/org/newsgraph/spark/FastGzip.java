package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip stream at the fastest compression level. N-Quads are repetitive (the same IRIs line after
 * line): the fastest level still shrinks them about sevenfold, at a fraction of the default level's
 * time, which on the converting thread would otherwise cost a good share of the conversion itself.
 */
final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
        super(out, 1 << 16);
        def.setLevel(Deflater.BEST_SPEED);
    }
}
