package io.gatehouse.http.internal;

import io.gatehouse.http.HttpExchange;
import io.gatehouse.policy.internal.match.IpRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's address ({@code aws:SourceIp}) and whether it used TLS ({@code aws:SecureTransport}):
 * the connection's peer, unless the peer is a trusted proxy; then {@code X-Forwarded-For} is read
 * from the right, skipping trusted proxies, and the first address that is not one is the caller
 * (addresses left of it could have been written by the caller itself). Immutable.
 */
final class SourceAddress {
  private final List<IpRange> trusted;

  /**
   * Creates the reader.
   *
   * @throws IllegalArgumentException for a malformed CIDR range
   */
  SourceAddress(List<String> trustedProxies) {
    List<IpRange> ranges = new ArrayList<>();
    trustedProxies.forEach(c -> ranges.add(IpRange.parse(c)));
    this.trusted = List.copyOf(ranges);
  }

  /** The caller's address. */
  String of(HttpExchange exchange) {
    String peer = exchange.remoteAddress();
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : exchange.headers("X-Forwarded-For")) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      client = hops.get(i);
      if (!isTrusted(client)) {
        break;
      }
    }
    return client;
  }

  /** True if the request came over TLS, to this server or (by {@code X-Forwarded-Proto}) to a trusted proxy. */
  boolean secure(HttpExchange exchange) {
    if (exchange.secure()) {
      return true;
    }
    if (!isTrusted(exchange.remoteAddress())) {
      return false;
    }
    return exchange.header("X-Forwarded-Proto").map(p -> p.strip().equalsIgnoreCase("https")).orElse(false);
  }

  private boolean isTrusted(String address) {
    for (IpRange r : trusted) {
      if (r.contains(address)) {
        return true;
      }
    }
    return false;
  }
}
