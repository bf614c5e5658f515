package fi.register.query.feed;

import fi.register.query.compliance.StoredEventPages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedSettings.class)
class FeedConfiguration {

    @Bean
    FeedReader feedReader(StoredEventPages store, FeedSettings settings, Clock clock) {
        return new FeedReader(store, settings, clock);
    }

    @Bean
    FeedKey feedKey(FeedSettings settings) {
        return new FeedKey(settings);
    }

    @Bean
    FeedTails feedTails(FeedReader reader, FeedSettings settings, Clock clock) {
        return new FeedTails(reader, settings, clock);
    }
}
