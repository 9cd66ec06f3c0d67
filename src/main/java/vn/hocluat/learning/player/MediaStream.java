package vn.hocluat.learning.player;

import vn.hocluat.learning.MediaStore;

import java.io.InputStream;

/**
 * The bytes [first, first + length) of a stored file, fetched from the database a chunk at a
 * time as the response is written, so a 200 MB video is never held in memory whole.
 */
final class MediaStream extends InputStream {
    static final int CHUNK = 256 * 1024;

    private final MediaStore store;
    private final long mediaId;
    private long next;
    private final long end;
    private byte[] chunk = new byte[0];
    private int pos;

    MediaStream(MediaStore store, long mediaId, long first, long length) {
        this.store = store;
        this.mediaId = mediaId;
        this.next = first;
        this.end = first + length;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return chunk[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.length - pos;
    }

    private boolean fill() {
        if (pos < chunk.length) {
            return true;
        }
        if (next >= end) {
            return false;
        }
        int want = (int) Math.min(CHUNK, end - next);
        chunk = store.read(mediaId, next, want);
        pos = 0;
        if (chunk.length == 0) {
            next = end;
            return false;
        }
        next += chunk.length;
        return true;
    }
}
