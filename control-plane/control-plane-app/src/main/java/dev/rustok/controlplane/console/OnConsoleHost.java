package dev.rustok.controlplane.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The controller's mappings match only requests to the console's host; on that host they
 * win over mappings of the same path without a host (the portal's {@code /}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface OnConsoleHost {

}
