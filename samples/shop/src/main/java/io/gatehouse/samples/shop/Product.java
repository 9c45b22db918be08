package io.gatehouse.samples.shop;

/** An article of the catalogue; prices in cents. */
public record Product(String id, String name, long priceCents) {}
