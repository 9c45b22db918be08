package shop;

import io.gatehouse.context.Gatehouse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /invoices/ID}: the invoice, read as the principal of the {@code X-Caller} header (a
 * stand-in for an authentication filter). A deny is not caught: it reaches the container. The
 * {@code X-Loader} response header names the class loader of the enforced service.
 */
public class InvoiceServlet extends HttpServlet {
  private final Invoices invoices = new Invoices();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String id = request.getPathInfo().substring(1);
    String body;
    try {
      body = Gatehouse.runAs(request.getHeader("X-Caller"), () -> invoices.find(id));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
    response.setHeader("X-Loader", Invoices.class.getClassLoader().getClass().getName());
    response.setContentType("text/plain");
    response.getWriter().print(body);
  }
}
