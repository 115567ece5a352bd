/**
 * Server-rendered storefront pages (Thymeleaf, which escapes every text it prints). Reads
 * the catalogue through its facade only.
 */
package dev.rustok.runtime.storefront;
