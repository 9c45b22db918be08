package io.gatehouse.samples.shop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.Gatehouse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The shop's HTTP interface, JSON in and out:
 *
 * <pre>
 * GET    /products                the catalogue
 * GET    /products/{id}           one product
 * GET    /orders                  every order
 * GET    /orders/{id}             one order
 * POST   /orders?product=P&amp;quantity=N   a new order of the caller
 * POST   /orders/{id}/refund      refund an order
 * DELETE /orders/{id}             delete an order
 * GET    /customers/{name}        a customer's record
 * GET    /whoami                  the caller's ARN, as the filter authenticated it
 * </pre>
 *
 * <p>It knows nothing of authorization: the filter in front of it and the agent's enforcement of the
 * services' annotations decide. An {@code AccessDeniedException} thrown by a service is answered 403
 * by the filter.
 */
public final class ShopServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  private final transient Catalog catalog;
  private final transient Orders orders;
  private final transient Customers customers;

  /** The servlet over the shop's services. */
  public ShopServlet(Catalog catalog, Orders orders, Customers customers) {
    this.catalog = catalog;
    this.orders = orders;
    this.customers = customers;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
    String[] s = path.substring(1).split("/", -1);
    String method = req.getMethod();
    try {
      if (s[0].equals("products") && method.equals("GET")) {
        if (s.length == 1) {
          write(resp, 200, catalog.list());
        } else if (s.length == 2) {
          write(resp, 200, catalog.get(s[1]).orElseThrow(() -> new NoSuchElementException("no product " + s[1])));
        } else {
          notFound(resp, path);
        }
      } else if (s[0].equals("orders")) {
        orders(req, resp, s, method, path);
      } else if (s[0].equals("customers") && s.length == 2 && method.equals("GET")) {
        write(resp, 200, customers.get(s[1]));
      } else if (s[0].equals("whoami") && s.length == 1) {
        write(resp, 200, Gatehouse.current().map(CallContext::principalArn).orElse("anonymous"));
      } else {
        notFound(resp, path);
      }
    } catch (NoSuchElementException e) {
      error(resp, 404, "NoSuchEntity", e.getMessage());
    } catch (IllegalArgumentException e) {
      error(resp, 400, "ValidationError", e.getMessage());
    }
  }

  private void orders(HttpServletRequest req, HttpServletResponse resp, String[] s, String method, String path)
      throws IOException {
    if (s.length == 1 && method.equals("GET")) {
      write(resp, 200, orders.list());
    } else if (s.length == 1 && method.equals("POST")) {
      String product = req.getParameter("product");
      if (product == null || catalog.get(product).isEmpty()) {
        throw new IllegalArgumentException("product: expected the id of a product of the catalogue");
      }
      write(resp, 201, orders.create(callerName(), product, quantity(req.getParameter("quantity"))));
    } else if (s.length == 2 && method.equals("GET")) {
      write(resp, 200, orders.get(s[1]));
    } else if (s.length == 2 && method.equals("DELETE")) {
      orders.delete(s[1]);
      resp.setStatus(204);
    } else if (s.length == 3 && s[2].equals("refund") && method.equals("POST")) {
      write(resp, 200, orders.refund(s[1]));
    } else {
      notFound(resp, path);
    }
  }

  /** The caller's name: the last part of its ARN ({@code user/carol} gives {@code carol}). */
  private static String callerName() {
    String arn = Gatehouse.current().map(CallContext::principalArn).orElse("anonymous");
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  private static int quantity(String text) {
    try {
      int n = text == null ? 1 : Integer.parseInt(text);
      if (n >= 1 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException("quantity: expected a whole number from 1 to 100");
  }

  private static void notFound(HttpServletResponse resp, String path) throws IOException {
    error(resp, 404, "NotFound", "no such resource: " + path);
  }

  private static void error(HttpServletResponse resp, int status, String code, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    try (JsonGenerator g = JSON.createGenerator(resp.getOutputStream())) {
      g.writeStartObject();
      g.writeStringField("__type", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    }
  }

  private static void write(HttpServletResponse resp, int status, Object value) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    try (JsonGenerator g = JSON.createGenerator(resp.getOutputStream())) {
      value(g, value);
    }
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof Product p) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("name", p.name());
      g.writeNumberField("priceCents", p.priceCents());
      g.writeEndObject();
    } else if (value instanceof Order o) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      g.writeStringField("customer", o.customer());
      g.writeStringField("product", o.productId());
      g.writeNumberField("quantity", o.quantity());
      g.writeBooleanField("refunded", o.refunded());
      g.writeEndObject();
    } else if (value instanceof Customer c) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("email", c.email());
      g.writeEndObject();
    } else {
      g.writeStartObject();
      g.writeStringField("caller", String.valueOf(value));
      g.writeEndObject();
    }
  }
}
