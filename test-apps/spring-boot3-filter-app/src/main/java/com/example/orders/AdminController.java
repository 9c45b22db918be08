package com.example.orders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What only administrators may see, and a public page beside it. */
@RestController
public class AdminController {
  /** The administrators' page. */
  @GetMapping("/admin")
  public String admin() {
    return "the admin page";
  }

  /** A public page, which anyone may read. */
  @GetMapping("/public/{page}")
  public String page(@PathVariable String page) {
    return "public page " + page;
  }
}
