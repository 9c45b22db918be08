package io.gatehouse.policy.internal.condition;

import io.gatehouse.policy.internal.match.IpAddress;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The values of one request context key: an immutable list of strings that also keeps what the
 * date, numeric and IP address operators read from them, read once per request instead of once per
 * clause. Not API: {@link io.gatehouse.RequestContext} stores its values as these.
 *
 * <p>The readings are computed on first use and published through volatile fields; computing one
 * twice in a race gives the same result, so no lock is needed.
 */
public final class ContextValues extends AbstractList<String> implements RandomAccess {
  /** The value of a single-valued key (the usual case), kept without an array; else null. */
  private final String single;
  /** The values of a multivalued key; null for a single value. */
  private final String[] values;
  private volatile long[] instants;
  private volatile long[] integers;
  private volatile IpAddress[] addresses;

  private ContextValues(String single, String[] values) {
    this.single = single;
    this.values = values;
  }

  /**
   * An immutable copy of the values.
   *
   * @throws NullPointerException if the list or a value is null
   */
  public static ContextValues copyOf(List<String> values) {
    if (values instanceof ContextValues c) {
      return c;
    }
    String[] copy = values.toArray(new String[0]);
    for (String v : copy) {
      Objects.requireNonNull(v, "value");
    }
    return new ContextValues(null, copy);
  }

  /**
   * A list of one value.
   *
   * @throws NullPointerException if the value is null
   */
  public static ContextValues of(String value) {
    return new ContextValues(Objects.requireNonNull(value, "value"), null);
  }

  @Override
  public String get(int index) {
    if (values != null) {
      return values[index];
    }
    Objects.checkIndex(index, 1);
    return single;
  }

  @Override
  public int size() {
    return values != null ? values.length : 1;
  }

  /** The value as an instant ({@link DateTimeText#toEpochMillis}), or {@link DateTimeText#INVALID}. */
  long instant(int index) {
    long[] read = instants;
    if (read == null) {
      read = new long[size()];
      for (int i = 0; i < read.length; i++) {
        read[i] = DateTimeText.toEpochMillis(get(i));
      }
      instants = read;
    }
    return read[index];
  }

  /** The value as a plain integer ({@link NumberText#parseLong}), or {@link NumberText#NOT_A_LONG}. */
  long integer(int index) {
    long[] read = integers;
    if (read == null) {
      read = new long[size()];
      for (int i = 0; i < read.length; i++) {
        read[i] = NumberText.parseLong(get(i));
      }
      integers = read;
    }
    return read[index];
  }

  /** The value as an IP address, or null if it is not one. */
  IpAddress address(int index) {
    IpAddress[] read = addresses;
    if (read == null) {
      read = new IpAddress[size()];
      for (int i = 0; i < read.length; i++) {
        read[i] = IpAddress.parse(get(i));
      }
      addresses = read;
    }
    return read[index];
  }
}
