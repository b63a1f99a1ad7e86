package dev.clusterlab.controller;

/** Kafka's PartitionChangeBuilder.Election. */
public enum Election {
    /** Elect the preferred replica if it is in the ISR and acceptable. */
    PREFERRED,
    /** Keep the partition online from the ISR (or the ELR when the ISR is empty). */
    ONLINE,
    /** Like ONLINE, but take any acceptable replica rather than stay offline (data loss). */
    UNCLEAN
}
