package dev.rustok.runtime.inventory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link ReservationSweep}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InventoryConfiguration {

}
