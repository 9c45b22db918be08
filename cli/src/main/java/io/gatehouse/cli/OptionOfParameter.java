package io.gatehouse.cli;

import io.gatehouse.iam.IamParameter;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/** The picocli option for an IAM Query parameter, named and typed as the AWS CLI takes it. */
final class OptionOfParameter {
  private OptionOfParameter() {}

  static OptionSpec of(IamParameter p) {
    String name = AwsCliNames.option(p.name());
    OptionSpec.Builder b = OptionSpec.builder(name).required(p.required()).paramLabel("<value>");
    String required = p.required() ? " Required." : "";
    switch (p.type()) {
      case STRING -> b.type(String.class).description("IAM parameter " + p.name() + "." + required);
      case POLICY_DOCUMENT -> b.type(String.class)
          .description(p.name() + ": JSON text, or file://PATH." + required);
      case PASSWORD -> b.type(String.class)
          .description(p.name() + ": used, never printed." + required);
      case INTEGER -> b.type(Integer.class).description(p.name() + ": a whole number." + required);
      case BOOLEAN -> b.type(Boolean.class).arity("0").negatable(true)
          .description(p.name() + ": --" + name.substring(2) + " for true, --no-" + name.substring(2)
              + " for false.");
      case STRING_LIST -> b.type(List.class).auxiliaryTypes(String.class).arity("1..*")
          .description(p.name() + ": one or more values, or a JSON array." + required);
      case TAG_LIST -> b.type(List.class).auxiliaryTypes(String.class).arity("1..*").paramLabel("Key=K,Value=V")
          .description(p.name() + ": Key=K,Value=V ..., or JSON [{\"Key\": \"K\", \"Value\": \"V\"}]." + required);
      case CONTEXT_ENTRY_LIST -> b.type(List.class).auxiliaryTypes(String.class).arity("1..*")
          .paramLabel("ContextKeyName=K,ContextKeyValues=V,ContextKeyType=T")
          .description(p.name() + ": ContextKeyName=K,ContextKeyValues=V,ContextKeyType=T ..., or JSON "
              + "[{\"ContextKeyName\": \"K\", \"ContextKeyValues\": [\"V\"], \"ContextKeyType\": \"string\"}]."
              + required);
    }
    return b.build();
  }
}
