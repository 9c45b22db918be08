"""Signs one request with botocore (SigV4Auth, or SigV4QueryAuth for a presigned URL).

Reads {method, url, headers, body, accessKeyId, secretAccessKey, region, service, expires?} as JSON
on stdin; writes {url, headers} as JSON on stdout.
"""
import json
import sys

from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

spec = json.load(sys.stdin)
request = AWSRequest(method=spec["method"], url=spec["url"], data=spec.get("body") or b"",
                     headers=spec.get("headers") or {})
credentials = Credentials(spec["accessKeyId"], spec["secretAccessKey"])
if spec.get("expires"):
    SigV4QueryAuth(credentials, spec["service"], spec["region"], expires=spec["expires"]).add_auth(request)
else:
    SigV4Auth(credentials, spec["service"], spec["region"]).add_auth(request)
json.dump({"url": request.url, "headers": dict(request.headers.items())}, sys.stdout)
