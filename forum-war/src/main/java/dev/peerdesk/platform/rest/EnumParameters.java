package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.text.EnumNames;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Enum-typed parameters ({@code @QueryParam("status") TicketStatus status}) convert by
 * {@link EnumNames}' case rule: the exact name or the name in lower case; empty means absent. An
 * unknown value is refused as invalid (422) naming the parameter and the allowed values.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new EnumConverter(rawType, parameterName(annotations));
    }

    /** The name the client used for the parameter, as the refusal's field. */
    static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }

    static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {

        private final Class<E> type;
        private final String name;

        EnumConverter(Class<E> type, String name) {
            this.type = type;
            this.name = name;
        }

        @Override
        public E fromString(String value) {
            return EnumNames.parse(type, name, value);
        }

        @Override
        public String toString(E value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            return EnumNames.spelling(value);
        }
    }
}
