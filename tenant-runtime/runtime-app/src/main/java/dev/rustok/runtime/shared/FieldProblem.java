package dev.rustok.runtime.shared;

/**
 * What is wrong with one field of a request, as shown in the {@code errors} of a problem
 * response.
 *
 * @param field the field's path, e.g. {@code price.currency}
 * @param reason what a caller must change, in plain words
 */
public record FieldProblem(String field, String reason) {

}
