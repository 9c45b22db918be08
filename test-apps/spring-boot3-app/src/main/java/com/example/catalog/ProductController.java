package com.example.catalog;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's products: list, read, withdraw. */
@RestController
@RequestMapping("/products")
public class ProductController {
  @GetMapping
  public String list() {
    return "3 products";
  }

  @GetMapping("/{id}")
  public String find(@PathVariable String id) {
    return "product " + id;
  }

  @DeleteMapping("/{id}")
  public String withdraw(@PathVariable String id) {
    return "product " + id + " withdrawn";
  }
}
