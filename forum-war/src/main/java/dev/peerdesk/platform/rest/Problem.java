package dev.peerdesk.platform.rest;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each offending field. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
