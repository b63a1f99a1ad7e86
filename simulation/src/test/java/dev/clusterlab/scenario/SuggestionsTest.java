package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestNameOnlyWhenClose() {
        List<String> known = List.of("brokers", "controllers", "config", "network", "start");
        assertThat(Suggestions.didYouMean("brokrs", known)).isEqualTo(" (did you mean 'brokers'?)");
        assertThat(Suggestions.didYouMean("contorllers", known)).isEqualTo(" (did you mean 'controllers'?)");
        assertThat(Suggestions.didYouMean("Network", known)).isEqualTo(" (did you mean 'network'?)");
        assertThat(Suggestions.didYouMean("colour", known)).isEmpty();
        assertThat(Suggestions.didYouMean("x", known)).isEmpty();
    }

    @Test
    void swappedNeighboursAreOneEdit() {
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
