package org.sicredit.spring;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** A use case seen through its own interface only, so that a bean of one use case type is never a bean of another. */
final class OnlyItsOwnType {

    private OnlyItsOwnType() {
    }

    static <T> T of(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "equals" -> arguments.length == 1 && method.getParameterTypes()[0] == Object.class
                            ? proxy == arguments[0] : call(target, method, arguments);
                    case "hashCode" -> arguments == null ? System.identityHashCode(proxy) : call(target, method, arguments);
                    case "toString" -> arguments == null ? type.getSimpleName() + " of " + target
                            : call(target, method, arguments);
                    default -> call(target, method, arguments);
                }));
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
