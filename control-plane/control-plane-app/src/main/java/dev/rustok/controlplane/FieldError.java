package dev.rustok.controlplane;

/** One bad input field and, in words for the person who typed it, why it is bad. */
public record FieldError(String field, String reason) {

}
