package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A servlet that knows nothing of Gatehouse: {@code GET /orders/ID} answers {@code order ID}, {@code
 * POST /orders/ID} echoes the body it reads (a form's parameters, read with {@code getParameter}),
 * and any other path answers {@code reached PATH}.
 */
public class OrderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI();
    answer(response, path.startsWith("/orders/") ? "order " + path.substring("/orders/".length()) : "reached " + path);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // What the container (or whatever wraps its request) hands the application: its length and class.
    response.setHeader("X-Content-Length", Long.toString(request.getContentLengthLong()));
    response.setHeader("X-Request-Class", request.getClass().getName());
    String type = request.getContentType();
    if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
      answer(response, "form item=" + request.getParameter("item") + " qty=" + request.getParameter("qty")
          + " channel=" + request.getParameter("channel") + " names=" + request.getParameterMap().keySet());
      return;
    }
    answer(response, "got " + new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static void answer(HttpServletResponse response, String text) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(text);
  }
}
