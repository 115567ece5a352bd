package dev.rustok.runtime.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of an event record's stored shape, 1 when absent. Raise it when a component
 * is added, renamed or removed, and give the outbox an upcaster from the old shape, so
 * events already stored still deliver (docs/adr/0053).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {

	int value();

}
