package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import org.junit.jupiter.api.Test;

/**
 * No public signature of a dtz library module names a Guava type, so that dtz-core can
 * {@code requires com.google.common} without {@code transitive}: the exported packages of
 * dtz-core, dtz-finance and dtz-reporting are read from their module descriptors, and every
 * public type in them is walked (supertypes, fields, constructors, methods, generic arguments).
 * The README says of no Guava type that it is in the API on purpose. Nor is the Immutables style
 * ({@code DtzStyle}, a build setting) in an exported package.
 */
class NoGuavaInPublicSignaturesTest {

  private static final String GUAVA = "com.google.common.";

  @Test
  void noExportedTypeOfALibraryModuleNamesAGuavaType() throws Exception {
    List<String> found = new ArrayList<>();
    int types = 0;
    for (Class<?> anchor : List.of(Money.class, Validators.class, JsonDatasets.class)) {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      boolean jar = Files.isRegularFile(root);
      try (FileSystem fs = jar ? FileSystems.newFileSystem(root) : null) {
        Path base = jar ? fs.getPath("/") : root;
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(base.resolve("module-info.class"))) {
          module = ModuleDescriptor.read(in);
        }
        Set<String> exported = new HashSet<>();
        module.exports().forEach(e -> exported.add(e.source()));
        assertThat(exported).as(module.name()).isNotEmpty();
        for (JavaClass c : new ClassFileImporter().importPath(root)) {
          if (!exported.contains(c.getPackageName()) || !c.getModifiers().contains(
              com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
            continue;
          }
          if (c.isAnnotation() && c.isAnnotatedWith("org.immutables.value.Value$Style")) {
            found.add(c.getName() + ": an Immutables style in an exported package");
          }
          Class<?> type = Class.forName(c.getName(), false, anchor.getClassLoader());
          if (isVisible(type)) {
            types++;
            found.addAll(guavaIn(type));
          }
        }
      }
    }
    assertThat(types).as("public types walked").isGreaterThan(50);
    assertThat(found).as("Guava types in public signatures").isEmpty();
  }

  @Test
  void theWalkFindsAGuavaTypeWhereThereIsOne() {
    assertThat(guavaIn(LeaksGuava.class)).containsExactly(
        LeaksGuava.class.getName() + ".names(): com.google.common.collect.ImmutableList");
  }

  /** A public type with a Guava type in a public signature, to show the walk sees it. */
  public static final class LeaksGuava {
    /**
     * Names.
     *
     * @return the names
     */
    public ImmutableList<String> names() {
      return ImmutableList.of();
    }

    ImmutableList<String> hidden() {
      return ImmutableList.of();
    }
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> guavaIn(Class<?> type) {
    Set<String> out = new TreeSet<>();
    String owner = type.getName();
    check(out, owner + " extends", type.getGenericSuperclass());
    for (Type i : type.getGenericInterfaces()) {
      check(out, owner + " implements", i);
    }
    for (Field f : type.getFields()) {
      check(out, owner + "." + f.getName(), f.getGenericType());
    }
    for (Constructor<?> k : type.getConstructors()) {
      for (Type p : k.getGenericParameterTypes()) {
        check(out, owner + ".<init>", p);
      }
    }
    for (Method m : type.getMethods()) {
      String where = owner + "." + m.getName() + "()";
      check(out, where, m.getGenericReturnType());
      for (Type p : m.getGenericParameterTypes()) {
        check(out, where, p);
      }
      for (Type e : m.getGenericExceptionTypes()) {
        check(out, where, e);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isProtected(m.getModifiers())) {
        check(out, owner + "." + m.getName() + "()", m.getGenericReturnType());
      }
    }
    return new ArrayList<>(out);
  }

  private static void check(Set<String> out, String where, Type type) {
    walk(out, where, type, new HashSet<>());
  }

  private static void walk(Set<String> out, String where, Type type, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(GUAVA)) {
        out.add(where + ": " + c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      walk(out, where, p.getRawType(), seen);
      for (Type a : p.getActualTypeArguments()) {
        walk(out, where, a, seen);
      }
    } else if (type instanceof WildcardType) {
      for (Type b : ((WildcardType) type).getUpperBounds()) {
        walk(out, where, b, seen);
      }
      for (Type b : ((WildcardType) type).getLowerBounds()) {
        walk(out, where, b, seen);
      }
    } else if (type instanceof GenericArrayType) {
      walk(out, where, ((GenericArrayType) type).getGenericComponentType(), seen);
    } else if (type instanceof TypeVariable) {
      for (Type b : ((TypeVariable<?>) type).getBounds()) {
        walk(out, where, b, seen);
      }
    }
  }
}
