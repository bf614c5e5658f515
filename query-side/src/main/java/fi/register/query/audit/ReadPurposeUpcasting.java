package fi.register.query.audit;

import fi.register.events.upcasting.ReadPurposeUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads recorded before reads had a purpose are read with one: Axon puts every EventUpcaster bean into the chain the
 * event store is read through, so the trail's index and the access copy see revision 2 reads only.
 */
@Configuration(proxyBeanMethods = false)
class ReadPurposeUpcasting {

    @Bean
    ReadPurposeUpcaster readPurposeUpcaster() {
        return new ReadPurposeUpcaster();
    }
}
