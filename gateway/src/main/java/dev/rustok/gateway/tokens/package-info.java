/**
 * Tokens checked at the edge (docs/adr/0046): a call to a shop with a bearer token must
 * carry one signed and issued by that shop's own realm; the admin API must carry one.
 * Anything else is a 401 problem before the runtime does any work. Uses {@code routing}
 * (the resolved shop) and {@code problems}.
 */
package dev.rustok.gateway.tokens;
