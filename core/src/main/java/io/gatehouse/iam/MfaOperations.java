package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.MfaDevice;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Virtual MFA devices: create (unassigned, in {@link Account#virtualMfaDevices()}), enable for a
 * user with two consecutive codes (the device moves into the user's {@link User#mfaDevices()}),
 * list, deactivate (back to unassigned) and delete.
 */
final class MfaOperations {
  /** The issuer authenticator apps show for Gatehouse devices. */
  static final String ISSUER = "Gatehouse";

  private static final List<String> ASSIGNMENT_STATUSES = List.of("Assigned", "Unassigned", "Any");

  private final AdministeredAccount account;
  private final SecureRandom random;
  private final TotpVerifier totp = new TotpVerifier();

  MfaOperations(AdministeredAccount account, SecureRandom random) {
    this.account = account;
    this.random = random;
  }

  NewVirtualMfaDevice createVirtualMfaDevice(String virtualMfaDeviceName, String path) {
    String name = Constraints.name(virtualMfaDeviceName, "virtualMFADeviceName", 226);
    String devicePath = Constraints.path(path, "path");
    String serial = account.arn("mfa" + devicePath + name);
    TotpSecret seed = TotpSecret.generate(random);
    Account saved = account.change(a -> {
      if (device(a, serial).isPresent()) {
        throw IamException.entityAlreadyExists("MFADevice entity at the same path and name already exists.");
      }
      return a.toBuilder().putVirtualMfaDevice(MfaDevice.unassigned(serial, seed.base32())).build();
    });
    String label = name + "@" + (saved.alias().isEmpty() ? saved.accountId() : saved.alias());
    return new NewVirtualMfaDevice(serial, seed.base32(), TotpVerifier.otpauthUri(ISSUER, label, seed));
  }

  void enableMfaDevice(String userName, String serialNumber, String authenticationCode1,
      String authenticationCode2) {
    String name = Constraints.name(userName, "userName", 64);
    String serial = Constraints.serialNumber(serialNumber);
    String code1 = Constraints.authenticationCode(authenticationCode1, "authenticationCode1");
    String code2 = Constraints.authenticationCode(authenticationCode2, "authenticationCode2");
    int limit = account.quotas().mfaDevicesPerUser();
    account.change(a -> {
      User u = Entities.user(a, name);
      MfaDevice device = a.virtualMfaDevice(serial).orElse(null);
      if (device == null) {
        if (device(a, serial).isPresent()) {
          throw IamException.entityAlreadyExists("MFA device " + serial + " is already in use.");
        }
        throw noSuchDevice(serial);
      }
      if (u.mfaDevices().size() >= limit) {
        throw IamException.quota("MFADevicesPerUser", limit);
      }
      Instant now = account.now();
      long step = consecutiveCodesStep(TotpSecret.fromBase32(device.seedBase32()), code1, code2, now);
      UserBuilder b = u.toBuilder();
      b.mfaDevices().add(device.assignedTo(u.name(), now, step));
      return a.toBuilder().removeVirtualMfaDevice(serial).putUser(b.build()).build();
    });
  }

  IamPage<IamMfaDevice> listMfaDevices(String userName, String marker, Integer maxItems) {
    String name = Constraints.name(userName, "userName", 64);
    Pagination page = Pagination.of(marker, maxItems);
    List<IamMfaDevice> devices = new ArrayList<>();
    for (MfaDevice d : Entities.user(account.read(), name).mfaDevices()) {
      devices.add(IamMfaDevice.of(d));
    }
    return page.page(devices, IamMfaDevice::serialNumber);
  }

  IamPage<IamVirtualMfaDevice> listVirtualMfaDevices(String assignmentStatus, String marker, Integer maxItems) {
    String status = assignmentStatus == null ? "Any"
        : Constraints.oneOf(assignmentStatus, "assignmentStatus", ASSIGNMENT_STATUSES);
    Pagination page = Pagination.of(marker, maxItems);
    Account a = account.read();
    List<IamVirtualMfaDevice> devices = new ArrayList<>();
    if (!status.equals("Assigned")) {
      for (MfaDevice d : a.virtualMfaDevices()) {
        devices.add(new IamVirtualMfaDevice(d.serialNumber(), null, null));
      }
    }
    if (!status.equals("Unassigned")) {
      for (User u : a.users()) {
        for (MfaDevice d : u.mfaDevices()) {
          devices.add(new IamVirtualMfaDevice(d.serialNumber(), IamUser.of(u), d.enableDate()));
        }
      }
    }
    return page.page(devices, IamVirtualMfaDevice::serialNumber);
  }

  void deactivateMfaDevice(String userName, String serialNumber) {
    String name = Constraints.name(userName, "userName", 64);
    String serial = Constraints.serialNumber(serialNumber);
    account.change(a -> {
      User u = Entities.user(a, name);
      MfaDevice device = u.mfaDevices().stream().filter(d -> d.serialNumber().equals(serial)).findFirst()
          .orElseThrow(() -> IamException.noSuchEntity(
              "MFA Device with serial number " + serial + " does not exist for user " + u.name() + "."));
      UserBuilder b = u.toBuilder();
      b.mfaDevices().remove(device);
      return a.toBuilder().putUser(b.build()).putVirtualMfaDevice(device.unassign()).build();
    });
  }

  void deleteVirtualMfaDevice(String serialNumber) {
    String serial = Constraints.serialNumber(serialNumber);
    account.change(a -> {
      if (a.virtualMfaDevice(serial).isEmpty()) {
        if (device(a, serial).isPresent()) {
          throw IamException.deleteConflict("Cannot delete entity, must deactivate MFA device first.");
        }
        throw noSuchDevice(serial);
      }
      return a.toBuilder().removeVirtualMfaDevice(serial).build();
    });
  }

  /**
   * The time step of the second code, if the two codes are the device's codes for two consecutive
   * steps and the second is within the usual window around now. Every candidate is compared, in
   * constant time, so the time taken tells nothing about the codes.
   */
  private long consecutiveCodesStep(TotpSecret seed, String code1, String code2, Instant now) {
    byte[] first = code1.getBytes(StandardCharsets.US_ASCII);
    byte[] second = code2.getBytes(StandardCharsets.US_ASCII);
    long current = totp.stepAt(now);
    long matched = Long.MIN_VALUE;
    for (long step = current - TotpVerifier.WINDOW_STEPS; step <= current + TotpVerifier.WINDOW_STEPS; step++) {
      boolean firstMatches = MessageDigest.isEqual(first, codeAt(seed, step - 1));
      boolean secondMatches = MessageDigest.isEqual(second, codeAt(seed, step));
      if (firstMatches & secondMatches) {
        matched = step;
      }
    }
    if (matched == Long.MIN_VALUE) {
      throw IamException.invalidAuthenticationCode("Authentication code for device is not valid.");
    }
    return matched;
  }

  private byte[] codeAt(TotpSecret seed, long step) {
    return totp.codeAt(seed, Instant.ofEpochSecond(step * TotpVerifier.STEP_SECONDS))
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The device with this serial number, assigned or not (serial numbers compared case-insensitively). */
  private static Optional<MfaDevice> device(Account a, String serial) {
    for (MfaDevice d : a.virtualMfaDevices()) {
      if (d.serialNumber().equalsIgnoreCase(serial)) {
        return Optional.of(d);
      }
    }
    for (User u : a.users()) {
      for (MfaDevice d : u.mfaDevices()) {
        if (d.serialNumber().equalsIgnoreCase(serial)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  private static IamException noSuchDevice(String serial) {
    return IamException.noSuchEntity("VirtualMFADevice with serial number " + serial + " doesn't exist.");
  }
}
