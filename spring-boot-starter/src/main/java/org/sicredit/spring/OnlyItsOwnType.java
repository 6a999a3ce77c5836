package org.sicredit.spring;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A use case seen through its own interface only, so that a bean of one use case type is never a bean of another;
 * each call may run {@link Around} something — a transaction of its own.
 */
final class OnlyItsOwnType {

    /** What a call runs inside. */
    @FunctionalInterface
    interface Around {

        Around NOTHING = Supplier::get;

        Object call(Supplier<Object> call);
    }

    private OnlyItsOwnType() {
    }

    static <T> T of(Class<T> type, T target) {
        return of(type, target, Around.NOTHING);
    }

    static <T> T of(Class<T> type, T target, Around around) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "equals" -> arguments.length == 1 && method.getParameterTypes()[0] == Object.class
                            ? proxy == arguments[0] : call(target, method, arguments, around);
                    case "hashCode" -> arguments == null ? System.identityHashCode(proxy)
                            : call(target, method, arguments, around);
                    case "toString" -> arguments == null ? type.getSimpleName() + " of " + target
                            : call(target, method, arguments, around);
                    default -> call(target, method, arguments, around);
                }));
    }

    private static Object call(Object target, Method method, Object[] arguments, Around around) throws Throwable {
        try {
            return around.call(() -> {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException thrown) {
                    throw new Thrown(thrown.getCause());
                } catch (IllegalAccessException impossible) {
                    throw new IllegalStateException(impossible);
                }
            });
        } catch (Thrown thrown) {
            throw thrown.getCause();
        }
    }

    /** What the use case threw, carried out of the call unchanged. */
    private static final class Thrown extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Thrown(Throwable cause) {
            super(cause);
        }
    }
}
