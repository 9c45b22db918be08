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
}
