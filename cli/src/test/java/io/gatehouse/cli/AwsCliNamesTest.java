package io.gatehouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AwsCliNamesTest {
  @Test
  void namesCommandsAsTheAwsCli() {
    assertEquals("create-user", AwsCliNames.command("CreateUser"));
    assertEquals("create-virtual-mfa-device", AwsCliNames.command("CreateVirtualMFADevice"));
    assertEquals("list-mfa-devices", AwsCliNames.command("ListMFADevices"));
    assertEquals("get-account-authorization-details", AwsCliNames.command("GetAccountAuthorizationDetails"));
  }

  @Test
  void namesOptionsAsTheAwsCli() {
    assertEquals("--user-name", AwsCliNames.option("UserName"));
    assertEquals("--virtual-mfa-device-name", AwsCliNames.option("VirtualMFADeviceName"));
    assertEquals("--authentication-code1", AwsCliNames.option("AuthenticationCode1"));
    assertEquals("--assume-role-policy-document", AwsCliNames.option("AssumeRolePolicyDocument"));
    assertEquals("--tag-keys", AwsCliNames.option("TagKeys"));
    assertEquals("--filter", AwsCliNames.option("Filter"));
  }
}
