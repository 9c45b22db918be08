package io.gatehouse.samples.shop;

/** A customer, known by the IAM user name they sign in with. */
public record Customer(String name, String email) {}
