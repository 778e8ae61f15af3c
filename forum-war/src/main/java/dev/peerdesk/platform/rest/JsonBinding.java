package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.text.EnumNames;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The JSON-B the REST API reads and writes with: the defaults, plus one reading of enum values for
 * every body ({@link EnumNames}' case rule). Writing is unchanged, so an enum is written as its name.
 * An unknown value is a {@link BadValue}; Yasson wraps it with the property's name and the mappers
 * answer 422 naming the field and the allowed values ({@link ProblemMappers}).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new EnumDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /**
     * Reads any enum-typed property (Yasson matches a deserializer registered for {@link Enum} by the
     * property type's superclass): a JSON string naming a constant, or null.
     */
    @SuppressWarnings("rawtypes") // registered for every enum: the binding type must be the raw Enum
    public static final class EnumDeserializer implements JsonbDeserializer<Enum> {

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser.getValue(), (Class) enumClass(type));
        }

        /** The constant a JSON value names: a string by the case rule of {@link EnumNames}, or null. */
        static <E extends Enum<E>> E read(JsonValue value, Class<E> type) {
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw new BadValue(true, "has the wrong type: expected a string");
            }
            return EnumNames.find(type, text.getString()).orElseThrow(() -> new BadValue(false, EnumNames.mustBe(type)));
        }

        private static Class<?> enumClass(Type type) {
            Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
            if (raw instanceof Class<?> c && c.isEnum()) {
                return c;
            }
            if (raw instanceof Class<?> c && c.getSuperclass() != null && c.getSuperclass().isEnum()) {
                return c.getSuperclass(); // a constant with a body
            }
            throw new JsonbException("not an enum type: " + type);
        }
    }

    /**
     * A JSON value that is no constant of the property's enum (or not a string at all). Its message
     * is in the API's words ("must be OPEN, PENDING or SOLVED"); Yasson names the property around it.
     */
    public static final class BadValue extends JsonbException {

        private static final long serialVersionUID = 1L;

        private final boolean wrongType;

        BadValue(boolean wrongType, String message) {
            super(message);
            this.wrongType = wrongType;
        }

        /** Not a string: a wrong type (400); otherwise an unknown value (422). */
        public boolean wrongType() {
            return wrongType;
        }
    }
}
