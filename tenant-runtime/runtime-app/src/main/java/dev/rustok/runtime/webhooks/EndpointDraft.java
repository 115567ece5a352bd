package dev.rustok.runtime.webhooks;

import java.util.Set;

/**
 * What a merchant sets on an endpoint, checked by {@code Webhooks} before it is stored.
 */
record EndpointDraft(String url, String description, Set<String> eventTypes) {

}
