package dev.peerdesk.platform.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{q.title()}}, {@code #{questionView.scoreOf(a.id())}})
 * with the target method looked up once per class, name and arity. The standard BeanELResolver
 * calls {@code Class.getMethods()} (a copy of every public method) on every call: 10 % of a
 * question page's CPU in the profile (issue 12). Calls this cannot answer unambiguously (overloads
 * of one arity, varargs, a method only reachable through a non-public class) go on to the standard
 * resolver, so what an expression means does not change.
 */
public class MethodCallResolver extends ELResolver {

    private record Key(Class<?> type, String name, int arity) {
    }

    private static final Map<Key, Optional<Method>> METHODS = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Optional<Method> found = METHODS.computeIfAbsent(new Key(base.getClass(), method.toString(), arity),
                MethodCallResolver::find);
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] args = new Object[arity];
        for (int i = 0; i < arity; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        try {
            Object result = target.invoke(base, args);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** The one public method of that name and arity, declared by a public type (else none). */
    private static Optional<Method> find(Key key) {
        List<Method> candidates = Arrays.stream(key.type().getMethods())
                .filter(m -> m.getName().equals(key.name()) && m.getParameterCount() == key.arity() && !m.isVarArgs())
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Method method = candidates.get(0);
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return Optional.of(method);
        }
        // e.g. a public record nested in a package-private class: find it where it is reachable
        for (Class<?> type : key.type().getInterfaces()) {
            try {
                Method declared = type.getMethod(key.name(), method.getParameterTypes());
                if (Modifier.isPublic(type.getModifiers())) {
                    return Optional.of(declared);
                }
            } catch (NoSuchMethodException e) {
                // not this one
            }
        }
        return Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are not this resolver's
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
