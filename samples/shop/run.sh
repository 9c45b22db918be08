#!/usr/bin/env bash
# Builds and starts the sample shop with the Gatehouse agent attached, and prints what to try.
#   samples/shop/run.sh             start the shop on port 8080 (SHOP_PORT=... for another)
#   samples/shop/run.sh mfa-code    print the current code of sam's MFA device
# It rebuilds when a source or pom.xml changed since the last build (GATEHOUSE_REBUILD=1 forces it).
set -euo pipefail
shop="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$shop/../.." && pwd)"
agent="$root/agent/target/gatehouse-agent.jar"
jar="$shop/target/gatehouse-sample-shop-0.1.0-SNAPSHOT.jar"
stale() {  # a source or build file changed since the shop was built (e.g. after a git pull)
  [[ -n "$(find "$root" \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -not -path '*/target/*' -print -quit)" ]]
}
if [[ ! -f "$agent" || ! -f "$jar" || ! -f "$shop/target/classpath.txt" || -n "${GATEHOUSE_REBUILD:-}" ]] || stale; then
  echo "shop: building Gatehouse, its agent and the shop (about a minute the first time) ..." >&2
  (cd "$root" && mvn -q -B -pl samples/shop -am package -DskipTests) >&2
fi
classpath="$jar:$(cat "$shop/target/classpath.txt")"

if [[ "${1:-}" == "mfa-code" ]]; then
  exec java -cp "$classpath" io.gatehouse.samples.shop.MfaCode JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
fi

# The shop runs on a fresh copy of config/: the store rewrites its account file (e.g. to record each
# MFA code used), and the one in the source tree stays as written.
run="$shop/target/run"
rm -rf "$run/config"
mkdir -p "$run"
cp -R "$shop/config" "$run/config"

port="${SHOP_PORT:-8080}"
url="http://127.0.0.1:$port"
cat <<TEXT

Gatehouse sample shop: $url
  accounts  $shop/config/accounts/shop.yaml (users admin, carol, sam; a public catalogue)
  routes    $shop/config/gatehouse.yaml (the servlet filter), $shop/config/agent.yaml (the agent)
  audit     $run/audit/http/gatehouse-audit.log     (the filter's decisions)
            $run/audit/methods/gatehouse-audit.log  (the agent's: @Authorize on Orders, Customers)

Try, from another terminal:
  curl $url/products                                     # anonymous: the catalogue is public (200)
  curl $url/orders                                       # anonymous: 401 MissingAuthenticationToken
  curl --aws-sigv4 "aws:amz:us-east-1:shop" --user AKIASHOPADMIN0000001:shopAdminSecret/K7MDENG/bPxRfiCYDEMOKEY1 $url/orders
                                                         # signed by admin's access key: 200
  curl --aws-sigv4 "aws:amz:us-east-1:shop" --user AKIASHOPADMIN0000001:wrong $url/orders
                                                         # a bad signature: 401 SignatureDoesNotMatch
  curl -u carol:shop-carol $url/orders/1                 # 403: customers may not read orders
  curl -u carol:shop-carol -X POST "$url/orders?product=2&quantity=1"   # 201: carol orders a kettle
  curl -u carol:shop-carol $url/customers/carol          # 200: her own record (@Authorize, the agent)
  curl -u carol:shop-carol $url/customers/dave           # 403: not hers
  curl --aws-sigv4 "aws:amz:us-east-1:shop" --user AKIASHOPSAM000000001:shopSamSecret/K7MDENG/bPxRfiCYDEMOKEY22 -X POST $url/orders/1/refund
                                                         # 403: a refund needs MFA, an access key has none
  curl -u sam:shop-sam -H "X-Gatehouse-MFA: \$($shop/run.sh mfa-code)" -X POST $url/orders/1/refund
                                                         # 200: password and MFA code
  curl --aws-sigv4 "aws:amz:us-east-1:shop" --user AKIASHOPSAM000000001:shopSamSecret/K7MDENG/bPxRfiCYDEMOKEY22 -X DELETE $url/orders/2
                                                         # 403: his group allows it, his permissions boundary does not
Stop with Ctrl-C.

TEXT
cd "$run"
exec java ${SHOP_JAVA_OPTS:-} "-javaagent:$agent=$run/config/agent.yaml" -cp "$classpath" \
  io.gatehouse.samples.shop.ShopServer "$run/config/gatehouse.yaml" "$port"
