package nl.dutchtechzone.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the value types of dtz-core: a build setting, not API.
 *
 * <p>Generated implementations are package-private; each public abstract value type exposes a
 * public {@code builder()} (and, where it reads well, {@code of(...)}) instead. Only JDK
 * collections appear in signatures. Apply it in a {@code package-info.java} of this module. It
 * is retained in the source only and lives in a package the module exports to the other dtz
 * modules alone, so it is in no class file and no public signature; each library module has its
 * own copy with the same settings (retained in the source only, this one is not in the class
 * file that another module compiles against).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    strictBuilder = false)
public @interface DtzStyle {}
