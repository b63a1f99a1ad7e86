package dev.clusterlab.controller.raft;

import java.util.List;

/** Position of a voter id in the voter list, without boxing (ids are 1001.., beyond the Integer cache). */
final class VoterIds {
    private VoterIds() {
    }

    static int[] toArray(List<Integer> ids) {
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    /** The index of id in ids, or -1. */
    static int indexOf(int[] ids, int id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
