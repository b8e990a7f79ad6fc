package nl.dutchtechzone.reporting.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the dataset binding knows of one value type of the model, found by reflection over the
 * type itself and described once per class: its attributes are what the type's public builder
 * sets (a builder method named like a public no-arg accessor of the type), each with the
 * accessor's generic return type; an attribute is optional in the format when it is an
 * {@code Optional}, otherwise the format requires it (lists included, possibly empty). The order
 * of the attributes is the declared field order of the generated {@code ImmutableX} class, which
 * is the order of the accessors in the type: the order in which the writer writes them.
 *
 * <p>A value type is an abstract class of this library's model with a public static
 * {@code builder()} whose result has a public {@code build()} returning the type.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ValueType {

  private static final ClassValue<Optional<ValueType>> CACHE = new ClassValue<>() {
    @Override
    protected Optional<ValueType> computeValue(Class<?> type) {
      return Optional.ofNullable(describe(type));
    }
  };

  /** How an attribute holds its value. */
  enum Kind {
    /** One value, required in the format. */
    SINGLE,
    /** An {@code Optional}: left out of the format when empty. */
    OPTIONAL,
    /** A {@code List}: always written, possibly empty. */
    LIST
  }

  /** One attribute: its name, accessor, builder method and type. */
  static final class Attribute {
    final String name;
    final int index;
    final Kind kind;
    /** The type of one value: the attribute's type, or its element type. */
    final Type valueType;
    /** The raw class of {@link #valueType}. */
    final Class<?> valueClass;
    /** Whether the enclosing object implies it (see {@link DatasetModule#IMPLIED}). */
    final boolean implied;
    private final MethodHandle accessor;
    private final MethodHandle setter;

    Attribute(String name, int index, Kind kind, Type valueType, boolean implied,
        Method accessor, Method setter) {
      this.name = name;
      this.index = index;
      this.kind = kind;
      this.valueType = valueType;
      this.valueClass = raw(valueType);
      this.implied = implied;
      this.accessor = handle(accessor, MethodType.methodType(Object.class, Object.class));
      this.setter = handle(setter,
          MethodType.methodType(Object.class, Object.class, Object.class));
    }

    /** The attribute's value of a built value (an {@code Optional} or list as declared). */
    Object get(Object value) {
      try {
        return (Object) accessor.invokeExact(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(name + " failed", e);
      }
    }

    /** Sets the attribute on a builder: one value, the present value of an optional, a list. */
    void set(Object builder, Object value) {
      try {
        Object unused = (Object) setter.invokeExact(builder,
            (Object) (kind == Kind.OPTIONAL ? Optional.of(value) : value));
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(name + " failed", e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  final Class<?> type;
  final List<Attribute> attributes;
  /** The names of the attributes the format holds, in order (the implied ones left out). */
  final List<String> formatNames;
  private final Map<String, Attribute> byName;
  private final MethodHandle builder;
  private final MethodHandle build;

  private ValueType(Class<?> type, List<Attribute> attributes, Method builder, Method build) {
    this.type = type;
    this.attributes = List.copyOf(attributes);
    Map<String, Attribute> names = new HashMap<>();
    List<String> format = new ArrayList<>();
    for (Attribute a : attributes) {
      names.put(a.name, a);
      if (!a.implied) {
        format.add(a.name);
      }
    }
    this.byName = names;
    this.formatNames = Collections.unmodifiableList(format);
    this.builder = handle(builder, MethodType.methodType(Object.class));
    this.build = handle(build, MethodType.methodType(Object.class, Object.class));
  }

  /**
   * The description of a value type.
   *
   * @param type any class
   * @return its description, or null if it is no value type of the model
   */
  static @Nullable ValueType of(Class<?> type) {
    return CACHE.get(type).orElse(null);
  }

  /** The attribute of that name, or null. */
  @Nullable Attribute attribute(String name) {
    // The parser's field names and the accessors' names are interned: most lookups end here.
    for (Attribute a : attributes) {
      if (a.name == name) {
        return a;
      }
    }
    return byName.get(name);
  }

  /** A new, empty builder of the type. */
  Object newBuilder() {
    try {
      return (Object) builder.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(type.getName() + ".builder() failed", e);
    }
  }

  /**
   * Builds the value.
   *
   * @throws IllegalArgumentException the model's refusal, with its message
   */
  Object build(Object builder) {
    try {
      return (Object) build.invokeExact(builder);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(type.getName() + ".Builder.build() failed", e);
    }
  }

  private static @Nullable ValueType describe(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()
        || !Modifier.isPublic(type.getModifiers())
        || !type.getName().startsWith("nl.dutchtechzone.")) {
      return null;
    }
    Method builder;
    Method build;
    try {
      builder = type.getMethod("builder");
      build = builder.getReturnType().getMethod("build");
    } catch (NoSuchMethodException e) {
      return null;
    }
    if (!Modifier.isStatic(builder.getModifiers()) || build.getReturnType() != type) {
      return null;
    }
    Class<?> builderClass = builder.getReturnType();
    Map<String, List<Method>> setters = new HashMap<>();
    for (Method m : builderClass.getMethods()) {
      if (m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
        setters.computeIfAbsent(m.getName(), n -> new ArrayList<>()).add(m);
      }
    }
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && m.getDeclaringClass() != Object.class && m.getReturnType() != void.class
          && setters.containsKey(m.getName())) {
        accessors.add(m);
      }
    }
    // The declared field order of the generated class: the order of the accessors in the type.
    List<String> order = new ArrayList<>();
    Class<?> generated = builderClass.getSuperclass() == null ? null
        : builderClass.getSuperclass().getDeclaringClass();
    if (generated != null) {
      for (Field f : generated.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          order.add(f.getName());
        }
      }
    }
    accessors.sort(Comparator.comparingInt((Method m) -> order.indexOf(m.getName()) < 0
        ? Integer.MAX_VALUE : order.indexOf(m.getName())).thenComparing(Method::getName));
    List<Attribute> attributes = new ArrayList<>();
    for (Method accessor : accessors) {
      Type returned = accessor.getGenericReturnType();
      Class<?> raw = raw(returned);
      Kind kind = raw == Optional.class ? Kind.OPTIONAL : raw == List.class ? Kind.LIST
          : Kind.SINGLE;
      Type valueType = kind == Kind.SINGLE ? returned
          : ((ParameterizedType) returned).getActualTypeArguments()[0];
      Class<?> parameter = kind == Kind.OPTIONAL ? Optional.class
          : kind == Kind.LIST ? Iterable.class : raw;
      Method setter = setters.get(accessor.getName()).stream()
          .filter(m -> m.getParameterTypes()[0] == parameter).findFirst()
          .orElseThrow(() -> new IllegalStateException(type.getName() + ".Builder has no "
              + accessor.getName() + "(" + parameter.getSimpleName() + ")"));
      attributes.add(new Attribute(accessor.getName(), attributes.size(), kind, valueType,
          DatasetModule.isImplied(type, accessor.getName()), accessor, setter));
    }
    return new ValueType(type, attributes, builder, build);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return (Class<?>) type;
  }

  /** A public method of the model as a handle of the given erased type. */
  private static MethodHandle handle(Method method, MethodType erased) {
    try {
      return MethodHandles.publicLookup().unreflect(method).asType(erased);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the dataset binding cannot call " + method, e);
    }
  }
}
