package nl.dutchtechzone.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of the dtz modules.
 *
 * <p>Generated implementations are package-private; each public abstract value type exposes a
 * public {@code builder()} (and, where it reads well, {@code of(...)}) instead. Only JDK
 * collections appear in signatures. Apply it in a {@code package-info.java}; it is read at
 * compile time only.
 */
@Documented
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    strictBuilder = false)
public @interface DtzStyle {}
