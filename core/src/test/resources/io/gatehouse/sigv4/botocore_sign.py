"""Signs one request with botocore, as the AWS SDK for Python does, and prints it as JSON.

Reads {"method", "url", "headers", "body", "accessKeyId", "secretAccessKey", "sessionToken",
"region", "service", "expires"} as JSON on stdin; "expires" present means a presigned URL
(SigV4QueryAuth), absent means an Authorization header (SigV4Auth). Prints
{"method", "url", "headers", "body"} of the signed request.
"""
import json
import sys

from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

spec = json.load(sys.stdin)
credentials = Credentials(spec["accessKeyId"], spec["secretAccessKey"], spec.get("sessionToken"))
request = AWSRequest(method=spec["method"], url=spec["url"], headers=spec.get("headers", {}),
                     data=spec.get("body", ""))
if "expires" in spec:
    SigV4QueryAuth(credentials, spec["service"], spec["region"], expires=spec["expires"]).add_auth(request)
else:
    SigV4Auth(credentials, spec["service"], spec["region"]).add_auth(request)
json.dump({"method": request.method, "url": request.url,
           "headers": {k: v for k, v in request.headers.items()},
           "body": request.data or ""}, sys.stdout)
