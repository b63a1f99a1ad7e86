package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;

/** A client asks a broker for the leaders of some topics. */
public record MetadataRequest(int correlationId, List<String> topics) implements Message {
}
