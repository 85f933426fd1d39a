package in.lumpsum.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every lumpsum value type with many, optional or defaulted fields.
 *
 * <p>Generated {@code Immutable*} classes stay package-private; each abstract type exposes
 * {@code builder()} and a public nested {@code Builder} that extends the generated one, so no generated
 * type appears in a public signature.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = false))
public @interface LumpsumStyle {}
