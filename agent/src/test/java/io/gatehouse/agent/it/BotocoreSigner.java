package io.gatehouse.agent.it;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Signs requests with botocore's {@code SigV4Auth} (the AWS SDK for Python) in a python3 process: the
 * headers to add, as botocore computes them for the URL, body and headers given.
 */
final class BotocoreSigner {
  private static final String SCRIPT = """
      import sys
      from botocore.auth import SigV4Auth
      from botocore.awsrequest import AWSRequest
      from botocore.credentials import Credentials
      method, url, body, key, secret, region, service = sys.argv[1:8]
      headers = dict(h.split(':', 1) for h in sys.argv[8:])
      request = AWSRequest(method=method, url=url, data=body.encode('utf-8'), headers=headers)
      SigV4Auth(Credentials(key, secret), service, region).add_auth(request)
      for name, value in request.headers.items():
          print(name + '\\t' + value)
      """;

  private BotocoreSigner() {}

  /** The request's headers once signed: the given ones, {@code X-Amz-Date} and {@code Authorization}. */
  static Map<String, String> sign(String method, URI url, String body, Map<String, String> headers, String keyId,
      String secret, String region, String service) throws IOException, InterruptedException {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("python3", "-c", SCRIPT, method,
        url.toString(), body, keyId, secret, region, service));
    headers.forEach((k, v) -> command.add(k + ":" + v));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("botocore could not sign: " + out);
    }
    Map<String, String> signed = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        signed.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return signed;
  }

  /** Sends a request to the server signed by botocore for service {@code shop} in {@code us-east-1}. */
  static java.net.http.HttpResponse<String> send(ServerJvm server, String method, String path, String body,
      Map<String, String> headers, String key, String secret) throws IOException, InterruptedException {
    return send(server, method, path, body, headers, key, secret, "shop");
  }

  /** Sends a request to the server signed by botocore for the given service in {@code us-east-1}. */
  static java.net.http.HttpResponse<String> send(ServerJvm server, String method, String path, String body,
      Map<String, String> headers, String key, String secret, String service)
      throws IOException, InterruptedException {
    return sendSignedOver(server, method, path, body, body, headers, key, secret, service);
  }

  /**
   * Sends a request signed by botocore over {@code signedBody} but carrying {@code sentBody} (to
   * tamper with it; the same length keeps the signed {@code Content-Length} true).
   */
  static java.net.http.HttpResponse<String> sendSignedOver(ServerJvm server, String method, String path,
      String signedBody, String sentBody, Map<String, String> headers, String key, String secret, String service)
      throws IOException, InterruptedException {
    URI uri = server.uri(path);
    Map<String, String> all = sign(method, uri, signedBody, headers, key, secret, "us-east-1", service);
    java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(uri).method(method, sentBody.isEmpty()
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(sentBody));
    // The HTTP client sets these itself, to the same values.
    all.forEach((k, v) -> {
      if (!k.equalsIgnoreCase("host") && !k.equalsIgnoreCase("content-length")) {
        b.header(k, v);
      }
    });
    return server.send(b.build());
  }
}
