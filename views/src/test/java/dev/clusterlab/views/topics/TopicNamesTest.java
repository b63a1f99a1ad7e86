package dev.clusterlab.views.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicNamesTest {

    @Test
    void acceptsKafkasLegalCharacters() {
        assertThat(TopicNames.problem("orders")).isNull();
        assertThat(TopicNames.problem("Payments.v2_eu-1")).isNull();
        assertThat(TopicNames.problem("a".repeat(249))).isNull();
    }

    @Test
    void refusesEmptyDotsTooLongAndOtherCharactersWithTheReason() {
        assertThat(TopicNames.problem("")).isEqualTo("Topic name is illegal, it can't be empty");
        assertThat(TopicNames.problem(".")).isEqualTo("Topic name cannot be \".\" or \"..\"");
        assertThat(TopicNames.problem("..")).isEqualTo("Topic name cannot be \".\" or \"..\"");
        assertThat(TopicNames.problem("a".repeat(250)))
                .isEqualTo("Topic name is illegal, it can't be longer than 249 characters");
        assertThat(TopicNames.problem("my topic")).isEqualTo("Topic name \"my topic\" is illegal, it contains a "
                + "character other than ASCII alphanumerics, '.', '_' and '-'");
        assertThat(TopicNames.problem("bestellungen-ä")).contains("is illegal");
        assertThat(TopicNames.problem("a/b")).contains("is illegal");
    }
}
