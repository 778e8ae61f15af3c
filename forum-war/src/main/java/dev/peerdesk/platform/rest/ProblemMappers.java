package dev.peerdesk.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
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
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
                return ProblemException.conflict("Someone else changed this at the same time; reload and try again");
            }
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return ProblemException.conflict("This already exists");
            }
            if (t instanceof jakarta.json.JsonException) { // JSON-P: a JsonObject parameter that does not parse
                return ProblemException.badRequest("The request body is not valid JSON: " + rootMessage(t));
            }
            if (t instanceof JsonbException) {
                return ProblemException.badRequest("The request body is not valid JSON for this resource: "
                        + rootMessage(t));
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
                return ProblemException.badRequest("The request body could not be read: " + rootMessage(t));
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

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
