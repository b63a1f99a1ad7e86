package dev.clusterlab.controller.raft;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a KRaft voter, with Kafka 4.x's names (QuorumState). {@link #Voted} is Kafka's
 * "Unattached with a voted key": it has granted its one vote of this epoch and waits for the result.
 * The table of allowed transitions follows the comment at the top of Kafka's QuorumState.
 */
public enum QuorumStateName {
    Unattached, Voted, Prospective, Candidate, Leader, Follower, Resigned;

    private static final Map<QuorumStateName, Set<QuorumStateName>> ALLOWED = Map.of(
            // higher epoch → Unattached; vote granted → Voted; election timeout → Prospective; leader found → Follower
            Unattached, EnumSet.of(Unattached, Voted, Prospective, Follower),
            Voted, EnumSet.of(Unattached, Prospective, Follower),
            // pre-votes won → Candidate; lost or timed out → Follower (leader known) or Unattached/Voted
            Prospective, EnumSet.of(Unattached, Voted, Candidate, Follower),
            // votes won → Leader; failed round (after backoff) → Prospective; higher epoch / leader found
            Candidate, EnumSet.of(Unattached, Prospective, Leader, Follower),
            // check-quorum (or shutdown) → Resigned; higher epoch seen → Unattached / Follower
            Leader, EnumSet.of(Unattached, Resigned, Follower),
            // fetch timeout → Prospective; higher epoch → Unattached / Follower
            Follower, EnumSet.of(Unattached, Prospective, Follower),
            // election timeout → Unattached(epoch + 1); higher epoch → Unattached / Follower
            Resigned, EnumSet.of(Unattached, Follower));

    public boolean canTransitionTo(QuorumStateName next) {
        return ALLOWED.get(this).contains(next);
    }
}
