package nl.rmt.intake.localstack.runner.invoke;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the actual type arguments a class gives a generic interface, following superclasses and
 * superinterfaces, as the Lambda runtime does to learn a RequestHandler's input type.
 */
final class HandlerTypes {

    private HandlerTypes() {
    }

    /** The type arguments {@code handlerClass} binds for {@code genericInterface}, if it implements it. */
    static Optional<Type[]> typeArguments(Class<?> handlerClass, Class<?> genericInterface) {
        return search(handlerClass, Map.of(), genericInterface);
    }

    private static Optional<Type[]> search(Type type, Map<TypeVariable<?>, Type> bindings, Class<?> target) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> ownBindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                ownBindings.put(variables[i], substitute(arguments[i], bindings));
            }
        } else if (type instanceof Class<?> cls) {
            raw = cls;
        } else {
            return Optional.empty();
        }
        if (raw == target) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] resolved = new Type[variables.length];
            for (int i = 0; i < variables.length; i++) {
                resolved[i] = ownBindings.getOrDefault(variables[i], Object.class);
            }
            return Optional.of(resolved);
        }
        for (Type superInterface : raw.getGenericInterfaces()) {
            Optional<Type[]> found = search(superInterface, ownBindings, target);
            if (found.isPresent()) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? Optional.empty() : search(superclass, ownBindings, target);
    }

    private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> variable ? bindings.getOrDefault(variable, Object.class) : type;
    }
}
