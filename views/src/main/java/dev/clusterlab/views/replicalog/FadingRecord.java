package dev.clusterlab.views.replicalog;

/**
 * A record a replica lost (truncation, power failure, wiped disk) or deleted (retention), still drawn struck out while
 * it fades away.
 *
 * @param progress 0 when it was just removed, towards 1 when it is about to disappear
 * @param deleted  true when retention deleted it (not a loss: the view says "deleted", not "lost")
 */
public record FadingRecord(int brokerId, RecordCell cell, double progress, boolean deleted) {
}
