package dev.peerdesk.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Optional;
import dev.peerdesk.platform.errors.Refusal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem document. Container-wrapped exceptions (a transactional bean
 * wraps a rollback cause several levels deep) are unwrapped by walking the cause chain.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        ProblemException problem = translate(thrown);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem());
        if (problem.retryAfterSeconds() != null) {
            response.header("Retry-After", problem.retryAfterSeconds());
        }
        return response.build();
    }

    /** The refusal a failure stands for (walking wrapped causes); unexpected failures are logged and become a 500. */
    public static ProblemException translate(Throwable thrown) {
        Optional<Refusal> refusal = Refusal.behind(thrown);
        if (refusal.isPresent()) {
            return problemOf(refusal.get());
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            // however deep a parser wrapped it (e.g. the body size limit, thrown while reading)
            if (t instanceof ProblemException p) {
                return p;
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.JsonException || t instanceof JsonbException) {
                return unreadableBody(t);
            }
            ProblemException parameter = badParameter(t);
            if (parameter != null) {
                return parameter;
            }
            if (t instanceof NotFoundException) {
                return ProblemException.notFound("This resource");
            }
            if (t instanceof NotAllowedException) {
                return new ProblemException(405, "Method not allowed", "This method is not allowed here", List.of(), null);
            }
            if (t instanceof NotSupportedException) {
                return new ProblemException(415, "Unsupported media type", "Send the body as application/json", List.of(), null);
            }
            if (t instanceof ProcessingException) {
                return unreadableBody(t);
            }
            if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
                int status = w.getResponse().getStatus();
                return new ProblemException(status, w.getResponse().getStatusInfo().getReasonPhrase(),
                        w.getMessage(), List.of(), null);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return new ProblemException(500, "Internal error",
                "Something went wrong on our side; try again, and tell us if it keeps happening", List.of(), null);
    }

    /** The one place where a domain refusal becomes an HTTP status. */
    public static ProblemException problemOf(Refusal refusal) {
        String detail = refusal.getMessage();
        // Java 17: no pattern switch yet; the sealed hierarchy keeps this list complete
        if (refusal instanceof Refusal.Invalid invalid) {
            return ProblemException.invalid(invalid.errors().stream()
                    .map(e -> new Problem.FieldError(e.field(), e.message())).toList());
        }
        if (refusal instanceof Refusal.TooMany tooMany) {
            return ProblemException.tooManyRequests(detail, tooMany.retryAfterSeconds());
        }
        int status = refusal instanceof Refusal.Malformed ? 400
                : refusal instanceof Refusal.SignInRequired ? 401
                : refusal instanceof Refusal.NotAllowed ? 403
                : refusal instanceof Refusal.NotFound ? 404
                : 409; // Refusal.Conflict
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            default -> "Conflict";
        };
        return new ProblemException(status, title, detail, List.of(), null);
    }

    /** Yasson names the property it failed on ("Unable to deserialize property 'tags' because of: …"). */
    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");
    /** …and what it expected ("Allowed: [START_ARRAY]"). */
    private static final Pattern ALLOWED = Pattern.compile("Allowed: \\[([A-Z_, ]+)]");

    /**
     * A body that is not JSON, or JSON of the wrong shape: 400 naming the field when the parser says
     * which one. The parser's own text is not passed on: it speaks of Java types, not of the API.
     */
    static ProblemException unreadableBody(Throwable thrown) {
        String field = null;
        String expected = null;
        String message = "has the wrong type";
        JsonBinding.BadValue badValue = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.stream.JsonParsingException) {
                return ProblemException.badRequest("The request body is not valid JSON");
            }
            if (t instanceof JsonBinding.BadValue bad && badValue == null) {
                badValue = bad;
            }
            String text = t.getMessage() == null ? "" : t.getMessage();
            if (field == null) { // the outermost message names the whole path: 'inner' … 'n'
                Matcher property = PROPERTY.matcher(text);
                while (property.find()) {
                    field = field == null ? property.group(1) : field + "." + property.group(1);
                }
            }
            Matcher allowed = ALLOWED.matcher(text);
            if (expected == null && allowed.find()) {
                expected = allowed.group(1);
                message = "has the wrong type: expected " + jsonType(expected);
            }
            if (t instanceof java.time.format.DateTimeParseException) {
                message = "is not a date and time like 2026-12-31T00:00:00Z";
            } else if (t instanceof NumberFormatException) {
                message = "must be a number";
            }
        }
        if (badValue != null) {
            return badValue(field == null ? "body" : field, badValue);
        }
        if (field == null) {
            return ProblemException.badRequest(expected == null
                    ? "The request body does not have the fields and types this resource expects"
                    : "The request body has the wrong type: expected " + jsonType(expected));
        }
        return new ProblemException(400, "Bad request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    /**
     * An enum-typed field with a value that is none of its constants: 422 (well-formed, but not an
     * allowed value, as API.md says) listing the allowed values; a value that is not a string at all
     * has the wrong type: 400.
     */
    private static ProblemException badValue(String field, JsonBinding.BadValue bad) {
        if (bad.wrongType()) {
            return new ProblemException(400, "Bad request", field + ": " + bad.getMessage(),
                    List.of(new Problem.FieldError(field, bad.getMessage())), null);
        }
        return ProblemException.invalid(field, bad.getMessage());
    }

    private static String jsonType(String events) {
        if (events.contains("START_ARRAY")) {
            return "an array";
        }
        if (events.contains("START_OBJECT")) {
            return "an object";
        }
        if (events.contains("VALUE_STRING")) {
            return "a string";
        }
        if (events.contains("VALUE_NUMBER")) {
            return "a number";
        }
        if (events.contains("VALUE_TRUE") || events.contains("VALUE_FALSE")) {
            return "true or false";
        }
        return "another type";
    }

    /**
     * A query, header or form parameter that does not convert (e.g. {@code limit=abc}): JAX-RS says
     * 404, which tells a client the resource is gone; it is a 400 naming the parameter. Jersey's
     * {@code ParamException} is recognised by name so that the WAR does not compile against the
     * server's Jersey. A path parameter that does not convert stays a 404: there is no such resource.
     */
    private static ProblemException badParameter(Throwable t) {
        if (!(t instanceof WebApplicationException)
                || !t.getClass().getName().startsWith("org.glassfish.jersey.server.ParamException$")
                || t.getClass().getSimpleName().equals("PathParamException")) {
            return null;
        }
        try {
            Object name = t.getClass().getMethod("getParameterName").invoke(t);
            String field = String.valueOf(name);
            String message = "is not a valid value for this parameter";
            return new ProblemException(400, "Bad request", field + ": " + message,
                    List.of(new Problem.FieldError(field, message)), null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ProblemException.badRequest("A parameter of this request is not valid");
        }
    }
}
