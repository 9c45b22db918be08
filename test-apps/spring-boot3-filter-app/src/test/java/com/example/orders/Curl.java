package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Requests sent by the {@code curl} command, which signs them itself with {@code --aws-sigv4}. */
final class Curl {
  private Curl() {}

  /** A response: status, the header block as received, body. */
  record Response(int status, String headers, String body) {}

  /** A GET signed by curl for service {@code shop} in {@code us-east-1}, with extra curl arguments. */
  static Response signedGet(URI url, String keyId, String secret, String... extra)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("curl", "-s", "-i", "-w", "\n%{http_code}",
        "--aws-sigv4", "aws:amz:us-east-1:shop", "--user", keyId + ":" + secret));
    command.addAll(List.of(extra));
    command.add(url.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
    int code = out.lastIndexOf('\n');
    String response = out.substring(0, code);
    int blank = response.indexOf("\r\n\r\n");
    assertTrue(blank > 0, "curl printed no HTTP response: " + out);
    return new Response(Integer.parseInt(out.substring(code + 1).strip()), response.substring(0, blank),
        response.substring(blank + 4));
  }
}
