package dev.shixian.schedule;

/**
 * The positions of obligations by id: an open-addressing table of strings to ints, so that a schedule of a million
 * obligations keeps no boxed integer or map entry per obligation. Not thread-safe while filled; read-only after.
 */
final class IdIndex {

    static final int ABSENT = -1;

    private String[] keys;
    private int[] values;
    private int size;

    IdIndex() {
        keys = new String[64];
        values = new int[64];
    }

    /** Adds an id at a position; returns false, changing nothing, if the id is already present. */
    boolean add(String id, int position) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(id.hashCode()) & mask;
        while (keys[i] != null) {
            if (keys[i].equals(id)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = id;
        values[i] = position;
        size++;
        return true;
    }

    /** The position of an id, or {@link #ABSENT}. */
    int get(String id) {
        int mask = keys.length - 1;
        int i = mix(id.hashCode()) & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (k.equals(id)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return ABSENT;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = mix(oldKeys[j].hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
