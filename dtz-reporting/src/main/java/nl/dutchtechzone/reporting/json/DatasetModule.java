package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.reporting.json.ValueType.Attribute;
import nl.dutchtechzone.reporting.json.ValueType.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson module of the dataset format: one generic (de)serializer for every value type of
 * the model, driven by its {@link ValueType} description, and the {@link Leaves} for the values
 * at the leaves. A new attribute of a value type is read and written with no change here.
 *
 * <p>Reading never throws for bad data: each problem is recorded in the {@link ReadState} of the
 * read with its JSON path, line and column; a value with a problem yields null ("no value"), an
 * object with any problem inside yields no value and its parent adds no follow-on problem for
 * it. Objects are bound from the token stream, never via a tree.
 */
final class DatasetModule extends Module {

  /** An attribute the format leaves out because the enclosing object implies it. */
  static final class Implied {
    final Class<?> owner;
    final String attribute;
    final Class<?> enclosing;
    /** The attributes to follow from the enclosing object to the value, such as programme.id. */
    final List<String> source;
    /** Why the format leaves it out. */
    final String reason;

    Implied(Class<?> owner, String attribute, Class<?> enclosing, String source, String reason) {
      this.owner = owner;
      this.attribute = attribute;
      this.enclosing = enclosing;
      this.source = List.of(source.split("\\."));
      this.reason = reason;
    }
  }

  /** The attributes the format leaves out, the one list of them (the schema test reads it). */
  static final List<Implied> IMPLIED = List.of(
      new Implied(AnnualPlan.class, "programmeId", Dataset.class, "programme.id",
          "the dataset's programme"),
      new Implied(AnnualReport.class, "programmeId", Dataset.class, "programme.id",
          "the dataset's programme"),
      new Implied(Budget.class, "year", AnnualPlan.class, "year",
          "the year of the plan that holds it"),
      new Implied(FinancialStatement.class, "year", AnnualReport.class, "year",
          "the year of the report that holds it"));

  /** The format's own field of the root, no attribute of the model. */
  static final String FORMAT_FIELD = "dtzFormat";

  /** Attributes with a range of their own (beyond that of their type). */
  private static final Map<String, JsonDeserializer<?>> OWN_RANGE = Map.of(
      "Programme.contributionPerInhabitant",
      new Leaves.Decimal("contributionPerInhabitant", DatasetLimits.MAX_RATE));

  /**
   * The text attributes that the format also takes as a string (a text written in one language,
   * kept and shown as written), and writes as a string when they have no English reading, so
   * that a file that had a string there keeps its bytes. The schema test reads this list.
   */
  static final Set<String> TEXT_OR_STRING =
      Set.of("InhabitantFigure.source", "Membership.source");

  private static final long serialVersionUID = 1L;

  /** Whether the format takes the text attribute as a string too ({@link #TEXT_OR_STRING}). */
  static boolean isTextOrString(Class<?> owner, String attribute) {
    return TEXT_OR_STRING.contains(owner.getSimpleName() + "." + attribute);
  }

  /** Whether the format leaves out the attribute because the enclosing object implies it. */
  static boolean isImplied(Class<?> owner, String attribute) {
    return IMPLIED.stream().anyMatch(i -> i.owner == owner && i.attribute.equals(attribute));
  }

  @Override
  public String getModuleName() {
    return "dtz-dataset";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(new Lookup());
    context.addSerializers(new Writers());
  }

  /** The deserializer of a value: a leaf, or the generic one of a value type. */
  static @Nullable JsonDeserializer<?> deserializer(Class<?> raw) {
    if (raw == String.class) {
      return new Leaves.Text();
    } else if (raw == int.class || raw == Integer.class) {
      return new Leaves.Whole();
    } else if (raw == long.class || raw == Long.class) {
      return new Leaves.Count("count");
    } else if (raw == boolean.class || raw == Boolean.class) {
      return new Leaves.Bool();
    } else if (raw == Money.class) {
      return new Leaves.Amount();
    } else if (raw == BigDecimal.class) {
      return new Leaves.Decimal();
    } else if (raw == LocalDate.class) {
      return new Leaves.Date();
    } else if (raw == MunicipalityCode.class) {
      return new Leaves.Code();
    } else if (raw.isEnum()) {
      return constant(raw);
    }
    ValueType type = ValueType.of(raw);
    return type == null ? null : new ValueDeserializer(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonDeserializer<?> constant(Class<?> type) {
    return new Leaves.Constant(type);
  }

  /**
   * The leaf of an attribute whose values the format reads more narrowly than their type: the
   * attributes with a range of their own, years ({@code year} and {@code *Year}), counts (whole
   * numbers of type {@code long}) and the ids the reference checks define or use.
   */
  private static @Nullable JsonDeserializer<?> leaf(ValueType type, Attribute a) {
    JsonDeserializer<?> own = OWN_RANGE.get(type.type.getSimpleName() + "." + a.name);
    if (own != null) {
      return own;
    }
    Class<?> raw = a.valueClass;
    if ((raw == int.class || raw == Integer.class)
        && (a.name.equals("year") || a.name.endsWith("Year"))) {
      return new Leaves.Year();
    }
    if (raw == long.class || raw == Long.class) {
      return new Leaves.Count(a.name);
    }
    if (raw == String.class && DatasetReferences.isId(type.type, a.name)) {
      return new Leaves.Id(DatasetReferences.isReference(type.type, a.name));
    }
    return null;
  }

  private static final class Lookup extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type,
        DeserializationConfig config, BeanDescription beanDesc) {
      return deserializer(type.getRawClass());
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type,
        DeserializationConfig config, BeanDescription beanDesc) {
      return constant(type);
    }
  }

  private static final class Writers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (raw == Money.class) {
        return new Leaves.AmountWriter();
      } else if (raw == BigDecimal.class) {
        return new Leaves.DecimalWriter();
      } else if (raw == LocalDate.class) {
        return new Leaves.DateWriter();
      } else if (raw == MunicipalityCode.class) {
        return new Leaves.CodeWriter();
      } else if (raw.isEnum() || (raw.getSuperclass() != null && raw.getSuperclass().isEnum())) {
        return new Leaves.ConstantWriter();
      }
      ValueType value = ValueType.of(raw);
      if (value == null && raw.getSuperclass() != null) {
        value = ValueType.of(raw.getSuperclass()); // the generated ImmutableX of a type X
      }
      return value == null ? null : new ValueSerializer(value);
    }
  }

  // ---- writing ----------------------------------------------------------------------------

  /**
   * Writes a value type as an object: its attributes in the type's order, lists always
   * (possibly empty), absent optionals left out, implied attributes left out.
   */
  private static final class ValueSerializer extends JsonSerializer<Object>
      implements ResolvableSerializer {
    private final ValueType type;
    private final List<JsonSerializer<Object>> writers = new ArrayList<>();

    ValueSerializer(ValueType type) {
      this.type = type;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      for (Attribute a : type.attributes) {
        JsonSerializer<Object> writer = provider.findValueSerializer(a.valueClass);
        writers.add(isTextOrString(type.type, a.name) ? new TextOrStringWriter(writer) : writer);
      }
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject();
      if (type.type == Dataset.class) {
        g.writeNumberField(FORMAT_FIELD, JsonDatasets.FORMAT_VERSION);
      }
      for (Attribute a : type.attributes) {
        if (a.implied) {
          continue;
        }
        JsonSerializer<Object> writer = writers.get(a.index);
        Object v = a.get(value);
        if (a.kind == Kind.LIST) {
          g.writeArrayFieldStart(a.name);
          for (Object item : (List<?>) v) {
            writer.serialize(item, g, provider);
          }
          g.writeEndArray();
        } else if (a.kind == Kind.OPTIONAL) {
          Optional<?> o = (Optional<?>) v;
          if (o.isPresent()) {
            g.writeFieldName(a.name);
            writer.serialize(o.get(), g, provider);
          }
        } else {
          g.writeFieldName(a.name);
          writer.serialize(v, g, provider);
        }
      }
      g.writeEndObject();
    }
  }

  /** Writes a text of {@link #TEXT_OR_STRING}: a string if it has no English reading. */
  private static final class TextOrStringWriter extends JsonSerializer<Object> {
    private final JsonSerializer<Object> text;

    TextOrStringWriter(JsonSerializer<Object> text) {
      this.text = text;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      LocalizedText t = (LocalizedText) value;
      if (t.en().isEmpty()) {
        g.writeString(t.nl());
      } else {
        text.serialize(t, g, provider);
      }
    }
  }

  // ---- reading ----------------------------------------------------------------------------

  /**
   * Reads a text of {@link #TEXT_OR_STRING}: a string is a text written in one language (kept as
   * written, its {@link LocalizedText#nl()}), an object a text like any other.
   */
  private static final class TextOrString extends JsonDeserializer<Object> {
    private final String name;
    private final JsonDeserializer<?> text;

    TextOrString(String name, JsonDeserializer<?> text) {
      this.name = name;
      this.text = text;
    }

    @Override
    public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      ReadState state = ReadState.of(ctxt);
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        String written = p.getText();
        if (written.isBlank()) {
          state.problem(p, ProblemText.of("textOrString.blank", name));
          return null;
        }
        return LocalizedText.dutch(written);
      }
      if (token == JsonToken.START_OBJECT) {
        return text.deserialize(p, ctxt);
      }
      state.problem(p, ProblemText.of("expected.textOrString").then(ReadState.describe(p)));
      p.skipChildren();
      return null;
    }
  }

  /**
   * A value bound but not built: its type implies attributes that the enclosing object holds
   * ({@link #IMPLIED}); that object builds it when it has bound its own attributes.
   */
  private static final class Pending {
    final ValueType type;
    final Object[] values;
    final String path;
    final int line;
    final int column;

    Pending(ValueType type, Object[] values, String path, int line, int column) {
      this.type = type;
      this.values = values;
      this.path = path;
      this.line = line;
      this.column = column;
    }
  }

  /** What an attribute of the object being read holds. */
  private static final byte ABSENT = 0;
  private static final byte BOUND = 1;
  private static final byte FAILED = 2;

  /** Reads a value type from its object, recording every problem. */
  private static final class ValueDeserializer extends JsonDeserializer<Object>
      implements ResolvableDeserializer {
    private final ValueType type;
    private final String what;
    private final List<String> expected;
    private final boolean pending;
    private final List<JsonDeserializer<?>> readers = new ArrayList<>();
    /** Per attribute, its slot among the attributes whose positions are kept, or -1. */
    private final int[] slots;
    private final int located;
    private final boolean checked;
    private final DatasetReferences.Rules rules;
    /** Whether an attribute holds parts that this object completes ({@link Pending}). */
    private final boolean completes;

    ValueDeserializer(ValueType type) {
      this.type = type;
      this.what = "object." + type.type.getSimpleName();
      List<String> names = new ArrayList<>();
      if (type.type == Dataset.class) {
        names.add(FORMAT_FIELD);
      }
      names.addAll(type.formatNames);
      this.expected = List.copyOf(names);
      this.pending = type.attributes.stream().anyMatch(a -> a.implied);
      this.slots = new int[type.attributes.size()];
      int count = 0;
      for (Attribute a : type.attributes) {
        slots[a.index] = DatasetReferences.isLocated(type.type, a.name) ? count++ : -1;
      }
      this.located = count;
      this.checked = DatasetReferences.isChecked(type.type);
      this.rules = DatasetReferences.rules(type.type);
      this.completes = IMPLIED.stream().anyMatch(i -> i.enclosing == type.type);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      for (Attribute a : type.attributes) {
        JsonDeserializer<?> reader = leaf(type, a);
        if (reader == null && isTextOrString(type.type, a.name)) {
          reader = new TextOrString(a.name,
              ctxt.findRootValueDeserializer(ctxt.constructType(LocalizedText.class)));
        }
        if (reader == null) {
          reader = ctxt.findRootValueDeserializer(ctxt.constructType(a.valueType));
        }
        readers.add(reader);
      }
    }

    @Override
    public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return read(p, ctxt, ReadState.of(ctxt));
    }

    private @Nullable Object read(JsonParser p, DeserializationContext ctxt, ReadState state)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        state.problem(p, ProblemText.of(what).then(ReadState.got(p.currentToken())));
        p.skipChildren();
        return null;
      }
      int startLine = ReadState.line(p);
      int startColumn = ReadState.column(p);
      String parentAttribute = state.attribute;
      int mark = state.count();
      int n = type.attributes.size();
      Object[] values = new Object[n];
      byte[] held = new byte[n];
      Positions positions = located > 0 ? new Positions(slots, located) : null;
      Set<String> unknown = null;
      boolean version = false;
      if (checked) {
        state.references.enter(type.type, rules);
      }
      Attribute[] attributes = type.byIndex;
      int next = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Attribute a = type.attribute(name, next);
        if (a != null && a.implied) {
          a = null;
        }
        if (a != null) {
          next = a.index + 1;
          while (next < n && attributes[next].implied) {
            next++;
          }
        }
        boolean format = a == null && type.type == Dataset.class && name.equals(FORMAT_FIELD);
        boolean repeated = a != null ? held[a.index] != ABSENT
            : format ? version : unknown != null && unknown.contains(name);
        // A repeated field is reported at its name: the one position kept from a name.
        JsonLocation key = repeated ? p.currentTokenLocation() : null;
        p.nextToken();
        if (repeated) {
          duplicate(p, state, key, name);
          continue;
        }
        if (a == null) {
          if (format) {
            version = true;
            version(p, state);
          } else {
            if (unknown == null) {
              unknown = new HashSet<>();
            }
            unknown.add(name);
            state.unknownField(p, name, expected);
            p.skipChildren();
          }
          continue;
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          state.problem(p, ProblemText.of(a.kind == Kind.OPTIONAL ? "null.optional"
              : "null.required", name));
          held[a.index] = FAILED;
          continue;
        }
        int before = state.count();
        if (positions != null) {
          positions.at(a.index, p);
        }
        state.attribute = name;
        Object value = read(a, p, ctxt, state, positions);
        values[a.index] = value;
        held[a.index] = value == null || state.count() > before ? FAILED : BOUND;
      }
      state.attribute = parentAttribute;
      Site site = new Site(p, type, startLine, startColumn, positions, values, held);
      for (Attribute a : attributes) {
        if (held[a.index] == ABSENT && !a.implied && a.kind != Kind.OPTIONAL) {
          state.add(site.path(), startLine, startColumn,
              ProblemText.of("field.missing", a.name));
        }
      }
      if (type.type == Dataset.class && !version) {
        state.add(site.path(), startLine, startColumn,
            ProblemText.of("field.missing", FORMAT_FIELD));
      }
      if (checked) {
        state.references.exit(type.type, rules, parentAttribute, site, site);
      }
      if (state.count() > mark) {
        return null;
      }
      // The values this object implies for the parts it holds are known now.
      for (int k = 0; completes && k < n; k++) {
        Attribute a = attributes[k];
        Object value = values[a.index];
        if (value instanceof Pending) {
          values[a.index] = complete((Pending) value, values, state);
        } else if (value instanceof List && !((List<?>) value).isEmpty()
            && ((List<?>) value).get(0) instanceof Pending) {
          List<Object> built = new ArrayList<>();
          for (Object item : (List<?>) value) {
            built.add(complete((Pending) item, values, state));
          }
          values[a.index] = built;
        }
      }
      if (state.count() > mark) {
        return null;
      }
      if (pending) {
        return new Pending(type, values, site.path(), startLine, startColumn);
      }
      return build(type, values, state, site, startLine, startColumn);
    }

    /** The value of one attribute: one value, or a list of them. */
    private @Nullable Object read(Attribute a, JsonParser p, DeserializationContext ctxt,
        ReadState state, @Nullable Positions positions) throws IOException {
      JsonDeserializer<?> reader = readers.get(a.index);
      if (a.kind != Kind.LIST) {
        return value(reader, p, ctxt, state);
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        state.problem(p, ProblemText.of("expected.array").then(ReadState.describe(p)));
        p.skipChildren();
        return null;
      }
      List<Object> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (positions != null) {
          positions.item(a.index, p);
        }
        Object item = value(reader, p, ctxt, state);
        if (item != null) {
          out.add(item);
        }
      }
      return out;
    }

    /** One value through its reader; the dataset's own readers are called directly. */
    private static @Nullable Object value(JsonDeserializer<?> reader, JsonParser p,
        DeserializationContext ctxt, ReadState state) throws IOException {
      if (reader instanceof Leaves.Leaf) {
        return ((Leaves.Leaf<?>) reader).read(p, state);
      }
      if (reader instanceof ValueDeserializer) {
        return ((ValueDeserializer) reader).read(p, ctxt, state);
      }
      return reader.deserialize(p, ctxt);
    }

    /** Builds a pending part with the values that this object implies for it. */
    private @Nullable Object complete(Pending part, Object[] values, ReadState state) {
      for (Implied implied : IMPLIED) {
        if (implied.owner != part.type.type) {
          continue;
        }
        if (implied.enclosing != type.type) {
          throw new IllegalStateException(implied.owner.getSimpleName() + " is implied by "
              + implied.enclosing.getSimpleName() + ", found in " + type.type.getSimpleName());
        }
        Object value = null;
        ValueType from = type;
        Object[] of = values;
        for (String step : implied.source) {
          Attribute a = from.attribute(step);
          value = of != null ? of[a.index] : a.get(value);
          of = null;
          from = ValueType.of(a.valueClass);
        }
        part.values[part.type.attribute(implied.attribute).index] = value;
      }
      return build(part.type, part.values, state, () -> part.path, part.line, part.column);
    }

    private static void duplicate(JsonParser p, ReadState state, JsonLocation key, String name)
        throws IOException {
      state.add(ReadState.path(p), key.getLineNr(), key.getColumnNr(),
          ProblemText.of("field.duplicate", name));
      p.skipChildren();
    }

    /** The format version: only version 1 is read; another is the only problem. */
    private static void version(JsonParser p, ReadState state) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        state.problem(p, ProblemText.of("null.required", FORMAT_FIELD));
        return;
      }
      Integer version = new Leaves.Whole().read(p, state);
      if (version != null && version != JsonDatasets.FORMAT_VERSION) {
        // Alone: what the rest seemed to get wrong may mean something else in that version.
        throw new DatasetException(List.of(ReadState.at(p, ProblemText.of("format.unsupported",
            version, JsonDatasets.FORMAT_VERSION))));
      }
    }
  }

  /** Builds a value, recording the model's refusal at the object. */
  private static @Nullable Object build(ValueType type, Object[] values, ReadState state,
      Supplier<String> path, int line, int column) {
    Object builder = type.newBuilder();
    for (Attribute a : type.byIndex) {
      if (values[a.index] != null) {
        a.set(builder, values[a.index]);
      }
    }
    try {
      // The reader's checker has checked the dataset's references as it read (a dataset is
      // built only when the read found no problem at all).
      return type.type == Dataset.class ? Dataset.buildChecked(() -> type.build(builder))
          : type.build(builder);
    } catch (IllegalArgumentException | ArithmeticException e) {
      state.add(path.get(), line, column, ProblemText.model(String.valueOf(e.getMessage())));
      return null;
    }
  }

  /**
   * Where the values of the reference checks were: one position, or one per list item, kept
   * for the attributes the checks locate only (their slots).
   */
  private static final class Positions {
    private final int[] slots;
    /** Line and column of each located attribute's value. */
    private final int[] at;
    /** Lines and columns of the items of located list attributes, made for the first item. */
    private int @Nullable [] @Nullable [] items;
    private int @Nullable [] counts;

    Positions(int[] slots, int located) {
      this.slots = slots;
      this.at = new int[2 * located];
    }

    /** Keeps the position of the value under the parser, if the attribute is located. */
    void at(int attribute, JsonParser p) {
      int slot = slots[attribute];
      if (slot >= 0) {
        at[2 * slot] = ReadState.line(p);
        at[2 * slot + 1] = ReadState.column(p);
      }
    }

    /** Keeps the position of the list item under the parser, if the attribute is located. */
    void item(int attribute, JsonParser p) {
      int slot = slots[attribute];
      if (slot < 0) {
        return;
      }
      if (items == null) {
        items = new int[at.length / 2][];
        counts = new int[at.length / 2];
      }
      int[] of = items[slot];
      int count = counts[slot];
      if (of == null) {
        of = new int[8];
      } else if (2 * count + 2 > of.length) {
        of = java.util.Arrays.copyOf(of, of.length * 2);
      }
      of[2 * count] = ReadState.line(p);
      of[2 * count + 1] = ReadState.column(p);
      items[slot] = of;
      counts[slot] = count + 1;
    }

    /** Whether the attribute's positions are kept. */
    boolean has(int attribute) {
      return slots[attribute] >= 0;
    }

    int line(int attribute, int index) {
      int slot = slots[attribute];
      return index < 0 || items == null || items[slot] == null ? at[2 * slot]
          : items[slot][2 * index];
    }

    int column(int attribute, int index) {
      int slot = slots[attribute];
      return index < 0 || items == null || items[slot] == null ? at[2 * slot + 1]
          : items[slot][2 * index + 1];
    }
  }

  /**
   * Where an object just read is, for the reference checks: asked right after its end, while
   * the parser's context still names it.
   */
  private static final class Site
      implements DatasetReferences.Site, DatasetReferences.Bound, Supplier<String> {
    private final JsonParser parser;
    private final ValueType type;
    private final int startLine;
    private final int startColumn;
    private final @Nullable Positions positions;
    private final Object[] values;
    private final byte[] held;
    private @Nullable String path;

    Site(JsonParser parser, ValueType type, int startLine, int startColumn,
        @Nullable Positions positions, Object[] values, byte[] held) {
      this.parser = parser;
      this.type = type;
      this.startLine = startLine;
      this.startColumn = startColumn;
      this.positions = positions;
      this.values = values;
      this.held = held;
    }

    @Override
    public @Nullable Object get(String attribute) {
      // A list with a bad item holds its good items, which are checked too.
      Attribute a = type.attribute(attribute);
      return a == null ? null : values[a.index];
    }

    @Override
    public boolean failed(String attribute) {
      Attribute a = type.attribute(attribute);
      return a != null && held[a.index] == FAILED;
    }

    /** The path of the object, for a refusal of the model. */
    @Override
    public String get() {
      return path();
    }

    @Override
    public String path() {
      if (path == null) {
        path = ReadState.path(parser.getParsingContext());
      }
      return path;
    }

    @Override
    public int line() {
      return startLine;
    }

    @Override
    public int column() {
      return startColumn;
    }

    @Override
    public int line(String attribute, int index) {
      int a = type.attribute(attribute).index;
      return positions == null || !positions.has(a) ? line() : positions.line(a, index);
    }

    @Override
    public int column(String attribute, int index) {
      int a = type.attribute(attribute).index;
      return positions == null || !positions.has(a) ? column() : positions.column(a, index);
    }

    @Override
    public int index() {
      return parser.getParsingContext().inArray()
          ? parser.getParsingContext().getCurrentIndex() : -1;
    }
  }
}
